# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## शिकायत फ़ॉर्म

complaint-new-title = शिकायत दर्ज करें
complaint-new-heading = गोपनीय शिकायत दर्ज करें
complaint-new-intro = हमें बताइए क्या हुआ। हम यह शिकायत सिर्फ़ उन्हीं संस्थाओं को भेजते हैं जिन्हें आप चुनें, और जो आपकी यात्रा के देशों में काम करती हैं। सिर्फ़ भर्ती एजेंसी और दोनों देश ज़रूरी हैं।
complaint-new-safety = आपको अपना नाम, ईमेल या फ़ोन नंबर देने की ज़रूरत नहीं। हम आपकी इमिग्रेशन स्थिति कभी नहीं पूछते और इमिग्रेशन अधिकारियों को कुछ नहीं देते।
complaint-section-recruiter = आपको किसने भर्ती किया
complaint-about = किसके बारे में:
complaint-recruiter-hint = सूची में एजेंसी खोजें और वहाँ "इस एजेंसी के बारे में गोपनीय शिकायत दर्ज करें" चुनें, या नीचे एजेंट या दलाल का नाम लिखें।
complaint-recruiter-find = सूची में खोजें
complaint-recruiter-link = इस एजेंसी के बारे में गोपनीय शिकायत दर्ज करें
complaint-field-sub-agent = एजेंट या दलाल का नाम
complaint-sub-agent-hint = बिना लाइसेंस का बिचौलिया, जैसे गाँव का दलाल। नाम वैसे लिखें जैसे आप जानते हैं।
complaint-field-sub-agent-country = वह देश जहाँ यह एजेंट काम करता है
complaint-choose = — चुनें —
complaint-section-journey = आपकी यात्रा
complaint-field-origin = आप किस देश से निकले
complaint-field-destination = आप किस देश गए (या जा रहे थे)
complaint-field-stage = आप अभी कहाँ हैं?
complaint-field-sector = काम का प्रकार
complaint-field-occupation = आपका काम
complaint-field-departure-year = जाने का साल
complaint-section-danger = आपकी सुरक्षा
complaint-field-in-danger = मैं अभी ख़तरे में हूँ
complaint-in-danger-hint = अगर आपको या किसी और को अभी नुकसान का ख़तरा है तो इस पर निशान लगाएँ। ऐसी शिकायतें पहले पढ़ी जाती हैं। आपात स्थिति में स्थानीय आपातकालीन नंबर पर भी फ़ोन करें।
complaint-field-workers = आपको मिलाकर इससे कितने मज़दूर प्रभावित हैं?
complaint-section-issues = क्या हुआ
complaint-issues-hint = जो भी लागू हो उस पर निशान लगाएँ। आप बिना निशान लगाए सिर्फ़ लिख भी सकते हैं।
complaint-field-description = अपने शब्दों में
complaint-description-hint = क्या हुआ, कब हुआ, और कौन शामिल था। वह न लिखें जो आप नहीं चाहते कि संस्थाएँ पढ़ें।
complaint-section-money = पैसा
complaint-money-hint = रकम अंकों में लिखें, जैसे 1500 या 1500.50।
complaint-field-fee = नौकरी पाने के लिए आपने जो फ़ीस दी
complaint-field-currency = मुद्रा
complaint-field-promised-wage = आपसे वादा की गई मासिक तनख़्वाह
complaint-field-actual-wage = पहले महीने मिली तनख़्वाह
complaint-field-wage-currency = तनख़्वाह की मुद्रा
complaint-field-visa-type = वीज़ा का प्रकार
complaint-costs-hint = आपने किस चीज़ के लिए पैसे दिए? हर प्रकार के ख़र्च पर निशान लगाएँ।
complaint-field-lender = क्या चुकाने के लिए क़र्ज़ लिया? किससे?
complaint-lender-none = मैंने क़र्ज़ नहीं लिया
complaint-section-remedy = आप क्या चाहते हैं
complaint-section-consent = आपकी शिकायत कौन पा सकता है
complaint-consent-hint = आपकी शिकायत सिर्फ़ उन्हीं प्रकार की संस्थाओं तक पहुँचती है जिन पर आप निशान लगाएँ, और सिर्फ़ उन्हीं तक जो आपके देशों को देखती हैं।
complaint-share-labour-inspectorate = श्रम निरीक्षण विभाग (काम वाले देश की सरकार)
complaint-share-origin-authority = भर्ती नियामक (आपके अपने देश की सरकार)
complaint-share-trade-union = ट्रेड यूनियन
complaint-share-legal-aid = क़ानूनी सहायता संस्थाएँ
complaint-no-immigration = इनमें से कोई भी संस्था इमिग्रेशन क़ानून लागू नहीं करती।
complaint-section-contact = हम आपसे कैसे संपर्क करें
complaint-account-hint = "मेरा खाता" इस शिकायत को उस खाते से जोड़ता है जिससे आपने साइन इन किया है। गुमनाम रहने के लिए "सिर्फ़ मेरी रसीद" चुनें: तब कुछ भी इसे आपके खाते से नहीं जोड़ता।
complaint-field-contact = आपका चुना हुआ संपर्क (फ़ोन, व्हाट्सऐप, ईमेल, या कोई व्यक्ति)
complaint-contact-hint = सिर्फ़ अगर आपने "मेरा चुना हुआ संपर्क" चुना है। ऐसा संपर्क दें जो आपके लिए सुरक्षित हो।
complaint-field-safe-times = संपर्क के लिए सुरक्षित समय
complaint-contact-consent = यह संपर्क कौन देख सकता है (सिर्फ़ वे संस्थाएँ जिन्हें शिकायत भी मिलती है):
complaint-section-behalf = किसी मज़दूर की ओर से शिकायत
complaint-field-behalf-consent = मज़दूर ने सहमति दी है कि मैं उनकी ओर से यह शिकायत दर्ज करूँ, और ऊपर के चुनावों पर भी।
complaint-submit = शिकायत भेजें
complaint-contact-receipt_only = सिर्फ़ मेरी रसीद (गुमनाम)
complaint-contact-account = मेरा खाता
complaint-contact-contact = मेरा चुना हुआ संपर्क

