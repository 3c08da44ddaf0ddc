# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Mag-review ng ahensya
review-heading = Ikuwento sa ibang manggagawa ang tungkol sa ahensyang ito
review-intro = Ito lang ang kailangan: ang inyong biyahe, ang taon, at ang inyong kabuuang rating. Puwedeng laktawan ang lahat ng iba pa. Hindi namin kailanman hinihingi o ipinapakita ang inyong pangalan.
review-anonymous-note = Hindi kayo naka-log in: ipapadala ang inyong review nang walang account, at hindi namin itinatago kasama nito ang inyong internet (IP) address.
review-signed-in-note = Naka-log in kayo: makikita ninyo ang review na ito sa pahina ng inyong account at puwede ninyo itong baguhin mamaya. Hindi kailanman makikita ng ibang tao kung sino ang sumulat nito.
review-errors-below = May ilang sagot na kailangang itama. Nasa tabi ng bawat isa ang paliwanag; nandito pa rin ang lahat ng tinype ninyo.
review-honeypot = Iwanang blangko ang field na ito
review-choose = Pumili…
review-skip = Ayaw kong sabihin
review-yes = Oo
review-no = Hindi
review-section-journey = Ang inyong biyahe
review-field-origin = Bansang pinanggalingan ninyo
review-field-destination = Bansang pinuntahan ninyo para magtrabaho
review-field-year = Taon ng inyong pag-alis
review-field-sub-agent = Pangalan ng sub-agent (broker) na nakausap ninyo, kung mayroon
review-sub-agent-hint = Maraming manggagawa ang dumadaan sa lokal na broker na nagtatrabaho para sa ahensya. Kung papangalanan ninyo siya, mapupunta ang inyong review sa broker na iyon, at ipapakitang wala siyang lisensya.
review-field-sector = Uri ng trabaho
review-field-occupation = Ang inyong trabaho
review-field-visa = Uri ng visa
review-rating-scale = 1 = napakasama, 5 = napakahusay.
review-section-costs = Ang ibinayad ninyo
review-costs-intro = Ayon sa Employer Pays Principle ng ILO (ang employer ang nagbabayad), hindi dapat magbayad ang manggagawa ng anumang fee o gastos para sa kanyang recruitment. Sabihin pa rin sa amin kung ano ang ibinayad ninyo, para sa bawat uri ng gastos.
review-field-currency = Currency (uri ng pera) ng lahat ng halaga
review-currency-hint = Isang currency lang ang gamitin sa lahat ng halaga sa pahinang ito, pati sa inyong sahod, para maikumpara namin ang ibinayad ninyo sa kinita ninyo.
review-paid-yes = Nagbayad ako para dito
review-paid-no = Hindi ako nagbayad
review-field-amount = Halaga
review-field-paid-to = Kanino ibinayad
review-field-receipt = Binigyan ba kayo ng resibo?
review-section-loan = Mga utang
review-field-took-loan = Nangutang ba kayo para makabayad?
review-field-lender = Sino ang nagpautang
loan-interest-monthly = Interes kada buwan (%)
review-section-wages = Ang inyong sahod
review-wages-hint = Halaga kada buwan, sa parehong currency ng mga gastos.
review-field-promised-wage = Buwanang sahod na ipinangako sa inyo
review-field-first-wage = Ang natanggap ninyo para sa unang buong buwan
review-first-wage-hint = Pagkatapos ng tax at anumang kaltas. Ilagay ang 0 kung hindi kayo binayaran.
review-section-checks = Ang inyong kontrata at trabaho
review-section-ratings = Iba pang rating
review-field-use-again = Gagamitin ba ninyo ulit ang ahensyang ito?
review-section-text = Ang inyong kuwento
review-text-hint = Huwag isulat ang mga pangalan, numero ng telepono, numero ng pasaporte o address: tinatanggal ito ng moderator bago pa mabasa ng iba ang inyong review.
review-field-text = Ano ang nangyari
review-field-text-language = Wika ng inyong isinulat
review-language-other = Ibang wika
review-moderation-note = Binabasa ng moderator ang bawat review bago ito i-publish.
review-submit = Ipadala ang aking review
review-write-link = I-review ang ahensyang ito

