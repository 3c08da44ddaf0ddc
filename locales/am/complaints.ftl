# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = ቅሬታ ያቅርቡ
complaint-new-heading = ሚስጥራዊ ቅሬታ ያቅርቡ
complaint-new-intro = የተፈጠረውን ይንገሩን። ቅሬታዎን የምንልከው እርስዎ ወደሚመርጧቸው ድርጅቶች ብቻ ነው፤ በጉዞዎ አገሮች ውስጥ ያሉ። የግድ የሚያስፈልጉት ኤጀንሲውና ሁለቱ አገሮች ብቻ ናቸው።
complaint-new-safety = ስምዎን፣ ኢሜይልዎን ወይም ስልክ ቁጥርዎን መስጠት አያስፈልግዎትም። ስለ ኢሚግሬሽን (የመኖሪያ ፈቃድ) ሁኔታዎ በፍጹም አንጠይቅም፤ ምንም ነገር ለኢሚግሬሽን ባለሥልጣናት በፍጹም አናጋራም።
complaint-section-recruiter = የመለመለዎት ማን ነው
complaint-about = ስለ፦
complaint-recruiter-hint = ኤጀንሲውን በማውጫው ውስጥ ፈልገው እዚያው «ስለዚህ ኤጀንሲ ሚስጥራዊ ቅሬታ ያቅርቡ» የሚለውን ይምረጡ፤ ወይም የወኪሉን ወይም የደላላውን ስም ከታች ይጻፉ።
complaint-recruiter-find = በማውጫው ውስጥ ይፈልጉ
complaint-recruiter-link = ስለዚህ ኤጀንሲ ሚስጥራዊ ቅሬታ ያቅርቡ
complaint-field-sub-agent = የወኪሉ ወይም የደላላው ስም
complaint-sub-agent-hint = ፈቃድ የሌለው መካከለኛ ሰው፣ ለምሳሌ የመንደር ደላላ። ስሙን እርስዎ በሚያውቁት መንገድ ይጻፉ።
complaint-field-sub-agent-country = ይህ ደላላ የሚሠራበት አገር
complaint-choose = — ይምረጡ —
complaint-section-journey = ጉዞዎ
complaint-field-origin = የተነሱበት አገር
complaint-field-destination = የሄዱበት (ወይም ሊሄዱበት የነበረው) አገር
complaint-field-stage = አሁን የት ነዎት?
complaint-field-sector = የሥራ ዓይነት
complaint-field-occupation = ሥራዎ
complaint-field-departure-year = የሄዱበት ዓመት
complaint-section-danger = የእርስዎ ደኅንነት
complaint-field-in-danger = አሁን አደጋ ላይ ነኝ
complaint-in-danger-hint = እርስዎ ወይም ሌሎች አሁን ጉዳት ሊደርስባችሁ የሚችል ከሆነ ይህንን ምልክት ያድርጉ። እንደዚህ ያሉ ቅሬታዎች መጀመሪያ ይነበባሉ። በአስቸኳይ ሁኔታ፣ በተጨማሪ የአካባቢውን የአደጋ ጊዜ ስልክ ቁጥር ይደውሉ።
complaint-field-workers = እርስዎን ጨምሮ ይህ ጉዳይ ስንት ሠራተኞችን ይመለከታል?
complaint-section-issues = ምን ተፈጠረ
complaint-issues-hint = የሚመለከትዎትን ሁሉ ምልክት ያድርጉ። ምንም ምልክት ሳያደርጉ መጻፍ ብቻም ይችላሉ።
complaint-field-description = በራስዎ ቃላት
complaint-description-hint = ምን እንደተፈጠረ፣ መቼ፣ እና እነማን እንደነበሩበት። ድርጅቶቹ እንዲያነቡት የማይፈልጉትን ምንም ነገር አይጻፉ።
complaint-section-money = ገንዘብ
complaint-money-hint = መጠኖችን በቁጥር፣ ለምሳሌ 1500 ወይም 1500.50።
complaint-field-fee = ሥራውን ለማግኘት የከፈሉት ክፍያ
complaint-field-currency = የገንዘብ ዓይነት
complaint-field-promised-wage = ቃል የተገባልዎት ወርሃዊ ደመወዝ
complaint-field-actual-wage = በመጀመሪያው ወር የተቀበሉት ወርሃዊ ደመወዝ
complaint-field-wage-currency = የደመወዙ የገንዘብ ዓይነት
complaint-field-visa-type = የቪዛ ዓይነት
complaint-costs-hint = ለየትኞቹ ነገሮች ከፈሉ? እያንዳንዱን የወጪ ዓይነት ምልክት ያድርጉ።
complaint-field-lender = ለመክፈል ገንዘብ ተበድረዋል? ከማን?
complaint-lender-none = አልተበደርኩም
complaint-section-remedy = የሚጠይቁት
complaint-section-consent = ቅሬታዎን ማን ሊቀበለው ይችላል
complaint-consent-hint = ቅሬታዎ የሚሄደው ምልክት ወደሚያደርጉባቸው የድርጅት ዓይነቶች ብቻ ነው፤ ከእነሱም አገሮችዎን ወደሚሸፍኑት ብቻ።
complaint-share-labour-inspectorate = የሥራ ቁጥጥር መሥሪያ ቤቶች (መንግሥት፣ በሥራ አገር)
complaint-share-origin-authority = የውጭ ሥራ ስምሪት ባለሥልጣናት (መንግሥት፣ በትውልድ አገርዎ)
complaint-share-trade-union = የሠራተኛ ማኅበራት
complaint-share-legal-aid = የሕግ ድጋፍ ድርጅቶች
complaint-no-immigration = ከእነዚህ ድርጅቶች አንዳቸውም የኢሚግሬሽን ሕግን አያስፈጽሙም።
complaint-section-contact = እንዴት ልናገኝዎ እንችላለን
complaint-account-hint = «መለያዬ» ይህንን ቅሬታ አሁን ከገቡበት መለያ ጋር ያገናኘዋል። ማንነትዎ ሳይታወቅ ለመቆየት «ደረሰኜ ብቻ» የሚለውን ይምረጡ፦ ያኔ ከመለያዎ ጋር የሚያገናኘው ምንም ነገር አይኖርም።
complaint-field-contact = እርስዎ የሚመርጡት የመገናኛ መንገድ (ስልክ፣ WhatsApp፣ ኢሜይል፣ ወይም አንድ ሰው)
complaint-contact-hint = «እኔ የምመርጠው የመገናኛ መንገድ» የሚለውን ከመረጡ ብቻ። ለእርስዎ አስተማማኝ የሆነውን ይስጡ።
complaint-field-safe-times = እርስዎን ለማግኘት አስተማማኝ ሰዓቶች
complaint-contact-consent = ይህንን የመገናኛ መንገድ ማን ሊያየው ይችላል (ቅሬታውን የሚቀበሉ ድርጅቶች ብቻ)፦
complaint-section-behalf = ለሠራተኛ ወክሎ ማቅረብ
complaint-field-behalf-consent = ሠራተኛው ይህንን ቅሬታ ወክዬ እንዳቀርብለትና ከላይ ባሉት ምርጫዎች ተስማምቷል።
complaint-submit = ቅሬታውን ይላኩ
complaint-contact-receipt_only = ደረሰኜ ብቻ (ማንነቴ ሳይታወቅ)
complaint-contact-account = መለያዬ
complaint-contact-contact = እኔ የምመርጠው የመገናኛ መንገድ

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = አንድ ሰው የነበርኩበትን አስቸጋሪ ሁኔታ ተጠቅሞ በደል አድርሶብኛል
complaint-issue-deception = ተታልያለሁ ወይም ተዋሽቶብኛል
complaint-issue-restriction_of_movement = ወደ ውጭ ለመውጣት ወይም ለመልቀቅ ነፃነት የለኝም
complaint-issue-isolation = ከሌሎች ሰዎች ተገልዬ እንድቆይ ተደርጌያለሁ
complaint-issue-physical_sexual_violence = አካላዊ ወይም ወሲባዊ ጥቃት
complaint-issue-intimidation_threats = ዛቻ ወይም ማስፈራራት
complaint-issue-retention_of_documents = ፓስፖርቴ ወይም መታወቂያዬ ተይዞብኛል
complaint-issue-withholding_of_wages = ደመወዜ ተይዞብኛል
complaint-issue-debt_bondage = ዕዳ ለመክፈል መሥራት ተገድጃለሁ
complaint-issue-abusive_conditions = በጣም መጥፎ የሥራ ወይም የኑሮ ሁኔታ
complaint-issue-excessive_overtime = እጅግ በጣም ብዙ የሥራ ሰዓታት
complaint-issue-fees_charged = ሥራውን ለማግኘት ክፍያ ከፍያለሁ
complaint-issue-job_deception = ሥራው ወይም ደመወዙ ቃል እንደተገባልኝ አይደለም
complaint-issue-contract_substitution = የሥራ ውሌ በሌላ ውል ተተክቷል
complaint-issue-no_contract = የሥራ ውል የለም፣ ወይም የማልረዳው ውል ነው
complaint-issue-documents_retained = ኤጀንሲው ሰነዶቼን ይዞብኛል
complaint-issue-wages_unpaid = ደመወዝ አልተከፈለም
complaint-issue-discrimination = አድልዎ
complaint-issue-harassment = ትንኮሳ
complaint-issue-unlicensed_recruiter = ኤጀንሲው ፈቃድ አልነበረውም
complaint-stage-before_departure = ገና አገሬ ነኝ፣ ከመሄዴ በፊት
complaint-stage-in_transit = በጉዞ ላይ ነኝ
complaint-stage-at_destination = በሥራ አገር ነኝ
complaint-stage-returned = ወደ አገሬ ተመልሻለሁ
complaint-remedy-refund = ገንዘቤ እንዲመለስልኝ
complaint-remedy-unpaid_wages = ያልተከፈለኝ ደመወዝ እንዲከፈለኝ
complaint-remedy-documents_returned = ሰነዶቼ እንዲመለሱልኝ
complaint-remedy-repatriation = ወደ አገሬ ለመመለስ
complaint-remedy-change_of_employer = አሠሪ ለመቀየር
complaint-remedy-other = ሌላ ነገር

