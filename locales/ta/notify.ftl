# Language: Tamil (Sri Lankan usage) (ta). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = வணக்கம்,
mail-open-link = இதை வாசிக்க உள்நுழையுங்கள்:
mail-footer = உங்கள் FairRecruit கணக்கு அறிவிப்புகளைக் கோரியதால் இந்த மின்னஞ்சல் உங்களுக்குக் கிடைக்கிறது. உங்கள் கணக்குப் பக்கத்தில் மொழியை மாற்றலாம் அல்லது இந்த மின்னஞ்சல்களை நிறுத்தலாம்:

mail-new-referral-subject = { $organisation } இற்குப் புதிய முறைப்பாட்டுக் கோவை
mail-new-referral-body = FairRecruit இல் புதிய முறைப்பாட்டுக் கோவை ஒன்று { $organisation } இற்கு அனுப்பப்பட்டுள்ளது.
mail-worker-reply-subject = ஒரு தொழிலாளி கோவை ஒன்றில் பதிலளித்துள்ளார்
mail-worker-reply-body = உங்கள் அமைப்பின் கோவை ஒன்றில் தொழிலாளி ஒரு செய்தியைச் சேர்த்துள்ளார்.
mail-overdue-acknowledge-subject = ஒரு கோவை உறுதிப்படுத்தலுக்கான காலக்கெடுவைக் கடந்துவிட்டது
mail-overdue-acknowledge-body = உங்கள் அமைப்பின் கோவை ஒன்று அதன் காலக்கெடுவுக்குள் பெற்றுக்கொண்டதாக உறுதிப்படுத்தப்படவில்லை.
mail-overdue-answer-subject = ஒரு கோவை பதிலளிப்பதற்கான காலக்கெடுவைக் கடந்துவிட்டது
mail-overdue-answer-body = உங்கள் அமைப்பின் கோவை ஒன்றுக்கு அதன் காலக்கெடுவுக்குள் பதிலளிக்கப்படவில்லை.
mail-complaint-acknowledged-subject = உங்கள் முறைப்பாடு பெற்றுக்கொள்ளப்பட்டது
mail-complaint-acknowledged-body = { $organisation } உங்கள் முறைப்பாட்டைப் பெற்றுக்கொண்டதை உறுதிப்படுத்தியுள்ளது.
mail-complaint-resolved-subject = உங்கள் முறைப்பாட்டுக்கு ஒரு முடிவு கிடைத்துள்ளது
mail-complaint-resolved-body = { $organisation } உங்கள் முறைப்பாட்டுக்கான முடிவைப் பதிவுசெய்துள்ளது.
mail-review-approved-subject = உங்கள் மதிப்புரை வெளியிடப்பட்டது
mail-review-approved-body = { $recruiter } பற்றிய உங்கள் மதிப்புரை வெளியிடப்பட்டுள்ளது. மற்ற தொழிலாளர்களுக்கு உதவியதற்கு நன்றி.
mail-review-rejected-subject = உங்கள் மதிப்புரை வெளியிடப்படவில்லை
mail-review-rejected-body = { $recruiter } பற்றிய உங்கள் மதிப்புரை வெளியிடப்படவில்லை. காரணம் உங்கள் கணக்குப் பக்கத்தில் உள்ளது.
mail-digest-subject = உங்கள் நாளாந்த FairRecruit சுருக்கம்
mail-digest-body = உங்கள் கடைசிச் சுருக்கத்திற்குப் பின்:
mail-digest-line-new-referral = { $count ->
    [one] { $count } புதிய கோவை
   *[other] { $count } புதிய கோவைகள்
}
mail-digest-line-worker-reply = { $count ->
    [one] ஒரு தொழிலாளியிடமிருந்து { $count } பதில்
   *[other] தொழிலாளர்களிடமிருந்து { $count } பதில்கள்
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] உறுதிப்படுத்தலுக்கான காலக்கெடுவைக் கடந்த { $count } கோவை
   *[other] உறுதிப்படுத்தலுக்கான காலக்கெடுவைக் கடந்த { $count } கோவைகள்
}
mail-digest-line-overdue-answer = { $count ->
    [one] பதிலளிப்பதற்கான காலக்கெடுவைக் கடந்த { $count } கோவை
   *[other] பதிலளிப்பதற்கான காலக்கெடுவைக் கடந்த { $count } கோவைகள்
}

## Account settings

