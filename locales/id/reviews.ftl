# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Beri ulasan tentang agen perekrut
review-heading = Ceritakan kepada pekerja lain tentang agen ini
review-intro = Yang wajib diisi hanya perjalanan Anda, tahun berangkat, dan nilai keseluruhan Anda. Bagian lain boleh dilewati. Nama Anda tidak pernah ditanyakan dan tidak pernah ditampilkan.
review-anonymous-note = Anda belum masuk: ulasan Anda dikirim tanpa akun, dan kami tidak menyimpan alamat internet (IP) Anda bersama ulasan itu.
review-signed-in-note = Anda sudah masuk: ulasan ini bisa Anda temukan di halaman akun Anda dan bisa Anda ubah nanti. Orang lain tidak pernah tahu siapa penulisnya.
review-errors-below = Ada jawaban yang perlu diperbaiki. Pesannya ada di sebelah jawaban itu; semua yang sudah Anda ketik masih ada di sini.
review-honeypot = Biarkan kolom ini kosong
review-choose = Pilih…
review-skip = Tidak ingin menjawab
review-yes = Ya
review-no = Tidak
review-section-journey = Perjalanan Anda
review-field-origin = Negara asal (tempat Anda berangkat)
review-field-destination = Negara tempat Anda bekerja
review-field-year = Tahun Anda berangkat
review-field-sub-agent = Nama sub-agen (calo atau sponsor) yang mengurus Anda, jika ada
review-sub-agent-hint = Banyak pekerja berurusan dengan calo atau sponsor setempat yang bekerja untuk agen. Jika Anda menyebut namanya, ulasan Anda dihitung untuk calo itu, dan ia ditampilkan sebagai tanpa izin.
review-field-sector = Jenis pekerjaan
review-field-occupation = Pekerjaan Anda
review-field-visa = Jenis visa
review-rating-scale = 1 = sangat buruk, 5 = sangat baik.
review-section-costs = Yang Anda bayar
review-costs-intro = Menurut Prinsip Pemberi Kerja Membayar (Employer Pays Principle) dari ILO, pekerja seharusnya tidak membayar biaya apa pun untuk perekrutannya. Tetap ceritakan kepada kami apa yang Anda bayar, untuk setiap jenis biaya.
review-field-currency = Mata uang untuk semua jumlah
review-currency-hint = Pakai satu mata uang untuk semua jumlah di halaman ini, termasuk gaji Anda, supaya kami bisa membandingkan yang Anda bayar dengan yang Anda terima.
review-paid-yes = Saya membayar ini
review-paid-no = Saya tidak membayar
review-field-amount = Jumlah
review-field-paid-to = Dibayar kepada
review-field-receipt = Apakah Anda mendapat kuitansi?
review-section-loan = Pinjaman (utang)
review-field-took-loan = Apakah Anda meminjam uang untuk membayar?
review-field-lender = Siapa yang meminjamkan
loan-interest-monthly = Bunga per bulan (%)
review-section-wages = Gaji Anda
review-wages-hint = Jumlah per bulan, dalam mata uang yang sama dengan biaya.
review-field-promised-wage = Gaji bulanan yang dijanjikan kepada Anda
review-field-first-wage = Yang Anda terima untuk bulan penuh pertama
review-first-wage-hint = Setelah pajak dan semua potongan. Isi 0 jika Anda tidak dibayar.
review-section-checks = Kontrak dan pekerjaan Anda
review-section-ratings = Penilaian lain
review-field-use-again = Apakah Anda mau memakai agen ini lagi?
review-section-text = Cerita Anda
review-text-hint = Jangan tulis nama, nomor telepon, nomor paspor, atau alamat: moderator menghapusnya sebelum orang lain membaca ulasan Anda.
review-field-text = Apa yang terjadi
review-field-text-language = Bahasa tulisan Anda
review-language-other = Bahasa lain
review-moderation-note = Moderator membaca setiap ulasan sebelum diterbitkan.
review-submit = Kirim ulasan saya
review-write-link = Beri ulasan tentang agen ini

review-sent-title = Ulasan diterima
review-sent-heading = Terima kasih atas ulasan Anda
review-sent-moderation = Ulasan Anda sudah kami terima. Moderator akan membacanya sebelum diterbitkan.
review-sent-account = Anda bisa memantau statusnya di halaman akun Anda:
review-abuse-heading = Yang Anda ceritakan mungkin melanggar hukum
review-abuse-text = Memungut biaya perekrutan dari pekerja, menahan paspor atau kartu identitas mereka, mengganti kontrak setelah mereka tiba, dan tidak membayar gaji yang dijanjikan dilarang oleh standar internasional dan oleh hukum di banyak negara. Anda bisa membuat pengaduan rahasia ke lembaga yang bisa bertindak; Anda tidak perlu menyebutkan nama.
review-abuse-rights-link = Kenali hak Anda
review-back-to-recruiter = Kembali ke agen perekrut

