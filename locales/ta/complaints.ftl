# Language: Tamil (Sri Lankan usage) (ta). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = முறைப்பாடு செய்யுங்கள்
complaint-new-heading = இரகசிய முறைப்பாடு செய்யுங்கள்
complaint-new-intro = என்ன நடந்தது என்று எங்களுக்குச் சொல்லுங்கள். உங்கள் பயணத்தின் நாடுகளில், நீங்கள் தெரிவுசெய்யும் அமைப்புகளுக்கு மட்டுமே அதை அனுப்புவோம். முகவர் நிலையமும் இரண்டு நாடுகளும் மட்டுமே கட்டாயம்.
complaint-new-safety = உங்கள் பெயர், மின்னஞ்சல் அல்லது தொலைபேசி இலக்கத்தைத் தர வேண்டியதில்லை. உங்கள் குடிவரவு நிலை (நாட்டில் சட்டப்படி தங்கியிருக்கிறீர்களா என்பது) பற்றி நாங்கள் ஒருபோதும் கேட்பதில்லை, குடிவரவு அதிகாரிகளுடன் எதையும் ஒருபோதும் பகிர்வதில்லை.
complaint-section-recruiter = உங்களை ஆட்சேர்த்தது யார்
complaint-about = யாரைப் பற்றி:
complaint-recruiter-hint = பதிவேட்டில் முகவர் நிலையத்தைத் தேடி, அங்கே "இந்த முகவர் நிலையம் பற்றி இரகசிய முறைப்பாடு செய்யுங்கள்" என்பதைத் தெரிவுசெய்யுங்கள், அல்லது முகவரின் அல்லது தரகரின் பெயரைக் கீழே எழுதுங்கள்.
complaint-recruiter-find = பதிவேட்டில் தேடுங்கள்
complaint-recruiter-link = இந்த முகவர் நிலையம் பற்றி இரகசிய முறைப்பாடு செய்யுங்கள்
complaint-field-sub-agent = முகவரின் அல்லது தரகரின் பெயர்
complaint-sub-agent-hint = அனுமதிப்பத்திரம் இல்லாத இடைத்தரகர், உதாரணமாக கிராமத்துத் தரகர். உங்களுக்குத் தெரிந்தபடி பெயரை எழுதுங்கள்.
complaint-field-sub-agent-country = இந்த முகவர் வேலை செய்யும் நாடு
complaint-choose = — தெரிவுசெய்யுங்கள் —
complaint-section-journey = உங்கள் பயணம்
complaint-field-origin = நீங்கள் புறப்பட்ட நாடு
complaint-field-destination = நீங்கள் சென்ற நாடு (அல்லது செல்லவிருந்த நாடு)
complaint-field-stage = நீங்கள் இப்போது எங்கே இருக்கிறீர்கள்?
complaint-field-sector = வேலையின் வகை
complaint-field-occupation = உங்கள் தொழில்
complaint-field-departure-year = நீங்கள் புறப்பட்ட ஆண்டு
complaint-section-danger = உங்கள் பாதுகாப்பு
complaint-field-in-danger = நான் இப்போது ஆபத்தில் இருக்கிறேன்
complaint-in-danger-hint = உங்களுக்கோ மற்றவர்களுக்கோ இப்போது தீங்கு ஏற்படும் அபாயம் இருந்தால் இதைக் குறியிடுங்கள். அத்தகைய முறைப்பாடுகள் முதலில் வாசிக்கப்படும். அவசர நிலையில், உள்ளூர் அவசர அழைப்பு இலக்கத்தையும் அழையுங்கள்.
complaint-field-workers = உங்களையும் சேர்த்து, இது எத்தனை தொழிலாளர்களைப் பாதிக்கிறது?
complaint-section-issues = என்ன நடந்தது
complaint-issues-hint = பொருந்தும் அனைத்தையும் குறியிடுங்கள். எதையும் குறியிடாமல் எழுத மட்டும் செய்யலாம்.
complaint-field-description = உங்கள் சொந்த வார்த்தைகளில்
complaint-description-hint = என்ன நடந்தது, எப்போது, யார் சம்பந்தப்பட்டனர். அமைப்புகள் வாசிப்பதை நீங்கள் விரும்பாத எதையும் எழுத வேண்டாம்.
complaint-section-money = பணம்
complaint-money-hint = தொகைகளை இலக்கங்களாக, உதாரணமாக 1500 அல்லது 1500.50.
complaint-field-fee = வேலை பெறுவதற்காக நீங்கள் செலுத்திய கட்டணங்கள்
complaint-field-currency = நாணயம்
complaint-field-promised-wage = உங்களுக்கு வாக்களிக்கப்பட்ட மாதச் சம்பளம்
complaint-field-actual-wage = முதல் மாதத்தில் நீங்கள் பெற்ற மாதச் சம்பளம்
complaint-field-wage-currency = சம்பளத்தின் நாணயம்
complaint-field-visa-type = விசா வகை
complaint-costs-hint = எவற்றுக்காகப் பணம் செலுத்தினீர்கள்? ஒவ்வொரு செலவு வகையையும் குறியிடுங்கள்.
complaint-field-lender = செலுத்துவதற்காகக் கடன் வாங்கினீர்களா? யாரிடமிருந்து?
complaint-lender-none = நான் கடன் வாங்கவில்லை
complaint-section-remedy = நீங்கள் கேட்பது என்ன
complaint-section-consent = உங்கள் முறைப்பாட்டை யார் பெறலாம்
complaint-consent-hint = நீங்கள் குறியிடும் வகை அமைப்புகளுக்கு மட்டுமே, அவற்றிலும் உங்கள் நாடுகளை உள்ளடக்கும் அமைப்புகளுக்கு மட்டுமே உங்கள் முறைப்பாடு செல்லும்.
complaint-share-labour-inspectorate = தொழில் பரிசோதனை அலுவலகங்கள் (அரசாங்கம், வேலை செய்யும் நாட்டில்)
complaint-share-origin-authority = வெளிநாட்டு வேலைவாய்ப்பு அதிகாரசபைகள் (அரசாங்கம், உங்கள் சொந்த நாட்டில்)
complaint-share-trade-union = தொழிற்சங்கங்கள்
complaint-share-legal-aid = சட்ட உதவி அமைப்புகள்
complaint-no-immigration = இந்த அமைப்புகளில் எதுவும் குடிவரவுச் சட்டத்தை அமுல்படுத்துவதில்லை.
complaint-section-contact = உங்களை நாங்கள் எப்படித் தொடர்புகொள்ளலாம்
complaint-account-hint = "எனது கணக்கு" இந்த முறைப்பாட்டை நீங்கள் உள்நுழைந்துள்ள கணக்குடன் இணைக்கும். அடையாளம் தெரியாமல் இருக்க "எனது பற்றுச்சீட்டு மட்டும்" என்பதைத் தெரிவுசெய்யுங்கள்: அப்போது எதுவும் அதை உங்கள் கணக்குடன் இணைக்காது.
complaint-field-contact = நீங்கள் தெரிவுசெய்யும் தொடர்பு (தொலைபேசி, WhatsApp, மின்னஞ்சல், அல்லது ஒரு நபர்)
complaint-contact-hint = நீங்கள் "நான் தெரிவுசெய்யும் தொடர்பு" என்பதைத் தெரிவுசெய்திருந்தால் மட்டும். உங்களுக்குப் பாதுகாப்பான ஒன்றைத் தாருங்கள்.
complaint-field-safe-times = உங்களைத் தொடர்புகொள்ளப் பாதுகாப்பான நேரங்கள்
complaint-contact-consent = இந்தத் தொடர்பை யார் பார்க்கலாம் (முறைப்பாட்டையும் பெறும் அமைப்புகள் மட்டும்):
complaint-section-behalf = ஒரு தொழிலாளிக்காக முறைப்பாடு செய்தல்
complaint-field-behalf-consent = நான் அவருக்காக இந்த முறைப்பாட்டைச் செய்வதற்கும், மேலேயுள்ள தெரிவுகளுக்கும் தொழிலாளி சம்மதித்தார்.
complaint-submit = முறைப்பாட்டை அனுப்புங்கள்
complaint-contact-receipt_only = எனது பற்றுச்சீட்டு மட்டும் (அடையாளம் தெரியாமல்)
complaint-contact-account = எனது கணக்கு
complaint-contact-contact = நான் தெரிவுசெய்யும் தொடர்பு

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = எனது கடினமான நிலைமையை ஒருவர் தவறாகப் பயன்படுத்திக்கொண்டார்
complaint-issue-deception = என்னை ஏமாற்றினார்கள் அல்லது என்னிடம் பொய் சொன்னார்கள்
complaint-issue-restriction_of_movement = வெளியே செல்லவோ விட்டுப் போகவோ எனக்குச் சுதந்திரம் இல்லை
complaint-issue-isolation = என்னை மற்றவர்களிடமிருந்து தனிமைப்படுத்தி வைத்திருக்கிறார்கள்
complaint-issue-physical_sexual_violence = உடல் ரீதியான அல்லது பாலியல் வன்முறை
complaint-issue-intimidation_threats = அச்சுறுத்தல்கள் அல்லது மிரட்டல்
complaint-issue-retention_of_documents = எனது கடவுச்சீட்டு அல்லது அடையாள அட்டை என்னிடம் தரப்படாமல் வைக்கப்பட்டுள்ளது
complaint-issue-withholding_of_wages = எனது சம்பளம் நிறுத்தி வைக்கப்பட்டுள்ளது
complaint-issue-debt_bondage = ஒரு கடனை அடைக்க நான் வேலை செய்ய வேண்டியுள்ளது
complaint-issue-abusive_conditions = மிக மோசமான வேலை அல்லது வாழ்க்கை நிலைமைகள்
complaint-issue-excessive_overtime = மிக அதிகமான வேலை நேரம்
complaint-issue-fees_charged = வேலை பெறுவதற்காக நான் கட்டணம் செலுத்தினேன்
complaint-issue-job_deception = வேலை அல்லது சம்பளம் வாக்களித்தபடி இல்லை
complaint-issue-contract_substitution = எனது ஒப்பந்தம் வேறொன்றால் மாற்றீடு செய்யப்பட்டது
complaint-issue-no_contract = ஒப்பந்தம் இல்லை, அல்லது எனக்குப் புரியாத ஒப்பந்தம்
complaint-issue-documents_retained = முகவர் நிலையம் எனது ஆவணங்களை வைத்துக்கொண்டது
complaint-issue-wages_unpaid = சம்பளம் கொடுக்கப்படவில்லை
complaint-issue-discrimination = பாகுபாடு
complaint-issue-harassment = துன்புறுத்தல்
complaint-issue-unlicensed_recruiter = முகவர் நிலையத்திடம் அனுமதிப்பத்திரம் இருக்கவில்லை
complaint-stage-before_departure = இன்னும் வீட்டில், புறப்படும் முன்
complaint-stage-in_transit = பயணத்தின் வழியில்
complaint-stage-at_destination = வேலை செய்யும் நாட்டில்
complaint-stage-returned = வீடு திரும்பிவிட்டேன்
complaint-remedy-refund = எனது பணத்தைத் திரும்பப் பெற
complaint-remedy-unpaid_wages = கொடுக்கப்படாத எனது சம்பளம்
complaint-remedy-documents_returned = எனது ஆவணங்களைத் திரும்பப் பெற
complaint-remedy-repatriation = வீடு திரும்ப
complaint-remedy-change_of_employer = தொழில் வழங்குநரை மாற்ற
complaint-remedy-other = வேறு ஏதாவது

