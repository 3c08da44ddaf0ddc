# Language: Indonesian (id). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Halo,
mail-open-link = Masuk untuk membacanya:
mail-footer = Anda menerima email ini karena akun FairRecruit Anda meminta pemberitahuan. Anda bisa mengganti bahasa atau menghentikan email ini di halaman akun Anda:

mail-new-referral-subject = Kasus baru untuk { $organisation }
mail-new-referral-body = Sebuah kasus baru telah diteruskan ke { $organisation } di FairRecruit.
mail-worker-reply-subject = Seorang pekerja menjawab dalam sebuah kasus
mail-worker-reply-body = Pekerja menambahkan pesan pada salah satu kasus lembaga Anda.
mail-overdue-acknowledge-subject = Sebuah kasus lewat tenggat konfirmasi penerimaan
mail-overdue-acknowledge-body = Penerimaan salah satu kasus lembaga Anda belum dikonfirmasi sampai tenggatnya lewat.
mail-overdue-answer-subject = Sebuah kasus lewat tenggat jawaban
mail-overdue-answer-body = Salah satu kasus lembaga Anda belum dijawab sampai tenggatnya lewat.
mail-complaint-acknowledged-subject = Pengaduan Anda sudah diterima
mail-complaint-acknowledged-body = { $organisation } sudah mengonfirmasi bahwa pengaduan Anda diterima.
mail-complaint-resolved-subject = Pengaduan Anda sudah ada hasilnya
mail-complaint-resolved-body = { $organisation } sudah mencatat hasil untuk pengaduan Anda.
mail-review-approved-subject = Ulasan Anda sudah diterbitkan
mail-review-approved-body = Ulasan Anda tentang { $recruiter } sudah diterbitkan. Terima kasih sudah membantu pekerja lain.
mail-review-rejected-subject = Ulasan Anda tidak diterbitkan
mail-review-rejected-body = Ulasan Anda tentang { $recruiter } tidak diterbitkan. Alasannya ada di halaman akun Anda.
mail-digest-subject = Ringkasan harian FairRecruit Anda
mail-digest-body = Sejak ringkasan terakhir Anda:
mail-digest-line-new-referral = { $count ->
   *[other] { $count } kasus baru
}
mail-digest-line-worker-reply = { $count ->
   *[other] { $count } jawaban dari pekerja
}
mail-digest-line-overdue-acknowledge = { $count ->
   *[other] { $count } kasus lewat tenggat konfirmasi penerimaan
}
mail-digest-line-overdue-answer = { $count ->
   *[other] { $count } kasus lewat tenggat jawaban
}

## Account settings

account-notices-heading = Pemberitahuan
account-notices-hint = Email dikirim ke alamat di atas dan hanya memberi tahu bahwa ada yang berubah, tidak pernah isi pengaduan.
account-notices-language = Bahasa email
account-notices-how = Bagaimana Anda ingin menerimanya?
account-notices-each = Satu email untuk setiap kejadian
account-notices-digest = Satu ringkasan sehari
account-notices-none = Tanpa email
account-notices-submit = Simpan pengaturan pemberitahuan
account-notices-saved = Pengaturan pemberitahuan tersimpan.
error-notices-language = Pilih salah satu bahasa dari daftar.
error-notices-choice = Pilih bagaimana Anda ingin menerima pemberitahuan.
error-notices-digest-leads = Hanya pimpinan organisasi yang bisa memilih ringkasan harian.

## Administrators: mail

admin-nav-mail = Email
admin-mail-title = Email
admin-mail-heading = Pemberitahuan email
admin-mail-intro = Pemberitahuan menunggu di kotak keluar sampai server email mengambilnya. Email yang terus gagal, atau yang ditolak server untuk selamanya, dihentikan pengirimannya dan dicantumkan di sini beserta kesalahan terakhirnya.
admin-mail-pending = Menunggu dikirim
admin-mail-dead = Dihentikan
admin-mail-none-dead = Tidak ada email yang dihentikan.
admin-mail-retry-all-hint = Setelah pengaturan email diperbaiki, masukkan kembali semua email di bawah ke antrean.
admin-mail-retry-all = Coba lagi semua
admin-mail-created = Dibuat
admin-mail-kind = Pemberitahuan
admin-mail-recipient = Penerima
admin-mail-attempts = Percobaan
admin-mail-error = Kesalahan terakhir
admin-mail-retry = Coba lagi
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
   *[other] { $count } email kembali masuk antrean.
}
admin-mail-kind-new-referral = Kasus baru
admin-mail-kind-worker-reply = Jawaban pekerja
admin-mail-kind-overdue-acknowledge = Konfirmasi penerimaan lewat tenggat
admin-mail-kind-overdue-answer = Jawaban lewat tenggat
admin-mail-kind-complaint-acknowledged = Penerimaan pengaduan dikonfirmasi (ke pekerja)
admin-mail-kind-complaint-resolved = Pengaduan ada hasilnya (ke pekerja)
admin-mail-kind-review-approved = Ulasan diterbitkan (ke penulisnya)
admin-mail-kind-review-rejected = Ulasan tidak diterbitkan (ke penulisnya)
admin-mail-kind-digest = Ringkasan harian

