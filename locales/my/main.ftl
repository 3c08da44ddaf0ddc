# Language: Burmese (Unicode) (my). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = မြန်မာ
site-name = FairRecruit

## Page frame
nav-label = ပင်မ မီနူး
nav-skip-to-content = အဓိက အကြောင်းအရာသို့ သွားရန်
nav-recruiters = အေဂျင်စီများ
nav-rights = သင့်အခွင့်အရေးများ
language-switcher-label = ဘာသာစကား
footer-free = FairRecruit ကို အလုပ်သမားတွေ အခမဲ့ သုံးနိုင်ပါတယ်။ သင့်နာမည်ကို ဘယ်တော့မှ ပေးစရာ မလိုပါဘူး။
footer-privacy = သင်ပို့တဲ့ ဘယ်အရာနဲ့မှ သင့် IP လိပ်စာကို တွဲပြီး ကျွန်ုပ်တို့ မသိမ်းထားပါဘူး။

## Home
home-title = ငွေမပေးခင် အေဂျင်စီကို စစ်ကြည့်ပါ
home-heading = ဘယ်သူ့ကိုမှ ငွေမပေးခင် အေဂျင်စီကို အရင် စစ်ကြည့်ပါ
home-lead = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီကို ရှာကြည့်ပါ - လိုင်စင် တရားဝင် သက်တမ်းရှိသလား၊ အလုပ်သမားတွေကို ဘယ်နိုင်ငံ ပို့သလဲ၊ အဲဒီအေဂျင်စီကနေ သွားခဲ့တဲ့ တခြားသူတွေ ဘာတွေ ကြုံခဲ့ရသလဲ။
home-directory-size = { $count ->
    [0] စာရင်းထဲမှာ အေဂျင်စီ မရှိသေးပါ။
   *[other] စာရင်းထဲမှာ အေဂျင်စီ { $count } ခု ရှိပါတယ်။
}
home-what-heading = FairRecruit က ဘာအတွက်လဲ
home-what-lookup = အလုပ်အကိုင်ရှာဖွေရေး အေဂျင်စီတွေရဲ့ လိုင်စင်စာရင်းတွေထဲမှာ နာမည် ဒါမှမဟုတ် လိုင်စင်နံပါတ်နဲ့ ရှာပါ။
home-what-review = သင် ငွေဘယ်လောက် ပေးခဲ့ရလဲ၊ သင့်ကို ဘယ်လို ဆက်ဆံခဲ့လဲဆိုတာ တခြားအလုပ်သမားတွေကို ပြောပြပါ။
home-what-complain = တိုင်ကြားချက် တင်ပါ။ လိုချင်ရင် နာမည်မပါဘဲ တင်နိုင်ပါတယ်။ ရလာတဲ့ ပြေစာနဲ့ သင့်တိုင်ကြားချက်ကို ဆက်ပြီး စောင့်ကြည့်နိုင်ပါတယ်။
home-free = FairRecruit ကို အခမဲ့ သုံးနိုင်ပါတယ်။ နိုင်ငံတကာ စံနှုန်းတွေအရ သင့်ကို အလုပ်ခေါ်ယူတဲ့ စရိတ်ကို သင်မဟုတ်ဘဲ အလုပ်ရှင်က ပေးရပါမယ်။
home-rights-link = သင့်အခွင့်အရေးကို သိထားပါ - အလုပ်ခေါ်ယူမှု စရိတ်ကို ဘယ်သူ ပေးရမလဲ

