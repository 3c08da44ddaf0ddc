# Language: Tamil (Sri Lankan usage) (ta). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = தமிழ்
site-name = FairRecruit

## Page frame
nav-label = பிரதான மெனு
nav-skip-to-content = உள்ளடக்கத்திற்குச் செல்லுங்கள்
nav-recruiters = முகவர் நிலையங்கள்
nav-rights = உங்கள் உரிமைகள்
language-switcher-label = மொழி
footer-free = FairRecruit தொழிலாளர்களுக்கு இலவசம். உங்கள் பெயரை ஒருபோதும் தர வேண்டியதில்லை.
footer-privacy = நீங்கள் அனுப்பும் எதனுடனும் உங்கள் IP முகவரியை நாங்கள் சேமிப்பதில்லை.

## Home
home-title = பணம் செலுத்தும் முன் முகவர் நிலையத்தைச் சரிபாருங்கள்
home-heading = யாருக்கும் பணம் செலுத்தும் முன் முகவர் நிலையத்தைச் சரிபாருங்கள்
home-lead = ஒரு வெளிநாட்டு வேலைவாய்ப்பு முகவர் நிலையத்தைத் தேடுங்கள்: அதன் அனுமதிப்பத்திரம் செல்லுபடியானதா, அது தொழிலாளர்களை எங்கே அனுப்புகிறது, அதன் மூலம் சென்ற மற்றவர்களுக்கு என்ன நடந்தது.
home-directory-size = { $count ->
    [0] இதுவரை எந்த முகவர் நிலையமும் பட்டியலில் இல்லை.
    [one] ஒரு முகவர் நிலையம் பட்டியலில் உள்ளது.
   *[other] { $count } முகவர் நிலையங்கள் பட்டியலில் உள்ளன.
}
home-what-heading = FairRecruit எதற்காக
home-what-lookup = முகவர் நிலையங்களின் அனுமதிப்பத்திரப் பட்டியல்களில் பெயர் அல்லது அனுமதிப்பத்திர இலக்கம் மூலம் தேடுங்கள்.
home-what-review = நீங்கள் எவ்வளவு செலுத்தினீர்கள், உங்களை எப்படி நடத்தினார்கள் என்பதை மற்ற தொழிலாளர்களுக்குச் சொல்லுங்கள்.
home-what-complain = முறைப்பாடு செய்யுங்கள், விரும்பினால் உங்கள் பெயர் இல்லாமலே. ஒரு பற்றுச்சீட்டு மூலம் அதைத் தொடர்ந்து பாருங்கள்.
home-free = FairRecruit ஐப் பயன்படுத்துவது இலவசம். சர்வதேச நியமங்களின்படி, உங்கள் ஆட்சேர்ப்புச் செலவை நீங்கள் அல்ல, தொழில் வழங்குநரே செலுத்த வேண்டும்.
home-rights-link = உங்கள் உரிமைகளை அறிந்துகொள்ளுங்கள்: ஆட்சேர்ப்புச் செலவை யார் செலுத்த வேண்டும்

## Search
search-label = முகவர் நிலையத்தின் பெயர் அல்லது அனுமதிப்பத்திர இலக்கம்
search-placeholder = உ-ம்: Himalaya அல்லது 1234/071
search-button = தேடுங்கள்
filters-heading = வடிகட்டிகள்
filter-licensing-country = அனுமதிப்பத்திரம் வழங்கிய நாடு
filter-destination = தொழிலாளர்களை அனுப்பும் நாடு
filter-status = அனுமதிப்பத்திர நிலை
filter-any-country = எந்த நாடும்
filter-any-status = எந்த நிலையும்
results-title = முகவர் நிலையங்கள்
results-heading = முகவர் நிலையத்தைத் தேடுங்கள்
results-none = உங்கள் தேடலுக்குப் பொருந்தும் முகவர் நிலையம் எதுவும் இல்லை. எழுத்துக்களைச் சரிபாருங்கள், பெயரின் ஒரு பகுதியை மட்டும் எழுதிப் பாருங்கள், அல்லது ஒரு வடிகட்டியை நீக்குங்கள்.
results-empty-directory = முகவர் நிலையங்களைப் பார்க்க, பெயர் அல்லது அனுமதிப்பத்திர இலக்கத்தை எழுதுங்கள், அல்லது ஒரு நாட்டைத் தெரிவுசெய்யுங்கள்.
pager-label = பக்கங்கள்
pager-previous = முந்தைய பக்கம்
pager-next = அடுத்த பக்கம்
pager-page = பக்கம் { $page }

