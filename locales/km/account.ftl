# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = ឈ្មោះអ្នកប្រើ
field-password = ពាក្យសម្ងាត់
field-password-confirm = ពាក្យសម្ងាត់ម្តងទៀត
field-current-password = ពាក្យសម្ងាត់បច្ចុប្បន្ន
field-new-password = ពាក្យសម្ងាត់ថ្មី
field-email = អាសយដ្ឋានអ៊ីមែល
field-role = តួនាទី
field-organisation = អង្គការ

login-title = ចូលគណនី
login-heading = ចូលគណនី
login-submit = ចូលគណនី
login-link = ចូលគណនី
login-no-account = មិនទាន់មានគណនីមែនទេ?
login-anonymous-note = អ្នកមិនចាំបាច់មានគណនី ដើម្បីស្វែងរកភ្នាក់ងារជ្រើសរើស ឬដាក់ពាក្យបណ្តឹងទេ។ គណនីជួយឱ្យអ្នកតាមដានមតិវាយតម្លៃរបស់អ្នក។

register-title = បង្កើតគណនី
register-heading = បង្កើតគណនី
register-intro = ត្រូវការតែឈ្មោះអ្នកប្រើ និងពាក្យសម្ងាត់ប៉ុណ្ណោះ។ មិនត្រូវការឈ្មោះ អ៊ីមែល ឬលេខទូរស័ព្ទទេ។
register-username-hint = អក្សរ ឬលេខពី 3 ដល់ 32 តួ ជាអក្សរភាសាណាក៏បាន។ អ្នកអាចប្រើ . _ និង - បាន។ កុំប្រើឈ្មោះពិតរបស់អ្នក បើអ្នកមិនចង់។
register-password-hint = យ៉ាងហោចណាស់ 8 តួអក្សរ។ ពាក្យពីរបីម៉ាត់ដែលអ្នកអាចចាំបាន ល្អជាងពាក្យសម្ងាត់ខ្លីៗ ដែលគេប្រើញឹកញាប់។
register-submit = បង្កើតគណនី
register-link = បង្កើតគណនី
register-privacy = យើងមិនរក្សាទុកអាសយដ្ឋានអ៊ីនធឺណិត (IP) ឧបករណ៍ ឬលេខទូរស័ព្ទរបស់អ្នក ជាមួយគណនីរបស់អ្នកទេ។
register-have-account = មានគណនីរួចហើយមែនទេ?

account-title = គណនីរបស់អ្នក
account-heading = គណនីរបស់អ្នក
account-admin-link = ការគ្រប់គ្រងប្រព័ន្ធ
account-password-heading = ប្តូរពាក្យសម្ងាត់របស់អ្នក
account-password-submit = ប្តូរពាក្យសម្ងាត់
account-password-saved = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូរហើយ។ អ្នកត្រូវបានចាកចេញពីឧបករណ៍ផ្សេងទៀតទាំងអស់។
account-email-heading = អ៊ីមែលសម្រាប់ការជូនដំណឹង
account-email-hint = មិនបង្ខំ។ យើងសរសេរមកអ្នក តែដើម្បីប្រាប់ថាមានអ្វីមួយផ្លាស់ប្តូរប៉ុណ្ណោះ មិនដែលប្រាប់ពីខ្លឹមសារពាក្យបណ្តឹងរបស់អ្នកទេ។ ទុកចន្លោះនេះទទេ ដើម្បីលុបអ៊ីមែលចេញ។
account-email-submit = រក្សាទុកអាសយដ្ឋានអ៊ីមែល
account-email-saved = បានរក្សាទុក។
account-sessions-heading = ការចាកចេញ
account-logout = ចាកចេញ
account-logout-everywhere = ចាកចេញពីគ្រប់ឧបករណ៍
account-logout-everywhere-hint = បើអ្នកបានប្រើទូរស័ព្ទរួមជាមួយអ្នកដទៃ ឬគិតថាមាននរណាម្នាក់ដឹងពាក្យសម្ងាត់របស់អ្នក សូមចាកចេញពីគ្រប់ឧបករណ៍។

role-worker = កម្មករ
role-moderator = អ្នកត្រួតពិនិត្យមតិ
role-inspector = អធិការការងារ
role-union_officer = មន្ត្រីសហជីព
role-caseworker = បុគ្គលិកទទួលបន្ទុកករណី (ជំនួយផ្លូវច្បាប់)
role-admin = អ្នកគ្រប់គ្រងប្រព័ន្ធ

org-role-member = សមាជិក
org-role-lead = អ្នកដឹកនាំ

