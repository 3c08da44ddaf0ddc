# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = السلام علیکم،
mail-open-link = اسے پڑھنے کے لیے لاگ اِن کریں:
mail-footer = آپ کو یہ ای میل اس لیے ملی ہے کہ آپ کے FairRecruit اکاؤنٹ میں اطلاعات مانگی گئی ہیں۔ آپ اپنے اکاؤنٹ کے صفحے پر ای میل کی زبان بدل سکتے ہیں یا یہ ای میلز بند کر سکتے ہیں:

mail-new-referral-subject = { $organisation } کے لیے نیا کیس
mail-new-referral-body = FairRecruit پر { $organisation } کو ایک نیا کیس بھیجا گیا ہے۔
mail-worker-reply-subject = ایک مزدور نے ایک کیس پر جواب دیا ہے
mail-worker-reply-body = مزدور نے آپ کے ادارے کے ایک کیس میں نیا پیغام شامل کیا ہے۔
mail-overdue-acknowledge-subject = ایک کیس کی وصولی تسلیم کرنے کی آخری تاریخ گزر گئی ہے
mail-overdue-acknowledge-body = آپ کے ادارے کے ایک کیس کی وصولی مہلت کے اندر تسلیم نہیں کی گئی۔
mail-overdue-answer-subject = ایک کیس کے جواب کی آخری تاریخ گزر گئی ہے
mail-overdue-answer-body = آپ کے ادارے کے ایک کیس کا جواب مہلت کے اندر نہیں دیا گیا۔
mail-complaint-acknowledged-subject = آپ کی شکایت موصول ہو گئی ہے
mail-complaint-acknowledged-body = { $organisation } نے آپ کی شکایت کی وصولی تسلیم کر لی ہے۔
mail-complaint-resolved-subject = آپ کی شکایت کا نتیجہ آ گیا ہے
mail-complaint-resolved-body = { $organisation } نے آپ کی شکایت کا نتیجہ درج کر دیا ہے۔
mail-review-approved-subject = آپ کی رائے شائع ہو گئی ہے
mail-review-approved-body = { $recruiter } کے بارے میں آپ کی رائے شائع ہو گئی ہے۔ دوسرے کارکنوں کی مدد کرنے کا شکریہ۔
mail-review-rejected-subject = آپ کی رائے شائع نہیں ہوئی
mail-review-rejected-body = { $recruiter } کے بارے میں آپ کی رائے شائع نہیں ہوئی۔ اس کی وجہ آپ کے اکاؤنٹ کے صفحے پر لکھی ہے۔
mail-digest-subject = آپ کا روزانہ FairRecruit خلاصہ
mail-digest-body = آپ کے پچھلے خلاصے کے بعد سے:
mail-digest-line-new-referral = { $count ->
    [one] { $count } نیا کیس
   *[other] { $count } نئے کیس
}
mail-digest-line-worker-reply = { $count ->
    [one] مزدور کی طرف سے { $count } جواب
   *[other] مزدوروں کی طرف سے { $count } جواب
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } کیس جس کی وصولی تسلیم کرنے کی آخری تاریخ گزر گئی
   *[other] { $count } کیس جن کی وصولی تسلیم کرنے کی آخری تاریخ گزر گئی
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } کیس جس کے جواب کی آخری تاریخ گزر گئی
   *[other] { $count } کیس جن کے جواب کی آخری تاریخ گزر گئی
}

## Account settings

account-notices-heading = اطلاعات
account-notices-hint = ای میلز اوپر والے پتے پر جاتی ہیں اور صرف یہ بتاتی ہیں کہ کچھ بدلا ہے، یہ کبھی نہیں کہ شکایت میں کیا لکھا ہے۔
account-notices-language = ای میلز کی زبان
account-notices-how = آپ اطلاعات کیسے لینا چاہیں گے؟
account-notices-each = ہر بار کچھ ہونے پر ایک ای میل
account-notices-digest = دن میں ایک خلاصہ
account-notices-none = کوئی ای میل نہیں
account-notices-submit = اطلاعات کی ترتیبات محفوظ کریں
account-notices-saved = اطلاعات کی ترتیبات محفوظ ہو گئیں۔
error-notices-language = فہرست میں دی گئی زبانوں میں سے ایک چنیں۔
error-notices-choice = چنیں کہ آپ اطلاعات کیسے لینا چاہیں گے۔
error-notices-digest-leads = روزانہ خلاصہ صرف ادارے کے سربراہ ہی چن سکتے ہیں۔

