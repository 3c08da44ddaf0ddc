# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Nama pengguna
field-password = Kata laluan
field-password-confirm = Kata laluan sekali lagi
field-current-password = Kata laluan semasa
field-new-password = Kata laluan baharu
field-email = Alamat e-mel
field-role = Peranan
field-organisation = Organisasi

login-title = Log masuk
login-heading = Log masuk
login-submit = Log masuk
login-link = Log masuk
login-no-account = Belum ada akaun?
login-anonymous-note = Anda tidak memerlukan akaun untuk mencari ejen pengambilan atau untuk membuat aduan. Dengan akaun, anda boleh mengikuti ulasan anda.

register-title = Buat akaun
register-heading = Buat akaun
register-intro = Hanya nama pengguna dan kata laluan. Tiada nama, tiada e-mel, tiada nombor telefon.
register-username-hint = 3 hingga 32 huruf atau angka, dalam apa-apa abjad; anda boleh menggunakan . _ dan -. Tidak perlu menggunakan nama sebenar anda jika anda tidak mahu.
register-password-hint = Sekurang-kurangnya 8 aksara. Beberapa perkataan yang mudah anda ingat lebih baik daripada kata laluan yang pendek dan biasa.
register-submit = Buat akaun ini
register-link = Buat akaun
register-privacy = Kami tidak menyimpan alamat internet (IP), peranti atau nombor telefon anda bersama akaun anda.
register-have-account = Sudah ada akaun?

account-title = Akaun anda
account-heading = Akaun anda
account-admin-link = Pentadbiran
account-password-heading = Tukar kata laluan anda
account-password-submit = Tukar kata laluan
account-password-saved = Kata laluan anda telah ditukar. Anda telah dilog keluar daripada semua peranti lain.
account-email-heading = E-mel untuk pemberitahuan
account-email-hint = Tidak wajib. Kami hanya menulis untuk memberitahu bahawa sesuatu telah berubah, tidak sekali-kali isi aduan anda. Biarkan kosong untuk membuangnya.
account-email-submit = Simpan alamat e-mel
account-email-saved = Disimpan.
account-sessions-heading = Log keluar
account-logout = Log keluar
account-logout-everywhere = Log keluar daripada semua peranti
account-logout-everywhere-hint = Jika anda menggunakan telefon yang dikongsi atau rasa orang lain tahu kata laluan anda, log keluar di semua tempat.

role-worker = Pekerja
role-moderator = Moderator
role-inspector = Pemeriksa buruh
role-union_officer = Pegawai kesatuan sekerja
role-caseworker = Pegawai kes (bantuan guaman)
role-admin = Pentadbir

org-role-member = ahli
org-role-lead = ketua

organisation-kind-labour_inspectorate = Jabatan tenaga kerja (pemeriksaan buruh)
organisation-kind-origin_authority = Pihak berkuasa pengambilan pekerja di negara asal
organisation-kind-trade_union = Kesatuan sekerja
organisation-kind-legal_aid = Bantuan guaman atau NGO
organisation-kind-intake_partner = Rakan penerima aduan (menerima laporan melalui sembang atau talian bantuan)

sector-agriculture = Pertanian
sector-construction = Pembinaan
sector-domestic_work = Kerja rumah tangga (pembantu rumah)
sector-manufacturing = Pembuatan (kilang)
sector-hospitality = Hotel dan restoran
sector-fishing = Perikanan
sector-care = Kerja penjagaan
sector-security = Kawalan keselamatan
sector-transport = Pengangkutan
sector-retail = Kedai dan peruncitan
sector-other = Lain-lain

error-username-required = Taip nama pengguna.
error-username-length = Nama pengguna mempunyai 3 hingga 32 aksara.
error-username-characters = Gunakan hanya huruf, angka, titik, garis bawah dan tanda sempang dalam nama pengguna, tanpa ruang.
error-username-taken = Nama pengguna ini sudah diambil, atau terlalu mirip dengan nama yang sudah diambil. Cuba nama lain.
error-password-length = Kata laluan mempunyai 8 hingga 128 aksara.
error-password-characters = Kata laluan mengandungi aksara kawalan yang tidak kelihatan. Taip semula tanpa aksara itu.
error-password-common = Kata laluan ini terlalu mudah diteka. Gunakan yang lebih panjang, contohnya beberapa perkataan yang tidak berkaitan.
error-password-mismatch = Kedua-dua kata laluan tidak sama.
error-password-wrong = Kata laluan semasa tidak betul.
error-email-invalid = Ini nampaknya bukan alamat e-mel.
error-form-invalid = Borang tidak dapat dibaca. Muat semula halaman dan cuba lagi.
error-form-encoding = Borang mengandungi aksara yang tidak dapat dibaca.
error-form-fields = Borang mengandungi ruangan yang tidak kami kenali, atau ruangan yang sama dua kali.
error-text-invalid = Teks ini terlalu panjang atau mengandungi aksara kawalan yang tidak kelihatan.
error-organisation-name-required = Taip nama organisasi.
error-organisation-kind = Pilih jenis organisasi ini.
error-unknown-country = Ada kod negara yang tidak kami kenali. Gunakan kod dua huruf seperti NP, QA, PH.
error-organisation-countries = Nyatakan sekurang-kurangnya satu negara yang diliputi oleh organisasi ini.
error-sector-unknown = Pilih sektor daripada senarai.
error-deadline-days = Tempoh ialah bilangan hari dalam nombor bulat (akui penerimaan: 1 hingga 365, jawapan: 1 hingga 730).
error-deadline-order = Tarikh akhir jawapan tidak boleh lebih awal daripada tarikh akhir pengakuan penerimaan.
error-organisation-required = Pemeriksa, pegawai kesatuan dan pegawai kes mesti menganggotai sebuah organisasi: pilih satu.
error-organisation-not-for-role = Pekerja, moderator dan pentadbir tidak menganggotai mana-mana organisasi.
error-organisation-unknown = Organisasi itu tidak wujud.
error-role-organisation-kind = Peranan ini tidak sesuai dengan jenis organisasi ini (pemeriksa bekerja di jabatan tenaga kerja atau pihak berkuasa pengambilan pekerja, pegawai kesatuan di kesatuan sekerja, pegawai kes di organisasi bantuan guaman).
account-session-phone = Telefon
account-session-computer = Pelayar di komputer
account-session-app = Aplikasi atau program
account-session-signed-in = Telah log masuk
account-session-since = sejak { $day }
account-session-current = peranti ini
account-session-end = Log keluar di sana
account-session-ended = Sesi itu telah dilog keluar.