account-notices-heading = அறிவிப்புகள்
account-notices-hint = மின்னஞ்சல்கள் மேலேயுள்ள முகவரிக்குச் செல்லும், ஏதாவது மாறியது என்பதை மட்டுமே சொல்லும், முறைப்பாட்டில் என்ன உள்ளது என்பதை ஒருபோதும் அல்ல.
account-notices-language = மின்னஞ்சல்களின் மொழி
account-notices-how = அவற்றை எப்படிப் பெற விரும்புகிறீர்கள்?
account-notices-each = ஒவ்வொரு நிகழ்வுக்கும் ஒரு மின்னஞ்சல்
account-notices-digest = நாளுக்கு ஒரு சுருக்கம்
account-notices-none = மின்னஞ்சல்கள் வேண்டாம்
account-notices-submit = அறிவிப்பு அமைப்புகளைச் சேமியுங்கள்
account-notices-saved = அறிவிப்பு அமைப்புகள் சேமிக்கப்பட்டன.
error-notices-language = பட்டியலிலுள்ள மொழிகளில் ஒன்றைத் தெரிவுசெய்யுங்கள்.
error-notices-choice = உங்கள் அறிவிப்புகளை எப்படிப் பெற விரும்புகிறீர்கள் என்பதைத் தெரிவுசெய்யுங்கள்.
error-notices-digest-leads = அமைப்பின் பொறுப்பாளர்கள் மட்டுமே நாளாந்தச் சுருக்கத்தைத் தெரிவுசெய்ய முடியும்.

## Administrators: mail

admin-nav-mail = மின்னஞ்சல்
admin-mail-title = மின்னஞ்சல்
admin-mail-heading = மின்னஞ்சல் அறிவிப்புகள்
admin-mail-intro = மின்னஞ்சல் சேவையகம் எடுத்துக்கொள்ளும் வரை அறிவிப்புகள் வெளியனுப்புப் பெட்டியில் (outbox) காத்திருக்கும். தொடர்ந்து தோல்வியடையும், அல்லது சேவையகம் நிரந்தரமாக மறுக்கும் மின்னஞ்சல் கைவிடப்பட்டு, அதன் கடைசிப் பிழையுடன் இங்கே பட்டியலிடப்படும்.
admin-mail-pending = அனுப்பக் காத்திருப்பவை
admin-mail-dead = கைவிடப்பட்டவை
admin-mail-none-dead = எந்த மின்னஞ்சலும் கைவிடப்படவில்லை.
admin-mail-retry-all-hint = மின்னஞ்சல் அமைப்புகளைச் சரிசெய்த பின், கீழேயுள்ள எல்லா மின்னஞ்சல்களையும் மீண்டும் வரிசையில் வையுங்கள்.
admin-mail-retry-all = அனைத்தையும் மீண்டும் முயற்சியுங்கள்
admin-mail-created = உருவாக்கப்பட்டது
admin-mail-kind = அறிவிப்பு
admin-mail-recipient = பெறுநர்
admin-mail-attempts = முயற்சிகள்
admin-mail-error = கடைசிப் பிழை
admin-mail-retry = மீண்டும் முயற்சியுங்கள்
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] ஒரு மின்னஞ்சல் மீண்டும் வரிசையில் உள்ளது.
   *[other] { $count } மின்னஞ்சல்கள் மீண்டும் வரிசையில் உள்ளன.
}
admin-mail-kind-new-referral = புதிய கோவை
admin-mail-kind-worker-reply = தொழிலாளியின் பதில்
admin-mail-kind-overdue-acknowledge = உறுதிப்படுத்தல் காலம் கடந்தது
admin-mail-kind-overdue-answer = பதில் காலம் கடந்தது
admin-mail-kind-complaint-acknowledged = முறைப்பாடு பெற்றுக்கொள்ளப்பட்டது (தொழிலாளிக்கு)
admin-mail-kind-complaint-resolved = முறைப்பாடு தீர்க்கப்பட்டது (தொழிலாளிக்கு)
admin-mail-kind-review-approved = மதிப்புரை வெளியிடப்பட்டது (எழுதியவருக்கு)
admin-mail-kind-review-rejected = மதிப்புரை வெளியிடப்படவில்லை (எழுதியவருக்கு)
admin-mail-kind-digest = நாளாந்தச் சுருக்கம்

## Watchlists