## The receipt

receipt-title = የእርስዎ ደረሰኝ
receipt-heading = ቅሬታዎ ደርሶናል
receipt-intro = የደረሰኝ ቁጥርዎ ይህ ነው፦
receipt-once = ይህንን የምናሳየው አሁን፣ አንድ ጊዜ ብቻ ነው። አናስቀምጠውም፤ እንደገና ልንልከውም አንችልም። ያለ እሱ ማንም ሰው ቅሬታዎን ሊያገኘው አይችልም፤ እርስዎም ጭምር።
receipt-how-write = ይጻፉት ወይም ፎቶ ያንሱት፣ እና በአስተማማኝ ቦታ ያስቀምጡት።
receipt-how-track = ምን እየሆነ እንዳለ ለማየት፣ ጥያቄዎችን ለመመለስ ወይም ቅሬታውን ለማንሳት፣ ቁጥሩን እዚህ ያስገቡ፦
receipt-how-safe = ይህ ቁጥር ያለው ማንኛውም ሰው ለቅሬታዎ የተሰጡትን መልሶች ማንበብ ይችላል፦ ለማንም አያጋሩት።
receipt-behalf = ይህንን ቁጥር ለሠራተኛው በአስተማማኝ መንገድ ይስጡት።
receipt-routed = { $count ->
    [one] ቅሬታው ወደ { $count } ድርጅት ተልኳል።
   *[other] ቅሬታው ወደ { $count } ድርጅቶች ተልኳል።
}
receipt-unrouted = አገሮችዎን የሚሸፍን ድርጅት እስካሁን አልተቀላቀለም። ቅሬታዎ ተቀምጧል፣ አስተዳዳሪዎቻችንም ድርጅት እየፈለጉ ነው፤ በደረሰኝዎ ተመልሰው ይመልከቱ።

