# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = පැමිණිල්ලක් කරන්න
complaint-new-heading = රහසිගත පැමිණිල්ලක් කරන්න
complaint-new-intro = සිදු වූ දේ අපට කියන්න. අපි එය යවන්නේ ඔබ තෝරන සංවිධාන වෙත පමණයි, ඔබේ ගමනට අදාළ රටවල. අවශ්‍ය වන්නේ රැකියා ඒජන්සිය සහ රටවල් දෙක පමණයි.
complaint-new-safety = ඔබේ නම, ඊමේල් ලිපිනය හෝ දුරකථන අංකය දිය යුතු නැත. ඔබේ ආගමන තත්ත්වය (ඔබ රටේ නීත්‍යානුකූලව සිටින්නේද යන්න) ගැන අපි කිසිවිටෙක අසන්නේ නැත, ආගමන බලධාරීන් සමඟ කිසිවක් කිසිවිටෙක බෙදා ගන්නේ නැත.
complaint-section-recruiter = ඔබව බඳවා ගත්තේ කවුද
complaint-about = කා ගැනද:
complaint-recruiter-hint = නාමාවලියේ ඒජන්සිය සොයා, එහි "මෙම රැකියා ඒජන්සිය ගැන රහසිගත පැමිණිල්ලක් කරන්න" තෝරන්න, නැත්නම් නියෝජිතයාගේ හෝ තැරැව්කරුගේ නම පහතින් ලියන්න.
complaint-recruiter-find = නාමාවලියේ සොයන්න
complaint-recruiter-link = මෙම රැකියා ඒජන්සිය ගැන රහසිගත පැමිණිල්ලක් කරන්න
complaint-field-sub-agent = නියෝජිතයාගේ හෝ තැරැව්කරුගේ නම
complaint-sub-agent-hint = බලපත්‍රයක් නැති අතරමැදියෙක්, උදාහරණයක් ලෙස ගමේ තැරැව්කරුවෙක්. ඔබ දන්නා ආකාරයට නම ලියන්න.
complaint-field-sub-agent-country = මෙම නියෝජිතයා වැඩ කරන රට
complaint-choose = — තෝරන්න —
complaint-section-journey = ඔබේ ගමන
complaint-field-origin = ඔබ පිටත් වූ රට
complaint-field-destination = ඔබ ගිය රට (හෝ යාමට සිටි රට)
complaint-field-stage = ඔබ දැන් කොහේද?
complaint-field-sector = වැඩ වර්ගය
complaint-field-occupation = ඔබේ රැකියාව
complaint-field-departure-year = ඔබ පිටත් වූ වර්ෂය
complaint-section-danger = ඔබේ ආරක්ෂාව
complaint-field-in-danger = මම දැන් අනතුරක සිටිමි
complaint-in-danger-hint = ඔබට හෝ වෙනත් අයට දැන් හානියක් වීමේ අවදානමක් ඇත්නම් මෙය ලකුණු කරන්න. එවැනි පැමිණිලි මුලින්ම කියවනු ලැබේ. හදිසි අවස්ථාවක, ප්‍රාදේශීය හදිසි ඇමතුම් අංකයටද අමතන්න.
complaint-field-workers = ඔබ ද ඇතුළුව, මෙය සේවකයින් කී දෙනෙකුට බලපානවාද?
complaint-section-issues = සිදු වූයේ කුමක්ද
complaint-issues-hint = අදාළ සියල්ල ලකුණු කරන්න. කිසිවක් ලකුණු නොකර ලිවීම පමණක් ද කළ හැක.
complaint-field-description = ඔබේම වචනවලින්
complaint-description-hint = සිදු වූයේ කුමක්ද, කවදාද, සහ සම්බන්ධ වූයේ කවුද. සංවිධාන කියවීමට ඔබ අකමැති කිසිවක් ලියන්න එපා.
complaint-section-money = මුදල්
complaint-money-hint = මුදල් ඉලක්කම්වලින්, උදාහරණයක් ලෙස 1500 හෝ 1500.50.
complaint-field-fee = රැකියාව ලබා ගැනීමට ඔබ ගෙවූ ගාස්තු
complaint-field-currency = මුදල් වර්ගය (currency)
complaint-field-promised-wage = ඔබට පොරොන්දු වූ මාසික වැටුප
complaint-field-actual-wage = පළමු මාසයේ ඔබට ලැබුණු මාසික වැටුප
complaint-field-wage-currency = වැටුපේ මුදල් වර්ගය
complaint-field-visa-type = වීසා වර්ගය
complaint-costs-hint = ඔබ ගෙව්වේ මොනවා සඳහාද? එක් එක් වියදම් වර්ගය ලකුණු කරන්න.
complaint-field-lender = ගෙවීමට ඔබ ණයට මුදල් ගත්තාද? කාගෙන්ද?
complaint-lender-none = මම ණය ගත්තේ නැත
complaint-section-remedy = ඔබ ඉල්ලන්නේ කුමක්ද
complaint-section-consent = ඔබේ පැමිණිල්ල ලබා ගත හැක්කේ කාටද
complaint-consent-hint = ඔබේ පැමිණිල්ල යන්නේ ඔබ ලකුණු කරන වර්ගවල සංවිධාන වෙත පමණයි, ඒ අතරිනුත් ඔබේ රටවල් ආවරණය කරන ඒවාට පමණයි.
complaint-share-labour-inspectorate = කම්කරු පරීක්ෂණ ආයතන (රජය, ඔබ වැඩ කරන රටේ)
complaint-share-origin-authority = විදේශ රැකියා අධිකාරි (රජය, ඔබේ රටේ)
complaint-share-trade-union = වෘත්තීය සමිති
complaint-share-legal-aid = නීති ආධාර සංවිධාන
complaint-no-immigration = මෙම සංවිධාන කිසිවක් ආගමන නීතිය ක්‍රියාත්මක කරන්නේ නැත.
complaint-section-contact = අපට ඔබව සම්බන්ධ කර ගත හැකි ආකාරය
complaint-account-hint = "මගේ ගිණුම" මගින් මෙම පැමිණිල්ල ඔබ පිවිසී සිටින ගිණුමට සම්බන්ධ කරයි. නිර්නාමිකව සිටීමට "මගේ ලදුපත පමණක්" තෝරන්න: එවිට කිසිවක් එය ඔබේ ගිණුමට සම්බන්ධ නොකරයි.
complaint-field-contact = ඔබ තෝරන සම්බන්ධතාවයක් (දුරකථනය, WhatsApp, ඊමේල්, හෝ පුද්ගලයෙක්)
complaint-contact-hint = ඔබ "මා තෝරන සම්බන්ධතාවයක්" තෝරා ඇත්නම් පමණි. ඔබට ආරක්ෂිත එකක් දෙන්න.
complaint-field-safe-times = ඔබව සම්බන්ධ කර ගැනීමට ආරක්ෂිත වේලාවන්
complaint-contact-consent = මෙම සම්බන්ධතාවය දැකිය හැක්කේ කාටද (පැමිණිල්ල ද ලැබෙන සංවිධානවලට පමණි):
complaint-section-behalf = සේවකයෙකු වෙනුවෙන් පැමිණිලි කිරීම
complaint-field-behalf-consent = මා මෙම පැමිණිල්ල ඔවුන් වෙනුවෙන් කිරීමට සහ ඉහත තේරීම්වලට සේවකයා එකඟ විය.
complaint-submit = පැමිණිල්ල යවන්න
complaint-contact-receipt_only = මගේ ලදුපත පමණක් (නිර්නාමිකව)
complaint-contact-account = මගේ ගිණුම
complaint-contact-contact = මා තෝරන සම්බන්ධතාවයක්

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = මගේ අසරණ තත්ත්වයෙන් කවුරුහරි අයුතු ප්‍රයෝජන ගත්තා
complaint-issue-deception = මාව රැවැට්ටුවා හෝ මට බොරු කිව්වා
complaint-issue-restriction_of_movement = මට එළියට යාමට හෝ පිටව යාමට නිදහසක් නැත
complaint-issue-isolation = මාව අනෙක් අයගෙන් වෙන් කර තබා ඇත
complaint-issue-physical_sexual_violence = ශාරීරික හෝ ලිංගික හිංසනය
complaint-issue-intimidation_threats = තර්ජන හෝ බිය ගැන්වීම්
complaint-issue-retention_of_documents = මගේ ගමන් බලපත්‍රය හෝ හැඳුනුම්පත මට නොදී තබාගෙන ඇත
complaint-issue-withholding_of_wages = මගේ වැටුප රඳවාගෙන ඇත
complaint-issue-debt_bondage = ණයක් ගෙවීමට මට වැඩ කිරීමට සිදු වේ
complaint-issue-abusive_conditions = ඉතා නරක වැඩ හෝ ජීවන තත්ත්ව
complaint-issue-excessive_overtime = ඕනෑවට වඩා වැඩ පැය
complaint-issue-fees_charged = රැකියාව ලබා ගැනීමට මම ගාස්තු ගෙව්වා
complaint-issue-job_deception = රැකියාව හෝ වැටුප පොරොන්දු වූ ලෙස නොවේ
complaint-issue-contract_substitution = මගේ ගිවිසුම වෙනත් එකකින් ආදේශ කළා
complaint-issue-no_contract = ගිවිසුමක් නැත, නැත්නම් මට තේරුම් ගත නොහැකි එකක්
complaint-issue-documents_retained = රැකියා ඒජන්සිය මගේ ලේඛන තබා ගත්තා
complaint-issue-wages_unpaid = වැටුප් ගෙවා නැත
complaint-issue-discrimination = වෙනස් කොට සැලකීම
complaint-issue-harassment = හිරිහැර කිරීම
complaint-issue-unlicensed_recruiter = රැකියා ඒජන්සියට බලපත්‍රයක් තිබුණේ නැත
complaint-stage-before_departure = තවම ගෙදර, පිටත් වීමට පෙර
complaint-stage-in_transit = ගමනේ අතරමඟ
complaint-stage-at_destination = වැඩ කරන රටේ
complaint-stage-returned = ආපසු ගෙදර
complaint-remedy-refund = මගේ මුදල් ආපසු
complaint-remedy-unpaid_wages = මට නොගෙවූ වැටුප
complaint-remedy-documents_returned = මගේ ලේඛන ආපසු
complaint-remedy-repatriation = ගෙදර යාමට
complaint-remedy-change_of_employer = සේවා යෝජකයා වෙනස් කිරීමට
complaint-remedy-other = වෙනත් දෙයක්