## The receipt

receipt-title = உங்கள் பற்றுச்சீட்டு
receipt-heading = உங்கள் முறைப்பாடு கிடைத்தது
receipt-intro = இது உங்கள் பற்றுச்சீட்டு இலக்கம்:
receipt-once = இதை இப்போது மட்டுமே, ஒரே ஒரு முறை காட்டுகிறோம். நாங்கள் இதைச் சேமிப்பதில்லை, மீண்டும் அனுப்பவும் முடியாது. இது இல்லாமல் உங்கள் முறைப்பாட்டை யாராலும் கண்டுபிடிக்க முடியாது — உங்களாலும் முடியாது.
receipt-how-write = இதை எழுதிக்கொள்ளுங்கள் அல்லது புகைப்படம் எடுங்கள், பாதுகாப்பான இடத்தில் வையுங்கள்.
receipt-how-track = என்ன நடக்கிறது என்று பார்க்க, கேள்விகளுக்குப் பதிலளிக்க அல்லது முறைப்பாட்டை மீளப்பெற, இதை இங்கே உள்ளிடுங்கள்:
receipt-how-safe = இந்த இலக்கம் உள்ள எவரும் உங்கள் முறைப்பாட்டுக்கான பதில்களை வாசிக்கலாம்: இதை யாருடனும் பகிர வேண்டாம்.
receipt-behalf = இந்த இலக்கத்தைத் தொழிலாளியிடம் பாதுகாப்பான முறையில் கொடுங்கள்.
receipt-routed = { $count ->
    [one] இது ஓர் அமைப்புக்கு அனுப்பப்பட்டது.
   *[other] இது { $count } அமைப்புகளுக்கு அனுப்பப்பட்டது.
}
receipt-unrouted = உங்கள் நாடுகளை உள்ளடக்கும் எந்த அமைப்பும் இதுவரை இணையவில்லை. உங்கள் முறைப்பாடு சேமிக்கப்பட்டுள்ளது, எங்கள் நிர்வாகிகள் ஓர் அமைப்பைத் தேடுகிறார்கள்; உங்கள் பற்றுச்சீட்டுடன் பின்னர் மீண்டும் பாருங்கள்.