## Following a complaint

track-title = ቅሬታዎን ይከታተሉ
track-heading = ቅሬታዎን ይከታተሉ
track-intro = ቅሬታውን ሲያቀርቡ የተሰጠዎትን ባለ 16 አሃዝ የደረሰኝ ቁጥር ያስገቡ።
track-field-receipt = የደረሰኝ ቁጥር
track-submit = ቅሬታዬን አሳዩኝ
track-lost = የደረሰኞችን ቅጂ አናስቀምጥም፤ ስለዚህ የጠፋ ደረሰኝ መልሶ ሊገኝ አይችልም። ቅሬታውን እንደገና ማቅረብ ይችላሉ።
track-received = በ{ $day } ደርሷል።
track-is-withdrawn = ይህንን ቅሬታ አንስተዋል።
track-no-referrals = እስካሁን ወደ የትኛውም ድርጅት አልደረሰም። አገሮችዎን የሚሸፍን ድርጅት እየፈለግን ነው።
track-kind = ዓይነት
track-status = ሁኔታ
track-opened = እዚያ የደረሰበት ቀን
track-outcome = ውጤት
track-question-waiting = ይህ ድርጅት የእርስዎን መልስ እየጠበቀ ነው።
track-from-you = እርስዎ
track-from-staff = ድርጅቱ
track-answer = የእርስዎ መልስ
track-add-information = መረጃ ይጨምሩ
track-send = ይላኩ
track-message-sent = መልእክትዎ ተልኳል።
track-withdrawn = ቅሬታዎ ተነስቷል። ለድርጅቶቹ ተነግሯቸዋል።
track-withdraw-heading = ቅሬታውን ያንሱ
track-withdraw-hint = ቅሬታውን ካነሱ፣ እያንዳንዱ ድርጅት ቅሬታዎን ይዘጋዋል። ይህ ሊቀለበስ አይችልም።
track-withdraw-confirm = አዎ፣ ቅሬታዬን ማንሳት እፈልጋለሁ
track-withdraw-submit = ያንሱ
track-linked-heading = ከመለያዎ ጋር የተገናኙ ቅሬታዎች
track-linked-hint = እነዚህን ከመለያዎ ጋር ለማገናኘት መርጠዋል። መልስ ለመስጠት ወይም ለማንሳት ደረሰኙን ከላይ ያስገቡ።

