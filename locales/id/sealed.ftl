# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Anda dapat membaca isi kasus ini.
sealed-unreadable = (tersegel: tidak dapat dibuka di sini)
error-sealed-sign-in-again = Sesi ini tidak dapat membuka isi kasus yang tersegel. Keluar, lalu masuk lagi.
error-sealed-not-given = Anda belum memegang kunci organisasi Anda. Seorang pimpinan organisasi Anda dapat memberikannya kepada Anda di halaman kunci organisasi.
error-sealed-waiting = Kasus ini sampai ke organisasi Anda setelah pengaduan diajukan; isinya akan terbuka untuk Anda saat pekerja membukanya lagi dengan tanda terimanya.
error-sealed-destroyed = Yang ditulis pekerja sudah dihapus.
error-sealed-no-key = Organisasi Anda belum punya kunci. Seorang pimpinan membuatnya di halaman kunci organisasi.

track-your-words = Yang Anda tulis

org-key-link = Kunci organisasi Anda
org-key-title = Kunci organisasi Anda
org-key-intro = Pengaduan disimpan tersegel. Hanya anggota yang memegang kunci organisasi Anda yang dapat membaca apa yang ditulis pekerja kepada Anda; administrator tidak bisa.
org-key-none = Organisasi Anda belum punya kunci, jadi belum ada yang dapat disegel untuknya.
org-key-make = Buat kunci
org-key-you-hold = Anda memegang kunci.
org-key-you-lack = Anda tidak memegang kunci. Mintalah seorang pimpinan organisasi Anda untuk memberikannya kepada Anda.
org-key-members = Anggota
org-key-lead = pimpinan
org-key-holds = memegang kunci
org-key-lacks = tidak memegang kunci
org-key-not-signed-in = belum masuk sejak pengaduan disegel
org-key-give = Berikan kunci
org-key-given = Kunci sudah diberikan.
org-key-code-heading = Kode pemulihan organisasi Anda
org-key-code-hint = Tulis dan simpan di tempat yang aman, jauh dari komputer ini. Kode ini hanya ditampilkan sekali ini. Jika semua pimpinan kehilangan kata sandinya, kode ini mengembalikan kunci.
org-key-recover-heading = Dapatkan kembali kunci dengan kode pemulihan
org-key-recover-hint = Jika kode dipakai, kode itu diganti dengan kode baru yang ditampilkan sekali.
org-key-code-field = Kode pemulihan
org-key-recover = Dapatkan kembali kunci
org-key-error-exists = Organisasi Anda sudah punya kunci.
org-key-error-no-keyring = Anggota ini belum masuk sejak pengaduan disegel. Kunci dapat diberikan setelah ia masuk.
org-key-error-code-format = Kode pemulihan terdiri dari 24 huruf dan angka, dalam kelompok berisi empat.
org-key-error-code-wrong = Ini bukan kode pemulihan organisasi Anda.
org-key-error-none = Organisasi Anda belum punya kunci.

track-delete-heading = Hapus yang Anda tulis
track-delete-hint = Kata-kata Anda, kontak Anda, dan pesan dengan lembaga dihapus sekarang, untuk selamanya. Lembaga tetap menyimpan fakta (agen, negara, apa yang terjadi) dan catatan mereka sendiri.
track-delete-confirm = Saya mengerti ini tidak dapat dibatalkan
track-delete-submit = Hapus yang saya tulis
track-delete-confirm-required = Centang kotak untuk memastikan.
track-deleted = Yang Anda tulis sudah dihapus.

org-retention-heading = Berapa lama kasus disimpan
org-retention-now = { $days ->
   *[other] Yang ditulis pekerja dimusnahkan { $days } hari setelah kasus selesai atau ditutup (30 hari setelah pengaduan ditarik).
}
org-retention-field = Hari
org-retention-hint = Dari 30 sampai 3650. Fakta yang dihitung dalam laporan tetap disimpan.
org-retention-submit = Simpan
org-retention-saved = Tersimpan.
org-retention-error-days = Masukkan jumlah hari dari 30 sampai 3650.

admin-password-key-hint = Ia juga kehilangan kunci organisasinya, dan Anda tidak dapat membaca kasusnya: seorang pimpinan organisasinya memberikan kunci itu lagi kepadanya.
sealed-grantors = Pimpinan yang dapat memberikannya: { $names }.
