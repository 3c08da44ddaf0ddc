# Language: Urdu (ur). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = یوزر نیم
field-password = پاس ورڈ
field-password-confirm = پاس ورڈ دوبارہ
field-current-password = موجودہ پاس ورڈ
field-new-password = نیا پاس ورڈ
field-email = ای میل ایڈریس
field-role = کردار
field-organisation = ادارہ

login-title = لاگ اِن
login-heading = لاگ اِن کریں
login-submit = لاگ اِن کریں
login-link = لاگ اِن کریں
login-no-account = ابھی تک اکاؤنٹ نہیں ہے؟
login-anonymous-note = ریکروٹنگ ایجنٹ تلاش کرنے یا شکایت درج کرنے کے لیے آپ کو اکاؤنٹ کی ضرورت نہیں۔ اکاؤنٹ ہو تو آپ اپنی دی ہوئی رائے پر نظر رکھ سکتے ہیں۔

register-title = اکاؤنٹ بنائیں
register-heading = اکاؤنٹ بنائیں
register-intro = صرف یوزر نیم اور پاس ورڈ۔ نہ نام، نہ ای میل، نہ فون نمبر۔
register-username-hint = 3 سے 32 حروف یا ہندسے، کسی بھی زبان کے حروف میں؛ آپ . _ اور - بھی استعمال کر سکتے ہیں۔ اگر آپ نہ چاہیں تو اپنا اصل نام استعمال نہ کریں۔
register-password-hint = کم از کم 8 حروف۔ چھوٹے اور عام پاس ورڈ سے بہتر ہے کہ چند ایسے الفاظ رکھیں جو آپ کو یاد رہیں۔
register-submit = اکاؤنٹ بنائیں
register-link = اکاؤنٹ بنائیں
register-privacy = ہم آپ کے اکاؤنٹ کے ساتھ آپ کا انٹرنیٹ (IP) ایڈریس، آپ کے فون یا کمپیوٹر کی معلومات، یا آپ کا فون نمبر محفوظ نہیں کرتے۔
register-have-account = پہلے سے اکاؤنٹ ہے؟

account-title = آپ کا اکاؤنٹ
account-heading = آپ کا اکاؤنٹ
account-admin-link = انتظامیہ
account-password-heading = اپنا پاس ورڈ بدلیں
account-password-submit = پاس ورڈ بدلیں
account-password-saved = آپ کا پاس ورڈ بدل دیا گیا ہے۔ باقی تمام فون اور کمپیوٹر پر آپ لاگ آؤٹ ہو گئے ہیں۔
account-email-heading = اطلاعات کے لیے ای میل
account-email-hint = ضروری نہیں۔ ہم صرف یہ بتانے کے لیے ای میل کریں گے کہ کچھ بدلا ہے، یہ کبھی نہیں لکھیں گے کہ آپ کی شکایت میں کیا ہے۔ ای میل ہٹانے کے لیے یہ خانہ خالی چھوڑ دیں۔
account-email-submit = ای میل ایڈریس محفوظ کریں
account-email-saved = محفوظ ہو گیا۔
account-sessions-heading = لاگ آؤٹ
account-logout = لاگ آؤٹ کریں
account-logout-everywhere = ہر فون اور کمپیوٹر سے لاگ آؤٹ کریں
account-logout-everywhere-hint = اگر آپ نے کسی اور کے ساتھ مشترکہ فون استعمال کیا ہو، یا آپ کو لگے کہ کسی اور کو آپ کا پاس ورڈ معلوم ہے، تو ہر جگہ سے لاگ آؤٹ کریں۔

role-worker = کارکن
role-moderator = ماڈریٹر
role-inspector = لیبر انسپکٹر
role-union_officer = ٹریڈ یونین عہدیدار
role-caseworker = کیس ورکر (قانونی امداد)
role-admin = ایڈمنسٹریٹر

org-role-member = رکن
org-role-lead = سربراہ

organisation-kind-labour_inspectorate = لیبر انسپیکشن کا محکمہ
organisation-kind-origin_authority = کارکن کے اپنے ملک میں بھرتی کا سرکاری ادارہ
organisation-kind-trade_union = ٹریڈ یونین
organisation-kind-legal_aid = قانونی امداد کا ادارہ یا این جی او
organisation-kind-intake_partner = شکایات وصول کرنے والا شراکت دار (چیٹ یا ہیلپ لائن کے ذریعے شکایات لیتا ہے)

sector-agriculture = زراعت (کھیتی باڑی)
sector-construction = تعمیرات
sector-domestic_work = گھریلو کام
sector-manufacturing = فیکٹری کا کام
sector-hospitality = ہوٹل اور ریسٹورنٹ
sector-fishing = ماہی گیری
sector-care = دیکھ بھال کا کام
sector-security = سیکیورٹی
sector-transport = ٹرانسپورٹ
sector-retail = دکانیں اور ریٹیل
sector-other = دیگر

