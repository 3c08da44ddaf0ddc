# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = Toa malalamiko
complaint-new-heading = Toa malalamiko ya siri
complaint-new-intro = Tuambie kilichotokea. Tunayapeleka tu kwa mashirika unayoyachagua, katika nchi za safari yako. Ni wakala na nchi mbili tu ndivyo vinavyohitajika.
complaint-new-safety = Huhitaji kutoa jina lako, barua pepe wala namba ya simu. Hatuulizi kamwe kuhusu hali yako ya uhamiaji na kamwe hatushiriki chochote na mamlaka za uhamiaji.
complaint-section-recruiter = Nani alikuajiri
complaint-about = Kuhusu:
complaint-recruiter-hint = Mtafute wakala kwenye orodha na uchague "Toa malalamiko ya siri kuhusu wakala huyu" hapo, au andika jina la wakala au dalali hapa chini.
complaint-recruiter-find = Tafuta kwenye orodha
complaint-recruiter-link = Toa malalamiko ya siri kuhusu wakala huyu
complaint-field-sub-agent = Jina la wakala au dalali
complaint-sub-agent-hint = Mtu wa kati asiye na leseni, kwa mfano dalali wa kijijini. Andika jina kama unavyolijua.
complaint-field-sub-agent-country = Nchi anakofanyia kazi dalali huyu
complaint-choose = — chagua —
complaint-section-journey = Safari yako
complaint-field-origin = Nchi uliyotoka
complaint-field-destination = Nchi uliyoenda (au uliyokuwa unaenda)
complaint-field-stage = Uko wapi sasa?
complaint-field-sector = Aina ya kazi
complaint-field-occupation = Kazi yako
complaint-field-departure-year = Mwaka uliondoka
complaint-section-danger = Usalama wako
complaint-field-in-danger = Niko hatarini sasa
complaint-in-danger-hint = Weka alama hapa kama wewe au wengine mko hatarini kudhuriwa sasa. Malalamiko kama haya husomwa kwanza. Katika dharura, piga pia namba ya dharura ya eneo ulipo.
complaint-field-workers = Jambo hili linawahusu wafanyakazi wangapi, ukiwemo wewe?
complaint-section-issues = Nini kilitokea
complaint-issues-hint = Weka alama kwa kila kinachohusika. Unaweza usiweke alama yoyote na uandike tu.
complaint-field-description = Kwa maneno yako mwenyewe
complaint-description-hint = Nini kilitokea, lini, na nani walihusika. Usiandike chochote usichotaka mashirika yasome.
complaint-section-money = Pesa
complaint-money-hint = Kiasi kwa tarakimu, kwa mfano 1500 au 1500.50.
complaint-field-fee = Ada ulizolipa ili kupata kazi
complaint-field-currency = Sarafu
complaint-field-promised-wage = Mshahara wa kila mwezi ulioahidiwa
complaint-field-actual-wage = Mshahara uliopokea kwa mwezi wa kwanza
complaint-field-wage-currency = Sarafu ya mshahara
complaint-field-visa-type = Aina ya viza
complaint-costs-hint = Ulilipia nini? Weka alama kwa kila aina ya gharama.
complaint-field-lender = Ulikopa pesa ili kulipa? Kutoka kwa nani?
complaint-lender-none = Sikukopa
complaint-section-remedy = Unachoomba
complaint-section-consent = Nani anaweza kupokea malalamiko yako
complaint-consent-hint = Malalamiko yako yanaenda tu kwa aina za mashirika unazoziwekea alama, na tu kwa yale yanayoshughulikia nchi zako.
complaint-share-labour-inspectorate = Idara za ukaguzi wa kazi (serikali, katika nchi ya kazi)
complaint-share-origin-authority = Mamlaka za ajira ya nje (serikali, katika nchi yako ya nyumbani)
complaint-share-trade-union = Vyama vya wafanyakazi
complaint-share-legal-aid = Mashirika ya msaada wa kisheria
complaint-no-immigration = Hakuna shirika lolote kati ya haya linalotekeleza sheria za uhamiaji.
complaint-section-contact = Jinsi tunavyoweza kukufikia
complaint-account-hint = "Akaunti yangu" inaunganisha malalamiko haya na akaunti uliyoingia nayo. Chagua "Risiti yangu tu" ili ubaki bila jina: hapo hakuna kitu kinachoyaunganisha na akaunti yako.
complaint-field-contact = Njia ya mawasiliano unayochagua (simu, WhatsApp, barua pepe, au mtu)
complaint-contact-hint = Ikiwa tu ulichagua "Mawasiliano ninayochagua". Toa njia iliyo salama kwako.
complaint-field-safe-times = Nyakati salama za kuwasiliana nawe
complaint-contact-consent = Nani anaweza kuona mawasiliano haya (ni mashirika yanayopokea malalamiko pia tu):
complaint-section-behalf = Kutoa malalamiko kwa niaba ya mfanyakazi
complaint-field-behalf-consent = Mfanyakazi amekubali nitoe malalamiko haya kwa niaba yake na amekubali machaguo yaliyo hapo juu.
complaint-submit = Tuma malalamiko
complaint-contact-receipt_only = Risiti yangu tu (bila jina)
complaint-contact-account = Akaunti yangu
complaint-contact-contact = Mawasiliano ninayochagua

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Mtu alitumia vibaya hali yangu ngumu
complaint-issue-deception = Nilidanganywa
complaint-issue-restriction_of_movement = Siko huru kutoka nje au kuondoka
complaint-issue-isolation = Ninatengwa mbali na watu wengine
complaint-issue-physical_sexual_violence = Ukatili wa kimwili au wa kingono
complaint-issue-intimidation_threats = Vitisho au kutishwa
complaint-issue-retention_of_documents = Pasipoti au kitambulisho changu kinashikiliwa
complaint-issue-withholding_of_wages = Mshahara wangu unazuiliwa
complaint-issue-debt_bondage = Lazima nifanye kazi kulipa deni
complaint-issue-abusive_conditions = Hali mbaya sana ya kazi au ya kuishi
complaint-issue-excessive_overtime = Saa za kazi nyingi mno
complaint-issue-fees_charged = Nililipa ada ili kupata kazi
complaint-issue-job_deception = Kazi au mshahara si kama nilivyoahidiwa
complaint-issue-contract_substitution = Mkataba wangu ulibadilishwa kwa mwingine
complaint-issue-no_contract = Sikupewa mkataba, au mkataba ambao sikuuelewa
complaint-issue-documents_retained = Wakala alishika nyaraka zangu
complaint-issue-wages_unpaid = Mshahara haukulipwa
complaint-issue-discrimination = Ubaguzi
complaint-issue-harassment = Unyanyasaji
complaint-issue-unlicensed_recruiter = Wakala hakuwa na leseni
complaint-stage-before_departure = Bado niko nyumbani, kabla ya kuondoka
complaint-stage-in_transit = Niko safarini
complaint-stage-at_destination = Niko katika nchi ya kazi
complaint-stage-returned = Nimerudi nyumbani
complaint-remedy-refund = Nirudishiwe pesa zangu
complaint-remedy-unpaid_wages = Nilipwe mshahara wangu ambao haukulipwa
complaint-remedy-documents_returned = Nirudishiwe nyaraka zangu
complaint-remedy-repatriation = Nirudi nyumbani
complaint-remedy-change_of_employer = Nibadilishe mwajiri
complaint-remedy-other = Kitu kingine