## Licence statuses
licence-status-active = அனுமதிப்பத்திரம் செல்லுபடியாகும்
licence-status-suspended = அனுமதிப்பத்திரம் இடைநிறுத்தப்பட்டுள்ளது
licence-status-revoked = அனுமதிப்பத்திரம் இரத்துச் செய்யப்பட்டுள்ளது
licence-status-expired = அனுமதிப்பத்திரம் காலாவதியாகிவிட்டது

## Recruiter profile
recruiter-licence-status = அனுமதிப்பத்திர நிலை
recruiter-licence-number = அனுமதிப்பத்திர இலக்கம்
recruiter-licensing-country = அனுமதிப்பத்திரம் வழங்கிய நாடு
recruiter-address = முகவரி
recruiter-destinations = தொழிலாளர்களை அனுப்பும் நாடுகள்
recruiter-destinations-none = தெரியாது
recruiter-sub-agent = உப முகவர், அனுமதிப்பத்திரம் இல்லை
recruiter-sub-agent-explained = தொழிலாளர்கள் இந்த நபரை அல்லது அலுவலகத்தை இடைத்தரகர் எனக் குறிப்பிட்டுள்ளனர். எந்த அனுமதிப்பத்திரப் பட்டியலிலும் இது இல்லை.
recruiter-not-active-warning = இந்த அனுமதிப்பத்திரம் செல்லுபடியாகவில்லை. செல்லுபடியான அனுமதிப்பத்திரம் இல்லாத முகவர் நிலையம் தொழிலாளர்களை ஆட்சேர்க்க முடியாது. அதற்குப் பணம் செலுத்தாதீர்கள்.
recruiter-history-heading = அனுமதிப்பத்திர வரலாறு
recruiter-history-date = திகதி
recruiter-history-none = அனுமதிப்பத்திரத்தில் எந்த மாற்றமும் பதிவாகவில்லை.
recruiter-reviews-heading = தொழிலாளர்கள் சொல்வது

