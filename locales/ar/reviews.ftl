# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = اكتب رأيك في مكتب توظيف
review-heading = أخبر العمال الآخرين عن مكتب التوظيف هذا
review-intro = المطلوب فقط: رحلتك (من أي بلد إلى أي بلد)، والسنة، وتقييمك العام. يمكنك ترك كل الأجزاء الأخرى. لا نسألك عن اسمك أبدًا، ولا نعرضه أبدًا.
review-anonymous-note = أنت لم تسجّل الدخول: يُرسَل رأيك بدون أي حساب، ولا نحفظ معه عنوان الإنترنت (IP) الخاص بك.
review-signed-in-note = أنت مسجّل الدخول: تجد هذا الرأي في صفحة حسابك، ويمكنك تغييره لاحقًا. لا يعرف الآخرون أبدًا من كتبه.
review-errors-below = بعض الإجابات تحتاج إلى تصحيح. الرسائل بجانبها، وكل ما كتبته ما زال هنا.
review-honeypot = اترك هذه الخانة فارغة
review-choose = اختر…
review-skip = أفضّل ألّا أجيب
review-yes = نعم
review-no = لا
review-section-journey = رحلتك
review-field-origin = البلد الذي سافرت منه
review-field-destination = البلد الذي ذهبت للعمل فيه
review-field-year = سنة سفرك
review-field-sub-agent = اسم الوكيل الفرعي (الوسيط) الذي تعاملت معه، إن وُجد
review-sub-agent-hint = كثير من العمال يتعاملون مع وسيط (سمسار) محلي يعمل لصالح مكتب التوظيف. إذا كتبت اسمه، يُحسب رأيك لهذا الوسيط، ويظهر أنه بدون ترخيص.
review-field-sector = مجال العمل
review-field-occupation = وظيفتك
review-field-visa = نوع التأشيرة
review-rating-scale = 1 = سيئ جدًا، 5 = جيد جدًا.
review-section-costs = ما دفعته
review-costs-intro = حسب مبدأ دفع صاحب العمل لدى منظمة العمل الدولية (ILO)، لا ينبغي أن يدفع العمال أي رسوم أو تكاليف مقابل توظيفهم. أخبرنا بما دفعته رغم ذلك، لكل نوع من التكاليف.
review-field-currency = عملة كل المبالغ
review-currency-hint = استخدم عملة واحدة لكل المبالغ في هذه الصفحة، ومنها أجرك، حتى نقارن ما دفعته بما كسبته.
review-paid-yes = دفعت مقابل هذا
review-paid-no = لم أدفع
review-field-amount = المبلغ
review-field-paid-to = دفعته إلى
review-field-receipt = هل حصلت على إيصال؟
review-section-loan = القروض
review-field-took-loan = هل اقترضت مالًا لتدفع؟
review-field-lender = من أقرضك
loan-interest-monthly = الفائدة في الشهر (%)
review-section-wages = أجرك
review-wages-hint = مبالغ شهرية، بنفس عملة التكاليف.
review-field-promised-wage = الأجر الشهري الذي وعدوك به
review-field-first-wage = ما حصلت عليه عن أول شهر كامل
review-first-wage-hint = بعد الضرائب وأي خصومات. اكتب 0 إذا لم تحصل على أجر.
review-section-checks = عقدك وعملك
review-section-ratings = تقييمات أخرى
review-field-use-again = هل ستتعامل مع مكتب التوظيف هذا مرة أخرى؟
review-section-text = قصتك
review-text-hint = لا تكتب أسماء أو أرقام هواتف أو أرقام جوازات سفر أو عناوين: مشرف المحتوى يحذفها قبل أن يقرأ أي شخص آخر رأيك.
review-field-text = ماذا حدث
review-field-text-language = لغة ما كتبته
review-language-other = لغة أخرى
review-moderation-note = يقرأ مشرف المحتوى كل رأي قبل نشره.
review-submit = أرسل رأيي
review-write-link = اكتب رأيك في مكتب التوظيف هذا

