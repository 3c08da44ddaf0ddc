# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Habari,
mail-open-link = Ingia ili kuisoma:
mail-footer = Unapokea barua pepe hii kwa sababu akaunti yako ya FairRecruit iliomba taarifa. Unaweza kubadilisha lugha au kusimamisha barua pepe hizi kwenye ukurasa wa akaunti yako:

mail-new-referral-subject = Kesi mpya kwa { $organisation }
mail-new-referral-body = Kesi mpya imepelekwa kwa { $organisation } kwenye FairRecruit.
mail-worker-reply-subject = Mfanyakazi amejibu kwenye kesi
mail-worker-reply-body = Mfanyakazi ameongeza ujumbe kwenye mojawapo ya kesi za shirika lako.
mail-overdue-acknowledge-subject = Kesi imepita muda wake wa mwisho wa kuthibitisha kupokea
mail-overdue-acknowledge-body = Kesi ya shirika lako haijathibitishwa kupokelewa ndani ya muda wake wa mwisho.
mail-overdue-answer-subject = Kesi imepita muda wake wa mwisho wa kujibu
mail-overdue-answer-body = Kesi ya shirika lako haijajibiwa ndani ya muda wake wa mwisho.
mail-complaint-acknowledged-subject = Malalamiko yako yamepokelewa
mail-complaint-acknowledged-body = { $organisation } imethibitisha kupokea malalamiko yako.
mail-complaint-resolved-subject = Malalamiko yako yana matokeo
mail-complaint-resolved-body = { $organisation } imerekodi matokeo ya malalamiko yako.
mail-review-approved-subject = Maoni yako yamechapishwa
mail-review-approved-body = Maoni yako kuhusu { $recruiter } yamechapishwa. Asante kwa kuwasaidia wafanyakazi wengine.
mail-review-rejected-subject = Maoni yako hayakuchapishwa
mail-review-rejected-body = Maoni yako kuhusu { $recruiter } hayakuchapishwa. Ukurasa wa akaunti yako unaeleza sababu.
mail-digest-subject = Muhtasari wako wa kila siku wa FairRecruit
mail-digest-body = Tangu muhtasari wako uliopita:
mail-digest-line-new-referral = { $count ->
    [one] kesi mpya { $count }
   *[other] kesi mpya { $count }
}
mail-digest-line-worker-reply = { $count ->
    [one] jibu { $count } kutoka kwa mfanyakazi
   *[other] majibu { $count } kutoka kwa wafanyakazi
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] kesi { $count } imepita muda wake wa mwisho wa kuthibitisha kupokea
   *[other] kesi { $count } zimepita muda wa mwisho wa kuthibitisha kupokea
}
mail-digest-line-overdue-answer = { $count ->
    [one] kesi { $count } imepita muda wake wa mwisho wa kujibu
   *[other] kesi { $count } zimepita muda wa mwisho wa kujibu
}

## Account settings

account-notices-heading = Taarifa
account-notices-hint = Barua pepe huenda kwa anwani iliyo hapo juu na husema tu kwamba kitu kimebadilika, kamwe si kile malalamiko yanachosema.
account-notices-language = Lugha ya barua pepe
account-notices-how = Ungependa zikufikie vipi?
account-notices-each = Barua pepe moja kwa kila tukio
account-notices-digest = Muhtasari mmoja kwa siku
account-notices-none = Hakuna barua pepe
account-notices-submit = Hifadhi mipangilio ya taarifa
account-notices-saved = Mipangilio ya taarifa imehifadhiwa.
error-notices-language = Chagua mojawapo ya lugha zilizo kwenye orodha.
error-notices-choice = Chagua jinsi ungependa kupokea taarifa zako.
error-notices-digest-leads = Ni viongozi wa shirika tu wanaoweza kuchagua muhtasari wa kila siku.

## Administrators: mail

admin-nav-mail = Barua pepe
admin-mail-title = Barua pepe
admin-mail-heading = Taarifa kwa barua pepe
admin-mail-intro = Taarifa husubiri kwenye sanduku la kutoka hadi seva ya barua pepe izichukue. Barua pepe inayoendelea kushindikana, au ambayo seva inaikataa kabisa, huachwa na kuorodheshwa hapa pamoja na hitilafu yake ya mwisho.
admin-mail-pending = Zinasubiri kutumwa
admin-mail-dead = Zilizoachwa
admin-mail-none-dead = Hakuna barua pepe iliyoachwa.
admin-mail-retry-all-hint = Baada ya kurekebisha mipangilio ya barua pepe, rudisha kila barua pepe iliyo hapa chini kwenye foleni.
admin-mail-retry-all = Jaribu zote tena
admin-mail-created = Iliundwa
admin-mail-kind = Taarifa
admin-mail-recipient = Mpokeaji
admin-mail-attempts = Majaribio
admin-mail-error = Hitilafu ya mwisho
admin-mail-retry = Jaribu tena
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] Barua pepe moja imerudishwa kwenye foleni.
   *[other] Barua pepe { $count } zimerudishwa kwenye foleni.
}
admin-mail-kind-new-referral = Kesi mpya
admin-mail-kind-worker-reply = Jibu la mfanyakazi
admin-mail-kind-overdue-acknowledge = Uthibitisho wa kupokea umechelewa
admin-mail-kind-overdue-answer = Jibu limechelewa
admin-mail-kind-complaint-acknowledged = Malalamiko yamethibitishwa kupokelewa (kwa mfanyakazi)
admin-mail-kind-complaint-resolved = Malalamiko yametatuliwa (kwa mfanyakazi)
admin-mail-kind-review-approved = Maoni yamechapishwa (kwa mwandishi wake)
admin-mail-kind-review-rejected = Maoni hayakuchapishwa (kwa mwandishi wake)
admin-mail-kind-digest = Muhtasari wa kila siku

