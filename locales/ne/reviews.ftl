# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = म्यानपावर कम्पनीको समीक्षा लेख्नुहोस्
review-heading = यो म्यानपावर कम्पनीबारे अरू कामदारलाई बताउनुहोस्
review-intro = तपाईं कुन देशबाट कुन देश जानुभयो, कुन वर्ष जानुभयो र तपाईंको समग्र रेटिङ मात्र चाहिन्छ। बाँकी सबै भाग छोड्न सक्नुहुन्छ। तपाईंको नाम कहिल्यै सोधिँदैन र कहिल्यै देखाइँदैन।
review-anonymous-note = तपाईंले लग इन गर्नुभएको छैन: तपाईंको समीक्षा कुनै खाताबिना पठाइन्छ, र हामी त्यससँग तपाईंको इन्टरनेट (IP) ठेगाना राख्दैनौं।
review-signed-in-note = तपाईंले लग इन गर्नुभएको छ: यो समीक्षा तपाईं आफ्नो खाताको पानामा भेट्न र पछि बदल्न सक्नुहुन्छ। यो कसले लेख्यो भनेर अरूले कहिल्यै देख्दैनन्।
review-errors-below = केही उत्तर सच्याउनुपर्छ। सन्देशहरू तिनकै छेउमा छन्; तपाईंले लेखेका सबै कुरा यहीँ छन्।
review-honeypot = यो ठाउँ खाली छोड्नुहोस्
review-choose = छान्नुहोस्…
review-skip = भन्न चाहन्नँ
review-yes = हो
review-no = होइन
review-section-journey = तपाईंको यात्रा
review-field-origin = तपाईं कुन देशबाट जानुभयो
review-field-destination = तपाईं काम गर्न कुन देश जानुभयो
review-field-year = तपाईं कुन वर्ष जानुभयो
review-field-sub-agent = तपाईंसँग कारोबार गर्ने सब-एजेन्ट (बिचौलिया) को नाम, कोही थियो भने
review-sub-agent-hint = धेरै कामदारको कारोबार म्यानपावर कम्पनीका लागि काम गर्ने स्थानीय बिचौलिया (दलाल) सँग हुन्छ। तपाईंले कसैको नाम लेख्नुभयो भने, तपाईंको समीक्षा त्यो बिचौलियाको नाममा गनिन्छ, र उसलाई लाइसेन्स नभएको भनेर देखाइन्छ।
review-field-sector = कामको क्षेत्र
review-field-occupation = तपाईंको काम (पेसा)
review-field-visa = भिसाको किसिम
review-rating-scale = 1 = धेरै नराम्रो, 5 = धेरै राम्रो।
review-section-costs = तपाईंले के-के तिर्नुभयो
review-costs-intro = ILO को रोजगारदाताले तिर्ने सिद्धान्तअनुसार कामदारले आफ्नो भर्तीका लागि कुनै शुल्क वा खर्च तिर्नु पर्दैन। तैपनि तपाईंले के-के तिर्नुभयो, हरेक किसिमको खर्चका लागि हामीलाई बताउनुहोस्।
review-field-currency = सबै रकमको मुद्रा (करेन्सी)
review-currency-hint = यो पानाका सबै रकम, तलब पनि, एउटै मुद्रामा लेख्नुहोस्, ताकि तपाईंले तिरेको र कमाएको रकम दाँज्न सकियोस्।
review-paid-yes = मैले यसको पैसा तिरें
review-paid-no = मैले तिरिनँ
review-field-amount = रकम
review-field-paid-to = कसलाई तिर्नुभयो
review-field-receipt = तपाईंले रसिद पाउनुभयो?
review-section-loan = ऋण
review-field-took-loan = यो तिर्न तपाईंले ऋण लिनुभयो?
review-field-lender = कसले ऋण दियो
loan-interest-monthly = मासिक ब्याज (%)
review-section-wages = तपाईंको तलब
review-wages-hint = मासिक रकम, खर्च लेखेकै मुद्रामा।
review-field-promised-wage = तपाईंलाई भनिएको (वाचा गरिएको) मासिक तलब
review-field-first-wage = पहिलो पूरा महिनामा तपाईंले पाएको रकम
review-first-wage-hint = कर र अरू कटौतीपछि। तलब पाउनुभएन भने 0 लेख्नुहोस्।
review-section-checks = तपाईंको सम्झौता र काम
review-section-ratings = थप रेटिङ
review-field-use-again = के तपाईं फेरि यही म्यानपावर कम्पनीमार्फत जानुहुन्छ?
review-section-text = तपाईंको कथा
review-text-hint = नाम, फोन नम्बर, पासपोर्ट नम्बर वा ठेगाना नलेख्नुहोस्: अरू कसैले तपाईंको समीक्षा पढ्नुअघि मोडरेटरले ती हटाउँछन्।
review-field-text = के भयो
review-field-text-language = तपाईंले लेखेको भाषा
review-language-other = अर्को भाषा
review-moderation-note = हरेक समीक्षा प्रकाशित हुनुअघि मोडरेटरले पढ्छन्।
review-submit = मेरो समीक्षा पठाउनुहोस्
review-write-link = यो म्यानपावर कम्पनीको समीक्षा लेख्नुहोस्

