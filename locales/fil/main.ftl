# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = Filipino
site-name = FairRecruit

## Page frame
nav-label = Pangunahing menu
nav-skip-to-content = Lumaktaw sa nilalaman
nav-recruiters = Mga ahensya
nav-rights = Ang inyong mga karapatan
language-switcher-label = Wika
footer-free = Libre ang FairRecruit para sa mga manggagawa. Hindi ninyo kailanman kailangang ibigay ang inyong pangalan.
footer-privacy = Hindi namin itinatago ang inyong IP address kasama ng anumang ipinapadala ninyo.

## Home
home-title = Suriin ang ahensya bago magbayad
home-heading = Suriin muna ang ahensya bago kayo magbayad kaninuman
home-lead = Hanapin ang isang recruitment agency: may bisa ba ang lisensya nito, saang bansa ito nagpapadala ng manggagawa, at ano ang nangyari sa ibang dumaan dito.
home-directory-size = { $count ->
    [0] Wala pang nakalistang ahensya.
    [one] May { $count } ahensyang nakalista.
   *[other] May { $count } ahensyang nakalista.
}
home-what-heading = Para saan ang FairRecruit
home-what-lookup = Hanapin sa mga listahan ng lisensya ang mga recruitment agency ayon sa pangalan o numero ng lisensya.
home-what-review = Sabihin sa ibang manggagawa kung magkano ang ibinayad ninyo at kung paano kayo tinrato.
home-what-complain = Magreklamo, nang hindi nagbibigay ng pangalan kung gusto ninyo, at subaybayan ito gamit ang resibo.
home-free = Libre ang paggamit ng FairRecruit. Ayon sa mga pandaigdigang pamantayan, ang employer, hindi kayo, ang dapat magbayad para sa inyong recruitment.
home-rights-link = Alamin ang inyong mga karapatan: sino ang dapat magbayad sa recruitment

## Search
search-label = Pangalan ng ahensya o numero ng lisensya
search-placeholder = hal. Himalaya o 1234/071
search-button = Hanapin
filters-heading = Mga filter
filter-licensing-country = Bansang nagbigay ng lisensya
filter-destination = Nagpapadala ng manggagawa sa
filter-status = Estado ng lisensya
filter-any-country = Kahit anong bansa
filter-any-status = Kahit anong estado
results-title = Mga ahensya
results-heading = Maghanap ng ahensya
results-none = Walang ahensyang tugma sa hinanap ninyo. Tingnan ang baybay, subukan ang bahagi lang ng pangalan, o alisin ang isang filter.
results-empty-directory = Mag-type ng pangalan o numero ng lisensya, o pumili ng bansa, para makita ang mga ahensya.
pager-label = Mga pahina
pager-previous = Nakaraang pahina
pager-next = Susunod na pahina
pager-page = Pahina { $page }

## Licence statuses
licence-status-active = Aktibo ang lisensya
licence-status-suspended = Suspendido ang lisensya
licence-status-revoked = Binawi na ang lisensya
licence-status-expired = Paso na ang lisensya

## Recruiter profile
recruiter-licence-status = Estado ng lisensya
recruiter-licence-number = Numero ng lisensya
recruiter-licensing-country = May lisensya sa
recruiter-address = Tirahan
recruiter-destinations = Nagpapadala ng manggagawa sa
recruiter-destinations-none = Hindi alam
recruiter-sub-agent = Sub-agent, walang lisensya
recruiter-sub-agent-explained = Binanggit ng mga manggagawa ang taong ito o opisinang ito bilang tagapamagitan (middleman). Wala ito sa anumang listahan ng lisensya.
recruiter-not-active-warning = Hindi aktibo ang lisensyang ito. Hindi puwedeng mag-recruit ng manggagawa ang ahensyang walang aktibong lisensya. Huwag kayong magbayad dito.
recruiter-history-heading = Kasaysayan ng lisensya
recruiter-history-date = Petsa
recruiter-history-none = Walang naitalang pagbabago sa lisensya.
recruiter-reviews-heading = Ano ang sinasabi ng mga manggagawa

