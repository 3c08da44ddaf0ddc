# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = ریکروٹنگ ایجنٹ کے بارے میں رائے دیں
review-heading = اس ریکروٹنگ ایجنٹ کے بارے میں دوسرے کارکنوں کو بتائیں
review-intro = صرف آپ کا سفر (کس ملک سے کس ملک)، سال اور آپ کی مجموعی ریٹنگ ضروری ہے۔ باقی ہر حصہ چھوڑا جا سکتا ہے۔ آپ کا نام نہ کبھی پوچھا جاتا ہے، نہ کبھی دکھایا جاتا ہے۔
review-anonymous-note = آپ نے لاگ اِن نہیں کیا: آپ کی رائے کسی اکاؤنٹ کے بغیر بھیجی جاتی ہے، اور ہم اس کے ساتھ آپ کا انٹرنیٹ (IP) ایڈریس محفوظ نہیں کرتے۔
review-signed-in-note = آپ نے لاگ اِن کیا ہوا ہے: یہ رائے آپ اپنے اکاؤنٹ کے صفحے پر دیکھ سکتے ہیں اور بعد میں بدل سکتے ہیں۔ دوسرے لوگ کبھی نہیں دیکھ سکتے کہ یہ کس نے لکھی۔
review-errors-below = کچھ جوابات درست کرنے ہیں۔ پیغامات ان کے ساتھ لکھے ہیں؛ آپ نے جو کچھ لکھا تھا وہ سب یہیں موجود ہے۔
review-honeypot = یہ خانہ خالی چھوڑ دیں
review-choose = چنیں…
review-skip = نہیں بتانا چاہتے
review-yes = ہاں
review-no = نہیں
review-section-journey = آپ کا سفر
review-field-origin = آپ کس ملک سے گئے
review-field-destination = آپ کام کے لیے کس ملک گئے
review-field-year = آپ کس سال گئے
review-field-sub-agent = سب ایجنٹ (بیچ کے آدمی) کا نام، اگر کسی سے واسطہ پڑا ہو
review-sub-agent-hint = بہت سے کارکنوں کا واسطہ کسی مقامی دلال سے پڑتا ہے جو ایجنسی کے لیے کام کرتا ہے۔ اگر آپ کسی کا نام لکھیں، تو آپ کی رائے اس دلال کے کھاتے میں گنی جائے گی، اور اسے بغیر لائسنس کے دکھایا جائے گا۔
review-field-sector = کام کا شعبہ
review-field-occupation = آپ کا کام (پیشہ)
review-field-visa = ویزا کی قسم
review-rating-scale = 1 = بہت برا، 5 = بہت اچھا۔
review-section-costs = آپ نے کیا کیا ادا کیا
review-costs-intro = ILO کے آجر کی جانب سے ادائیگی کے اصول (Employer Pays Principle) کے مطابق کارکنوں کو اپنی بھرتی کے لیے کوئی فیس یا خرچ ادا نہیں کرنا چاہیے۔ پھر بھی آپ نے جو کچھ ادا کیا، ہر قسم کے خرچ کے لیے ہمیں بتائیں۔
review-field-currency = تمام رقموں کی کرنسی
review-currency-hint = اس صفحے کی ہر رقم، اپنی تنخواہ سمیت، ایک ہی کرنسی میں لکھیں، تاکہ ہم آپ کے ادا کیے ہوئے پیسوں کا موازنہ آپ کی کمائی سے کر سکیں۔
review-paid-yes = میں نے اس کے پیسے دیے
review-paid-no = میں نے پیسے نہیں دیے
review-field-amount = رقم
review-field-paid-to = کس کو دیے
review-field-receipt = کیا آپ کو رسید ملی؟
review-section-loan = قرض
review-field-took-loan = کیا آپ نے یہ پیسے دینے کے لیے قرض لیا؟
review-field-lender = قرض کس نے دیا
loan-interest-monthly = ماہانہ سود (%)
review-section-wages = آپ کی تنخواہ
review-wages-hint = ماہانہ رقم، اسی کرنسی میں جس میں اخراجات لکھے ہیں۔
review-field-promised-wage = ماہانہ تنخواہ جس کا آپ سے وعدہ کیا گیا تھا
review-field-first-wage = پہلے پورے مہینے کے لیے آپ کو کتنا ملا
review-first-wage-hint = ٹیکس اور ہر قسم کی کٹوتی کے بعد۔ اگر پیسے نہیں ملے تو 0 لکھیں۔
review-section-checks = آپ کا معاہدہ اور آپ کی نوکری
review-section-ratings = مزید ریٹنگ
review-field-use-again = کیا آپ دوبارہ اس ریکروٹنگ ایجنٹ کے ذریعے جائیں گے؟
review-section-text = آپ کی کہانی
review-text-hint = نام، فون نمبر، پاسپورٹ نمبر یا پتہ نہ لکھیں: کسی اور کے پڑھنے سے پہلے ماڈریٹر انہیں ہٹا دیتا ہے۔
review-field-text = کیا ہوا
review-field-text-language = آپ نے کس زبان میں لکھا
review-language-other = کوئی اور زبان
review-moderation-note = ہر رائے شائع ہونے سے پہلے ایک ماڈریٹر اسے پڑھتا ہے۔
review-submit = میری رائے بھیجیں
review-write-link = اس ریکروٹنگ ایجنٹ کے بارے میں رائے دیں