review-sent-title = समीक्षा पुग्यो
review-sent-heading = तपाईंको समीक्षाका लागि धन्यवाद
review-sent-moderation = तपाईंको समीक्षा हामीलाई मिल्यो। प्रकाशित हुनुअघि मोडरेटरले यसलाई पढ्नेछन्।
review-sent-account = यसको अवस्था तपाईं आफ्नो खाताको पानामा हेर्न सक्नुहुन्छ:
review-abuse-heading = तपाईंले बताएको कुरा कानुनविरुद्ध हुन सक्छ
review-abuse-text = कामदारसँग भर्ती शुल्क लिनु, उनीहरूको पासपोर्ट वा परिचयपत्र राख्नु, विदेश पुगेपछि सम्झौता फेर्नु र भनिएको तलब नदिनु अन्तर्राष्ट्रिय मापदण्ड र धेरै देशका कानुनले निषेध गरेका छन्। कारबाही गर्न सक्ने संस्थामा तपाईं गोप्य रूपमा उजुरी दिन सक्नुहुन्छ; आफ्नो नाम दिनु पर्दैन।
review-abuse-rights-link = आफ्नो अधिकार जान्नुहोस्
review-back-to-recruiter = म्यानपावर कम्पनीको पानामा फर्कनुहोस्

error-review-year = तपाईं गएको वर्ष लेख्नुहोस्, 1970 देखि यो वर्षसम्म।
error-review-rating = 1 देखि 5 सम्मको रेटिङ छान्नुहोस्।
error-review-rating-required = 1 देखि 5 सम्म आफ्नो समग्र रेटिङ छान्नुहोस्।
error-review-text-long = यो लेख धेरै लामो भयो। बढीमा 5,000 अक्षरमा छोट्याउनुहोस्।
error-review-sub-agent = सब-एजेन्टको नाम अक्षरमा लेख्नुहोस्, वा यो ठाउँ खाली छोड्नुहोस्।
error-review-language = सूचीबाट एउटा भाषा छान्नुहोस्।
error-review-page = पाना नम्बर 1 देखि 1000 सम्मको पूर्ण सङ्ख्या हुनुपर्छ।
error-review-json = यो अनुरोध समीक्षाका लागि मान्य JSON होइन, वा यसमा हामीलाई थाहा नभएको खण्ड छ।
error-review-cost-repeated = हरेक किसिमको खर्च एक पटक मात्र लेख्न मिल्छ।

