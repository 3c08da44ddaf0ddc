# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = العربية
site-name = FairRecruit

## Page frame
nav-label = القائمة الرئيسية
nav-skip-to-content = انتقل إلى المحتوى
nav-recruiters = مكاتب التوظيف
nav-rights = حقوقك
language-switcher-label = اللغة
footer-free = خدمة FairRecruit مجانية للعمال. لا تحتاج أبدًا إلى ذكر اسمك.
footer-privacy = لا نحفظ عنوان IP الخاص بك مع أي شيء ترسله.

## Home
home-title = تحقّق من مكتب التوظيف قبل أن تدفع
home-heading = تحقّق من مكتب التوظيف قبل أن تدفع لأي أحد
home-lead = ابحث عن مكتب توظيف: هل ترخيصه ساري المفعول، وإلى أين يرسل العمال، وماذا حدث لعمال آخرين تعاملوا معه.
home-directory-size = { $count ->
    [0] لا توجد مكاتب توظيف مُدرجة بعد.
    [one] مكتب توظيف واحد مُدرج.
    [two] مكتبا توظيف مُدرجان.
    [few] { $count } مكاتب توظيف مُدرجة.
    [many] { $count } مكتبَ توظيف مُدرجًا.
   *[other] { $count } مكتب توظيف مُدرج.
}
home-what-heading = ما فائدة FairRecruit
home-what-lookup = ابحث في قوائم تراخيص مكاتب التوظيف بالاسم أو برقم الترخيص.
home-what-review = أخبر العمال الآخرين كم دفعت وكيف عوملت.
home-what-complain = قدّم شكوى، دون ذكر اسمك إن أردت، واحصل على إيصال لمتابعتها.
home-free = استخدام FairRecruit مجاني. حسب المعايير الدولية، صاحب العمل هو من يجب أن يدفع تكاليف توظيفك، لا أنت.
home-rights-link = اعرف حقوقك: من يجب أن يدفع تكاليف التوظيف

## Search
search-label = اسم مكتب التوظيف أو رقم الترخيص
search-placeholder = مثال: Himalaya أو 1234/071
search-button = ابحث
filters-heading = تصفية النتائج
filter-licensing-country = البلد الذي منح الترخيص
filter-destination = يرسل العمال إلى
filter-status = حالة الترخيص
filter-any-country = أي بلد
filter-any-status = أي حالة
results-title = مكاتب التوظيف
results-heading = ابحث عن مكتب توظيف
results-none = لا يوجد مكتب توظيف يطابق بحثك. تأكد من الكتابة، أو جرّب جزءًا من الاسم، أو أزل أحد عوامل التصفية.
results-empty-directory = اكتب اسمًا أو رقم ترخيص، أو اختر بلدًا، لترى مكاتب التوظيف.
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-page = الصفحة { $page }

## Licence statuses
licence-status-active = الترخيص ساري المفعول
licence-status-suspended = الترخيص موقوف
licence-status-revoked = الترخيص ملغى
licence-status-expired = الترخيص منتهي الصلاحية

## Recruiter profile
recruiter-licence-status = حالة الترخيص
recruiter-licence-number = رقم الترخيص
recruiter-licensing-country = بلد الترخيص
recruiter-address = العنوان
recruiter-destinations = يرسل العمال إلى
recruiter-destinations-none = غير معروف
recruiter-sub-agent = وكيل فرعي، بدون ترخيص
recruiter-sub-agent-explained = ذكر عمال هذا الشخص أو المكتب على أنه وسيط (سمسار). ولا يوجد في أي قائمة تراخيص.
recruiter-not-active-warning = هذا الترخيص غير ساري المفعول. لا يحق لمكتب توظيف بدون ترخيص ساري المفعول أن يوظف العمال. لا تدفع له.
recruiter-history-heading = سجل الترخيص
recruiter-history-date = التاريخ
recruiter-history-none = لا توجد تغييرات مسجلة على الترخيص.
recruiter-reviews-heading = ماذا يقول العمال

