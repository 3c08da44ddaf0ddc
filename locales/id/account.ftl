# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Nama pengguna
field-password = Kata sandi
field-password-confirm = Ulangi kata sandi
field-current-password = Kata sandi saat ini
field-new-password = Kata sandi baru
field-email = Alamat email
field-role = Peran
field-organisation = Organisasi

login-title = Masuk
login-heading = Masuk
login-submit = Masuk
login-link = Masuk
login-no-account = Belum punya akun?
login-anonymous-note = Anda tidak perlu akun untuk mencari agen perekrut atau membuat pengaduan. Dengan akun, Anda bisa memantau ulasan Anda.

register-title = Buat akun
register-heading = Buat akun
register-intro = Cukup nama pengguna dan kata sandi. Tanpa nama, tanpa email, tanpa nomor telepon.
register-username-hint = 3 sampai 32 huruf atau angka, dalam abjad apa pun; boleh memakai . _ dan -. Tidak perlu memakai nama asli Anda jika tidak mau.
register-password-hint = Paling sedikit 8 karakter. Beberapa kata yang mudah Anda ingat lebih baik daripada kata sandi yang pendek dan umum.
register-submit = Buat akun
register-link = Buat akun
register-privacy = Kami tidak menyimpan alamat internet (IP) Anda, perangkat Anda, atau nomor telepon Anda bersama akun Anda.
register-have-account = Sudah punya akun?

account-title = Akun Anda
account-heading = Akun Anda
account-admin-link = Administrasi
account-password-heading = Ganti kata sandi Anda
account-password-submit = Ganti kata sandi
account-password-saved = Kata sandi Anda sudah diganti. Anda sudah dikeluarkan dari semua perangkat lain.
account-email-heading = Email untuk pemberitahuan
account-email-hint = Tidak wajib. Kami hanya mengirim email untuk memberi tahu bahwa ada yang berubah, tidak pernah isi pengaduan Anda. Kosongkan kolom ini untuk menghapusnya.
account-email-submit = Simpan alamat email
account-email-saved = Tersimpan.
account-sessions-heading = Keluar
account-logout = Keluar
account-logout-everywhere = Keluar dari semua perangkat
account-logout-everywhere-hint = Jika Anda memakai HP bersama orang lain atau merasa ada orang lain yang tahu kata sandi Anda, keluarlah dari semua perangkat.

role-worker = Pekerja
role-moderator = Moderator
role-inspector = Pengawas ketenagakerjaan
role-union_officer = Pengurus serikat pekerja
role-caseworker = Pendamping kasus (bantuan hukum)
role-admin = Administrator

org-role-member = anggota
org-role-lead = pimpinan

organisation-kind-labour_inspectorate = Lembaga pengawas ketenagakerjaan
organisation-kind-origin_authority = Otoritas perekrutan di negara asal
organisation-kind-trade_union = Serikat pekerja
organisation-kind-legal_aid = Bantuan hukum atau LSM
organisation-kind-intake_partner = Mitra penerima laporan (menerima laporan lewat obrolan atau hotline)

sector-agriculture = Pertanian
sector-construction = Konstruksi
sector-domestic_work = Pekerjaan rumah tangga
sector-manufacturing = Manufaktur (pabrik)
sector-hospitality = Hotel dan restoran
sector-fishing = Perikanan
sector-care = Perawatan dan pengasuhan
sector-security = Keamanan
sector-transport = Transportasi
sector-retail = Toko dan ritel
sector-other = Lainnya

error-username-required = Ketik nama pengguna.
error-username-length = Nama pengguna terdiri dari 3 sampai 32 karakter.
error-username-characters = Nama pengguna hanya boleh berisi huruf, angka, titik, garis bawah, dan tanda hubung, tanpa spasi.
error-username-taken = Nama pengguna ini sudah dipakai, atau terlalu mirip dengan yang sudah dipakai. Coba yang lain.
error-password-length = Kata sandi terdiri dari 8 sampai 128 karakter.
error-password-characters = Kata sandi berisi karakter kontrol yang tidak terlihat. Ketik ulang tanpa karakter itu.
error-password-common = Kata sandi ini terlalu mudah ditebak. Gunakan yang lebih panjang, misalnya beberapa kata yang tidak saling berhubungan.
error-password-mismatch = Kedua kata sandi tidak sama.
error-password-wrong = Kata sandi saat ini tidak benar.
error-email-invalid = Ini sepertinya bukan alamat email.
error-form-invalid = Formulir tidak dapat dibaca. Muat ulang halaman, lalu coba lagi.
error-form-encoding = Formulir berisi karakter yang tidak dapat dibaca.
error-form-fields = Formulir berisi kolom yang tidak kami kenal, atau kolom yang sama dua kali.
error-text-invalid = Teks ini terlalu panjang atau berisi karakter kontrol yang tidak terlihat.
error-organisation-name-required = Ketik nama organisasi.
error-organisation-kind = Pilih jenis organisasi ini.
error-unknown-country = Ada kode negara yang tidak kami kenal. Gunakan kode dua huruf seperti NP, QA, PH.
error-organisation-countries = Sebutkan paling sedikit satu negara yang menjadi wilayah kerja organisasi ini.
error-sector-unknown = Pilih sektor dari daftar.
error-deadline-days = Tenggat waktu harus berupa jumlah hari yang bulat (konfirmasi penerimaan: 1 sampai 365, jawaban: 1 sampai 730).
error-deadline-order = Tenggat jawaban tidak boleh lebih awal daripada tenggat konfirmasi penerimaan.
error-organisation-required = Pengawas, pengurus serikat, dan pendamping kasus harus tergabung dalam sebuah organisasi: pilih salah satu.
error-organisation-not-for-role = Pekerja, moderator, dan administrator tidak tergabung dalam organisasi.
error-organisation-unknown = Organisasi itu tidak ada.
error-role-organisation-kind = Peran ini tidak cocok dengan jenis organisasi ini (pengawas bekerja di lembaga pengawas ketenagakerjaan atau otoritas perekrutan, pengurus serikat di serikat pekerja, pendamping kasus di lembaga bantuan hukum).
account-session-phone = Ponsel
account-session-computer = Peramban komputer
account-session-app = Aplikasi atau program
account-session-signed-in = Masuk
account-session-since = sejak { $day }
account-session-current = perangkat ini
account-session-end = Keluar di sana
account-session-ended = Sesi itu sudah dikeluarkan.

