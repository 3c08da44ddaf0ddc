# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = አስተዳደር
admin-heading = አስተዳደር
admin-nav-label = አስተዳደር
admin-nav-overview = አጠቃላይ እይታ
admin-nav-organisations = ድርጅቶች
admin-nav-staff = ባለሙያዎች
admin-nav-recruiters = የኤጀንሲዎች ማውጫ
admin-nav-audit = የክንውን መዝገብ
admin-count-organisations = ድርጅቶች
admin-count-staff = የባለሙያ መለያዎች
admin-count-workers = የሠራተኛ መለያዎች
admin-recruiters-link = በማውጫው ውስጥ ኤጀንሲዎችን ያክሉ ወይም ያስተካክሉ
admin-recent-events = የቅርብ ጊዜ የደኅንነት ክንውኖች
admin-audit-link = ሙሉውን የክንውን መዝገብ ይመልከቱ
admin-save = ለውጦቹን ያስቀምጡ
admin-saved = ለውጦችዎ ተቀምጠዋል።
admin-disabled = ታግዷል
admin-enabled = ንቁ
admin-standing = ሁኔታ

## Audit log
admin-audit-title = የክንውን መዝገብ
admin-audit-heading = የክንውን መዝገብ
admin-audit-intro = የቅርብ ጊዜዎቹ 200 የደኅንነት ክንውኖች፣ አዲሶቹ መጀመሪያ። ሰዓቶቹ በUTC ናቸው።
admin-audit-none = እስካሁን ምንም ክንውን አልተመዘገበም።
admin-audit-time = ሰዓት (UTC)
admin-audit-event = ክንውን
admin-audit-people = ማን
admin-audit-detail = ዝርዝር
admin-audit-actor = በ፦
admin-audit-subject = መለያ፦
admin-outcome-success = ተሳክቷል
admin-outcome-failure = አልተሳካም
admin-outcome-refused = ተከልክሏል
admin-event-sign-in = መግባት
admin-event-sign-out = መውጣት
admin-event-sign-out-everywhere = ከሁሉም መሣሪያዎች ወጥቷል
admin-event-password-changed = የይለፍ ቃል ተቀይሯል
admin-event-account-created = መለያ ተከፍቷል
admin-event-role-changed = ሚና ተቀይሯል
admin-event-organisation-changed = መለያ ወደ ሌላ ድርጅት ተዛውሯል
admin-event-account-disabled = መለያ ታግዷል
admin-event-account-enabled = መለያ እንደገና ተከፍቷል
admin-event-organisation-created = ድርጅት ተጨምሯል
admin-event-organisation-updated = የድርጅት ዝርዝሮች ተቀይረዋል
admin-event-recruiter-created = ኤጀንሲ ተጨምሯል
admin-event-recruiter-updated = ኤጀንሲ ተቀይሯል

