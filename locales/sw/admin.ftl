# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Usimamizi
admin-heading = Usimamizi
admin-nav-label = Usimamizi
admin-nav-overview = Muhtasari
admin-nav-organisations = Mashirika
admin-nav-staff = Watumishi
admin-nav-recruiters = Orodha ya mawakala
admin-nav-audit = Daftari la matukio
admin-count-organisations = Mashirika
admin-count-staff = Akaunti za watumishi
admin-count-workers = Akaunti za wafanyakazi
admin-recruiters-link = Ongeza au sahihisha mawakala kwenye orodha
admin-recent-events = Matukio ya karibuni ya usalama
admin-audit-link = Tazama daftari zima la matukio
admin-save = Hifadhi mabadiliko
admin-saved = Mabadiliko yako yamehifadhiwa.
admin-disabled = Imezimwa
admin-enabled = Hai
admin-standing = Hali

## Audit log
admin-audit-title = Daftari la matukio
admin-audit-heading = Daftari la matukio
admin-audit-intro = Matukio 200 ya karibuni ya usalama, mapya kwanza. Saa ziko katika UTC.
admin-audit-none = Bado hakuna tukio lililorekodiwa.
admin-audit-time = Saa (UTC)
admin-audit-event = Tukio
admin-audit-people = Nani
admin-audit-detail = Maelezo
admin-audit-actor = Na:
admin-audit-subject = Akaunti:
admin-outcome-success = Imefaulu
admin-outcome-failure = Imeshindikana
admin-outcome-refused = Imekataliwa
admin-event-sign-in = Kuingia
admin-event-sign-out = Kutoka
admin-event-sign-out-everywhere = Ametoka kwenye kila kifaa
admin-event-password-changed = Nenosiri limebadilishwa
admin-event-account-created = Akaunti imefunguliwa
admin-event-role-changed = Jukumu limebadilishwa
admin-event-organisation-changed = Akaunti imehamishiwa shirika jingine
admin-event-account-disabled = Akaunti imezimwa
admin-event-account-enabled = Akaunti imewashwa tena
admin-event-organisation-created = Shirika limeongezwa
admin-event-organisation-updated = Taarifa za shirika zimebadilishwa
admin-event-recruiter-created = Wakala ameongezwa
admin-event-recruiter-updated = Wakala amebadilishwa

## Organisations
admin-organisations-title = Mashirika
admin-organisations-heading = Mashirika
admin-organisations-none = Bado hakuna shirika lililoongezwa.
admin-organisation-create-heading = Ongeza shirika
admin-organisation-create-submit = Ongeza shirika
admin-organisation-edit-heading = Badilisha shirika hili
admin-field-organisation-name = Jina
admin-field-kind = Aina ya shirika
admin-field-countries = Nchi zinazoshughulikiwa
admin-countries-hint = Misimbo ya nchi ya herufi mbili, ikitenganishwa kwa koma au nafasi, mfano QA, AE.
admin-field-sectors = Sekta
admin-sectors-hint = Usiweke alama yoyote kama shirika linashughulikia kila sekta.
admin-sectors-all = Sekta zote
admin-field-acknowledge-days = Siku za kuthibitisha kupokea malalamiko
admin-acknowledge-days-hint = Kuanzia siku 1 hadi 365. Kwa kawaida 7.
admin-field-answer-days = Siku za kujibu malalamiko
admin-answer-days-hint = Kuanzia siku 1 hadi 730, na si chini ya siku za kuthibitisha kupokea. Kwa kawaida 90.
admin-deadlines = Muda wa mwisho
admin-deadline-acknowledge = { $days ->
    [one] Thibitisha kupokea ndani ya siku moja
   *[other] Thibitisha kupokea ndani ya siku { $days }
}
admin-deadline-answer = { $days ->
    [one] Jibu ndani ya siku moja
   *[other] Jibu ndani ya siku { $days }
}
admin-members-heading = Watumishi wa shirika hili
admin-members-none = Bado hakuna mtu anayefanya kazi kwa shirika hili kwenye FairRecruit.