# Password reset by mail, for staff (issue 16).
reset-link = Staf: lupa kata sandi?
reset-title = Atur kata sandi baru
reset-intro = Staf yang punya alamat e-mail di akunnya mendapat tautan untuk mengatur kata sandi baru. Tautan berlaku sekali, selama 30 menit. Tanpa alamat, mintalah kepada administrator.
reset-submit = Kirimi saya tautan
reset-sent = Jika ini akun staf dengan alamat e-mail, tautan untuk mengatur kata sandi baru sedang dikirim. Tautan berlaku sekali, selama 30 menit.
reset-back = Kembali ke halaman masuk
reset-new-heading = Pilih kata sandi baru
reset-new-intro = Semua sesi akun ini berakhir. Jika Anda membaca kasus, seorang pimpinan organisasi Anda memberikan kuncinya lagi setelah Anda masuk.
reset-new-submit = Atur kata sandi baru
reset-done = Kata sandi Anda sudah diubah. Masuklah dengan kata sandi itu.

## Masuk dua langkah
field-second-factor-code = Kode dari aplikasi autentikator, atau kode pemulihan
login-code-hint = Hanya jika akun Anda memakai masuk dua langkah (akun staf selalu memakainya). Jika tidak, biarkan kosong.
field-second-factor-current = Kode dari aplikasi yang sekarang, atau kode pemulihan
field-second-factor-new-code = Kode enam angka yang sekarang ditampilkan aplikasi
two-factor-title = Masuk dua langkah
two-factor-heading = Masuk dua langkah
two-factor-on = Masuk dua langkah aktif: saat masuk, selain kata sandi juga diminta kode dari ponsel Anda.
two-factor-off = Masuk dua langkah tidak aktif.
two-factor-manage = Atur
two-factor-set-up = Aktifkan
two-factor-recovery-left = { $count ->
    [1] Anda punya satu kode pemulihan yang belum dipakai.
   *[other] Anda punya { $count } kode pemulihan yang belum dipakai.
}
two-factor-replace-heading = Pindah ke ponsel atau aplikasi baru
two-factor-required = Akun Anda dapat membuka pengaduan pekerja, jadi akun ini perlu langkah kedua: kode enam angka dari aplikasi di ponsel Anda, selain kata sandi. Aktifkan sekarang untuk melanjutkan.
two-factor-optional = Anda dapat melindungi akun dengan langkah kedua: kode enam angka dari aplikasi di ponsel Anda, selain kata sandi.
two-factor-step-app = Pasang aplikasi autentikator di ponsel Anda (misalnya Aegis, FreeOTP, Google Authenticator, atau Microsoft Authenticator).
two-factor-step-scan = Di aplikasi, tambahkan akun lalu pindai kode ini.
two-factor-qr-label = Kode QR untuk aplikasi autentikator Anda
two-factor-step-key = Jika aplikasi tidak bisa memindai, ketik kunci ini:
two-factor-step-code = Ketik kode enam angka yang ditampilkan aplikasi.
two-factor-submit = Aktifkan masuk dua langkah
two-factor-off-heading = Matikan masuk dua langkah
two-factor-off-submit = Matikan
two-factor-off-done = Masuk dua langkah sekarang tidak aktif.
two-factor-back = Kembali ke akun Anda
two-factor-recovery-used = Anda masuk dengan kode pemulihan, yang tidak bisa dipakai lagi. Jika ponsel Anda hilang, siapkan ponsel baru di bawah.
recovery-codes-title = Kode pemulihan
recovery-codes-heading = Kode pemulihan Anda
recovery-codes-done = Masuk dua langkah aktif.
recovery-codes-explain = Jika ponsel Anda hilang, masuklah dengan salah satu kode ini sebagai ganti enam angka. Setiap kode hanya berlaku sekali. Catat atau cetak, lalu simpan di tempat aman, jauh dari ponsel Anda.
recovery-codes-once = Kode ini hanya ditampilkan sekarang. Kode pemulihan sebelumnya tidak berlaku lagi.
reset-code-hint = Akun Anda memakai masuk dua langkah: ketik kode dari aplikasi, atau kode pemulihan.
error-second-factor-code = Kode itu salah, atau sudah pernah dipakai. Ketik kode yang sekarang ditampilkan aplikasi.
error-second-factor-expired = Halaman ini terbuka terlalu lama. Pindai kode baru di bawah lalu coba lagi.
error-second-factor-required = Aktifkan dulu masuk dua langkah di situs web (Akun, lalu Masuk dua langkah).