cost-fee = भर्ती शुल्क
cost-fee-hint = काम खोजिदिए वा मिलाइदिएबापत तिरेको पैसा, जसले लिए पनि।
cost-medical = मेडिकल
cost-medical-hint = स्वास्थ्य परीक्षण, जाँच, खोप।
cost-insurance = बीमा
cost-insurance-hint = जीवन, स्वास्थ्य वा सुरक्षा बीमा; आप्रवासी कामदार कल्याण कोष।
cost-skills = सीप र भाषा परीक्षण
cost-skills-hint = सीप परीक्षण (ट्रेड टेस्ट), भाषा परीक्षण, प्रमाणपत्र।
cost-training = तालिम र अभिमुखीकरण
cost-training-hint = विदेश जानुअघि वा त्यहाँ पुगेपछिको तालिम।
cost-equipment = सामान
cost-equipment-hint = औजार, पोशाक (युनिफर्म), सुरक्षा सामग्री।
cost-travel = यात्रा र बसाइ
cost-travel-hint = अन्तर्वार्ता, तालिम, भिसाको काम, विदेश जाने यात्रा र घर फर्कने यात्राका लागि टिकट र बस्ने खर्च।
cost-administrative = कागजात र अनुमतिपत्र
cost-administrative-hint = पासपोर्ट, भिसा, पृष्ठभूमि जाँच, देश छाड्ने स्वीकृति (श्रम स्वीकृति), बैंक खाता, काम र बसोबासको अनुमतिपत्र।
cost-illegitimate = घूस, धरौटी र बन्ड
cost-illegitimate-hint = कुनै पनि हालतमा लिन नपाइने पैसा: घूस, कमिसन, धरौटी, बन्ड, धम्की दिएर असुली।

paid-to-recruiter = म्यानपावर कम्पनी
paid-to-sub_agent = सब-एजेन्ट वा बिचौलिया (दलाल)
paid-to-employer = रोजगारदाता
paid-to-other = अरू कोही

lender-recruiter = म्यानपावर कम्पनी
lender-moneylender = साहु (ब्याजमा पैसा दिने)
lender-bank = बैंक
lender-cooperative = सहकारी वा लघुवित्त समूह
lender-family = परिवार वा साथीभाइ
lender-employer = रोजगारदाता
lender-other = अरू कोही

visa-work = कामको भिसा
visa-domestic_work = घरेलु कामदारको भिसा
visa-seasonal = मौसमी कामको भिसा
visa-visit = भ्रमण वा पर्यटक भिसा (भिजिट भिसा)
visa-student = विद्यार्थी भिसा
visa-other = अर्को भिसा

check-contract_before_departure = विदेश जानुअघि तपाईंले लिखित सम्झौता पाउनुभयो?
check-contract_understood = सम्झौता तपाईंले बुझ्ने भाषामा थियो?
check-contract_substituted = त्यहाँ पुगेपछि तपाईंलाई अर्कै सम्झौतामा सही गर्न लगाइयो?
check-documents_kept = कसैले तपाईंको पासपोर्ट वा परिचयपत्र आफूसँग राख्यो?
check-job_as_promised = काम तपाईंलाई भनिएजस्तै थियो?
check-wage_as_promised = तलब तपाईंलाई भनिएजस्तै थियो?
check-free_to_change_employer = तपाईंले चाहेमा रोजगारदाता फेर्न पाउनुहुन्थ्यो?
check-info_accurate = जानुअघि तपाईंले पाएको जानकारी सही थियो?

rating-fees_honesty = शुल्कबारे इमानदारी
rating-job_truth = कामबारे सत्य कुरा
rating-contract_documents = सम्झौता र कागजात
rating-support_after_arrival = पुगेपछिको सहयोग
rating-overall = समग्र रेटिङ

review-status-pending = मोडरेटरको पर्खाइमा
review-status-approved = प्रकाशित
review-status-rejected = प्रकाशित गरिएन

reject-reason-not_a_review = यो यस म्यानपावर कम्पनीको समीक्षा होइन
reject-reason-spam = विज्ञापन वा स्प्याम
reject-reason-abusive = गालीगलौज वा धम्कीको भाषा
reject-reason-personal_data = प्रकाशित गर्न नमिल्ने धेरै व्यक्तिगत जानकारी
reject-reason-duplicate = अर्को समीक्षाको नक्कल
reject-reason-wrong_recruiter = अर्कै म्यानपावर कम्पनीबारे
reject-reason-other = अर्को कारण

