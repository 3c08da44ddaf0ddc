# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = नमस्ते,
mail-open-link = इसे पढ़ने के लिए लॉग इन करें:
mail-footer = आपको यह ईमेल इसलिए मिला है क्योंकि आपके FairRecruit अकाउंट में सूचनाएँ पाना चुना गया है। अपने अकाउंट पेज पर आप ईमेल की भाषा बदल सकते हैं या ये ईमेल बंद कर सकते हैं:

mail-new-referral-subject = { $organisation } के लिए नया केस
mail-new-referral-body = FairRecruit पर { $organisation } को एक नया केस भेजा गया है।
mail-worker-reply-subject = एक मज़दूर ने एक केस पर जवाब दिया है
mail-worker-reply-body = मज़दूर ने आपकी संस्था के एक केस में नया संदेश जोड़ा है।
mail-overdue-acknowledge-subject = एक केस की प्राप्ति स्वीकार करने की समय-सीमा पार हो गई है
mail-overdue-acknowledge-body = आपकी संस्था के एक केस की प्राप्ति समय-सीमा के भीतर स्वीकार नहीं की गई।
mail-overdue-answer-subject = एक केस के जवाब की समय-सीमा पार हो गई है
mail-overdue-answer-body = आपकी संस्था के एक केस का जवाब समय-सीमा के भीतर नहीं दिया गया।
mail-complaint-acknowledged-subject = आपकी शिकायत मिल गई है
mail-complaint-acknowledged-body = { $organisation } ने पुष्टि की है कि उसे आपकी शिकायत मिल गई है।
mail-complaint-resolved-subject = आपकी शिकायत का नतीजा आ गया है
mail-complaint-resolved-body = { $organisation } ने आपकी शिकायत का नतीजा दर्ज किया है।
mail-review-approved-subject = आपकी राय प्रकाशित हो गई है
mail-review-approved-body = { $recruiter } के बारे में आपकी राय प्रकाशित हो गई है। दूसरे कामगारों की मदद करने के लिए धन्यवाद।
mail-review-rejected-subject = आपकी राय प्रकाशित नहीं की गई
mail-review-rejected-body = { $recruiter } के बारे में आपकी राय प्रकाशित नहीं की गई। इसका कारण आपके अकाउंट पेज पर लिखा है।
mail-digest-subject = आपका रोज़ का FairRecruit सारांश
mail-digest-body = आपके पिछले सारांश के बाद से:
mail-digest-line-new-referral = { $count ->
    [one] { $count } नया केस
   *[other] { $count } नए केस
}
mail-digest-line-worker-reply = { $count ->
    [one] मज़दूर से { $count } जवाब
   *[other] मज़दूरों से { $count } जवाब
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } केस, जिसकी प्राप्ति स्वीकार करने की समय-सीमा पार हो गई
   *[other] { $count } केस, जिनकी प्राप्ति स्वीकार करने की समय-सीमा पार हो गई
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } केस, जिसके जवाब की समय-सीमा पार हो गई
   *[other] { $count } केस, जिनके जवाब की समय-सीमा पार हो गई
}

## Account settings

account-notices-heading = सूचनाएँ
account-notices-hint = ईमेल ऊपर लिखे पते पर जाते हैं और सिर्फ़ यह बताते हैं कि कुछ बदला है, यह कभी नहीं कि शिकायत में क्या लिखा है।
account-notices-language = ईमेल की भाषा
account-notices-how = आप सूचनाएँ कैसे पाना चाहेंगे?
account-notices-each = हर बार कुछ होने पर एक ईमेल
account-notices-digest = दिन में एक सारांश
account-notices-none = कोई ईमेल नहीं
account-notices-submit = सूचना की सेटिंग सेव करें
account-notices-saved = सूचना की सेटिंग सेव हो गई।
error-notices-language = सूची में दी गई भाषाओं में से एक चुनें।
error-notices-choice = चुनें कि आप सूचनाएँ कैसे पाना चाहेंगे।
error-notices-digest-leads = सिर्फ़ संस्था के प्रमुख ही रोज़ का सारांश चुन सकते हैं।

## Administrators: mail

admin-nav-mail = ईमेल
admin-mail-title = ईमेल
admin-mail-heading = ईमेल सूचनाएँ
admin-mail-intro = सूचनाएँ आउटबॉक्स में तब तक इंतज़ार करती हैं जब तक मेल सर्वर उन्हें ले न ले। जो ईमेल बार-बार विफल होता है, या जिसे सर्वर हमेशा के लिए अस्वीकार कर देता है, उसे भेजना छोड़ दिया जाता है और उसकी आख़िरी त्रुटि के साथ यहाँ दिखाया जाता है।
admin-mail-pending = भेजे जाने के इंतज़ार में
admin-mail-dead = भेजना छोड़ दिया गया
admin-mail-none-dead = किसी भी ईमेल को भेजना छोड़ा नहीं गया है।
admin-mail-retry-all-hint = मेल की सेटिंग ठीक करने के बाद, नीचे के सभी ईमेल फिर से भेजने की कतार में डालें।
admin-mail-retry-all = सभी को फिर से भेजें
admin-mail-created = बनने की तारीख़
admin-mail-kind = सूचना
admin-mail-recipient = पाने वाला
admin-mail-attempts = कोशिशें
admin-mail-error = आख़िरी त्रुटि
admin-mail-retry = फिर से भेजें
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] { $count } ईमेल फिर से कतार में है।
   *[other] { $count } ईमेल फिर से कतार में हैं।
}
admin-mail-kind-new-referral = नया केस
admin-mail-kind-worker-reply = मज़दूर का जवाब
admin-mail-kind-overdue-acknowledge = प्राप्ति स्वीकार करने की समय-सीमा पार
admin-mail-kind-overdue-answer = जवाब की समय-सीमा पार
admin-mail-kind-complaint-acknowledged = शिकायत की प्राप्ति स्वीकार की गई (मज़दूर को)
admin-mail-kind-complaint-resolved = शिकायत का नतीजा आया (मज़दूर को)
admin-mail-kind-review-approved = राय प्रकाशित हुई (लिखने वाले को)
admin-mail-kind-review-rejected = राय प्रकाशित नहीं की गई (लिखने वाले को)
admin-mail-kind-digest = रोज़ का सारांश