review-sent-title = رائے مل گئی
review-sent-heading = اپنی رائے دینے کا شکریہ
review-sent-moderation = آپ کی رائے ہمیں مل گئی ہے۔ شائع ہونے سے پہلے ایک ماڈریٹر اسے پڑھے گا۔
review-sent-account = آپ اس کی صورتحال اپنے اکاؤنٹ کے صفحے پر دیکھ سکتے ہیں:
review-abuse-heading = آپ نے جو بتایا ہے وہ قانون کے خلاف ہو سکتا ہے
review-abuse-text = کارکنوں سے بھرتی کی فیس لینا، ان کا پاسپورٹ یا شناختی کاغذات اپنے پاس رکھنا، وہاں پہنچنے کے بعد معاہدہ بدل دینا اور وعدے کے مطابق تنخواہ نہ دینا بین الاقوامی معیارات اور بہت سے ممالک کے قانون کے تحت منع ہے۔ آپ کسی ایسے ادارے میں خفیہ شکایت درج کر سکتے ہیں جو کارروائی کر سکتا ہے؛ آپ کو اپنا نام بتانے کی ضرورت نہیں۔
review-abuse-rights-link = اپنے حقوق جانیں
review-back-to-recruiter = واپس ریکروٹنگ ایجنٹ کے صفحے پر

error-review-year = وہ سال لکھیں جب آپ گئے، 1970 سے اس سال تک۔
error-review-rating = 1 سے 5 تک کوئی ریٹنگ چنیں۔
error-review-rating-required = 1 سے 5 تک اپنی مجموعی ریٹنگ چنیں۔
error-review-text-long = یہ تحریر بہت لمبی ہے۔ اسے زیادہ سے زیادہ 5,000 حروف تک چھوٹا کریں۔
error-review-sub-agent = سب ایجنٹ کا نام حروف میں لکھیں، یا یہ خانہ خالی چھوڑ دیں۔
error-review-language = فہرست میں سے کوئی زبان چنیں۔
error-review-page = صفحہ نمبر 1 سے 1000 تک کا کوئی پورا عدد ہونا چاہیے۔
error-review-json = یہ درخواست رائے کے لیے درست JSON نہیں ہے، یا اس میں کوئی ایسا خانہ ہے جسے ہم نہیں جانتے۔
error-review-cost-repeated = ہر قسم کا خرچ صرف ایک بار لکھا جا سکتا ہے۔

