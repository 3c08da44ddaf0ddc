# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = රැකියා ඒජන්සියක් සමාලෝචනය කරන්න
review-heading = මෙම රැකියා ඒජන්සිය ගැන අනෙක් සේවකයින්ට කියන්න
review-intro = අවශ්‍ය වන්නේ ගමන, වර්ෂය සහ ඔබේ සමස්ත ලකුණ පමණයි. අනෙක් සෑම කොටසක්ම මඟ හැරිය හැක. ඔබේ නම කිසිවිටෙක අසන්නේ නැත, කිසිවිටෙක පෙන්වන්නේ නැත.
review-anonymous-note = ඔබ පිවිසී නැත: ඔබේ සමාලෝචනය කිසිදු ගිණුමක් නැතිව යවනු ලැබේ, සහ අපි ඔබේ අන්තර්ජාල ලිපිනය එය සමඟ තබා ගන්නේ නැත.
review-signed-in-note = ඔබ පිවිසී ඇත: මෙම සමාලෝචනය ඔබේ ගිණුම් පිටුවේ සොයා ගෙන පසුව වෙනස් කළ හැක. එය ලියුවේ කවුදැයි අනෙක් අයට කිසිවිටෙක නොපෙනේ.
review-errors-below = සමහර පිළිතුරු නිවැරදි කළ යුතුයි. පණිවිඩ ඒවා අසලම ඇත; ඔබ ලියූ සියල්ල තවමත් මෙහි ඇත.
review-honeypot = මෙම ක්ෂේත්‍රය හිස්ව තබන්න
review-choose = තෝරන්න…
review-skip = කියන්න කැමති නැත
review-yes = ඔව්
review-no = නැත
review-section-journey = ඔබේ ගමන
review-field-origin = ඔබ පිටත් වූ රට
review-field-destination = ඔබ වැඩට ගිය රට
review-field-year = ඔබ පිටත් වූ වර්ෂය
review-field-sub-agent = ඔබ ගනුදෙනු කළ උප නියෝජිතයාගේ (තැරැව්කරුගේ) නම, එවැන්නෙක් සිටියා නම්
review-sub-agent-hint = බොහෝ සේවකයින් ඒජන්සිය වෙනුවෙන් වැඩ කරන ප්‍රාදේශීය තැරැව්කරුවෙකු සමඟ ගනුදෙනු කරති. ඔබ කෙනෙකු නම් කළොත්, ඔබේ සමාලෝචනය එම තැරැව්කරුට ගණන් වේ, බලපත්‍රයක් නැති කෙනෙකු ලෙස පෙන්වයි.
review-field-sector = වැඩ වර්ගය
review-field-occupation = ඔබේ රැකියාව
review-field-visa = වීසා වර්ගය
review-rating-scale = 1 = ඉතා නරකයි, 5 = ඉතා හොඳයි.
review-section-costs = ඔබ ගෙවූ දේ
review-costs-intro = ILO සංවිධානයේ සේවා යෝජකයා ගෙවීමේ මූලධර්මයට (Employer Pays Principle) අනුව, සේවකයින් තමන් බඳවා ගැනීම සඳහා කිසිදු ගාස්තුවක් හෝ වියදමක් නොගෙවිය යුතුය. එසේ වුවත් ඔබ ගෙවූ දේ, එක් එක් වියදම් වර්ගය අනුව අපට කියන්න.
review-field-currency = සියලු මුදල්වල මුදල් වර්ගය (currency)
review-currency-hint = ඔබ ගෙවූ දේ ඔබ උපයපු දේ සමඟ සසඳන්න අපට හැකි වන පරිදි, ඔබේ වැටුප් ද ඇතුළුව මෙම පිටුවේ සෑම මුදලකටම එක මුදල් වර්ගයක් භාවිත කරන්න.
review-paid-yes = මම මේ සඳහා ගෙව්වා
review-paid-no = මම ගෙව්වේ නැත
review-field-amount = මුදල
review-field-paid-to = ගෙවූයේ කාටද
review-field-receipt = ඔබට ලදුපතක් (රිසිට්පතක්) ලැබුණාද?
review-section-loan = ණය
review-field-took-loan = ගෙවීමට ඔබ ණයට මුදල් ගත්තාද?
review-field-lender = ණය දුන්නේ කවුද
loan-interest-monthly = මාසික පොලිය (%)
review-section-wages = ඔබේ වැටුප
review-wages-hint = මාසික මුදල්, වියදම්වල මුදල් වර්ගයෙන්ම.
review-field-promised-wage = ඔබට පොරොන්දු වූ මාසික වැටුප
review-field-first-wage = ඔබේ පළමු සම්පූර්ණ මාසයට ඔබට ලැබුණු මුදල
review-first-wage-hint = බදු සහ වෙනත් අඩු කිරීම් වලින් පසුව. ඔබට කිසිවක් නොගෙව්වා නම් 0 ඇතුළත් කරන්න.
review-section-checks = ඔබේ ගිවිසුම සහ ඔබේ රැකියාව
review-section-ratings = තවත් ලකුණු
review-field-use-again = ඔබ මෙම රැකියා ඒජන්සිය නැවත භාවිත කරනවාද?
review-section-text = ඔබේ කතාව
review-text-hint = නම්, දුරකථන අංක, ගමන් බලපත්‍ර අංක හෝ ලිපින ලියන්න එපා: වෙනත් කිසිවෙකු ඔබේ සමාලෝචනය කියවීමට පෙර සමාලෝචන පරීක්ෂකයෙක් ඒවා ඉවත් කරයි.
review-field-text = සිදු වූයේ කුමක්ද
review-field-text-language = ඔබේ පාඨයේ භාෂාව
review-language-other = වෙනත් භාෂාවක්
review-moderation-note = සෑම සමාලෝචනයක්ම ප්‍රසිද්ධ කිරීමට පෙර සමාලෝචන පරීක්ෂකයෙක් එය කියවයි.
review-submit = මගේ සමාලෝචනය යවන්න
review-write-link = මෙම රැකියා ඒජන්සිය සමාලෝචනය කරන්න

