# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = វាយតម្លៃភ្នាក់ងារជ្រើសរើស
review-heading = ប្រាប់កម្មករផ្សេងទៀតអំពីភ្នាក់ងារជ្រើសរើសនេះ
review-intro = ត្រូវការតែដំណើរ ឆ្នាំ និងពិន្ទុរួមរបស់អ្នកប៉ុណ្ណោះ។ ផ្នែកផ្សេងទៀតទាំងអស់អាចរំលងបាន។ យើងមិនដែលសួរឈ្មោះរបស់អ្នក ហើយក៏មិនដែលបង្ហាញវាដែរ។
review-anonymous-note = អ្នកមិនបានចូលគណនីទេ៖ មតិវាយតម្លៃរបស់អ្នកត្រូវបានផ្ញើដោយគ្មានគណនីណាមួយ ហើយយើងមិនរក្សាទុកអាសយដ្ឋានអ៊ីនធឺណិតរបស់អ្នកជាមួយវាទេ។
review-signed-in-note = អ្នកបានចូលគណនី៖ អ្នកអាចរកមតិវាយតម្លៃនេះនៅលើទំព័រគណនីរបស់អ្នក ហើយកែប្រែវានៅពេលក្រោយ។ អ្នកដទៃមិនដែលឃើញថា នរណាជាអ្នកសរសេរទេ។
review-errors-below = ចម្លើយខ្លះត្រូវការកែតម្រូវ។ សារពន្យល់នៅក្បែរចម្លើយទាំងនោះ។ អ្វីៗដែលអ្នកបានវាយ នៅតែមាននៅទីនេះ។
review-honeypot = ទុកប្រអប់នេះឱ្យនៅទទេ
review-choose = ជ្រើសរើស…
review-skip = មិនចង់ប្រាប់
review-yes = បាទ/ចាស
review-no = ទេ
review-section-journey = ដំណើររបស់អ្នក
review-field-origin = ប្រទេសដែលអ្នកចាកចេញមក
review-field-destination = ប្រទេសដែលអ្នកបានទៅធ្វើការ
review-field-year = ឆ្នាំដែលអ្នកចាកចេញ
review-field-sub-agent = ឈ្មោះមេខ្យល់ (ភ្នាក់ងាររង) ដែលអ្នកបានទាក់ទង បើមាន
review-sub-agent-hint = កម្មករជាច្រើនទាក់ទងជាមួយមេខ្យល់ក្នុងតំបន់ ដែលធ្វើការឱ្យភ្នាក់ងារជ្រើសរើស។ បើអ្នកដាក់ឈ្មោះមេខ្យល់ម្នាក់ មតិវាយតម្លៃរបស់អ្នកនឹងរាប់សម្រាប់មេខ្យល់នោះ ដោយបង្ហាញថាគ្មានអាជ្ញាប័ណ្ណ។
review-field-sector = ប្រភេទការងារ
review-field-occupation = មុខរបររបស់អ្នក
review-field-visa = ប្រភេទទិដ្ឋាការ
review-rating-scale = 1 = អាក្រក់ណាស់, 5 = ល្អណាស់។
review-section-costs = អ្វីដែលអ្នកបានបង់
review-costs-intro = តាមគោលការណ៍និយោជកជាអ្នកបង់ថ្លៃរបស់ ILO កម្មករមិនគួរបង់ថ្លៃសេវា ឬថ្លៃចំណាយណាមួយ លើការជ្រើសរើសខ្លួនឡើយ។ ទោះយ៉ាងណា សូមប្រាប់យើងពីអ្វីដែលអ្នកបានបង់ តាមប្រភេទថ្លៃចំណាយនីមួយៗ។
review-field-currency = រូបិយប័ណ្ណនៃចំនួនទឹកប្រាក់ទាំងអស់
review-currency-hint = សូមប្រើរូបិយប័ណ្ណតែមួយ សម្រាប់ចំនួនទឹកប្រាក់ទាំងអស់នៅលើទំព័រនេះ រួមទាំងប្រាក់ឈ្នួលរបស់អ្នក ដើម្បីឱ្យយើងអាចប្រៀបធៀបអ្វីដែលអ្នកបានបង់ ជាមួយអ្វីដែលអ្នករកបាន។
review-paid-yes = ខ្ញុំបានបង់ថ្លៃនេះ
review-paid-no = ខ្ញុំមិនបានបង់ទេ
review-field-amount = ចំនួនទឹកប្រាក់
review-field-paid-to = បង់ឱ្យ
review-field-receipt = តើអ្នកបានទទួលបង្កាន់ដៃទេ?
review-section-loan = ប្រាក់កម្ចី
review-field-took-loan = តើអ្នកបានខ្ចីលុយមកបង់ទេ?
review-field-lender = អ្នកណាឱ្យខ្ចី
loan-interest-monthly = ការប្រាក់ក្នុងមួយខែ (%)
review-section-wages = ប្រាក់ឈ្នួលរបស់អ្នក
review-wages-hint = ចំនួនប្រចាំខែ ជារូបិយប័ណ្ណដូចគ្នានឹងថ្លៃចំណាយ។
review-field-promised-wage = ប្រាក់ឈ្នួលប្រចាំខែ ដែលគេបានសន្យាជាមួយអ្នក
review-field-first-wage = ប្រាក់ដែលអ្នកបានទទួល សម្រាប់ខែពេញដំបូងរបស់អ្នក
review-first-wage-hint = ក្រោយកាត់ពន្ធ និងការកាត់ផ្សេងៗ។ បញ្ចូល 0 បើអ្នកមិនបានទទួលប្រាក់។
review-section-checks = កិច្ចសន្យា និងការងាររបស់អ្នក
review-section-ratings = ពិន្ទុបន្ថែម
review-field-use-again = តើអ្នកនឹងប្រើភ្នាក់ងារជ្រើសរើសនេះម្តងទៀតទេ?
review-section-text = រឿងរបស់អ្នក
review-text-hint = កុំសរសេរឈ្មោះ លេខទូរស័ព្ទ លេខលិខិតឆ្លងដែន ឬអាសយដ្ឋាន៖ អ្នកត្រួតពិនិត្យមតិនឹងលុបវាចេញ មុនពេលអ្នកដទៃអានមតិវាយតម្លៃរបស់អ្នក។
review-field-text = អ្វីដែលបានកើតឡើង
review-field-text-language = ភាសានៃអត្ថបទរបស់អ្នក
review-language-other = ភាសាផ្សេង
review-moderation-note = អ្នកត្រួតពិនិត្យមតិអានមតិវាយតម្លៃនីមួយៗ មុនពេលផ្សព្វផ្សាយ។
review-submit = ផ្ញើមតិវាយតម្លៃរបស់ខ្ញុំ
review-write-link = វាយតម្លៃភ្នាក់ងារជ្រើសរើសនេះ

