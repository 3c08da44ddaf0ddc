# Language: Amharic (am). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = ስለ ኤጀንሲ አስተያየት ይስጡ
review-heading = ስለዚህ ኤጀንሲ ለሌሎች ሠራተኞች ይንገሩ
review-intro = የሚያስፈልገው ጉዞዎ፣ ዓመቱና አጠቃላይ ደረጃዎ ብቻ ነው። ሌሎቹን ክፍሎች በሙሉ መዝለል ይችላሉ። ስምዎ በፍጹም አይጠየቅም፣ በፍጹምም አይታይም።
review-anonymous-note = አልገቡም፦ አስተያየትዎ ያለ ምንም መለያ ይላካል፤ የኢንተርኔት አድራሻዎንም ከእሱ ጋር አናስቀምጥም።
review-signed-in-note = ገብተዋል፦ ይህንን አስተያየት በመለያ ገጽዎ ላይ ማግኘትና በኋላ መቀየር ይችላሉ። ሌሎች ሰዎች ማን እንደጻፈው በፍጹም አያዩም።
review-errors-below = አንዳንድ መልሶች መስተካከል አለባቸው። መልእክቶቹ ከጎናቸው ናቸው፤ የጻፉት ሁሉ አሁንም እዚህ አለ።
review-honeypot = ይህንን መስክ ባዶ ይተዉት
review-choose = ይምረጡ…
review-skip = መናገር አልፈልግም
review-yes = አዎ
review-no = አይ
review-section-journey = ጉዞዎ
review-field-origin = የተነሱበት አገር
review-field-destination = ለሥራ የሄዱበት አገር
review-field-year = የሄዱበት ዓመት
review-field-sub-agent = ያገናኘዎት ደላላ (ንዑስ ወኪል) ካለ፣ የደላላው ስም
review-sub-agent-hint = ብዙ ሠራተኞች ለኤጀንሲው ከሚሠራ የአካባቢ ደላላ ጋር ይገናኛሉ። ደላላውን ከጠቀሱ፣ አስተያየትዎ ለደላላው ይቆጠራል፤ ደላላውም ፈቃድ እንደሌለው ሆኖ ይታያል።
review-field-sector = የሥራ ዓይነት
review-field-occupation = ሥራዎ
review-field-visa = የቪዛ ዓይነት
review-rating-scale = 1 = በጣም መጥፎ፣ 5 = በጣም ጥሩ።
review-section-costs = የከፈሉት
review-costs-intro = በILO የ«አሠሪ ይከፍላል» መርህ መሠረት ሠራተኞች ለምልመላቸው ምንም ክፍያ ወይም ወጪ መክፈል የለባቸውም። ቢሆንም የከፈሉትን ለእያንዳንዱ የወጪ ዓይነት ይንገሩን።
review-field-currency = የሁሉም መጠኖች የገንዘብ ዓይነት
review-currency-hint = የከፈሉትን ካገኙት ጋር ማወዳደር እንድንችል፣ ደመወዝዎን ጨምሮ በዚህ ገጽ ላሉ መጠኖች ሁሉ አንድ የገንዘብ ዓይነት ይጠቀሙ።
review-paid-yes = ለዚህ ከፍያለሁ
review-paid-no = አልከፈልኩም
review-field-amount = መጠን
review-field-paid-to = የከፈሉት ለማን ነው
review-field-receipt = ደረሰኝ ተሰጥቶዎታል?
review-section-loan = ብድር
review-field-took-loan = ለመክፈል ገንዘብ ተበድረዋል?
review-field-lender = ማን አበደረዎት
loan-interest-monthly = ወርሃዊ ወለድ (%)
review-section-wages = ደመወዝዎ
review-wages-hint = ወርሃዊ መጠኖች፣ ከወጪዎቹ ጋር በአንድ የገንዘብ ዓይነት።
review-field-promised-wage = ቃል የተገባልዎት ወርሃዊ ደመወዝ
review-field-first-wage = ለመጀመሪያው ሙሉ ወር የተቀበሉት
review-first-wage-hint = ከግብርና ከማንኛውም ተቀናሽ በኋላ። ካልተከፈለዎት 0 ይጻፉ።
review-section-checks = የሥራ ውልዎና ሥራዎ
review-section-ratings = ተጨማሪ ደረጃዎች
review-field-use-again = ይህንን ኤጀንሲ እንደገና ይጠቀማሉ?
review-section-text = የእርስዎ ታሪክ
review-text-hint = ስሞችን፣ ስልክ ቁጥሮችን፣ የፓስፖርት ቁጥሮችን ወይም አድራሻዎችን አይጻፉ፦ ሌላ ማንም አስተያየትዎን ከማንበቡ በፊት አረጋጋጩ ያስወግዳቸዋል።
review-field-text = ምን ተፈጠረ
review-field-text-language = የጽሑፍዎ ቋንቋ
review-language-other = ሌላ ቋንቋ
review-moderation-note = እያንዳንዱ አስተያየት ከመታተሙ በፊት አረጋጋጭ ያነበዋል።
review-submit = አስተያየቴን ይላኩ
review-write-link = ስለዚህ ኤጀንሲ አስተያየት ይስጡ