review-sent-title = සමාලෝචනය ලැබුණා
review-sent-heading = ඔබේ සමාලෝචනයට ස්තූතියි
review-sent-moderation = ඔබේ සමාලෝචනය ලැබුණා. එය ප්‍රසිද්ධ කිරීමට පෙර සමාලෝචන පරීක්ෂකයෙක් එය කියවනු ඇත.
review-sent-account = එහි තත්ත්වය ඔබේ ගිණුම් පිටුවේ බලා ගත හැක:
review-abuse-heading = ඔබ විස්තර කරන දේ නීතියට පටහැනි විය හැක
review-abuse-text = සේවකයින්ගෙන් බඳවා ගැනීමේ ගාස්තු අය කිරීම, ඔවුන්ගේ ගමන් බලපත්‍ර හෝ හැඳුනුම්පත් තබා ගැනීම, ඔවුන් එහි ගිය පසු ගිවිසුම වෙනස් කිරීම සහ පොරොන්දු වූ වැටුප නොගෙවීම ජාත්‍යන්තර ප්‍රමිතීන් සහ බොහෝ රටවල නීතිය මගින් තහනම් කර ඇත. ක්‍රියාමාර්ග ගත හැකි සංවිධානයකට ඔබට රහසිගත පැමිණිල්ලක් කළ හැක; ඔබේ නම දිය යුතු නැත.
review-abuse-rights-link = ඔබේ අයිතිවාසිකම් දැනගන්න
review-back-to-recruiter = රැකියා ඒජන්සියට ආපසු