## क्या ग़लत हुआ: ILO के बंधुआ/जबरन मज़दूरी के संकेत, फिर भर्ती में दुर्व्यवहार

complaint-issue-abuse_of_vulnerability = किसी ने मेरी मुश्किल हालत का फ़ायदा उठाया
complaint-issue-deception = मुझे धोखा दिया गया या झूठ बोला गया
complaint-issue-restriction_of_movement = मैं बाहर जाने या छोड़ने के लिए आज़ाद नहीं हूँ
complaint-issue-isolation = मुझे दूसरे लोगों से अलग रखा जाता है
complaint-issue-physical_sexual_violence = शारीरिक या यौन हिंसा
complaint-issue-intimidation_threats = धमकियाँ या डराना
complaint-issue-retention_of_documents = मेरा पासपोर्ट या पहचान पत्र मुझसे रख लिया गया है
complaint-issue-withholding_of_wages = मेरी तनख़्वाह रोकी जाती है
complaint-issue-debt_bondage = क़र्ज़ चुकाने के लिए मुझे काम करना पड़ता है
complaint-issue-abusive_conditions = काम या रहने की बहुत बुरी हालत
complaint-issue-excessive_overtime = हद से ज़्यादा काम के घंटे
complaint-issue-fees_charged = नौकरी के लिए मैंने फ़ीस दी
complaint-issue-job_deception = काम या तनख़्वाह वादे के मुताबिक़ नहीं
complaint-issue-contract_substitution = मेरा अनुबंध दूसरे अनुबंध से बदल दिया गया
complaint-issue-no_contract = कोई अनुबंध नहीं, या ऐसा अनुबंध जो मैं समझ नहीं पाया
complaint-issue-documents_retained = एजेंसी ने मेरे काग़ज़ात रख लिए
complaint-issue-wages_unpaid = तनख़्वाह नहीं दी गई
complaint-issue-discrimination = भेदभाव
complaint-issue-harassment = उत्पीड़न
complaint-issue-unlicensed_recruiter = एजेंसी के पास लाइसेंस नहीं था
complaint-stage-before_departure = अभी घर पर, जाने से पहले
complaint-stage-in_transit = रास्ते में
complaint-stage-at_destination = काम वाले देश में
complaint-stage-returned = घर लौट आया/आई
complaint-remedy-refund = मेरा पैसा वापस
complaint-remedy-unpaid_wages = मेरी बकाया तनख़्वाह
complaint-remedy-documents_returned = मेरे काग़ज़ात वापस
complaint-remedy-repatriation = घर वापसी
complaint-remedy-change_of_employer = नियोक्ता बदलना
complaint-remedy-other = कुछ और

