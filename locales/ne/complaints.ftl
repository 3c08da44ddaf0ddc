# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## उजुरी फारम

complaint-new-title = उजुरी दर्ता गर्नुहोस्
complaint-new-heading = गोप्य उजुरी दर्ता गर्नुहोस्
complaint-new-intro = के भयो हामीलाई भन्नुहोस्। हामी यो उजुरी तपाईंले छान्नुभएका र तपाईंको यात्राका देशहरूमा काम गर्ने संस्थाहरूलाई मात्र पठाउँछौं। भर्ती गर्ने एजेन्सी र दुई देश मात्र अनिवार्य छन्।
complaint-new-safety = तपाईंले आफ्नो नाम, इमेल वा फोन नम्बर दिनु पर्दैन। हामी तपाईंको अध्यागमन स्थिति कहिल्यै सोध्दैनौं र अध्यागमन निकायलाई केही पनि दिँदैनौं।
complaint-section-recruiter = तपाईंलाई कसले भर्ती गर्‍यो
complaint-about = उजुरी:
complaint-recruiter-hint = सूचीमा एजेन्सी खोज्नुहोस् र त्यहाँ "यो एजेन्सीबारे गोप्य उजुरी दर्ता गर्नुहोस्" छान्नुहोस्, वा तल एजेन्ट वा दलालको नाम लेख्नुहोस्।
complaint-recruiter-find = सूचीमा खोज्नुहोस्
complaint-recruiter-link = यो एजेन्सीबारे गोप्य उजुरी दर्ता गर्नुहोस्
complaint-field-sub-agent = एजेन्ट वा दलालको नाम
complaint-sub-agent-hint = इजाजतपत्र नभएको बिचौलिया, जस्तै गाउँको दलाल। तपाईंले चिनेको नाम लेख्नुहोस्।
complaint-field-sub-agent-country = यो एजेन्ट काम गर्ने देश
complaint-choose = — छान्नुहोस् —
complaint-section-journey = तपाईंको यात्रा
complaint-field-origin = तपाईं कुन देशबाट जानुभयो
complaint-field-destination = तपाईं कुन देश जानुभयो (वा जाँदै हुनुहुन्थ्यो)
complaint-field-stage = तपाईं अहिले कहाँ हुनुहुन्छ?
complaint-field-sector = कामको किसिम
complaint-field-occupation = तपाईंको काम
complaint-field-departure-year = तपाईं गएको वर्ष
complaint-section-danger = तपाईंको सुरक्षा
complaint-field-in-danger = म अहिले खतरामा छु
complaint-in-danger-hint = तपाईं वा अरू कसैलाई अहिले हानि हुने जोखिम छ भने यसमा चिन्ह लगाउनुहोस्। यस्ता उजुरी पहिले पढिन्छन्। आपत्कालमा स्थानीय आपत्कालीन नम्बरमा पनि फोन गर्नुहोस्।
complaint-field-workers = तपाईंसहित यसले कति कामदारलाई असर गर्छ?
complaint-section-issues = के भयो
complaint-issues-hint = लागू हुने सबैमा चिन्ह लगाउनुहोस्। कुनैमा चिन्ह नलगाई लेख्न मात्र पनि सक्नुहुन्छ।
complaint-field-description = आफ्नै शब्दमा
complaint-description-hint = के भयो, कहिले भयो र को-को संलग्न थिए। संस्थाहरूले पढून् भन्ने नचाहेको कुरा नलेख्नुहोस्।
complaint-section-money = पैसा
complaint-money-hint = रकम अङ्कमा लेख्नुहोस्, जस्तै 1500 वा 1500.50।
complaint-field-fee = काम पाउन तपाईंले तिरेको शुल्क
complaint-field-currency = मुद्रा
complaint-field-promised-wage = तपाईंलाई वाचा गरिएको मासिक तलब
complaint-field-actual-wage = पहिलो महिना तपाईंले पाएको तलब
complaint-field-wage-currency = तलबको मुद्रा
complaint-field-visa-type = भिसाको किसिम
complaint-costs-hint = तपाईंले केका लागि तिर्नुभयो? हरेक किसिमको खर्चमा चिन्ह लगाउनुहोस्।
complaint-field-lender = तिर्नका लागि ऋण लिनुभयो? कोसँग?
complaint-lender-none = मैले ऋण लिइनँ
complaint-section-remedy = तपाईं के चाहनुहुन्छ
complaint-section-consent = तपाईंको उजुरी कसले पाउन सक्छ
complaint-consent-hint = तपाईंको उजुरी तपाईंले चिन्ह लगाएका किसिमका संस्थालाई मात्र, र तपाईंका देशहरू हेर्ने संस्थालाई मात्र पुग्छ।
complaint-share-labour-inspectorate = श्रम निरीक्षण कार्यालय (काम गर्ने देशको सरकार)
complaint-share-origin-authority = भर्ती नियमन गर्ने निकाय (तपाईंको आफ्नै देशको सरकार)
complaint-share-trade-union = ट्रेड युनियन
complaint-share-legal-aid = कानुनी सहायता संस्था
complaint-no-immigration = यीमध्ये कुनै पनि संस्थाले अध्यागमन कानुन लागू गर्दैन।
complaint-section-contact = हामीले तपाईंलाई कसरी सम्पर्क गर्ने
complaint-account-hint = "मेरो खाता" छान्दा यो उजुरी तपाईंले अहिले लग इन गरेको खातासँग जोडिन्छ। गुमनाम रहन "मेरो रसिद मात्र" छान्नुहोस्: तब यसलाई तपाईंको खातासँग केही पनि जोड्दैन।
complaint-field-contact = तपाईंले छानेको सम्पर्क (फोन, WhatsApp, इमेल, वा कुनै व्यक्ति)
complaint-contact-hint = "मैले छानेको सम्पर्क" छान्नुभयो भने मात्र। तपाईंका लागि सुरक्षित सम्पर्क दिनुहोस्।
complaint-field-safe-times = तपाईंलाई सम्पर्क गर्न सुरक्षित समय
complaint-contact-consent = यो सम्पर्क कसले हेर्न पाउँछ (उजुरी पाउने संस्थाहरूमध्ये मात्र):
complaint-section-behalf = कामदारको तर्फबाट उजुरी
complaint-field-behalf-consent = कामदारले मलाई उनको तर्फबाट यो उजुरी दर्ता गर्न र माथिका छनोटहरूमा सहमति दिनुभएको छ।
complaint-submit = उजुरी पठाउनुहोस्
complaint-contact-receipt_only = मेरो रसिद मात्र (गुमनाम)
complaint-contact-account = मेरो खाता
complaint-contact-contact = मैले छानेको सम्पर्क

