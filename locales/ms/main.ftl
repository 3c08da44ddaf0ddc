# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Bahasa Melayu
site-name = FairRecruit

## Page frame
nav-label = Menu utama
nav-skip-to-content = Langkau ke kandungan
nav-recruiters = Ejen pengambilan
nav-rights = Hak anda
language-switcher-label = Bahasa
footer-free = FairRecruit percuma untuk pekerja. Anda tidak perlu memberikan nama anda.
footer-privacy = Kami tidak menyimpan alamat IP anda bersama apa-apa yang anda hantar.

## Home
home-title = Semak ejen pengambilan sebelum anda membayar
home-heading = Semak ejen pengambilan sebelum membayar sesiapa
home-lead = Cari agensi pengambilan pekerja: adakah lesennya sah, ke negara mana ia menghantar pekerja, dan apa yang dialami pekerja lain yang menggunakannya.
home-directory-size = { $count ->
    [0] Belum ada ejen pengambilan dalam senarai.
    [1] Satu ejen pengambilan disenaraikan.
   *[other] { $count } ejen pengambilan disenaraikan.
}
home-what-heading = Kegunaan FairRecruit
home-what-lookup = Cari dalam senarai lesen agensi pengambilan pekerja mengikut nama atau nombor lesen.
home-what-review = Beritahu pekerja lain berapa yang anda bayar dan bagaimana anda dilayan.
home-what-complain = Buat aduan, tanpa nama jika anda mahu, dan ikuti perkembangannya dengan resit.
home-free = FairRecruit percuma. Menurut piawaian antarabangsa, majikan, bukan anda, yang sepatutnya membayar kos pengambilan anda.
home-rights-link = Ketahui hak anda: siapa yang patut membayar kos pengambilan

## Search
search-label = Nama ejen atau nombor lesen
search-placeholder = cth. Himalaya atau 1234/071
search-button = Cari
filters-heading = Penapis
filter-licensing-country = Negara yang mengeluarkan lesen
filter-destination = Menghantar pekerja ke
filter-status = Status lesen
filter-any-country = Semua negara
filter-any-status = Semua status
results-title = Ejen pengambilan
results-heading = Cari ejen pengambilan
results-none = Tiada ejen yang sepadan dengan carian anda. Semak ejaan, cuba sebahagian daripada nama, atau buang satu penapis.
results-empty-directory = Taip nama atau nombor lesen, atau pilih negara, untuk melihat senarai ejen.
pager-label = Halaman
pager-previous = Halaman sebelumnya
pager-next = Halaman seterusnya
pager-page = Halaman { $page }

## Licence statuses
licence-status-active = Lesen aktif
licence-status-suspended = Lesen digantung
licence-status-revoked = Lesen dibatalkan
licence-status-expired = Lesen tamat tempoh

## Recruiter profile
recruiter-licence-status = Status lesen
recruiter-licence-number = Nombor lesen
recruiter-licensing-country = Dilesenkan di
recruiter-address = Alamat
recruiter-destinations = Menghantar pekerja ke
recruiter-destinations-none = Tidak diketahui
recruiter-sub-agent = Sub-ejen, tiada lesen
recruiter-sub-agent-explained = Pekerja menamakan orang atau pejabat ini sebagai orang tengah. Tiada senarai lesen yang mengandungi namanya.
recruiter-not-active-warning = Lesen ini tidak aktif. Ejen tanpa lesen aktif tidak boleh mengambil pekerja. Jangan bayar apa-apa kepadanya.
recruiter-history-heading = Sejarah lesen
recruiter-history-date = Tarikh
recruiter-history-none = Tiada perubahan lesen direkodkan.
recruiter-reviews-heading = Kata pekerja

