# Language: Swahili (sw). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Jina la mtumiaji
field-password = Nenosiri
field-password-confirm = Nenosiri tena
field-current-password = Nenosiri la sasa
field-new-password = Nenosiri jipya
field-email = Anwani ya barua pepe
field-role = Jukumu
field-organisation = Shirika

login-title = Ingia
login-heading = Ingia
login-submit = Ingia
login-link = Ingia
login-no-account = Huna akaunti bado?
login-anonymous-note = Huhitaji akaunti ili kutafuta mawakala au kutoa malalamiko. Akaunti inakuwezesha kufuatilia maoni yako.

register-title = Fungua akaunti
register-heading = Fungua akaunti
register-intro = Jina la mtumiaji na nenosiri tu. Hakuna jina lako, hakuna barua pepe, hakuna namba ya simu.
register-username-hint = Herufi au tarakimu 3 hadi 32, kwa alfabeti yoyote; unaweza kutumia . _ na -. Usitumie jina lako halisi kama hupendi.
register-password-hint = Angalau herufi 8. Maneno machache unayoweza kukumbuka ni bora kuliko nenosiri fupi la kawaida.
register-submit = Fungua akaunti
register-link = Fungua akaunti
register-privacy = Hatuhifadhi anwani yako ya mtandao (IP), kifaa chako wala namba yako ya simu pamoja na akaunti yako.
register-have-account = Tayari una akaunti?

account-title = Akaunti yako
account-heading = Akaunti yako
account-admin-link = Usimamizi
account-password-heading = Badilisha nenosiri lako
account-password-submit = Badilisha nenosiri
account-password-saved = Nenosiri lako limebadilishwa. Umetolewa kwenye kila kifaa kingine.
account-email-heading = Barua pepe ya taarifa
account-email-hint = Si lazima. Tunakuandikia tu kukuambia kwamba kitu kimebadilika, kamwe si kile malalamiko yako yanachosema. Iache tupu ili kuiondoa.
account-email-submit = Hifadhi anwani ya barua pepe
account-email-saved = Imehifadhiwa.
account-sessions-heading = Kutoka
account-logout = Toka
account-logout-everywhere = Toka kwenye kila kifaa
account-logout-everywhere-hint = Kama ulitumia simu ya kuazima au unadhani mtu mwingine anajua nenosiri lako, toka kila mahali.

role-worker = Mfanyakazi
role-moderator = Mhakiki wa maoni
role-inspector = Mkaguzi wa kazi
role-union_officer = Afisa wa chama cha wafanyakazi
role-caseworker = Mshughulikiaji wa kesi (msaada wa kisheria)
role-admin = Msimamizi

org-role-member = mwanachama
org-role-lead = kiongozi

organisation-kind-labour_inspectorate = Idara ya ukaguzi wa kazi
organisation-kind-origin_authority = Mamlaka ya ajira ya nje ya nchi ya asili
organisation-kind-trade_union = Chama cha wafanyakazi
organisation-kind-legal_aid = Msaada wa kisheria au shirika lisilo la kiserikali
organisation-kind-intake_partner = Mshirika wa kupokea malalamiko (hupokea ripoti kwa gumzo au simu ya msaada)

sector-agriculture = Kilimo
sector-construction = Ujenzi
sector-domestic_work = Kazi za nyumbani
sector-manufacturing = Viwanda
sector-hospitality = Hoteli na migahawa
sector-fishing = Uvuvi
sector-care = Kazi ya kutunza wagonjwa, wazee au watoto
sector-security = Ulinzi
sector-transport = Usafiri
sector-retail = Maduka na biashara ya rejareja
sector-other = Nyingine

