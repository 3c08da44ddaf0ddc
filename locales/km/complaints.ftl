# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = ដាក់ពាក្យបណ្តឹង
complaint-new-heading = ដាក់ពាក្យបណ្តឹងជាការសម្ងាត់
complaint-new-intro = សូមប្រាប់យើងពីអ្វីដែលបានកើតឡើង។ យើងផ្ញើវាទៅតែអង្គការដែលអ្នកជ្រើសរើស នៅក្នុងប្រទេសនៃដំណើររបស់អ្នកប៉ុណ្ណោះ។ ត្រូវការតែភ្នាក់ងារជ្រើសរើស និងប្រទេសទាំងពីរប៉ុណ្ណោះ។
complaint-new-safety = អ្នកមិនចាំបាច់ផ្តល់ឈ្មោះ អ៊ីមែល ឬលេខទូរស័ព្ទទេ។ យើងមិនដែលសួរអំពីស្ថានភាពអន្តោប្រវេសន៍របស់អ្នក ហើយមិនដែលចែករំលែកអ្វីទាំងអស់ជាមួយអាជ្ញាធរអន្តោប្រវេសន៍ឡើយ។
complaint-section-recruiter = អ្នកណាបានជ្រើសរើសអ្នក
complaint-about = អំពី៖
complaint-recruiter-hint = ស្វែងរកភ្នាក់ងារនៅក្នុងបញ្ជី ហើយជ្រើសរើស "ដាក់ពាក្យបណ្តឹងជាការសម្ងាត់អំពីភ្នាក់ងារជ្រើសរើសនេះ" នៅទីនោះ ឬសរសេរឈ្មោះភ្នាក់ងារ ឬមេខ្យល់នៅខាងក្រោម។
complaint-recruiter-find = ស្វែងរកក្នុងបញ្ជី
complaint-recruiter-link = ដាក់ពាក្យបណ្តឹងជាការសម្ងាត់អំពីភ្នាក់ងារជ្រើសរើសនេះ
complaint-field-sub-agent = ឈ្មោះភ្នាក់ងារ ឬមេខ្យល់
complaint-sub-agent-hint = អ្នកកណ្តាលដែលគ្មានអាជ្ញាប័ណ្ណ ឧទាហរណ៍ មេខ្យល់នៅភូមិ។ សូមសរសេរឈ្មោះតាមដែលអ្នកស្គាល់។
complaint-field-sub-agent-country = ប្រទេសដែលភ្នាក់ងារនេះធ្វើការ
complaint-choose = — ជ្រើសរើស —
complaint-section-journey = ដំណើររបស់អ្នក
complaint-field-origin = ប្រទេសដែលអ្នកចាកចេញមក
complaint-field-destination = ប្រទេសដែលអ្នកបានទៅ (ឬនឹងទៅ)
complaint-field-stage = តើអ្នកនៅឯណាឥឡូវនេះ?
complaint-field-sector = ប្រភេទការងារ
complaint-field-occupation = មុខរបររបស់អ្នក
complaint-field-departure-year = ឆ្នាំដែលអ្នកចាកចេញ
complaint-section-danger = សុវត្ថិភាពរបស់អ្នក
complaint-field-in-danger = ខ្ញុំកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ
complaint-in-danger-hint = ធីកប្រអប់នេះ បើអ្នក ឬអ្នកដទៃ កំពុងប្រឈមនឹងគ្រោះថ្នាក់ឥឡូវនេះ។ ពាក្យបណ្តឹងបែបនេះត្រូវបានអានមុនគេ។ ក្នុងករណីបន្ទាន់ សូមទូរស័ព្ទទៅលេខសង្គ្រោះបន្ទាន់ក្នុងតំបន់ផងដែរ។
complaint-field-workers = តើរឿងនេះប៉ះពាល់កម្មករប៉ុន្មាននាក់ រួមទាំងអ្នកផង?
complaint-section-issues = អ្វីដែលបានកើតឡើង
complaint-issues-hint = សូមធីកអ្វីៗទាំងអស់ដែលត្រូវនឹងអ្នក។ អ្នកអាចមិនធីកអ្វីសោះ ហើយគ្រាន់តែសរសេរក៏បាន។
complaint-field-description = តាមពាក្យសម្តីរបស់អ្នកផ្ទាល់
complaint-description-hint = តើមានអ្វីកើតឡើង នៅពេលណា ហើយនរណាខ្លះពាក់ព័ន្ធ។ កុំសរសេរអ្វីដែលអ្នកមិនចង់ឱ្យអង្គការទាំងនោះអាន។
complaint-section-money = ប្រាក់
complaint-money-hint = ចំនួនទឹកប្រាក់ជាលេខ ឧទាហរណ៍ 1500 ឬ 1500.50។
complaint-field-fee = ថ្លៃសេវាដែលអ្នកបានបង់ ដើម្បីបានការងារ
complaint-field-currency = រូបិយប័ណ្ណ
complaint-field-promised-wage = ប្រាក់ឈ្នួលប្រចាំខែ ដែលគេបានសន្យាជាមួយអ្នក
complaint-field-actual-wage = ប្រាក់ឈ្នួលប្រចាំខែ ដែលអ្នកបានទទួលក្នុងខែដំបូង
complaint-field-wage-currency = រូបិយប័ណ្ណនៃប្រាក់ឈ្នួល
complaint-field-visa-type = ប្រភេទទិដ្ឋាការ
complaint-costs-hint = តើអ្នកបានបង់ថ្លៃអ្វីខ្លះ? សូមធីកប្រភេទថ្លៃចំណាយនីមួយៗ។
complaint-field-lender = តើអ្នកបានខ្ចីលុយមកបង់ទេ? ខ្ចីពីអ្នកណា?
complaint-lender-none = ខ្ញុំមិនបានខ្ចីទេ
complaint-section-remedy = អ្វីដែលអ្នកកំពុងស្នើសុំ
complaint-section-consent = អ្នកណាអាចទទួលពាក្យបណ្តឹងរបស់អ្នក
complaint-consent-hint = ពាក្យបណ្តឹងរបស់អ្នកទៅតែប្រភេទអង្គការដែលអ្នកធីក ហើយតែអង្គការដែលគ្របដណ្តប់ប្រទេសរបស់អ្នកប៉ុណ្ណោះ។
complaint-share-labour-inspectorate = ស្ថាប័នអធិការកិច្ចការងារ (រដ្ឋាភិបាល នៅប្រទេសដែលធ្វើការ)
complaint-share-origin-authority = អាជ្ញាធរជ្រើសរើសកម្មករ (រដ្ឋាភិបាល នៅប្រទេសកំណើតរបស់អ្នក)
complaint-share-trade-union = សហជីព
complaint-share-legal-aid = អង្គការជំនួយផ្លូវច្បាប់
complaint-no-immigration = គ្មានអង្គការណាមួយក្នុងចំណោមនេះ អនុវត្តច្បាប់អន្តោប្រវេសន៍ទេ។
complaint-section-contact = របៀបដែលយើងអាចទាក់ទងអ្នក
complaint-account-hint = "គណនីរបស់ខ្ញុំ" ភ្ជាប់ពាក្យបណ្តឹងនេះទៅគណនីដែលអ្នកកំពុងចូល។ ជ្រើសរើស "តែបង្កាន់ដៃរបស់ខ្ញុំ" ដើម្បីរក្សាអនាមិកភាព៖ ពេលនោះ គ្មានអ្វីភ្ជាប់វាទៅគណនីរបស់អ្នកទេ។
complaint-field-contact = ទំនាក់ទំនងដែលអ្នកជ្រើសរើស (ទូរស័ព្ទ WhatsApp អ៊ីមែល ឬមនុស្សម្នាក់)
complaint-contact-hint = តែក្នុងករណីអ្នកបានជ្រើសរើស "ទំនាក់ទំនងដែលខ្ញុំជ្រើសរើស" ប៉ុណ្ណោះ។ សូមផ្តល់ទំនាក់ទំនងមួយដែលមានសុវត្ថិភាពសម្រាប់អ្នក។
complaint-field-safe-times = ពេលវេលាដែលមានសុវត្ថិភាព ដើម្បីទាក់ទងអ្នក
complaint-contact-consent = អ្នកណាអាចមើលទំនាក់ទំនងនេះ (តែអង្គការដែលទទួលពាក្យបណ្តឹងនេះផងដែរ)៖
complaint-section-behalf = ការដាក់ពាក្យបណ្តឹងជំនួសកម្មករ
complaint-field-behalf-consent = កម្មករបានយល់ព្រមឱ្យខ្ញុំដាក់ពាក្យបណ្តឹងនេះជំនួសគាត់ ហើយយល់ព្រមលើជម្រើសខាងលើ។
complaint-submit = ផ្ញើពាក្យបណ្តឹង
complaint-contact-receipt_only = តែបង្កាន់ដៃរបស់ខ្ញុំ (អនាមិក)
complaint-contact-account = គណនីរបស់ខ្ញុំ
complaint-contact-contact = ទំនាក់ទំនងដែលខ្ញុំជ្រើសរើស

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = មាននរណាម្នាក់ឆ្លៀតឱកាសពីស្ថានភាពលំបាករបស់ខ្ញុំ
complaint-issue-deception = ខ្ញុំត្រូវគេបោកប្រាស់ ឬកុហក
complaint-issue-restriction_of_movement = ខ្ញុំមិនមានសេរីភាពចេញទៅក្រៅ ឬចាកចេញ
complaint-issue-isolation = ខ្ញុំត្រូវគេឃាត់ឱ្យនៅដាច់ពីមនុស្សផ្សេង
complaint-issue-physical_sexual_violence = អំពើហិង្សាលើរាងកាយ ឬផ្លូវភេទ
complaint-issue-intimidation_threats = ការគំរាមកំហែង ឬបំភិតបំភ័យ
complaint-issue-retention_of_documents = លិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណរបស់ខ្ញុំ ត្រូវគេរឹបអូសទុក
complaint-issue-withholding_of_wages = ប្រាក់ឈ្នួលរបស់ខ្ញុំត្រូវគេទប់ទុក
complaint-issue-debt_bondage = ខ្ញុំត្រូវធ្វើការដើម្បីសងបំណុល
complaint-issue-abusive_conditions = លក្ខខណ្ឌការងារ ឬការរស់នៅអាក្រក់ខ្លាំង
complaint-issue-excessive_overtime = ម៉ោងធ្វើការច្រើនហួសហេតុ
complaint-issue-fees_charged = ខ្ញុំបានបង់ថ្លៃសេវា ដើម្បីបានការងារ
complaint-issue-job_deception = ការងារ ឬប្រាក់ឈ្នួល មិនដូចដែលគេបានសន្យា
complaint-issue-contract_substitution = កិច្ចសន្យារបស់ខ្ញុំត្រូវគេប្តូរជាកិច្ចសន្យាផ្សេង
complaint-issue-no_contract = គ្មានកិច្ចសន្យា ឬមានកិច្ចសន្យាដែលខ្ញុំមិនយល់
complaint-issue-documents_retained = ភ្នាក់ងារជ្រើសរើសបានរក្សាទុកឯកសាររបស់ខ្ញុំ
complaint-issue-wages_unpaid = មិនបានបើកប្រាក់ឈ្នួល
complaint-issue-discrimination = ការរើសអើង
complaint-issue-harassment = ការយាយី
complaint-issue-unlicensed_recruiter = ភ្នាក់ងារជ្រើសរើសគ្មានអាជ្ញាប័ណ្ណ
complaint-stage-before_departure = នៅផ្ទះនៅឡើយ មុនពេលចាកចេញ
complaint-stage-in_transit = កំពុងធ្វើដំណើរ
complaint-stage-at_destination = នៅប្រទេសដែលធ្វើការ
complaint-stage-returned = ត្រឡប់មកផ្ទះវិញហើយ
complaint-remedy-refund = ប្រាក់របស់ខ្ញុំមកវិញ
complaint-remedy-unpaid_wages = ប្រាក់ឈ្នួលដែលគេមិនទាន់បើកឱ្យខ្ញុំ
complaint-remedy-documents_returned = ឯកសាររបស់ខ្ញុំមកវិញ
complaint-remedy-repatriation = ត្រឡប់ទៅផ្ទះវិញ
complaint-remedy-change_of_employer = ប្តូរនិយោជក
complaint-remedy-other = អ្វីផ្សេងទៀត