## Following a complaint

track-title = உங்கள் முறைப்பாட்டைத் தொடர்ந்து பாருங்கள்
track-heading = உங்கள் முறைப்பாட்டைத் தொடர்ந்து பாருங்கள்
track-intro = முறைப்பாடு செய்தபோது உங்களுக்குத் தரப்பட்ட 16 இலக்கப் பற்றுச்சீட்டு இலக்கத்தை உள்ளிடுங்கள்.
track-field-receipt = பற்றுச்சீட்டு இலக்கம்
track-submit = எனது முறைப்பாட்டைக் காட்டுங்கள்
track-lost = பற்றுச்சீட்டுகளின் பிரதி எதையும் நாங்கள் சேமிப்பதில்லை, எனவே தொலைந்த பற்றுச்சீட்டை மீட்க முடியாது. நீங்கள் முறைப்பாட்டை மீண்டும் செய்யலாம்.
track-received = { $day } அன்று கிடைத்தது.
track-is-withdrawn = நீங்கள் இந்த முறைப்பாட்டை மீளப்பெற்றீர்கள்.
track-no-referrals = இது இதுவரை எந்த அமைப்பையும் சென்றடையவில்லை. உங்கள் நாடுகளை உள்ளடக்கும் ஓர் அமைப்பை நாங்கள் தேடுகிறோம்.
track-kind = வகை
track-status = நிலை
track-opened = அங்கே கிடைத்தது
track-outcome = முடிவு
track-question-waiting = இந்த அமைப்பு உங்கள் பதிலுக்காகக் காத்திருக்கிறது.
track-from-you = நீங்கள்
track-from-staff = அமைப்பு
track-answer = உங்கள் பதில்
track-add-information = தகவல் சேருங்கள்
track-send = அனுப்புங்கள்
track-message-sent = உங்கள் செய்தி அனுப்பப்பட்டது.
track-withdrawn = உங்கள் முறைப்பாடு மீளப்பெறப்பட்டது. அமைப்புகளுக்கு அறிவிக்கப்பட்டது.
track-withdraw-heading = முறைப்பாட்டை மீளப்பெறுங்கள்
track-withdraw-hint = நீங்கள் மீளப்பெற்றால், ஒவ்வோர் அமைப்பும் உங்கள் முறைப்பாட்டை மூடிவிடும். இதை மீண்டும் மாற்ற முடியாது.
track-withdraw-confirm = ஆம், எனது முறைப்பாட்டை மீளப்பெற விரும்புகிறேன்
track-withdraw-submit = மீளப்பெறுங்கள்
track-linked-heading = உங்கள் கணக்குடன் இணைக்கப்பட்ட முறைப்பாடுகள்
track-linked-hint = இவற்றை உங்கள் கணக்குடன் இணைக்க நீங்கள் தெரிவுசெய்தீர்கள். பதிலளிக்க அல்லது மீளப்பெற, மேலே பற்றுச்சீட்டு இலக்கத்தை உள்ளிடுங்கள்.

