# Language: Burmese (Unicode) (my). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## တိုင်ကြားလွှာ

complaint-new-title = တိုင်ကြားရန်
complaint-new-heading = လျှို့ဝှက် တိုင်ကြားချက် တင်ရန်
complaint-new-intro = ဘာဖြစ်ခဲ့သလဲ ကျွန်ုပ်တို့ကို ပြောပြပါ။ သင်ရွေးချယ်သော အဖွဲ့အစည်းများ၊ သင့်ခရီးစဉ်ရှိ နိုင်ငံများတွင် လုပ်ကိုင်သော အဖွဲ့အစည်းများထံသာ ပို့ပါသည်။ အလုပ်ရှာဖွေရေး အေဂျင်စီနှင့် နိုင်ငံနှစ်ခုသာ မဖြစ်မနေ လိုအပ်ပါသည်။
complaint-new-safety = သင့်အမည်၊ အီးမေးလ် သို့မဟုတ် ဖုန်းနံပါတ် ပေးရန် မလိုပါ။ သင့်လူဝင်မှုကြီးကြပ်ရေး အခြေအနေကို ဘယ်တော့မှ မမေးပါ၊ လူဝင်မှုကြီးကြပ်ရေး အာဏာပိုင်များထံ မည်သည့်အရာမျှ မပေးပါ။
complaint-section-recruiter = သင့်ကို မည်သူ အလုပ်ခေါ်ခဲ့သနည်း
complaint-about = အကြောင်း:
complaint-recruiter-hint = လမ်းညွှန်စာရင်းတွင် အေဂျင်စီကို ရှာပြီး "ဤအေဂျင်စီအကြောင်း လျှို့ဝှက် တိုင်ကြားရန်" ကို ရွေးပါ၊ သို့မဟုတ် အောက်တွင် ပွဲစား သို့မဟုတ် ကိုယ်စားလှယ်၏ အမည်ကို ရေးပါ။
complaint-recruiter-find = လမ်းညွှန်စာရင်းတွင် ရှာရန်
complaint-recruiter-link = ဤအေဂျင်စီအကြောင်း လျှို့ဝှက် တိုင်ကြားရန်
complaint-field-sub-agent = ပွဲစား သို့မဟုတ် ကိုယ်စားလှယ်၏ အမည်
complaint-sub-agent-hint = လိုင်စင်မရှိသော ကြားလူ၊ ဥပမာ ရွာက ပွဲစား။ သင်သိသည့်အတိုင်း အမည်ကို ရေးပါ။
complaint-field-sub-agent-country = ဤပွဲစား လုပ်ကိုင်သည့် နိုင်ငံ
complaint-choose = — ရွေးပါ —
complaint-section-journey = သင့်ခရီးစဉ်
complaint-field-origin = သင်ထွက်ခွာခဲ့သည့် နိုင်ငံ
complaint-field-destination = သင်သွားခဲ့သည့် (သို့မဟုတ် သွားမည့်) နိုင်ငံ
complaint-field-stage = သင် ယခု ဘယ်မှာလဲ။
complaint-field-sector = အလုပ်အမျိုးအစား
complaint-field-occupation = သင့်အလုပ်
complaint-field-departure-year = ထွက်ခွာခဲ့သည့် နှစ်
complaint-section-danger = သင့်လုံခြုံရေး
complaint-field-in-danger = ကျွန်ုပ် ယခု အန္တရာယ်ရှိနေသည်
complaint-in-danger-hint = သင် သို့မဟုတ် အခြားသူတစ်ဦး ယခု ထိခိုက်နိုင်သည့် အန္တရာယ်ရှိလျှင် ဤနေရာတွင် အမှန်ခြစ်ပါ။ ထိုတိုင်ကြားချက်များကို ဦးစွာ ဖတ်ပါသည်။ အရေးပေါ်အခြေအနေတွင် ဒေသခံ အရေးပေါ်ဖုန်းနံပါတ်ကိုလည်း ခေါ်ပါ။
complaint-field-workers = သင်အပါအဝင် အလုပ်သမား ဘယ်နှဦး ထိခိုက်သနည်း။
complaint-section-issues = ဘာဖြစ်ခဲ့သလဲ
complaint-issues-hint = သက်ဆိုင်သမျှ အားလုံးကို အမှန်ခြစ်ပါ။ ဘာမှ မခြစ်ဘဲ ရေးရုံသာ ရေးလည်း ရပါသည်။
complaint-field-description = သင့်စကားဖြင့်
complaint-description-hint = ဘာဖြစ်ခဲ့သည်၊ ဘယ်အချိန်၊ မည်သူတို့ ပါဝင်ခဲ့သည်။ အဖွဲ့အစည်းများ မဖတ်စေလိုသည့်အရာကို မရေးပါနှင့်။
complaint-section-money = ငွေကြေး
complaint-money-hint = ငွေပမာဏကို ဂဏန်းဖြင့် ရေးပါ၊ ဥပမာ 1500 သို့မဟုတ် 1500.50။
complaint-field-fee = အလုပ်ရရန် သင်ပေးခဲ့သည့် အခကြေးငွေ
complaint-field-currency = ငွေကြေးအမျိုးအစား
complaint-field-promised-wage = ကတိပေးခဲ့သည့် လစာ
complaint-field-actual-wage = ပထမလတွင် ရခဲ့သည့် လစာ
complaint-field-wage-currency = လစာ၏ ငွေကြေးအမျိုးအစား
complaint-field-visa-type = ဗီဇာ အမျိုးအစား
complaint-costs-hint = ဘာအတွက် ငွေပေးခဲ့သလဲ။ ကုန်ကျစရိတ် အမျိုးအစားတိုင်းကို အမှန်ခြစ်ပါ။
complaint-field-lender = ပေးရန် ငွေချေးခဲ့သလား။ မည်သူ့ထံမှနည်း။
complaint-lender-none = ကျွန်ုပ် ငွေမချေးခဲ့ပါ
complaint-section-remedy = သင် ဘာတောင်းဆိုသနည်း
complaint-section-consent = သင့်တိုင်ကြားချက်ကို မည်သူ လက်ခံနိုင်သနည်း
complaint-consent-hint = သင့်တိုင်ကြားချက်သည် သင်အမှန်ခြစ်သည့် အဖွဲ့အစည်းအမျိုးအစားများ၊ သင့်နိုင်ငံများကို တာဝန်ယူသည့် အဖွဲ့များထံသာ ရောက်ပါသည်။
complaint-share-labour-inspectorate = အလုပ်သမား စစ်ဆေးရေး (အလုပ်လုပ်သည့် နိုင်ငံ၏ အစိုးရ)
complaint-share-origin-authority = အလုပ်အကိုင်ရှာဖွေရေး ကြီးကြပ်သည့် အာဏာပိုင် (သင့်မိခင်နိုင်ငံ၏ အစိုးရ)
complaint-share-trade-union = အလုပ်သမား သမဂ္ဂများ
complaint-share-legal-aid = ဥပဒေအကူအညီ အဖွဲ့များ
complaint-no-immigration = ဤအဖွဲ့အစည်းများထဲမှ မည်သည့်အဖွဲ့မျှ လူဝင်မှုကြီးကြပ်ရေး ဥပဒေကို အကောင်အထည်မဖော်ပါ။
complaint-section-contact = သင့်ကို မည်သို့ ဆက်သွယ်မည်နည်း
complaint-account-hint = "ကျွန်ုပ်၏ အကောင့်" သည် ဤတိုင်ကြားချက်ကို သင်ဝင်ထားသည့် အကောင့်နှင့် ချိတ်ဆက်ပါသည်။ အမည်မဖော်ဘဲ နေလိုလျှင် "ကျွန်ုပ်၏ ပြေစာသာ" ကို ရွေးပါ၊ ထိုအခါ သင့်အကောင့်နှင့် ဘာမှ မချိတ်ပါ။
complaint-field-contact = သင်ရွေးသည့် ဆက်သွယ်ရန် (ဖုန်း၊ WhatsApp၊ အီးမေးလ်၊ သို့မဟုတ် လူတစ်ဦး)
complaint-contact-hint = "ကျွန်ုပ်ရွေးသည့် ဆက်သွယ်ရန်" ကို ရွေးမှသာ ဖြည့်ပါ။ သင့်အတွက် လုံခြုံသည့် ဆက်သွယ်ရန်ကို ပေးပါ။
complaint-field-safe-times = ဆက်သွယ်ရန် လုံခြုံသည့် အချိန်များ
complaint-contact-consent = ဤဆက်သွယ်ရန်ကို မည်သူ မြင်နိုင်သနည်း (တိုင်ကြားချက် လက်ခံသည့် အဖွဲ့များထဲမှသာ):
complaint-section-behalf = အလုပ်သမားကိုယ်စား တိုင်ကြားခြင်း
complaint-field-behalf-consent = ဤတိုင်ကြားချက်ကို ၎င်းကိုယ်စား ကျွန်ုပ် တင်ရန်နှင့် အထက်ပါ ရွေးချယ်မှုများကို အလုပ်သမားက သဘောတူပါသည်။
complaint-submit = တိုင်ကြားချက် ပို့ရန်
complaint-contact-receipt_only = ကျွန်ုပ်၏ ပြေစာသာ (အမည်မဖော်)
complaint-contact-account = ကျွန်ုပ်၏ အကောင့်
complaint-contact-contact = ကျွန်ုပ်ရွေးသည့် ဆက်သွယ်ရန်