## The receipt

receipt-title = Risiti yako
receipt-heading = Malalamiko yako yamepokelewa
receipt-intro = Hii ndiyo namba ya risiti yako:
receipt-once = Tunaionyesha sasa tu, mara moja. Hatuihifadhi na hatuwezi kuituma tena. Bila namba hii, hakuna anayeweza kupata malalamiko yako, hata wewe.
receipt-how-write = Iandike au ipige picha, na uiweke mahali salama.
receipt-how-track = Ili kuona kinachoendelea, kujibu maswali au kuondoa malalamiko, iandike hapa:
receipt-how-safe = Yeyote mwenye namba hii anaweza kusoma majibu ya malalamiko yako: usimpe mtu.
receipt-behalf = Mpe mfanyakazi namba hii, kwa njia salama.
receipt-routed = { $count ->
    [one] Yamepelekwa kwa shirika moja.
   *[other] Yamepelekwa kwa mashirika { $count }.
}
receipt-unrouted = Bado hakuna shirika linaloshughulikia nchi zako lililojiunga. Malalamiko yako yamehifadhiwa, na wasimamizi wetu wanatafuta shirika; rudi kuangalia kwa kutumia risiti yako.

## Following a complaint

track-title = Fuatilia malalamiko yako
track-heading = Fuatilia malalamiko yako
track-intro = Andika namba ya risiti ya tarakimu 16 uliyopewa ulipotoa malalamiko.
track-field-receipt = Namba ya risiti
track-submit = Onyesha malalamiko yangu
track-lost = Hatuhifadhi nakala ya risiti, kwa hiyo risiti iliyopotea haiwezi kupatikana tena. Unaweza kutoa malalamiko tena.
track-received = Yalipokelewa tarehe { $day }.
track-is-withdrawn = Uliondoa malalamiko haya.
track-no-referrals = Bado hayajafika kwa shirika lolote. Tunatafuta shirika linaloshughulikia nchi zako.
track-kind = Aina
track-status = Hali
track-opened = Yalipokelewa huko
track-outcome = Matokeo
track-question-waiting = Shirika hili linasubiri jibu lako.
track-from-you = Wewe
track-from-staff = Shirika
track-answer = Jibu lako
track-add-information = Ongeza taarifa
track-send = Tuma
track-message-sent = Ujumbe wako umetumwa.
track-withdrawn = Malalamiko yako yameondolewa. Mashirika yamejulishwa.
track-withdraw-heading = Ondoa malalamiko
track-withdraw-hint = Ukiondoa malalamiko, kila shirika litafunga malalamiko yako. Hili haliwezi kutenduliwa.
track-withdraw-confirm = Ndiyo, nataka kuondoa malalamiko yangu
track-withdraw-submit = Ondoa
track-linked-heading = Malalamiko yaliyounganishwa na akaunti yako
track-linked-hint = Ulichagua kuyaunganisha haya na akaunti yako. Ili kujibu au kuondoa, andika risiti hapo juu.