## The receipt

receipt-title = បង្កាន់ដៃរបស់អ្នក
receipt-heading = ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានទទួលហើយ
receipt-intro = នេះជាលេខបង្កាន់ដៃរបស់អ្នក៖
receipt-once = យើងបង្ហាញលេខនេះតែពេលនេះ តែម្តងប៉ុណ្ណោះ។ យើងមិនរក្សាទុកវាទេ ហើយមិនអាចផ្ញើវាម្តងទៀតបានទេ។ បើគ្មានលេខនេះ គ្មាននរណាម្នាក់អាចរកពាក្យបណ្តឹងរបស់អ្នកឃើញទេ — សូម្បីតែអ្នកក៏ដោយ។
receipt-how-write = សូមសរសេរទុក ឬថតរូបវា ហើយរក្សាទុកនៅកន្លែងមានសុវត្ថិភាព។
receipt-how-track = ដើម្បីមើលអ្វីដែលកើតឡើង ឆ្លើយសំណួរ ឬដកពាក្យបណ្តឹងវិញ សូមបញ្ចូលលេខនេះនៅ
receipt-how-safe = អ្នកណាដែលមានលេខនេះ អាចអានចម្លើយចំពោះពាក្យបណ្តឹងរបស់អ្នកបាន៖ កុំចែករំលែកវាឱ្យអ្នកណា។
receipt-behalf = សូមផ្តល់លេខនេះឱ្យកម្មករ ដោយសុវត្ថិភាព។
receipt-routed = { $count ->
   *[other] ពាក្យបណ្តឹងត្រូវបានផ្ញើទៅអង្គការចំនួន { $count }។
}
receipt-unrouted = មិនទាន់មានអង្គការណាដែលគ្របដណ្តប់ប្រទេសរបស់អ្នក បានចូលរួមនៅឡើយទេ។ ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានរក្សាទុក ហើយអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់យើងកំពុងស្វែងរកអង្គការមួយ។ សូមត្រឡប់មកពិនិត្យម្តងទៀត ដោយប្រើបង្កាន់ដៃរបស់អ្នក។

