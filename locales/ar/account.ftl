# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = اسم المستخدم
field-password = كلمة المرور
field-password-confirm = كلمة المرور مرة أخرى
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-email = البريد الإلكتروني
field-role = الدور
field-organisation = الجهة

login-title = تسجيل الدخول
login-heading = تسجيل الدخول
login-submit = سجّل الدخول
login-link = سجّل الدخول
login-no-account = ليس لديك حساب بعد؟
login-anonymous-note = لا تحتاج إلى حساب لتبحث عن مكاتب التوظيف أو لتقدّم شكوى. الحساب يتيح لك متابعة الآراء التي كتبتها.

register-title = إنشاء حساب
register-heading = أنشئ حسابًا
register-intro = اسم مستخدم وكلمة مرور فقط. لا اسم، ولا بريد إلكتروني، ولا رقم هاتف.
register-username-hint = من 3 إلى 32 حرفًا أو رقمًا، بأي أبجدية؛ ويمكنك استخدام الرموز . و _ و - أيضًا. لا تستخدم اسمك الحقيقي إن كنت لا تريد ذلك.
register-password-hint = 8 أحرف على الأقل. بضع كلمات تستطيع تذكّرها أفضل من كلمة مرور قصيرة وشائعة.
register-submit = أنشئ الحساب
register-link = أنشئ حسابًا
register-privacy = لا نحفظ مع حسابك عنوان الإنترنت (IP) الخاص بك، ولا معلومات جهازك، ولا رقم هاتفك.
register-have-account = لديك حساب بالفعل؟

account-title = حسابك
account-heading = حسابك
account-admin-link = الإدارة
account-password-heading = غيّر كلمة المرور
account-password-submit = غيّر كلمة المرور
account-password-saved = تم تغيير كلمة المرور. وتم تسجيل خروجك من كل الأجهزة الأخرى.
account-email-heading = البريد الإلكتروني للإشعارات
account-email-hint = اختياري. لن نراسلك إلا لنخبرك أن شيئًا قد تغيّر، ولن نكتب لك أبدًا ما جاء في شكواك. اتركه فارغًا لحذفه.
account-email-submit = احفظ البريد الإلكتروني
account-email-saved = تم الحفظ.
account-sessions-heading = تسجيل الخروج
account-logout = سجّل الخروج
account-logout-everywhere = سجّل الخروج من كل الأجهزة
account-logout-everywhere-hint = إذا استخدمت هاتفًا يستعمله غيرك، أو ظننت أن شخصًا آخر يعرف كلمة المرور الخاصة بك، فسجّل الخروج من كل الأجهزة.

role-worker = عامل
role-moderator = مشرف المحتوى
role-inspector = مفتش عمل
role-union_officer = مسؤول نقابي
role-caseworker = مسؤول متابعة الحالات (المساعدة القانونية)
role-admin = مدير النظام

org-role-member = عضو
org-role-lead = رئيس الفريق

organisation-kind-labour_inspectorate = جهة تفتيش العمل
organisation-kind-origin_authority = الجهة الرسمية المسؤولة عن التوظيف في بلد العامل الأصلي
organisation-kind-trade_union = نقابة عمالية
organisation-kind-legal_aid = مساعدة قانونية أو منظمة غير حكومية
organisation-kind-intake_partner = شريك استقبال البلاغات (يتلقى البلاغات عبر المحادثة أو الخط الساخن)

sector-agriculture = الزراعة
sector-construction = البناء
sector-domestic_work = العمل المنزلي
sector-manufacturing = المصانع والتصنيع
sector-hospitality = الفنادق والمطاعم
sector-fishing = صيد الأسماك
sector-care = أعمال الرعاية
sector-security = الأمن والحراسة
sector-transport = النقل
sector-retail = المتاجر والبيع بالتجزئة
sector-other = غير ذلك

