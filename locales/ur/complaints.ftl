# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## شکایت کا فارم

complaint-new-title = شکایت درج کریں
complaint-new-heading = خفیہ شکایت درج کریں
complaint-new-intro = ہمیں بتائیں کیا ہوا۔ ہم یہ شکایت صرف انہی اداروں کو بھیجتے ہیں جنہیں آپ چنیں، اور جو آپ کے سفر کے ملکوں میں کام کرتے ہیں۔ صرف بھرتی کرنے والی ایجنسی اور دونوں ملک ضروری ہیں۔
complaint-new-safety = آپ کو اپنا نام، ای میل یا فون نمبر دینے کی ضرورت نہیں۔ ہم آپ کی امیگریشن حیثیت کبھی نہیں پوچھتے اور امیگریشن حکام کو کچھ نہیں دیتے۔
complaint-section-recruiter = آپ کو کس نے بھرتی کیا
complaint-about = بارے میں:
complaint-recruiter-hint = فہرست میں ایجنسی تلاش کریں اور وہاں "اس ایجنسی کے بارے میں خفیہ شکایت درج کریں" چنیں، یا نیچے ایجنٹ یا دلال کا نام لکھیں۔
complaint-recruiter-find = فہرست میں تلاش کریں
complaint-recruiter-link = اس ایجنسی کے بارے میں خفیہ شکایت درج کریں
complaint-field-sub-agent = ایجنٹ یا دلال کا نام
complaint-sub-agent-hint = بغیر لائسنس کا بیچ کا آدمی، جیسے گاؤں کا دلال۔ نام ویسے لکھیں جیسے آپ جانتے ہیں۔
complaint-field-sub-agent-country = وہ ملک جہاں یہ ایجنٹ کام کرتا ہے
complaint-choose = — چنیں —
complaint-section-journey = آپ کا سفر
complaint-field-origin = آپ کس ملک سے روانہ ہوئے
complaint-field-destination = آپ کس ملک گئے (یا جا رہے تھے)
complaint-field-stage = آپ اب کہاں ہیں؟
complaint-field-sector = کام کی قسم
complaint-field-occupation = آپ کا کام
complaint-field-departure-year = روانگی کا سال
complaint-section-danger = آپ کی حفاظت
complaint-field-in-danger = میں اس وقت خطرے میں ہوں
complaint-in-danger-hint = اگر آپ یا کوئی اور اس وقت نقصان کے خطرے میں ہے تو اس پر نشان لگائیں۔ ایسی شکایات پہلے پڑھی جاتی ہیں۔ ہنگامی حالت میں مقامی ایمرجنسی نمبر پر بھی فون کریں۔
complaint-field-workers = آپ سمیت اس سے کتنے مزدور متاثر ہیں؟
complaint-section-issues = کیا ہوا
complaint-issues-hint = جو کچھ لاگو ہو اس سب پر نشان لگائیں۔ آپ کوئی نشان لگائے بغیر صرف لکھ بھی سکتے ہیں۔
complaint-field-description = اپنے الفاظ میں
complaint-description-hint = کیا ہوا، کب ہوا، اور کون شامل تھا۔ وہ کچھ نہ لکھیں جو آپ نہیں چاہتے کہ ادارے پڑھیں۔
complaint-section-money = پیسے
complaint-money-hint = رقم ہندسوں میں لکھیں، مثلاً 1500 یا 1500.50۔
complaint-field-fee = نوکری پانے کے لیے آپ کی ادا کی ہوئی فیس
complaint-field-currency = کرنسی
complaint-field-promised-wage = آپ سے وعدہ کی گئی ماہانہ تنخواہ
complaint-field-actual-wage = پہلے مہینے ملنے والی تنخواہ
complaint-field-wage-currency = تنخواہ کی کرنسی
complaint-field-visa-type = ویزا کی قسم
complaint-costs-hint = آپ نے کس چیز کے لیے ادائیگی کی؟ ہر قسم کے خرچ پر نشان لگائیں۔
complaint-field-lender = کیا ادائیگی کے لیے قرض لیا؟ کس سے؟
complaint-lender-none = میں نے قرض نہیں لیا
complaint-section-remedy = آپ کیا چاہتے ہیں
complaint-section-consent = آپ کی شکایت کون وصول کر سکتا ہے
complaint-consent-hint = آپ کی شکایت صرف انہی قسم کے اداروں تک پہنچتی ہے جن پر آپ نشان لگائیں، اور صرف انہی تک جو آپ کے ملکوں کو دیکھتے ہیں۔
complaint-share-labour-inspectorate = لیبر انسپکشن (کام کے ملک کی حکومت)
complaint-share-origin-authority = بھرتی کے نگران ادارے (آپ کے اپنے ملک کی حکومت)
complaint-share-trade-union = ٹریڈ یونینز
complaint-share-legal-aid = قانونی امداد کے ادارے
complaint-no-immigration = ان میں سے کوئی ادارہ امیگریشن قانون نافذ نہیں کرتا۔
complaint-section-contact = ہم آپ سے کیسے رابطہ کریں
complaint-account-hint = "میرا اکاؤنٹ" اس شکایت کو اس اکاؤنٹ سے جوڑتا ہے جس سے آپ سائن ان ہیں۔ گمنام رہنے کے لیے "صرف میری رسید" چنیں: پھر کوئی چیز اسے آپ کے اکاؤنٹ سے نہیں جوڑتی۔
complaint-field-contact = آپ کا چنا ہوا رابطہ (فون، واٹس ایپ، ای میل، یا کوئی شخص)
complaint-contact-hint = صرف اگر آپ نے "میرا چنا ہوا رابطہ" چنا ہو۔ ایسا رابطہ دیں جو آپ کے لیے محفوظ ہو۔
complaint-field-safe-times = رابطے کے محفوظ اوقات
complaint-contact-consent = یہ رابطہ کون دیکھ سکتا ہے (صرف وہ ادارے جو شکایت بھی وصول کرتے ہیں):
complaint-section-behalf = کسی مزدور کی طرف سے شکایت
complaint-field-behalf-consent = مزدور نے رضامندی دی ہے کہ میں ان کی طرف سے یہ شکایت درج کروں، اور اوپر کے انتخاب پر بھی۔
complaint-submit = شکایت بھیجیں
complaint-contact-receipt_only = صرف میری رسید (گمنام)
complaint-contact-account = میرا اکاؤنٹ
complaint-contact-contact = میرا چنا ہوا رابطہ