review-sent-title = Natanggap ang review
review-sent-heading = Salamat sa inyong review
review-sent-moderation = Natanggap na namin ang inyong review. Babasahin ito ng moderator bago i-publish.
review-sent-account = Masusubaybayan ninyo ang estado nito sa pahina ng inyong account:
review-abuse-heading = Maaaring labag sa batas ang ikinuwento ninyo
review-abuse-text = Ang paniningil ng recruitment fee sa mga manggagawa, ang paghawak sa kanilang pasaporte o ID, ang pagpapalit ng kontrata pagdating nila, at ang hindi pagbabayad ng ipinangakong sahod ay ipinagbabawal ng mga pandaigdigang pamantayan at ng batas ng maraming bansa. Puwede kayong magsampa ng kumpidensyal na reklamo sa isang organisasyong may magagawa; hindi ninyo kailangang ibigay ang inyong pangalan.
review-abuse-rights-link = Alamin ang inyong mga karapatan
review-back-to-recruiter = Bumalik sa ahensya

error-review-year = Ilagay ang taon ng inyong pag-alis, mula 1970 hanggang ngayong taon.
error-review-rating = Pumili ng rating mula 1 hanggang 5.
error-review-rating-required = Piliin ang inyong kabuuang rating mula 1 hanggang 5.
error-review-text-long = Masyadong mahaba ang tekstong ito. Paikliin ito hanggang 5,000 character lang.
error-review-sub-agent = Isulat ang pangalan ng sub-agent gamit ang mga letra, o iwanang blangko ang field.
error-review-language = Pumili ng wika mula sa listahan.
error-review-page = Ang numero ng pahina ay dapat buong numero mula 1 hanggang 1000.
error-review-json = Hindi valid na JSON para sa review ang kahilingan, o may field itong hindi namin alam.
error-review-cost-repeated = Isang beses lang puwedeng lumabas ang bawat uri ng gastos.

cost-fee = Recruitment fee (placement fee)
cost-fee-hint = Bayad para sa paghahanap o pag-aayos ng trabaho, kanino man ito napunta.
cost-medical = Medikal
cost-medical-hint = Medical exam, mga test, bakuna.
cost-insurance = Seguro
cost-insurance-hint = Insurance sa buhay, kalusugan o kaligtasan; mga pondo para sa kapakanan ng migranteng manggagawa.
cost-skills = Mga test sa kasanayan at wika
cost-skills-hint = Trade test, language test, mga sertipiko.
cost-training = Training at oryentasyon
cost-training-hint = Training bago umalis o pagdating sa bansang pupuntahan.
cost-equipment = Kagamitan
cost-equipment-hint = Mga gamit sa trabaho, uniporme, gamit pangkaligtasan.
cost-travel = Biyahe at tirahan
cost-travel-hint = Mga tiket at tirahan para sa interview, training, appointment sa visa, ang biyahe papunta, at ang pag-uwi.
cost-administrative = Mga dokumento at permit
cost-administrative-hint = Pasaporte, visa, background check, exit clearance, bank account, permit sa trabaho at paninirahan.
cost-illegitimate = Suhol, deposito at bond
cost-illegitimate-hint = Mga bayad na hindi kailanman pinapayagan: suhol (lagay), kickback, deposito, bond, pangingikil.

paid-to-recruiter = Sa ahensya
paid-to-sub_agent = Sa sub-agent o broker
paid-to-employer = Sa employer
paid-to-other = Sa ibang tao

lender-recruiter = Ang ahensya
lender-moneylender = Isang nagpapautang (lending)
lender-bank = Bangko
lender-cooperative = Kooperatiba o microfinance
lender-family = Pamilya o kaibigan
lender-employer = Ang employer
lender-other = Ibang tao

