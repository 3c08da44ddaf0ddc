# Language: Hindi (hi). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = प्रशासन
admin-heading = प्रशासन
admin-nav-label = प्रशासन
admin-nav-overview = सारांश
admin-nav-organisations = संस्थाएँ
admin-nav-staff = स्टाफ़
admin-nav-recruiters = भर्ती एजेंसियों की सूची
admin-nav-audit = ऑडिट लॉग
admin-count-organisations = संस्थाएँ
admin-count-staff = स्टाफ़ अकाउंट
admin-count-workers = कामगार अकाउंट
admin-recruiters-link = सूची में भर्ती एजेंसियाँ जोड़ें या उनकी जानकारी सुधारें
admin-recent-events = हाल की सुरक्षा घटनाएँ
admin-audit-link = पूरा ऑडिट लॉग देखें
admin-save = बदलाव सेव करें
admin-saved = आपके बदलाव सेव हो गए हैं।
admin-disabled = निष्क्रिय
admin-enabled = सक्रिय
admin-standing = स्थिति

## Audit log
admin-audit-title = ऑडिट लॉग
admin-audit-heading = ऑडिट लॉग
admin-audit-intro = हाल की 200 सुरक्षा घटनाएँ, सबसे नई सबसे ऊपर। समय UTC में है।
admin-audit-none = अभी तक कोई घटना दर्ज नहीं हुई है।
admin-audit-time = समय (UTC)
admin-audit-event = घटना
admin-audit-people = कौन
admin-audit-detail = ब्योरा
admin-audit-actor = किसने:
admin-audit-subject = अकाउंट:
admin-outcome-success = सफल
admin-outcome-failure = विफल
admin-outcome-refused = अस्वीकार किया गया
admin-event-sign-in = लॉग इन
admin-event-sign-out = लॉग आउट
admin-event-sign-out-everywhere = हर जगह से लॉग आउट
admin-event-password-changed = पासवर्ड बदला गया
admin-event-account-created = अकाउंट बनाया गया
admin-event-role-changed = भूमिका बदली गई
admin-event-organisation-changed = संस्था बदली गई
admin-event-account-disabled = अकाउंट निष्क्रिय किया गया
admin-event-account-enabled = अकाउंट फिर से सक्रिय किया गया
admin-event-organisation-created = संस्था जोड़ी गई
admin-event-organisation-updated = संस्था की जानकारी बदली गई
admin-event-recruiter-created = भर्ती एजेंसी जोड़ी गई
admin-event-recruiter-updated = भर्ती एजेंसी की जानकारी बदली गई

## Organisations
admin-organisations-title = संस्थाएँ
admin-organisations-heading = संस्थाएँ
admin-organisations-none = अभी तक कोई संस्था नहीं जोड़ी गई है।
admin-organisation-create-heading = संस्था जोड़ें
admin-organisation-create-submit = संस्था जोड़ें
admin-organisation-edit-heading = इस संस्था की जानकारी बदलें
admin-field-organisation-name = नाम
admin-field-kind = संस्था का प्रकार
admin-field-countries = जिन देशों में संस्था काम करती है
admin-countries-hint = दो अक्षरों वाले देश कोड, कॉमा (,) या ख़ाली जगह से अलग करके, जैसे QA, AE।
admin-field-sectors = क्षेत्र
admin-sectors-hint = अगर संस्था हर क्षेत्र के मामले देखती है, तो किसी पर भी निशान न लगाएँ।
admin-sectors-all = सभी क्षेत्र
admin-field-acknowledge-days = शिकायत की प्राप्ति की पुष्टि की समय-सीमा (दिन)
admin-acknowledge-days-hint = 1 से 365 दिन। आम तौर पर 7।
admin-field-answer-days = शिकायत के जवाब की समय-सीमा (दिन)
admin-answer-days-hint = 1 से 730 दिन, और प्राप्ति की पुष्टि की समय-सीमा से कम नहीं। आम तौर पर 90।
admin-deadlines = समय-सीमाएँ
admin-deadline-acknowledge = { $days ->
    [one] { $days } दिन के भीतर प्राप्ति की पुष्टि
   *[other] { $days } दिनों के भीतर प्राप्ति की पुष्टि
}
admin-deadline-answer = { $days ->
    [one] { $days } दिन के भीतर जवाब
   *[other] { $days } दिनों के भीतर जवाब
}
admin-members-heading = इस संस्था का स्टाफ़
admin-members-none = अभी तक FairRecruit पर कोई भी इस संस्था के लिए काम नहीं करता।