## के गलत भयो: ILO का जबरजस्ती श्रमका सूचकहरू, त्यसपछि भर्तीमा हुने दुर्व्यवहार

complaint-issue-abuse_of_vulnerability = मेरो कठिन अवस्थाको कसैले फाइदा उठायो
complaint-issue-deception = मलाई झुक्याइयो वा झूट बोलियो
complaint-issue-restriction_of_movement = म बाहिर जान वा छोड्न स्वतन्त्र छैन
complaint-issue-isolation = मलाई अरू मानिसबाट टाढा राखिएको छ
complaint-issue-physical_sexual_violence = शारीरिक वा यौन हिंसा
complaint-issue-intimidation_threats = धम्की वा डर देखाउने काम
complaint-issue-retention_of_documents = मेरो राहदानी वा परिचयपत्र मबाट खोसेर राखिएको छ
complaint-issue-withholding_of_wages = मेरो तलब रोकेर राखिएको छ
complaint-issue-debt_bondage = ऋण तिर्न मैले काम गर्नै पर्छ
complaint-issue-abusive_conditions = काम गर्ने वा बस्ने अवस्था एकदमै खराब
complaint-issue-excessive_overtime = धेरै नै लामो काम गर्ने समय
complaint-issue-fees_charged = काम पाउन मैले शुल्क तिरें
complaint-issue-job_deception = काम वा तलब वाचा गरेजस्तो छैन
complaint-issue-contract_substitution = मेरो सम्झौता अर्कैले बदलियो
complaint-issue-no_contract = सम्झौता छैन, वा मैले बुझ्न नसक्ने सम्झौता
complaint-issue-documents_retained = एजेन्सीले मेरा कागजात राख्यो
complaint-issue-wages_unpaid = तलब दिइएन
complaint-issue-discrimination = भेदभाव
complaint-issue-harassment = दुर्व्यवहार वा उत्पीडन
complaint-issue-unlicensed_recruiter = एजेन्सीसँग इजाजतपत्र थिएन
complaint-stage-before_departure = घरमै, जानुअघि
complaint-stage-in_transit = बाटोमा
complaint-stage-at_destination = काम गर्ने देशमा
complaint-stage-returned = घर फर्किसकें
complaint-remedy-refund = मेरो पैसा फिर्ता
complaint-remedy-unpaid_wages = नपाएको तलब
complaint-remedy-documents_returned = मेरा कागजात फिर्ता
complaint-remedy-repatriation = घर फर्कन
complaint-remedy-change_of_employer = रोजगारदाता परिवर्तन
complaint-remedy-other = अरू केही

