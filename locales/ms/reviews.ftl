# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Beri ulasan tentang ejen pengambilan
review-heading = Beritahu pekerja lain tentang ejen ini
review-intro = Hanya perjalanan, tahun bertolak dan penilaian keseluruhan anda yang diperlukan. Bahagian lain boleh dilangkau. Nama anda tidak pernah ditanya dan tidak pernah dipaparkan.
review-anonymous-note = Anda belum log masuk: ulasan anda dihantar tanpa sebarang akaun, dan kami tidak menyimpan alamat internet anda bersamanya.
review-signed-in-note = Anda telah log masuk: anda boleh mencari ulasan ini di halaman akaun anda dan mengubahnya kemudian. Orang lain tidak pernah tahu siapa yang menulisnya.
review-errors-below = Beberapa jawapan perlu dibetulkan. Mesejnya ada di sebelah jawapan itu; semua yang anda taip masih ada di sini.
review-honeypot = Biarkan ruangan ini kosong
review-choose = Pilih…
review-skip = Tidak mahu menjawab
review-yes = Ya
review-no = Tidak
review-section-journey = Perjalanan anda
review-field-origin = Negara tempat anda bertolak
review-field-destination = Negara tempat anda pergi bekerja
review-field-year = Tahun anda bertolak
review-field-sub-agent = Nama sub-ejen (orang tengah) yang berurusan dengan anda, jika ada
review-sub-agent-hint = Ramai pekerja berurusan dengan orang tengah tempatan yang bekerja untuk agensi. Jika anda menamakannya, ulasan anda dikira untuk orang tengah itu, yang dipaparkan sebagai tidak berlesen.
review-field-sector = Jenis kerja
review-field-occupation = Pekerjaan anda
review-field-visa = Jenis visa
review-rating-scale = 1 = sangat teruk, 5 = sangat baik.
review-section-costs = Apa yang anda bayar
review-costs-intro = Di bawah Prinsip Majikan Membayar ILO, pekerja tidak sepatutnya membayar sebarang yuran atau kos untuk pengambilan mereka. Walau bagaimanapun, beritahu kami apa yang anda bayar, bagi setiap jenis kos.
review-field-currency = Mata wang bagi semua jumlah
review-currency-hint = Gunakan satu mata wang untuk setiap jumlah di halaman ini, termasuk gaji anda, supaya kami dapat membandingkan apa yang anda bayar dengan apa yang anda peroleh.
review-paid-yes = Saya membayar untuk ini
review-paid-no = Saya tidak membayar
review-field-amount = Jumlah
review-field-paid-to = Dibayar kepada
review-field-receipt = Adakah anda menerima resit?
review-section-loan = Pinjaman
review-field-took-loan = Adakah anda meminjam wang untuk membayar?
review-field-lender = Siapa yang memberi pinjaman
loan-interest-monthly = Faedah sebulan (%)
review-section-wages = Gaji anda
review-wages-hint = Jumlah bulanan, dalam mata wang yang sama dengan kos.
review-field-promised-wage = Gaji bulanan yang dijanjikan kepada anda
review-field-first-wage = Apa yang anda terima untuk bulan penuh pertama
review-first-wage-hint = Selepas cukai dan sebarang potongan. Masukkan 0 jika anda tidak dibayar.
review-section-checks = Kontrak dan pekerjaan anda
review-section-ratings = Penilaian lain
review-field-use-again = Adakah anda akan menggunakan ejen ini lagi?
review-section-text = Cerita anda
review-text-hint = Jangan tulis nama, nombor telefon, nombor pasport atau alamat: moderator akan membuangnya sebelum orang lain membaca ulasan anda.
review-field-text = Apa yang berlaku
review-field-text-language = Bahasa teks anda
review-language-other = Bahasa lain
review-moderation-note = Moderator membaca setiap ulasan sebelum ia diterbitkan.
review-submit = Hantar ulasan saya
review-write-link = Beri ulasan tentang ejen ini

review-sent-title = Ulasan diterima
review-sent-heading = Terima kasih atas ulasan anda
review-sent-moderation = Ulasan anda telah diterima. Moderator akan membacanya sebelum ia diterbitkan.
review-sent-account = Anda boleh mengikuti statusnya di halaman akaun anda:
review-abuse-heading = Apa yang anda ceritakan mungkin melanggar undang-undang
review-abuse-text = Mengenakan yuran pengambilan kepada pekerja, menyimpan pasport atau dokumen pengenalan mereka, menukar kontrak selepas mereka tiba dan tidak membayar gaji yang dijanjikan adalah dilarang oleh piawaian antarabangsa dan oleh undang-undang banyak negara. Anda boleh membuat aduan sulit kepada organisasi yang boleh bertindak; anda tidak perlu memberikan nama anda.
review-abuse-rights-link = Ketahui hak anda
review-back-to-recruiter = Kembali ke ejen pengambilan