review-sent-title = បានទទួលមតិវាយតម្លៃ
review-sent-heading = សូមអរគុណសម្រាប់មតិវាយតម្លៃរបស់អ្នក
review-sent-moderation = យើងបានទទួលមតិវាយតម្លៃរបស់អ្នកហើយ។ អ្នកត្រួតពិនិត្យមតិនឹងអានវា មុនពេលផ្សព្វផ្សាយ។
review-sent-account = អ្នកអាចតាមដានស្ថានភាពរបស់វា នៅលើទំព័រគណនីរបស់អ្នក៖
review-abuse-heading = អ្វីដែលអ្នករៀបរាប់ អាចខុសច្បាប់
review-abuse-text = ការគិតថ្លៃសេវាជ្រើសរើសពីកម្មករ ការរក្សាទុកលិខិតឆ្លងដែន ឬឯកសារអត្តសញ្ញាណរបស់ពួកគេ ការប្តូរកិច្ចសន្យាក្រោយពេលទៅដល់ និងការមិនបើកប្រាក់ឈ្នួលតាមការសន្យា ត្រូវបានហាមឃាត់ដោយស្តង់ដារអន្តរជាតិ និងដោយច្បាប់របស់ប្រទេសជាច្រើន។ អ្នកអាចដាក់ពាក្យបណ្តឹងជាការសម្ងាត់ ទៅអង្គការដែលអាចចាត់វិធានការបាន ដោយមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នក។
review-abuse-rights-link = ស្គាល់សិទ្ធិរបស់អ្នក
review-back-to-recruiter = ត្រឡប់ទៅភ្នាក់ងារជ្រើសរើស

