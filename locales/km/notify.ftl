# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = សួស្តី
mail-open-link = សូមចូលគណនី ដើម្បីអាន៖
mail-footer = អ្នកទទួលបានអ៊ីមែលនេះ ព្រោះគណនី FairRecruit របស់អ្នកបានស្នើសុំការជូនដំណឹង។ អ្នកអាចប្តូរភាសា ឬបញ្ឈប់អ៊ីមែលទាំងនេះ នៅលើទំព័រគណនីរបស់អ្នក៖

mail-new-referral-subject = ករណីថ្មីសម្រាប់ { $organisation }
mail-new-referral-body = ករណីថ្មីមួយត្រូវបានបញ្ជូនទៅ { $organisation } នៅលើ FairRecruit។
mail-worker-reply-subject = កម្មករម្នាក់បានឆ្លើយលើករណីមួយ
mail-worker-reply-body = កម្មករបានបន្ថែមសារមួយ ទៅក្នុងករណីមួយរបស់អង្គការអ្នក។
mail-overdue-acknowledge-subject = ករណីមួយហួសកាលកំណត់ទទួលស្គាល់
mail-overdue-acknowledge-body = ករណីមួយរបស់អង្គការអ្នក មិនត្រូវបានទទួលស្គាល់ក្នុងកាលកំណត់របស់វាទេ។
mail-overdue-answer-subject = ករណីមួយហួសកាលកំណត់ឆ្លើយតប
mail-overdue-answer-body = ករណីមួយរបស់អង្គការអ្នក មិនត្រូវបានឆ្លើយតបក្នុងកាលកំណត់របស់វាទេ។
mail-complaint-acknowledged-subject = ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានទទួលហើយ
mail-complaint-acknowledged-body = { $organisation } បានទទួលស្គាល់ពាក្យបណ្តឹងរបស់អ្នកហើយ។
mail-complaint-resolved-subject = ពាក្យបណ្តឹងរបស់អ្នកមានលទ្ធផលហើយ
mail-complaint-resolved-body = { $organisation } បានកត់ត្រាលទ្ធផលសម្រាប់ពាក្យបណ្តឹងរបស់អ្នក។
mail-review-approved-subject = មតិវាយតម្លៃរបស់អ្នកត្រូវបានផ្សព្វផ្សាយ
mail-review-approved-body = មតិវាយតម្លៃរបស់អ្នកអំពី { $recruiter } ត្រូវបានផ្សព្វផ្សាយហើយ។ សូមអរគុណដែលបានជួយកម្មករផ្សេងទៀត។
mail-review-rejected-subject = មតិវាយតម្លៃរបស់អ្នកមិនត្រូវបានផ្សព្វផ្សាយទេ
mail-review-rejected-body = មតិវាយតម្លៃរបស់អ្នកអំពី { $recruiter } មិនត្រូវបានផ្សព្វផ្សាយទេ។ ទំព័រគណនីរបស់អ្នកប្រាប់ពីមូលហេតុ។
mail-digest-subject = សេចក្តីសង្ខេបប្រចាំថ្ងៃពី FairRecruit របស់អ្នក
mail-digest-body = តាំងពីសេចក្តីសង្ខេបចុងក្រោយរបស់អ្នក៖
mail-digest-line-new-referral = { $count ->
   *[other] ករណីថ្មី { $count }
}
mail-digest-line-worker-reply = { $count ->
   *[other] ចម្លើយពីកម្មករ { $count }
}
mail-digest-line-overdue-acknowledge = { $count ->
   *[other] ករណីហួសកាលកំណត់ទទួលស្គាល់ { $count }
}
mail-digest-line-overdue-answer = { $count ->
   *[other] ករណីហួសកាលកំណត់ឆ្លើយតប { $count }
}

## Account settings

account-notices-heading = ការជូនដំណឹង
account-notices-hint = អ៊ីមែលត្រូវបានផ្ញើទៅអាសយដ្ឋានខាងលើ ហើយគ្រាន់តែប្រាប់ថាមានអ្វីមួយផ្លាស់ប្តូរ មិនដែលប្រាប់ពីខ្លឹមសារពាក្យបណ្តឹងទេ។
account-notices-language = ភាសានៃអ៊ីមែល
account-notices-how = តើអ្នកចង់ទទួលវាដោយរបៀបណា?
account-notices-each = អ៊ីមែលមួយ សម្រាប់ព្រឹត្តិការណ៍នីមួយៗ
account-notices-digest = សេចក្តីសង្ខេបមួយ ក្នុងមួយថ្ងៃ
account-notices-none = មិនទទួលអ៊ីមែល
account-notices-submit = រក្សាទុកការកំណត់ការជូនដំណឹង
account-notices-saved = ការកំណត់ការជូនដំណឹងត្រូវបានរក្សាទុក។
error-notices-language = សូមជ្រើសរើសភាសាមួយក្នុងបញ្ជី។
error-notices-choice = សូមជ្រើសរើសរបៀបដែលអ្នកចង់ទទួលការជូនដំណឹង។
error-notices-digest-leads = មានតែអ្នកដឹកនាំរបស់អង្គការប៉ុណ្ណោះ ដែលអាចជ្រើសរើសសេចក្តីសង្ខេបប្រចាំថ្ងៃបាន។

