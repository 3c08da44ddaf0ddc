# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = اردو
site-name = FairRecruit

## Page frame
nav-label = مرکزی مینیو
nav-skip-to-content = سیدھا مواد پر جائیں
nav-recruiters = ریکروٹنگ ایجنٹ
nav-rights = آپ کے حقوق
language-switcher-label = زبان
footer-free = FairRecruit کارکنوں کے لیے مفت ہے۔ آپ کو کبھی اپنا نام بتانے کی ضرورت نہیں۔
footer-privacy = آپ جو کچھ بھی بھیجیں، ہم اس کے ساتھ آپ کا IP ایڈریس محفوظ نہیں کرتے۔

## Home
home-title = پیسے دینے سے پہلے ریکروٹنگ ایجنٹ کو جانچیں
home-heading = کسی کو بھی پیسے دینے سے پہلے ریکروٹنگ ایجنٹ کو جانچیں
home-lead = کسی ریکروٹنگ ایجنسی کے بارے میں معلوم کریں: کیا اس کا لائسنس درست ہے، یہ کارکنوں کو کہاں بھیجتی ہے، اور جو دوسرے کارکن اس کے ذریعے گئے ان کے ساتھ کیا ہوا۔
home-directory-size = { $count ->
    [0] ابھی تک فہرست میں کوئی ریکروٹنگ ایجنٹ نہیں ہے۔
    [one] فہرست میں ایک ریکروٹنگ ایجنٹ ہے۔
   *[other] فہرست میں { $count } ریکروٹنگ ایجنٹ ہیں۔
}
home-what-heading = FairRecruit کس کام آتا ہے
home-what-lookup = ریکروٹنگ ایجنسیوں کی لائسنس فہرستوں میں نام یا لائسنس نمبر سے تلاش کریں۔
home-what-review = دوسرے کارکنوں کو بتائیں کہ آپ نے کتنے پیسے دیے اور آپ کے ساتھ کیسا سلوک ہوا۔
home-what-complain = شکایت درج کریں، چاہیں تو اپنا نام بتائے بغیر۔ آپ کو ایک رسید ملے گی جس سے آپ اپنی شکایت کی پیروی کر سکیں۔
home-free = FairRecruit استعمال کرنا مفت ہے۔ بین الاقوامی معیارات کے مطابق آپ کی بھرتی کا خرچ آپ کو نہیں، بلکہ آجر (کام دینے والے) کو ادا کرنا چاہیے۔
home-rights-link = اپنے حقوق جانیں: بھرتی کا خرچ کس کو ادا کرنا چاہیے

## Search
search-label = ریکروٹنگ ایجنٹ کا نام یا لائسنس نمبر
search-placeholder = مثلاً Himalaya یا 1234/071
search-button = تلاش کریں
filters-heading = فلٹر
filter-licensing-country = لائسنس دینے والا ملک
filter-destination = کارکن کس ملک بھیجتا ہے
filter-status = لائسنس کی حیثیت
filter-any-country = کوئی بھی ملک
filter-any-status = کوئی بھی حیثیت
results-title = ریکروٹنگ ایجنٹ
results-heading = ریکروٹنگ ایجنٹ تلاش کریں
results-none = آپ کی تلاش سے کوئی ریکروٹنگ ایجنٹ نہیں ملا۔ ہجے دوبارہ دیکھیں، نام کا کچھ حصہ لکھ کر دیکھیں، یا کوئی فلٹر ہٹا دیں۔
results-empty-directory = ریکروٹنگ ایجنٹ دیکھنے کے لیے نام یا لائسنس نمبر لکھیں، یا کوئی ملک چنیں۔
pager-label = صفحات
pager-previous = پچھلا صفحہ
pager-next = اگلا صفحہ
pager-page = صفحہ { $page }

## Licence statuses
licence-status-active = لائسنس فعال ہے
licence-status-suspended = لائسنس معطل ہے
licence-status-revoked = لائسنس منسوخ ہو چکا ہے
licence-status-expired = لائسنس کی مدت ختم ہو چکی ہے

