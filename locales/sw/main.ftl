# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Kiswahili
site-name = FairRecruit

## Page frame
nav-label = Menyu kuu
nav-skip-to-content = Nenda moja kwa moja kwenye maudhui
nav-recruiters = Mawakala wa ajira
nav-rights = Haki zako
language-switcher-label = Lugha
footer-free = FairRecruit ni bure kwa wafanyakazi. Huhitaji kamwe kutoa jina lako.
footer-privacy = Hatuhifadhi anwani yako ya IP pamoja na chochote unachotuma.

## Home
home-title = Mchunguze wakala kabla ya kulipa
home-heading = Mchunguze wakala wa ajira kabla ya kumlipa mtu yeyote
home-lead = Tafuta wakala wa ajira: je, leseni yake ni halali, hupeleka wafanyakazi nchi gani, na wengine waliomtumia walipata nini.
home-directory-size = { $count ->
    [0] Bado hakuna wakala kwenye orodha.
    [one] Wakala mmoja yuko kwenye orodha.
   *[other] Mawakala { $count } wako kwenye orodha.
}
home-what-heading = FairRecruit ni ya nini
home-what-lookup = Tafuta kwenye orodha za leseni za mawakala wa ajira kwa jina au namba ya leseni.
home-what-review = Waambie wafanyakazi wengine ulicholipa na jinsi ulivyotendewa.
home-what-complain = Toa malalamiko, bila jina lako ukipenda, na uyafuatilie kwa risiti.
home-free = Kutumia FairRecruit ni bure. Kwa mujibu wa viwango vya kimataifa, mwajiri, si wewe, ndiye anayepaswa kulipia gharama za kuajiriwa kwako.
home-rights-link = Jua haki zako: nani anapaswa kulipia uajiri

## Search
search-label = Jina la wakala au namba ya leseni
search-placeholder = mfano: Himalaya au 1234/071
search-button = Tafuta
filters-heading = Vichujio
filter-licensing-country = Nchi iliyotoa leseni
filter-destination = Hupeleka wafanyakazi
filter-status = Hali ya leseni
filter-any-country = Nchi yoyote
filter-any-status = Hali yoyote
results-title = Mawakala wa ajira
results-heading = Tafuta wakala wa ajira
results-none = Hakuna wakala anayelingana na ulichotafuta. Angalia tahajia, jaribu sehemu ya jina, au ondoa kichujio.
results-empty-directory = Andika jina au namba ya leseni, au chagua nchi, ili kuona mawakala.
pager-label = Kurasa
pager-previous = Ukurasa uliopita
pager-next = Ukurasa unaofuata
pager-page = Ukurasa { $page }

## Licence statuses
licence-status-active = Leseni hai
licence-status-suspended = Leseni imesimamishwa
licence-status-revoked = Leseni imefutwa
licence-status-expired = Leseni imeisha muda

## Recruiter profile
recruiter-licence-status = Hali ya leseni
recruiter-licence-number = Namba ya leseni
recruiter-licensing-country = Leseni imetolewa na
recruiter-address = Anwani
recruiter-destinations = Hupeleka wafanyakazi
recruiter-destinations-none = Haijulikani
recruiter-sub-agent = Dalali (wakala mdogo), hana leseni
recruiter-sub-agent-explained = Wafanyakazi walimtaja mtu huyu au ofisi hii kama mtu wa kati. Hayumo kwenye orodha yoyote ya leseni.
recruiter-not-active-warning = Leseni hii si hai. Wakala asiye na leseni hai haruhusiwi kuajiri wafanyakazi. Usimlipe.
recruiter-history-heading = Historia ya leseni
recruiter-history-date = Tarehe
recruiter-history-none = Hakuna mabadiliko ya leseni yaliyorekodiwa.
recruiter-reviews-heading = Wafanyakazi wanasema nini

