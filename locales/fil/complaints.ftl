# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## Ang form ng reklamo

complaint-new-title = Maghain ng reklamo
complaint-new-heading = Maghain ng kumpidensyal na reklamo
complaint-new-intro = Sabihin sa amin ang nangyari. Ipinapadala lang namin ito sa mga organisasyong pipiliin mo, sa mga bansa ng iyong paglalakbay. Ang ahensya at ang dalawang bansa lang ang kailangan.
complaint-new-safety = Hindi mo kailangang ibigay ang pangalan, email o numero ng telepono mo. Hindi namin kailanman itatanong ang iyong immigration status at wala kaming ibinabahagi sa mga awtoridad ng imigrasyon.
complaint-section-recruiter = Sino ang nag-recruit sa iyo
complaint-about = Tungkol sa:
complaint-recruiter-hint = Hanapin ang ahensya sa direktoryo at piliin doon ang "Maghain ng kumpidensyal na reklamo tungkol sa ahensyang ito", o isulat sa ibaba ang pangalan ng ahente o broker.
complaint-recruiter-find = Maghanap sa direktoryo
complaint-recruiter-link = Maghain ng kumpidensyal na reklamo tungkol sa ahensyang ito
complaint-field-sub-agent = Pangalan ng ahente o broker
complaint-sub-agent-hint = Isang tagapamagitan na walang lisensya, halimbawa ang broker sa inyong lugar. Isulat ang pangalan ayon sa pagkakakilala mo.
complaint-field-sub-agent-country = Bansa kung saan nagtatrabaho ang ahenteng ito
complaint-choose = — pumili —
complaint-section-journey = Ang iyong paglalakbay
complaint-field-origin = Bansang pinanggalingan mo
complaint-field-destination = Bansang pinuntahan mo (o pupuntahan sana)
complaint-field-stage = Nasaan ka ngayon?
complaint-field-sector = Uri ng trabaho
complaint-field-occupation = Ang iyong trabaho
complaint-field-departure-year = Taon ng pag-alis
complaint-section-danger = Ang iyong kaligtasan
complaint-field-in-danger = Nasa panganib ako ngayon
complaint-in-danger-hint = Lagyan ng tsek kung ikaw o ibang tao ay nanganganib na masaktan ngayon. Inuunang basahin ang ganitong mga reklamo. Sa emergency, tumawag din sa lokal na emergency number.
complaint-field-workers = Ilang manggagawa ang apektado, kasama ka?
complaint-section-issues = Ano ang nangyari
complaint-issues-hint = Lagyan ng tsek ang lahat ng naaangkop. Puwede ring walang tsek at magsulat ka lang.
complaint-field-description = Sa sarili mong salita
complaint-description-hint = Ano ang nangyari, kailan, at sino ang sangkot. Huwag isulat ang ayaw mong mabasa ng mga organisasyon.
complaint-section-money = Pera
complaint-money-hint = Isulat ang halaga sa numero, halimbawa 1500 o 1500.50.
complaint-field-fee = Mga bayad na ibinigay mo para makuha ang trabaho
complaint-field-currency = Pera (currency)
complaint-field-promised-wage = Buwanang sahod na ipinangako sa iyo
complaint-field-actual-wage = Sahod na natanggap mo sa unang buwan
complaint-field-wage-currency = Currency ng sahod
complaint-field-visa-type = Uri ng visa
complaint-costs-hint = Ano ang binayaran mo? Lagyan ng tsek ang bawat uri ng gastos.
complaint-field-lender = Nangutang ka ba para makabayad? Kanino?
complaint-lender-none = Hindi ako nangutang
complaint-section-remedy = Ano ang hinihingi mo
complaint-section-consent = Sino ang puwedeng tumanggap ng reklamo mo
complaint-consent-hint = Napupunta lang ang reklamo mo sa mga uri ng organisasyong tsinekan mo, at sa mga sumasaklaw lang sa iyong mga bansa.
complaint-share-labour-inspectorate = Labour inspectorate (gobyerno ng bansang pinagtatrabahuhan)
complaint-share-origin-authority = Awtoridad sa recruitment (gobyerno ng sarili mong bansa)
complaint-share-trade-union = Mga unyon ng manggagawa
complaint-share-legal-aid = Mga organisasyon ng legal aid
complaint-no-immigration = Wala sa mga organisasyong ito ang nagpapatupad ng batas sa imigrasyon.
complaint-section-contact = Paano ka namin makakausap
complaint-account-hint = Ang "Aking account" ay nag-uugnay sa reklamong ito sa account na naka-sign in ka. Piliin ang "Resibo ko lang" para manatiling anonymous: wala nang mag-uugnay nito sa account mo.
complaint-field-contact = Contact na pipiliin mo (telepono, WhatsApp, email, o isang tao)
complaint-contact-hint = Kung pinili mo lang ang "Contact na pipiliin ko". Magbigay ng ligtas para sa iyo.
complaint-field-safe-times = Ligtas na oras para kontakin ka
complaint-contact-consent = Sino ang puwedeng makakita ng contact na ito (mula lang sa mga tatanggap ng reklamo):
complaint-section-behalf = Paghahain para sa isang manggagawa
complaint-field-behalf-consent = Pumayag ang manggagawa na ihain ko ang reklamong ito para sa kanya at sa mga napili sa itaas.
complaint-submit = Ipadala ang reklamo
complaint-contact-receipt_only = Resibo ko lang (anonymous)
complaint-contact-account = Aking account
complaint-contact-contact = Contact na pipiliin ko

