# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = Buat aduan
complaint-new-heading = Buat aduan sulit
complaint-new-intro = Beritahu kami apa yang berlaku. Kami menghantarnya hanya kepada organisasi yang anda pilih, di negara-negara dalam perjalanan anda. Hanya ejen pengambilan dan kedua-dua negara yang wajib diisi.
complaint-new-safety = Anda tidak perlu memberikan nama, e-mel atau nombor telefon. Kami tidak pernah bertanya tentang status imigresen anda dan tidak pernah berkongsi apa-apa dengan pihak berkuasa imigresen.
complaint-section-recruiter = Siapa yang mengambil anda bekerja
complaint-about = Tentang:
complaint-recruiter-hint = Cari agensi dalam direktori dan pilih "Buat aduan sulit tentang ejen ini" di sana, atau tulis nama ejen atau orang tengah di bawah.
complaint-recruiter-find = Cari dalam direktori
complaint-recruiter-link = Buat aduan sulit tentang ejen ini
complaint-field-sub-agent = Nama ejen atau orang tengah
complaint-sub-agent-hint = Orang tengah tanpa lesen, contohnya orang tengah di kampung. Tulis nama seperti yang anda kenali.
complaint-field-sub-agent-country = Negara tempat ejen ini bekerja
complaint-choose = — pilih —
complaint-section-journey = Perjalanan anda
complaint-field-origin = Negara tempat anda bertolak
complaint-field-destination = Negara yang anda tuju (atau akan tuju)
complaint-field-stage = Di mana anda sekarang?
complaint-field-sector = Jenis kerja
complaint-field-occupation = Pekerjaan anda
complaint-field-departure-year = Tahun anda bertolak
complaint-section-danger = Keselamatan anda
complaint-field-in-danger = Saya dalam bahaya sekarang
complaint-in-danger-hint = Tandakan ini jika anda atau orang lain berisiko dicederakan sekarang. Aduan seperti ini dibaca dahulu. Dalam kecemasan, hubungi juga nombor kecemasan tempatan.
complaint-field-workers = Berapa ramai pekerja yang terjejas, termasuk anda?
complaint-section-issues = Apa yang berlaku
complaint-issues-hint = Tandakan semua yang berkaitan. Anda juga boleh tidak menandakan apa-apa dan hanya menulis.
complaint-field-description = Dengan kata-kata anda sendiri
complaint-description-hint = Apa yang berlaku, bila, dan siapa yang terlibat. Jangan tulis apa-apa yang anda tidak mahu dibaca oleh organisasi.
complaint-section-money = Wang
complaint-money-hint = Jumlah dalam angka, contohnya 1500 atau 1500.50.
complaint-field-fee = Yuran yang anda bayar untuk mendapatkan pekerjaan
complaint-field-currency = Mata wang
complaint-field-promised-wage = Gaji bulanan yang dijanjikan kepada anda
complaint-field-actual-wage = Gaji bulanan yang anda terima pada bulan pertama
complaint-field-wage-currency = Mata wang gaji
complaint-field-visa-type = Jenis visa
complaint-costs-hint = Apa yang anda bayar? Tandakan setiap jenis kos.
complaint-field-lender = Adakah anda meminjam wang untuk membayar? Daripada siapa?
complaint-lender-none = Saya tidak meminjam
complaint-section-remedy = Apa yang anda minta
complaint-section-consent = Siapa yang boleh menerima aduan anda
complaint-consent-hint = Aduan anda hanya dihantar kepada jenis organisasi yang anda tandakan, dan hanya kepada organisasi yang meliputi negara-negara anda.
complaint-share-labour-inspectorate = Jabatan tenaga kerja (kerajaan, di negara tempat bekerja)
complaint-share-origin-authority = Pihak berkuasa pengambilan pekerja (kerajaan, di negara asal anda)
complaint-share-trade-union = Kesatuan sekerja
complaint-share-legal-aid = Organisasi bantuan guaman
complaint-no-immigration = Tiada satu pun daripada organisasi ini menguatkuasakan undang-undang imigresen.
complaint-section-contact = Cara kami boleh menghubungi anda
complaint-account-hint = "Akaun saya" memautkan aduan ini kepada akaun yang anda gunakan untuk log masuk. Pilih "Resit saya sahaja" untuk kekal tanpa nama: dengan itu tiada apa-apa yang memautkannya kepada akaun anda.
complaint-field-contact = Cara hubungan yang anda pilih (telefon, WhatsApp, e-mel, atau seseorang)
complaint-contact-hint = Hanya jika anda memilih "Cara hubungan yang saya pilih". Berikan cara yang selamat untuk anda.
complaint-field-safe-times = Masa yang selamat untuk menghubungi anda
complaint-contact-consent = Siapa yang boleh melihat cara hubungan ini (hanya organisasi yang juga menerima aduan):
complaint-section-behalf = Membuat aduan bagi pihak pekerja
complaint-field-behalf-consent = Pekerja itu bersetuju saya membuat aduan ini bagi pihaknya, dan bersetuju dengan pilihan di atas.
complaint-submit = Hantar aduan
complaint-contact-receipt_only = Resit saya sahaja (tanpa nama)
complaint-contact-account = Akaun saya
complaint-contact-contact = Cara hubungan yang saya pilih

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Seseorang mengambil kesempatan atas keadaan susah saya
complaint-issue-deception = Saya ditipu atau dibohongi
complaint-issue-restriction_of_movement = Saya tidak bebas keluar atau pergi
complaint-issue-isolation = Saya dijauhkan daripada orang lain
complaint-issue-physical_sexual_violence = Keganasan fizikal atau seksual
complaint-issue-intimidation_threats = Ugutan atau intimidasi
complaint-issue-retention_of_documents = Pasport atau kad pengenalan saya ditahan
complaint-issue-withholding_of_wages = Gaji saya ditahan
complaint-issue-debt_bondage = Saya terpaksa bekerja untuk membayar hutang
complaint-issue-abusive_conditions = Keadaan kerja atau tempat tinggal yang sangat teruk
complaint-issue-excessive_overtime = Waktu kerja yang terlalu panjang
complaint-issue-fees_charged = Saya membayar yuran untuk mendapatkan pekerjaan
complaint-issue-job_deception = Pekerjaan atau gaji tidak seperti yang dijanjikan
complaint-issue-contract_substitution = Kontrak saya ditukar dengan kontrak lain
complaint-issue-no_contract = Tiada kontrak, atau kontrak yang saya tidak faham
complaint-issue-documents_retained = Ejen pengambilan menyimpan dokumen saya
complaint-issue-wages_unpaid = Gaji tidak dibayar
complaint-issue-discrimination = Diskriminasi
complaint-issue-harassment = Gangguan
complaint-issue-unlicensed_recruiter = Ejen pengambilan tiada lesen
complaint-stage-before_departure = Masih di rumah, sebelum bertolak
complaint-stage-in_transit = Dalam perjalanan
complaint-stage-at_destination = Di negara tempat bekerja
complaint-stage-returned = Sudah pulang ke tanah air
complaint-remedy-refund = Wang saya dikembalikan
complaint-remedy-unpaid_wages = Gaji saya yang belum dibayar
complaint-remedy-documents_returned = Dokumen saya dikembalikan
complaint-remedy-repatriation = Pulang ke tanah air
complaint-remedy-change_of_employer = Menukar majikan
complaint-remedy-other = Lain-lain

