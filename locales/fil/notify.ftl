# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Magandang araw,
mail-open-link = Mag-log in para mabasa ito:
mail-footer = Natatanggap ninyo ang email na ito dahil humiling ng mga abiso ang inyong FairRecruit account. Mapapalitan ninyo ang wika o mapapahinto ang mga email na ito sa pahina ng inyong account:

mail-new-referral-subject = Bagong kaso para sa { $organisation }
mail-new-referral-body = May bagong kasong ipinasa sa { $organisation } sa FairRecruit.
mail-worker-reply-subject = Sumagot ang isang manggagawa sa isang kaso
mail-worker-reply-body = Nagdagdag ang manggagawa ng mensahe sa isa sa mga kaso ng inyong organisasyon.
mail-overdue-acknowledge-subject = Lampas na sa takdang oras ang pagkilala sa isang kaso
mail-overdue-acknowledge-body = Hindi kinilalang natanggap sa loob ng takdang oras ang isang kaso ng inyong organisasyon.
mail-overdue-answer-subject = Lampas na sa takdang oras ang pagsagot sa isang kaso
mail-overdue-answer-body = Hindi nasagot sa loob ng takdang oras ang isang kaso ng inyong organisasyon.
mail-complaint-acknowledged-subject = Natanggap na ang inyong reklamo
mail-complaint-acknowledged-body = Kinilala ng { $organisation } na natanggap nito ang inyong reklamo.
mail-complaint-resolved-subject = May resulta na ang inyong reklamo
mail-complaint-resolved-body = Nagtala ang { $organisation } ng resulta para sa inyong reklamo.
mail-review-approved-subject = Na-publish na ang inyong review
mail-review-approved-body = Na-publish na ang inyong review tungkol sa { $recruiter }. Salamat sa pagtulong ninyo sa ibang manggagawa.
mail-review-rejected-subject = Hindi na-publish ang inyong review
mail-review-rejected-body = Hindi na-publish ang inyong review tungkol sa { $recruiter }. Nakasulat ang dahilan sa pahina ng inyong account.
mail-digest-subject = Ang inyong pang-araw-araw na buod mula sa FairRecruit
mail-digest-body = Mula sa huli ninyong buod:
mail-digest-line-new-referral = { $count ->
    [one] { $count } bagong kaso
   *[other] { $count } bagong kaso
}
mail-digest-line-worker-reply = { $count ->
    [one] { $count } sagot mula sa manggagawa
   *[other] { $count } sagot mula sa manggagawa
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } kasong lampas na sa takdang oras ng pagkilala
   *[other] { $count } kasong lampas na sa takdang oras ng pagkilala
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } kasong lampas na sa takdang oras ng pagsagot
   *[other] { $count } kasong lampas na sa takdang oras ng pagsagot
}

## Account settings

account-notices-heading = Mga abiso
account-notices-hint = Ipinapadala ang mga email sa address sa itaas. Sinasabi lang nito na may nagbago, hindi kailanman kung ano ang laman ng reklamo.
account-notices-language = Wika ng mga email
account-notices-how = Paano ninyo gustong matanggap ang mga ito?
account-notices-each = Isang email sa bawat pangyayari
account-notices-digest = Isang buod bawat araw
account-notices-none = Walang email
account-notices-submit = I-save ang mga setting ng abiso
account-notices-saved = Na-save na ang mga setting ng abiso.
error-notices-language = Pumili ng isa sa mga wika sa listahan.
error-notices-choice = Piliin kung paano ninyo gustong matanggap ang mga abiso.
error-notices-digest-leads = Ang mga pinuno lang ng organisasyon ang puwedeng pumili ng pang-araw-araw na buod.

## Administrators: mail

