# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = ሰላም፣
mail-open-link = ለማንበብ ይግቡ፦
mail-footer = ይህ ኢሜይል የደረሰዎት የFairRecruit መለያዎ ማሳወቂያዎችን ስለጠየቀ ነው። ቋንቋውን መቀየር ወይም እነዚህን ኢሜይሎች ማቆም በመለያ ገጽዎ ላይ ይችላሉ፦

mail-new-referral-subject = ለ{ $organisation } አዲስ ጉዳይ
mail-new-referral-body = በFairRecruit ላይ አዲስ ጉዳይ ወደ { $organisation } ተላልፏል።
mail-worker-reply-subject = አንድ ሠራተኛ በጉዳይ ላይ መልስ ሰጥቷል
mail-worker-reply-body = ሠራተኛው ከድርጅትዎ ጉዳዮች በአንዱ ላይ መልእክት ጨምሯል።
mail-overdue-acknowledge-subject = አንድ ጉዳይ መድረሱን የማረጋገጫ የጊዜ ገደቡን አልፏል
mail-overdue-acknowledge-body = የድርጅትዎ አንድ ጉዳይ በጊዜ ገደቡ ውስጥ መድረሱ አልተረጋገጠም።
mail-overdue-answer-subject = አንድ ጉዳይ የምላሽ የጊዜ ገደቡን አልፏል
mail-overdue-answer-body = የድርጅትዎ አንድ ጉዳይ በጊዜ ገደቡ ውስጥ ምላሽ አልተሰጠውም።
mail-complaint-acknowledged-subject = ቅሬታዎ ደርሷል
mail-complaint-acknowledged-body = { $organisation } ቅሬታዎ መድረሱን አረጋግጧል።
mail-complaint-resolved-subject = ቅሬታዎ ውጤት አግኝቷል
mail-complaint-resolved-body = { $organisation } ለቅሬታዎ ውጤት መዝግቧል።
mail-review-approved-subject = አስተያየትዎ ታትሟል
mail-review-approved-body = ስለ { $recruiter } የሰጡት አስተያየት ታትሟል። ሌሎች ሠራተኞችን ስለረዱ እናመሰግናለን።
mail-review-rejected-subject = አስተያየትዎ አልታተመም
mail-review-rejected-body = ስለ { $recruiter } የሰጡት አስተያየት አልታተመም። ምክንያቱ በመለያ ገጽዎ ላይ ተገልጿል።
mail-digest-subject = የእርስዎ ዕለታዊ የFairRecruit ማጠቃለያ
mail-digest-body = ካለፈው ማጠቃለያዎ ወዲህ፦
mail-digest-line-new-referral = { $count ->
    [one] { $count } አዲስ ጉዳይ
   *[other] { $count } አዲስ ጉዳዮች
}
mail-digest-line-worker-reply = { $count ->
    [one] ከሠራተኛ { $count } መልስ
   *[other] ከሠራተኞች { $count } መልሶች
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] መድረሱን የማረጋገጫ የጊዜ ገደቡን ያለፈ { $count } ጉዳይ
   *[other] መድረሳቸውን የማረጋገጫ የጊዜ ገደባቸውን ያለፉ { $count } ጉዳዮች
}
mail-digest-line-overdue-answer = { $count ->
    [one] የምላሽ የጊዜ ገደቡን ያለፈ { $count } ጉዳይ
   *[other] የምላሽ የጊዜ ገደባቸውን ያለፉ { $count } ጉዳዮች
}

## Account settings

account-notices-heading = ማሳወቂያዎች
account-notices-hint = ኢሜይሎች ከላይ ወዳለው አድራሻ ይሄዳሉ፤ አንድ ነገር መቀየሩን ብቻ ይናገራሉ እንጂ ቅሬታው ምን እንደሚል በፍጹም አይናገሩም።
account-notices-language = የኢሜይሎቹ ቋንቋ
account-notices-how = እንዴት እንዲደርስዎ ይፈልጋሉ?
account-notices-each = ለእያንዳንዱ ክንውን አንድ ኢሜይል
account-notices-digest = በቀን አንድ ማጠቃለያ
account-notices-none = ምንም ኢሜይል አይላክ
account-notices-submit = የማሳወቂያ ቅንብሮችን ያስቀምጡ
account-notices-saved = የማሳወቂያ ቅንብሮች ተቀምጠዋል።
error-notices-language = በዝርዝሩ ውስጥ ካሉት ቋንቋዎች አንዱን ይምረጡ።
error-notices-choice = ማሳወቂያዎችዎ እንዴት እንዲደርስዎ እንደሚፈልጉ ይምረጡ።
error-notices-digest-leads = ዕለታዊ ማጠቃለያ መምረጥ የሚችሉት የድርጅት መሪዎች ብቻ ናቸው።