## Know your rights
rights-title = Haki zako
rights-heading = Haki zako unapoajiriwa kwa kazi ya nje ya nchi
rights-epp-heading = Mwajiri ndiye hulipa, si wewe
rights-epp-body = Kwa mujibu wa Kanuni ya Mwajiri Hulipa (Employer Pays Principle), hakuna mfanyakazi anayepaswa kulipa ili kupata kazi. Mwajiri ndiye anayepaswa kulipa kila ada na kila gharama ya uajiri.
rights-epp-c181 = Mkataba wa ILO Na. 181, Ibara ya 7: mawakala hawataruhusiwa kutoza wafanyakazi ada au gharama yoyote, moja kwa moja au kwa njia isiyo ya moja kwa moja, yote au sehemu yake.
rights-fees-heading = Nini huhesabiwa kama ada au gharama ya uajiri
rights-fees-intro = Ada za huduma ya wakala si zako kulipa kamwe, awe yeyote anayezikusanya na wakati wowote. ILO pia inaorodhesha gharama hizi zinazohusiana, ambazo mwajiri anapaswa kulipa:
rights-illegitimate = Hongo, michango ya kulazimishwa, malipo ya siri ya kurudishiwa (kickback), dhamana, amana na ada haramu za kurejesha gharama haziruhusiwi kamwe, kwa mtu yeyote.
rights-documents-heading = Pasipoti yako ni yako
rights-documents-body = Hakuna mtu anayeruhusiwa kushika pasipoti yako au kitambulisho chako bila ridhaa yako: si wakala, si mwajiri. Kuvishika ni dalili ya kazi ya kulazimishwa.
rights-contract-heading = Mkataba wako
rights-contract-body = Unapaswa kupewa mkataba wa maandishi kabla ya kuondoka, kwa lugha unayoielewa. Ukifika na kazi, mshahara, mwajiri au saa za kazi zikabadilika, huko ni kubadilishiwa mkataba.
rights-help-heading = Kama kuna jambo lilienda vibaya
rights-help-body = Unaweza kutoa malalamiko kwenye FairRecruit bila kutoa jina lako. Yatapelekwa kwa mashirika yanayoweza kuchukua hatua katika nchi yako ya nyumbani na nchi ya kazi.
rights-not-legal-advice = Ukurasa huu unaeleza viwango vya kimataifa kwa ufupi. Si ushauri wa kisheria.

