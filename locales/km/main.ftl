# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = ខ្មែរ
site-name = FairRecruit

## Page frame
nav-label = ម៉ឺនុយមេ
nav-skip-to-content = រំលងទៅខ្លឹមសារ
nav-recruiters = ភ្នាក់ងារជ្រើសរើស
nav-rights = សិទ្ធិរបស់អ្នក
language-switcher-label = ភាសា
footer-free = កម្មករប្រើ FairRecruit ដោយឥតគិតថ្លៃ។ អ្នកមិនចាំបាច់ប្រាប់ឈ្មោះរបស់អ្នកឡើយ។
footer-privacy = យើងមិនរក្សាទុកអាសយដ្ឋាន IP របស់អ្នក ជាមួយអ្វីដែលអ្នកផ្ញើមកទេ។

## Home
home-title = ពិនិត្យភ្នាក់ងារជ្រើសរើស មុនពេលបង់ប្រាក់
home-heading = ពិនិត្យភ្នាក់ងារជ្រើសរើសជាមុនសិន មុននឹងបង់ប្រាក់ឱ្យនរណាម្នាក់
home-lead = ស្វែងរកភ្នាក់ងារជ្រើសរើសកម្មករ៖ តើអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារនោះនៅមានសុពលភាពទេ តើវាបញ្ជូនកម្មករទៅណា ហើយតើអ្នកផ្សេងដែលបានប្រើវាបានជួបអ្វីខ្លះ។
home-directory-size = { $count ->
    [0] មិនទាន់មានភ្នាក់ងារជ្រើសរើសនៅក្នុងបញ្ជីនៅឡើយទេ។
   *[other] មានភ្នាក់ងារជ្រើសរើសចំនួន { $count } នៅក្នុងបញ្ជី។
}
home-what-heading = FairRecruit មានសម្រាប់អ្វី
home-what-lookup = ស្វែងរកក្នុងបញ្ជីអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារជ្រើសរើសកម្មករ តាមឈ្មោះ ឬលេខអាជ្ញាប័ណ្ណ។
home-what-review = ប្រាប់កម្មករផ្សេងទៀតថា អ្នកបានបង់ប្រាក់ប៉ុន្មាន និងគេបានប្រព្រឹត្តចំពោះអ្នកយ៉ាងដូចម្តេច។
home-what-complain = ដាក់ពាក្យបណ្តឹង ដោយមិនបញ្ចេញឈ្មោះក៏បាន បើអ្នកចង់ ហើយតាមដានវាដោយប្រើលេខបង្កាន់ដៃ។
home-free = ការប្រើ FairRecruit គឺឥតគិតថ្លៃ។ តាមស្តង់ដារអន្តរជាតិ និយោជក មិនមែនអ្នកទេ គួរជាអ្នកបង់ថ្លៃជ្រើសរើសអ្នក។
home-rights-link = ស្គាល់សិទ្ធិរបស់អ្នក៖ តើនរណាគួរបង់ថ្លៃជ្រើសរើសកម្មករ

## Search
search-label = ឈ្មោះភ្នាក់ងារជ្រើសរើស ឬលេខអាជ្ញាប័ណ្ណ
search-placeholder = ឧ. Himalaya ឬ 1234/071
search-button = ស្វែងរក
filters-heading = តម្រង
filter-licensing-country = ប្រទេសដែលចេញអាជ្ញាប័ណ្ណ
filter-destination = បញ្ជូនកម្មករទៅ
filter-status = ស្ថានភាពអាជ្ញាប័ណ្ណ
filter-any-country = គ្រប់ប្រទេស
filter-any-status = គ្រប់ស្ថានភាព
results-title = ភ្នាក់ងារជ្រើសរើស
results-heading = ស្វែងរកភ្នាក់ងារជ្រើសរើស
results-none = រកមិនឃើញភ្នាក់ងារជ្រើសរើស ដែលត្រូវនឹងការស្វែងរករបស់អ្នកទេ។ សូមពិនិត្យអក្ខរាវិរុទ្ធ សាកវាយតែផ្នែកខ្លះនៃឈ្មោះ ឬដកតម្រងណាមួយចេញ។
results-empty-directory = វាយឈ្មោះ ឬលេខអាជ្ញាប័ណ្ណ ឬជ្រើសរើសប្រទេស ដើម្បីមើលភ្នាក់ងារជ្រើសរើស។
pager-label = ទំព័រ
pager-previous = ទំព័រមុន
pager-next = ទំព័របន្ទាប់
pager-page = ទំព័រ { $page }

