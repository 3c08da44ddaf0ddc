# Language: Nepali (ne). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = प्रशासन
admin-heading = प्रशासन
admin-nav-label = प्रशासन
admin-nav-overview = सारांश
admin-nav-organisations = संस्थाहरू
admin-nav-staff = कर्मचारी
admin-nav-recruiters = म्यानपावर कम्पनीहरूको सूची
admin-nav-audit = अडिट लग
admin-count-organisations = संस्थाहरू
admin-count-staff = कर्मचारीका खाता
admin-count-workers = कामदारका खाता
admin-recruiters-link = सूचीमा म्यानपावर कम्पनी थप्नुहोस् वा सच्याउनुहोस्
admin-recent-events = पछिल्ला सुरक्षा घटनाहरू
admin-audit-link = पूरा अडिट लग हेर्नुहोस्
admin-save = परिवर्तन सेभ गर्नुहोस्
admin-saved = तपाईंका परिवर्तनहरू सेभ भए।
admin-disabled = निष्क्रिय
admin-enabled = सक्रिय
admin-standing = अवस्था

## Audit log
admin-audit-title = अडिट लग
admin-audit-heading = अडिट लग
admin-audit-intro = पछिल्ला २०० सुरक्षा घटनाहरू, सबैभन्दा नयाँ पहिले। समय UTC मा छ।
admin-audit-none = अहिलेसम्म कुनै घटना दर्ता भएको छैन।
admin-audit-time = समय (UTC)
admin-audit-event = घटना
admin-audit-people = व्यक्ति
admin-audit-detail = विवरण
admin-audit-actor = गर्ने:
admin-audit-subject = खाता:
admin-outcome-success = सफल भयो
admin-outcome-failure = असफल भयो
admin-outcome-refused = अस्वीकार गरियो
admin-event-sign-in = लग इन
admin-event-sign-out = लग आउट
admin-event-sign-out-everywhere = सबैतिरबाट लग आउट
admin-event-password-changed = पासवर्ड बदलियो
admin-event-account-created = खाता खोलियो
admin-event-role-changed = भूमिका बदलियो
admin-event-organisation-changed = संस्था बदलियो
admin-event-account-disabled = खाता निष्क्रिय गरियो
admin-event-account-enabled = खाता फेरि सक्रिय गरियो
admin-event-organisation-created = संस्था थपियो
admin-event-organisation-updated = संस्थाको विवरण बदलियो
admin-event-recruiter-created = म्यानपावर कम्पनी थपियो
admin-event-recruiter-updated = म्यानपावर कम्पनीको विवरण बदलियो

## Organisations
admin-organisations-title = संस्थाहरू
admin-organisations-heading = संस्थाहरू
admin-organisations-none = अहिलेसम्म कुनै संस्था थपिएको छैन।
admin-organisation-create-heading = संस्था थप्नुहोस्
admin-organisation-create-submit = संस्था थप्नुहोस्
admin-organisation-edit-heading = यो संस्थाको विवरण बदल्नुहोस्
admin-field-organisation-name = नाम
admin-field-kind = संस्थाको किसिम
admin-field-countries = संस्थाले काम गर्ने देशहरू
admin-countries-hint = दुई अक्षरका देश कोड, अल्पविराम (,) वा खाली ठाउँले छुट्याएर, जस्तै QA, AE।
admin-field-sectors = क्षेत्रहरू
admin-sectors-hint = संस्थाले सबै क्षेत्रका उजुरी हेर्छ भने कुनैमा पनि चिनो नलगाउनुहोस्।
admin-sectors-all = सबै क्षेत्र
admin-field-acknowledge-days = उजुरीको प्राप्ति जनाउने म्याद (दिनमा)
admin-acknowledge-days-hint = १ देखि ३६५ दिनसम्म। सामान्यतया ७ दिन।
admin-field-answer-days = उजुरीको जवाफ दिने म्याद (दिनमा)
admin-answer-days-hint = १ देखि ७३० दिनसम्म, र प्राप्ति जनाउने म्यादभन्दा कम हुनु हुँदैन। सामान्यतया ९० दिन।
admin-deadlines = म्याद
admin-deadline-acknowledge = { $days ->
    [one] एक दिनभित्र प्राप्ति जनाउनुपर्छ
   *[other] { $days } दिनभित्र प्राप्ति जनाउनुपर्छ
}
admin-deadline-answer = { $days ->
    [one] एक दिनभित्र जवाफ दिनुपर्छ
   *[other] { $days } दिनभित्र जवाफ दिनुपर्छ
}
admin-members-heading = यस संस्थाका कर्मचारी
admin-members-none = अहिलेसम्म FairRecruit मा यस संस्थाका लागि काम गर्ने कोही छैन।

