# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = አማርኛ
site-name = FairRecruit

## Page frame
nav-label = ዋና ማውጫ
nav-skip-to-content = በቀጥታ ወደ ይዘቱ ይሂዱ
nav-recruiters = ኤጀንሲዎች
nav-rights = መብቶችዎ
language-switcher-label = ቋንቋ
footer-free = FairRecruit ለሠራተኞች ነፃ ነው። ስምዎን መስጠት በፍጹም አያስፈልግዎትም።
footer-privacy = ከሚልኩት ከማንኛውም ነገር ጋር የIP አድራሻዎን አናስቀምጥም።

## Home
home-title = ከመክፈልዎ በፊት ኤጀንሲውን ያጣሩ
home-heading = ለማንም ከመክፈልዎ በፊት ኤጀንሲውን ያጣሩ
home-lead = ሠራተኛ አገናኝ ኤጀንሲ ይፈልጉ፦ ፈቃዱ የሚሰራ ነው? ሠራተኞችን ወደ የት ይልካል? በእሱ በኩል የሄዱ ሌሎች ሰዎች ምን አጋጠማቸው?
home-directory-size = { $count ->
    [0] እስካሁን በዝርዝሩ ውስጥ ምንም ኤጀንሲ የለም።
    [one] በዝርዝሩ ውስጥ አንድ ኤጀንሲ አለ።
   *[other] በዝርዝሩ ውስጥ { $count } ኤጀንሲዎች አሉ።
}
home-what-heading = FairRecruit ለምን ይጠቅማል
home-what-lookup = የሠራተኛ አገናኝ ኤጀንሲዎችን የፈቃድ ዝርዝሮች በስም ወይም በፈቃድ ቁጥር ይፈልጉ።
home-what-review = ምን ያህል እንደከፈሉና እንዴት እንደተያዙ ለሌሎች ሠራተኞች ይንገሩ።
home-what-complain = ቅሬታ ያቅርቡ፣ ከፈለጉ ያለ ስምዎ፣ እና በደረሰኝ ቁጥር ይከታተሉት።
home-free = FairRecruit መጠቀም ነፃ ነው። በዓለም አቀፍ ደረጃዎች መሠረት የምልመላዎን ወጪ መክፈል ያለበት አሠሪው ነው እንጂ እርስዎ አይደሉም።
home-rights-link = መብትዎን ይወቁ፦ የምልመላ ወጪን መክፈል ያለበት ማን ነው

## Search
search-label = የኤጀንሲው ስም ወይም የፈቃድ ቁጥር
search-placeholder = ለምሳሌ Himalaya ወይም 1234/071
search-button = ይፈልጉ
filters-heading = ማጣሪያዎች
filter-licensing-country = ፈቃዱን የሰጠው አገር
filter-destination = ሠራተኞችን የሚልከው ወደ
filter-status = የፈቃድ ሁኔታ
filter-any-country = ማንኛውም አገር
filter-any-status = ማንኛውም ሁኔታ
results-title = ኤጀንሲዎች
results-heading = ኤጀንሲ ይፈልጉ
results-none = ከፍለጋዎ ጋር የሚመሳሰል ኤጀንሲ የለም። አጻጻፉን ያረጋግጡ፣ የስሙን የተወሰነ ክፍል ብቻ ይሞክሩ፣ ወይም አንድ ማጣሪያ ያስወግዱ።
results-empty-directory = ኤጀንሲዎችን ለማየት ስም ወይም የፈቃድ ቁጥር ይጻፉ፣ ወይም አገር ይምረጡ።
pager-label = ገጾች
pager-previous = ቀዳሚ ገጽ
pager-next = ቀጣይ ገጽ
pager-page = ገጽ { $page }

## Licence statuses
licence-status-active = ፈቃዱ የሚሰራ ነው
licence-status-suspended = ፈቃዱ ታግዷል
licence-status-revoked = ፈቃዱ ተሰርዟል
licence-status-expired = የፈቃዱ ጊዜ አልፏል