error-review-year = សូមបញ្ចូលឆ្នាំដែលអ្នកចាកចេញ ពី 1970 ដល់ឆ្នាំនេះ។
error-review-rating = សូមជ្រើសរើសពិន្ទុពី 1 ដល់ 5។
error-review-rating-required = សូមជ្រើសរើសពិន្ទុរួមរបស់អ្នក ពី 1 ដល់ 5។
error-review-text-long = អត្ថបទនេះវែងពេក។ សូមកាត់ឱ្យខ្លី មិនឱ្យលើសពី 5,000 តួអក្សរ។
error-review-sub-agent = សូមសរសេរឈ្មោះមេខ្យល់ជាអក្សរ ឬទុកប្រអប់នេះឱ្យនៅទទេ។
error-review-language = សូមជ្រើសរើសភាសាពីបញ្ជី។
error-review-page = លេខទំព័រត្រូវតែជាចំនួនគត់ ពី 1 ដល់ 1000។
error-review-json = សំណើនេះមិនមែនជា JSON ត្រឹមត្រូវសម្រាប់មតិវាយតម្លៃ ឬមានប្រអប់ដែលយើងមិនស្គាល់។
error-review-cost-repeated = ប្រភេទថ្លៃចំណាយនីមួយៗ អាចមានតែម្តងប៉ុណ្ណោះ។

cost-fee = ថ្លៃសេវាជ្រើសរើសកម្មករ
cost-fee-hint = ប្រាក់បង់សម្រាប់ការរកការងារ ឬរៀបចំការងារ ទោះបង់ឱ្យអ្នកណាក៏ដោយ។
cost-medical = ថ្លៃពិនិត្យសុខភាព
cost-medical-hint = ការពិនិត្យសុខភាព ការធ្វើតេស្ត ការចាក់វ៉ាក់សាំង។
cost-insurance = ថ្លៃធានារ៉ាប់រង
cost-insurance-hint = ធានារ៉ាប់រងអាយុជីវិត សុខភាព ឬសុវត្ថិភាព មូលនិធិសុខុមាលភាពពលករចំណាកស្រុក។
cost-skills = ថ្លៃប្រឡងជំនាញ និងភាសា
cost-skills-hint = ការប្រឡងជំនាញវិជ្ជាជីវៈ ការប្រឡងភាសា វិញ្ញាបនបត្រ។
cost-training = ថ្លៃវគ្គបណ្តុះបណ្តាល និងតម្រង់ទិស
cost-training-hint = វគ្គបណ្តុះបណ្តាលមុនចាកចេញ ឬក្រោយពេលទៅដល់។
cost-equipment = ថ្លៃសម្ភារៈ
cost-equipment-hint = ឧបករណ៍ ឯកសណ្ឋាន សម្ភារៈសុវត្ថិភាព។
cost-travel = ថ្លៃធ្វើដំណើរ និងស្នាក់នៅ
cost-travel-hint = សំបុត្រ និងកន្លែងស្នាក់នៅ សម្រាប់សម្ភាសន៍ វគ្គបណ្តុះបណ្តាល ការណាត់ជួបសុំទិដ្ឋាការ ការធ្វើដំណើរទៅ និងការត្រឡប់មកវិញ។
cost-administrative = ថ្លៃឯកសារ និងលិខិតអនុញ្ញាត
cost-administrative-hint = លិខិតឆ្លងដែន ទិដ្ឋាការ ការពិនិត្យប្រវត្តិ ការអនុញ្ញាតចេញពីប្រទេស គណនីធនាគារ ប័ណ្ណការងារ និងលិខិតអនុញ្ញាតស្នាក់នៅ។
cost-illegitimate = សំណូក ប្រាក់កក់ និងប្រាក់ធានា
cost-illegitimate-hint = ការបង់ប្រាក់ដែលមិនស្របច្បាប់ក្នុងគ្រប់ករណី៖ សំណូក ប្រាក់ក្រោមតុ ប្រាក់កក់ ប្រាក់ធានា ការជំរិតទារប្រាក់។

paid-to-recruiter = ភ្នាក់ងារជ្រើសរើស
paid-to-sub_agent = មេខ្យល់ ឬភ្នាក់ងាររង
paid-to-employer = និយោជក
paid-to-other = អ្នកផ្សេង

lender-recruiter = ភ្នាក់ងារជ្រើសរើស
lender-moneylender = អ្នកឱ្យខ្ចីប្រាក់ឯកជន
lender-bank = ធនាគារ
lender-cooperative = សហករណ៍ ឬស្ថាប័នមីក្រូហិរញ្ញវត្ថុ
lender-family = គ្រួសារ ឬមិត្តភក្តិ
lender-employer = និយោជក
lender-other = អ្នកផ្សេង