## Ano ang mali: ang mga palatandaan ng sapilitang paggawa ng ILO, at mga pang-aabuso sa recruitment

complaint-issue-abuse_of_vulnerability = May nagsamantala sa mahirap kong kalagayan
complaint-issue-deception = Nilinlang o pinagsinungalingan ako
complaint-issue-restriction_of_movement = Hindi ako malayang lumabas o umalis
complaint-issue-isolation = Inilalayo ako sa ibang tao
complaint-issue-physical_sexual_violence = Pisikal o sekswal na karahasan
complaint-issue-intimidation_threats = Pagbabanta o pananakot
complaint-issue-retention_of_documents = Hawak ng iba ang pasaporte o ID ko
complaint-issue-withholding_of_wages = Pinipigil ang sahod ko
complaint-issue-debt_bondage = Kailangan kong magtrabaho para magbayad ng utang
complaint-issue-abusive_conditions = Napakasamang kalagayan sa trabaho o tirahan
complaint-issue-excessive_overtime = Sobra-sobrang oras ng trabaho
complaint-issue-fees_charged = Nagbayad ako para makuha ang trabaho
complaint-issue-job_deception = Hindi tugma ang trabaho o sahod sa ipinangako
complaint-issue-contract_substitution = Pinalitan ang kontrata ko ng iba
complaint-issue-no_contract = Walang kontrata, o kontratang hindi ko naintindihan
complaint-issue-documents_retained = Itinago ng ahensya ang mga dokumento ko
complaint-issue-wages_unpaid = Hindi binayaran ang sahod
complaint-issue-discrimination = Diskriminasyon
complaint-issue-harassment = Panliligalig
complaint-issue-unlicensed_recruiter = Walang lisensya ang ahensya
complaint-stage-before_departure = Nasa bahay pa, bago umalis
complaint-stage-in_transit = Nasa biyahe
complaint-stage-at_destination = Nasa bansang pinagtatrabahuhan
complaint-stage-returned = Nakauwi na
complaint-remedy-refund = Maibalik ang pera ko
complaint-remedy-unpaid_wages = Ang hindi nabayarang sahod ko
complaint-remedy-documents_returned = Maibalik ang mga dokumento ko
complaint-remedy-repatriation = Makauwi
complaint-remedy-change_of_employer = Makalipat ng employer
complaint-remedy-other = Iba pa

## Ang resibo

