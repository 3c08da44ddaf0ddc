# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## استمارة الشكوى

complaint-new-title = تقديم شكوى
complaint-new-heading = تقديم شكوى سرية
complaint-new-intro = أخبرنا بما حدث. نرسل الشكوى فقط إلى الجهات التي تختارها، في بلدان رحلتك. المطلوب فقط هو وكالة التوظيف والبلدان.
complaint-new-safety = لا تحتاج إلى ذكر اسمك أو بريدك الإلكتروني أو رقم هاتفك. لا نسألك أبدًا عن وضعك في الإقامة، ولا نشارك أي شيء مع سلطات الهجرة.
complaint-section-recruiter = من وظّفك
complaint-about = بشأن:
complaint-recruiter-hint = ابحث عن الوكالة في الدليل واختر هناك "تقديم شكوى سرية بشأن هذه الوكالة"، أو اكتب اسم الوسيط أو السمسار أدناه.
complaint-recruiter-find = ابحث في الدليل
complaint-recruiter-link = تقديم شكوى سرية بشأن هذه الوكالة
complaint-field-sub-agent = اسم الوسيط أو السمسار
complaint-sub-agent-hint = وسيط بلا ترخيص، مثل سمسار القرية. اكتب الاسم كما تعرفه.
complaint-field-sub-agent-country = البلد الذي يعمل فيه هذا الوسيط
complaint-choose = — اختر —
complaint-section-journey = رحلتك
complaint-field-origin = البلد الذي غادرت منه
complaint-field-destination = البلد الذي ذهبت إليه (أو كنت ستذهب إليه)
complaint-field-stage = أين أنت الآن؟
complaint-field-sector = نوع العمل
complaint-field-occupation = وظيفتك
complaint-field-departure-year = سنة المغادرة
complaint-section-danger = سلامتك
complaint-field-in-danger = أنا في خطر الآن
complaint-in-danger-hint = ضع علامة هنا إذا كنت أنت أو غيرك معرّضين للأذى الآن. تُقرأ هذه الشكاوى أولًا. في حالة الطوارئ، اتصل أيضًا برقم الطوارئ المحلي.
complaint-field-workers = كم عاملًا يتأثر بهذا، وأنت منهم؟
complaint-section-issues = ماذا حدث
complaint-issues-hint = ضع علامة على كل ما ينطبق. يمكنك ألا تختار شيئًا وأن تكتب فقط.
complaint-field-description = بكلماتك
complaint-description-hint = ماذا حدث، ومتى، ومن كان له دور. لا تكتب شيئًا لا تريد أن تقرأه الجهات.
complaint-section-money = المال
complaint-money-hint = اكتب المبالغ بالأرقام، مثل 1500 أو 1500.50.
complaint-field-fee = الرسوم التي دفعتها للحصول على العمل
complaint-field-currency = العملة
complaint-field-promised-wage = الأجر الشهري الذي وُعدت به
complaint-field-actual-wage = الأجر الذي تقاضيته في الشهر الأول
complaint-field-wage-currency = عملة الأجور
complaint-field-visa-type = نوع التأشيرة
complaint-costs-hint = ما الذي دفعت مقابله؟ ضع علامة على كل نوع من التكاليف.
complaint-field-lender = هل اقترضت مالًا للدفع؟ ممن؟
complaint-lender-none = لم أقترض
complaint-section-remedy = ما الذي تطلبه
complaint-section-consent = من يجوز له استلام شكواك
complaint-consent-hint = تصل شكواك فقط إلى أنواع الجهات التي تختارها، وفقط إلى الجهات التي تغطي بلدانك.
complaint-share-labour-inspectorate = تفتيش العمل (الحكومة في بلد العمل)
complaint-share-origin-authority = جهات تنظيم التوظيف (الحكومة في بلدك الأصلي)
complaint-share-trade-union = النقابات العمالية
complaint-share-legal-aid = منظمات المساعدة القانونية
complaint-no-immigration = لا تتولى أي من هذه الجهات تطبيق قوانين الهجرة.
complaint-section-contact = كيف نتواصل معك
complaint-account-hint = خيار "حسابي" يربط هذه الشكوى بالحساب الذي سجّلت الدخول به. اختر "إيصالي فقط" لتبقى مجهول الهوية: عندها لا يربطها شيء بحسابك.
complaint-field-contact = وسيلة تواصل تختارها (هاتف، واتساب، بريد إلكتروني، أو شخص)
complaint-contact-hint = فقط إذا اخترت "وسيلة تواصل أختارها". اختر وسيلة آمنة لك.
complaint-field-safe-times = أوقات آمنة للتواصل معك
complaint-contact-consent = من يجوز له رؤية وسيلة التواصل هذه (من الجهات التي تستلم الشكوى فقط):
complaint-section-behalf = تقديم الشكوى نيابة عن عامل
complaint-field-behalf-consent = وافق العامل على أن أقدّم هذه الشكوى نيابة عنه وعلى الاختيارات أعلاه.
complaint-submit = إرسال الشكوى
complaint-contact-receipt_only = إيصالي فقط (مجهول الهوية)
complaint-contact-account = حسابي
complaint-contact-contact = وسيلة تواصل أختارها