# Password reset by mail, for staff (issue 16).
reset-link = Kakitangan: lupa kata laluan?
reset-title = Tetapkan kata laluan baharu
reset-intro = Kakitangan yang mempunyai alamat e-mel dalam akaun mereka akan menerima pautan untuk menetapkan kata laluan baharu. Pautan itu berfungsi sekali sahaja, selama 30 minit. Jika tiada alamat e-mel, minta bantuan pentadbir.
reset-submit = Hantar pautan kepada saya
reset-sent = Jika ini akaun kakitangan yang mempunyai alamat e-mel, pautan untuk menetapkan kata laluan baharu sedang dihantar. Pautan itu berfungsi sekali sahaja, selama 30 minit.
reset-back = Kembali ke log masuk
reset-new-heading = Pilih kata laluan baharu
reset-new-intro = Setiap sesi akaun ini akan tamat. Jika anda membaca kes, seorang ketua organisasi anda akan memberikan semula kunci organisasi kepada anda selepas anda log masuk.
reset-new-submit = Tetapkan kata laluan baharu
reset-done = Kata laluan anda telah ditukar. Log masuk dengan kata laluan itu.

## Two-step sign-in (a second factor)
field-second-factor-code = Kod daripada aplikasi pengesah anda, atau kod pemulihan
login-code-hint = Hanya jika akaun anda menggunakan log masuk dua langkah (akaun kakitangan sentiasa menggunakannya). Jika tidak, biarkan kosong.
field-second-factor-current = Kod daripada aplikasi semasa anda, atau kod pemulihan
field-second-factor-new-code = Kod enam digit yang dipaparkan oleh aplikasi sekarang
two-factor-title = Log masuk dua langkah
two-factor-heading = Log masuk dua langkah
two-factor-on = Log masuk dua langkah dihidupkan: semasa log masuk, anda perlu memasukkan kod dari telefon anda selain kata laluan.
two-factor-off = Log masuk dua langkah dimatikan.
two-factor-manage = Urus
two-factor-set-up = Sediakan
two-factor-recovery-left = { $count ->
    [1] Anda ada satu kod pemulihan yang belum digunakan.
   *[other] Anda ada { $count } kod pemulihan yang belum digunakan.
}
two-factor-replace-heading = Pindah ke telefon atau aplikasi baharu
two-factor-required = Akaun anda boleh membuka aduan pekerja, jadi ia memerlukan langkah kedua: kod enam digit daripada aplikasi di telefon anda, selain kata laluan. Sediakannya sekarang untuk meneruskan.
two-factor-optional = Anda boleh melindungi akaun anda dengan langkah kedua: kod enam digit daripada aplikasi di telefon anda, selain kata laluan.
two-factor-step-app = Pasang aplikasi pengesah di telefon anda (contohnya Aegis, FreeOTP, Google Authenticator atau Microsoft Authenticator).
two-factor-step-scan = Dalam aplikasi, tambah akaun dan imbas kod ini.
two-factor-qr-label = Kod QR untuk aplikasi pengesah anda
two-factor-step-key = Jika aplikasi tidak dapat mengimbas, taip kunci ini:
two-factor-step-code = Taip kod enam digit yang dipaparkan oleh aplikasi.
two-factor-submit = Hidupkan log masuk dua langkah
two-factor-off-heading = Matikan log masuk dua langkah
two-factor-off-submit = Matikan
two-factor-off-done = Log masuk dua langkah kini dimatikan.
two-factor-back = Kembali ke akaun anda
two-factor-recovery-used = Anda log masuk dengan kod pemulihan, yang tidak boleh digunakan lagi. Jika telefon anda hilang, sediakan telefon baharu di bawah.
recovery-codes-title = Kod pemulihan
recovery-codes-heading = Kod pemulihan anda
recovery-codes-done = Log masuk dua langkah dihidupkan.
recovery-codes-explain = Jika telefon anda hilang, log masuk dengan salah satu kod ini dan bukannya enam digit itu. Setiap kod berfungsi sekali sahaja. Tulis atau cetak kod ini, dan simpan di tempat yang selamat, jauh dari telefon anda.
recovery-codes-once = Kod ini hanya dipaparkan sekarang. Kod pemulihan yang lebih awal tidak berfungsi lagi.
reset-code-hint = Akaun anda menggunakan log masuk dua langkah: taip kod daripada aplikasi anda, atau kod pemulihan.
error-second-factor-code = Kod itu tidak betul, atau sudah digunakan. Taip kod yang dipaparkan oleh aplikasi sekarang.
error-second-factor-expired = Halaman ini dibuka terlalu lama. Imbas kod baharu di bawah dan cuba lagi.
error-second-factor-required = Sediakan log masuk dua langkah di laman web terlebih dahulu (Akaun, kemudian Log masuk dua langkah).
