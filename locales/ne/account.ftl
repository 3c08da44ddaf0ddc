# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = प्रयोगकर्ता नाम
field-password = पासवर्ड
field-password-confirm = पासवर्ड फेरि
field-current-password = अहिलेको पासवर्ड
field-new-password = नयाँ पासवर्ड
field-email = इमेल ठेगाना
field-role = भूमिका
field-organisation = संस्था

login-title = लग इन
login-heading = लग इन गर्नुहोस्
login-submit = लग इन गर्नुहोस्
login-link = लग इन गर्नुहोस्
login-no-account = अहिलेसम्म खाता छैन?
login-anonymous-note = म्यानपावर कम्पनी खोज्न वा उजुरी दिन तपाईंलाई खाता चाहिँदैन। खाता भए तपाईंले लेखेका समीक्षाहरू पछिसम्म हेर्न सक्नुहुन्छ।

register-title = खाता खोल्नुहोस्
register-heading = खाता खोल्नुहोस्
register-intro = प्रयोगकर्ता नाम र पासवर्ड मात्र। नाम, इमेल वा फोन नम्बर चाहिँदैन।
register-username-hint = ३ देखि ३२ वटा अक्षर वा अङ्क, जुनसुकै लिपिमा; . _ र - पनि राख्न सक्नुहुन्छ। आफ्नो खास नाम राख्न मन छैन भने नराख्नुहोस्।
register-password-hint = कम्तीमा ८ अक्षर। छोटो र धेरैले राख्ने पासवर्डभन्दा तपाईंले सम्झन सक्ने केही शब्दहरू राम्रो हुन्छन्।
register-submit = खाता खोल्नुहोस्
register-link = खाता खोल्नुहोस्
register-privacy = हामी तपाईंको खातासँग तपाईंको इन्टरनेट (IP) ठेगाना, तपाईंको फोन वा कम्प्युटरको विवरण, वा तपाईंको फोन नम्बर राख्दैनौं।
register-have-account = पहिल्यै खाता छ?

account-title = तपाईंको खाता
account-heading = तपाईंको खाता
account-admin-link = प्रशासन
account-password-heading = आफ्नो पासवर्ड बदल्नुहोस्
account-password-submit = पासवर्ड बदल्नुहोस्
account-password-saved = तपाईंको पासवर्ड बदलियो। अरू सबै फोन र कम्प्युटरबाट तपाईं लग आउट हुनुभयो।
account-email-heading = सूचनाका लागि इमेल
account-email-hint = दिनैपर्छ भन्ने छैन। केही परिवर्तन भयो भनेर खबर दिन मात्र हामी इमेल पठाउँछौं, तपाईंको उजुरीमा के लेखिएको छ भन्ने कहिल्यै पठाउँदैनौं। इमेल हटाउन यो ठाउँ खाली छोड्नुहोस्।
account-email-submit = इमेल ठेगाना सेभ गर्नुहोस्
account-email-saved = सेभ भयो।
account-sessions-heading = लग आउट
account-logout = लग आउट गर्नुहोस्
account-logout-everywhere = सबै फोन र कम्प्युटरबाट लग आउट गर्नुहोस्
account-logout-everywhere-hint = तपाईंले अरूसँग साझा फोन चलाउनुभयो वा अरू कसैलाई तपाईंको पासवर्ड थाहा छ जस्तो लाग्छ भने, सबैतिरबाट लग आउट गर्नुहोस्।

role-worker = कामदार
role-moderator = मोडरेटर
role-inspector = श्रम निरीक्षक
role-union_officer = ट्रेड युनियन अधिकारी
role-caseworker = केस कार्यकर्ता (कानुनी सहायता)
role-admin = प्रशासक

org-role-member = सदस्य
org-role-lead = प्रमुख

organisation-kind-labour_inspectorate = श्रम निरीक्षण कार्यालय
organisation-kind-origin_authority = कामदार पठाउने देशको भर्ती नियमन गर्ने निकाय
organisation-kind-trade_union = ट्रेड युनियन
organisation-kind-legal_aid = कानुनी सहायता वा गैरसरकारी संस्था (NGO)
organisation-kind-intake_partner = उजुरी सङ्कलन गर्ने साझेदार (च्याट वा हटलाइनबाट उजुरी लिन्छ)

sector-agriculture = कृषि
sector-construction = निर्माण
sector-domestic_work = घरेलु काम
sector-manufacturing = कलकारखाना (उत्पादन)
sector-hospitality = होटल र रेस्टुरेन्ट
sector-fishing = माछा मार्ने काम
sector-care = हेरचाहको काम
sector-security = सुरक्षा
sector-transport = यातायात
sector-retail = पसल र खुद्रा बिक्री
sector-other = अन्य

