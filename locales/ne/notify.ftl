# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = नमस्ते,
mail-open-link = यो पढ्न लग इन गर्नुहोस्:
mail-footer = तपाईंको FairRecruit खाताबाट सूचना पाउने छान्नुभएकोले तपाईंले यो इमेल पाउनुभएको हो। आफ्नो खाताको पानामा तपाईं इमेलको भाषा बदल्न वा यी इमेल बन्द गर्न सक्नुहुन्छ:

mail-new-referral-subject = { $organisation } का लागि नयाँ केस
mail-new-referral-body = FairRecruit मा { $organisation } लाई एउटा नयाँ केस पठाइएको छ।
mail-worker-reply-subject = एक जना कामदारले एउटा केसमा जवाफ दिएका छन्
mail-worker-reply-body = तपाईंको संस्थाको एउटा केसमा कामदारले नयाँ सन्देश थपेका छन्।
mail-overdue-acknowledge-subject = एउटा केसको प्राप्ति स्वीकार गर्ने म्याद नाघ्यो
mail-overdue-acknowledge-body = तपाईंको संस्थाको एउटा केसको प्राप्ति म्यादभित्र स्वीकार गरिएन।
mail-overdue-answer-subject = एउटा केसको जवाफ दिने म्याद नाघ्यो
mail-overdue-answer-body = तपाईंको संस्थाको एउटा केसको जवाफ म्यादभित्र दिइएन।
mail-complaint-acknowledged-subject = तपाईंको उजुरी प्राप्त भयो
mail-complaint-acknowledged-body = { $organisation } ले तपाईंको उजुरी प्राप्त भएको स्वीकार गरेको छ।
mail-complaint-resolved-subject = तपाईंको उजुरीको नतिजा आयो
mail-complaint-resolved-body = { $organisation } ले तपाईंको उजुरीको नतिजा दर्ता गरेको छ।
mail-review-approved-subject = तपाईंको समीक्षा प्रकाशित भयो
mail-review-approved-body = { $recruiter } बारे तपाईंले लेखेको समीक्षा प्रकाशित भयो। अरू कामदारलाई सहयोग गर्नुभएकोमा धन्यवाद।
mail-review-rejected-subject = तपाईंको समीक्षा प्रकाशित गरिएन
mail-review-rejected-body = { $recruiter } बारे तपाईंले लेखेको समीक्षा प्रकाशित गरिएन। किन प्रकाशित गरिएन भन्ने कुरा तपाईंको खाताको पानामा लेखिएको छ।
mail-digest-subject = तपाईंको FairRecruit दैनिक सारांश
mail-digest-body = तपाईंको पछिल्लो सारांशपछि:
mail-digest-line-new-referral = { $count ->
    [one] { $count } नयाँ केस
   *[other] { $count } वटा नयाँ केस
}
mail-digest-line-worker-reply = { $count ->
    [one] कामदारबाट { $count } जवाफ
   *[other] कामदारहरूबाट { $count } वटा जवाफ
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] प्राप्ति स्वीकार गर्ने म्याद नाघेको { $count } केस
   *[other] प्राप्ति स्वीकार गर्ने म्याद नाघेका { $count } वटा केस
}
mail-digest-line-overdue-answer = { $count ->
    [one] जवाफ दिने म्याद नाघेको { $count } केस
   *[other] जवाफ दिने म्याद नाघेका { $count } वटा केस
}

## Account settings