## The receipt

receipt-title = Resit anda
receipt-heading = Aduan anda telah diterima
receipt-intro = Ini nombor resit anda:
receipt-once = Kami hanya memaparkannya sekarang, sekali sahaja. Kami tidak menyimpannya dan tidak boleh menghantarnya semula. Tanpanya, tiada sesiapa dapat mencari aduan anda — termasuk anda sendiri.
receipt-how-write = Tulis atau ambil gambarnya, dan simpan di tempat yang selamat.
receipt-how-track = Untuk melihat perkembangan, menjawab soalan atau menarik balik aduan, masukkan nombor ini di
receipt-how-safe = Sesiapa yang ada nombor ini boleh membaca jawapan kepada aduan anda: jangan kongsikannya.
receipt-behalf = Berikan nombor ini kepada pekerja itu dengan cara yang selamat.
receipt-routed = { $count ->
    [1] Aduan ini telah dihantar kepada satu organisasi.
   *[other] Aduan ini telah dihantar kepada { $count } organisasi.
}
receipt-unrouted = Belum ada organisasi yang meliputi negara-negara anda yang menyertai FairRecruit. Aduan anda disimpan, dan pentadbir kami sedang mencari organisasi; semak semula kemudian dengan resit anda.

## Following a complaint

track-title = Ikuti aduan anda
track-heading = Ikuti aduan anda
track-intro = Masukkan resit 16 digit yang diberikan kepada anda semasa membuat aduan.
track-field-receipt = Nombor resit
track-submit = Tunjukkan aduan saya
track-lost = Kami tidak menyimpan salinan resit, jadi resit yang hilang tidak boleh didapatkan semula. Anda boleh membuat aduan sekali lagi.
track-received = Diterima pada { $day }.
track-is-withdrawn = Anda telah menarik balik aduan ini.
track-no-referrals = Aduan ini belum sampai kepada mana-mana organisasi. Kami sedang mencari organisasi yang meliputi negara-negara anda.
track-kind = Jenis
track-status = Status
track-opened = Diterima di sana pada
track-outcome = Keputusan
track-question-waiting = Organisasi ini sedang menunggu jawapan anda.
track-from-you = Anda
track-from-staff = Organisasi
track-answer = Jawapan anda
track-add-information = Tambah maklumat
track-send = Hantar
track-message-sent = Mesej anda telah dihantar.
track-withdrawn = Aduan anda telah ditarik balik. Organisasi-organisasi telah dimaklumkan.
track-withdraw-heading = Tarik balik aduan
track-withdraw-hint = Jika anda menarik balik, setiap organisasi akan menutup aduan anda. Ini tidak boleh dibatalkan.
track-withdraw-confirm = Ya, saya mahu menarik balik aduan saya
track-withdraw-submit = Tarik balik
track-linked-heading = Aduan yang dipautkan kepada akaun anda
track-linked-hint = Anda memilih untuk memautkan aduan ini kepada akaun anda. Untuk menjawab atau menarik balik, masukkan resit di atas.