## Following a complaint

track-title = តាមដានពាក្យបណ្តឹងរបស់អ្នក
track-heading = តាមដានពាក្យបណ្តឹងរបស់អ្នក
track-intro = សូមបញ្ចូលលេខបង្កាន់ដៃ 16 ខ្ទង់ ដែលអ្នកបានទទួលនៅពេលដាក់ពាក្យបណ្តឹង។
track-field-receipt = លេខបង្កាន់ដៃ
track-submit = បង្ហាញពាក្យបណ្តឹងរបស់ខ្ញុំ
track-lost = យើងមិនរក្សាទុកច្បាប់ចម្លងបង្កាន់ដៃទេ ដូច្នេះបង្កាន់ដៃដែលបាត់ មិនអាចយកមកវិញបានទេ។ អ្នកអាចដាក់ពាក្យបណ្តឹងម្តងទៀតបាន។
track-received = បានទទួលនៅ { $day }។
track-is-withdrawn = អ្នកបានដកពាក្យបណ្តឹងនេះវិញហើយ។
track-no-referrals = វាមិនទាន់ទៅដល់អង្គការណាមួយនៅឡើយទេ។ យើងកំពុងស្វែងរកអង្គការមួយដែលគ្របដណ្តប់ប្រទេសរបស់អ្នក។
track-kind = ប្រភេទ
track-status = ស្ថានភាព
track-opened = បានទទួលនៅទីនោះ
track-outcome = លទ្ធផល
track-question-waiting = អង្គការនេះកំពុងរង់ចាំចម្លើយរបស់អ្នក។
track-from-you = អ្នក
track-from-staff = អង្គការ
track-answer = ចម្លើយរបស់អ្នក
track-add-information = បន្ថែមព័ត៌មាន
track-send = ផ្ញើ
track-message-sent = សាររបស់អ្នកត្រូវបានផ្ញើហើយ។
track-withdrawn = ពាក្យបណ្តឹងរបស់អ្នកត្រូវបានដកវិញហើយ។ អង្គការនានាត្រូវបានជូនដំណឹង។
track-withdraw-heading = ដកពាក្យបណ្តឹងវិញ
track-withdraw-hint = បើអ្នកដកពាក្យបណ្តឹងវិញ អង្គការទាំងអស់នឹងបិទពាក្យបណ្តឹងរបស់អ្នក។ ការនេះមិនអាចត្រឡប់វិញបានទេ។
track-withdraw-confirm = បាទ/ចាស ខ្ញុំចង់ដកពាក្យបណ្តឹងរបស់ខ្ញុំវិញ
track-withdraw-submit = ដកវិញ
track-linked-heading = ពាក្យបណ្តឹងដែលភ្ជាប់នឹងគណនីរបស់អ្នក
track-linked-hint = អ្នកបានជ្រើសរើសភ្ជាប់ពាក្យបណ្តឹងទាំងនេះនឹងគណនីរបស់អ្នក។ ដើម្បីឆ្លើយ ឬដកវិញ សូមបញ្ចូលបង្កាន់ដៃនៅខាងលើ។