account-notices-heading = सूचना
account-notices-hint = इमेल माथिको ठेगानामा जान्छ। यसले केही बदलियो भन्ने मात्र बताउँछ, उजुरीमा के लेखिएको छ भन्ने कहिल्यै बताउँदैन।
account-notices-language = इमेलको भाषा
account-notices-how = तपाईं सूचना कसरी पाउन चाहनुहुन्छ?
account-notices-each = हरेक पटक केही हुँदा एउटा इमेल
account-notices-digest = दिनमा एउटा सारांश
account-notices-none = कुनै इमेल नपठाउनुहोस्
account-notices-submit = सूचनाको सेटिङ सेभ गर्नुहोस्
account-notices-saved = सूचनाको सेटिङ सेभ भयो।
error-notices-language = सूचीमा भएका भाषामध्ये एउटा छान्नुहोस्।
error-notices-choice = सूचना कसरी पाउने, छान्नुहोस्।
error-notices-digest-leads = संस्थाका प्रमुखहरूले मात्र दैनिक सारांश छान्न सक्छन्।

## Administrators: mail

admin-nav-mail = इमेल
admin-mail-title = इमेल
admin-mail-heading = इमेल सूचनाहरू
admin-mail-intro = इमेल सर्भरले नलिएसम्म सूचनाहरू आउटबक्समा पर्खिन्छन्। बारम्बार असफल हुने, वा सर्भरले सधैँका लागि अस्वीकार गरेको इमेल पठाउन छोडिन्छ र त्यसको अन्तिम त्रुटिसहित यहाँ देखाइन्छ।
admin-mail-pending = पठाउन बाँकी
admin-mail-dead = पठाउन छोडिएका
admin-mail-none-dead = पठाउन छोडिएको कुनै इमेल छैन।
admin-mail-retry-all-hint = इमेलको सेटिङ ठीक गरेपछि, तलका सबै इमेललाई फेरि पठाउने लाइनमा राख्नुहोस्।
admin-mail-retry-all = सबै फेरि प्रयास गर्नुहोस्
admin-mail-created = बनेको मिति
admin-mail-kind = सूचना
admin-mail-recipient = प्रापक
admin-mail-attempts = प्रयास
admin-mail-error = अन्तिम त्रुटि
admin-mail-retry = फेरि प्रयास गर्नुहोस्
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] एउटा इमेल फेरि पठाउने लाइनमा राखियो।
   *[other] { $count } वटा इमेल फेरि पठाउने लाइनमा राखिए।
}
admin-mail-kind-new-referral = नयाँ केस
admin-mail-kind-worker-reply = कामदारको जवाफ
admin-mail-kind-overdue-acknowledge = प्राप्ति स्वीकार गर्ने म्याद नाघ्यो
admin-mail-kind-overdue-answer = जवाफ दिने म्याद नाघ्यो
admin-mail-kind-complaint-acknowledged = उजुरीको प्राप्ति स्वीकार गरियो (कामदारलाई)
admin-mail-kind-complaint-resolved = उजुरीको नतिजा आयो (कामदारलाई)
admin-mail-kind-review-approved = समीक्षा प्रकाशित भयो (लेख्ने व्यक्तिलाई)
admin-mail-kind-review-rejected = समीक्षा प्रकाशित गरिएन (लेख्ने व्यक्तिलाई)
admin-mail-kind-digest = दैनिक सारांश

## Watchlists