## The receipt

receipt-title = ඔබේ ලදුපත
receipt-heading = ඔබේ පැමිණිල්ල ලැබුණා
receipt-intro = මෙය ඔබේ ලදුපත් අංකයයි:
receipt-once = අපි එය පෙන්වන්නේ දැන් පමණයි, එක් වරක් පමණයි. අපි එය තබා ගන්නේ නැත, නැවත එවිය නොහැක. එය නැතිව ඔබේ පැමිණිල්ල කිසිවෙකුට සොයා ගත නොහැක — ඔබටවත් නොහැක.
receipt-how-write = එය ලියා ගන්න හෝ ඡායාරූපයක් ගන්න, සහ ආරක්ෂිත තැනක තබා ගන්න.
receipt-how-track = සිදු වන දේ බැලීමට, ප්‍රශ්නවලට පිළිතුරු දීමට හෝ පැමිණිල්ල ඉල්ලා අස් කර ගැනීමට, එය මෙහි ඇතුළත් කරන්න:
receipt-how-safe = මෙම අංකය ඇති ඕනෑම කෙනෙකුට ඔබේ පැමිණිල්ලට ලැබෙන පිළිතුරු කියවිය හැක: එය කිසිවෙකු සමඟ බෙදා ගන්න එපා.
receipt-behalf = මෙම අංකය ආරක්ෂිත ආකාරයකින් සේවකයාට දෙන්න.
receipt-routed = { $count ->
    [one] එය සංවිධාන { $count }කට යැව්වා.
   *[other] එය සංවිධාන { $count }කට යැව්වා.
}
receipt-unrouted = ඔබේ රටවල් ආවරණය කරන කිසිදු සංවිධානයක් තවම සම්බන්ධ වී නැත. ඔබේ පැමිණිල්ල තබා ඇත, අපේ පරිපාලකයින් එවැනි සංවිධානයක් සොයමින් සිටිති; ඔබේ ලදුපත සමඟ පසුව නැවත බලන්න.

