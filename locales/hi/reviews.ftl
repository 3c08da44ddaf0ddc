# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = भर्ती एजेंसी के बारे में राय दें
review-heading = इस भर्ती एजेंसी के बारे में दूसरे कामगारों को बताएँ
review-intro = सिर्फ़ आपका सफ़र (किस देश से किस देश), साल और आपकी कुल रेटिंग ज़रूरी है। बाक़ी सब छोड़ा जा सकता है। आपका नाम न कभी पूछा जाता है, न कभी दिखाया जाता है।
review-anonymous-note = आपने लॉग इन नहीं किया है: आपकी राय बिना किसी अकाउंट के भेजी जाती है, और हम इसके साथ आपका इंटरनेट (IP) एड्रेस नहीं रखते।
review-signed-in-note = आपने लॉग इन किया है: यह राय आप अपने अकाउंट पेज पर देख सकते हैं और बाद में बदल सकते हैं। दूसरे लोग कभी नहीं देख सकते कि इसे किसने लिखा।
review-errors-below = कुछ जवाबों को ठीक करना होगा। संदेश उन्हीं के पास लिखे हैं; आपने जो कुछ लिखा था, वह सब यहीं है।
review-honeypot = इस ख़ाने को ख़ाली छोड़ दें
review-choose = चुनें…
review-skip = नहीं बताना चाहते
review-yes = हाँ
review-no = नहीं
review-section-journey = आपका सफ़र
review-field-origin = आप किस देश से गए
review-field-destination = आप काम करने किस देश गए
review-field-year = आप किस साल गए
review-field-sub-agent = सब-एजेंट (बिचौलिये) का नाम, अगर किसी से वास्ता पड़ा हो
review-sub-agent-hint = बहुत से कामगारों का वास्ता किसी स्थानीय बिचौलिये (दलाल) से पड़ता है जो एजेंसी के लिए काम करता है। अगर आप किसी का नाम लिखते हैं, तो आपकी राय उस बिचौलिये के नाम पर गिनी जाएगी, और उसे बिना लाइसेंस वाला दिखाया जाएगा।
review-field-sector = काम का क्षेत्र
review-field-occupation = आपका काम (पेशा)
review-field-visa = वीज़ा का प्रकार
review-rating-scale = 1 = बहुत ख़राब, 5 = बहुत अच्छा।
review-section-costs = आपने क्या-क्या पैसे दिए
review-costs-intro = ILO के नियोक्ता भुगतान सिद्धांत (Employer Pays Principle) के अनुसार कामगारों को अपनी भर्ती के लिए कोई फ़ीस या ख़र्च नहीं देना चाहिए। फिर भी आपने जो दिया, वह हर तरह के ख़र्च के लिए हमें बताएँ।
review-field-currency = सभी रक़मों की करेंसी (मुद्रा)
review-currency-hint = इस पेज पर हर रक़म, आपकी तनख़्वाह भी, एक ही करेंसी में लिखें, ताकि हम आपके दिए पैसों की तुलना आपकी कमाई से कर सकें।
review-paid-yes = मैंने इसके पैसे दिए
review-paid-no = मैंने पैसे नहीं दिए
review-field-amount = रक़म
review-field-paid-to = किसे दिए
review-field-receipt = क्या आपको रसीद मिली?
review-section-loan = क़र्ज़
review-field-took-loan = क्या पैसे देने के लिए आपने क़र्ज़ लिया?
review-field-lender = क़र्ज़ किसने दिया
loan-interest-monthly = हर महीने का ब्याज (%)
review-section-wages = आपकी तनख़्वाह
review-wages-hint = महीने की रक़म, उसी करेंसी में जिसमें ख़र्च लिखे हैं।
review-field-promised-wage = महीने की तनख़्वाह जिसका आपसे वादा किया गया था
review-field-first-wage = पहले पूरे महीने के लिए आपको कितना मिला
review-first-wage-hint = टैक्स और हर तरह की कटौती के बाद। अगर पैसे नहीं मिले, तो 0 लिखें।
review-section-checks = आपका कॉन्ट्रैक्ट और आपकी नौकरी
review-section-ratings = और रेटिंग
review-field-use-again = क्या आप फिर से इस भर्ती एजेंसी के ज़रिए जाएँगे?
review-section-text = आपकी कहानी
review-text-hint = नाम, फ़ोन नंबर, पासपोर्ट नंबर या पता न लिखें: किसी और के पढ़ने से पहले मॉडरेटर इन्हें हटा देता है।
review-field-text = क्या हुआ
review-field-text-language = आपने किस भाषा में लिखा है
review-language-other = कोई दूसरी भाषा
review-moderation-note = हर राय प्रकाशित होने से पहले एक मॉडरेटर उसे पढ़ता है।
review-submit = मेरी राय भेजें
review-write-link = इस भर्ती एजेंसी के बारे में राय दें

