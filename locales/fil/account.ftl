# Language: Filipino (fil). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Username
field-password = Password
field-password-confirm = Password ulit
field-current-password = Kasalukuyang password
field-new-password = Bagong password
field-email = Email address
field-role = Tungkulin
field-organisation = Organisasyon

login-title = Mag-log in
login-heading = Mag-log in
login-submit = Mag-log in
login-link = Mag-log in
login-no-account = Wala pa kayong account?
login-anonymous-note = Hindi ninyo kailangan ng account para maghanap ng ahensya o para magreklamo. Kung may account kayo, masusubaybayan ninyo ang inyong mga review.

register-title = Gumawa ng account
register-heading = Gumawa ng account
register-intro = Username at password lang. Walang pangalan, walang email, walang numero ng telepono.
register-username-hint = 3 hanggang 32 letra o numero, sa kahit anong alpabeto; puwede rin ninyong gamitin ang . _ at -. Huwag gamitin ang tunay ninyong pangalan kung ayaw ninyo.
register-password-hint = Hindi bababa sa 8 character. Mas mabuti ang ilang salitang madali ninyong matandaan kaysa sa maikli at karaniwang password.
register-submit = Gawin ang account
register-link = Gumawa ng account
register-privacy = Hindi namin itinatago kasama ng inyong account ang inyong internet (IP) address, ang inyong device, o ang inyong numero ng telepono.
register-have-account = May account na kayo?

account-title = Ang inyong account
account-heading = Ang inyong account
account-admin-link = Administrasyon
account-password-heading = Palitan ang inyong password
account-password-submit = Palitan ang password
account-password-saved = Napalitan na ang inyong password. Na-log out na kayo sa lahat ng iba pang device.
account-email-heading = Email para sa mga abiso
account-email-hint = Opsyonal. Susulatan lang namin kayo para sabihing may nagbago, hindi kailanman kung ano ang laman ng inyong reklamo. Iwanang blangko para alisin ito.
account-email-submit = I-save ang email address
account-email-saved = Na-save na.
account-sessions-heading = Pag-log out
account-logout = Mag-log out
account-logout-everywhere = Mag-log out sa lahat ng device
account-logout-everywhere-hint = Kung gumamit kayo ng teleponong ginagamit din ng iba, o sa tingin ninyo ay may ibang nakakaalam ng inyong password, mag-log out kayo sa lahat ng device.

role-worker = Manggagawa
role-moderator = Moderator
role-inspector = Labor inspector
role-union_officer = Opisyal ng unyon
role-caseworker = Caseworker (tulong legal)
role-admin = Tagapangasiwa

org-role-member = miyembro
org-role-lead = pinuno

organisation-kind-labour_inspectorate = Tanggapan ng labor inspection
organisation-kind-origin_authority = Awtoridad sa recruitment ng bansang pinagmulan
organisation-kind-trade_union = Unyon ng manggagawa
organisation-kind-legal_aid = Legal aid o NGO
organisation-kind-intake_partner = Katuwang sa pagtanggap (tumatanggap ng ulat sa chat o hotline)

sector-agriculture = Agrikultura
sector-construction = Konstruksyon
sector-domestic_work = Trabahong pambahay (kasambahay)
sector-manufacturing = Pagmamanupaktura (pabrika)
sector-hospitality = Hotel at restawran
sector-fishing = Pangingisda
sector-care = Pag-aalaga (caregiving)
sector-security = Seguridad
sector-transport = Transportasyon
sector-retail = Tindahan at retail
sector-other = Iba pa

error-username-required = Mag-type ng username.
error-username-length = Ang username ay may 3 hanggang 32 character.
error-username-characters = Letra, numero, tuldok, underscore at gitling lang ang gamitin sa username, at walang espasyo.
error-username-taken = May gumagamit na ng username na ito, o masyado itong kamukha ng isang ginagamit na. Sumubok ng iba.
error-password-length = Ang password ay may 8 hanggang 128 character.
error-password-characters = May mga nakatagong control character ang password. I-type itong muli nang wala ang mga iyon.
error-password-common = Masyadong madaling hulaan ang password na ito. Gumamit ng mas mahaba, halimbawa ilang salitang walang kaugnayan sa isa't isa.
error-password-mismatch = Hindi magkapareho ang dalawang password.
error-password-wrong = Mali ang kasalukuyang password.
error-email-invalid = Mukhang hindi ito email address.
error-form-invalid = Hindi mabasa ang form. I-reload ang pahina at subukang muli.
error-form-encoding = May mga character sa form na hindi mabasa.
error-form-fields = May field sa form na hindi namin alam, o dalawang beses na lumabas ang parehong field.
error-text-invalid = Masyadong mahaba ang tekstong ito o may mga nakatagong control character ito.
error-organisation-name-required = I-type ang pangalan ng organisasyon.
error-organisation-kind = Piliin kung anong uri ng organisasyon ito.
error-unknown-country = May country code na hindi namin alam. Gumamit ng code na may dalawang letra, tulad ng NP, QA, PH.
error-organisation-countries = Magbigay ng kahit isang bansang sakop ng organisasyon.
error-sector-unknown = Pumili ng mga sektor mula sa listahan.
error-deadline-days = Ang deadline ay buong bilang ng araw (pagkilala sa pagtanggap: 1 hanggang 365, sagot: 1 hanggang 730).
error-deadline-order = Hindi puwedeng mauna ang deadline ng sagot sa deadline ng pagkilala sa pagtanggap.
error-organisation-required = Kabilang sa isang organisasyon ang mga inspector, opisyal ng unyon at caseworker: pumili ng isa.
error-organisation-not-for-role = Hindi kabilang sa anumang organisasyon ang mga manggagawa, moderator at administrator.
error-organisation-unknown = Walang ganoong organisasyon.
error-role-organisation-kind = Hindi tugma ang tungkuling ito sa ganitong uri ng organisasyon (sa labor inspection o sa awtoridad sa recruitment nagtatrabaho ang mga inspector, sa unyon ang mga opisyal ng unyon, sa legal aid ang mga caseworker).
account-session-phone = Isang telepono
account-session-computer = Browser ng computer
account-session-app = Isang app o programa
account-session-signed-in = Naka-sign in
account-session-since = mula { $day }
account-session-current = ang device na ito
account-session-end = Mag-sign out doon
account-session-ended = Na-sign out na ang session na iyon.

