# Language: Sinhala (si). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = ආයුබෝවන්,
mail-open-link = එය කියවීමට පිවිසෙන්න:
mail-footer = ඔබේ FairRecruit ගිණුම දැනුම්දීම් ඉල්ලූ නිසා ඔබට මෙම ඊමේල් පණිවිඩය ලැබේ. ඔබේ ගිණුම් පිටුවේ භාෂාව වෙනස් කිරීමට හෝ මෙම ඊමේල් නැවැත්වීමට හැක:

mail-new-referral-subject = { $organisation } සඳහා නව පැමිණිලි ගොනුවක්
mail-new-referral-body = FairRecruit හි නව පැමිණිලි ගොනුවක් { $organisation } වෙත යොමු කර ඇත.
mail-worker-reply-subject = සේවකයෙක් ගොනුවකට පිළිතුරු දී ඇත
mail-worker-reply-body = ඔබේ සංවිධානයේ ගොනුවකට සේවකයා පණිවිඩයක් එකතු කර ඇත.
mail-overdue-acknowledge-subject = ගොනුවක් ලැබුණු බව තහවුරු කිරීමේ කාල සීමාව ඉක්මවා ඇත
mail-overdue-acknowledge-body = ඔබේ සංවිධානයේ ගොනුවක් ලැබුණු බව එහි කාල සීමාව තුළ තහවුරු කර නැත.
mail-overdue-answer-subject = ගොනුවක් පිළිතුරු දීමේ කාල සීමාව ඉක්මවා ඇත
mail-overdue-answer-body = ඔබේ සංවිධානයේ ගොනුවකට එහි කාල සීමාව තුළ පිළිතුරු දී නැත.
mail-complaint-acknowledged-subject = ඔබේ පැමිණිල්ල ලැබී ඇත
mail-complaint-acknowledged-body = ඔබේ පැමිණිල්ල ලැබුණු බව { $organisation } තහවුරු කර ඇත.
mail-complaint-resolved-subject = ඔබේ පැමිණිල්ලට ප්‍රතිඵලයක් ඇත
mail-complaint-resolved-body = { $organisation } ඔබේ පැමිණිල්ල සඳහා ප්‍රතිඵලයක් සටහන් කර ඇත.
mail-review-approved-subject = ඔබේ සමාලෝචනය ප්‍රසිද්ධ කළා
mail-review-approved-body = { $recruiter } පිළිබඳ ඔබේ සමාලෝචනය ප්‍රසිද්ධ කර ඇත. අනෙක් සේවකයින්ට උදව් කළාට ස්තූතියි.
mail-review-rejected-subject = ඔබේ සමාලෝචනය ප්‍රසිද්ධ කළේ නැත
mail-review-rejected-body = { $recruiter } පිළිබඳ ඔබේ සමාලෝචනය ප්‍රසිද්ධ කළේ නැත. හේතුව ඔබේ ගිණුම් පිටුවේ ඇත.
mail-digest-subject = ඔබේ දෛනික FairRecruit සාරාංශය
mail-digest-body = ඔබේ අවසන් සාරාංශයෙන් පසුව:
mail-digest-line-new-referral = { $count ->
    [one] නව ගොනු { $count }
   *[other] නව ගොනු { $count }
}
mail-digest-line-worker-reply = { $count ->
    [one] සේවකයින්ගෙන් පිළිතුරු { $count }
   *[other] සේවකයින්ගෙන් පිළිතුරු { $count }
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] තහවුරු කිරීමේ කාල සීමාව ඉක්මවූ ගොනු { $count }
   *[other] තහවුරු කිරීමේ කාල සීමාව ඉක්මවූ ගොනු { $count }
}
mail-digest-line-overdue-answer = { $count ->
    [one] පිළිතුරු දීමේ කාල සීමාව ඉක්මවූ ගොනු { $count }
   *[other] පිළිතුරු දීමේ කාල සීමාව ඉක්මවූ ගොනු { $count }
}

## Account settings

