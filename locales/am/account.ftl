# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = የተጠቃሚ ስም
field-password = የይለፍ ቃል
field-password-confirm = የይለፍ ቃል በድጋሚ
field-current-password = አሁን ያለው የይለፍ ቃል
field-new-password = አዲስ የይለፍ ቃል
field-email = የኢሜይል አድራሻ
field-role = ሚና
field-organisation = ድርጅት

login-title = ይግቡ
login-heading = ይግቡ
login-submit = ይግቡ
login-link = ይግቡ
login-no-account = እስካሁን መለያ የለዎትም?
login-anonymous-note = ኤጀንሲዎችን ለመፈለግም ሆነ ቅሬታ ለማቅረብ መለያ አያስፈልግዎትም። መለያ ካለዎት የሰጡትን አስተያየት መከታተል ይችላሉ።

register-title = መለያ ይክፈቱ
register-heading = መለያ ይክፈቱ
register-intro = የተጠቃሚ ስምና የይለፍ ቃል ብቻ። ስም፣ ኢሜይል ወይም ስልክ ቁጥር አያስፈልግም።
register-username-hint = ከ3 እስከ 32 ፊደሎች ወይም ቁጥሮች፣ በማንኛውም ፊደል፤ . _ እና - መጠቀም ይችላሉ። ካልፈለጉ እውነተኛ ስምዎን አይጠቀሙ።
register-password-hint = ቢያንስ 8 ምልክቶች። የሚያስታውሷቸው ጥቂት ቃላት ከአጭርና ከተለመደ የይለፍ ቃል ይሻላሉ።
register-submit = መለያውን ይክፈቱ
register-link = መለያ ይክፈቱ
register-privacy = የኢንተርኔት (IP) አድራሻዎን፣ መሣሪያዎን ወይም ስልክ ቁጥርዎን ከመለያዎ ጋር አናስቀምጥም።
register-have-account = መለያ አለዎት?

account-title = የእርስዎ መለያ
account-heading = የእርስዎ መለያ
account-admin-link = አስተዳደር
account-password-heading = የይለፍ ቃልዎን ይቀይሩ
account-password-submit = የይለፍ ቃሉን ይቀይሩ
account-password-saved = የይለፍ ቃልዎ ተቀይሯል። ከሌሎቹ መሣሪያዎች በሙሉ ወጥተዋል።
account-email-heading = ለማሳወቂያዎች የሚሆን ኢሜይል
account-email-hint = የግድ አይደለም። የምንጽፍልዎ አንድ ነገር መቀየሩን ለመንገር ብቻ ነው፤ ቅሬታዎ ምን እንደሚል በፍጹም አንጽፍም። ለማስወገድ ባዶ ይተዉት።
account-email-submit = የኢሜይል አድራሻውን ያስቀምጡ
account-email-saved = ተቀምጧል።
account-sessions-heading = መውጣት
account-logout = ይውጡ
account-logout-everywhere = ከሁሉም መሣሪያዎች ይውጡ
account-logout-everywhere-hint = የጋራ ስልክ ከተጠቀሙ ወይም ሌላ ሰው የይለፍ ቃልዎን ያውቃል ብለው ካሰቡ፣ ከሁሉም ቦታ ይውጡ።

role-worker = ሠራተኛ
role-moderator = የአስተያየት አረጋጋጭ
role-inspector = የሥራ ተቆጣጣሪ
role-union_officer = የሠራተኛ ማኅበር ኃላፊ
role-caseworker = የጉዳይ ባለሙያ (የሕግ ድጋፍ)
role-admin = አስተዳዳሪ

org-role-member = አባል
org-role-lead = መሪ

organisation-kind-labour_inspectorate = የሥራ ቁጥጥር መሥሪያ ቤት
organisation-kind-origin_authority = የትውልድ አገር የውጭ ሥራ ስምሪት ባለሥልጣን
organisation-kind-trade_union = የሠራተኛ ማኅበር
organisation-kind-legal_aid = የሕግ ድጋፍ ወይም መንግሥታዊ ያልሆነ ድርጅት
organisation-kind-intake_partner = የአቤቱታ መቀበያ አጋር (በቻት ወይም በስልክ መስመር ሪፖርቶችን ይቀበላል)