## रसिद

receipt-title = तपाईंको रसिद
receipt-heading = तपाईंको उजुरी प्राप्त भयो
receipt-intro = यो तपाईंको रसिद नम्बर हो:
receipt-once = हामी यसलाई अहिले एक पटक मात्र देखाउँछौं। हामी यो राख्दैनौं र फेरि पठाउन सक्दैनौं। यो बिना तपाईंको उजुरी कसैले पनि भेट्टाउन सक्दैन — तपाईं आफैंले पनि।
receipt-how-write = यसलाई लेखेर वा फोटो खिचेर सुरक्षित ठाउँमा राख्नुहोस्।
receipt-how-track = के हुँदैछ हेर्न, प्रश्नको जवाफ दिन वा उजुरी फिर्ता लिन यहाँ यो नम्बर हाल्नुहोस्:
receipt-how-safe = यो नम्बर भएको जो कोहीले तपाईंको उजुरीका जवाफ पढ्न सक्छ: यसलाई कसैलाई नदिनुहोस्।
receipt-behalf = यो नम्बर कामदारलाई सुरक्षित तरिकाले दिनुहोस्।
receipt-routed = { $count ->
    [one] यो एउटा संस्थामा पठाइयो।
   *[other] यो { $count } वटा संस्थामा पठाइयो।
}
receipt-unrouted = तपाईंका देशहरू हेर्ने कुनै संस्था अहिलेसम्म जोडिएको छैन। तपाईंको उजुरी सुरक्षित राखिएको छ र हाम्रा प्रशासकहरू संस्था खोज्दैछन्; आफ्नो रसिदले पछि फेरि हेर्नुहोस्।

## उजुरीको अवस्था हेर्ने

track-title = आफ्नो उजुरी हेर्नुहोस्
track-heading = आफ्नो उजुरी हेर्नुहोस्
track-intro = उजुरी दर्ता गर्दा पाउनुभएको १६ अङ्कको रसिद नम्बर हाल्नुहोस्।
track-field-receipt = रसिद नम्बर
track-submit = मेरो उजुरी देखाउनुहोस्
track-lost = हामी रसिदको कुनै प्रति राख्दैनौं, त्यसैले हराएको रसिद फेरि पाउन सकिँदैन। तपाईं उजुरी फेरि दर्ता गर्न सक्नुहुन्छ।
track-received = { $day } मा प्राप्त भयो।
track-is-withdrawn = तपाईंले यो उजुरी फिर्ता लिनुभयो।
track-no-referrals = यो अहिलेसम्म कुनै संस्थामा पुगेको छैन। तपाईंका देशहरू हेर्ने संस्था हामी खोज्दैछौं।
track-kind = किसिम
track-status = अवस्था
track-opened = त्यहाँ प्राप्त भएको मिति
track-outcome = नतिजा
track-question-waiting = यो संस्था तपाईंको जवाफ पर्खिरहेको छ।
track-from-you = तपाईं
track-from-staff = संस्था
track-answer = तपाईंको जवाफ
track-add-information = थप जानकारी दिनुहोस्
track-send = पठाउनुहोस्
track-message-sent = तपाईंको सन्देश पठाइयो।
track-withdrawn = तपाईंको उजुरी फिर्ता लिइयो। संस्थाहरूलाई जानकारी दिइयो।
track-withdraw-heading = उजुरी फिर्ता लिनुहोस्
track-withdraw-hint = फिर्ता लिनुभयो भने सबै संस्थाले तपाईंको उजुरी बन्द गर्छन्। यसलाई फेरि सुरु गर्न सकिँदैन।
track-withdraw-confirm = हो, म मेरो उजुरी फिर्ता लिन चाहन्छु
track-withdraw-submit = फिर्ता लिनुहोस्
track-linked-heading = तपाईंको खातासँग जोडिएका उजुरी
track-linked-hint = तपाईंले यी उजुरी आफ्नो खातासँग जोड्ने छनोट गर्नुभयो। जवाफ दिन वा फिर्ता लिन माथि रसिद हाल्नुहोस्।

