# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = الإدارة
admin-heading = الإدارة
admin-nav-label = الإدارة
admin-nav-overview = نظرة عامة
admin-nav-organisations = الجهات
admin-nav-staff = الموظفون
admin-nav-recruiters = دليل مكاتب التوظيف
admin-nav-audit = سجل التدقيق
admin-count-organisations = الجهات
admin-count-staff = حسابات الموظفين
admin-count-workers = حسابات العمال
admin-recruiters-link = أضف مكاتب توظيف إلى الدليل أو صحّح بياناتها
admin-recent-events = أحدث الأحداث الأمنية
admin-audit-link = اعرض سجل التدقيق كاملًا
admin-save = احفظ التغييرات
admin-saved = تم حفظ تغييراتك.
admin-disabled = معطّل
admin-enabled = نشط
admin-standing = الحالة

## Audit log
admin-audit-title = سجل التدقيق
admin-audit-heading = سجل التدقيق
admin-audit-intro = آخر 200 حدث أمني، الأحدث أولًا. الأوقات بالتوقيت العالمي المنسّق (UTC).
admin-audit-none = لم يُسجَّل أي حدث بعد.
admin-audit-time = الوقت (UTC)
admin-audit-event = الحدث
admin-audit-people = الأشخاص
admin-audit-detail = التفاصيل
admin-audit-actor = المنفّذ:
admin-audit-subject = الحساب:
admin-outcome-success = نجح
admin-outcome-failure = فشل
admin-outcome-refused = رُفض
admin-event-sign-in = تسجيل الدخول
admin-event-sign-out = تسجيل الخروج
admin-event-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
admin-event-password-changed = تغيير كلمة المرور
admin-event-account-created = إنشاء حساب
admin-event-role-changed = تغيير الدور
admin-event-organisation-changed = تغيير الجهة
admin-event-account-disabled = تعطيل الحساب
admin-event-account-enabled = إعادة تفعيل الحساب
admin-event-organisation-created = إضافة جهة
admin-event-organisation-updated = تعديل بيانات جهة
admin-event-recruiter-created = إضافة مكتب توظيف
admin-event-recruiter-updated = تعديل بيانات مكتب توظيف

## Organisations
admin-organisations-title = الجهات
admin-organisations-heading = الجهات
admin-organisations-none = لم تُضَف أي جهة بعد.
admin-organisation-create-heading = إضافة جهة
admin-organisation-create-submit = أضف الجهة
admin-organisation-edit-heading = تعديل بيانات هذه الجهة
admin-field-organisation-name = الاسم
admin-field-kind = نوع الجهة
admin-field-countries = البلدان التي تغطيها الجهة
admin-countries-hint = رموز البلدان من حرفين، تفصل بينها فواصل (,) أو مسافات، مثل QA, AE.
admin-field-sectors = القطاعات
admin-sectors-hint = اترك كل الخانات دون تحديد إذا كانت الجهة تتعامل مع كل القطاعات.
admin-sectors-all = كل القطاعات
admin-field-acknowledge-days = مهلة تأكيد استلام الشكوى (بالأيام)
admin-acknowledge-days-hint = من 1 إلى 365 يومًا. عادةً 7 أيام.
admin-field-answer-days = مهلة الرد على الشكوى (بالأيام)
admin-answer-days-hint = من 1 إلى 730 يومًا، على ألا تقل عن مهلة تأكيد الاستلام. عادةً 90 يومًا.
admin-deadlines = المهل
admin-deadline-acknowledge = { $days ->
    [zero] تأكيد الاستلام خلال { $days } يوم
    [one] تأكيد الاستلام خلال يوم واحد
    [two] تأكيد الاستلام خلال يومين
    [few] تأكيد الاستلام خلال { $days } أيام
    [many] تأكيد الاستلام خلال { $days } يومًا
   *[other] تأكيد الاستلام خلال { $days } يوم
}
admin-deadline-answer = { $days ->
    [zero] الرد خلال { $days } يوم
    [one] الرد خلال يوم واحد
    [two] الرد خلال يومين
    [few] الرد خلال { $days } أيام
    [many] الرد خلال { $days } يومًا
   *[other] الرد خلال { $days } يوم
}
admin-members-heading = موظفو هذه الجهة
admin-members-none = لا يعمل أحد لدى هذه الجهة على FairRecruit بعد.

