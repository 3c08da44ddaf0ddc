# Language: Khmer (km). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = ការគ្រប់គ្រងប្រព័ន្ធ
admin-heading = ការគ្រប់គ្រងប្រព័ន្ធ
admin-nav-label = ការគ្រប់គ្រងប្រព័ន្ធ
admin-nav-overview = ទិដ្ឋភាពទូទៅ
admin-nav-organisations = អង្គការ
admin-nav-staff = បុគ្គលិក
admin-nav-recruiters = បញ្ជីភ្នាក់ងារជ្រើសរើស
admin-nav-audit = កំណត់ហេតុសវនកម្ម
admin-count-organisations = អង្គការ
admin-count-staff = គណនីបុគ្គលិក
admin-count-workers = គណនីកម្មករ
admin-recruiters-link = បន្ថែម ឬកែតម្រូវភ្នាក់ងារជ្រើសរើសក្នុងបញ្ជី
admin-recent-events = ព្រឹត្តិការណ៍សុវត្ថិភាពចុងក្រោយ
admin-audit-link = មើលកំណត់ហេតុសវនកម្មទាំងមូល
admin-save = រក្សាទុកការផ្លាស់ប្តូរ
admin-saved = ការផ្លាស់ប្តូររបស់អ្នកត្រូវបានរក្សាទុក។
admin-disabled = បានបិទ
admin-enabled = សកម្ម
admin-standing = ស្ថានភាព

## Audit log
admin-audit-title = កំណត់ហេតុសវនកម្ម
admin-audit-heading = កំណត់ហេតុសវនកម្ម
admin-audit-intro = ព្រឹត្តិការណ៍សុវត្ថិភាពចុងក្រោយចំនួន 200 ដោយថ្មីបំផុតនៅខាងលើ។ ម៉ោងគិតជា UTC។
admin-audit-none = មិនទាន់មានព្រឹត្តិការណ៍ដែលបានកត់ត្រានៅឡើយទេ។
admin-audit-time = ម៉ោង (UTC)
admin-audit-event = ព្រឹត្តិការណ៍
admin-audit-people = អ្នកពាក់ព័ន្ធ
admin-audit-detail = ព័ត៌មានលម្អិត
admin-audit-actor = ដោយ៖
admin-audit-subject = គណនី៖
admin-outcome-success = ជោគជ័យ
admin-outcome-failure = បរាជ័យ
admin-outcome-refused = ត្រូវបានបដិសេធ
admin-event-sign-in = ការចូលគណនី
admin-event-sign-out = ការចាកចេញ
admin-event-sign-out-everywhere = បានចាកចេញពីគ្រប់ឧបករណ៍
admin-event-password-changed = បានប្តូរពាក្យសម្ងាត់
admin-event-account-created = បានបង្កើតគណនី
admin-event-role-changed = បានប្តូរតួនាទី
admin-event-organisation-changed = បានផ្លាស់គណនីទៅអង្គការផ្សេង
admin-event-account-disabled = បានបិទគណនី
admin-event-account-enabled = បានបើកគណនីឡើងវិញ
admin-event-organisation-created = បានបន្ថែមអង្គការ
admin-event-organisation-updated = បានប្តូរព័ត៌មានអង្គការ
admin-event-recruiter-created = បានបន្ថែមភ្នាក់ងារជ្រើសរើស
admin-event-recruiter-updated = បានកែប្រែភ្នាក់ងារជ្រើសរើស

