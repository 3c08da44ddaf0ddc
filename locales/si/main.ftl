# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = සිංහල
site-name = FairRecruit

## Page frame
nav-label = ප්‍රධාන මෙනුව
nav-skip-to-content = අන්තර්ගතයට යන්න
nav-recruiters = රැකියා ඒජන්සි
nav-rights = ඔබේ අයිතිවාසිකම්
language-switcher-label = භාෂාව
footer-free = FairRecruit සේවකයින්ට නොමිලේ. ඔබේ නම කිසිවිටෙක දිය යුතු නැත.
footer-privacy = ඔබ එවන කිසිවක් සමඟ අපි ඔබේ IP ලිපිනය තබා ගන්නේ නැත.

## Home
home-title = මුදල් ගෙවීමට පෙර රැකියා ඒජන්සිය පරීක්ෂා කරන්න
home-heading = කිසිවෙකුට මුදල් ගෙවීමට පෙර රැකියා ඒජන්සිය පරීක්ෂා කරන්න
home-lead = රැකියා ඒජන්සියක් සොයන්න: එහි බලපත්‍රය වලංගුද, එය සේවකයින් යවන්නේ කොහේටද, එය හරහා ගිය අනෙක් අයට සිදු වූයේ කුමක්ද.
home-directory-size = { $count ->
    [0] තවම කිසිදු රැකියා ඒජන්සියක් ලැයිස්තුවේ නැත.
    [one] එක් රැකියා ඒජන්සියක් ලැයිස්තුවේ ඇත.
   *[other] රැකියා ඒජන්සි { $count }ක් ලැයිස්තුවේ ඇත.
}
home-what-heading = FairRecruit තිබෙන්නේ මොකටද
home-what-lookup = රැකියා ඒජන්සිවල බලපත්‍ර ලැයිස්තු නමින් හෝ බලපත්‍ර අංකයෙන් සොයන්න.
home-what-review = ඔබ ගෙවූ මුදල සහ ඔබට සැලකූ ආකාරය අනෙක් සේවකයින්ට කියන්න.
home-what-complain = පැමිණිල්ලක් කරන්න, ඔබට අවශ්‍ය නම් නම නොකියා, සහ ලදුපතකින් එය ගැන සොයා බලන්න.
home-free = FairRecruit භාවිතය නොමිලේ. ජාත්‍යන්තර ප්‍රමිතීන්ට අනුව, ඔබව රැකියාවට බඳවා ගැනීමේ වියදම ගෙවිය යුත්තේ ඔබ නොව සේවා යෝජකයා ය.
home-rights-link = ඔබේ අයිතිවාසිකම් දැනගන්න: බඳවා ගැනීමේ වියදම ගෙවිය යුත්තේ කවුද

## Search
search-label = රැකියා ඒජන්සියේ නම හෝ බලපත්‍ර අංකය
search-placeholder = උදා: Himalaya හෝ 1234/071
search-button = සොයන්න
filters-heading = පෙරහන්
filter-licensing-country = බලපත්‍රය දුන් රට
filter-destination = සේවකයින් යවන රට
filter-status = බලපත්‍රයේ තත්ත්වය
filter-any-country = ඕනෑම රටක්
filter-any-status = ඕනෑම තත්ත්වයක්
results-title = රැකියා ඒජන්සි
results-heading = රැකියා ඒජන්සියක් සොයන්න
results-none = ඔබ සෙවූ දෙයට ගැළපෙන රැකියා ඒජන්සියක් නැත. අකුරු නිවැරදිදැයි බලන්න, නමේ කොටසක් පමණක් ලියා බලන්න, නැත්නම් පෙරහනක් ඉවත් කරන්න.
results-empty-directory = රැකියා ඒජන්සි බැලීමට නමක් හෝ බලපත්‍ර අංකයක් ලියන්න, නැත්නම් රටක් තෝරන්න.
pager-label = පිටු
pager-previous = පෙර පිටුව
pager-next = ඊළඟ පිටුව
pager-page = පිටුව { $page }

## Licence statuses
licence-status-active = බලපත්‍රය වලංගුයි
licence-status-suspended = බලපත්‍රය අත්හිටුවා ඇත
licence-status-revoked = බලපත්‍රය අවලංගු කර ඇත
licence-status-expired = බලපත්‍රය කල් ඉකුත් වී ඇත

