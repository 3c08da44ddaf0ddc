# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Bahasa Indonesia
site-name = FairRecruit

## Page frame
nav-label = Menu utama
nav-skip-to-content = Langsung ke isi
nav-recruiters = Agen perekrut
nav-rights = Hak Anda
language-switcher-label = Bahasa
footer-free = FairRecruit gratis untuk pekerja. Anda tidak perlu menyebutkan nama.
footer-privacy = Kami tidak menyimpan alamat IP Anda bersama apa pun yang Anda kirim.

## Home
home-title = Cek agen sebelum Anda membayar
home-heading = Cek agen perekrut sebelum membayar siapa pun
home-lead = Cari agen perekrut: apakah izinnya masih berlaku, ke negara mana saja agen itu mengirim pekerja, dan apa yang dialami pekerja lain yang lewat agen itu.
home-directory-size = { $count ->
    [0] Belum ada agen perekrut dalam daftar.
   *[other] Ada { $count } agen perekrut dalam daftar.
}
home-what-heading = Apa gunanya FairRecruit
home-what-lookup = Cari di daftar izin agen perekrut, dengan nama atau nomor izin.
home-what-review = Ceritakan kepada pekerja lain berapa yang Anda bayar dan bagaimana Anda diperlakukan.
home-what-complain = Buat pengaduan, tanpa nama jika Anda mau, lalu pantau prosesnya dengan tanda terima.
home-free = FairRecruit gratis. Menurut standar internasional, biaya perekrutan Anda seharusnya dibayar oleh majikan, bukan oleh Anda.
home-rights-link = Kenali hak Anda: siapa yang harus membayar biaya perekrutan

## Search
search-label = Nama agen atau nomor izin
search-placeholder = contoh: Himalaya atau 1234/071
search-button = Cari
filters-heading = Filter
filter-licensing-country = Negara yang memberi izin
filter-destination = Mengirim pekerja ke
filter-status = Status izin
filter-any-country = Semua negara
filter-any-status = Semua status
results-title = Agen perekrut
results-heading = Cari agen perekrut
results-none = Tidak ada agen yang cocok dengan pencarian Anda. Periksa ejaannya, coba sebagian nama saja, atau hapus salah satu filter.
results-empty-directory = Ketik nama atau nomor izin, atau pilih negara, untuk melihat daftar agen.
pager-label = Halaman
pager-previous = Halaman sebelumnya
pager-next = Halaman berikutnya
pager-page = Halaman { $page }

## Licence statuses
licence-status-active = Izin aktif
licence-status-suspended = Izin dibekukan
licence-status-revoked = Izin dicabut
licence-status-expired = Izin habis masa berlaku

## Recruiter profile
recruiter-licence-status = Status izin
recruiter-licence-number = Nomor izin
recruiter-licensing-country = Negara pemberi izin
recruiter-address = Alamat
recruiter-destinations = Mengirim pekerja ke
recruiter-destinations-none = Tidak diketahui
recruiter-sub-agent = Sub-agen, tanpa izin
recruiter-sub-agent-explained = Pekerja menyebut orang atau kantor ini sebagai perantara (calo atau sponsor). Namanya tidak ada di daftar izin mana pun.
recruiter-not-active-warning = Izin ini tidak aktif. Agen tanpa izin aktif tidak boleh merekrut pekerja. Jangan bayar apa pun kepada agen ini.
recruiter-history-heading = Riwayat izin
recruiter-history-date = Tanggal
recruiter-history-none = Belum ada perubahan izin yang tercatat.
recruiter-reviews-heading = Kata para pekerja