## Following a complaint

track-title = ඔබේ පැමිණිල්ල ගැන සොයා බලන්න
track-heading = ඔබේ පැමිණිල්ල ගැන සොයා බලන්න
track-intro = පැමිණිල්ල කළ විට ඔබට ලැබුණු ඉලක්කම් 16ක ලදුපත් අංකය ඇතුළත් කරන්න.
track-field-receipt = ලදුපත් අංකය
track-submit = මගේ පැමිණිල්ල පෙන්වන්න
track-lost = අපි ලදුපත්වල පිටපත් තබා ගන්නේ නැත, එබැවින් නැති වූ ලදුපතක් නැවත ලබා ගත නොහැක. ඔබට පැමිණිල්ල නැවත කළ හැක.
track-received = { $day } දින ලැබුණා.
track-is-withdrawn = ඔබ මෙම පැමිණිල්ල ඉල්ලා අස් කර ගත්තා.
track-no-referrals = එය තවම කිසිදු සංවිධානයකට ළඟා වී නැත. ඔබේ රටවල් ආවරණය කරන සංවිධානයක් අපි සොයමින් සිටිමු.
track-kind = වර්ගය
track-status = තත්ත්වය
track-opened = එහි ලැබුණේ
track-outcome = ප්‍රතිඵලය
track-question-waiting = මෙම සංවිධානය ඔබේ පිළිතුර බලාපොරොත්තුවෙන් සිටී.
track-from-you = ඔබ
track-from-staff = සංවිධානය
track-answer = ඔබේ පිළිතුර
track-add-information = තොරතුරු එකතු කරන්න
track-send = යවන්න
track-message-sent = ඔබේ පණිවිඩය යැව්වා.
track-withdrawn = ඔබේ පැමිණිල්ල ඉල්ලා අස් කර ගත්තා. සංවිධානවලට දැනුම් දුන්නා.
track-withdraw-heading = පැමිණිල්ල ඉල්ලා අස් කර ගන්න
track-withdraw-hint = ඔබ ඉල්ලා අස් කර ගත්තොත්, සෑම සංවිධානයක්ම ඔබේ පැමිණිල්ල වසා දමයි. මෙය නැවත වෙනස් කළ නොහැක.
track-withdraw-confirm = ඔව්, මට මගේ පැමිණිල්ල ඉල්ලා අස් කර ගැනීමට අවශ්‍යයි
track-withdraw-submit = ඉල්ලා අස් කර ගන්න
track-linked-heading = ඔබේ ගිණුමට සම්බන්ධ පැමිණිලි
track-linked-hint = මේවා ඔබේ ගිණුමට සම්බන්ධ කිරීමට ඔබ තෝරා ගත්තා. පිළිතුරු දීමට හෝ ඉල්ලා අස් කර ගැනීමට, ඉහතින් ලදුපත් අංකය ඇතුළත් කරන්න.