## Recruiter profile
recruiter-licence-status = බලපත්‍රයේ තත්ත්වය
recruiter-licence-number = බලපත්‍ර අංකය
recruiter-licensing-country = බලපත්‍රය දුන් රට
recruiter-address = ලිපිනය
recruiter-destinations = සේවකයින් යවන රටවල්
recruiter-destinations-none = දන්නේ නැත
recruiter-sub-agent = උප නියෝජිතයා, බලපත්‍රයක් නැත
recruiter-sub-agent-explained = සේවකයින් මෙම පුද්ගලයා හෝ කාර්යාලය අතරමැදියෙකු ලෙස නම් කළා. කිසිදු බලපත්‍ර ලැයිස්තුවක එය නැත.
recruiter-not-active-warning = මෙම බලපත්‍රය වලංගු නැත. වලංගු බලපත්‍රයක් නැති රැකියා ඒජන්සියකට සේවකයින් බඳවා ගත නොහැක. එයට මුදල් ගෙවන්න එපා.
recruiter-history-heading = බලපත්‍ර ඉතිහාසය
recruiter-history-date = දිනය
recruiter-history-none = බලපත්‍රයේ කිසිදු වෙනසක් සටහන් වී නැත.
recruiter-reviews-heading = සේවකයින් කියන දේ

## Know your rights
rights-title = ඔබේ අයිතිවාසිකම්
rights-heading = විදේශ රැකියාවකට බඳවා ගන්නා විට ඔබේ අයිතිවාසිකම්
rights-epp-heading = ගෙවිය යුත්තේ සේවා යෝජකයා මිස ඔබ නොවේ
rights-epp-body = සේවා යෝජකයා ගෙවීමේ මූලධර්මයට (Employer Pays Principle) අනුව, රැකියාවක් ලබා ගැනීමට කිසිදු සේවකයෙක් මුදල් නොගෙවිය යුතුය. බඳවා ගැනීමේ සෑම ගාස්තුවක්ම සහ වියදමක්ම සේවා යෝජකයා ගෙවිය යුතුය.
rights-epp-c181 = ජාත්‍යන්තර කම්කරු සංවිධානයේ (ILO) 181 වන සම්මුතිය, 7 වන වගන්තිය: ඒජන්සි සේවකයින්ගෙන් සෘජුව හෝ වක්‍රව, සම්පූර්ණයෙන් හෝ කොටසක් ලෙස, කිසිදු ගාස්තුවක් හෝ වියදමක් අය නොකළ යුතුය.
rights-fees-heading = බඳවා ගැනීමේ ගාස්තුවක් හෝ වියදමක් යනු කුමක්ද
rights-fees-intro = රැකියා ඒජන්සියේ සේවාව සඳහා වන ගාස්තු කවුරු එකතු කළත්, කවදා එකතු කළත්, ඔබ කිසිවිටෙක ගෙවිය යුතු නැත. ILO සංවිධානය මෙම අදාළ වියදම් ද ලැයිස්තුගත කරයි. ඒවා ද සේවා යෝජකයා ගෙවිය යුතුය:
rights-illegitimate = අල්ලස්, කප්පම්, කොමිස් (kickback), ඇපකර, තැන්පතු සහ නීති විරෝධී වියදම් අය කර ගැනීමේ ගාස්තු කිසිවෙකුට කිසිවිටෙක අනුමත නැත.
rights-documents-heading = ඔබේ ගමන් බලපත්‍රය ඔබේමයි
rights-documents-body = ඔබේ කැමැත්තට විරුද්ධව ඔබේ ගමන් බලපත්‍රය (පාස්පෝට්) හෝ හැඳුනුම්පත කිසිවෙකුට තබා ගත නොහැක: රැකියා ඒජන්සියට වත්, සේවා යෝජකයාට වත් නොහැක. ඒවා තබා ගැනීම බලහත්කාර ශ්‍රමයේ ලකුණකි.
rights-contract-heading = ඔබේ ගිවිසුම
rights-contract-body = පිටත්ව යාමට පෙර ඔබට තේරෙන භාෂාවකින් ලිඛිත ගිවිසුමක් ලැබිය යුතුය. ඔබ එහි ගිය පසු රැකියාව, වැටුප, සේවා යෝජකයා හෝ වැඩ කරන පැය වෙනස් වුවහොත්, එය ගිවිසුම් ආදේශනයකි (ගිවිසුම මාරු කිරීමකි).
rights-help-heading = යමක් වැරදුණොත්
rights-help-body = ඔබේ නම නොදී FairRecruit හි පැමිණිල්ලක් කළ හැක. එය ඔබේ රටේ සහ ඔබ වැඩට ගිය රටේ ක්‍රියාමාර්ග ගත හැකි සංවිධාන වෙත යයි.
rights-not-legal-advice = මෙම පිටුව ජාත්‍යන්තර ප්‍රමිතීන් කෙටියෙන් පැහැදිලි කරයි. මෙය නීති උපදෙස් නොවේ.