review-sent-title = राय मिल गई
review-sent-heading = अपनी राय देने के लिए धन्यवाद
review-sent-moderation = आपकी राय हमें मिल गई है। प्रकाशित होने से पहले एक मॉडरेटर इसे पढ़ेगा।
review-sent-account = इसकी स्थिति आप अपने अकाउंट पेज पर देख सकते हैं:
review-abuse-heading = आपने जो बताया है, वह क़ानून के ख़िलाफ़ हो सकता है
review-abuse-text = कामगारों से भर्ती फ़ीस लेना, उनका पासपोर्ट या पहचान के काग़ज़ अपने पास रखना, वहाँ पहुँचने के बाद कॉन्ट्रैक्ट बदल देना और वादे के मुताबिक़ तनख़्वाह न देना अंतरराष्ट्रीय मानकों में और बहुत से देशों के क़ानून में मना है। आप ऐसी संस्था से गोपनीय शिकायत कर सकते हैं जो कार्रवाई कर सकती है; आपको अपना नाम बताने की ज़रूरत नहीं है।
review-abuse-rights-link = अपने अधिकार जानें
review-back-to-recruiter = भर्ती एजेंसी के पेज पर वापस जाएँ

error-review-year = आप जिस साल गए, वह लिखें, 1970 से इस साल तक।
error-review-rating = 1 से 5 तक कोई रेटिंग चुनें।
error-review-rating-required = 1 से 5 तक अपनी कुल रेटिंग चुनें।
error-review-text-long = यह टेक्स्ट बहुत लंबा है। इसे छोटा करके ज़्यादा से ज़्यादा 5,000 अक्षर का करें।
error-review-sub-agent = सब-एजेंट का नाम अक्षरों में लिखें, या यह ख़ाना ख़ाली छोड़ दें।
error-review-language = सूची में से कोई भाषा चुनें।
error-review-page = पेज नंबर 1 से 1000 तक की कोई पूरी संख्या होनी चाहिए।
error-review-json = यह अनुरोध राय के लिए सही JSON नहीं है, या इसमें कोई ऐसा ख़ाना है जिसे हम नहीं जानते।
error-review-cost-repeated = हर तरह का ख़र्च सिर्फ़ एक बार लिखा जा सकता है।

