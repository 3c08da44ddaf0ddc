# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Pentadbiran
admin-heading = Pentadbiran
admin-nav-label = Pentadbiran
admin-nav-overview = Gambaran keseluruhan
admin-nav-organisations = Organisasi
admin-nav-staff = Kakitangan
admin-nav-recruiters = Direktori ejen pengambilan
admin-nav-audit = Log audit
admin-count-organisations = Organisasi
admin-count-staff = Akaun kakitangan
admin-count-workers = Akaun pekerja
admin-recruiters-link = Tambah atau betulkan ejen pengambilan dalam direktori
admin-recent-events = Peristiwa keselamatan terkini
admin-audit-link = Lihat keseluruhan log audit
admin-save = Simpan perubahan
admin-saved = Perubahan anda telah disimpan.
admin-disabled = Dinyahaktifkan
admin-enabled = Aktif
admin-standing = Status akaun

## Audit log
admin-audit-title = Log audit
admin-audit-heading = Log audit
admin-audit-intro = 200 peristiwa keselamatan terkini, yang terbaharu dahulu. Masa dalam UTC.
admin-audit-none = Belum ada peristiwa yang direkodkan.
admin-audit-time = Masa (UTC)
admin-audit-event = Peristiwa
admin-audit-people = Siapa
admin-audit-detail = Butiran
admin-audit-actor = Oleh:
admin-audit-subject = Akaun:
admin-outcome-success = Berjaya
admin-outcome-failure = Gagal
admin-outcome-refused = Ditolak
admin-event-sign-in = Log masuk
admin-event-sign-out = Log keluar
admin-event-sign-out-everywhere = Log keluar di semua peranti
admin-event-password-changed = Kata laluan ditukar
admin-event-account-created = Akaun dibuat
admin-event-role-changed = Peranan ditukar
admin-event-organisation-changed = Akaun dipindahkan ke organisasi lain
admin-event-account-disabled = Akaun dinyahaktifkan
admin-event-account-enabled = Akaun diaktifkan semula
admin-event-organisation-created = Organisasi ditambah
admin-event-organisation-updated = Butiran organisasi diubah
admin-event-recruiter-created = Ejen pengambilan ditambah
admin-event-recruiter-updated = Ejen pengambilan diubah

## Organisations
admin-organisations-title = Organisasi
admin-organisations-heading = Organisasi
admin-organisations-none = Belum ada organisasi yang ditambah.
admin-organisation-create-heading = Tambah organisasi
admin-organisation-create-submit = Tambah organisasi ini
admin-organisation-edit-heading = Ubah organisasi ini
admin-field-organisation-name = Nama
admin-field-kind = Jenis organisasi
admin-field-countries = Negara yang diliputi
admin-countries-hint = Kod negara dua huruf, dipisahkan dengan koma atau ruang, cth. QA, AE.
admin-field-sectors = Sektor
admin-sectors-hint = Jangan tandakan apa-apa jika organisasi ini mengendalikan semua sektor.
admin-sectors-all = Semua sektor
admin-field-acknowledge-days = Bilangan hari untuk mengakui penerimaan aduan
admin-acknowledge-days-hint = Dari 1 hingga 365 hari. Biasanya 7.
admin-field-answer-days = Bilangan hari untuk menjawab aduan
admin-answer-days-hint = Dari 1 hingga 730 hari, dan tidak kurang daripada bilangan hari untuk mengakui penerimaan. Biasanya 90.
admin-deadlines = Had masa
admin-deadline-acknowledge = { $days ->
    [1] Akui penerimaan dalam tempoh satu hari
   *[other] Akui penerimaan dalam tempoh { $days } hari
}
admin-deadline-answer = { $days ->
    [1] Jawab dalam tempoh satu hari
   *[other] Jawab dalam tempoh { $days } hari
}
admin-members-heading = Kakitangan organisasi ini
admin-members-none = Belum ada sesiapa yang bekerja untuk organisasi ini di FairRecruit.

## Staff
admin-staff-title = Kakitangan
admin-staff-heading = Akaun kakitangan
admin-staff-none = Belum ada akaun kakitangan.
admin-staff-create-heading = Tambah akaun kakitangan
admin-staff-create-submit = Tambah akaun ini
admin-staff-password-hint = Sekurang-kurangnya 8 aksara, bukan kata laluan yang biasa. Berikan kepada orang itu dengan cara yang selamat; mereka boleh menukarnya di halaman akaun mereka.
admin-organisation-none = Tiada organisasi
admin-organisation-hint = Pemeriksa menganggotai jabatan tenaga kerja atau pihak berkuasa negara asal, pegawai kesatuan menganggotai kesatuan sekerja, pegawai kes menganggotai organisasi bantuan guaman. Moderator dan pentadbir tidak menganggotai mana-mana organisasi.
admin-field-lead = Ketua organisasi (dimaklumkan tentang eskalasi dan kes yang melepasi had masa)
admin-field-disabled = Akaun dinyahaktifkan (orang itu tidak boleh log masuk)
admin-staff-edit-heading = Ubah akaun ini
admin-staff-edit-hint = Menyimpan perubahan akan melog keluar orang itu daripada semua peranti serta-merta.
admin-staff-self-hint = Ini akaun anda sendiri: anda tidak boleh membuang peranan pentadbir anda atau menyahaktifkan akaun ini.

## Recruiter directory
admin-recruiters-title = Direktori ejen pengambilan
admin-recruiters-heading = Direktori ejen pengambilan
admin-recruiter-create-heading = Tambah ejen pengambilan berlesen
admin-recruiter-create-submit = Tambah ejen ini
admin-recruiter-edit-heading = Betulkan ejen ini
admin-recruiter-edit-hint = Perubahan status lesen ditambah ke sejarah lesen awam ejen ini dengan tarikh hari ini.
admin-recruiter-public-link = Lihat profil awam
admin-field-recruiter-name = Nama agensi
admin-field-licensing-country = Negara yang mengeluarkan lesen
admin-licensing-country-hint = Kod negara dua huruf, cth. NP untuk Nepal.