error-username-required = اكتب اسم مستخدم.
error-username-length = يتكون اسم المستخدم من 3 إلى 32 حرفًا.
error-username-characters = استخدم في اسم المستخدم الحروف والأرقام والنقطة والشرطة السفلية والشرطة فقط، دون مسافات.
error-username-taken = اسم المستخدم هذا مأخوذ، أو يشبه كثيرًا اسمًا مأخوذًا. جرّب اسمًا آخر.
error-password-length = تتكون كلمة المرور من 8 إلى 128 حرفًا.
error-password-characters = تحتوي كلمة المرور على رموز تحكم غير مرئية. اكتبها مرة أخرى من دونها.
error-password-common = من السهل جدًا تخمين كلمة المرور هذه. استخدم كلمة مرور أطول، مثل بضع كلمات لا علاقة بينها.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-password-wrong = كلمة المرور الحالية غير صحيحة.
error-email-invalid = هذا لا يبدو عنوان بريد إلكتروني.
error-form-invalid = لم نتمكن من قراءة النموذج. أعد تحميل الصفحة وحاول مرة أخرى.
error-form-encoding = يحتوي النموذج على رموز لم نتمكن من قراءتها.
error-form-fields = يحتوي النموذج على خانة لا نعرفها، أو على الخانة نفسها مرتين.
error-text-invalid = هذا النص طويل جدًا أو يحتوي على رموز تحكم غير مرئية.
error-organisation-name-required = اكتب اسم الجهة.
error-organisation-kind = اختر نوع هذه الجهة.
error-unknown-country = أحد رموز البلدان غير معروف لدينا. استخدم رموزًا من حرفين مثل NP, QA, PH.
error-organisation-countries = اذكر بلدًا واحدًا على الأقل تعمل فيه الجهة.
error-sector-unknown = اختر القطاعات من القائمة.
error-deadline-days = المهلة عدد كامل من الأيام (تأكيد الاستلام: من 1 إلى 365، الرد: من 1 إلى 730).
error-deadline-order = لا يمكن أن تنتهي مهلة الرد قبل مهلة تأكيد الاستلام.
error-organisation-required = مفتشو العمل والمسؤولون النقابيون ومسؤولو متابعة الحالات يتبعون جهة ما: اختر واحدة.
error-organisation-not-for-role = العمال ومشرفو المحتوى ومديرو النظام لا يتبعون أي جهة.
error-organisation-unknown = هذه الجهة غير موجودة.
error-role-organisation-kind = هذا الدور لا يناسب هذا النوع من الجهات (المفتشون يعملون في جهات تفتيش العمل أو الجهات الرسمية المسؤولة عن التوظيف، والمسؤولون النقابيون في النقابات، ومسؤولو متابعة الحالات في جهات المساعدة القانونية).
account-session-phone = هاتف
account-session-computer = متصفح حاسوب
account-session-app = تطبيق أو برنامج
account-session-signed-in = تسجيل دخول
account-session-since = منذ { $day }
account-session-current = هذا الجهاز
account-session-end = تسجيل الخروج من هناك
account-session-ended = تم تسجيل الخروج من تلك الجلسة.

# Password reset by mail, for staff (issue 16).
reset-link = الموظفون: هل نسيت كلمة المرور؟
reset-title = عيّن كلمة مرور جديدة
reset-intro = يحصل الموظفون الذين لديهم عنوان بريد إلكتروني في حسابهم على رابط لتعيين كلمة مرور جديدة. يعمل مرة واحدة، لمدة 30 دقيقة. إن لم يكن لديك عنوان، فاطلب ذلك من مسؤول.
reset-submit = أرسل لي رابطًا
reset-sent = إن كان هذا حساب موظف له عنوان بريد إلكتروني، فرابط تعيين كلمة مرور جديدة في الطريق إليك. يعمل مرة واحدة، لمدة 30 دقيقة.
reset-back = العودة إلى تسجيل الدخول
reset-new-heading = اختر كلمة مرور جديدة
reset-new-intro = تنتهي كل جلسات هذا الحساب. إن كنت تقرأ الملفات، فسيعطيك رئيس فريق في جهتك مفتاحها من جديد بعد تسجيل دخولك.
reset-new-submit = عيّن كلمة المرور الجديدة
reset-done = تغيّرت كلمة مرورك. سجّل الدخول بها.