## Watchlists

admin-mail-kind-watch-summary = निगरानी सूची का साप्ताहिक सारांश
mail-watch-summary-subject = आपकी निगरानी सूची का साप्ताहिक सारांश
mail-watch-summary-body = जिन भर्ती एजेंसियों पर आप निगरानी रखते हैं, उनके बारे में इस हफ़्ते क्या बदला:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } नई राय
   *[other] { $count } नई राय
}
mail-watch-rating = रेटिंग { $from } → { $to }
mail-watch-rating-new = अब रेटिंग { $to }
mail-watch-complaints = { $count } नई शिकायतें
mail-watch-complaints-few = 5 से कम नई शिकायतें
watchlist-title = निगरानी सूची
watchlist-heading = मेरी निगरानी सूची
watchlist-intro = वे भर्ती एजेंसियाँ जिन पर आप निगरानी रखते हैं। हफ़्ते में एक बार आपको एक ईमेल मिलता है, जिसमें लिखा होता है कि उनके बारे में क्या बदला: नई राय, रेटिंग, लाइसेंस, नई शिकायतें (सिर्फ़ गिनती, यह कभी नहीं कि शिकायत किसने की)।
watchlist-empty = आप अभी किसी भर्ती एजेंसी पर निगरानी नहीं रख रहे हैं।
watchlist-reviews = { $count ->
    [one] { $count } राय
   *[other] { $count } राय
}
watchlist-rating = रेटिंग: 5 में से { $rating }
watchlist-rating-few = रेटिंग के लिए बहुत कम राय
watchlist-remove = निगरानी बंद करें
watchlist-add-heading = किसी भर्ती एजेंसी को निगरानी में रखें
watchlist-add-label = लाइसेंस नंबर या FairRecruit आईडी
watchlist-add-hint = भर्ती एजेंसियों की सूची में लिखा लाइसेंस नंबर, या भर्ती एजेंसी के पेज के लिंक के आख़िर में लिखी आईडी। ज़्यादा से ज़्यादा { $max } भर्ती एजेंसियाँ।
watchlist-add-submit = निगरानी में रखें
watchlist-added = भर्ती एजेंसी आपकी निगरानी सूची में जोड़ दी गई।
watchlist-removed = भर्ती एजेंसी आपकी निगरानी सूची से हटा दी गई।
error-watch-recruiter = भर्ती एजेंसियों की सूची में इस लाइसेंस नंबर या आईडी वाली कोई भर्ती एजेंसी नहीं है।
error-watch-limit = आपकी निगरानी सूची भर गई है। नई एजेंसी जोड़ने से पहले किसी एक की निगरानी बंद करें।
recruiter-watch-link = ट्रेड यूनियन और श्रम निरीक्षक: इस भर्ती एजेंसी को अपनी निगरानी सूची में जोड़ें

mail-password-reset-subject = FairRecruit का नया पासवर्ड सेट करें
mail-password-reset-body = किसी ने, उम्मीद है आपने ही, आपके FairRecruit खाते का नया पासवर्ड सेट करने को कहा। नीचे का लिंक एक बार, 30 मिनट तक चलता है। अगर यह आप नहीं थे, तो कुछ न करें: आपका पासवर्ड वैसा ही रहेगा।
admin-mail-kind-password-reset = पासवर्ड रीसेट लिंक (कर्मचारी को)

mail-second-factor-reset-subject = आपका FairRecruit दो-चरण लॉग इन रीसेट किया गया
mail-second-factor-reset-body = एक प्रशासक ने आपके FairRecruit अकाउंट का दो-चरण लॉग इन रीसेट किया और आपको हर जगह से लॉग आउट कर दिया। अगली बार लॉग इन करते समय अपना ऑथेंटिकेटर ऐप फिर से सेट करें। अगर आपने यह नहीं माँगा था, तो तुरंत अपने प्रशासक को बताएँ।
admin-mail-kind-second-factor-reset = दो-चरण लॉग इन रीसेट (कर्मचारी को)
admin-mail-kind-webhook-acknowledged = स्थिति वेबहुक: स्वीकार किया गया (इनटेक साझेदार को)
admin-mail-kind-webhook-question = स्थिति वेबहुक: कामगार के लिए संदेश (इनटेक साझेदार को)
admin-mail-kind-webhook-resolved = स्थिति वेबहुक: सुलझाया गया (इनटेक साझेदार को)
admin-mail-kind-webhook-closed = स्थिति वेबहुक: बंद किया गया (इनटेक साझेदार को)