## Recruiter profile
recruiter-licence-status = لائسنس کی حیثیت
recruiter-licence-number = لائسنس نمبر
recruiter-licensing-country = لائسنس دینے والا ملک
recruiter-address = پتہ
recruiter-destinations = کارکن ان ممالک میں بھیجتا ہے
recruiter-destinations-none = معلوم نہیں
recruiter-sub-agent = سب ایجنٹ، بغیر لائسنس
recruiter-sub-agent-explained = کارکنوں نے اس شخص یا دفتر کا نام بیچ کے آدمی (دلال) کے طور پر لیا ہے۔ یہ کسی لائسنس فہرست میں شامل نہیں۔
recruiter-not-active-warning = یہ لائسنس فعال نہیں ہے۔ جس ریکروٹنگ ایجنٹ کا لائسنس فعال نہ ہو، وہ کارکن بھرتی نہیں کر سکتا۔ اسے پیسے نہ دیں۔
recruiter-history-heading = لائسنس کا ریکارڈ
recruiter-history-date = تاریخ
recruiter-history-none = لائسنس میں کوئی تبدیلی درج نہیں ہے۔
recruiter-reviews-heading = کارکن کیا کہتے ہیں

## Know your rights
rights-title = آپ کے حقوق
rights-heading = بیرونِ ملک کام کے لیے بھرتی ہوتے وقت آپ کے حقوق
rights-epp-heading = خرچ آجر دے گا، آپ نہیں
rights-epp-body = آجر کی جانب سے ادائیگی کے اصول (Employer Pays Principle) کے مطابق کسی بھی کارکن کو نوکری حاصل کرنے کے لیے پیسے نہیں دینے چاہییں۔ بھرتی کی ہر فیس اور ہر خرچ آجر کو ادا کرنا چاہیے۔
rights-epp-c181 = بین الاقوامی ادارہ محنت (ILO) کا کنونشن 181، آرٹیکل 7: ایجنسیاں کارکنوں سے براہِ راست یا بالواسطہ، مکمل یا جزوی طور پر، کوئی فیس یا اخراجات وصول نہیں کریں گی۔
rights-fees-heading = بھرتی کی فیس یا خرچ میں کیا کچھ شامل ہے
rights-fees-intro = ریکروٹنگ ایجنٹ کی سروس کی فیس ادا کرنا کبھی بھی آپ کی ذمہ داری نہیں، چاہے وہ کوئی بھی وصول کرے اور کبھی بھی کرے۔ ILO نے یہ متعلقہ اخراجات بھی گنوائے ہیں، جو آجر کو ادا کرنے چاہییں:
rights-illegitimate = رشوت، نذرانے، خفیہ کمیشن، ضمانتی بانڈ، ڈپازٹ، اور اخراجات کی واپسی کے نام پر غیر قانونی فیس کبھی بھی، کسی کے لیے بھی جائز نہیں۔
rights-documents-heading = آپ کا پاسپورٹ آپ کا ہے
rights-documents-body = کوئی بھی آپ کی مرضی کے خلاف آپ کا پاسپورٹ یا شناختی کارڈ اپنے پاس نہیں رکھ سکتا: نہ ریکروٹنگ ایجنٹ، نہ آجر۔ انہیں روک کر رکھنا جبری مشقت کی نشانی ہے۔
rights-contract-heading = آپ کا معاہدہ
rights-contract-body = روانگی سے پہلے آپ کو لکھا ہوا معاہدہ (کنٹریکٹ) ملنا چاہیے، ایسی زبان میں جو آپ کو سمجھ آتی ہو۔ اگر وہاں پہنچنے پر کام، تنخواہ، آجر یا کام کے اوقات بدل جائیں، تو اسے معاہدے کی تبدیلی کہتے ہیں۔
rights-help-heading = اگر کچھ غلط ہو گیا ہو
rights-help-body = FairRecruit پر شکایت درج کریں، اپنا نام بتانا ضروری نہیں۔ شکایت ان اداروں تک جائے گی جو آپ کے اپنے ملک میں اور کام والے ملک میں کارروائی کر سکتے ہیں۔
rights-not-legal-advice = یہ صفحہ بین الاقوامی معیارات کو مختصر طور پر بیان کرتا ہے۔ یہ قانونی مشورہ نہیں ہے۔