## Recruiter profile
recruiter-licence-status = የፈቃድ ሁኔታ
recruiter-licence-number = የፈቃድ ቁጥር
recruiter-licensing-country = ፈቃድ የተሰጠበት አገር
recruiter-address = አድራሻ
recruiter-destinations = ሠራተኞችን የሚልከው ወደ
recruiter-destinations-none = አይታወቅም
recruiter-sub-agent = ደላላ (ንዑስ ወኪል)፣ ፈቃድ የለውም
recruiter-sub-agent-explained = ሠራተኞች ይህንን ሰው ወይም ቢሮ እንደ መካከለኛ ደላላ ጠቅሰውታል። በየትኛውም የፈቃድ ዝርዝር ውስጥ የለም።
recruiter-not-active-warning = ይህ ፈቃድ የሚሰራ አይደለም። የሚሰራ ፈቃድ የሌለው ኤጀንሲ ሠራተኞችን መመልመል አይፈቀድለትም። ምንም ገንዘብ አይክፈሉት።
recruiter-history-heading = የፈቃድ ታሪክ
recruiter-history-date = ቀን
recruiter-history-none = ምንም የፈቃድ ለውጥ አልተመዘገበም።
recruiter-reviews-heading = ሠራተኞች ምን ይላሉ

## Know your rights
rights-title = መብቶችዎ
rights-heading = ለውጭ አገር ሥራ ሲመለመሉ ያሉዎት መብቶች
rights-epp-heading = የሚከፍለው አሠሪው ነው፣ እርስዎ አይደሉም
rights-epp-body = በ«አሠሪ ይከፍላል» መርህ (Employer Pays Principle) መሠረት ማንም ሠራተኛ ሥራ ለማግኘት መክፈል የለበትም። እያንዳንዱን የምልመላ ክፍያና ወጪ መክፈል ያለበት አሠሪው ነው።
rights-epp-c181 = የILO ስምምነት ቁጥር 181፣ አንቀጽ 7፦ ኤጀንሲዎች በቀጥታም ሆነ በተዘዋዋሪ፣ በሙሉም ሆነ በከፊል፣ ማንኛውንም ክፍያ ወይም ወጪ ከሠራተኞች መጠየቅ የለባቸውም።
rights-fees-heading = የምልመላ ክፍያ ወይም ወጪ የሚባለው ምንድን ነው
rights-fees-intro = ለኤጀንሲው አገልግሎት የሚከፈል ክፍያ፣ ማንም ይሰብስበው መቼም ይሰብሰብ፣ በፍጹም እርስዎ የሚከፍሉት አይደለም። ILO በተጨማሪ እነዚህን ተያያዥ ወጪዎች ይዘረዝራል፤ እነሱንም መክፈል ያለበት አሠሪው ነው፦
rights-illegitimate = ጉቦ፣ የግዳጅ ስጦታ፣ በድብቅ የሚመለስ ኮሚሽን፣ የዋስትና ገንዘብ (ቦንድ)፣ ተቀማጭ ገንዘብ እና ሕገ ወጥ የወጪ ማስመለሻ ክፍያዎች ለማንም ቢሆን በፍጹም አይፈቀዱም።
rights-documents-heading = ፓስፖርትዎ የእርስዎ ነው
rights-documents-body = ማንም ሰው ያለ ፍላጎትዎ ፓስፖርትዎን ወይም መታወቂያዎን መያዝ አይችልም፤ ኤጀንሲውም ሆነ አሠሪው። እነሱን መያዝ የግዳጅ ሥራ ምልክት ነው።
rights-contract-heading = የሥራ ውልዎ
rights-contract-body = ከመሄድዎ በፊት በሚረዱት ቋንቋ የተጻፈ የሥራ ውል ሊሰጥዎ ይገባል። እዚያ ሲደርሱ ሥራው፣ ደመወዙ፣ አሠሪው ወይም የሥራ ሰዓቱ ከተቀየረ፣ ያ የውል መቀየር ነው።
rights-help-heading = የሆነ ችግር ከተፈጠረ
rights-help-body = በFairRecruit ላይ ስምዎን ሳይሰጡ ቅሬታ ማቅረብ ይችላሉ። ቅሬታዎ በትውልድ አገርዎና በሥራ አገርዎ እርምጃ መውሰድ ወደሚችሉ ድርጅቶች ይላካል።
rights-not-legal-advice = ይህ ገጽ ዓለም አቀፍ ደረጃዎችን በአጭሩ ያብራራል። የሕግ ምክር አይደለም።