cost-fee = भर्ती फ़ीस
cost-fee-hint = नौकरी ढूँढने या दिलाने के बदले दिया गया पैसा, चाहे किसी ने भी लिया हो।
cost-medical = मेडिकल
cost-medical-hint = डॉक्टरी जाँच, टेस्ट, टीके।
cost-insurance = बीमा
cost-insurance-hint = जीवन, स्वास्थ्य या सुरक्षा बीमा; प्रवासी कामगार कल्याण फ़ंड।
cost-skills = हुनर और भाषा के टेस्ट
cost-skills-hint = ट्रेड टेस्ट, भाषा के टेस्ट, सर्टिफ़िकेट।
cost-training = ट्रेनिंग और ओरिएंटेशन
cost-training-hint = विदेश जाने से पहले या वहाँ पहुँचने के बाद की ट्रेनिंग।
cost-equipment = सामान
cost-equipment-hint = औज़ार, वर्दी, सुरक्षा का सामान।
cost-travel = सफ़र और ठहरना
cost-travel-hint = इंटरव्यू, ट्रेनिंग, वीज़ा अपॉइंटमेंट, विदेश जाने और घर लौटने के लिए टिकट और ठहरने का ख़र्च।
cost-administrative = काग़ज़ात और परमिट
cost-administrative-hint = पासपोर्ट, वीज़ा, बैकग्राउंड जाँच, देश छोड़ने की मंज़ूरी (इमिग्रेशन क्लियरेंस), बैंक खाता, काम और रहने के परमिट।
cost-illegitimate = रिश्वत, ज़मानत राशि और बॉन्ड
cost-illegitimate-hint = ऐसे भुगतान जो हर हाल में ग़लत हैं: रिश्वत, कमीशन (कटमनी), ज़मानत राशि (डिपॉज़िट), बॉन्ड, डरा-धमकाकर वसूली।

paid-to-recruiter = भर्ती एजेंसी
paid-to-sub_agent = सब-एजेंट या बिचौलिया (दलाल)
paid-to-employer = नियोक्ता (एम्प्लॉयर)
paid-to-other = कोई और

lender-recruiter = भर्ती एजेंसी
lender-moneylender = साहूकार (ब्याज पर पैसा देने वाला)
lender-bank = बैंक
lender-cooperative = सहकारी समिति या माइक्रोफ़ाइनेंस समूह
lender-family = परिवार या दोस्त
lender-employer = नियोक्ता
lender-other = कोई और

visa-work = वर्क वीज़ा (काम का वीज़ा)
visa-domestic_work = घरेलू कामगार का वीज़ा
visa-seasonal = मौसमी काम का वीज़ा
visa-visit = विज़िट या टूरिस्ट वीज़ा
visa-student = स्टूडेंट वीज़ा
visa-other = कोई दूसरा वीज़ा

check-contract_before_departure = क्या जाने से पहले आपको लिखित कॉन्ट्रैक्ट मिला था?
check-contract_understood = क्या कॉन्ट्रैक्ट ऐसी भाषा में था जो आप समझते हैं?
check-contract_substituted = क्या वहाँ पहुँचने के बाद आपसे किसी दूसरे कॉन्ट्रैक्ट पर दस्तख़त करवाए गए?
check-documents_kept = क्या किसी ने आपका पासपोर्ट या पहचान पत्र अपने पास रख लिया?
check-job_as_promised = क्या काम वैसा ही था जैसा वादा किया गया था?
check-wage_as_promised = क्या तनख़्वाह उतनी ही थी जितनी का वादा किया गया था?
check-free_to_change_employer = क्या आप अपनी मर्ज़ी से नियोक्ता बदल सकते थे?
check-info_accurate = क्या जाने से पहले मिली जानकारी सही थी?

rating-fees_honesty = फ़ीस के बारे में ईमानदारी
rating-job_truth = काम के बारे में सच्चाई
rating-contract_documents = कॉन्ट्रैक्ट और काग़ज़ात
rating-support_after_arrival = पहुँचने के बाद मदद
rating-overall = कुल रेटिंग

review-status-pending = मॉडरेटर का इंतज़ार है
review-status-approved = प्रकाशित
review-status-rejected = प्रकाशित नहीं की गई