## Administrators: mail

admin-nav-mail = ኢሜይል
admin-mail-title = ኢሜይል
admin-mail-heading = የኢሜይል ማሳወቂያዎች
admin-mail-intro = ማሳወቂያዎች የኢሜይል ሰርቨሩ እስኪወስዳቸው ድረስ በመውጫ ሳጥን ውስጥ ይጠብቃሉ። በተደጋጋሚ የሚከሽፍ፣ ወይም ሰርቨሩ እስከመጨረሻው የሚከለክለው ኢሜይል ይተዋል፤ እዚህም ከመጨረሻው ስህተቱ ጋር ይዘረዘራል።
admin-mail-pending = ለመላክ የሚጠብቁ
admin-mail-dead = የተተዉ
admin-mail-none-dead = የተተወ ኢሜይል የለም።
admin-mail-retry-all-hint = የኢሜይል ቅንብሮቹን ካስተካከሉ በኋላ ከታች ያሉትን ኢሜይሎች በሙሉ ወደ ወረፋ ይመልሱ።
admin-mail-retry-all = ሁሉንም እንደገና ይሞክሩ
admin-mail-created = የተፈጠረበት
admin-mail-kind = ማሳወቂያ
admin-mail-recipient = ተቀባይ
admin-mail-attempts = ሙከራዎች
admin-mail-error = የመጨረሻው ስህተት
admin-mail-retry = እንደገና ይሞክሩ
admin-overview-dead-mail = { admin-mail-heading }፦ { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] { $count } ኢሜይል ወደ ወረፋ ተመልሷል።
   *[other] { $count } ኢሜይሎች ወደ ወረፋ ተመልሰዋል።
}
admin-mail-kind-new-referral = አዲስ ጉዳይ
admin-mail-kind-worker-reply = የሠራተኛ መልስ
admin-mail-kind-overdue-acknowledge = የመድረስ ማረጋገጫ ዘግይቷል
admin-mail-kind-overdue-answer = ምላሽ ዘግይቷል
admin-mail-kind-complaint-acknowledged = ቅሬታው መድረሱ ተረጋግጧል (ለሠራተኛው)
admin-mail-kind-complaint-resolved = ቅሬታው ተፈትቷል (ለሠራተኛው)
admin-mail-kind-review-approved = አስተያየቱ ታትሟል (ለጸሐፊው)
admin-mail-kind-review-rejected = አስተያየቱ አልታተመም (ለጸሐፊው)
admin-mail-kind-digest = ዕለታዊ ማጠቃለያ

## Watchlists

