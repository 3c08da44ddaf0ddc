# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Salam sejahtera,
mail-open-link = Log masuk untuk membacanya:
mail-footer = Anda menerima e-mel ini kerana akaun FairRecruit anda meminta pemberitahuan. Anda boleh menukar bahasa atau menghentikan e-mel ini di halaman akaun anda:

mail-new-referral-subject = Kes baharu untuk { $organisation }
mail-new-referral-body = Satu kes baharu telah dirujuk kepada { $organisation } di FairRecruit.
mail-worker-reply-subject = Seorang pekerja telah menjawab dalam satu kes
mail-worker-reply-body = Pekerja telah menambah mesej pada salah satu kes organisasi anda.
mail-overdue-acknowledge-subject = Satu kes telah melepasi tarikh akhir pengakuan penerimaan
mail-overdue-acknowledge-body = Penerimaan satu kes organisasi anda belum diakui dalam tempoh yang ditetapkan.
mail-overdue-answer-subject = Satu kes telah melepasi tarikh akhir jawapan
mail-overdue-answer-body = Satu kes organisasi anda belum dijawab dalam tempoh yang ditetapkan.
mail-complaint-acknowledged-subject = Aduan anda telah diterima
mail-complaint-acknowledged-body = { $organisation } telah mengakui penerimaan aduan anda.
mail-complaint-resolved-subject = Aduan anda sudah ada keputusan
mail-complaint-resolved-body = { $organisation } telah merekodkan keputusan bagi aduan anda.
mail-review-approved-subject = Ulasan anda telah diterbitkan
mail-review-approved-body = Ulasan anda tentang { $recruiter } telah diterbitkan. Terima kasih kerana membantu pekerja lain.
mail-review-rejected-subject = Ulasan anda tidak diterbitkan
mail-review-rejected-body = Ulasan anda tentang { $recruiter } tidak diterbitkan. Sebabnya ada di halaman akaun anda.
mail-digest-subject = Ringkasan harian FairRecruit anda
mail-digest-body = Sejak ringkasan terakhir anda:
mail-digest-line-new-referral = { $count } kes baharu
mail-digest-line-worker-reply = { $count } jawapan daripada pekerja
mail-digest-line-overdue-acknowledge = { $count } kes melepasi tarikh akhir pengakuan penerimaan
mail-digest-line-overdue-answer = { $count } kes melepasi tarikh akhir jawapan

## Account settings

account-notices-heading = Pemberitahuan
account-notices-hint = E-mel dihantar ke alamat di atas dan hanya memberitahu bahawa sesuatu telah berubah, tidak sekali-kali isi aduan.
account-notices-language = Bahasa e-mel
account-notices-how = Bagaimana anda mahu menerimanya?
account-notices-each = Satu e-mel bagi setiap peristiwa
account-notices-digest = Satu ringkasan sehari
account-notices-none = Tiada e-mel
account-notices-submit = Simpan tetapan pemberitahuan
account-notices-saved = Tetapan pemberitahuan disimpan.
error-notices-language = Pilih salah satu bahasa dalam senarai.
error-notices-choice = Pilih cara anda mahu menerima pemberitahuan.
error-notices-digest-leads = Hanya ketua organisasi boleh memilih ringkasan harian.

## Administrators: mail

admin-nav-mail = E-mel
admin-mail-title = E-mel
admin-mail-heading = Pemberitahuan e-mel
admin-mail-intro = Pemberitahuan menunggu dalam peti keluar sehingga pelayan e-mel mengambilnya. E-mel yang terus gagal, atau yang ditolak oleh pelayan secara kekal, akan dihentikan dan disenaraikan di sini bersama ralat terakhirnya.
admin-mail-pending = Menunggu untuk dihantar
admin-mail-dead = Dihentikan
admin-mail-none-dead = Tiada e-mel yang dihentikan.
admin-mail-retry-all-hint = Selepas membaiki tetapan e-mel, masukkan semula setiap e-mel di bawah ke dalam baris gilir.
admin-mail-retry-all = Cuba semua sekali lagi
admin-mail-created = Dicipta
admin-mail-kind = Pemberitahuan
admin-mail-recipient = Penerima
admin-mail-attempts = Cubaan
admin-mail-error = Ralat terakhir
admin-mail-retry = Cuba lagi
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [1] Satu e-mel kembali dalam baris gilir.
   *[other] { $count } e-mel kembali dalam baris gilir.
}
admin-mail-kind-new-referral = Kes baharu
admin-mail-kind-worker-reply = Jawapan pekerja
admin-mail-kind-overdue-acknowledge = Pengakuan penerimaan lewat
admin-mail-kind-overdue-answer = Jawapan lewat
admin-mail-kind-complaint-acknowledged = Penerimaan aduan diakui (kepada pekerja)
admin-mail-kind-complaint-resolved = Aduan diselesaikan (kepada pekerja)
admin-mail-kind-review-approved = Ulasan diterbitkan (kepada penulisnya)
admin-mail-kind-review-rejected = Ulasan tidak diterbitkan (kepada penulisnya)
admin-mail-kind-digest = Ringkasan harian