## रसीद

receipt-title = आपकी रसीद
receipt-heading = आपकी शिकायत मिल गई
receipt-intro = यह आपकी रसीद का नंबर है:
receipt-once = हम इसे सिर्फ़ अभी, एक बार दिखाते हैं। हम इसे नहीं रखते और दोबारा नहीं भेज सकते। इसके बिना कोई आपकी शिकायत नहीं ढूँढ सकता — आप भी नहीं।
receipt-how-write = इसे लिख लें या इसकी फ़ोटो ले लें, और किसी सुरक्षित जगह रखें।
receipt-how-track = क्या हो रहा है देखने, सवालों का जवाब देने या शिकायत वापस लेने के लिए इसे यहाँ डालें:
receipt-how-safe = जिसके पास यह नंबर है वह आपकी शिकायत के जवाब पढ़ सकता है: इसे किसी को न दें।
receipt-behalf = यह नंबर मज़दूर को सुरक्षित तरीक़े से दें।
receipt-routed = { $count ->
    [one] यह एक संस्था को भेजी गई।
   *[other] यह { $count } संस्थाओं को भेजी गई।
}
receipt-unrouted = आपके देशों को देखने वाली कोई संस्था अभी जुड़ी नहीं है। आपकी शिकायत सुरक्षित है और हमारे प्रशासक कोई संस्था ढूँढ रहे हैं; बाद में अपनी रसीद से देखें।

## शिकायत पर नज़र

track-title = अपनी शिकायत देखें
track-heading = अपनी शिकायत देखें
track-intro = शिकायत दर्ज करते समय मिली 16 अंकों की रसीद डालें।
track-field-receipt = रसीद नंबर
track-submit = मेरी शिकायत दिखाएँ
track-lost = हम रसीदों की कोई प्रति नहीं रखते, इसलिए खोई हुई रसीद वापस नहीं मिल सकती। आप शिकायत दोबारा दर्ज कर सकते हैं।
track-received = { $day } को मिली।
track-is-withdrawn = आपने यह शिकायत वापस ले ली।
track-no-referrals = यह अभी किसी संस्था तक नहीं पहुँची है। हम आपके देशों को देखने वाली संस्था ढूँढ रहे हैं।
track-kind = प्रकार
track-status = स्थिति
track-opened = वहाँ मिलने की तारीख़
track-outcome = नतीजा
track-question-waiting = यह संस्था आपके जवाब का इंतज़ार कर रही है।
track-from-you = आप
track-from-staff = संस्था
track-answer = आपका जवाब
track-add-information = और जानकारी दें
track-send = भेजें
track-message-sent = आपका संदेश भेज दिया गया।
track-withdrawn = आपकी शिकायत वापस ले ली गई। संस्थाओं को बता दिया गया।
track-withdraw-heading = शिकायत वापस लें
track-withdraw-hint = वापस लेने पर हर संस्था आपकी शिकायत बंद कर देती है। इसे पलटा नहीं जा सकता।
track-withdraw-confirm = हाँ, मैं अपनी शिकायत वापस लेना चाहता/चाहती हूँ
track-withdraw-submit = वापस लें
track-linked-heading = आपके खाते से जुड़ी शिकायतें
track-linked-hint = आपने इन्हें अपने खाते से जोड़ना चुना था। जवाब देने या वापस लेने के लिए ऊपर रसीद डालें।

