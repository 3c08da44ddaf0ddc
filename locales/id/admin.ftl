# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Administrasi
admin-heading = Administrasi
admin-nav-label = Administrasi
admin-nav-overview = Ringkasan
admin-nav-organisations = Organisasi
admin-nav-staff = Staf
admin-nav-recruiters = Direktori agen perekrut
admin-nav-audit = Log audit
admin-count-organisations = Organisasi
admin-count-staff = Akun staf
admin-count-workers = Akun pekerja
admin-recruiters-link = Tambah atau perbaiki data agen perekrut di direktori
admin-recent-events = Peristiwa keamanan terbaru
admin-audit-link = Lihat seluruh log audit
admin-save = Simpan perubahan
admin-saved = Perubahan Anda sudah disimpan.
admin-disabled = Dinonaktifkan
admin-enabled = Aktif
admin-standing = Status

## Audit log
admin-audit-title = Log audit
admin-audit-heading = Log audit
admin-audit-intro = 200 peristiwa keamanan terakhir, yang terbaru paling atas. Waktu dalam UTC.
admin-audit-none = Belum ada peristiwa yang tercatat.
admin-audit-time = Waktu (UTC)
admin-audit-event = Peristiwa
admin-audit-people = Siapa
admin-audit-detail = Rincian
admin-audit-actor = Oleh:
admin-audit-subject = Akun:
admin-outcome-success = Berhasil
admin-outcome-failure = Gagal
admin-outcome-refused = Ditolak
admin-event-sign-in = Masuk
admin-event-sign-out = Keluar
admin-event-sign-out-everywhere = Keluar dari semua perangkat
admin-event-password-changed = Kata sandi diganti
admin-event-account-created = Akun dibuat
admin-event-role-changed = Peran diubah
admin-event-organisation-changed = Organisasi akun diubah
admin-event-account-disabled = Akun dinonaktifkan
admin-event-account-enabled = Akun diaktifkan kembali
admin-event-organisation-created = Organisasi ditambahkan
admin-event-organisation-updated = Data organisasi diubah
admin-event-recruiter-created = Agen perekrut ditambahkan
admin-event-recruiter-updated = Data agen perekrut diubah

## Organisations
admin-organisations-title = Organisasi
admin-organisations-heading = Organisasi
admin-organisations-none = Belum ada organisasi yang ditambahkan.
admin-organisation-create-heading = Tambah organisasi
admin-organisation-create-submit = Tambahkan organisasi
admin-organisation-edit-heading = Ubah organisasi ini
admin-field-organisation-name = Nama
admin-field-kind = Jenis organisasi
admin-field-countries = Negara yang dicakup
admin-countries-hint = Kode negara dua huruf, dipisahkan dengan koma atau spasi, misalnya QA, AE.
admin-field-sectors = Sektor
admin-sectors-hint = Biarkan semua tidak dicentang jika organisasi ini menangani semua sektor.
admin-sectors-all = Semua sektor
admin-field-acknowledge-days = Batas hari untuk konfirmasi penerimaan pengaduan
admin-acknowledge-days-hint = Dari 1 sampai 365 hari. Biasanya 7.
admin-field-answer-days = Batas hari untuk menjawab pengaduan
admin-answer-days-hint = Dari 1 sampai 730 hari, dan tidak kurang dari batas hari konfirmasi penerimaan. Biasanya 90.
admin-deadlines = Tenggat waktu
# Indonesian has only the plural category "other": a plain sentence with the number.
admin-deadline-acknowledge = Konfirmasi penerimaan dalam { $days } hari
admin-deadline-answer = Jawab dalam { $days } hari
admin-members-heading = Staf organisasi ini
admin-members-none = Belum ada yang bekerja untuk organisasi ini di FairRecruit.

## Staff
admin-staff-title = Staf
admin-staff-heading = Akun staf
admin-staff-none = Belum ada akun staf.
admin-staff-create-heading = Tambah akun staf
admin-staff-create-submit = Tambahkan akun
admin-staff-password-hint = Paling sedikit 8 karakter, bukan kata sandi yang umum. Berikan kepada orang tersebut dengan cara yang aman; ia bisa menggantinya di halaman akunnya.
admin-organisation-none = Tanpa organisasi
admin-organisation-hint = Pengawas tergabung dalam lembaga pengawas ketenagakerjaan atau otoritas di negara asal, pengurus serikat dalam serikat pekerja, pendamping kasus dalam lembaga bantuan hukum. Moderator dan administrator tidak tergabung dalam organisasi mana pun.
admin-field-lead = Pimpinan organisasi (diberi tahu tentang eskalasi dan kasus yang melewati tenggat)
admin-field-disabled = Akun dinonaktifkan (orang ini tidak bisa masuk)
admin-staff-edit-heading = Ubah akun ini
admin-staff-edit-hint = Menyimpan perubahan akan langsung mengeluarkan orang ini dari semua perangkat.
admin-staff-self-hint = Ini akun Anda sendiri: Anda tidak bisa mencabut peran administrator Anda atau menonaktifkan akun ini.

## Recruiter directory
admin-recruiters-title = Direktori agen perekrut
admin-recruiters-heading = Direktori agen perekrut
admin-recruiter-create-heading = Tambah agen perekrut berizin
admin-recruiter-create-submit = Tambahkan agen perekrut
admin-recruiter-edit-heading = Perbaiki data agen perekrut ini
admin-recruiter-edit-hint = Perubahan status izin ditambahkan ke riwayat izin publik agen ini dengan tanggal hari ini.
admin-recruiter-public-link = Lihat profil publik
admin-field-recruiter-name = Nama agen
admin-field-licensing-country = Negara yang memberi izin
admin-licensing-country-hint = Kode negara dua huruf, misalnya NP untuk Nepal.