## Referral statuses, priorities, outcomes

case-status-new = Baharu
case-status-acknowledged = Penerimaan diakui
case-status-investigating = Sedang disiasat
case-status-awaiting_worker = Menunggu pekerja
case-status-resolved = Diselesaikan
case-status-closed = Ditutup
case-close-reason-out_of_jurisdiction = Di luar tanggungjawab organisasi ini
case-close-reason-unfounded = Tidak disokong oleh fakta yang ditemui
case-close-reason-withdrawn = Ditarik balik oleh pekerja
case-remedy-money_recovered = Wang diperoleh semula
case-remedy-documents_returned = Dokumen dikembalikan
case-remedy-licence_action = Tindakan terhadap lesen ejen pengambilan
case-remedy-prosecution_referral = Dirujuk untuk pendakwaan
case-remedy-other = Remedi lain
case-money-recovered = { $amount } diperoleh semula
case-priority-urgent = Segera
case-priority-high = Tinggi
case-priority-normal = Biasa
case-priority-low = Rendah
case-action-acknowledge = Akui penerimaan
case-action-investigate = Mulakan siasatan
case-action-ask_worker = Tanya pekerja (hantar mesej dahulu)
case-action-resume = Sambung semula siasatan
case-action-resolve = Selesaikan dengan keputusan
case-action-close = Tutup dengan sebab

## Staff: the queue