reject-reason-not_a_review = यह इस भर्ती एजेंसी के बारे में राय नहीं है
reject-reason-spam = विज्ञापन या स्पैम
reject-reason-abusive = गाली-गलौज या धमकी भरी भाषा
reject-reason-personal_data = प्रकाशित करने के लिए बहुत ज़्यादा निजी जानकारी
reject-reason-duplicate = किसी दूसरी राय की नक़ल
reject-reason-wrong_recruiter = किसी दूसरी भर्ती एजेंसी के बारे में
reject-reason-other = कोई दूसरा कारण

score-heading = स्कोरकार्ड
score-no-reviews = अभी तक कोई राय प्रकाशित नहीं हुई है।
score-rating-out-of-five = 5 में से { $rating }
score-review-count = { $count ->
    [one] { $count } राय के आधार पर
   *[other] { $count } रायों के आधार पर
}
score-rating-explained = जब तक काफ़ी कामगार इस एजेंसी के बारे में राय न दे दें, तब तक इसकी रेटिंग सभी भर्ती एजेंसियों के औसत की तरफ़ झुकी रहती है, ताकि सिर्फ़ कुछ रायों से यह बहुत अच्छी या बहुत ख़राब न दिखे।
score-rating-mean = औसत कुल रेटिंग
score-share-charged = जिन कामगारों से फ़ीस या ख़र्च लिया गया
score-share-documents = जिन कामगारों का पासपोर्ट या पहचान पत्र रख लिया गया
score-share-substituted = जिन कामगारों का कॉन्ट्रैक्ट बदल दिया गया
score-share-job-not = जिन कामगारों को वादे के मुताबिक़ काम नहीं मिला
score-share-again = जो कामगार फिर से इस एजेंसी के ज़रिए जाएँगे
score-median-cost = कुल दिए गए पैसे, बीच का आँकड़ा (मीडियन) ({ $currency })
score-median-ratio = पहले महीने की तनख़्वाह के मुक़ाबले ख़र्च, बीच का आँकड़ा (मीडियन)
score-months-of-wages = { $months } महीने की तनख़्वाह
score-withheld = अभी काफ़ी राय नहीं मिली है
score-k-explained = कोई आँकड़ा तभी दिखता है जब कम से कम 5 कामगार जवाब दे चुके हों, ताकि किसी की पहचान न हो सके।

review-language-filter = इस भाषा में लिखी राय दिखाएँ
review-language-any = कोई भी भाषा
review-language-filter-submit = दिखाएँ
review-list-empty = अभी तक कोई राय प्रकाशित नहीं हुई है।
review-rating-line = रेटिंग: 5 में से { $rating }
review-departed = { $year } में गए
review-would-use-again = फिर से इस भर्ती एजेंसी के ज़रिए जाएँगे।
review-would-not-use-again = फिर कभी इस भर्ती एजेंसी के ज़रिए नहीं जाएँगे।

pii-phone = फ़ोन नंबर
pii-email = ईमेल पता
pii-passport = पासपोर्ट या पहचान पत्र का नंबर
pii-url = वेबसाइट का पता