## Referral statuses, priorities, outcomes

case-status-new = አዲስ
case-status-acknowledged = መድረሱ ተረጋግጧል
case-status-investigating = በምርመራ ላይ
case-status-awaiting_worker = ሠራተኛውን እየጠበቀ
case-status-resolved = ተፈትቷል
case-status-closed = ተዘግቷል
case-close-reason-out_of_jurisdiction = ከዚህ ድርጅት ኃላፊነት ውጭ
case-close-reason-unfounded = በተገኙት እውነታዎች አልተደገፈም
case-close-reason-withdrawn = በሠራተኛው ተነስቷል
case-remedy-money_recovered = ገንዘብ ተመልሷል
case-remedy-documents_returned = ሰነዶች ተመልሰዋል
case-remedy-licence_action = በኤጀንሲው ፈቃድ ላይ እርምጃ ተወስዷል
case-remedy-prosecution_referral = ለክስ ተላልፏል
case-remedy-other = ሌላ መፍትሔ
case-money-recovered = የተመለሰ ገንዘብ፦ { $amount }
case-priority-urgent = አስቸኳይ
case-priority-high = ከፍተኛ
case-priority-normal = መደበኛ
case-priority-low = ዝቅተኛ
case-action-acknowledge = መድረሱን ያረጋግጡ
case-action-investigate = ምርመራ ይጀምሩ
case-action-ask_worker = ሠራተኛውን ይጠይቁ (መጀመሪያ መልእክት ይላኩ)
case-action-resume = ምርመራውን ይቀጥሉ
case-action-resolve = በውጤት ይፍቱ
case-action-close = በምክንያት ይዝጉ

## Staff: the queue

