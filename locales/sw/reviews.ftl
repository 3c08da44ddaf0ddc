# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Toa maoni kuhusu wakala
review-heading = Waambie wafanyakazi wengine kuhusu wakala huyu
review-intro = Tunahitaji tu safari yako, mwaka na alama yako ya jumla. Kila sehemu nyingine unaweza kuiruka. Jina lako haliulizwi kamwe na halionyeshwi kamwe.
review-anonymous-note = Hujaingia: maoni yako yanatumwa bila akaunti yoyote, na hatuhifadhi anwani yako ya mtandao pamoja nayo.
review-signed-in-note = Umeingia: unaweza kuyapata maoni haya kwenye ukurasa wa akaunti yako na kuyabadilisha baadaye. Watu wengine hawaoni kamwe nani aliyeyaandika.
review-errors-below = Baadhi ya majibu yanahitaji kusahihishwa. Maelezo yako kando yake; kila ulichoandika bado kipo hapa.
review-honeypot = Acha sehemu hii tupu
review-choose = Chagua…
review-skip = Sipendi kusema
review-yes = Ndiyo
review-no = Hapana
review-section-journey = Safari yako
review-field-origin = Nchi uliyotoka
review-field-destination = Nchi ulikoenda kufanya kazi
review-field-year = Mwaka uliondoka
review-field-sub-agent = Jina la dalali (wakala mdogo) uliyeshughulika naye, kama yupo
review-sub-agent-hint = Wafanyakazi wengi hushughulika na dalali wa eneo lao anayefanya kazi kwa ajili ya wakala. Ukimtaja, maoni yako yanahesabiwa kwa dalali huyo, na anaonyeshwa kuwa hana leseni.
review-field-sector = Aina ya kazi
review-field-occupation = Kazi yako
review-field-visa = Aina ya viza
review-rating-scale = 1 = mbaya sana, 5 = nzuri sana.
review-section-costs = Ulicholipa
review-costs-intro = Kwa mujibu wa Kanuni ya ILO ya Mwajiri Hulipa, wafanyakazi hawapaswi kulipa ada wala gharama yoyote ya kuajiriwa kwao. Tuambie ulicholipa hata hivyo, kwa kila aina ya gharama.
review-field-currency = Sarafu ya kiasi chote
review-currency-hint = Tumia sarafu moja kwa kila kiasi kwenye ukurasa huu, pamoja na mshahara wako, ili tuweze kulinganisha ulicholipa na ulichopata.
review-paid-yes = Nililipia gharama hii
review-paid-no = Sikulipa
review-field-amount = Kiasi
review-field-paid-to = Ulimlipa nani
review-field-receipt = Ulipewa risiti?
review-section-loan = Mikopo
review-field-took-loan = Ulikopa pesa ili kulipa?
review-field-lender = Nani alikukopesha
loan-interest-monthly = Riba kwa mwezi (%)
review-section-wages = Mshahara wako
review-wages-hint = Kiasi cha kila mwezi, kwa sarafu ileile ya gharama.
review-field-promised-wage = Mshahara wa kila mwezi ulioahidiwa
review-field-first-wage = Ulichopokea kwa mwezi wako wa kwanza kamili
review-first-wage-hint = Baada ya kodi na makato yoyote. Andika 0 kama hukulipwa.
review-section-checks = Mkataba wako na kazi yako
review-section-ratings = Alama zaidi
review-field-use-again = Je, ungemtumia wakala huyu tena?
review-section-text = Habari yako
review-text-hint = Usiandike majina, namba za simu, namba za pasipoti wala anwani: mhakiki huviondoa kabla mtu mwingine yeyote hajasoma maoni yako.
review-field-text = Nini kilitokea
review-field-text-language = Lugha ya maandishi yako
review-language-other = Lugha nyingine
review-moderation-note = Mhakiki husoma kila maoni kabla hayajachapishwa.
review-submit = Tuma maoni yangu
review-write-link = Toa maoni kuhusu wakala huyu