## Administrators: mail

admin-nav-mail = អ៊ីមែល
admin-mail-title = អ៊ីមែល
admin-mail-heading = ការជូនដំណឹងតាមអ៊ីមែល
admin-mail-intro = ការជូនដំណឹងរង់ចាំក្នុងប្រអប់ចេញ រហូតដល់ម៉ាស៊ីនមេអ៊ីមែលយកវា។ អ៊ីមែលដែលបរាជ័យជាច្រើនដង ឬដែលម៉ាស៊ីនមេបដិសេធជាស្ថាពរ នឹងត្រូវបោះបង់ ហើយបង្ហាញនៅទីនេះ ជាមួយកំហុសចុងក្រោយរបស់វា។
admin-mail-pending = កំពុងរង់ចាំផ្ញើ
admin-mail-dead = បានបោះបង់
admin-mail-none-dead = គ្មានអ៊ីមែលណាត្រូវបានបោះបង់ទេ។
admin-mail-retry-all-hint = បន្ទាប់ពីជួសជុលការកំណត់អ៊ីមែល សូមដាក់អ៊ីមែលទាំងអស់ខាងក្រោម ចូលជួរវិញ។
admin-mail-retry-all = សាកល្បងទាំងអស់ម្តងទៀត
admin-mail-created = បានបង្កើត
admin-mail-kind = ការជូនដំណឹង
admin-mail-recipient = អ្នកទទួល
admin-mail-attempts = ចំនួនដងសាកល្បង
admin-mail-error = កំហុសចុងក្រោយ
admin-mail-retry = សាកល្បងម្តងទៀត
admin-overview-dead-mail = { admin-mail-heading }៖ { admin-mail-dead }
admin-mail-retried = { $count ->
   *[other] អ៊ីមែល { $count } ត្រូវបានដាក់ចូលជួរវិញ។
}
admin-mail-kind-new-referral = ករណីថ្មី
admin-mail-kind-worker-reply = ចម្លើយរបស់កម្មករ
admin-mail-kind-overdue-acknowledge = ហួសកាលកំណត់ទទួលស្គាល់
admin-mail-kind-overdue-answer = ហួសកាលកំណត់ឆ្លើយតប
admin-mail-kind-complaint-acknowledged = ពាក្យបណ្តឹងត្រូវបានទទួលស្គាល់ (ទៅកម្មករ)
admin-mail-kind-complaint-resolved = ពាក្យបណ្តឹងត្រូវបានដោះស្រាយ (ទៅកម្មករ)
admin-mail-kind-review-approved = មតិវាយតម្លៃត្រូវបានផ្សព្វផ្សាយ (ទៅអ្នកសរសេរ)
admin-mail-kind-review-rejected = មតិវាយតម្លៃមិនត្រូវបានផ្សព្វផ្សាយ (ទៅអ្នកសរសេរ)
admin-mail-kind-digest = សេចក្តីសង្ខេបប្រចាំថ្ងៃ

## Watchlists