inspect-title = Kes
inspect-heading = Kes organisasi anda
inspect-filter-status = Status
inspect-filter-priority = Keutamaan
inspect-filter-country = Negara (asal atau destinasi)
inspect-filter-recruiter = ID ejen pengambilan
inspect-filter-overdue = Yang lewat sahaja
inspect-filter-submit = Tapis
inspect-status-open = Kes terbuka
inspect-status-all = Semua kes
inspect-priority-any = Semua keutamaan
inspect-country-any = Semua negara
inspect-escalations-heading = Eskalasi (ketua)
inspect-escalations-none = Tiada kes yang lewat.
inspect-escalation-acknowledge = penerimaan tidak diakui dalam tempoh
inspect-escalation-answer = tidak dijawab dalam tempoh
inspect-queue-heading = Baris gilir: paling segera dahulu, kemudian yang paling lama
inspect-empty = Tiada kes yang sepadan.
inspect-same-recruiter = Semua kes tentang ejen ini

## Staff: one case

case-title = Kes { $id }
case-back = Kembali ke senarai kes
case-saved = Disimpan.
case-withdrawn = Pekerja telah menarik balik aduan ini.
case-on-behalf = Dibuat oleh pegawai kes bagi pihak pekerja, dengan persetujuan pekerja.
case-recruiter-profile = Profil ejen pengambilan
case-in-danger = Dalam bahaya sekarang
case-overdue = Lewat
case-sub-agent = Ejen tidak berlesen
case-priority = Keutamaan
case-priority-overridden = (ditetapkan oleh kakitangan)
case-status = Status
case-collective = Kes kolektif
case-facts-heading = Aduan
case-fact-received = Diterima
case-fact-corridor = Koridor
case-fact-workers = Pekerja yang terjejas
case-fact-acknowledge-by = Akui penerimaan sebelum
case-fact-answer-by = Jawab sebelum
case-fact-licensing-country = Negara pemberi lesen
case-fact-sector = Sektor
case-fact-occupation = Pekerjaan
case-fact-departure-year = Tahun bertolak
case-fact-stage = Di mana pekerja sekarang
case-fact-fee = Yuran yang dibayar untuk pekerjaan
case-fact-promised-wage = Gaji bulanan yang dijanjikan
case-fact-actual-wage = Gaji yang diterima pada bulan pertama
case-fact-issues = Apa yang berlaku
case-fact-remedies = Apa yang diminta oleh pekerja
case-fact-description = Dalam kata-kata pekerja
case-fact-contact = Cara hubungan yang dipilih oleh pekerja
case-fact-safe-times = Masa yang selamat untuk menghubungi
case-fact-costs = Kos yang dibayar
case-fact-loan = Pinjaman untuk membayar
case-fact-visa-type = Jenis visa
case-contact-heading = Hubungan
case-contact-withheld = Pekerja memberikan cara hubungan tetapi tidak membenarkan jenis organisasi anda melihatnya. Tulis kepada mereka melalui mesej di bawah: mereka membacanya dengan resit mereka.
case-contact-none = Pekerja mengikuti aduan dengan resit mereka sahaja. Tulis kepada mereka melalui mesej di bawah.
case-collective-heading = Kes kolektif
case-collective-member = Sebahagian daripada kes kolektif { $id }:
case-same-recruiter = { $count ->
    [0] Tiada kes terbuka lain di sini tentang ejen ini.
    [1] Satu lagi kes terbuka di sini adalah tentang ejen ini.
   *[other] { $count } lagi kes terbuka di sini adalah tentang ejen ini.
}
case-group-submit = Kumpulkan menjadi satu kes kolektif
case-actions-heading = Langkah seterusnya
case-field-action = Langkah
case-field-reason = Sebab atau catatan (wajib untuk menutup)
case-field-priority-reason = Sebab (wajib)
case-field-close-reason = Sebab kes ditutup
case-field-remedies = Keputusan: remedi yang diperoleh
case-field-amount = Wang yang diperoleh semula (jumlah)
case-field-whole-group = Gunakan untuk setiap kes dalam kes kolektif
case-action-submit = Rekodkan langkah ini
case-messages-heading = Mesej dan catatan
case-messages-none = Belum ada mesej.
case-note = Catatan dalaman
case-from-worker = Daripada pekerja
case-to-worker = Kepada pekerja
case-field-message = Mesej kepada pekerja
case-field-internal = Catatan dalaman (pekerja tidak pernah melihatnya)
case-message-submit = Hantar
case-priority-heading = Tukar keutamaan
case-priority-submit = Tukar keutamaan
case-refer-heading = Rujuk kepada organisasi lain
case-refer-hint = Membuka kes di organisasi lain. Hanya jenis organisasi yang dipersetujui oleh pekerja yang ditawarkan.
case-field-organisation = Organisasi
case-refer-submit = Rujuk
case-timeline-heading = Garis masa
case-step-opened = Kes dibuka
case-step-referred-on = Dirujuk kepada organisasi lain
case-step-priority = Keutamaan ditukar
case-step-grouped = Ditambah ke kes kolektif
case-step-escalated = Had masa terlepas: ketua dimaklumkan