## Staff
admin-staff-title = स्टाफ़
admin-staff-heading = स्टाफ़ अकाउंट
admin-staff-none = अभी तक कोई स्टाफ़ अकाउंट नहीं है।
admin-staff-create-heading = स्टाफ़ अकाउंट जोड़ें
admin-staff-create-submit = अकाउंट जोड़ें
admin-staff-password-hint = कम से कम 8 अक्षर, और कोई आम पासवर्ड नहीं। यह पासवर्ड उस व्यक्ति को सुरक्षित तरीक़े से दें; वे इसे अपने अकाउंट पेज पर बदल सकते हैं।
admin-organisation-none = कोई संस्था नहीं
admin-organisation-hint = श्रम निरीक्षक किसी श्रम निरीक्षण विभाग या कामगार के अपने देश के भर्ती प्राधिकरण से, ट्रेड यूनियन पदाधिकारी किसी ट्रेड यूनियन से, और केसवर्कर किसी क़ानूनी सहायता संस्था से जुड़े होते हैं। मॉडरेटर और प्रशासक किसी संस्था से नहीं जुड़े होते।
admin-field-lead = संस्था के प्रमुख (आगे बढ़ाए गए मामलों और समय-सीमा पार कर चुके मामलों की सूचना इन्हें मिलती है)
admin-field-disabled = अकाउंट निष्क्रिय (यह व्यक्ति लॉग इन नहीं कर सकता)
admin-staff-edit-heading = इस अकाउंट में बदलाव करें
admin-staff-edit-hint = बदलाव सेव करते ही यह व्यक्ति एक साथ हर जगह से लॉग आउट हो जाता है।
admin-staff-self-hint = यह आपका अपना अकाउंट है: आप अपनी प्रशासक की भूमिका नहीं हटा सकते, और न ही इसे निष्क्रिय कर सकते हैं।

## Recruiter directory
admin-recruiters-title = भर्ती एजेंसियों की सूची
admin-recruiters-heading = भर्ती एजेंसियों की सूची
admin-recruiter-create-heading = लाइसेंस वाली भर्ती एजेंसी जोड़ें
admin-recruiter-create-submit = भर्ती एजेंसी जोड़ें
admin-recruiter-edit-heading = इस भर्ती एजेंसी की जानकारी सुधारें
admin-recruiter-edit-hint = लाइसेंस की स्थिति में हुआ बदलाव आज की तारीख़ के साथ भर्ती एजेंसी के सार्वजनिक लाइसेंस इतिहास में जुड़ जाता है।
admin-recruiter-public-link = सार्वजनिक प्रोफ़ाइल देखें
admin-field-recruiter-name = एजेंसी का नाम
admin-field-licensing-country = लाइसेंस देने वाला देश
admin-licensing-country-hint = दो अक्षरों वाला देश कोड, जैसे नेपाल के लिए NP।

## Errors
admin-error-role = सूची में से कोई भूमिका चुनें।
admin-error-own-role = आप अपनी प्रशासक की भूमिका ख़ुद नहीं हटा सकते। किसी दूसरे प्रशासक से कहें।
admin-error-own-disable = आप अपना अकाउंट ख़ुद निष्क्रिय नहीं कर सकते। किसी दूसरे प्रशासक से कहें।
admin-error-country-code = दो अक्षरों वाले देश कोड इस्तेमाल करें, जैसे NP, QA या AE, और उन्हें कॉमा (,) से अलग करें।
admin-error-destinations-too-many = कामगार भेजे जाने वाले ज़्यादा से ज़्यादा 60 देश बताएँ।
admin-error-name-required = एजेंसी का नाम लिखें।
admin-error-licence-required = लाइसेंस नंबर लिखें।
admin-error-licence-taken = इस देश में यह लाइसेंस नंबर पहले से किसी दूसरी भर्ती एजेंसी के पास है।

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = भूमिका
admin-detail-organisation = संस्था
admin-detail-kind = प्रकार
admin-detail-countries = देश
admin-detail-sectors = क्षेत्र
admin-detail-days = समय-सीमाएँ (दिन)
admin-detail-recruiter = भर्ती एजेंसी
admin-detail-status = लाइसेंस की स्थिति
admin-detail-reason = कारण
admin-detail-reason-throttled = बहुत ज़्यादा कोशिशें
admin-detail-reason-disabled = अकाउंट निष्क्रिय