account-notices-heading = දැනුම්දීම්
account-notices-hint = ඊමේල් යන්නේ ඉහත ලිපිනයටයි, ඒවා කියන්නේ යමක් වෙනස් වූ බව පමණයි, පැමිණිල්ලක ඇති දේ කිසිවිටෙක නොවේ.
account-notices-language = ඊමේල්වල භාෂාව
account-notices-how = ඒවා ලැබීමට ඔබ කැමති කෙසේද?
account-notices-each = සෑම සිදුවීමකටම එක් ඊමේල් එකක්
account-notices-digest = දිනකට එක් සාරාංශයක්
account-notices-none = ඊමේල් එපා
account-notices-submit = දැනුම්දීම් සැකසුම් සුරකින්න
account-notices-saved = දැනුම්දීම් සැකසුම් සුරැකුවා.
error-notices-language = ලැයිස්තුවේ ඇති භාෂාවලින් එකක් තෝරන්න.
error-notices-choice = ඔබේ දැනුම්දීම් ලැබීමට කැමති ආකාරය තෝරන්න.
error-notices-digest-leads = දෛනික සාරාංශයක් තෝරා ගත හැක්කේ සංවිධානයක ප්‍රධානීන්ට පමණි.

## Administrators: mail

admin-nav-mail = ඊමේල්
admin-mail-title = ඊමේල්
admin-mail-heading = ඊමේල් දැනුම්දීම්
admin-mail-intro = ඊමේල් සේවාදායකය ඒවා ලබා ගන්නා තුරු දැනුම්දීම් පිටතට යන පෙට්ටියේ (outbox) රැඳී සිටී. දිගින් දිගටම අසාර්ථක වන, හෝ සේවාදායකය ස්ථිරවම ප්‍රතික්ෂේප කරන ඊමේල් එකක් අත්හරිනු ලැබ, එහි අවසන් දෝෂය සමඟ මෙහි ලැයිස්තුගත කෙරේ.
admin-mail-pending = යැවීමට බලාපොරොත්තුවෙන්
admin-mail-dead = අත්හැරිය
admin-mail-none-dead = කිසිදු ඊමේල් එකක් අත්හැර නැත.
admin-mail-retry-all-hint = ඊමේල් සැකසුම් නිවැරදි කළ පසු, පහත සෑම ඊමේල් එකක්ම නැවත පෝලිමට දමන්න.
admin-mail-retry-all = සියල්ල නැවත උත්සාහ කරන්න
admin-mail-created = සෑදූ වේලාව
admin-mail-kind = දැනුම්දීම
admin-mail-recipient = ලබන්නා
admin-mail-attempts = උත්සාහයන්
admin-mail-error = අවසන් දෝෂය
admin-mail-retry = නැවත උත්සාහ කරන්න
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] ඊමේල් { $count }ක් නැවත පෝලිමේ ඇත.
   *[other] ඊමේල් { $count }ක් නැවත පෝලිමේ ඇත.
}
admin-mail-kind-new-referral = නව ගොනුව
admin-mail-kind-worker-reply = සේවකයාගේ පිළිතුර
admin-mail-kind-overdue-acknowledge = තහවුරු කිරීම ප්‍රමාදයි
admin-mail-kind-overdue-answer = පිළිතුර ප්‍රමාදයි
admin-mail-kind-complaint-acknowledged = පැමිණිල්ල ලැබුණු බව තහවුරු කළා (සේවකයාට)
admin-mail-kind-complaint-resolved = පැමිණිල්ල විසඳුණා (සේවකයාට)
admin-mail-kind-review-approved = සමාලෝචනය ප්‍රසිද්ධ කළා (කතුවරයාට)
admin-mail-kind-review-rejected = සමාලෝචනය ප්‍රසිද්ධ කළේ නැත (කතුවරයාට)
admin-mail-kind-digest = දෛනික සාරාංශය

## Watchlists