## Referral statuses, priorities, outcomes

case-status-new = புதியது
case-status-acknowledged = பெற்றுக்கொண்டது உறுதிப்படுத்தப்பட்டது
case-status-investigating = விசாரணையில் உள்ளது
case-status-awaiting_worker = தொழிலாளியின் பதிலுக்காகக் காத்திருக்கிறது
case-status-resolved = தீர்க்கப்பட்டது
case-status-closed = மூடப்பட்டது
case-close-reason-out_of_jurisdiction = இந்த அமைப்பின் பொறுப்புக்கு வெளியே
case-close-reason-unfounded = கண்டறியப்பட்ட உண்மைகளால் உறுதிப்படுத்தப்படவில்லை
case-close-reason-withdrawn = தொழிலாளியால் மீளப்பெறப்பட்டது
case-remedy-money_recovered = பணம் மீட்கப்பட்டது
case-remedy-documents_returned = ஆவணங்கள் திருப்பிக் கொடுக்கப்பட்டன
case-remedy-licence_action = முகவர் நிலையத்தின் அனுமதிப்பத்திரத்துக்கு எதிரான நடவடிக்கை
case-remedy-prosecution_referral = வழக்குத் தொடர அனுப்பப்பட்டது
case-remedy-other = வேறு நிவாரணம்
case-money-recovered = { $amount } மீட்கப்பட்டது
case-priority-urgent = அவசரம்
case-priority-high = உயர்
case-priority-normal = சாதாரணம்
case-priority-low = குறைவு
case-action-acknowledge = பெற்றுக்கொண்டதை உறுதிப்படுத்துங்கள்
case-action-investigate = விசாரணையைத் தொடங்குங்கள்
case-action-ask_worker = தொழிலாளியிடம் கேளுங்கள் (முதலில் செய்தி அனுப்புங்கள்)
case-action-resume = விசாரணையை மீண்டும் தொடருங்கள்
case-action-resolve = முடிவுடன் தீர்த்துவையுங்கள்
case-action-close = காரணத்துடன் மூடுங்கள்

## Staff: the queue