## केस की स्थिति, प्राथमिकता, नतीजे

case-status-new = नया
case-status-acknowledged = प्राप्ति स्वीकार की गई
case-status-investigating = जाँच चल रही है
case-status-awaiting_worker = मज़दूर के जवाब का इंतज़ार
case-status-resolved = सुलझ गया
case-status-closed = बंद
case-close-reason-out_of_jurisdiction = इस संस्था के अधिकार क्षेत्र से बाहर
case-close-reason-unfounded = तथ्यों से साबित नहीं हुआ
case-close-reason-withdrawn = मज़दूर ने वापस ले लिया
case-remedy-money_recovered = पैसा वापस मिला
case-remedy-documents_returned = काग़ज़ात वापस मिले
case-remedy-licence_action = एजेंसी के लाइसेंस पर कार्रवाई
case-remedy-prosecution_referral = मुक़दमे के लिए भेजा गया
case-remedy-other = दूसरा उपचार
case-money-recovered = { $amount } वापस मिले
case-priority-urgent = अति आवश्यक
case-priority-high = उच्च
case-priority-normal = सामान्य
case-priority-low = कम
case-action-acknowledge = प्राप्ति स्वीकार करें
case-action-investigate = जाँच शुरू करें
case-action-ask_worker = मज़दूर से पूछें (पहले संदेश भेजें)
case-action-resume = जाँच फिर शुरू करें
case-action-resolve = नतीजे के साथ सुलझाएँ
case-action-close = कारण के साथ बंद करें

## कर्मचारी: केसों की कतार

inspect-title = केस
inspect-heading = आपकी संस्था के केस
inspect-filter-status = स्थिति
inspect-filter-priority = प्राथमिकता
inspect-filter-country = देश (जहाँ से या जहाँ)
inspect-filter-recruiter = एजेंसी की पहचान
inspect-filter-overdue = सिर्फ़ समय-सीमा पार वाले
inspect-filter-submit = छाँटें
inspect-status-open = खुले केस
inspect-status-all = सभी केस
inspect-priority-any = कोई भी प्राथमिकता
inspect-country-any = कोई भी देश
inspect-escalations-heading = ऊपर भेजे गए (प्रमुखों के लिए)
inspect-escalations-none = कोई केस समय-सीमा पार नहीं है।
inspect-escalation-acknowledge = समय पर प्राप्ति स्वीकार नहीं हुई
inspect-escalation-answer = समय पर जवाब नहीं दिया गया
inspect-queue-heading = कतार: सबसे ज़रूरी पहले, फिर सबसे पुराने
inspect-empty = कोई मिलता केस नहीं।
inspect-same-recruiter = इस एजेंसी के बारे में सभी केस

## कर्मचारी: एक केस