review-sent-title = وصلنا رأيك
review-sent-heading = شكرًا لك على رأيك
review-sent-moderation = وصلنا رأيك. سيقرؤه مشرف المحتوى قبل نشره.
review-sent-account = يمكنك متابعة حالته في صفحة حسابك:
review-abuse-heading = ما تصفه قد يكون مخالفًا للقانون
review-abuse-text = أخذ رسوم توظيف من العمال، والاحتفاظ بجوازات سفرهم أو وثائق هويتهم، وتغيير العقد بعد وصولهم، وعدم دفع الأجر الموعود: كل هذا ممنوع في المعايير الدولية وفي قوانين كثير من البلدان. يمكنك تقديم شكوى سرية إلى جهة تستطيع التحرك، ولا يلزمك ذكر اسمك.
review-abuse-rights-link = اعرف حقوقك
review-back-to-recruiter = العودة إلى مكتب التوظيف

error-review-year = اكتب سنة سفرك، من 1970 إلى هذه السنة.
error-review-rating = اختر تقييمًا من 1 إلى 5.
error-review-rating-required = اختر تقييمك العام من 1 إلى 5.
error-review-text-long = هذا النص طويل جدًا. اختصره إلى 5,000 حرف على الأكثر.
error-review-sub-agent = اكتب اسم الوكيل الفرعي بالحروف، أو اترك الخانة فارغة.
error-review-language = اختر لغة من القائمة.
error-review-page = يجب أن يكون رقم الصفحة عددًا صحيحًا من 1 إلى 1000.
error-review-json = الطلب ليس بصيغة JSON صحيحة لرأي، أو فيه خانة لا نعرفها.
error-review-cost-repeated = لا يمكن ذكر كل نوع من التكاليف إلا مرة واحدة.

cost-fee = رسوم التوظيف
cost-fee-hint = مال دُفع مقابل إيجاد العمل أو ترتيبه، أيًّا كان من أخذه.
cost-medical = التكاليف الطبية
cost-medical-hint = الفحوص الطبية، والتحاليل، واللقاحات.
cost-insurance = التأمين
cost-insurance-hint = التأمين على الحياة أو الصحة أو السلامة؛ وصناديق رعاية العمال المهاجرين.
cost-skills = اختبارات المهارات واللغة
cost-skills-hint = اختبارات المهنة، واختبارات اللغة، والشهادات.
cost-training = التدريب والتوجيه
cost-training-hint = التدريب قبل السفر أو بعد الوصول.
cost-equipment = المعدات
cost-equipment-hint = الأدوات، والزي، ومعدات السلامة.
cost-travel = السفر والسكن
cost-travel-hint = التذاكر والسكن من أجل المقابلات، والتدريب، ومواعيد التأشيرة، ورحلة الذهاب، ورحلة العودة.
cost-administrative = الوثائق والتصاريح
cost-administrative-hint = جواز السفر، والتأشيرة، والتحقق من الخلفية، وتصريح المغادرة، والحساب المصرفي، وتصاريح العمل والإقامة.
cost-illegitimate = الرشاوى والودائع والضمانات المالية
cost-illegitimate-hint = مدفوعات غير مشروعة في كل الأحوال: الرشاوى، والعمولات السرية، والودائع، والضمانات المالية، والابتزاز.

paid-to-recruiter = مكتب التوظيف
paid-to-sub_agent = وكيل فرعي أو وسيط (سمسار)
paid-to-employer = صاحب العمل
paid-to-other = شخص آخر

lender-recruiter = مكتب التوظيف
lender-moneylender = مُقرض بالفائدة
lender-bank = بنك
lender-cooperative = جمعية تعاونية أو مجموعة تمويل صغير
lender-family = العائلة أو الأصدقاء
lender-employer = صاحب العمل
lender-other = شخص آخر

visa-work = تأشيرة عمل
visa-domestic_work = تأشيرة عمالة منزلية
visa-seasonal = تأشيرة عمل موسمي
visa-visit = تأشيرة زيارة أو سياحة
visa-student = تأشيرة دراسة
visa-other = تأشيرة أخرى

