# Language: Malay (Malaysia) (ms). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = Kandungan kes ini terbuka untuk anda.
sealed-unreadable = (dimeterai: tidak boleh dibuka di sini)
error-sealed-sign-in-again = Sesi ini tidak boleh membuka kandungan kes yang dimeterai. Log keluar dan log masuk semula.
error-sealed-not-given = Anda belum memegang kunci organisasi anda. Seorang ketua organisasi anda boleh memberikannya kepada anda di halaman kunci organisasi.
error-sealed-waiting = Kes ini sampai kepada organisasi anda selepas aduan dibuat; kandungannya akan terbuka untuk anda apabila pekerja melihat aduan itu lagi dengan resit mereka.
error-sealed-destroyed = Apa yang ditulis oleh pekerja telah dipadam.
error-sealed-no-key = Organisasi anda belum mempunyai kunci. Seorang ketua membuatnya di halaman kunci organisasi.

track-your-words = Apa yang anda tulis

org-key-link = Kunci organisasi anda
org-key-title = Kunci organisasi anda
org-key-intro = Aduan disimpan dalam keadaan dimeterai. Hanya ahli yang memegang kunci organisasi anda boleh membaca apa yang ditulis oleh pekerja kepada anda; pentadbir tidak boleh.
org-key-none = Organisasi anda belum mempunyai kunci, jadi tiada apa-apa yang boleh dimeterai untuknya.
org-key-make = Buat kunci
org-key-you-hold = Anda memegang kunci.
org-key-you-lack = Anda tidak memegang kunci. Minta seorang ketua organisasi anda memberikannya kepada anda.
org-key-members = Ahli
org-key-lead = ketua
org-key-holds = memegang kunci
org-key-lacks = tidak memegang kunci
org-key-not-signed-in = belum log masuk sejak aduan dimeterai
org-key-give = Berikan kunci
org-key-given = Kunci telah diberikan.
org-key-code-heading = Kod pemulihan organisasi anda
org-key-code-hint = Tulis dan simpan di tempat yang selamat, jauh dari komputer ini. Ia dipaparkan sekali ini sahaja. Jika setiap ketua kehilangan kata laluan mereka, kod ini mengembalikan kunci.
org-key-recover-heading = Dapatkan semula kunci dengan kod pemulihan
org-key-recover-hint = Menggunakan kod ini akan menggantikannya dengan kod baharu, yang dipaparkan sekali.
org-key-code-field = Kod pemulihan
org-key-recover = Dapatkan semula kunci
org-key-error-exists = Organisasi anda sudah mempunyai kunci.
org-key-error-no-keyring = Ahli ini belum log masuk sejak aduan dimeterai. Kunci boleh diberikan kepada mereka selepas mereka log masuk.
org-key-error-code-format = Kod pemulihan terdiri daripada 24 huruf dan angka, dalam kumpulan empat.
org-key-error-code-wrong = Ini bukan kod pemulihan organisasi anda.
org-key-error-none = Organisasi anda belum mempunyai kunci.

track-delete-heading = Padam apa yang anda tulis
track-delete-hint = Kata-kata anda, butiran hubungan anda dan mesej dengan organisasi dipadam sekarang, untuk selama-lamanya. Organisasi menyimpan fakta (agensi, negara, apa yang berlaku) dan catatan mereka sendiri.
track-delete-confirm = Saya faham ini tidak boleh dibatalkan
track-delete-submit = Padam apa yang saya tulis
track-delete-confirm-required = Tandakan kotak untuk mengesahkan.
track-deleted = Apa yang anda tulis telah dipadam.

org-retention-heading = Berapa lama kes disimpan
org-retention-now = Apa yang ditulis oleh pekerja dimusnahkan { $days } hari selepas kes diselesaikan atau ditutup (30 hari selepas aduan ditarik balik).
org-retention-field = Hari
org-retention-hint = Dari 30 hingga 3650. Fakta yang dikira dalam laporan tetap disimpan.
org-retention-submit = Simpan
org-retention-saved = Disimpan.
org-retention-error-days = Masukkan bilangan hari dari 30 hingga 3650.

admin-password-key-hint = Mereka juga kehilangan kunci organisasi mereka, dan anda tidak boleh membaca kes mereka: seorang ketua organisasi mereka akan memberikan kunci itu semula kepada mereka.
sealed-grantors = Ketua yang boleh memberikannya: { $names }.
