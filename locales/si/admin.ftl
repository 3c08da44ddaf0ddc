# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = පරිපාලනය
admin-heading = පරිපාලනය
admin-nav-label = පරිපාලනය
admin-nav-overview = දළ විශ්ලේෂණය
admin-nav-organisations = සංවිධාන
admin-nav-staff = කාර්ය මණ්ඩලය
admin-nav-recruiters = රැකියා ඒජන්සි නාමාවලිය
admin-nav-audit = විගණන සටහන
admin-count-organisations = සංවිධාන
admin-count-staff = කාර්ය මණ්ඩල ගිණුම්
admin-count-workers = සේවක ගිණුම්
admin-recruiters-link = නාමාවලියට රැකියා ඒජන්සි එකතු කරන්න හෝ නිවැරදි කරන්න
admin-recent-events = නවතම ආරක්ෂක සිදුවීම්
admin-audit-link = සම්පූර්ණ විගණන සටහන බලන්න
admin-save = වෙනස්කම් සුරකින්න
admin-saved = ඔබේ වෙනස්කම් සුරැකිණි.
admin-disabled = අක්‍රිය කර ඇත
admin-enabled = සක්‍රියයි
admin-standing = තත්ත්වය

## Audit log
admin-audit-title = විගණන සටහන
admin-audit-heading = විගණන සටහන
admin-audit-intro = නවතම ආරක්ෂක සිදුවීම් 200, අලුත්ම ඒවා මුලින්. වේලාවන් UTC අනුව ය.
admin-audit-none = තවම කිසිදු සිදුවීමක් සටහන් වී නැත.
admin-audit-time = වේලාව (UTC)
admin-audit-event = සිදුවීම
admin-audit-people = කවුද
admin-audit-detail = විස්තරය
admin-audit-actor = කළේ:
admin-audit-subject = ගිණුම:
admin-outcome-success = සාර්ථකයි
admin-outcome-failure = අසාර්ථකයි
admin-outcome-refused = ප්‍රතික්ෂේප කළා
admin-event-sign-in = පිවිසීම
admin-event-sign-out = ඉවත් වීම
admin-event-sign-out-everywhere = සෑම තැනකින්ම ඉවත් විය
admin-event-password-changed = මුරපදය වෙනස් කළා
admin-event-account-created = ගිණුම සෑදුවා
admin-event-role-changed = භූමිකාව වෙනස් කළා
admin-event-organisation-changed = ගිණුම වෙනත් සංවිධානයකට මාරු කළා
admin-event-account-disabled = ගිණුම අක්‍රිය කළා
admin-event-account-enabled = ගිණුම නැවත සක්‍රිය කළා
admin-event-organisation-created = සංවිධානය එකතු කළා
admin-event-organisation-updated = සංවිධානයේ විස්තර වෙනස් කළා
admin-event-recruiter-created = රැකියා ඒජන්සිය එකතු කළා
admin-event-recruiter-updated = රැකියා ඒජන්සිය වෙනස් කළා

