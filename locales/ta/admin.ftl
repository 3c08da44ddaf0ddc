# Language: Tamil (Sri Lankan usage) (ta). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = நிர்வாகம்
admin-heading = நிர்வாகம்
admin-nav-label = நிர்வாகம்
admin-nav-overview = மேலோட்டம்
admin-nav-organisations = அமைப்புகள்
admin-nav-staff = ஊழியர்கள்
admin-nav-recruiters = முகவர் நிலையப் பதிவேடு
admin-nav-audit = தணிக்கைப் பதிவு
admin-count-organisations = அமைப்புகள்
admin-count-staff = ஊழியர் கணக்குகள்
admin-count-workers = தொழிலாளர் கணக்குகள்
admin-recruiters-link = பதிவேட்டில் முகவர் நிலையங்களைச் சேருங்கள் அல்லது திருத்துங்கள்
admin-recent-events = அண்மைய பாதுகாப்பு நிகழ்வுகள்
admin-audit-link = முழுத் தணிக்கைப் பதிவையும் பாருங்கள்
admin-save = மாற்றங்களைச் சேமியுங்கள்
admin-saved = உங்கள் மாற்றங்கள் சேமிக்கப்பட்டன.
admin-disabled = முடக்கப்பட்டது
admin-enabled = செயலில் உள்ளது
admin-standing = நிலை

## Audit log
admin-audit-title = தணிக்கைப் பதிவு
admin-audit-heading = தணிக்கைப் பதிவு
admin-audit-intro = அண்மைய 200 பாதுகாப்பு நிகழ்வுகள், புதியவை முதலில். நேரங்கள் UTC இல் உள்ளன.
admin-audit-none = இதுவரை எந்த நிகழ்வும் பதிவாகவில்லை.
admin-audit-time = நேரம் (UTC)
admin-audit-event = நிகழ்வு
admin-audit-people = யார்
admin-audit-detail = விபரம்
admin-audit-actor = செய்தவர்:
admin-audit-subject = கணக்கு:
admin-outcome-success = வெற்றி
admin-outcome-failure = தோல்வி
admin-outcome-refused = நிராகரிக்கப்பட்டது
admin-event-sign-in = உள்நுழைவு
admin-event-sign-out = வெளியேறல்
admin-event-sign-out-everywhere = எல்லா இடங்களிலிருந்தும் வெளியேறியது
admin-event-password-changed = கடவுச்சொல் மாற்றப்பட்டது
admin-event-account-created = கணக்கு உருவாக்கப்பட்டது
admin-event-role-changed = பங்கு மாற்றப்பட்டது
admin-event-organisation-changed = கணக்கு வேறொரு அமைப்புக்கு மாற்றப்பட்டது
admin-event-account-disabled = கணக்கு முடக்கப்பட்டது
admin-event-account-enabled = கணக்கு மீண்டும் இயக்கப்பட்டது
admin-event-organisation-created = அமைப்பு சேர்க்கப்பட்டது
admin-event-organisation-updated = அமைப்பின் விபரங்கள் மாற்றப்பட்டன
admin-event-recruiter-created = முகவர் நிலையம் சேர்க்கப்பட்டது
admin-event-recruiter-updated = முகவர் நிலையம் மாற்றப்பட்டது