## Staff
admin-staff-title = الموظفون
admin-staff-heading = حسابات الموظفين
admin-staff-none = لا توجد حسابات موظفين بعد.
admin-staff-create-heading = إضافة حساب موظف
admin-staff-create-submit = أضف الحساب
admin-staff-password-hint = 8 أحرف على الأقل، ولا تكون كلمة مرور شائعة. سلّمها إلى صاحب الحساب بطريقة آمنة؛ ويمكنه تغييرها من صفحة حسابه.
admin-organisation-none = بدون جهة
admin-organisation-hint = يتبع مفتشو العمل جهة تفتيش العمل أو الجهة الرسمية المسؤولة عن التوظيف في بلد العامل الأصلي، ويتبع المسؤولون النقابيون نقابة عمالية، ويتبع مسؤولو متابعة الحالات جهة مساعدة قانونية. أما مشرفو المحتوى ومديرو النظام فلا يتبعون أي جهة.
admin-field-lead = رئيس فريق الجهة (يُبلَّغ بالحالات المُصعَّدة والحالات المتأخرة عن مهلتها)
admin-field-disabled = الحساب معطّل (لا يستطيع صاحبه تسجيل الدخول)
admin-staff-edit-heading = تعديل هذا الحساب
admin-staff-edit-hint = عند حفظ أي تغيير، يُسجَّل خروج صاحب الحساب من كل الأجهزة في الحال.
admin-staff-self-hint = هذا حسابك أنت: لا يمكنك إزالة دور مدير النظام عنه ولا تعطيله.

## Recruiter directory
admin-recruiters-title = دليل مكاتب التوظيف
admin-recruiters-heading = دليل مكاتب التوظيف
admin-recruiter-create-heading = إضافة مكتب توظيف مرخّص
admin-recruiter-create-submit = أضف مكتب التوظيف
admin-recruiter-edit-heading = تصحيح بيانات مكتب التوظيف هذا
admin-recruiter-edit-hint = أي تغيير في حالة الترخيص يُضاف إلى سجل الترخيص العام لمكتب التوظيف بتاريخ اليوم.
admin-recruiter-public-link = اعرض الصفحة العامة
admin-field-recruiter-name = اسم مكتب التوظيف
admin-field-licensing-country = البلد الذي منح الترخيص
admin-licensing-country-hint = رمز البلد من حرفين، مثل NP لنيبال.

## Errors
admin-error-role = اختر دورًا من القائمة.
admin-error-own-role = لا يمكنك إزالة دور مدير النظام عن حسابك. اطلب ذلك من مدير نظام آخر.
admin-error-own-disable = لا يمكنك تعطيل حسابك بنفسك. اطلب ذلك من مدير نظام آخر.
admin-error-country-code = استخدم رموز بلدان من حرفين مثل NP أو QA أو AE، تفصل بينها فواصل (,).
admin-error-destinations-too-many = اذكر 60 بلدًا على الأكثر من البلدان التي يُرسَل إليها العمال.
admin-error-name-required = اكتب اسم مكتب التوظيف.
admin-error-licence-required = اكتب رقم الترخيص.
admin-error-licence-taken = رقم الترخيص هذا مسجّل بالفعل لمكتب توظيف آخر في هذا البلد.

## Audit details: labels of the recorded values
admin-detail-separator = ؛
admin-detail-role = الدور
admin-detail-organisation = الجهة
admin-detail-kind = النوع
admin-detail-countries = البلدان
admin-detail-sectors = القطاعات
admin-detail-days = المهل (بالأيام)
admin-detail-recruiter = مكتب التوظيف
admin-detail-status = حالة الترخيص
admin-detail-reason = السبب
admin-detail-reason-throttled = محاولات كثيرة جدًا
admin-detail-reason-disabled = الحساب معطّل