sector-agriculture = ግብርና
sector-construction = ግንባታ
sector-domestic_work = የቤት ውስጥ ሥራ
sector-manufacturing = የፋብሪካ ሥራ
sector-hospitality = ሆቴልና ምግብ ቤት
sector-fishing = ዓሣ ማጥመድ
sector-care = የእንክብካቤ ሥራ (ሕሙማን፣ አረጋውያን፣ ሕፃናት)
sector-security = የጥበቃ ሥራ
sector-transport = ትራንስፖርት
sector-retail = ሱቅና ችርቻሮ ንግድ
sector-other = ሌላ

error-username-required = የተጠቃሚ ስም ይጻፉ።
error-username-length = የተጠቃሚ ስም ከ3 እስከ 32 ምልክቶች አሉት።
error-username-characters = በተጠቃሚ ስም ውስጥ ፊደሎችን፣ ቁጥሮችን፣ ነጥብን፣ የታችኛውን መስመር (_) እና ሰረዝን (-) ብቻ ይጠቀሙ፤ ክፍተት አይጠቀሙ።
error-username-taken = ይህ የተጠቃሚ ስም ተይዟል፣ ወይም ከተያዘ ስም ጋር በጣም ይመሳሰላል። ሌላ ይሞክሩ።
error-password-length = የይለፍ ቃል ከ8 እስከ 128 ምልክቶች አሉት።
error-password-characters = የይለፍ ቃሉ የማይታዩ የቁጥጥር ምልክቶችን ይዟል። ያለ እነሱ እንደገና ይጻፉት።
error-password-common = ይህ የይለፍ ቃል በቀላሉ የሚገመት ነው። ረዘም ያለ ይጠቀሙ፤ ለምሳሌ እርስ በርስ የማይገናኙ ጥቂት ቃላት።
error-password-mismatch = ሁለቱ የይለፍ ቃሎች አንድ አይደሉም።
error-password-wrong = አሁን ያለው የይለፍ ቃል ትክክል አይደለም።
error-email-invalid = ይህ የኢሜይል አድራሻ አይመስልም።
error-form-invalid = ቅጹን ማንበብ አልተቻለም። ገጹን እንደገና ይጫኑና እንደገና ይሞክሩ።
error-form-encoding = ቅጹ ሊነበቡ ያልቻሉ ምልክቶችን ይዟል።
error-form-fields = ቅጹ የማናውቀውን መስክ፣ ወይም አንዱን መስክ ሁለት ጊዜ ይዟል።
error-text-invalid = ይህ ጽሑፍ በጣም ረጅም ነው ወይም የማይታዩ የቁጥጥር ምልክቶችን ይዟል።
error-organisation-name-required = የድርጅቱን ስም ይጻፉ።
error-organisation-kind = ይህ ምን ዓይነት ድርጅት እንደሆነ ይምረጡ።
error-unknown-country = አንዱ የአገር ኮድ የምናውቀው አይደለም። እንደ NP፣ QA፣ PH ያሉ ባለሁለት ፊደል ኮዶችን ይጠቀሙ።
error-organisation-countries = ድርጅቱ የሚሸፍነውን ቢያንስ አንድ አገር ይስጡ።
error-sector-unknown = ዘርፎችን ከዝርዝሩ ውስጥ ይምረጡ።
error-deadline-days = የጊዜ ገደብ ሙሉ የቀናት ቁጥር ነው (መቀበሉን ለማረጋገጥ፦ ከ1 እስከ 365፣ ምላሽ ለመስጠት፦ ከ1 እስከ 730)።
error-deadline-order = የምላሽ መስጫው የጊዜ ገደብ ከመቀበል ማረጋገጫው የጊዜ ገደብ በፊት ሊሆን አይችልም።
error-organisation-required = ተቆጣጣሪዎች፣ የማኅበር ኃላፊዎችና የጉዳይ ባለሙያዎች የአንድ ድርጅት አባል ናቸው፦ አንዱን ይምረጡ።
error-organisation-not-for-role = ሠራተኞች፣ አረጋጋጮችና አስተዳዳሪዎች የየትኛውም ድርጅት አባል አይደሉም።
error-organisation-unknown = ያ ድርጅት የለም።
error-role-organisation-kind = ይህ ሚና ከዚህ ዓይነት ድርጅት ጋር አይሄድም (ተቆጣጣሪዎች በሥራ ቁጥጥር መሥሪያ ቤቶች ወይም በሥራ ስምሪት ባለሥልጣናት፣ የማኅበር ኃላፊዎች በሠራተኛ ማኅበራት፣ የጉዳይ ባለሙያዎች በሕግ ድጋፍ ድርጅቶች ይሠራሉ)።
account-session-phone = ስልክ
account-session-computer = የኮምፒውተር አሳሽ (ብራውዘር)
account-session-app = መተግበሪያ ወይም ፕሮግራም
account-session-signed-in = ገብተዋል
account-session-since = ከ{ $day } ጀምሮ
account-session-current = ይህ መሣሪያ
account-session-end = ከዚያ መሣሪያ ይውጡ
account-session-ended = ከዚያ መሣሪያ ወጥተዋል።

