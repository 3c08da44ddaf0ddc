# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = नेपाली
site-name = FairRecruit

## Page frame
nav-label = मुख्य मेनु
nav-skip-to-content = मुख्य सामग्रीमा जानुहोस्
nav-recruiters = म्यानपावर कम्पनीहरू
nav-rights = तपाईंका अधिकार
language-switcher-label = भाषा
footer-free = FairRecruit कामदारका लागि निःशुल्क छ। तपाईंले आफ्नो नाम कहिल्यै दिनु पर्दैन।
footer-privacy = तपाईंले पठाउने कुनै पनि कुरासँग हामी तपाईंको IP ठेगाना राख्दैनौं।

## Home
home-title = पैसा तिर्नुअघि म्यानपावर जाँच्नुहोस्
home-heading = कसैलाई पैसा तिर्नुअघि म्यानपावर कम्पनी जाँच्नुहोस्
home-lead = म्यानपावर कम्पनी खोज्नुहोस्: यसको लाइसेन्स मान्य छ कि छैन, यसले कामदारलाई कुन देश पठाउँछ, यसबाट गएका अरू कामदारलाई के भयो।
home-directory-size = { $count ->
    [0] अहिलेसम्म कुनै म्यानपावर कम्पनी सूचीमा छैन।
    [one] एउटा म्यानपावर कम्पनी सूचीमा छ।
   *[other] { $count } वटा म्यानपावर कम्पनी सूचीमा छन्।
}
home-what-heading = FairRecruit केका लागि हो
home-what-lookup = म्यानपावर कम्पनीको नाम वा लाइसेन्स नम्बरले लाइसेन्स सूचीमा खोज्नुहोस्।
home-what-review = तपाईंले कति पैसा तिर्नुभयो र तपाईंसँग कस्तो व्यवहार भयो, अरू कामदारलाई बताउनुहोस्।
home-what-complain = उजुरी दिनुहोस्, चाहनुहुन्छ भने नाम नदिई। तपाईंले रसिद पाउनुहुन्छ, त्यसबाट उजुरी कहाँ पुग्यो हेर्न सक्नुहुन्छ।
home-free = FairRecruit चलाउन निःशुल्क छ। अन्तर्राष्ट्रिय मापदण्डअनुसार तपाईंको भर्तीको खर्च तपाईंले होइन, रोजगारदाताले तिर्नुपर्छ।
home-rights-link = आफ्नो अधिकार जान्नुहोस्: भर्तीको खर्च कसले तिर्नुपर्छ

## Search
search-label = म्यानपावर कम्पनीको नाम वा लाइसेन्स नम्बर
search-placeholder = जस्तै: Himalaya वा 1234/071
search-button = खोज्नुहोस्
filters-heading = फिल्टर
filter-licensing-country = लाइसेन्स दिने देश
filter-destination = कामदार पठाउने देश
filter-status = लाइसेन्सको अवस्था
filter-any-country = जुनसुकै देश
filter-any-status = जुनसुकै अवस्था
results-title = म्यानपावर कम्पनीहरू
results-heading = म्यानपावर कम्पनी खोज्नुहोस्
results-none = तपाईंको खोजसँग मिल्ने कुनै म्यानपावर कम्पनी भेटिएन। हिज्जे जाँच्नुहोस्, नामको केही भाग मात्र लेखेर हेर्नुहोस्, वा कुनै फिल्टर हटाउनुहोस्।
results-empty-directory = म्यानपावर कम्पनीहरू हेर्न नाम वा लाइसेन्स नम्बर लेख्नुहोस्, वा कुनै देश छान्नुहोस्।
pager-label = पानाहरू
pager-previous = अघिल्लो पाना
pager-next = अर्को पाना
pager-page = पाना { $page }

## Licence statuses
licence-status-active = लाइसेन्स चालु छ
licence-status-suspended = लाइसेन्स निलम्बित (रोकिएको) छ
licence-status-revoked = लाइसेन्स खारेज भएको छ
licence-status-expired = लाइसेन्सको म्याद सकिएको छ

