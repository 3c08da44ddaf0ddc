# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = පරිශීලක නාමය
field-password = මුරපදය
field-password-confirm = මුරපදය නැවත
field-current-password = වත්මන් මුරපදය
field-new-password = නව මුරපදය
field-email = ඊමේල් ලිපිනය
field-role = භූමිකාව
field-organisation = සංවිධානය

login-title = පිවිසෙන්න
login-heading = පිවිසෙන්න
login-submit = පිවිසෙන්න
login-link = පිවිසෙන්න
login-no-account = තවම ගිණුමක් නැද්ද?
login-anonymous-note = රැකියා ඒජන්සි සොයා බැලීමට හෝ පැමිණිලි කිරීමට ඔබට ගිණුමක් අවශ්‍ය නැත. ගිණුමක් තිබුණොත් ඔබේ සමාලෝචන ගැන සොයා බැලිය හැක.

register-title = ගිණුමක් සාදන්න
register-heading = ගිණුමක් සාදන්න
register-intro = පරිශීලක නාමයක් සහ මුරපදයක් පමණයි. නමක්, ඊමේල් ලිපිනයක් හෝ දුරකථන අංකයක් අවශ්‍ය නැත.
register-username-hint = ඕනෑම හෝඩියක අකුරු හෝ ඉලක්කම් 3 සිට 32 දක්වා; . _ සහ - ද භාවිත කළ හැක. ඔබ කැමති නැත්නම් ඔබේ සැබෑ නම භාවිත කරන්න එපා.
register-password-hint = අවම වශයෙන් අක්ෂර 8ක්. කෙටි, සාමාන්‍ය මුරපදයකට වඩා ඔබට මතක තබා ගත හැකි වචන කිහිපයක් හොඳයි.
register-submit = ගිණුම සාදන්න
register-link = ගිණුමක් සාදන්න
register-privacy = ඔබේ අන්තර්ජාල (IP) ලිපිනය, ඔබේ උපාංගය හෝ ඔබේ දුරකථන අංකය අපි ඔබේ ගිණුම සමඟ තබා ගන්නේ නැත.
register-have-account = දැනටමත් ගිණුමක් තිබේද?

account-title = ඔබේ ගිණුම
account-heading = ඔබේ ගිණුම
account-admin-link = පරිපාලනය
account-password-heading = ඔබේ මුරපදය වෙනස් කරන්න
account-password-submit = මුරපදය වෙනස් කරන්න
account-password-saved = ඔබේ මුරපදය වෙනස් කළා. අනෙක් සෑම උපාංගයකින්ම ඔබව ඉවත් කළා.
account-email-heading = දැනුම්දීම් සඳහා ඊමේල්
account-email-hint = අත්‍යවශ්‍ය නැත. අපි ලියන්නේ යමක් වෙනස් වූ බව කීමට පමණයි, ඔබේ පැමිණිල්ලේ ඇති දේ කිසිවිටෙක නොවේ. එය ඉවත් කිරීමට හිස්ව තබන්න.
account-email-submit = ඊමේල් ලිපිනය සුරකින්න
account-email-saved = සුරැකුවා.
account-sessions-heading = ඉවත් වීම
account-logout = ඉවත් වන්න
account-logout-everywhere = සෑම උපාංගයකින්ම ඉවත් වන්න
account-logout-everywhere-hint = ඔබ බෙදාගත් දුරකථනයක් භාවිත කළා නම්, හෝ වෙනත් අයෙකු ඔබේ මුරපදය දන්නවා යැයි සිතෙනවා නම්, සෑම තැනකින්ම ඉවත් වන්න.

role-worker = සේවකයා
role-moderator = සමාලෝචන පරීක්ෂක
role-inspector = කම්කරු පරීක්ෂක
role-union_officer = වෘත්තීය සමිති නිලධාරී
role-caseworker = සහාය නිලධාරී (නීති ආධාර)
role-admin = පරිපාලක

org-role-member = සාමාජික
org-role-lead = ප්‍රධානී