## ما الخطأ: مؤشرات العمل الجبري لمنظمة العمل الدولية، ثم انتهاكات التوظيف

complaint-issue-abuse_of_vulnerability = استغل أحدهم وضعي الصعب
complaint-issue-deception = تعرضت للخداع أو الكذب
complaint-issue-restriction_of_movement = لست حرًا في الخروج أو المغادرة
complaint-issue-isolation = أُبعدت عن الناس
complaint-issue-physical_sexual_violence = عنف جسدي أو جنسي
complaint-issue-intimidation_threats = تهديد أو ترهيب
complaint-issue-retention_of_documents = جواز سفري أو هويتي محتجز
complaint-issue-withholding_of_wages = أجري محجوز
complaint-issue-debt_bondage = يجب أن أعمل لسداد دين
complaint-issue-abusive_conditions = ظروف عمل أو سكن سيئة جدًا
complaint-issue-excessive_overtime = ساعات عمل مفرطة
complaint-issue-fees_charged = دفعت رسومًا للحصول على العمل
complaint-issue-job_deception = العمل أو الأجر ليس كما وُعدت
complaint-issue-contract_substitution = استُبدل عقدي بعقد آخر
complaint-issue-no_contract = لا يوجد عقد، أو عقد لم أفهمه
complaint-issue-documents_retained = احتفظت الوكالة بوثائقي
complaint-issue-wages_unpaid = أجور غير مدفوعة
complaint-issue-discrimination = تمييز
complaint-issue-harassment = تحرش
complaint-issue-unlicensed_recruiter = الوكالة بلا ترخيص
complaint-stage-before_departure = ما زلت في بلدي، قبل السفر
complaint-stage-in_transit = في الطريق
complaint-stage-at_destination = في بلد العمل
complaint-stage-returned = عدت إلى بلدي
complaint-remedy-refund = استرداد أموالي
complaint-remedy-unpaid_wages = أجوري غير المدفوعة
complaint-remedy-documents_returned = استعادة وثائقي
complaint-remedy-repatriation = العودة إلى بلدي
complaint-remedy-change_of_employer = تغيير صاحب العمل
complaint-remedy-other = شيء آخر

## الإيصال

receipt-title = إيصالك
receipt-heading = وصلتنا شكواك
receipt-intro = هذا رقم إيصالك:
receipt-once = نعرضه الآن مرة واحدة فقط. لا نحتفظ به ولا يمكننا إرساله مرة أخرى. بدونه لا يستطيع أحد العثور على شكواك — ولا حتى أنت.
receipt-how-write = اكتبه أو التقط له صورة، واحفظه في مكان آمن.
receipt-how-track = لمعرفة ما يحدث أو الرد على الأسئلة أو سحب الشكوى، أدخله في
receipt-how-safe = أي شخص يملك هذا الرقم يستطيع قراءة الردود على شكواك: لا تشاركه.
receipt-behalf = أعطِ هذا الرقم للعامل بطريقة آمنة.
receipt-routed = { $count ->
    [zero] لم تُرسل إلى أي جهة.
    [one] أُرسلت إلى جهة واحدة.
    [two] أُرسلت إلى جهتين.
    [few] أُرسلت إلى { $count } جهات.
    [many] أُرسلت إلى { $count } جهة.
   *[other] أُرسلت إلى { $count } جهة.
}
receipt-unrouted = لم تنضم بعد أي جهة تغطي بلدانك. شكواك محفوظة، ويبحث مديرونا عن جهة مناسبة؛ تابعها لاحقًا بإيصالك.