error-review-year = Masukkan tahun anda bertolak, dari 1970 hingga tahun ini.
error-review-rating = Pilih penilaian dari 1 hingga 5.
error-review-rating-required = Pilih penilaian keseluruhan anda dari 1 hingga 5.
error-review-text-long = Teks ini terlalu panjang. Pendekkan kepada paling banyak 5,000 aksara.
error-review-sub-agent = Tulis nama sub-ejen dengan huruf, atau biarkan ruangan ini kosong.
error-review-language = Pilih bahasa daripada senarai.
error-review-page = Nombor halaman mestilah nombor bulat dari 1 hingga 1000.
error-review-json = Permintaan ini bukan JSON yang sah untuk ulasan, atau mengandungi medan yang tidak kami kenali.
error-review-cost-repeated = Setiap kategori kos hanya boleh muncul sekali.

cost-fee = Yuran pengambilan
cost-fee-hint = Bayaran untuk mencari atau mengatur pekerjaan, kepada sesiapa yang mengambilnya.
cost-medical = Perubatan
cost-medical-hint = Pemeriksaan perubatan, ujian, vaksinasi.
cost-insurance = Insurans
cost-insurance-hint = Insurans hayat, kesihatan atau keselamatan; tabung kebajikan pekerja migran.
cost-skills = Ujian kemahiran dan bahasa
cost-skills-hint = Ujian ketukangan, ujian bahasa, sijil.
cost-training = Latihan dan orientasi
cost-training-hint = Latihan sebelum berlepas atau selepas tiba.
cost-equipment = Peralatan
cost-equipment-hint = Alatan, pakaian seragam, kelengkapan keselamatan.
cost-travel = Perjalanan dan penginapan
cost-travel-hint = Tiket dan penginapan untuk temu duga, latihan, temu janji visa, perjalanan pergi dan perjalanan pulang.
cost-administrative = Dokumen dan permit
cost-administrative-hint = Pasport, visa, semakan latar belakang, pelepasan keluar negara, akaun bank, permit kerja dan permit tinggal.
cost-illegitimate = Rasuah, deposit dan bon
cost-illegitimate-hint = Bayaran yang tidak sah dalam apa jua keadaan: rasuah, wang sogokan balik, deposit, bon, peras ugut.

paid-to-recruiter = Agensi
paid-to-sub_agent = Sub-ejen atau orang tengah
paid-to-employer = Majikan
paid-to-other = Orang lain

lender-recruiter = Agensi
lender-moneylender = Pemberi pinjam wang
lender-bank = Bank
lender-cooperative = Koperasi atau kumpulan kewangan mikro
lender-family = Keluarga atau kawan
lender-employer = Majikan
lender-other = Orang lain

visa-work = Visa kerja
visa-domestic_work = Visa pembantu rumah
visa-seasonal = Visa kerja bermusim
visa-visit = Visa lawatan atau pelancong
visa-student = Visa pelajar
visa-other = Visa lain

check-contract_before_departure = Adakah anda menerima kontrak bertulis sebelum bertolak?
check-contract_understood = Adakah kontrak itu dalam bahasa yang anda faham?
check-contract_substituted = Adakah anda dipaksa menandatangani kontrak lain selepas tiba?
check-documents_kept = Adakah sesiapa menyimpan pasport atau kad pengenalan anda?
check-job_as_promised = Adakah pekerjaan itu seperti yang dijanjikan?
check-wage_as_promised = Adakah gajinya seperti yang dijanjikan?
check-free_to_change_employer = Adakah anda bebas menukar majikan?
check-info_accurate = Adakah maklumat yang anda terima sebelum bertolak itu tepat?

rating-fees_honesty = Kejujuran tentang yuran
rating-job_truth = Kebenaran tentang pekerjaan
rating-contract_documents = Kontrak dan dokumen
rating-support_after_arrival = Sokongan selepas tiba
rating-overall = Penilaian keseluruhan

review-status-pending = Menunggu moderator
review-status-approved = Diterbitkan
review-status-rejected = Tidak diterbitkan

reject-reason-not_a_review = Ini bukan ulasan tentang ejen ini
reject-reason-spam = Iklan atau spam
reject-reason-abusive = Bahasa kesat atau ugutan
reject-reason-personal_data = Terlalu banyak maklumat peribadi untuk diterbitkan
reject-reason-duplicate = Salinan ulasan lain
reject-reason-wrong_recruiter = Tentang ejen lain
reject-reason-other = Sebab lain

score-heading = Kad skor
score-no-reviews = Belum ada ulasan yang diterbitkan.
score-rating-out-of-five = { $rating } daripada 5
score-review-count = berdasarkan { $count } ulasan
score-rating-explained = Penilaian ini condong ke arah purata semua ejen sehingga cukup ramai pekerja mengulas ejen ini, supaya beberapa ulasan sahaja tidak boleh menjadikannya kelihatan sangat baik atau sangat teruk.
score-rating-mean = Purata penilaian keseluruhan
score-share-charged = Pekerja yang dikenakan yuran atau kos
score-share-documents = Pekerja yang pasport atau kad pengenalannya disimpan
score-share-substituted = Pekerja yang kontraknya ditukar
score-share-job-not = Pekerja yang pekerjaannya tidak seperti yang dijanjikan
score-share-again = Pekerja yang akan menggunakan ejen ini lagi
score-median-cost = Median jumlah yang dibayar ({ $currency })
score-median-ratio = Median kos berbanding gaji bulan pertama
score-months-of-wages = gaji { $months } bulan
score-withheld = Ulasan belum mencukupi
score-k-explained = Angka dipaparkan apabila sekurang-kurangnya 5 pekerja telah menjawab, supaya tiada sesiapa dapat dikenal pasti.