## केसको अवस्था, प्राथमिकता, नतिजा

case-status-new = नयाँ
case-status-acknowledged = प्राप्ति स्वीकार गरियो
case-status-investigating = छानबिन हुँदैछ
case-status-awaiting_worker = कामदारको जवाफ पर्खँदै
case-status-resolved = समाधान भयो
case-status-closed = बन्द गरियो
case-close-reason-out_of_jurisdiction = यो संस्थाको जिम्मेवारीभित्र पर्दैन
case-close-reason-unfounded = भेटिएका तथ्यले पुष्टि गरेनन्
case-close-reason-withdrawn = कामदारले फिर्ता लिए
case-remedy-money_recovered = पैसा फिर्ता भयो
case-remedy-documents_returned = कागजात फिर्ता भयो
case-remedy-licence_action = एजेन्सीको इजाजतपत्रमाथि कारबाही
case-remedy-prosecution_referral = मुद्दा चलाउन पठाइयो
case-remedy-other = अरू उपचार
case-money-recovered = { $amount } फिर्ता भयो
case-priority-urgent = अत्यावश्यक
case-priority-high = उच्च
case-priority-normal = सामान्य
case-priority-low = कम
case-action-acknowledge = प्राप्ति स्वीकार गर्नुहोस्
case-action-investigate = छानबिन सुरु गर्नुहोस्
case-action-ask_worker = कामदारलाई सोध्नुहोस् (पहिले सन्देश पठाउनुहोस्)
case-action-resume = छानबिन फेरि सुरु गर्नुहोस्
case-action-resolve = नतिजासहित समाधान गर्नुहोस्
case-action-close = कारणसहित बन्द गर्नुहोस्

## कर्मचारी: केसहरूको लाइन

inspect-title = केसहरू
inspect-heading = तपाईंको संस्थाका केसहरू
inspect-filter-status = अवस्था
inspect-filter-priority = प्राथमिकता
inspect-filter-country = देश (जाने वा पुग्ने)
inspect-filter-recruiter = एजेन्सीको परिचय नम्बर
inspect-filter-overdue = म्याद नाघेका मात्र
inspect-filter-submit = छान्नुहोस्
inspect-status-open = खुला केसहरू
inspect-status-all = सबै केसहरू
inspect-priority-any = जुनसुकै प्राथमिकता
inspect-country-any = जुनसुकै देश
inspect-escalations-heading = माथि पठाइएका (प्रमुखहरूका लागि)
inspect-escalations-none = म्याद नाघेको कुनै केस छैन।
inspect-escalation-acknowledge = समयमै प्राप्ति स्वीकार भएन
inspect-escalation-answer = समयमै जवाफ दिइएन
inspect-queue-heading = लाइन: सबैभन्दा अत्यावश्यक पहिले, त्यसपछि सबैभन्दा पुरानो
inspect-empty = मिल्ने कुनै केस छैन।
inspect-same-recruiter = यो एजेन्सीबारेका सबै केस

## कर्मचारी: एउटा केस

