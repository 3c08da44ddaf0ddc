# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = हिन्दी
site-name = FairRecruit

## Page frame
nav-label = मुख्य मेन्यू
nav-skip-to-content = मुख्य सामग्री पर जाएँ
nav-recruiters = भर्ती एजेंसियाँ
nav-rights = आपके अधिकार
language-switcher-label = भाषा
footer-free = FairRecruit कामगारों के लिए मुफ़्त है। आपको कभी भी अपना नाम देने की ज़रूरत नहीं है।
footer-privacy = आप जो कुछ भी भेजते हैं, उसके साथ हम आपका IP एड्रेस नहीं रखते।

## Home
home-title = पैसे देने से पहले भर्ती एजेंसी की जाँच करें
home-heading = किसी को भी पैसे देने से पहले भर्ती एजेंसी की जाँच करें
home-lead = किसी भर्ती एजेंसी के बारे में पता करें: उसका लाइसेंस वैध है या नहीं, वह कामगारों को कहाँ भेजती है, और उसके ज़रिए गए दूसरे कामगारों के साथ क्या हुआ।
home-directory-size = { $count ->
    [0] अभी तक कोई भर्ती एजेंसी सूची में नहीं है।
    [one] एक भर्ती एजेंसी सूची में है।
   *[other] { $count } भर्ती एजेंसियाँ सूची में हैं।
}
home-what-heading = FairRecruit किस काम आता है
home-what-lookup = भर्ती एजेंसियों की लाइसेंस सूचियों में नाम या लाइसेंस नंबर से खोजें।
home-what-review = दूसरे कामगारों को बताएँ कि आपने कितने पैसे दिए और आपके साथ कैसा बर्ताव हुआ।
home-what-complain = शिकायत करें, चाहें तो अपना नाम बताए बिना। आपको एक रसीद मिलेगी, जिससे आप अपनी शिकायत पर आगे नज़र रख सकते हैं।
home-free = FairRecruit का इस्तेमाल मुफ़्त है। अंतरराष्ट्रीय मानकों के अनुसार आपकी भर्ती का ख़र्च आपको नहीं, नियोक्ता (एम्प्लॉयर) को देना चाहिए।
home-rights-link = अपने अधिकार जानें: भर्ती का ख़र्च किसे देना चाहिए

## Search
search-label = भर्ती एजेंसी का नाम या लाइसेंस नंबर
search-placeholder = जैसे: Himalaya या 1234/071
search-button = खोजें
filters-heading = फ़िल्टर
filter-licensing-country = लाइसेंस देने वाला देश
filter-destination = किस देश में कामगार भेजती है
filter-status = लाइसेंस की स्थिति
filter-any-country = कोई भी देश
filter-any-status = कोई भी स्थिति
results-title = भर्ती एजेंसियाँ
results-heading = भर्ती एजेंसी खोजें
results-none = आपकी खोज से मिलती कोई भर्ती एजेंसी नहीं मिली। स्पेलिंग जाँचें, नाम का सिर्फ़ कुछ हिस्सा लिखकर देखें, या कोई फ़िल्टर हटा दें।
results-empty-directory = भर्ती एजेंसियाँ देखने के लिए नाम या लाइसेंस नंबर लिखें, या कोई देश चुनें।
pager-label = पेज
pager-previous = पिछला पेज
pager-next = अगला पेज
pager-page = पेज { $page }

## Licence statuses
licence-status-active = लाइसेंस चालू है
licence-status-suspended = लाइसेंस सस्पेंड (निलंबित) है
licence-status-revoked = लाइसेंस रद्द कर दिया गया है
licence-status-expired = लाइसेंस की मियाद ख़त्म हो गई है