## Organisations
admin-organisations-title = អង្គការ
admin-organisations-heading = អង្គការ
admin-organisations-none = មិនទាន់មានអង្គការណាមួយត្រូវបានបន្ថែមនៅឡើយទេ។
admin-organisation-create-heading = បន្ថែមអង្គការ
admin-organisation-create-submit = បន្ថែមអង្គការ
admin-organisation-edit-heading = កែប្រែអង្គការនេះ
admin-field-organisation-name = ឈ្មោះ
admin-field-kind = ប្រភេទអង្គការ
admin-field-countries = ប្រទេសដែលគ្របដណ្តប់
admin-countries-hint = លេខកូដប្រទេសពីរអក្សរ បំបែកដោយសញ្ញាក្បៀស ឬដកឃ្លា ឧ. QA, AE។
admin-field-sectors = វិស័យ
admin-sectors-hint = កុំធីកប្រអប់ណាមួយ បើអង្គការនេះដោះស្រាយគ្រប់វិស័យ។
admin-sectors-all = គ្រប់វិស័យ
admin-field-acknowledge-days = ចំនួនថ្ងៃដើម្បីទទួលស្គាល់ពាក្យបណ្តឹង
admin-acknowledge-days-hint = ពី 1 ដល់ 365 ថ្ងៃ។ ជាធម្មតា 7 ថ្ងៃ។
admin-field-answer-days = ចំនួនថ្ងៃដើម្បីឆ្លើយតបពាក្យបណ្តឹង
admin-answer-days-hint = ពី 1 ដល់ 730 ថ្ងៃ ហើយមិនតិចជាងចំនួនថ្ងៃសម្រាប់ទទួលស្គាល់។ ជាធម្មតា 90 ថ្ងៃ។
admin-deadlines = កាលកំណត់
admin-deadline-acknowledge = { $days ->
   *[other] ទទួលស្គាល់ក្នុងរយៈពេល { $days } ថ្ងៃ
}
admin-deadline-answer = { $days ->
   *[other] ឆ្លើយតបក្នុងរយៈពេល { $days } ថ្ងៃ
}
admin-members-heading = បុគ្គលិកនៃអង្គការនេះ
admin-members-none = មិនទាន់មាននរណាម្នាក់ធ្វើការឱ្យអង្គការនេះនៅលើ FairRecruit នៅឡើយទេ។

## Staff
admin-staff-title = បុគ្គលិក
admin-staff-heading = គណនីបុគ្គលិក
admin-staff-none = មិនទាន់មានគណនីបុគ្គលិកនៅឡើយទេ។
admin-staff-create-heading = បន្ថែមគណនីបុគ្គលិក
admin-staff-create-submit = បន្ថែមគណនី
admin-staff-password-hint = យ៉ាងហោចណាស់ 8 តួអក្សរ ហើយមិនមែនជាពាក្យសម្ងាត់ដែលគេប្រើទូទៅ។ សូមផ្តល់វាឱ្យបុគ្គលនោះដោយសុវត្ថិភាព។ គេអាចប្តូរវានៅលើទំព័រគណនីរបស់គេ។
admin-organisation-none = គ្មានអង្គការ
admin-organisation-hint = អធិការការងារស្ថិតនៅស្ថាប័នអធិការកិច្ចការងារ ឬអាជ្ញាធរនៃប្រទេសដើម មន្ត្រីសហជីពនៅសហជីព បុគ្គលិកទទួលបន្ទុកករណីនៅអង្គការជំនួយផ្លូវច្បាប់។ អ្នកត្រួតពិនិត្យមតិ និងអ្នកគ្រប់គ្រងប្រព័ន្ធ មិនស្ថិតនៅអង្គការណាមួយទេ។
admin-field-lead = អ្នកដឹកនាំអង្គការ (ទទួលដំណឹងពីការលើកករណីទៅថ្នាក់លើ និងករណីហួសកាលកំណត់)
admin-field-disabled = គណនីត្រូវបានបិទ (បុគ្គលនោះមិនអាចចូលគណនីបានទេ)
admin-staff-edit-heading = កែប្រែគណនីនេះ
admin-staff-edit-hint = ការរក្សាទុកការផ្លាស់ប្តូរ នឹងធ្វើឱ្យបុគ្គលនោះចាកចេញពីគ្រប់ឧបករណ៍ភ្លាមៗ។
admin-staff-self-hint = នេះជាគណនីរបស់អ្នកផ្ទាល់៖ អ្នកមិនអាចដកតួនាទីអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់អ្នក ឬបិទគណនីនេះបានទេ។

## Recruiter directory
admin-recruiters-title = បញ្ជីភ្នាក់ងារជ្រើសរើស
admin-recruiters-heading = បញ្ជីភ្នាក់ងារជ្រើសរើស
admin-recruiter-create-heading = បន្ថែមភ្នាក់ងារជ្រើសរើសដែលមានអាជ្ញាប័ណ្ណ
admin-recruiter-create-submit = បន្ថែមភ្នាក់ងារជ្រើសរើស
admin-recruiter-edit-heading = កែតម្រូវភ្នាក់ងារជ្រើសរើសនេះ
admin-recruiter-edit-hint = ការផ្លាស់ប្តូរស្ថានភាពអាជ្ញាប័ណ្ណ នឹងត្រូវបន្ថែមទៅក្នុងប្រវត្តិអាជ្ញាប័ណ្ណសាធារណៈរបស់ភ្នាក់ងារជ្រើសរើស ជាមួយកាលបរិច្ឆេទថ្ងៃនេះ។
admin-recruiter-public-link = មើលទំព័រសាធារណៈ
admin-field-recruiter-name = ឈ្មោះភ្នាក់ងារ
admin-field-licensing-country = ប្រទេសដែលចេញអាជ្ញាប័ណ្ណ
admin-licensing-country-hint = លេខកូដប្រទេសពីរអក្សរ ឧ. NP សម្រាប់នេប៉ាល់។