receipt-title = Ang iyong resibo
receipt-heading = Natanggap ang reklamo mo
receipt-intro = Ito ang numero ng resibo mo:
receipt-once = Ngayon lang namin ito ipapakita, minsan lang. Hindi namin ito itinatago at hindi na maipapadala ulit. Kung wala ito, walang makakahanap ng reklamo mo — kahit ikaw.
receipt-how-write = Isulat ito o kunan ng litrato, at itago sa ligtas na lugar.
receipt-how-track = Para makita ang nangyayari, sumagot sa mga tanong o bawiin ang reklamo, ilagay ito sa
receipt-how-safe = Sinumang may numerong ito ay makakabasa ng mga sagot sa reklamo mo: huwag itong ibahagi.
receipt-behalf = Ibigay ang numerong ito sa manggagawa sa ligtas na paraan.
receipt-routed = { $count ->
    [one] Naipadala ito sa isang organisasyon.
   *[other] Naipadala ito sa { $count } organisasyon.
}
receipt-unrouted = Wala pang sumasaling organisasyon na sumasaklaw sa iyong mga bansa. Nakatago ang reklamo mo, at naghahanap ang aming mga administrator; balikan ito gamit ang resibo mo.

## Pagsubaybay sa reklamo

track-title = Subaybayan ang reklamo mo
track-heading = Subaybayan ang reklamo mo
track-intro = Ilagay ang 16-digit na resibong natanggap mo nang maghain ka ng reklamo.
track-field-receipt = Numero ng resibo
track-submit = Ipakita ang reklamo ko
track-lost = Wala kaming kopya ng mga resibo, kaya hindi na maibabalik ang nawalang resibo. Puwede kang maghain ulit ng reklamo.
track-received = Natanggap noong { $day }.
track-is-withdrawn = Binawi mo ang reklamong ito.
track-no-referrals = Hindi pa ito nakakarating sa anumang organisasyon. Naghahanap kami ng sumasaklaw sa iyong mga bansa.
track-kind = Uri
track-status = Katayuan
track-opened = Natanggap doon noong
track-outcome = Resulta
track-question-waiting = Hinihintay ng organisasyong ito ang sagot mo.
track-from-you = Ikaw
track-from-staff = Ang organisasyon
track-answer = Ang sagot mo
track-add-information = Magdagdag ng impormasyon
track-send = Ipadala
track-message-sent = Naipadala ang mensahe mo.
track-withdrawn = Nabawi na ang reklamo mo. Naabisuhan ang mga organisasyon.
track-withdraw-heading = Bawiin ang reklamo
track-withdraw-hint = Kapag binawi mo, isasara ng bawat organisasyon ang reklamo mo. Hindi na ito maibabalik.
track-withdraw-confirm = Oo, gusto kong bawiin ang reklamo ko
track-withdraw-submit = Bawiin
track-linked-heading = Mga reklamong naka-link sa account mo
track-linked-hint = Pinili mong i-link ang mga ito sa account mo. Para sumagot o bumawi, ilagay ang resibo sa itaas.

## Katayuan ng kaso, priyoridad, resulta

case-status-new = Bago
case-status-acknowledged = Kinilalang natanggap
case-status-investigating = Iniimbestigahan
case-status-awaiting_worker = Hinihintay ang manggagawa
case-status-resolved = Nalutas
case-status-closed = Sarado
case-close-reason-out_of_jurisdiction = Wala sa saklaw ng organisasyong ito
case-close-reason-unfounded = Hindi sinuportahan ng mga natuklasan
case-close-reason-withdrawn = Binawi ng manggagawa
case-remedy-money_recovered = Naibalik ang pera
case-remedy-documents_returned = Naibalik ang mga dokumento
case-remedy-licence_action = Aksyon laban sa lisensya ng ahensya
case-remedy-prosecution_referral = Ipinasa para sa paglilitis
case-remedy-other = Ibang remedyo
case-money-recovered = naibalik ang { $amount }
case-priority-urgent = Apurahan
case-priority-high = Mataas
case-priority-normal = Karaniwan
case-priority-low = Mababa
case-action-acknowledge = Kilalaning natanggap
case-action-investigate = Simulan ang imbestigasyon
case-action-ask_worker = Tanungin ang manggagawa (magpadala muna ng mensahe)
case-action-resume = Ituloy ang imbestigasyon
case-action-resolve = Lutasin na may resulta
case-action-close = Isara na may dahilan

## Kawani: ang pila ng mga kaso