## Know your rights
rights-title = உங்கள் உரிமைகள்
rights-heading = வெளிநாட்டு வேலைக்கு ஆட்சேர்க்கப்படும்போது உங்கள் உரிமைகள்
rights-epp-heading = செலுத்த வேண்டியது தொழில் வழங்குநர், நீங்கள் அல்ல
rights-epp-body = தொழில் வழங்குநர் செலுத்தும் கொள்கையின்படி (Employer Pays Principle), வேலை பெறுவதற்காக எந்தத் தொழிலாளியும் பணம் செலுத்தக் கூடாது. ஆட்சேர்ப்பின் ஒவ்வொரு கட்டணத்தையும் செலவையும் தொழில் வழங்குநரே செலுத்த வேண்டும்.
rights-epp-c181 = சர்வதேச தொழிலாளர் அமைப்பின் (ILO) 181 ஆம் இலக்க சமவாயம், உறுப்புரை 7: முகவர் நிலையங்கள் தொழிலாளர்களிடமிருந்து நேரடியாகவோ மறைமுகமாகவோ, முழுமையாகவோ பகுதியாகவோ எந்தக் கட்டணத்தையும் செலவையும் அறவிடக் கூடாது.
rights-fees-heading = ஆட்சேர்ப்புக் கட்டணம் அல்லது செலவு என்பது என்ன
rights-fees-intro = முகவர் நிலையத்தின் சேவைக்கான கட்டணங்களை, யார் வசூலித்தாலும் எப்போது வசூலித்தாலும், நீங்கள் ஒருபோதும் செலுத்த வேண்டியதில்லை. ILO இந்தத் தொடர்புடைய செலவுகளையும் பட்டியலிடுகிறது, இவற்றையும் தொழில் வழங்குநரே செலுத்த வேண்டும்:
rights-illegitimate = இலஞ்சம், கப்பம், தரகுப் பணம் (kickback), பிணைப் பணம், வைப்புப் பணம் மற்றும் சட்டவிரோதச் செலவு மீட்புக் கட்டணங்கள் யாருக்கும் ஒருபோதும் அனுமதிக்கப்படுவதில்லை.
rights-documents-heading = உங்கள் கடவுச்சீட்டு உங்களுடையது
rights-documents-body = உங்கள் விருப்பத்திற்கு மாறாக உங்கள் கடவுச்சீட்டையோ அடையாள அட்டையையோ யாரும் வைத்திருக்க முடியாது: முகவர் நிலையமும் முடியாது, தொழில் வழங்குநரும் முடியாது. அவற்றை வைத்திருப்பது கட்டாய உழைப்பின் ஓர் அறிகுறி.
rights-contract-heading = உங்கள் ஒப்பந்தம்
rights-contract-body = நீங்கள் புறப்படும் முன், உங்களுக்குப் புரியும் மொழியில் எழுத்துமூல ஒப்பந்தம் ஒன்று உங்களுக்குக் கிடைக்க வேண்டும். நீங்கள் சென்றடைந்ததும் வேலை, சம்பளம், தொழில் வழங்குநர் அல்லது வேலை நேரம் மாறினால், அது ஒப்பந்த மாற்றீடு ஆகும்.
rights-help-heading = ஏதாவது தவறாக நடந்தால்
rights-help-body = உங்கள் பெயரைத் தராமலே FairRecruit இல் முறைப்பாடு செய்யலாம். அது உங்கள் சொந்த நாட்டிலும் நீங்கள் வேலைக்குச் சென்ற நாட்டிலும் நடவடிக்கை எடுக்கக்கூடிய அமைப்புகளுக்குச் செல்லும்.
rights-not-legal-advice = இந்தப் பக்கம் சர்வதேச நியமங்களைச் சுருக்கமாக விளக்குகிறது. இது சட்ட ஆலோசனை அல்ல.