inspect-title = ጉዳዮች
inspect-heading = የድርጅትዎ ጉዳዮች
inspect-filter-status = ሁኔታ
inspect-filter-priority = ቅድሚያ
inspect-filter-country = አገር (መነሻ ወይም መዳረሻ)
inspect-filter-recruiter = የኤጀንሲ መለያ ቁጥር
inspect-filter-overdue = ጊዜ ያለፈባቸው ብቻ
inspect-filter-submit = ያጣሩ
inspect-status-open = ክፍት ጉዳዮች
inspect-status-all = ሁሉም ጉዳዮች
inspect-priority-any = ማንኛውም ቅድሚያ
inspect-country-any = ማንኛውም አገር
inspect-escalations-heading = ለመሪዎች የተላለፉ ጉዳዮች
inspect-escalations-none = ጊዜ ያለፈባቸው ጉዳዮች የሉም።
inspect-escalation-acknowledge = መድረሱ በጊዜው አልተረጋገጠም
inspect-escalation-answer = በጊዜው ምላሽ አልተሰጠም
inspect-queue-heading = ወረፋ፦ በጣም አስቸኳዩ መጀመሪያ፣ ከዚያ የቆየው
inspect-empty = የሚዛመዱ ጉዳዮች የሉም።
inspect-same-recruiter = ስለዚህ ኤጀንሲ ያሉ ሁሉም ጉዳዮች

## Staff: one case

case-title = ጉዳይ { $id }
case-back = ወደ ጉዳዮቹ ይመለሱ
case-saved = ተቀምጧል።
case-withdrawn = ሠራተኛው ይህንን ቅሬታ አንስቷል።
case-on-behalf = በሠራተኛው ፈቃድ፣ ሠራተኛውን ወክሎ በጉዳይ ባለሙያ የቀረበ።
case-recruiter-profile = የኤጀንሲው መገለጫ
case-in-danger = አሁን አደጋ ላይ ነው
case-overdue = ጊዜው አልፏል
case-sub-agent = ፈቃድ የሌለው ደላላ
case-priority = ቅድሚያ
case-priority-overridden = (በባለሙያ የተወሰነ)
case-status = ሁኔታ
case-collective = የጋራ ጉዳይ
case-facts-heading = ቅሬታው
case-fact-received = የደረሰበት ቀን
case-fact-corridor = የፍልሰት መስመር (ከ → ወደ)
case-fact-workers = የተጎዱ ሠራተኞች
case-fact-acknowledge-by = መድረሱን ማረጋገጫ የመጨረሻ ቀን
case-fact-answer-by = ምላሽ መስጫ የመጨረሻ ቀን
case-fact-licensing-country = ፈቃድ የሰጠው አገር
case-fact-sector = ዘርፍ
case-fact-occupation = ሙያ
case-fact-departure-year = የሄደበት ዓመት
case-fact-stage = ሠራተኛው አሁን ያለበት
case-fact-fee = ለሥራው የተከፈለ ክፍያ
case-fact-promised-wage = ቃል የተገባ ወርሃዊ ደመወዝ
case-fact-actual-wage = በመጀመሪያው ወር የተቀበለው ደመወዝ
case-fact-issues = ምን ተፈጠረ
case-fact-remedies = ሠራተኛው የሚጠይቀው
case-fact-description = በሠራተኛው ቃላት
case-fact-contact = ሠራተኛው የመረጠው የመገናኛ መንገድ
case-fact-safe-times = ለመገናኘት አስተማማኝ ሰዓቶች
case-fact-costs = የተከፈለባቸው ወጪዎች
case-fact-loan = ለመክፈል የተወሰደ ብድር
case-fact-visa-type = የቪዛ ዓይነት
case-contact-heading = የመገናኛ መንገድ
case-contact-withheld = ሠራተኛው የመገናኛ መንገድ ሰጥቷል፣ ነገር ግን የእርስዎ ዓይነት ድርጅት እንዲያየው አልፈቀደም። ከታች ባሉት መልእክቶች ይጻፉለት፦ መልእክቶቹን በደረሰኙ ያነባል።
case-contact-none = ሠራተኛው ቅሬታውን የሚከታተለው በደረሰኙ ብቻ ነው። ከታች ባሉት መልእክቶች ይጻፉለት።
case-collective-heading = የጋራ ጉዳይ
case-collective-member = የጋራ ጉዳይ { $id } አካል፦
case-same-recruiter = { $count ->
    [0] እዚህ ስለዚህ ኤጀንሲ ሌላ ክፍት ጉዳይ የለም።
    [one] እዚህ ስለዚህ ኤጀንሲ ሌላ አንድ ክፍት ጉዳይ አለ።
   *[other] እዚህ ስለዚህ ኤጀንሲ ሌሎች { $count } ክፍት ጉዳዮች አሉ።
}
case-group-submit = በአንድ የጋራ ጉዳይ ያሰባስቧቸው
case-actions-heading = ቀጣይ እርምጃ
case-field-action = እርምጃ
case-field-reason = ምክንያት ወይም ማስታወሻ (ለመዝጋት የግድ ያስፈልጋል)
case-field-priority-reason = ለምን (የግድ ያስፈልጋል)
case-field-close-reason = የተዘጋበት ምክንያት
case-field-remedies = ውጤት፦ የተገኙ መፍትሔዎች
case-field-amount = የተመለሰ ገንዘብ (መጠን)
case-field-whole-group = በጋራ ጉዳዩ ውስጥ ላሉ ጉዳዮች ሁሉ ይተግብሩ
case-action-submit = ይህንን እርምጃ ይመዝግቡ
case-messages-heading = መልእክቶችና ማስታወሻዎች
case-messages-none = እስካሁን መልእክት የለም።
case-note = የውስጥ ማስታወሻ
case-from-worker = ከሠራተኛው
case-to-worker = ለሠራተኛው
case-field-message = ለሠራተኛው የሚላክ መልእክት
case-field-internal = የውስጥ ማስታወሻ (ሠራተኛው በፍጹም አያየውም)
case-message-submit = ይላኩ
case-priority-heading = ቅድሚያውን ይቀይሩ
case-priority-submit = ቅድሚያውን ይቀይሩ
case-refer-heading = ወደ ሌላ ድርጅት ያስተላልፉ
case-refer-hint = በሌላ ድርጅት አዲስ ጉዳይ ይከፍታል። የሚቀርቡት ሠራተኛው የተስማማባቸው የድርጅት ዓይነቶች ብቻ ናቸው።
case-field-organisation = ድርጅት
case-refer-submit = ያስተላልፉ
case-timeline-heading = የጊዜ ቅደም ተከተል
case-step-opened = ጉዳዩ ተከፍቷል
case-step-referred-on = ወደ ሌላ ድርጅት ተላልፏል
case-step-priority = ቅድሚያ ተቀይሯል
case-step-grouped = ወደ የጋራ ጉዳይ ተጨምሯል
case-step-escalated = የጊዜ ገደብ አልፏል፦ ለመሪዎች ተነግሯል