## کیا غلط ہوا: آئی ایل او کے جبری مشقت کے اشارے، پھر بھرتی میں زیادتیاں

complaint-issue-abuse_of_vulnerability = کسی نے میری مشکل حالت کا فائدہ اٹھایا
complaint-issue-deception = مجھے دھوکا دیا گیا یا جھوٹ بولا گیا
complaint-issue-restriction_of_movement = میں باہر جانے یا چھوڑنے میں آزاد نہیں
complaint-issue-isolation = مجھے دوسرے لوگوں سے دور رکھا جاتا ہے
complaint-issue-physical_sexual_violence = جسمانی یا جنسی تشدد
complaint-issue-intimidation_threats = دھمکیاں یا ڈرانا
complaint-issue-retention_of_documents = میرا پاسپورٹ یا شناختی کارڈ مجھ سے روک لیا گیا ہے
complaint-issue-withholding_of_wages = میری تنخواہ روکی جاتی ہے
complaint-issue-debt_bondage = مجھے قرض اتارنے کے لیے کام کرنا پڑتا ہے
complaint-issue-abusive_conditions = کام یا رہائش کے بہت برے حالات
complaint-issue-excessive_overtime = حد سے زیادہ کام کے گھنٹے
complaint-issue-fees_charged = نوکری کے لیے میں نے فیس ادا کی
complaint-issue-job_deception = کام یا تنخواہ وعدے کے مطابق نہیں
complaint-issue-contract_substitution = میرا معاہدہ دوسرے معاہدے سے بدل دیا گیا
complaint-issue-no_contract = کوئی معاہدہ نہیں، یا ایسا معاہدہ جو میں سمجھ نہ سکا
complaint-issue-documents_retained = ایجنسی نے میرے کاغذات رکھ لیے
complaint-issue-wages_unpaid = تنخواہ ادا نہیں ہوئی
complaint-issue-discrimination = امتیازی سلوک
complaint-issue-harassment = ہراسانی
complaint-issue-unlicensed_recruiter = ایجنسی کے پاس لائسنس نہیں تھا
complaint-stage-before_departure = ابھی گھر پر، روانگی سے پہلے
complaint-stage-in_transit = راستے میں
complaint-stage-at_destination = کام کے ملک میں
complaint-stage-returned = گھر واپس آ گیا
complaint-remedy-refund = میرے پیسے واپس
complaint-remedy-unpaid_wages = میری بقایا تنخواہ
complaint-remedy-documents_returned = میرے کاغذات واپس
complaint-remedy-repatriation = گھر واپسی
complaint-remedy-change_of_employer = آجر بدلنا
complaint-remedy-other = کچھ اور