error-username-required = प्रयोगकर्ता नाम लेख्नुहोस्।
error-username-length = प्रयोगकर्ता नाममा ३ देखि ३२ वटा अक्षर हुनुपर्छ।
error-username-characters = प्रयोगकर्ता नाममा अक्षर, अङ्क, थोप्लो (.), अन्डरस्कोर (_) र हाइफन (-) मात्र राख्नुहोस्, खाली ठाउँ नराख्नुहोस्।
error-username-taken = यो प्रयोगकर्ता नाम पहिल्यै कसैले लिइसकेको छ, वा लिइसकेको नामसँग धेरै मिल्दोजुल्दो देखिन्छ। अर्को नाम राखेर हेर्नुहोस्।
error-password-length = पासवर्डमा ८ देखि १२८ वटा अक्षर हुनुपर्छ।
error-password-characters = पासवर्डमा नदेखिने नियन्त्रण अक्षरहरू छन्। ती नराखी फेरि टाइप गर्नुहोस्।
error-password-common = यो पासवर्ड अनुमान गर्न धेरै सजिलो छ। अझ लामो पासवर्ड राख्नुहोस्, जस्तै एकअर्कासँग सम्बन्ध नभएका केही शब्दहरू।
error-password-mismatch = दुईवटा पासवर्ड मिलेनन्।
error-password-wrong = अहिलेको पासवर्ड मिलेन।
error-email-invalid = यो इमेल ठेगाना जस्तो देखिँदैन।
error-form-invalid = फारम पढ्न सकिएन। पाना फेरि लोड गरेर फेरि प्रयास गर्नुहोस्।
error-form-encoding = फारममा पढ्न नसकिने अक्षरहरू छन्।
error-form-fields = फारममा हामीलाई थाहा नभएको खण्ड छ, वा एउटै खण्ड दुई पटक छ।
error-text-invalid = यो लेख धेरै लामो छ वा यसमा नदेखिने नियन्त्रण अक्षरहरू छन्।
error-organisation-name-required = संस्थाको नाम लेख्नुहोस्।
error-organisation-kind = यो कस्तो किसिमको संस्था हो, छान्नुहोस्।
error-unknown-country = एउटा देश कोड हामीलाई थाहा छैन। NP, QA, PH जस्ता दुई अक्षरका कोड प्रयोग गर्नुहोस्।
error-organisation-countries = संस्थाले काम गर्ने कम्तीमा एउटा देश दिनुहोस्।
error-sector-unknown = सूचीबाट क्षेत्रहरू छान्नुहोस्।
error-deadline-days = म्याद पूरा दिनको सङ्ख्यामा हुनुपर्छ (प्राप्ति जनाउन: १ देखि ३६५, जवाफ दिन: १ देखि ७३०)।
error-deadline-order = जवाफ दिने म्याद प्राप्ति जनाउने म्यादभन्दा अघि सकिन मिल्दैन।
error-organisation-required = श्रम निरीक्षक, ट्रेड युनियन अधिकारी र केस कार्यकर्ता कुनै संस्थामा आबद्ध हुन्छन्: एउटा संस्था छान्नुहोस्।
error-organisation-not-for-role = कामदार, मोडरेटर र प्रशासक कुनै संस्थामा आबद्ध हुँदैनन्।
error-organisation-unknown = त्यो संस्था छैन।
error-role-organisation-kind = यो भूमिका यस किसिमको संस्थासँग मिल्दैन (निरीक्षकहरू श्रम निरीक्षण कार्यालय वा भर्ती नियमन गर्ने निकायमा, युनियन अधिकारीहरू ट्रेड युनियनमा, केस कार्यकर्ताहरू कानुनी सहायता संस्थामा काम गर्छन्)।
account-session-phone = फोन
account-session-computer = कम्प्युटरको ब्राउजर
account-session-app = एप वा प्रोग्राम
account-session-signed-in = साइन इन गरिएको
account-session-since = { $day } देखि
account-session-current = यो उपकरण
account-session-end = त्यहाँबाट साइन आउट गर्नुहोस्
account-session-ended = त्यो सत्रबाट साइन आउट गरियो।

# Password reset by mail, for staff (issue 16).
reset-link = कर्मचारी: पासवर्ड बिर्सनुभयो?
reset-title = नयाँ पासवर्ड राख्नुहोस्
reset-intro = खातामा इमेल ठेगाना भएका कर्मचारीले नयाँ पासवर्ड राख्ने लिङ्क पाउनुहुन्छ। यो एक पटक, ३० मिनेटसम्म मात्र चल्छ। ठेगाना छैन भने प्रशासकलाई सोध्नुहोस्।
reset-submit = मलाई लिङ्क पठाउनुहोस्
reset-sent = यो इमेल ठेगाना भएको कर्मचारी खाता हो भने नयाँ पासवर्ड राख्ने लिङ्क आउँदैछ। यो एक पटक, ३० मिनेटसम्म मात्र चल्छ।
reset-back = साइन इनमा फर्कनुहोस्
reset-new-heading = नयाँ पासवर्ड छान्नुहोस्
reset-new-intro = यो खाताका सबै सत्र बन्द हुन्छन्। तपाईं केस पढ्नुहुन्छ भने साइन इन गरेपछि तपाईंको संस्थाका प्रमुखले साँचो फेरि दिनुहुन्छ।
reset-new-submit = नयाँ पासवर्ड राख्नुहोस्
reset-done = तपाईंको पासवर्ड बदलियो। यसैले साइन इन गर्नुहोस्।

