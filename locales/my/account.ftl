## အကောင့်များ - အကောင့်ဖွင့်ခြင်း၊ အကောင့်ဝင်ခြင်း၊ အကောင့် စာမျက်နှာ၊ တာဝန်များနဲ့ အဖွဲ့အစည်းများ။

field-username = အသုံးပြုသူအမည်
field-password = စကားဝှက်
field-password-confirm = စကားဝှက် ထပ်ရိုက်ပါ
field-current-password = လက်ရှိ စကားဝှက်
field-new-password = စကားဝှက် အသစ်
field-email = အီးမေးလ် လိပ်စာ
field-role = တာဝန်
field-organisation = အဖွဲ့အစည်း

login-title = အကောင့်ဝင်ရန်
login-heading = အကောင့်ဝင်ရန်
login-submit = အကောင့်ဝင်ရန်
login-link = အကောင့်ဝင်ရန်
login-no-account = အကောင့် မရှိသေးဘူးလား။
login-anonymous-note = အေဂျင်စီတွေကို ရှာကြည့်ဖို့ ဒါမှမဟုတ် တိုင်ကြားဖို့ အကောင့် မလိုပါဘူး။ အကောင့်ရှိရင် သင်ရေးထားတဲ့ သုံးသပ်ချက်တွေကို ဆက်ပြီး စောင့်ကြည့်နိုင်ပါတယ်။

register-title = အကောင့် ဖွင့်ရန်
register-heading = အကောင့် ဖွင့်ရန်
register-intro = အသုံးပြုသူအမည်နဲ့ စကားဝှက်ပဲ လိုပါတယ်။ နာမည်၊ အီးမေးလ်၊ ဖုန်းနံပါတ် မလိုပါ။
register-username-hint = စာလုံး ဒါမှမဟုတ် ဂဏန်း 3 လုံးကနေ 32 လုံးအထိ၊ ဘယ်ဘာသာ အက္ခရာနဲ့မဆို ရပါတယ်။ . _ နဲ့ - ကိုလည်း သုံးနိုင်ပါတယ်။ သင့်နာမည်အရင်းကို မသုံးချင်ရင် မသုံးပါနဲ့။
register-password-hint = အနည်းဆုံး စာလုံး 8 လုံး။ တိုပြီး လူသုံးများတဲ့ စကားဝှက်ထက် သင်မှတ်မိနိုင်တဲ့ စကားလုံး အနည်းငယ်က ပိုကောင်းပါတယ်။
register-submit = အကောင့် ဖွင့်ရန်
register-link = အကောင့် ဖွင့်ရန်
register-privacy = သင့်အင်တာနက် (IP) လိပ်စာ၊ သင်သုံးတဲ့ စက် (device)၊ သင့်ဖုန်းနံပါတ်တွေကို သင့်အကောင့်နဲ့ တွဲပြီး ကျွန်ုပ်တို့ မသိမ်းထားပါဘူး။
register-have-account = အကောင့် ရှိပြီးသားလား။

account-title = သင့်အကောင့်
account-heading = သင့်အကောင့်
account-admin-link = စီမံခန့်ခွဲမှု
account-password-heading = စကားဝှက် ပြောင်းရန်
account-password-submit = စကားဝှက် ပြောင်းရန်
account-password-saved = သင့်စကားဝှက်ကို ပြောင်းပြီးပါပြီ။ တခြား စက်အားလုံးမှာ သင့်အကောင့်ကို ထွက်ပေးလိုက်ပါပြီ။
account-email-heading = အကြောင်းကြားချက်အတွက် အီးမေးလ်
account-email-hint = မထည့်လည်း ရပါတယ်။ တစ်ခုခု ပြောင်းလဲသွားရင် အဲဒါကိုပဲ အကြောင်းကြားဖို့ စာပို့ပါမယ်၊ သင့်တိုင်ကြားချက်ထဲက အကြောင်းအရာကို ဘယ်တော့မှ မရေးပါဘူး။ ဖယ်ရှားချင်ရင် အကွက်ကို ဗလာ ထားခဲ့ပါ။
account-email-submit = အီးမေးလ် လိပ်စာ သိမ်းရန်
account-email-saved = သိမ်းပြီးပါပြီ။
account-sessions-heading = အကောင့်မှ ထွက်ခြင်း
account-logout = အကောင့်မှ ထွက်ရန်
account-logout-everywhere = စက်အားလုံးမှာ အကောင့်မှ ထွက်ရန်
account-logout-everywhere-hint = တခြားသူတွေနဲ့ မျှသုံးတဲ့ ဖုန်းကို သုံးခဲ့ရင်၊ ဒါမှမဟုတ် တခြားတစ်ယောက်ယောက်က သင့်စကားဝှက်ကို သိနေတယ်လို့ ထင်ရင် စက်အားလုံးမှာ အကောင့်မှ ထွက်လိုက်ပါ။