case-title = केस { $id }
case-back = केसों पर वापस
case-saved = सहेज लिया गया।
case-withdrawn = मज़दूर ने यह शिकायत वापस ले ली।
case-on-behalf = मज़दूर की सहमति से एक केसवर्कर ने उनकी ओर से दर्ज की।
case-recruiter-profile = एजेंसी का पेज
case-in-danger = अभी ख़तरे में
case-overdue = समय-सीमा पार
case-sub-agent = बिना लाइसेंस का एजेंट
case-priority = प्राथमिकता
case-priority-overridden = (कर्मचारी ने तय की)
case-status = स्थिति
case-collective = सामूहिक केस
case-facts-heading = शिकायत
case-fact-received = मिलने की तारीख़
case-fact-corridor = रास्ता
case-fact-workers = प्रभावित मज़दूर
case-fact-acknowledge-by = प्राप्ति स्वीकार करने की अंतिम तारीख़
case-fact-answer-by = जवाब की अंतिम तारीख़
case-fact-licensing-country = लाइसेंस देने वाला देश
case-fact-sector = क्षेत्र
case-fact-occupation = पेशा
case-fact-departure-year = जाने का साल
case-fact-stage = मज़दूर अभी कहाँ है
case-fact-fee = नौकरी के लिए दी गई फ़ीस
case-fact-promised-wage = वादा की गई मासिक तनख़्वाह
case-fact-actual-wage = पहले महीने मिली तनख़्वाह
case-fact-issues = क्या हुआ
case-fact-remedies = मज़दूर क्या चाहते हैं
case-fact-description = मज़दूर के अपने शब्दों में
case-fact-contact = मज़दूर का चुना हुआ संपर्क
case-fact-safe-times = संपर्क के लिए सुरक्षित समय
case-fact-costs = जिन चीज़ों का ख़र्च दिया
case-fact-loan = चुकाने के लिए क़र्ज़
case-fact-visa-type = वीज़ा का प्रकार
case-contact-heading = संपर्क
case-contact-withheld = मज़दूर ने संपर्क दिया है लेकिन आपके प्रकार की संस्था को देखने की अनुमति नहीं दी। नीचे संदेशों से लिखें: वे अपनी रसीद से पढ़ते हैं।
case-contact-none = मज़दूर सिर्फ़ अपनी रसीद से शिकायत देखते हैं। नीचे संदेशों से लिखें।
case-collective-heading = सामूहिक केस
case-collective-member = सामूहिक केस { $id } का हिस्सा:
case-same-recruiter = { $count ->
    [0] यहाँ इस एजेंसी के बारे में कोई और खुला केस नहीं है।
    [one] यहाँ इस एजेंसी के बारे में एक और खुला केस है।
   *[other] यहाँ इस एजेंसी के बारे में { $count } और खुले केस हैं।
}
case-group-submit = इन्हें एक सामूहिक केस में जोड़ें
case-actions-heading = अगला क़दम
case-field-action = क़दम
case-field-reason = कारण या टिप्पणी (बंद करने के लिए ज़रूरी)
case-field-priority-reason = कारण (ज़रूरी)
case-field-close-reason = बंद करने का कारण
case-field-remedies = नतीजा: मिले उपचार
case-field-amount = वापस मिली रकम
case-field-whole-group = सामूहिक केस के सभी केसों पर लागू करें
case-action-submit = यह क़दम दर्ज करें
case-messages-heading = संदेश और टिप्पणियाँ
case-messages-none = अभी कोई संदेश नहीं।
case-note = अंदरूनी टिप्पणी
case-from-worker = मज़दूर से
case-to-worker = मज़दूर को
case-field-message = मज़दूर के लिए संदेश
case-field-internal = अंदरूनी टिप्पणी (मज़दूर इसे कभी नहीं देखते)
case-message-submit = भेजें
case-priority-heading = प्राथमिकता बदलें
case-priority-submit = प्राथमिकता बदलें
case-refer-heading = आगे भेजें
case-refer-hint = किसी दूसरी संस्था में केस खोलता है। सिर्फ़ वही प्रकार की संस्थाएँ दिखाई जाती हैं जिन पर मज़दूर ने सहमति दी।
case-field-organisation = संस्था
case-refer-submit = आगे भेजें
case-timeline-heading = घटनाक्रम
case-step-opened = केस खुला
case-step-referred-on = दूसरी संस्था को भेजा गया
case-step-priority = प्राथमिकता बदली
case-step-grouped = सामूहिक केस में जोड़ा गया
case-step-escalated = समय-सीमा चूकी: प्रमुखों को बताया गया

## प्रशासक