## Referral statuses, priorities, outcomes

case-status-new = නව
case-status-acknowledged = ලැබුණු බව තහවුරු කළා
case-status-investigating = විමර්ශනය කරමින්
case-status-awaiting_worker = සේවකයාගේ පිළිතුර බලාපොරොත්තුවෙන්
case-status-resolved = විසඳුණා
case-status-closed = වසා දැමුවා
case-close-reason-out_of_jurisdiction = මෙම සංවිධානයේ වගකීමෙන් පිටත
case-close-reason-unfounded = සොයා ගත් කරුණු මගින් සනාථ නොවේ
case-close-reason-withdrawn = සේවකයා ඉල්ලා අස් කර ගත්තා
case-remedy-money_recovered = මුදල් ආපසු ලබා ගත්තා
case-remedy-documents_returned = ලේඛන ආපසු දුන්නා
case-remedy-licence_action = රැකියා ඒජන්සියේ බලපත්‍රයට එරෙහිව පියවර
case-remedy-prosecution_referral = නඩු පැවරීමට යොමු කළා
case-remedy-other = වෙනත් සහනයක්
case-money-recovered = { $amount } ආපසු ලබා ගත්තා
case-priority-urgent = හදිසි
case-priority-high = ඉහළ
case-priority-normal = සාමාන්‍ය
case-priority-low = අඩු
case-action-acknowledge = ලැබුණු බව තහවුරු කරන්න
case-action-investigate = විමර්ශනය අරඹන්න
case-action-ask_worker = සේවකයාගෙන් අසන්න (පළමුව පණිවිඩයක් යවන්න)
case-action-resume = විමර්ශනය නැවත අරඹන්න
case-action-resolve = ප්‍රතිඵලයක් සමඟ විසඳන්න
case-action-close = හේතුවක් සමඟ වසා දමන්න

## Staff: the queue