## Know your rights
rights-title = Ang inyong mga karapatan
rights-heading = Ang inyong mga karapatan kapag nire-recruit kayo para magtrabaho sa ibang bansa
rights-epp-heading = Ang employer ang magbabayad, hindi kayo
rights-epp-body = Ayon sa Employer Pays Principle (ang employer ang nagbabayad), walang manggagawa ang dapat magbayad para makakuha ng trabaho. Ang employer ang dapat magbayad ng lahat ng bayarin at gastos sa recruitment.
rights-epp-c181 = Kumbensiyon Blg. 181 ng ILO, Artikulo 7: hindi dapat maningil ang mga ahensya sa mga manggagawa, direkta man o hindi direkta, buo man o bahagi lamang, ng anumang bayad o gastos.
rights-fees-heading = Ano ang itinuturing na bayad o gastos sa recruitment
rights-fees-intro = Hindi kailanman kayo ang dapat magbayad para sa serbisyo ng ahensya (tulad ng placement fee), sino man ang maningil at kailan man. Inililista rin ng ILO ang mga kaugnay na gastos na ito, na dapat bayaran ng employer:
rights-illegitimate = Suhol (lagay), tributo, kickback, bond, deposito, at ilegal na singil para mabawi ang gastos: hindi kailanman pinapayagan ang mga ito, para kaninuman.
rights-documents-heading = Sa inyo ang inyong pasaporte
rights-documents-body = Walang sinumang puwedeng humawak ng inyong pasaporte o ID nang labag sa inyong kalooban: hindi ang ahensya, hindi ang employer. Ang pagtatago ng mga ito ay palatandaan ng sapilitang paggawa (forced labour).
rights-contract-heading = Ang inyong kontrata
rights-contract-body = Dapat kayong makatanggap ng nakasulat na kontrata bago kayo umalis, sa wikang naiintindihan ninyo. Kung magbago ang trabaho, sahod, employer o oras ng trabaho pagdating ninyo, iyan ay contract substitution (pagpapalit ng kontrata).
rights-help-heading = Kung may nangyaring mali
rights-help-body = Puwede kayong magreklamo sa FairRecruit nang hindi ibinibigay ang inyong pangalan. Mapupunta ito sa mga organisasyong may magagawa sa inyong sariling bansa at sa bansang pinagtatrabahuhan ninyo.
rights-not-legal-advice = Maikling paliwanag ang pahinang ito tungkol sa mga pandaigdigang pamantayan. Hindi ito legal na payo.