role-worker = အလုပ်သမား
role-moderator = စိစစ်သူ (moderator)
role-inspector = အလုပ်သမား စစ်ဆေးရေး အရာရှိ
role-union_officer = အလုပ်သမား သမဂ္ဂ တာဝန်ခံ
role-caseworker = အမှုကိစ္စ တာဝန်ခံ (ဥပဒေ အကူအညီ)
role-admin = စီမံခန့်ခွဲသူ

org-role-member = အဖွဲ့ဝင်
org-role-lead = ခေါင်းဆောင်

organisation-kind-labour_inspectorate = အလုပ်သမား စစ်ဆေးရေး ဌာန
organisation-kind-origin_authority = မူရင်းနိုင်ငံရဲ့ အလုပ်ခေါ်ယူမှုဆိုင်ရာ တာဝန်ရှိ ဌာန
organisation-kind-trade_union = အလုပ်သမား သမဂ္ဂ
organisation-kind-legal_aid = ဥပဒေ အကူအညီပေးရေး အဖွဲ့ ဒါမှမဟုတ် NGO

sector-agriculture = စိုက်ပျိုးရေး
sector-construction = ဆောက်လုပ်ရေး
sector-domestic_work = အိမ်အကူ အလုပ်
sector-manufacturing = စက်ရုံ ထုတ်လုပ်ရေး
sector-hospitality = ဟိုတယ်နဲ့ စားသောက်ဆိုင်
sector-fishing = ငါးဖမ်းလုပ်ငန်း
sector-care = ပြုစုစောင့်ရှောက်ရေး အလုပ်
sector-security = လုံခြုံရေး
sector-transport = သယ်ယူပို့ဆောင်ရေး
sector-retail = ဆိုင်နဲ့ လက်လီ အရောင်း
sector-other = အခြား

