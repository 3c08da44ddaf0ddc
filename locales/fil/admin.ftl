# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Administrasyon
admin-heading = Administrasyon
admin-nav-label = Administrasyon
admin-nav-overview = Pangkalahatang-tanaw
admin-nav-organisations = Mga organisasyon
admin-nav-staff = Mga kawani
admin-nav-recruiters = Listahan ng mga ahensya
admin-nav-audit = Talaan ng mga pangyayari
admin-count-organisations = Mga organisasyon
admin-count-staff = Mga account ng staff
admin-count-workers = Mga account ng manggagawa
admin-recruiters-link = Magdagdag o magtama ng mga ahensya sa listahan
admin-recent-events = Mga pinakabagong security event
admin-audit-link = Tingnan ang buong audit log
admin-save = I-save ang mga pagbabago
admin-saved = Na-save na ang inyong mga pagbabago.
admin-disabled = Naka-disable
admin-enabled = Aktibo
admin-standing = Katayuan

## Audit log
admin-audit-title = Talaan ng mga pangyayari
admin-audit-heading = Talaan ng mga pangyayari
admin-audit-intro = Ang 200 pinakabagong security event, nauuna ang pinakabago. Nasa UTC ang mga oras.
admin-audit-none = Wala pang naitalang event.
admin-audit-time = Oras (UTC)
admin-audit-event = Pangyayari
admin-audit-people = Sino
admin-audit-detail = Detalye
admin-audit-actor = Ginawa ni:
admin-audit-subject = Account:
admin-outcome-success = Nagtagumpay
admin-outcome-failure = Nabigo
admin-outcome-refused = Tinanggihan
admin-event-sign-in = Pag-log in
admin-event-sign-out = Pag-log out
admin-event-sign-out-everywhere = Pag-log out sa lahat ng device
admin-event-password-changed = Pinalitan ang password
admin-event-account-created = Ginawa ang account
admin-event-role-changed = Pinalitan ang tungkulin
admin-event-organisation-changed = Pinalitan ang organisasyon ng account
admin-event-account-disabled = Na-disable ang account
admin-event-account-enabled = Muling na-enable ang account
admin-event-organisation-created = Idinagdag ang organisasyon
admin-event-organisation-updated = Binago ang detalye ng organisasyon
admin-event-recruiter-created = Idinagdag ang ahensya
admin-event-recruiter-updated = Binago ang detalye ng ahensya

## Organisations
admin-organisations-title = Mga organisasyon
admin-organisations-heading = Mga organisasyon
admin-organisations-none = Wala pang naidagdag na organisasyon.
admin-organisation-create-heading = Magdagdag ng organisasyon
admin-organisation-create-submit = Idagdag ang organisasyon
admin-organisation-edit-heading = Baguhin ang organisasyong ito
admin-field-organisation-name = Pangalan
admin-field-kind = Uri ng organisasyon
admin-field-countries = Mga bansang sakop
admin-countries-hint = Mga country code na may dalawang letra, pinaghihiwalay ng kuwit o espasyo, hal. QA, AE.
admin-field-sectors = Mga sektor
admin-sectors-hint = Huwag lagyan ng tsek ang alinman kung hinahawakan ng organisasyon ang lahat ng sektor.
admin-sectors-all = Lahat ng sektor
admin-field-acknowledge-days = Ilang araw para kilalanin ang pagtanggap ng reklamo
admin-acknowledge-days-hint = Mula 1 hanggang 365 araw. Karaniwang 7.
admin-field-answer-days = Ilang araw para sagutin ang reklamo
admin-answer-days-hint = Mula 1 hanggang 730 araw, at hindi bababa sa bilang ng araw para kilalanin ang pagtanggap. Karaniwang 90.
admin-deadlines = Mga deadline
# Filipino (CLDR): "one" covers many numbers (1, 2, 3, 5, 7, 8, 10 …), so every variant shows the number; "araw" does not change.
admin-deadline-acknowledge = { $days ->
    [one] Kilalanin ang pagtanggap sa loob ng { $days } araw
   *[other] Kilalanin ang pagtanggap sa loob ng { $days } araw
}
admin-deadline-answer = { $days ->
    [one] Sumagot sa loob ng { $days } araw
   *[other] Sumagot sa loob ng { $days } araw
}
admin-members-heading = Staff ng organisasyong ito
admin-members-none = Wala pang nagtatrabaho para sa organisasyong ito sa FairRecruit.

