# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = انتظامیہ
admin-heading = انتظامیہ
admin-nav-label = انتظامیہ
admin-nav-overview = خلاصہ
admin-nav-organisations = ادارے
admin-nav-staff = عملہ
admin-nav-recruiters = ریکروٹنگ ایجنٹوں کی فہرست
admin-nav-audit = آڈٹ لاگ
admin-count-organisations = ادارے
admin-count-staff = عملے کے اکاؤنٹ
admin-count-workers = کارکنوں کے اکاؤنٹ
admin-recruiters-link = فہرست میں ریکروٹنگ ایجنٹ شامل کریں یا ان کی معلومات درست کریں
admin-recent-events = حالیہ سیکیورٹی واقعات
admin-audit-link = پورا آڈٹ لاگ دیکھیں
admin-save = تبدیلیاں محفوظ کریں
admin-saved = آپ کی تبدیلیاں محفوظ ہو گئی ہیں۔
admin-disabled = غیر فعال
admin-enabled = فعال
admin-standing = حیثیت

## Audit log
admin-audit-title = آڈٹ لاگ
admin-audit-heading = آڈٹ لاگ
admin-audit-intro = تازہ ترین 200 سیکیورٹی واقعات، سب سے نیا سب سے اوپر۔ اوقات UTC میں ہیں۔
admin-audit-none = ابھی تک کوئی واقعہ درج نہیں ہوا۔
admin-audit-time = وقت (UTC)
admin-audit-event = واقعہ
admin-audit-people = کون
admin-audit-detail = تفصیل
admin-audit-actor = کرنے والا:
admin-audit-subject = اکاؤنٹ:
admin-outcome-success = کامیاب
admin-outcome-failure = ناکام
admin-outcome-refused = مسترد
admin-event-sign-in = لاگ اِن
admin-event-sign-out = لاگ آؤٹ
admin-event-sign-out-everywhere = ہر جگہ سے لاگ آؤٹ
admin-event-password-changed = پاس ورڈ بدلا گیا
admin-event-account-created = اکاؤنٹ بنایا گیا
admin-event-role-changed = کردار بدلا گیا
admin-event-organisation-changed = ادارہ بدلا گیا
admin-event-account-disabled = اکاؤنٹ غیر فعال کیا گیا
admin-event-account-enabled = اکاؤنٹ دوبارہ فعال کیا گیا
admin-event-organisation-created = ادارہ شامل کیا گیا
admin-event-organisation-updated = ادارے کی معلومات بدلی گئیں
admin-event-recruiter-created = ریکروٹنگ ایجنٹ شامل کیا گیا
admin-event-recruiter-updated = ریکروٹنگ ایجنٹ کی معلومات بدلی گئیں

## Organisations
admin-organisations-title = ادارے
admin-organisations-heading = ادارے
admin-organisations-none = ابھی تک کوئی ادارہ شامل نہیں کیا گیا۔
admin-organisation-create-heading = ادارہ شامل کریں
admin-organisation-create-submit = ادارہ شامل کریں
admin-organisation-edit-heading = اس ادارے کی معلومات بدلیں
admin-field-organisation-name = نام
admin-field-kind = ادارے کی قسم
admin-field-countries = جن ممالک میں ادارہ کام کرتا ہے
admin-countries-hint = دو حرفی ملکی کوڈ، کاما (,) یا خالی جگہ سے الگ کر کے، مثلاً QA, AE۔
admin-field-sectors = شعبے
admin-sectors-hint = اگر ادارہ ہر شعبے کے معاملات دیکھتا ہے تو کسی بھی خانے پر نشان نہ لگائیں۔
admin-sectors-all = تمام شعبے
admin-field-acknowledge-days = شکایت کی وصولی کی تصدیق کی مہلت (دن)
admin-acknowledge-days-hint = 1 سے 365 دن۔ عام طور پر 7۔
admin-field-answer-days = شکایت کے جواب کی مہلت (دن)
admin-answer-days-hint = 1 سے 730 دن، اور وصولی کی تصدیق کی مہلت سے کم نہیں۔ عام طور پر 90۔
admin-deadlines = مہلتیں
admin-deadline-acknowledge = { $days ->
    [one] ایک دن کے اندر وصولی کی تصدیق
   *[other] { $days } دن کے اندر وصولی کی تصدیق
}
admin-deadline-answer = { $days ->
    [one] ایک دن کے اندر جواب
   *[other] { $days } دن کے اندر جواب
}
admin-members-heading = اس ادارے کا عملہ
admin-members-none = ابھی تک FairRecruit پر کوئی بھی اس ادارے کے لیے کام نہیں کرتا۔