## Know your rights
rights-title = Hak Anda
rights-heading = Hak Anda saat direkrut untuk bekerja di luar negeri
rights-epp-heading = Majikan yang membayar, bukan Anda
rights-epp-body = Menurut Prinsip Pemberi Kerja Membayar (Employer Pays Principle), tidak ada pekerja yang seharusnya membayar untuk mendapatkan pekerjaan. Semua biaya dan ongkos perekrutan seharusnya dibayar oleh majikan.
rights-epp-c181 = Konvensi ILO No. 181, Pasal 7: agen tidak boleh membebankan, secara langsung maupun tidak langsung, seluruhnya atau sebagian, biaya atau ongkos apa pun kepada pekerja.
rights-fees-heading = Apa saja yang termasuk biaya perekrutan
rights-fees-intro = Biaya jasa agen perekrut tidak pernah menjadi tanggungan Anda, siapa pun yang menagihnya dan kapan pun ditagih. ILO juga menyebut biaya-biaya terkait berikut, yang seharusnya dibayar oleh majikan:
rights-illegitimate = Suap, upeti, komisi gelap, uang jaminan, deposit, dan pungutan ilegal untuk mengganti biaya tidak pernah dibolehkan, bagi siapa pun.
rights-documents-heading = Paspor Anda adalah milik Anda
rights-documents-body = Tidak ada yang boleh menahan paspor atau kartu identitas Anda tanpa persetujuan Anda, baik agen maupun majikan. Menahan dokumen itu adalah tanda kerja paksa.
rights-contract-heading = Kontrak Anda
rights-contract-body = Anda seharusnya menerima kontrak tertulis sebelum berangkat, dalam bahasa yang Anda pahami. Jika pekerjaan, gaji, majikan, atau jam kerja berubah setibanya Anda di sana, itu namanya penggantian kontrak.
rights-help-heading = Jika terjadi masalah
rights-help-body = Anda bisa membuat pengaduan di FairRecruit tanpa menyebutkan nama. Pengaduan Anda akan diteruskan ke lembaga yang bisa bertindak di negara asal dan negara tujuan Anda.
rights-not-legal-advice = Halaman ini menjelaskan standar internasional secara singkat. Ini bukan nasihat hukum.