review-sent-title = Maoni yamepokelewa
review-sent-heading = Asante kwa maoni yako
review-sent-moderation = Maoni yako yamepokelewa. Mhakiki atayasoma kabla hayajachapishwa.
review-sent-account = Unaweza kufuatilia hali yake kwenye ukurasa wa akaunti yako:
review-abuse-heading = Unachoeleza kinaweza kuwa kinyume cha sheria
review-abuse-text = Kuwatoza wafanyakazi ada za uajiri, kushika pasipoti au vitambulisho vyao, kubadilisha mkataba baada ya kufika na kutolipa mshahara ulioahidiwa ni marufuku kwa viwango vya kimataifa na kwa sheria za nchi nyingi. Unaweza kutoa malalamiko ya siri kwa shirika linaloweza kuchukua hatua; huhitaji kutoa jina lako.
review-abuse-rights-link = Jua haki zako
review-back-to-recruiter = Rudi kwa wakala

error-review-year = Andika mwaka uliondoka, kuanzia 1970 hadi mwaka huu.
error-review-rating = Chagua alama kuanzia 1 hadi 5.
error-review-rating-required = Chagua alama yako ya jumla kuanzia 1 hadi 5.
error-review-text-long = Maandishi haya ni marefu mno. Yafupishe yasizidi herufi 5,000.
error-review-sub-agent = Andika jina la dalali kwa herufi, au acha sehemu hii tupu.
error-review-language = Chagua lugha kutoka kwenye orodha.
error-review-page = Namba ya ukurasa lazima iwe namba kamili kuanzia 1 hadi 1000.
error-review-json = Ombi si JSON sahihi ya maoni, au lina sehemu ambayo hatuijui.
error-review-cost-repeated = Kila aina ya gharama inaweza kuonekana mara moja tu.

cost-fee = Ada ya uajiri
cost-fee-hint = Malipo ya kukutafutia au kukupangia kazi, kwa yeyote aliyeyachukua.
cost-medical = Matibabu
cost-medical-hint = Uchunguzi wa afya, vipimo, chanjo.
cost-insurance = Bima
cost-insurance-hint = Bima ya maisha, afya au usalama; mifuko ya ustawi wa wahamiaji.
cost-skills = Majaribio ya ujuzi na lugha
cost-skills-hint = Majaribio ya fani, majaribio ya lugha, vyeti.
cost-training = Mafunzo na maelekezo
cost-training-hint = Mafunzo kabla ya kuondoka au baada ya kufika.
cost-equipment = Vifaa
cost-equipment-hint = Zana, sare, vifaa vya usalama.
cost-travel = Usafiri na malazi
cost-travel-hint = Tiketi na malazi kwa ajili ya mahojiano, mafunzo, miadi ya viza, safari na kurudi.
cost-administrative = Nyaraka na vibali
cost-administrative-hint = Pasipoti, viza, uchunguzi wa historia, kibali cha kutoka nchini, akaunti ya benki, vibali vya kazi na ukaazi.
cost-illegitimate = Hongo, amana na dhamana
cost-illegitimate-hint = Malipo ambayo ni haramu kwa hali yoyote: hongo, malipo ya siri ya kurudishiwa, amana, dhamana, unyang'anyi.

paid-to-recruiter = Wakala
paid-to-sub_agent = Dalali (wakala mdogo)
paid-to-employer = Mwajiri
paid-to-other = Mtu mwingine

lender-recruiter = Wakala
lender-moneylender = Mkopeshaji binafsi wa pesa
lender-bank = Benki
lender-cooperative = Chama cha ushirika au kikundi cha mikopo midogo
lender-family = Familia au marafiki
lender-employer = Mwajiri
lender-other = Mtu mwingine

visa-work = Viza ya kazi
visa-domestic_work = Viza ya mfanyakazi wa nyumbani
visa-seasonal = Viza ya kazi ya msimu
visa-visit = Viza ya kutembelea au ya utalii
visa-student = Viza ya mwanafunzi
visa-other = Viza nyingine