admin-mail-kind-watch-summary = សេចក្តីសង្ខេបបញ្ជីតាមដានប្រចាំសប្តាហ៍
mail-watch-summary-subject = សេចក្តីសង្ខេបបញ្ជីតាមដានប្រចាំសប្តាហ៍របស់អ្នក
mail-watch-summary-body = អ្វីដែលបានផ្លាស់ប្តូរក្នុងសប្តាហ៍នេះ អំពីភ្នាក់ងារជ្រើសរើសដែលអ្នកតាមដាន៖
mail-watch-line = { $recruiter }៖ { $changes }
mail-watch-reviews = { $count ->
   *[other] មតិវាយតម្លៃថ្មី { $count }
}
mail-watch-rating = ពិន្ទុ { $from } → { $to }
mail-watch-rating-new = ពិន្ទុឥឡូវនេះ { $to }
mail-watch-complaints = ពាក្យបណ្តឹងថ្មី { $count }
mail-watch-complaints-few = ពាក្យបណ្តឹងថ្មីតិចជាង 5
watchlist-title = បញ្ជីតាមដាន
watchlist-heading = បញ្ជីតាមដានរបស់ខ្ញុំ
watchlist-intro = ភ្នាក់ងារជ្រើសរើសដែលអ្នកតាមដាន។ ម្តងក្នុងមួយសប្តាហ៍ អ្នកទទួលបានអ៊ីមែលមួយ ដែលប្រាប់ពីអ្វីដែលបានផ្លាស់ប្តូរអំពីពួកគេ៖ មតិវាយតម្លៃថ្មី ពិន្ទុ អាជ្ញាប័ណ្ណ ពាក្យបណ្តឹងថ្មី (តែចំនួនប៉ុណ្ណោះ មិនដែលប្រាប់ថាអ្នកណាទេ)។
watchlist-empty = អ្នកមិនទាន់តាមដានភ្នាក់ងារជ្រើសរើសណាមួយនៅឡើយទេ។
watchlist-reviews = { $count ->
   *[other] មតិវាយតម្លៃ { $count }
}
watchlist-rating = ពិន្ទុ { $rating } លើ 5
watchlist-rating-few = មតិវាយតម្លៃតិចពេក សម្រាប់ដាក់ពិន្ទុ
watchlist-remove = ឈប់តាមដាន
watchlist-add-heading = តាមដានភ្នាក់ងារជ្រើសរើស
watchlist-add-label = លេខអាជ្ញាប័ណ្ណ ឬលេខសម្គាល់ FairRecruit
watchlist-add-hint = លេខអាជ្ញាប័ណ្ណដូចក្នុងបញ្ជី ឬលេខសម្គាល់នៅចុងអាសយដ្ឋានទំព័ររបស់ភ្នាក់ងារជ្រើសរើស។ រហូតដល់ { $max } ភ្នាក់ងារ។
watchlist-add-submit = តាមដាន
watchlist-added = បានបន្ថែមទៅបញ្ជីតាមដានរបស់អ្នក។
watchlist-removed = បានដកចេញពីបញ្ជីតាមដានរបស់អ្នក។
error-watch-recruiter = គ្មានភ្នាក់ងារជ្រើសរើសណាក្នុងបញ្ជី មានលេខអាជ្ញាប័ណ្ណ ឬលេខសម្គាល់នេះទេ។
error-watch-limit = បញ្ជីតាមដានរបស់អ្នកពេញហើយ។ សូមឈប់តាមដានមួយ មុននឹងបន្ថែមមួយទៀត។
recruiter-watch-link = សហជីព និងអធិការការងារ៖ បន្ថែមភ្នាក់ងារជ្រើសរើសនេះទៅបញ្ជីតាមដានរបស់អ្នក

mail-password-reset-subject = កំណត់ពាក្យសម្ងាត់ FairRecruit ថ្មី
mail-password-reset-body = មាននរណាម្នាក់ ដែលយើងសង្ឃឹមថាជាអ្នក បានស្នើសុំកំណត់ពាក្យសម្ងាត់ថ្មី សម្រាប់គណនី FairRecruit របស់អ្នក។ តំណខាងក្រោមប្រើបានតែម្តង ក្នុងរយៈពេល 30 នាទី។ បើមិនមែនជាអ្នកទេ កុំធ្វើអ្វីទាំងអស់៖ ពាក្យសម្ងាត់របស់អ្នកនៅដដែល។
admin-mail-kind-password-reset = តំណកំណត់ពាក្យសម្ងាត់ឡើងវិញ (ទៅបុគ្គលិក)

mail-second-factor-reset-subject = ការចូលគណនីពីរជំហាន FairRecruit របស់អ្នកត្រូវបានកំណត់ឡើងវិញ
mail-second-factor-reset-body = អ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ បានកំណត់ការចូលគណនីពីរជំហាននៃគណនី FairRecruit របស់អ្នកឡើងវិញ ហើយបានធ្វើឱ្យអ្នកចាកចេញពីគ្រប់ឧបករណ៍។ នៅពេលចូលគណនីលើកក្រោយ សូមរៀបចំកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នកម្តងទៀត។ បើអ្នកមិនបានស្នើសុំការនេះទេ សូមប្រាប់អ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នកភ្លាមៗ។
admin-mail-kind-second-factor-reset = ការកំណត់ការចូលគណនីពីរជំហានឡើងវិញ (ទៅបុគ្គលិក)
admin-mail-kind-webhook-acknowledged = Webhook ស្ថានភាព៖ បានទទួលស្គាល់ (ទៅដៃគូទទួលពាក្យ)
admin-mail-kind-webhook-question = Webhook ស្ថានភាព៖ សារសម្រាប់កម្មករ (ទៅដៃគូទទួលពាក្យ)
admin-mail-kind-webhook-resolved = Webhook ស្ថានភាព៖ បានដោះស្រាយ (ទៅដៃគូទទួលពាក្យ)
admin-mail-kind-webhook-closed = Webhook ស្ថានភាព៖ បានបិទ (ទៅដៃគូទទួលពាក្យ)