visa-work = ទិដ្ឋាការការងារ
visa-domestic_work = ទិដ្ឋាការពលករតាមផ្ទះ
visa-seasonal = ទិដ្ឋាការការងាររដូវកាល
visa-visit = ទិដ្ឋាការទស្សនកិច្ច ឬទេសចរណ៍
visa-student = ទិដ្ឋាការសិស្ស
visa-other = ទិដ្ឋាការផ្សេង

check-contract_before_departure = តើអ្នកបានទទួលកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ មុនពេលចាកចេញទេ?
check-contract_understood = តើកិច្ចសន្យាជាភាសាដែលអ្នកយល់ទេ?
check-contract_substituted = តើគេបានឱ្យអ្នកចុះហត្ថលេខាលើកិច្ចសន្យាផ្សេង ក្រោយពេលអ្នកទៅដល់ទេ?
check-documents_kept = តើមាននរណាម្នាក់រក្សាទុកលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណរបស់អ្នកទេ?
check-job_as_promised = តើការងារដូចដែលគេបានសន្យាទេ?
check-wage_as_promised = តើប្រាក់ឈ្នួលដូចដែលគេបានសន្យាទេ?
check-free_to_change_employer = តើអ្នកមានសេរីភាពក្នុងការប្តូរនិយោជកទេ?
check-info_accurate = តើព័ត៌មានដែលអ្នកបានទទួលមុនពេលចាកចេញ ត្រឹមត្រូវទេ?

rating-fees_honesty = ភាពស្មោះត្រង់អំពីថ្លៃសេវា
rating-job_truth = ការពិតអំពីការងារ
rating-contract_documents = កិច្ចសន្យា និងឯកសារ
rating-support_after_arrival = ការជួយក្រោយពេលទៅដល់
rating-overall = ពិន្ទុរួម

review-status-pending = កំពុងរង់ចាំអ្នកត្រួតពិនិត្យមតិ
review-status-approved = បានផ្សព្វផ្សាយ
review-status-rejected = មិនបានផ្សព្វផ្សាយ

reject-reason-not_a_review = វាមិនមែនជាមតិវាយតម្លៃអំពីភ្នាក់ងារជ្រើសរើសនេះទេ
reject-reason-spam = ការផ្សាយពាណិជ្ជកម្ម ឬសារឥតបានការ
reject-reason-abusive = ពាក្យសម្តីប្រមាថ ឬគំរាមកំហែង
reject-reason-personal_data = មានព័ត៌មានផ្ទាល់ខ្លួនច្រើនពេក មិនអាចផ្សព្វផ្សាយបាន
reject-reason-duplicate = ជាច្បាប់ចម្លងនៃមតិវាយតម្លៃមួយផ្សេងទៀត
reject-reason-wrong_recruiter = អំពីភ្នាក់ងារជ្រើសរើសផ្សេង
reject-reason-other = មូលហេតុផ្សេង

score-heading = តារាងពិន្ទុ
score-no-reviews = មិនទាន់មានមតិវាយតម្លៃដែលបានផ្សព្វផ្សាយនៅឡើយទេ។
score-rating-out-of-five = { $rating } លើ 5
score-review-count = { $count ->
   *[other] ពីមតិវាយតម្លៃ { $count }
}
score-rating-explained = ពិន្ទុនេះទំនោរទៅរកមធ្យមភាគនៃភ្នាក់ងារជ្រើសរើសទាំងអស់ រហូតដល់មានកម្មករគ្រប់គ្រាន់បានវាយតម្លៃភ្នាក់ងារនេះ ដូច្នេះមតិវាយតម្លៃតែពីរបី មិនអាចធ្វើឱ្យវាមើលទៅល្អខ្លាំង ឬអាក្រក់ខ្លាំងបានទេ។
score-rating-mean = ពិន្ទុរួមជាមធ្យម
score-share-charged = កម្មករដែលត្រូវគេយកថ្លៃសេវា ឬថ្លៃចំណាយ
score-share-documents = កម្មករដែលត្រូវគេរក្សាទុកលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ
score-share-substituted = កម្មករដែលត្រូវគេប្តូរកិច្ចសន្យា
score-share-job-not = កម្មករដែលការងារមិនដូចការសន្យា
score-share-again = កម្មករដែលនឹងប្រើភ្នាក់ងារនេះម្តងទៀត
score-median-cost = តម្លៃកណ្តាល (មេដ្យាន) នៃប្រាក់សរុបដែលបានបង់ ({ $currency })
score-median-ratio = តម្លៃកណ្តាលនៃថ្លៃចំណាយ ធៀបនឹងប្រាក់ឈ្នួលខែដំបូង
score-months-of-wages = ប្រាក់ឈ្នួល { $months } ខែ
score-withheld = មិនទាន់មានមតិវាយតម្លៃគ្រប់គ្រាន់
score-k-explained = តួលេខនឹងបង្ហាញ នៅពេលមានកម្មករយ៉ាងហោចណាស់ 5 នាក់បានឆ្លើយ ដើម្បីកុំឱ្យនរណាម្នាក់អាចត្រូវគេស្គាល់អត្តសញ្ញាណបាន។