## Staff
admin-staff-title = Watumishi
admin-staff-heading = Akaunti za watumishi
admin-staff-none = Bado hakuna akaunti za watumishi.
admin-staff-create-heading = Ongeza akaunti ya mtumishi
admin-staff-create-submit = Ongeza akaunti
admin-staff-password-hint = Angalau herufi 8, lisiwe nenosiri la kawaida. Mpe mtu huyo kwa njia salama; anaweza kulibadilisha kwenye ukurasa wa akaunti yake.
admin-organisation-none = Hakuna shirika
admin-organisation-hint = Wakaguzi ni wa idara ya ukaguzi wa kazi au mamlaka ya nchi ya asili, maafisa wa vyama ni wa chama cha wafanyakazi, washughulikiaji wa kesi ni wa shirika la msaada wa kisheria. Wahakiki wa maoni na wasimamizi si wa shirika lolote.
admin-field-lead = Kiongozi wa shirika (hujulishwa kuhusu kesi zilizopandishwa na kesi zilizochelewa)
admin-field-disabled = Akaunti imezimwa (mtu huyo hawezi kuingia)
admin-staff-edit-heading = Badilisha akaunti hii
admin-staff-edit-hint = Kuhifadhi badiliko humtoa mtu huyo kwenye kila kifaa mara moja.
admin-staff-self-hint = Hii ni akaunti yako mwenyewe: huwezi kuondoa jukumu lako la msimamizi wala kuizima.

## Recruiter directory
admin-recruiters-title = Orodha ya mawakala
admin-recruiters-heading = Orodha ya mawakala
admin-recruiter-create-heading = Ongeza wakala mwenye leseni
admin-recruiter-create-submit = Ongeza wakala
admin-recruiter-edit-heading = Sahihisha wakala huyu
admin-recruiter-edit-hint = Mabadiliko ya hali ya leseni huongezwa kwenye historia ya leseni ya wakala inayoonekana kwa umma, kwa tarehe ya leo.
admin-recruiter-public-link = Tazama ukurasa wa umma
admin-field-recruiter-name = Jina la wakala
admin-field-licensing-country = Nchi iliyotoa leseni
admin-licensing-country-hint = Msimbo wa nchi wa herufi mbili, mfano NP kwa Nepal.

## Errors
admin-error-role = Chagua jukumu kutoka kwenye orodha.
admin-error-own-role = Huwezi kuondoa jukumu lako mwenyewe la msimamizi. Muombe msimamizi mwingine.
admin-error-own-disable = Huwezi kuzima akaunti yako mwenyewe. Muombe msimamizi mwingine.
admin-error-country-code = Tumia misimbo ya nchi ya herufi mbili kama NP, QA au AE, ikitenganishwa kwa koma.
admin-error-destinations-too-many = Taja nchi za kwenda zisizozidi 60.
admin-error-name-required = Taja jina la wakala.
admin-error-licence-required = Taja namba ya leseni.
admin-error-licence-taken = Wakala mwingine tayari ana namba hii ya leseni katika nchi hii.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Jukumu
admin-detail-organisation = Shirika
admin-detail-kind = Aina
admin-detail-countries = Nchi
admin-detail-sectors = Sekta
admin-detail-days = Muda wa mwisho (siku)
admin-detail-recruiter = Wakala
admin-detail-status = Hali ya leseni
admin-detail-reason = Sababu
admin-detail-reason-throttled = majaribio mengi mno
admin-detail-reason-disabled = akaunti imezimwa