## Staff
admin-staff-title = कर्मचारी
admin-staff-heading = कर्मचारीका खाता
admin-staff-none = अहिलेसम्म कर्मचारीको कुनै खाता छैन।
admin-staff-create-heading = कर्मचारीको खाता थप्नुहोस्
admin-staff-create-submit = खाता थप्नुहोस्
admin-staff-password-hint = कम्तीमा ८ अक्षर, धेरैले राख्ने खालको पासवर्ड होइन। यो पासवर्ड सम्बन्धित व्यक्तिलाई सुरक्षित तरिकाले दिनुहोस्; उहाँले आफ्नो खाताको पानामा यसलाई बदल्न सक्नुहुन्छ।
admin-organisation-none = कुनै संस्था छैन
admin-organisation-hint = श्रम निरीक्षकहरू श्रम निरीक्षण कार्यालय वा कामदार पठाउने देशको भर्ती नियमन गर्ने निकायमा, ट्रेड युनियन अधिकारीहरू ट्रेड युनियनमा, र केस कार्यकर्ताहरू कानुनी सहायता संस्थामा आबद्ध हुन्छन्। मोडरेटर र प्रशासक कुनै संस्थामा आबद्ध हुँदैनन्।
admin-field-lead = संस्थाको प्रमुख (माथिल्लो तहमा पठाइएका र म्याद नाघेका केसहरूको जानकारी पाउने)
admin-field-disabled = खाता निष्क्रिय (यो व्यक्तिले लग इन गर्न सक्दैन)
admin-staff-edit-heading = यो खाता बदल्नुहोस्
admin-staff-edit-hint = परिवर्तन सेभ गर्नासाथ यो व्यक्ति सबैतिरबाट एकैपटक लग आउट हुन्छ।
admin-staff-self-hint = यो तपाईंकै खाता हो: तपाईं आफ्नो प्रशासकको भूमिका हटाउन वा यो खाता निष्क्रिय गर्न सक्नुहुन्न।

## Recruiter directory
admin-recruiters-title = म्यानपावर कम्पनीहरूको सूची
admin-recruiters-heading = म्यानपावर कम्पनीहरूको सूची
admin-recruiter-create-heading = लाइसेन्स पाएको म्यानपावर कम्पनी थप्नुहोस्
admin-recruiter-create-submit = म्यानपावर कम्पनी थप्नुहोस्
admin-recruiter-edit-heading = यो म्यानपावर कम्पनीको विवरण सच्याउनुहोस्
admin-recruiter-edit-hint = लाइसेन्सको अवस्था बदलिएमा, त्यो परिवर्तन आजको मितिसहित म्यानपावर कम्पनीको सार्वजनिक लाइसेन्स इतिहासमा थपिन्छ।
admin-recruiter-public-link = सार्वजनिक प्रोफाइल हेर्नुहोस्
admin-field-recruiter-name = म्यानपावर कम्पनीको नाम
admin-field-licensing-country = लाइसेन्स दिने देश
admin-licensing-country-hint = दुई अक्षरको देश कोड, जस्तै नेपालका लागि NP।

## Errors
admin-error-role = सूचीबाट एउटा भूमिका छान्नुहोस्।
admin-error-own-role = तपाईं आफ्नै प्रशासकको भूमिका हटाउन सक्नुहुन्न। अर्को प्रशासकलाई अनुरोध गर्नुहोस्।
admin-error-own-disable = तपाईं आफ्नै खाता निष्क्रिय गर्न सक्नुहुन्न। अर्को प्रशासकलाई अनुरोध गर्नुहोस्।
admin-error-country-code = NP, QA वा AE जस्ता दुई अक्षरका देश कोड प्रयोग गर्नुहोस्, अल्पविराम (,) ले छुट्याएर।
admin-error-destinations-too-many = कामदार पठाउने देश बढीमा ६० वटा मात्र दिनुहोस्।
admin-error-name-required = म्यानपावर कम्पनीको नाम दिनुहोस्।
admin-error-licence-required = लाइसेन्स नम्बर दिनुहोस्।
admin-error-licence-taken = यस देशमा यो लाइसेन्स नम्बर अर्को म्यानपावर कम्पनीको नाममा पहिल्यै छ।

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = भूमिका
admin-detail-organisation = संस्था
admin-detail-kind = किसिम
admin-detail-countries = देशहरू
admin-detail-sectors = क्षेत्रहरू
admin-detail-days = म्याद (दिन)
admin-detail-recruiter = म्यानपावर कम्पनी
admin-detail-status = लाइसेन्सको अवस्था
admin-detail-reason = कारण
admin-detail-reason-throttled = धेरै पटक प्रयास
admin-detail-reason-disabled = खाता निष्क्रिय