## رسید

receipt-title = آپ کی رسید
receipt-heading = آپ کی شکایت موصول ہو گئی
receipt-intro = یہ آپ کی رسید کا نمبر ہے:
receipt-once = ہم اسے صرف ابھی، ایک بار دکھاتے ہیں۔ ہم اسے محفوظ نہیں رکھتے اور دوبارہ نہیں بھیج سکتے۔ اس کے بغیر کوئی آپ کی شکایت نہیں ڈھونڈ سکتا — آپ خود بھی نہیں۔
receipt-how-write = اسے لکھ لیں یا اس کی تصویر لے لیں، اور کسی محفوظ جگہ رکھیں۔
receipt-how-track = یہ دیکھنے کے لیے کہ کیا ہو رہا ہے، سوالوں کے جواب دینے یا شکایت واپس لینے کے لیے اسے یہاں درج کریں:
receipt-how-safe = جس کے پاس یہ نمبر ہو وہ آپ کی شکایت کے جواب پڑھ سکتا ہے: اسے کسی کو نہ دیں۔
receipt-behalf = یہ نمبر مزدور کو محفوظ طریقے سے دیں۔
receipt-routed = { $count ->
    [one] یہ ایک ادارے کو بھیجی گئی۔
   *[other] یہ { $count } اداروں کو بھیجی گئی۔
}
receipt-unrouted = آپ کے ملکوں کو دیکھنے والا کوئی ادارہ ابھی شامل نہیں ہوا۔ آپ کی شکایت محفوظ ہے اور ہمارے منتظمین کوئی ادارہ تلاش کر رہے ہیں؛ بعد میں اپنی رسید سے دیکھیں۔

## شکایت کی پیروی

track-title = اپنی شکایت دیکھیں
track-heading = اپنی شکایت دیکھیں
track-intro = شکایت درج کرتے وقت ملنے والی 16 ہندسوں کی رسید درج کریں۔
track-field-receipt = رسید نمبر
track-submit = میری شکایت دکھائیں
track-lost = ہم رسیدوں کی کوئی نقل نہیں رکھتے، اس لیے گم شدہ رسید واپس نہیں مل سکتی۔ آپ شکایت دوبارہ درج کر سکتے ہیں۔
track-received = { $day } کو موصول ہوئی۔
track-is-withdrawn = آپ نے یہ شکایت واپس لے لی۔
track-no-referrals = یہ ابھی کسی ادارے تک نہیں پہنچی۔ ہم آپ کے ملکوں کو دیکھنے والا ادارہ تلاش کر رہے ہیں۔
track-kind = قسم
track-status = حیثیت
track-opened = وہاں موصول ہونے کی تاریخ
track-outcome = نتیجہ
track-question-waiting = یہ ادارہ آپ کے جواب کا انتظار کر رہا ہے۔
track-from-you = آپ
track-from-staff = ادارہ
track-answer = آپ کا جواب
track-add-information = مزید معلومات دیں
track-send = بھیجیں
track-message-sent = آپ کا پیغام بھیج دیا گیا۔
track-withdrawn = آپ کی شکایت واپس لے لی گئی۔ اداروں کو اطلاع دے دی گئی۔
track-withdraw-heading = شکایت واپس لیں
track-withdraw-hint = واپس لینے پر ہر ادارہ آپ کی شکایت بند کر دیتا ہے۔ اسے واپس نہیں کیا جا سکتا۔
track-withdraw-confirm = جی ہاں، میں اپنی شکایت واپس لینا چاہتا/چاہتی ہوں
track-withdraw-submit = واپس لیں
track-linked-heading = آپ کے اکاؤنٹ سے جڑی شکایات
track-linked-hint = آپ نے انہیں اپنے اکاؤنٹ سے جوڑنا چنا تھا۔ جواب دینے یا واپس لینے کے لیے اوپر رسید درج کریں۔