## متابعة الشكوى

track-title = تابع شكواك
track-heading = تابع شكواك
track-intro = أدخل الإيصال المكوّن من 16 رقمًا الذي حصلت عليه عند تقديم الشكوى.
track-field-receipt = رقم الإيصال
track-submit = اعرض شكواي
track-lost = لا نحتفظ بأي نسخة من الإيصالات، لذا لا يمكن استعادة إيصال مفقود. يمكنك تقديم الشكوى من جديد.
track-received = وصلت في { $day }.
track-is-withdrawn = لقد سحبت هذه الشكوى.
track-no-referrals = لم تصل بعد إلى أي جهة. نبحث عن جهة تغطي بلدانك.
track-kind = النوع
track-status = الحالة
track-opened = تاريخ الوصول إليها
track-outcome = النتيجة
track-question-waiting = هذه الجهة تنتظر ردك.
track-from-you = أنت
track-from-staff = الجهة
track-answer = ردك
track-add-information = أضف معلومات
track-send = إرسال
track-message-sent = أُرسلت رسالتك.
track-withdrawn = سُحبت شكواك، وأُبلغت الجهات.
track-withdraw-heading = سحب الشكوى
track-withdraw-hint = إذا سحبت الشكوى، تغلقها كل الجهات. لا يمكن التراجع عن ذلك.
track-withdraw-confirm = نعم، أريد سحب شكواي
track-withdraw-submit = سحب
track-linked-heading = الشكاوى المرتبطة بحسابك
track-linked-hint = اخترت ربط هذه الشكاوى بحسابك. للرد أو السحب، أدخل الإيصال أعلاه.

## حالات الملفات والأولويات والنتائج

case-status-new = جديدة
case-status-acknowledged = تم الإقرار بالاستلام
case-status-investigating = قيد التحقيق
case-status-awaiting_worker = بانتظار رد العامل
case-status-resolved = تمت المعالجة
case-status-closed = مغلقة
case-close-reason-out_of_jurisdiction = خارج اختصاص هذه الجهة
case-close-reason-unfounded = لم تؤيدها الوقائع
case-close-reason-withdrawn = سحبها العامل
case-remedy-money_recovered = استرداد أموال
case-remedy-documents_returned = إعادة الوثائق
case-remedy-licence_action = إجراء ضد ترخيص الوكالة
case-remedy-prosecution_referral = إحالة إلى النيابة
case-remedy-other = إنصاف آخر
case-money-recovered = استُرد { $amount }
case-priority-urgent = عاجلة
case-priority-high = عالية
case-priority-normal = عادية
case-priority-low = منخفضة
case-action-acknowledge = الإقرار بالاستلام
case-action-investigate = بدء التحقيق
case-action-ask_worker = سؤال العامل (أرسل رسالة أولًا)
case-action-resume = استئناف التحقيق
case-action-resolve = المعالجة مع تسجيل النتيجة
case-action-close = الإغلاق مع ذكر السبب

## الموظفون: قائمة الملفات

inspect-title = الملفات
inspect-heading = ملفات جهتك
inspect-filter-status = الحالة
inspect-filter-priority = الأولوية
inspect-filter-country = البلد (المغادرة أو الوجهة)
inspect-filter-recruiter = معرّف الوكالة
inspect-filter-overdue = المتأخرة فقط
inspect-filter-submit = تصفية
inspect-status-open = الملفات المفتوحة
inspect-status-all = كل الملفات
inspect-priority-any = أي أولوية
inspect-country-any = أي بلد
inspect-escalations-heading = التصعيدات (للمسؤولين)
inspect-escalations-none = لا توجد ملفات متأخرة.
inspect-escalation-acknowledge = لم يُقرّ باستلامها في الموعد
inspect-escalation-answer = لم يُرد عليها في الموعد
inspect-queue-heading = القائمة: الأكثر إلحاحًا أولًا، ثم الأقدم
inspect-empty = لا توجد ملفات مطابقة.
inspect-same-recruiter = كل الملفات بشأن هذه الوكالة