## Administrators

unrouted-title = Aduan yang belum disalurkan
unrouted-heading = Aduan yang tidak diterima oleh mana-mana organisasi
unrouted-intro = Aduan ini tidak sepadan dengan negara mana-mana organisasi daripada jenis yang dipersetujui oleh pekerja. Tambah organisasi yang meliputinya. Kandungannya tidak dipaparkan di sini.
unrouted-none = Setiap aduan telah sampai kepada organisasi.
unrouted-recruiter = Ejen pengambilan
unrouted-kinds = Jenis yang dipersetujui
unrouted-count = Aduan yang belum disalurkan
unrouted-route-hint = Selepas menambah organisasi yang meliputinya, salurkan semula aduan yang menunggu.
unrouted-route-submit = Salurkan semula aduan yang menunggu
unrouted-routed = { $count ->
    [1] Satu aduan telah sampai kepada organisasi.
   *[other] { $count } aduan telah sampai kepada organisasi.
}

## Errors

error-complaint-recruiter-required = Pilih ejen pengambilan dalam direktori, atau tulis nama ejen atau orang tengah.
error-complaint-recruiter-both = Berikan sama ada ejen pengambilan daripada direktori atau nama ejen, bukan kedua-duanya.
error-complaint-recruiter-unknown = Kami tidak dapat menemui ejen pengambilan itu dalam direktori.
error-complaint-country-required = Pilih negara.
error-complaint-corridor-same = Kedua-dua negara mestilah berbeza.
error-complaint-year = Berikan tahun seperti 2024.
error-complaint-workers = Berikan bilangan pekerja dari 1 hingga 100,000.
error-complaint-lender = Pilih siapa yang memberi pinjaman, atau biarkan faedah kosong.
error-complaint-consent-required = Pilih sekurang-kurangnya satu jenis organisasi yang boleh menerima aduan anda.
error-complaint-contact-consent = Cara hubungan anda hanya boleh dihantar kepada organisasi yang juga menerima aduan.
error-complaint-contact-consent-required = Pilih siapa yang boleh melihat cara hubungan anda.
error-complaint-contact-required = Tulis cara hubungan yang anda mahu digunakan, atau pilih "Resit saya sahaja".
error-complaint-account-needed = Log masuk untuk memautkan aduan kepada akaun anda, atau pilih "Resit saya sahaja".
error-complaint-behalf-consent = Sahkan bahawa pekerja bersetuju anda membuat aduan bagi pihaknya.
error-track-receipt-format = Resit mempunyai 16 digit, contohnya 1234-5678-9012-3456.
error-track-receipt-unknown = Tiada aduan dengan resit ini. Semak digitnya dan cuba lagi.
error-track-referral = Ini bukan salah satu organisasi yang menerima aduan anda.
error-track-referral-closed = Organisasi ini telah menutup aduan anda; ia tidak boleh menerima mesej.
error-track-withdraw-confirm = Tandakan kotak untuk mengesahkan bahawa anda mahu menarik balik aduan.
error-case-transition = Langkah ini tidak boleh dibuat daripada status semasa kes.
error-case-action-unknown = Pilih langkah daripada senarai.
error-case-close-reason = Pilih sebab kes ditutup.
error-case-reason-required = Tulis sebabnya.
error-case-outcome-required = Pilih sekurang-kurangnya satu remedi yang diperoleh.
error-case-money-required = Berikan jumlah dan mata wang bagi wang yang diperoleh semula.
error-case-money-unexpected = Jumlah hanya diisi bersama "Wang diperoleh semula".
error-case-message-required = Tulis mesej.
error-case-priority = Pilih keutamaan daripada senarai.
error-case-refer-self = Kes ini sudah berada di organisasi ini.
error-case-refer-consent = Pekerja tidak bersetuju berkongsi aduan dengan jenis organisasi ini.
error-case-refer-coverage = Organisasi ini tidak bekerja di negara-negara aduan ini.
error-case-refer-exists = Organisasi ini sudah mempunyai aduan ini.
error-case-group-alone = Tiada kes terbuka lain di sini tentang ejen ini.
error-case-filter = Satu penapis mempunyai nilai yang tidak kami kenali.