case-title = केस { $id }
case-back = केसहरूमा फर्कनुहोस्
case-saved = सुरक्षित गरियो।
case-withdrawn = कामदारले यो उजुरी फिर्ता लिनुभयो।
case-on-behalf = कामदारको सहमतिमा केसवर्करले उनको तर्फबाट दर्ता गरेको।
case-recruiter-profile = एजेन्सीको विवरण
case-in-danger = अहिले खतरामा
case-overdue = म्याद नाघेको
case-sub-agent = इजाजतपत्र नभएको एजेन्ट
case-priority = प्राथमिकता
case-priority-overridden = (कर्मचारीले तोकेको)
case-status = अवस्था
case-collective = सामूहिक केस
case-facts-heading = उजुरी
case-fact-received = प्राप्त मिति
case-fact-corridor = मार्ग
case-fact-workers = प्रभावित कामदार
case-fact-acknowledge-by = प्राप्ति स्वीकार गर्ने अन्तिम मिति
case-fact-answer-by = जवाफ दिने अन्तिम मिति
case-fact-licensing-country = इजाजतपत्र दिने देश
case-fact-sector = क्षेत्र
case-fact-occupation = पेसा
case-fact-departure-year = गएको वर्ष
case-fact-stage = कामदार अहिले कहाँ छन्
case-fact-fee = कामका लागि तिरेको शुल्क
case-fact-promised-wage = वाचा गरिएको मासिक तलब
case-fact-actual-wage = पहिलो महिना पाएको तलब
case-fact-issues = के भयो
case-fact-remedies = कामदारको माग
case-fact-description = कामदारकै शब्दमा
case-fact-contact = कामदारले छानेको सम्पर्क
case-fact-safe-times = सम्पर्क गर्न सुरक्षित समय
case-fact-costs = खर्च तिरेका कुरा
case-fact-loan = तिर्नका लागि लिएको ऋण
case-fact-visa-type = भिसाको किसिम
case-contact-heading = सम्पर्क
case-contact-withheld = कामदारले सम्पर्क दिनुभएको छ तर तपाईंको किसिमको संस्थालाई हेर्न अनुमति दिनुभएको छैन। तलका सन्देशमार्फत लेख्नुहोस्: उहाँले आफ्नो रसिदले पढ्नुहुन्छ।
case-contact-none = कामदारले आफ्नो रसिदबाट मात्र उजुरी हेर्नुहुन्छ। तलका सन्देशमार्फत लेख्नुहोस्।
case-collective-heading = सामूहिक केस
case-collective-member = सामूहिक केस { $id } को भाग:
case-same-recruiter = { $count ->
    [0] यहाँ यो एजेन्सीबारे अरू कुनै खुला केस छैन।
    [one] यहाँ यो एजेन्सीबारे अरू एउटा खुला केस छ।
   *[other] यहाँ यो एजेन्सीबारे अरू { $count } वटा खुला केस छन्।
}
case-group-submit = तिनलाई एउटै सामूहिक केसमा जोड्नुहोस्
case-actions-heading = अर्को कदम
case-field-action = कदम
case-field-reason = कारण वा टिप्पणी (बन्द गर्न अनिवार्य)
case-field-priority-reason = कारण (अनिवार्य)
case-field-close-reason = बन्द गर्नुको कारण
case-field-remedies = नतिजा: पाइएका उपचार
case-field-amount = फिर्ता भएको पैसा (रकम)
case-field-whole-group = सामूहिक केसका सबै केसमा लागू गर्नुहोस्
case-action-submit = यो कदम अभिलेख गर्नुहोस्
case-messages-heading = सन्देश र टिप्पणी
case-messages-none = अहिलेसम्म कुनै सन्देश छैन।
case-note = भित्री टिप्पणी
case-from-worker = कामदारबाट
case-to-worker = कामदारलाई
case-field-message = कामदारलाई सन्देश
case-field-internal = भित्री टिप्पणी (कामदारले कहिल्यै देख्दैनन्)
case-message-submit = पठाउनुहोस्
case-priority-heading = प्राथमिकता बदल्नुहोस्
case-priority-submit = प्राथमिकता बदल्नुहोस्
case-refer-heading = अर्को संस्थामा पठाउनुहोस्
case-refer-hint = अर्को संस्थामा नयाँ केस खोल्छ। कामदारले सहमति दिएका किसिमका संस्था मात्र देखाइन्छन्।
case-field-organisation = संस्था
case-refer-submit = पठाउनुहोस्
case-timeline-heading = घटनाक्रम
case-step-opened = केस खोलियो
case-step-referred-on = अर्को संस्थामा पठाइयो
case-step-priority = प्राथमिकता बदलियो
case-step-grouped = सामूहिक केसमा जोडियो
case-step-escalated = म्याद नाघ्यो: प्रमुखहरूलाई जानकारी दिइयो

## प्रशासक