## Know your rights
rights-title = Hak anda
rights-heading = Hak anda apabila diambil bekerja di luar negara
rights-epp-heading = Majikan yang membayar, bukan anda
rights-epp-body = Di bawah Prinsip Majikan Membayar (Employer Pays Principle), tiada pekerja yang sepatutnya membayar untuk mendapatkan pekerjaan. Majikan sepatutnya membayar semua yuran dan kos pengambilan.
rights-epp-c181 = Konvensyen ILO No. 181, Perkara 7: agensi tidak boleh mengenakan sebarang yuran atau kos kepada pekerja, secara langsung atau tidak langsung, sepenuhnya atau sebahagiannya.
rights-fees-heading = Apa yang dikira sebagai yuran atau kos pengambilan
rights-fees-intro = Yuran untuk perkhidmatan ejen pengambilan tidak sekali-kali menjadi tanggungan anda, tidak kira siapa yang memungutnya dan bila. ILO juga menyenaraikan kos berkaitan berikut, yang sepatutnya dibayar oleh majikan:
rights-illegitimate = Rasuah, ufti, wang sogokan balik (kickback), bon, deposit dan bayaran haram untuk mendapatkan semula kos tidak sekali-kali dibenarkan, bagi sesiapa pun.
rights-documents-heading = Pasport anda milik anda
rights-documents-body = Tiada sesiapa boleh menyimpan pasport atau kad pengenalan anda tanpa kerelaan anda: bukan ejen pengambilan, bukan juga majikan. Menyimpan dokumen itu ialah satu tanda buruh paksa.
rights-contract-heading = Kontrak anda
rights-contract-body = Anda sepatutnya menerima kontrak bertulis sebelum berangkat, dalam bahasa yang anda faham. Jika pekerjaan, gaji, majikan atau waktu kerja berubah apabila anda tiba, itu ialah penggantian kontrak.
rights-help-heading = Jika berlaku masalah
rights-help-body = Anda boleh membuat aduan di FairRecruit tanpa memberikan nama anda. Aduan itu akan dihantar kepada organisasi yang boleh bertindak di negara asal dan negara destinasi anda.
rights-not-legal-advice = Halaman ini menerangkan piawaian antarabangsa secara ringkas. Ini bukan nasihat undang-undang.