# Password reset by mail, for staff (issue 16).
reset-link = Staff: nakalimutan ang password?
reset-title = Magtakda ng bagong password
reset-intro = Ang staff na may e-mail address sa kanilang account ay makatatanggap ng link para magtakda ng bagong password. Isang beses lang ito gagana, sa loob ng 30 minuto. Kung walang address, humingi sa isang administrator.
reset-submit = Padalhan ako ng link
reset-sent = Kung staff account ito na may e-mail address, parating na ang link para magtakda ng bagong password. Isang beses lang ito gagana, sa loob ng 30 minuto.
reset-back = Bumalik sa pag-sign in
reset-new-heading = Pumili ng bagong password
reset-new-intro = Matatapos ang lahat ng session ng account na ito. Kung nagbabasa ka ng mga kaso, ibibigay muli sa iyo ng isang lead ng iyong organisasyon ang susi nito pagkatapos mong mag-sign in.
reset-new-submit = Itakda ang bagong password
reset-done = Napalitan na ang password mo. Mag-sign in gamit ito.

## Dalawang-hakbang na pag-log in
field-second-factor-code = Code mula sa authenticator app, o recovery code
login-code-hint = Kung may dalawang-hakbang na pag-log in lang ang inyong account (laging mayroon ang mga account ng staff). Kung wala, iwanang blangko.
field-second-factor-current = Code mula sa kasalukuyang app, o recovery code
field-second-factor-new-code = Ang anim na numerong code na ipinapakita ngayon ng app
two-factor-title = Dalawang-hakbang na pag-log in
two-factor-heading = Dalawang-hakbang na pag-log in
two-factor-on = Naka-on ang dalawang-hakbang na pag-log in: bukod sa password, hinihingi rin ang code mula sa inyong telepono.
two-factor-off = Naka-off ang dalawang-hakbang na pag-log in.
two-factor-manage = Ayusin
two-factor-set-up = I-set up
two-factor-recovery-left = { $count ->
    [one] May isa kayong hindi pa nagagamit na recovery code.
   *[other] May { $count } kayong hindi pa nagagamit na recovery code.
}
two-factor-replace-heading = Ilipat sa bagong telepono o app
two-factor-required = Nakakapagbukas ng mga reklamo ng manggagawa ang inyong account, kaya kailangan nito ng ikalawang hakbang: anim na numerong code mula sa app sa inyong telepono, bukod sa password. I-set up ito ngayon para makapagpatuloy.
two-factor-optional = Mapoprotektahan ninyo ang inyong account ng ikalawang hakbang: anim na numerong code mula sa app sa inyong telepono, bukod sa password.
two-factor-step-app = Mag-install ng authenticator app sa inyong telepono (halimbawa Aegis, FreeOTP, Google Authenticator o Microsoft Authenticator).
two-factor-step-scan = Sa app, magdagdag ng account at i-scan ang code na ito.
two-factor-qr-label = QR code para sa inyong authenticator app
two-factor-step-key = Kung hindi makapag-scan ang app, i-type ang key na ito:
two-factor-step-code = I-type ang anim na numerong code na ipinapakita ng app.
two-factor-submit = I-on ang dalawang-hakbang na pag-log in
two-factor-off-heading = I-off ang dalawang-hakbang na pag-log in
two-factor-off-submit = I-off
two-factor-off-done = Naka-off na ang dalawang-hakbang na pag-log in.
two-factor-back = Bumalik sa inyong account
two-factor-recovery-used = Nag-log in kayo gamit ang recovery code, na hindi na magagamit muli. Kung nawala ang inyong telepono, mag-set up ng bago sa ibaba.
recovery-codes-title = Mga recovery code
recovery-codes-heading = Ang inyong mga recovery code
recovery-codes-done = Naka-on ang dalawang-hakbang na pag-log in.
recovery-codes-explain = Kung mawala ang inyong telepono, mag-log in gamit ang isa sa mga code na ito sa halip na ang anim na numero. Isang beses lang gumagana ang bawat isa. Isulat o i-print ang mga ito at itago sa ligtas na lugar, malayo sa inyong telepono.
recovery-codes-once = Ngayon lang ipinapakita ang mga code na ito. Hindi na gumagana ang mga naunang recovery code.
reset-code-hint = May dalawang-hakbang na pag-log in ang inyong account: i-type ang code mula sa app, o isang recovery code.
error-second-factor-code = Mali ang code na iyan, o nagamit na. I-type ang code na ipinapakita ngayon ng app.
error-second-factor-expired = Masyadong matagal na nakabukas ang pahinang ito. I-scan ang bagong code sa ibaba at subukang muli.
error-second-factor-required = I-set up muna ang dalawang-hakbang na pag-log in sa website (Account, pagkatapos Dalawang-hakbang na pag-log in).