inspect-title = Mga kaso
inspect-heading = Mga kaso ng inyong organisasyon
inspect-filter-status = Katayuan
inspect-filter-priority = Priyoridad
inspect-filter-country = Bansa (pinanggalingan o pinuntahan)
inspect-filter-recruiter = ID ng ahensya
inspect-filter-overdue = Mga lampas sa takdang oras lang
inspect-filter-submit = Salain
inspect-status-open = Mga bukas na kaso
inspect-status-all = Lahat ng kaso
inspect-priority-any = Anumang priyoridad
inspect-country-any = Anumang bansa
inspect-escalations-heading = Mga escalation (para sa mga lead)
inspect-escalations-none = Walang kasong lampas sa takdang oras.
inspect-escalation-acknowledge = hindi kinilala sa takdang oras
inspect-escalation-answer = walang sagot sa takdang oras
inspect-queue-heading = Pila: pinakaapurahan muna, saka ang pinakaluma
inspect-empty = Walang tugmang kaso.
inspect-same-recruiter = Lahat ng kaso tungkol sa ahensyang ito

## Kawani: isang kaso

case-title = Kaso { $id }
case-back = Bumalik sa mga kaso
case-saved = Nai-save.
case-withdrawn = Binawi ng manggagawa ang reklamong ito.
case-on-behalf = Inihain ng isang caseworker para sa manggagawa, nang may pahintulot niya.
case-recruiter-profile = Profile ng ahensya
case-in-danger = Nasa panganib ngayon
case-overdue = Lampas sa takdang oras
case-sub-agent = Ahenteng walang lisensya
case-priority = Priyoridad
case-priority-overridden = (itinakda ng kawani)
case-status = Katayuan
case-collective = Sama-samang kaso
case-facts-heading = Ang reklamo
case-fact-received = Natanggap
case-fact-corridor = Ruta
case-fact-workers = Apektadong manggagawa
case-fact-acknowledge-by = Kilalanin bago ang
case-fact-answer-by = Sagutin bago ang
case-fact-licensing-country = Bansang nagbigay ng lisensya
case-fact-sector = Sektor
case-fact-occupation = Hanapbuhay
case-fact-departure-year = Taon ng pag-alis
case-fact-stage = Nasaan ang manggagawa ngayon
case-fact-fee = Mga bayad para sa trabaho
case-fact-promised-wage = Ipinangakong buwanang sahod
case-fact-actual-wage = Sahod na natanggap sa unang buwan
case-fact-issues = Ano ang nangyari
case-fact-remedies = Hinihingi ng manggagawa
case-fact-description = Sa sariling salita ng manggagawa
case-fact-contact = Contact na pinili ng manggagawa
case-fact-safe-times = Ligtas na oras para kontakin
case-fact-costs = Mga binayarang gastos
case-fact-loan = Utang para makabayad
case-fact-visa-type = Uri ng visa
case-contact-heading = Pakikipag-ugnayan
case-contact-withheld = Nagbigay ng contact ang manggagawa pero hindi niya pinayagang makita ito ng ganitong uri ng organisasyon. Sumulat sa kanya sa mga mensahe sa ibaba: binabasa niya ang mga ito gamit ang resibo.
case-contact-none = Sinusubaybayan lang ng manggagawa ang reklamo gamit ang resibo. Sumulat sa kanya sa mga mensahe sa ibaba.
case-collective-heading = Sama-samang kaso
case-collective-member = Bahagi ng sama-samang kaso { $id }:
case-same-recruiter = { $count ->
    [0] Walang ibang bukas na kaso rito tungkol sa ahensyang ito.
    [one] May isa pang bukas na kaso rito tungkol sa ahensyang ito.
   *[other] May { $count } pang bukas na kaso rito tungkol sa ahensyang ito.
}
case-group-submit = Pagsamahin sila sa isang sama-samang kaso
case-actions-heading = Susunod na hakbang
case-field-action = Hakbang
case-field-reason = Dahilan o tala (kailangan para isara)
case-field-priority-reason = Dahilan (kailangan)
case-field-close-reason = Bakit isinara
case-field-remedies = Resulta: mga remedyong nakuha
case-field-amount = Naibalik na pera (halaga)
case-field-whole-group = Gawin sa lahat ng kaso ng sama-samang kaso
case-action-submit = Itala ang hakbang na ito
case-messages-heading = Mga mensahe at tala
case-messages-none = Wala pang mensahe.
case-note = Panloob na tala
case-from-worker = Mula sa manggagawa
case-to-worker = Para sa manggagawa
case-field-message = Mensahe sa manggagawa
case-field-internal = Panloob na tala (hindi kailanman makikita ng manggagawa)
case-message-submit = Ipadala
case-priority-heading = Palitan ang priyoridad
case-priority-submit = Palitan ang priyoridad
case-refer-heading = Ipasa sa iba
case-refer-hint = Nagbubukas ng kaso sa ibang organisasyon. Ang mga uri lang ng organisasyong pinayagan ng manggagawa ang ipinapakita.
case-field-organisation = Organisasyon
case-refer-submit = Ipasa
case-timeline-heading = Takbo ng kaso
case-step-opened = Nabuksan ang kaso
case-step-referred-on = Ipinasa sa ibang organisasyon
case-step-priority = Napalitan ang priyoridad
case-step-grouped = Isinama sa sama-samang kaso
case-step-escalated = Lumampas sa takdang oras: inabisuhan ang mga lead