## Errors
error-go-home = مرکزی صفحے پر جائیں
error-status = خرابی کا کوڈ { $status }
error-invalid-input-title = درخواست میں کچھ ٹھیک نہیں ہے
error-invalid-input = درخواست سمجھ میں نہیں آ سکی۔ جو آپ نے لکھا ہے اسے دیکھیں اور دوبارہ کوشش کریں۔
error-not-found-title = صفحہ نہیں ملا
error-not-found = ہمیں یہ صفحہ یا ریکروٹنگ ایجنٹ نہیں مل سکا۔ ہو سکتا ہے لنک غلط یا پرانا ہو۔
error-method-not-allowed-title = اجازت نہیں
error-method-not-allowed = یہ لنک اس قسم کی درخواست قبول نہیں کرتا۔
error-payload-too-large-title = ڈیٹا بہت زیادہ ہے
error-payload-too-large = جو بھیجا گیا وہ بہت بڑا ہے۔ کم بھیجیں اور دوبارہ کوشش کریں۔
error-request-timeout-title = بہت سست
error-request-timeout = آپ کا بھیجا ہوا پہنچنے میں بہت دیر لگی۔ اپنا کنکشن دیکھیں اور دوبارہ بھیجیں۔
error-service-unavailable-title = FairRecruit تھوڑی دیر کے لیے دستیاب نہیں
error-service-unavailable = ہم اس وقت اپنے ڈیٹا بیس تک نہیں پہنچ پا رہے۔ آپ کا بھیجا ہوا کچھ بھی ضائع نہیں ہوا۔ براہِ کرم چند منٹ بعد دوبارہ کوشش کریں۔
error-internal-title = کچھ غلط ہو گیا
error-internal = ہماری طرف سے کوئی خرابی ہو گئی۔ براہِ کرم کچھ دیر بعد دوبارہ کوشش کریں۔
error-query-too-long = تلاش بہت لمبی ہے۔ زیادہ سے زیادہ 200 حروف استعمال کریں۔
error-query-forbidden-chars = تلاش میں نظر نہ آنے والے کنٹرول حروف ہیں۔ انہیں ہٹا کر دوبارہ لکھیں۔
error-invalid-encoding = لنک میں ایسے حروف ہیں جو پڑھے نہیں جا سکے۔
error-unknown-parameter = لنک میں ایک ایسی سیٹنگ ہے جسے ہم نہیں جانتے۔
error-repeated-parameter = لنک میں ایک ہی سیٹنگ دو بار دی گئی ہے۔
error-invalid-country = فہرست میں سے کوئی ملک چنیں۔
error-invalid-status = فہرست میں سے لائسنس کی کوئی حیثیت چنیں۔
error-invalid-page = صفحہ نمبر 1 سے 500 تک کا کوئی پورا عدد ہونا چاہیے۔
error-invalid-per-page = ہر صفحے پر نتائج کی تعداد 1 سے 100 تک ہونی چاہیے۔
error-choice = فہرست میں سے چنیں۔
error-text-long = یہ تحریر بہت لمبی ہے۔
error-text-chars = اس تحریر میں نظر نہ آنے والے کنٹرول حروف یا ناقابلِ پڑھ حروف ہیں۔ انہیں ہٹا کر دوبارہ لکھیں۔
error-text-markup = اس تحریر میں کمپیوٹر کوڈ کی طرح "<" کے بعد حروف ہیں۔ ان کے بغیر لکھیں۔
error-amount = رقم صرف ہندسوں میں لکھیں، مثلاً 150000 یا 1500.50، زیادہ سے زیادہ 10,000,000,000 تک۔
error-currency = اپنی رقموں کی کرنسی چنیں۔
error-interest = ماہانہ سود 0 سے 100 تک کے عدد میں لکھیں۔

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ،
nav-account = اکاؤنٹ
nav-sign-in = لاگ اِن
error-unauthorized-title = براہِ کرم لاگ اِن کریں
error-unauthorized = اس کے لیے آپ کو لاگ اِن کرنا ہو گا۔ ہو سکتا ہے آپ کا سیشن ختم ہو گیا ہو۔
error-forbidden-title = اجازت نہیں
error-forbidden = آپ کے اکاؤنٹ سے یہ صفحہ نہیں کھل سکتا۔
error-conflict-title = پہلے ہی موصول ہو چکی ہے
error-conflict = یہ درخواست پہلے موصول ہونے والی ایک درخواست سے متصادم ہے۔ کچھ بھی نیا محفوظ نہیں کیا گیا۔
error-idempotency-reused = یہ Idempotency-Key پہلے ہی کسی دوسری درخواست کے لیے استعمال ہو چکی ہے۔ نئی درخواست کے لیے نئی کلید (key) استعمال کریں؛ کچھ بھی نیا محفوظ نہیں کیا گیا۔
error-idempotency-in-progress = اس Idempotency-Key والی پہلی درخواست کا جواب ابھی تیار ہو رہا ہے۔ اس کا جواب حاصل کرنے کے لیے تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-idempotency-key = Idempotency-Key ہیڈر میں 1 سے 255 تک نظر آنے والے ASCII حروف ہونے چاہئیں، مثلاً کوئی رینڈم UUID۔
error-attestation-language = رضامندی کی تصدیق (attestation) کی زبان اس سروس کے زبان کوڈز میں سے ایک ہونی چاہیے، مثلاً ne، ar یا id۔
error-attestation-channel = رضامندی کی تصدیق (attestation) کا چینل ان میں سے ایک ہونا چاہیے: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other۔
error-attestation-time = رضامندی کی تصدیق (attestation) کا consented_at آفسیٹ (offset) کے ساتھ تاریخ اور وقت (RFC 3339) ہونا چاہیے، مستقبل کا نہیں اور زیادہ سے زیادہ 30 دن پرانا۔ اگر رضامندی اس سے پرانی ہو تو مزدور سے دوبارہ پوچھیں۔
error-partner-reference = شراکت دار کا حوالہ (reference) 1 سے 100 تک نظر آنے والے ASCII حروف کا ہونا چاہیے، بغیر اسپیس کے۔
error-partner-reference-taken = یہ شراکت دار اس حوالے (reference) سے پہلے ہی ایک شکایت درج کر چکا ہے۔ نئی بات چیت کے لیے نیا حوالہ استعمال کریں، یا کسی درخواست کو دہرانے کے لیے وہی Idempotency-Key استعمال کریں۔
error-too-many-requests-title = براہِ کرم انتظار کریں
error-too-many-requests = تھوڑے وقت میں بہت زیادہ کوششیں ہوئیں۔ کچھ دیر انتظار کریں، پھر دوبارہ کوشش کریں۔
error-sign-in-failed = یوزر نیم، پاس ورڈ یا کوڈ درست نہیں ہے۔
error-csrf = اس فارم کی مدت ختم ہو گئی ہے۔ واپس جائیں، صفحہ دوبارہ لوڈ کریں اور فارم پھر سے بھیجیں۔
error-cross-site = یہ فارم کسی دوسری ویب سائٹ سے بھیجا گیا تھا، اس لیے ہم نے اسے قبول نہیں کیا۔

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API ریفرنس
api-docs-intro = ایپس اور شراکت دار اداروں کے لیے JSON API: ہر آپریشن، وہ کیا لیتا ہے اور کیا جواب دیتا ہے۔ نیچے دی گئی تفصیلات انگریزی میں ہیں۔
# Link to the same reference as a machine-readable file.
api-docs-openapi = یہی ریفرنس OpenAPI دستاویز کی صورت میں (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = آپریشنز
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = رسائی کا ٹوکن (bearer token) درکار ہے (Authorization: Bearer …)۔
api-docs-parameters = پیرامیٹرز
# Heading: what the caller sends in the request's body.
api-docs-body = درخواست کا مواد
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = جوابات
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = ڈیٹا کی اقسام
# Column heading: a field's or parameter's name.
api-docs-name = نام
# Column heading: a field's data type (string, integer …).
api-docs-type = قسم
api-docs-description = تفصیل
# Marks a field the caller must send.
api-docs-required = ضروری

## Drafts kept on the phone (review and complaint forms)
draft-kept = آپ یہاں جو لکھتے ہیں وہ بھیجنے یا مٹانے تک صرف اسی فون پر مسودے کے طور پر رکھا جاتا ہے۔ اس فون کو استعمال کرنے والا کوئی بھی اسے پڑھ سکتا ہے۔
draft-files = تصاویر اور فائلیں مسودے میں نہیں رکھی جاتیں: بھیجنے سے پہلے انہیں دوبارہ منتخب کریں۔
draft-restored = آپ کا مسودہ واپس بھر دیا گیا۔ اسے دیکھ لیں، پھر بھیجیں۔
draft-delete = مسودہ مٹائیں
error-csrf-stale = اس فارم کی مدت ختم ہو گئی تھی، اس لیے کچھ نہیں بھیجا گیا۔ آپ نے جو کچھ لکھا تھا وہ نیچے ہے: اسے دیکھیں اور دوبارہ بھیجیں۔