## Referral statuses, priorities, outcomes

case-status-new = ថ្មី
case-status-acknowledged = បានទទួលស្គាល់
case-status-investigating = កំពុងស៊ើបអង្កេត
case-status-awaiting_worker = កំពុងរង់ចាំកម្មករ
case-status-resolved = បានដោះស្រាយ
case-status-closed = បានបិទ
case-close-reason-out_of_jurisdiction = នៅក្រៅការទទួលខុសត្រូវរបស់អង្គការនេះ
case-close-reason-unfounded = ការពិតដែលបានរកឃើញ មិនគាំទ្រពាក្យបណ្តឹងទេ
case-close-reason-withdrawn = កម្មករបានដកវិញ
case-remedy-money_recovered = បានទាមទារប្រាក់មកវិញ
case-remedy-documents_returned = បានប្រគល់ឯកសារវិញ
case-remedy-licence_action = វិធានការលើអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារជ្រើសរើស
case-remedy-prosecution_referral = បានបញ្ជូនដើម្បីចោទប្រកាន់
case-remedy-other = ដំណោះស្រាយផ្សេង
case-money-recovered = បានទាមទារមកវិញ { $amount }
case-priority-urgent = បន្ទាន់
case-priority-high = ខ្ពស់
case-priority-normal = ធម្មតា
case-priority-low = ទាប
case-action-acknowledge = ទទួលស្គាល់
case-action-investigate = ចាប់ផ្តើមស៊ើបអង្កេត
case-action-ask_worker = សួរកម្មករ (ផ្ញើសារជាមុនសិន)
case-action-resume = បន្តការស៊ើបអង្កេត
case-action-resolve = ដោះស្រាយដោយមានលទ្ធផល
case-action-close = បិទដោយមានមូលហេតុ

## Staff: the queue

