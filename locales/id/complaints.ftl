# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## Formulir pengaduan

complaint-new-title = Ajukan pengaduan
complaint-new-heading = Ajukan pengaduan rahasia
complaint-new-intro = Ceritakan apa yang terjadi. Kami mengirimkannya hanya ke lembaga yang Anda pilih, di negara-negara dalam perjalanan Anda. Yang wajib hanya agen perekrut dan kedua negara.
complaint-new-safety = Anda tidak perlu memberikan nama, email, atau nomor telepon. Kami tidak pernah menanyakan status imigrasi Anda dan tidak membagikan apa pun kepada otoritas imigrasi.
complaint-section-recruiter = Siapa yang merekrut Anda
complaint-about = Tentang:
complaint-recruiter-hint = Cari agen di direktori lalu pilih "Ajukan pengaduan rahasia tentang agen ini" di sana, atau tulis nama calo atau sponsor di bawah.
complaint-recruiter-find = Cari di direktori
complaint-recruiter-link = Ajukan pengaduan rahasia tentang agen ini
complaint-field-sub-agent = Nama calo atau sponsor
complaint-sub-agent-hint = Perantara tanpa izin, misalnya calo di kampung. Tulis namanya sesuai yang Anda kenal.
complaint-field-sub-agent-country = Negara tempat calo ini bekerja
complaint-choose = — pilih —
complaint-section-journey = Perjalanan Anda
complaint-field-origin = Negara asal keberangkatan
complaint-field-destination = Negara tujuan (atau yang akan dituju)
complaint-field-stage = Di mana Anda sekarang?
complaint-field-sector = Jenis pekerjaan
complaint-field-occupation = Pekerjaan Anda
complaint-field-departure-year = Tahun berangkat
complaint-section-danger = Keselamatan Anda
complaint-field-in-danger = Saya dalam bahaya sekarang
complaint-in-danger-hint = Centang jika Anda atau orang lain berisiko celaka sekarang. Pengaduan seperti ini dibaca lebih dulu. Dalam keadaan darurat, hubungi juga nomor darurat setempat.
complaint-field-workers = Berapa pekerja yang terdampak, termasuk Anda?
complaint-section-issues = Apa yang terjadi
complaint-issues-hint = Centang semua yang sesuai. Anda juga boleh tidak mencentang apa pun dan cukup menulis.
complaint-field-description = Dengan kata-kata Anda sendiri
complaint-description-hint = Apa yang terjadi, kapan, dan siapa yang terlibat. Jangan menulis hal yang tidak ingin dibaca lembaga.
complaint-section-money = Uang
complaint-money-hint = Tulis jumlah dengan angka, misalnya 1500 atau 1500.50.
complaint-field-fee = Biaya yang Anda bayar untuk mendapatkan pekerjaan
complaint-field-currency = Mata uang
complaint-field-promised-wage = Gaji bulanan yang dijanjikan
complaint-field-actual-wage = Gaji yang Anda terima pada bulan pertama
complaint-field-wage-currency = Mata uang gaji
complaint-field-visa-type = Jenis visa
complaint-costs-hint = Apa saja yang Anda bayar? Centang setiap jenis biaya.
complaint-field-lender = Apakah Anda meminjam uang untuk membayar? Dari siapa?
complaint-lender-none = Saya tidak meminjam
complaint-section-remedy = Apa yang Anda minta
complaint-section-consent = Siapa yang boleh menerima pengaduan Anda
complaint-consent-hint = Pengaduan Anda hanya dikirim ke jenis lembaga yang Anda centang, dan hanya ke lembaga yang mencakup negara-negara Anda.
complaint-share-labour-inspectorate = Pengawas ketenagakerjaan (pemerintah di negara tempat bekerja)
complaint-share-origin-authority = Otoritas penempatan (pemerintah di negara asal Anda)
complaint-share-trade-union = Serikat pekerja
complaint-share-legal-aid = Lembaga bantuan hukum
complaint-no-immigration = Tidak satu pun dari lembaga ini menegakkan hukum imigrasi.
complaint-section-contact = Bagaimana kami menghubungi Anda
complaint-account-hint = "Akun saya" menautkan pengaduan ini ke akun yang sedang Anda pakai. Pilih "Hanya tanda terima saya" untuk tetap anonim: tidak ada yang menautkannya ke akun Anda.
complaint-field-contact = Kontak pilihan Anda (telepon, WhatsApp, email, atau seseorang)
complaint-contact-hint = Hanya jika Anda memilih "Kontak pilihan saya". Berikan kontak yang aman bagi Anda.
complaint-field-safe-times = Waktu yang aman untuk menghubungi Anda
complaint-contact-consent = Siapa yang boleh melihat kontak ini (hanya lembaga yang juga menerima pengaduan):
complaint-section-behalf = Mengajukan atas nama pekerja
complaint-field-behalf-consent = Pekerja setuju saya mengajukan pengaduan ini atas namanya, dan setuju dengan pilihan di atas.
complaint-submit = Kirim pengaduan
complaint-contact-receipt_only = Hanya tanda terima saya (anonim)
complaint-contact-account = Akun saya
complaint-contact-contact = Kontak pilihan saya

