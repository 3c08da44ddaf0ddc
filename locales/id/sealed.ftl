# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Kata-kata kasus ini terbuka untuk Anda.
sealed-unreadable = (tersegel: tidak dapat dibuka di sini)
error-sealed-sign-in-again = Sesi ini tidak dapat membuka isi kasus yang tersegel. Keluar lalu masuk lagi.
error-sealed-not-given = Anda belum memegang kunci organisasi Anda. Seorang pimpinan organisasi Anda dapat memberikannya di halaman kunci organisasi.
error-sealed-waiting = Kasus ini sampai ke organisasi Anda setelah diajukan; kata-katanya terbuka untuk Anda saat pekerja membukanya lagi dengan tanda terimanya.
error-sealed-destroyed = Yang ditulis pekerja sudah dihapus.
error-sealed-no-key = Organisasi Anda belum punya kunci. Seorang pimpinan membuatnya di halaman kunci organisasi.

track-your-words = Yang Anda tulis

org-key-link = Kunci organisasi Anda
org-key-title = Kunci organisasi Anda
org-key-intro = Pengaduan disimpan tersegel. Hanya anggota yang memegang kunci organisasi Anda yang dapat membaca tulisan pekerja; administrator tidak bisa.
org-key-none = Organisasi Anda belum punya kunci, jadi belum ada yang dapat disegel untuknya.
org-key-make = Buat kunci
org-key-you-hold = Anda memegang kunci.
org-key-you-lack = Anda tidak memegang kunci. Mintalah seorang pimpinan organisasi Anda untuk memberikannya.
org-key-members = Anggota
org-key-lead = pimpinan
org-key-holds = memegang kunci
org-key-lacks = tidak memegang kunci
org-key-not-signed-in = belum masuk sejak pengaduan disegel
org-key-give = Berikan kunci
org-key-given = Kunci sudah diberikan.
org-key-code-heading = Kode pemulihan organisasi Anda
org-key-code-hint = Tulis dan simpan di tempat aman, jauh dari komputer ini. Kode ini hanya ditampilkan sekali ini. Jika semua pimpinan kehilangan kata sandinya, kode ini mengembalikan kunci.
org-key-recover-heading = Dapatkan kunci kembali dengan kode pemulihan
org-key-recover-hint = Memakai kode akan menggantinya dengan kode baru, yang ditampilkan sekali.
org-key-code-field = Kode pemulihan
org-key-recover = Dapatkan kunci kembali
org-key-error-exists = Organisasi Anda sudah punya kunci.
org-key-error-no-keyring = Anggota ini belum masuk sejak pengaduan disegel. Kunci dapat diberikan setelah mereka masuk.
org-key-error-code-format = Kode pemulihan terdiri dari 24 huruf dan angka, dalam kelompok empat.
org-key-error-code-wrong = Ini bukan kode pemulihan organisasi Anda.
org-key-error-none = Organisasi Anda belum punya kunci.

track-delete-heading = Hapus yang Anda tulis
track-delete-hint = Kata-kata Anda, detail kontak Anda, dan pesan dengan organisasi dihapus sekarang, untuk selamanya. Organisasi tetap menyimpan fakta (agensi, negara, apa yang terjadi) dan catatan mereka sendiri.
track-delete-confirm = Saya mengerti ini tidak dapat dibatalkan
track-delete-submit = Hapus yang saya tulis
track-delete-confirm-required = Centang kotak untuk mengonfirmasi.
track-deleted = Yang Anda tulis sudah dihapus.

org-retention-heading = Berapa lama kasus disimpan
org-retention-now = { $days ->
    [one] Yang ditulis pekerja dimusnahkan { $days } hari setelah kasus diselesaikan atau ditutup (30 hari setelah penarikan).
   *[other] Yang ditulis pekerja dimusnahkan { $days } hari setelah kasus diselesaikan atau ditutup (30 hari setelah penarikan).
}
org-retention-field = Hari
org-retention-hint = Dari 30 sampai 3650. Fakta yang dihitung laporan tetap disimpan.
org-retention-submit = Simpan
org-retention-saved = Tersimpan.
org-retention-error-days = Masukkan jumlah hari dari 30 sampai 3650.

admin-password-key-hint = Mereka juga kehilangan kunci organisasinya, dan Anda tidak dapat membaca kasus mereka: seorang pimpinan organisasi mereka memberikan kunci itu lagi.
sealed-grantors = Pimpinan yang dapat memberikannya: { $names }.