# Password reset by mail, for staff (issue 16).
reset-link = የድርጅት ባለሙያዎች፦ የይለፍ ቃልዎን ረሱ?
reset-title = አዲስ የይለፍ ቃል ያዘጋጁ
reset-intro = በመለያቸው ላይ የኢሜይል አድራሻ ያላቸው የድርጅት ባለሙያዎች አዲስ የይለፍ ቃል ለማዘጋጀት የሚያስችል ሊንክ ይደርሳቸዋል። ሊንኩ አንድ ጊዜ ብቻ፣ ለ30 ደቂቃ ይሰራል። አድራሻ ከሌለዎት አስተዳዳሪን ይጠይቁ።
reset-submit = ሊንክ ይላኩልኝ
reset-sent = ይህ የኢሜይል አድራሻ ያለው የባለሙያ መለያ ከሆነ፣ አዲስ የይለፍ ቃል ማዘጋጃ ሊንክ እየተላከ ነው። ሊንኩ አንድ ጊዜ ብቻ፣ ለ30 ደቂቃ ይሰራል።
reset-back = ወደ መግቢያ ይመለሱ
reset-new-heading = አዲስ የይለፍ ቃል ይምረጡ
reset-new-intro = የዚህ መለያ ሁሉም የመግቢያ ክፍለ ጊዜዎች ያበቃሉ። ጉዳዮችን የሚያነቡ ከሆነ፣ ከገቡ በኋላ የድርጅትዎ መሪ የድርጅቱን ቁልፍ እንደገና ይሰጥዎታል።
reset-new-submit = አዲሱን የይለፍ ቃል ያስቀምጡ
reset-done = የይለፍ ቃልዎ ተቀይሯል። በአዲሱ የይለፍ ቃል ይግቡ።