## Recruiter profile
recruiter-licence-status = लाइसेंस की स्थिति
recruiter-licence-number = लाइसेंस नंबर
recruiter-licensing-country = लाइसेंस देने वाला देश
recruiter-address = पता
recruiter-destinations = इन देशों में कामगार भेजती है
recruiter-destinations-none = जानकारी नहीं है
recruiter-sub-agent = सब-एजेंट, लाइसेंस नहीं है
recruiter-sub-agent-explained = कामगारों ने इस व्यक्ति या दफ़्तर को बिचौलिया (दलाल) बताया है। किसी भी लाइसेंस सूची में इसका नाम नहीं है।
recruiter-not-active-warning = यह लाइसेंस चालू नहीं है। जिस भर्ती एजेंसी के पास चालू लाइसेंस नहीं है, वह कामगारों की भर्ती नहीं कर सकती। उसे पैसे न दें।
recruiter-history-heading = लाइसेंस का इतिहास
recruiter-history-date = तारीख़
recruiter-history-none = लाइसेंस में कोई बदलाव दर्ज नहीं है।
recruiter-reviews-heading = कामगार क्या कहते हैं

## Know your rights
rights-title = आपके अधिकार
rights-heading = विदेश में काम के लिए भर्ती होते समय आपके अधिकार
rights-epp-heading = ख़र्च आप नहीं, नियोक्ता देता है
rights-epp-body = नियोक्ता भुगतान सिद्धांत (Employer Pays Principle) के अनुसार किसी भी कामगार को नौकरी पाने के लिए पैसे नहीं देने चाहिए। भर्ती की हर फ़ीस और हर ख़र्च नियोक्ता को देना चाहिए।
rights-epp-c181 = अंतरराष्ट्रीय श्रम संगठन (ILO) कन्वेंशन 181, धारा 7: एजेंसियाँ कामगारों से प्रत्यक्ष या अप्रत्यक्ष रूप से, पूरी तरह या आंशिक रूप से, कोई भी फ़ीस या ख़र्च नहीं वसूलेंगी।
rights-fees-heading = भर्ती फ़ीस या भर्ती ख़र्च किसे कहते हैं
rights-fees-intro = भर्ती एजेंसी की सेवा की फ़ीस देना कभी भी आपकी ज़िम्मेदारी नहीं है, चाहे उसे कोई भी वसूले और कभी भी वसूले। ILO ने इनसे जुड़े ये ख़र्च भी गिनाए हैं, जो नियोक्ता को देने चाहिए:
rights-illegitimate = रिश्वत, नज़राना, कमीशन (कटमनी), बॉन्ड, ज़मानत राशि (डिपॉज़िट) और ख़र्च वसूलने के नाम पर ली जाने वाली ग़ैरक़ानूनी फ़ीस की कभी भी, किसी के लिए भी इजाज़त नहीं है।
rights-documents-heading = आपका पासपोर्ट आपका है
rights-documents-body = आपकी मर्ज़ी के ख़िलाफ़ कोई भी आपका पासपोर्ट या पहचान पत्र अपने पास नहीं रख सकता: न भर्ती एजेंसी, न नियोक्ता। इन्हें अपने पास रख लेना जबरन मज़दूरी की निशानी है।
rights-contract-heading = आपका कॉन्ट्रैक्ट (अनुबंध)
rights-contract-body = विदेश जाने से पहले आपको लिखित कॉन्ट्रैक्ट मिलना चाहिए, ऐसी भाषा में जो आप समझते हों। अगर वहाँ पहुँचने पर काम, तनख़्वाह, नियोक्ता या काम के घंटे बदल जाएँ, तो यह कॉन्ट्रैक्ट की अदला-बदली (कॉन्ट्रैक्ट सब्स्टिट्यूशन) है।
rights-help-heading = अगर कुछ ग़लत हुआ हो
rights-help-body = आप अपना नाम बताए बिना FairRecruit पर शिकायत कर सकते हैं। शिकायत उन संस्थाओं तक पहुँचेगी जो आपके अपने देश में और जिस देश में आप काम करने गए हैं, वहाँ कार्रवाई कर सकती हैं।
rights-not-legal-advice = यह पेज अंतरराष्ट्रीय मानकों को थोड़े में समझाता है। यह क़ानूनी सलाह नहीं है।