## تسجيل الدخول بخطوتين
field-second-factor-code = رمز تطبيق المصادقة، أو رمز استرداد
login-code-hint = فقط إذا كان لحسابك تسجيل دخول بخطوتين (حسابات الموظفين لها ذلك دائمًا). وإلا فاتركه فارغًا.
field-second-factor-current = رمز من تطبيقك الحالي، أو رمز استرداد
field-second-factor-new-code = الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق الآن
two-factor-title = تسجيل الدخول بخطوتين
two-factor-heading = تسجيل الدخول بخطوتين
two-factor-on = تسجيل الدخول بخطوتين مفعّل: يُطلب عند الدخول رمز من هاتفك إلى جانب كلمة المرور.
two-factor-off = تسجيل الدخول بخطوتين غير مفعّل.
two-factor-manage = إدارته
two-factor-set-up = فعّله
two-factor-recovery-left = { $count ->
    [zero] لم يبقَ لديك أي رمز استرداد غير مستخدم.
    [one] لديك رمز استرداد واحد غير مستخدم.
    [two] لديك رمزا استرداد غير مستخدمين.
    [few] لديك { $count } رموز استرداد غير مستخدمة.
    [many] لديك { $count } رمزًا غير مستخدم للاسترداد.
   *[other] لديك { $count } رمز استرداد غير مستخدم.
}
two-factor-replace-heading = الانتقال إلى هاتف أو تطبيق جديد
two-factor-required = يستطيع حسابك فتح شكاوى العمال، لذا يحتاج إلى خطوة ثانية: رمز من ستة أرقام من تطبيق على هاتفك إلى جانب كلمة المرور. فعّلها الآن لتتابع.
two-factor-optional = يمكنك حماية حسابك بخطوة ثانية: رمز من ستة أرقام من تطبيق على هاتفك إلى جانب كلمة المرور.
two-factor-step-app = ثبّت تطبيق مصادقة على هاتفك (مثل Aegis أو FreeOTP أو Google Authenticator أو Microsoft Authenticator).
two-factor-step-scan = في التطبيق، أضف حسابًا وامسح هذا الرمز.
two-factor-qr-label = رمز QR لتطبيق المصادقة
two-factor-step-key = إذا لم يستطع التطبيق المسح، فاكتب هذا المفتاح:
two-factor-step-code = اكتب الرمز المكوّن من ستة أرقام الذي يعرضه التطبيق.
two-factor-submit = فعّل تسجيل الدخول بخطوتين
two-factor-off-heading = أوقف تسجيل الدخول بخطوتين
two-factor-off-submit = أوقفه
two-factor-off-done = تسجيل الدخول بخطوتين متوقف الآن.
two-factor-back = العودة إلى حسابك
two-factor-recovery-used = سجّلت الدخول برمز استرداد، ولا يمكن استخدامه مرة أخرى. إذا فقدت هاتفك، فجهّز هاتفًا جديدًا أدناه.
recovery-codes-title = رموز الاسترداد
recovery-codes-heading = رموز الاسترداد الخاصة بك
recovery-codes-done = تسجيل الدخول بخطوتين مفعّل.
recovery-codes-explain = إذا فقدت هاتفك، فسجّل الدخول بأحد هذه الرموز بدل الأرقام الستة. كل رمز يعمل مرة واحدة. اكتبها أو اطبعها واحفظها في مكان آمن بعيدًا عن هاتفك.
recovery-codes-once = تُعرض هذه الرموز الآن فقط. رموز الاسترداد السابقة لم تعد تعمل.
reset-code-hint = لحسابك تسجيل دخول بخطوتين: اكتب رمز التطبيق أو رمز استرداد.
error-second-factor-code = هذا الرمز غير صحيح أو استُخدم من قبل. اكتب الرمز الذي يعرضه التطبيق الآن.
error-second-factor-expired = بقيت هذه الصفحة مفتوحة مدة طويلة. امسح الرمز الجديد أدناه وحاول مرة أخرى.
error-second-factor-required = فعّل أولًا تسجيل الدخول بخطوتين على الموقع (الحساب، ثم تسجيل الدخول بخطوتين).