## Watchlists

admin-mail-kind-watch-summary = Ringkasan mingguan senarai pantauan
mail-watch-summary-subject = Ringkasan mingguan senarai pantauan anda
mail-watch-summary-body = Apa yang berubah minggu ini tentang ejen pengambilan yang anda pantau:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count } ulasan baharu
mail-watch-rating = penilaian { $from } → { $to }
mail-watch-rating-new = penilaian kini { $to }
mail-watch-complaints = { $count } aduan baharu
mail-watch-complaints-few = kurang daripada 5 aduan baharu
watchlist-title = Senarai pantauan
watchlist-heading = Senarai pantauan saya
watchlist-intro = Ejen pengambilan yang anda ikuti. Seminggu sekali anda menerima satu e-mel tentang apa yang berubah mengenai mereka: ulasan baharu, penilaian, lesen, aduan baharu (bilangan sahaja, tidak sekali-kali siapa yang mengadu).
watchlist-empty = Anda belum memantau mana-mana ejen pengambilan.
watchlist-reviews = { $count } ulasan
watchlist-rating = penilaian { $rating } daripada 5
watchlist-rating-few = terlalu sedikit ulasan untuk penilaian
watchlist-remove = Berhenti memantau
watchlist-add-heading = Pantau ejen pengambilan
watchlist-add-label = Nombor lesen atau ID FairRecruit
watchlist-add-hint = Nombor lesen seperti dalam direktori, atau ID di hujung alamat halaman ejen itu. Sehingga { $max } ejen pengambilan.
watchlist-add-submit = Pantau
watchlist-added = Ditambah ke senarai pantauan anda.
watchlist-removed = Dibuang daripada senarai pantauan anda.
error-watch-recruiter = Tiada ejen pengambilan dalam direktori dengan nombor lesen atau ID ini.
error-watch-limit = Senarai pantauan anda sudah penuh. Berhenti memantau satu ejen sebelum menambah yang lain.
recruiter-watch-link = Kesatuan sekerja dan pemeriksa: tambah ejen pengambilan ini ke senarai pantauan anda

mail-password-reset-subject = Tetapkan kata laluan FairRecruit baharu
mail-password-reset-body = Seseorang, harapnya anda, telah meminta untuk menetapkan kata laluan baharu bagi akaun FairRecruit anda. Pautan di bawah berfungsi sekali sahaja, selama 30 minit. Jika itu bukan anda, jangan buat apa-apa: kata laluan anda kekal seperti biasa.
admin-mail-kind-password-reset = Pautan tetapan semula kata laluan (kepada kakitangan)

mail-second-factor-reset-subject = Log masuk dua langkah FairRecruit anda telah ditetapkan semula
mail-second-factor-reset-body = Seorang pentadbir telah menetapkan semula log masuk dua langkah akaun FairRecruit anda dan melog keluar anda di semua tempat. Semasa log masuk seterusnya, sediakan semula aplikasi pengesah anda. Jika anda tidak memintanya, beritahu pentadbir anda dengan segera.
admin-mail-kind-second-factor-reset = Tetapan semula log masuk dua langkah (kepada kakitangan)
admin-mail-kind-webhook-acknowledged = Webhook status: diakui (kepada rakan pengambilan)
admin-mail-kind-webhook-question = Webhook status: mesej untuk pekerja (kepada rakan pengambilan)
admin-mail-kind-webhook-resolved = Webhook status: diselesaikan (kepada rakan pengambilan)
admin-mail-kind-webhook-closed = Webhook status: ditutup (kepada rakan pengambilan)