## Errors
admin-error-role = សូមជ្រើសរើសតួនាទីពីបញ្ជី។
admin-error-own-role = អ្នកមិនអាចដកតួនាទីអ្នកគ្រប់គ្រងប្រព័ន្ធរបស់ខ្លួនឯងបានទេ។ សូមសុំអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀត។
admin-error-own-disable = អ្នកមិនអាចបិទគណនីរបស់ខ្លួនឯងបានទេ។ សូមសុំអ្នកគ្រប់គ្រងប្រព័ន្ធម្នាក់ទៀត។
admin-error-country-code = សូមប្រើលេខកូដប្រទេសពីរអក្សរ ដូចជា NP, QA ឬ AE បំបែកដោយសញ្ញាក្បៀស។
admin-error-destinations-too-many = សូមផ្តល់ប្រទេសគោលដៅមិនលើសពី 60។
admin-error-name-required = សូមផ្តល់ឈ្មោះភ្នាក់ងារ។
admin-error-licence-required = សូមផ្តល់លេខអាជ្ញាប័ណ្ណ។
admin-error-licence-taken = មានភ្នាក់ងារជ្រើសរើសមួយផ្សេងទៀត កាន់លេខអាជ្ញាប័ណ្ណនេះរួចហើយ នៅក្នុងប្រទេសនេះ។

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = តួនាទី
admin-detail-organisation = អង្គការ
admin-detail-kind = ប្រភេទ
admin-detail-countries = ប្រទេស
admin-detail-sectors = វិស័យ
admin-detail-days = កាលកំណត់ (ថ្ងៃ)
admin-detail-recruiter = ភ្នាក់ងារជ្រើសរើស
admin-detail-status = ស្ថានភាពអាជ្ញាប័ណ្ណ
admin-detail-reason = មូលហេតុ
admin-detail-reason-throttled = ព្យាយាមច្រើនដងពេក
admin-detail-reason-disabled = គណនីត្រូវបានបិទ

## Setting a staff member's password
admin-password-heading = កំណត់ពាក្យសម្ងាត់ថ្មី
admin-password-hint = សម្រាប់បុគ្គលិកដែលបាត់ពាក្យសម្ងាត់។ ការចូលគណនីទាំងអស់របស់គេនឹងបញ្ចប់ភ្លាមៗ។ សូមផ្តល់ពាក្យសម្ងាត់ថ្មីឱ្យគេដោយសុវត្ថិភាព។ គេអាចប្តូរវានៅលើទំព័រគណនីរបស់គេ។
admin-password-submit = កំណត់ពាក្យសម្ងាត់
admin-error-own-password = សូមប្តូរពាក្យសម្ងាត់របស់អ្នកផ្ទាល់ នៅលើទំព័រគណនីរបស់អ្នក។
admin-event-password-reset = ពាក្យសម្ងាត់ត្រូវបានកំណត់ដោយអ្នកគ្រប់គ្រងប្រព័ន្ធ
admin-warning-look-alike = ឈ្មោះនេះស្រដៀងនឹងឈ្មោះភ្នាក់ងារមួយដែលមានក្នុងបញ្ជី។ វាមិនត្រូវបានរក្សាទុកទេ។
admin-look-alike-list = សូមពិនិត្យថា វាមិនមែនជាភ្នាក់ងារណាមួយក្នុងចំណោមភ្នាក់ងារទាំងនេះ៖
admin-look-alike-confirm = នេះជាភ្នាក់ងារផ្សេង៖ រក្សាទុកវាទោះយ៉ាងណាក៏ដោយ