## Mga administrator

unrouted-title = Mga reklamong hindi pa naipapadala
unrouted-heading = Mga reklamong walang organisasyong tumanggap
unrouted-intro = Hindi tugma ang mga reklamong ito sa mga bansa ng anumang organisasyon at sa mga uring pinayagan ng manggagawa. Magdagdag ng organisasyong sasaklaw sa kanila. Hindi ipinapakita rito ang nilalaman nila.
unrouted-none = Nakarating sa isang organisasyon ang bawat reklamo.
unrouted-recruiter = Ahensya
unrouted-kinds = Mga uring pinayagan
unrouted-count = Mga reklamong hindi pa naipapadala
unrouted-route-hint = Pagkatapos magdagdag ng organisasyong sumasaklaw sa kanila, ipadala ulit ang mga naghihintay na reklamo.
unrouted-route-submit = Ipadala ulit ang mga naghihintay na reklamo
unrouted-routed = { $count ->
    [one] Isang reklamo ang nakarating sa isang organisasyon.
   *[other] { $count } reklamo ang nakarating sa isang organisasyon.
}

## Mga error

error-complaint-recruiter-required = Piliin ang ahensya sa direktoryo, o isulat ang pangalan ng ahente o broker.
error-complaint-recruiter-both = Magbigay ng ahensya mula sa direktoryo o ng pangalan ng ahente, hindi pareho.
error-complaint-recruiter-unknown = Hindi namin nakita ang ahensyang iyon sa direktoryo.
error-complaint-country-required = Pumili ng bansa.
error-complaint-corridor-same = Dapat magkaiba ang dalawang bansa.
error-complaint-year = Magbigay ng taon gaya ng 2024.
error-complaint-workers = Magbigay ng bilang ng manggagawa mula 1 hanggang 100,000.
error-complaint-lender = Piliin kung sino ang nagpautang, o iwanang blangko ang interes.
error-complaint-consent-required = Pumili ng kahit isang uri ng organisasyong puwedeng tumanggap ng reklamo mo.
error-complaint-contact-consent = Sa mga organisasyong tatanggap din ng reklamo lang puwedeng mapunta ang contact mo.
error-complaint-contact-consent-required = Piliin kung sino ang puwedeng makakita ng contact mo.
error-complaint-contact-required = Isulat ang contact kung saan ka gustong maabot, o piliin ang "Resibo ko lang".
error-complaint-account-needed = Mag-sign in para iugnay ang reklamo sa account mo, o piliin ang "Resibo ko lang".
error-complaint-behalf-consent = Kumpirmahin na pumayag ang manggagawa na maghain ka para sa kanya.
error-track-receipt-format = May 16 na digit ang resibo, halimbawa 1234-5678-9012-3456.
error-track-receipt-unknown = Walang reklamong may ganitong resibo. Suriin ang mga digit at subukan ulit.
error-track-referral = Hindi ito isa sa mga organisasyong tumanggap ng reklamo mo.
error-track-referral-closed = Isinara na ng organisasyong ito ang reklamo mo; hindi na ito tumatanggap ng mensahe.
error-track-withdraw-confirm = Lagyan ng tsek ang kahon para kumpirmahing gusto mong bawiin.
error-case-transition = Hindi puwede ang hakbang na ito mula sa kasalukuyang katayuan ng kaso.
error-case-action-unknown = Pumili ng hakbang mula sa listahan.
error-case-close-reason = Piliin kung bakit isinasara ang kaso.
error-case-reason-required = Isulat ang dahilan.
error-case-outcome-required = Pumili ng kahit isang remedyong nakuha.
error-case-money-required = Ibigay ang halaga at currency ng naibalik na pera.
error-case-money-unexpected = Kasama lang ng "Naibalik ang pera" ang halaga.
error-case-message-required = Sumulat ng mensahe.
error-case-priority = Pumili ng priyoridad mula sa listahan.
error-case-refer-self = Nasa organisasyong ito na ang kaso.
error-case-refer-consent = Hindi pumayag ang manggagawa na ibahagi ang reklamo sa ganitong uri ng organisasyon.
error-case-refer-coverage = Hindi kumikilos ang organisasyong ito sa mga bansa ng reklamong ito.
error-case-refer-exists = Nasa organisasyong ito na ang reklamong ito.
error-case-group-alone = Walang ibang bukas na kaso rito tungkol sa ahensyang ito.
error-case-filter = May halaga sa filter na hindi namin kilala.

