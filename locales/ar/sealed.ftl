# Language: Arabic (ar). Review: machine-drafted, not yet reviewed by a native speaker.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = يمكنك قراءة ما كُتب في هذا الملف.
sealed-unreadable = (مختوم: لا يمكن فتحه هنا)
error-sealed-sign-in-again = لا تستطيع هذه الجلسة فتح محتوى الملف المختوم. سجّل الخروج ثم سجّل الدخول من جديد.
error-sealed-not-given = ليس لديك مفتاح جهتك بعد. يستطيع رئيس فريق في جهتك أن يعطيك إياه من صفحة مفتاح الجهة.
error-sealed-waiting = وصل هذا الملف إلى جهتك بعد تقديم الشكوى؛ ستتمكن من قراءة ما كُتب فيه عندما يفتحه العامل مرة أخرى بإيصاله.
error-sealed-destroyed = حُذف ما كتبه العامل.
error-sealed-no-key = ليس لجهتك مفتاح بعد. ينشئه رئيس الفريق من صفحة مفتاح الجهة.

track-your-words = ما كتبته

org-key-link = مفتاح جهتك
org-key-title = مفتاح جهتك
org-key-intro = تُحفظ الشكاوى مختومة. لا يستطيع قراءة ما كتبه العمال إليكم إلا الأعضاء الذين لديهم مفتاح جهتك؛ ولا يستطيع ذلك مديرو النظام.
org-key-none = ليس لجهتك مفتاح بعد، لذلك لا يمكن ختم أي شيء لها.
org-key-make = أنشئ المفتاح
org-key-you-hold = لديك المفتاح.
org-key-you-lack = ليس لديك المفتاح. اطلب من رئيس فريق في جهتك أن يعطيك إياه.
org-key-members = الأعضاء
org-key-lead = رئيس الفريق
org-key-holds = لديه المفتاح
org-key-lacks = ليس لديه المفتاح
org-key-not-signed-in = لم يسجّل الدخول منذ ختم الشكاوى
org-key-give = أعطِ المفتاح
org-key-given = تم إعطاء المفتاح.
org-key-code-heading = رمز الاسترداد الخاص بجهتك
org-key-code-hint = اكتبه واحفظه في مكان آمن، بعيدًا عن هذا الحاسوب. لا يظهر إلا هذه المرة فقط. إذا فقد كل رؤساء الفرق كلمات مرورهم، فهذا الرمز يعيد المفتاح.
org-key-recover-heading = استعد المفتاح برمز الاسترداد
org-key-recover-hint = عند استخدام الرمز يُستبدل برمز جديد يظهر مرة واحدة فقط.
org-key-code-field = رمز الاسترداد
org-key-recover = استعد المفتاح
org-key-error-exists = لدى جهتك مفتاح بالفعل.
org-key-error-no-keyring = لم يسجّل هذا العضو الدخول منذ ختم الشكاوى. يمكن إعطاؤه المفتاح بعد أن يسجّل الدخول.
org-key-error-code-format = يتكون رمز الاسترداد من 24 حرفًا ورقمًا، في مجموعات من أربعة.
org-key-error-code-wrong = هذا ليس رمز الاسترداد الخاص بجهتك.
org-key-error-none = ليس لجهتك مفتاح بعد.

track-delete-heading = احذف ما كتبته
track-delete-hint = تُحذف الآن وإلى الأبد كلماتك وبيانات الاتصال بك والرسائل المتبادلة مع الجهات. تحتفظ الجهات بالوقائع (الوكالة، البلدان، ما حدث) وبملاحظاتها الخاصة.
track-delete-confirm = أفهم أنه لا يمكن التراجع عن هذا
track-delete-submit = احذف ما كتبته
track-delete-confirm-required = ضع علامة في المربع للتأكيد.
track-deleted = حُذف ما كتبته.

org-retention-heading = مدة الاحتفاظ بالملفات
org-retention-now = { $days ->
    [one] يُتلف ما كتبه العمال بعد يوم واحد من معالجة الملف أو إغلاقه (وبعد 30 يومًا من سحب الشكوى).
    [two] يُتلف ما كتبه العمال بعد يومين من معالجة الملف أو إغلاقه (وبعد 30 يومًا من سحب الشكوى).
    [few] يُتلف ما كتبه العمال بعد { $days } أيام من معالجة الملف أو إغلاقه (وبعد 30 يومًا من سحب الشكوى).
    [many] يُتلف ما كتبه العمال بعد { $days } يومًا من معالجة الملف أو إغلاقه (وبعد 30 يومًا من سحب الشكوى).
   *[other] يُتلف ما كتبه العمال بعد { $days } يوم من معالجة الملف أو إغلاقه (وبعد 30 يومًا من سحب الشكوى).
}
org-retention-field = عدد الأيام
org-retention-hint = من 30 إلى 3650. تُحفظ الوقائع التي تُحسب في التقارير.
org-retention-submit = احفظ
org-retention-saved = تم الحفظ.
org-retention-error-days = أدخل عدد أيام من 30 إلى 3650.

admin-password-key-hint = ويفقد أيضًا مفتاح جهته، ولا يمكنك قراءة ملفاته: يعطيه رئيس فريق في جهته المفتاح من جديد.
sealed-grantors = رؤساء الفرق الذين يمكنهم إعطاؤه: { $names }.