## ဘာမှားခဲ့သလဲ: ILO ၏ အဓမ္မလုပ်အား ညွှန်ပြချက်များ၊ ထို့နောက် အလုပ်ခေါ်ယူရာတွင် ချိုးဖောက်မှုများ

complaint-issue-abuse_of_vulnerability = ကျွန်ုပ်၏ ခက်ခဲသည့်အခြေအနေကို တစ်စုံတစ်ဦး အခွင့်ကောင်းယူခဲ့သည်
complaint-issue-deception = ကျွန်ုပ်ကို လှည့်စား သို့မဟုတ် လိမ်ညာခဲ့သည်
complaint-issue-restriction_of_movement = ကျွန်ုပ် အပြင်ထွက်ရန် သို့မဟုတ် ထွက်ခွာရန် လွတ်လပ်ခွင့်မရှိ
complaint-issue-isolation = ကျွန်ုပ်ကို အခြားလူများနှင့် ခွဲထားသည်
complaint-issue-physical_sexual_violence = ရုပ်ပိုင်းဆိုင်ရာ သို့မဟုတ် လိင်ပိုင်းဆိုင်ရာ အကြမ်းဖက်မှု
complaint-issue-intimidation_threats = ခြိမ်းခြောက်ခြင်း သို့မဟုတ် ကြောက်ရွံ့အောင် လုပ်ခြင်း
complaint-issue-retention_of_documents = ကျွန်ုပ်၏ ပတ်စ်ပို့ သို့မဟုတ် မှတ်ပုံတင်ကို သိမ်းထားသည်
complaint-issue-withholding_of_wages = ကျွန်ုပ်၏ လစာကို ထိန်းထားသည်
complaint-issue-debt_bondage = အကြွေးဆပ်ရန် အလုပ်လုပ်ရသည်
complaint-issue-abusive_conditions = အလွန်ဆိုးရွားသော အလုပ် သို့မဟုတ် နေထိုင်မှု အခြေအနေ
complaint-issue-excessive_overtime = အလွန်အကျွံ အလုပ်ချိန်
complaint-issue-fees_charged = အလုပ်ရရန် ကျွန်ုပ် အခကြေးငွေ ပေးခဲ့ရသည်
complaint-issue-job_deception = အလုပ် သို့မဟုတ် လစာသည် ကတိပေးထားသလို မဟုတ်
complaint-issue-contract_substitution = ကျွန်ုပ်၏ စာချုပ်ကို အခြားစာချုပ်ဖြင့် အစားထိုးခဲ့သည်
complaint-issue-no_contract = စာချုပ်မရှိ၊ သို့မဟုတ် နားမလည်သည့် စာချုပ်
complaint-issue-documents_retained = အေဂျင်စီက ကျွန်ုပ်၏ စာရွက်စာတမ်းများကို သိမ်းထားသည်
complaint-issue-wages_unpaid = လစာ မပေးခဲ့
complaint-issue-discrimination = ခွဲခြားဆက်ဆံမှု
complaint-issue-harassment = နှောင့်ယှက်မှု
complaint-issue-unlicensed_recruiter = အေဂျင်စီတွင် လိုင်စင်မရှိ
complaint-stage-before_departure = အိမ်မှာ၊ မထွက်ခွာမီ
complaint-stage-in_transit = ခရီးလမ်းတွင်
complaint-stage-at_destination = အလုပ်လုပ်သည့် နိုင်ငံတွင်
complaint-stage-returned = အိမ်ပြန်ရောက်ပြီ
complaint-remedy-refund = ကျွန်ုပ်၏ ငွေ ပြန်ရရန်
complaint-remedy-unpaid_wages = မရသေးသော လစာ
complaint-remedy-documents_returned = ကျွန်ုပ်၏ စာရွက်စာတမ်းများ ပြန်ရရန်
complaint-remedy-repatriation = အိမ်ပြန်ရန်
complaint-remedy-change_of_employer = အလုပ်ရှင် ပြောင်းရန်
complaint-remedy-other = အခြား