## Administrators: mail

admin-nav-mail = ای میل
admin-mail-title = ای میل
admin-mail-heading = ای میل اطلاعات
admin-mail-intro = اطلاعات آؤٹ باکس میں اس وقت تک انتظار کرتی ہیں جب تک میل سرور انہیں لے نہ لے۔ جو ای میل بار بار ناکام ہو، یا جسے سرور ہمیشہ کے لیے مسترد کر دے، اسے بھیجنا چھوڑ دیا جاتا ہے اور اس کی آخری خرابی کے ساتھ یہاں دکھایا جاتا ہے۔
admin-mail-pending = بھیجے جانے کے انتظار میں
admin-mail-dead = بھیجنا چھوڑ دیا گیا
admin-mail-none-dead = کسی ای میل کو بھیجنا چھوڑا نہیں گیا۔
admin-mail-retry-all-hint = میل کی ترتیبات ٹھیک کرنے کے بعد، نیچے کی تمام ای میلز دوبارہ بھیجنے کی قطار میں ڈالیں۔
admin-mail-retry-all = سب دوبارہ بھیجیں
admin-mail-created = بننے کی تاریخ
admin-mail-kind = اطلاع
admin-mail-recipient = وصول کنندہ
admin-mail-attempts = کوششیں
admin-mail-error = آخری خرابی
admin-mail-retry = دوبارہ بھیجیں
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] ایک ای میل دوبارہ قطار میں ڈال دی گئی۔
   *[other] { $count } ای میلز دوبارہ قطار میں ڈال دی گئیں۔
}
admin-mail-kind-new-referral = نیا کیس
admin-mail-kind-worker-reply = مزدور کا جواب
admin-mail-kind-overdue-acknowledge = وصولی تسلیم کرنے کی آخری تاریخ گزر گئی
admin-mail-kind-overdue-answer = جواب کی آخری تاریخ گزر گئی
admin-mail-kind-complaint-acknowledged = شکایت کی وصولی تسلیم کی گئی (مزدور کو)
admin-mail-kind-complaint-resolved = شکایت کا نتیجہ آ گیا (مزدور کو)
admin-mail-kind-review-approved = رائے شائع ہو گئی (لکھنے والے کو)
admin-mail-kind-review-rejected = رائے شائع نہیں ہوئی (لکھنے والے کو)
admin-mail-kind-digest = روزانہ خلاصہ

## Watchlists