## Staff
admin-staff-title = عملہ
admin-staff-heading = عملے کے اکاؤنٹ
admin-staff-none = ابھی تک عملے کا کوئی اکاؤنٹ نہیں ہے۔
admin-staff-create-heading = عملے کا اکاؤنٹ شامل کریں
admin-staff-create-submit = اکاؤنٹ شامل کریں
admin-staff-password-hint = کم از کم 8 حروف، اور کوئی عام پاس ورڈ نہیں۔ یہ پاس ورڈ متعلقہ شخص کو محفوظ طریقے سے دیں؛ وہ اسے اپنے اکاؤنٹ کے صفحے پر بدل سکتے ہیں۔
admin-organisation-none = کوئی ادارہ نہیں
admin-organisation-hint = لیبر انسپکٹر لیبر انسپیکشن کے محکمے یا کارکن کے اپنے ملک میں بھرتی کے سرکاری ادارے سے، ٹریڈ یونین عہدیدار کسی ٹریڈ یونین سے، اور کیس ورکر قانونی امداد کے کسی ادارے سے وابستہ ہوتے ہیں۔ ماڈریٹر اور ایڈمنسٹریٹر کسی ادارے سے وابستہ نہیں ہوتے۔
admin-field-lead = ادارے کا سربراہ (آگے بھیجے گئے کیسوں اور مہلت گزر جانے والے کیسوں کی اطلاع پاتا ہے)
admin-field-disabled = اکاؤنٹ غیر فعال (یہ شخص لاگ اِن نہیں کر سکتا)
admin-staff-edit-heading = اس اکاؤنٹ میں تبدیلی کریں
admin-staff-edit-hint = تبدیلی محفوظ کرتے ہی یہ شخص ایک ساتھ ہر جگہ سے لاگ آؤٹ ہو جاتا ہے۔
admin-staff-self-hint = یہ آپ کا اپنا اکاؤنٹ ہے: آپ نہ اپنا ایڈمنسٹریٹر کا کردار ہٹا سکتے ہیں اور نہ اسے غیر فعال کر سکتے ہیں۔

## Recruiter directory
admin-recruiters-title = ریکروٹنگ ایجنٹوں کی فہرست
admin-recruiters-heading = ریکروٹنگ ایجنٹوں کی فہرست
admin-recruiter-create-heading = لائسنس یافتہ ریکروٹنگ ایجنٹ شامل کریں
admin-recruiter-create-submit = ریکروٹنگ ایجنٹ شامل کریں
admin-recruiter-edit-heading = اس ریکروٹنگ ایجنٹ کی معلومات درست کریں
admin-recruiter-edit-hint = لائسنس کی حیثیت میں تبدیلی آج کی تاریخ کے ساتھ ریکروٹنگ ایجنٹ کے عوامی لائسنس ریکارڈ میں شامل ہو جاتی ہے۔
admin-recruiter-public-link = عوامی پروفائل دیکھیں
admin-field-recruiter-name = ایجنسی کا نام
admin-field-licensing-country = لائسنس دینے والا ملک
admin-licensing-country-hint = دو حرفی ملکی کوڈ، مثلاً نیپال کے لیے NP۔

## Errors
admin-error-role = فہرست میں سے کوئی کردار چنیں۔
admin-error-own-role = آپ اپنا ایڈمنسٹریٹر کا کردار خود نہیں ہٹا سکتے۔ کسی دوسرے ایڈمنسٹریٹر سے کہیں۔
admin-error-own-disable = آپ اپنا اکاؤنٹ خود غیر فعال نہیں کر سکتے۔ کسی دوسرے ایڈمنسٹریٹر سے کہیں۔
admin-error-country-code = دو حرفی ملکی کوڈ استعمال کریں، جیسے NP, QA یا AE، اور انہیں کاما (,) سے الگ کریں۔
admin-error-destinations-too-many = زیادہ سے زیادہ 60 ایسے ممالک بتائیں جہاں کارکن بھیجے جاتے ہیں۔
admin-error-name-required = ایجنسی کا نام لکھیں۔
admin-error-licence-required = لائسنس نمبر لکھیں۔
admin-error-licence-taken = اس ملک میں یہ لائسنس نمبر پہلے ہی کسی دوسرے ریکروٹنگ ایجنٹ کے پاس ہے۔

## Audit details: labels of the recorded values
admin-detail-separator = ؛
admin-detail-role = کردار
admin-detail-organisation = ادارہ
admin-detail-kind = قسم
admin-detail-countries = ممالک
admin-detail-sectors = شعبے
admin-detail-days = مہلتیں (دن)
admin-detail-recruiter = ریکروٹنگ ایجنٹ
admin-detail-status = لائسنس کی حیثیت
admin-detail-reason = وجہ
admin-detail-reason-throttled = بہت زیادہ کوششیں
admin-detail-reason-disabled = اکاؤنٹ غیر فعال