## ပြေစာ

receipt-title = သင့်ပြေစာ
receipt-heading = သင့်တိုင်ကြားချက်ကို လက်ခံရရှိပါပြီ
receipt-intro = ဤသည်မှာ သင့်ပြေစာ နံပါတ် ဖြစ်သည်:
receipt-once = ယခု တစ်ကြိမ်သာ ပြပါမည်။ ကျွန်ုပ်တို့ မသိမ်းထားပါ၊ ထပ်မပို့ပေးနိုင်ပါ။ ၎င်းမရှိလျှင် မည်သူမျှ သင့်တိုင်ကြားချက်ကို ရှာမတွေ့နိုင်ပါ — သင်ကိုယ်တိုင်ပင်။
receipt-how-write = ရေးမှတ်ထားပါ သို့မဟုတ် ဓာတ်ပုံရိုက်ထားပြီး လုံခြုံသည့်နေရာတွင် သိမ်းပါ။
receipt-how-track = ဘာဖြစ်နေသည်ကို ကြည့်ရန်၊ မေးခွန်းများ ဖြေရန် သို့မဟုတ် ရုပ်သိမ်းရန် ဤနံပါတ်ကို ဤနေရာတွင် ထည့်ပါ:
receipt-how-safe = ဤနံပါတ် ရှိသူမည်သူမဆို သင့်တိုင်ကြားချက်၏ အဖြေများကို ဖတ်နိုင်သည်: မည်သူ့ကိုမျှ မပေးပါနှင့်။
receipt-behalf = ဤနံပါတ်ကို အလုပ်သမားထံ လုံခြုံစွာ ပေးပါ။
receipt-routed = { $count ->
   *[other] အဖွဲ့အစည်း { $count } ခုထံ ပို့ပြီးပါပြီ။
}
receipt-unrouted = သင့်နိုင်ငံများကို တာဝန်ယူသည့် အဖွဲ့အစည်း မရှိသေးပါ။ သင့်တိုင်ကြားချက်ကို သိမ်းထားပြီး ကျွန်ုပ်တို့၏ စီမံခန့်ခွဲသူများက အဖွဲ့အစည်း ရှာနေပါသည်၊ နောက်မှ ပြေစာဖြင့် ပြန်ကြည့်ပါ။

## တိုင်ကြားချက်ကို စောင့်ကြည့်ခြင်း