inspect-title = முறைப்பாட்டுக் கோவைகள்
inspect-heading = உங்கள் அமைப்பின் முறைப்பாட்டுக் கோவைகள்
inspect-filter-status = நிலை
inspect-filter-priority = முன்னுரிமை
inspect-filter-country = நாடு (சொந்த நாடு அல்லது சேருமிட நாடு)
inspect-filter-recruiter = முகவர் நிலைய அடையாள இலக்கம் (id)
inspect-filter-overdue = காலம் கடந்தவை மட்டும்
inspect-filter-submit = வடிகட்டுங்கள்
inspect-status-open = திறந்த கோவைகள்
inspect-status-all = எல்லாக் கோவைகளும்
inspect-priority-any = எந்த முன்னுரிமையும்
inspect-country-any = எந்த நாடும்
inspect-escalations-heading = மேல்நிலைக்கு அனுப்புதல்கள் (பொறுப்பாளர்கள்)
inspect-escalations-none = காலம் கடந்த கோவைகள் இல்லை.
inspect-escalation-acknowledge = உரிய நேரத்தில் பெற்றுக்கொண்டது உறுதிப்படுத்தப்படவில்லை
inspect-escalation-answer = உரிய நேரத்தில் பதில் இல்லை
inspect-queue-heading = வரிசை: மிக அவசரமானவை முதலில், பின்னர் பழையவை
inspect-empty = பொருந்தும் கோவைகள் இல்லை.
inspect-same-recruiter = இந்த முகவர் நிலையம் பற்றிய எல்லாக் கோவைகளும்

## Staff: one case

case-title = முறைப்பாட்டுக் கோவை { $id }
case-back = கோவைகளுக்குத் திரும்புங்கள்
case-saved = சேமிக்கப்பட்டது.
case-withdrawn = தொழிலாளி இந்த முறைப்பாட்டை மீளப்பெற்றார்.
case-on-behalf = தொழிலாளியின் சம்மதத்துடன், தொழிலாளியின் சார்பில் உதவிப் பணியாளர் ஒருவரால் செய்யப்பட்டது.
case-recruiter-profile = முகவர் நிலையத்தின் சுயவிபரம்
case-in-danger = இப்போது ஆபத்தில்
case-overdue = காலம் கடந்தது
case-sub-agent = அனுமதிப்பத்திரம் இல்லாத முகவர்
case-priority = முன்னுரிமை
case-priority-overridden = (ஊழியர்களால் அமைக்கப்பட்டது)
case-status = நிலை
case-collective = கூட்டுக் கோவை
case-facts-heading = முறைப்பாடு
case-fact-received = கிடைத்தது
case-fact-corridor = புலம்பெயர்வுப் பாதை
case-fact-workers = பாதிக்கப்பட்ட தொழிலாளர்கள்
case-fact-acknowledge-by = உறுதிப்படுத்த வேண்டிய திகதி
case-fact-answer-by = பதிலளிக்க வேண்டிய திகதி
case-fact-licensing-country = அனுமதிப்பத்திரம் வழங்கிய நாடு
case-fact-sector = துறை
case-fact-occupation = தொழில்
case-fact-departure-year = புறப்பட்ட ஆண்டு
case-fact-stage = தொழிலாளி இப்போது இருக்கும் இடம்
case-fact-fee = வேலைக்காகச் செலுத்திய கட்டணங்கள்
case-fact-promised-wage = வாக்களிக்கப்பட்ட மாதச் சம்பளம்
case-fact-actual-wage = முதல் மாதத்தில் பெற்ற சம்பளம்
case-fact-issues = என்ன நடந்தது
case-fact-remedies = தொழிலாளி கேட்பது
case-fact-description = தொழிலாளியின் சொந்த வார்த்தைகளில்
case-fact-contact = தொழிலாளி தெரிவுசெய்த தொடர்பு
case-fact-safe-times = தொடர்புகொள்ளப் பாதுகாப்பான நேரங்கள்
case-fact-costs = செலுத்திய செலவுகள்
case-fact-loan = செலுத்துவதற்கான கடன்
case-fact-visa-type = விசா வகை
case-contact-heading = தொடர்பு
case-contact-withheld = தொழிலாளி ஒரு தொடர்பைத் தந்துள்ளார், ஆனால் உங்கள் வகை அமைப்பு அதைப் பார்க்க அனுமதிக்கவில்லை. கீழேயுள்ள செய்திகள் மூலம் அவருக்கு எழுதுங்கள்: அவர் தனது பற்றுச்சீட்டு மூலம் அவற்றை வாசிப்பார்.
case-contact-none = தொழிலாளி தனது பற்றுச்சீட்டு மூலம் மட்டுமே முறைப்பாட்டைத் தொடர்ந்து பார்க்கிறார். கீழேயுள்ள செய்திகள் மூலம் அவருக்கு எழுதுங்கள்.
case-collective-heading = கூட்டுக் கோவை
case-collective-member = கூட்டுக் கோவை { $id } இன் ஒரு பகுதி:
case-same-recruiter = { $count ->
    [0] இங்குள்ள வேறு எந்தத் திறந்த கோவையும் இந்த முகவர் நிலையம் பற்றியது அல்ல.
    [one] இங்குள்ள வேறொரு திறந்த கோவை இந்த முகவர் நிலையம் பற்றியது.
   *[other] இங்குள்ள வேறு { $count } திறந்த கோவைகள் இந்த முகவர் நிலையம் பற்றியவை.
}
case-group-submit = அவற்றை ஒரே கூட்டுக் கோவையாக இணையுங்கள்
case-actions-heading = அடுத்த படி
case-field-action = படி
case-field-reason = காரணம் அல்லது குறிப்பு (மூடுவதற்குக் கட்டாயம்)
case-field-priority-reason = ஏன் (கட்டாயம்)
case-field-close-reason = ஏன் மூடப்படுகிறது
case-field-remedies = முடிவு: பெறப்பட்ட நிவாரணங்கள்
case-field-amount = மீட்கப்பட்ட பணம் (தொகை)
case-field-whole-group = கூட்டுக் கோவையின் ஒவ்வொரு கோவைக்கும் பொருத்துங்கள்
case-action-submit = இந்தப் படியைப் பதிவுசெய்யுங்கள்
case-messages-heading = செய்திகளும் குறிப்புகளும்
case-messages-none = இதுவரை செய்திகள் இல்லை.
case-note = உள்ளகக் குறிப்பு
case-from-worker = தொழிலாளியிடமிருந்து
case-to-worker = தொழிலாளிக்கு
case-field-message = தொழிலாளிக்கான செய்தி
case-field-internal = உள்ளகக் குறிப்பு (தொழிலாளி இதை ஒருபோதும் பார்க்க மாட்டார்)
case-message-submit = அனுப்புங்கள்
case-priority-heading = முன்னுரிமையை மாற்றுங்கள்
case-priority-submit = முன்னுரிமையை மாற்றுங்கள்
case-refer-heading = வேறொரு அமைப்புக்கு அனுப்புங்கள்
case-refer-hint = வேறொரு அமைப்பில் ஒரு கோவையைத் திறக்கும். தொழிலாளி சம்மதித்த வகை அமைப்புகள் மட்டுமே காட்டப்படும்.
case-field-organisation = அமைப்பு
case-refer-submit = அனுப்புங்கள்
case-timeline-heading = காலவரிசை
case-step-opened = கோவை திறக்கப்பட்டது
case-step-referred-on = வேறொரு அமைப்புக்கு அனுப்பப்பட்டது
case-step-priority = முன்னுரிமை மாற்றப்பட்டது
case-step-grouped = கூட்டுக் கோவையில் சேர்க்கப்பட்டது
case-step-escalated = காலக்கெடு தவறியது: பொறுப்பாளர்களுக்கு அறிவிக்கப்பட்டது