## Two-step sign-in (a second factor)
field-second-factor-code = ከማረጋገጫ መተግበሪያዎ የሚገኝ ኮድ፣ ወይም የመልሶ ማግኛ ኮድ
login-code-hint = መለያዎ ባለሁለት ደረጃ መግቢያ ካለው ብቻ (የባለሙያ መለያዎች ሁልጊዜ አላቸው)። ያለበለዚያ ባዶ ይተዉት።
field-second-factor-current = አሁን ካለው መተግበሪያዎ የሚገኝ ኮድ፣ ወይም የመልሶ ማግኛ ኮድ
field-second-factor-new-code = መተግበሪያው አሁን የሚያሳየው ባለ ስድስት አሃዝ ኮድ
two-factor-title = ባለሁለት ደረጃ መግቢያ
two-factor-heading = ባለሁለት ደረጃ መግቢያ
two-factor-on = ባለሁለት ደረጃ መግቢያ በርቷል፦ ሲገቡ ከይለፍ ቃልዎ በተጨማሪ ከስልክዎ የሚገኝ ኮድ ይጠየቃሉ።
two-factor-off = ባለሁለት ደረጃ መግቢያ ጠፍቷል።
two-factor-manage = ያስተዳድሩት
two-factor-set-up = ያዘጋጁት
two-factor-recovery-left = { $count ->
    [one] ያልተጠቀሙበት { $count } የመልሶ ማግኛ ኮድ አለዎት።
   *[other] ያልተጠቀሙባቸው { $count } የመልሶ ማግኛ ኮዶች አለዎት።
}
two-factor-replace-heading = ወደ አዲስ ስልክ ወይም መተግበሪያ ይዛወሩ
two-factor-required = መለያዎ የሠራተኞችን ቅሬታዎች መክፈት ስለሚችል ሁለተኛ ደረጃ ያስፈልገዋል፦ ከይለፍ ቃልዎ በተጨማሪ በስልክዎ ላይ ካለ መተግበሪያ የሚገኝ ባለ ስድስት አሃዝ ኮድ። ለመቀጠል አሁኑኑ ያዘጋጁት።
two-factor-optional = መለያዎን በሁለተኛ ደረጃ መጠበቅ ይችላሉ፦ ከይለፍ ቃልዎ በተጨማሪ በስልክዎ ላይ ካለ መተግበሪያ የሚገኝ ባለ ስድስት አሃዝ ኮድ።
two-factor-step-app = በስልክዎ ላይ የማረጋገጫ መተግበሪያ ይጫኑ (ለምሳሌ Aegis፣ FreeOTP፣ Google Authenticator ወይም Microsoft Authenticator)።
two-factor-step-scan = በመተግበሪያው ውስጥ መለያ ያክሉና ይህንን ኮድ ይቃኙ።
two-factor-qr-label = ለማረጋገጫ መተግበሪያዎ የሚሆን የQR ኮድ
two-factor-step-key = መተግበሪያው መቃኘት ካልቻለ ይህንን ቁልፍ ይጻፉ፦
two-factor-step-code = መተግበሪያው የሚያሳየውን ባለ ስድስት አሃዝ ኮድ ይጻፉ።
two-factor-submit = ባለሁለት ደረጃ መግቢያን ያብሩ
two-factor-off-heading = ባለሁለት ደረጃ መግቢያን ያጥፉ
two-factor-off-submit = ያጥፉት
two-factor-off-done = ባለሁለት ደረጃ መግቢያ አሁን ጠፍቷል።
two-factor-back = ወደ መለያዎ ይመለሱ
two-factor-recovery-used = የገቡት በመልሶ ማግኛ ኮድ ነው፤ ያ ኮድ እንደገና መጠቀም አይቻልም። ስልክዎ ከጠፋብዎ ከታች አዲስ ያዘጋጁ።
recovery-codes-title = የመልሶ ማግኛ ኮዶች
recovery-codes-heading = የእርስዎ የመልሶ ማግኛ ኮዶች
recovery-codes-done = ባለሁለት ደረጃ መግቢያ በርቷል።
recovery-codes-explain = ስልክዎ ከጠፋብዎ፣ በስድስቱ አሃዞች ፋንታ ከእነዚህ ኮዶች በአንዱ ይግቡ። እያንዳንዱ ኮድ አንድ ጊዜ ብቻ ይሰራል። ይጻፏቸው ወይም ያትሟቸው፣ እና ከስልክዎ ርቀው በአስተማማኝ ቦታ ያስቀምጧቸው።
recovery-codes-once = እነዚህ ኮዶች የሚታዩት አሁን ብቻ ነው። ከዚህ በፊት የነበሩ የመልሶ ማግኛ ኮዶች ከእንግዲህ አይሰሩም።
reset-code-hint = መለያዎ ባለሁለት ደረጃ መግቢያ አለው፦ ከመተግበሪያዎ የሚገኘውን ኮድ፣ ወይም የመልሶ ማግኛ ኮድ ይጻፉ።
error-second-factor-code = ያ ኮድ ትክክል አይደለም፣ ወይም ቀደም ሲል ጥቅም ላይ ውሏል። መተግበሪያው አሁን የሚያሳየውን ኮድ ይጻፉ።
error-second-factor-expired = ይህ ገጽ በጣም ለረጅም ጊዜ ተከፍቶ ቆይቷል። ከታች ያለውን አዲስ ኮድ ይቃኙና እንደገና ይሞክሩ።
error-second-factor-required = መጀመሪያ በድረ ገጹ ላይ ባለሁለት ደረጃ መግቢያን ያዘጋጁ (መለያ፣ ከዚያ ባለሁለት ደረጃ መግቢያ)።