review-sent-title = አስተያየቱ ደርሷል
review-sent-heading = ስለ አስተያየትዎ እናመሰግናለን
review-sent-moderation = አስተያየትዎ ደርሷል። ከመታተሙ በፊት አረጋጋጭ ያነበዋል።
review-sent-account = ሁኔታውን በመለያ ገጽዎ ላይ መከታተል ይችላሉ፦
review-abuse-heading = የገለጹት ነገር ሕገ ወጥ ሊሆን ይችላል
review-abuse-text = ከሠራተኞች የምልመላ ክፍያ መቀበል፣ ፓስፖርታቸውን ወይም መታወቂያቸውን መያዝ፣ ከደረሱ በኋላ የሥራ ውሉን መቀየር እና ቃል የተገባውን ደመወዝ አለመክፈል በዓለም አቀፍ ደረጃዎችና በብዙ አገሮች ሕግ የተከለከሉ ናቸው። እርምጃ መውሰድ ለሚችል ድርጅት ሚስጥራዊ ቅሬታ ማቅረብ ይችላሉ፤ ስምዎን መስጠት አያስፈልግዎትም።
review-abuse-rights-link = መብትዎን ይወቁ
review-back-to-recruiter = ወደ ኤጀንሲው ይመለሱ

error-review-year = የሄዱበትን ዓመት ከ1970 እስከ ዘንድሮ ይጻፉ።
error-review-rating = ከ1 እስከ 5 ደረጃ ይምረጡ።
error-review-rating-required = አጠቃላይ ደረጃዎን ከ1 እስከ 5 ይምረጡ።
error-review-text-long = ይህ ጽሑፍ በጣም ረጅም ነው። ከ5,000 ምልክቶች እንዳይበልጥ ያሳጥሩት።
error-review-sub-agent = የደላላውን ስም በፊደሎች ይጻፉ፣ ወይም መስኩን ባዶ ይተዉት።
error-review-language = ከዝርዝሩ ውስጥ ቋንቋ ይምረጡ።
error-review-page = የገጽ ቁጥሩ ከ1 እስከ 1000 ያለ ሙሉ ቁጥር መሆን አለበት።
error-review-json = ጥያቄው ለአስተያየት የሚሆን ትክክለኛ JSON አይደለም፣ ወይም የማናውቀው መስክ አለው።
error-review-cost-repeated = እያንዳንዱ የወጪ ዓይነት አንድ ጊዜ ብቻ ሊገባ ይችላል።