visa-work = Visa sa trabaho
visa-domestic_work = Visa para sa kasambahay (domestic worker)
visa-seasonal = Visa para sa seasonal na trabaho
visa-visit = Visit o tourist visa
visa-student = Visa ng estudyante
visa-other = Ibang visa

check-contract_before_departure = Nakatanggap ba kayo ng nakasulat na kontrata bago kayo umalis?
check-contract_understood = Nasa wikang naiintindihan ninyo ba ang kontrata?
check-contract_substituted = Pinapirma ba kayo ng ibang kontrata pagdating ninyo?
check-documents_kept = May kumuha at humawak ba ng inyong pasaporte o ID?
check-job_as_promised = Ang trabaho ba ay tulad ng ipinangako sa inyo?
check-wage_as_promised = Ang sahod ba ay tulad ng ipinangako sa inyo?
check-free_to_change_employer = Malaya ba kayong lumipat ng employer?
check-info_accurate = Tama ba ang impormasyong ibinigay sa inyo bago kayo umalis?

rating-fees_honesty = Katapatan tungkol sa mga bayarin
rating-job_truth = Katotohanan tungkol sa trabaho
rating-contract_documents = Kontrata at mga dokumento
rating-support_after_arrival = Tulong pagdating ninyo
rating-overall = Kabuuang rating

review-status-pending = Naghihintay sa moderator
review-status-approved = Na-publish na
review-status-rejected = Hindi na-publish

reject-reason-not_a_review = Hindi ito review ng ahensyang ito
reject-reason-spam = Advertisement o spam
reject-reason-abusive = Mapang-abuso o nagbabantang pananalita
reject-reason-personal_data = Masyadong maraming personal na impormasyon para i-publish
reject-reason-duplicate = Kopya ng ibang review
reject-reason-wrong_recruiter = Tungkol sa ibang ahensya
reject-reason-other = Ibang dahilan

score-heading = Talaan ng marka
score-no-reviews = Wala pang na-publish na review.
score-rating-out-of-five = { $rating } sa 5
score-review-count = { $count ->
    [one] mula sa { $count } review
   *[other] mula sa { $count } review
}
score-rating-explained = Malapit sa average ng lahat ng ahensya ang rating habang hindi pa sapat ang mga manggagawang nag-review dito, kaya hindi ito mapapaganda o mapapasama nang sobra ng iilang review lang.
score-rating-mean = Average na kabuuang rating
score-share-charged = Mga manggagawang siningil ng fee o gastos
score-share-documents = Mga manggagawang hinawakan ang pasaporte o ID
score-share-substituted = Mga manggagawang pinalitan ang kontrata
score-share-job-not = Mga manggagawang hindi nakuha ang trabahong ipinangako
score-share-again = Mga manggagawang gagamit ulit sa kanila
score-median-cost = Gitnang halaga (median) ng kabuuang ibinayad ({ $currency })
score-median-ratio = Gitnang halaga (median) ng gastos kumpara sa sahod sa unang buwan
score-months-of-wages = { $months } buwang sahod
score-withheld = Kulang pa ang mga review
score-k-explained = Lalabas lang ang numero kapag hindi bababa sa 5 manggagawa ang sumagot, para walang makilala.

review-language-filter = Ipakita ang mga review na nakasulat sa
review-language-any = Kahit anong wika
review-language-filter-submit = Ipakita
review-list-empty = Wala pang na-publish na review.
review-rating-line = Rating: { $rating } sa 5
review-departed = umalis noong { $year }
review-would-use-again = Gagamitin ulit ang ahensyang ito.
review-would-not-use-again = Hindi na gagamitin ulit ang ahensyang ito.

pii-phone = Numero ng telepono
pii-email = Email address
pii-passport = Numero ng pasaporte o ID
pii-url = Web address (link)