inspect-title = ករណី
inspect-heading = ករណីរបស់អង្គការអ្នក
inspect-filter-status = ស្ថានភាព
inspect-filter-priority = អាទិភាព
inspect-filter-country = ប្រទេស (ដើម ឬគោលដៅ)
inspect-filter-recruiter = លេខសម្គាល់ភ្នាក់ងារជ្រើសរើស
inspect-filter-overdue = តែករណីហួសកាលកំណត់
inspect-filter-submit = ច្រោះ
inspect-status-open = ករណីកំពុងបើក
inspect-status-all = ករណីទាំងអស់
inspect-priority-any = គ្រប់អាទិភាព
inspect-country-any = គ្រប់ប្រទេស
inspect-escalations-heading = ករណីលើកទៅថ្នាក់លើ (អ្នកដឹកនាំ)
inspect-escalations-none = គ្មានករណីហួសកាលកំណត់ទេ។
inspect-escalation-acknowledge = មិនបានទទួលស្គាល់ទាន់ពេល
inspect-escalation-answer = មិនបានឆ្លើយតបទាន់ពេល
inspect-queue-heading = ជួររង់ចាំ៖ បន្ទាន់បំផុតមុនគេ បន្ទាប់មកចាស់បំផុត
inspect-empty = គ្មានករណីត្រូវនឹងលក្ខខណ្ឌទេ។
inspect-same-recruiter = ករណីទាំងអស់អំពីភ្នាក់ងារជ្រើសរើសនេះ

## Staff: one case

case-title = ករណី { $id }
case-back = ត្រឡប់ទៅបញ្ជីករណី
case-saved = បានរក្សាទុក។
case-withdrawn = កម្មករបានដកពាក្យបណ្តឹងនេះវិញ។
case-on-behalf = ដាក់ដោយបុគ្គលិកទទួលបន្ទុកករណី ជំនួសកម្មករ ដោយមានការយល់ព្រមពីកម្មករ។
case-recruiter-profile = ទំព័រព័ត៌មានរបស់ភ្នាក់ងារជ្រើសរើស
case-in-danger = កំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ
case-overdue = ហួសកាលកំណត់
case-sub-agent = ភ្នាក់ងារគ្មានអាជ្ញាប័ណ្ណ
case-priority = អាទិភាព
case-priority-overridden = (កំណត់ដោយបុគ្គលិក)
case-status = ស្ថានភាព
case-collective = ករណីរួម
case-facts-heading = ពាក្យបណ្តឹង
case-fact-received = បានទទួល
case-fact-corridor = ផ្លូវចំណាកស្រុក
case-fact-workers = កម្មករដែលរងផលប៉ះពាល់
case-fact-acknowledge-by = ទទួលស្គាល់ឱ្យបានត្រឹម
case-fact-answer-by = ឆ្លើយតបឱ្យបានត្រឹម
case-fact-licensing-country = ប្រទេសដែលចេញអាជ្ញាប័ណ្ណ
case-fact-sector = វិស័យ
case-fact-occupation = មុខរបរ
case-fact-departure-year = ឆ្នាំចាកចេញ
case-fact-stage = ទីកន្លែងដែលកម្មករនៅឥឡូវនេះ
case-fact-fee = ថ្លៃសេវាដែលបានបង់ ដើម្បីបានការងារ
case-fact-promised-wage = ប្រាក់ឈ្នួលប្រចាំខែដែលបានសន្យា
case-fact-actual-wage = ប្រាក់ឈ្នួលដែលបានទទួលក្នុងខែដំបូង
case-fact-issues = អ្វីដែលបានកើតឡើង
case-fact-remedies = អ្វីដែលកម្មករស្នើសុំ
case-fact-description = តាមពាក្យសម្តីរបស់កម្មករ
case-fact-contact = ទំនាក់ទំនងដែលកម្មករបានជ្រើសរើស
case-fact-safe-times = ពេលវេលាមានសុវត្ថិភាព ដើម្បីទាក់ទង
case-fact-costs = ថ្លៃចំណាយដែលបានបង់
case-fact-loan = ប្រាក់កម្ចីដើម្បីបង់ថ្លៃ
case-fact-visa-type = ប្រភេទទិដ្ឋាការ
case-contact-heading = ទំនាក់ទំនង
case-contact-withheld = កម្មករបានផ្តល់ទំនាក់ទំនង ប៉ុន្តែមិនបានអនុញ្ញាតឱ្យប្រភេទអង្គការរបស់អ្នកមើលវាទេ។ សូមសរសេរទៅគាត់តាមរយៈសារខាងក្រោម៖ គាត់អានសារទាំងនោះដោយប្រើបង្កាន់ដៃរបស់គាត់។
case-contact-none = កម្មករតាមដានពាក្យបណ្តឹង ដោយប្រើតែបង្កាន់ដៃរបស់គាត់ប៉ុណ្ណោះ។ សូមសរសេរទៅគាត់តាមរយៈសារខាងក្រោម។
case-collective-heading = ករណីរួម
case-collective-member = ជាផ្នែកនៃករណីរួម { $id }៖
case-same-recruiter = { $count ->
    [0] គ្មានករណីបើកផ្សេងទៀតនៅទីនេះ អំពីភ្នាក់ងារជ្រើសរើសនេះទេ។
   *[other] មានករណីបើកផ្សេងទៀតចំនួន { $count } នៅទីនេះ អំពីភ្នាក់ងារជ្រើសរើសនេះ។
}
case-group-submit = ដាក់បញ្ចូលគ្នាជាករណីរួមតែមួយ
case-actions-heading = ជំហានបន្ទាប់
case-field-action = ជំហាន
case-field-reason = មូលហេតុ ឬកំណត់ចំណាំ (ត្រូវការនៅពេលបិទ)
case-field-priority-reason = ហេតុអ្វី (ត្រូវការ)
case-field-close-reason = ហេតុអ្វីបានជាបិទ
case-field-remedies = លទ្ធផល៖ ដំណោះស្រាយដែលទទួលបាន
case-field-amount = ប្រាក់ដែលបានទាមទារមកវិញ (ចំនួន)
case-field-whole-group = អនុវត្តចំពោះគ្រប់ករណីនៃករណីរួម
case-action-submit = កត់ត្រាជំហាននេះ
case-messages-heading = សារ និងកំណត់ចំណាំ
case-messages-none = មិនទាន់មានសារនៅឡើយទេ។
case-note = កំណត់ចំណាំផ្ទៃក្នុង
case-from-worker = ពីកម្មករ
case-to-worker = ទៅកម្មករ
case-field-message = សារទៅកម្មករ
case-field-internal = កំណត់ចំណាំផ្ទៃក្នុង (កម្មករមិនដែលឃើញទេ)
case-message-submit = ផ្ញើ
case-priority-heading = ប្តូរអាទិភាព
case-priority-submit = ប្តូរអាទិភាព
case-refer-heading = បញ្ជូនបន្ត
case-refer-hint = បើកករណីមួយនៅអង្គការផ្សេង។ មានតែប្រភេទអង្គការដែលកម្មករបានយល់ព្រមប៉ុណ្ណោះ ដែលត្រូវបានផ្តល់ជូនជាជម្រើស។
case-field-organisation = អង្គការ
case-refer-submit = បញ្ជូនបន្ត
case-timeline-heading = លំដាប់ពេលវេលា
case-step-opened = បានបើកករណី
case-step-referred-on = បានបញ្ជូនបន្តទៅអង្គការផ្សេង
case-step-priority = បានប្តូរអាទិភាព
case-step-grouped = បានបន្ថែមទៅក្នុងករណីរួម
case-step-escalated = ហួសកាលកំណត់៖ បានជូនដំណឹងអ្នកដឹកនាំ