inspect-title = පැමිණිලි ගොනු
inspect-heading = ඔබේ සංවිධානයේ පැමිණිලි ගොනු
inspect-filter-status = තත්ත්වය
inspect-filter-priority = ප්‍රමුඛතාව
inspect-filter-country = රට (මුල් රට හෝ ගමනාන්ත රට)
inspect-filter-recruiter = රැකියා ඒජන්සි හැඳුනුම් අංකය (id)
inspect-filter-overdue = කල් ඉකුත් වූ ඒවා පමණක්
inspect-filter-submit = පෙරන්න
inspect-status-open = විවෘත ගොනු
inspect-status-all = සියලු ගොනු
inspect-priority-any = ඕනෑම ප්‍රමුඛතාවක්
inspect-country-any = ඕනෑම රටක්
inspect-escalations-heading = ඉහළට යොමු කිරීම් (ප්‍රධානීන්)
inspect-escalations-none = කල් ඉකුත් වූ ගොනු නැත.
inspect-escalation-acknowledge = නියමිත කාලය තුළ ලැබුණු බව තහවුරු කර නැත
inspect-escalation-answer = නියමිත කාලය තුළ පිළිතුරක් නැත
inspect-queue-heading = පෝලිම: වඩාත්ම හදිසි ඒවා මුලින්, ඉන්පසු පැරණිම ඒවා
inspect-empty = ගැළපෙන ගොනු නැත.
inspect-same-recruiter = මෙම රැකියා ඒජන්සිය ගැන සියලු ගොනු

## Staff: one case

case-title = පැමිණිලි ගොනුව { $id }
case-back = ගොනු වෙත ආපසු
case-saved = සුරැකුවා.
case-withdrawn = සේවකයා මෙම පැමිණිල්ල ඉල්ලා අස් කර ගත්තා.
case-on-behalf = සේවකයාගේ එකඟතාවය ඇතිව, සේවකයා වෙනුවෙන් සහාය නිලධාරියෙකු ගොනු කළා.
case-recruiter-profile = රැකියා ඒජන්සියේ පැතිකඩ
case-in-danger = දැන් අනතුරේ
case-overdue = කල් ඉකුත් වී ඇත
case-sub-agent = බලපත්‍රයක් නැති නියෝජිතයා
case-priority = ප්‍රමුඛතාව
case-priority-overridden = (කාර්ය මණ්ඩලය විසින් සැකසූ)
case-status = තත්ත්වය
case-collective = සාමූහික ගොනුව
case-facts-heading = පැමිණිල්ල
case-fact-received = ලැබුණේ
case-fact-corridor = සංක්‍රමණ මාර්ගය
case-fact-workers = බලපෑමට ලක් වූ සේවකයින්
case-fact-acknowledge-by = ලැබුණු බව තහවුරු කළ යුතු දිනය
case-fact-answer-by = පිළිතුරු දිය යුතු දිනය
case-fact-licensing-country = බලපත්‍රය දුන් රට
case-fact-sector = ක්ෂේත්‍රය
case-fact-occupation = රැකියාව
case-fact-departure-year = පිටත් වූ වර්ෂය
case-fact-stage = සේවකයා දැන් සිටින තැන
case-fact-fee = රැකියාව සඳහා ගෙවූ ගාස්තු
case-fact-promised-wage = පොරොන්දු වූ මාසික වැටුප
case-fact-actual-wage = පළමු මාසයේ ලැබුණු වැටුප
case-fact-issues = සිදු වූයේ කුමක්ද
case-fact-remedies = සේවකයා ඉල්ලන්නේ කුමක්ද
case-fact-description = සේවකයාගේම වචනවලින්
case-fact-contact = සේවකයා තෝරාගත් සම්බන්ධතාවය
case-fact-safe-times = සම්බන්ධ කර ගැනීමට ආරක්ෂිත වේලාවන්
case-fact-costs = ගෙවූ වියදම්
case-fact-loan = ගෙවීමට ගත් ණය
case-fact-visa-type = වීසා වර්ගය
case-contact-heading = සම්බන්ධතාවය
case-contact-withheld = සේවකයා සම්බන්ධතාවයක් දුන් නමුත්, ඔබේ වර්ගයේ සංවිධානයකට එය බැලීමට ඉඩ දුන්නේ නැත. පහත පණිවිඩ මගින් ඔවුන්ට ලියන්න: ඔවුන් ඒවා තම ලදුපත සමඟ කියවති.
case-contact-none = සේවකයා පැමිණිල්ල ගැන සොයා බලන්නේ තම ලදුපත මගින් පමණි. පහත පණිවිඩ මගින් ඔවුන්ට ලියන්න.
case-collective-heading = සාමූහික ගොනුව
case-collective-member = සාමූහික ගොනුව { $id } හි කොටසක්:
case-same-recruiter = { $count ->
    [0] මෙහි වෙනත් කිසිදු විවෘත ගොනුවක් මෙම රැකියා ඒජන්සිය ගැන නොවේ.
    [one] මෙහි තවත් විවෘත ගොනු { $count }ක් මෙම රැකියා ඒජන්සිය ගැනයි.
   *[other] මෙහි තවත් විවෘත ගොනු { $count }ක් මෙම රැකියා ඒජන්සිය ගැනයි.
}
case-group-submit = ඒවා එක් සාමූහික ගොනුවකට එකතු කරන්න
case-actions-heading = ඊළඟ පියවර
case-field-action = පියවර
case-field-reason = හේතුව හෝ සටහන (වසා දැමීමට අවශ්‍යයි)
case-field-priority-reason = ඇයි (අවශ්‍යයි)
case-field-close-reason = එය වසා දැමුවේ ඇයි
case-field-remedies = ප්‍රතිඵලය: ලබා ගත් සහන
case-field-amount = ආපසු ලබා ගත් මුදල (ප්‍රමාණය)
case-field-whole-group = සාමූහික ගොනුවේ සෑම ගොනුවකටම යොදන්න
case-action-submit = මෙම පියවර සටහන් කරන්න
case-messages-heading = පණිවිඩ සහ සටහන්
case-messages-none = තවම පණිවිඩ නැත.
case-note = අභ්‍යන්තර සටහන
case-from-worker = සේවකයාගෙන්
case-to-worker = සේවකයාට
case-field-message = සේවකයාට පණිවිඩය
case-field-internal = අභ්‍යන්තර සටහන (සේවකයාට එය කිසිවිටෙක නොපෙනේ)
case-message-submit = යවන්න
case-priority-heading = ප්‍රමුඛතාව වෙනස් කරන්න
case-priority-submit = ප්‍රමුඛතාව වෙනස් කරන්න
case-refer-heading = වෙනත් සංවිධානයකට යොමු කරන්න
case-refer-hint = වෙනත් සංවිධානයක ගොනුවක් විවෘත කරයි. පෙන්වන්නේ සේවකයා එකඟ වූ වර්ගවල සංවිධාන පමණි.
case-field-organisation = සංවිධානය
case-refer-submit = යොමු කරන්න
case-timeline-heading = කාල රේඛාව
case-step-opened = ගොනුව විවෘත කළා
case-step-referred-on = වෙනත් සංවිධානයකට යොමු කළා
case-step-priority = ප්‍රමුඛතාව වෙනස් කළා
case-step-grouped = සාමූහික ගොනුවකට එකතු කළා
case-step-escalated = කාල සීමාව ඉක්මවා ගියා: ප්‍රධානීන්ට දැනුම් දුන්නා