track-title = သင့်တိုင်ကြားချက်ကို စောင့်ကြည့်ရန်
track-heading = သင့်တိုင်ကြားချက်ကို စောင့်ကြည့်ရန်
track-intro = တိုင်ကြားစဉ်က ရခဲ့သော ဂဏန်း ၁၆ လုံးပါ ပြေစာကို ထည့်ပါ။
track-field-receipt = ပြေစာ နံပါတ်
track-submit = ကျွန်ုပ်၏ တိုင်ကြားချက်ကို ပြပါ
track-lost = ကျွန်ုပ်တို့ ပြေစာမိတ္တူ မသိမ်းထားသဖြင့် ပျောက်သွားသော ပြေစာကို ပြန်မရနိုင်ပါ။ တိုင်ကြားချက်ကို ထပ်တင်နိုင်ပါသည်။
track-received = { $day } တွင် လက်ခံရရှိခဲ့သည်။
track-is-withdrawn = သင် ဤတိုင်ကြားချက်ကို ရုပ်သိမ်းခဲ့သည်။
track-no-referrals = မည်သည့်အဖွဲ့အစည်းထံမျှ မရောက်သေးပါ။ သင့်နိုင်ငံများကို တာဝန်ယူသည့် အဖွဲ့ကို ရှာနေပါသည်။
track-kind = အမျိုးအစား
track-status = အခြေအနေ
track-opened = ထိုနေရာတွင် လက်ခံသည့်ရက်
track-outcome = ရလဒ်
track-question-waiting = ဤအဖွဲ့အစည်းသည် သင့်အဖြေကို စောင့်နေပါသည်။
track-from-you = သင်
track-from-staff = အဖွဲ့အစည်း
track-answer = သင့်အဖြေ
track-add-information = အချက်အလက် ထပ်ထည့်ရန်
track-send = ပို့ရန်
track-message-sent = သင့်စာကို ပို့ပြီးပါပြီ။
track-withdrawn = သင့်တိုင်ကြားချက်ကို ရုပ်သိမ်းပြီးပါပြီ။ အဖွဲ့အစည်းများကို အကြောင်းကြားပြီးပါပြီ။
track-withdraw-heading = တိုင်ကြားချက် ရုပ်သိမ်းရန်
track-withdraw-hint = ရုပ်သိမ်းလျှင် အဖွဲ့အစည်းတိုင်းက သင့်တိုင်ကြားချက်ကို ပိတ်ပါမည်။ ပြန်ပြင်၍ မရပါ။
track-withdraw-confirm = ဟုတ်ကဲ့၊ ကျွန်ုပ်၏ တိုင်ကြားချက်ကို ရုပ်သိမ်းလိုပါသည်
track-withdraw-submit = ရုပ်သိမ်းရန်
track-linked-heading = သင့်အကောင့်နှင့် ချိတ်ထားသော တိုင်ကြားချက်များ
track-linked-hint = ဤတိုင်ကြားချက်များကို သင့်အကောင့်နှင့် ချိတ်ရန် ရွေးခဲ့သည်။ ဖြေရန် သို့မဟုတ် ရုပ်သိမ်းရန် အထက်တွင် ပြေစာ ထည့်ပါ။

## အမှုတွဲ အခြေအနေ၊ ဦးစားပေးမှု၊ ရလဒ်

case-status-new = အသစ်
case-status-acknowledged = လက်ခံကြောင်း အတည်ပြုပြီး
case-status-investigating = စုံစမ်းနေဆဲ
case-status-awaiting_worker = အလုပ်သမား၏ အဖြေကို စောင့်နေ
case-status-resolved = ဖြေရှင်းပြီး
case-status-closed = ပိတ်ပြီး
case-close-reason-out_of_jurisdiction = ဤအဖွဲ့၏ တာဝန်ပိုင်နက် ပြင်ပ
case-close-reason-unfounded = တွေ့ရှိချက်များက အထောက်အထား မပြ
case-close-reason-withdrawn = အလုပ်သမားက ရုပ်သိမ်း
case-remedy-money_recovered = ငွေ ပြန်ရ
case-remedy-documents_returned = စာရွက်စာတမ်း ပြန်ရ
case-remedy-licence_action = အေဂျင်စီ၏ လိုင်စင်အပေါ် အရေးယူ
case-remedy-prosecution_referral = တရားစွဲရန် လွှဲပြောင်း
case-remedy-other = အခြား ကုစားမှု
case-money-recovered = { $amount } ပြန်ရ
case-priority-urgent = အရေးပေါ်
case-priority-high = မြင့်
case-priority-normal = ပုံမှန်
case-priority-low = နိမ့်
case-action-acknowledge = လက်ခံကြောင်း အတည်ပြုရန်
case-action-investigate = စုံစမ်းမှု စတင်ရန်
case-action-ask_worker = အလုပ်သမားကို မေးရန် (စာ ဦးစွာ ပို့ပါ)
case-action-resume = စုံစမ်းမှု ပြန်စရန်
case-action-resolve = ရလဒ်နှင့်အတူ ဖြေရှင်းရန်
case-action-close = အကြောင်းပြချက်နှင့်အတူ ပိတ်ရန်

## ဝန်ထမ်း: အမှုတွဲ တန်းစီ