## Errors
error-go-home = होम पेज पर जाएँ
error-status = एरर कोड { $status }
error-invalid-input-title = अनुरोध में कुछ ठीक नहीं है
error-invalid-input = अनुरोध समझ में नहीं आया। आपने जो लिखा है उसे जाँचें और फिर से कोशिश करें।
error-not-found-title = पेज नहीं मिला
error-not-found = हमें वह पेज या भर्ती एजेंसी नहीं मिली। लिंक ग़लत या पुराना हो सकता है।
error-method-not-allowed-title = इजाज़त नहीं है
error-method-not-allowed = यह लिंक इस तरह का अनुरोध स्वीकार नहीं करता।
error-payload-too-large-title = बहुत ज़्यादा डेटा
error-payload-too-large = जो भेजा गया वह बहुत बड़ा है। कम भेजें और फिर से कोशिश करें।
error-request-timeout-title = बहुत धीमा
error-request-timeout = आपका भेजा हुआ पहुँचने में बहुत देर लगी। अपना कनेक्शन जाँचें और फिर से भेजें।
error-service-unavailable-title = FairRecruit थोड़ी देर के लिए उपलब्ध नहीं है
error-service-unavailable = हम अभी अपने डेटाबेस तक नहीं पहुँच पा रहे हैं। आपने जो भेजा था, उसमें से कुछ भी खोया नहीं है। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-internal-title = कुछ गड़बड़ हो गई
error-internal = हमारी तरफ़ से कुछ गड़बड़ हो गई। कृपया थोड़ी देर बाद फिर से कोशिश करें।
error-query-too-long = खोज बहुत लंबी है। ज़्यादा से ज़्यादा 200 अक्षर लिखें।
error-query-forbidden-chars = खोज में कुछ ऐसे कंट्रोल अक्षर हैं जो दिखाई नहीं देते। उनके बिना फिर से टाइप करें।
error-invalid-encoding = लिंक में ऐसे अक्षर हैं जिन्हें पढ़ा नहीं जा सका।
error-unknown-parameter = लिंक में एक ऐसी सेटिंग है जिसे हम नहीं जानते।
error-repeated-parameter = लिंक में एक ही सेटिंग दो बार दी गई है।
error-invalid-country = सूची में से कोई देश चुनें।
error-invalid-status = सूची में से लाइसेंस की कोई स्थिति चुनें।
error-invalid-page = पेज नंबर 1 से 500 तक की कोई पूरी संख्या होनी चाहिए।
error-invalid-per-page = हर पेज पर नतीजों की संख्या 1 से 100 तक होनी चाहिए।
error-choice = सूची में से चुनें।
error-text-long = यह लेख बहुत लंबा है।
error-text-chars = इस टेक्स्ट में कुछ ऐसे कंट्रोल अक्षर हैं जो दिखाई नहीं देते, या ऐसे अक्षर जो पढ़े नहीं जा सके। उनके बिना फिर से टाइप करें।
error-text-markup = इस लेख में कंप्यूटर कोड जैसा "<" के बाद अक्षर हैं। इनके बिना लिखें।
error-amount = रक़म सिर्फ़ अंकों में लिखें, जैसे 150000 या 1500.50, ज़्यादा से ज़्यादा 10,000,000,000 तक।
error-currency = अपनी रक़मों की करेंसी चुनें।
error-interest = महीने का ब्याज 0 से 100 तक की संख्या में लिखें।

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = अकाउंट
nav-sign-in = लॉग इन
error-unauthorized-title = कृपया लॉग इन करें
error-unauthorized = इसके लिए आपको लॉग इन करना होगा। हो सकता है आपका सेशन ख़त्म हो गया हो।
error-forbidden-title = इजाज़त नहीं है
error-forbidden = आपके अकाउंट से यह पेज नहीं खुल सकता।
error-conflict-title = पहले ही मिल चुका है
error-conflict = यह अनुरोध पहले मिले एक अनुरोध से टकराता है। कुछ भी नया सेव नहीं किया गया।
error-idempotency-reused = यह Idempotency-Key पहले ही किसी दूसरे अनुरोध के लिए इस्तेमाल हो चुकी है। नए अनुरोध के लिए नई कुंजी (key) इस्तेमाल करें; कुछ भी नया सेव नहीं किया गया।
error-idempotency-in-progress = इस Idempotency-Key वाले पहले अनुरोध का जवाब अभी तैयार हो रहा है। उसका जवाब पाने के लिए थोड़ी देर बाद फिर से कोशिश करें।
error-idempotency-key = Idempotency-Key हेडर में 1 से 255 तक दिखने वाले ASCII अक्षर होने चाहिए, जैसे कोई रैंडम UUID।
error-attestation-language = सहमति-पत्र (attestation) की भाषा इस सेवा के भाषा कोड में से एक होनी चाहिए, जैसे ne, ar या id।
error-attestation-channel = सहमति-पत्र (attestation) का चैनल इनमें से एक होना चाहिए: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other।
error-attestation-time = सहमति-पत्र (attestation) का consented_at ऑफ़सेट (offset) के साथ तारीख़ और समय (RFC 3339) होना चाहिए, भविष्य का नहीं और ज़्यादा से ज़्यादा 30 दिन पुराना। अगर सहमति इससे पुरानी है, तो मज़दूर से फिर से पूछें।
error-partner-reference = साझेदार का संदर्भ (reference) 1 से 100 तक दिखने वाले ASCII अक्षरों का होना चाहिए, बिना स्पेस के।
error-partner-reference-taken = यह साझेदार इस संदर्भ (reference) से पहले ही एक शिकायत दर्ज कर चुका है। नई बातचीत के लिए नया संदर्भ इस्तेमाल करें, या किसी अनुरोध को दोहराने के लिए वही Idempotency-Key इस्तेमाल करें।
error-too-many-requests-title = कृपया इंतज़ार करें
error-too-many-requests = कम समय में बहुत ज़्यादा कोशिशें हुईं। थोड़ा रुकें, फिर से कोशिश करें।
error-sign-in-failed = यूज़रनेम, पासवर्ड या कोड सही नहीं है।
error-csrf = इस फ़ॉर्म का समय ख़त्म हो गया है। पीछे जाएँ, पेज फिर से लोड करें और फ़ॉर्म दोबारा भेजें।
error-cross-site = यह फ़ॉर्म किसी दूसरी वेबसाइट से भेजा गया था, इसलिए हमने इसे स्वीकार नहीं किया।

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API संदर्भ
api-docs-intro = ऐप और साझेदार संस्थाओं के लिए JSON API: हर ऑपरेशन, वह क्या लेता है और क्या जवाब देता है। नीचे दिए गए विवरण अंग्रेज़ी में हैं।
# Link to the same reference as a machine-readable file.
api-docs-openapi = यही संदर्भ OpenAPI दस्तावेज़ के रूप में (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = ऑपरेशन
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = एक्सेस टोकन (bearer token) ज़रूरी है (Authorization: Bearer …)।
api-docs-parameters = पैरामीटर
# Heading: what the caller sends in the request's body.
api-docs-body = अनुरोध का मुख्य भाग
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = जवाब
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = डेटा के प्रकार
# Column heading: a field's or parameter's name.
api-docs-name = नाम
# Column heading: a field's data type (string, integer …).
api-docs-type = प्रकार
api-docs-description = विवरण
# Marks a field the caller must send.
api-docs-required = ज़रूरी

## Drafts kept on the phone (review and complaint forms)
draft-kept = आप यहाँ जो लिखते हैं, वह भेजने या मिटाने तक सिर्फ़ इसी फ़ोन पर ड्राफ़्ट के रूप में रखा जाता है। इस फ़ोन का इस्तेमाल करने वाला कोई भी इसे पढ़ सकता है।
draft-files = फ़ोटो और फ़ाइलें ड्राफ़्ट में नहीं रखी जातीं: भेजने से पहले उन्हें फिर से चुनें।
draft-restored = आपका ड्राफ़्ट वापस भर दिया गया। इसे जाँच लें, फिर भेजें।
draft-delete = ड्राफ़्ट मिटाएँ
error-csrf-stale = इस फ़ॉर्म की समय-सीमा ख़त्म हो गई थी, इसलिए कुछ नहीं भेजा गया। आपने जो कुछ लिखा था वह नीचे है: उसे जाँचें और फिर से भेजें।