check-contract_before_departure = هل حصلت على عقد مكتوب قبل سفرك؟
check-contract_understood = هل كان العقد بلغة تفهمها؟
check-contract_substituted = هل أجبروك على توقيع عقد مختلف بعد وصولك؟
check-documents_kept = هل احتفظ أحد بجواز سفرك أو بطاقة هويتك؟
check-job_as_promised = هل كان العمل كما وعدوك؟
check-wage_as_promised = هل كان الأجر كما وعدوك؟
check-free_to_change_employer = هل كنت حرًّا في تغيير صاحب العمل؟
check-info_accurate = هل كانت المعلومات التي حصلت عليها قبل السفر صحيحة؟

rating-fees_honesty = الصدق بشأن الرسوم
rating-job_truth = الصدق بشأن العمل
rating-contract_documents = العقد والوثائق
rating-support_after_arrival = المساعدة بعد الوصول
rating-overall = التقييم العام

review-status-pending = بانتظار مشرف المحتوى
review-status-approved = منشور
review-status-rejected = غير منشور

reject-reason-not_a_review = ليس رأيًا في مكتب التوظيف هذا
reject-reason-spam = إعلان أو رسائل مزعجة
reject-reason-abusive = كلام مسيء أو تهديد
reject-reason-personal_data = فيه معلومات شخصية كثيرة لا يمكن نشرها
reject-reason-duplicate = نسخة من رأي آخر
reject-reason-wrong_recruiter = عن مكتب توظيف آخر
reject-reason-other = سبب آخر

score-heading = بطاقة التقييم
score-no-reviews = لا توجد آراء منشورة بعد.
score-rating-out-of-five = { $rating } من 5
score-review-count = { $count ->
    [zero] لا توجد آراء بعد
    [one] بناءً على رأي واحد
    [two] بناءً على رأيين
    [few] بناءً على { $count } آراء
    [many] بناءً على { $count } رأيًا
   *[other] بناءً على { $count } رأي
}
score-rating-explained = يميل التقييم نحو متوسط كل مكاتب التوظيف إلى أن يكتب عدد كافٍ من العمال رأيهم في هذا المكتب، حتى لا تجعله آراء قليلة يبدو جيدًا جدًا أو سيئًا جدًا.
score-rating-mean = متوسط التقييم العام
score-share-charged = عمال دفعوا رسومًا أو تكاليف
score-share-documents = عمال احتُجز جواز سفرهم أو بطاقة هويتهم
score-share-substituted = عمال تغيّر عقدهم
score-share-job-not = عمال لم يكن عملهم كما وعدوهم
score-share-again = عمال سيتعاملون مع هذا المكتب مرة أخرى
score-median-cost = المبلغ الأوسط (الوسيط) لمجموع ما دُفع ({ $currency })
score-median-ratio = التكلفة الوسطى (الوسيط) مقارنةً بأجر الشهر الأول
score-months-of-wages = أجر { $months } شهر
score-withheld = لا توجد آراء كافية بعد
score-k-explained = يظهر الرقم فقط بعد أن يجيب 5 عمال على الأقل، حتى لا يمكن التعرّف على أحد.

review-language-filter = اعرض الآراء المكتوبة باللغة
review-language-any = أي لغة
review-language-filter-submit = اعرض
review-list-empty = لا توجد آراء منشورة بعد.
review-rating-line = التقييم: { $rating } من 5
review-departed = سنة السفر: { $year }
review-would-use-again = سيتعامل مع مكتب التوظيف هذا مرة أخرى.
review-would-not-use-again = لن يتعامل مع مكتب التوظيف هذا مرة أخرى.

pii-phone = رقم هاتف
pii-email = عنوان بريد إلكتروني
pii-passport = رقم جواز سفر أو بطاقة هوية
pii-url = عنوان موقع إلكتروني