## Errors
error-go-home = ወደ መነሻ ገጽ ይሂዱ
error-status = የስህተት ኮድ { $status }
error-invalid-input-title = በጥያቄው ውስጥ ትክክል ያልሆነ ነገር አለ
error-invalid-input = ጥያቄውን መረዳት አልተቻለም። የጻፉትን ያረጋግጡና እንደገና ይሞክሩ።
error-not-found-title = ገጹ አልተገኘም
error-not-found = ያንን ገጽ ወይም ኤጀንሲ ማግኘት አልቻልንም። ሊንኩ የተሳሳተ ወይም ጊዜው ያለፈበት ሊሆን ይችላል።
error-method-not-allowed-title = አይፈቀድም
error-method-not-allowed = ይህ አድራሻ እንዲህ ዓይነቱን ጥያቄ አይቀበልም።
error-payload-too-large-title = በጣም ብዙ መረጃ
error-payload-too-large = የተላከው በጣም ትልቅ ነው። ያነሰ ይላኩና እንደገና ይሞክሩ።
error-request-timeout-title = በጣም ዘገየ
error-request-timeout = የላኩት ለመድረስ በጣም ረጅም ጊዜ ወሰደ። ግንኙነትዎን ያረጋግጡና እንደገና ይላኩት።
error-service-unavailable-title = FairRecruit ለአጭር ጊዜ አይገኝም
error-service-unavailable = አሁን የመረጃ ቋታችንን ማግኘት አልቻልንም። ከላኩት ምንም ነገር አልጠፋም። እባክዎ ከጥቂት ደቂቃዎች በኋላ እንደገና ይሞክሩ።
error-internal-title = የሆነ ችግር ተፈጥሯል
error-internal = በእኛ በኩል የሆነ ችግር ተፈጥሯል። እባክዎ ቆየት ብለው እንደገና ይሞክሩ።
error-query-too-long = ፍለጋው በጣም ረጅም ነው። ቢበዛ 200 ፊደሎችን ይጠቀሙ።
error-query-forbidden-chars = ፍለጋው የማይታዩ የቁጥጥር ምልክቶችን ይዟል። ያለ እነሱ እንደገና ይጻፉት።
error-invalid-encoding = አድራሻው ሊነበቡ ያልቻሉ ምልክቶችን ይዟል።
error-unknown-parameter = አድራሻው የማናውቀው ቅንብር ይዟል።
error-repeated-parameter = አድራሻው አንዱን ቅንብር ሁለት ጊዜ ይሰጣል።
error-invalid-country = ከዝርዝሩ ውስጥ አገር ይምረጡ።
error-invalid-status = ከዝርዝሩ ውስጥ የፈቃድ ሁኔታ ይምረጡ።
error-invalid-page = የገጽ ቁጥሩ ከ1 እስከ 500 ያለ ሙሉ ቁጥር መሆን አለበት።
error-invalid-per-page = በአንድ ገጽ የሚታዩ ውጤቶች ብዛት ከ1 እስከ 100 መሆን አለበት።
error-choice = ከዝርዝሩ ውስጥ ይምረጡ።
error-text-long = ይህ ጽሑፍ በጣም ረጅም ነው።
error-text-chars = ይህ ጽሑፍ የማይታዩ የቁጥጥር ምልክቶችን ወይም ሊነበቡ ያልቻሉ ምልክቶችን ይዟል። ያለ እነሱ እንደገና ይጻፉት።
error-text-markup = ይህ ጽሑፍ እንደ ኮምፒውተር ኮድ "<" እና ከእሱ በኋላ ፊደሎችን ይዟል። ያለ እነሱ ይጻፉት።
error-amount = መጠኑን በቁጥር ብቻ ይጻፉ፤ ለምሳሌ 150000 ወይም 1500.50፣ እስከ 10,000,000,000 ድረስ።
error-currency = የገንዘብ መጠኖችዎን የገንዘብ ዓይነት (ምንዛሪ) ይምረጡ።
error-interest = ወርሃዊ ወለዱን ከ0 እስከ 100 ባለ ቁጥር ይጻፉ።

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ፣
nav-account = መለያ
nav-sign-in = ይግቡ
error-unauthorized-title = እባክዎ ይግቡ
error-unauthorized = ለዚህ መግባት ያስፈልግዎታል። የመግቢያ ጊዜዎ አብቅቶ ሊሆን ይችላል።
error-forbidden-title = አይፈቀድም
error-forbidden = መለያዎ ይህንን ገጽ መክፈት አይችልም።
error-conflict-title = ቀደም ብሎ ደርሷል
error-conflict = ይህ ጥያቄ ቀደም ብሎ ከደረሰ ጥያቄ ጋር ይጋጫል። ምንም አዲስ ነገር አልተቀመጠም።
error-idempotency-reused = ይህ Idempotency-Key ቀደም ብሎ ለሌላ ጥያቄ ጥቅም ላይ ውሏል። ለአዲስ ጥያቄ አዲስ ቁልፍ (key) ይጠቀሙ፤ ምንም አዲስ ነገር አልተቀመጠም።
error-idempotency-in-progress = ይህ Idempotency-Key ያለው የመጀመሪያው ጥያቄ አሁንም ምላሽ እየተዘጋጀለት ነው። ምላሹን ለማግኘት ከጥቂት ጊዜ በኋላ እንደገና ይሞክሩ።
error-idempotency-key = Idempotency-Key የተባለው ራስጌ (header) ከ1 እስከ 255 የሚታዩ የASCII ቁምፊዎች ሊኖሩት ይገባል፤ ለምሳሌ የዘፈቀደ UUID።
error-attestation-language = የስምምነት ማረጋገጫው (attestation) ቋንቋ ከዚህ አገልግሎት የቋንቋ ኮዶች አንዱ መሆን አለበት፤ ለምሳሌ ne፣ ar ወይም id።
error-attestation-channel = የስምምነት ማረጋገጫው (attestation) መገናኛ መንገድ (channel) ከሚከተሉት አንዱ መሆን አለበት፦ whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other።
error-attestation-time = የስምምነት ማረጋገጫው (attestation) consented_at የሰዓት ልዩነቱን (offset) የያዘ ቀንና ሰዓት (RFC 3339) መሆን አለበት፤ ወደፊት ያልሆነና ከ30 ቀናት ያልበለጠ። ስምምነቱ ከዚያ የቆየ ከሆነ ሠራተኛውን እንደገና ይጠይቁ።
error-partner-reference = የአጋሩ ማጣቀሻ (reference) ያለ ክፍተት ከ1 እስከ 100 የሚታዩ የASCII ቁምፊዎች መሆን አለበት።
error-partner-reference-taken = ይህ አጋር በዚህ ማጣቀሻ (reference) አስቀድሞ ቅሬታ አቅርቧል። ለአዲስ ውይይት አዲስ ማጣቀሻ ይጠቀሙ፤ ወይም ጥያቄን ለመድገም ያንኑ Idempotency-Key ይጠቀሙ።
error-too-many-requests-title = እባክዎ ይጠብቁ
error-too-many-requests = በአጭር ጊዜ ውስጥ በጣም ብዙ ሙከራዎች ተደርገዋል። ትንሽ ይጠብቁና እንደገና ይሞክሩ።
error-sign-in-failed = የተጠቃሚ ስሙ፣ የይለፍ ቃሉ ወይም ኮዱ ትክክል አይደለም።
error-csrf = ይህ ቅጽ ጊዜው አልፎበታል። ወደ ኋላ ይመለሱ፣ ገጹን እንደገና ይጫኑና እንደገና ይላኩት።
error-cross-site = ይህ ቅጽ ከሌላ ድረ ገጽ ስለተላከ አልተቀበልነውም።

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = የAPI ማጣቀሻ
api-docs-intro = ለመተግበሪያዎችና ለአጋር ድርጅቶች የሚሆን JSON API፦ እያንዳንዱ ተግባር ምን እንደሚቀበልና ምን እንደሚመልስ። ከዚህ በታች ያሉት መግለጫዎች በእንግሊዝኛ ናቸው።
# Link to the same reference as a machine-readable file.
api-docs-openapi = ይኸው ማጣቀሻ በOpenAPI ሰነድ መልክ (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = ተግባራት
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = የመዳረሻ ቶከን (bearer token) ያስፈልጋል (Authorization: Bearer …)።
api-docs-parameters = መለኪያዎች
# Heading: what the caller sends in the request's body.
api-docs-body = የጥያቄው ይዘት
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = መልሶች
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = የመረጃ ዓይነቶች
# Column heading: a field's or parameter's name.
api-docs-name = ስም
# Column heading: a field's data type (string, integer …).
api-docs-type = ዓይነት
api-docs-description = መግለጫ
# Marks a field the caller must send.
api-docs-required = የግድ ያስፈልጋል

## Drafts kept on the phone (review and complaint forms)
draft-kept = እዚህ የሚጽፉት እስኪልኩት ወይም እስኪሰርዙት ድረስ በዚህ ስልክ ላይ ብቻ እንደ ረቂቅ ይቀመጣል። ይህን ስልክ የሚጠቀም ማንኛውም ሰው ሊያነበው ይችላል።
draft-files = ፎቶዎች እና ፋይሎች በረቂቁ ውስጥ አይቀመጡም፦ ከመላክዎ በፊት እንደገና ይምረጧቸው።
draft-restored = ረቂቅዎ ተመልሷል። ይፈትሹት፣ ከዚያ ይላኩት።
draft-delete = ረቂቁን ሰርዝ
error-csrf-stale = ይህ ቅጽ ጊዜው አልፎበት ስለነበር ምንም አልተላከም። የጻፉት ሁሉ ከታች አለ፦ ይፈትሹትና እንደገና ይላኩት።