error-username-required = Andika jina la mtumiaji.
error-username-length = Jina la mtumiaji lina herufi 3 hadi 32.
error-username-characters = Tumia herufi, tarakimu, nukta, mstari wa chini na kistari tu katika jina la mtumiaji, bila nafasi.
error-username-taken = Jina hili la mtumiaji limeshachukuliwa, au linafanana mno na lililochukuliwa. Jaribu jingine.
error-password-length = Nenosiri lina herufi 8 hadi 128.
error-password-characters = Nenosiri lina herufi za udhibiti zisizoonekana. Liandike tena bila herufi hizo.
error-password-common = Nenosiri hili ni rahisi mno kukisiwa. Tumia refu zaidi, kwa mfano maneno machache yasiyohusiana.
error-password-mismatch = Manenosiri mawili hayafanani.
error-password-wrong = Nenosiri la sasa si sahihi.
error-email-invalid = Hii haionekani kama anwani ya barua pepe.
error-form-invalid = Fomu haikuweza kusomwa. Pakia ukurasa upya kisha ujaribu tena.
error-form-encoding = Fomu ina herufi ambazo hazikuweza kusomwa.
error-form-fields = Fomu ina sehemu ambayo hatuijui, au sehemu ileile mara mbili.
error-text-invalid = Maandishi haya ni marefu mno au yana herufi za udhibiti zisizoonekana.
error-organisation-name-required = Andika jina la shirika.
error-organisation-kind = Chagua aina ya shirika hili.
error-unknown-country = Namba ya nchi haijulikani kwetu. Tumia misimbo ya herufi mbili kama NP, QA, PH.
error-organisation-countries = Taja angalau nchi moja ambayo shirika linashughulikia.
error-sector-unknown = Chagua sekta kutoka kwenye orodha.
error-deadline-days = Muda wa mwisho ni idadi kamili ya siku (kuthibitisha kupokea: 1 hadi 365, kujibu: 1 hadi 730).
error-deadline-order = Muda wa mwisho wa kujibu hauwezi kuwa kabla ya muda wa mwisho wa kuthibitisha kupokea.
error-organisation-required = Wakaguzi, maafisa wa vyama vya wafanyakazi na washughulikiaji wa kesi ni wa shirika fulani: chagua moja.
error-organisation-not-for-role = Wafanyakazi, wahakiki wa maoni na wasimamizi si wa shirika lolote.
error-organisation-unknown = Shirika hilo halipo.
error-role-organisation-kind = Jukumu hili haliendani na aina hii ya shirika (wakaguzi hufanya kazi katika idara za ukaguzi au mamlaka za ajira, maafisa wa vyama katika vyama vya wafanyakazi, washughulikiaji wa kesi katika msaada wa kisheria).
account-session-phone = Simu
account-session-computer = Kivinjari cha kompyuta
account-session-app = Programu
account-session-signed-in = Umeingia
account-session-since = tangu { $day }
account-session-current = kifaa hiki
account-session-end = Toka kwenye kifaa hicho
account-session-ended = Umetolewa kwenye kifaa hicho.

# Password reset by mail, for staff (issue 16).
reset-link = Watumishi wa mashirika: umesahau nenosiri lako?
reset-title = Weka nenosiri jipya
reset-intro = Watumishi wa mashirika wenye anwani ya barua pepe kwenye akaunti yao hupata kiungo cha kuweka nenosiri jipya. Kinafanya kazi mara moja tu, kwa dakika 30. Kama huna anwani, muulize msimamizi.
reset-submit = Nitumie kiungo
reset-sent = Kama hii ni akaunti ya mtumishi wa shirika yenye anwani ya barua pepe, kiungo cha kuweka nenosiri jipya kiko njiani. Kinafanya kazi mara moja tu, kwa dakika 30.
reset-back = Rudi kwenye kuingia
reset-new-heading = Chagua nenosiri jipya
reset-new-intro = Akaunti hii itatolewa kwenye kila kifaa. Kama unasoma kesi, kiongozi wa shirika lako atakupa ufunguo wa shirika tena baada ya kuingia.
reset-new-submit = Weka nenosiri jipya
reset-done = Nenosiri lako limebadilishwa. Ingia kwa kutumia nenosiri hilo.