organisation-kind-labour_inspectorate = ស្ថាប័នអធិការកិច្ចការងារ
organisation-kind-origin_authority = អាជ្ញាធរជ្រើសរើសកម្មករនៃប្រទេសដើម
organisation-kind-trade_union = សហជីព
organisation-kind-legal_aid = ជំនួយផ្លូវច្បាប់ ឬអង្គការមិនមែនរដ្ឋាភិបាល (NGO)
organisation-kind-intake_partner = ដៃគូទទួលពាក្យបណ្ដឹង (ទទួលរបាយការណ៍តាមការជជែក ឬខ្សែទូរស័ព្ទជំនួយ)

sector-agriculture = កសិកម្ម
sector-construction = សំណង់
sector-domestic_work = ការងារតាមផ្ទះ
sector-manufacturing = ផលិតកម្ម (រោងចក្រ)
sector-hospitality = សណ្ឋាគារ និងភោជនីយដ្ឋាន
sector-fishing = នេសាទ
sector-care = ការងារថែទាំ
sector-security = សន្តិសុខ
sector-transport = ដឹកជញ្ជូន
sector-retail = ហាង និងការលក់រាយ
sector-other = ផ្សេងៗ

error-username-required = សូមវាយឈ្មោះអ្នកប្រើ។
error-username-length = ឈ្មោះអ្នកប្រើមាន 3 ដល់ 32 តួអក្សរ។
error-username-characters = សូមប្រើតែអក្សរ លេខ ចំណុច សញ្ញាគូសក្រោម និងសញ្ញាដក ក្នុងឈ្មោះអ្នកប្រើ ដោយគ្មានដកឃ្លា។
error-username-taken = ឈ្មោះអ្នកប្រើនេះមានគេយករួចហើយ ឬស្រដៀងពេកនឹងឈ្មោះដែលមានគេយក។ សូមសាកល្បងឈ្មោះផ្សេង។
error-password-length = ពាក្យសម្ងាត់មាន 8 ដល់ 128 តួអក្សរ។
error-password-characters = ពាក្យសម្ងាត់មានតួអក្សរបញ្ជាដែលមើលមិនឃើញ។ សូមវាយម្តងទៀតដោយគ្មានតួអក្សរទាំងនោះ។
error-password-common = ពាក្យសម្ងាត់នេះងាយទាយពេក។ សូមប្រើពាក្យសម្ងាត់វែងជាងនេះ ឧទាហរណ៍ ពាក្យពីរបីម៉ាត់ដែលមិនទាក់ទងគ្នា។
error-password-mismatch = ពាក្យសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។
error-password-wrong = ពាក្យសម្ងាត់បច្ចុប្បន្នមិនត្រឹមត្រូវទេ។
error-email-invalid = នេះមើលទៅមិនដូចអាសយដ្ឋានអ៊ីមែលទេ។
error-form-invalid = មិនអាចអានទម្រង់បានទេ។ សូមផ្ទុកទំព័រឡើងវិញ ហើយសាកល្បងម្តងទៀត។
error-form-encoding = ទម្រង់មានតួអក្សរដែលមិនអាចអានបាន។
error-form-fields = ទម្រង់មានប្រអប់ដែលយើងមិនស្គាល់ ឬមានប្រអប់ដដែលពីរដង។
error-text-invalid = អត្ថបទនេះវែងពេក ឬមានតួអក្សរបញ្ជាដែលមើលមិនឃើញ។
error-organisation-name-required = សូមវាយឈ្មោះអង្គការ។
error-organisation-kind = សូមជ្រើសរើសថា អង្គការនេះជាអង្គការប្រភេទណា។
error-unknown-country = មានលេខកូដប្រទេសមួយដែលយើងមិនស្គាល់។ សូមប្រើលេខកូដពីរអក្សរ ដូចជា NP, QA, PH។
error-organisation-countries = សូមផ្តល់យ៉ាងហោចណាស់ប្រទេសមួយ ដែលអង្គការនេះគ្របដណ្តប់។
error-sector-unknown = សូមជ្រើសរើសវិស័យពីបញ្ជី។
error-deadline-days = កាលកំណត់គឺជាចំនួនថ្ងៃគត់ (ទទួលស្គាល់៖ 1 ដល់ 365 ថ្ងៃ ឆ្លើយតប៖ 1 ដល់ 730 ថ្ងៃ)។
error-deadline-order = កាលកំណត់ឆ្លើយតប មិនអាចមកមុនកាលកំណត់ទទួលស្គាល់បានទេ។
error-organisation-required = អធិការការងារ មន្ត្រីសហជីព និងបុគ្គលិកទទួលបន្ទុកករណី ត្រូវតែស្ថិតក្នុងអង្គការមួយ៖ សូមជ្រើសរើសអង្គការមួយ។
error-organisation-not-for-role = កម្មករ អ្នកត្រួតពិនិត្យមតិ និងអ្នកគ្រប់គ្រងប្រព័ន្ធ មិនស្ថិតក្នុងអង្គការណាមួយទេ។
error-organisation-unknown = អង្គការនោះមិនមានទេ។
error-role-organisation-kind = តួនាទីនេះមិនត្រូវនឹងប្រភេទអង្គការនេះទេ (អធិការការងារធ្វើការនៅស្ថាប័នអធិការកិច្ចការងារ ឬអាជ្ញាធរជ្រើសរើសកម្មករ មន្ត្រីសហជីពនៅសហជីព បុគ្គលិកទទួលបន្ទុកករណីនៅអង្គការជំនួយផ្លូវច្បាប់)។
account-session-phone = ទូរស័ព្ទ
account-session-computer = កម្មវិធីរុករកលើកុំព្យូទ័រ
account-session-app = កម្មវិធី ឬប្រូក្រាមមួយ
account-session-signed-in = បានចូលគណនី
account-session-since = តាំងពី { $day }
account-session-current = ឧបករណ៍នេះ
account-session-end = ចាកចេញនៅទីនោះ
account-session-ended = ការចូលគណនីនោះត្រូវបានបញ្ចប់ហើយ។