organisation-kind-labour_inspectorate = කම්කරු පරීක්ෂණ ආයතනය
organisation-kind-origin_authority = මුල් රටේ විදේශ රැකියා අධිකාරිය
organisation-kind-trade_union = වෘත්තීය සමිතිය
organisation-kind-legal_aid = නීති ආධාර හෝ රාජ්‍ය නොවන සංවිධානය (NGO)
organisation-kind-intake_partner = පැමිණිලි භාරගන්නා හවුල්කරු (චැට් හෝ ක්ෂණික ඇමතුම් අංකය හරහා වාර්තා ලබා ගනී)

sector-agriculture = කෘෂිකර්මය
sector-construction = ඉදිකිරීම්
sector-domestic_work = ගෘහ සේවය
sector-manufacturing = නිෂ්පාදන කර්මාන්ත
sector-hospitality = හෝටල් සහ ආපනශාලා
sector-fishing = ධීවර
sector-care = රැකබලා ගැනීමේ සේවය
sector-security = ආරක්ෂක සේවය
sector-transport = ප්‍රවාහනය
sector-retail = සාප්පු සහ සිල්ලර වෙළඳාම
sector-other = වෙනත්

error-username-required = පරිශීලක නාමයක් ලියන්න.
error-username-length = පරිශීලක නාමයක අක්ෂර 3 සිට 32 දක්වා තිබේ.
error-username-characters = පරිශීලක නාමයේ අකුරු, ඉලක්කම්, තිත, යටි ඉර සහ හයිෆන් පමණක් භාවිත කරන්න, හිස්තැන් නැතිව.
error-username-taken = මෙම පරිශීලක නාමය දැනටමත් ගෙන ඇත, නැත්නම් ගෙන ඇති නාමයකට බොහෝ සමානයි. වෙනත් එකක් උත්සාහ කරන්න.
error-password-length = මුරපදයක අක්ෂර 8 සිට 128 දක්වා තිබේ.
error-password-characters = මුරපදයේ නොපෙනෙන පාලන අක්ෂර ඇත. ඒවා නැතිව නැවත ලියන්න.
error-password-common = මෙම මුරපදය අනුමාන කිරීමට පහසු වැඩියි. දිගු එකක් භාවිත කරන්න, උදාහරණයක් ලෙස එකිනෙකට සම්බන්ධ නැති වචන කිහිපයක්.
error-password-mismatch = මුරපද දෙක සමාන නැත.
error-password-wrong = වත්මන් මුරපදය නිවැරදි නැත.
error-email-invalid = මෙය ඊමේල් ලිපිනයක් ලෙස පෙනෙන්නේ නැත.
error-form-invalid = පෝරමය කියවිය නොහැකි විය. පිටුව නැවත පූරණය කර නැවත උත්සාහ කරන්න.
error-form-encoding = පෝරමයේ කියවිය නොහැකි අක්ෂර ඇත.
error-form-fields = පෝරමයේ අප නොදන්නා ක්ෂේත්‍රයක්, හෝ එකම ක්ෂේත්‍රය දෙවරක් ඇත.
error-text-invalid = මෙම පාඨය දිග වැඩියි, නැත්නම් නොපෙනෙන පාලන අක්ෂර ඇත.
error-organisation-name-required = සංවිධානයේ නම ලියන්න.
error-organisation-kind = මෙය කුමන වර්ගයේ සංවිධානයක්දැයි තෝරන්න.
error-unknown-country = රට කේතයක් අප දන්නා එකක් නොවේ. NP, QA, PH වැනි අකුරු දෙකේ කේත භාවිත කරන්න.
error-organisation-countries = සංවිධානය ආවරණය කරන අවම වශයෙන් එක් රටක්වත් දෙන්න.
error-sector-unknown = ලැයිස්තුවෙන් ක්ෂේත්‍ර තෝරන්න.
error-deadline-days = කාල සීමාවක් යනු දින ගණනක පූර්ණ සංඛ්‍යාවකි (ලැබුණු බව තහවුරු කිරීම: 1 සිට 365, පිළිතුරු දීම: 1 සිට 730).
error-deadline-order = පිළිතුරු දීමේ කාල සීමාව, ලැබුණු බව තහවුරු කිරීමේ කාල සීමාවට පෙර විය නොහැක.
error-organisation-required = කම්කරු පරීක්ෂකයින්, වෘත්තීය සමිති නිලධාරීන් සහ සහාය නිලධාරීන් සංවිධානයකට අයත් වේ: එකක් තෝරන්න.
error-organisation-not-for-role = සේවකයින්, සමාලෝචන පරීක්ෂකයින් සහ පරිපාලකයින් කිසිදු සංවිධානයකට අයත් නොවේ.
error-organisation-unknown = එම සංවිධානය නොපවතී.
error-role-organisation-kind = මෙම භූමිකාව මෙම වර්ගයේ සංවිධානයකට නොගැළපේ (කම්කරු පරීක්ෂකයින් කම්කරු පරීක්ෂණ ආයතනවල හෝ විදේශ රැකියා අධිකාරිවල, වෘත්තීය සමිති නිලධාරීන් වෘත්තීය සමිතිවල, සහාය නිලධාරීන් නීති ආධාර සංවිධානවල වැඩ කරති).
account-session-phone = දුරකථනයක්
account-session-computer = පරිගණකයක බ්‍රව්සරයක්
account-session-app = යෙදුමක් හෝ වැඩසටහනක්
account-session-signed-in = පිවිසී ඇත
account-session-since = { $day } සිට
account-session-current = මෙම උපාංගය
account-session-end = එතැනින් ඉවත් වන්න
account-session-ended = එම සැසියෙන් ඉවත් කළා.