## Licence statuses
licence-status-active = អាជ្ញាប័ណ្ណមានសុពលភាព
licence-status-suspended = អាជ្ញាប័ណ្ណត្រូវបានផ្អាក
licence-status-revoked = អាជ្ញាប័ណ្ណត្រូវបានដកហូត
licence-status-expired = អាជ្ញាប័ណ្ណផុតសុពលភាព

## Recruiter profile
recruiter-licence-status = ស្ថានភាពអាជ្ញាប័ណ្ណ
recruiter-licence-number = លេខអាជ្ញាប័ណ្ណ
recruiter-licensing-country = ទទួលអាជ្ញាប័ណ្ណនៅ
recruiter-address = អាសយដ្ឋាន
recruiter-destinations = បញ្ជូនកម្មករទៅ
recruiter-destinations-none = មិនដឹង
recruiter-sub-agent = មេខ្យល់ (ភ្នាក់ងាររង) ដែលគ្មានអាជ្ញាប័ណ្ណ
recruiter-sub-agent-explained = កម្មករបានដាក់ឈ្មោះបុគ្គល ឬការិយាល័យនេះ ថាជាអ្នកកណ្តាល។ គ្មានបញ្ជីអាជ្ញាប័ណ្ណណាមួយមានឈ្មោះនេះទេ។
recruiter-not-active-warning = អាជ្ញាប័ណ្ណនេះមិនមានសុពលភាពទេ។ ភ្នាក់ងារជ្រើសរើសដែលគ្មានអាជ្ញាប័ណ្ណមានសុពលភាព មិនត្រូវបានអនុញ្ញាតឱ្យជ្រើសរើសកម្មករទេ។ កុំបង់ប្រាក់ឱ្យភ្នាក់ងារនេះ។
recruiter-history-heading = ប្រវត្តិអាជ្ញាប័ណ្ណ
recruiter-history-date = កាលបរិច្ឆេទ
recruiter-history-none = មិនមានការផ្លាស់ប្តូរអាជ្ញាប័ណ្ណ ដែលបានកត់ត្រាទេ។
recruiter-reviews-heading = អ្វីដែលកម្មករនិយាយ