moderate-title = Pagsusuri ng mga review
moderate-heading = Mga review na naghihintay ng moderation
moderate-pending-count = { $count ->
    [one] { $count } review ang naghihintay, nauuna ang pinakaluma.
   *[other] { $count } review ang naghihintay, nauuna ang pinakaluma.
}
moderate-empty = Walang review na naghihintay.
moderate-approved = Na-publish na ang review.
moderate-rejected = Tinanggihan ang review.
moderate-gone = May ibang moderator na nagpasya na sa review na iyon.
moderate-review-title = I-moderate ang review
moderate-review-heading = Review na naghihintay ng moderation
moderate-back = Bumalik sa pila
moderate-status = Estado:
moderate-corridor = Biyahe
moderate-sub-agent-note = May binanggit na sub-agent ang review na ito; kapag na-publish, mapupunta ito sa:
moderate-no-text = Walang isinulat na teksto ang manggagawa.
moderate-collected-paper = Kinolekta sa papel ni { $who }
moderate-collected-partner = Ipinadala ng katuwang na organisasyong { $who }
moderate-collected-phone = Kinolekta sa telepono ni { $who }
moderate-collected-batch = Batch ng import { $batch }
moderate-redact-found = May nakitang personal na impormasyon: papalitan ng […] ang mga naka-tsek kapag nag-publish kayo
moderate-redact-text = Alisin din ang eksaktong tekstong ito
moderate-redact-text-hint = Papalitan ng […] ang bawat lugar kung saan ito lumalabas. Iwanang blangko kung wala nang ibang kailangang alisin.
moderate-approve = I-publish
moderate-reason = Dahilan ng pagtanggi
moderate-reject = Tanggihan
moderate-error-span = Wala na sa teksto ang personal na impormasyong iyon. I-reload ang pahina.
moderate-error-redact-text = Masyadong mahaba ang tekstong aalisin, o may mga control character ito.
moderate-error-redact-missing = Wala sa review ang tekstong aalisin.
moderate-error-reason = Pumili ng dahilan ng pagtanggi.

account-reviews-heading = Ang inyong mga review
account-reviews-none = Hindi pa kayo nakakapag-review ng ahensya.
account-review-edit = Baguhin
account-review-year = umalis noong { $year }
review-abuse-complaint-link = Magsampa ng kumpidensyal na reklamo
review-abuse-complaint-hint = Bubukas ang form ng reklamo na may laman na ng isinulat mo sa review na ito. Suriin mo ito, idagdag ang nangyari, at piliin kung sino ang puwedeng makakita. Hindi mo kailangang ibigay ang pangalan mo.
moderate-changed = Binago ng sumulat ang review na ito matapos mo itong buksan. Basahin ulit sa ibaba, saka magpasya.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Kasarian
review-gender-hint = Hindi kailangan. Hindi ito kailanman ipinapakita kasama ng iyong review: binibilang lang ito sa mga ulat tungkol sa grupo ng hindi bababa sa 5 manggagawa.
gender-woman = Babae
gender-man = Lalaki
gender-another = Ibang kasarian
moderate-names-title = Mga pangalang naghihintay na maidagdag sa direktoryo
moderate-names-hint = Binanggit ng mga manggagawa ang mga sub-agent na ito sa mga reklamo o review. Ang pangalang aaprubahan mo ay madaragdag sa pampublikong direktoryo sa susunod na lingguhang paglalathala. Tanggihan ang mga insulto, mga pangalan ng pribadong tao at anumang hindi recruiter.
moderate-names-empty = Walang pangalang naghihintay.
moderate-names-looks-like = Kahawig ng isang nakalistang ahensya:
moderate-names-approve = Aprubahan
moderate-names-refuse = Tanggihan
moderate-names-approved = Naaprubahan: madaragdag ang pangalan sa direktoryo sa susunod na lingguhang paglalathala.
moderate-names-refused = Tinanggihan: hindi isasama ang pangalan sa direktoryo.
moderate-names-gone = May ibang moderator na nakapagpasya na sa pangalang iyon.
moderate-names-more = May iba pang pangalang naghihintay: magpasya sa mga ito para makita ang mga susunod.