error-review-year = Isi tahun Anda berangkat, dari 1970 sampai tahun ini.
error-review-rating = Pilih nilai dari 1 sampai 5.
error-review-rating-required = Pilih nilai keseluruhan Anda dari 1 sampai 5.
error-review-text-long = Teks ini terlalu panjang. Persingkat menjadi paling banyak 5,000 karakter.
error-review-sub-agent = Tulis nama sub-agen dengan huruf, atau biarkan kolom ini kosong.
error-review-language = Pilih bahasa dari daftar.
error-review-page = Nomor halaman harus bilangan bulat dari 1 sampai 1000.
error-review-json = Permintaan ini bukan JSON yang sah untuk ulasan, atau berisi kolom yang tidak kami kenal.
error-review-cost-repeated = Setiap jenis biaya hanya boleh muncul satu kali.

cost-fee = Biaya perekrutan
cost-fee-hint = Bayaran untuk mencarikan atau mengurus pekerjaan, kepada siapa pun yang menerimanya.
cost-medical = Kesehatan (medical)
cost-medical-hint = Pemeriksaan kesehatan (medical check-up), tes, vaksinasi.
cost-insurance = Asuransi
cost-insurance-hint = Asuransi jiwa, kesehatan, atau keselamatan; dana kesejahteraan pekerja migran.
cost-skills = Tes keterampilan dan bahasa
cost-skills-hint = Uji keahlian, tes bahasa, sertifikat.
cost-training = Pelatihan dan orientasi
cost-training-hint = Pelatihan sebelum berangkat atau setelah tiba.
cost-equipment = Perlengkapan
cost-equipment-hint = Alat kerja, seragam, alat keselamatan.
cost-travel = Perjalanan dan penginapan
cost-travel-hint = Tiket dan penginapan untuk wawancara, pelatihan, janji temu visa, keberangkatan, dan perjalanan pulang.
cost-administrative = Dokumen dan izin
cost-administrative-hint = Paspor, visa, pemeriksaan latar belakang, izin keluar negara, rekening bank, izin kerja dan izin tinggal.
cost-illegitimate = Suap, deposit, dan uang jaminan
cost-illegitimate-hint = Pembayaran yang selalu tidak sah: suap, komisi gelap, deposit, uang jaminan, pemerasan.

paid-to-recruiter = Agen
paid-to-sub_agent = Sub-agen atau calo
paid-to-employer = Majikan
paid-to-other = Orang lain

lender-recruiter = Agen
lender-moneylender = Rentenir
lender-bank = Bank
lender-cooperative = Koperasi atau lembaga keuangan mikro
lender-family = Keluarga atau teman
lender-employer = Majikan
lender-other = Orang lain

visa-work = Visa kerja
visa-domestic_work = Visa pekerja rumah tangga
visa-seasonal = Visa kerja musiman
visa-visit = Visa kunjungan atau turis
visa-student = Visa pelajar
visa-other = Visa lain

check-contract_before_departure = Apakah Anda mendapat kontrak tertulis sebelum berangkat?
check-contract_understood = Apakah kontraknya dalam bahasa yang Anda pahami?
check-contract_substituted = Apakah Anda disuruh menandatangani kontrak lain setelah tiba?
check-documents_kept = Apakah ada yang menahan paspor atau kartu identitas Anda?
check-job_as_promised = Apakah pekerjaannya sesuai janji?
check-wage_as_promised = Apakah gajinya sesuai janji?
check-free_to_change_employer = Apakah Anda bebas pindah majikan?
check-info_accurate = Apakah informasi yang Anda terima sebelum berangkat itu benar?

rating-fees_honesty = Kejujuran soal biaya
rating-job_truth = Kejujuran soal pekerjaan
rating-contract_documents = Kontrak dan dokumen
rating-support_after_arrival = Bantuan setelah tiba
rating-overall = Nilai keseluruhan

review-status-pending = Menunggu moderator
review-status-approved = Diterbitkan
review-status-rejected = Tidak diterbitkan

reject-reason-not_a_review = Bukan ulasan tentang agen ini
reject-reason-spam = Iklan atau spam
reject-reason-abusive = Kata-kata kasar atau ancaman
reject-reason-personal_data = Terlalu banyak data pribadi untuk diterbitkan
reject-reason-duplicate = Salinan dari ulasan lain
reject-reason-wrong_recruiter = Tentang agen lain
reject-reason-other = Alasan lain

score-heading = Rapor nilai
score-no-reviews = Belum ada ulasan yang diterbitkan.
score-rating-out-of-five = { $rating } dari 5
score-review-count = { $count ->
   *[other] dari { $count } ulasan
}
score-rating-explained = Nilai ini dibuat mendekati rata-rata semua agen perekrut sampai cukup banyak pekerja memberi ulasan tentang agen ini, jadi beberapa ulasan saja tidak bisa membuatnya tampak sangat baik atau sangat buruk.
score-rating-mean = Rata-rata nilai keseluruhan
score-share-charged = Pekerja yang dipungut biaya
score-share-documents = Pekerja yang paspor atau kartu identitasnya ditahan
score-share-substituted = Pekerja yang kontraknya diganti
score-share-job-not = Pekerja yang pekerjaannya tidak sesuai janji
score-share-again = Pekerja yang mau memakai agen ini lagi
score-median-cost = Nilai tengah (median) total yang dibayar ({ $currency })
score-median-ratio = Nilai tengah (median) biaya dibandingkan gaji bulan pertama
score-months-of-wages = Gaji { $months } bulan
score-withheld = Ulasan belum cukup
score-k-explained = Angka baru ditampilkan setelah paling sedikit 5 pekerja menjawab, supaya tidak ada yang bisa dikenali.