## Administrators

unrouted-title = තවම යොමු නොකළ පැමිණිලි
unrouted-heading = කිසිදු සංවිධානයකට නොලැබුණු පැමිණිලි
unrouted-intro = මෙම පැමිණිලි කිසිදු සංවිධානයක රටවල් සහ සේවකයා එකඟ වූ සංවිධාන වර්ග සමඟ නොගැළපේ. ඒවා ආවරණය කරන සංවිධානයක් එකතු කරන්න. ඒවායේ අන්තර්ගතය මෙහි පෙන්වන්නේ නැත.
unrouted-none = සෑම පැමිණිල්ලක්ම සංවිධානයකට ළඟා විය.
unrouted-recruiter = රැකියා ඒජන්සිය
unrouted-kinds = එකඟ වූ වර්ග
unrouted-count = තවම යොමු නොකළ පැමිණිලි
unrouted-route-hint = ඒවා ආවරණය කරන සංවිධානයක් එකතු කළ පසු, බලාපොරොත්තුවෙන් සිටින පැමිණිලි නැවත යොමු කරන්න.
unrouted-route-submit = බලාපොරොත්තුවෙන් සිටින පැමිණිලි නැවත යොමු කරන්න
unrouted-routed = { $count ->
    [one] පැමිණිලි { $count }ක් සංවිධානයකට ළඟා විය.
   *[other] පැමිණිලි { $count }ක් සංවිධානයකට ළඟා විය.
}

## Errors