inspect-title = အမှုတွဲများ
inspect-heading = သင့်အဖွဲ့အစည်း၏ အမှုတွဲများ
inspect-filter-status = အခြေအနေ
inspect-filter-priority = ဦးစားပေးမှု
inspect-filter-country = နိုင်ငံ (ထွက်ခွာ သို့မဟုတ် ဦးတည်)
inspect-filter-recruiter = အေဂျင်စီ ID
inspect-filter-overdue = သတ်မှတ်ရက် ကျော်လွန်သည်များသာ
inspect-filter-submit = စစ်ထုတ်ရန်
inspect-status-open = ဖွင့်ထားသော အမှုတွဲများ
inspect-status-all = အမှုတွဲ အားလုံး
inspect-priority-any = မည်သည့် ဦးစားပေးမှုမဆို
inspect-country-any = မည်သည့်နိုင်ငံမဆို
inspect-escalations-heading = အထက်သို့ တင်ပြချက်များ (ခေါင်းဆောင်များအတွက်)
inspect-escalations-none = သတ်မှတ်ရက် ကျော်လွန်သည့် အမှုတွဲ မရှိပါ။
inspect-escalation-acknowledge = အချိန်မီ လက်ခံကြောင်း အတည်မပြုခဲ့
inspect-escalation-answer = အချိန်မီ မဖြေခဲ့
inspect-queue-heading = တန်းစီ: အရေးအကြီးဆုံး ဦးစွာ၊ ထို့နောက် အဟောင်းဆုံး
inspect-empty = ကိုက်ညီသည့် အမှုတွဲ မရှိပါ။
inspect-same-recruiter = ဤအေဂျင်စီအကြောင်း အမှုတွဲ အားလုံး

## ဝန်ထမ်း: အမှုတွဲ တစ်ခု

case-title = အမှုတွဲ { $id }
case-back = အမှုတွဲများသို့ ပြန်ရန်
case-saved = သိမ်းပြီးပါပြီ။
case-withdrawn = အလုပ်သမားက ဤတိုင်ကြားချက်ကို ရုပ်သိမ်းခဲ့သည်။
case-on-behalf = အလုပ်သမား၏ သဘောတူညီချက်ဖြင့် အမှုတွဲ ဝန်ထမ်းတစ်ဦးက ၎င်းကိုယ်စား တင်ခဲ့သည်။
case-recruiter-profile = အေဂျင်စီ၏ စာမျက်နှာ
case-in-danger = ယခု အန္တရာယ်ရှိ
case-overdue = သတ်မှတ်ရက် ကျော်
case-sub-agent = လိုင်စင်မဲ့ ပွဲစား
case-priority = ဦးစားပေးမှု
case-priority-overridden = (ဝန်ထမ်းက သတ်မှတ်)
case-status = အခြေအနေ
case-collective = စုပေါင်း အမှုတွဲ
case-facts-heading = တိုင်ကြားချက်
case-fact-received = လက်ခံသည့်ရက်
case-fact-corridor = ခရီးလမ်းကြောင်း
case-fact-workers = ထိခိုက်သည့် အလုပ်သမား
case-fact-acknowledge-by = လက်ခံကြောင်း အတည်ပြုရမည့် နောက်ဆုံးရက်
case-fact-answer-by = ဖြေကြားရမည့် နောက်ဆုံးရက်
case-fact-licensing-country = လိုင်စင်ထုတ်ပေးသည့် နိုင်ငံ
case-fact-sector = ကဏ္ဍ
case-fact-occupation = အလုပ်အကိုင်
case-fact-departure-year = ထွက်ခွာခဲ့သည့် နှစ်
case-fact-stage = အလုပ်သမား ယခု ရှိရာနေရာ
case-fact-fee = အလုပ်အတွက် ပေးခဲ့သည့် အခကြေးငွေ
case-fact-promised-wage = ကတိပေးခဲ့သည့် လစာ
case-fact-actual-wage = ပထမလတွင် ရခဲ့သည့် လစာ
case-fact-issues = ဘာဖြစ်ခဲ့သလဲ
case-fact-remedies = အလုပ်သမား တောင်းဆိုချက်
case-fact-description = အလုပ်သမား၏ စကားဖြင့်
case-fact-contact = အလုပ်သမား ရွေးသည့် ဆက်သွယ်ရန်
case-fact-safe-times = ဆက်သွယ်ရန် လုံခြုံသည့် အချိန်
case-fact-costs = ကုန်ကျစရိတ် ပေးခဲ့သည့် အရာများ
case-fact-loan = ပေးရန် ချေးငွေ
case-fact-visa-type = ဗီဇာ အမျိုးအစား
case-contact-heading = ဆက်သွယ်ရန်
case-contact-withheld = အလုပ်သမားက ဆက်သွယ်ရန် ပေးထားသော်လည်း သင့်အဖွဲ့အမျိုးအစားကို ကြည့်ခွင့် မပေးပါ။ အောက်ပါ စာများမှတစ်ဆင့် ရေးပါ၊ ၎င်းက ပြေစာဖြင့် ဖတ်ပါသည်။
case-contact-none = အလုပ်သမားသည် ပြေစာဖြင့်သာ စောင့်ကြည့်ပါသည်။ အောက်ပါ စာများမှတစ်ဆင့် ရေးပါ။
case-collective-heading = စုပေါင်း အမှုတွဲ
case-collective-member = စုပေါင်း အမှုတွဲ { $id } ၏ အစိတ်အပိုင်း:
case-same-recruiter = { $count ->
    [0] ဤနေရာတွင် ဤအေဂျင်စီအကြောင်း ဖွင့်ထားသော အခြားအမှုတွဲ မရှိပါ။
   *[other] ဤနေရာတွင် ဤအေဂျင်စီအကြောင်း ဖွင့်ထားသော အခြားအမှုတွဲ { $count } ခု ရှိသည်။
}
case-group-submit = ၎င်းတို့ကို စုပေါင်း အမှုတွဲ တစ်ခုတည်းအဖြစ် စုရန်
case-actions-heading = နောက်တစ်ဆင့်
case-field-action = အဆင့်
case-field-reason = အကြောင်းပြချက် သို့မဟုတ် မှတ်ချက် (ပိတ်ရန် လိုအပ်)
case-field-priority-reason = အကြောင်းပြချက် (လိုအပ်)
case-field-close-reason = ပိတ်ရသည့် အကြောင်းရင်း
case-field-remedies = ရလဒ်: ရရှိသော ကုစားမှုများ
case-field-amount = ပြန်ရသည့် ငွေ (ပမာဏ)
case-field-whole-group = စုပေါင်း အမှုတွဲ၏ အမှုတွဲအားလုံးတွင် အသုံးပြုရန်
case-action-submit = ဤအဆင့်ကို မှတ်တမ်းတင်ရန်
case-messages-heading = စာများနှင့် မှတ်ချက်များ
case-messages-none = စာ မရှိသေးပါ။
case-note = အတွင်းပိုင်း မှတ်ချက်
case-from-worker = အလုပ်သမားထံမှ
case-to-worker = အလုပ်သမားထံသို့
case-field-message = အလုပ်သမားထံ စာ
case-field-internal = အတွင်းပိုင်း မှတ်ချက် (အလုပ်သမား ဘယ်တော့မှ မမြင်ရ)
case-message-submit = ပို့ရန်
case-priority-heading = ဦးစားပေးမှု ပြောင်းရန်
case-priority-submit = ဦးစားပေးမှု ပြောင်းရန်
case-refer-heading = အခြားအဖွဲ့သို့ လွှဲရန်
case-refer-hint = အခြားအဖွဲ့အစည်းတွင် အမှုတွဲ ဖွင့်ပါသည်။ အလုပ်သမား သဘောတူသည့် အဖွဲ့အမျိုးအစားများကိုသာ ပြပါသည်။
case-field-organisation = အဖွဲ့အစည်း
case-refer-submit = လွှဲရန်
case-timeline-heading = ဖြစ်စဉ်အစဉ်
case-step-opened = အမှုတွဲ ဖွင့်ခဲ့
case-step-referred-on = အခြားအဖွဲ့သို့ လွှဲခဲ့
case-step-priority = ဦးစားပေးမှု ပြောင်းခဲ့
case-step-grouped = စုပေါင်း အမှုတွဲသို့ ထည့်ခဲ့
case-step-escalated = သတ်မှတ်ရက် ကျော်: ခေါင်းဆောင်များကို အကြောင်းကြား