## Two-step sign-in (a second factor)
field-second-factor-code = Msimbo kutoka kwenye programu yako ya uthibitishaji, au msimbo wa kurejesha
login-code-hint = Ikiwa tu akaunti yako ina kuingia kwa hatua mbili (akaunti za watumishi wa mashirika huwa nayo kila mara). La sivyo, iache tupu.
field-second-factor-current = Msimbo kutoka kwenye programu yako ya sasa, au msimbo wa kurejesha
field-second-factor-new-code = Msimbo wa tarakimu sita ambao programu inaonyesha sasa
two-factor-title = Kuingia kwa hatua mbili
two-factor-heading = Kuingia kwa hatua mbili
two-factor-on = Kuingia kwa hatua mbili kumewashwa: kuingia kunahitaji msimbo kutoka kwenye simu yako pamoja na nenosiri lako.
two-factor-off = Kuingia kwa hatua mbili kumezimwa.
two-factor-manage = Dhibiti mpangilio huu
two-factor-set-up = Weka sasa
two-factor-recovery-left = { $count ->
    [one] Una msimbo mmoja wa kurejesha ambao hujautumia.
   *[other] Una misimbo { $count } ya kurejesha ambayo hujaitumia.
}
two-factor-replace-heading = Hamia kwenye simu au programu mpya
two-factor-required = Akaunti yako inaweza kufungua malalamiko ya wafanyakazi, kwa hiyo inahitaji hatua ya pili: msimbo wa tarakimu sita kutoka kwenye programu iliyo kwenye simu yako, pamoja na nenosiri lako. Weka hatua hii sasa ili uendelee.
two-factor-optional = Unaweza kulinda akaunti yako kwa hatua ya pili: msimbo wa tarakimu sita kutoka kwenye programu iliyo kwenye simu yako, pamoja na nenosiri lako.
two-factor-step-app = Weka programu ya uthibitishaji kwenye simu yako (kwa mfano Aegis, FreeOTP, Google Authenticator au Microsoft Authenticator).
two-factor-step-scan = Katika programu, ongeza akaunti na uchanganue msimbo huu.
two-factor-qr-label = Msimbo wa QR kwa ajili ya programu yako ya uthibitishaji
two-factor-step-key = Kama programu haiwezi kuchanganua, andika ufunguo huu:
two-factor-step-code = Andika msimbo wa tarakimu sita ambao programu inaonyesha.
two-factor-submit = Washa kuingia kwa hatua mbili
two-factor-off-heading = Zima kuingia kwa hatua mbili
two-factor-off-submit = Zima
two-factor-off-done = Kuingia kwa hatua mbili sasa kumezimwa.
two-factor-back = Rudi kwenye akaunti yako
two-factor-recovery-used = Uliingia kwa msimbo wa kurejesha, ambao hauwezi kutumika tena. Kama ulipoteza simu yako, weka simu mpya hapa chini.
recovery-codes-title = Misimbo ya kurejesha
recovery-codes-heading = Misimbo yako ya kurejesha
recovery-codes-done = Kuingia kwa hatua mbili kumewashwa.
recovery-codes-explain = Ukipoteza simu yako, ingia kwa mojawapo ya misimbo hii badala ya tarakimu sita. Kila msimbo unafanya kazi mara moja tu. Iandike au ichapishe, na uiweke mahali salama, mbali na simu yako.
recovery-codes-once = Misimbo hii inaonyeshwa sasa tu. Misimbo yoyote ya kurejesha ya awali haifanyi kazi tena.
reset-code-hint = Akaunti yako ina kuingia kwa hatua mbili: andika msimbo kutoka kwenye programu yako, au msimbo wa kurejesha.
error-second-factor-code = Msimbo huo si sahihi, au ulishatumika. Andika msimbo ambao programu inaonyesha sasa.
error-second-factor-expired = Ukurasa huu ulikuwa wazi kwa muda mrefu mno. Changanua msimbo mpya hapa chini kisha ujaribu tena.
error-second-factor-required = Kwanza weka kuingia kwa hatua mbili kwenye tovuti (Akaunti, kisha Kuingia kwa hatua mbili).