## Errors
admin-error-role = Pilih peranan daripada senarai.
admin-error-own-role = Anda tidak boleh membuang peranan pentadbir anda sendiri. Minta bantuan pentadbir lain.
admin-error-own-disable = Anda tidak boleh menyahaktifkan akaun anda sendiri. Minta bantuan pentadbir lain.
admin-error-country-code = Gunakan kod negara dua huruf seperti NP, QA atau AE, dipisahkan dengan koma.
admin-error-destinations-too-many = Nyatakan paling banyak 60 negara destinasi.
admin-error-name-required = Nyatakan nama agensi.
admin-error-licence-required = Nyatakan nombor lesen.
admin-error-licence-taken = Ejen pengambilan lain sudah memegang nombor lesen ini di negara ini.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Peranan
admin-detail-organisation = Organisasi
admin-detail-kind = Jenis
admin-detail-countries = Negara
admin-detail-sectors = Sektor
admin-detail-days = Had masa (hari)
admin-detail-recruiter = Ejen pengambilan
admin-detail-status = Status lesen
admin-detail-reason = Sebab
admin-detail-reason-throttled = terlalu banyak cubaan
admin-detail-reason-disabled = akaun dinyahaktifkan

## Setting a staff member's password
admin-password-heading = Tetapkan kata laluan baharu
admin-password-hint = Untuk kakitangan yang kehilangan kata laluan. Sesi mereka tamat serta-merta. Berikan kata laluan baharu kepada mereka dengan cara yang selamat; mereka boleh menukarnya di halaman akaun mereka.
admin-password-submit = Tetapkan kata laluan
admin-error-own-password = Tukar kata laluan anda sendiri di halaman akaun anda.
admin-event-password-reset = Kata laluan ditetapkan oleh pentadbir
admin-warning-look-alike = Nama ini mirip dengan nama agensi yang tersenarai. Ia tidak disimpan.
admin-look-alike-list = Pastikan ia bukan salah satu daripada agensi ini:
admin-look-alike-confirm = Ini agensi yang berbeza: simpan juga

## Two-step sign-in
admin-second-factor-on = telah disediakan
admin-second-factor-off = belum disediakan (akan diminta semasa log masuk seterusnya)
admin-second-factor-heading = Tetapkan semula log masuk dua langkah
admin-second-factor-hint = Untuk orang yang kehilangan telefon dan juga kod pemulihan mereka. Sesi mereka tamat; semasa log masuk seterusnya, mereka menyediakan aplikasi baharu. Mereka dimaklumkan melalui e-mel.
admin-second-factor-submit = Tetapkan semula log masuk dua langkah
admin-event-second-factor-enrolled = Log masuk dua langkah disediakan
admin-event-second-factor-replaced = Log masuk dua langkah dipindahkan ke aplikasi baharu
admin-event-second-factor-removed = Log masuk dua langkah dimatikan
admin-event-second-factor-reset = Log masuk dua langkah ditetapkan semula oleh pentadbir
admin-detail-reason-second-factor = kod salah atau digunakan semula
admin-detail-reason-no-second-factor = log masuk dua langkah belum disediakan
admin-detail-reason-recovery-code = dengan kod pemulihan

## API keys of intake partners (issue 18)
admin-partner-keys-link = Kunci API
admin-partner-keys-title = Kunci API { $name }
admin-partner-keys-intro = Kunci membolehkan bot sembang atau sistem talian bantuan rakan kongsi ini membuat aduan dan ulasan bagi pihak pekerja, dengan persetujuan yang mereka berikan, dan mengikuti perkembangan apa yang dihantarnya. Tidak lebih daripada itu. Kunci dipaparkan sekali sahaja semasa dibuat; hanya cincangan (hash) kunci itu yang disimpan.
admin-partner-keys-none = Rakan kongsi ini belum mempunyai kunci.
admin-partner-keys-col-name = Nama
admin-partner-keys-col-made = Dibuat
admin-partner-keys-col-expires = Tamat tempoh pada
admin-partner-keys-col-used = Kali terakhir digunakan
admin-partner-keys-col-state = Keadaan
admin-partner-keys-never = tidak pernah
admin-partner-keys-active = aktif
admin-partner-keys-revoked = dibatalkan
admin-partner-keys-expired = tamat tempoh
admin-partner-keys-revoke = Batalkan
admin-partner-keys-create-heading = Buat kunci
admin-partner-keys-name = Nama kunci
admin-partner-keys-name-hint = Nyatakan tempat ia digunakan, contohnya "Bot WhatsApp" atau "Talian bantuan, Kathmandu".
admin-partner-keys-days = Sah selama (hari, 1 hingga 365)
admin-partner-keys-create = Buat kunci ini
admin-partner-keys-shown-once = Kunci baharu ini dipaparkan sekarang sahaja. Salin ke dalam sistem rakan kongsi: tiada sesiapa boleh melihatnya lagi. Jika hilang, batalkan dan buat kunci lain.
admin-partner-keys-revoked-done = Kunci telah dibatalkan: mulai sekarang setiap permintaan yang dibuat dengannya ditolak.
error-partner-key-name = Beri kunci nama yang panjangnya 1 hingga 100 aksara.
error-partner-key-days = Kunci sah selama 1 hingga 365 hari.
error-partner-key-not-partner = Kunci API hanya untuk organisasi jenis rakan penerima aduan.