## Apa yang salah: indikator kerja paksa ILO, lalu pelanggaran dalam perekrutan

complaint-issue-abuse_of_vulnerability = Seseorang memanfaatkan keadaan sulit saya
complaint-issue-deception = Saya ditipu atau dibohongi
complaint-issue-restriction_of_movement = Saya tidak bebas keluar atau pergi
complaint-issue-isolation = Saya dijauhkan dari orang lain
complaint-issue-physical_sexual_violence = Kekerasan fisik atau seksual
complaint-issue-intimidation_threats = Ancaman atau intimidasi
complaint-issue-retention_of_documents = Paspor atau KTP saya ditahan
complaint-issue-withholding_of_wages = Gaji saya ditahan
complaint-issue-debt_bondage = Saya harus bekerja untuk melunasi utang
complaint-issue-abusive_conditions = Kondisi kerja atau tempat tinggal sangat buruk
complaint-issue-excessive_overtime = Jam kerja berlebihan
complaint-issue-fees_charged = Saya membayar biaya untuk mendapatkan pekerjaan
complaint-issue-job_deception = Pekerjaan atau gaji tidak sesuai janji
complaint-issue-contract_substitution = Kontrak saya diganti dengan yang lain
complaint-issue-no_contract = Tidak ada kontrak, atau kontrak yang tidak saya pahami
complaint-issue-documents_retained = Agen menahan dokumen saya
complaint-issue-wages_unpaid = Gaji tidak dibayar
complaint-issue-discrimination = Diskriminasi
complaint-issue-harassment = Pelecehan
complaint-issue-unlicensed_recruiter = Agen tidak punya izin
complaint-stage-before_departure = Masih di rumah, sebelum berangkat
complaint-stage-in_transit = Dalam perjalanan
complaint-stage-at_destination = Di negara tempat bekerja
complaint-stage-returned = Sudah pulang
complaint-remedy-refund = Uang saya dikembalikan
complaint-remedy-unpaid_wages = Gaji saya yang belum dibayar
complaint-remedy-documents_returned = Dokumen saya dikembalikan
complaint-remedy-repatriation = Pulang ke tanah air
complaint-remedy-change_of_employer = Pindah majikan
complaint-remedy-other = Lainnya

## Tanda terima