## Setting a staff member's password
admin-password-heading = नयाँ पासवर्ड राख्नुहोस्
admin-password-hint = पासवर्ड बिर्सेका कर्मचारीका लागि। उहाँका सबै सत्र तुरुन्तै बन्द हुन्छन्। नयाँ पासवर्ड सुरक्षित तरिकाले दिनुहोस्; उहाँ आफ्नो खाता पानामा बदल्न सक्नुहुन्छ।
admin-password-submit = पासवर्ड राख्नुहोस्
admin-error-own-password = आफ्नो पासवर्ड आफ्नो खाता पानामा बदल्नुहोस्।
admin-event-password-reset = प्रशासकले राखेको पासवर्ड
admin-warning-look-alike = यो नाम सूचीमा रहेको एउटा एजेन्सीको नामसँग मिल्दोजुल्दो छ। यो सुरक्षित गरिएको छैन।
admin-look-alike-list = यो यीमध्ये कुनै एजेन्सी होइन भनी जाँच गर्नुहोस्:
admin-look-alike-confirm = यो फरक एजेन्सी हो: जे भए पनि सुरक्षित गर्नुहोस्

## दुई-चरण लग इन
admin-second-factor-on = मिलाइएको
admin-second-factor-off = अझै मिलाइएको छैन (अर्को लग इनमा सोधिन्छ)
admin-second-factor-heading = दुई-चरण लग इन रिसेट गर्नुहोस्
admin-second-factor-hint = फोन र रिकभरी कोड दुवै हराएका व्यक्तिका लागि। उनका सबै सत्र सकिन्छन्; अर्को लग इनमा उनले नयाँ एप मिलाउँछन्। उनलाई इमेलबाट खबर गरिन्छ।
admin-second-factor-submit = दुई-चरण लग इन रिसेट गर्नुहोस्
admin-event-second-factor-enrolled = दुई-चरण लग इन सुरु गरियो
admin-event-second-factor-replaced = दुई-चरण लग इन नयाँ एपमा सारियो
admin-event-second-factor-removed = दुई-चरण लग इन बन्द गरियो
admin-event-second-factor-reset = प्रशासकले दुई-चरण लग इन रिसेट गर्नुभयो
admin-detail-reason-second-factor = गलत वा दोहोरिएको कोड
admin-detail-reason-no-second-factor = दुई-चरण लग इन मिलाइएको छैन
admin-detail-reason-recovery-code = रिकभरी कोडले

## API keys of intake partners (issue 18)
admin-partner-keys-link = API कुञ्जीहरू
admin-partner-keys-title = { $name } का API कुञ्जीहरू
admin-partner-keys-intro = कुञ्जीले यो साझेदारको च्याट बट वा हटलाइन प्रणालीलाई कामदारहरूले दिएको सहमतिअनुसार उनीहरूका लागि उजुरी र समीक्षा दर्ता गर्न, र आफूले दर्ता गरेका कुराको अवस्था हेर्न दिन्छ। अरू केही होइन। कुञ्जी बनाउँदा एक पटक मात्र देखाइन्छ; त्यसको ह्यास (hash) मात्र राखिन्छ।
admin-partner-keys-none = यो साझेदारको अहिलेसम्म कुनै कुञ्जी छैन।
admin-partner-keys-col-name = नाम
admin-partner-keys-col-made = बनाइएको
admin-partner-keys-col-expires = म्याद सकिने
admin-partner-keys-col-used = पछिल्लो प्रयोग
admin-partner-keys-col-state = स्थिति
admin-partner-keys-never = कहिल्यै प्रयोग भएन
admin-partner-keys-active = सक्रिय
admin-partner-keys-revoked = खारेज गरिएको
admin-partner-keys-expired = म्याद सकिएको
admin-partner-keys-revoke = खारेज गर्नुहोस्
admin-partner-keys-create-heading = नयाँ कुञ्जी बनाउनुहोस्
admin-partner-keys-name = कुञ्जीको नाम
admin-partner-keys-name-hint = यो कहाँ प्रयोग हुन्छ लेख्नुहोस्, जस्तै "WhatsApp बट" वा "हटलाइन, काठमाडौं"।
admin-partner-keys-days = मान्य अवधि (दिन, 1 देखि 365)
admin-partner-keys-create = कुञ्जी बनाउनुहोस्
admin-partner-keys-shown-once = नयाँ कुञ्जी अहिले मात्र देखाइन्छ। यसलाई साझेदारको प्रणालीमा कपी (copy) गर्नुहोस्: यसलाई फेरि कसैले देख्न सक्दैन। हरायो भने यसलाई खारेज गरेर अर्को बनाउनुहोस्।
admin-partner-keys-revoked-done = कुञ्जी खारेज गरियो: अबदेखि यसबाट गरिएका सबै अनुरोध अस्वीकार हुन्छन्।
error-partner-key-name = कुञ्जीलाई 1 देखि 100 अक्षरसम्मको नाम दिनुहोस्।
error-partner-key-days = कुञ्जी 1 देखि 365 दिनसम्म मान्य हुन्छ।
error-partner-key-not-partner = API कुञ्जी "उजुरी सङ्कलन गर्ने साझेदार" किसिमका संस्थाहरूका लागि मात्र हो।