admin-mail-kind-watch-summary = نگرانی کی فہرست کا ہفتہ وار خلاصہ
mail-watch-summary-subject = آپ کی نگرانی کی فہرست کا ہفتہ وار خلاصہ
mail-watch-summary-body = جن ریکروٹنگ ایجنٹوں پر آپ نظر رکھتے ہیں، ان کے بارے میں اس ہفتے کیا بدلا:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } نئی رائے
   *[other] { $count } نئی رائے
}
mail-watch-rating = ریٹنگ { $from } → { $to }
mail-watch-rating-new = اب ریٹنگ { $to }
mail-watch-complaints = { $count } نئی شکایات
mail-watch-complaints-few = 5 سے کم نئی شکایات
watchlist-title = نگرانی کی فہرست
watchlist-heading = میری نگرانی کی فہرست
watchlist-intro = وہ ریکروٹنگ ایجنٹ جن پر آپ نظر رکھتے ہیں۔ ہفتے میں ایک بار آپ کو ایک ای میل ملتی ہے جس میں لکھا ہوتا ہے کہ ان کے بارے میں کیا بدلا: نئی رائے، ریٹنگ، لائسنس، نئی شکایات (صرف تعداد، یہ کبھی نہیں کہ شکایت کس نے کی)۔
watchlist-empty = آپ ابھی کسی ریکروٹنگ ایجنٹ پر نظر نہیں رکھ رہے۔
watchlist-reviews = { $count ->
    [one] { $count } رائے
   *[other] { $count } رائے
}
watchlist-rating = ریٹنگ: 5 میں سے { $rating }
watchlist-rating-few = ریٹنگ کے لیے بہت کم لوگوں نے رائے دی ہے
watchlist-remove = نظر رکھنا بند کریں
watchlist-add-heading = کسی ریکروٹنگ ایجنٹ پر نظر رکھیں
watchlist-add-label = لائسنس نمبر یا FairRecruit آئی ڈی
watchlist-add-hint = ریکروٹنگ ایجنٹوں کی فہرست میں لکھا ہوا لائسنس نمبر، یا ریکروٹنگ ایجنٹ کے صفحے کے لنک کے آخر میں لکھی آئی ڈی۔ زیادہ سے زیادہ { $max } ریکروٹنگ ایجنٹ۔
watchlist-add-submit = نظر رکھیں
watchlist-added = آپ کی نگرانی کی فہرست میں شامل کر دیا گیا۔
watchlist-removed = آپ کی نگرانی کی فہرست سے ہٹا دیا گیا۔
error-watch-recruiter = ریکروٹنگ ایجنٹوں کی فہرست میں اس لائسنس نمبر یا آئی ڈی والا کوئی ریکروٹنگ ایجنٹ نہیں ہے۔
error-watch-limit = آپ کی نگرانی کی فہرست بھر گئی ہے۔ نیا شامل کرنے سے پہلے کسی ایک پر نظر رکھنا بند کریں۔
recruiter-watch-link = ٹریڈ یونینز اور لیبر انسپکٹر: اس ریکروٹنگ ایجنٹ کو اپنی نگرانی کی فہرست میں شامل کریں

mail-password-reset-subject = FairRecruit کا نیا پاس ورڈ مقرر کریں
mail-password-reset-body = کسی نے، امید ہے آپ ہی نے، آپ کے FairRecruit اکاؤنٹ کا نیا پاس ورڈ مقرر کرنے کو کہا۔ نیچے کا لنک ایک بار، 30 منٹ تک کام کرتا ہے۔ اگر یہ آپ نہیں تھے تو کچھ نہ کریں: آپ کا پاس ورڈ ویسا ہی رہے گا۔
admin-mail-kind-password-reset = پاس ورڈ ری سیٹ لنک (عملے کو)

mail-second-factor-reset-subject = آپ کا FairRecruit دو مرحلوں والا لاگ اِن ری سیٹ کر دیا گیا
mail-second-factor-reset-body = ایک ایڈمنسٹریٹر نے آپ کے FairRecruit اکاؤنٹ کا دو مرحلوں والا لاگ اِن ری سیٹ کیا اور آپ کو ہر جگہ سے لاگ آؤٹ کر دیا۔ اگلی بار لاگ اِن کرتے وقت اپنی تصدیقی ایپ دوبارہ ترتیب دیں۔ اگر آپ نے یہ نہیں مانگا تھا تو فوراً اپنے ایڈمنسٹریٹر کو بتائیں۔
admin-mail-kind-second-factor-reset = دو مرحلوں والا لاگ اِن ری سیٹ (عملے کو)
admin-mail-kind-webhook-acknowledged = اسٹیٹس ویب ہک: تسلیم کیا گیا (انٹیک شراکت دار کو)
admin-mail-kind-webhook-question = اسٹیٹس ویب ہک: کارکن کے لیے پیغام (انٹیک شراکت دار کو)
admin-mail-kind-webhook-resolved = اسٹیٹس ویب ہک: حل ہو گیا (انٹیک شراکت دار کو)
admin-mail-kind-webhook-closed = اسٹیٹس ویب ہک: بند کر دیا گیا (انٹیک شراکت دار کو)