## Administrators

unrouted-title = ገና ያልተላኩ ቅሬታዎች
unrouted-heading = የትኛውም ድርጅት ያልተቀበላቸው ቅሬታዎች
unrouted-intro = እነዚህ ቅሬታዎች ከየትኛውም ድርጅት አገሮችና ሠራተኛው ከተስማማባቸው ዓይነቶች ጋር አይዛመዱም። የሚሸፍናቸውን ድርጅት ያክሉ። ይዘታቸው እዚህ አይታይም።
unrouted-none = እያንዳንዱ ቅሬታ ድርጅት ጋር ደርሷል።
unrouted-recruiter = ኤጀንሲ
unrouted-kinds = የተስማማባቸው ዓይነቶች
unrouted-count = ገና ያልተላኩ ቅሬታዎች
unrouted-route-hint = የሚሸፍናቸውን ድርጅት ካከሉ በኋላ የሚጠብቁትን ቅሬታዎች እንደገና ይላኩ።
unrouted-route-submit = የሚጠብቁትን ቅሬታዎች እንደገና ይላኩ
unrouted-routed = { $count ->
    [one] { $count } ቅሬታ ድርጅት ጋር ደርሷል።
   *[other] { $count } ቅሬታዎች ድርጅት ጋር ደርሰዋል።
}

## Errors