# Password reset by mail, for staff (issue 16).
reset-link = කාර්ය මණ්ඩලය: මුරපදය අමතකද?
reset-title = නව මුරපදයක් සකසන්න
reset-intro = ගිණුමේ ඊමේල් ලිපිනයක් ඇති කාර්ය මණ්ඩල සාමාජිකයින්ට නව මුරපදයක් සැකසීමට සබැඳියක් ලැබේ. එය වැඩ කරන්නේ එක් වරක් පමණි, මිනිත්තු 30ක් සඳහා. ලිපිනයක් නැත්නම්, පරිපාලකයෙකුගෙන් අසන්න.
reset-submit = මට සබැඳියක් එවන්න
reset-sent = මෙය ඊමේල් ලිපිනයක් ඇති කාර්ය මණ්ඩල ගිණුමක් නම්, නව මුරපදයක් සැකසීමේ සබැඳියක් එවමින් පවතී. එය වැඩ කරන්නේ එක් වරක් පමණි, මිනිත්තු 30ක් සඳහා.
reset-back = පිවිසීමට ආපසු
reset-new-heading = නව මුරපදයක් තෝරන්න
reset-new-intro = මෙම ගිණුමේ සෑම සැසියක්ම අවසන් වේ. ඔබ පැමිණිලි කියවන්නේ නම්, ඔබ පිවිසි පසු ඔබේ සංවිධානයේ ප්‍රධානියෙක් එහි යතුර ඔබට නැවත දෙයි.
reset-new-submit = නව මුරපදය සකසන්න
reset-done = ඔබේ මුරපදය වෙනස් කළා. එය භාවිත කර පිවිසෙන්න.