## Organisations
admin-organisations-title = அமைப்புகள்
admin-organisations-heading = அமைப்புகள்
admin-organisations-none = இதுவரை எந்த அமைப்பும் சேர்க்கப்படவில்லை.
admin-organisation-create-heading = அமைப்பு ஒன்றைச் சேருங்கள்
admin-organisation-create-submit = அமைப்பைச் சேருங்கள்
admin-organisation-edit-heading = இந்த அமைப்பை மாற்றுங்கள்
admin-field-organisation-name = பெயர்
admin-field-kind = அமைப்பின் வகை
admin-field-countries = உள்ளடக்கும் நாடுகள்
admin-countries-hint = இரண்டு எழுத்து நாட்டுக் குறியீடுகள், காற்புள்ளி அல்லது இடைவெளியால் பிரிக்கப்பட்டவை, உ-ம்: QA, AE.
admin-field-sectors = துறைகள்
admin-sectors-hint = அமைப்பு எல்லாத் துறைகளையும் கையாள்கிறது என்றால் எதையும் குறியிடாமல் விடுங்கள்.
admin-sectors-all = எல்லாத் துறைகளும்
admin-field-acknowledge-days = முறைப்பாட்டைப் பெற்றுக்கொண்டதை உறுதிப்படுத்த நாட்கள்
admin-acknowledge-days-hint = 1 முதல் 365 நாட்கள். வழக்கமாக 7.
admin-field-answer-days = முறைப்பாட்டுக்குப் பதிலளிக்க நாட்கள்
admin-answer-days-hint = 1 முதல் 730 நாட்கள், உறுதிப்படுத்துவதற்கான நாட்களை விடக் குறையாமல். வழக்கமாக 90.
admin-deadlines = காலக்கெடுகள்
admin-deadline-acknowledge = { $days ->
    [one] ஒரு நாளுக்குள் பெற்றுக்கொண்டதை உறுதிப்படுத்துங்கள்
   *[other] { $days } நாட்களுக்குள் பெற்றுக்கொண்டதை உறுதிப்படுத்துங்கள்
}
admin-deadline-answer = { $days ->
    [one] ஒரு நாளுக்குள் பதிலளியுங்கள்
   *[other] { $days } நாட்களுக்குள் பதிலளியுங்கள்
}
admin-members-heading = இந்த அமைப்பின் ஊழியர்கள்
admin-members-none = FairRecruit இல் இதுவரை யாரும் இந்த அமைப்புக்காகப் பணிபுரியவில்லை.

## Staff
admin-staff-title = ஊழியர்கள்
admin-staff-heading = ஊழியர் கணக்குகள்
admin-staff-none = இதுவரை ஊழியர் கணக்குகள் இல்லை.
admin-staff-create-heading = ஊழியர் கணக்கு ஒன்றைச் சேருங்கள்
admin-staff-create-submit = கணக்கைச் சேருங்கள்
admin-staff-password-hint = குறைந்தது 8 எழுத்துகள், பொதுவான கடவுச்சொல் அல்லாதது. அதை உரிய நபருக்குப் பாதுகாப்பான முறையில் கொடுங்கள்; அவர் தனது கணக்குப் பக்கத்தில் அதை மாற்றலாம்.
admin-organisation-none = அமைப்பு இல்லை
admin-organisation-hint = தொழில் பரிசோதகர்கள் தொழில் பரிசோதனை அலுவலகத்தை அல்லது சொந்த நாட்டு அதிகாரசபையை, தொழிற்சங்க உத்தியோகத்தர்கள் தொழிற்சங்கத்தை, உதவிப் பணியாளர்கள் சட்ட உதவி அமைப்பைச் சேர்ந்தவர்கள். மதிப்புரை சரிபார்ப்பாளர்களும் நிர்வாகிகளும் எந்த அமைப்பையும் சேர்ந்தவர்கள் அல்ல.
admin-field-lead = அமைப்பின் பொறுப்பாளர் (மேல்நிலைக்கு அனுப்புதல்கள், காலம் கடந்த முறைப்பாடுகள் பற்றி அறிவிக்கப்படுவார்)
admin-field-disabled = கணக்கு முடக்கப்பட்டது (அந்த நபரால் உள்நுழைய முடியாது)
admin-staff-edit-heading = இந்தக் கணக்கை மாற்றுங்கள்
admin-staff-edit-hint = மாற்றத்தைச் சேமித்தால், அந்த நபர் உடனடியாக எல்லா இடங்களிலிருந்தும் வெளியேற்றப்படுவார்.
admin-staff-self-hint = இது உங்கள் சொந்தக் கணக்கு: உங்கள் நிர்வாகிப் பங்கை நீக்கவோ கணக்கை முடக்கவோ முடியாது.

## Recruiter directory
admin-recruiters-title = முகவர் நிலையப் பதிவேடு
admin-recruiters-heading = முகவர் நிலையப் பதிவேடு
admin-recruiter-create-heading = அனுமதிப்பத்திரம் பெற்ற முகவர் நிலையம் ஒன்றைச் சேருங்கள்
admin-recruiter-create-submit = முகவர் நிலையத்தைச் சேருங்கள்
admin-recruiter-edit-heading = இந்த முகவர் நிலையத்தைத் திருத்துங்கள்
admin-recruiter-edit-hint = அனுமதிப்பத்திர நிலையில் ஏற்படும் மாற்றம், இன்றைய திகதியுடன் முகவர் நிலையத்தின் பொது அனுமதிப்பத்திர வரலாற்றில் சேர்க்கப்படும்.
admin-recruiter-public-link = பொதுச் சுயவிபரத்தைப் பாருங்கள்
admin-field-recruiter-name = முகவர் நிலையத்தின் பெயர்
admin-field-licensing-country = அனுமதிப்பத்திரம் வழங்கிய நாடு
admin-licensing-country-hint = இரண்டு எழுத்து நாட்டுக் குறியீடு, உ-ம்: நேபாளத்திற்கு NP.