# Password reset by mail, for staff (issue 16).
reset-link = បុគ្គលិក៖ ភ្លេចពាក្យសម្ងាត់មែនទេ?
reset-title = កំណត់ពាក្យសម្ងាត់ថ្មី
reset-intro = បុគ្គលិកដែលមានអាសយដ្ឋានអ៊ីមែលក្នុងគណនី នឹងទទួលបានតំណមួយ ដើម្បីកំណត់ពាក្យសម្ងាត់ថ្មី។ តំណនេះប្រើបានតែម្តង ក្នុងរយៈពេល 30 នាទី។ បើគ្មានអាសយដ្ឋានអ៊ីមែលទេ សូមសុំអ្នកគ្រប់គ្រងប្រព័ន្ធ។
reset-submit = ផ្ញើតំណមកខ្ញុំ
reset-sent = បើនេះជាគណនីបុគ្គលិកដែលមានអាសយដ្ឋានអ៊ីមែល តំណសម្រាប់កំណត់ពាក្យសម្ងាត់ថ្មីកំពុងផ្ញើទៅ។ តំណនេះប្រើបានតែម្តង ក្នុងរយៈពេល 30 នាទី។
reset-back = ត្រឡប់ទៅការចូលគណនី
reset-new-heading = ជ្រើសរើសពាក្យសម្ងាត់ថ្មី
reset-new-intro = ការចូលគណនីទាំងអស់របស់គណនីនេះនឹងត្រូវបញ្ចប់។ បើអ្នកជាអ្នកអានករណីបណ្តឹង អ្នកដឹកនាំម្នាក់នៃអង្គការរបស់អ្នក នឹងផ្តល់សោរបស់អង្គការឱ្យអ្នកម្តងទៀត បន្ទាប់ពីអ្នកចូលគណនី។
reset-new-submit = កំណត់ពាក្យសម្ងាត់ថ្មី
reset-done = ពាក្យសម្ងាត់របស់អ្នកត្រូវបានប្តូរហើយ។ សូមចូលគណនីដោយប្រើពាក្យសម្ងាត់ថ្មីនេះ។