## Two-step sign-in (a second factor)
field-second-factor-code = ඔබේ සත්‍යාපන යෙදුමේ කේතය, හෝ ප්‍රතිසාධන කේතයක්
login-code-hint = ඔබේ ගිණුමට පියවර දෙකේ පිවිසුම තිබේ නම් පමණි (කාර්ය මණ්ඩල ගිණුම්වලට එය සැමවිටම තිබේ). නැත්නම් හිස්ව තබන්න.
field-second-factor-current = ඔබේ වත්මන් යෙදුමේ කේතයක්, හෝ ප්‍රතිසාධන කේතයක්
field-second-factor-new-code = යෙදුම දැන් පෙන්වන ඉලක්කම් හයේ කේතය
two-factor-title = පියවර දෙකේ පිවිසුම
two-factor-heading = පියවර දෙකේ පිවිසුම
two-factor-on = පියවර දෙකේ පිවිසුම සක්‍රියයි: පිවිසීමේදී ඔබේ මුරපදයට අමතරව ඔබේ දුරකථනයෙන් කේතයක් ද ඉල්ලයි.
two-factor-off = පියවර දෙකේ පිවිසුම අක්‍රියයි.
two-factor-manage = එය කළමනාකරණය කරන්න
two-factor-set-up = එය සකසන්න
two-factor-recovery-left = { $count ->
    [one] ඔබට භාවිත නොකළ ප්‍රතිසාධන කේත { $count }ක් ඇත.
   *[other] ඔබට භාවිත නොකළ ප්‍රතිසාධන කේත { $count }ක් ඇත.
}
two-factor-replace-heading = නව දුරකථනයකට හෝ යෙදුමකට මාරු වන්න
two-factor-required = ඔබේ ගිණුමට සේවකයින් ගැන පැමිණිලි විවෘත කළ හැකි නිසා, එයට දෙවන පියවරක් අවශ්‍යයි: ඔබේ මුරපදයට අමතරව, ඔබේ දුරකථනයේ යෙදුමකින් ඉලක්කම් හයේ කේතයක්. ඉදිරියට යාමට දැන් එය සකසන්න.
two-factor-optional = දෙවන පියවරකින් ඔබේ ගිණුම ආරක්ෂා කළ හැක: ඔබේ මුරපදයට අමතරව, ඔබේ දුරකථනයේ යෙදුමකින් ඉලක්කම් හයේ කේතයක්.
two-factor-step-app = ඔබේ දුරකථනයේ සත්‍යාපන යෙදුමක් ස්ථාපනය කරන්න (උදාහරණයක් ලෙස Aegis, FreeOTP, Google Authenticator හෝ Microsoft Authenticator).
two-factor-step-scan = යෙදුමේ ගිණුමක් එකතු කර මෙම කේතය ස්කෑන් කරන්න.
two-factor-qr-label = ඔබේ සත්‍යාපන යෙදුම සඳහා QR කේතය
two-factor-step-key = යෙදුමට ස්කෑන් කළ නොහැකි නම්, මෙම යතුර ටයිප් කරන්න:
two-factor-step-code = යෙදුම පෙන්වන ඉලක්කම් හයේ කේතය ටයිප් කරන්න.
two-factor-submit = පියවර දෙකේ පිවිසුම සක්‍රිය කරන්න
two-factor-off-heading = පියවර දෙකේ පිවිසුම අක්‍රිය කරන්න
two-factor-off-submit = එය අක්‍රිය කරන්න
two-factor-off-done = පියවර දෙකේ පිවිසුම දැන් අක්‍රියයි.
two-factor-back = ඔබේ ගිණුමට ආපසු
two-factor-recovery-used = ඔබ පිවිසුණේ ප්‍රතිසාධන කේතයකින්. එය නැවත භාවිත කළ නොහැක. ඔබේ දුරකථනය නැති වූවා නම්, පහතින් නව එකක් සකසන්න.
recovery-codes-title = ප්‍රතිසාධන කේත
recovery-codes-heading = ඔබේ ප්‍රතිසාධන කේත
recovery-codes-done = පියවර දෙකේ පිවිසුම සක්‍රියයි.
recovery-codes-explain = ඔබේ දුරකථනය නැති වුවහොත්, ඉලක්කම් හය වෙනුවට මෙම කේතවලින් එකක් භාවිත කර පිවිසෙන්න. එක් කේතයක් වැඩ කරන්නේ එක් වරක් පමණි. ඒවා ලියා ගන්න හෝ මුද්‍රණය කරන්න, සහ ඔබේ දුරකථනයෙන් ඈත ආරක්ෂිත තැනක තබා ගන්න.
recovery-codes-once = මෙම කේත පෙන්වන්නේ දැන් පමණි. කලින් තිබූ ප්‍රතිසාධන කේත තවදුරටත් වැඩ නොකරයි.
reset-code-hint = ඔබේ ගිණුමට පියවර දෙකේ පිවිසුම ඇත: ඔබේ යෙදුමේ කේතය, හෝ ප්‍රතිසාධන කේතයක් ටයිප් කරන්න.
error-second-factor-code = එම කේතය නිවැරදි නැත, නැත්නම් දැනටමත් භාවිත කර ඇත. යෙදුම දැන් පෙන්වන කේතය ටයිප් කරන්න.
error-second-factor-expired = මෙම පිටුව වැඩි වේලාවක් විවෘතව තිබුණා. පහත ඇති නව කේතය ස්කෑන් කර නැවත උත්සාහ කරන්න.
error-second-factor-required = පළමුව වෙබ් අඩවියේ පියවර දෙකේ පිවිසුම සකසන්න (ගිණුම, ඉන්පසු පියවර දෙකේ පිවිසුම).