error-complaint-recruiter-required = ኤጀንሲውን በማውጫው ውስጥ ይምረጡ፣ ወይም የወኪሉን ወይም የደላላውን ስም ይጻፉ።
error-complaint-recruiter-both = ከማውጫው ኤጀንሲ ወይም የደላላ ስም ይስጡ፤ ሁለቱንም አይደለም።
error-complaint-recruiter-unknown = ያንን ኤጀንሲ በማውጫው ውስጥ ማግኘት አልቻልንም።
error-complaint-country-required = አገሩን ይምረጡ።
error-complaint-corridor-same = ሁለቱ አገሮች የተለያዩ መሆን አለባቸው።
error-complaint-year = እንደ 2024 ያለ ዓመት ይስጡ።
error-complaint-workers = ከ1 እስከ 100,000 ያለ የሠራተኞች ቁጥር ይስጡ።
error-complaint-lender = ገንዘቡን ማን እንዳበደረ ይምረጡ፣ ወይም ወለዱን ባዶ ይተዉት።
error-complaint-consent-required = ቅሬታዎን ሊቀበል የሚችል ቢያንስ አንድ የድርጅት ዓይነት ይምረጡ።
error-complaint-contact-consent = የመገናኛ መንገድዎ ሊሄድ የሚችለው ቅሬታውን ወደሚቀበሉ ድርጅቶች ብቻ ነው።
error-complaint-contact-consent-required = የመገናኛ መንገድዎን ማን ሊያየው እንደሚችል ይምረጡ።
error-complaint-contact-required = እንድናገኝዎ የሚፈልጉበትን የመገናኛ መንገድ ይጻፉ፣ ወይም «ደረሰኜ ብቻ» የሚለውን ይምረጡ።
error-complaint-account-needed = ቅሬታውን ከመለያዎ ጋር ለማገናኘት ይግቡ፣ ወይም «ደረሰኜ ብቻ» የሚለውን ይምረጡ።
error-complaint-behalf-consent = እርስዎ ወክለው እንዲያቀርቡ ሠራተኛው መስማማቱን ያረጋግጡ።
error-track-receipt-format = ደረሰኝ 16 አሃዞች አሉት፤ ለምሳሌ 1234-5678-9012-3456።
error-track-receipt-unknown = ይህ ደረሰኝ ያለው ቅሬታ የለም። አሃዞቹን ያረጋግጡና እንደገና ይሞክሩ።
error-track-referral = ይህ ቅሬታዎ ከተላከላቸው ድርጅቶች አንዱ አይደለም።
error-track-referral-closed = ይህ ድርጅት ቅሬታዎን ዘግቷል፤ መልእክቶችን መቀበል አይችልም።
error-track-withdraw-confirm = ማንሳት እንደሚፈልጉ ለማረጋገጥ ሳጥኑ ላይ ምልክት ያድርጉ።
error-case-transition = ይህ እርምጃ ከጉዳዩ የአሁኑ ሁኔታ አይቻልም።
error-case-action-unknown = ከዝርዝሩ ውስጥ እርምጃ ይምረጡ።
error-case-close-reason = ጉዳዩ የተዘጋበትን ምክንያት ይምረጡ።
error-case-reason-required = ምክንያቱን ይጻፉ።
error-case-outcome-required = ቢያንስ አንድ የተገኘ መፍትሔ ይምረጡ።
error-case-money-required = የተመለሰውን ገንዘብ መጠንና የገንዘብ ዓይነት ይስጡ።
error-case-money-unexpected = መጠን የሚገባው ከ«ገንዘብ ተመልሷል» ጋር ብቻ ነው።
error-case-message-required = መልእክት ይጻፉ።
error-case-priority = ከዝርዝሩ ውስጥ ቅድሚያ ይምረጡ።
error-case-refer-self = ጉዳዩ አስቀድሞ በዚህ ድርጅት ውስጥ ነው።
error-case-refer-consent = ሠራተኛው ቅሬታውን ለዚህ ዓይነት ድርጅት ለማጋራት አልተስማማም።
error-case-refer-coverage = ይህ ድርጅት በዚህ ቅሬታ አገሮች ውስጥ አይሠራም።
error-case-refer-exists = ይህ ድርጅት ይህንን ቅሬታ አስቀድሞ ይዟል።
error-case-group-alone = እዚህ ስለዚህ ኤጀንሲ ሌላ ክፍት ጉዳይ የለም።
error-case-filter = አንዱ ማጣሪያ የማናውቀው እሴት አለው።