## Errors
admin-error-role = Pilih peran dari daftar.
admin-error-own-role = Anda tidak bisa mencabut peran administrator Anda sendiri. Mintalah bantuan administrator lain.
admin-error-own-disable = Anda tidak bisa menonaktifkan akun Anda sendiri. Mintalah bantuan administrator lain.
admin-error-country-code = Gunakan kode negara dua huruf seperti NP, QA, atau AE, dipisahkan dengan koma.
admin-error-destinations-too-many = Sebutkan paling banyak 60 negara tujuan.
admin-error-name-required = Sebutkan nama agen.
admin-error-licence-required = Sebutkan nomor izin.
admin-error-licence-taken = Nomor izin ini sudah dipakai oleh agen perekrut lain di negara ini.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Peran
admin-detail-organisation = Organisasi
admin-detail-kind = Jenis
admin-detail-countries = Negara
admin-detail-sectors = Sektor
admin-detail-days = Tenggat waktu (hari)
admin-detail-recruiter = Agen perekrut
admin-detail-status = Status izin
admin-detail-reason = Alasan
admin-detail-reason-throttled = terlalu banyak percobaan
admin-detail-reason-disabled = akun dinonaktifkan

## Setting a staff member's password
admin-password-heading = Tetapkan kata sandi baru
admin-password-hint = Untuk staf yang lupa kata sandinya. Semua sesinya langsung berakhir. Berikan kata sandi baru dengan cara yang aman; ia bisa mengubahnya di halaman akunnya.
admin-password-submit = Tetapkan kata sandi
admin-error-own-password = Ubah kata sandi Anda sendiri di halaman akun Anda.
admin-event-password-reset = Kata sandi ditetapkan oleh administrator
admin-warning-look-alike = Nama ini mirip dengan nama agensi yang terdaftar. Nama ini belum disimpan.
admin-look-alike-list = Pastikan ini bukan salah satu agensi berikut:
admin-look-alike-confirm = Ini agensi yang berbeda: tetap simpan

## Masuk dua langkah
admin-second-factor-on = aktif
admin-second-factor-off = belum aktif (diminta saat masuk berikutnya)
admin-second-factor-heading = Atur ulang masuk dua langkah
admin-second-factor-hint = Untuk orang yang kehilangan ponsel sekaligus kode pemulihannya. Semua sesinya berakhir; saat masuk berikutnya ia menyiapkan aplikasi baru. Ia diberi tahu lewat email.
admin-second-factor-submit = Atur ulang masuk dua langkah
admin-event-second-factor-enrolled = Masuk dua langkah diaktifkan
admin-event-second-factor-replaced = Masuk dua langkah dipindah ke aplikasi baru
admin-event-second-factor-removed = Masuk dua langkah dimatikan
admin-event-second-factor-reset = Masuk dua langkah diatur ulang oleh administrator
admin-detail-reason-second-factor = kode salah atau sudah dipakai
admin-detail-reason-no-second-factor = masuk dua langkah belum aktif
admin-detail-reason-recovery-code = dengan kode pemulihan

## API keys of intake partners (issue 18)
admin-partner-keys-link = Kunci API
admin-partner-keys-title = Kunci API { $name }
admin-partner-keys-intro = Dengan kunci, chatbot atau sistem hotline mitra ini dapat mengajukan pengaduan dan ulasan untuk pekerja, dengan persetujuan yang mereka berikan, dan memantau apa yang telah diajukannya. Tidak lebih. Kunci hanya ditampilkan sekali saat dibuat; yang disimpan hanya hash-nya.
admin-partner-keys-none = Mitra ini belum punya kunci.
admin-partner-keys-col-name = Nama
admin-partner-keys-col-made = Dibuat
admin-partner-keys-col-expires = Berlaku sampai
admin-partner-keys-col-used = Terakhir dipakai
admin-partner-keys-col-state = Keadaan
admin-partner-keys-never = belum pernah
admin-partner-keys-active = aktif
admin-partner-keys-revoked = dicabut
admin-partner-keys-expired = kedaluwarsa
admin-partner-keys-revoke = Cabut
admin-partner-keys-create-heading = Buat kunci
admin-partner-keys-name = Nama kunci
admin-partner-keys-name-hint = Sebutkan di mana kunci dipakai, misalnya "Bot WhatsApp" atau "Hotline, Kathmandu".
admin-partner-keys-days = Berlaku selama (hari, 1 sampai 365)
admin-partner-keys-create = Buat kuncinya
admin-partner-keys-shown-once = Kunci baru hanya ditampilkan sekarang. Salin ke sistem mitra: tidak ada yang bisa melihatnya lagi. Jika hilang, cabut lalu buat yang lain.
admin-partner-keys-revoked-done = Kunci sudah dicabut: mulai sekarang setiap permintaan yang memakainya ditolak.
error-partner-key-name = Beri kunci nama sepanjang 1 sampai 100 karakter.
error-partner-key-days = Kunci berlaku 1 sampai 365 hari.
error-partner-key-not-partner = Kunci API hanya untuk organisasi berjenis mitra penerima laporan.