unrouted-title = अझै नपठाइएका उजुरी
unrouted-heading = कुनै संस्थाले नपाएका उजुरी
unrouted-intro = यी उजुरी कुनै संस्थाका देश र कामदारले सहमति दिएका किसिमसँग मेल खाँदैनन्। तिनलाई हेर्ने संस्था थप्नुहोस्। यहाँ तिनको विवरण देखाइँदैन।
unrouted-none = सबै उजुरी कुनै न कुनै संस्थामा पुगेका छन्।
unrouted-recruiter = एजेन्सी
unrouted-kinds = सहमति दिइएका किसिम
unrouted-count = अझै नपठाइएका उजुरी
unrouted-route-hint = यिनलाई हेर्ने संस्था थपेपछि पर्खिरहेका उजुरी फेरि पठाउनुहोस्।
unrouted-route-submit = पर्खिरहेका उजुरी फेरि पठाउनुहोस्
unrouted-routed = { $count ->
    [one] एउटा उजुरी संस्थामा पुग्यो।
   *[other] { $count } वटा उजुरी संस्थामा पुगे।
}

## त्रुटि

error-complaint-recruiter-required = सूचीबाट एजेन्सी छान्नुहोस्, वा एजेन्ट वा दलालको नाम लेख्नुहोस्।
error-complaint-recruiter-both = सूचीको एजेन्सी वा एजेन्टको नाम, कुनै एउटा मात्र दिनुहोस्।
error-complaint-recruiter-unknown = सूचीमा त्यो एजेन्सी भेटिएन।
error-complaint-country-required = देश छान्नुहोस्।
error-complaint-corridor-same = दुई देश फरक हुनुपर्छ।
error-complaint-year = 2024 जस्तो वर्ष दिनुहोस्।
error-complaint-workers = 1 देखि 100,000 सम्मको कामदार सङ्ख्या दिनुहोस्।
error-complaint-lender = ऋण कसले दियो छान्नुहोस्, वा ब्याज खाली छोड्नुहोस्।
error-complaint-consent-required = तपाईंको उजुरी पाउन सक्ने कम्तीमा एक किसिमको संस्था छान्नुहोस्।
error-complaint-contact-consent = तपाईंको सम्पर्क उजुरी पाउने संस्थाहरूलाई मात्र दिन सकिन्छ।
error-complaint-contact-consent-required = तपाईंको सम्पर्क कसले हेर्न पाउँछ, छान्नुहोस्।
error-complaint-contact-required = तपाईंलाई सम्पर्क गर्ने ठेगाना लेख्नुहोस्, वा "मेरो रसिद मात्र" छान्नुहोस्।
error-complaint-account-needed = उजुरी आफ्नो खातासँग जोड्न लग इन गर्नुहोस्, वा "मेरो रसिद मात्र" छान्नुहोस्।
error-complaint-behalf-consent = कामदारले तपाईंलाई उनको तर्फबाट दर्ता गर्न सहमति दिएको पुष्टि गर्नुहोस्।
error-track-receipt-format = रसिदमा १६ अङ्क हुन्छन्, जस्तै 1234-5678-9012-3456।
error-track-receipt-unknown = यो रसिदको कुनै उजुरी छैन। अङ्कहरू जाँचेर फेरि प्रयास गर्नुहोस्।
error-track-referral = यो तपाईंको उजुरी पाउने संस्थामध्ये होइन।
error-track-referral-closed = यो संस्थाले तपाईंको उजुरी बन्द गरिसकेको छ; यसले सन्देश लिन सक्दैन।
error-track-withdraw-confirm = फिर्ता लिन चाहनुहुन्छ भन्ने पुष्टि गर्न बाकसमा चिन्ह लगाउनुहोस्।
error-case-transition = केसको अहिलेको अवस्थाबाट यो कदम सम्भव छैन।
error-case-action-unknown = सूचीबाट कदम छान्नुहोस्।
error-case-close-reason = केस किन बन्द गरिँदैछ, छान्नुहोस्।
error-case-reason-required = कारण लेख्नुहोस्।
error-case-outcome-required = पाइएको कम्तीमा एउटा उपचार छान्नुहोस्।
error-case-money-required = फिर्ता भएको पैसाको रकम र मुद्रा दिनुहोस्।
error-case-money-unexpected = रकम "पैसा फिर्ता भयो" सँग मात्र दिइन्छ।
error-case-message-required = सन्देश लेख्नुहोस्।
error-case-priority = सूचीबाट प्राथमिकता छान्नुहोस्।
error-case-refer-self = यो केस पहिल्यै यही संस्थामा छ।
error-case-refer-consent = कामदारले यस किसिमको संस्थासँग उजुरी बाँड्न सहमति दिनुभएको छैन।
error-case-refer-coverage = यो संस्थाले यस उजुरीका देशहरूमा काम गर्दैन।
error-case-refer-exists = यो संस्थासँग यो उजुरी पहिल्यै छ।
error-case-group-alone = यहाँ यो एजेन्सीबारे अरू कुनै खुला केस छैन।
error-case-filter = छनोटमा हामीले नचिनेको मान छ।