## کیس کی حیثیت، ترجیح، نتائج

case-status-new = نیا
case-status-acknowledged = وصولی تسلیم کی گئی
case-status-investigating = تحقیقات جاری
case-status-awaiting_worker = مزدور کے جواب کا انتظار
case-status-resolved = حل ہو گیا
case-status-closed = بند
case-close-reason-out_of_jurisdiction = اس ادارے کے دائرہ اختیار سے باہر
case-close-reason-unfounded = حقائق سے ثابت نہیں ہوا
case-close-reason-withdrawn = مزدور نے واپس لے لی
case-remedy-money_recovered = رقم واپس ملی
case-remedy-documents_returned = کاغذات واپس ملے
case-remedy-licence_action = ایجنسی کے لائسنس کے خلاف کارروائی
case-remedy-prosecution_referral = مقدمے کے لیے بھیجا گیا
case-remedy-other = دوسری داد رسی
case-money-recovered = { $amount } واپس ملے
case-priority-urgent = فوری
case-priority-high = زیادہ
case-priority-normal = عام
case-priority-low = کم
case-action-acknowledge = وصولی تسلیم کریں
case-action-investigate = تحقیقات شروع کریں
case-action-ask_worker = مزدور سے پوچھیں (پہلے پیغام بھیجیں)
case-action-resume = تحقیقات دوبارہ شروع کریں
case-action-resolve = نتیجے کے ساتھ حل کریں
case-action-close = وجہ کے ساتھ بند کریں

## عملہ: کیسوں کی قطار

inspect-title = کیس
inspect-heading = آپ کے ادارے کے کیس
inspect-filter-status = حیثیت
inspect-filter-priority = ترجیح
inspect-filter-country = ملک (روانگی یا منزل)
inspect-filter-recruiter = ایجنسی کی شناخت
inspect-filter-overdue = صرف تاخیر والے
inspect-filter-submit = چھانٹیں
inspect-status-open = کھلے کیس
inspect-status-all = تمام کیس
inspect-priority-any = کوئی بھی ترجیح
inspect-country-any = کوئی بھی ملک
inspect-escalations-heading = اوپر بھیجے گئے (سربراہوں کے لیے)
inspect-escalations-none = کوئی کیس تاخیر کا شکار نہیں۔
inspect-escalation-acknowledge = وقت پر وصولی تسلیم نہیں ہوئی
inspect-escalation-answer = وقت پر جواب نہیں دیا گیا
inspect-queue-heading = قطار: سب سے فوری پہلے، پھر سب سے پرانے
inspect-empty = کوئی مماثل کیس نہیں۔
inspect-same-recruiter = اس ایجنسی کے بارے میں تمام کیس

## عملہ: ایک کیس