## Ebidensya (larawan, dokumento, voice note)
evidence-heading = Mga larawan, dokumento at voice note
evidence-hint = Magdagdag ng larawan ng kontrata, resibo ng bayad, payslip o mensahe ng recruiter, isang PDF, o voice note. Tinatanggal sa mga larawan ang lokasyon at mga detalye ng telepono.
evidence-field-files = Mga file
evidence-files-hint = Mga larawan (JPEG, PNG, WebP), PDF, o voice note (MP3, Ogg, M4A, AMR); ilan nang sabay.
evidence-field-share = Sino ang puwedeng makakita ng mga file na ito
evidence-submit = Ipadala ang mga file
evidence-sent = Naidagdag sa reklamo ang inyong mga file.
evidence-location-removed = Tinanggal sa inyong mga larawan ang lokasyon at mga detalye ng telepono.
evidence-choose-again = Walang naipadala. Piliin muli ang mga file: hindi ito itinatago ng browser.
evidence-kind-photo = Larawan
evidence-kind-document = Dokumento
evidence-kind-voice = Mensaheng boses
evidence-size-kb = { $count } KB
error-evidence-type = Hindi tinatanggap ang ganitong file. Magpadala ng larawan (JPEG, PNG, WebP), dokumentong PDF o voice note (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = Hindi mabasa ang isang file: maaaring sira, putol o naka-lock ng password.
error-evidence-pixels = Masyadong malaki ang isang larawan. Magpadala ng mas maliit na kopya.
error-evidence-too-large = Mas malaki kaysa pinapayagan ang isang file. Magpadala ng mas maliit na kopya.
error-evidence-too-many = Napakaraming file nang sabay. Ipadala nang paunti-unti.
error-evidence-none = Pumili ng kahit isang file.
error-evidence-share = Piliin kung sino ang makakakita ng mga file, mula sa mga organisasyong pinadalhan ng inyong reklamo.
error-evidence-complaint-full = Puno na ang mga file ng reklamong ito. Ipadala lang ang pinakamahalaga.
error-evidence-truncated = Naputol ang pag-upload. Subukang muli.
evidence-from-staff = ipinadala sa inyo ng organisasyon
evidence-sent-by-you = ipinadala ng inyong organisasyon
evidence-staff-field = Magpadala ng mga file sa manggagawa
evidence-staff-hint = Isang form, desisyon o sulat. Binubuksan ito ng manggagawa gamit ang kanyang resibo; walang ibang organisasyong nakakakita. Tinatanggal sa mga larawan ang lokasyon.
evidence-staff-submit = Ipadala sa manggagawa
error-webhook-url-malformed = Ilagay ang buong web address (https://…) na hindi hihigit sa 2,000 karakter, nang walang user name o password.
error-webhook-url-not-https = Dapat magsimula ang address sa https://.
error-webhook-url-private = Tumuturo ang address na ito sa pribado, lokal o nakareserbang network. Gumamit ng address sa pampublikong internet.
error-webhook-url-unresolved = Hindi makita ang host name ng address na ito. Suriin ang baybay.