## Two-step sign-in (a second factor)
field-second-factor-code = លេខកូដពីកម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក ឬលេខកូដសង្គ្រោះ
login-code-hint = តែក្នុងករណីគណនីរបស់អ្នកមានការចូលគណនីពីរជំហានប៉ុណ្ណោះ (គណនីបុគ្គលិកតែងតែមាន)។ បើមិនដូច្នោះទេ សូមទុកចន្លោះនេះទទេ។
field-second-factor-current = លេខកូដពីកម្មវិធីបច្ចុប្បន្នរបស់អ្នក ឬលេខកូដសង្គ្រោះ
field-second-factor-new-code = លេខកូដប្រាំមួយខ្ទង់ ដែលកម្មវិធីបង្ហាញឥឡូវនេះ
two-factor-title = ការចូលគណនីពីរជំហាន
two-factor-heading = ការចូលគណនីពីរជំហាន
two-factor-on = ការចូលគណនីពីរជំហានកំពុងបើក៖ ពេលចូលគណនី ត្រូវការលេខកូដពីទូរស័ព្ទរបស់អ្នក បន្ថែមលើពាក្យសម្ងាត់។
two-factor-off = ការចូលគណនីពីរជំហានកំពុងបិទ។
two-factor-manage = គ្រប់គ្រង
two-factor-set-up = រៀបចំ
two-factor-recovery-left = { $count ->
   *[other] អ្នកនៅមានលេខកូដសង្គ្រោះដែលមិនទាន់ប្រើចំនួន { $count }។
}
two-factor-replace-heading = ផ្លាស់ទៅទូរស័ព្ទ ឬកម្មវិធីថ្មី
two-factor-required = គណនីរបស់អ្នកអាចបើកមើលពាក្យបណ្តឹងរបស់កម្មករ ដូច្នេះវាត្រូវការជំហានទីពីរ៖ លេខកូដប្រាំមួយខ្ទង់ពីកម្មវិធីលើទូរស័ព្ទរបស់អ្នក បន្ថែមលើពាក្យសម្ងាត់។ សូមរៀបចំវាឥឡូវនេះ ដើម្បីបន្ត។
two-factor-optional = អ្នកអាចការពារគណនីរបស់អ្នកដោយជំហានទីពីរ៖ លេខកូដប្រាំមួយខ្ទង់ពីកម្មវិធីលើទូរស័ព្ទរបស់អ្នក បន្ថែមលើពាក្យសម្ងាត់។
two-factor-step-app = ដំឡើងកម្មវិធីផ្ទៀងផ្ទាត់ (authenticator) លើទូរស័ព្ទរបស់អ្នក (ឧទាហរណ៍ Aegis, FreeOTP, Google Authenticator ឬ Microsoft Authenticator)។
two-factor-step-scan = នៅក្នុងកម្មវិធី សូមបន្ថែមគណនីមួយ ហើយស្កេនកូដនេះ។
two-factor-qr-label = កូដ QR សម្រាប់កម្មវិធីផ្ទៀងផ្ទាត់របស់អ្នក
two-factor-step-key = បើកម្មវិធីមិនអាចស្កេនបាន សូមវាយកូដសម្ងាត់នេះ៖
two-factor-step-code = សូមវាយលេខកូដប្រាំមួយខ្ទង់ ដែលកម្មវិធីបង្ហាញ។
two-factor-submit = បើកការចូលគណនីពីរជំហាន
two-factor-off-heading = បិទការចូលគណនីពីរជំហាន
two-factor-off-submit = បិទវា
two-factor-off-done = ការចូលគណនីពីរជំហានត្រូវបានបិទហើយ។
two-factor-back = ត្រឡប់ទៅគណនីរបស់អ្នក
two-factor-recovery-used = អ្នកបានចូលគណនីដោយប្រើលេខកូដសង្គ្រោះ ដែលមិនអាចប្រើម្តងទៀតបានទេ។ បើអ្នកបាត់ទូរស័ព្ទ សូមរៀបចំទូរស័ព្ទថ្មីនៅខាងក្រោម។
recovery-codes-title = លេខកូដសង្គ្រោះ
recovery-codes-heading = លេខកូដសង្គ្រោះរបស់អ្នក
recovery-codes-done = ការចូលគណនីពីរជំហានត្រូវបានបើកហើយ។
recovery-codes-explain = បើអ្នកបាត់ទូរស័ព្ទ សូមចូលគណនីដោយប្រើលេខកូដមួយក្នុងចំណោមលេខកូដទាំងនេះ ជំនួសលេខប្រាំមួយខ្ទង់។ លេខកូដនីមួយៗប្រើបានតែម្តង។ សូមសរសេរទុក ឬបោះពុម្ពវា ហើយរក្សាទុកនៅកន្លែងសុវត្ថិភាព ឆ្ងាយពីទូរស័ព្ទរបស់អ្នក។
recovery-codes-once = លេខកូដទាំងនេះបង្ហាញតែពេលនេះប៉ុណ្ណោះ។ លេខកូដសង្គ្រោះចាស់ៗ លែងប្រើបានទៀតហើយ។
reset-code-hint = គណនីរបស់អ្នកមានការចូលគណនីពីរជំហាន៖ សូមវាយលេខកូដពីកម្មវិធីរបស់អ្នក ឬលេខកូដសង្គ្រោះ។
error-second-factor-code = លេខកូដនោះមិនត្រឹមត្រូវ ឬត្រូវបានប្រើរួចហើយ។ សូមវាយលេខកូដដែលកម្មវិធីបង្ហាញឥឡូវនេះ។
error-second-factor-expired = ទំព័រនេះត្រូវបានបើកយូរពេក។ សូមស្កេនកូដថ្មីខាងក្រោម ហើយសាកល្បងម្តងទៀត។
error-second-factor-required = សូមរៀបចំការចូលគណនីពីរជំហាននៅលើគេហទំព័រជាមុនសិន (គណនី បន្ទាប់មក ការចូលគណនីពីរជំហាន)។