## Errors
error-go-home = முகப்புப் பக்கத்திற்குச் செல்லுங்கள்
error-status = பிழைக் குறியீடு { $status }
error-invalid-input-title = கோரிக்கையில் ஏதோ சரியில்லை
error-invalid-input = கோரிக்கையைப் புரிந்துகொள்ள முடியவில்லை. நீங்கள் எழுதியதைச் சரிபார்த்து மீண்டும் முயற்சியுங்கள்.
error-not-found-title = பக்கம் கிடைக்கவில்லை
error-not-found = அந்தப் பக்கத்தையோ முகவர் நிலையத்தையோ எங்களால் கண்டுபிடிக்க முடியவில்லை. இணைப்பு தவறாக அல்லது பழையதாக இருக்கலாம்.
error-method-not-allowed-title = அனுமதி இல்லை
error-method-not-allowed = இந்த முகவரி அத்தகைய கோரிக்கையை ஏற்பதில்லை.
error-payload-too-large-title = தரவு அதிகம்
error-payload-too-large = அனுப்பியது மிகப் பெரியது. குறைவாக அனுப்பி மீண்டும் முயற்சியுங்கள்.
error-request-timeout-title = மிக மெதுவாக
error-request-timeout = நீங்கள் அனுப்பியது வந்துசேர அதிக நேரம் எடுத்தது. உங்கள் இணைப்பைச் சரிபார்த்து மீண்டும் அனுப்புங்கள்.
error-service-unavailable-title = FairRecruit சிறிது நேரம் கிடைக்கவில்லை
error-service-unavailable = இப்போது எங்கள் தரவுத்தளத்தை அணுக முடியவில்லை. நீங்கள் அனுப்பிய எதுவும் தொலையவில்லை. சில நிமிடங்களில் மீண்டும் முயற்சியுங்கள்.
error-internal-title = ஏதோ தவறு நடந்துவிட்டது
error-internal = எங்கள் பக்கத்தில் ஏதோ தவறு நடந்துவிட்டது. பின்னர் மீண்டும் முயற்சியுங்கள்.
error-query-too-long = தேடல் மிக நீளமானது. அதிகபட்சம் 200 எழுத்துகளைப் பயன்படுத்துங்கள்.
error-query-forbidden-chars = தேடலில் கண்ணுக்குத் தெரியாத கட்டுப்பாட்டு எழுத்துகள் உள்ளன. அவை இல்லாமல் மீண்டும் எழுதுங்கள்.
error-invalid-encoding = முகவரியில் வாசிக்க முடியாத எழுத்துகள் உள்ளன.
error-unknown-parameter = முகவரியில் எங்களுக்குத் தெரியாத அமைப்பு ஒன்று உள்ளது.
error-repeated-parameter = முகவரியில் ஒரே அமைப்பு இரண்டு முறை உள்ளது.
error-invalid-country = பட்டியலிலிருந்து ஒரு நாட்டைத் தெரிவுசெய்யுங்கள்.
error-invalid-status = பட்டியலிலிருந்து ஓர் அனுமதிப்பத்திர நிலையைத் தெரிவுசெய்யுங்கள்.
error-invalid-page = பக்க இலக்கம் 1 முதல் 500 வரையான முழு எண்ணாக இருக்க வேண்டும்.
error-invalid-per-page = ஒரு பக்கத்திலுள்ள முடிவுகளின் எண்ணிக்கை 1 முதல் 100 வரை இருக்க வேண்டும்.
error-choice = பட்டியலிலிருந்து தெரிவுசெய்யுங்கள்.
error-text-long = இந்த உரை மிக நீளமானது.
error-text-chars = இந்த உரையில் கண்ணுக்குத் தெரியாத கட்டுப்பாட்டு எழுத்துகள் அல்லது வாசிக்க முடியாத எழுத்துகள் உள்ளன. அவை இல்லாமல் மீண்டும் எழுதுங்கள்.
error-text-markup = இந்த உரையில் கணினிக் குறியீடு போல, "<" குறியைத் தொடர்ந்து எழுத்துகள் உள்ளன. அவை இல்லாமல் எழுதுங்கள்.
error-amount = இலக்கங்களை மட்டும் பயன்படுத்தி ஒரு தொகையை உள்ளிடுங்கள், உதாரணமாக 150000 அல்லது 1500.50, 10,000,000,000 வரை.
error-currency = உங்கள் தொகைகளின் நாணயத்தைத் தெரிவுசெய்யுங்கள்.
error-interest = மாத வட்டியை 0 முதல் 100 வரையான எண்ணாக உள்ளிடுங்கள்.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = கணக்கு
nav-sign-in = உள்நுழையுங்கள்
error-unauthorized-title = தயவுசெய்து உள்நுழையுங்கள்
error-unauthorized = இதற்கு நீங்கள் உள்நுழைய வேண்டும். உங்கள் அமர்வு முடிந்திருக்கலாம்.
error-forbidden-title = அனுமதி இல்லை
error-forbidden = உங்கள் கணக்கால் இந்தப் பக்கத்தைத் திறக்க முடியாது.
error-conflict-title = ஏற்கனவே பெறப்பட்டது
error-conflict = இந்தக் கோரிக்கை முன்பு பெறப்பட்ட ஒரு கோரிக்கையுடன் முரண்படுகிறது. புதிதாக எதுவும் சேமிக்கப்படவில்லை.
error-idempotency-reused = இந்த Idempotency-Key ஏற்கனவே வேறொரு கோரிக்கைக்குப் பயன்படுத்தப்பட்டுள்ளது. புதிய கோரிக்கைக்குப் புதிய திறவுகோலைப் (key) பயன்படுத்துங்கள்; புதிதாக எதுவும் சேமிக்கப்படவில்லை.
error-idempotency-in-progress = இந்த Idempotency-Key உடன் வந்த முதல் கோரிக்கைக்கு இன்னும் பதில் தயாராகிக்கொண்டிருக்கிறது. அதன் பதிலைப் பெற சிறிது நேரத்தில் மீண்டும் முயற்சியுங்கள்.
error-idempotency-key = Idempotency-Key தலைப்பில் (header) கண்ணுக்குத் தெரியும் ASCII எழுத்துகள் 1 முதல் 255 வரை இருக்க வேண்டும், எடுத்துக்காட்டாக ஒரு சீரற்ற (random) UUID.
error-too-many-requests-title = தயவுசெய்து காத்திருங்கள்
error-too-many-requests = குறுகிய நேரத்தில் அதிகமான முயற்சிகள். சிறிது காத்திருந்து மீண்டும் முயற்சியுங்கள்.
error-sign-in-failed = பயனர் பெயர், கடவுச்சொல் அல்லது குறியீடு சரியில்லை.
error-csrf = இந்தப் படிவம் காலாவதியாகிவிட்டது. பின்சென்று, பக்கத்தை மீளேற்றி, மீண்டும் அனுப்புங்கள்.
error-cross-site = இந்தப் படிவம் வேறொரு இணையத்தளத்திலிருந்து அனுப்பப்பட்டதால், நாங்கள் அதை நிராகரித்தோம்.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API குறிப்பு
api-docs-intro = செயலிகளுக்கும் பங்காளர் அமைப்புகளுக்குமான JSON API: ஒவ்வொரு செயற்பாடும் எதைப் பெறுகிறது, எதைப் பதிலாகத் தருகிறது. கீழேயுள்ள விபரங்கள் ஆங்கிலத்தில் உள்ளன.
# Link to the same reference as a machine-readable file.
api-docs-openapi = இதே குறிப்பு, OpenAPI ஆவணமாக (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = செயற்பாடுகள்
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = அணுகல் டோக்கன் (bearer token) தேவை (Authorization: Bearer …).
api-docs-parameters = அளவுருக்கள்
# Heading: what the caller sends in the request's body.
api-docs-body = கோரிக்கையின் உள்ளடக்கம்
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = பதில்கள்
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = தரவு வகைகள்
# Column heading: a field's or parameter's name.
api-docs-name = பெயர்
# Column heading: a field's data type (string, integer …).
api-docs-type = வகை
api-docs-description = விபரம்
# Marks a field the caller must send.
api-docs-required = கட்டாயம்

## Drafts kept on the phone (review and complaint forms)
draft-kept = நீங்கள் இங்கே தட்டச்சு செய்வது, அனுப்பும் வரை அல்லது நீக்கும் வரை இந்தத் தொலைபேசியில் மட்டும் வரைவாக வைக்கப்படும். இந்தத் தொலைபேசியைப் பயன்படுத்தும் எவரும் அதைப் படிக்கலாம்.
draft-files = புகைப்படங்களும் கோப்புகளும் வரைவில் வைக்கப்படாது: அனுப்பும் முன் அவற்றை மீண்டும் தேர்ந்தெடுக்கவும்.
draft-restored = உங்கள் வரைவு மீண்டும் நிரப்பப்பட்டது. சரிபார்த்து, பிறகு அனுப்பவும்.
draft-delete = வரைவை நீக்கு
error-csrf-stale = இந்தப் படிவம் காலாவதியாகிவிட்டதால் எதுவும் அனுப்பப்படவில்லை. நீங்கள் தட்டச்சு செய்த அனைத்தும் கீழே உள்ளன: சரிபார்த்து மீண்டும் அனுப்பவும்.