error-username-required = အသုံးပြုသူအမည် ရိုက်ထည့်ပါ။
error-username-length = အသုံးပြုသူအမည်မှာ စာလုံး 3 လုံးကနေ 32 လုံးအထိ ရှိရပါမယ်။
error-username-characters = အသုံးပြုသူအမည်မှာ စာလုံး၊ ဂဏန်း၊ အစက် (.)၊ အောက်မျဉ်း (_) နဲ့ တုံးတို (-) ကိုပဲ သုံးပါ၊ ကွက်လပ် (space) မထည့်ပါနဲ့။
error-username-taken = ဒီအသုံးပြုသူအမည်ကို တခြားသူ ယူထားပြီးပါပြီ သို့မဟုတ် ယူထားပြီးသား အမည်နှင့် အလွန်တူနေပါသည်။ တခြား တစ်ခု စမ်းကြည့်ပါ။
error-password-length = စကားဝှက်မှာ စာလုံး 8 လုံးကနေ 128 လုံးအထိ ရှိရပါမယ်။
error-password-characters = စကားဝှက်ထဲမှာ မမြင်ရတဲ့ ထိန်းချုပ်စာလုံး (control characters) တွေ ပါနေပါတယ်။ အဲဒါတွေ မပါဘဲ ပြန်ရိုက်ပါ။
error-password-common = ဒီစကားဝှက်က ခန့်မှန်းရ လွယ်လွန်းပါတယ်။ ပိုရှည်တဲ့ စကားဝှက် သုံးပါ၊ ဥပမာ တစ်ခုနဲ့တစ်ခု မဆိုင်တဲ့ စကားလုံး အနည်းငယ်။
error-password-mismatch = စကားဝှက် နှစ်ခု မတူပါဘူး။
error-password-wrong = လက်ရှိ စကားဝှက် မှားနေပါတယ်။
error-email-invalid = ဒါက အီးမေးလ် လိပ်စာနဲ့ မတူပါဘူး။
error-form-invalid = ဖောင်ကို ဖတ်လို့ မရပါ။ စာမျက်နှာကို ပြန်ဖွင့်ပြီး ထပ်ကြိုးစားပါ။
error-form-encoding = ဖောင်ထဲမှာ ဖတ်လို့မရတဲ့ စာလုံးတွေ ပါနေပါတယ်။
error-form-fields = ဖောင်ထဲမှာ ကျွန်ုပ်တို့ မသိတဲ့ အကွက် ပါနေပါတယ်၊ ဒါမှမဟုတ် အကွက်တစ်ခုတည်း နှစ်ခါ ပါနေပါတယ်။
error-text-invalid = ဒီစာက ရှည်လွန်းနေတယ်၊ ဒါမှမဟုတ် မမြင်ရတဲ့ ထိန်းချုပ်စာလုံး (control characters) တွေ ပါနေပါတယ်။
error-organisation-name-required = အဖွဲ့အစည်းရဲ့ နာမည် ရိုက်ထည့်ပါ။
error-organisation-kind = ဒါက ဘယ်လို အဖွဲ့အစည်း အမျိုးအစားလဲ ရွေးပါ။
error-unknown-country = နိုင်ငံကုဒ် တစ်ခုကို ကျွန်ုပ်တို့ မသိပါ။ NP, QA, PH လို စာလုံး နှစ်လုံးပါ ကုဒ်တွေကို သုံးပါ။
error-organisation-countries = အဖွဲ့အစည်းက တာဝန်ယူတဲ့ နိုင်ငံ အနည်းဆုံး တစ်ခု ထည့်ပါ။
error-sector-unknown = စာရင်းထဲကနေ လုပ်ငန်းကဏ္ဍတွေ ရွေးပါ။
error-deadline-days = သတ်မှတ်ရက်ဟာ ရက်အရေအတွက် ကိန်းပြည့် ဖြစ်ရပါမယ် (လက်ခံရရှိကြောင်း အကြောင်းပြန်ရန် - 1 ကနေ 365၊ ဖြေကြားရန် - 1 ကနေ 730)။
error-deadline-order = ဖြေကြားရမယ့် နောက်ဆုံးရက်ဟာ လက်ခံရရှိကြောင်း အကြောင်းပြန်ရမယ့် နောက်ဆုံးရက်ထက် စောလို့ မရပါ။
error-organisation-required = စစ်ဆေးရေး အရာရှိ၊ သမဂ္ဂ တာဝန်ခံနဲ့ အမှုကိစ္စ တာဝန်ခံတွေဟာ အဖွဲ့အစည်း တစ်ခုမှာ ပါဝင်ရပါမယ် - တစ်ခု ရွေးပါ။
error-organisation-not-for-role = အလုပ်သမား၊ စိစစ်သူနဲ့ စီမံခန့်ခွဲသူတွေဟာ ဘယ်အဖွဲ့အစည်းမှာမှ မပါဝင်ပါ။
error-organisation-unknown = အဲဒီ အဖွဲ့အစည်း မရှိပါ။
error-role-organisation-kind = ဒီတာဝန်က ဒီအဖွဲ့အစည်း အမျိုးအစားနဲ့ မကိုက်ညီပါ (စစ်ဆေးရေး အရာရှိတွေက အလုပ်သမား စစ်ဆေးရေး ဌာန ဒါမှမဟုတ် အလုပ်ခေါ်ယူမှုဆိုင်ရာ ဌာနမှာ၊ သမဂ္ဂ တာဝန်ခံတွေက သမဂ္ဂမှာ၊ အမှုကိစ္စ တာဝန်ခံတွေက ဥပဒေ အကူအညီပေးရေး အဖွဲ့မှာ လုပ်ကိုင်ပါတယ်)။
account-session-phone = ဖုန်း
account-session-computer = ကွန်ပျူတာ ဘရောက်ဇာ
account-session-app = အက်ပ် သို့မဟုတ် ပရိုဂရမ်
account-session-signed-in = ဝင်ရောက်ထားသည်
account-session-since = { $day } မှစ၍
account-session-current = ဤစက်
account-session-end = ထိုနေရာမှ ထွက်ရန်
account-session-ended = ထို session မှ ထွက်ပြီးပါပြီ။