case-title = کیس { $id }
case-back = کیسوں پر واپس
case-saved = محفوظ ہو گیا۔
case-withdrawn = مزدور نے یہ شکایت واپس لے لی۔
case-on-behalf = مزدور کی رضامندی سے ایک کیس ورکر نے ان کی طرف سے درج کی۔
case-recruiter-profile = ایجنسی کا صفحہ
case-in-danger = اس وقت خطرے میں
case-overdue = تاخیر
case-sub-agent = بغیر لائسنس کا ایجنٹ
case-priority = ترجیح
case-priority-overridden = (عملے نے مقرر کی)
case-status = حیثیت
case-collective = اجتماعی کیس
case-facts-heading = شکایت
case-fact-received = موصولی
case-fact-corridor = راستہ
case-fact-workers = متاثرہ مزدور
case-fact-acknowledge-by = وصولی تسلیم کرنے کی آخری تاریخ
case-fact-answer-by = جواب کی آخری تاریخ
case-fact-licensing-country = لائسنس دینے والا ملک
case-fact-sector = شعبہ
case-fact-occupation = پیشہ
case-fact-departure-year = روانگی کا سال
case-fact-stage = مزدور اب کہاں ہے
case-fact-fee = نوکری کے لیے ادا کی گئی فیس
case-fact-promised-wage = وعدہ کی گئی ماہانہ تنخواہ
case-fact-actual-wage = پہلے مہینے ملنے والی تنخواہ
case-fact-issues = کیا ہوا
case-fact-remedies = مزدور کیا چاہتا ہے
case-fact-description = مزدور کے اپنے الفاظ میں
case-fact-contact = مزدور کا چنا ہوا رابطہ
case-fact-safe-times = رابطے کے محفوظ اوقات
case-fact-costs = جن چیزوں کے لیے خرچ ادا کیا
case-fact-loan = ادائیگی کے لیے قرض
case-fact-visa-type = ویزا کی قسم
case-contact-heading = رابطہ
case-contact-withheld = مزدور نے رابطہ دیا ہے لیکن آپ کی قسم کے ادارے کو دیکھنے کی اجازت نہیں دی۔ نیچے پیغامات کے ذریعے لکھیں: وہ اپنی رسید سے پڑھتے ہیں۔
case-contact-none = مزدور صرف اپنی رسید سے شکایت دیکھتے ہیں۔ نیچے پیغامات کے ذریعے لکھیں۔
case-collective-heading = اجتماعی کیس
case-collective-member = اجتماعی کیس { $id } کا حصہ:
case-same-recruiter = { $count ->
    [0] یہاں اس ایجنسی کے بارے میں کوئی اور کھلا کیس نہیں۔
    [one] یہاں اس ایجنسی کے بارے میں ایک اور کھلا کیس ہے۔
   *[other] یہاں اس ایجنسی کے بارے میں { $count } اور کھلے کیس ہیں۔
}
case-group-submit = انہیں ایک اجتماعی کیس میں جمع کریں
case-actions-heading = اگلا قدم
case-field-action = قدم
case-field-reason = وجہ یا نوٹ (بند کرنے کے لیے ضروری)
case-field-priority-reason = وجہ (ضروری)
case-field-close-reason = بند کرنے کی وجہ
case-field-remedies = نتیجہ: حاصل شدہ داد رسی
case-field-amount = واپس ملی رقم
case-field-whole-group = اجتماعی کیس کے تمام کیسوں پر لاگو کریں
case-action-submit = یہ قدم درج کریں
case-messages-heading = پیغامات اور نوٹ
case-messages-none = ابھی کوئی پیغام نہیں۔
case-note = اندرونی نوٹ
case-from-worker = مزدور کی طرف سے
case-to-worker = مزدور کے لیے
case-field-message = مزدور کے لیے پیغام
case-field-internal = اندرونی نوٹ (مزدور اسے کبھی نہیں دیکھتا)
case-message-submit = بھیجیں
case-priority-heading = ترجیح بدلیں
case-priority-submit = ترجیح بدلیں
case-refer-heading = آگے بھیجیں
case-refer-hint = کسی دوسرے ادارے میں کیس کھولتا ہے۔ صرف وہی قسم کے ادارے دکھائے جاتے ہیں جن پر مزدور نے رضامندی دی۔
case-field-organisation = ادارہ
case-refer-submit = آگے بھیجیں
case-timeline-heading = واقعات کی ترتیب
case-step-opened = کیس کھولا گیا
case-step-referred-on = دوسرے ادارے کو بھیجا گیا
case-step-priority = ترجیح بدلی گئی
case-step-grouped = اجتماعی کیس میں شامل کیا گیا
case-step-escalated = آخری تاریخ گزر گئی: سربراہوں کو اطلاع دی گئی

## منتظمین