## Watchlists

admin-mail-kind-watch-summary = Ringkasan mingguan daftar pantauan
mail-watch-summary-subject = Ringkasan mingguan daftar pantauan Anda
mail-watch-summary-body = Yang berubah minggu ini pada agen perekrut yang Anda pantau:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
   *[other] { $count } ulasan baru
}
mail-watch-rating = nilai { $from } → { $to }
mail-watch-rating-new = nilai sekarang { $to }
mail-watch-complaints = { $count } pengaduan baru
mail-watch-complaints-few = kurang dari 5 pengaduan baru
watchlist-title = Daftar pantauan
watchlist-heading = Daftar pantauan saya
watchlist-intro = Agen perekrut yang Anda pantau. Seminggu sekali Anda menerima satu email yang memberi tahu apa yang berubah pada agen-agen itu: ulasan baru, nilai, izin, pengaduan baru (hanya jumlahnya, tidak pernah siapa yang mengadu).
watchlist-empty = Anda belum memantau agen perekrut mana pun.
watchlist-reviews = { $count ->
   *[other] { $count } ulasan
}
watchlist-rating = nilai { $rating } dari 5
watchlist-rating-few = ulasan terlalu sedikit untuk diberi nilai
watchlist-remove = Berhenti memantau
watchlist-add-heading = Pantau agen perekrut
watchlist-add-label = Nomor izin atau ID FairRecruit
watchlist-add-hint = Nomor izin seperti tertulis di direktori, atau ID di akhir alamat halaman agen tersebut. Paling banyak { $max } agen perekrut.
watchlist-add-submit = Pantau
watchlist-added = Ditambahkan ke daftar pantauan Anda.
watchlist-removed = Dihapus dari daftar pantauan Anda.
error-watch-recruiter = Tidak ada agen perekrut di direktori dengan nomor izin atau ID ini.
error-watch-limit = Daftar pantauan Anda sudah penuh. Berhenti memantau salah satu agen sebelum menambahkan yang lain.
recruiter-watch-link = Serikat pekerja dan pengawas ketenagakerjaan: tambahkan agen perekrut ini ke daftar pantauan Anda

mail-password-reset-subject = Atur kata sandi FairRecruit yang baru
mail-password-reset-body = Seseorang, semoga Anda, meminta untuk mengatur kata sandi baru bagi akun FairRecruit Anda. Tautan di bawah berlaku sekali, selama 30 menit. Jika itu bukan Anda, jangan lakukan apa pun: kata sandi Anda tetap seperti semula.
admin-mail-kind-password-reset = Tautan atur ulang kata sandi (ke staf)

mail-second-factor-reset-subject = Masuk dua langkah FairRecruit Anda diatur ulang
mail-second-factor-reset-body = Seorang administrator mengatur ulang masuk dua langkah akun FairRecruit Anda dan mengeluarkan Anda dari semua perangkat. Saat masuk berikutnya, siapkan lagi aplikasi autentikator Anda. Jika Anda tidak memintanya, segera beri tahu administrator Anda.
admin-mail-kind-second-factor-reset = Atur ulang masuk dua langkah (ke staf)
admin-mail-kind-webhook-acknowledged = Webhook status: diterima (ke mitra penerima)
admin-mail-kind-webhook-question = Webhook status: pesan untuk pekerja (ke mitra penerima)
admin-mail-kind-webhook-resolved = Webhook status: diselesaikan (ke mitra penerima)
admin-mail-kind-webhook-closed = Webhook status: ditutup (ke mitra penerima)