## စီမံခန့်ခွဲသူများ

unrouted-title = မပို့ရသေးသော တိုင်ကြားချက်များ
unrouted-heading = မည်သည့်အဖွဲ့မျှ မရရှိသော တိုင်ကြားချက်များ
unrouted-intro = ဤတိုင်ကြားချက်များသည် မည်သည့်အဖွဲ့၏ နိုင်ငံများ၊ အလုပ်သမား သဘောတူသည့် အမျိုးအစားများနှင့် မကိုက်ညီပါ။ ၎င်းတို့ကို တာဝန်ယူမည့် အဖွဲ့ကို ထည့်ပါ။ ၎င်းတို့၏ အကြောင်းအရာကို ဤနေရာတွင် မပြပါ။
unrouted-none = တိုင်ကြားချက်တိုင်း အဖွဲ့တစ်ခုခုထံ ရောက်ပြီးပါပြီ။
unrouted-recruiter = အေဂျင်စီ
unrouted-kinds = သဘောတူသည့် အမျိုးအစားများ
unrouted-count = မပို့ရသေးသော တိုင်ကြားချက်များ
unrouted-route-hint = ၎င်းတို့ကို တာဝန်ယူမည့် အဖွဲ့ ထည့်ပြီးနောက် စောင့်နေသော တိုင်ကြားချက်များကို ထပ်ပို့ပါ။
unrouted-route-submit = စောင့်နေသော တိုင်ကြားချက်များကို ထပ်ပို့ရန်
unrouted-routed = { $count ->
   *[other] တိုင်ကြားချက် { $count } ခု အဖွဲ့ထံ ရောက်သွားသည်။
}

## အမှားများ