## Search
search-label = အေဂျင်စီ နာမည် ဒါမှမဟုတ် လိုင်စင်နံပါတ်
search-placeholder = ဥပမာ Himalaya ဒါမှမဟုတ် 1234/071
search-button = ရှာရန်
filters-heading = စစ်ထုတ်ရန်
filter-licensing-country = လိုင်စင်ထုတ်ပေးတဲ့ နိုင်ငံ
filter-destination = အလုပ်သမား ပို့တဲ့ နိုင်ငံ
filter-status = လိုင်စင် အခြေအနေ
filter-any-country = နိုင်ငံအားလုံး
filter-any-status = အခြေအနေအားလုံး
results-title = အေဂျင်စီများ
results-heading = အေဂျင်စီ ရှာရန်
results-none = သင်ရှာတာနဲ့ ကိုက်ညီတဲ့ အေဂျင်စီ မတွေ့ပါ။ စာလုံးပေါင်းကို စစ်ကြည့်ပါ၊ နာမည်ရဲ့ တစ်စိတ်တစ်ပိုင်းကိုပဲ ရိုက်ကြည့်ပါ၊ ဒါမှမဟုတ် စစ်ထုတ်ထားတာ တစ်ခုကို ဖြုတ်ကြည့်ပါ။
results-empty-directory = အေဂျင်စီတွေကို ကြည့်ဖို့ နာမည် ဒါမှမဟုတ် လိုင်စင်နံပါတ် ရိုက်ထည့်ပါ၊ ဒါမှမဟုတ် နိုင်ငံတစ်ခု ရွေးပါ။
pager-label = စာမျက်နှာများ
pager-previous = ယခင် စာမျက်နှာ
pager-next = နောက် စာမျက်နှာ
pager-page = စာမျက်နှာ { $page }

## Licence statuses
licence-status-active = လိုင်စင် သက်တမ်းရှိ
licence-status-suspended = လိုင်စင် ယာယီ ရပ်ဆိုင်းထား
licence-status-revoked = လိုင်စင် ရုပ်သိမ်းခံရ
licence-status-expired = လိုင်စင် သက်တမ်းကုန်

## Recruiter profile
recruiter-licence-status = လိုင်စင် အခြေအနေ
recruiter-licence-number = လိုင်စင်နံပါတ်
recruiter-licensing-country = လိုင်စင်ထုတ်ပေးတဲ့ နိုင်ငံ
recruiter-address = လိပ်စာ
recruiter-destinations = အလုပ်သမား ပို့တဲ့ နိုင်ငံ
recruiter-destinations-none = မသိရပါ
recruiter-sub-agent = ကြားပွဲစား (sub-agent)၊ လိုင်စင် မရှိ
recruiter-sub-agent-explained = အလုပ်သမားတွေက ဒီလူ ဒါမှမဟုတ် ဒီရုံးကို ကြားလူ (ပွဲစား) အဖြစ် ဖော်ပြခဲ့ကြပါတယ်။ ဘယ်လိုင်စင်စာရင်းထဲမှာမှ မပါပါ။
recruiter-not-active-warning = ဒီလိုင်စင်ကို အခု အသုံးပြုခွင့် မရှိပါ။ အသုံးပြုခွင့်ရှိတဲ့ လိုင်စင် မရှိတဲ့ အေဂျင်စီက အလုပ်သမား ခေါ်ယူခွင့် မရှိပါ။ သူတို့ကို ငွေ မပေးပါနဲ့။
recruiter-history-heading = လိုင်စင် မှတ်တမ်း
recruiter-history-date = ရက်စွဲ
recruiter-history-none = လိုင်စင် ပြောင်းလဲမှု မှတ်တမ်း မရှိပါ။
recruiter-reviews-heading = အလုပ်သမားတွေ ဘာပြောကြလဲ