error-review-year = ඔබ පිටත් වූ වර්ෂය, 1970 සිට මේ වර්ෂය දක්වා, ඇතුළත් කරන්න.
error-review-rating = 1 සිට 5 දක්වා ලකුණක් තෝරන්න.
error-review-rating-required = ඔබේ සමස්ත ලකුණ 1 සිට 5 දක්වා තෝරන්න.
error-review-text-long = මෙම පාඨය දිග වැඩියි. එය උපරිම අක්ෂර 5,000 දක්වා කෙටි කරන්න.
error-review-sub-agent = උප නියෝජිතයාගේ නම අකුරුවලින් ලියන්න, නැත්නම් ක්ෂේත්‍රය හිස්ව තබන්න.
error-review-language = ලැයිස්තුවෙන් භාෂාවක් තෝරන්න.
error-review-page = පිටු අංකය 1 සිට 1000 දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුය.
error-review-json = ඉල්ලීම සමාලෝචනයක් සඳහා වලංගු JSON නොවේ, නැත්නම් අප නොදන්නා ක්ෂේත්‍රයක් ඇත.
error-review-cost-repeated = සෑම වියදම් වර්ගයක්ම එක් වරක් පමණක් තිබිය හැක.

cost-fee = බඳවා ගැනීමේ ගාස්තුව
cost-fee-hint = රැකියාව සොයා දීම හෝ සූදානම් කිරීම සඳහා ගෙවීම, එය ගත්තේ කවුරු වුවත්.
cost-medical = වෛද්‍ය
cost-medical-hint = වෛද්‍ය පරීක්ෂණ, රසායනාගාර පරීක්ෂණ, එන්නත්.
cost-insurance = රක්ෂණය
cost-insurance-hint = ජීවිත, සෞඛ්‍ය හෝ ආරක්ෂණ රක්ෂණය; සංක්‍රමණික සුබසාධන අරමුදල්.
cost-skills = කුසලතා සහ භාෂා පරීක්ෂණ
cost-skills-hint = වෘත්තීය පරීක්ෂණ, භාෂා පරීක්ෂණ, සහතික.
cost-training = පුහුණුව සහ දැනුවත් කිරීම
cost-training-hint = පිටත්ව යාමට පෙර හෝ එහි ගිය පසු පුහුණුව.
cost-equipment = උපකරණ
cost-equipment-hint = මෙවලම්, නිල ඇඳුම්, ආරක්ෂක උපකරණ.
cost-travel = ගමන් සහ නවාතැන්
cost-travel-hint = සම්මුඛ පරීක්ෂණ, පුහුණුව, වීසා හමුවීම්, ගමන සහ ආපසු පැමිණීම සඳහා ප්‍රවේශපත් සහ නවාතැන්.
cost-administrative = ලේඛන සහ අවසරපත්
cost-administrative-hint = ගමන් බලපත්‍රය, වීසා, පසුබිම් පරීක්ෂණ, පිටවීමේ නිෂ්කාශනය, බැංකු ගිණුම, වැඩ සහ පදිංචි අවසරපත්.
cost-illegitimate = අල්ලස්, තැන්පතු සහ ඇපකර
cost-illegitimate-hint = කිසිම අවස්ථාවක නීත්‍යානුකූල නොවන ගෙවීම්: අල්ලස්, කොමිස් (kickback), තැන්පතු, ඇපකර, කප්පම්.

paid-to-recruiter = රැකියා ඒජන්සිය
paid-to-sub_agent = උප නියෝජිතයෙක් හෝ තැරැව්කරුවෙක්
paid-to-employer = සේවා යෝජකයා
paid-to-other = වෙනත් කෙනෙක්

lender-recruiter = රැකියා ඒජන්සිය
lender-moneylender = පොලියට මුදල් දෙන්නෙක්
lender-bank = බැංකුවක්
lender-cooperative = සමුපකාරයක් හෝ ක්ෂුද්‍ර මූල්‍ය කණ්ඩායමක්
lender-family = පවුලේ අය හෝ මිතුරන්
lender-employer = සේවා යෝජකයා
lender-other = වෙනත් කෙනෙක්

visa-work = රැකියා වීසා
visa-domestic_work = ගෘහ සේවක වීසා
visa-seasonal = සෘතුමය රැකියා වීසා
visa-visit = විසිට් (visit) හෝ සංචාරක වීසා
visa-student = ශිෂ්‍ය වීසා
visa-other = වෙනත් වීසා