## Errors
error-go-home = Ke halaman utama
error-status = Kode kesalahan { $status }
error-invalid-input-title = Ada yang tidak benar dalam permintaan
error-invalid-input = Permintaan tidak dapat dipahami. Periksa apa yang Anda ketik, lalu coba lagi.
error-not-found-title = Halaman tidak ditemukan
error-not-found = Kami tidak dapat menemukan halaman atau agen itu. Tautannya mungkin salah atau sudah usang.
error-method-not-allowed-title = Tidak diizinkan
error-method-not-allowed = Alamat ini tidak menerima jenis permintaan tersebut.
error-payload-too-large-title = Data terlalu banyak
error-payload-too-large = Yang Anda kirim terlalu besar. Kirim lebih sedikit, lalu coba lagi.
error-request-timeout-title = Terlalu lambat
error-request-timeout = Kiriman Anda terlalu lama sampai. Periksa koneksi Anda dan kirim lagi.
error-service-unavailable-title = FairRecruit sementara tidak bisa diakses
error-service-unavailable = Kami tidak dapat terhubung ke basis data saat ini. Tidak ada yang hilang dari yang Anda kirim. Silakan coba lagi beberapa menit lagi.
error-internal-title = Terjadi kesalahan
error-internal = Terjadi kesalahan di pihak kami. Silakan coba lagi nanti.
error-query-too-long = Pencarian terlalu panjang. Gunakan paling banyak 200 karakter.
error-query-forbidden-chars = Pencarian berisi karakter kontrol yang tidak terlihat. Ketik ulang tanpa karakter itu.
error-invalid-encoding = Alamat berisi karakter yang tidak dapat dibaca.
error-unknown-parameter = Alamat berisi pengaturan yang tidak kami kenal.
error-repeated-parameter = Alamat menyebut pengaturan yang sama dua kali.
error-invalid-country = Pilih negara dari daftar.
error-invalid-status = Pilih status izin dari daftar.
error-invalid-page = Nomor halaman harus bilangan bulat dari 1 sampai 500.
error-invalid-per-page = Jumlah hasil per halaman harus dari 1 sampai 100.
error-choice = Pilih dari daftar.
error-text-long = Teks ini terlalu panjang.
error-text-chars = Teks ini berisi karakter kontrol yang tidak terlihat atau karakter yang tidak terbaca. Ketik ulang tanpa karakter itu.
error-text-markup = Teks ini berisi "<" yang diikuti huruf, seperti kode komputer. Tulis tanpa itu.
error-amount = Isi jumlah dengan angka saja, misalnya 150000 atau 1500.50, paling banyak 10,000,000,000.
error-currency = Pilih mata uang untuk jumlah yang Anda isi.
error-interest = Isi bunga bulanan dengan angka dari 0 sampai 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Akun
nav-sign-in = Masuk
error-unauthorized-title = Silakan masuk
error-unauthorized = Anda perlu masuk untuk membuka ini. Sesi Anda mungkin sudah berakhir.
error-forbidden-title = Tidak diizinkan
error-forbidden = Akun Anda tidak dapat membuka halaman ini.
error-conflict-title = Sudah diterima
error-conflict = Permintaan ini bertentangan dengan permintaan yang diterima sebelumnya. Tidak ada yang baru disimpan.
error-idempotency-reused = Idempotency-Key ini sudah dipakai untuk permintaan lain. Gunakan kunci baru untuk permintaan baru; tidak ada yang baru disimpan.
error-idempotency-in-progress = Permintaan pertama dengan Idempotency-Key ini masih sedang dijawab. Coba lagi sebentar lagi untuk menerima jawabannya.
error-idempotency-key = Header Idempotency-Key harus berisi 1 sampai 255 karakter ASCII yang terlihat, misalnya UUID acak.
error-attestation-language = Bahasa pada pernyataan persetujuan (attestation) harus salah satu kode bahasa layanan ini, misalnya ne, ar, atau id.
error-attestation-channel = Saluran pada pernyataan persetujuan (attestation) harus salah satu dari: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = consented_at pada pernyataan persetujuan (attestation) harus berupa tanggal dan waktu beserta offset-nya (RFC 3339), tidak di masa depan dan paling lama 30 hari yang lalu. Tanyakan lagi kepada pekerja jika persetujuannya lebih lama dari itu.
error-partner-reference = Referensi mitra harus berisi 1 sampai 100 karakter ASCII yang terlihat, tanpa spasi.
error-partner-reference-taken = Mitra ini sudah mengajukan pengaduan dengan referensi ini. Gunakan referensi baru untuk percakapan baru, atau Idempotency-Key yang sama untuk mengulang permintaan.
error-too-many-requests-title = Mohon tunggu
error-too-many-requests = Terlalu banyak percobaan dalam waktu singkat. Tunggu sebentar, lalu coba lagi.
error-sign-in-failed = Nama pengguna, kata sandi, atau kode tidak benar.
error-csrf = Formulir ini sudah kedaluwarsa. Kembali, muat ulang halaman, lalu kirim lagi.
error-cross-site = Formulir ini dikirim dari situs web lain, jadi kami menolaknya.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Referensi API
api-docs-intro = API JSON untuk aplikasi dan organisasi mitra: setiap operasi, apa yang diterimanya, dan apa jawabannya. Keterangan di bawah ini dalam bahasa Inggris.
# Link to the same reference as a machine-readable file.
api-docs-openapi = Referensi yang sama dalam bentuk dokumen OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Operasi
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Memerlukan bearer token (Authorization: Bearer …).
api-docs-parameters = Parameter
# Heading: what the caller sends in the request's body.
api-docs-body = Isi permintaan
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Jawaban
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
draft-kept = Apa yang Anda ketik di sini disimpan sebagai draf hanya di ponsel ini, sampai Anda mengirim atau menghapusnya. Siapa pun yang memakai ponsel ini dapat membacanya.
draft-files = Foto dan berkas tidak disimpan di draf: pilih lagi sebelum mengirim.
draft-restored = Draf Anda sudah dikembalikan. Periksa, lalu kirim.
draft-delete = Hapus draf
error-csrf-stale = Formulir ini sudah kedaluwarsa, jadi tidak ada yang terkirim. Semua yang Anda ketik ada di bawah: periksa lalu kirim lagi.