cost-fee = የምልመላ ክፍያ
cost-fee-hint = ሥራውን ለማግኘት ወይም ለማመቻቸት የተከፈለ ክፍያ፣ የወሰደው ማንም ቢሆን።
cost-medical = ሕክምና
cost-medical-hint = የሕክምና ምርመራዎች፣ ላቦራቶሪ፣ ክትባቶች።
cost-insurance = ኢንሹራንስ
cost-insurance-hint = የሕይወት፣ የጤና ወይም የደኅንነት ኢንሹራንስ፤ የፍልሰተኞች ደኅንነት ፈንድ።
cost-skills = የሙያና የቋንቋ ፈተናዎች
cost-skills-hint = የሙያ ፈተናዎች፣ የቋንቋ ፈተናዎች፣ የምስክር ወረቀቶች።
cost-training = ሥልጠናና ገለጻ
cost-training-hint = ከመሄድ በፊት ወይም ከደረሱ በኋላ የሚሰጥ ሥልጠና።
cost-equipment = መሣሪያዎች
cost-equipment-hint = የሥራ መሣሪያዎች፣ የደንብ ልብስ፣ የደኅንነት መጠበቂያዎች።
cost-travel = ጉዞና ማረፊያ
cost-travel-hint = ለቃለ መጠይቅ፣ ለሥልጠና፣ ለቪዛ ቀጠሮ፣ ለጉዞውና ለመመለሻ የሚሆኑ ትኬቶችና ማረፊያ።
cost-administrative = ሰነዶችና ፈቃዶች
cost-administrative-hint = ፓስፖርት፣ ቪዛ፣ የወንጀል ሪከርድና ሌሎች ማጣሪያዎች፣ የመውጫ ፈቃድ፣ የባንክ ሒሳብ፣ የሥራና የመኖሪያ ፈቃዶች።
cost-illegitimate = ጉቦ፣ ተቀማጭና የዋስትና ገንዘብ
cost-illegitimate-hint = በማንኛውም ሁኔታ ሕገ ወጥ የሆኑ ክፍያዎች፦ ጉቦ፣ በድብቅ የሚመለስ ኮሚሽን፣ ተቀማጭ ገንዘብ፣ የዋስትና ገንዘብ (ቦንድ)፣ በማስፈራራት የሚወሰድ ገንዘብ።

paid-to-recruiter = ኤጀንሲው
paid-to-sub_agent = ደላላ (ንዑስ ወኪል)
paid-to-employer = አሠሪው
paid-to-other = ሌላ ሰው

lender-recruiter = ኤጀንሲው
lender-moneylender = አራጣ አበዳሪ
lender-bank = ባንክ
lender-cooperative = የኅብረት ሥራ ማኅበር ወይም አነስተኛ የብድር ተቋም
lender-family = ቤተሰብ ወይም ጓደኞች
lender-employer = አሠሪው
lender-other = ሌላ ሰው

visa-work = የሥራ ቪዛ
visa-domestic_work = የቤት ሠራተኛ ቪዛ
visa-seasonal = የወቅታዊ ሥራ ቪዛ
visa-visit = የጉብኝት ወይም የቱሪስት ቪዛ
visa-student = የተማሪ ቪዛ
visa-other = ሌላ ቪዛ

check-contract_before_departure = ከመሄድዎ በፊት የተጻፈ የሥራ ውል ተሰጥቶዎታል?
check-contract_understood = የሥራ ውሉ በሚረዱት ቋንቋ ነበር?
check-contract_substituted = ከደረሱ በኋላ የተለየ ውል እንዲፈርሙ ተገደዋል?
check-documents_kept = ፓስፖርትዎን ወይም መታወቂያዎን የያዘ ሰው ነበር?
check-job_as_promised = ሥራው ቃል በተገባልዎት መሠረት ነበር?
check-wage_as_promised = ደመወዙ ቃል በተገባልዎት መሠረት ነበር?
check-free_to_change_employer = አሠሪ ለመቀየር ነፃነት ነበረዎት?
check-info_accurate = ከመሄድዎ በፊት የተሰጠዎት መረጃ ትክክል ነበር?

rating-fees_honesty = ስለ ክፍያዎች ታማኝነት
rating-job_truth = ስለ ሥራው እውነተኛነት
rating-contract_documents = የሥራ ውልና ሰነዶች
rating-support_after_arrival = ከደረሱ በኋላ ድጋፍ
rating-overall = አጠቃላይ ደረጃ

review-status-pending = አረጋጋጭ እየጠበቀ ነው
review-status-approved = ታትሟል
review-status-rejected = አልታተመም

reject-reason-not_a_review = ስለዚህ ኤጀንሲ የተሰጠ አስተያየት አይደለም
reject-reason-spam = ማስታወቂያ ወይም አይፈለጌ መልእክት
reject-reason-abusive = ስድብ ወይም ዛቻ ያለበት ቋንቋ
reject-reason-personal_data = ለማተም በጣም ብዙ የግል መረጃ አለበት
reject-reason-duplicate = የሌላ አስተያየት ቅጂ
reject-reason-wrong_recruiter = ስለ ሌላ ኤጀንሲ ነው
reject-reason-other = ሌላ ምክንያት