## Recruiter profile
recruiter-licence-status = लाइसेन्सको अवस्था
recruiter-licence-number = लाइसेन्स नम्बर
recruiter-licensing-country = लाइसेन्स पाएको देश
recruiter-address = ठेगाना
recruiter-destinations = कामदार पठाउने देश
recruiter-destinations-none = थाहा छैन
recruiter-sub-agent = सब-एजेन्ट, लाइसेन्स छैन
recruiter-sub-agent-explained = कामदारहरूले यो व्यक्ति वा कार्यालयलाई बिचौलिया (दलाल) भनेका छन्। कुनै पनि लाइसेन्स सूचीमा यसको नाम छैन।
recruiter-not-active-warning = यो लाइसेन्स चालु छैन। चालु लाइसेन्स नभएको म्यानपावरले कामदार भर्ना गर्न पाउँदैन। यसलाई पैसा नतिर्नुहोस्।
recruiter-history-heading = लाइसेन्सको इतिहास
recruiter-history-date = मिति
recruiter-history-none = लाइसेन्समा कुनै परिवर्तन दर्ता भएको छैन।
recruiter-reviews-heading = कामदारहरू के भन्छन्

## Know your rights
rights-title = तपाईंका अधिकार
rights-heading = विदेशमा कामका लागि भर्ना हुँदा तपाईंका अधिकार
rights-epp-heading = खर्च तपाईंले होइन, रोजगारदाताले तिर्छ
rights-epp-body = रोजगारदाताले तिर्ने सिद्धान्तअनुसार कुनै पनि कामदारले काम पाउनका लागि पैसा तिर्नु पर्दैन। भर्तीको हरेक शुल्क र खर्च रोजगारदाताले तिर्नुपर्छ।
rights-epp-c181 = अन्तर्राष्ट्रिय श्रम सङ्गठन (ILO) महासन्धि नं. १८१, धारा ७: एजेन्सीहरूले कामदारसँग प्रत्यक्ष वा अप्रत्यक्ष रूपमा, पूरै वा आंशिक रूपमा, कुनै पनि शुल्क वा खर्च लिनु हुँदैन।
rights-fees-heading = भर्ती शुल्क वा खर्च भनेको के हो
rights-fees-intro = म्यानपावरको सेवाको शुल्क तपाईंले कहिल्यै तिर्नु पर्दैन, जसले उठाए पनि र जहिले उठाए पनि। ILO ले यी सम्बन्धित खर्चहरू पनि गनेको छ, जुन रोजगारदाताले तिर्नुपर्छ:
rights-illegitimate = घूस, नजराना, कमिसन, बन्ड, धरौटी र गैरकानुनी रूपमा खर्च असुल्ने शुल्क कसैले पनि कहिल्यै लिन पाउँदैन।
rights-documents-heading = तपाईंको पासपोर्ट तपाईंकै हो
rights-documents-body = तपाईंको इच्छाविरुद्ध कसैले पनि तपाईंको पासपोर्ट वा परिचयपत्र राख्न पाउँदैन: न म्यानपावरले, न रोजगारदाताले। यी कागजात आफूसँग राखिराख्नु जबरजस्ती श्रमको लक्षण हो।
rights-contract-heading = तपाईंको कामको सम्झौता
rights-contract-body = विदेश जानुअघि नै तपाईंले बुझ्ने भाषामा लेखिएको सम्झौता पाउनुपर्छ। त्यहाँ पुगेपछि काम, तलब, रोजगारदाता वा कामको समय फेरियो भने, त्यो सम्झौता फेरबदल (करार प्रतिस्थापन) हो।
rights-help-heading = केही गलत भयो भने
rights-help-body = तपाईं आफ्नो नाम नदिई FairRecruit मा उजुरी दिन सक्नुहुन्छ। उजुरी तपाईंको आफ्नो देश र काम गर्ने देशमा कारबाही गर्न सक्ने संस्थाहरूसम्म पुग्नेछ।
rights-not-legal-advice = यो पानाले अन्तर्राष्ट्रिय मापदण्डलाई छोटकरीमा बुझाउँछ। यो कानुनी सल्लाह होइन।