## Errors
error-go-home = Pergi ke halaman utama
error-status = Kod ralat { $status }
error-invalid-input-title = Ada sesuatu yang tidak betul dalam permintaan
error-invalid-input = Permintaan tidak dapat difahami. Semak apa yang anda taip dan cuba lagi.
error-not-found-title = Halaman tidak ditemui
error-not-found = Kami tidak dapat menemui halaman atau ejen itu. Pautan mungkin salah atau sudah lapuk.
error-method-not-allowed-title = Tidak dibenarkan
error-method-not-allowed = Alamat ini tidak menerima jenis permintaan itu.
error-payload-too-large-title = Data terlalu banyak
error-payload-too-large = Apa yang dihantar terlalu besar. Hantar kurang sedikit dan cuba lagi.
error-request-timeout-title = Terlalu perlahan
error-request-timeout = Apa yang anda hantar mengambil masa terlalu lama untuk sampai. Semak sambungan anda dan hantar semula.
error-service-unavailable-title = FairRecruit tidak dapat digunakan buat seketika
error-service-unavailable = Kami tidak dapat menghubungi pangkalan data kami sekarang. Tiada apa-apa yang anda hantar hilang. Sila cuba lagi dalam beberapa minit.
error-internal-title = Berlaku ralat
error-internal = Berlaku ralat di pihak kami. Sila cuba lagi kemudian.
error-query-too-long = Carian terlalu panjang. Gunakan paling banyak 200 aksara.
error-query-forbidden-chars = Carian mengandungi aksara kawalan yang tidak kelihatan. Taip semula tanpa aksara itu.
error-invalid-encoding = Alamat mengandungi aksara yang tidak dapat dibaca.
error-unknown-parameter = Alamat mengandungi tetapan yang tidak kami kenali.
error-repeated-parameter = Alamat memberikan tetapan yang sama dua kali.
error-invalid-country = Pilih negara daripada senarai.
error-invalid-status = Pilih status lesen daripada senarai.
error-invalid-page = Nombor halaman mestilah nombor bulat dari 1 hingga 500.
error-invalid-per-page = Bilangan hasil setiap halaman mestilah dari 1 hingga 100.
error-choice = Pilih daripada senarai.
error-text-long = Teks ini terlalu panjang.
error-text-chars = Teks ini mengandungi aksara kawalan yang tidak kelihatan atau aksara yang tidak dapat dibaca. Taip semula tanpa aksara itu.
error-text-markup = Teks ini mengandungi "<" yang diikuti huruf, seperti kod komputer. Tulis semula tanpanya.
error-amount = Masukkan jumlah dengan angka sahaja, contohnya 150000 atau 1500.50, sehingga 10,000,000,000.
error-currency = Pilih mata wang bagi jumlah anda.
error-interest = Masukkan faedah bulanan sebagai nombor dari 0 hingga 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Akaun
nav-sign-in = Log masuk
error-unauthorized-title = Sila log masuk
error-unauthorized = Anda perlu log masuk untuk ini. Sesi anda mungkin telah tamat.
error-forbidden-title = Tidak dibenarkan
error-forbidden = Akaun anda tidak boleh membuka halaman ini.
error-conflict-title = Sudah diterima
error-conflict = Permintaan ini bercanggah dengan permintaan yang diterima sebelum ini. Tiada apa-apa yang baharu disimpan.
error-idempotency-reused = Idempotency-Key ini telah digunakan untuk permintaan yang lain. Gunakan kunci baharu untuk permintaan baharu; tiada apa-apa yang baharu disimpan.
error-idempotency-in-progress = Permintaan pertama dengan Idempotency-Key ini masih sedang dijawab. Cuba lagi sebentar lagi untuk menerima jawapannya.
error-idempotency-key = Pengepala Idempotency-Key mesti mengandungi 1 hingga 255 aksara ASCII yang boleh dilihat, contohnya UUID rawak.
error-attestation-language = Bahasa dalam pengesahan persetujuan (attestation) mesti salah satu kod bahasa perkhidmatan ini, contohnya ne, ar atau id.
error-attestation-channel = Saluran dalam pengesahan persetujuan (attestation) mesti salah satu daripada: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = consented_at dalam pengesahan persetujuan (attestation) mesti tarikh dan masa beserta ofsetnya (RFC 3339), bukan pada masa hadapan dan tidak lebih daripada 30 hari yang lalu. Tanya pekerja itu sekali lagi jika persetujuannya lebih lama.
error-partner-reference = Rujukan rakan kongsi mesti mengandungi 1 hingga 100 aksara ASCII yang boleh dilihat, tanpa ruang kosong.
error-partner-reference-taken = Rakan kongsi ini telah membuat aduan dengan rujukan ini. Gunakan rujukan baharu untuk perbualan baharu, atau Idempotency-Key yang sama untuk mengulang permintaan.
error-too-many-requests-title = Sila tunggu
error-too-many-requests = Terlalu banyak cubaan dalam masa yang singkat. Tunggu sebentar, kemudian cuba lagi.
error-sign-in-failed = Nama pengguna, kata laluan atau kod tidak betul.
error-csrf = Borang ini telah tamat tempoh. Kembali, muat semula halaman dan hantar sekali lagi.
error-cross-site = Borang ini dihantar dari laman web lain, jadi kami menolaknya.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Rujukan API
api-docs-intro = API JSON untuk aplikasi dan organisasi rakan kongsi: setiap operasi, apa yang diterimanya dan apa jawapannya. Keterangan di bawah dalam bahasa Inggeris.
# Link to the same reference as a machine-readable file.
api-docs-openapi = Rujukan yang sama dalam bentuk dokumen OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Operasi
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Memerlukan bearer token (Authorization: Bearer …).
api-docs-parameters = Parameter
# Heading: what the caller sends in the request's body.
api-docs-body = Kandungan permintaan
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Jawapan
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Jenis data
# Column heading: a field's or parameter's name.
api-docs-name = Nama
# Column heading: a field's data type (string, integer …).
api-docs-type = Jenis
api-docs-description = Keterangan
# Marks a field the caller must send.
api-docs-required = wajib

## Drafts kept on the phone (review and complaint forms)
draft-kept = Apa yang anda taip di sini disimpan sebagai draf di telefon ini sahaja, sehingga anda menghantar atau memadamnya. Sesiapa yang menggunakan telefon ini boleh membacanya.
draft-files = Foto dan fail tidak disimpan dalam draf: pilih semula sebelum menghantar.
draft-restored = Draf anda telah dikembalikan. Semak, kemudian hantar.
draft-delete = Padam draf
error-csrf-stale = Borang ini telah tamat tempoh, jadi tiada apa-apa dihantar. Semua yang anda taip ada di bawah: semak dan hantar semula.
