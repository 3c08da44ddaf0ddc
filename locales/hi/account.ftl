# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = यूज़रनेम
field-password = पासवर्ड
field-password-confirm = पासवर्ड फिर से
field-current-password = मौजूदा पासवर्ड
field-new-password = नया पासवर्ड
field-email = ईमेल पता
field-role = भूमिका
field-organisation = संस्था

login-title = लॉग इन
login-heading = लॉग इन करें
login-submit = लॉग इन करें
login-link = लॉग इन करें
login-no-account = अभी तक अकाउंट नहीं है?
login-anonymous-note = भर्ती एजेंसी खोजने या शिकायत करने के लिए अकाउंट की ज़रूरत नहीं है। अकाउंट होने पर आप अपनी दी हुई राय पर नज़र रख सकते हैं।

register-title = अकाउंट बनाएँ
register-heading = अकाउंट बनाएँ
register-intro = सिर्फ़ एक यूज़रनेम और एक पासवर्ड। न नाम, न ईमेल, न फ़ोन नंबर।
register-username-hint = 3 से 32 अक्षर या अंक, किसी भी लिपि में; आप . _ और - भी इस्तेमाल कर सकते हैं। अगर आप न चाहें, तो अपना असली नाम न डालें।
register-password-hint = कम से कम 8 अक्षर। छोटे और आम पासवर्ड से अच्छा है कि आप कुछ ऐसे शब्द रखें जो आपको याद रहें।
register-submit = अकाउंट बनाएँ
register-link = अकाउंट बनाएँ
register-privacy = हम आपके अकाउंट के साथ आपका इंटरनेट (IP) एड्रेस, आपके फ़ोन या कंप्यूटर की जानकारी, या आपका फ़ोन नंबर नहीं रखते।
register-have-account = पहले से अकाउंट है?

account-title = आपका अकाउंट
account-heading = आपका अकाउंट
account-admin-link = प्रशासन
account-password-heading = अपना पासवर्ड बदलें
account-password-submit = पासवर्ड बदलें
account-password-saved = आपका पासवर्ड बदल दिया गया है। बाक़ी सभी फ़ोन और कंप्यूटर पर आप लॉग आउट हो गए हैं।
account-email-heading = सूचनाओं के लिए ईमेल
account-email-hint = ज़रूरी नहीं है। हम सिर्फ़ यह बताने के लिए ईमेल करेंगे कि कुछ बदला है, यह कभी नहीं कि आपकी शिकायत में क्या लिखा है। ईमेल हटाने के लिए इसे ख़ाली छोड़ दें।
account-email-submit = ईमेल पता सेव करें
account-email-saved = सेव हो गया।
account-sessions-heading = लॉग आउट
account-logout = लॉग आउट करें
account-logout-everywhere = सभी फ़ोन और कंप्यूटर से लॉग आउट करें
account-logout-everywhere-hint = अगर आपने किसी और के साथ साझा फ़ोन इस्तेमाल किया है, या आपको लगता है कि किसी और को आपका पासवर्ड पता है, तो हर जगह से लॉग आउट करें।

role-worker = कामगार
role-moderator = मॉडरेटर
role-inspector = श्रम निरीक्षक
role-union_officer = ट्रेड यूनियन पदाधिकारी
role-caseworker = केसवर्कर (क़ानूनी सहायता)
role-admin = प्रशासक

org-role-member = सदस्य
org-role-lead = प्रमुख

organisation-kind-labour_inspectorate = श्रम निरीक्षण विभाग
organisation-kind-origin_authority = कामगार के अपने देश का भर्ती प्राधिकरण
organisation-kind-trade_union = ट्रेड यूनियन
organisation-kind-legal_aid = क़ानूनी सहायता संस्था या एनजीओ
organisation-kind-intake_partner = शिकायत प्राप्त करने वाला साझेदार (चैट या हेल्पलाइन से शिकायतें लेता है)

sector-agriculture = खेती-बाड़ी
sector-construction = निर्माण (कंस्ट्रक्शन)
sector-domestic_work = घरेलू काम
sector-manufacturing = फ़ैक्टरी का काम
sector-hospitality = होटल और रेस्टोरेंट
sector-fishing = मछली पकड़ना
sector-care = देखभाल का काम
sector-security = सुरक्षा (सिक्योरिटी)
sector-transport = परिवहन (ट्रांसपोर्ट)
sector-retail = दुकानें और खुदरा बिक्री
sector-other = अन्य