cost-fee = بھرتی کی فیس
cost-fee-hint = نوکری ڈھونڈنے یا دلوانے کے بدلے دیے گئے پیسے، چاہے کسی نے بھی لیے ہوں۔
cost-medical = طبی (میڈیکل)
cost-medical-hint = طبی معائنے، ٹیسٹ، ویکسین۔
cost-insurance = انشورنس
cost-insurance-hint = زندگی، صحت یا حفاظت کی انشورنس؛ بیرونِ ملک جانے والے کارکنوں کے ویلفیئر فنڈ۔
cost-skills = مہارت اور زبان کے امتحان
cost-skills-hint = ٹریڈ ٹیسٹ، زبان کے ٹیسٹ، سرٹیفکیٹ۔
cost-training = تربیت اور رہنمائی
cost-training-hint = روانگی سے پہلے یا پہنچنے کے بعد کی تربیت۔
cost-equipment = سامان
cost-equipment-hint = اوزار، وردی، حفاظتی سامان۔
cost-travel = سفر اور رہائش
cost-travel-hint = انٹرویو، تربیت، ویزا کی اپائنٹمنٹ، جانے کے سفر اور وطن واپسی کے لیے ٹکٹ اور رہائش۔
cost-administrative = کاغذات اور پرمٹ
cost-administrative-hint = پاسپورٹ، ویزا، پس منظر کی جانچ، روانگی کی اجازت (پروٹیکٹر)، بینک اکاؤنٹ، ورک پرمٹ اور رہائشی پرمٹ (اقامہ)۔
cost-illegitimate = رشوت، ڈپازٹ اور ضمانتی بانڈ
cost-illegitimate-hint = ایسی ادائیگیاں جو ہر حال میں ناجائز ہیں: رشوت، خفیہ کمیشن، ڈپازٹ، ضمانتی بانڈ، دھمکی دے کر وصولی۔

paid-to-recruiter = ریکروٹنگ ایجنسی
paid-to-sub_agent = سب ایجنٹ یا دلال
paid-to-employer = آجر (کام دینے والا)
paid-to-other = کوئی اور

lender-recruiter = ریکروٹنگ ایجنسی
lender-moneylender = سود پر قرض دینے والا (ساہوکار)
lender-bank = بینک
lender-cooperative = کوآپریٹو یا مائیکروفنانس گروپ
lender-family = گھر والے یا دوست
lender-employer = آجر
lender-other = کوئی اور

visa-work = ورک ویزا
visa-domestic_work = گھریلو ملازم کا ویزا
visa-seasonal = موسمی کام کا ویزا
visa-visit = وزٹ یا سیاحتی ویزا
visa-student = اسٹوڈنٹ ویزا
visa-other = کوئی اور ویزا

check-contract_before_departure = کیا روانگی سے پہلے آپ کو لکھا ہوا معاہدہ ملا؟
check-contract_understood = کیا معاہدہ ایسی زبان میں تھا جو آپ سمجھتے ہیں؟
check-contract_substituted = کیا وہاں پہنچنے کے بعد آپ سے کسی دوسرے معاہدے پر دستخط کروائے گئے؟
check-documents_kept = کیا کسی نے آپ کا پاسپورٹ یا شناختی کارڈ اپنے پاس رکھ لیا؟
check-job_as_promised = کیا کام ویسا ہی تھا جیسا وعدہ کیا گیا تھا؟
check-wage_as_promised = کیا تنخواہ اتنی ہی تھی جتنی کا وعدہ کیا گیا تھا؟
check-free_to_change_employer = کیا آپ اپنی مرضی سے آجر بدل سکتے تھے؟
check-info_accurate = کیا روانگی سے پہلے ملنے والی معلومات درست تھیں؟

rating-fees_honesty = فیس کے بارے میں ایمانداری
rating-job_truth = کام کے بارے میں سچائی
rating-contract_documents = معاہدہ اور کاغذات
rating-support_after_arrival = پہنچنے کے بعد مدد
rating-overall = مجموعی ریٹنگ

review-status-pending = ماڈریٹر کا انتظار ہے
review-status-approved = شائع ہو گئی
review-status-rejected = شائع نہیں ہوئی