receipt-title = Tanda terima Anda
receipt-heading = Pengaduan Anda sudah diterima
receipt-intro = Ini nomor tanda terima Anda:
receipt-once = Kami menampilkannya hanya sekarang, satu kali. Kami tidak menyimpannya dan tidak bisa mengirimkannya lagi. Tanpa nomor ini, tidak ada yang bisa menemukan pengaduan Anda — termasuk Anda sendiri.
receipt-how-write = Tulis atau foto nomor ini, lalu simpan di tempat yang aman.
receipt-how-track = Untuk melihat perkembangannya, menjawab pertanyaan, atau menarik pengaduan, masukkan nomor ini di
receipt-how-safe = Siapa pun yang memegang nomor ini bisa membaca jawaban atas pengaduan Anda: jangan bagikan.
receipt-behalf = Berikan nomor ini kepada pekerja dengan cara yang aman.
receipt-routed = { $count ->
   *[other] Pengaduan dikirim ke { $count } lembaga.
}
receipt-unrouted = Belum ada lembaga yang mencakup negara-negara Anda. Pengaduan Anda tetap disimpan, dan administrator kami sedang mencari lembaga; periksa lagi nanti dengan tanda terima Anda.

## Memantau pengaduan

track-title = Pantau pengaduan Anda
track-heading = Pantau pengaduan Anda
track-intro = Masukkan tanda terima 16 digit yang Anda dapat saat mengajukan pengaduan.
track-field-receipt = Nomor tanda terima
track-submit = Tampilkan pengaduan saya
track-lost = Kami tidak menyimpan salinan tanda terima, jadi tanda terima yang hilang tidak bisa dipulihkan. Anda boleh mengajukan pengaduan lagi.
track-received = Diterima pada { $day }.
track-is-withdrawn = Anda telah menarik pengaduan ini.
track-no-referrals = Pengaduan ini belum sampai ke lembaga mana pun. Kami sedang mencari lembaga yang mencakup negara-negara Anda.
track-kind = Jenis
track-status = Status
track-opened = Diterima di sana pada
track-outcome = Hasil
track-question-waiting = Lembaga ini menunggu jawaban Anda.
track-from-you = Anda
track-from-staff = Lembaga
track-answer = Jawaban Anda
track-add-information = Tambahkan informasi
track-send = Kirim
track-message-sent = Pesan Anda sudah dikirim.
track-withdrawn = Pengaduan Anda sudah ditarik. Lembaga-lembaga sudah diberi tahu.
track-withdraw-heading = Tarik pengaduan
track-withdraw-hint = Jika ditarik, setiap lembaga akan menutup pengaduan Anda. Ini tidak bisa dibatalkan.
track-withdraw-confirm = Ya, saya ingin menarik pengaduan saya
track-withdraw-submit = Tarik
track-linked-heading = Pengaduan yang ditautkan ke akun Anda
track-linked-hint = Anda memilih menautkan pengaduan ini ke akun Anda. Untuk menjawab atau menarik, masukkan tanda terima di atas.

## Status kasus, prioritas, hasil

case-status-new = Baru
case-status-acknowledged = Penerimaan dikonfirmasi
case-status-investigating = Sedang diselidiki
case-status-awaiting_worker = Menunggu pekerja
case-status-resolved = Selesai
case-status-closed = Ditutup
case-close-reason-out_of_jurisdiction = Di luar kewenangan lembaga ini
case-close-reason-unfounded = Tidak didukung oleh fakta yang ditemukan
case-close-reason-withdrawn = Ditarik oleh pekerja
case-remedy-money_recovered = Uang dikembalikan
case-remedy-documents_returned = Dokumen dikembalikan
case-remedy-licence_action = Tindakan terhadap izin agen
case-remedy-prosecution_referral = Diteruskan untuk penuntutan
case-remedy-other = Pemulihan lain
case-money-recovered = { $amount } dikembalikan
case-priority-urgent = Mendesak
case-priority-high = Tinggi
case-priority-normal = Biasa
case-priority-low = Rendah
case-action-acknowledge = Konfirmasi penerimaan
case-action-investigate = Mulai penyelidikan
case-action-ask_worker = Tanya pekerja (kirim pesan dulu)
case-action-resume = Lanjutkan penyelidikan
case-action-resolve = Selesaikan dengan hasil
case-action-close = Tutup dengan alasan

## Staf: antrean kasus