check-contract_before_departure = ඔබ පිටත් වීමට පෙර ඔබට ලිඛිත ගිවිසුමක් ලැබුණාද?
check-contract_understood = ගිවිසුම ඔබට තේරෙන භාෂාවකින් තිබුණාද?
check-contract_substituted = ඔබ එහි ගිය පසු වෙනත් ගිවිසුමකට අත්සන් කිරීමට ඔබට බල කළාද?
check-documents_kept = කවුරුහරි ඔබේ ගමන් බලපත්‍රය හෝ හැඳුනුම්පත තබා ගත්තාද?
check-job_as_promised = රැකියාව ඔබට පොරොන්දු වූ ලෙසම තිබුණාද?
check-wage_as_promised = වැටුප ඔබට පොරොන්දු වූ ලෙසම තිබුණාද?
check-free_to_change_employer = සේවා යෝජකයා වෙනස් කිරීමට ඔබට නිදහස තිබුණාද?
check-info_accurate = පිටත් වීමට පෙර ඔබට ලැබුණු තොරතුරු නිවැරදිද?

rating-fees_honesty = ගාස්තු ගැන අවංකභාවය
rating-job_truth = රැකියාව ගැන සත්‍යය
rating-contract_documents = ගිවිසුම සහ ලේඛන
rating-support_after_arrival = එහි ගිය පසු සහාය
rating-overall = සමස්ත ලකුණ

review-status-pending = සමාලෝචන පරීක්ෂකයෙකු බලාපොරොත්තුවෙන්
review-status-approved = ප්‍රසිද්ධ කළා
review-status-rejected = ප්‍රසිද්ධ කළේ නැත

reject-reason-not_a_review = එය මෙම රැකියා ඒජන්සිය පිළිබඳ සමාලෝචනයක් නොවේ
reject-reason-spam = වෙළඳ දැන්වීම් හෝ ස්පෑම්
reject-reason-abusive = අපහාසාත්මක හෝ තර්ජනාත්මක භාෂාව
reject-reason-personal_data = ප්‍රසිද්ධ කිරීමට තරම් පෞද්ගලික තොරතුරු වැඩියි
reject-reason-duplicate = වෙනත් සමාලෝචනයක පිටපතක්
reject-reason-wrong_recruiter = වෙනත් රැකියා ඒජන්සියක් ගැන
reject-reason-other = වෙනත් හේතුවක්

score-heading = ලකුණු පත්‍රය
score-no-reviews = තවම ප්‍රසිද්ධ කළ සමාලෝචන නැත.
score-rating-out-of-five = 5න් { $rating }
score-review-count = { $count ->
    [one] සමාලෝචන { $count }ක් අනුව
   *[other] සමාලෝචන { $count }ක් අනුව
}
score-rating-explained = මෙම රැකියා ඒජන්සිය ප්‍රමාණවත් සේවකයින් සංඛ්‍යාවක් සමාලෝචනය කරන තුරු, ලකුණ සියලු රැකියා ඒජන්සිවල සාමාන්‍යය දෙසට නැඹුරු වේ. එබැවින් සමාලෝචන කිහිපයකට එය ඉතා හොඳ හෝ ඉතා නරක ලෙස පෙන්විය නොහැක.
score-rating-mean = සාමාන්‍ය සමස්ත ලකුණ
score-share-charged = ගාස්තුවක් හෝ වියදමක් අය කළ සේවකයින්
score-share-documents = ගමන් බලපත්‍රය හෝ හැඳුනුම්පත තබා ගත් සේවකයින්
score-share-substituted = ගිවිසුම වෙනස් කළ සේවකයින්
score-share-job-not = පොරොන්දු වූ රැකියාව නොලැබුණු සේවකයින්
score-share-again = ඔවුන්ව නැවත භාවිත කරන සේවකයින්
score-median-cost = ගෙවූ මුළු මුදලේ මධ්‍යස්ථය ({ $currency })
score-median-ratio = පළමු මාසයේ වැටුප සමඟ සසඳන විට වියදමේ මධ්‍යස්ථය
score-months-of-wages = මාස { $months }ක වැටුප්
score-withheld = තවම ප්‍රමාණවත් සමාලෝචන නැත
score-k-explained = කිසිවෙකු හඳුනා ගත නොහැකි වන පරිදි, අවම වශයෙන් සේවකයින් 5 දෙනෙකු පිළිතුරු දුන් පසුව පමණක් සංඛ්‍යාවක් පෙන්වයි.