reject-reason-not_a_review = یہ اس ریکروٹنگ ایجنٹ کے بارے میں رائے نہیں ہے
reject-reason-spam = اشتہار یا اسپام
reject-reason-abusive = گالی گلوچ یا دھمکی آمیز زبان
reject-reason-personal_data = شائع کرنے کے لیے بہت زیادہ ذاتی معلومات
reject-reason-duplicate = کسی دوسری رائے کی نقل
reject-reason-wrong_recruiter = کسی دوسرے ریکروٹنگ ایجنٹ کے بارے میں
reject-reason-other = کوئی اور وجہ

score-heading = اسکور کارڈ
score-no-reviews = ابھی تک کوئی رائے شائع نہیں ہوئی۔
score-rating-out-of-five = 5 میں سے { $rating }
score-review-count = { $count ->
    [one] { $count } شخص کی رائے کی بنیاد پر
   *[other] { $count } لوگوں کی رائے کی بنیاد پر
}
score-rating-explained = جب تک کافی کارکن اس ایجنٹ کے بارے میں رائے نہ دے دیں، اس کی ریٹنگ تمام ریکروٹنگ ایجنٹوں کی اوسط کی طرف جھکی رہتی ہے، تاکہ صرف چند لوگوں کی رائے سے یہ بہت اچھی یا بہت بری نہ لگے۔
score-rating-mean = اوسط مجموعی ریٹنگ
score-share-charged = جن کارکنوں سے فیس یا خرچ لیا گیا
score-share-documents = جن کارکنوں کا پاسپورٹ یا شناختی کارڈ رکھ لیا گیا
score-share-substituted = جن کارکنوں کا معاہدہ بدل دیا گیا
score-share-job-not = جن کارکنوں کو وعدے کے مطابق کام نہیں ملا
score-share-again = جو کارکن دوبارہ اس ایجنٹ کے ذریعے جائیں گے
score-median-cost = کل ادا کی گئی رقم، درمیانی عدد (میڈین) ({ $currency })
score-median-ratio = پہلے مہینے کی تنخواہ کے مقابلے میں خرچ، درمیانی عدد (میڈین)
score-months-of-wages = { $months } مہینوں کی تنخواہ
score-withheld = ابھی کافی لوگوں نے رائے نہیں دی
score-k-explained = کوئی عدد تب ہی دکھایا جاتا ہے جب کم از کم 5 کارکن جواب دے چکے ہوں، تاکہ کسی کو پہچانا نہ جا سکے۔

review-language-filter = اس زبان میں لکھی گئی رائے دکھائیں
review-language-any = کوئی بھی زبان
review-language-filter-submit = دکھائیں
review-list-empty = ابھی تک کوئی رائے شائع نہیں ہوئی۔
review-rating-line = ریٹنگ: 5 میں سے { $rating }
review-departed = { $year } میں گئے
review-would-use-again = دوبارہ اس ریکروٹنگ ایجنٹ کے ذریعے جائیں گے۔
review-would-not-use-again = دوبارہ اس ریکروٹنگ ایجنٹ کے ذریعے نہیں جائیں گے۔

pii-phone = فون نمبر
pii-email = ای میل ایڈریس
pii-passport = پاسپورٹ یا شناختی کارڈ نمبر
pii-url = ویب سائٹ کا پتہ