## الموظفون: ملف واحد

case-title = الملف { $id }
case-back = العودة إلى الملفات
case-saved = حُفظ.
case-withdrawn = سحب العامل هذه الشكوى.
case-on-behalf = قدّمها مساعد قانوني نيابة عن العامل، بموافقته.
case-recruiter-profile = صفحة الوكالة
case-in-danger = في خطر الآن
case-overdue = متأخرة
case-sub-agent = وسيط بلا ترخيص
case-priority = الأولوية
case-priority-overridden = (حددها موظف)
case-status = الحالة
case-collective = ملف جماعي
case-facts-heading = الشكوى
case-fact-received = تاريخ الاستلام
case-fact-corridor = مسار الهجرة
case-fact-workers = العمال المتأثرون
case-fact-acknowledge-by = الإقرار بالاستلام قبل
case-fact-answer-by = الرد قبل
case-fact-licensing-country = بلد الترخيص
case-fact-sector = القطاع
case-fact-occupation = المهنة
case-fact-departure-year = سنة المغادرة
case-fact-stage = أين العامل الآن
case-fact-fee = الرسوم المدفوعة للحصول على العمل
case-fact-promised-wage = الأجر الشهري الموعود
case-fact-actual-wage = الأجر المقبوض في الشهر الأول
case-fact-issues = ماذا حدث
case-fact-remedies = ما يطلبه العامل
case-fact-description = بكلمات العامل
case-fact-contact = وسيلة التواصل التي اختارها العامل
case-fact-safe-times = أوقات آمنة للتواصل
case-fact-costs = تكاليف مدفوعة مقابل
case-fact-loan = قرض للدفع
case-fact-visa-type = نوع التأشيرة
case-contact-heading = التواصل
case-contact-withheld = ترك العامل وسيلة تواصل لكنه لم يسمح لنوع جهتك برؤيتها. اكتب إليه عبر الرسائل أدناه: يقرؤها بإيصاله.
case-contact-none = يتابع العامل الشكوى بإيصاله فقط. اكتب إليه عبر الرسائل أدناه.
case-collective-heading = ملف جماعي
case-collective-member = جزء من الملف الجماعي { $id }:
case-same-recruiter = { $count ->
    [zero] لا يوجد هنا ملف مفتوح آخر بشأن هذه الوكالة.
    [one] يوجد هنا ملف مفتوح آخر بشأن هذه الوكالة.
    [two] يوجد هنا ملفان مفتوحان آخران بشأن هذه الوكالة.
    [few] توجد هنا { $count } ملفات مفتوحة أخرى بشأن هذه الوكالة.
    [many] يوجد هنا { $count } ملفًا مفتوحًا آخر بشأن هذه الوكالة.
   *[other] يوجد هنا { $count } ملف مفتوح آخر بشأن هذه الوكالة.
}
case-group-submit = ضمّها في ملف جماعي واحد
case-actions-heading = الخطوة التالية
case-field-action = الخطوة
case-field-reason = السبب أو ملاحظة (مطلوب للإغلاق)
case-field-priority-reason = السبب (مطلوب)
case-field-close-reason = سبب الإغلاق
case-field-remedies = النتيجة: أوجه الإنصاف المحققة
case-field-amount = المال المسترد (المبلغ)
case-field-whole-group = طبّقها على كل ملفات الملف الجماعي
case-action-submit = سجّل هذه الخطوة
case-messages-heading = الرسائل والملاحظات
case-messages-none = لا رسائل بعد.
case-note = ملاحظة داخلية
case-from-worker = من العامل
case-to-worker = إلى العامل
case-field-message = رسالة إلى العامل
case-field-internal = ملاحظة داخلية (لا يراها العامل أبدًا)
case-message-submit = إرسال
case-priority-heading = تغيير الأولوية
case-priority-submit = تغيير الأولوية
case-refer-heading = الإحالة إلى جهة أخرى
case-refer-hint = يفتح ملفًا لدى جهة أخرى. لا تُعرض إلا أنواع الجهات التي وافق عليها العامل.
case-field-organisation = الجهة
case-refer-submit = إحالة
case-timeline-heading = التسلسل الزمني
case-step-opened = فُتح الملف
case-step-referred-on = أُحيل إلى جهة أخرى
case-step-priority = تغيّرت الأولوية
case-step-grouped = أُضيف إلى ملف جماعي
case-step-escalated = فات الموعد: أُبلغ المسؤولون