unrouted-title = شکایات جو ابھی کہیں نہیں بھیجی گئیں
unrouted-heading = شکایات جو کسی ادارے کو نہیں ملیں
unrouted-intro = یہ شکایات کسی ادارے کے ملکوں اور مزدور کی منظور کردہ قسموں سے نہیں ملتیں۔ ان کا احاطہ کرنے والا ادارہ شامل کریں۔ ان کا مواد یہاں نہیں دکھایا جاتا۔
unrouted-none = ہر شکایت کسی نہ کسی ادارے تک پہنچ گئی۔
unrouted-recruiter = ایجنسی
unrouted-kinds = منظور شدہ قسمیں
unrouted-count = شکایات جو ابھی کہیں نہیں بھیجی گئیں
unrouted-route-hint = ان کا احاطہ کرنے والا ادارہ شامل کرنے کے بعد انتظار کرنے والی شکایات دوبارہ بھیجیں۔
unrouted-route-submit = انتظار کرنے والی شکایات دوبارہ بھیجیں
unrouted-routed = { $count ->
    [one] ایک شکایت کسی ادارے تک پہنچ گئی۔
   *[other] { $count } شکایات کسی ادارے تک پہنچ گئیں۔
}

## غلطیاں

error-complaint-recruiter-required = فہرست سے ایجنسی چنیں، یا ایجنٹ یا دلال کا نام لکھیں۔
error-complaint-recruiter-both = یا فہرست کی ایجنسی دیں یا ایجنٹ کا نام، دونوں نہیں۔
error-complaint-recruiter-unknown = ہمیں فہرست میں یہ ایجنسی نہیں ملی۔
error-complaint-country-required = ملک چنیں۔
error-complaint-corridor-same = دونوں ملک مختلف ہونے چاہییں۔
error-complaint-year = 2024 جیسا سال لکھیں۔
error-complaint-workers = مزدوروں کی تعداد 1 سے 100,000 تک لکھیں۔
error-complaint-lender = چنیں کہ قرض کس نے دیا، یا سود خالی چھوڑیں۔
error-complaint-consent-required = کم از کم ایک قسم کا ادارہ چنیں جو آپ کی شکایت وصول کر سکے۔
error-complaint-contact-consent = آپ کا رابطہ صرف انہی اداروں کو جا سکتا ہے جو شکایت بھی وصول کرتے ہیں۔
error-complaint-contact-consent-required = چنیں کہ آپ کا رابطہ کون دیکھ سکتا ہے۔
error-complaint-contact-required = وہ رابطہ لکھیں جس پر آپ سے رابطہ کیا جائے، یا "صرف میری رسید" چنیں۔
error-complaint-account-needed = شکایت کو اپنے اکاؤنٹ سے جوڑنے کے لیے سائن ان کریں، یا "صرف میری رسید" چنیں۔
error-complaint-behalf-consent = تصدیق کریں کہ مزدور نے آپ کو ان کی طرف سے درج کرنے کی رضامندی دی ہے۔
error-track-receipt-format = رسید میں 16 ہندسے ہوتے ہیں، مثلاً 1234-5678-9012-3456۔
error-track-receipt-unknown = اس رسید کی کوئی شکایت نہیں۔ ہندسے چیک کر کے دوبارہ کوشش کریں۔
error-track-referral = یہ آپ کی شکایت وصول کرنے والے اداروں میں سے نہیں۔
error-track-referral-closed = اس ادارے نے آپ کی شکایت بند کر دی ہے؛ یہ پیغامات وصول نہیں کر سکتا۔
error-track-withdraw-confirm = واپس لینے کی تصدیق کے لیے خانے پر نشان لگائیں۔
error-case-transition = کیس کی موجودہ حیثیت سے یہ قدم ممکن نہیں۔
error-case-action-unknown = فہرست سے قدم چنیں۔
error-case-close-reason = چنیں کہ کیس کیوں بند کیا جا رہا ہے۔
error-case-reason-required = وجہ لکھیں۔
error-case-outcome-required = کم از کم ایک حاصل شدہ داد رسی چنیں۔
error-case-money-required = واپس ملی رقم اور اس کی کرنسی لکھیں۔
error-case-money-unexpected = رقم صرف "رقم واپس ملی" کے ساتھ لکھی جاتی ہے۔
error-case-message-required = پیغام لکھیں۔
error-case-priority = فہرست سے ترجیح چنیں۔
error-case-refer-self = کیس پہلے ہی اسی ادارے کے پاس ہے۔
error-case-refer-consent = مزدور نے اس قسم کے ادارے کے ساتھ شکایت شیئر کرنے کی رضامندی نہیں دی۔
error-case-refer-coverage = یہ ادارہ اس شکایت کے ممالک میں کام نہیں کرتا۔
error-case-refer-exists = اس ادارے کے پاس یہ شکایت پہلے سے ہے۔
error-case-group-alone = یہاں اس ایجنسی کے بارے میں کوئی اور کھلا کیس نہیں۔
error-case-filter = چھانٹی میں ایسی قدر ہے جسے ہم نہیں جانتے۔