## Setting a staff member's password
admin-password-heading = نیا پاس ورڈ مقرر کریں
admin-password-hint = اس اسٹاف ممبر کے لیے جو اپنا پاس ورڈ بھول گیا ہو۔ اس کے تمام سیشن فوراً ختم ہو جاتے ہیں۔ نیا پاس ورڈ محفوظ طریقے سے دیں؛ وہ اسے اپنے اکاؤنٹ کے صفحے پر بدل سکتا ہے۔
admin-password-submit = پاس ورڈ مقرر کریں
admin-error-own-password = اپنا پاس ورڈ اپنے اکاؤنٹ کے صفحے پر بدلیں۔
admin-event-password-reset = ایڈمنسٹریٹر کا مقرر کردہ پاس ورڈ
admin-warning-look-alike = یہ نام فہرست میں شامل ایک ایجنسی کے نام جیسا لگتا ہے۔ اسے محفوظ نہیں کیا گیا۔
admin-look-alike-list = تصدیق کریں کہ یہ ان میں سے کوئی ایجنسی نہیں:
admin-look-alike-confirm = یہ ایک الگ ایجنسی ہے: پھر بھی محفوظ کریں

## دو مرحلوں والا لاگ اِن
admin-second-factor-on = فعال
admin-second-factor-off = ابھی فعال نہیں (اگلے لاگ اِن پر مانگا جائے گا)
admin-second-factor-heading = دو مرحلوں والا لاگ اِن ری سیٹ کریں
admin-second-factor-hint = اس شخص کے لیے جس کا فون اور ریکوری کوڈ دونوں کھو گئے ہوں۔ اس کے تمام سیشن ختم ہوں گے؛ اگلے لاگ اِن پر وہ نئی ایپ ترتیب دے گا۔ اسے ای میل سے بتایا جائے گا۔
admin-second-factor-submit = دو مرحلوں والا لاگ اِن ری سیٹ کریں
admin-event-second-factor-enrolled = دو مرحلوں والا لاگ اِن فعال کیا
admin-event-second-factor-replaced = دو مرحلوں والا لاگ اِن نئی ایپ پر منتقل کیا
admin-event-second-factor-removed = دو مرحلوں والا لاگ اِن بند کیا
admin-event-second-factor-reset = ایڈمنسٹریٹر نے دو مرحلوں والا لاگ اِن ری سیٹ کیا
admin-detail-reason-second-factor = غلط یا دوبارہ استعمال شدہ کوڈ
admin-detail-reason-no-second-factor = دو مرحلوں والا لاگ اِن فعال نہیں
admin-detail-reason-recovery-code = ریکوری کوڈ سے

## API keys of intake partners (issue 18)
admin-partner-keys-link = API کلیدیں
admin-partner-keys-title = { $name } کی API کلیدیں
admin-partner-keys-intro = کلید کے ذریعے اس شراکت دار کا چیٹ بوٹ یا ہیلپ لائن سسٹم مزدوروں کی دی ہوئی رضامندی کے ساتھ ان کی طرف سے شکایات اور رائے درج کر سکتا ہے، اور اپنی درج کی ہوئی چیزوں کی خبر رکھ سکتا ہے۔ اس کے سوا کچھ نہیں۔ کلید بناتے وقت صرف ایک بار دکھائی جاتی ہے؛ اس کا صرف ایک ہیش (hash) محفوظ رکھا جاتا ہے۔
admin-partner-keys-none = اس شراکت دار کی ابھی تک کوئی کلید نہیں۔
admin-partner-keys-col-name = نام
admin-partner-keys-col-made = بنائی گئی
admin-partner-keys-col-expires = مدت ختم ہونے کی تاریخ
admin-partner-keys-col-used = آخری استعمال
admin-partner-keys-col-state = حالت
admin-partner-keys-never = کبھی نہیں
admin-partner-keys-active = فعال
admin-partner-keys-revoked = منسوخ
admin-partner-keys-expired = مدت ختم
admin-partner-keys-revoke = منسوخ کریں
admin-partner-keys-create-heading = نئی کلید بنائیں
admin-partner-keys-name = کلید کا نام
admin-partner-keys-name-hint = لکھیں کہ یہ کہاں استعمال ہوتی ہے، مثلاً "WhatsApp بوٹ" یا "ہیلپ لائن، کٹھمنڈو"۔
admin-partner-keys-days = مدت (دن، 1 سے 365)
admin-partner-keys-create = کلید بنائیں
admin-partner-keys-shown-once = نئی کلید صرف ابھی دکھائی جا رہی ہے۔ اسے شراکت دار کے سسٹم میں کاپی کر لیں: اسے دوبارہ کوئی نہیں دیکھ سکتا۔ اگر یہ کھو جائے تو اسے منسوخ کریں اور دوسری بنائیں۔
admin-partner-keys-revoked-done = کلید منسوخ کر دی گئی: اب سے اس کے ساتھ کی گئی ہر درخواست رد کر دی جائے گی۔
error-partner-key-name = کلید کو 1 سے 100 حروف کا نام دیں۔
error-partner-key-days = کلید 1 سے 365 دن تک کارآمد رہتی ہے۔
error-partner-key-not-partner = API کلیدیں صرف "شکایات وصول کرنے والا شراکت دار" قسم کے اداروں کے لیے ہیں۔