## Errors
error-go-home = Nenda kwenye ukurasa wa mwanzo
error-status = Namba ya hitilafu { $status }
error-invalid-input-title = Kuna kitu si sahihi katika ombi
error-invalid-input = Hatukuweza kuelewa ombi. Angalia ulichoandika kisha ujaribu tena.
error-not-found-title = Ukurasa haukupatikana
error-not-found = Hatukuweza kupata ukurasa huo au wakala huyo. Kiungo kinaweza kuwa na kosa au kimepitwa na wakati.
error-method-not-allowed-title = Hairuhusiwi
error-method-not-allowed = Anwani hii haipokei aina hiyo ya ombi.
error-payload-too-large-title = Data nyingi mno
error-payload-too-large = Ulichotuma ni kikubwa mno. Tuma kidogo kisha ujaribu tena.
error-request-timeout-title = Polepole mno
error-request-timeout = Ulichotuma kilichukua muda mrefu mno kufika. Angalia mtandao wako kisha ukitume tena.
error-service-unavailable-title = FairRecruit haipatikani kwa muda mfupi
error-service-unavailable = Hatuwezi kufikia hifadhidata yetu sasa hivi. Hakuna ulichotuma kilichopotea. Tafadhali jaribu tena baada ya dakika chache.
error-internal-title = Kuna kitu kimeharibika
error-internal = Kuna kitu kimeharibika upande wetu. Tafadhali jaribu tena baadaye.
error-query-too-long = Ulichotafuta ni kirefu mno. Tumia herufi 200 au chache zaidi.
error-query-forbidden-chars = Ulichotafuta kina herufi za udhibiti zisizoonekana. Kiandike tena bila herufi hizo.
error-invalid-encoding = Anwani ina herufi ambazo hazikuweza kusomwa.
error-unknown-parameter = Anwani ina mpangilio ambao hatuujui.
error-repeated-parameter = Anwani inatoa mpangilio uleule mara mbili.
error-invalid-country = Chagua nchi kutoka kwenye orodha.
error-invalid-status = Chagua hali ya leseni kutoka kwenye orodha.
error-invalid-page = Namba ya ukurasa lazima iwe namba kamili kuanzia 1 hadi 500.
error-invalid-per-page = Idadi ya matokeo kwa kila ukurasa lazima iwe kuanzia 1 hadi 100.
error-choice = Chagua kutoka kwenye orodha.
error-text-long = Maandishi haya ni marefu mno.
error-text-chars = Maandishi haya yana herufi za udhibiti zisizoonekana au herufi ambazo hazikuweza kusomwa. Yaandike tena bila herufi hizo.
error-text-markup = Maandishi haya yana "<" ikifuatwa na herufi, kama msimbo wa kompyuta. Yaandike bila hivyo.
error-amount = Andika kiasi kwa tarakimu tu, kwa mfano 150000 au 1500.50, hadi 10,000,000,000.
error-currency = Chagua sarafu ya kiasi ulichoandika.
error-interest = Andika riba ya kila mwezi kama namba kuanzia 0 hadi 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Akaunti
nav-sign-in = Ingia
error-unauthorized-title = Tafadhali ingia
error-unauthorized = Unahitaji kuingia kwa hili. Huenda muda wako wa kuingia umeisha.
error-forbidden-title = Hairuhusiwi
error-forbidden = Akaunti yako haiwezi kufungua ukurasa huu.
error-conflict-title = Tayari imepokelewa
error-conflict = Ombi hili linagongana na ombi lililopokelewa awali. Hakuna kitu kipya kilichohifadhiwa.
error-idempotency-reused = Idempotency-Key hii tayari imetumika kwa ombi tofauti. Tumia ufunguo mpya kwa ombi jipya; hakuna kitu kipya kilichohifadhiwa.
error-idempotency-in-progress = Ombi la kwanza lenye Idempotency-Key hii bado linajibiwa. Jaribu tena baada ya muda mfupi ili upate jibu lake.
error-idempotency-key = Kichwa (header) cha Idempotency-Key lazima kiwe na herufi 1 hadi 255 za ASCII zinazoonekana, kwa mfano UUID ya nasibu.
error-attestation-language = Lugha ya uthibitisho wa ridhaa (attestation) lazima iwe moja ya misimbo ya lugha ya huduma hii, kwa mfano ne, ar au id.
error-attestation-channel = Njia ya mawasiliano (channel) ya uthibitisho wa ridhaa (attestation) lazima iwe moja ya hizi: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = consented_at ya uthibitisho wa ridhaa (attestation) lazima iwe tarehe na saa pamoja na tofauti yake ya saa za eneo (RFC 3339), isiyo ya siku zijazo na isiyozidi siku 30 zilizopita. Muulize mfanyakazi tena kama ridhaa yake ni ya zamani zaidi.
error-partner-reference = Rejea ya mshirika (reference) lazima iwe na herufi 1 hadi 100 za ASCII zinazoonekana, bila nafasi.
error-partner-reference-taken = Mshirika huyu tayari ametoa malalamiko kwa rejea hii. Tumia rejea mpya kwa mazungumzo mapya, au Idempotency-Key ile ile kurudia ombi.
error-too-many-requests-title = Tafadhali subiri
error-too-many-requests = Majaribio mengi mno kwa muda mfupi. Subiri kidogo, kisha ujaribu tena.
error-sign-in-failed = Jina la mtumiaji, nenosiri au msimbo si sahihi.
error-csrf = Fomu hii imepitwa na wakati. Rudi nyuma, pakia ukurasa upya kisha uitume tena.
error-cross-site = Fomu hii ilitumwa kutoka tovuti nyingine, kwa hiyo tumeikataa.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Marejeo ya API
api-docs-intro = API ya JSON kwa programu na mashirika washirika: kila operesheni, inachopokea na inachojibu. Maelezo yaliyo hapa chini yako kwa Kiingereza.
# Link to the same reference as a machine-readable file.
api-docs-openapi = Marejeo hayo hayo kama hati ya OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Operesheni
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Inahitaji tokeni ya ufikiaji (bearer token) inayotumwa hivi: Authorization: Bearer …
api-docs-parameters = Vigezo
# Heading: what the caller sends in the request's body.
api-docs-body = Maudhui ya ombi
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Majibu
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Aina za data
# Column heading: a field's or parameter's name.
api-docs-name = Jina
# Column heading: a field's data type (string, integer …).
api-docs-type = Aina
api-docs-description = Maelezo
# Marks a field the caller must send.
api-docs-required = lazima

## Drafts kept on the phone (review and complaint forms)
draft-kept = Unachoandika hapa kinahifadhiwa kama rasimu kwenye simu hii pekee, hadi utakapokituma au kukifuta. Mtu yeyote anayetumia simu hii anaweza kukisoma.
draft-files = Picha na faili hazihifadhiwi kwenye rasimu: zichague tena kabla ya kutuma.
draft-restored = Rasimu yako imerejeshwa. Iangalie, kisha uitume.
draft-delete = Futa rasimu
error-csrf-stale = Fomu hii ilikuwa imepitwa na muda, kwa hiyo hakuna kilichotumwa. Yote uliyoandika yako hapa chini: yaangalie kisha utume tena.