moderate-title = मॉडरेशन
moderate-heading = मॉडरेशन के इंतज़ार में राय
moderate-pending-count = { $count ->
    [one] { $count } राय इंतज़ार में है, सबसे पुरानी पहले।
   *[other] { $count } राय इंतज़ार में हैं, सबसे पुरानी पहले।
}
moderate-empty = कोई राय इंतज़ार में नहीं है।
moderate-approved = राय प्रकाशित हो गई।
moderate-rejected = राय अस्वीकार कर दी गई।
moderate-gone = उस राय पर कोई दूसरा मॉडरेटर पहले ही फ़ैसला कर चुका है।
moderate-review-title = राय को मॉडरेट करें
moderate-review-heading = मॉडरेशन के इंतज़ार में राय
moderate-back = कतार पर वापस जाएँ
moderate-status = स्थिति:
moderate-corridor = सफ़र
moderate-sub-agent-note = इस राय में एक सब-एजेंट का नाम है; प्रकाशित होने पर यह इसके नाम पर गिनी जाएगी:
moderate-no-text = कामगार ने कुछ नहीं लिखा।
moderate-collected-paper = { $who } द्वारा कागज़ पर एकत्र
moderate-collected-partner = साझेदार संगठन { $who } द्वारा भेजी गई
moderate-collected-phone = { $who } द्वारा टेलीफ़ोन पर एकत्र
moderate-collected-batch = आयात बैच { $batch }
moderate-redact-found = निजी जानकारी मिली: प्रकाशित करने पर जिन पर सही का निशान लगा है, उनकी जगह […] लिखा जाएगा
moderate-redact-text = यह टेक्स्ट भी हूबहू हटाएँ
moderate-redact-text-hint = यह जहाँ-जहाँ आता है, वहाँ […] लिखा जाएगा। अगर और कुछ नहीं हटाना है, तो ख़ाली छोड़ दें।
moderate-approve = प्रकाशित करें
moderate-reason = अस्वीकार करने का कारण
moderate-reject = अस्वीकार करें
moderate-error-span = निजी जानकारी का वह हिस्सा अब टेक्स्ट में नहीं है। पेज फिर से लोड करें।
moderate-error-redact-text = हटाने वाला टेक्स्ट बहुत लंबा है या उसमें कंट्रोल अक्षर हैं।
moderate-error-redact-missing = हटाने वाला टेक्स्ट इस राय में नहीं मिला।
moderate-error-reason = अस्वीकार करने का कोई कारण चुनें।

account-reviews-heading = आपकी दी हुई राय
account-reviews-none = आपने अभी तक किसी भर्ती एजेंसी के बारे में राय नहीं दी है।
account-review-edit = बदलें
account-review-year = { $year } में गए
review-abuse-complaint-link = गोपनीय शिकायत करें
review-abuse-complaint-hint = शिकायत फ़ॉर्म में आपकी इस राय की बातें पहले से भरी होंगी। आप उन्हें जाँचें, जो हुआ वह जोड़ें, और चुनें कि इसे कौन देख सकता है। नाम बताना ज़रूरी नहीं है।
moderate-changed = आपके खोलने के बाद लेखक ने यह राय बदल दी। नीचे फिर से पढ़ें, फिर फ़ैसला करें।

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = लिंग
review-gender-hint = वैकल्पिक। यह आपकी राय के साथ कभी नहीं दिखाया जाता: सिर्फ़ कम से कम 5 मज़दूरों के समूह की रिपोर्ट में गिना जाता है।
gender-woman = महिला
gender-man = पुरुष
gender-another = अन्य लिंग
moderate-names-title = निर्देशिका में जुड़ने की प्रतीक्षा में नाम
moderate-names-hint = कामगारों ने शिकायतों या समीक्षाओं में इन सब-एजेंटों के नाम लिए हैं। आपके द्वारा स्वीकृत नाम अगले साप्ताहिक प्रकाशन में सार्वजनिक निर्देशिका में जुड़ जाता है। गालियाँ, निजी व्यक्तियों के नाम और ऐसा कुछ भी जो भर्ती एजेंट नहीं है, अस्वीकार करें।
moderate-names-empty = कोई नाम प्रतीक्षा में नहीं है।
moderate-names-looks-like = सूची में दर्ज एजेंसी जैसा दिखता है:
moderate-names-approve = स्वीकृत करें
moderate-names-refuse = अस्वीकार करें
moderate-names-approved = स्वीकृत: यह नाम अगले साप्ताहिक प्रकाशन में निर्देशिका में जुड़ जाएगा।
moderate-names-refused = अस्वीकृत: यह नाम निर्देशिका में नहीं आएगा।
moderate-names-gone = किसी अन्य मॉडरेटर ने उस नाम पर पहले ही निर्णय ले लिया है।
moderate-names-more = और नाम प्रतीक्षा में हैं: अगले नाम देखने के लिए इन पर निर्णय लें।