moderate-title = ماڈریشن
moderate-heading = ماڈریشن کے انتظار میں رائے
moderate-pending-count = { $count ->
    [one] { $count } رائے انتظار میں ہے، سب سے پرانی پہلے۔
   *[other] { $count } رائے انتظار میں ہیں، سب سے پرانی پہلے۔
}
moderate-empty = کوئی رائے انتظار میں نہیں ہے۔
moderate-approved = رائے شائع ہو گئی۔
moderate-rejected = رائے مسترد کر دی گئی۔
moderate-gone = اس رائے کا فیصلہ کوئی دوسرا ماڈریٹر پہلے ہی کر چکا ہے۔
moderate-review-title = رائے کی ماڈریشن کریں
moderate-review-heading = ماڈریشن کے انتظار میں رائے
moderate-back = واپس قطار پر
moderate-status = حیثیت:
moderate-corridor = سفر
moderate-sub-agent-note = اس رائے میں ایک سب ایجنٹ کا نام ہے؛ شائع ہونے کے بعد یہ اس کے کھاتے میں گنی جائے گی:
moderate-no-text = کارکن نے کچھ نہیں لکھا۔
moderate-collected-paper = { $who } نے کاغذ پر جمع کیا
moderate-collected-partner = شراکت دار تنظیم { $who } نے بھیجا
moderate-collected-phone = { $who } نے ٹیلی فون پر جمع کیا
moderate-collected-batch = درآمدی کھیپ { $batch }
moderate-redact-found = ذاتی معلومات ملیں: شائع کرتے وقت جن چیزوں پر نشان لگا ہے ان کی جگہ […] لکھا جائے گا
moderate-redact-text = یہ تحریر بھی بالکل اسی طرح ہٹا دیں
moderate-redact-text-hint = یہ جہاں جہاں آئے، وہاں […] لکھا جائے گا۔ اگر اور کچھ نہیں ہٹانا تو خالی چھوڑ دیں۔
moderate-approve = شائع کریں
moderate-reason = مسترد کرنے کی وجہ
moderate-reject = مسترد کریں
moderate-error-span = ذاتی معلومات کا وہ حصہ اب تحریر میں نہیں ہے۔ صفحہ دوبارہ لوڈ کریں۔
moderate-error-redact-text = ہٹانے والی تحریر بہت لمبی ہے یا اس میں کنٹرول حروف ہیں۔
moderate-error-redact-missing = ہٹانے والی تحریر اس رائے میں موجود نہیں۔
moderate-error-reason = مسترد کرنے کی کوئی وجہ چنیں۔

account-reviews-heading = آپ کی دی ہوئی رائے
account-reviews-none = آپ نے ابھی تک کسی ریکروٹنگ ایجنٹ کے بارے میں رائے نہیں دی۔
account-review-edit = بدلیں
account-review-year = { $year } میں گئے
review-abuse-complaint-link = خفیہ شکایت درج کریں
review-abuse-complaint-hint = شکایت کا فارم اس رائے میں لکھی گئی باتوں کے ساتھ کھلے گا۔ آپ اسے دیکھیں، جو ہوا وہ لکھیں، اور چنیں کہ اسے کون دیکھ سکتا ہے۔ نام بتانا ضروری نہیں۔
moderate-changed = آپ کے کھولنے کے بعد لکھنے والے نے یہ رائے بدل دی۔ نیچے دوبارہ پڑھیں، پھر فیصلہ کریں۔

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = جنس
review-gender-hint = اختیاری۔ یہ آپ کی رائے کے ساتھ کبھی نہیں دکھایا جاتا: صرف کم از کم 5 مزدوروں کے گروپ کی رپورٹوں میں گنا جاتا ہے۔
gender-woman = عورت
gender-man = مرد
gender-another = کوئی اور جنس
moderate-names-title = ڈائریکٹری میں شامل ہونے کے منتظر نام
moderate-names-hint = مزدوروں نے شکایات یا تبصروں میں ان سب ایجنٹوں کے نام لیے ہیں۔ آپ کا منظور کیا ہوا نام اگلی ہفتہ وار اشاعت میں عوامی ڈائریکٹری میں شامل ہو جاتا ہے۔ گالیاں، نجی افراد کے نام اور ہر وہ چیز جو بھرتی کرنے والا نہیں، مسترد کریں۔
moderate-names-empty = کوئی نام منتظر نہیں۔
moderate-names-looks-like = فہرست میں شامل ایجنسی جیسا لگتا ہے:
moderate-names-approve = منظور کریں
moderate-names-refuse = مسترد کریں
moderate-names-approved = منظور: یہ نام اگلی ہفتہ وار اشاعت میں ڈائریکٹری میں شامل ہو جائے گا۔
moderate-names-refused = مسترد: یہ نام ڈائریکٹری میں نہیں آئے گا۔
moderate-names-gone = کسی اور ماڈریٹر نے اس نام کا فیصلہ پہلے ہی کر دیا ہے۔
moderate-names-more = مزید نام منتظر ہیں: اگلے نام دیکھنے کے لیے ان کا فیصلہ کریں۔