review-language-filter = මෙම භාෂාවෙන් ලියූ සමාලෝචන පෙන්වන්න
review-language-any = ඕනෑම භාෂාවක්
review-language-filter-submit = පෙන්වන්න
review-list-empty = තවම ප්‍රසිද්ධ කළ සමාලෝචන නැත.
review-rating-line = 5න් { $rating } ලකුණු
review-departed = { $year } දී පිටත් විය
review-would-use-again = මෙම රැකියා ඒජන්සිය නැවත භාවිත කරයි.
review-would-not-use-again = මෙම රැකියා ඒජන්සිය නැවත භාවිත නොකරයි.

pii-phone = දුරකථන අංකය
pii-email = ඊමේල් ලිපිනය
pii-passport = ගමන් බලපත්‍ර හෝ හැඳුනුම්පත් අංකය
pii-url = වෙබ් ලිපිනය

moderate-title = සමාලෝචන පරීක්ෂාව
moderate-heading = පරීක්ෂාව බලාපොරොත්තුවෙන් සිටින සමාලෝචන
moderate-pending-count = { $count ->
    [one] සමාලෝචන { $count }ක් බලාපොරොත්තුවෙන්, පැරණිම ඒවා මුලින්.
   *[other] සමාලෝචන { $count }ක් බලාපොරොත්තුවෙන්, පැරණිම ඒවා මුලින්.
}
moderate-empty = කිසිදු සමාලෝචනයක් බලාපොරොත්තුවෙන් නැත.
moderate-approved = සමාලෝචනය ප්‍රසිද්ධ කළා.
moderate-rejected = සමාලෝචනය ප්‍රතික්ෂේප කළා.
moderate-gone = වෙනත් සමාලෝචන පරීක්ෂකයෙක් දැනටමත් එම සමාලෝචනය ගැන තීරණය කර ඇත.
moderate-review-title = සමාලෝචනයක් පරීක්ෂා කරන්න
moderate-review-heading = පරීක්ෂාව බලාපොරොත්තුවෙන් සිටින සමාලෝචනය
moderate-back = පෝලිමට ආපසු
moderate-status = තත්ත්වය:
moderate-corridor = ගමන
moderate-sub-agent-note = මෙම සමාලෝචනය උප නියෝජිතයෙකු නම් කරයි; ප්‍රසිද්ධ කළ පසු එය ගණන් වන්නේ:
moderate-no-text = සේවකයා කිසිදු පාඨයක් ලියා නැත.
moderate-collected-paper = { $who } විසින් කඩදාසි මත එකතු කළා
moderate-collected-partner = හවුල්කාර සංවිධානය { $who } විසින් එවූ
moderate-collected-phone = { $who } විසින් දුරකථනයෙන් එකතු කළා
moderate-collected-batch = ආයාත කාණ්ඩය { $batch }
moderate-redact-found = පෞද්ගලික දත්ත හමු විය: ඔබ ප්‍රසිද්ධ කරන විට ලකුණු කළ ඒවා […] මගින් ප්‍රතිස්ථාපනය වේ
moderate-redact-text = මෙම නිශ්චිත පාඨය ද ඉවත් කරන්න
moderate-redact-text-hint = එය ඇති සෑම තැනක්ම […] මගින් ප්‍රතිස්ථාපනය වේ. වෙන කිසිවක් ඉවත් කිරීමට අවශ්‍ය නැත්නම් හිස්ව තබන්න.
moderate-approve = ප්‍රසිද්ධ කරන්න
moderate-reason = ප්‍රතික්ෂේප කිරීමට හේතුව
moderate-reject = ප්‍රතික්ෂේප කරන්න
moderate-error-span = එම පෞද්ගලික දත්ත අයිතමය තවදුරටත් පාඨයේ නැත. පිටුව නැවත පූරණය කරන්න.
moderate-error-redact-text = ඉවත් කළ යුතු පාඨය දිග වැඩියි, නැත්නම් පාලන අක්ෂර ඇත.
moderate-error-redact-missing = ඉවත් කළ යුතු පාඨය සමාලෝචනයේ නැත.
moderate-error-reason = ප්‍රතික්ෂේප කිරීමට හේතුවක් තෝරන්න.

