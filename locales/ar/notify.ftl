# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = مرحبًا،
mail-open-link = سجّل الدخول لقراءة التفاصيل:
mail-footer = تصلك هذه الرسالة لأنك طلبت الإشعارات في حسابك على FairRecruit. يمكنك تغيير لغة الرسائل أو إيقافها من صفحة حسابك:

mail-new-referral-subject = ملف جديد لدى { $organisation }
mail-new-referral-body = أُحيل ملف جديد إلى { $organisation } على FairRecruit.
mail-worker-reply-subject = ردّ عامل في أحد الملفات
mail-worker-reply-body = أضاف العامل رسالة إلى أحد ملفات جهتك.
mail-overdue-acknowledge-subject = فات موعد الإقرار باستلام أحد الملفات
mail-overdue-acknowledge-body = لم يُقَرّ باستلام أحد ملفات جهتك خلال المهلة المحددة.
mail-overdue-answer-subject = فات موعد الرد على أحد الملفات
mail-overdue-answer-body = لم يُرَدّ على أحد ملفات جهتك خلال المهلة المحددة.
mail-complaint-acknowledged-subject = تم استلام شكواك
mail-complaint-acknowledged-body = أكّدت الجهة { $organisation } أنها استلمت شكواك.
mail-complaint-resolved-subject = صدرت نتيجة شكواك
mail-complaint-resolved-body = سجّلت الجهة { $organisation } نتيجة لشكواك.
mail-review-approved-subject = نُشر رأيك
mail-review-approved-body = نُشر رأيك عن { $recruiter }. شكرًا لأنك تساعد العمال الآخرين.
mail-review-rejected-subject = لم يُنشر رأيك
mail-review-rejected-body = لم يُنشر رأيك عن { $recruiter }. تجد السبب في صفحة حسابك.
mail-digest-subject = ملخصك اليومي من FairRecruit
mail-digest-body = منذ ملخصك الأخير:
mail-digest-line-new-referral = { $count ->
    [zero] لا ملفات جديدة
    [one] ملف جديد واحد
    [two] ملفان جديدان
    [few] { $count } ملفات جديدة
    [many] { $count } ملفًا جديدًا
   *[other] { $count } ملف جديد
}
mail-digest-line-worker-reply = { $count ->
    [zero] لا ردود من العمال
    [one] ردّ واحد من عامل
    [two] ردّان من العمال
    [few] { $count } ردود من العمال
    [many] { $count } ردًّا من العمال
   *[other] { $count } ردّ من العمال
}
mail-digest-line-overdue-acknowledge = { $count ->
    [zero] لا ملفات فات موعد الإقرار باستلامها
    [one] ملف واحد فات موعد الإقرار باستلامه
    [two] ملفان فات موعد الإقرار باستلامهما
    [few] { $count } ملفات فات موعد الإقرار باستلامها
    [many] { $count } ملفًا فات موعد الإقرار باستلامها
   *[other] { $count } ملف فات موعد الإقرار باستلامها
}
mail-digest-line-overdue-answer = { $count ->
    [zero] لا ملفات فات موعد الرد عليها
    [one] ملف واحد فات موعد الرد عليه
    [two] ملفان فات موعد الرد عليهما
    [few] { $count } ملفات فات موعد الرد عليها
    [many] { $count } ملفًا فات موعد الرد عليها
   *[other] { $count } ملف فات موعد الرد عليها
}

## Account settings

account-notices-heading = الإشعارات
account-notices-hint = تُرسل الرسائل إلى العنوان المكتوب أعلاه، وتقول فقط إن شيئًا قد تغيّر، ولا تقول أبدًا ما جاء في الشكوى.
account-notices-language = لغة الرسائل
account-notices-how = كيف تريد أن تصلك الإشعارات؟
account-notices-each = رسالة عن كل أمر جديد
account-notices-digest = ملخص واحد كل يوم
account-notices-none = لا أريد رسائل
account-notices-submit = احفظ إعدادات الإشعارات
account-notices-saved = تم حفظ إعدادات الإشعارات.
error-notices-language = اختر إحدى اللغات الموجودة في القائمة.
error-notices-choice = اختر كيف تريد أن تصلك الإشعارات.
error-notices-digest-leads = الملخص اليومي متاح فقط لرؤساء فرق الجهات.

## Administrators: mail