## المديرون

unrouted-title = شكاوى لم تُوجّه بعد
unrouted-heading = شكاوى لم تستلمها أي جهة
unrouted-intro = لا تطابق هذه الشكاوى بلدان أي جهة ولا الأنواع التي وافق عليها العامل. أضف جهة تغطيها. لا يُعرض محتواها هنا.
unrouted-none = وصلت كل الشكاوى إلى جهة ما.
unrouted-recruiter = الوكالة
unrouted-kinds = الأنواع الموافق عليها
unrouted-count = شكاوى لم تُوجّه بعد
unrouted-route-hint = بعد إضافة جهة تغطيها، وجّه الشكاوى المنتظرة من جديد.
unrouted-route-submit = توجيه الشكاوى المنتظرة من جديد
unrouted-routed = { $count ->
    [zero] لم تصل أي شكوى إلى جهة.
    [one] وصلت شكوى واحدة إلى جهة.
    [two] وصلت شكويان إلى جهة.
    [few] وصلت { $count } شكاوى إلى جهة.
    [many] وصلت { $count } شكوى إلى جهة.
   *[other] وصلت { $count } شكوى إلى جهة.
}

## الأخطاء

error-complaint-recruiter-required = اختر الوكالة من الدليل، أو اكتب اسم الوسيط أو السمسار.
error-complaint-recruiter-both = اذكر وكالة من الدليل أو اسم وسيط، وليس كليهما.
error-complaint-recruiter-unknown = لم نجد هذه الوكالة في الدليل.
error-complaint-country-required = اختر البلد.
error-complaint-corridor-same = يجب أن يكون البلدان مختلفين.
error-complaint-year = اكتب سنة مثل 2024.
error-complaint-workers = اكتب عدد العمال من 1 إلى 100000.
error-complaint-lender = اختر من أقرضك المال، أو اترك الفائدة فارغة.
error-complaint-consent-required = اختر نوعًا واحدًا على الأقل من الجهات التي يجوز لها استلام شكواك.
error-complaint-contact-consent = لا يمكن أن تصل وسيلة تواصلك إلا إلى الجهات التي تستلم الشكوى.
error-complaint-contact-consent-required = اختر من يجوز له رؤية وسيلة تواصلك.
error-complaint-contact-required = اكتب وسيلة التواصل التي تريدها، أو اختر "إيصالي فقط".
error-complaint-account-needed = سجّل الدخول لربط الشكوى بحسابك، أو اختر "إيصالي فقط".
error-complaint-behalf-consent = أكّد أن العامل وافق على أن تقدّم الشكوى نيابة عنه.
error-track-receipt-format = يتكوّن الإيصال من 16 رقمًا، مثل 1234-5678-9012-3456.
error-track-receipt-unknown = لا توجد شكوى بهذا الإيصال. تحقق من الأرقام وحاول مجددًا.
error-track-referral = هذه ليست من الجهات التي استلمت شكواك.
error-track-referral-closed = أغلقت هذه الجهة شكواك؛ لا يمكنها استلام رسائل.
error-track-withdraw-confirm = ضع علامة في المربع لتأكيد رغبتك في السحب.
error-case-transition = هذه الخطوة غير ممكنة من الحالة الحالية للملف.
error-case-action-unknown = اختر خطوة من القائمة.
error-case-close-reason = اختر سبب إغلاق الملف.
error-case-reason-required = اكتب السبب.
error-case-outcome-required = اختر وجهًا واحدًا على الأقل من أوجه الإنصاف المحققة.
error-case-money-required = اذكر مبلغ المال المسترد وعملته.
error-case-money-unexpected = يُذكر المبلغ مع "استرداد أموال" فقط.
error-case-message-required = اكتب رسالة.
error-case-priority = اختر أولوية من القائمة.
error-case-refer-self = الملف موجود أصلًا لدى هذه الجهة.
error-case-refer-consent = لم يوافق العامل على مشاركة الشكوى مع هذا النوع من الجهات.
error-case-refer-coverage = هذه الجهة لا تعمل في بلدان هذه الشكوى.
error-case-refer-exists = لدى هذه الجهة هذه الشكوى أصلًا.
error-case-group-alone = لا يوجد هنا ملف مفتوح آخر بشأن هذه الوكالة.
error-case-filter = في التصفية قيمة لا نعرفها.