error-username-required = یوزر نیم لکھیں۔
error-username-length = یوزر نیم میں 3 سے 32 حروف ہوتے ہیں۔
error-username-characters = یوزر نیم میں صرف حروف، ہندسے، نقطہ (.)، انڈر اسکور (_) اور ہائفن (-) استعمال کریں، خالی جگہ کے بغیر۔
error-username-taken = یہ یوزر نیم پہلے ہی کوئی لے چکا ہے، یا کسی لیے ہوئے نام سے بہت ملتا جلتا ہے۔ کوئی اور آزمائیں۔
error-password-length = پاس ورڈ میں 8 سے 128 حروف ہوتے ہیں۔
error-password-characters = پاس ورڈ میں نظر نہ آنے والے کنٹرول حروف ہیں۔ انہیں ہٹا کر دوبارہ لکھیں۔
error-password-common = اس پاس ورڈ کا اندازہ لگانا بہت آسان ہے۔ لمبا پاس ورڈ رکھیں، مثلاً چند ایسے الفاظ جن کا آپس میں کوئی تعلق نہ ہو۔
error-password-mismatch = دونوں پاس ورڈ ایک جیسے نہیں ہیں۔
error-password-wrong = موجودہ پاس ورڈ درست نہیں ہے۔
error-email-invalid = یہ ای میل ایڈریس نہیں لگتا۔
error-form-invalid = فارم پڑھا نہیں جا سکا۔ صفحہ دوبارہ لوڈ کریں اور پھر کوشش کریں۔
error-form-encoding = فارم میں ایسے حروف ہیں جو پڑھے نہیں جا سکے۔
error-form-fields = فارم میں ایک ایسا خانہ ہے جسے ہم نہیں جانتے، یا ایک ہی خانہ دو بار ہے۔
error-text-invalid = یہ تحریر بہت لمبی ہے یا اس میں نظر نہ آنے والے کنٹرول حروف ہیں۔
error-organisation-name-required = ادارے کا نام لکھیں۔
error-organisation-kind = چنیں کہ یہ کس قسم کا ادارہ ہے۔
error-unknown-country = ملک کا ایک کوڈ ہمیں معلوم نہیں۔ دو حرفی کوڈ استعمال کریں، جیسے NP, QA, PH۔
error-organisation-countries = کم از کم ایک ملک بتائیں جہاں یہ ادارہ کام کرتا ہے۔
error-sector-unknown = فہرست میں سے شعبے چنیں۔
error-deadline-days = مہلت دنوں کی پوری تعداد ہوتی ہے (وصولی کی تصدیق: 1 سے 365، جواب: 1 سے 730)۔
error-deadline-order = جواب کی مہلت، وصولی کی تصدیق کی مہلت سے پہلے ختم نہیں ہو سکتی۔
error-organisation-required = لیبر انسپکٹر، یونین عہدیدار اور کیس ورکر کسی ادارے سے وابستہ ہوتے ہیں: ایک ادارہ چنیں۔
error-organisation-not-for-role = کارکن، ماڈریٹر اور ایڈمنسٹریٹر کسی ادارے سے وابستہ نہیں ہوتے۔
error-organisation-unknown = یہ ادارہ موجود نہیں ہے۔
error-role-organisation-kind = یہ کردار اس قسم کے ادارے کے لیے نہیں ہے (انسپکٹر لیبر انسپیکشن کے محکموں یا بھرتی کے سرکاری اداروں میں، یونین عہدیدار یونینوں میں، اور کیس ورکر قانونی امداد کے اداروں میں کام کرتے ہیں)۔
account-session-phone = فون
account-session-computer = کمپیوٹر کا براؤزر
account-session-app = ایپ یا پروگرام
account-session-signed-in = سائن اِن
account-session-since = { $day } سے
account-session-current = یہ آلہ
account-session-end = وہاں سے سائن آؤٹ کریں
account-session-ended = اس سیشن سے سائن آؤٹ کر دیا گیا۔

# Password reset by mail, for staff (issue 16).
reset-link = عملہ: پاس ورڈ بھول گئے؟
reset-title = نیا پاس ورڈ مقرر کریں
reset-intro = جن ملازمین کے اکاؤنٹ میں ای میل پتہ ہے، انہیں نیا پاس ورڈ مقرر کرنے کا لنک ملتا ہے۔ یہ ایک بار، 30 منٹ تک کام کرتا ہے۔ پتہ نہ ہو تو کسی منتظم سے کہیں۔
reset-submit = مجھے لنک بھیجیں
reset-sent = اگر یہ ای میل پتے والا عملے کا اکاؤنٹ ہے تو نیا پاس ورڈ مقرر کرنے کا لنک آ رہا ہے۔ یہ ایک بار، 30 منٹ تک کام کرتا ہے۔
reset-back = سائن ان پر واپس جائیں
reset-new-heading = نیا پاس ورڈ چنیں
reset-new-intro = اس اکاؤنٹ کے تمام سیشن ختم ہو جاتے ہیں۔ اگر آپ کیس پڑھتے ہیں تو سائن ان کے بعد آپ کے ادارے کا کوئی سربراہ آپ کو اس کی کلید دوبارہ دیتا ہے۔
reset-new-submit = نیا پاس ورڈ مقرر کریں
reset-done = آپ کا پاس ورڈ بدل دیا گیا۔ اسی سے سائن ان کریں۔