## Know your rights
rights-title = حقوقك
rights-heading = حقوقك عندما يتم توظيفك للعمل في الخارج
rights-epp-heading = صاحب العمل يدفع، لا أنت
rights-epp-body = حسب مبدأ دفع صاحب العمل، لا ينبغي لأي عامل أن يدفع مقابل الحصول على عمل. على صاحب العمل أن يدفع كل رسوم التوظيف وتكاليفه.
rights-epp-c181 = اتفاقية منظمة العمل الدولية رقم 181، المادة 7: لا يجوز للوكالات أن تتقاضى من العمال، بشكل مباشر أو غير مباشر، كليًا أو جزئيًا، أي رسوم أو تكاليف.
rights-fees-heading = ما الذي يُعدّ من رسوم التوظيف أو تكاليفه
rights-fees-intro = رسوم خدمة مكتب التوظيف ليست عليك أبدًا، أيًّا كان من يأخذها ومتى أخذها. وتذكر منظمة العمل الدولية أيضًا هذه التكاليف المرتبطة بها، وعلى صاحب العمل أن يدفعها:
rights-illegitimate = الرشاوى، والإتاوات، والعمولات السرية، والضمانات المالية، والودائع، ورسوم استرداد التكاليف غير القانونية، كلها ممنوعة دائمًا على الجميع.
rights-documents-heading = جواز سفرك ملكك
rights-documents-body = لا يحق لأحد أن يحتفظ بجواز سفرك أو بطاقة هويتك رغمًا عنك: لا مكتب التوظيف ولا صاحب العمل. الاحتفاظ بهما علامة على العمل الجبري.
rights-contract-heading = عقدك
rights-contract-body = يجب أن تحصل على عقد مكتوب قبل سفرك، بلغة تفهمها. إذا تغيّر العمل أو الأجر أو صاحب العمل أو ساعات العمل عند وصولك، فهذا استبدال للعقد.
rights-help-heading = إذا حدثت مشكلة
rights-help-body = يمكنك تقديم شكوى على FairRecruit دون ذكر اسمك. ستصل الشكوى إلى الجهات التي تستطيع التحرك في بلدك وفي البلد الذي تعمل فيه.
rights-not-legal-advice = تشرح هذه الصفحة المعايير الدولية باختصار. وهي ليست استشارة قانونية.