account-reviews-heading = ඔබේ සමාලෝචන
account-reviews-none = ඔබ තවම කිසිදු රැකියා ඒජන්සියක් සමාලෝචනය කර නැත.
account-review-edit = වෙනස් කරන්න
account-review-year = { $year } දී පිටත් විය
review-abuse-complaint-link = රහසිගත පැමිණිල්ලක් කරන්න
review-abuse-complaint-hint = පැමිණිලි පෝරමය විවෘත වන්නේ ඔබ මෙම සමාලෝචනයේ ලියූ දේ සමඟයි. ඔබ එය පරීක්ෂා කර, සිදු වූ දේ එකතු කර, එය දැකිය හැක්කේ කාටදැයි තෝරන්න. ඔබේ නම දිය යුතු නැත.
moderate-changed = ඔබ මෙම සමාලෝචනය විවෘත කළ පසු එහි කතුවරයා එය වෙනස් කළා. පහතින් එය නැවත කියවා, ඉන්පසු තීරණය කරන්න.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = ස්ත්‍රී/පුරුෂ භාවය
review-gender-hint = අත්‍යවශ්‍ය නැත. එය කිසිවිටෙක ඔබේ සමාලෝචනය සමඟ පෙන්වන්නේ නැත: එය ගණන් කරන්නේ අවම වශයෙන් සේවකයින් 5 දෙනෙකුගේ කණ්ඩායම් පිළිබඳ වාර්තාවල පමණි.
gender-woman = කාන්තාව
gender-man = පිරිමි
gender-another = වෙනත් ස්ත්‍රී/පුරුෂ භාවයක්
moderate-names-title = නාමාවලියට ඇතුළත් වීමට බලාපොරොත්තුවෙන් සිටින නම්
moderate-names-hint = සේවකයින් පැමිණිලි හෝ සමාලෝචනවල මෙම උප නියෝජිතයින් නම් කළා. ඔබ අනුමත කරන නමක් ඊළඟ සතිපතා ප්‍රකාශනයේදී ප්‍රසිද්ධ නාමාවලියට එකතු වේ. අපහාස, පෞද්ගලික පුද්ගලයින්ගේ නම් සහ රැකියා ඒජන්සියක් නොවන ඕනෑම දෙයක් ප්‍රතික්ෂේප කරන්න.
moderate-names-empty = කිසිදු නමක් බලාපොරොත්තුවෙන් නැත.
moderate-names-looks-like = ලැයිස්තුගත ඒජන්සියක් මෙන් පෙනේ:
moderate-names-approve = අනුමත කරන්න
moderate-names-refuse = ප්‍රතික්ෂේප කරන්න
moderate-names-approved = අනුමත කළා: ඊළඟ සතිපතා ප්‍රකාශනයේදී නම නාමාවලියට එකතු වේ.
moderate-names-refused = ප්‍රතික්ෂේප කළා: නම නාමාවලියට ඇතුළත් නොවේ.
moderate-names-gone = වෙනත් සමාලෝචන පරීක්ෂකයෙක් දැනටමත් එම නම ගැන තීරණය කර ඇත.
moderate-names-more = තවත් නම් බලාපොරොත්තුවෙන් ඇත: ඊළඟ ඒවා බැලීමට මේවා ගැන තීරණය කරන්න.