admin-mail-kind-watch-summary = வாராந்தக் கண்காணிப்புப் பட்டியல் சுருக்கம்
mail-watch-summary-subject = உங்கள் வாராந்தக் கண்காணிப்புப் பட்டியல் சுருக்கம்
mail-watch-summary-body = நீங்கள் கண்காணிக்கும் முகவர் நிலையங்கள் பற்றி இந்த வாரம் மாறியவை:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } புதிய மதிப்புரை
   *[other] { $count } புதிய மதிப்புரைகள்
}
mail-watch-rating = மதிப்பெண் { $from } → { $to }
mail-watch-rating-new = மதிப்பெண் இப்போது { $to }
mail-watch-complaints = { $count } புதிய முறைப்பாடுகள்
mail-watch-complaints-few = 5 இற்குக் குறைவான புதிய முறைப்பாடுகள்
watchlist-title = கண்காணிப்புப் பட்டியல்
watchlist-heading = எனது கண்காணிப்புப் பட்டியல்
watchlist-intro = நீங்கள் கண்காணிக்கும் முகவர் நிலையங்கள். வாரத்துக்கு ஒரு முறை, அவை பற்றி மாறியவற்றைச் சொல்லும் ஒரு மின்னஞ்சல் உங்களுக்குக் கிடைக்கும்: புதிய மதிப்புரைகள், மதிப்பெண், அனுமதிப்பத்திரம், புதிய முறைப்பாடுகள் (எண்ணிக்கை மட்டும், யார் என்பது ஒருபோதும் அல்ல).
watchlist-empty = நீங்கள் இதுவரை எந்த முகவர் நிலையத்தையும் கண்காணிக்கவில்லை.
watchlist-reviews = { $count ->
    [one] { $count } மதிப்புரை
   *[other] { $count } மதிப்புரைகள்
}
watchlist-rating = 5 இல் { $rating } மதிப்பெண்
watchlist-rating-few = மதிப்பெண்ணுக்குப் போதுமான மதிப்புரைகள் இல்லை
watchlist-remove = கண்காணிப்பதை நிறுத்துங்கள்
watchlist-add-heading = முகவர் நிலையம் ஒன்றைக் கண்காணியுங்கள்
watchlist-add-label = அனுமதிப்பத்திர இலக்கம் அல்லது FairRecruit அடையாள இலக்கம் (id)
watchlist-add-hint = பதிவேட்டில் உள்ளபடி அனுமதிப்பத்திர இலக்கம், அல்லது முகவர் நிலையத்தின் பக்க முகவரியின் இறுதியிலுள்ள அடையாள இலக்கம். { $max } முகவர் நிலையங்கள் வரை.
watchlist-add-submit = கண்காணியுங்கள்
watchlist-added = உங்கள் கண்காணிப்புப் பட்டியலில் சேர்க்கப்பட்டது.
watchlist-removed = உங்கள் கண்காணிப்புப் பட்டியலிலிருந்து நீக்கப்பட்டது.
error-watch-recruiter = பதிவேட்டிலுள்ள எந்த முகவர் நிலையத்துக்கும் இந்த அனுமதிப்பத்திர இலக்கமோ அடையாள இலக்கமோ இல்லை.
error-watch-limit = உங்கள் கண்காணிப்புப் பட்டியல் நிரம்பிவிட்டது. இன்னொன்றைச் சேர்க்கும் முன் ஒன்றைக் கண்காணிப்பதை நிறுத்துங்கள்.
recruiter-watch-link = தொழிற்சங்கங்களும் பரிசோதகர்களும்: இந்த முகவர் நிலையத்தை உங்கள் கண்காணிப்புப் பட்டியலில் சேருங்கள்

mail-password-reset-subject = புதிய FairRecruit கடவுச்சொல்லை அமையுங்கள்
mail-password-reset-body = உங்கள் FairRecruit கணக்குக்குப் புதிய கடவுச்சொல்லை அமைக்க யாரோ கோரியுள்ளார், அது நீங்கள்தான் என நம்புகிறோம். கீழேயுள்ள இணைப்பு ஒரு முறை மட்டுமே, 30 நிமிடங்களுக்கு வேலை செய்யும். அது நீங்கள் இல்லையென்றால், எதுவும் செய்ய வேண்டாம்: உங்கள் கடவுச்சொல் அப்படியே இருக்கும்.
admin-mail-kind-password-reset = கடவுச்சொல் மீளமைப்பு இணைப்பு (ஊழியர்களுக்கு)

mail-second-factor-reset-subject = உங்கள் FairRecruit இரு படி உள்நுழைவு மீளமைக்கப்பட்டது
mail-second-factor-reset-body = நிர்வாகி ஒருவர் உங்கள் FairRecruit கணக்கின் இரு படி உள்நுழைவை மீளமைத்து, எல்லா இடங்களிலிருந்தும் உங்களை வெளியேற்றியுள்ளார். அடுத்த முறை உள்நுழையும்போது, உங்கள் அங்கீகாரச் செயலியை மீண்டும் அமையுங்கள். இதை நீங்கள் கோரவில்லையென்றால், உடனடியாக உங்கள் நிர்வாகிக்குத் தெரிவியுங்கள்.
admin-mail-kind-second-factor-reset = இரு படி உள்நுழைவு மீளமைப்பு (ஊழியர்களுக்கு)
admin-mail-kind-webhook-acknowledged = நிலை வெப்ஹூக்: ஏற்கப்பட்டது (உள்ளீட்டுக் கூட்டாளருக்கு)
admin-mail-kind-webhook-question = நிலை வெப்ஹூக்: தொழிலாளருக்கான செய்தி (உள்ளீட்டுக் கூட்டாளருக்கு)
admin-mail-kind-webhook-resolved = நிலை வெப்ஹூக்: தீர்க்கப்பட்டது (உள்ளீட்டுக் கூட்டாளருக்கு)
admin-mail-kind-webhook-closed = நிலை வெப்ஹூக்: மூடப்பட்டது (உள்ளீட்டுக் கூட்டாளருக்கு)