## Administrators

unrouted-title = இன்னும் அனுப்பப்படாத முறைப்பாடுகள்
unrouted-heading = எந்த அமைப்புக்கும் கிடைக்காத முறைப்பாடுகள்
unrouted-intro = இந்த முறைப்பாடுகள் எந்த அமைப்பின் நாடுகளுடனும், தொழிலாளி சம்மதித்த அமைப்பு வகைகளுடனும் பொருந்தவில்லை. அவற்றை உள்ளடக்கும் அமைப்பு ஒன்றைச் சேருங்கள். அவற்றின் உள்ளடக்கம் இங்கே காட்டப்படாது.
unrouted-none = ஒவ்வொரு முறைப்பாடும் ஓர் அமைப்பைச் சென்றடைந்தது.
unrouted-recruiter = முகவர் நிலையம்
unrouted-kinds = சம்மதித்த வகைகள்
unrouted-count = இன்னும் அனுப்பப்படாத முறைப்பாடுகள்
unrouted-route-hint = அவற்றை உள்ளடக்கும் அமைப்பைச் சேர்த்த பின், காத்திருக்கும் முறைப்பாடுகளை மீண்டும் அனுப்புங்கள்.
unrouted-route-submit = காத்திருக்கும் முறைப்பாடுகளை மீண்டும் அனுப்புங்கள்
unrouted-routed = { $count ->
    [one] ஒரு முறைப்பாடு ஓர் அமைப்பைச் சென்றடைந்தது.
   *[other] { $count } முறைப்பாடுகள் ஓர் அமைப்பைச் சென்றடைந்தன.
}

## Errors