## ثبوت (تصاویر، دستاویزات، صوتی پیغامات)
evidence-heading = تصاویر، دستاویزات اور صوتی پیغامات
evidence-hint = معاہدے کی تصویر، فیس کی رسید، تنخواہ کی پرچی یا ایجنٹ کا پیغام، PDF، یا صوتی پیغام شامل کریں۔ تصاویر سے مقام کی معلومات اور فون کی تفصیل ہٹا دی جاتی ہے۔
evidence-field-files = فائلیں
evidence-files-hint = تصاویر (JPEG، PNG، WebP)، PDF، یا صوتی پیغامات (MP3، Ogg، M4A، AMR)؛ ایک وقت میں کئی۔
evidence-field-share = یہ فائلیں کون دیکھ سکتا ہے
evidence-submit = فائلیں بھیجیں
evidence-sent = آپ کی فائلیں شکایت میں شامل کر دی گئیں۔
evidence-location-removed = آپ کی تصاویر سے مقام کی معلومات اور فون کی تفصیل ہٹا دی گئی۔
evidence-choose-again = کچھ نہیں بھیجا گیا۔ فائلیں دوبارہ منتخب کریں: براؤزر انہیں نہیں رکھتا۔
evidence-kind-photo = تصویر
evidence-kind-document = دستاویز
evidence-kind-voice = صوتی پیغام
evidence-size-kb = { $count } KB
error-evidence-type = اس قسم کی فائل قبول نہیں۔ تصاویر (JPEG، PNG، WebP)، PDF دستاویزات یا صوتی پیغامات (MP3، Ogg، M4A، AMR) بھیجیں۔
error-evidence-unreadable = ایک فائل پڑھی نہ جا سکی: وہ خراب، ادھوری یا پاس ورڈ سے بند ہو سکتی ہے۔
error-evidence-pixels = ایک تصویر بہت بڑی ہے۔ چھوٹی نقل بھیجیں۔
error-evidence-too-large = ایک فائل مقررہ حد سے بڑی ہے۔ چھوٹی نقل بھیجیں۔
error-evidence-too-many = ایک ساتھ بہت زیادہ فائلیں ہیں۔ کئی بار میں بھیجیں۔
error-evidence-none = کم از کم ایک فائل منتخب کریں۔
error-evidence-share = جن اداروں تک آپ کی شکایت گئی، ان میں سے منتخب کریں کہ فائلیں کون دیکھ سکتا ہے۔
error-evidence-complaint-full = اس شکایت میں جتنی فائلیں رکھی جا سکتی ہیں، اتنی ہیں۔ صرف سب سے اہم بھیجیں۔
error-evidence-truncated = اپ لوڈ درمیان میں کٹ گیا۔ دوبارہ کوشش کریں۔
evidence-from-staff = ادارے نے آپ کو بھیجا
evidence-sent-by-you = آپ کے ادارے نے بھیجا
evidence-staff-field = کارکن کو فائلیں بھیجیں
evidence-staff-hint = فارم، فیصلہ یا خط۔ کارکن انہیں اپنی رسید سے کھولتا ہے؛ کوئی اور ادارہ انہیں نہیں دیکھتا۔ تصاویر سے مقام کی معلومات ہٹا دی جاتی ہے۔
evidence-staff-submit = کارکن کو بھیجیں
error-webhook-url-malformed = زیادہ سے زیادہ 2,000 حروف کا مکمل ویب پتہ (https://…) لکھیں، صارف نام یا پاس ورڈ کے بغیر۔
error-webhook-url-not-https = پتہ https:// سے شروع ہونا چاہیے۔
error-webhook-url-private = یہ پتہ کسی نجی، مقامی یا محفوظ نیٹ ورک کی طرف جاتا ہے۔ عوامی انٹرنیٹ کا پتہ استعمال کریں۔
error-webhook-url-unresolved = اس پتے کا ہوسٹ نام نہیں ملا۔ ہجے چیک کریں۔