inspect-title = Kasus
inspect-heading = Kasus lembaga Anda
inspect-filter-status = Status
inspect-filter-priority = Prioritas
inspect-filter-country = Negara (asal atau tujuan)
inspect-filter-recruiter = ID agen
inspect-filter-overdue = Hanya yang lewat tenggat
inspect-filter-submit = Saring
inspect-status-open = Kasus terbuka
inspect-status-all = Semua kasus
inspect-priority-any = Prioritas apa pun
inspect-country-any = Negara apa pun
inspect-escalations-heading = Eskalasi (untuk pimpinan)
inspect-escalations-none = Tidak ada kasus yang lewat tenggat.
inspect-escalation-acknowledge = penerimaan tidak dikonfirmasi tepat waktu
inspect-escalation-answer = tidak dijawab tepat waktu
inspect-queue-heading = Antrean: paling mendesak dulu, lalu yang paling lama
inspect-empty = Tidak ada kasus yang cocok.
inspect-same-recruiter = Semua kasus tentang agen ini

## Staf: satu kasus

case-title = Kasus { $id }
case-back = Kembali ke daftar kasus
case-saved = Tersimpan.
case-withdrawn = Pekerja telah menarik pengaduan ini.
case-on-behalf = Diajukan oleh pendamping kasus atas nama pekerja, dengan persetujuannya.
case-recruiter-profile = Profil agen
case-in-danger = Dalam bahaya sekarang
case-overdue = Lewat tenggat
case-sub-agent = Calo tanpa izin
case-priority = Prioritas
case-priority-overridden = (ditetapkan staf)
case-status = Status
case-collective = Kasus kolektif
case-facts-heading = Pengaduan
case-fact-received = Diterima
case-fact-corridor = Jalur migrasi
case-fact-workers = Pekerja terdampak
case-fact-acknowledge-by = Konfirmasi paling lambat
case-fact-answer-by = Jawab paling lambat
case-fact-licensing-country = Negara pemberi izin
case-fact-sector = Sektor
case-fact-occupation = Pekerjaan
case-fact-departure-year = Tahun berangkat
case-fact-stage = Posisi pekerja sekarang
case-fact-fee = Biaya yang dibayar untuk pekerjaan
case-fact-promised-wage = Gaji bulanan yang dijanjikan
case-fact-actual-wage = Gaji yang diterima pada bulan pertama
case-fact-issues = Apa yang terjadi
case-fact-remedies = Permintaan pekerja
case-fact-description = Dengan kata-kata pekerja
case-fact-contact = Kontak pilihan pekerja
case-fact-safe-times = Waktu aman untuk menghubungi
case-fact-costs = Biaya yang dibayar untuk
case-fact-loan = Pinjaman untuk membayar
case-fact-visa-type = Jenis visa
case-contact-heading = Kontak
case-contact-withheld = Pekerja memberikan kontak tetapi tidak mengizinkan jenis lembaga Anda melihatnya. Tulis kepadanya lewat pesan di bawah: ia membacanya dengan tanda terimanya.
case-contact-none = Pekerja memantau pengaduan hanya dengan tanda terimanya. Tulis kepadanya lewat pesan di bawah.
case-collective-heading = Kasus kolektif
case-collective-member = Bagian dari kasus kolektif { $id }:
case-same-recruiter = { $count ->
    [0] Tidak ada kasus terbuka lain di sini tentang agen ini.
   *[other] Ada { $count } kasus terbuka lain di sini tentang agen ini.
}
case-group-submit = Gabungkan menjadi satu kasus kolektif
case-actions-heading = Langkah berikutnya
case-field-action = Langkah
case-field-reason = Alasan atau catatan (wajib untuk menutup)
case-field-priority-reason = Alasan (wajib)
case-field-close-reason = Alasan ditutup
case-field-remedies = Hasil: pemulihan yang didapat
case-field-amount = Uang yang dikembalikan (jumlah)
case-field-whole-group = Terapkan ke semua kasus dalam kasus kolektif
case-action-submit = Catat langkah ini
case-messages-heading = Pesan dan catatan
case-messages-none = Belum ada pesan.
case-note = Catatan internal
case-from-worker = Dari pekerja
case-to-worker = Kepada pekerja
case-field-message = Pesan untuk pekerja
case-field-internal = Catatan internal (tidak pernah dilihat pekerja)
case-message-submit = Kirim
case-priority-heading = Ubah prioritas
case-priority-submit = Ubah prioritas
case-refer-heading = Teruskan
case-refer-hint = Membuka kasus di lembaga lain. Hanya jenis lembaga yang disetujui pekerja yang ditampilkan.
case-field-organisation = Lembaga
case-refer-submit = Teruskan
case-timeline-heading = Riwayat
case-step-opened = Kasus dibuka
case-step-referred-on = Diteruskan ke lembaga lain
case-step-priority = Prioritas diubah
case-step-grouped = Dimasukkan ke kasus kolektif
case-step-escalated = Tenggat terlewat: pimpinan diberi tahu