## Errors
error-go-home = Pumunta sa pangunahing pahina
error-status = Code ng error { $status }
error-invalid-input-title = May mali sa kahilingan
error-invalid-input = Hindi maintindihan ang kahilingan. Tingnan ang inyong tinype at subukang muli.
error-not-found-title = Hindi makita ang pahina
error-not-found = Hindi namin makita ang pahina o ahensyang iyon. Maaaring mali o luma na ang link.
error-method-not-allowed-title = Hindi pinapayagan
error-method-not-allowed = Hindi tumatanggap ang address na ito ng ganoong uri ng kahilingan.
error-payload-too-large-title = Masyadong maraming data
error-payload-too-large = Masyadong malaki ang ipinadala. Magpadala ng mas kaunti at subukang muli.
error-request-timeout-title = Masyadong mabagal
error-request-timeout = Masyadong natagalan bago dumating ang ipinadala mo. Tingnan ang koneksyon mo at ipadala muli.
error-service-unavailable-title = Pansamantalang hindi magamit ang FairRecruit
error-service-unavailable = Hindi namin maabot ang aming database ngayon. Walang nawala sa ipinadala ninyo. Pakisubukang muli pagkalipas ng ilang minuto.
error-internal-title = Nagkaproblema
error-internal = Nagkaproblema sa aming panig. Pakisubukang muli mamaya.
error-query-too-long = Masyadong mahaba ang hinahanap. Gumamit ng hanggang 200 character lamang.
error-query-forbidden-chars = May mga nakatagong control character sa hinahanap. I-type itong muli nang wala ang mga iyon.
error-invalid-encoding = May mga character sa address na hindi mabasa.
error-unknown-parameter = May setting sa address na hindi namin alam.
error-repeated-parameter = Dalawang beses na ibinigay sa address ang parehong setting.
error-invalid-country = Pumili ng bansa mula sa listahan.
error-invalid-status = Pumili ng estado ng lisensya mula sa listahan.
error-invalid-page = Ang numero ng pahina ay dapat buong numero mula 1 hanggang 500.
error-invalid-per-page = Ang bilang ng resulta bawat pahina ay dapat mula 1 hanggang 100.
error-choice = Pumili mula sa listahan.
error-text-long = Masyadong mahaba ang tekstong ito.
error-text-chars = May mga nakatagong control character o mga karakter na hindi mabasa sa tekstong ito. I-type itong muli nang wala ang mga iyon.
error-text-markup = May "<" na sinusundan ng mga titik ang tekstong ito, gaya ng computer code. Isulat ito nang wala ang mga iyon.
error-amount = Ilagay ang halaga gamit ang mga numero lang, halimbawa 150000 o 1500.50, hanggang 10,000,000,000.
error-currency = Piliin ang currency ng inyong mga halaga.
error-interest = Ilagay ang buwanang interes bilang numero mula 0 hanggang 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Account
nav-sign-in = Mag-log in
error-unauthorized-title = Mag-log in muna
error-unauthorized = Kailangan ninyong mag-log in para dito. Baka natapos na ang inyong session.
error-forbidden-title = Hindi pinapayagan
error-forbidden = Hindi mabubuksan ng inyong account ang pahinang ito.
error-conflict-title = Natanggap na
error-conflict = Sumasalungat ang kahilingang ito sa isang kahilingang natanggap na dati. Walang bagong na-save.
error-idempotency-reused = Nagamit na ang Idempotency-Key na ito para sa ibang kahilingan. Gumamit ng bagong key para sa bagong kahilingan; walang bagong na-save.
error-idempotency-in-progress = Sinasagot pa ang unang kahilingan na may ganitong Idempotency-Key. Subukang muli maya-maya para matanggap ang sagot nito.
error-idempotency-key = Dapat may 1 hanggang 255 na nakikitang ASCII character ang Idempotency-Key header, halimbawa ang isang random na UUID.
error-attestation-language = Ang wika ng attestation (patunay ng pahintulot) ay dapat isa sa mga language code ng serbisyong ito, gaya ng ne, ar o id.
error-attestation-channel = Ang channel ng attestation ay dapat isa sa: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = Ang consented_at ng attestation ay dapat petsa at oras na may offset (RFC 3339), hindi sa hinaharap at hindi hihigit sa 30 araw na ang nakalipas. Tanungin muli ang manggagawa kung mas luma ang pahintulot.
error-partner-reference = Dapat may 1 hanggang 100 na nakikitang ASCII character ang reference ng katuwang, nang walang espasyo.
error-partner-reference-taken = Nakapaghain na ang katuwang na ito ng reklamo sa ilalim ng reference na ito. Gumamit ng bagong reference para sa bagong usapan, o ng parehong Idempotency-Key para ulitin ang isang kahilingan.
error-too-many-requests-title = Maghintay muna
error-too-many-requests = Masyadong maraming subok sa maikling oras. Maghintay nang kaunti, saka subukang muli.
error-sign-in-failed = Mali ang username, password o code.
error-csrf = Paso na ang form na ito. Bumalik, i-reload ang pahina at ipadala itong muli.
error-cross-site = Ipinadala ang form na ito mula sa ibang website, kaya hindi namin ito tinanggap.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = Sanggunian ng API
api-docs-intro = Ang JSON API para sa mga app at mga katuwang na organisasyon: bawat operasyon, ano ang tinatanggap nito at ano ang isinasagot nito. Nasa Ingles ang mga paglalarawan sa ibaba.
# Link to the same reference as a machine-readable file.
api-docs-openapi = Ang parehong sanggunian bilang dokumentong OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Mga operasyon
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Kailangan ng bearer token (Authorization: Bearer …).
api-docs-parameters = Mga parameter
# Heading: what the caller sends in the request's body.
api-docs-body = Laman ng kahilingan
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Mga sagot
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Mga uri ng data
# Column heading: a field's or parameter's name.
api-docs-name = Pangalan
# Column heading: a field's data type (string, integer …).
api-docs-type = Uri
api-docs-description = Paglalarawan
# Marks a field the caller must send.
api-docs-required = kailangan

## Drafts kept on the phone (review and complaint forms)
draft-kept = Ang isinusulat mo rito ay itinatago bilang draft sa teleponong ito lamang, hanggang ipadala o burahin mo ito. Mababasa ito ng sinumang gumagamit ng teleponong ito.
draft-files = Hindi itinatago sa draft ang mga larawan at file: piliin muli ang mga ito bago ipadala.
draft-restored = Naibalik ang iyong draft. Suriin ito, saka ipadala.
draft-delete = Burahin ang draft
error-csrf-stale = Nag-expire ang form na ito, kaya walang naipadala. Nasa ibaba ang lahat ng isinulat mo: suriin ito at ipadala muli.