## Organisations
admin-organisations-title = ድርጅቶች
admin-organisations-heading = ድርጅቶች
admin-organisations-none = እስካሁን ምንም ድርጅት አልተጨመረም።
admin-organisation-create-heading = ድርጅት ያክሉ
admin-organisation-create-submit = ድርጅቱን ያክሉ
admin-organisation-edit-heading = ይህንን ድርጅት ይቀይሩ
admin-field-organisation-name = ስም
admin-field-kind = የድርጅቱ ዓይነት
admin-field-countries = የሚሸፍናቸው አገሮች
admin-countries-hint = ባለሁለት ፊደል የአገር ኮዶች፣ በኮማ ወይም በክፍተት የተለዩ፤ ለምሳሌ QA, AE።
admin-field-sectors = ዘርፎች
admin-sectors-hint = ድርጅቱ ሁሉንም ዘርፎች የሚመለከት ከሆነ ምንም ምልክት አያድርጉ።
admin-sectors-all = ሁሉም ዘርፎች
admin-field-acknowledge-days = ቅሬታ መቀበልን ለማረጋገጥ የተሰጡ ቀናት
admin-acknowledge-days-hint = ከ1 እስከ 365 ቀናት። ብዙውን ጊዜ 7።
admin-field-answer-days = ለቅሬታ ምላሽ ለመስጠት የተሰጡ ቀናት
admin-answer-days-hint = ከ1 እስከ 730 ቀናት፣ እና መቀበልን ለማረጋገጥ ከተሰጡት ቀናት ያላነሰ። ብዙውን ጊዜ 90።
admin-deadlines = የጊዜ ገደቦች
admin-deadline-acknowledge = { $days ->
    [one] በ{ $days } ቀን ውስጥ መቀበሉን ያረጋግጡ
   *[other] በ{ $days } ቀናት ውስጥ መቀበሉን ያረጋግጡ
}
admin-deadline-answer = { $days ->
    [one] በ{ $days } ቀን ውስጥ ምላሽ ይስጡ
   *[other] በ{ $days } ቀናት ውስጥ ምላሽ ይስጡ
}
admin-members-heading = የዚህ ድርጅት ባለሙያዎች
admin-members-none = እስካሁን በFairRecruit ላይ ለዚህ ድርጅት የሚሠራ ማንም የለም።

## Staff
admin-staff-title = ባለሙያዎች
admin-staff-heading = የባለሙያ መለያዎች
admin-staff-none = እስካሁን ምንም የባለሙያ መለያ የለም።
admin-staff-create-heading = የባለሙያ መለያ ያክሉ
admin-staff-create-submit = መለያውን ያክሉ
admin-staff-password-hint = ቢያንስ 8 ምልክቶች፣ የተለመደ የይለፍ ቃል ያልሆነ። ለሰውየው በአስተማማኝ መንገድ ይስጡት፤ በመለያ ገጹ ላይ ሊቀይረው ይችላል።
admin-organisation-none = ድርጅት የለም
admin-organisation-hint = ተቆጣጣሪዎች የሥራ ቁጥጥር መሥሪያ ቤት ወይም የትውልድ አገር ባለሥልጣን አባላት ናቸው፤ የማኅበር ኃላፊዎች የሠራተኛ ማኅበር፣ የጉዳይ ባለሙያዎች የሕግ ድጋፍ ድርጅት አባላት ናቸው። አረጋጋጮችና አስተዳዳሪዎች የየትኛውም ድርጅት አባል አይደሉም።
admin-field-lead = የድርጅቱ መሪ (ስለ ከፍ ወዳለ አካል የተላለፉና ጊዜ ያለፈባቸው ጉዳዮች ይነገረዋል)
admin-field-disabled = መለያው ታግዷል (ሰውየው መግባት አይችልም)
admin-staff-edit-heading = ይህንን መለያ ይቀይሩ
admin-staff-edit-hint = ለውጥ ማስቀመጥ ሰውየውን ከሁሉም መሣሪያዎች በአንድ ጊዜ ያስወጣዋል።
admin-staff-self-hint = ይህ የራስዎ መለያ ነው፦ የአስተዳዳሪነት ሚናዎን ማስወገድም ሆነ መለያውን ማገድ አይችሉም።

## Recruiter directory
admin-recruiters-title = የኤጀንሲዎች ማውጫ
admin-recruiters-heading = የኤጀንሲዎች ማውጫ
admin-recruiter-create-heading = ፈቃድ ያለው ኤጀንሲ ያክሉ
admin-recruiter-create-submit = ኤጀንሲውን ያክሉ
admin-recruiter-edit-heading = ይህንን ኤጀንሲ ያስተካክሉ
admin-recruiter-edit-hint = የፈቃድ ሁኔታ ለውጥ ለሕዝብ በሚታየው የኤጀንሲው የፈቃድ ታሪክ ላይ በዛሬው ቀን ይጨመራል።
admin-recruiter-public-link = ለሕዝብ የሚታየውን መገለጫ ይመልከቱ
admin-field-recruiter-name = የኤጀንሲው ስም
admin-field-licensing-country = ፈቃዱን የሰጠው አገር
admin-licensing-country-hint = ባለሁለት ፊደል የአገር ኮድ፤ ለምሳሌ ለኔፓል NP።