## Administrator

unrouted-title = Pengaduan yang belum diteruskan
unrouted-heading = Pengaduan yang tidak diterima lembaga mana pun
unrouted-intro = Pengaduan ini tidak cocok dengan negara lembaga mana pun dan jenis yang disetujui pekerja. Tambahkan lembaga yang mencakupnya. Isinya tidak ditampilkan di sini.
unrouted-none = Setiap pengaduan sudah sampai ke suatu lembaga.
unrouted-recruiter = Agen
unrouted-kinds = Jenis yang disetujui
unrouted-count = Pengaduan yang belum diteruskan
unrouted-route-hint = Setelah menambahkan lembaga yang mencakupnya, teruskan lagi pengaduan yang menunggu.
unrouted-route-submit = Teruskan lagi pengaduan yang menunggu
unrouted-routed = { $count ->
   *[other] { $count } pengaduan sampai ke suatu lembaga.
}

## Kesalahan

error-complaint-recruiter-required = Pilih agen dari direktori, atau tulis nama calo atau sponsor.
error-complaint-recruiter-both = Berikan agen dari direktori atau nama calo, jangan keduanya.
error-complaint-recruiter-unknown = Kami tidak menemukan agen itu di direktori.
error-complaint-country-required = Pilih negaranya.
error-complaint-corridor-same = Kedua negara harus berbeda.
error-complaint-year = Tulis tahun seperti 2024.
error-complaint-workers = Tulis jumlah pekerja dari 1 sampai 100.000.
error-complaint-lender = Pilih siapa yang meminjamkan uang, atau kosongkan bunganya.
error-complaint-consent-required = Pilih setidaknya satu jenis lembaga yang boleh menerima pengaduan Anda.
error-complaint-contact-consent = Kontak Anda hanya bisa diberikan ke lembaga yang juga menerima pengaduan.
error-complaint-contact-consent-required = Pilih siapa yang boleh melihat kontak Anda.
error-complaint-contact-required = Tulis kontak yang bisa dihubungi, atau pilih "Hanya tanda terima saya".
error-complaint-account-needed = Masuk untuk menautkan pengaduan ke akun Anda, atau pilih "Hanya tanda terima saya".
error-complaint-behalf-consent = Pastikan bahwa pekerja setuju Anda mengajukan atas namanya.
error-track-receipt-format = Tanda terima terdiri dari 16 digit, misalnya 1234-5678-9012-3456.
error-track-receipt-unknown = Tidak ada pengaduan dengan tanda terima ini. Periksa angkanya lalu coba lagi.
error-track-referral = Ini bukan salah satu lembaga penerima pengaduan Anda.
error-track-referral-closed = Lembaga ini sudah menutup pengaduan Anda; lembaga ini tidak bisa menerima pesan.
error-track-withdraw-confirm = Centang kotak untuk memastikan Anda ingin menarik pengaduan.
error-case-transition = Langkah ini tidak bisa dilakukan dari status kasus saat ini.
error-case-action-unknown = Pilih langkah dari daftar.
error-case-close-reason = Pilih alasan kasus ditutup.
error-case-reason-required = Tulis alasannya.
error-case-outcome-required = Pilih setidaknya satu pemulihan yang didapat.
error-case-money-required = Berikan jumlah dan mata uang uang yang dikembalikan.
error-case-money-unexpected = Jumlah hanya diisi bersama "Uang dikembalikan".
error-case-message-required = Tulis pesan.
error-case-priority = Pilih prioritas dari daftar.
error-case-refer-self = Kasus ini sudah ada di lembaga ini.
error-case-refer-consent = Pekerja tidak setuju pengaduannya dibagikan ke jenis lembaga ini.
error-case-refer-coverage = Lembaga ini tidak bekerja di negara-negara pengaduan ini.
error-case-refer-exists = Lembaga ini sudah memiliki pengaduan ini.
error-case-group-alone = Tidak ada kasus terbuka lain di sini tentang agen ini.
error-case-filter = Ada nilai saringan yang tidak kami kenal.