## دو مرحلوں والا لاگ اِن
field-second-factor-code = تصدیقی ایپ کا کوڈ، یا ریکوری کوڈ
login-code-hint = صرف اس صورت میں جب آپ کے اکاؤنٹ میں دو مرحلوں والا لاگ اِن ہو (عملے کے اکاؤنٹ میں ہمیشہ ہوتا ہے)۔ ورنہ اسے خالی چھوڑیں۔
field-second-factor-current = موجودہ ایپ کا کوڈ، یا ریکوری کوڈ
field-second-factor-new-code = ایپ ابھی جو چھ ہندسوں کا کوڈ دکھا رہی ہے
two-factor-title = دو مرحلوں والا لاگ اِن
two-factor-heading = دو مرحلوں والا لاگ اِن
two-factor-on = دو مرحلوں والا لاگ اِن فعال ہے: لاگ اِن کرتے وقت پاس ورڈ کے ساتھ آپ کے فون کا کوڈ بھی مانگا جاتا ہے۔
two-factor-off = دو مرحلوں والا لاگ اِن بند ہے۔
two-factor-manage = تبدیل کریں
two-factor-set-up = فعال کریں
two-factor-recovery-left = { $count ->
    [one] آپ کے پاس ایک غیر استعمال شدہ ریکوری کوڈ ہے۔
   *[other] آپ کے پاس { $count } غیر استعمال شدہ ریکوری کوڈ ہیں۔
}
two-factor-replace-heading = نئے فون یا ایپ پر منتقل کریں
two-factor-required = آپ کا اکاؤنٹ کارکنوں کی شکایات کھول سکتا ہے، اس لیے اسے دوسرا مرحلہ چاہیے: پاس ورڈ کے ساتھ فون کی ایپ سے چھ ہندسوں کا کوڈ۔ آگے بڑھنے کے لیے اسے ابھی فعال کریں۔
two-factor-optional = آپ اپنے اکاؤنٹ کو دوسرے مرحلے سے محفوظ کر سکتے ہیں: پاس ورڈ کے ساتھ فون کی ایپ سے چھ ہندسوں کا کوڈ۔
two-factor-step-app = اپنے فون پر کوئی تصدیقی ایپ انسٹال کریں (مثلاً Aegis، FreeOTP، Google Authenticator یا Microsoft Authenticator)۔
two-factor-step-scan = ایپ میں اکاؤنٹ شامل کریں اور یہ کوڈ اسکین کریں۔
two-factor-qr-label = تصدیقی ایپ کے لیے QR کوڈ
two-factor-step-key = اگر ایپ اسکین نہ کر سکے تو یہ کی ٹائپ کریں:
two-factor-step-code = ایپ جو چھ ہندسوں کا کوڈ دکھائے، وہ ٹائپ کریں۔
two-factor-submit = دو مرحلوں والا لاگ اِن فعال کریں
two-factor-off-heading = دو مرحلوں والا لاگ اِن بند کریں
two-factor-off-submit = بند کریں
two-factor-off-done = دو مرحلوں والا لاگ اِن اب بند ہے۔
two-factor-back = اپنے اکاؤنٹ پر واپس جائیں
two-factor-recovery-used = آپ نے ریکوری کوڈ سے لاگ اِن کیا؛ وہ دوبارہ استعمال نہیں ہو سکتا۔ اگر فون کھو گیا ہے تو نیچے نیا فون ترتیب دیں۔
recovery-codes-title = ریکوری کوڈ
recovery-codes-heading = آپ کے ریکوری کوڈ
recovery-codes-done = دو مرحلوں والا لاگ اِن فعال ہے۔
recovery-codes-explain = اگر فون کھو جائے تو چھ ہندسوں کی جگہ ان میں سے کسی ایک کوڈ سے لاگ اِن کریں۔ ہر کوڈ صرف ایک بار چلتا ہے۔ انہیں لکھ لیں یا پرنٹ کر لیں اور فون سے دور کسی محفوظ جگہ رکھیں۔
recovery-codes-once = یہ کوڈ صرف ابھی دکھائے جا رہے ہیں۔ پہلے والے ریکوری کوڈ اب نہیں چلیں گے۔
reset-code-hint = آپ کے اکاؤنٹ میں دو مرحلوں والا لاگ اِن ہے: ایپ کا کوڈ یا ریکوری کوڈ ٹائپ کریں۔
error-second-factor-code = یہ کوڈ درست نہیں، یا پہلے ہی استعمال ہو چکا ہے۔ ایپ ابھی جو کوڈ دکھا رہی ہے، وہ ٹائپ کریں۔
error-second-factor-expired = یہ صفحہ بہت دیر تک کھلا رہا۔ نیچے والا نیا کوڈ اسکین کر کے دوبارہ کوشش کریں۔
error-second-factor-required = پہلے ویب سائٹ پر دو مرحلوں والا لاگ اِن فعال کریں (اکاؤنٹ، پھر دو مرحلوں والا لاگ اِن)۔