admin-mail-kind-watch-summary = ሳምንታዊ የክትትል ዝርዝር ማጠቃለያ
mail-watch-summary-subject = የእርስዎ ሳምንታዊ የክትትል ዝርዝር ማጠቃለያ
mail-watch-summary-body = በዚህ ሳምንት ስለሚከታተሏቸው ኤጀንሲዎች የተቀየረው፦
mail-watch-line = { $recruiter }፦ { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } አዲስ አስተያየት
   *[other] { $count } አዲስ አስተያየቶች
}
mail-watch-rating = ደረጃ { $from } → { $to }
mail-watch-rating-new = ደረጃ አሁን { $to }
mail-watch-complaints = { $count } አዲስ ቅሬታዎች
mail-watch-complaints-few = ከ5 ያነሱ አዲስ ቅሬታዎች
watchlist-title = የክትትል ዝርዝር
watchlist-heading = የእኔ የክትትል ዝርዝር
watchlist-intro = የሚከታተሏቸው ኤጀንሲዎች። በሳምንት አንድ ጊዜ ስለእነሱ የተቀየረውን የሚገልጽ አንድ ኢሜይል ይደርስዎታል፦ አዲስ አስተያየቶች፣ ደረጃው፣ ፈቃዱ፣ አዲስ ቅሬታዎች (ብዛታቸው ብቻ፣ ማን እንዳቀረባቸው በፍጹም አይገለጽም)።
watchlist-empty = እስካሁን የሚከታተሉት ኤጀንሲ የለም።
watchlist-reviews = { $count ->
    [one] { $count } አስተያየት
   *[other] { $count } አስተያየቶች
}
watchlist-rating = ደረጃ ከ5 { $rating }
watchlist-rating-few = ለደረጃ በቂ አስተያየቶች የሉም
watchlist-remove = መከታተል ያቁሙ
watchlist-add-heading = ኤጀንሲ ይከታተሉ
watchlist-add-label = የፈቃድ ቁጥር ወይም የFairRecruit መለያ ቁጥር
watchlist-add-hint = በማውጫው ውስጥ እንዳለው የፈቃድ ቁጥር፣ ወይም በኤጀንሲው ገጽ አድራሻ መጨረሻ ላይ ያለው መለያ ቁጥር። እስከ { $max } ኤጀንሲዎች።
watchlist-add-submit = ይከታተሉ
watchlist-added = ወደ ክትትል ዝርዝርዎ ተጨምሯል።
watchlist-removed = ከክትትል ዝርዝርዎ ተወግዷል።
error-watch-recruiter = በማውጫው ውስጥ ይህ የፈቃድ ቁጥር ወይም መለያ ቁጥር ያለው ኤጀንሲ የለም።
error-watch-limit = የክትትል ዝርዝርዎ ሞልቷል። ሌላ ከማከልዎ በፊት አንዱን መከታተል ያቁሙ።
recruiter-watch-link = ማኅበራትና ተቆጣጣሪዎች፦ ይህንን ኤጀንሲ ወደ ክትትል ዝርዝርዎ ያክሉ

mail-password-reset-subject = አዲስ የFairRecruit የይለፍ ቃል ያዘጋጁ
mail-password-reset-body = አንድ ሰው፣ እርስዎ እንደሆኑ ተስፋ እናደርጋለን፣ ለFairRecruit መለያዎ አዲስ የይለፍ ቃል ለማዘጋጀት ጠይቋል። ከታች ያለው ሊንክ አንድ ጊዜ ብቻ፣ ለ30 ደቂቃ ይሰራል። እርስዎ ካልሆኑ ምንም አያድርጉ፦ የይለፍ ቃልዎ እንዳለ ይቆያል።
admin-mail-kind-password-reset = የይለፍ ቃል ማዘጋጃ ሊንክ (ለባለሙያዎች)

mail-second-factor-reset-subject = የFairRecruit ባለሁለት ደረጃ መግቢያዎ እንደገና ተጀምሯል
mail-second-factor-reset-body = አንድ አስተዳዳሪ የFairRecruit መለያዎን ባለሁለት ደረጃ መግቢያ እንደገና አስጀምሯል፤ ከሁሉም መሣሪያዎችም አስወጥቶዎታል። በሚቀጥለው ሲገቡ የማረጋገጫ መተግበሪያዎን እንደገና ያዘጋጁ። ይህንን ካልጠየቁ፣ ወዲያውኑ ለአስተዳዳሪዎ ይንገሩ።
admin-mail-kind-second-factor-reset = ባለሁለት ደረጃ መግቢያ እንደገና ተጀምሯል (ለባለሙያዎች)
admin-mail-kind-webhook-acknowledged = የሁኔታ ዌብሁክ፦ ደረሰኝ ተሰጥቷል (ለተቀባይ አጋር)
admin-mail-kind-webhook-question = የሁኔታ ዌብሁክ፦ ለሠራተኛው መልእክት (ለተቀባይ አጋር)
admin-mail-kind-webhook-resolved = የሁኔታ ዌብሁክ፦ ተፈትቷል (ለተቀባይ አጋር)
admin-mail-kind-webhook-closed = የሁኔታ ዌብሁክ፦ ተዘግቷል (ለተቀባይ አጋር)