## Know your rights
rights-title = သင့်အခွင့်အရေးများ
rights-heading = နိုင်ငံခြားမှာ အလုပ်လုပ်ဖို့ ခေါ်ယူခံရတဲ့အခါ သင့်အခွင့်အရေးများ
rights-epp-heading = သင်မဟုတ်ဘဲ အလုပ်ရှင်က ပေးရပါမယ်
rights-epp-body = အလုပ်ရှင်က ပေးချေရမည့် မူ (Employer Pays Principle) အရ ဘယ်အလုပ်သမားမှ အလုပ်ရဖို့ ငွေပေးစရာ မလိုပါ။ အလုပ်ခေါ်ယူမှုအတွက် အခကြေးငွေနဲ့ ကုန်ကျစရိတ် အားလုံးကို အလုပ်ရှင်က ပေးရပါမယ်။
rights-epp-c181 = အပြည်ပြည်ဆိုင်ရာ အလုပ်သမားအဖွဲ့ (ILO) ကွန်ဗင်းရှင်း အမှတ် 181၊ အပိုဒ် 7 - အေဂျင်စီများသည် အလုပ်သမားများထံမှ မည်သည့် အခကြေးငွေ သို့မဟုတ် ကုန်ကျစရိတ်ကိုမျှ တိုက်ရိုက်ဖြစ်စေ၊ သွယ်ဝိုက်၍ဖြစ်စေ၊ အပြည့်အဝဖြစ်စေ၊ တစ်စိတ်တစ်ပိုင်းဖြစ်စေ မကောက်ခံရ။
rights-fees-heading = အလုပ်ခေါ်ယူမှု အခကြေးငွေ (ပွဲခ) ဒါမှမဟုတ် ကုန်ကျစရိတ် ဆိုတာ ဘာတွေလဲ
rights-fees-intro = အေဂျင်စီရဲ့ ဝန်ဆောင်ခကို ဘယ်သူ ကောက်ကောက်၊ ဘယ်အချိန် ကောက်ကောက် သင် ဘယ်တော့မှ ပေးစရာ မလိုပါ။ ILO က အောက်ပါ ဆက်စပ် ကုန်ကျစရိတ်တွေကိုလည်း စာရင်းပြုထားပြီး ဒါတွေကို အလုပ်ရှင်က ပေးရပါမယ် -
rights-illegitimate = လာဘ်ငွေ၊ ဆက်ကြေး၊ ကော်မရှင် ပြန်ပေးငွေ၊ အာမခံငွေ (bond)၊ စပေါ်ငွေ နဲ့ ကုန်ကျစရိတ် ပြန်ရဖို့ တရားမဝင် ကောက်တဲ့ ကြေးတွေကို ဘယ်သူမှ ဘယ်တော့မှ ကောက်ခံခွင့် မရှိပါ။
rights-documents-heading = သင့်ပတ်စ်ပို့ဟာ သင့်ပိုင်ပါ
rights-documents-body = သင့်ဆန္ဒမပါဘဲ သင့်ပတ်စ်ပို့ ဒါမှမဟုတ် မှတ်ပုံတင်ကတ်ကို ဘယ်သူမှ သိမ်းထားခွင့် မရှိပါ - အေဂျင်စီလည်း မရ၊ အလုပ်ရှင်လည်း မရပါ။ အဲဒါတွေကို သိမ်းထားတာဟာ အဓမ္မ လုပ်အားခိုင်းစေမှုရဲ့ လက္ခဏာ ဖြစ်ပါတယ်။
rights-contract-heading = သင့် အလုပ်စာချုပ်
rights-contract-body = မထွက်ခွာခင် သင်နားလည်တဲ့ ဘာသာစကားနဲ့ ရေးထားတဲ့ အလုပ်စာချုပ်ကို သင် ရရပါမယ်။ ရောက်တဲ့အခါ အလုပ်၊ လုပ်ခ၊ အလုပ်ရှင် ဒါမှမဟုတ် အလုပ်ချိန် ပြောင်းသွားရင် အဲဒါဟာ စာချုပ် လဲလှယ်ခြင်း (contract substitution) ဖြစ်ပါတယ်။
rights-help-heading = တစ်ခုခု မှားယွင်းခဲ့ရင်
rights-help-body = FairRecruit မှာ သင့်နာမည် မပေးဘဲ တိုင်ကြားနိုင်ပါတယ်။ သင့်တိုင်ကြားချက်ကို သင့်မူရင်းနိုင်ငံနဲ့ သင်အလုပ်လုပ်တဲ့ နိုင်ငံမှာ အရေးယူ ဆောင်ရွက်ပေးနိုင်တဲ့ အဖွဲ့အစည်းတွေဆီ ပို့ပေးပါမယ်။
rights-not-legal-advice = ဒီစာမျက်နှာက နိုင်ငံတကာ စံနှုန်းတွေကို အကျဉ်းချုပ် ရှင်းပြထားတာပါ။ ဥပဒေဆိုင်ရာ အကြံဉာဏ် မဟုတ်ပါ။