## Administrators

unrouted-title = ពាក្យបណ្តឹងដែលមិនទាន់បានបញ្ជូន
unrouted-heading = ពាក្យបណ្តឹងដែលគ្មានអង្គការណាទទួល
unrouted-intro = ពាក្យបណ្តឹងទាំងនេះ មិនត្រូវនឹងប្រទេសរបស់អង្គការណាមួយ និងប្រភេទដែលកម្មករបានយល់ព្រមទេ។ សូមបន្ថែមអង្គការមួយដែលគ្របដណ្តប់ពួកវា។ ខ្លឹមសាររបស់ពួកវាមិនត្រូវបានបង្ហាញនៅទីនេះទេ។
unrouted-none = ពាក្យបណ្តឹងទាំងអស់បានទៅដល់អង្គការហើយ។
unrouted-recruiter = ភ្នាក់ងារជ្រើសរើស
unrouted-kinds = ប្រភេទដែលបានយល់ព្រម
unrouted-count = ពាក្យបណ្តឹងដែលមិនទាន់បានបញ្ជូន
unrouted-route-hint = បន្ទាប់ពីបន្ថែមអង្គការដែលគ្របដណ្តប់ពួកវា សូមបញ្ជូនពាក្យបណ្តឹងដែលកំពុងរង់ចាំម្តងទៀត។
unrouted-route-submit = បញ្ជូនពាក្យបណ្តឹងដែលកំពុងរង់ចាំម្តងទៀត
unrouted-routed = { $count ->
   *[other] ពាក្យបណ្តឹងចំនួន { $count } បានទៅដល់អង្គការហើយ។
}

## Errors