## Know your rights
rights-title = សិទ្ធិរបស់អ្នក
rights-heading = សិទ្ធិរបស់អ្នក នៅពេលអ្នកត្រូវបានជ្រើសរើសទៅធ្វើការនៅបរទេស
rights-epp-heading = និយោជកជាអ្នកបង់ មិនមែនអ្នកទេ
rights-epp-body = តាមគោលការណ៍និយោជកជាអ្នកបង់ថ្លៃ (Employer Pays Principle) គ្មានកម្មករណាម្នាក់គួរបង់ប្រាក់ ដើម្បីបានការងារនោះទេ។ និយោជកគួរបង់ថ្លៃសេវា និងថ្លៃចំណាយទាំងអស់ លើការជ្រើសរើសកម្មករ។
rights-epp-c181 = អនុសញ្ញាអង្គការពលកម្មអន្តរជាតិ (ILO) លេខ 181 មាត្រា 7៖ ទីភ្នាក់ងារមិនត្រូវគិតថ្លៃសេវា ឬថ្លៃចំណាយណាមួយពីកម្មករឡើយ ទោះដោយផ្ទាល់ ឬដោយប្រយោល ទាំងស្រុង ឬមួយផ្នែក។
rights-fees-heading = អ្វីខ្លះដែលរាប់ជាថ្លៃសេវា ឬថ្លៃចំណាយលើការជ្រើសរើសកម្មករ
rights-fees-intro = ថ្លៃសេវារបស់ភ្នាក់ងារជ្រើសរើស មិនមែនជាថ្លៃដែលអ្នកត្រូវបង់ឡើយ ទោះនរណាជាអ្នកប្រមូល ហើយប្រមូលនៅពេលណាក៏ដោយ។ ILO ក៏បានរាយថ្លៃចំណាយពាក់ព័ន្ធខាងក្រោមនេះដែរ ដែលនិយោជកគួរជាអ្នកបង់៖
rights-illegitimate = សំណូក ប្រាក់សួយ ប្រាក់ក្រោមតុ ប្រាក់ធានា ប្រាក់កក់ និងការទារថ្លៃចំណាយមកវិញដោយខុសច្បាប់ មិនត្រូវបានអនុញ្ញាតជាដាច់ខាត សម្រាប់នរណាម្នាក់ឡើយ។
rights-documents-heading = លិខិតឆ្លងដែនរបស់អ្នក ជារបស់អ្នក
rights-documents-body = គ្មាននរណាម្នាក់អាចរក្សាទុកលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណរបស់អ្នក ដោយអ្នកមិនព្រមបានទេ៖ ទាំងភ្នាក់ងារជ្រើសរើស ទាំងនិយោជក។ ការរក្សាទុកឯកសារទាំងនេះ គឺជាសញ្ញានៃពលកម្មដោយបង្ខំ។
rights-contract-heading = កិច្ចសន្យារបស់អ្នក
rights-contract-body = អ្នកគួរទទួលបានកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ មុនពេលចាកចេញ ជាភាសាដែលអ្នកយល់។ ប្រសិនបើការងារ ប្រាក់ឈ្នួល និយោជក ឬម៉ោងធ្វើការ ផ្លាស់ប្តូរនៅពេលអ្នកទៅដល់ នោះគឺជាការប្តូរកិច្ចសន្យា។
rights-help-heading = ប្រសិនបើមានបញ្ហាកើតឡើង
rights-help-body = អ្នកអាចដាក់ពាក្យបណ្តឹងនៅលើ FairRecruit ដោយមិនចាំបាច់ប្រាប់ឈ្មោះ។ បណ្តឹងនឹងត្រូវបញ្ជូនទៅស្ថាប័នដែលអាចចាត់វិធានការបាន នៅប្រទេសដើម និងប្រទេសគោលដៅរបស់អ្នក។
rights-not-legal-advice = ទំព័រនេះពន្យល់ពីស្តង់ដារអន្តរជាតិដោយសង្ខេប។ វាមិនមែនជាដំបូន្មានផ្លូវច្បាប់ទេ។