## Setting a staff member's password
admin-password-heading = Weka nenosiri jipya
admin-password-hint = Kwa mtumishi aliyepoteza nenosiri lake. Vipindi vyake vya kuingia vinakoma mara moja. Mpe nenosiri jipya kwa njia salama; anaweza kulibadilisha kwenye ukurasa wa akaunti yake.
admin-password-submit = Weka nenosiri
admin-error-own-password = Badilisha nenosiri lako mwenyewe kwenye ukurasa wa akaunti yako.
admin-event-password-reset = Nenosiri limewekwa na msimamizi
admin-warning-look-alike = Jina hili linafanana na jina la wakala aliye kwenye orodha. Halikuhifadhiwa.
admin-look-alike-list = Hakikisha si mmoja wa mawakala hawa:
admin-look-alike-confirm = Huyu ni wakala tofauti: hifadhi hata hivyo

## Two-step sign-in
admin-second-factor-on = kumewekwa
admin-second-factor-off = bado hakujawekwa (kutaombwa wakati wa kuingia ujao)
admin-second-factor-heading = Weka upya kuingia kwa hatua mbili
admin-second-factor-hint = Kwa mtu aliyepoteza simu yake pamoja na misimbo yake ya kurejesha. Vipindi vyake vya kuingia vinakoma; atakapoingia tena ataweka programu mpya. Atajulishwa kwa barua pepe.
admin-second-factor-submit = Weka upya kuingia kwa hatua mbili
admin-event-second-factor-enrolled = Kuingia kwa hatua mbili kumewekwa
admin-event-second-factor-replaced = Kuingia kwa hatua mbili kumehamishiwa programu mpya
admin-event-second-factor-removed = Kuingia kwa hatua mbili kumezimwa
admin-event-second-factor-reset = Kuingia kwa hatua mbili kumewekwa upya na msimamizi
admin-detail-reason-second-factor = msimbo usio sahihi au uliotumika tena
admin-detail-reason-no-second-factor = kuingia kwa hatua mbili hakujawekwa
admin-detail-reason-recovery-code = kwa msimbo wa kurejesha

## API keys of intake partners (issue 18)
admin-partner-keys-link = Funguo za API
admin-partner-keys-title = Funguo za API za { $name }
admin-partner-keys-intro = Ufunguo huruhusu boti ya gumzo au mfumo wa simu ya msaada wa mshirika huyu kutoa malalamiko na maoni kwa niaba ya wafanyakazi, kwa ridhaa waliyotoa, na kufuatilia kile ulichowasilisha. Hakuna kingine. Ufunguo huonyeshwa mara moja tu unapotengenezwa; huhifadhiwa hashi (hash) yake tu.
admin-partner-keys-none = Mshirika huyu bado hana ufunguo wowote.
admin-partner-keys-col-name = Jina
admin-partner-keys-col-made = Ulitengenezwa
admin-partner-keys-col-expires = Unaisha
admin-partner-keys-col-used = Ulitumika mwisho
admin-partner-keys-col-state = Hali
admin-partner-keys-never = haujawahi
admin-partner-keys-active = hai
admin-partner-keys-revoked = umebatilishwa
admin-partner-keys-expired = umeisha muda
admin-partner-keys-revoke = Batilisha
admin-partner-keys-create-heading = Tengeneza ufunguo
admin-partner-keys-name = Jina la ufunguo
admin-partner-keys-name-hint = Taja mahali unapotumika, kwa mfano "Boti ya WhatsApp" au "Simu ya msaada, Kathmandu".
admin-partner-keys-days = Muda wa kutumika (siku, 1 hadi 365)
admin-partner-keys-create = Tengeneza ufunguo huu
admin-partner-keys-shown-once = Ufunguo mpya unaonyeshwa sasa tu. Unakili kwenye mfumo wa mshirika: hakuna mtu atakayeweza kuuona tena. Ukipotea, ubatilishe na utengeneze mwingine.
admin-partner-keys-revoked-done = Ufunguo umebatilishwa: kuanzia sasa kila ombi linalotumwa nao linakataliwa.
error-partner-key-name = Upe ufunguo jina la herufi 1 hadi 100.
error-partner-key-days = Ufunguo hutumika kwa siku 1 hadi 365.
error-partner-key-not-partner = Funguo za API ni kwa mashirika ya aina ya mshirika wa kupokea malalamiko tu.