## Staff
admin-staff-title = Mga kawani
admin-staff-heading = Mga account ng staff
admin-staff-none = Wala pang account ng staff.
admin-staff-create-heading = Magdagdag ng account ng staff
admin-staff-create-submit = Idagdag ang account
admin-staff-password-hint = Hindi bababa sa 8 character, at hindi karaniwang password. Ibigay ito sa tao sa ligtas na paraan; mapapalitan niya ito sa pahina ng kanyang account.
admin-organisation-none = Walang organisasyon
admin-organisation-hint = Kabilang ang mga inspector sa tanggapan ng labor inspection o sa awtoridad ng bansang pinagmulan, ang mga opisyal ng unyon sa unyon ng manggagawa, at ang mga caseworker sa organisasyong legal aid. Hindi kabilang sa anumang organisasyon ang mga moderator at administrator.
admin-field-lead = Pinuno ng organisasyon (inaabisuhan tungkol sa mga escalation at sa mga kasong lampas na sa deadline)
admin-field-disabled = Naka-disable ang account (hindi makakapag-log in ang tao)
admin-staff-edit-heading = Baguhin ang account na ito
admin-staff-edit-hint = Kapag nag-save ng pagbabago, mala-log out agad ang tao sa lahat ng device.
admin-staff-self-hint = Ito ang sarili ninyong account: hindi ninyo maaalis ang inyong tungkulin bilang administrator, at hindi ninyo ito ma-disable.

## Recruiter directory
admin-recruiters-title = Listahan ng mga ahensya
admin-recruiters-heading = Listahan ng mga ahensya
admin-recruiter-create-heading = Magdagdag ng lisensyadong ahensya
admin-recruiter-create-submit = Idagdag ang ahensya
admin-recruiter-edit-heading = Itama ang ahensyang ito
admin-recruiter-edit-hint = Ang pagbabago sa estado ng lisensya ay idinadagdag sa pampublikong kasaysayan ng lisensya ng ahensya, kasama ang petsa ngayong araw.
admin-recruiter-public-link = Tingnan ang pampublikong profile
admin-field-recruiter-name = Pangalan ng ahensya
admin-field-licensing-country = Bansang nagbigay ng lisensya
admin-licensing-country-hint = Country code na may dalawang letra, hal. NP para sa Nepal.

## Errors
admin-error-role = Pumili ng tungkulin mula sa listahan.
admin-error-own-role = Hindi ninyo maaalis ang sarili ninyong tungkulin bilang administrator. Humingi ng tulong sa ibang administrator.
admin-error-own-disable = Hindi ninyo ma-disable ang sarili ninyong account. Humingi ng tulong sa ibang administrator.
admin-error-country-code = Gumamit ng mga country code na may dalawang letra, tulad ng NP, QA o AE, na pinaghihiwalay ng kuwit.
admin-error-destinations-too-many = Hanggang 60 bansang destinasyon lang ang puwedeng ibigay.
admin-error-name-required = Ibigay ang pangalan ng ahensya.
admin-error-licence-required = Ibigay ang numero ng lisensya.
admin-error-licence-taken = May ibang ahensyang may hawak na ng numero ng lisensyang ito sa bansang ito.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Tungkulin
admin-detail-organisation = Organisasyon
admin-detail-kind = Uri
admin-detail-countries = Mga bansa
admin-detail-sectors = Mga sektor
admin-detail-days = Mga deadline (araw)
admin-detail-recruiter = Ahensya
admin-detail-status = Estado ng lisensya
admin-detail-reason = Dahilan
admin-detail-reason-throttled = sobrang daming subok
admin-detail-reason-disabled = naka-disable ang account