## Referral statuses, priorities, outcomes

case-status-new = Mpya
case-status-acknowledged = Kupokelewa kumethibitishwa
case-status-investigating = Inachunguzwa
case-status-awaiting_worker = Inasubiri mfanyakazi
case-status-resolved = Imetatuliwa
case-status-closed = Imefungwa
case-close-reason-out_of_jurisdiction = Nje ya mamlaka ya shirika hili
case-close-reason-unfounded = Haikuthibitishwa na ukweli uliopatikana
case-close-reason-withdrawn = Imeondolewa na mfanyakazi
case-remedy-money_recovered = Pesa zimerejeshwa
case-remedy-documents_returned = Nyaraka zimerudishwa
case-remedy-licence_action = Hatua dhidi ya leseni ya wakala
case-remedy-prosecution_referral = Imepelekwa kwa mashtaka
case-remedy-other = Suluhisho jingine
case-money-recovered = pesa zilizorejeshwa: { $amount }
case-priority-urgent = Ya dharura
case-priority-high = Juu
case-priority-normal = Kawaida
case-priority-low = Chini
case-action-acknowledge = Thibitisha kupokea
case-action-investigate = Anza uchunguzi
case-action-ask_worker = Muulize mfanyakazi (tuma ujumbe kwanza)
case-action-resume = Endelea na uchunguzi
case-action-resolve = Tatua kwa matokeo
case-action-close = Funga kwa sababu

## Staff: the queue

inspect-title = Kesi
inspect-heading = Kesi za shirika lako
inspect-filter-status = Hali
inspect-filter-priority = Kipaumbele
inspect-filter-country = Nchi (ya asili au ya kwenda)
inspect-filter-recruiter = Kitambulisho cha wakala
inspect-filter-overdue = Zilizochelewa tu
inspect-filter-submit = Chuja
inspect-status-open = Kesi zilizo wazi
inspect-status-all = Kesi zote
inspect-priority-any = Kipaumbele chochote
inspect-country-any = Nchi yoyote
inspect-escalations-heading = Kesi zilizopandishwa (viongozi)
inspect-escalations-none = Hakuna kesi zilizochelewa.
inspect-escalation-acknowledge = kupokelewa hakukuthibitishwa kwa wakati
inspect-escalation-answer = hakuna jibu kwa wakati
inspect-queue-heading = Foleni: za dharura zaidi kwanza, kisha za zamani zaidi
inspect-empty = Hakuna kesi zinazolingana.
inspect-same-recruiter = Kesi zote kuhusu wakala huyu