## Errors
admin-error-role = பட்டியலிலிருந்து ஒரு பங்கைத் தெரிவுசெய்யுங்கள்.
admin-error-own-role = உங்கள் சொந்த நிர்வாகிப் பங்கை நீக்க முடியாது. வேறொரு நிர்வாகியிடம் கேளுங்கள்.
admin-error-own-disable = உங்கள் சொந்தக் கணக்கை முடக்க முடியாது. வேறொரு நிர்வாகியிடம் கேளுங்கள்.
admin-error-country-code = NP, QA அல்லது AE போன்ற இரண்டு எழுத்து நாட்டுக் குறியீடுகளை, காற்புள்ளியால் பிரித்துப் பயன்படுத்துங்கள்.
admin-error-destinations-too-many = அதிகபட்சம் 60 சேருமிட நாடுகளைத் தாருங்கள்.
admin-error-name-required = முகவர் நிலையத்தின் பெயரைத் தாருங்கள்.
admin-error-licence-required = அனுமதிப்பத்திர இலக்கத்தைத் தாருங்கள்.
admin-error-licence-taken = இந்த நாட்டில் வேறொரு முகவர் நிலையம் ஏற்கனவே இந்த அனுமதிப்பத்திர இலக்கத்தைக் கொண்டுள்ளது.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = பங்கு
admin-detail-organisation = அமைப்பு
admin-detail-kind = வகை
admin-detail-countries = நாடுகள்
admin-detail-sectors = துறைகள்
admin-detail-days = காலக்கெடுகள் (நாட்கள்)
admin-detail-recruiter = முகவர் நிலையம்
admin-detail-status = அனுமதிப்பத்திர நிலை
admin-detail-reason = காரணம்
admin-detail-reason-throttled = அதிகமான முயற்சிகள்
admin-detail-reason-disabled = கணக்கு முடக்கப்பட்டது

## Setting a staff member's password
admin-password-heading = புதிய கடவுச்சொல்லை அமையுங்கள்
admin-password-hint = கடவுச்சொல்லைத் தொலைத்த ஊழியர் ஒருவருக்காக. அவரது அமர்வுகள் உடனடியாக முடிவடையும். புதிய கடவுச்சொல்லைப் பாதுகாப்பான முறையில் அவருக்குக் கொடுங்கள்; அவர் தனது கணக்குப் பக்கத்தில் அதை மாற்றலாம்.
admin-password-submit = கடவுச்சொல்லை அமையுங்கள்
admin-error-own-password = உங்கள் சொந்தக் கடவுச்சொல்லை உங்கள் கணக்குப் பக்கத்தில் மாற்றுங்கள்.
admin-event-password-reset = நிர்வாகி ஒருவர் கடவுச்சொல்லை அமைத்தார்
admin-warning-look-alike = இந்தப் பெயர் பட்டியலிலுள்ள முகவர் நிலையம் ஒன்றின் பெயரைப் போலத் தெரிகிறது. அது சேமிக்கப்படவில்லை.
admin-look-alike-list = இது இந்த முகவர் நிலையங்களில் ஒன்று அல்ல என்பதைச் சரிபாருங்கள்:
admin-look-alike-confirm = இது வேறொரு முகவர் நிலையம்: எப்படியும் சேமியுங்கள்