## Errors
admin-error-role = ከዝርዝሩ ውስጥ ሚና ይምረጡ።
admin-error-own-role = የራስዎን የአስተዳዳሪነት ሚና ማስወገድ አይችሉም። ሌላ አስተዳዳሪ ይጠይቁ።
admin-error-own-disable = የራስዎን መለያ ማገድ አይችሉም። ሌላ አስተዳዳሪ ይጠይቁ።
admin-error-country-code = እንደ NP፣ QA ወይም AE ያሉ ባለሁለት ፊደል የአገር ኮዶችን በኮማ ለይተው ይጠቀሙ።
admin-error-destinations-too-many = ቢበዛ 60 የመዳረሻ አገሮችን ይስጡ።
admin-error-name-required = የኤጀንሲውን ስም ይስጡ።
admin-error-licence-required = የፈቃድ ቁጥሩን ይስጡ።
admin-error-licence-taken = በዚህ አገር ሌላ ኤጀንሲ ይህንን የፈቃድ ቁጥር አስቀድሞ ይዟል።

## Audit details: labels of the recorded values
admin-detail-separator = ፤
admin-detail-role = ሚና
admin-detail-organisation = ድርጅት
admin-detail-kind = ዓይነት
admin-detail-countries = አገሮች
admin-detail-sectors = ዘርፎች
admin-detail-days = የጊዜ ገደቦች (ቀናት)
admin-detail-recruiter = ኤጀንሲ
admin-detail-status = የፈቃድ ሁኔታ
admin-detail-reason = ምክንያት
admin-detail-reason-throttled = በጣም ብዙ ሙከራዎች
admin-detail-reason-disabled = መለያው ታግዷል

## Setting a staff member's password
admin-password-heading = አዲስ የይለፍ ቃል ያዘጋጁ
admin-password-hint = የይለፍ ቃሉ ለጠፋበት ባለሙያ። የመግቢያ ክፍለ ጊዜዎቹ ወዲያውኑ ያበቃሉ። አዲሱን የይለፍ ቃል በአስተማማኝ መንገድ ይስጡት፤ በመለያ ገጹ ላይ ሊቀይረው ይችላል።
admin-password-submit = የይለፍ ቃሉን ያስቀምጡ
admin-error-own-password = የራስዎን የይለፍ ቃል በመለያ ገጽዎ ላይ ይቀይሩ።
admin-event-password-reset = የይለፍ ቃል በአስተዳዳሪ ተዘጋጅቷል
admin-warning-look-alike = ይህ ስም በማውጫው ውስጥ ካለ የኤጀንሲ ስም ጋር ይመሳሰላል። አልተቀመጠም።
admin-look-alike-list = ከእነዚህ ኤጀንሲዎች አንዱ አለመሆኑን ያረጋግጡ፦
admin-look-alike-confirm = ይህ የተለየ ኤጀንሲ ነው፦ ቢሆንም ያስቀምጡት