## Errors
error-go-home = ပင်မ စာမျက်နှာသို့ သွားရန်
error-status = အမှားကုဒ် { $status }
error-invalid-input-title = တောင်းဆိုချက်ထဲမှာ တစ်ခုခု မှားနေပါတယ်
error-invalid-input = တောင်းဆိုချက်ကို နားမလည်နိုင်ပါ။ သင်ရိုက်ထည့်ထားတာကို စစ်ပြီး ထပ်ကြိုးစားပါ။
error-not-found-title = စာမျက်နှာ မတွေ့ပါ
error-not-found = အဲဒီစာမျက်နှာ ဒါမှမဟုတ် အေဂျင်စီကို ရှာမတွေ့ပါ။ လင့်ခ် မှားနေတာ ဒါမှမဟုတ် ဟောင်းနေတာ ဖြစ်နိုင်ပါတယ်။
error-method-not-allowed-title = ခွင့်မပြုပါ
error-method-not-allowed = ဒီလင့်ခ်က ဒီလို တောင်းဆိုချက်မျိုးကို လက်မခံပါ။
error-payload-too-large-title = ဒေတာ များလွန်းပါတယ်
error-payload-too-large = ပို့လိုက်တာ ကြီးလွန်းပါတယ်။ နည်းနည်း လျှော့ပို့ပြီး ထပ်ကြိုးစားပါ။
error-request-timeout-title = အလွန်နှေးသည်
error-request-timeout = သင်ပို့သည့်အရာ ရောက်ရှိရန် အချိန်ကြာလွန်းသည်။ ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်ပို့ပါ။
error-service-unavailable-title = FairRecruit ကို ခဏ သုံးလို့ မရပါ
error-service-unavailable = ကျွန်ုပ်တို့ရဲ့ ဒေတာဘေ့စ်ကို အခု ချိတ်ဆက်လို့ မရပါ။ သင်ပို့ထားတာ ဘာမှ မပျောက်ပါဘူး။ မိနစ်အနည်းငယ်အကြာမှာ ထပ်ကြိုးစားပါ။
error-internal-title = တစ်ခုခု မှားယွင်းသွားပါတယ်
error-internal = ကျွန်ုပ်တို့ဘက်မှာ တစ်ခုခု မှားယွင်းသွားပါတယ်။ နောက်မှ ထပ်ကြိုးစားပါ။
error-query-too-long = ရှာတဲ့စာ ရှည်လွန်းပါတယ်။ စာလုံး 200 ထက် မပိုပါစေနဲ့။
error-query-forbidden-chars = ရှာတဲ့စာထဲမှာ မမြင်ရတဲ့ ထိန်းချုပ်စာလုံး (control characters) တွေ ပါနေပါတယ်။ အဲဒါတွေ မပါဘဲ ပြန်ရိုက်ပါ။
error-invalid-encoding = လင့်ခ်ထဲမှာ ဖတ်လို့မရတဲ့ စာလုံးတွေ ပါနေပါတယ်။
error-unknown-parameter = လင့်ခ်ထဲမှာ ကျွန်ုပ်တို့ မသိတဲ့ ဆက်တင် ပါနေပါတယ်။
error-repeated-parameter = လင့်ခ်ထဲမှာ ဆက်တင်တစ်ခုတည်းကို နှစ်ခါ ထည့်ထားပါတယ်။
error-invalid-country = စာရင်းထဲကနေ နိုင်ငံတစ်ခု ရွေးပါ။
error-invalid-status = စာရင်းထဲကနေ လိုင်စင် အခြေအနေ တစ်ခု ရွေးပါ။
error-invalid-page = စာမျက်နှာ နံပါတ်ဟာ 1 ကနေ 500 အတွင်း ကိန်းပြည့် ဖြစ်ရပါမယ်။
error-invalid-per-page = စာမျက်နှာတစ်ခုမှာ ပြမယ့် ရလဒ် အရေအတွက်ဟာ 1 ကနေ 100 အတွင်း ဖြစ်ရပါမယ်။
error-choice = စာရင်းမှ ရွေးပါ။
error-text-long = ဤစာသား ရှည်လွန်းပါသည်။
error-text-chars = ဒီစာထဲမှာ မမြင်ရတဲ့ ထိန်းချုပ်စာလုံး (control characters) သို့မဟုတ် ဖတ်မရသော စာလုံးတွေ ပါနေပါတယ်။ အဲဒါတွေ မပါဘဲ ပြန်ရိုက်ပါ။
error-text-markup = ဤစာသားတွင် ကွန်ပျူတာကုဒ်ကဲ့သို့ "<" နောက်တွင် စာလုံးများ ပါဝင်သည်။ ၎င်းတို့မပါဘဲ ရေးပါ။
error-amount = ငွေပမာဏကို ဂဏန်းတွေနဲ့ပဲ ထည့်ပါ၊ ဥပမာ 150000 ဒါမှမဟုတ် 1500.50၊ 10,000,000,000 အထိ။
error-currency = သင့်ငွေပမာဏတွေရဲ့ ငွေကြေးအမျိုးအစားကို ရွေးပါ။
error-interest = တစ်လ အတိုးနှုန်းကို 0 ကနေ 100 အတွင်း ဂဏန်းနဲ့ ထည့်ပါ။

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ၊
nav-account = အကောင့်
nav-sign-in = အကောင့်ဝင်ရန်
error-unauthorized-title = အကောင့်ဝင်ပေးပါ
error-unauthorized = ဒါအတွက် အကောင့်ဝင်ဖို့ လိုပါတယ်။ သင် ဝင်ထားတဲ့ အချိန် (session) ကုန်သွားတာ ဖြစ်နိုင်ပါတယ်။
error-forbidden-title = ခွင့်မပြုပါ
error-forbidden = သင့်အကောင့်နဲ့ ဒီစာမျက်နှာကို ဖွင့်ခွင့် မရှိပါ။
error-conflict-title = လက်ခံရရှိပြီးသားပါ
error-conflict = ဒီတောင်းဆိုချက်က အရင်က လက်ခံရရှိထားတဲ့ တောင်းဆိုချက်တစ်ခုနဲ့ ဆန့်ကျင်နေပါတယ်။ ဘာမှ အသစ် မသိမ်းထားပါ။
error-idempotency-reused = ဒီ Idempotency-Key ကို တခြား တောင်းဆိုချက်တစ်ခုအတွက် သုံးပြီးသားပါ။ တောင်းဆိုချက်အသစ်အတွက် key အသစ်ကို သုံးပါ။ ဘာမှ အသစ် မသိမ်းထားပါ။
error-idempotency-in-progress = ဒီ Idempotency-Key နဲ့ ပထမဆုံး တောင်းဆိုချက်ကို အခုထိ ဖြေကြားနေဆဲ ဖြစ်ပါတယ်။ အဲဒီအဖြေကို ရဖို့ ခဏနေရင် ထပ်ကြိုးစားပါ။
error-idempotency-key = Idempotency-Key header မှာ မြင်ရတဲ့ ASCII စာလုံး 1 လုံးကနေ 255 လုံးအထိ ပါရပါမယ်၊ ဥပမာ ကျပန်း UUID တစ်ခု။
error-attestation-language = သဘောတူညီချက် အထောက်အထား (attestation) ရဲ့ ဘာသာစကားဟာ ဒီဝန်ဆောင်မှုရဲ့ ဘာသာစကား ကုဒ်တွေထဲက တစ်ခု ဖြစ်ရပါမယ်၊ ဥပမာ ne၊ ar ဒါမှမဟုတ် id။
error-attestation-channel = သဘောတူညီချက် အထောက်အထား (attestation) ရဲ့ ချန်နယ် (channel) ဟာ ဒီထဲက တစ်ခု ဖြစ်ရပါမယ်: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other။
error-attestation-time = သဘောတူညီချက် အထောက်အထား (attestation) ရဲ့ consented_at ဟာ offset ပါတဲ့ ရက်စွဲနဲ့ အချိန် (RFC 3339) ဖြစ်ရပါမယ်၊ အနာဂတ် မဖြစ်ရဘဲ လွန်ခဲ့တဲ့ 30 ရက်ထက် မကျော်ရပါ။ သဘောတူညီချက်က ဒီထက် ဟောင်းနေရင် အလုပ်သမားကို ထပ်မေးပါ။
error-partner-reference = မိတ်ဖက်ရဲ့ ရည်ညွှန်းချက် (reference) မှာ မြင်ရတဲ့ ASCII စာလုံး 1 လုံးကနေ 100 လုံးအထိ ပါရပါမယ်၊ space မပါရပါ။
error-partner-reference-taken = ဒီမိတ်ဖက်က ဒီရည်ညွှန်းချက် (reference) နဲ့ တိုင်ကြားချက်တစ်ခု တင်ပြီးသားပါ။ စကားပြောဆိုမှု အသစ်အတွက် ရည်ညွှန်းချက် အသစ်ကို သုံးပါ၊ ဒါမှမဟုတ် တောင်းဆိုချက်ကို ထပ်ပို့ဖို့ Idempotency-Key အတူတူကို သုံးပါ။
error-too-many-requests-title = ခဏ စောင့်ပေးပါ
error-too-many-requests = အချိန်တိုအတွင်း အကြိမ်များလွန်းစွာ ကြိုးစားထားပါတယ်။ ခဏစောင့်ပြီး ထပ်ကြိုးစားပါ။
error-sign-in-failed = အသုံးပြုသူအမည်၊ စကားဝှက် သို့မဟုတ် ကုဒ် မှားနေပါတယ်။
error-csrf = ဒီဖောင်ရဲ့ သက်တမ်း ကုန်သွားပါပြီ။ နောက်ပြန်သွားပြီး စာမျက်နှာကို ပြန်ဖွင့်ကာ ထပ်ပို့ပါ။
error-cross-site = ဒီဖောင်ကို တခြား ဝက်ဘ်ဆိုက်ကနေ ပို့ထားလို့ ကျွန်ုပ်တို့ လက်မခံပါ။

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API ရည်ညွှန်းချက်
api-docs-intro = အက်ပ်တွေနဲ့ မိတ်ဖက် အဖွဲ့အစည်းတွေအတွက် JSON API ပါ - လုပ်ဆောင်ချက် တစ်ခုချင်းစီ၊ ဘာကို လက်ခံပြီး ဘာကို ပြန်ဖြေသလဲ။ အောက်က ဖော်ပြချက်တွေကို အင်္ဂလိပ်လို ရေးထားပါတယ်။
# Link to the same reference as a machine-readable file.
api-docs-openapi = ဒီရည်ညွှန်းချက်ကိုပဲ OpenAPI စာရွက်စာတမ်း (JSON) အဖြစ်
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = လုပ်ဆောင်ချက်များ
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = ဝင်ခွင့် တိုကင် (bearer token) လိုအပ်ပါတယ် (Authorization: Bearer …)။
api-docs-parameters = ပါရာမီတာများ
# Heading: what the caller sends in the request's body.
api-docs-body = တောင်းဆိုချက်ရဲ့ အကြောင်းအရာ
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = အဖြေများ
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = ဒေတာ အမျိုးအစားများ
# Column heading: a field's or parameter's name.
api-docs-name = နာမည်
# Column heading: a field's data type (string, integer …).
api-docs-type = အမျိုးအစား
api-docs-description = ဖော်ပြချက်
# Marks a field the caller must send.
api-docs-required = လိုအပ်

## Drafts kept on the phone (review and complaint forms)
draft-kept = ဤနေရာတွင် သင်ရိုက်ထည့်သမျှကို သင်ပို့သည် သို့မဟုတ် ဖျက်သည်အထိ ဤဖုန်းပေါ်တွင်သာ မူကြမ်းအဖြစ် သိမ်းထားသည်။ ဤဖုန်းကို သုံးသူမည်သူမဆို ဖတ်နိုင်သည်။
draft-files = ဓာတ်ပုံနှင့် ဖိုင်များကို မူကြမ်းတွင် မသိမ်းပါ- မပို့မီ ထပ်မံရွေးချယ်ပါ။
draft-restored = သင့်မူကြမ်းကို ပြန်ထည့်ပေးထားသည်။ စစ်ဆေးပြီးမှ ပို့ပါ။
draft-delete = မူကြမ်း ဖျက်ရန်
error-csrf-stale = ဤဖောင်သည် သက်တမ်းကုန်သွားသဖြင့် ဘာမှ မပို့ရသေးပါ။ သင်ရိုက်ထည့်ခဲ့သမျှ အောက်တွင် ရှိသည်- စစ်ဆေးပြီး ထပ်ပို့ပါ။