score-heading = የውጤት ካርድ
score-no-reviews = እስካሁን የታተመ አስተያየት የለም።
score-rating-out-of-five = ከ5 { $rating }
score-review-count = { $count ->
    [one] ከ{ $count } አስተያየት
   *[other] ከ{ $count } አስተያየቶች
}
score-rating-explained = በቂ ሠራተኞች ስለዚህ ኤጀንሲ አስተያየት እስኪሰጡ ድረስ ደረጃው ወደ ሁሉም ኤጀንሲዎች አማካይ ያዘነብላል፤ ስለዚህ ጥቂት አስተያየቶች ኤጀንሲውን በጣም ጥሩ ወይም በጣም መጥፎ አድርገው ሊያሳዩት አይችሉም።
score-rating-mean = አማካይ አጠቃላይ ደረጃ
score-share-charged = ክፍያ ወይም ወጪ የተጠየቁ ሠራተኞች
score-share-documents = ፓስፖርታቸው ወይም መታወቂያቸው የተያዘባቸው ሠራተኞች
score-share-substituted = የሥራ ውላቸው የተቀየረባቸው ሠራተኞች
score-share-job-not = ሥራቸው ቃል እንደተገባላቸው ያልሆነ ሠራተኞች
score-share-again = ኤጀንሲውን እንደገና የሚጠቀሙ ሠራተኞች
score-median-cost = የተከፈለው ጠቅላላ ወጪ መካከለኛ እሴት ({ $currency })
score-median-ratio = ወጪ ከመጀመሪያው ወር ደመወዝ ጋር ሲነጻጸር (መካከለኛ እሴት)
score-months-of-wages = የ{ $months } ወር ደመወዝ
score-withheld = እስካሁን በቂ አስተያየቶች የሉም
score-k-explained = ማንም ሰው እንዳይለይ፣ አንድ አሃዝ የሚታየው ቢያንስ 5 ሠራተኞች ከመለሱ በኋላ ነው።

review-language-filter = በዚህ ቋንቋ የተጻፉ አስተያየቶች፦
review-language-any = ማንኛውም ቋንቋ
review-language-filter-submit = ይመልከቱ
review-list-empty = እስካሁን የታተመ አስተያየት የለም።
review-rating-line = ደረጃ፦ ከ5 { $rating }
review-departed = በ{ $year } የሄዱ
review-would-use-again = ይህንን ኤጀንሲ እንደገና እንደሚጠቀሙ ገልጸዋል።
review-would-not-use-again = ይህንን ኤጀንሲ እንደገና እንደማይጠቀሙ ገልጸዋል።

pii-phone = ስልክ ቁጥር
pii-email = የኢሜይል አድራሻ
pii-passport = የፓስፖርት ወይም የመታወቂያ ቁጥር
pii-url = የድረ ገጽ አድራሻ