## Staff: one case

case-title = Kesi { $id }
case-back = Rudi kwenye kesi
case-saved = Imehifadhiwa.
case-withdrawn = Mfanyakazi aliondoa malalamiko haya.
case-on-behalf = Yametolewa na mshughulikiaji wa kesi kwa niaba ya mfanyakazi, kwa ridhaa ya mfanyakazi.
case-recruiter-profile = Ukurasa wa wakala
case-in-danger = Yuko hatarini sasa
case-overdue = Imechelewa
case-sub-agent = Dalali asiye na leseni
case-priority = Kipaumbele
case-priority-overridden = (kimewekwa na watumishi)
case-status = Hali
case-collective = Kesi ya pamoja
case-facts-heading = Malalamiko
case-fact-received = Yalipokelewa
case-fact-corridor = Njia (kutoka → kwenda)
case-fact-workers = Wafanyakazi walioathirika
case-fact-acknowledge-by = Thibitisha kupokea kabla ya
case-fact-answer-by = Jibu kabla ya
case-fact-licensing-country = Nchi iliyotoa leseni
case-fact-sector = Sekta
case-fact-occupation = Kazi
case-fact-departure-year = Mwaka wa kuondoka
case-fact-stage = Mahali mfanyakazi alipo sasa
case-fact-fee = Ada zilizolipwa kwa ajili ya kazi
case-fact-promised-wage = Mshahara wa mwezi ulioahidiwa
case-fact-actual-wage = Mshahara uliopokelewa katika mwezi wa kwanza
case-fact-issues = Nini kilitokea
case-fact-remedies = Mfanyakazi anachoomba
case-fact-description = Kwa maneno ya mfanyakazi
case-fact-contact = Mawasiliano aliyochagua mfanyakazi
case-fact-safe-times = Nyakati salama za kuwasiliana
case-fact-costs = Gharama zilizolipiwa
case-fact-loan = Mkopo wa kulipia
case-fact-visa-type = Aina ya viza
case-contact-heading = Mawasiliano
case-contact-withheld = Mfanyakazi alitoa njia ya mawasiliano lakini hakuruhusu aina ya shirika lako kuiona. Mwandikie kupitia jumbe zilizo hapa chini: anazisoma kwa kutumia risiti yake.
case-contact-none = Mfanyakazi anafuatilia malalamiko kwa risiti yake tu. Mwandikie kupitia jumbe zilizo hapa chini.
case-collective-heading = Kesi ya pamoja
case-collective-member = Sehemu ya kesi ya pamoja { $id }:
case-same-recruiter = { $count ->
    [0] Hakuna kesi nyingine iliyo wazi hapa kuhusu wakala huyu.
    [one] Kesi nyingine moja iliyo wazi hapa inamhusu wakala huyu.
   *[other] Kesi nyingine { $count } zilizo wazi hapa zinamhusu wakala huyu.
}
case-group-submit = Ziunganishe kuwa kesi moja ya pamoja
case-actions-heading = Hatua inayofuata
case-field-action = Hatua
case-field-reason = Sababu au maelezo (lazima ili kufunga)
case-field-priority-reason = Kwa nini (lazima)
case-field-close-reason = Kwa nini inafungwa
case-field-remedies = Matokeo: suluhisho zilizopatikana
case-field-amount = Pesa zilizorejeshwa (kiasi)
case-field-whole-group = Tumia kwa kila kesi ya kesi ya pamoja
case-action-submit = Rekodi hatua hii
case-messages-heading = Jumbe na maelezo
case-messages-none = Bado hakuna jumbe.
case-note = Maelezo ya ndani
case-from-worker = Kutoka kwa mfanyakazi
case-to-worker = Kwa mfanyakazi
case-field-message = Ujumbe kwa mfanyakazi
case-field-internal = Maelezo ya ndani (mfanyakazi hayaoni kamwe)
case-message-submit = Tuma
case-priority-heading = Badilisha kipaumbele
case-priority-submit = Badilisha kipaumbele
case-refer-heading = Peleka kwa shirika jingine
case-refer-hint = Hufungua kesi katika shirika jingine. Ni aina za mashirika ambazo mfanyakazi alikubali tu ndizo zinazotolewa.
case-field-organisation = Shirika
case-refer-submit = Peleka
case-timeline-heading = Mfuatano wa matukio
case-step-opened = Kesi imefunguliwa
case-step-referred-on = Imepelekwa kwa shirika jingine
case-step-priority = Kipaumbele kimebadilishwa
case-step-grouped = Imeongezwa kwenye kesi ya pamoja
case-step-escalated = Muda wa mwisho umepita: viongozi wamejulishwa