## Errors
error-go-home = اذهب إلى الصفحة الرئيسية
error-status = رمز الخطأ { $status }
error-invalid-input-title = هناك شيء غير صحيح في الطلب
error-invalid-input = لم نتمكن من فهم الطلب. تحقق مما كتبته وحاول مرة أخرى.
error-not-found-title = الصفحة غير موجودة
error-not-found = لم نجد هذه الصفحة أو مكتب التوظيف. ربما الرابط خاطئ أو قديم.
error-method-not-allowed-title = غير مسموح
error-method-not-allowed = هذا الرابط لا يقبل هذا النوع من الطلبات.
error-payload-too-large-title = بيانات كثيرة جدًا
error-payload-too-large = ما أرسلته كبير جدًا. أرسل كمية أقل ثم حاول مرة أخرى.
error-request-timeout-title = بطيء جدًا
error-request-timeout = استغرق وصول ما أرسلته وقتًا طويلًا. تحقق من اتصالك وأرسله مرة أخرى.
error-service-unavailable-title = خدمة FairRecruit غير متاحة لوقت قصير
error-service-unavailable = لا نستطيع الوصول إلى قاعدة بياناتنا الآن. لم يضع شيء مما أرسلته. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-internal-title = حدث خطأ ما
error-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى لاحقًا.
error-query-too-long = البحث طويل جدًا. استخدم 200 حرف على الأكثر.
error-query-forbidden-chars = يحتوي البحث على رموز تحكم غير مرئية. اكتبه مرة أخرى من دونها.
error-invalid-encoding = يحتوي الرابط على رموز لم نتمكن من قراءتها.
error-unknown-parameter = يحتوي الرابط على إعداد لا نعرفه.
error-repeated-parameter = يذكر الرابط الإعداد نفسه مرتين.
error-invalid-country = اختر بلدًا من القائمة.
error-invalid-status = اختر حالة ترخيص من القائمة.
error-invalid-page = يجب أن يكون رقم الصفحة عددًا صحيحًا من 1 إلى 500.
error-invalid-per-page = يجب أن يكون عدد النتائج في الصفحة من 1 إلى 100.
error-choice = اختر من القائمة.
error-text-long = هذا النص طويل جدًا.
error-text-chars = يحتوي هذا النص على رموز تحكم غير مرئية أو رموز تعذّرت قراءتها. اكتبه مرة أخرى من دونها.
error-text-markup = يحتوي هذا النص على "<" تليها حروف، مثل الشيفرة البرمجية. اكتبه بدونها.
error-amount = اكتب المبلغ بالأرقام فقط، مثلًا 150000 أو 1500.50، وبحد أقصى 10,000,000,000.
error-currency = اختر عملة المبالغ.
error-interest = اكتب الفائدة الشهرية رقمًا من 0 إلى 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ،
nav-account = الحساب
nav-sign-in = تسجيل الدخول
error-unauthorized-title = يُرجى تسجيل الدخول
error-unauthorized = عليك تسجيل الدخول للقيام بهذا. ربما انتهت جلستك.
error-forbidden-title = غير مسموح
error-forbidden = لا يمكن فتح هذه الصفحة من حسابك.
error-conflict-title = تم الاستلام من قبل
error-conflict = هذا الطلب يتعارض مع طلب وصل من قبل. لم يُحفظ أي شيء جديد.
error-idempotency-reused = مفتاح Idempotency-Key هذا استُخدم من قبل لطلب مختلف. استخدم مفتاحًا جديدًا لكل طلب جديد؛ لم يُحفظ أي شيء جديد.
error-idempotency-in-progress = لا يزال الرد على الطلب الأول الذي يحمل مفتاح Idempotency-Key هذا قيد الإعداد. حاول مرة أخرى بعد لحظات لتتلقى الرد عليه.
error-idempotency-key = يجب أن تحتوي ترويسة Idempotency-Key على 1 إلى 255 حرفًا مرئيًا من حروف ASCII، مثل UUID عشوائي.
error-attestation-language = يجب أن تكون لغة إقرار الموافقة (attestation) أحد رموز اللغات في هذه الخدمة، مثل ne أو ar أو id.
error-attestation-channel = يجب أن تكون قناة إقرار الموافقة (attestation) واحدة من: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = يجب أن يكون الحقل consented_at في إقرار الموافقة (attestation) تاريخًا ووقتًا مع فارق التوقيت (RFC 3339)، لا يقع في المستقبل ولا يزيد عمره على 30 يومًا. إذا كانت الموافقة أقدم من ذلك، فاسأل العامل مرة أخرى.
error-partner-reference = يجب أن يتكون مرجع الشريك (reference) من 1 إلى 100 حرف مرئي من حروف ASCII، دون مسافات.
error-partner-reference-taken = سبق لهذا الشريك أن قدّم شكوى بهذا المرجع. استخدم مرجعًا جديدًا لكل محادثة جديدة، أو مفتاح Idempotency-Key نفسه لتكرار طلب.
error-too-many-requests-title = يُرجى الانتظار
error-too-many-requests = محاولات كثيرة في وقت قصير. انتظر قليلًا، ثم حاول مرة أخرى.
error-sign-in-failed = اسم المستخدم أو كلمة المرور أو الرمز غير صحيح.
error-csrf = انتهت صلاحية هذا النموذج. ارجع إلى الصفحة السابقة، وأعد تحميلها، ثم أرسل النموذج مرة أخرى.
error-cross-site = أُرسل هذا النموذج من موقع آخر، لذلك رفضناه.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = مرجع API
api-docs-intro = واجهة JSON API للتطبيقات والجهات الشريكة: كل عملية، وما تستقبله، وما ترد به. الأوصاف أدناه باللغة الإنجليزية.
# Link to the same reference as a machine-readable file.
api-docs-openapi = المرجع نفسه في صورة مستند OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = العمليات
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = تتطلب رمز وصول من نوع bearer token (Authorization: Bearer …).
api-docs-parameters = المعاملات
# Heading: what the caller sends in the request's body.
api-docs-body = متن الطلب
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = الردود
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = أنواع البيانات
# Column heading: a field's or parameter's name.
api-docs-name = الاسم
# Column heading: a field's data type (string, integer …).
api-docs-type = النوع
api-docs-description = الوصف
# Marks a field the caller must send.
api-docs-required = مطلوب

## Drafts kept on the phone (review and complaint forms)
draft-kept = ما تكتبه هنا يُحفظ كمسودة على هذا الهاتف فقط، حتى ترسله أو تحذفه. يمكن لأي شخص يستخدم هذا الهاتف أن يقرأه.
draft-files = الصور والملفات لا تُحفظ في المسودة: اخترها مرة أخرى قبل الإرسال.
draft-restored = أعدنا مسودتك. راجعها ثم أرسلها.
draft-delete = حذف المسودة
error-csrf-stale = انتهت صلاحية هذا النموذج، فلم يُرسَل شيء. كل ما كتبته موجود أدناه: راجعه وأرسله مرة أخرى.