## Evidence (photos, documents, voice notes)
evidence-heading = Gambar, dokumen dan nota suara
evidence-hint = Tambah gambar kontrak, resit bayaran yuran, slip gaji atau mesej daripada ejen pengambilan, PDF, atau nota suara. Data lokasi dan butiran telefon dibuang daripada gambar.
evidence-field-files = Fail
evidence-files-hint = Gambar (JPEG, PNG, WebP), PDF, atau nota suara (MP3, Ogg, M4A, AMR); beberapa fail sekali gus.
evidence-field-share = Siapa yang boleh melihat fail ini
evidence-submit = Hantar fail
evidence-sent = Fail anda telah ditambah ke aduan.
evidence-location-removed = Data lokasi dan butiran telefon telah dibuang daripada gambar anda.
evidence-choose-again = Tiada apa-apa yang dihantar. Pilih fail sekali lagi: pelayar tidak menyimpannya.
evidence-kind-photo = Gambar
evidence-kind-document = Dokumen
evidence-kind-voice = Nota suara
evidence-size-kb = { $count } KB
error-evidence-type = Jenis fail ini tidak diterima. Hantar gambar (JPEG, PNG, WebP), dokumen PDF atau nota suara (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Satu fail tidak dapat dibaca: ia mungkin rosak, terpotong atau dikunci dengan kata laluan.
error-evidence-pixels = Satu gambar terlalu besar. Hantar salinan yang lebih kecil.
error-evidence-too-large = Satu fail lebih besar daripada yang dibenarkan. Hantar salinan yang lebih kecil.
error-evidence-too-many = Terlalu banyak fail sekali gus. Hantar dalam beberapa kali.
error-evidence-none = Pilih sekurang-kurangnya satu fail.
error-evidence-share = Pilih siapa yang boleh melihat fail, antara organisasi yang menerima aduan anda.
error-evidence-complaint-full = Aduan ini sudah menyimpan fail sebanyak yang boleh. Hantar yang paling penting sahaja.
error-evidence-truncated = Muat naik terputus. Cuba lagi.
evidence-from-staff = dihantar kepada anda oleh organisasi
evidence-sent-by-you = dihantar oleh organisasi anda
evidence-staff-field = Hantar fail kepada pekerja
evidence-staff-hint = Borang, keputusan atau surat. Pekerja membukanya dengan resit mereka; tiada organisasi lain yang melihatnya. Data lokasi dibuang daripada gambar.
evidence-staff-submit = Hantar kepada pekerja
error-webhook-url-malformed = Masukkan alamat web penuh (https://…) tidak melebihi 2,000 aksara, tanpa nama pengguna atau kata laluan.
error-webhook-url-not-https = Alamat mesti bermula dengan https://.
error-webhook-url-private = Alamat ini menghala ke rangkaian persendirian, setempat atau terpelihara. Gunakan alamat di internet awam.
error-webhook-url-unresolved = Nama hos alamat ini tidak dijumpai. Semak ejaannya.