check-contract_before_departure = Ulipewa mkataba wa maandishi kabla ya kuondoka?
check-contract_understood = Mkataba ulikuwa kwa lugha unayoielewa?
check-contract_substituted = Ulilazimishwa kusaini mkataba tofauti baada ya kufika?
check-documents_kept = Kuna mtu aliyeshika pasipoti yako au kitambulisho chako?
check-job_as_promised = Kazi ilikuwa kama ulivyoahidiwa?
check-wage_as_promised = Mshahara ulikuwa kama ulivyoahidiwa?
check-free_to_change_employer = Ulikuwa huru kubadilisha mwajiri?
check-info_accurate = Taarifa ulizopewa kabla ya kuondoka zilikuwa sahihi?

rating-fees_honesty = Uaminifu kuhusu ada
rating-job_truth = Ukweli kuhusu kazi
rating-contract_documents = Mkataba na nyaraka
rating-support_after_arrival = Msaada baada ya kufika
rating-overall = Alama ya jumla

review-status-pending = Yanasubiri mhakiki
review-status-approved = Yamechapishwa
review-status-rejected = Hayakuchapishwa

reject-reason-not_a_review = Si maoni kuhusu wakala huyu
reject-reason-spam = Matangazo au barua taka
reject-reason-abusive = Lugha ya matusi au vitisho
reject-reason-personal_data = Taarifa binafsi nyingi mno kuchapisha
reject-reason-duplicate = Nakala ya maoni mengine
reject-reason-wrong_recruiter = Yanahusu wakala mwingine
reject-reason-other = Sababu nyingine

score-heading = Kadi ya alama
score-no-reviews = Bado hakuna maoni yaliyochapishwa.
score-rating-out-of-five = { $rating } kati ya 5
score-review-count = { $count ->
    [one] kutoka maoni { $count }
   *[other] kutoka maoni { $count }
}
score-rating-explained = Alama inaelekea wastani wa mawakala wote mpaka wafanyakazi wa kutosha watoe maoni kuhusu wakala huyu, ili maoni machache yasiweze kumfanya aonekane mzuri sana au mbaya sana.
score-rating-mean = Wastani wa alama ya jumla
score-share-charged = Wafanyakazi waliotozwa ada au gharama
score-share-documents = Wafanyakazi ambao pasipoti au kitambulisho chao kilishikwa
score-share-substituted = Wafanyakazi ambao mkataba wao ulibadilishwa
score-share-job-not = Wafanyakazi ambao kazi yao haikuwa kama walivyoahidiwa
score-share-again = Wafanyakazi ambao wangemtumia tena
score-median-cost = Jumla ya malipo, thamani ya kati ({ $currency })
score-median-ratio = Gharama ikilinganishwa na mshahara wa mwezi wa kwanza (thamani ya kati)
score-months-of-wages = mishahara ya miezi { $months }
score-withheld = Bado hakuna maoni ya kutosha
score-k-explained = Takwimu inaonekana pale angalau wafanyakazi 5 wamejibu, ili mtu yeyote asiweze kutambuliwa.

review-language-filter = Onyesha maoni yaliyoandikwa kwa
review-language-any = Lugha yoyote
review-language-filter-submit = Onyesha
review-list-empty = Bado hakuna maoni yaliyochapishwa.
review-rating-line = Alama { $rating } kati ya 5
review-departed = aliondoka mwaka { $year }
review-would-use-again = Angemtumia wakala huyu tena.
review-would-not-use-again = Asingemtumia wakala huyu tena.

pii-phone = Namba ya simu
pii-email = Anwani ya barua pepe
pii-passport = Namba ya pasipoti au kitambulisho
pii-url = Anwani ya tovuti