error-complaint-recruiter-required = பதிவேட்டில் முகவர் நிலையத்தைத் தெரிவுசெய்யுங்கள், அல்லது முகவரின் அல்லது தரகரின் பெயரை எழுதுங்கள்.
error-complaint-recruiter-both = பதிவேட்டிலுள்ள ஒரு முகவர் நிலையத்தை அல்லது ஒரு முகவரின் பெயரைத் தாருங்கள், இரண்டையும் அல்ல.
error-complaint-recruiter-unknown = அந்த முகவர் நிலையத்தைப் பதிவேட்டில் எங்களால் கண்டுபிடிக்க முடியவில்லை.
error-complaint-country-required = நாட்டைத் தெரிவுசெய்யுங்கள்.
error-complaint-corridor-same = இரண்டு நாடுகளும் வெவ்வேறாக இருக்க வேண்டும்.
error-complaint-year = 2024 போன்ற ஓர் ஆண்டைத் தாருங்கள்.
error-complaint-workers = 1 முதல் 100,000 வரையான தொழிலாளர் எண்ணிக்கையைத் தாருங்கள்.
error-complaint-lender = பணத்தைக் கடனாகக் கொடுத்தவர் யார் என்பதைத் தெரிவுசெய்யுங்கள், அல்லது வட்டியை வெறுமையாக விடுங்கள்.
error-complaint-consent-required = உங்கள் முறைப்பாட்டைப் பெறக்கூடிய குறைந்தது ஒரு வகை அமைப்பையாவது தெரிவுசெய்யுங்கள்.
error-complaint-contact-consent = முறைப்பாட்டையும் பெறும் அமைப்புகளுக்கு மட்டுமே உங்கள் தொடர்பு செல்ல முடியும்.
error-complaint-contact-consent-required = உங்கள் தொடர்பை யார் பார்க்கலாம் என்பதைத் தெரிவுசெய்யுங்கள்.
error-complaint-contact-required = உங்களைத் தொடர்புகொள்ள வேண்டிய தொடர்பை எழுதுங்கள், அல்லது "எனது பற்றுச்சீட்டு மட்டும்" என்பதைத் தெரிவுசெய்யுங்கள்.
error-complaint-account-needed = முறைப்பாட்டை உங்கள் கணக்குடன் இணைக்க உள்நுழையுங்கள், அல்லது "எனது பற்றுச்சீட்டு மட்டும்" என்பதைத் தெரிவுசெய்யுங்கள்.
error-complaint-behalf-consent = நீங்கள் அவருக்காக முறைப்பாடு செய்வதற்குத் தொழிலாளி சம்மதித்தார் என்பதை உறுதிப்படுத்துங்கள்.
error-track-receipt-format = பற்றுச்சீட்டு இலக்கத்தில் 16 இலக்கங்கள் உள்ளன, உதாரணமாக 1234-5678-9012-3456.
error-track-receipt-unknown = இந்தப் பற்றுச்சீட்டு இலக்கத்துடன் எந்த முறைப்பாடும் இல்லை. இலக்கங்களைச் சரிபார்த்து மீண்டும் முயற்சியுங்கள்.
error-track-referral = இது உங்கள் முறைப்பாடு சென்ற அமைப்புகளில் ஒன்று அல்ல.
error-track-referral-closed = இந்த அமைப்பு உங்கள் முறைப்பாட்டை மூடிவிட்டது; அதற்குச் செய்திகளைப் பெற முடியாது.
error-track-withdraw-confirm = மீளப்பெற விரும்புகிறீர்கள் என்பதை உறுதிப்படுத்தப் பெட்டியைக் குறியிடுங்கள்.
error-case-transition = கோவையின் தற்போதைய நிலையிலிருந்து இந்தப் படி சாத்தியமில்லை.
error-case-action-unknown = பட்டியலிலிருந்து ஒரு படியைத் தெரிவுசெய்யுங்கள்.
error-case-close-reason = கோவை ஏன் மூடப்படுகிறது என்பதைத் தெரிவுசெய்யுங்கள்.
error-case-reason-required = காரணத்தை எழுதுங்கள்.
error-case-outcome-required = பெறப்பட்ட குறைந்தது ஒரு நிவாரணத்தைத் தெரிவுசெய்யுங்கள்.
error-case-money-required = மீட்கப்பட்ட பணத்தின் தொகையையும் நாணயத்தையும் தாருங்கள்.
error-case-money-unexpected = தொகை "பணம் மீட்கப்பட்டது" என்பதுடன் மட்டுமே வரும்.
error-case-message-required = ஒரு செய்தியை எழுதுங்கள்.
error-case-priority = பட்டியலிலிருந்து ஒரு முன்னுரிமையைத் தெரிவுசெய்யுங்கள்.
error-case-refer-self = கோவை ஏற்கனவே இந்த அமைப்பில் உள்ளது.
error-case-refer-consent = இந்த வகை அமைப்புடன் முறைப்பாட்டைப் பகிரத் தொழிலாளி சம்மதிக்கவில்லை.
error-case-refer-coverage = இந்த அமைப்பு இந்த முறைப்பாட்டின் நாடுகளில் பணிபுரிவதில்லை.
error-case-refer-exists = இந்த அமைப்பிடம் ஏற்கனவே இந்த முறைப்பாடு உள்ளது.
error-case-group-alone = இங்குள்ள வேறு எந்தத் திறந்த கோவையும் இந்த முகவர் நிலையம் பற்றியது அல்ல.
error-case-filter = ஒரு வடிகட்டியில் எங்களுக்குத் தெரியாத மதிப்பு உள்ளது.