## Evidence (photos, documents, voice notes)
evidence-heading = ፎቶዎች፣ ሰነዶችና የድምፅ መልእክቶች
evidence-hint = የሥራ ውል ፎቶ፣ የክፍያ ደረሰኝ፣ የደመወዝ ወረቀት ወይም የኤጀንሲ መልእክት፣ PDF፣ ወይም የድምፅ መልእክት ያክሉ። የቦታ መረጃና የስልኩ ዝርዝሮች ከፎቶዎች ይወገዳሉ።
evidence-field-files = ፋይሎች
evidence-files-hint = ፎቶዎች (JPEG፣ PNG፣ WebP)፣ PDF፣ ወይም የድምፅ መልእክቶች (MP3፣ Ogg፣ M4A፣ AMR)፤ ብዙዎችን በአንድ ጊዜ።
evidence-field-share = እነዚህን ፋይሎች ማን ሊያያቸው ይችላል
evidence-submit = ፋይሎቹን ይላኩ
evidence-sent = ፋይሎችዎ ወደ ቅሬታው ተጨምረዋል።
evidence-location-removed = የቦታ መረጃና የስልኩ ዝርዝሮች ከፎቶዎችዎ ተወግደዋል።
evidence-choose-again = ምንም አልተላከም። ፋይሎቹን እንደገና ይምረጡ፦ አሳሹ አያስቀምጣቸውም።
evidence-kind-photo = ፎቶ
evidence-kind-document = ሰነድ
evidence-kind-voice = የድምፅ መልእክት
evidence-size-kb = { $count } KB
error-evidence-type = ይህ ዓይነት ፋይል ተቀባይነት የለውም። ፎቶዎችን (JPEG፣ PNG፣ WebP)፣ የPDF ሰነዶችን ወይም የድምፅ መልእክቶችን (MP3፣ Ogg፣ M4A፣ AMR) ይላኩ።
error-evidence-unreadable = አንድ ፋይል ሊነበብ አልቻለም፦ የተበላሸ፣ የተቆረጠ ወይም በይለፍ ቃል የተቆለፈ ሊሆን ይችላል።
error-evidence-pixels = አንድ ፎቶ በጣም ትልቅ ነው። ያነሰ ቅጂ ይላኩ።
error-evidence-too-large = አንድ ፋይል ከተፈቀደው በላይ ትልቅ ነው። ያነሰ ቅጂ ይላኩ።
error-evidence-too-many = በአንድ ጊዜ በጣም ብዙ ፋይሎች። በተለያዩ ዙሮች ይላኩ።
error-evidence-none = ቢያንስ አንድ ፋይል ይምረጡ።
error-evidence-share = ቅሬታዎ ከተላከላቸው ድርጅቶች መካከል ፋይሎቹን ማን ሊያያቸው እንደሚችል ይምረጡ።
error-evidence-complaint-full = ይህ ቅሬታ የሚችለውን ያህል ፋይሎች ይዟል። በጣም አስፈላጊዎቹን ብቻ ይላኩ።
error-evidence-truncated = መጫኑ ተቋርጧል። እንደገና ይሞክሩ።
evidence-from-staff = በድርጅቱ የተላከልዎ
evidence-sent-by-you = በድርጅትዎ የተላከ
evidence-staff-field = ለሠራተኛው ፋይሎችን ይላኩ
evidence-staff-hint = ቅጽ፣ ውሳኔ ወይም ደብዳቤ። ሠራተኛው በደረሰኙ ይከፍታቸዋል፤ ሌላ ማንም ድርጅት አያያቸውም። የቦታ መረጃ ከፎቶዎች ይወገዳል።
evidence-staff-submit = ለሠራተኛው ይላኩ
error-webhook-url-malformed = ከ2,000 ቁምፊ ያልበለጠ ሙሉ የድር አድራሻ (https://…) ያለ የተጠቃሚ ስም ወይም የይለፍ ቃል ያስገቡ።
error-webhook-url-not-https = አድራሻው በ https:// መጀመር አለበት።
error-webhook-url-private = ይህ አድራሻ ወደ የግል፣ የአካባቢ ወይም የተያዘ አውታረ መረብ ይጠቁማል። በሕዝብ በይነመረብ ላይ ያለ አድራሻ ይጠቀሙ።
error-webhook-url-unresolved = የዚህ አድራሻ የአስተናጋጅ ስም አልተገኘም። ፊደሉን ያረጋግጡ።