## दुई-चरण लग इन
field-second-factor-code = प्रमाणीकरण एपको कोड, वा रिकभरी कोड
login-code-hint = तपाईंको खातामा दुई-चरण लग इन छ भने मात्र (कर्मचारी खातामा सधैँ हुन्छ)। नत्र खाली छोड्नुहोस्।
field-second-factor-current = अहिलेको एपको कोड, वा रिकभरी कोड
field-second-factor-new-code = एपले अहिले देखाएको छ अङ्कको कोड
two-factor-title = दुई-चरण लग इन
two-factor-heading = दुई-चरण लग इन
two-factor-on = दुई-चरण लग इन खुला छ: लग इन गर्दा पासवर्डसँगै तपाईंको फोनको कोड पनि चाहिन्छ।
two-factor-off = दुई-चरण लग इन बन्द छ।
two-factor-manage = मिलाउनुहोस्
two-factor-set-up = सुरु गर्नुहोस्
two-factor-recovery-left = { $count ->
    [one] तपाईंसँग प्रयोग नभएको एउटा रिकभरी कोड छ।
   *[other] तपाईंसँग प्रयोग नभएका { $count } रिकभरी कोड छन्।
}
two-factor-replace-heading = नयाँ फोन वा एपमा सार्नुहोस्
two-factor-required = तपाईंको खाताले कामदारका उजुरी खोल्न सक्छ, त्यसैले यसलाई दोस्रो चरण चाहिन्छ: पासवर्डसँगै फोनको एपबाट छ अङ्कको कोड। अगाडि बढ्न अहिले नै सुरु गर्नुहोस्।
two-factor-optional = तपाईं आफ्नो खातालाई दोस्रो चरणले सुरक्षित गर्न सक्नुहुन्छ: पासवर्डसँगै फोनको एपबाट छ अङ्कको कोड।
two-factor-step-app = आफ्नो फोनमा प्रमाणीकरण एप राख्नुहोस् (जस्तै Aegis, FreeOTP, Google Authenticator वा Microsoft Authenticator)।
two-factor-step-scan = एपमा खाता थप्नुहोस् र यो कोड स्क्यान गर्नुहोस्।
two-factor-qr-label = प्रमाणीकरण एपका लागि QR कोड
two-factor-step-key = एपले स्क्यान गर्न सकेन भने यो की टाइप गर्नुहोस्:
two-factor-step-code = एपले देखाएको छ अङ्कको कोड टाइप गर्नुहोस्।
two-factor-submit = दुई-चरण लग इन खोल्नुहोस्
two-factor-off-heading = दुई-चरण लग इन बन्द गर्नुहोस्
two-factor-off-submit = बन्द गर्नुहोस्
two-factor-off-done = दुई-चरण लग इन अब बन्द छ।
two-factor-back = आफ्नो खातामा फर्कनुहोस्
two-factor-recovery-used = तपाईंले रिकभरी कोडले लग इन गर्नुभयो; त्यो फेरि चल्दैन। फोन हराएको भए तल नयाँ फोन मिलाउनुहोस्।
recovery-codes-title = रिकभरी कोडहरू
recovery-codes-heading = तपाईंका रिकभरी कोडहरू
recovery-codes-done = दुई-चरण लग इन खुला छ।
recovery-codes-explain = फोन हरायो भने छ अङ्कको सट्टा यीमध्ये एउटा कोडले लग इन गर्नुहोस्। हरेक कोड एक पटक मात्र चल्छ। लेखेर वा छापेर फोनबाट टाढा सुरक्षित ठाउँमा राख्नुहोस्।
recovery-codes-once = यी कोड अहिले मात्र देखाइन्छन्। पहिलेका रिकभरी कोड अब चल्दैनन्।
reset-code-hint = तपाईंको खातामा दुई-चरण लग इन छ: एपको कोड वा रिकभरी कोड टाइप गर्नुहोस्।
error-second-factor-code = त्यो कोड मिलेन, वा पहिल्यै प्रयोग भइसक्यो। एपले अहिले देखाएको कोड टाइप गर्नुहोस्।
error-second-factor-expired = यो पेज धेरै बेर खुला रह्यो। तलको नयाँ कोड स्क्यान गरेर फेरि प्रयास गर्नुहोस्।
error-second-factor-required = पहिले वेबसाइटमा दुई-चरण लग इन सुरु गर्नुहोस् (खाता, अनि दुई-चरण लग इन)।
