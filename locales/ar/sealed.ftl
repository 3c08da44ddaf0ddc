# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = كلمات القضية مفتوحة لك.
sealed-unreadable = (مختوم: لا يمكن فتحه هنا)
error-sealed-sign-in-again = لا تستطيع هذه الجلسة فتح محتوى القضية المختوم. سجّل الخروج ثم سجّل الدخول من جديد.
error-sealed-not-given = لا تملك مفتاح منظمتك بعد. يمكن لأحد قادة منظمتك أن يعطيك إياه من صفحة مفتاح المنظمة.
error-sealed-waiting = وصلت هذه القضية إلى منظمتك بعد تقديمها؛ تُفتح كلماتها لك حين يطّلع عليها العامل بإيصاله في المرة القادمة.
error-sealed-destroyed = حُذف ما كتبه العامل.
error-sealed-no-key = ليس لمنظمتك مفتاح بعد. ينشئه أحد القادة من صفحة مفتاح المنظمة.

track-your-words = ما كتبته

org-key-link = مفتاح منظمتك
org-key-title = مفتاح منظمتك
org-key-intro = تُحفظ الشكاوى مختومة. لا يقرأ ما كتبه العمال إلا الأعضاء الذين يملكون مفتاح منظمتك؛ لا يستطيع المسؤولون ذلك.
org-key-none = ليس لمنظمتك مفتاح بعد، فلا يمكن ختم أي شيء لها.
org-key-make = أنشئ المفتاح
org-key-you-hold = المفتاح معك.
org-key-you-lack = المفتاح ليس معك. اطلب من أحد قادة منظمتك أن يعطيك إياه.
org-key-members = الأعضاء
org-key-lead = قائد
org-key-holds = يملك المفتاح
org-key-lacks = لا يملك المفتاح
org-key-not-signed-in = لم يسجّل الدخول منذ ختم الشكاوى
org-key-give = أعطِ المفتاح
org-key-given = أُعطي المفتاح.
org-key-code-heading = رمز الاسترداد الخاص بمنظمتك
org-key-code-hint = اكتبه واحفظه في مكان آمن بعيدًا عن هذا الحاسوب. لا يظهر إلا هذه المرة. إن فقد كل القادة كلمات مرورهم، فهو يعيد المفتاح.
org-key-recover-heading = استعد المفتاح برمز الاسترداد
org-key-recover-hint = استخدام الرمز يستبدله برمز جديد يظهر مرة واحدة.
org-key-code-field = رمز الاسترداد
org-key-recover = استعد المفتاح
org-key-error-exists = لمنظمتك مفتاح بالفعل.
org-key-error-no-keyring = لم يسجّل هذا العضو الدخول منذ ختم الشكاوى. يمكن إعطاؤه المفتاح بعد أن يسجّل الدخول.
org-key-error-code-format = رمز الاسترداد 24 حرفًا ورقمًا في مجموعات من أربعة.
org-key-error-code-wrong = هذا ليس رمز الاسترداد الخاص بمنظمتك.
org-key-error-none = ليس لمنظمتك مفتاح بعد.

track-delete-heading = احذف ما كتبته
track-delete-hint = تُحذف كلماتك وبيانات الاتصال بك والرسائل المتبادلة مع المنظمات الآن، نهائيًا. تحتفظ المنظمات بالوقائع (الوكالة، البلدان، ما حدث) وبملاحظاتها الخاصة.
track-delete-confirm = أفهم أن هذا لا يمكن التراجع عنه
track-delete-submit = احذف ما كتبته
track-delete-confirm-required = ضع علامة في المربع للتأكيد.
track-deleted = حُذف ما كتبته.

org-retention-heading = مدة الاحتفاظ بالقضايا
org-retention-now = { $days ->
    [one] يُتلف ما كتبه العمال بعد يوم واحد ({ $days }) من حل القضية أو إغلاقها (30 يومًا بعد السحب).
   *[other] يُتلف ما كتبه العمال بعد { $days } يومًا من حل القضية أو إغلاقها (30 يومًا بعد السحب).
}
org-retention-field = الأيام
org-retention-hint = من 30 إلى 3650. تُحفظ الوقائع التي تحسبها التقارير.
org-retention-submit = حفظ
org-retention-saved = تم الحفظ.
org-retention-error-days = أدخل عدد أيام من 30 إلى 3650.

admin-password-key-hint = ويفقد أيضًا مفتاح منظمته، ولا يمكنك قراءة قضاياه: يعيد أحد قادة منظمته إعطاءه المفتاح.
sealed-grantors = القادة الذين يمكنهم إعطاؤه: { $names }.