## Organisations
admin-organisations-title = සංවිධාන
admin-organisations-heading = සංවිධාන
admin-organisations-none = තවම කිසිදු සංවිධානයක් එකතු කර නැත.
admin-organisation-create-heading = සංවිධානයක් එකතු කරන්න
admin-organisation-create-submit = සංවිධානය එකතු කරන්න
admin-organisation-edit-heading = මෙම සංවිධානය වෙනස් කරන්න
admin-field-organisation-name = නම
admin-field-kind = සංවිධාන වර්ගය
admin-field-countries = ආවරණය කරන රටවල්
admin-countries-hint = අකුරු දෙකේ රට කේත, කොමා හෝ හිස්තැන් මගින් වෙන් කර, උදා: QA, AE.
admin-field-sectors = ක්ෂේත්‍ර
admin-sectors-hint = සංවිධානය සියලු ක්ෂේත්‍ර සමඟ කටයුතු කරන්නේ නම් කිසිවක් ලකුණු නොකර තබන්න.
admin-sectors-all = සියලු ක්ෂේත්‍ර
admin-field-acknowledge-days = පැමිණිල්ලක් ලැබුණු බව තහවුරු කිරීමට දින ගණන
admin-acknowledge-days-hint = දින 1 සිට 365 දක්වා. සාමාන්‍යයෙන් 7.
admin-field-answer-days = පැමිණිල්ලකට පිළිතුරු දීමට දින ගණන
admin-answer-days-hint = දින 1 සිට 730 දක්වා, සහ තහවුරු කිරීමේ දින ගණනට වඩා අඩු නොවිය යුතුය. සාමාන්‍යයෙන් 90.
admin-deadlines = කාල සීමා
admin-deadline-acknowledge = { $days ->
    [one] දින { $days }ක් තුළ ලැබුණු බව තහවුරු කරන්න
   *[other] දින { $days }ක් තුළ ලැබුණු බව තහවුරු කරන්න
}
admin-deadline-answer = { $days ->
    [one] දින { $days }ක් තුළ පිළිතුරු දෙන්න
   *[other] දින { $days }ක් තුළ පිළිතුරු දෙන්න
}
admin-members-heading = මෙම සංවිධානයේ කාර්ය මණ්ඩලය
admin-members-none = FairRecruit හි තවම කිසිවෙක් මෙම සංවිධානය සඳහා වැඩ කරන්නේ නැත.

## Staff
admin-staff-title = කාර්ය මණ්ඩලය
admin-staff-heading = කාර්ය මණ්ඩල ගිණුම්
admin-staff-none = තවම කාර්ය මණ්ඩල ගිණුම් නැත.
admin-staff-create-heading = කාර්ය මණ්ඩල ගිණුමක් එකතු කරන්න
admin-staff-create-submit = ගිණුම එකතු කරන්න
admin-staff-password-hint = අවම වශයෙන් අක්ෂර 8ක්, සාමාන්‍ය මුරපදයක් නොවේ. එය ආරක්ෂිත ආකාරයකින් අදාළ පුද්ගලයාට දෙන්න; ඔවුන්ට එය තම ගිණුම් පිටුවේ වෙනස් කළ හැක.
admin-organisation-none = සංවිධානයක් නැත
admin-organisation-hint = කම්කරු පරීක්ෂකයින් කම්කරු පරීක්ෂණ ආයතනයකට හෝ මුල් රටේ අධිකාරියකට, වෘත්තීය සමිති නිලධාරීන් වෘත්තීය සමිතියකට, සහාය නිලධාරීන් නීති ආධාර සංවිධානයකට අයත් වේ. සමාලෝචන පරීක්ෂකයින් සහ පරිපාලකයින් කිසිවකට අයත් නොවේ.
admin-field-lead = සංවිධානයේ ප්‍රධානී (ඉහළට යොමු කිරීම් සහ කල් ඉකුත් වූ පැමිණිලි ගැන දැනුම් දෙනු ලැබේ)
admin-field-disabled = ගිණුම අක්‍රියයි (එම පුද්ගලයාට පිවිසිය නොහැක)
admin-staff-edit-heading = මෙම ගිණුම වෙනස් කරන්න
admin-staff-edit-hint = වෙනසක් සුරැකීමෙන් එම පුද්ගලයා එකවරම සෑම තැනකින්ම ඉවත් කෙරේ.
admin-staff-self-hint = මෙය ඔබේම ගිණුමයි: ඔබේ පරිපාලක භූමිකාව ඉවත් කිරීමට හෝ ගිණුම අක්‍රිය කිරීමට ඔබට නොහැක.

## Recruiter directory
admin-recruiters-title = රැකියා ඒජන්සි නාමාවලිය
admin-recruiters-heading = රැකියා ඒජන්සි නාමාවලිය
admin-recruiter-create-heading = බලපත්‍රලාභී රැකියා ඒජන්සියක් එකතු කරන්න
admin-recruiter-create-submit = රැකියා ඒජන්සිය එකතු කරන්න
admin-recruiter-edit-heading = මෙම රැකියා ඒජන්සිය නිවැරදි කරන්න
admin-recruiter-edit-hint = බලපත්‍ර තත්ත්වයේ වෙනසක් අද දිනය සමඟ රැකියා ඒජන්සියේ ප්‍රසිද්ධ බලපත්‍ර ඉතිහාසයට එකතු වේ.
admin-recruiter-public-link = ප්‍රසිද්ධ පැතිකඩ බලන්න
admin-field-recruiter-name = ඒජන්සියේ නම
admin-field-licensing-country = බලපත්‍රය නිකුත් කළ රට
admin-licensing-country-hint = අකුරු දෙකේ රට කේතය, උදා: නේපාලය සඳහා NP.