review-language-filter = Tunjukkan ulasan yang ditulis dalam
review-language-any = Semua bahasa
review-language-filter-submit = Tunjukkan
review-list-empty = Belum ada ulasan yang diterbitkan.
review-rating-line = Dinilai { $rating } daripada 5
review-departed = bertolak pada { $year }
review-would-use-again = Akan menggunakan ejen ini lagi.
review-would-not-use-again = Tidak akan menggunakan ejen ini lagi.

pii-phone = Nombor telefon
pii-email = Alamat e-mel
pii-passport = Nombor pasport atau kad pengenalan
pii-url = Alamat web

moderate-title = Moderasi
moderate-heading = Ulasan yang menunggu moderasi
moderate-pending-count = { $count ->
    [1] Satu ulasan menunggu.
   *[other] { $count } ulasan menunggu, yang paling lama dahulu.
}
moderate-empty = Tiada ulasan yang menunggu.
moderate-approved = Ulasan itu telah diterbitkan.
moderate-rejected = Ulasan itu telah ditolak.
moderate-gone = Moderator lain telah membuat keputusan tentang ulasan itu.
moderate-review-title = Moderasi ulasan
moderate-review-heading = Ulasan yang menunggu moderasi
moderate-back = Kembali ke baris gilir
moderate-status = Status:
moderate-corridor = Perjalanan
moderate-sub-agent-note = Ulasan ini menamakan sub-ejen; setelah diterbitkan, ia dikira untuk:
moderate-no-text = Pekerja tidak menulis sebarang teks.
moderate-collected-paper = Dikumpul di atas kertas oleh { $who }
moderate-collected-partner = Dihantar oleh organisasi rakan kongsi { $who }
moderate-collected-phone = Dikumpul melalui telefon oleh { $who }
moderate-collected-batch = Kelompok import { $batch }
moderate-redact-found = Data peribadi ditemui: item yang ditanda akan diganti dengan […] apabila anda menerbitkan
moderate-redact-text = Buang juga teks yang tepat ini
moderate-redact-text-hint = Setiap tempat teks ini muncul akan diganti dengan […]. Biarkan kosong jika tiada lagi yang perlu dibuang.
moderate-approve = Terbitkan
moderate-reason = Sebab penolakan
moderate-reject = Tolak
moderate-error-span = Item data peribadi itu sudah tiada dalam teks. Muat semula halaman.
moderate-error-redact-text = Teks yang hendak dibuang terlalu panjang atau mengandungi aksara kawalan.
moderate-error-redact-missing = Teks yang hendak dibuang tidak terdapat dalam ulasan.
moderate-error-reason = Pilih sebab penolakan.

account-reviews-heading = Ulasan anda
account-reviews-none = Anda belum mengulas mana-mana ejen pengambilan.
account-review-edit = Ubah
account-review-year = bertolak pada { $year }
review-abuse-complaint-link = Buat aduan sulit
review-abuse-complaint-hint = Borang aduan akan dibuka dengan apa yang anda tulis dalam ulasan ini. Anda menyemaknya, menambah apa yang berlaku, dan memilih siapa yang boleh melihatnya. Anda tidak perlu memberikan nama anda.
moderate-changed = Penulis mengubah ulasan ini selepas anda membukanya. Baca semula di bawah, kemudian buat keputusan.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Jantina
review-gender-hint = Tidak wajib. Ia tidak pernah dipaparkan bersama ulasan anda: ia hanya dikira dalam laporan tentang kumpulan sekurang-kurangnya 5 pekerja.
gender-woman = Perempuan
gender-man = Lelaki
gender-another = Jantina lain
moderate-names-title = Nama yang menunggu untuk direktori
moderate-names-hint = Pekerja menamakan sub-ejen ini dalam aduan atau ulasan. Nama yang anda luluskan akan masuk ke direktori awam pada penerbitan mingguan seterusnya. Tolak kata-kata hinaan, nama individu persendirian dan apa-apa yang bukan ejen pengambilan.
moderate-names-empty = Tiada nama yang menunggu.
moderate-names-looks-like = Mirip agensi yang tersenarai:
moderate-names-approve = Luluskan
moderate-names-refuse = Tolak
moderate-names-approved = Diluluskan: nama ini akan masuk ke direktori pada penerbitan mingguan seterusnya.
moderate-names-refused = Ditolak: nama ini tidak dimasukkan ke direktori.
moderate-names-gone = Moderator lain telah membuat keputusan tentang nama itu.
moderate-names-more = Masih ada nama lain yang menunggu: buat keputusan tentang nama-nama ini untuk melihat yang seterusnya.