unrouted-title = शिकायतें जो अभी कहीं नहीं भेजी गईं
unrouted-heading = शिकायतें जो किसी संस्था को नहीं मिलीं
unrouted-intro = ये शिकायतें किसी संस्था के देशों और मज़दूर की सहमति वाले प्रकारों से मेल नहीं खातीं। इन्हें देखने वाली संस्था जोड़ें। इनकी सामग्री यहाँ नहीं दिखाई जाती।
unrouted-none = हर शिकायत किसी न किसी संस्था तक पहुँच गई।
unrouted-recruiter = एजेंसी
unrouted-kinds = सहमति वाले प्रकार
unrouted-count = शिकायतें जो अभी कहीं नहीं भेजी गईं
unrouted-route-hint = इन्हें देखने वाली संस्था जोड़ने के बाद इंतज़ार कर रही शिकायतें फिर से भेजें।
unrouted-route-submit = इंतज़ार कर रही शिकायतें फिर से भेजें
unrouted-routed = { $count ->
    [one] एक शिकायत किसी संस्था तक पहुँची।
   *[other] { $count } शिकायतें किसी संस्था तक पहुँचीं।
}

## त्रुटियाँ

error-complaint-recruiter-required = सूची से एजेंसी चुनें, या एजेंट या दलाल का नाम लिखें।
error-complaint-recruiter-both = या सूची की एजेंसी दें या एजेंट का नाम, दोनों नहीं।
error-complaint-recruiter-unknown = हमें सूची में यह एजेंसी नहीं मिली।
error-complaint-country-required = देश चुनें।
error-complaint-corridor-same = दोनों देश अलग होने चाहिए।
error-complaint-year = 2024 जैसा साल लिखें।
error-complaint-workers = मज़दूरों की संख्या 1 से 100,000 तक लिखें।
error-complaint-lender = चुनें कि क़र्ज़ किसने दिया, या ब्याज ख़ाली छोड़ें।
error-complaint-consent-required = कम से कम एक प्रकार की संस्था चुनें जो आपकी शिकायत पा सके।
error-complaint-contact-consent = आपका संपर्क सिर्फ़ उन्हीं संस्थाओं को जा सकता है जिन्हें शिकायत भी मिलती है।
error-complaint-contact-consent-required = चुनें कि आपका संपर्क कौन देख सकता है।
error-complaint-contact-required = वह संपर्क लिखें जिस पर आपसे संपर्क हो, या "सिर्फ़ मेरी रसीद" चुनें।
error-complaint-account-needed = शिकायत को अपने खाते से जोड़ने के लिए साइन इन करें, या "सिर्फ़ मेरी रसीद" चुनें।
error-complaint-behalf-consent = पुष्टि करें कि मज़दूर ने आपको उनकी ओर से दर्ज करने की सहमति दी है।
error-track-receipt-format = रसीद में 16 अंक होते हैं, जैसे 1234-5678-9012-3456।
error-track-receipt-unknown = इस रसीद की कोई शिकायत नहीं है। अंक जाँचकर फिर कोशिश करें।
error-track-referral = यह आपकी शिकायत पाने वाली संस्थाओं में से नहीं है।
error-track-referral-closed = इस संस्था ने आपकी शिकायत बंद कर दी है; यह संदेश नहीं ले सकती।
error-track-withdraw-confirm = वापस लेने की पुष्टि के लिए डिब्बे पर निशान लगाएँ।
error-case-transition = केस की मौजूदा स्थिति से यह क़दम संभव नहीं है।
error-case-action-unknown = सूची से क़दम चुनें।
error-case-close-reason = चुनें कि केस क्यों बंद किया जा रहा है।
error-case-reason-required = कारण लिखें।
error-case-outcome-required = कम से कम एक मिला उपचार चुनें।
error-case-money-required = वापस मिली रकम और उसकी मुद्रा लिखें।
error-case-money-unexpected = रकम सिर्फ़ "पैसा वापस मिला" के साथ लिखी जाती है।
error-case-message-required = संदेश लिखें।
error-case-priority = सूची से प्राथमिकता चुनें।
error-case-refer-self = केस पहले से इसी संस्था के पास है।
error-case-refer-consent = मज़दूर ने इस प्रकार की संस्था के साथ शिकायत साझा करने की सहमति नहीं दी।
error-case-refer-coverage = यह संस्था इस शिकायत के देशों में काम नहीं करती।
error-case-refer-exists = इस संस्था के पास यह शिकायत पहले से है।
error-case-group-alone = यहाँ इस एजेंसी के बारे में कोई और खुला केस नहीं है।
error-case-filter = छँटाई में ऐसा मान है जिसे हम नहीं जानते।