## Two-step sign-in
admin-second-factor-on = அமைக்கப்பட்டுள்ளது
admin-second-factor-off = இன்னும் அமைக்கப்படவில்லை (அடுத்த உள்நுழைவில் கேட்கப்படும்)
admin-second-factor-heading = இரு படி உள்நுழைவை மீளமையுங்கள்
admin-second-factor-hint = தனது தொலைபேசி, மீட்புக் குறியீடுகள் இரண்டையும் தொலைத்த ஒருவருக்காக. அவரது அமர்வுகள் முடிவடையும்; அடுத்த உள்நுழைவில் அவர் புதிய செயலியை அமைப்பார். அவருக்கு மின்னஞ்சல் மூலம் அறிவிக்கப்படும்.
admin-second-factor-submit = இரு படி உள்நுழைவை மீளமையுங்கள்
admin-event-second-factor-enrolled = இரு படி உள்நுழைவு அமைக்கப்பட்டது
admin-event-second-factor-replaced = இரு படி உள்நுழைவு புதிய செயலிக்கு மாற்றப்பட்டது
admin-event-second-factor-removed = இரு படி உள்நுழைவு முடக்கப்பட்டது
admin-event-second-factor-reset = நிர்வாகி ஒருவர் இரு படி உள்நுழைவை மீளமைத்தார்
admin-detail-reason-second-factor = தவறான அல்லது மீண்டும் பயன்படுத்திய குறியீடு
admin-detail-reason-no-second-factor = இரு படி உள்நுழைவு அமைக்கப்படவில்லை
admin-detail-reason-recovery-code = மீட்புக் குறியீட்டுடன்

## API keys of intake partners (issue 18)
admin-partner-keys-link = API திறவுகோல்கள்
admin-partner-keys-title = { $name } இன் API திறவுகோல்கள்
admin-partner-keys-intro = ஒரு திறவுகோல் மூலம் இந்தக் கூட்டாளரின் அரட்டை போட் அல்லது உதவி எண் அமைப்பு, தொழிலாளர்கள் அளித்த சம்மதத்துடன், அவர்களுக்காக முறைப்பாடுகளையும் மதிப்புரைகளையும் செய்யவும், தான் செய்தவற்றைப் பின்தொடரவும் முடியும். வேறு எதுவும் முடியாது. திறவுகோல் உருவாக்கப்படும்போது ஒரு முறை மட்டுமே காட்டப்படும்; அதன் hash மட்டுமே வைத்திருக்கப்படும்.
admin-partner-keys-none = இந்தக் கூட்டாளரிடம் இதுவரை திறவுகோல் இல்லை.
admin-partner-keys-col-name = பெயர்
admin-partner-keys-col-made = உருவாக்கப்பட்டது
admin-partner-keys-col-expires = காலாவதியாகும் திகதி
admin-partner-keys-col-used = கடைசியாகப் பயன்படுத்தியது
admin-partner-keys-col-state = நிலை
admin-partner-keys-never = ஒருபோதும் இல்லை
admin-partner-keys-active = செயலில் உள்ளது
admin-partner-keys-revoked = இரத்துச் செய்யப்பட்டது
admin-partner-keys-expired = காலாவதியானது
admin-partner-keys-revoke = இரத்துச் செய்யுங்கள்
admin-partner-keys-create-heading = திறவுகோல் ஒன்றை உருவாக்குங்கள்
admin-partner-keys-name = திறவுகோலின் பெயர்
admin-partner-keys-name-hint = இது எங்கே பயன்படுகிறது என்று குறிப்பிடுங்கள், எடுத்துக்காட்டாக "WhatsApp போட்" அல்லது "உதவி எண், காத்மாண்டு".
admin-partner-keys-days = செல்லுபடிக் காலம் (நாட்கள், 1 முதல் 365 வரை)
admin-partner-keys-create = திறவுகோலை உருவாக்குங்கள்
admin-partner-keys-shown-once = புதிய திறவுகோல் இப்போது மட்டுமே காட்டப்படுகிறது. அதைக் கூட்டாளரின் அமைப்பில் நகலெடுத்து வையுங்கள்: வேறு யாரும் அதை மீண்டும் பார்க்க முடியாது. அது தொலைந்தால், அதை இரத்துச் செய்து வேறொன்றை உருவாக்குங்கள்.
admin-partner-keys-revoked-done = திறவுகோல் இரத்துச் செய்யப்பட்டது: இனிமேல் அதைக் கொண்டு அனுப்பப்படும் ஒவ்வொரு கோரிக்கையும் மறுக்கப்படும்.
error-partner-key-name = திறவுகோலுக்கு 1 முதல் 100 எழுத்துகள் கொண்ட பெயரைக் கொடுங்கள்.
error-partner-key-days = ஒரு திறவுகோல் 1 முதல் 365 நாட்கள் வரை செல்லுபடியாகும்.
error-partner-key-not-partner = API திறவுகோல்கள் "புகார் பெறும் கூட்டாளர்" வகை அமைப்புகளுக்கு மட்டுமே.