admin-nav-mail = Email
admin-mail-title = Email
admin-mail-heading = Mga abiso sa email
admin-mail-intro = Naghihintay ang mga abiso sa outbox hanggang kunin ito ng mail server. Ang email na paulit-ulit na nabibigo, o tuluyang tinatanggihan ng server, ay hindi na ipinapadala at nakalista rito kasama ang huling error nito.
admin-mail-pending = Naghihintay maipadala
admin-mail-dead = Itinigil na
admin-mail-none-dead = Walang email na itinigil.
admin-mail-retry-all-hint = Matapos ayusin ang mga setting ng mail, ibalik sa pila ang lahat ng email sa ibaba.
admin-mail-retry-all = Subukang muli ang lahat
admin-mail-created = Petsa ng paggawa
admin-mail-kind = Abiso
admin-mail-recipient = Tatanggap
admin-mail-attempts = Mga pagsubok
admin-mail-error = Huling error
admin-mail-retry = Subukang muli
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] { $count } email ang naibalik sa pila.
   *[other] { $count } email ang naibalik sa pila.
}
admin-mail-kind-new-referral = Bagong kaso
admin-mail-kind-worker-reply = Sagot ng manggagawa
admin-mail-kind-overdue-acknowledge = Lampas na sa takdang oras ng pagkilala
admin-mail-kind-overdue-answer = Lampas na sa takdang oras ng pagsagot
admin-mail-kind-complaint-acknowledged = Kinilalang natanggap ang reklamo (sa manggagawa)
admin-mail-kind-complaint-resolved = May resulta na ang reklamo (sa manggagawa)
admin-mail-kind-review-approved = Na-publish ang review (sa sumulat nito)
admin-mail-kind-review-rejected = Hindi na-publish ang review (sa sumulat nito)
admin-mail-kind-digest = Pang-araw-araw na buod

## Watchlists

admin-mail-kind-watch-summary = Lingguhang buod ng listahan ng binabantayan
mail-watch-summary-subject = Ang inyong lingguhang buod ng listahan ng binabantayan
mail-watch-summary-body = Ang nagbago ngayong linggo sa mga ahensyang binabantayan ninyo:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } bagong review
   *[other] { $count } bagong review
}
mail-watch-rating = marka { $from } → { $to }
mail-watch-rating-new = rating ngayon { $to }
mail-watch-complaints = { $count } bagong reklamo
mail-watch-complaints-few = mas kaunti sa 5 bagong reklamo
watchlist-title = Listahan ng binabantayan
watchlist-heading = Ang aking listahan ng binabantayan
watchlist-intro = Ang mga ahensyang binabantayan ninyo. Minsan sa isang linggo, makatatanggap kayo ng isang email na nagsasabi kung ano ang nagbago sa mga ito: mga bagong review, ang rating, ang lisensya, mga bagong reklamo (bilang lang, hindi kailanman kung sino ang nagreklamo).
watchlist-empty = Wala pa kayong binabantayang ahensya.
watchlist-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } review
}
watchlist-rating = rating { $rating } sa 5
watchlist-rating-few = kulang pa ang mga review para magkaroon ng rating
watchlist-remove = Itigil ang pagbabantay
watchlist-add-heading = Magbantay ng ahensya
watchlist-add-label = Numero ng lisensya o FairRecruit ID
watchlist-add-hint = Ang numero ng lisensya gaya ng nasa direktoryo, o ang ID sa dulo ng link ng pahina ng ahensya. Hanggang { $max } ahensya.
watchlist-add-submit = Bantayan
watchlist-added = Naidagdag na sa inyong listahan ng binabantayan.
watchlist-removed = Inalis na sa inyong listahan ng binabantayan.
error-watch-recruiter = Walang ahensya sa direktoryo na may ganitong numero ng lisensya o ID.
error-watch-limit = Puno na ang inyong listahan ng binabantayan. Itigil muna ang pagbabantay sa isa bago magdagdag ng iba.
recruiter-watch-link = Para sa mga unyon at inspector: idagdag ang ahensyang ito sa inyong listahan ng binabantayan

mail-password-reset-subject = Magtakda ng bagong password sa FairRecruit
mail-password-reset-body = May humiling, sana ikaw, na magtakda ng bagong password para sa iyong FairRecruit account. Isang beses lang gagana ang link sa ibaba, sa loob ng 30 minuto. Kung hindi ikaw, huwag gumawa ng anuman: mananatili ang password mo.
admin-mail-kind-password-reset = Link para sa bagong password (sa staff)

mail-second-factor-reset-subject = Ni-reset ang dalawang-hakbang na pag-log in ng inyong FairRecruit
mail-second-factor-reset-body = Ni-reset ng isang administrator ang dalawang-hakbang na pag-log in ng inyong FairRecruit account at inilog-out kayo sa lahat ng device. Sa susunod na pag-log in, i-set up muli ang inyong authenticator app. Kung hindi kayo ang humiling nito, sabihan agad ang inyong administrator.
admin-mail-kind-second-factor-reset = Pag-reset ng dalawang-hakbang na pag-log in (sa staff)
admin-mail-kind-webhook-acknowledged = Status webhook: tinanggap (sa intake partner)
admin-mail-kind-webhook-question = Status webhook: mensahe para sa manggagawa (sa intake partner)
admin-mail-kind-webhook-resolved = Status webhook: nalutas (sa intake partner)
admin-mail-kind-webhook-closed = Status webhook: isinara (sa intake partner)