## प्रमाण (फोटो, कागजात, आवाज सन्देश)
evidence-heading = फोटो, कागजात र आवाज सन्देश
evidence-hint = सम्झौताको फोटो, शुल्कको रसिद, तलब पर्ची वा एजेन्टको सन्देश, PDF, वा आवाज सन्देश थप्नुहोस्। फोटोबाट स्थानको जानकारी र फोनको विवरण हटाइन्छ।
evidence-field-files = फाइलहरू
evidence-files-hint = फोटो (JPEG, PNG, WebP), PDF, वा आवाज सन्देश (MP3, Ogg, M4A, AMR); एकै पटक धेरै।
evidence-field-share = यी फाइल कसले हेर्न पाउँछ
evidence-submit = फाइल पठाउनुहोस्
evidence-sent = तपाईंका फाइल उजुरीमा थपिए।
evidence-location-removed = तपाईंका फोटोबाट स्थानको जानकारी र फोनको विवरण हटाइयो।
evidence-choose-again = केही पठाइएन। फाइल फेरि छान्नुहोस्: ब्राउजरले तिनलाई राख्दैन।
evidence-kind-photo = फोटो
evidence-kind-document = कागजात
evidence-kind-voice = आवाज सन्देश
evidence-size-kb = { $count } KB
error-evidence-type = यस्तो फाइल लिइँदैन। फोटो (JPEG, PNG, WebP), PDF कागजात वा आवाज सन्देश (MP3, Ogg, M4A, AMR) पठाउनुहोस्।
error-evidence-unreadable = एउटा फाइल पढ्न सकिएन: बिग्रेको, अधुरो वा पासवर्डले बन्द हुन सक्छ।
error-evidence-pixels = एउटा फोटो धेरै ठूलो छ। सानो प्रति पठाउनुहोस्।
error-evidence-too-large = एउटा फाइल तोकिएभन्दा ठूलो छ। सानो प्रति पठाउनुहोस्।
error-evidence-too-many = एकै पटक धेरै फाइल भए। केही पटक गरेर पठाउनुहोस्।
error-evidence-none = कम्तीमा एउटा फाइल छान्नुहोस्।
error-evidence-share = तपाईंको उजुरी पुगेका संस्थामध्ये फाइल कसले हेर्न पाउँछ, छान्नुहोस्।
error-evidence-complaint-full = यो उजुरीले राख्न सक्ने जति फाइल राखिसक्यो। सबैभन्दा जरुरी मात्र पठाउनुहोस्।
error-evidence-truncated = अपलोड बीचमै रोकियो। फेरि प्रयास गर्नुहोस्।
evidence-from-staff = संस्थाले तपाईंलाई पठाएको
evidence-sent-by-you = तपाईंको संस्थाले पठाएको
evidence-staff-field = कामदारलाई फाइल पठाउनुहोस्
evidence-staff-hint = फारम, निर्णय वा पत्र। कामदारले आफ्नो रसिदले खोल्छन्; अरू कुनै संस्थाले देख्दैन। फोटोबाट स्थानको जानकारी हटाइन्छ।
evidence-staff-submit = कामदारलाई पठाउनुहोस्
error-webhook-url-malformed = बढीमा २,००० अक्षरको पूरा वेब ठेगाना (https://…) लेख्नुहोस्, प्रयोगकर्ता नाम वा पासवर्ड बिना।
error-webhook-url-not-https = ठेगाना https:// बाट सुरु हुनुपर्छ।
error-webhook-url-private = यो ठेगानाले निजी, स्थानीय वा आरक्षित सञ्जाललाई देखाउँछ। सार्वजनिक इन्टरनेटको ठेगाना प्रयोग गर्नुहोस्।
error-webhook-url-unresolved = यो ठेगानाको होस्ट नाम भेटिएन। हिज्जे जाँच्नुहोस्।