error-complaint-recruiter-required = නාමාවලියෙන් රැකියා ඒජන්සිය තෝරන්න, නැත්නම් නියෝජිතයාගේ හෝ තැරැව්කරුගේ නම ලියන්න.
error-complaint-recruiter-both = නාමාවලියේ රැකියා ඒජන්සියක් හෝ නියෝජිතයෙකුගේ නමක් දෙන්න, දෙකම නොවේ.
error-complaint-recruiter-unknown = එම රැකියා ඒජන්සිය නාමාවලියේ අපට සොයා ගත නොහැකි විය.
error-complaint-country-required = රට තෝරන්න.
error-complaint-corridor-same = රටවල් දෙක එකිනෙකට වෙනස් විය යුතුය.
error-complaint-year = 2024 වැනි වර්ෂයක් දෙන්න.
error-complaint-workers = 1 සිට 100,000 දක්වා සේවක සංඛ්‍යාවක් දෙන්න.
error-complaint-lender = මුදල් ණයට දුන්නේ කවුදැයි තෝරන්න, නැත්නම් පොලිය හිස්ව තබන්න.
error-complaint-consent-required = ඔබේ පැමිණිල්ල ලබා ගත හැකි අවම වශයෙන් එක් සංවිධාන වර්ගයක් තෝරන්න.
error-complaint-contact-consent = ඔබේ සම්බන්ධතාවය යා හැක්කේ පැමිණිල්ල ද ලැබෙන සංවිධානවලට පමණි.
error-complaint-contact-consent-required = ඔබේ සම්බන්ධතාවය දැකිය හැක්කේ කාටදැයි තෝරන්න.
error-complaint-contact-required = ඔබව සම්බන්ධ කර ගත යුතු සම්බන්ධතාවය ලියන්න, නැත්නම් "මගේ ලදුපත පමණක්" තෝරන්න.
error-complaint-account-needed = පැමිණිල්ල ඔබේ ගිණුමට සම්බන්ධ කිරීමට පිවිසෙන්න, නැත්නම් "මගේ ලදුපත පමණක්" තෝරන්න.
error-complaint-behalf-consent = ඔබ ඔවුන් වෙනුවෙන් පැමිණිලි කිරීමට සේවකයා එකඟ වූ බව තහවුරු කරන්න.
error-track-receipt-format = ලදුපත් අංකයක ඉලක්කම් 16ක් ඇත, උදාහරණයක් ලෙස 1234-5678-9012-3456.
error-track-receipt-unknown = මෙම ලදුපත් අංකය සහිත පැමිණිල්ලක් නැත. ඉලක්කම් පරීක්ෂා කර නැවත උත්සාහ කරන්න.
error-track-referral = මෙය ඔබේ පැමිණිල්ල ලැබුණු සංවිධානයක් නොවේ.
error-track-referral-closed = මෙම සංවිධානය ඔබේ පැමිණිල්ල වසා දමා ඇත; එයට පණිවිඩ ලබා ගත නොහැක.
error-track-withdraw-confirm = ඔබට ඉල්ලා අස් කර ගැනීමට අවශ්‍ය බව තහවුරු කිරීමට කොටුව ලකුණු කරන්න.
error-case-transition = ගොනුවේ වත්මන් තත්ත්වයේ සිට මෙම පියවර කළ නොහැක.
error-case-action-unknown = ලැයිස්තුවෙන් පියවරක් තෝරන්න.
error-case-close-reason = ගොනුව වසා දමන්නේ ඇයිදැයි තෝරන්න.
error-case-reason-required = හේතුව ලියන්න.
error-case-outcome-required = ලබා ගත් අවම වශයෙන් එක් සහනයක් තෝරන්න.
error-case-money-required = ආපසු ලබා ගත් මුදලේ ප්‍රමාණය සහ මුදල් වර්ගය දෙන්න.
error-case-money-unexpected = මුදල් ප්‍රමාණයක් යෙදෙන්නේ "මුදල් ආපසු ලබා ගත්තා" සමඟ පමණි.
error-case-message-required = පණිවිඩයක් ලියන්න.
error-case-priority = ලැයිස්තුවෙන් ප්‍රමුඛතාවක් තෝරන්න.
error-case-refer-self = ගොනුව දැනටමත් මෙම සංවිධානයේ ඇත.
error-case-refer-consent = මෙම වර්ගයේ සංවිධානයක් සමඟ පැමිණිල්ල බෙදා ගැනීමට සේවකයා එකඟ වූයේ නැත.
error-case-refer-coverage = මෙම සංවිධානය මෙම පැමිණිල්ලට අදාළ රටවල වැඩ කරන්නේ නැත.
error-case-refer-exists = මෙම සංවිධානයට දැනටමත් මෙම පැමිණිල්ල ඇත.
error-case-group-alone = මෙහි වෙනත් කිසිදු විවෘත ගොනුවක් මෙම රැකියා ඒජන්සිය ගැන නොවේ.
error-case-filter = පෙරහනක අප නොදන්නා අගයක් ඇත.