admin-mail-kind-watch-summary = සතිපතා නිරීක්ෂණ ලැයිස්තු සාරාංශය
mail-watch-summary-subject = ඔබේ සතිපතා නිරීක්ෂණ ලැයිස්තු සාරාංශය
mail-watch-summary-body = ඔබ නිරීක්ෂණය කරන රැකියා ඒජන්සි ගැන මෙම සතියේ වෙනස් වූ දේ:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] නව සමාලෝචන { $count }
   *[other] නව සමාලෝචන { $count }
}
mail-watch-rating = ලකුණ { $from } → { $to }
mail-watch-rating-new = ලකුණ දැන් { $to }
mail-watch-complaints = නව පැමිණිලි { $count }
mail-watch-complaints-few = නව පැමිණිලි 5කට අඩුයි
watchlist-title = නිරීක්ෂණ ලැයිස්තුව
watchlist-heading = මගේ නිරීක්ෂණ ලැයිස්තුව
watchlist-intro = ඔබ නිරීක්ෂණය කරන රැකියා ඒජන්සි. සතියකට වරක් ඔබට ඒවා ගැන වෙනස් වූ දේ කියන එක් ඊමේල් එකක් ලැබේ: නව සමාලෝචන, ලකුණ, බලපත්‍රය, නව පැමිණිලි (ගණන පමණි, කවුද යන්න කිසිවිටෙක නොවේ).
watchlist-empty = ඔබ තවම කිසිදු රැකියා ඒජන්සියක් නිරීක්ෂණය කරන්නේ නැත.
watchlist-reviews = { $count ->
    [one] සමාලෝචන { $count }
   *[other] සමාලෝචන { $count }
}
watchlist-rating = 5න් { $rating } ලකුණු
watchlist-rating-few = ලකුණක් සඳහා සමාලෝචන මදියි
watchlist-remove = නිරීක්ෂණය නවත්වන්න
watchlist-add-heading = රැකියා ඒජන්සියක් නිරීක්ෂණය කරන්න
watchlist-add-label = බලපත්‍ර අංකය හෝ FairRecruit හැඳුනුම් අංකය (id)
watchlist-add-hint = නාමාවලියේ ඇති ආකාරයටම බලපත්‍ර අංකය, හෝ රැකියා ඒජන්සියේ පිටු ලිපිනයේ අගට ඇති හැඳුනුම් අංකය. රැකියා ඒජන්සි { $max } දක්වා.
watchlist-add-submit = නිරීක්ෂණය කරන්න
watchlist-added = ඔබේ නිරීක්ෂණ ලැයිස්තුවට එකතු කළා.
watchlist-removed = ඔබේ නිරීක්ෂණ ලැයිස්තුවෙන් ඉවත් කළා.
error-watch-recruiter = නාමාවලියේ කිසිදු රැකියා ඒජන්සියකට මෙම බලපත්‍ර අංකය හෝ හැඳුනුම් අංකය නැත.
error-watch-limit = ඔබේ නිරීක්ෂණ ලැයිස්තුව පිරී ඇත. වෙනත් එකක් එකතු කිරීමට පෙර එකක නිරීක්ෂණය නවත්වන්න.
recruiter-watch-link = වෘත්තීය සමිති සහ කම්කරු පරීක්ෂකයින්: මෙම රැකියා ඒජන්සිය ඔබේ නිරීක්ෂණ ලැයිස්තුවට එකතු කරන්න

mail-password-reset-subject = නව FairRecruit මුරපදයක් සකසන්න
mail-password-reset-body = ඔබේ FairRecruit ගිණුම සඳහා නව මුරපදයක් සැකසීමට කවුරුහරි ඉල්ලුවා, එය ඔබ යැයි අපි බලාපොරොත්තු වෙමු. පහත සබැඳිය වැඩ කරන්නේ එක් වරක් පමණි, මිනිත්තු 30ක් සඳහා. එය ඔබ නොවේ නම්, කිසිවක් කරන්න එපා: ඔබේ මුරපදය එලෙසම පවතී.
admin-mail-kind-password-reset = මුරපදය යළි සැකසීමේ සබැඳිය (කාර්ය මණ්ඩලයට)

mail-second-factor-reset-subject = ඔබේ FairRecruit පියවර දෙකේ පිවිසුම යළි පිහිටුවා ඇත
mail-second-factor-reset-body = පරිපාලකයෙකු ඔබේ FairRecruit ගිණුමේ පියවර දෙකේ පිවිසුම යළි පිහිටුවා, සෑම තැනකින්ම ඔබව ඉවත් කළා. ඔබේ ඊළඟ පිවිසීමේදී, ඔබේ සත්‍යාපන යෙදුම නැවත සකසන්න. ඔබ මෙය ඉල්ලුවේ නැත්නම්, වහාම ඔබේ පරිපාලකයාට කියන්න.
admin-mail-kind-second-factor-reset = පියවර දෙකේ පිවිසුම යළි පිහිටුවීම (කාර්ය මණ්ඩලයට)
admin-mail-kind-webhook-acknowledged = තත්ත්ව වෙබ්හුක්: පිළිගන්නා ලදී (ඇතුළත් කිරීමේ හවුල්කරුට)
admin-mail-kind-webhook-question = තත්ත්ව වෙබ්හුක්: සේවකයාට පණිවිඩයක් (ඇතුළත් කිරීමේ හවුල්කරුට)
admin-mail-kind-webhook-resolved = තත්ත්ව වෙබ්හුක්: විසඳන ලදී (ඇතුළත් කිරීමේ හවුල්කරුට)
admin-mail-kind-webhook-closed = තත්ත්ව වෙබ්හුක්: වසා දමන ලදී (ඇතුළත් කිරීමේ හවුල්කරුට)