review-language-filter = Tampilkan ulasan yang ditulis dalam
review-language-any = Semua bahasa
review-language-filter-submit = Tampilkan
review-list-empty = Belum ada ulasan yang diterbitkan.
review-rating-line = Nilai { $rating } dari 5
review-departed = berangkat tahun { $year }
review-would-use-again = Mau memakai agen ini lagi.
review-would-not-use-again = Tidak mau memakai agen ini lagi.

pii-phone = Nomor telepon
pii-email = Alamat email
pii-passport = Nomor paspor atau kartu identitas
pii-url = Alamat situs web

moderate-title = Moderasi
moderate-heading = Ulasan yang menunggu moderasi
moderate-pending-count = { $count ->
   *[other] { $count } ulasan menunggu, yang paling lama di atas.
}
moderate-empty = Tidak ada ulasan yang menunggu.
moderate-approved = Ulasan sudah diterbitkan.
moderate-rejected = Ulasan ditolak.
moderate-gone = Moderator lain sudah memutuskan ulasan itu.
moderate-review-title = Moderasi ulasan
moderate-review-heading = Ulasan yang menunggu moderasi
moderate-back = Kembali ke antrean
moderate-status = Status:
moderate-corridor = Perjalanan
moderate-sub-agent-note = Ulasan ini menyebut sub-agen; setelah diterbitkan, ulasan ini dihitung untuk:
moderate-no-text = Pekerja tidak menulis teks.
moderate-collected-paper = Dikumpulkan di atas kertas oleh { $who }
moderate-collected-partner = Dikirim oleh organisasi mitra { $who }
moderate-collected-phone = Dikumpulkan lewat telepon oleh { $who }
moderate-collected-batch = Kelompok impor { $batch }
moderate-redact-found = Ditemukan data pribadi: bagian yang dicentang diganti dengan […] saat Anda menerbitkan
moderate-redact-text = Hapus juga teks persis ini
moderate-redact-text-hint = Setiap tempat teks ini muncul akan diganti dengan […]. Biarkan kosong jika tidak ada lagi yang perlu dihapus.
moderate-approve = Terbitkan
moderate-reason = Alasan penolakan
moderate-reject = Tolak
moderate-error-span = Data pribadi itu sudah tidak ada di teks. Muat ulang halaman.
moderate-error-redact-text = Teks yang mau dihapus terlalu panjang atau berisi karakter kontrol.
moderate-error-redact-missing = Teks yang mau dihapus tidak ada di ulasan.
moderate-error-reason = Pilih alasan penolakan.

account-reviews-heading = Ulasan Anda
account-reviews-none = Anda belum pernah memberi ulasan tentang agen perekrut.
account-review-edit = Ubah
account-review-year = berangkat tahun { $year }
review-abuse-complaint-link = Ajukan pengaduan rahasia
review-abuse-complaint-hint = Formulir pengaduan akan terbuka dengan isi ulasan Anda ini. Periksa, tambahkan apa yang terjadi, dan pilih siapa yang boleh melihatnya. Anda tidak perlu memberikan nama.
moderate-changed = Penulis mengubah ulasan ini setelah Anda membukanya. Baca lagi di bawah, lalu putuskan.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Jenis kelamin
review-gender-hint = Tidak wajib. Tidak pernah ditampilkan bersama ulasan Anda: hanya dihitung dalam laporan tentang kelompok paling sedikit 5 pekerja.
gender-woman = Perempuan
gender-man = Laki-laki
gender-another = Gender lain
moderate-names-title = Nama yang menunggu masuk direktori
moderate-names-hint = Pekerja menyebut nama sub-agen ini dalam pengaduan atau ulasan. Nama yang Anda setujui masuk ke direktori publik pada publikasi mingguan berikutnya. Tolak hinaan, nama orang pribadi, dan apa pun yang bukan perekrut.
moderate-names-empty = Tidak ada nama yang menunggu.
moderate-names-looks-like = Mirip agensi yang terdaftar:
moderate-names-approve = Setujui
moderate-names-refuse = Tolak
moderate-names-approved = Disetujui: nama ini masuk direktori pada publikasi mingguan berikutnya.
moderate-names-refused = Ditolak: nama ini tidak akan masuk direktori.
moderate-names-gone = Moderator lain sudah memutuskan nama itu.
moderate-names-more = Masih ada nama lain yang menunggu: putuskan yang ini untuk melihat berikutnya.