## Errors
admin-error-role = ලැයිස්තුවෙන් භූමිකාවක් තෝරන්න.
admin-error-own-role = ඔබේම පරිපාලක භූමිකාව ඉවත් කළ නොහැක. වෙනත් පරිපාලකයෙකුගෙන් ඉල්ලන්න.
admin-error-own-disable = ඔබේම ගිණුම අක්‍රිය කළ නොහැක. වෙනත් පරිපාලකයෙකුගෙන් ඉල්ලන්න.
admin-error-country-code = NP, QA හෝ AE වැනි අකුරු දෙකේ රට කේත, කොමා මගින් වෙන් කර භාවිත කරන්න.
admin-error-destinations-too-many = උපරිම වශයෙන් ගමනාන්ත රටවල් 60ක් දෙන්න.
admin-error-name-required = ඒජන්සියේ නම දෙන්න.
admin-error-licence-required = බලපත්‍ර අංකය දෙන්න.
admin-error-licence-taken = මෙම රටේ වෙනත් රැකියා ඒජන්සියකට දැනටමත් මෙම බලපත්‍ර අංකය ඇත.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = භූමිකාව
admin-detail-organisation = සංවිධානය
admin-detail-kind = වර්ගය
admin-detail-countries = රටවල්
admin-detail-sectors = ක්ෂේත්‍ර
admin-detail-days = කාල සීමා (දින)
admin-detail-recruiter = රැකියා ඒජන්සිය
admin-detail-status = බලපත්‍රයේ තත්ත්වය
admin-detail-reason = හේතුව
admin-detail-reason-throttled = උත්සාහයන් වැඩියි
admin-detail-reason-disabled = ගිණුම අක්‍රියයි

## Setting a staff member's password
admin-password-heading = නව මුරපදයක් සකසන්න
admin-password-hint = මුරපදය නැති වූ කාර්ය මණ්ඩල සාමාජිකයෙකු සඳහා. ඔවුන්ගේ සැසි වහාම අවසන් වේ. නව මුරපදය ආරක්ෂිත ආකාරයකින් ඔවුන්ට දෙන්න; ඔවුන්ට එය තම ගිණුම් පිටුවේ වෙනස් කළ හැක.
admin-password-submit = මුරපදය සකසන්න
admin-error-own-password = ඔබේම මුරපදය ඔබේ ගිණුම් පිටුවේ වෙනස් කරන්න.
admin-event-password-reset = පරිපාලකයෙකු මුරපදය සැකසුවා
admin-warning-look-alike = මෙම නම ලැයිස්තුගත ඒජන්සියක නමට සමාන ලෙස පෙනේ. එය සුරැකුණේ නැත.
admin-look-alike-list = එය මෙම ඒජන්සිවලින් එකක් නොවන බව පරීක්ෂා කරන්න:
admin-look-alike-confirm = මෙය වෙනත් ඒජන්සියකි: කෙසේ වෙතත් සුරකින්න