error-username-required = यूज़रनेम लिखें।
error-username-length = यूज़रनेम में 3 से 32 अक्षर होते हैं।
error-username-characters = यूज़रनेम में सिर्फ़ अक्षर, अंक, बिंदु (.), अंडरस्कोर (_) और हाइफ़न (-) इस्तेमाल करें, बीच में कोई ख़ाली जगह न हो।
error-username-taken = यह यूज़रनेम पहले से कोई ले चुका है, या किसी लिए हुए नाम से बहुत मिलता-जुलता है। कोई दूसरा आज़माएँ।
error-password-length = पासवर्ड में 8 से 128 अक्षर होते हैं।
error-password-characters = पासवर्ड में कुछ ऐसे कंट्रोल अक्षर हैं जो दिखाई नहीं देते। उनके बिना फिर से टाइप करें।
error-password-common = इस पासवर्ड का अंदाज़ा लगाना बहुत आसान है। लंबा पासवर्ड रखें, जैसे कुछ ऐसे शब्द जिनका आपस में कोई संबंध न हो।
error-password-mismatch = दोनों पासवर्ड एक जैसे नहीं हैं।
error-password-wrong = मौजूदा पासवर्ड सही नहीं है।
error-email-invalid = यह ईमेल पता नहीं लगता।
error-form-invalid = फ़ॉर्म पढ़ा नहीं जा सका। पेज फिर से लोड करें और फिर से कोशिश करें।
error-form-encoding = फ़ॉर्म में ऐसे अक्षर हैं जिन्हें पढ़ा नहीं जा सका।
error-form-fields = फ़ॉर्म में एक ऐसा ख़ाना है जिसे हम नहीं जानते, या एक ही ख़ाना दो बार है।
error-text-invalid = यह टेक्स्ट बहुत लंबा है या इसमें ऐसे कंट्रोल अक्षर हैं जो दिखाई नहीं देते।
error-organisation-name-required = संस्था का नाम लिखें।
error-organisation-kind = चुनें कि यह किस तरह की संस्था है।
error-unknown-country = एक देश कोड हमारी जानकारी में नहीं है। दो अक्षरों वाले कोड इस्तेमाल करें, जैसे NP, QA, PH।
error-organisation-countries = कम से कम एक देश बताएँ जहाँ यह संस्था काम करती है।
error-sector-unknown = सूची में से क्षेत्र चुनें।
error-deadline-days = समय-सीमा दिनों की पूरी संख्या होती है (प्राप्ति की पुष्टि: 1 से 365, जवाब: 1 से 730)।
error-deadline-order = जवाब की समय-सीमा, प्राप्ति की पुष्टि की समय-सीमा से पहले ख़त्म नहीं हो सकती।
error-organisation-required = श्रम निरीक्षक, यूनियन पदाधिकारी और केसवर्कर किसी संस्था से जुड़े होते हैं: एक संस्था चुनें।
error-organisation-not-for-role = कामगार, मॉडरेटर और प्रशासक किसी संस्था से नहीं जुड़े होते।
error-organisation-unknown = वह संस्था मौजूद नहीं है।
error-role-organisation-kind = यह भूमिका इस तरह की संस्था से मेल नहीं खाती (निरीक्षक श्रम निरीक्षण विभागों या भर्ती प्राधिकरणों में, यूनियन पदाधिकारी यूनियनों में, और केसवर्कर क़ानूनी सहायता संस्थाओं में काम करते हैं)।
account-session-phone = फ़ोन
account-session-computer = कंप्यूटर का ब्राउज़र
account-session-app = ऐप या प्रोग्राम
account-session-signed-in = साइन इन
account-session-since = { $day } से
account-session-current = यह डिवाइस
account-session-end = वहाँ से साइन आउट करें
account-session-ended = उस सत्र से साइन आउट कर दिया गया।

# Password reset by mail, for staff (issue 16).
reset-link = कर्मचारी: पासवर्ड भूल गए?
reset-title = नया पासवर्ड सेट करें
reset-intro = जिन कर्मचारियों के खाते में ई-मेल पता है, उन्हें नया पासवर्ड सेट करने का लिंक मिलता है। यह एक बार, 30 मिनट तक चलता है। पता न हो तो किसी प्रशासक से कहें।
reset-submit = मुझे लिंक भेजें
reset-sent = अगर यह ई-मेल पते वाला कर्मचारी खाता है, तो नया पासवर्ड सेट करने का लिंक आ रहा है। यह एक बार, 30 मिनट तक चलता है।
reset-back = साइन इन पर लौटें
reset-new-heading = नया पासवर्ड चुनें
reset-new-intro = इस खाते के सभी सत्र समाप्त हो जाते हैं। अगर आप केस पढ़ते हैं, तो साइन इन करने के बाद आपकी संस्था का कोई प्रमुख आपको उसकी कुंजी फिर से देता है।
reset-new-submit = नया पासवर्ड सेट करें
reset-done = आपका पासवर्ड बदल दिया गया। उसी से साइन इन करें।