## Administrators

unrouted-title = Malalamiko ambayo bado hayajapelekwa
unrouted-heading = Malalamiko ambayo hakuna shirika lililopokea
unrouted-intro = Malalamiko haya hayalingani na nchi za shirika lolote na aina za mashirika ambazo mfanyakazi alikubali. Ongeza shirika linaloyashughulikia. Maudhui yake hayaonyeshwi hapa.
unrouted-none = Kila lalamiko limefika kwa shirika.
unrouted-recruiter = Wakala
unrouted-kinds = Aina zilizokubaliwa
unrouted-count = Malalamiko ambayo bado hayajapelekwa
unrouted-route-hint = Baada ya kuongeza shirika linaloyashughulikia, peleka tena malalamiko yanayosubiri.
unrouted-route-submit = Peleka tena malalamiko yanayosubiri
unrouted-routed = { $count ->
    [one] Lalamiko moja limefika kwa shirika.
   *[other] Malalamiko { $count } yamefika kwa shirika.
}

## Errors

error-complaint-recruiter-required = Chagua wakala kwenye orodha, au andika jina la wakala au dalali.
error-complaint-recruiter-both = Toa ama wakala kutoka kwenye orodha ama jina la dalali, si vyote viwili.
error-complaint-recruiter-unknown = Hatukuweza kumpata wakala huyo kwenye orodha.
error-complaint-country-required = Chagua nchi.
error-complaint-corridor-same = Nchi hizo mbili lazima ziwe tofauti.
error-complaint-year = Andika mwaka kama 2024.
error-complaint-workers = Andika idadi ya wafanyakazi kuanzia 1 hadi 100,000.
error-complaint-lender = Chagua nani alikukopesha pesa, au acha riba tupu.
error-complaint-consent-required = Chagua angalau aina moja ya shirika linaloweza kupokea malalamiko yako.
error-complaint-contact-consent = Mawasiliano yako yanaweza kwenda tu kwa mashirika yanayopokea malalamiko pia.
error-complaint-contact-consent-required = Chagua nani anaweza kuona mawasiliano yako.
error-complaint-contact-required = Andika njia ya mawasiliano unayotaka tukufikie kwayo, au chagua "Risiti yangu tu".
error-complaint-account-needed = Ingia ili kuunganisha malalamiko na akaunti yako, au chagua "Risiti yangu tu".
error-complaint-behalf-consent = Thibitisha kwamba mfanyakazi amekubali utoe malalamiko kwa niaba yake.
error-track-receipt-format = Risiti ina tarakimu 16, kwa mfano 1234-5678-9012-3456.
error-track-receipt-unknown = Hakuna malalamiko yenye risiti hii. Angalia tarakimu kisha ujaribu tena.
error-track-referral = Hili si mojawapo ya mashirika ya malalamiko yako.
error-track-referral-closed = Shirika hili limefunga malalamiko yako; haliwezi kupokea jumbe.
error-track-withdraw-confirm = Weka alama kwenye kisanduku kuthibitisha kwamba unataka kuondoa malalamiko.
error-case-transition = Hatua hii haiwezekani kutoka hali ya sasa ya kesi.
error-case-action-unknown = Chagua hatua kutoka kwenye orodha.
error-case-close-reason = Chagua kwa nini kesi inafungwa.
error-case-reason-required = Andika sababu.
error-case-outcome-required = Chagua angalau suluhisho moja lililopatikana.
error-case-money-required = Taja kiasi na sarafu ya pesa zilizorejeshwa.
error-case-money-unexpected = Kiasi kinaendana na "Pesa zimerejeshwa" tu.
error-case-message-required = Andika ujumbe.
error-case-priority = Chagua kipaumbele kutoka kwenye orodha.
error-case-refer-self = Kesi tayari iko katika shirika hili.
error-case-refer-consent = Mfanyakazi hakukubali kushiriki malalamiko na aina hii ya shirika.
error-case-refer-coverage = Shirika hili halifanyi kazi katika nchi za malalamiko haya.
error-case-refer-exists = Shirika hili tayari lina malalamiko haya.
error-case-group-alone = Hakuna kesi nyingine iliyo wazi hapa kuhusu wakala huyu.
error-case-filter = Kichujio kina thamani ambayo hatuijui.