error-complaint-recruiter-required = សូមជ្រើសរើសភ្នាក់ងារជ្រើសរើសក្នុងបញ្ជី ឬសរសេរឈ្មោះភ្នាក់ងារ ឬមេខ្យល់។
error-complaint-recruiter-both = សូមផ្តល់ភ្នាក់ងារជ្រើសរើសពីបញ្ជី ឬឈ្មោះភ្នាក់ងារ តែមួយប៉ុណ្ណោះ មិនមែនទាំងពីរទេ។
error-complaint-recruiter-unknown = យើងរកមិនឃើញភ្នាក់ងារជ្រើសរើសនោះក្នុងបញ្ជីទេ។
error-complaint-country-required = សូមជ្រើសរើសប្រទេស។
error-complaint-corridor-same = ប្រទេសទាំងពីរត្រូវតែខុសគ្នា។
error-complaint-year = សូមផ្តល់ឆ្នាំ ដូចជា 2024។
error-complaint-workers = សូមផ្តល់ចំនួនកម្មករពី 1 ដល់ 100,000។
error-complaint-lender = សូមជ្រើសរើសអ្នកដែលឱ្យខ្ចីប្រាក់ ឬទុកការប្រាក់ឱ្យនៅទទេ។
error-complaint-consent-required = សូមជ្រើសរើសយ៉ាងហោចណាស់ប្រភេទអង្គការមួយ ដែលអាចទទួលពាក្យបណ្តឹងរបស់អ្នក។
error-complaint-contact-consent = ទំនាក់ទំនងរបស់អ្នក អាចទៅដល់តែអង្គការដែលទទួលពាក្យបណ្តឹងនេះផងដែរប៉ុណ្ណោះ។
error-complaint-contact-consent-required = សូមជ្រើសរើសថា អ្នកណាអាចមើលទំនាក់ទំនងរបស់អ្នក។
error-complaint-contact-required = សូមសរសេរទំនាក់ទំនងដែលអ្នកចង់ឱ្យគេទាក់ទងមក ឬជ្រើសរើស "តែបង្កាន់ដៃរបស់ខ្ញុំ"។
error-complaint-account-needed = សូមចូលគណនី ដើម្បីភ្ជាប់ពាក្យបណ្តឹងទៅគណនីរបស់អ្នក ឬជ្រើសរើស "តែបង្កាន់ដៃរបស់ខ្ញុំ"។
error-complaint-behalf-consent = សូមបញ្ជាក់ថា កម្មករបានយល់ព្រមឱ្យអ្នកដាក់ពាក្យបណ្តឹងជំនួសគាត់។
error-track-receipt-format = បង្កាន់ដៃមានលេខ 16 ខ្ទង់ ឧទាហរណ៍ 1234-5678-9012-3456។
error-track-receipt-unknown = គ្មានពាក្យបណ្តឹងណាមានបង្កាន់ដៃនេះទេ។ សូមពិនិត្យលេខ ហើយសាកល្បងម្តងទៀត។
error-track-referral = នេះមិនមែនជាអង្គការមួយ ដែលបានទទួលពាក្យបណ្តឹងរបស់អ្នកទេ។
error-track-referral-closed = អង្គការនេះបានបិទពាក្យបណ្តឹងរបស់អ្នកហើយ៖ វាមិនអាចទទួលសារបានទៀតទេ។
error-track-withdraw-confirm = សូមធីកប្រអប់ ដើម្បីបញ្ជាក់ថាអ្នកចង់ដកវិញ។
error-case-transition = ជំហាននេះមិនអាចធ្វើបាន ពីស្ថានភាពបច្ចុប្បន្នរបស់ករណីទេ។
error-case-action-unknown = សូមជ្រើសរើសជំហានពីបញ្ជី។
error-case-close-reason = សូមជ្រើសរើសហេតុអ្វីបានជាករណីត្រូវបិទ។
error-case-reason-required = សូមសរសេរមូលហេតុ។
error-case-outcome-required = សូមជ្រើសរើសយ៉ាងហោចណាស់ដំណោះស្រាយមួយដែលទទួលបាន។
error-case-money-required = សូមផ្តល់ចំនួន និងរូបិយប័ណ្ណនៃប្រាក់ដែលបានទាមទារមកវិញ។
error-case-money-unexpected = ចំនួនទឹកប្រាក់ប្រើបានតែជាមួយ "បានទាមទារប្រាក់មកវិញ" ប៉ុណ្ណោះ។
error-case-message-required = សូមសរសេរសារ។
error-case-priority = សូមជ្រើសរើសអាទិភាពពីបញ្ជី។
error-case-refer-self = ករណីនេះស្ថិតនៅអង្គការនេះរួចហើយ។
error-case-refer-consent = កម្មករមិនបានយល់ព្រមឱ្យចែករំលែកពាក្យបណ្តឹង ជាមួយប្រភេទអង្គការនេះទេ។
error-case-refer-coverage = អង្គការនេះមិនធ្វើការនៅក្នុងប្រទេសនៃពាក្យបណ្តឹងនេះទេ។
error-case-refer-exists = អង្គការនេះមានពាក្យបណ្តឹងនេះរួចហើយ។
error-case-group-alone = គ្មានករណីបើកផ្សេងទៀតនៅទីនេះ អំពីភ្នាក់ងារជ្រើសរើសនេះទេ។
error-case-filter = តម្រងមួយមានតម្លៃដែលយើងមិនស្គាល់។