moderate-title = Uhakiki
moderate-heading = Maoni yanayosubiri uhakiki
moderate-pending-count = { $count ->
    [one] Maoni { $count } yanasubiri, ya zamani zaidi kwanza.
   *[other] Maoni { $count } yanasubiri, ya zamani zaidi kwanza.
}
moderate-empty = Hakuna maoni yanayosubiri.
moderate-approved = Maoni yamechapishwa.
moderate-rejected = Maoni yamekataliwa.
moderate-gone = Mhakiki mwingine tayari ameamua kuhusu maoni hayo.
moderate-review-title = Hakiki maoni
moderate-review-heading = Maoni yanayosubiri uhakiki
moderate-back = Rudi kwenye foleni
moderate-status = Hali:
moderate-corridor = Safari
moderate-sub-agent-note = Maoni haya yanamtaja dalali; yakishachapishwa yanahesabiwa kwa:
moderate-no-text = Mfanyakazi hakuandika maandishi yoyote.
moderate-collected-paper = Imekusanywa kwenye karatasi na { $who }
moderate-collected-partner = Imetumwa na shirika mshirika { $who }
moderate-collected-phone = Imekusanywa kwa simu na { $who }
moderate-collected-batch = Kundi la uingizaji { $batch }
moderate-redact-found = Taarifa binafsi zimepatikana: vilivyowekewa alama vitabadilishwa kuwa […] utakapochapisha
moderate-redact-text = Ondoa pia maandishi haya hasa
moderate-redact-text-hint = Kila mahali yanapoonekana yanabadilishwa kuwa […]. Acha tupu kama hakuna kingine cha kuondoa.
moderate-approve = Chapisha
moderate-reason = Sababu ya kukataa
moderate-reject = Kataa
moderate-error-span = Taarifa binafsi hiyo haimo tena kwenye maandishi. Pakia ukurasa upya.
moderate-error-redact-text = Maandishi ya kuondoa ni marefu mno au yana herufi za udhibiti.
moderate-error-redact-missing = Maandishi ya kuondoa hayamo kwenye maoni.
moderate-error-reason = Chagua sababu ya kukataa.

account-reviews-heading = Maoni yako
account-reviews-none = Bado hujatoa maoni kuhusu wakala yeyote.
account-review-edit = Badilisha
account-review-year = uliondoka mwaka { $year }
review-abuse-complaint-link = Toa malalamiko ya siri
review-abuse-complaint-hint = Fomu ya malalamiko inafunguka ikiwa na ulichoandika katika maoni haya. Unakiangalia, unaongeza kilichotokea, na unachagua nani anaweza kuyaona. Huhitaji kutoa jina lako.
moderate-changed = Mwandishi wa maoni haya aliyabadilisha baada ya wewe kuyafungua. Yasome tena hapa chini, kisha uamue.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Jinsia
review-gender-hint = Si lazima. Haionyeshwi kamwe pamoja na maoni yako: inahesabiwa tu katika ripoti kuhusu vikundi vya angalau wafanyakazi 5.
gender-woman = Mwanamke
gender-man = Mwanamume
gender-another = Jinsia nyingine
moderate-names-title = Majina yanayosubiri kuingizwa kwenye orodha
moderate-names-hint = Wafanyakazi waliwataja madalali hawa katika malalamiko au maoni. Jina utakaloidhinisha litaingia kwenye orodha ya umma katika uchapishaji wa kila wiki unaofuata. Kataa matusi, majina ya watu binafsi na chochote kisicho wakala wa ajira.
moderate-names-empty = Hakuna jina linalosubiri.
moderate-names-looks-like = Linafanana na wakala aliye kwenye orodha:
moderate-names-approve = Idhinisha
moderate-names-refuse = Kataa
moderate-names-approved = Limeidhinishwa: jina litaingia kwenye orodha katika uchapishaji wa kila wiki unaofuata.
moderate-names-refused = Limekataliwa: jina halitaingia kwenye orodha.
moderate-names-gone = Mhakiki mwingine tayari ameamua kuhusu jina hilo.
moderate-names-more = Majina zaidi yanasubiri: amua kuhusu haya ili uone yanayofuata.