## Two-step sign-in
admin-second-factor-on = ተዘጋጅቷል
admin-second-factor-off = ገና አልተዘጋጀም (በሚቀጥለው መግቢያ ይጠየቃል)
admin-second-factor-heading = ባለሁለት ደረጃ መግቢያን እንደገና ያስጀምሩ
admin-second-factor-hint = ስልኩም የመልሶ ማግኛ ኮዶቹም ለጠፉበት ሰው። የመግቢያ ክፍለ ጊዜዎቹ ያበቃሉ፤ በሚቀጥለው ሲገባ አዲስ መተግበሪያ ያዘጋጃል። በኢሜይል ይነገረዋል።
admin-second-factor-submit = ባለሁለት ደረጃ መግቢያን እንደገና ያስጀምሩ
admin-event-second-factor-enrolled = ባለሁለት ደረጃ መግቢያ ተዘጋጅቷል
admin-event-second-factor-replaced = ባለሁለት ደረጃ መግቢያ ወደ አዲስ መተግበሪያ ተዛውሯል
admin-event-second-factor-removed = ባለሁለት ደረጃ መግቢያ ጠፍቷል
admin-event-second-factor-reset = ባለሁለት ደረጃ መግቢያ በአስተዳዳሪ እንደገና ተጀምሯል
admin-detail-reason-second-factor = የተሳሳተ ወይም ድጋሚ የተጠቀሙበት ኮድ
admin-detail-reason-no-second-factor = ባለሁለት ደረጃ መግቢያ አልተዘጋጀም
admin-detail-reason-recovery-code = በመልሶ ማግኛ ኮድ

## API keys of intake partners (issue 18)
admin-partner-keys-link = የAPI ቁልፎች
admin-partner-keys-title = የ{ $name } የAPI ቁልፎች
admin-partner-keys-intro = ቁልፉ የዚህ አጋር የቻት ቦት ወይም የስልክ መስመር ሥርዓት፣ ሠራተኞች በሰጡት ስምምነት መሠረት፣ በእነርሱ ስም ቅሬታዎችንና አስተያየቶችን እንዲያቀርብና ያቀረበውን እንዲከታተል ያስችለዋል። ከዚህ ሌላ ምንም። ቁልፉ ሲፈጠር አንድ ጊዜ ብቻ ይታያል፤ የሚቀመጠው የሱ ሃሽ (hash) ብቻ ነው።
admin-partner-keys-none = ይህ አጋር እስካሁን ምንም ቁልፍ የለውም።
admin-partner-keys-col-name = ስም
admin-partner-keys-col-made = የተፈጠረበት
admin-partner-keys-col-expires = የሚያበቃበት
admin-partner-keys-col-used = መጨረሻ ጥቅም ላይ የዋለበት
admin-partner-keys-col-state = ሁኔታ
admin-partner-keys-never = በጭራሽ
admin-partner-keys-active = ንቁ
admin-partner-keys-revoked = ተሰርዟል
admin-partner-keys-expired = ጊዜው አልፏል
admin-partner-keys-revoke = ይሰርዙ
admin-partner-keys-create-heading = አዲስ ቁልፍ ይፍጠሩ
admin-partner-keys-name = የቁልፉ ስም
admin-partner-keys-name-hint = የት እንደሚጠቀሙበት ይግለጹ፤ ለምሳሌ «የWhatsApp ቦት» ወይም «የስልክ መስመር፣ ካትማንዱ»።
admin-partner-keys-days = የሚያገለግልበት ጊዜ (ቀናት፣ ከ1 እስከ 365)
admin-partner-keys-create = ቁልፉን ይፍጠሩ
admin-partner-keys-shown-once = አዲሱ ቁልፍ የሚታየው አሁን ብቻ ነው። ወደ አጋሩ ሥርዓት ይቅዱት፤ ማንም ዳግመኛ ሊያየው አይችልም። ከጠፋ ይሰርዙትና ሌላ ይፍጠሩ።
admin-partner-keys-revoked-done = ቁልፉ ተሰርዟል፦ ከአሁን ጀምሮ በእሱ የሚቀርብ ማንኛውም ጥያቄ ውድቅ ይደረጋል።
error-partner-key-name = ለቁልፉ ከ1 እስከ 100 ቁምፊዎች ያለው ስም ይስጡ።
error-partner-key-days = ቁልፍ የሚያገለግለው ከ1 እስከ 365 ቀናት ነው።
error-partner-key-not-partner = የAPI ቁልፎች የሚሰጡት «የአቤቱታ መቀበያ አጋር» ዓይነት ለሆኑ ድርጅቶች ብቻ ነው።