review-language-filter = បង្ហាញមតិវាយតម្លៃដែលសរសេរជាភាសា
review-language-any = គ្រប់ភាសា
review-language-filter-submit = បង្ហាញ
review-list-empty = មិនទាន់មានមតិវាយតម្លៃដែលបានផ្សព្វផ្សាយនៅឡើយទេ។
review-rating-line = បានដាក់ពិន្ទុ { $rating } លើ 5
review-departed = បានចាកចេញនៅឆ្នាំ { $year }
review-would-use-again = នឹងប្រើភ្នាក់ងារជ្រើសរើសនេះម្តងទៀត។
review-would-not-use-again = នឹងមិនប្រើភ្នាក់ងារជ្រើសរើសនេះម្តងទៀតទេ។

pii-phone = លេខទូរស័ព្ទ
pii-email = អាសយដ្ឋានអ៊ីមែល
pii-passport = លេខលិខិតឆ្លងដែន ឬលេខអត្តសញ្ញាណប័ណ្ណ
pii-url = អាសយដ្ឋានគេហទំព័រ

moderate-title = ការត្រួតពិនិត្យមតិ
moderate-heading = មតិវាយតម្លៃដែលកំពុងរង់ចាំការត្រួតពិនិត្យ
moderate-pending-count = { $count ->
   *[other] មតិវាយតម្លៃ { $count } កំពុងរង់ចាំ ចាស់បំផុតនៅខាងលើ។
}
moderate-empty = គ្មានមតិវាយតម្លៃណាកំពុងរង់ចាំទេ។
moderate-approved = មតិវាយតម្លៃត្រូវបានផ្សព្វផ្សាយ។
moderate-rejected = មតិវាយតម្លៃត្រូវបានបដិសេធ។
moderate-gone = អ្នកត្រួតពិនិត្យមតិម្នាក់ទៀត បានសម្រេចលើមតិវាយតម្លៃនោះរួចហើយ។
moderate-review-title = ត្រួតពិនិត្យមតិវាយតម្លៃ
moderate-review-heading = មតិវាយតម្លៃដែលកំពុងរង់ចាំការត្រួតពិនិត្យ
moderate-back = ត្រឡប់ទៅជួររង់ចាំ
moderate-status = ស្ថានភាព៖
moderate-corridor = ដំណើរ
moderate-sub-agent-note = មតិវាយតម្លៃនេះដាក់ឈ្មោះមេខ្យល់ម្នាក់។ ពេលផ្សព្វផ្សាយ វានឹងរាប់សម្រាប់៖
moderate-no-text = កម្មករមិនបានសរសេរអត្ថបទទេ។
moderate-collected-paper = ប្រមូលលើក្រដាសដោយ { $who }
moderate-collected-partner = ផ្ញើដោយអង្គការដៃគូ { $who }
moderate-collected-phone = ប្រមូលតាមទូរស័ព្ទដោយ { $who }
moderate-collected-batch = បាច់នាំចូល { $batch }
moderate-redact-found = រកឃើញព័ត៌មានផ្ទាល់ខ្លួន៖ ធាតុដែលបានធីក នឹងត្រូវជំនួសដោយ […] នៅពេលអ្នកផ្សព្វផ្សាយ
moderate-redact-text = លុបអត្ថបទនេះចេញផងដែរ (ដូចបេះបិទ)
moderate-redact-text-hint = គ្រប់កន្លែងដែលវាលេចឡើង នឹងត្រូវជំនួសដោយ […]។ ទុកទទេ បើគ្មានអ្វីផ្សេងទៀតត្រូវលុប។
moderate-approve = ផ្សព្វផ្សាយ
moderate-reason = មូលហេតុនៃការបដិសេធ
moderate-reject = បដិសេធ
moderate-error-span = ធាតុព័ត៌មានផ្ទាល់ខ្លួននោះ លែងមាននៅក្នុងអត្ថបទហើយ។ សូមផ្ទុកទំព័រឡើងវិញ។
moderate-error-redact-text = អត្ថបទដែលត្រូវលុប វែងពេក ឬមានតួអក្សរបញ្ជា។
moderate-error-redact-missing = អត្ថបទដែលត្រូវលុប មិនមាននៅក្នុងមតិវាយតម្លៃទេ។
moderate-error-reason = សូមជ្រើសរើសមូលហេតុនៃការបដិសេធ។