## Two-step sign-in
admin-second-factor-on = සකසා ඇත
admin-second-factor-off = තවම සකසා නැත (ඊළඟ පිවිසීමේදී ඉල්ලනු ලැබේ)
admin-second-factor-heading = පියවර දෙකේ පිවිසුම යළි පිහිටුවන්න
admin-second-factor-hint = තම දුරකථනය සහ ප්‍රතිසාධන කේත යන දෙකම නැති වූ අයෙකු සඳහා. ඔවුන්ගේ සැසි අවසන් වේ; ඊළඟ පිවිසීමේදී ඔවුන් නව යෙදුමක් සකසයි. ඔවුන්ට ඊමේල් මගින් දැනුම් දෙනු ලැබේ.
admin-second-factor-submit = පියවර දෙකේ පිවිසුම යළි පිහිටුවන්න
admin-event-second-factor-enrolled = පියවර දෙකේ පිවිසුම සැකසුවා
admin-event-second-factor-replaced = පියවර දෙකේ පිවිසුම නව යෙදුමකට මාරු කළා
admin-event-second-factor-removed = පියවර දෙකේ පිවිසුම අක්‍රිය කළා
admin-event-second-factor-reset = පරිපාලකයෙකු පියවර දෙකේ පිවිසුම යළි පිහිටුවූවා
admin-detail-reason-second-factor = වැරදි හෝ නැවත භාවිත කළ කේතය
admin-detail-reason-no-second-factor = පියවර දෙකේ පිවිසුම සකසා නැත
admin-detail-reason-recovery-code = ප්‍රතිසාධන කේතයක් සමඟ

## API keys of intake partners (issue 18)
admin-partner-keys-link = API යතුරු
admin-partner-keys-title = { $name } හි API යතුරු
admin-partner-keys-intro = යතුරක් මගින් මෙම හවුල්කරුගේ චැට් බොට් එකට හෝ ක්ෂණික ඇමතුම් පද්ධතියට, සේවකයන් දුන් එකඟතාවය ඇතිව, ඔවුන් වෙනුවෙන් පැමිණිලි සහ සමාලෝචන ගොනු කිරීමටත්, තමන් ගොනු කළ දේ පසුවිපරම් කිරීමටත් ඉඩ ලැබේ. වෙන කිසිවක් නැත. යතුර සාදන විට එක් වරක් පමණක් පෙන්වයි; එහි hash අගයක් පමණක් තබා ගනී.
admin-partner-keys-none = මෙම හවුල්කරුට තවම යතුරු නැත.
admin-partner-keys-col-name = නම
admin-partner-keys-col-made = සෑදූ දිනය
admin-partner-keys-col-expires = කල් ඉකුත් වන දිනය
admin-partner-keys-col-used = අවසන් වරට භාවිත කළේ
admin-partner-keys-col-state = තත්ත්වය
admin-partner-keys-never = කිසි විටෙක නැත
admin-partner-keys-active = සක්‍රියයි
admin-partner-keys-revoked = අවලංගු කළ
admin-partner-keys-expired = කල් ඉකුත් වූ
admin-partner-keys-revoke = අවලංගු කරන්න
admin-partner-keys-create-heading = යතුරක් සාදන්න
admin-partner-keys-name = යතුරේ නම
admin-partner-keys-name-hint = එය භාවිත වන්නේ කොතැනද යන්න සඳහන් කරන්න, උදාහරණයක් ලෙස "WhatsApp බොට්" හෝ "ක්ෂණික ඇමතුම් අංකය, කත්මණ්ඩු".
admin-partner-keys-days = වලංගු කාලය (දින, 1 සිට 365 දක්වා)
admin-partner-keys-create = යතුර සාදන්න
admin-partner-keys-shown-once = නව යතුර පෙන්වන්නේ දැන් පමණි. එය හවුල්කරුගේ පද්ධතියට පිටපත් කරන්න: කිසිවෙකුට එය නැවත දැකිය නොහැක. එය නැති වුවහොත්, එය අවලංගු කර වෙනත් එකක් සාදන්න.
admin-partner-keys-revoked-done = යතුර අවලංගු කර ඇත: මෙතැන් සිට එයින් කරන සෑම ඉල්ලීමක්ම ප්‍රතික්ෂේප කෙරේ.
error-partner-key-name = යතුරට අක්ෂර 1 සිට 100 දක්වා නමක් දෙන්න.
error-partner-key-days = යතුරක් දින 1 සිට 365 දක්වා වලංගු වේ.
error-partner-key-not-partner = API යතුරු ලබා දෙන්නේ "පැමිණිලි භාරගන්නා හවුල්කරු" වර්ගයේ සංවිධාන සඳහා පමණි.