## الأدلة (صور، مستندات، رسائل صوتية)
evidence-heading = الصور والمستندات والرسائل الصوتية
evidence-hint = أضف صورة لعقد أو لإيصال رسوم أو لقسيمة راتب أو لرسالة من الوكيل، أو ملف PDF، أو رسالة صوتية. تُزال من الصور بيانات الموقع وتفاصيل الهاتف.
evidence-field-files = الملفات
evidence-files-hint = صور (JPEG وPNG وWebP) أو PDF أو رسائل صوتية (MP3 وOgg وM4A وAMR)؛ عدة ملفات معًا.
evidence-field-share = من يمكنه رؤية هذه الملفات
evidence-submit = أرسل الملفات
evidence-sent = أُضيفت ملفاتك إلى الشكوى.
evidence-location-removed = أُزيلت بيانات الموقع وتفاصيل الهاتف من صورك.
evidence-choose-again = لم يُرسل شيء. اختر الملفات مرة أخرى: المتصفح لا يحتفظ بها.
evidence-kind-photo = صورة
evidence-kind-document = مستند
evidence-kind-voice = رسالة صوتية
evidence-size-kb = { $count } كيلوبايت
error-evidence-type = هذا النوع من الملفات غير مقبول. أرسل صورًا (JPEG وPNG وWebP) أو مستندات PDF أو رسائل صوتية (MP3 وOgg وM4A وAMR).
error-evidence-unreadable = تعذّرت قراءة أحد الملفات: قد يكون تالفًا أو ناقصًا أو مقفلًا بكلمة مرور.
error-evidence-pixels = إحدى الصور كبيرة جدًا. أرسل نسخة أصغر.
error-evidence-too-large = أحد الملفات أكبر من المسموح. أرسل نسخة أصغر.
error-evidence-too-many = ملفات كثيرة دفعة واحدة. أرسلها على دفعات.
error-evidence-none = اختر ملفًا واحدًا على الأقل.
error-evidence-share = اختر من يمكنه رؤية الملفات، من بين الجهات التي وصلت إليها شكواك.
error-evidence-complaint-full = بلغت هذه الشكوى أقصى ما يمكن حفظه من ملفات. أرسل الأهم فقط.
error-evidence-truncated = انقطع الرفع. حاول مرة أخرى.
evidence-from-staff = أرسلته إليك الجهة
evidence-sent-by-you = أرسلته جهتك
evidence-staff-field = أرسل ملفات إلى العامل
evidence-staff-hint = استمارة أو قرار أو رسالة. يفتحها العامل بإيصاله، ولا تراها أي جهة أخرى. تُزال من الصور بيانات الموقع.
evidence-staff-submit = أرسل إلى العامل
error-webhook-url-malformed = أدخل عنوان ويب كاملًا (https://…) لا يتجاوز 2000 حرف، دون اسم مستخدم أو كلمة مرور.
error-webhook-url-not-https = يجب أن يبدأ العنوان بـ https://.
error-webhook-url-private = يشير هذا العنوان إلى شبكة خاصة أو محلية أو محجوزة. استخدم عنوانًا على الإنترنت العام.
error-webhook-url-unresolved = تعذّر العثور على اسم المضيف لهذا العنوان. تحقّق من الإملاء.