## Errors
error-go-home = ទៅទំព័រដើម
error-status = លេខកូដកំហុស { $status }
error-invalid-input-title = មានអ្វីមួយក្នុងសំណើមិនត្រឹមត្រូវ
error-invalid-input = មិនអាចយល់សំណើនេះបានទេ។ សូមពិនិត្យអ្វីដែលអ្នកបានវាយ ហើយសាកល្បងម្តងទៀត។
error-not-found-title = រកមិនឃើញទំព័រ
error-not-found = យើងរកមិនឃើញទំព័រ ឬភ្នាក់ងារជ្រើសរើសនោះទេ។ តំណអាចខុស ឬហួសសម័យហើយ។
error-method-not-allowed-title = មិនអនុញ្ញាត
error-method-not-allowed = អាសយដ្ឋាននេះមិនទទួលសំណើប្រភេទនោះទេ។
error-payload-too-large-title = ទិន្នន័យច្រើនពេក
error-payload-too-large = អ្វីដែលបានផ្ញើមានទំហំធំពេក។ សូមផ្ញើតិចជាងនេះ ហើយសាកល្បងម្តងទៀត។
error-request-timeout-title = យឺតពេក
error-request-timeout = អ្វីដែលអ្នកបានផ្ញើ ចំណាយពេលយូរពេកទើបមកដល់។ សូមពិនិត្យការតភ្ជាប់របស់អ្នក ហើយផ្ញើម្តងទៀត។
error-service-unavailable-title = FairRecruit មិនអាចប្រើបានមួយភ្លែត
error-service-unavailable = ឥឡូវនេះ យើងមិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរបស់យើងបានទេ។ គ្មានអ្វីដែលអ្នកបានផ្ញើបាត់បង់ទេ។ សូមសាកល្បងម្តងទៀត ក្នុងរយៈពេលប៉ុន្មាននាទីទៀត។
error-internal-title = មានបញ្ហាកើតឡើង
error-internal = មានបញ្ហាកើតឡើងនៅខាងយើង។ សូមសាកល្បងម្តងទៀតនៅពេលក្រោយ។
error-query-too-long = ការស្វែងរកវែងពេក។ សូមប្រើមិនលើសពី 200 តួអក្សរ។
error-query-forbidden-chars = ការស្វែងរកមានតួអក្សរបញ្ជាដែលមើលមិនឃើញ។ សូមវាយម្តងទៀតដោយគ្មានតួអក្សរទាំងនោះ។
error-invalid-encoding = អាសយដ្ឋានមានតួអក្សរដែលមិនអាចអានបាន។
error-unknown-parameter = អាសយដ្ឋានមានការកំណត់មួយ ដែលយើងមិនស្គាល់។
error-repeated-parameter = អាសយដ្ឋានផ្តល់ការកំណត់ដដែលពីរដង។
error-invalid-country = សូមជ្រើសរើសប្រទេសពីបញ្ជី។
error-invalid-status = សូមជ្រើសរើសស្ថានភាពអាជ្ញាប័ណ្ណពីបញ្ជី។
error-invalid-page = លេខទំព័រត្រូវតែជាចំនួនគត់ ពី 1 ដល់ 500។
error-invalid-per-page = ចំនួនលទ្ធផលក្នុងមួយទំព័រ ត្រូវតែពី 1 ដល់ 100។
error-choice = សូមជ្រើសរើសពីបញ្ជី។
error-text-long = អត្ថបទនេះវែងពេក។
error-text-chars = អត្ថបទនេះមានតួអក្សរបញ្ជាដែលមើលមិនឃើញ ឬតួអក្សរដែលមិនអាចអានបាន។ សូមវាយម្តងទៀតដោយគ្មានតួអក្សរទាំងនោះ។
error-text-markup = អត្ថបទនេះមាន "<" ដែលមានអក្សរនៅពីក្រោយ ដូចកូដកុំព្យូទ័រ។ សូមសរសេរដោយគ្មានសញ្ញាទាំងនោះ។
error-amount = បញ្ចូលចំនួនទឹកប្រាក់ជាលេខប៉ុណ្ណោះ ឧទាហរណ៍ 150000 ឬ 1500.50 រហូតដល់ 10,000,000,000។
error-currency = សូមជ្រើសរើសរូបិយប័ណ្ណនៃចំនួនទឹកប្រាក់របស់អ្នក។
error-interest = បញ្ចូលការប្រាក់ប្រចាំខែ ជាលេខពី 0 ដល់ 100។

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = គណនី
nav-sign-in = ចូលគណនី
error-unauthorized-title = សូមចូលគណនី
error-unauthorized = អ្នកត្រូវចូលគណនីសិន ដើម្បីធ្វើការនេះ។ ការចូលគណនីរបស់អ្នកប្រហែលជាបានផុតកំណត់ហើយ។
error-forbidden-title = មិនអនុញ្ញាត
error-forbidden = គណនីរបស់អ្នកមិនអាចបើកទំព័រនេះបានទេ។
error-conflict-title = បានទទួលរួចហើយ
error-conflict = សំណើនេះផ្ទុយនឹងសំណើមួយដែលបានទទួលពីមុន។ មិនបានរក្សាទុកអ្វីថ្មីទេ។
error-idempotency-reused = Idempotency-Key នេះត្រូវបានប្រើរួចហើយ សម្រាប់សំណើផ្សេងមួយ។ សូមប្រើកូនសោ (key) ថ្មីសម្រាប់សំណើថ្មី។ មិនបានរក្សាទុកអ្វីថ្មីទេ។
error-idempotency-in-progress = សំណើដំបូងដែលមាន Idempotency-Key នេះ នៅកំពុងរង់ចាំចម្លើយនៅឡើយ។ សូមសាកល្បងម្តងទៀតបន្តិចទៀត ដើម្បីទទួលបានចម្លើយនោះ។
error-idempotency-key = header Idempotency-Key ត្រូវមានតួអក្សរ ASCII ដែលមើលឃើញ ពី 1 ដល់ 255 តួ ឧទាហរណ៍ UUID ចៃដន្យមួយ។
error-attestation-language = ភាសានៃការបញ្ជាក់ការយល់ព្រម (attestation) ត្រូវតែជាលេខកូដភាសាមួយរបស់សេវានេះ ឧទាហរណ៍ ne, ar ឬ id។
error-attestation-channel = ឆានែល (channel) នៃការបញ្ជាក់ការយល់ព្រម (attestation) ត្រូវតែជាមួយក្នុងចំណោម៖ whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other។
error-attestation-time = consented_at នៃការបញ្ជាក់ការយល់ព្រម (attestation) ត្រូវតែជាកាលបរិច្ឆេទ និងម៉ោង ដែលមាន offset (RFC 3339) មិនមែននៅពេលអនាគត ហើយមិនលើសពី 30 ថ្ងៃមុន។ បើការយល់ព្រមចាស់ជាងនេះ សូមសួរកម្មករម្តងទៀត។
error-partner-reference = លេខយោងរបស់ដៃគូ (reference) ត្រូវមានតួអក្សរ ASCII ដែលមើលឃើញ ពី 1 ដល់ 100 តួ ដោយគ្មានដកឃ្លា។
error-partner-reference-taken = ដៃគូនេះបានដាក់ពាក្យបណ្តឹងមួយ ក្រោមលេខយោងនេះរួចហើយ។ សូមប្រើលេខយោងថ្មីសម្រាប់ការសន្ទនាថ្មី ឬប្រើ Idempotency-Key ដដែល ដើម្បីធ្វើសំណើម្តងទៀត។
error-too-many-requests-title = សូមរង់ចាំ
error-too-many-requests = អ្នកបានព្យាយាមច្រើនដងពេក ក្នុងរយៈពេលខ្លី។ សូមរង់ចាំបន្តិច រួចសាកល្បងម្តងទៀត។
error-sign-in-failed = ឈ្មោះអ្នកប្រើ ពាក្យសម្ងាត់ ឬលេខកូដមិនត្រឹមត្រូវទេ។
error-csrf = ទម្រង់នេះផុតកំណត់ហើយ។ សូមត្រឡប់ក្រោយ ផ្ទុកទំព័រឡើងវិញ ហើយផ្ញើម្តងទៀត។
error-cross-site = ទម្រង់នេះត្រូវបានផ្ញើមកពីគេហទំព័រផ្សេង ដូច្នេះយើងបានបដិសេធវា។

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = ឯកសារយោង API
api-docs-intro = JSON API សម្រាប់កម្មវិធី និងអង្គការដៃគូ៖ ប្រតិបត្តិការនីមួយៗ អ្វីដែលវាទទួល និងអ្វីដែលវាឆ្លើយតប។ ការពិពណ៌នាខាងក្រោមជាភាសាអង់គ្លេស។
# Link to the same reference as a machine-readable file.
api-docs-openapi = ឯកសារយោងដដែលនេះ ជាឯកសារ OpenAPI (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = ប្រតិបត្តិការ
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = ត្រូវការ bearer token (Authorization: Bearer …)។
api-docs-parameters = ប៉ារ៉ាម៉ែត្រ
# Heading: what the caller sends in the request's body.
api-docs-body = ខ្លឹមសារនៃសំណើ
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = ចម្លើយ
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = ប្រភេទទិន្នន័យ
# Column heading: a field's or parameter's name.
api-docs-name = ឈ្មោះ
# Column heading: a field's data type (string, integer …).
api-docs-type = ប្រភេទ
api-docs-description = ការពិពណ៌នា
# Marks a field the caller must send.
api-docs-required = ត្រូវការ

## Drafts kept on the phone (review and complaint forms)
draft-kept = អ្វីដែលអ្នកវាយនៅទីនេះ ត្រូវបានរក្សាទុកជាសេចក្តីព្រាងនៅលើទូរស័ព្ទនេះតែប៉ុណ្ណោះ រហូតដល់អ្នកផ្ញើ ឬលុបវា។ អ្នកណាដែលប្រើទូរស័ព្ទនេះ អាចអានវាបាន។
draft-files = រូបថត និងឯកសារ មិនត្រូវបានរក្សាទុកក្នុងសេចក្តីព្រាងទេ៖ សូមជ្រើសរើសវាម្តងទៀតមុនពេលផ្ញើ។
draft-restored = សេចក្តីព្រាងរបស់អ្នកត្រូវបានដាក់ត្រឡប់មកវិញ។ សូមពិនិត្យ រួចផ្ញើ។
draft-delete = លុបសេចក្តីព្រាង
error-csrf-stale = ទម្រង់នេះបានផុតកំណត់ ដូច្នេះគ្មានអ្វីត្រូវបានផ្ញើទេ។ អ្វីៗទាំងអស់ដែលអ្នកបានវាយ មាននៅខាងក្រោម៖ សូមពិនិត្យ ហើយផ្ញើម្តងទៀត។