## Bukti (foto, dokumen, pesan suara)
evidence-heading = Foto, dokumen, dan pesan suara
evidence-hint = Tambahkan foto kontrak, kuitansi biaya, slip gaji atau pesan dari perekrut, sebuah PDF, atau pesan suara. Data lokasi dan keterangan ponsel dihapus dari foto.
evidence-field-files = Berkas
evidence-files-hint = Foto (JPEG, PNG, WebP), PDF, atau pesan suara (MP3, Ogg, M4A, AMR); beberapa sekaligus.
evidence-field-share = Siapa yang boleh melihat berkas ini
evidence-submit = Kirim berkas
evidence-sent = Berkas Anda ditambahkan ke pengaduan.
evidence-location-removed = Data lokasi dan keterangan ponsel sudah dihapus dari foto Anda.
evidence-choose-again = Tidak ada yang terkirim. Pilih berkasnya lagi: peramban tidak menyimpannya.
evidence-kind-photo = Foto
evidence-kind-document = Dokumen
evidence-kind-voice = Pesan suara
evidence-size-kb = { $count } KB
error-evidence-type = Jenis berkas ini tidak diterima. Kirim foto (JPEG, PNG, WebP), dokumen PDF, atau pesan suara (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Sebuah berkas tidak dapat dibaca: mungkin rusak, terpotong, atau dikunci kata sandi.
error-evidence-pixels = Sebuah foto terlalu besar. Kirim salinan yang lebih kecil.
error-evidence-too-large = Sebuah berkas lebih besar dari yang diizinkan. Kirim salinan yang lebih kecil.
error-evidence-too-many = Terlalu banyak berkas sekaligus. Kirim beberapa kali.
error-evidence-none = Pilih setidaknya satu berkas.
error-evidence-share = Pilih siapa yang boleh melihat berkas, di antara lembaga yang menerima pengaduan Anda.
error-evidence-complaint-full = Pengaduan ini sudah menyimpan berkas sebanyak yang bisa. Kirim yang paling penting saja.
error-evidence-truncated = Unggahan terputus. Coba lagi.
evidence-from-staff = dikirim kepada Anda oleh lembaga
evidence-sent-by-you = dikirim oleh lembaga Anda
evidence-staff-field = Kirim berkas ke pekerja
evidence-staff-hint = Formulir, keputusan, atau surat. Pekerja membukanya dengan tanda terimanya; lembaga lain tidak melihatnya. Data lokasi dihapus dari foto.
evidence-staff-submit = Kirim ke pekerja
error-webhook-url-malformed = Masukkan alamat web lengkap (https://…) paling banyak 2.000 karakter, tanpa nama pengguna atau kata sandi.
error-webhook-url-not-https = Alamat harus diawali dengan https://.
error-webhook-url-private = Alamat ini mengarah ke jaringan pribadi, lokal, atau khusus. Gunakan alamat di internet publik.
error-webhook-url-unresolved = Nama host alamat ini tidak ditemukan. Periksa ejaannya.