## Setting a staff member's password
admin-password-heading = Magtakda ng bagong password
admin-password-hint = Para sa staff na nakalimot ng password. Matatapos agad ang lahat ng session nila. Ibigay ang bagong password sa ligtas na paraan; mapapalitan nila ito sa pahina ng kanilang account.
admin-password-submit = Itakda ang password
admin-error-own-password = Palitan ang sarili ninyong password sa pahina ng inyong account.
admin-event-password-reset = Password na itinakda ng administrator
admin-warning-look-alike = Kahawig ng pangalang ito ang pangalan ng isang nakalistang ahensya. Hindi ito na-save.
admin-look-alike-list = Tiyaking hindi ito isa sa mga ahensyang ito:
admin-look-alike-confirm = Ibang ahensya ito: i-save pa rin

## Dalawang-hakbang na pag-log in
admin-second-factor-on = naka-set up
admin-second-factor-off = hindi pa naka-set up (hihingin sa susunod na pag-log in)
admin-second-factor-heading = I-reset ang dalawang-hakbang na pag-log in
admin-second-factor-hint = Para sa taong nawalan ng telepono at ng mga recovery code. Matatapos ang lahat ng session niya; sa susunod na pag-log in, magse-set up siya ng bagong app. Sasabihan siya sa email.
admin-second-factor-submit = I-reset ang dalawang-hakbang na pag-log in
admin-event-second-factor-enrolled = Na-set up ang dalawang-hakbang na pag-log in
admin-event-second-factor-replaced = Inilipat sa bagong app ang dalawang-hakbang na pag-log in
admin-event-second-factor-removed = Na-off ang dalawang-hakbang na pag-log in
admin-event-second-factor-reset = Ni-reset ng administrator ang dalawang-hakbang na pag-log in
admin-detail-reason-second-factor = mali o nagamit nang code
admin-detail-reason-no-second-factor = hindi naka-set up ang dalawang-hakbang na pag-log in
admin-detail-reason-recovery-code = gamit ang recovery code

## API keys of intake partners (issue 18)
admin-partner-keys-link = Mga API key
admin-partner-keys-title = Mga API key ng { $name }
admin-partner-keys-intro = Sa pamamagitan ng key, ang chat bot o hotline system ng katuwang na ito ay makapaghahain ng mga reklamo at review para sa mga manggagawa, nang may pahintulot na ibinigay nila, at masusubaybayan ang mga inihain nito. Wala nang iba. Isang beses lang ipinapakita ang key kapag ginawa ito; hash lang nito ang itinatago.
admin-partner-keys-none = Wala pang key ang katuwang na ito.
admin-partner-keys-col-name = Pangalan
admin-partner-keys-col-made = Ginawa
admin-partner-keys-col-expires = Mag-e-expire
admin-partner-keys-col-used = Huling ginamit
admin-partner-keys-col-state = Kalagayan
admin-partner-keys-never = hindi pa nagamit
admin-partner-keys-active = aktibo
admin-partner-keys-revoked = binawi
admin-partner-keys-expired = paso na
admin-partner-keys-revoke = Bawiin
admin-partner-keys-create-heading = Gumawa ng key
admin-partner-keys-name = Pangalan ng key
admin-partner-keys-name-hint = Sabihin kung saan ito ginagamit, halimbawa "WhatsApp bot" o "Hotline, Kathmandu".
admin-partner-keys-days = May bisa nang ilang araw (1 hanggang 365)
admin-partner-keys-create = Gawin ang key
admin-partner-keys-shown-once = Ngayon lang ipapakita ang bagong key. Kopyahin ito sa system ng katuwang: wala nang makakakita nito muli. Kung mawala ito, bawiin ito at gumawa ng bago.
admin-partner-keys-revoked-done = Binawi na ang key: tatanggihan na mula ngayon ang bawat kahilingang gagawin gamit ito.
error-partner-key-name = Bigyan ang key ng pangalang may 1 hanggang 100 character.
error-partner-key-days = May bisa ang isang key nang 1 hanggang 365 araw.
error-partner-key-not-partner = Para lamang sa mga organisasyong katuwang sa pagtanggap (intake partner) ang mga API key.