## Evidence (photos, documents, voice notes)
evidence-heading = រូបថត ឯកសារ និងសារជាសំឡេង
evidence-hint = បន្ថែមរូបថតកិច្ចសន្យា បង្កាន់ដៃបង់ថ្លៃសេវា បញ្ជីបើកប្រាក់ខែ ឬសាររបស់ភ្នាក់ងារជ្រើសរើស ឯកសារ PDF ឬសារជាសំឡេង។ ទិន្នន័យទីតាំង និងព័ត៌មានលម្អិតរបស់ទូរស័ព្ទ ត្រូវបានលុបចេញពីរូបថត។
evidence-field-files = ឯកសារភ្ជាប់
evidence-files-hint = រូបថត (JPEG, PNG, WebP) PDF ឬសារជាសំឡេង (MP3, Ogg, M4A, AMR)។ អាចផ្ញើច្រើនក្នុងពេលតែមួយ។
evidence-field-share = អ្នកណាអាចមើលឯកសារភ្ជាប់ទាំងនេះ
evidence-submit = ផ្ញើឯកសារភ្ជាប់
evidence-sent = ឯកសារភ្ជាប់របស់អ្នក ត្រូវបានបន្ថែមទៅពាក្យបណ្តឹងហើយ។
evidence-location-removed = ទិន្នន័យទីតាំង និងព័ត៌មានលម្អិតរបស់ទូរស័ព្ទ ត្រូវបានលុបចេញពីរូបថតរបស់អ្នក។
evidence-choose-again = គ្មានអ្វីត្រូវបានផ្ញើទេ។ សូមជ្រើសរើសឯកសារភ្ជាប់ម្តងទៀត៖ កម្មវិធីរុករកមិនរក្សាទុកវាទេ។
evidence-kind-photo = រូបថត
evidence-kind-document = ឯកសារ
evidence-kind-voice = សារជាសំឡេង
evidence-size-kb = { $count } KB
error-evidence-type = ប្រភេទឯកសារនេះមិនត្រូវបានទទួលយកទេ។ សូមផ្ញើរូបថត (JPEG, PNG, WebP) ឯកសារ PDF ឬសារជាសំឡេង (MP3, Ogg, M4A, AMR)។
error-evidence-unreadable = ឯកសារមួយមិនអាចអានបានទេ៖ វាប្រហែលជាខូច មិនពេញលេញ ឬត្រូវបានចាក់សោដោយពាក្យសម្ងាត់។
error-evidence-pixels = រូបថតមួយធំពេក។ សូមផ្ញើច្បាប់ចម្លងតូចជាងនេះ។
error-evidence-too-large = ឯកសារមួយធំជាងទំហំដែលអនុញ្ញាត។ សូមផ្ញើច្បាប់ចម្លងតូចជាងនេះ។
error-evidence-too-many = ឯកសារច្រើនពេកក្នុងពេលតែមួយ។ សូមផ្ញើវាជាច្រើនដង។
error-evidence-none = សូមជ្រើសរើសឯកសារយ៉ាងហោចណាស់មួយ។
error-evidence-share = សូមជ្រើសរើសអ្នកដែលអាចមើលឯកសារភ្ជាប់ ក្នុងចំណោមអង្គការដែលពាក្យបណ្តឹងរបស់អ្នកបានទៅដល់។
error-evidence-complaint-full = ពាក្យបណ្តឹងនេះរក្សាទុកឯកសារបានច្រើនបំផុតតាមដែលអាចហើយ។ សូមផ្ញើតែឯកសារដែលសំខាន់បំផុត។
error-evidence-truncated = ការផ្ទុកឡើងត្រូវបានកាត់ផ្តាច់។ សូមសាកល្បងម្តងទៀត។
evidence-from-staff = អង្គការបានផ្ញើមកអ្នក
evidence-sent-by-you = ផ្ញើដោយអង្គការរបស់អ្នក
evidence-staff-field = ផ្ញើឯកសារភ្ជាប់ទៅកម្មករ
evidence-staff-hint = ទម្រង់ សេចក្តីសម្រេច ឬលិខិត។ កម្មករបើកវាដោយប្រើបង្កាន់ដៃរបស់គាត់ គ្មានអង្គការផ្សេងឃើញវាទេ។ រូបថតនឹងត្រូវលុបទិន្នន័យទីតាំងចេញ។
evidence-staff-submit = ផ្ញើទៅកម្មករ
error-webhook-url-malformed = បញ្ចូលអាសយដ្ឋានវេបពេញលេញ (https://…) មិនលើសពី 2,000 តួអក្សរ ដោយគ្មានឈ្មោះអ្នកប្រើ ឬពាក្យសម្ងាត់។
error-webhook-url-not-https = អាសយដ្ឋានត្រូវចាប់ផ្ដើមដោយ https://។
error-webhook-url-private = អាសយដ្ឋាននេះចង្អុលទៅបណ្ដាញឯកជន មូលដ្ឋាន ឬបម្រុងទុក។ សូមប្រើអាសយដ្ឋាននៅលើអ៊ីនធឺណិតសាធារណៈ។
error-webhook-url-unresolved = រកមិនឃើញឈ្មោះម៉ាស៊ីននៃអាសយដ្ឋាននេះទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ។