score-heading = अङ्कपत्र (स्कोरकार्ड)
score-no-reviews = अहिलेसम्म कुनै समीक्षा प्रकाशित भएको छैन।
score-rating-out-of-five = 5 मध्ये { $rating }
score-review-count = { $count ->
    [one] { $count } समीक्षाका आधारमा
   *[other] { $count } वटा समीक्षाका आधारमा
}
score-rating-explained = धेरै कामदारले यो म्यानपावर कम्पनीको समीक्षा नगरेसम्म यसको रेटिङ सबै म्यानपावर कम्पनीको औसततिर ढल्किन्छ, ताकि थोरै समीक्षाले यसलाई धेरै राम्रो वा धेरै नराम्रो देखाउन नसकून्।
score-rating-mean = औसत समग्र रेटिङ
score-share-charged = शुल्क वा खर्च तिर्नुपरेका कामदार
score-share-documents = पासपोर्ट वा परिचयपत्र अरूले राखेका कामदार
score-share-substituted = सम्झौता फेरिएका कामदार
score-share-job-not = भनिएजस्तो काम नपाएका कामदार
score-share-again = फेरि यही म्यानपावर कम्पनीमार्फत जाने कामदार
score-median-cost = तिरेको कुल रकम, बीचको मान (मिडियन) ({ $currency })
score-median-ratio = पहिलो महिनाको तलबसँग दाँज्दा खर्च, बीचको मान (मिडियन)
score-months-of-wages = { $months } महिनाको तलब
score-withheld = अहिलेसम्म पर्याप्त समीक्षा छैनन्
score-k-explained = कम्तीमा 5 जना कामदारले उत्तर दिएपछि मात्र अङ्क देखाइन्छ, ताकि कसैलाई पनि चिन्न नसकियोस्।

review-language-filter = यो भाषामा लेखिएका समीक्षा देखाउनुहोस्
review-language-any = जुनसुकै भाषा
review-language-filter-submit = देखाउनुहोस्
review-list-empty = अहिलेसम्म कुनै समीक्षा प्रकाशित भएको छैन।
review-rating-line = रेटिङ: 5 मध्ये { $rating }
review-departed = { $year } मा गएको
review-would-use-again = फेरि यही म्यानपावर कम्पनीमार्फत जाने।
review-would-not-use-again = फेरि यो म्यानपावर कम्पनीमार्फत नजाने।

pii-phone = फोन नम्बर
pii-email = इमेल ठेगाना
pii-passport = पासपोर्ट वा परिचयपत्र नम्बर
pii-url = वेबसाइटको ठेगाना

moderate-title = मोडरेसन
moderate-heading = मोडरेसनको पर्खाइमा रहेका समीक्षा
moderate-pending-count = { $count ->
    [one] { $count } समीक्षा पर्खिरहेको छ, सबैभन्दा पुरानो पहिले।
   *[other] { $count } वटा समीक्षा पर्खिरहेका छन्, सबैभन्दा पुराना पहिले।
}
moderate-empty = कुनै समीक्षा पर्खिरहेको छैन।
moderate-approved = समीक्षा प्रकाशित भयो।
moderate-rejected = समीक्षा अस्वीकार गरियो।
moderate-gone = त्यो समीक्षाबारे अर्को मोडरेटरले पहिल्यै निर्णय गरिसक्नुभएको छ।
moderate-review-title = समीक्षा जाँच्नुहोस्
moderate-review-heading = मोडरेसनको पर्खाइमा रहेको समीक्षा
moderate-back = पर्खाइ सूचीमा फर्कनुहोस्
moderate-status = अवस्था:
moderate-corridor = यात्रा
moderate-sub-agent-note = यो समीक्षामा एउटा सब-एजेन्टको नाम छ; प्रकाशित भएपछि यो यसको नाममा गनिन्छ:
moderate-no-text = कामदारले केही लेखेनन्।
moderate-collected-paper = { $who } ले कागजमा सङ्कलन गरेको
moderate-collected-partner = साझेदार संस्था { $who } ले पठाएको
moderate-collected-phone = { $who } ले टेलिफोनबाट सङ्कलन गरेको
moderate-collected-batch = आयात समूह { $batch }
moderate-redact-found = व्यक्तिगत जानकारी भेटियो: प्रकाशित गर्दा चिनो लगाइएका कुराको ठाउँमा […] राखिन्छ
moderate-redact-text = यो ठ्याक्कै लेख पनि हटाउनुहोस्
moderate-redact-text-hint = यो जहाँ-जहाँ आउँछ, त्यहाँ […] राखिन्छ। अरू केही हटाउनु छैन भने खाली छोड्नुहोस्।
moderate-approve = प्रकाशित गर्नुहोस्
moderate-reason = अस्वीकार गर्नुको कारण
moderate-reject = अस्वीकार गर्नुहोस्
moderate-error-span = व्यक्तिगत जानकारीको त्यो भाग अब लेखमा छैन। पाना फेरि लोड गर्नुहोस्।
moderate-error-redact-text = हटाउने लेख धेरै लामो छ वा यसमा नियन्त्रण अक्षरहरू छन्।
moderate-error-redact-missing = हटाउने लेख समीक्षामा भेटिएन।
moderate-error-reason = अस्वीकार गर्नुको कारण छान्नुहोस्।