moderate-title = ማረጋገጫ
moderate-heading = ማረጋገጫ የሚጠብቁ አስተያየቶች
moderate-pending-count = { $count ->
    [one] { $count } አስተያየት እየጠበቀ ነው፣ የቆየው መጀመሪያ።
   *[other] { $count } አስተያየቶች እየጠበቁ ናቸው፣ የቆዩት መጀመሪያ።
}
moderate-empty = የሚጠብቅ አስተያየት የለም።
moderate-approved = አስተያየቱ ታትሟል።
moderate-rejected = አስተያየቱ ውድቅ ተደርጓል።
moderate-gone = ሌላ አረጋጋጭ በዚያ አስተያየት ላይ አስቀድሞ ወስኗል።
moderate-review-title = አስተያየትን ያረጋግጡ
moderate-review-heading = ማረጋገጫ የሚጠብቅ አስተያየት
moderate-back = ወደ ወረፋው ይመለሱ
moderate-status = ሁኔታ፦
moderate-corridor = ጉዞ
moderate-sub-agent-note = ይህ አስተያየት ደላላን ይጠቅሳል፤ ከታተመ በኋላ የሚቆጠረው ለ፦
moderate-no-text = ሠራተኛው ምንም ጽሑፍ አልጻፈም።
moderate-collected-paper = በ{ $who } በወረቀት የተሰበሰበ
moderate-collected-partner = በአጋር ድርጅት { $who } የተላከ
moderate-collected-phone = በ{ $who } በስልክ የተሰበሰበ
moderate-collected-batch = የማስገቢያ ስብስብ { $batch }
moderate-redact-found = የግል መረጃ ተገኝቷል፦ ሲያትሙ ምልክት የተደረገባቸው በ[…] ይተካሉ
moderate-redact-text = ይህንን ትክክለኛ ጽሑፍም ያስወግዱ
moderate-redact-text-hint = በሚገኝበት ቦታ ሁሉ በ[…] ይተካል። ሌላ መወገድ ያለበት ነገር ከሌለ ባዶ ይተዉት።
moderate-approve = ያትሙ
moderate-reason = ውድቅ የማድረጊያ ምክንያት
moderate-reject = ውድቅ ያድርጉ
moderate-error-span = ያ የግል መረጃ ከእንግዲህ በጽሑፉ ውስጥ የለም። ገጹን እንደገና ይጫኑ።
moderate-error-redact-text = የሚወገደው ጽሑፍ በጣም ረጅም ነው ወይም የቁጥጥር ምልክቶችን ይዟል።
moderate-error-redact-missing = የሚወገደው ጽሑፍ በአስተያየቱ ውስጥ የለም።
moderate-error-reason = ውድቅ የማድረጊያ ምክንያት ይምረጡ።

account-reviews-heading = የእርስዎ አስተያየቶች
account-reviews-none = እስካሁን ስለ የትኛውም ኤጀንሲ አስተያየት አልሰጡም።
account-review-edit = ይቀይሩ
account-review-year = በ{ $year } የሄዱ
review-abuse-complaint-link = ሚስጥራዊ ቅሬታ ያቅርቡ
review-abuse-complaint-hint = የቅሬታ ቅጹ በዚህ አስተያየት የጻፉትን ይዞ ይከፈታል። ያረጋግጡታል፣ የተፈጠረውን ይጨምራሉ፣ ማን ሊያየው እንደሚችልም ይመርጣሉ። ስምዎን መስጠት አያስፈልግዎትም።
moderate-changed = ጸሐፊው ይህንን አስተያየት እርስዎ ከከፈቱት በኋላ ቀይሮታል። ከታች እንደገና ያንብቡትና ከዚያ ይወስኑ።

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = ጾታ
review-gender-hint = የግድ አይደለም። ከአስተያየትዎ ጋር በፍጹም አይታይም፦ የሚቆጠረው ቢያንስ 5 ሠራተኞችን በሚመለከቱ ሪፖርቶች ውስጥ ብቻ ነው።
gender-woman = ሴት
gender-man = ወንድ
gender-another = ሌላ ጾታ
moderate-names-title = ወደ ማውጫው ለመግባት የሚጠብቁ ስሞች
moderate-names-hint = ሠራተኞች እነዚህን ደላሎች በቅሬታዎች ወይም በአስተያየቶች ጠቅሰዋል። እርስዎ የሚያጸድቁት ስም በሚቀጥለው ሳምንታዊ ሕትመት ወደ ሕዝባዊው ማውጫ ይገባል። ስድቦችን፣ የግል ሰዎችን ስሞችና ኤጀንሲ ያልሆነን ማንኛውንም ነገር ውድቅ ያድርጉ።
moderate-names-empty = የሚጠብቅ ስም የለም።
moderate-names-looks-like = በማውጫው ውስጥ ካለ ኤጀንሲ ጋር ይመሳሰላል፦
moderate-names-approve = ያጽድቁ
moderate-names-refuse = ውድቅ ያድርጉ
moderate-names-approved = ጸድቋል፦ ስሙ በሚቀጥለው ሳምንታዊ ሕትመት ወደ ማውጫው ይገባል።
moderate-names-refused = ውድቅ ተደርጓል፦ ስሙ ወደ ማውጫው አይገባም።
moderate-names-gone = ሌላ አረጋጋጭ በዚያ ስም ላይ አስቀድሞ ወስኗል።
moderate-names-more = ተጨማሪ ስሞች እየጠበቁ ናቸው፦ ቀጣዮቹን ለማየት በእነዚህ ላይ ይወስኑ።