error-complaint-recruiter-required = လမ်းညွှန်စာရင်းမှ အေဂျင်စီကို ရွေးပါ၊ သို့မဟုတ် ပွဲစား၏ အမည်ကို ရေးပါ။
error-complaint-recruiter-both = လမ်းညွှန်စာရင်းမှ အေဂျင်စီ သို့မဟုတ် ပွဲစား၏ အမည် တစ်ခုသာ ပေးပါ။
error-complaint-recruiter-unknown = လမ်းညွှန်စာရင်းတွင် ထိုအေဂျင်စီကို ရှာမတွေ့ပါ။
error-complaint-country-required = နိုင်ငံကို ရွေးပါ။
error-complaint-corridor-same = နိုင်ငံနှစ်ခု မတူရပါမည်။
error-complaint-year = 2024 ကဲ့သို့ နှစ်ကို ရေးပါ။
error-complaint-workers = အလုပ်သမား အရေအတွက်ကို 1 မှ 100,000 အတွင်း ရေးပါ။
error-complaint-lender = ငွေချေးသူကို ရွေးပါ၊ သို့မဟုတ် အတိုးကို ဗလာထားပါ။
error-complaint-consent-required = သင့်တိုင်ကြားချက်ကို လက်ခံနိုင်သည့် အဖွဲ့အမျိုးအစား အနည်းဆုံး တစ်ခု ရွေးပါ။
error-complaint-contact-consent = သင့်ဆက်သွယ်ရန်ကို တိုင်ကြားချက် လက်ခံသည့် အဖွဲ့များထံသာ ပေးနိုင်သည်။
error-complaint-contact-consent-required = သင့်ဆက်သွယ်ရန်ကို မည်သူ မြင်နိုင်သည်ကို ရွေးပါ။
error-complaint-contact-required = ဆက်သွယ်လိုသည့် နေရာကို ရေးပါ၊ သို့မဟုတ် "ကျွန်ုပ်၏ ပြေစာသာ" ကို ရွေးပါ။
error-complaint-account-needed = တိုင်ကြားချက်ကို သင့်အကောင့်နှင့် ချိတ်ရန် ဝင်ပါ၊ သို့မဟုတ် "ကျွန်ုပ်၏ ပြေစာသာ" ကို ရွေးပါ။
error-complaint-behalf-consent = ၎င်းကိုယ်စား သင်တင်ရန် အလုပ်သမားက သဘောတူကြောင်း အတည်ပြုပါ။
error-track-receipt-format = ပြေစာတွင် ဂဏန်း ၁၆ လုံး ပါသည်၊ ဥပမာ 1234-5678-9012-3456။
error-track-receipt-unknown = ဤပြေစာဖြင့် တိုင်ကြားချက် မရှိပါ။ ဂဏန်းများကို စစ်ပြီး ထပ်ကြိုးစားပါ။
error-track-referral = ၎င်းသည် သင့်တိုင်ကြားချက်ကို လက်ခံသည့် အဖွဲ့များထဲမှ မဟုတ်ပါ။
error-track-referral-closed = ဤအဖွဲ့က သင့်တိုင်ကြားချက်ကို ပိတ်ပြီးပါပြီ၊ စာ လက်မခံနိုင်တော့ပါ။
error-track-withdraw-confirm = ရုပ်သိမ်းလိုကြောင်း အတည်ပြုရန် အကွက်တွင် အမှန်ခြစ်ပါ။
error-case-transition = အမှုတွဲ၏ လက်ရှိအခြေအနေမှ ဤအဆင့်ကို မလုပ်နိုင်ပါ။
error-case-action-unknown = စာရင်းမှ အဆင့်ကို ရွေးပါ။
error-case-close-reason = အမှုတွဲကို ပိတ်ရသည့် အကြောင်းရင်းကို ရွေးပါ။
error-case-reason-required = အကြောင်းပြချက်ကို ရေးပါ။
error-case-outcome-required = ရရှိသော ကုစားမှု အနည်းဆုံး တစ်ခု ရွေးပါ။
error-case-money-required = ပြန်ရသည့် ငွေပမာဏနှင့် ငွေကြေးအမျိုးအစားကို ပေးပါ။
error-case-money-unexpected = ပမာဏကို "ငွေ ပြန်ရ" နှင့်သာ ပေးရသည်။
error-case-message-required = စာ ရေးပါ။
error-case-priority = စာရင်းမှ ဦးစားပေးမှုကို ရွေးပါ။
error-case-refer-self = အမှုတွဲသည် ဤအဖွဲ့တွင် ရှိပြီးသား ဖြစ်သည်။
error-case-refer-consent = ဤအဖွဲ့အမျိုးအစားနှင့် တိုင်ကြားချက် မျှဝေရန် အလုပ်သမားက သဘောမတူခဲ့ပါ။
error-case-refer-coverage = ဤအဖွဲ့သည် ဤတိုင်ကြားချက်ပါ နိုင်ငံများတွင် လုပ်ဆောင်ခြင်း မရှိပါ။
error-case-refer-exists = ဤအဖွဲ့တွင် ဤတိုင်ကြားချက် ရှိပြီးသား ဖြစ်သည်။
error-case-group-alone = ဤနေရာတွင် ဤအေဂျင်စီအကြောင်း ဖွင့်ထားသော အခြားအမှုတွဲ မရှိပါ။
error-case-filter = စစ်ထုတ်မှုတွင် ကျွန်ုပ်တို့ မသိသော တန်ဖိုး ပါဝင်သည်။