## Evidence (photos, documents, voice notes)
evidence-heading = புகைப்படங்கள், ஆவணங்கள், குரல் பதிவுகள்
evidence-hint = ஒப்பந்தத்தின் புகைப்படம், கட்டணத்துக்கான பற்றுச்சீட்டு, சம்பளச் சீட்டு அல்லது முகவர் நிலையத்தின் செய்தி, PDF, அல்லது குரல் பதிவு ஒன்றைச் சேருங்கள். புகைப்படங்களிலிருந்து இருப்பிடத் தரவும் தொலைபேசியின் விபரங்களும் நீக்கப்படும்.
evidence-field-files = கோப்புகள்
evidence-files-hint = புகைப்படங்கள் (JPEG, PNG, WebP), PDF, அல்லது குரல் பதிவுகள் (MP3, Ogg, M4A, AMR); ஒரே நேரத்தில் பலவற்றையும் அனுப்பலாம்.
evidence-field-share = இந்தக் கோப்புகளை யார் பார்க்கலாம்
evidence-submit = கோப்புகளை அனுப்புங்கள்
evidence-sent = உங்கள் கோப்புகள் முறைப்பாட்டுடன் சேர்க்கப்பட்டன.
evidence-location-removed = உங்கள் புகைப்படங்களிலிருந்து இருப்பிடத் தரவும் தொலைபேசியின் விபரங்களும் நீக்கப்பட்டன.
evidence-choose-again = எதுவும் அனுப்பப்படவில்லை. கோப்புகளை மீண்டும் தெரிவுசெய்யுங்கள்: உலாவி அவற்றை வைத்திருப்பதில்லை.
evidence-kind-photo = புகைப்படம்
evidence-kind-document = ஆவணம்
evidence-kind-voice = குரல் பதிவு
evidence-size-kb = { $count } KB
error-evidence-type = இந்த வகைக் கோப்பு ஏற்கப்படுவதில்லை. புகைப்படங்கள் (JPEG, PNG, WebP), PDF ஆவணங்கள் அல்லது குரல் பதிவுகளை (MP3, Ogg, M4A, AMR) அனுப்புங்கள்.
error-evidence-unreadable = ஒரு கோப்பை வாசிக்க முடியவில்லை: அது சேதமடைந்திருக்கலாம், பாதியில் துண்டிக்கப்பட்டிருக்கலாம் அல்லது கடவுச்சொல்லால் பூட்டப்பட்டிருக்கலாம்.
error-evidence-pixels = ஒரு புகைப்படம் மிகப் பெரியது. சிறிய பிரதியை அனுப்புங்கள்.
error-evidence-too-large = ஒரு கோப்பு அனுமதிக்கப்பட்டதை விடப் பெரியது. சிறிய பிரதியை அனுப்புங்கள்.
error-evidence-too-many = ஒரே நேரத்தில் அதிகமான கோப்புகள். அவற்றைப் பல தடவைகளில் அனுப்புங்கள்.
error-evidence-none = குறைந்தது ஒரு கோப்பையாவது தெரிவுசெய்யுங்கள்.
error-evidence-share = உங்கள் முறைப்பாடு சென்ற அமைப்புகளில், கோப்புகளை யார் பார்க்கலாம் என்பதைத் தெரிவுசெய்யுங்கள்.
error-evidence-complaint-full = இந்த முறைப்பாடு வைத்திருக்கக்கூடிய அளவு கோப்புகளை ஏற்கனவே கொண்டுள்ளது. மிக முக்கியமானவற்றை மட்டும் அனுப்புங்கள்.
error-evidence-truncated = பதிவேற்றம் இடையில் துண்டிக்கப்பட்டது. மீண்டும் முயற்சியுங்கள்.
evidence-from-staff = அமைப்பு உங்களுக்கு அனுப்பியது
evidence-sent-by-you = உங்கள் அமைப்பு அனுப்பியது
evidence-staff-field = தொழிலாளிக்குக் கோப்புகளை அனுப்புங்கள்
evidence-staff-hint = ஒரு படிவம், ஒரு தீர்மானம் அல்லது ஒரு கடிதம். தொழிலாளி தனது பற்றுச்சீட்டு மூலம் அவற்றைத் திறப்பார்; வேறு எந்த அமைப்பும் அவற்றைப் பார்க்காது. புகைப்படங்களின் இருப்பிடத் தரவு நீக்கப்படும்.
evidence-staff-submit = தொழிலாளிக்கு அனுப்புங்கள்
error-webhook-url-malformed = அதிகபட்சம் 2,000 எழுத்துகளில் முழு இணைய முகவரியை (https://…) பயனர்பெயர் அல்லது கடவுச்சொல் இல்லாமல் உள்ளிடவும்.
error-webhook-url-not-https = முகவரி https:// என்று தொடங்க வேண்டும்.
error-webhook-url-private = இந்த முகவரி தனிப்பட்ட, உள்ளூர் அல்லது ஒதுக்கப்பட்ட வலையமைப்பைக் குறிக்கிறது. பொது இணைய முகவரியைப் பயன்படுத்தவும்.
error-webhook-url-unresolved = இந்த முகவரியின் ஹோஸ்ட் பெயர் கிடைக்கவில்லை. எழுத்துப்பிழையைச் சரிபார்க்கவும்.