## Setting a staff member's password
admin-password-heading = नया पासवर्ड तय करें
admin-password-hint = उस स्टाफ़ सदस्य के लिए जो अपना पासवर्ड भूल गया हो। उसके सभी सत्र तुरंत खत्म हो जाते हैं। नया पासवर्ड सुरक्षित तरीके से दें; वह इसे अपने अकाउंट पेज पर बदल सकता है।
admin-password-submit = पासवर्ड तय करें
admin-error-own-password = अपना पासवर्ड अपने अकाउंट पेज पर बदलें।
admin-event-password-reset = प्रशासक द्वारा तय किया गया पासवर्ड
admin-warning-look-alike = यह नाम सूची में दर्ज एक एजेंसी के नाम जैसा दिखता है। इसे सहेजा नहीं गया।
admin-look-alike-list = जाँच लें कि यह इनमें से कोई एजेंसी नहीं है:
admin-look-alike-confirm = यह एक अलग एजेंसी है: फिर भी सहेजें

## दो-चरण लॉग इन
admin-second-factor-on = चालू
admin-second-factor-off = अभी चालू नहीं (अगले लॉग इन पर माँगा जाएगा)
admin-second-factor-heading = दो-चरण लॉग इन रीसेट करें
admin-second-factor-hint = उस व्यक्ति के लिए जिसका फ़ोन और रिकवरी कोड दोनों खो गए हों। उनके सारे सेशन ख़त्म होंगे; अगले लॉग इन पर वे नया ऐप सेट करेंगे। उन्हें ईमेल से बताया जाएगा।
admin-second-factor-submit = दो-चरण लॉग इन रीसेट करें
admin-event-second-factor-enrolled = दो-चरण लॉग इन चालू किया
admin-event-second-factor-replaced = दो-चरण लॉग इन नए ऐप पर ले जाया गया
admin-event-second-factor-removed = दो-चरण लॉग इन बंद किया
admin-event-second-factor-reset = प्रशासक ने दो-चरण लॉग इन रीसेट किया
admin-detail-reason-second-factor = गलत या दोबारा इस्तेमाल किया कोड
admin-detail-reason-no-second-factor = दो-चरण लॉग इन चालू नहीं
admin-detail-reason-recovery-code = रिकवरी कोड से

## API keys of intake partners (issue 18)
admin-partner-keys-link = API कुंजियाँ
admin-partner-keys-title = { $name } की API कुंजियाँ
admin-partner-keys-intro = कुंजी से इस साझेदार का चैट बॉट या हेल्पलाइन सिस्टम मज़दूरों की दी हुई सहमति के साथ उनकी ओर से शिकायतें और राय दर्ज कर सकता है, और अपनी दर्ज की हुई चीज़ों पर नज़र रख सकता है। इसके अलावा कुछ नहीं। कुंजी बनाते समय सिर्फ़ एक बार दिखाई जाती है; उसका सिर्फ़ एक हैश (hash) रखा जाता है।
admin-partner-keys-none = इस साझेदार की अभी तक कोई कुंजी नहीं है।
admin-partner-keys-col-name = नाम
admin-partner-keys-col-made = बनाई गई
admin-partner-keys-col-expires = मियाद ख़त्म होगी
admin-partner-keys-col-used = आख़िरी इस्तेमाल
admin-partner-keys-col-state = स्थिति
admin-partner-keys-never = कभी नहीं
admin-partner-keys-active = सक्रिय
admin-partner-keys-revoked = रद्द
admin-partner-keys-expired = मियाद ख़त्म
admin-partner-keys-revoke = रद्द करें
admin-partner-keys-create-heading = नई कुंजी बनाएँ
admin-partner-keys-name = कुंजी का नाम
admin-partner-keys-name-hint = लिखें कि यह कहाँ इस्तेमाल होती है, जैसे "WhatsApp बॉट" या "हेल्पलाइन, काठमांडू"।
admin-partner-keys-days = कितने दिन मान्य (1 से 365 दिन)
admin-partner-keys-create = कुंजी बनाएँ
admin-partner-keys-shown-once = नई कुंजी सिर्फ़ अभी दिखाई जा रही है। इसे साझेदार के सिस्टम में कॉपी कर लें: इसे फिर कोई नहीं देख सकता। अगर यह खो जाए, तो इसे रद्द करें और दूसरी बनाएँ।
admin-partner-keys-revoked-done = कुंजी रद्द कर दी गई: अब से इससे किया गया हर अनुरोध ठुकरा दिया जाएगा।
error-partner-key-name = कुंजी को 1 से 100 अक्षरों का नाम दें।
error-partner-key-days = कुंजी 1 से 365 दिन तक मान्य होती है।
error-partner-key-not-partner = API कुंजियाँ सिर्फ़ "शिकायत प्राप्त करने वाला साझेदार" प्रकार की संस्थाओं के लिए हैं।