account-reviews-heading = មតិវាយតម្លៃរបស់អ្នក
account-reviews-none = អ្នកមិនទាន់បានវាយតម្លៃភ្នាក់ងារជ្រើសរើសណាមួយនៅឡើយទេ។
account-review-edit = កែប្រែ
account-review-year = បានចាកចេញនៅឆ្នាំ { $year }
review-abuse-complaint-link = ដាក់ពាក្យបណ្តឹងជាការសម្ងាត់
review-abuse-complaint-hint = ទម្រង់ពាក្យបណ្តឹងនឹងបើកឡើង ជាមួយអ្វីដែលអ្នកបានសរសេរក្នុងមតិវាយតម្លៃនេះ។ អ្នកពិនិត្យវា បន្ថែមអ្វីដែលបានកើតឡើង ហើយជ្រើសរើសថាអ្នកណាអាចមើលវាបាន។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នកទេ។
moderate-changed = អ្នកសរសេរបានកែប្រែមតិវាយតម្លៃនេះ ក្រោយពេលអ្នកបានបើកវា។ សូមអានវាម្តងទៀតខាងក្រោម រួចសម្រេចចិត្ត។

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = ភេទ
review-gender-hint = មិនបង្ខំ។ វាមិនដែលបង្ហាញជាមួយមតិវាយតម្លៃរបស់អ្នកទេ៖ វាត្រូវបានរាប់តែក្នុងរបាយការណ៍ អំពីក្រុមកម្មករយ៉ាងហោចណាស់ 5 នាក់ប៉ុណ្ណោះ។
gender-woman = ស្រី
gender-man = ប្រុស
gender-another = ភេទផ្សេង
moderate-names-title = ឈ្មោះដែលកំពុងរង់ចាំចូលបញ្ជី
moderate-names-hint = កម្មករបានដាក់ឈ្មោះមេខ្យល់ទាំងនេះ ក្នុងពាក្យបណ្តឹង ឬមតិវាយតម្លៃ។ ឈ្មោះដែលអ្នកអនុម័ត នឹងចូលក្នុងបញ្ជីសាធារណៈ នៅការផ្សព្វផ្សាយប្រចាំសប្តាហ៍លើកក្រោយ។ សូមបដិសេធពាក្យជេរប្រមាថ ឈ្មោះបុគ្គលឯកជន និងអ្វីៗដែលមិនមែនជាអ្នកជ្រើសរើសកម្មករ។
moderate-names-empty = គ្មានឈ្មោះណាកំពុងរង់ចាំទេ។
moderate-names-looks-like = ស្រដៀងនឹងភ្នាក់ងារដែលមានក្នុងបញ្ជី៖
moderate-names-approve = អនុម័ត
moderate-names-refuse = បដិសេធ
moderate-names-approved = បានអនុម័ត៖ ឈ្មោះនេះនឹងចូលក្នុងបញ្ជី នៅការផ្សព្វផ្សាយប្រចាំសប្តាហ៍លើកក្រោយ។
moderate-names-refused = បានបដិសេធ៖ ឈ្មោះនេះនឹងមិនចូលក្នុងបញ្ជីទេ។
moderate-names-gone = អ្នកត្រួតពិនិត្យមតិម្នាក់ទៀត បានសម្រេចលើឈ្មោះនោះរួចហើយ។
moderate-names-more = នៅមានឈ្មោះផ្សេងទៀតកំពុងរង់ចាំ៖ សូមសម្រេចលើឈ្មោះទាំងនេះ ដើម្បីមើលឈ្មោះបន្ទាប់។