## Two-step sign-in
admin-second-factor-on = បានរៀបចំ
admin-second-factor-off = មិនទាន់រៀបចំនៅឡើយ (នឹងត្រូវសុំនៅពេលចូលគណនីលើកក្រោយ)
admin-second-factor-heading = កំណត់ការចូលគណនីពីរជំហានឡើងវិញ
admin-second-factor-hint = សម្រាប់អ្នកដែលបាត់ទាំងទូរស័ព្ទ និងលេខកូដសង្គ្រោះ។ ការចូលគណនីទាំងអស់របស់គេនឹងបញ្ចប់ ហើយនៅពេលចូលគណនីលើកក្រោយ គេនឹងរៀបចំកម្មវិធីថ្មី។ គេនឹងទទួលដំណឹងតាមអ៊ីមែល។
admin-second-factor-submit = កំណត់ការចូលគណនីពីរជំហានឡើងវិញ
admin-event-second-factor-enrolled = បានរៀបចំការចូលគណនីពីរជំហាន
admin-event-second-factor-replaced = បានផ្លាស់ការចូលគណនីពីរជំហានទៅកម្មវិធីថ្មី
admin-event-second-factor-removed = បានបិទការចូលគណនីពីរជំហាន
admin-event-second-factor-reset = ការចូលគណនីពីរជំហានត្រូវបានកំណត់ឡើងវិញដោយអ្នកគ្រប់គ្រងប្រព័ន្ធ
admin-detail-reason-second-factor = លេខកូដខុស ឬប្រើម្តងទៀត
admin-detail-reason-no-second-factor = មិនទាន់រៀបចំការចូលគណនីពីរជំហាន
admin-detail-reason-recovery-code = ដោយប្រើលេខកូដសង្គ្រោះ

## API keys of intake partners (issue 18)
admin-partner-keys-link = កូនសោ API
admin-partner-keys-title = កូនសោ API របស់ { $name }
admin-partner-keys-intro = កូនសោអនុញ្ញាតឱ្យឆាតបូត ឬប្រព័ន្ធខ្សែទូរស័ព្ទជំនួយរបស់ដៃគូនេះ ដាក់ពាក្យបណ្តឹង និងមតិវាយតម្លៃជំនួសកម្មករ ដោយមានការយល់ព្រមដែលពួកគេបានផ្តល់ ហើយតាមដានអ្វីដែលខ្លួនបានដាក់។ មិនមានអ្វីផ្សេងទៀតទេ។ កូនសោត្រូវបានបង្ហាញតែម្តងគត់ នៅពេលបង្កើត។ មានតែតម្លៃ hash របស់វាប៉ុណ្ណោះដែលត្រូវបានរក្សាទុក។
admin-partner-keys-none = ដៃគូនេះមិនទាន់មានកូនសោនៅឡើយទេ។
admin-partner-keys-col-name = ឈ្មោះ
admin-partner-keys-col-made = បានបង្កើត
admin-partner-keys-col-expires = ថ្ងៃផុតកំណត់
admin-partner-keys-col-used = ប្រើចុងក្រោយ
admin-partner-keys-col-state = ស្ថានភាព
admin-partner-keys-never = មិនដែលប្រើ
admin-partner-keys-active = សកម្ម
admin-partner-keys-revoked = បានដកហូត
admin-partner-keys-expired = បានផុតកំណត់
admin-partner-keys-revoke = ដកហូត
admin-partner-keys-create-heading = បង្កើតកូនសោ
admin-partner-keys-name = ឈ្មោះកូនសោ
admin-partner-keys-name-hint = សូមប្រាប់ថាវាប្រើនៅកន្លែងណា ឧទាហរណ៍ "បូត WhatsApp" ឬ "ខ្សែទូរស័ព្ទជំនួយ កាត់ម៉ាន់ឌូ"។
admin-partner-keys-days = សុពលភាព (ថ្ងៃ ពី 1 ដល់ 365)
admin-partner-keys-create = បង្កើតកូនសោនេះ
admin-partner-keys-shown-once = កូនសោថ្មីត្រូវបានបង្ហាញតែឥឡូវនេះប៉ុណ្ណោះ។ សូមចម្លងវាទៅក្នុងប្រព័ន្ធរបស់ដៃគូ៖ គ្មាននរណាអាចមើលវាឃើញម្តងទៀតទេ។ បើវាបាត់ សូមដកហូតវា ហើយបង្កើតកូនសោមួយទៀត។
admin-partner-keys-revoked-done = កូនសោត្រូវបានដកហូត៖ ចាប់ពីពេលនេះតទៅ រាល់សំណើដែលធ្វើដោយប្រើវានឹងត្រូវបានបដិសេធ។
error-partner-key-name = សូមដាក់ឈ្មោះកូនសោ ដែលមានពី 1 ដល់ 100 តួអក្សរ។
error-partner-key-days = កូនសោមានសុពលភាពពី 1 ដល់ 365 ថ្ងៃ។
error-partner-key-not-partner = កូនសោ API សម្រាប់តែអង្គការប្រភេទ "ដៃគូទទួលពាក្យបណ្ដឹង" ប៉ុណ្ណោះ។