moderate-title = الإشراف على الآراء
moderate-heading = آراء بانتظار المراجعة
moderate-pending-count = { $count ->
    [zero] لا يوجد أي رأي بانتظار المراجعة.
    [one] رأي واحد بانتظار المراجعة، الأقدم أولًا.
    [two] رأيان بانتظار المراجعة، الأقدم أولًا.
    [few] { $count } آراء بانتظار المراجعة، الأقدم أولًا.
    [many] { $count } رأيًا بانتظار المراجعة، الأقدم أولًا.
   *[other] { $count } رأي بانتظار المراجعة، الأقدم أولًا.
}
moderate-empty = لا يوجد أي رأي بانتظار المراجعة.
moderate-approved = تم نشر الرأي.
moderate-rejected = تم رفض الرأي.
moderate-gone = مشرف آخر اتخذ قرارًا بشأن هذا الرأي بالفعل.
moderate-review-title = مراجعة رأي
moderate-review-heading = رأي بانتظار المراجعة
moderate-back = العودة إلى قائمة الانتظار
moderate-status = الحالة:
moderate-corridor = الرحلة
moderate-sub-agent-note = يذكر هذا الرأي وكيلًا فرعيًا؛ بعد نشره يُحسب للاسم التالي:
moderate-no-text = لم يكتب العامل أي نص.
moderate-collected-paper = جمعه على الورق { $who }
moderate-collected-partner = أرسلته المنظمة الشريكة { $who }
moderate-collected-phone = جمعه عبر الهاتف { $who }
moderate-collected-batch = دفعة الاستيراد { $batch }
moderate-redact-found = وُجدت بيانات شخصية: عند النشر، تُستبدل العناصر المحدّدة بـ […]
moderate-redact-text = احذف هذا النص نفسه أيضًا
moderate-redact-text-hint = يُستبدل بـ […] في كل مكان يظهر فيه. اتركه فارغًا إذا لم يكن هناك شيء آخر يجب حذفه.
moderate-approve = انشر
moderate-reason = سبب الرفض
moderate-reject = ارفض
moderate-error-span = عنصر البيانات الشخصية هذا لم يعد موجودًا في النص. أعد تحميل الصفحة.
moderate-error-redact-text = النص المطلوب حذفه طويل جدًا أو يحتوي على رموز تحكم.
moderate-error-redact-missing = النص المطلوب حذفه غير موجود في الرأي.
moderate-error-reason = اختر سببًا للرفض.

account-reviews-heading = آراؤك
account-reviews-none = لم تكتب رأيك في أي مكتب توظيف بعد.
account-review-edit = غيّر
account-review-year = سنة السفر: { $year }
review-abuse-complaint-link = قدِّم شكوى سرّية
review-abuse-complaint-hint = يُفتح نموذج الشكوى وفيه ما كتبته في هذا الرأي. راجِعه وأضف ما حدث واختر من يمكنه الاطلاع عليه. لا يلزمك ذكر اسمك.
moderate-changed = عدّل كاتب هذا الرأي نصّه بعد أن فتحته. اقرأه مجددًا أدناه ثم قرّر.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = الجنس
review-gender-hint = اختياري. لا يظهر أبدًا مع رأيك: يُحسب فقط في تقارير عن مجموعات من 5 عمال على الأقل.
gender-woman = امرأة
gender-man = رجل
gender-another = جنس آخر
moderate-names-title = أسماء تنتظر الإضافة إلى الدليل
moderate-names-hint = ذكر العمال أسماء هؤلاء الوكلاء الفرعيين في شكاوى أو تقييمات. الاسم الذي توافق عليه يُضاف إلى الدليل العام في النشر الأسبوعي التالي. ارفض الشتائم وأسماء الأفراد العاديين وكل ما ليس جهة توظيف.
moderate-names-empty = لا يوجد اسم في الانتظار.
moderate-names-looks-like = يشبه وكالة مدرجة:
moderate-names-approve = موافقة
moderate-names-refuse = رفض
moderate-names-approved = تمت الموافقة: يُضاف الاسم إلى الدليل في النشر الأسبوعي التالي.
moderate-names-refused = تم الرفض: لن يظهر الاسم في الدليل.
moderate-names-gone = اتخذ مشرف آخر قرارًا بشأن هذا الاسم بالفعل.
moderate-names-more = هناك أسماء أخرى في الانتظار: قرّر في هذه لترى الأسماء التالية.