account-reviews-heading = तपाईंका समीक्षाहरू
account-reviews-none = तपाईंले अहिलेसम्म कुनै म्यानपावर कम्पनीको समीक्षा लेख्नुभएको छैन।
account-review-edit = बदल्नुहोस्
account-review-year = { $year } मा गएको
review-abuse-complaint-link = गोप्य उजुरी दिनुहोस्
review-abuse-complaint-hint = उजुरी फारममा तपाईंले यो समीक्षामा लेखेका कुरा पहिल्यै भरिएर आउँछन्। तपाईं जाँच्नुहोस्, के भयो थप्नुहोस्, र कसले हेर्न पाउने छान्नुहोस्। नाम दिनु पर्दैन।
moderate-changed = तपाईंले खोलेपछि लेखकले यो समीक्षा बदलेका छन्। तल फेरि पढ्नुहोस्, अनि निर्णय गर्नुहोस्।

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = लिङ्ग
review-gender-hint = ऐच्छिक। यो तपाईंको समीक्षासँग कहिल्यै देखाइँदैन: कम्तीमा ५ कामदारको समूहको प्रतिवेदनमा मात्र गनिन्छ।
gender-woman = महिला
gender-man = पुरुष
gender-another = अर्को लिङ्ग
moderate-names-title = निर्देशिकामा थपिन पर्खिरहेका नामहरू
moderate-names-hint = कामदारहरूले उजुरी वा समीक्षामा यी सब-एजेन्टहरूको नाम लिएका छन्। तपाईंले स्वीकृत गरेको नाम अर्को साप्ताहिक प्रकाशनमा सार्वजनिक निर्देशिकामा थपिन्छ। गाली, निजी व्यक्तिहरूको नाम र भर्ती गर्ने नभएको कुनै पनि नाम अस्वीकार गर्नुहोस्।
moderate-names-empty = कुनै नाम पर्खिरहेको छैन।
moderate-names-looks-like = सूचीमा रहेको एजेन्सीसँग मिल्दोजुल्दो:
moderate-names-approve = स्वीकृत गर्नुहोस्
moderate-names-refuse = अस्वीकार गर्नुहोस्
moderate-names-approved = स्वीकृत भयो: यो नाम अर्को साप्ताहिक प्रकाशनमा निर्देशिकामा थपिन्छ।
moderate-names-refused = अस्वीकार गरियो: यो नाम निर्देशिकामा आउँदैन।
moderate-names-gone = अर्को मोडरेटरले त्यो नामबारे पहिले नै निर्णय गरिसक्नुभएको छ।
moderate-names-more = थप नामहरू पर्खिरहेका छन्: अर्का नामहरू हेर्न यिनीहरूबारे निर्णय गर्नुहोस्।