## အထောက်အထား (ဓာတ်ပုံ၊ စာရွက်စာတမ်း၊ အသံမက်ဆေ့ချ်)
evidence-heading = ဓာတ်ပုံ၊ စာရွက်စာတမ်းနှင့် အသံမက်ဆေ့ချ်များ
evidence-hint = စာချုပ်၊ အခကြေးငွေ ပြေစာ၊ လစာစလစ် သို့မဟုတ် အေးဂျင့်၏ မက်ဆေ့ချ် ဓာတ်ပုံ၊ PDF သို့မဟုတ် အသံမက်ဆေ့ချ် ထည့်ပါ။ ဓာတ်ပုံများမှ တည်နေရာအချက်အလက်နှင့် ဖုန်းအသေးစိတ်ကို ဖယ်ရှားပါသည်။
evidence-field-files = ဖိုင်များ
evidence-files-hint = ဓာတ်ပုံ (JPEG၊ PNG၊ WebP)၊ PDF သို့မဟုတ် အသံမက်ဆေ့ချ် (MP3၊ Ogg၊ M4A၊ AMR)၊ တစ်ကြိမ်တည်း အများအပြား။
evidence-field-share = ဤဖိုင်များကို မည်သူ ကြည့်နိုင်သနည်း
evidence-submit = ဖိုင်များ ပို့ရန်
evidence-sent = သင့်ဖိုင်များကို တိုင်ကြားချက်တွင် ထည့်ပြီးပါပြီ။
evidence-location-removed = သင့်ဓာတ်ပုံများမှ တည်နေရာအချက်အလက်နှင့် ဖုန်းအသေးစိတ်ကို ဖယ်ရှားပြီးပါပြီ။
evidence-choose-again = ဘာမျှ မပို့ရသေးပါ။ ဖိုင်များကို ထပ်ရွေးပါ- ဘရောက်ဇာက ၎င်းတို့ကို မသိမ်းထားပါ။
evidence-kind-photo = ဓာတ်ပုံ
evidence-kind-document = စာရွက်စာတမ်း
evidence-kind-voice = အသံမက်ဆေ့ချ်
evidence-size-kb = { $count } KB
error-evidence-type = ဤဖိုင်အမျိုးအစားကို လက်မခံပါ။ ဓာတ်ပုံ (JPEG၊ PNG၊ WebP)၊ PDF စာရွက်စာတမ်း သို့မဟုတ် အသံမက်ဆေ့ချ် (MP3၊ Ogg၊ M4A၊ AMR) ပို့ပါ။
error-evidence-unreadable = ဖိုင်တစ်ခုကို ဖတ်၍မရပါ- ပျက်စီးနေခြင်း၊ မပြည့်စုံခြင်း သို့မဟုတ် စကားဝှက်ဖြင့် ပိတ်ထားခြင်း ဖြစ်နိုင်သည်။
error-evidence-pixels = ဓာတ်ပုံတစ်ပုံ အလွန်ကြီးနေသည်။ ပိုသေးသော မိတ္တူ ပို့ပါ။
error-evidence-too-large = ဖိုင်တစ်ခု ခွင့်ပြုထားသည်ထက် ကြီးနေသည်။ ပိုသေးသော မိတ္တူ ပို့ပါ။
error-evidence-too-many = တစ်ကြိမ်တည်း ဖိုင်များလွန်းသည်။ အကြိမ်ကြိမ် ခွဲပို့ပါ။
error-evidence-none = ဖိုင်အနည်းဆုံး တစ်ခု ရွေးပါ။
error-evidence-share = သင့်တိုင်ကြားချက် ရောက်ရှိသော အဖွဲ့အစည်းများထဲမှ ဖိုင်များကို မည်သူ ကြည့်နိုင်သည်ကို ရွေးပါ။
error-evidence-complaint-full = ဤတိုင်ကြားချက်တွင် သိမ်းနိုင်သမျှ ဖိုင်များ ရှိပြီးဖြစ်သည်။ အရေးကြီးဆုံးကိုသာ ပို့ပါ။
error-evidence-truncated = တင်ပို့မှု တစ်ဝက်တွင် ပြတ်သွားသည်။ ထပ်ကြိုးစားပါ။
evidence-from-staff = အဖွဲ့အစည်းက သင့်ထံ ပို့သည်
evidence-sent-by-you = သင့်အဖွဲ့အစည်းက ပို့သည်
evidence-staff-field = အလုပ်သမားထံ ဖိုင်များ ပို့ရန်
evidence-staff-hint = ပုံစံ၊ ဆုံးဖြတ်ချက် သို့မဟုတ် စာ။ အလုပ်သမားက ၎င်း၏ ပြေစာဖြင့် ဖွင့်သည်၊ အခြားအဖွဲ့အစည်း မမြင်ရပါ။ ဓာတ်ပုံများမှ တည်နေရာအချက်အလက်ကို ဖယ်ရှားသည်။
evidence-staff-submit = အလုပ်သမားထံ ပို့ရန်
error-webhook-url-malformed = အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက်မပါဘဲ စာလုံး 2,000 ထက်မပိုသော ဝက်ဘ်လိပ်စာအပြည့် (https://…) ကို ထည့်ပါ။
error-webhook-url-not-https = လိပ်စာသည် https:// ဖြင့် စရပါမည်။
error-webhook-url-private = ဤလိပ်စာသည် ပုဂ္ဂလိက၊ ဒေသတွင်း သို့မဟုတ် သီးသန့်ထားသော ကွန်ရက်သို့ ညွှန်ပြသည်။ အများသုံး အင်တာနက်ပေါ်ရှိ လိပ်စာကို သုံးပါ။
error-webhook-url-unresolved = ဤလိပ်စာ၏ host အမည်ကို ရှာမတွေ့ပါ။ စာလုံးပေါင်းကို စစ်ပါ။