## Evidence (photos, documents, voice notes)
evidence-heading = Picha, nyaraka na jumbe za sauti
evidence-hint = Ongeza picha ya mkataba, risiti ya ada, hati ya malipo ya mshahara au ujumbe wa wakala, PDF, au ujumbe wa sauti. Taarifa za mahali na maelezo ya simu huondolewa kwenye picha.
evidence-field-files = Faili
evidence-files-hint = Picha (JPEG, PNG, WebP), PDF, au jumbe za sauti (MP3, Ogg, M4A, AMR); kadhaa kwa wakati mmoja.
evidence-field-share = Nani anaweza kuona faili hizi
evidence-submit = Tuma faili
evidence-sent = Faili zako zimeongezwa kwenye malalamiko.
evidence-location-removed = Taarifa za mahali na maelezo ya simu yameondolewa kwenye picha zako.
evidence-choose-again = Hakuna kilichotumwa. Chagua faili tena: kivinjari hakizihifadhi.
evidence-kind-photo = Picha
evidence-kind-document = Hati
evidence-kind-voice = Ujumbe wa sauti
evidence-size-kb = { $count } KB
error-evidence-type = Aina hii ya faili haikubaliwi. Tuma picha (JPEG, PNG, WebP), nyaraka za PDF au jumbe za sauti (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Faili moja haikuweza kusomwa: huenda imeharibika, imekatika au imefungwa kwa nenosiri.
error-evidence-pixels = Picha moja ni kubwa mno. Tuma nakala ndogo zaidi.
error-evidence-too-large = Faili moja ni kubwa kuliko inavyoruhusiwa. Tuma nakala ndogo zaidi.
error-evidence-too-many = Faili nyingi mno kwa wakati mmoja. Zitume kwa awamu kadhaa.
error-evidence-none = Chagua angalau faili moja.
error-evidence-share = Chagua nani anaweza kuona faili, kati ya mashirika ambayo malalamiko yako yalipelekwa.
error-evidence-complaint-full = Malalamiko haya yamefikia idadi ya juu ya faili. Tuma zile muhimu zaidi tu.
error-evidence-truncated = Upakiaji ulikatika. Jaribu tena.
evidence-from-staff = imetumwa kwako na shirika
evidence-sent-by-you = imetumwa na shirika lako
evidence-staff-field = Mtumie mfanyakazi faili
evidence-staff-hint = Fomu, uamuzi au barua. Mfanyakazi huzifungua kwa risiti yake; hakuna shirika jingine linaloziona. Taarifa za mahali huondolewa kwenye picha.
evidence-staff-submit = Mtumie mfanyakazi
error-webhook-url-malformed = Andika anwani kamili ya wavuti (https://…) isiyozidi herufi 2,000, bila jina la mtumiaji wala nenosiri.
error-webhook-url-not-https = Anwani lazima ianze na https://.
error-webhook-url-private = Anwani hii inaelekeza kwenye mtandao binafsi, wa ndani au uliohifadhiwa. Tumia anwani ya intaneti ya umma.
error-webhook-url-unresolved = Jina la seva la anwani hii halikupatikana. Angalia tahajia.