admin-nav-mail = البريد
admin-mail-title = البريد
admin-mail-heading = إشعارات البريد الإلكتروني
admin-mail-intro = تنتظر الإشعارات في صندوق الصادر حتى يستلمها خادم البريد. الرسالة التي يتكرر فشلها، أو التي يرفضها الخادم نهائيًا، يُوقف إرسالها وتُعرض هنا مع آخر خطأ لها.
admin-mail-pending = بانتظار الإرسال
admin-mail-dead = أُوقف إرسالها
admin-mail-none-dead = لم يُوقف إرسال أي رسالة.
admin-mail-retry-all-hint = بعد إصلاح إعدادات البريد، أعِد كل الرسائل أدناه إلى طابور الإرسال.
admin-mail-retry-all = أعِد محاولة إرسال الكل
admin-mail-created = تاريخ الإنشاء
admin-mail-kind = الإشعار
admin-mail-recipient = المستلم
admin-mail-attempts = المحاولات
admin-mail-error = آخر خطأ
admin-mail-retry = أعِد المحاولة
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [zero] لم تُعَد أي رسالة إلى طابور الإرسال.
    [one] أُعيدت رسالة واحدة إلى طابور الإرسال.
    [two] أُعيدت رسالتان إلى طابور الإرسال.
    [few] أُعيدت { $count } رسائل إلى طابور الإرسال.
    [many] أُعيدت { $count } رسالةً إلى طابور الإرسال.
   *[other] أُعيدت { $count } رسالة إلى طابور الإرسال.
}
admin-mail-kind-new-referral = ملف جديد
admin-mail-kind-worker-reply = ردّ من العامل
admin-mail-kind-overdue-acknowledge = فات موعد الإقرار بالاستلام
admin-mail-kind-overdue-answer = فات موعد الرد
admin-mail-kind-complaint-acknowledged = تأكيد استلام الشكوى (إلى العامل)
admin-mail-kind-complaint-resolved = نتيجة الشكوى (إلى العامل)
admin-mail-kind-review-approved = نُشر الرأي (إلى كاتبه)
admin-mail-kind-review-rejected = لم يُنشر الرأي (إلى كاتبه)
admin-mail-kind-digest = الملخص اليومي

## Watchlists

admin-mail-kind-watch-summary = الملخص الأسبوعي لقائمة المتابعة
mail-watch-summary-subject = ملخصك الأسبوعي لقائمة المتابعة
mail-watch-summary-body = ما تغيّر هذا الأسبوع في مكاتب التوظيف التي تتابعها:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [zero] لا آراء جديدة
    [one] رأي جديد واحد
    [two] رأيان جديدان
    [few] { $count } آراء جديدة
    [many] { $count } رأيًا جديدًا
   *[other] { $count } رأي جديد
}
mail-watch-rating = التقييم { $from } → { $to }
mail-watch-rating-new = التقييم الآن { $to }
mail-watch-complaints = { $count ->
    [few] { $count } شكاوى جديدة
   *[other] { $count } شكوى جديدة
}
mail-watch-complaints-few = أقل من 5 شكاوى جديدة
watchlist-title = قائمة المتابعة
watchlist-heading = قائمة متابعتي
watchlist-intro = مكاتب التوظيف التي تتابعها. تصلك مرة في الأسبوع رسالة واحدة تقول ما تغيّر فيها: الآراء الجديدة، والتقييم، والترخيص، والشكاوى الجديدة (عددها فقط، ولا نذكر أبدًا من قدّمها).
watchlist-empty = لا تتابع أي مكتب توظيف بعد.
watchlist-reviews = { $count ->
    [zero] لا توجد آراء
    [one] رأي واحد
    [two] رأيان
    [few] { $count } آراء
    [many] { $count } رأيًا
   *[other] { $count } رأي
}
watchlist-rating = التقييم: { $rating } من 5
watchlist-rating-few = الآراء قليلة جدًا لحساب التقييم
watchlist-remove = أوقف المتابعة
watchlist-add-heading = تابِع مكتب توظيف
watchlist-add-label = رقم الترخيص أو معرّف FairRecruit
watchlist-add-hint = رقم الترخيص كما هو مكتوب في الدليل، أو المعرّف الموجود في آخر رابط صفحة مكتب التوظيف. بحد أقصى { $max } مكتب توظيف.
watchlist-add-submit = تابِع
watchlist-added = أُضيف إلى قائمة متابعتك.
watchlist-removed = أُزيل من قائمة متابعتك.
error-watch-recruiter = لا يوجد في الدليل مكتب توظيف له رقم الترخيص هذا أو هذا المعرّف.
error-watch-limit = قائمة متابعتك ممتلئة. أوقف متابعة أحد المكاتب قبل أن تضيف مكتبًا آخر.
recruiter-watch-link = للنقابات العمالية ومفتشي العمل: أضف مكتب التوظيف هذا إلى قائمة متابعتك

mail-password-reset-subject = عيّن كلمة مرور جديدة لـ FairRecruit
mail-password-reset-body = طلب أحدهم، ونرجو أن تكون أنت، تعيين كلمة مرور جديدة لحسابك في FairRecruit. يعمل الرابط أدناه مرة واحدة، لمدة 30 دقيقة. إن لم تكن أنت، فلا تفعل شيئًا: تبقى كلمة مرورك كما هي.
admin-mail-kind-password-reset = رابط إعادة تعيين كلمة المرور (للموظفين)

mail-second-factor-reset-subject = أُعيد تعيين تسجيل الدخول بخطوتين في FairRecruit
mail-second-factor-reset-body = أعاد مدير النظام تعيين تسجيل الدخول بخطوتين لحسابك في FairRecruit وأخرجك من كل الأجهزة. عند دخولك التالي، جهّز تطبيق المصادقة من جديد. إذا لم تطلب ذلك، فأخبر مدير النظام فورًا.
admin-mail-kind-second-factor-reset = إعادة تعيين تسجيل الدخول بخطوتين (للموظفين)
admin-mail-kind-webhook-acknowledged = خطاف ويب للحالة: تم الإقرار (إلى شريك الاستقبال)
admin-mail-kind-webhook-question = خطاف ويب للحالة: رسالة للعامل (إلى شريك الاستقبال)
admin-mail-kind-webhook-resolved = خطاف ويب للحالة: تمت التسوية (إلى شريك الاستقبال)
admin-mail-kind-webhook-closed = خطاف ويب للحالة: أُغلقت (إلى شريك الاستقبال)