## दो-चरण लॉग इन
field-second-factor-code = ऑथेंटिकेटर ऐप का कोड, या रिकवरी कोड
login-code-hint = सिर्फ़ तब, जब आपके अकाउंट में दो-चरण लॉग इन हो (कर्मचारी अकाउंट में हमेशा होता है)। वरना इसे खाली छोड़ें।
field-second-factor-current = अभी वाले ऐप का कोड, या रिकवरी कोड
field-second-factor-new-code = ऐप जो छह अंकों का कोड अभी दिखा रहा है
two-factor-title = दो-चरण लॉग इन
two-factor-heading = दो-चरण लॉग इन
two-factor-on = दो-चरण लॉग इन चालू है: लॉग इन करते समय पासवर्ड के साथ आपके फ़ोन का कोड भी माँगा जाता है।
two-factor-off = दो-चरण लॉग इन बंद है।
two-factor-manage = बदलें
two-factor-set-up = चालू करें
two-factor-recovery-left = { $count ->
    [one] आपके पास एक बिना इस्तेमाल किया रिकवरी कोड है।
   *[other] आपके पास { $count } बिना इस्तेमाल किए रिकवरी कोड हैं।
}
two-factor-replace-heading = नए फ़ोन या ऐप पर ले जाएँ
two-factor-required = आपका अकाउंट कामगारों की शिकायतें खोल सकता है, इसलिए इसे दूसरा चरण चाहिए: पासवर्ड के साथ फ़ोन के ऐप से छह अंकों का कोड। आगे बढ़ने के लिए इसे अभी चालू करें।
two-factor-optional = आप अपने अकाउंट को दूसरे चरण से सुरक्षित कर सकते हैं: पासवर्ड के साथ फ़ोन के ऐप से छह अंकों का कोड।
two-factor-step-app = अपने फ़ोन पर कोई ऑथेंटिकेटर ऐप डालें (जैसे Aegis, FreeOTP, Google Authenticator या Microsoft Authenticator)।
two-factor-step-scan = ऐप में अकाउंट जोड़ें और यह कोड स्कैन करें।
two-factor-qr-label = ऑथेंटिकेटर ऐप के लिए QR कोड
two-factor-step-key = अगर ऐप स्कैन न कर पाए, तो यह की टाइप करें:
two-factor-step-code = ऐप जो छह अंकों का कोड दिखाए, वह टाइप करें।
two-factor-submit = दो-चरण लॉग इन चालू करें
two-factor-off-heading = दो-चरण लॉग इन बंद करें
two-factor-off-submit = बंद करें
two-factor-off-done = दो-चरण लॉग इन अब बंद है।
two-factor-back = अपने अकाउंट पर वापस जाएँ
two-factor-recovery-used = आपने रिकवरी कोड से लॉग इन किया; वह दोबारा नहीं चलेगा। अगर फ़ोन खो गया है, तो नीचे नया फ़ोन सेट करें।
recovery-codes-title = रिकवरी कोड
recovery-codes-heading = आपके रिकवरी कोड
recovery-codes-done = दो-चरण लॉग इन चालू है।
recovery-codes-explain = अगर फ़ोन खो जाए, तो छह अंकों की जगह इनमें से किसी एक कोड से लॉग इन करें। हर कोड एक ही बार चलता है। इन्हें लिख लें या प्रिंट कर लें और फ़ोन से दूर किसी सुरक्षित जगह रखें।
recovery-codes-once = ये कोड सिर्फ़ अभी दिखाए जा रहे हैं। पहले के रिकवरी कोड अब नहीं चलेंगे।
reset-code-hint = आपके अकाउंट में दो-चरण लॉग इन है: ऐप का कोड या रिकवरी कोड टाइप करें।
error-second-factor-code = यह कोड सही नहीं है, या पहले ही इस्तेमाल हो चुका है। ऐप अभी जो कोड दिखा रहा है, वह टाइप करें।
error-second-factor-expired = यह पेज बहुत देर तक खुला रहा। नीचे का नया कोड स्कैन करके फिर से कोशिश करें।
error-second-factor-required = पहले वेबसाइट पर दो-चरण लॉग इन चालू करें (अकाउंट, फिर दो-चरण लॉग इन)।