## सबूत (फ़ोटो, दस्तावेज़, आवाज़ संदेश)
evidence-heading = फ़ोटो, दस्तावेज़ और आवाज़ संदेश
evidence-hint = अनुबंध की फ़ोटो, फ़ीस की रसीद, वेतन पर्ची या एजेंट का संदेश, PDF, या आवाज़ संदेश जोड़ें। फ़ोटो से जगह की जानकारी और फ़ोन का ब्योरा हटा दिया जाता है।
evidence-field-files = फ़ाइलें
evidence-files-hint = फ़ोटो (JPEG, PNG, WebP), PDF, या आवाज़ संदेश (MP3, Ogg, M4A, AMR); एक बार में कई।
evidence-field-share = ये फ़ाइलें कौन देख सकता है
evidence-submit = फ़ाइलें भेजें
evidence-sent = आपकी फ़ाइलें शिकायत में जोड़ दी गईं।
evidence-location-removed = आपकी फ़ोटो से जगह की जानकारी और फ़ोन का ब्योरा हटा दिया गया।
evidence-choose-again = कुछ नहीं भेजा गया। फ़ाइलें फिर से चुनें: ब्राउज़र उन्हें नहीं रखता।
evidence-kind-photo = फ़ोटो
evidence-kind-document = दस्तावेज़
evidence-kind-voice = आवाज़ संदेश
evidence-size-kb = { $count } KB
error-evidence-type = इस तरह की फ़ाइल नहीं ली जाती। फ़ोटो (JPEG, PNG, WebP), PDF दस्तावेज़ या आवाज़ संदेश (MP3, Ogg, M4A, AMR) भेजें।
error-evidence-unreadable = एक फ़ाइल पढ़ी नहीं जा सकी: वह ख़राब, अधूरी या पासवर्ड से बंद हो सकती है।
error-evidence-pixels = एक फ़ोटो बहुत बड़ी है। छोटी कॉपी भेजें।
error-evidence-too-large = एक फ़ाइल तय सीमा से बड़ी है। छोटी कॉपी भेजें।
error-evidence-too-many = एक बार में बहुत सारी फ़ाइलें हैं। कई बार में भेजें।
error-evidence-none = कम से कम एक फ़ाइल चुनें।
error-evidence-share = जिन संस्थाओं तक आपकी शिकायत गई, उनमें से चुनें कि फ़ाइलें कौन देख सकता है।
error-evidence-complaint-full = इस शिकायत में जितनी फ़ाइलें रखी जा सकती हैं, उतनी हैं। सिर्फ़ सबसे ज़रूरी भेजें।
error-evidence-truncated = अपलोड बीच में कट गया। फिर से कोशिश करें।
evidence-from-staff = संस्था ने आपको भेजा
evidence-sent-by-you = आपकी संस्था ने भेजा
evidence-staff-field = कामगार को फ़ाइलें भेजें
evidence-staff-hint = फ़ॉर्म, फ़ैसला या पत्र। कामगार उन्हें अपनी रसीद से खोलता है; कोई और संस्था उन्हें नहीं देखती। फ़ोटो से जगह की जानकारी हटा दी जाती है।
evidence-staff-submit = कामगार को भेजें
error-webhook-url-malformed = अधिकतम 2,000 अक्षरों का पूरा वेब पता (https://…) लिखें, बिना उपयोगकर्ता नाम या पासवर्ड के।
error-webhook-url-not-https = पता https:// से शुरू होना चाहिए।
error-webhook-url-private = यह पता किसी निजी, स्थानीय या आरक्षित नेटवर्क की ओर जाता है। सार्वजनिक इंटरनेट का पता इस्तेमाल करें।
error-webhook-url-unresolved = इस पते का होस्ट नाम नहीं मिला। वर्तनी जाँचें।