## Setting a staff member's password
admin-password-heading = تعيين كلمة مرور جديدة
admin-password-hint = لموظف نسي كلمة المرور. تنتهي جميع جلساته فورًا. أعطه كلمة المرور الجديدة بطريقة آمنة، ويمكنه تغييرها من صفحة حسابه.
admin-password-submit = تعيين كلمة المرور
admin-error-own-password = غيّر كلمة مرورك من صفحة حسابك.
admin-event-password-reset = كلمة مرور عيّنها مدير النظام
admin-warning-look-alike = هذا الاسم يشبه اسم وكالة مدرجة. لم يُحفظ.
admin-look-alike-list = تحقّق من أنها ليست إحدى هذه الوكالات:
admin-look-alike-confirm = هذه وكالة مختلفة: احفظها على أي حال

## تسجيل الدخول بخطوتين
admin-second-factor-on = مفعّل
admin-second-factor-off = غير مفعّل بعد (يُطلب عند الدخول التالي)
admin-second-factor-heading = إعادة تعيين تسجيل الدخول بخطوتين
admin-second-factor-hint = لمن فقد هاتفه ورموز الاسترداد معًا. تنتهي كل جلساته، ويجهّز تطبيقًا جديدًا عند دخوله التالي. يُبلَّغ بالبريد.
admin-second-factor-submit = أعد تعيين تسجيل الدخول بخطوتين
admin-event-second-factor-enrolled = فُعّل تسجيل الدخول بخطوتين
admin-event-second-factor-replaced = نُقل تسجيل الدخول بخطوتين إلى تطبيق جديد
admin-event-second-factor-removed = أُوقف تسجيل الدخول بخطوتين
admin-event-second-factor-reset = أعاد مدير النظام تعيين تسجيل الدخول بخطوتين
admin-detail-reason-second-factor = رمز خاطئ أو مستخدم من قبل
admin-detail-reason-no-second-factor = تسجيل الدخول بخطوتين غير مفعّل
admin-detail-reason-recovery-code = برمز استرداد

## API keys of intake partners (issue 18)
admin-partner-keys-link = مفاتيح API
admin-partner-keys-title = مفاتيح API الخاصة بـ { $name }
admin-partner-keys-intro = يتيح المفتاح لروبوت المحادثة أو نظام الخط الساخن لدى هذا الشريك تقديم الشكاوى والآراء نيابة عن العمال، بالموافقة التي أعطوها، ومتابعة ما قدّمه. لا شيء غير ذلك. يظهر المفتاح مرة واحدة عند إنشائه؛ ولا يُحفظ منه إلا بصمته (hash).
admin-partner-keys-none = لا توجد لدى هذا الشريك مفاتيح بعد.
admin-partner-keys-col-name = الاسم
admin-partner-keys-col-made = تاريخ الإنشاء
admin-partner-keys-col-expires = ينتهي في
admin-partner-keys-col-used = آخر استخدام
admin-partner-keys-col-state = الحالة
admin-partner-keys-never = لم يُستخدم
admin-partner-keys-active = نشط
admin-partner-keys-revoked = ملغى
admin-partner-keys-expired = منتهي الصلاحية
admin-partner-keys-revoke = إلغاء
admin-partner-keys-create-heading = إنشاء مفتاح
admin-partner-keys-name = اسم المفتاح
admin-partner-keys-name-hint = اذكر أين يُستخدم، مثل "روبوت WhatsApp" أو "الخط الساخن، كاتماندو".
admin-partner-keys-days = مدة الصلاحية (بالأيام، من 1 إلى 365)
admin-partner-keys-create = أنشئ المفتاح
admin-partner-keys-shown-once = لا يظهر المفتاح الجديد إلا الآن. انسخه إلى نظام الشريك: لن يتمكن أحد من رؤيته مرة أخرى. إذا فُقد، فألغِه وأنشئ مفتاحًا آخر.
admin-partner-keys-revoked-done = أُلغي المفتاح: من الآن يُرفض كل طلب يُقدَّم به.
error-partner-key-name = أعطِ المفتاح اسمًا من 1 إلى 100 حرف.
error-partner-key-days = تكون صلاحية المفتاح من 1 إلى 365 يومًا.
error-partner-key-not-partner = مفاتيح API مخصصة فقط للجهات من نوع "شريك استقبال البلاغات".