admin-mail-kind-watch-summary = निगरानी सूचीको साप्ताहिक सारांश
mail-watch-summary-subject = तपाईंको निगरानी सूचीको साप्ताहिक सारांश
mail-watch-summary-body = तपाईंले निगरानी गरेका म्यानपावर कम्पनीहरूबारे यो हप्ता के बदलियो:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } नयाँ समीक्षा
   *[other] { $count } वटा नयाँ समीक्षा
}
mail-watch-rating = रेटिङ { $from } → { $to }
mail-watch-rating-new = अब रेटिङ { $to }
mail-watch-complaints = { $count } वटा नयाँ उजुरी
mail-watch-complaints-few = 5 भन्दा कम नयाँ उजुरी
watchlist-title = निगरानी सूची
watchlist-heading = मेरो निगरानी सूची
watchlist-intro = तपाईंले निगरानी गरेका म्यानपावर कम्पनीहरू। हप्तामा एक पटक तपाईंले एउटा इमेल पाउनुहुन्छ, जसमा तिनीहरूबारे के बदलियो भनेर लेखिएको हुन्छ: नयाँ समीक्षा, रेटिङ, लाइसेन्स, नयाँ उजुरी (संख्या मात्र, कसले दियो भन्ने कहिल्यै होइन)।
watchlist-empty = तपाईंले अहिलेसम्म कुनै म्यानपावर कम्पनीको निगरानी गर्नुभएको छैन।
watchlist-reviews = { $count ->
    [one] { $count } समीक्षा
   *[other] { $count } वटा समीक्षा
}
watchlist-rating = रेटिङ: 5 मध्ये { $rating }
watchlist-rating-few = रेटिङका लागि समीक्षा धेरै कम छन्
watchlist-remove = निगरानी बन्द गर्नुहोस्
watchlist-add-heading = म्यानपावर कम्पनीको निगरानी गर्नुहोस्
watchlist-add-label = लाइसेन्स नम्बर वा FairRecruit आईडी
watchlist-add-hint = म्यानपावर कम्पनीहरूको सूचीमा लेखिएअनुसारको लाइसेन्स नम्बर, वा म्यानपावर कम्पनीको पानाको लिङ्कको अन्त्यमा भएको आईडी। बढीमा { $max } वटा म्यानपावर कम्पनी।
watchlist-add-submit = निगरानी गर्नुहोस्
watchlist-added = तपाईंको निगरानी सूचीमा थपियो।
watchlist-removed = तपाईंको निगरानी सूचीबाट हटाइयो।
error-watch-recruiter = म्यानपावर कम्पनीहरूको सूचीमा यो लाइसेन्स नम्बर वा आईडी भएको कुनै म्यानपावर कम्पनी छैन।
error-watch-limit = तपाईंको निगरानी सूची भरिएको छ। अर्को थप्नुअघि कुनै एउटाको निगरानी बन्द गर्नुहोस्।
recruiter-watch-link = ट्रेड युनियन र श्रम निरीक्षकहरू: यो म्यानपावर कम्पनीलाई आफ्नो निगरानी सूचीमा थप्नुहोस्

mail-password-reset-subject = FairRecruit को नयाँ पासवर्ड राख्नुहोस्
mail-password-reset-body = कसैले, आशा छ तपाईंले नै, तपाईंको FairRecruit खाताको नयाँ पासवर्ड राख्न अनुरोध गर्नुभयो। तलको लिङ्क एक पटक, ३० मिनेटसम्म मात्र चल्छ। यो तपाईं होइन भने केही नगर्नुहोस्: तपाईंको पासवर्ड जस्ताको तस्तै रहन्छ।
admin-mail-kind-password-reset = पासवर्ड रिसेट लिङ्क (कर्मचारीलाई)

mail-second-factor-reset-subject = तपाईंको FairRecruit दुई-चरण लग इन रिसेट गरियो
mail-second-factor-reset-body = एक प्रशासकले तपाईंको FairRecruit खाताको दुई-चरण लग इन रिसेट गर्नुभयो र तपाईंलाई सबैतिरबाट लग आउट गर्नुभयो। अर्को पटक लग इन गर्दा प्रमाणीकरण एप फेरि मिलाउनुहोस्। तपाईंले यो मागेको होइन भने तुरुन्तै आफ्नो प्रशासकलाई भन्नुहोस्।
admin-mail-kind-second-factor-reset = दुई-चरण लग इन रिसेट (कर्मचारीलाई)
admin-mail-kind-webhook-acknowledged = स्थिति वेबहुक: स्वीकार गरियो (इनटेक साझेदारलाई)
admin-mail-kind-webhook-question = स्थिति वेबहुक: कामदारका लागि सन्देश (इनटेक साझेदारलाई)
admin-mail-kind-webhook-resolved = स्थिति वेबहुक: समाधान भयो (इनटेक साझेदारलाई)
admin-mail-kind-webhook-closed = स्थिति वेबहुक: बन्द गरियो (इनटेक साझेदारलाई)