## Errors
error-go-home = मुख्य पानामा जानुहोस्
error-status = त्रुटि कोड { $status }
error-invalid-input-title = अनुरोधमा केही कुरा मिलेन
error-invalid-input = अनुरोध बुझ्न सकिएन। तपाईंले लेखेको कुरा जाँचेर फेरि प्रयास गर्नुहोस्।
error-not-found-title = पाना भेटिएन
error-not-found = हामीले त्यो पाना वा म्यानपावर कम्पनी भेट्टाउन सकेनौं। लिङ्क गलत वा पुरानो हुन सक्छ।
error-method-not-allowed-title = अनुमति छैन
error-method-not-allowed = यो लिङ्कले यस्तो अनुरोध स्वीकार गर्दैन।
error-payload-too-large-title = धेरै डेटा भयो
error-payload-too-large = पठाइएको कुरा धेरै ठूलो छ। अलि कम पठाएर फेरि प्रयास गर्नुहोस्।
error-request-timeout-title = धेरै ढिलो
error-request-timeout = तपाईंले पठाएको कुरा आइपुग्न धेरै समय लाग्यो। जडान जाँचेर फेरि पठाउनुहोस्।
error-service-unavailable-title = FairRecruit केही बेरका लागि उपलब्ध छैन
error-service-unavailable = हामी अहिले आफ्नो डेटाबेससम्म पुग्न सकेका छैनौं। तपाईंले पठाएको केही पनि हराएको छैन। केही मिनेटपछि फेरि प्रयास गर्नुहोस्।
error-internal-title = केही गडबड भयो
error-internal = हाम्रो तर्फबाट केही गडबड भयो। कृपया पछि फेरि प्रयास गर्नुहोस्।
error-query-too-long = खोज धेरै लामो भयो। बढीमा २०० अक्षर प्रयोग गर्नुहोस्।
error-query-forbidden-chars = खोजमा नदेखिने नियन्त्रण अक्षरहरू छन्। ती नराखी फेरि टाइप गर्नुहोस्।
error-invalid-encoding = लिङ्कमा पढ्न नसकिने अक्षरहरू छन्।
error-unknown-parameter = लिङ्कमा हामीलाई थाहा नभएको सेटिङ छ।
error-repeated-parameter = लिङ्कमा एउटै सेटिङ दुई पटक दिइएको छ।
error-invalid-country = सूचीबाट एउटा देश छान्नुहोस्।
error-invalid-status = सूचीबाट लाइसेन्सको अवस्था छान्नुहोस्।
error-invalid-page = पाना नम्बर १ देखि ५०० सम्मको पूर्ण सङ्ख्या हुनुपर्छ।
error-invalid-per-page = प्रति पाना नतिजाको सङ्ख्या १ देखि १०० सम्म हुनुपर्छ।
error-choice = सूचीबाट छान्नुहोस्।
error-text-long = यो लेख धेरै लामो भयो।
error-text-chars = यो लेखमा नदेखिने नियन्त्रण अक्षरहरू वा पढ्न नसकिने अक्षरहरू छन्। ती नराखी फेरि टाइप गर्नुहोस्।
error-text-markup = यो लेखमा कम्प्युटर कोडजस्तै "<" पछि अक्षरहरू छन्। तिनबिना लेख्नुहोस्।
error-amount = रकम अङ्कमा मात्र लेख्नुहोस्, जस्तै 150000 वा 1500.50, बढीमा 10,000,000,000 सम्म।
error-currency = तपाईंले लेखेको रकमको मुद्रा छान्नुहोस्।
error-interest = मासिक ब्याज 0 देखि 100 सम्मको सङ्ख्यामा लेख्नुहोस्।

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = खाता
nav-sign-in = लग इन
error-unauthorized-title = कृपया लग इन गर्नुहोस्
error-unauthorized = यसका लागि तपाईंले लग इन गर्नुपर्छ। तपाईंको लग इनको समय सकिएको हुन सक्छ।
error-forbidden-title = अनुमति छैन
error-forbidden = तपाईंको खाताबाट यो पाना खोल्न मिल्दैन।
error-conflict-title = पहिले नै प्राप्त भइसकेको छ
error-conflict = यो अनुरोध पहिले प्राप्त भएको एउटा अनुरोधसँग बाझिन्छ। नयाँ केही पनि सुरक्षित गरिएन।
error-idempotency-reused = यो Idempotency-Key पहिले नै अर्कै अनुरोधका लागि प्रयोग भइसकेको छ। नयाँ अनुरोधका लागि नयाँ कुञ्जी (key) प्रयोग गर्नुहोस्; नयाँ केही पनि सुरक्षित गरिएन।
error-idempotency-in-progress = यो Idempotency-Key भएको पहिलो अनुरोधको जवाफ अझै तयार हुँदैछ। त्यसको जवाफ पाउन केही बेरपछि फेरि प्रयास गर्नुहोस्।
error-idempotency-key = Idempotency-Key हेडरमा 1 देखि 255 वटासम्म देखिने ASCII अक्षरहरू हुनुपर्छ, जस्तै कुनै अनियमित (random) UUID।
error-attestation-language = सहमतिको प्रमाण (attestation) मा भाषा यो सेवाका भाषा कोडमध्ये एउटा हुनुपर्छ, जस्तै ne, ar वा id।
error-attestation-channel = सहमतिको प्रमाण (attestation) मा च्यानल यीमध्ये एउटा हुनुपर्छ: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other।
error-attestation-time = सहमतिको प्रमाण (attestation) को consented_at अफसेट (offset) सहितको मिति र समय (RFC 3339) हुनुपर्छ, भविष्यको होइन र बढीमा 30 दिन पहिलेको। सहमति योभन्दा पुरानो भए कामदारलाई फेरि सोध्नुहोस्।
error-partner-reference = साझेदारको सन्दर्भ (reference) मा 1 देखि 100 वटासम्म देखिने ASCII अक्षरहरू हुनुपर्छ, खाली ठाउँ (space) बिना।
error-partner-reference-taken = यो साझेदारले यही सन्दर्भ (reference) मा पहिले नै एउटा उजुरी दर्ता गरिसकेको छ। नयाँ कुराकानीका लागि नयाँ सन्दर्भ प्रयोग गर्नुहोस्, वा कुनै अनुरोध फेरि पठाउन उही Idempotency-Key प्रयोग गर्नुहोस्।
error-too-many-requests-title = कृपया पर्खनुहोस्
error-too-many-requests = छोटो समयमा धेरै पटक प्रयास भयो। अलिकति पर्खेर फेरि प्रयास गर्नुहोस्।
error-sign-in-failed = प्रयोगकर्ता नाम, पासवर्ड वा कोड मिलेन।
error-csrf = यो फारमको समय सकियो। पछाडि जानुहोस्, पाना फेरि लोड गर्नुहोस् र फेरि पठाउनुहोस्।
error-cross-site = यो फारम अर्को वेबसाइटबाट पठाइएकाले हामीले स्वीकार गरेनौं।

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API सन्दर्भ
api-docs-intro = एप र साझेदार संस्थाहरूका लागि JSON API: हरेक अपरेसन, त्यसले के लिन्छ र के जवाफ दिन्छ। तलका विवरणहरू अङ्ग्रेजीमा छन्।
# Link to the same reference as a machine-readable file.
api-docs-openapi = यही सन्दर्भ OpenAPI कागजातको रूपमा (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = अपरेसनहरू
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = पहुँच टोकन (bearer token) चाहिन्छ (Authorization: Bearer …)।
api-docs-parameters = प्यारामिटरहरू
# Heading: what the caller sends in the request's body.
api-docs-body = अनुरोधको मुख्य भाग
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = जवाफहरू
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = डेटाका किसिमहरू
# Column heading: a field's or parameter's name.
api-docs-name = नाम
# Column heading: a field's data type (string, integer …).
api-docs-type = किसिम
api-docs-description = विवरण
# Marks a field the caller must send.
api-docs-required = अनिवार्य

## Drafts kept on the phone (review and complaint forms)
draft-kept = तपाईंले यहाँ लेखेको कुरा पठाउने वा मेटाउने बेलासम्म यो फोनमा मात्र मस्यौदाको रूपमा राखिन्छ। यो फोन चलाउने जो कोहीले यो पढ्न सक्छ।
draft-files = फोटो र फाइलहरू मस्यौदामा राखिँदैनन्: पठाउनुअघि फेरि छान्नुहोस्।
draft-restored = तपाईंको मस्यौदा फिर्ता राखियो। जाँच गर्नुहोस्, अनि पठाउनुहोस्।
draft-delete = मस्यौदा मेटाउनुहोस्
error-csrf-stale = यो फारमको समय सकिएको थियो, त्यसैले केही पठाइएन। तपाईंले लेखेका सबै कुरा तल छन्: जाँच गरेर फेरि पठाउनुहोस्।