## Evidence (photos, documents, voice notes)
evidence-heading = ඡායාරූප, ලේඛන සහ හඬ පණිවිඩ
evidence-hint = ගිවිසුමක ඡායාරූපයක්, ගාස්තුවක් සඳහා ලදුපතක්, වැටුප් පත්‍රිකාවක් හෝ රැකියා ඒජන්සියේ පණිවිඩයක්, PDF එකක්, හෝ හඬ පණිවිඩයක් එකතු කරන්න. ඡායාරූපවලින් ස්ථාන දත්ත සහ දුරකථනයේ විස්තර ඉවත් කෙරේ.
evidence-field-files = ගොනු (files)
evidence-files-hint = ඡායාරූප (JPEG, PNG, WebP), PDF, හෝ හඬ පණිවිඩ (MP3, Ogg, M4A, AMR); එකවර කිහිපයක් වුවද.
evidence-field-share = මෙම ගොනු දැකිය හැක්කේ කාටද
evidence-submit = ගොනු යවන්න
evidence-sent = ඔබේ ගොනු පැමිණිල්ලට එකතු කළා.
evidence-location-removed = ඔබේ ඡායාරූපවලින් ස්ථාන දත්ත සහ දුරකථනයේ විස්තර ඉවත් කළා.
evidence-choose-again = කිසිවක් යැව්වේ නැත. ගොනු නැවත තෝරන්න: බ්‍රව්සරය ඒවා තබා ගන්නේ නැත.
evidence-kind-photo = ඡායාරූපය
evidence-kind-document = ලේඛනය
evidence-kind-voice = හඬ පණිවිඩය
evidence-size-kb = { $count } KB
error-evidence-type = මෙම වර්ගයේ ගොනු භාර ගන්නේ නැත. ඡායාරූප (JPEG, PNG, WebP), PDF ලේඛන හෝ හඬ පණිවිඩ (MP3, Ogg, M4A, AMR) යවන්න.
error-evidence-unreadable = ගොනුවක් කියවිය නොහැකි විය: එය හානි වී, අඩක් කැපී, හෝ මුරපදයකින් අගුළු දමා තිබිය හැක.
error-evidence-pixels = ඡායාරූපයක් විශාල වැඩියි. කුඩා පිටපතක් යවන්න.
error-evidence-too-large = ගොනුවක් අවසර ඇති ප්‍රමාණයට වඩා විශාලයි. කුඩා පිටපතක් යවන්න.
error-evidence-too-many = එකවර ගොනු වැඩියි. ඒවා කිහිප වතාවකින් යවන්න.
error-evidence-none = අවම වශයෙන් එක් ගොනුවක් තෝරන්න.
error-evidence-share = ඔබේ පැමිණිල්ල ගිය සංවිධාන අතරින්, ගොනු දැකිය හැක්කේ කාටදැයි තෝරන්න.
error-evidence-complaint-full = මෙම පැමිණිල්ලට තබා ගත හැකි උපරිම ගොනු ගණන දැනටමත් ඇත. වඩාත්ම වැදගත් ඒවා පමණක් යවන්න.
error-evidence-truncated = උඩුගත කිරීම අතරමඟ නැවතුණා. නැවත උත්සාහ කරන්න.
evidence-from-staff = සංවිධානය ඔබට එවූ
evidence-sent-by-you = ඔබේ සංවිධානය එවූ
evidence-staff-field = සේවකයාට ගොනු යවන්න
evidence-staff-hint = පෝරමයක්, තීරණයක් හෝ ලිපියක්. සේවකයා ඒවා තම ලදුපත සමඟ විවෘත කරයි; වෙනත් කිසිදු සංවිධානයකට ඒවා නොපෙනේ. ඡායාරූපවල ස්ථාන දත්ත ඉවත් කෙරේ.
evidence-staff-submit = සේවකයාට යවන්න
error-webhook-url-malformed = අක්ෂර 2,000කට නොවැඩි සම්පූර්ණ වෙබ් ලිපිනයක් (https://…) ඇතුළත් කරන්න, පරිශීලක නාමයක් හෝ මුරපදයක් නොමැතිව.
error-webhook-url-not-https = ලිපිනය https:// වලින් ආරම්භ විය යුතුය.
error-webhook-url-private = මෙම ලිපිනය පුද්ගලික, දේශීය හෝ වෙන් කළ ජාලයකට යොමු වේ. පොදු අන්තර්ජාලයේ ලිපිනයක් භාවිත කරන්න.
error-webhook-url-unresolved = මෙම ලිපිනයේ සත්කාරක නාමය සොයාගත නොහැකි විය. අක්ෂර වින්‍යාසය පරීක්ෂා කරන්න.