## Errors
error-go-home = මුල් පිටුවට යන්න
error-status = දෝෂ කේතය { $status }
error-invalid-input-title = ඉල්ලීමේ යමක් නිවැරදි නැත
error-invalid-input = ඉල්ලීම තේරුම් ගත නොහැකි විය. ඔබ ලියූ දේ පරීක්ෂා කර නැවත උත්සාහ කරන්න.
error-not-found-title = පිටුව හමු නොවීය
error-not-found = එම පිටුව හෝ රැකියා ඒජන්සිය අපට සොයා ගත නොහැකි විය. සබැඳිය වැරදි හෝ පරණ විය හැක.
error-method-not-allowed-title = ඉඩ දෙන්නේ නැත
error-method-not-allowed = මෙම ලිපිනය එවැනි ඉල්ලීමක් භාර ගන්නේ නැත.
error-payload-too-large-title = දත්ත වැඩියි
error-payload-too-large = එවූ දේ විශාල වැඩියි. අඩුවෙන් එවා නැවත උත්සාහ කරන්න.
error-request-timeout-title = ඉතා සෙමින්
error-request-timeout = ඔබ එවූ දේ පැමිණීමට වැඩි වේලාවක් ගත විය. ඔබේ සම්බන්ධතාවය පරීක්ෂා කර නැවත එවන්න.
error-service-unavailable-title = FairRecruit ටික වේලාවකට ලබා ගත නොහැක
error-service-unavailable = අපට මේ මොහොතේ අපගේ දත්ත ගබඩාවට සම්බන්ධ විය නොහැක. ඔබ එවූ කිසිවක් නැති වී නැත. මිනිත්තු කිහිපයකින් නැවත උත්සාහ කරන්න.
error-internal-title = යමක් වැරදුණා
error-internal = අපේ පැත්තෙන් යමක් වැරදුණා. පසුව නැවත උත්සාහ කරන්න.
error-query-too-long = සෙවීම දිග වැඩියි. උපරිම අකුරු 200ක් භාවිත කරන්න.
error-query-forbidden-chars = සෙවීමේ නොපෙනෙන පාලන අක්ෂර ඇත. ඒවා නැතිව නැවත ලියන්න.
error-invalid-encoding = ලිපිනයේ කියවිය නොහැකි අක්ෂර ඇත.
error-unknown-parameter = ලිපිනයේ අප නොදන්නා සැකසුමක් ඇත.
error-repeated-parameter = ලිපිනයේ එකම සැකසුම දෙවරක් ඇත.
error-invalid-country = ලැයිස්තුවෙන් රටක් තෝරන්න.
error-invalid-status = ලැයිස්තුවෙන් බලපත්‍ර තත්ත්වයක් තෝරන්න.
error-invalid-page = පිටු අංකය 1 සිට 500 දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය.
error-invalid-per-page = පිටුවකට ප්‍රතිඵල ගණන 1 සිට 100 දක්වා විය යුතුය.
error-choice = ලැයිස්තුවෙන් තෝරන්න.
error-text-long = මෙම පාඨය දිග වැඩියි.
error-text-chars = මෙම පාඨයේ නොපෙනෙන පාලන අක්ෂර හෝ කියවිය නොහැකි අක්ෂර ඇත. ඒවා නැතිව නැවත ලියන්න.
error-text-markup = මෙම පාඨයේ පරිගණක කේතයක් වැනි, "<" ලකුණට පසුව අකුරු ඇත. ඒවා නැතිව ලියන්න.
error-amount = ඉලක්කම් පමණක් භාවිත කර මුදලක් ඇතුළත් කරන්න, උදාහරණයක් ලෙස 150000 හෝ 1500.50, 10,000,000,000 දක්වා.
error-currency = ඔබේ මුදල්වල මුදල් වර්ගය (currency) තෝරන්න.
error-interest = මාසික පොලිය 0 සිට 100 දක්වා සංඛ්‍යාවක් ලෙස ඇතුළත් කරන්න.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = ගිණුම
nav-sign-in = පිවිසෙන්න
error-unauthorized-title = කරුණාකර පිවිසෙන්න
error-unauthorized = මේ සඳහා ඔබ පිවිසිය යුතුය. ඔබේ සැසිය අවසන් වී තිබිය හැක.
error-forbidden-title = ඉඩ දෙන්නේ නැත
error-forbidden = ඔබේ ගිණුමට මෙම පිටුව විවෘත කළ නොහැක.
error-conflict-title = දැනටමත් ලැබී ඇත
error-conflict = මෙම ඉල්ලීම කලින් ලැබුණු ඉල්ලීමක් සමඟ ගැටේ. අලුතින් කිසිවක් සුරැකුණේ නැත.
error-idempotency-reused = මෙම Idempotency-Key දැනටමත් වෙනත් ඉල්ලීමක් සඳහා භාවිත කර ඇත. නව ඉල්ලීමක් සඳහා නව යතුරක් (key) භාවිත කරන්න; අලුතින් කිසිවක් සුරැකුණේ නැත.
error-idempotency-in-progress = මෙම Idempotency-Key සහිත පළමු ඉල්ලීමට තවමත් පිළිතුරු සකසමින් පවතී. එහි පිළිතුර ලබා ගැනීමට මොහොතකින් නැවත උත්සාහ කරන්න.
error-idempotency-key = Idempotency-Key header එකේ පෙනෙන ASCII අක්ෂර 1 සිට 255 දක්වා තිබිය යුතුය, උදාහරණයක් ලෙස අහඹු UUID එකක්.
error-attestation-language = එකඟතා සහතිකයේ (attestation) භාෂාව මෙම සේවාවේ භාෂා කේතවලින් එකක් විය යුතුය, උදාහරණයක් ලෙස ne, ar හෝ id.
error-attestation-channel = එකඟතා සහතිකයේ (attestation) නාලිකාව (channel) මේවායින් එකක් විය යුතුය: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = එකඟතා සහතිකයේ (attestation) consented_at, offset සහිත දිනයක් සහ වේලාවක් (RFC 3339) විය යුතුය; එය අනාගතයේ නොවිය යුතු අතර දින 30කට වඩා පැරණි නොවිය යුතුය. එකඟතාවය ඊට වඩා පැරණි නම් සේවකයාගෙන් නැවත අසන්න.
error-partner-reference = හවුල්කරුගේ යොමු අංකය (reference) හිස්තැන් නොමැතිව, පෙනෙන ASCII අක්ෂර 1 සිට 100 දක්වා විය යුතුය.
error-partner-reference-taken = මෙම හවුල්කරු දැනටමත් මෙම යොමු අංකය (reference) යටතේ පැමිණිල්ලක් ගොනු කර ඇත. නව සංවාදයක් සඳහා නව යොමු අංකයක් භාවිත කරන්න, නැතහොත් ඉල්ලීමක් නැවත කිරීමට එම Idempotency-Key ම භාවිත කරන්න.
error-too-many-requests-title = කරුණාකර රැඳී සිටින්න
error-too-many-requests = කෙටි කාලයක් තුළ උත්සාහයන් වැඩියි. ටිකක් රැඳී සිට නැවත උත්සාහ කරන්න.
error-sign-in-failed = පරිශීලක නාමය, මුරපදය හෝ කේතය නිවැරදි නැත.
error-csrf = මෙම පෝරමය කල් ඉකුත් වී ඇත. ආපසු ගොස්, පිටුව නැවත පූරණය කර, නැවත එවන්න.
error-cross-site = මෙම පෝරමය වෙනත් වෙබ් අඩවියකින් එවා ඇති නිසා අපි එය ප්‍රතික්ෂේප කළා.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API යොමු ලේඛනය
api-docs-intro = යෙදුම් සහ හවුල්කාර සංවිධාන සඳහා JSON API: එක් එක් මෙහෙයුම, එය ලබා ගන්නේ කුමක්ද සහ පිළිතුරු දෙන්නේ කුමක්ද. පහත විස්තර ඉංග්‍රීසියෙන් ඇත.
# Link to the same reference as a machine-readable file.
api-docs-openapi = මෙම යොමු ලේඛනයම OpenAPI ලේඛනයක් ලෙස (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = මෙහෙයුම්
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = ටෝකනයක් (bearer token) අවශ්‍යයි (Authorization: Bearer …).
api-docs-parameters = පරාමිති
# Heading: what the caller sends in the request's body.
api-docs-body = ඉල්ලීමේ අන්තර්ගතය
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = පිළිතුරු
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = දත්ත වර්ග
# Column heading: a field's or parameter's name.
api-docs-name = නම
# Column heading: a field's data type (string, integer …).
api-docs-type = වර්ගය
api-docs-description = විස්තරය
# Marks a field the caller must send.
api-docs-required = අවශ්‍යයි

## Drafts kept on the phone (review and complaint forms)
draft-kept = ඔබ මෙහි ටයිප් කරන දේ, ඔබ එය යවන තුරු හෝ මකන තුරු මෙම දුරකථනයේ පමණක් කෙටුම්පතක් ලෙස තබා ගනී. මෙම දුරකථනය භාවිත කරන ඕනෑම කෙනෙකුට එය කියවිය හැක.
draft-files = ඡායාරූප සහ ගොනු කෙටුම්පතේ තබා නොගනී: යැවීමට පෙර ඒවා නැවත තෝරන්න.
draft-restored = ඔබේ කෙටුම්පත නැවත පුරවා ඇත. එය පරීක්ෂා කර, පසුව යවන්න.
draft-delete = කෙටුම්පත මකන්න
error-csrf-stale = මෙම පෝරමය කල් ඉකුත් වී තිබූ නිසා කිසිවක් යවා නැත. ඔබ ටයිප් කළ සියල්ල පහත ඇත: එය පරීක්ෂා කර නැවත යවන්න.