## Watchlists

admin-mail-kind-watch-summary = Muhtasari wa kila wiki wa orodha ya ufuatiliaji
mail-watch-summary-subject = Muhtasari wako wa kila wiki wa orodha ya ufuatiliaji
mail-watch-summary-body = Kilichobadilika wiki hii kuhusu mawakala unaowafuatilia:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] maoni mapya { $count }
   *[other] maoni mapya { $count }
}
mail-watch-rating = alama { $from } → { $to }
mail-watch-rating-new = alama sasa { $to }
mail-watch-complaints = malalamiko mapya { $count }
mail-watch-complaints-few = malalamiko mapya chini ya 5
watchlist-title = Orodha ya ufuatiliaji
watchlist-heading = Orodha yangu ya ufuatiliaji
watchlist-intro = Mawakala unaowafuatilia. Mara moja kwa wiki unapata barua pepe moja inayosema kilichobadilika kuwahusu: maoni mapya, alama, leseni, malalamiko mapya (idadi tu, kamwe si nani).
watchlist-empty = Bado hufuatilii wakala yeyote.
watchlist-reviews = { $count ->
    [one] maoni { $count }
   *[other] maoni { $count }
}
watchlist-rating = alama { $rating } kati ya 5
watchlist-rating-few = maoni ni machache mno kupata alama
watchlist-remove = Acha kufuatilia
watchlist-add-heading = Fuatilia wakala
watchlist-add-label = Namba ya leseni au kitambulisho cha FairRecruit
watchlist-add-hint = Namba ya leseni kama ilivyo kwenye orodha, au kitambulisho kilicho mwishoni mwa anwani ya ukurasa wa wakala. Hadi mawakala { $max }.
watchlist-add-submit = Fuatilia
watchlist-added = Ameongezwa kwenye orodha yako ya ufuatiliaji.
watchlist-removed = Ameondolewa kwenye orodha yako ya ufuatiliaji.
error-watch-recruiter = Hakuna wakala kwenye orodha mwenye namba hii ya leseni au kitambulisho hiki.
error-watch-limit = Orodha yako ya ufuatiliaji imejaa. Acha kufuatilia mmoja kabla ya kuongeza mwingine.
recruiter-watch-link = Vyama vya wafanyakazi na wakaguzi: ongeza wakala huyu kwenye orodha yako ya ufuatiliaji

mail-password-reset-subject = Weka nenosiri jipya la FairRecruit
mail-password-reset-body = Mtu fulani, tunatumaini ni wewe, aliomba kuweka nenosiri jipya la akaunti yako ya FairRecruit. Kiungo kilicho hapa chini kinafanya kazi mara moja tu, kwa dakika 30. Kama si wewe, usifanye chochote: nenosiri lako litabaki kama lilivyo.
admin-mail-kind-password-reset = Kiungo cha kuweka nenosiri jipya (kwa watumishi)

mail-second-factor-reset-subject = Kuingia kwako kwa hatua mbili kwenye FairRecruit kumewekwa upya
mail-second-factor-reset-body = Msimamizi ameweka upya kuingia kwa hatua mbili kwa akaunti yako ya FairRecruit na amekutoa kwenye kila kifaa. Utakapoingia tena, weka programu yako ya uthibitishaji upya. Kama hukuomba hili, mjulishe msimamizi wako mara moja.
admin-mail-kind-second-factor-reset = Kuingia kwa hatua mbili kumewekwa upya (kwa watumishi)
admin-mail-kind-webhook-acknowledged = Webhook ya hali: imekubaliwa (kwa mshirika wa kupokea)
admin-mail-kind-webhook-question = Webhook ya hali: ujumbe kwa mfanyakazi (kwa mshirika wa kupokea)
admin-mail-kind-webhook-resolved = Webhook ya hali: imetatuliwa (kwa mshirika wa kupokea)
admin-mail-kind-webhook-closed = Webhook ya hali: imefungwa (kwa mshirika wa kupokea)
