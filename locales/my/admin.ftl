# Language: Burmese (Unicode) (my). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = စီမံခန့်ခွဲမှု
admin-heading = စီမံခန့်ခွဲမှု
admin-nav-label = စီမံခန့်ခွဲမှု
admin-nav-overview = အကျဉ်းချုပ်
admin-nav-organisations = အဖွဲ့အစည်းများ
admin-nav-staff = ဝန်ထမ်းများ
admin-nav-recruiters = အေဂျင်စီ စာရင်း
admin-nav-audit = စစ်ဆေးရေး မှတ်တမ်း
admin-count-organisations = အဖွဲ့အစည်းများ
admin-count-staff = ဝန်ထမ်း အကောင့်များ
admin-count-workers = အလုပ်သမား အကောင့်များ
admin-recruiters-link = အေဂျင်စီ စာရင်းထဲမှာ အေဂျင်စီတွေ ထည့်ရန် ဒါမှမဟုတ် ပြင်ရန်
admin-recent-events = နောက်ဆုံး လုံခြုံရေးဆိုင်ရာ ဖြစ်ရပ်များ
admin-audit-link = စစ်ဆေးရေး မှတ်တမ်း အပြည့်အစုံ ကြည့်ရန်
admin-save = ပြောင်းလဲမှုများ သိမ်းရန်
admin-saved = သင့်ပြောင်းလဲမှုတွေကို သိမ်းပြီးပါပြီ။
admin-disabled = ပိတ်ထား
admin-enabled = အသုံးပြုနိုင်
admin-standing = အခြေအနေ

## Audit log
admin-audit-title = စစ်ဆေးရေး မှတ်တမ်း
admin-audit-heading = စစ်ဆေးရေး မှတ်တမ်း (audit log)
admin-audit-intro = နောက်ဆုံး လုံခြုံရေးဆိုင်ရာ ဖြစ်ရပ် 200 ခု၊ အသစ်ဆုံးကို အရင် ပြထားပါတယ်။ အချိန်တွေဟာ UTC အချိန် ဖြစ်ပါတယ်။
admin-audit-none = မှတ်တမ်းတင်ထားတဲ့ ဖြစ်ရပ် မရှိသေးပါ။
admin-audit-time = အချိန် (UTC)
admin-audit-event = ဖြစ်ရပ်
admin-audit-people = ဘယ်သူ
admin-audit-detail = အသေးစိတ်
admin-audit-actor = လုပ်ဆောင်သူ -
admin-audit-subject = အကောင့် -
admin-outcome-success = အောင်မြင်
admin-outcome-failure = မအောင်မြင်
admin-outcome-refused = ငြင်းပယ်ခံရ
admin-event-sign-in = အကောင့်ဝင်ခြင်း
admin-event-sign-out = အကောင့်မှ ထွက်ခြင်း
admin-event-sign-out-everywhere = စက်အားလုံးမှာ အကောင့်မှ ထွက်ခြင်း
admin-event-password-changed = စကားဝှက် ပြောင်းခြင်း
admin-event-account-created = အကောင့် ဖွင့်ခြင်း
admin-event-role-changed = တာဝန် ပြောင်းခြင်း
admin-event-organisation-changed = အကောင့်ရဲ့ အဖွဲ့အစည်း ပြောင်းခြင်း
admin-event-account-disabled = အကောင့် ပိတ်ခြင်း
admin-event-account-enabled = အကောင့် ပြန်ဖွင့်ခြင်း
admin-event-organisation-created = အဖွဲ့အစည်း ထည့်ခြင်း
admin-event-organisation-updated = အဖွဲ့အစည်း အချက်အလက် ပြင်ခြင်း
admin-event-recruiter-created = အေဂျင်စီ ထည့်ခြင်း
admin-event-recruiter-updated = အေဂျင်စီ အချက်အလက် ပြင်ခြင်း

## Organisations
admin-organisations-title = အဖွဲ့အစည်းများ
admin-organisations-heading = အဖွဲ့အစည်းများ
admin-organisations-none = အဖွဲ့အစည်း တစ်ခုမှ မထည့်ရသေးပါ။
admin-organisation-create-heading = အဖွဲ့အစည်း ထည့်ရန်
admin-organisation-create-submit = အဖွဲ့အစည်းကို ထည့်ရန်
admin-organisation-edit-heading = ဒီအဖွဲ့အစည်းကို ပြင်ရန်
admin-field-organisation-name = နာမည်
admin-field-kind = အဖွဲ့အစည်း အမျိုးအစား
admin-field-countries = တာဝန်ယူတဲ့ နိုင်ငံများ
admin-countries-hint = စာလုံး နှစ်လုံးပါ နိုင်ငံကုဒ်တွေကို ကော်မာ ဒါမှမဟုတ် ကွက်လပ်နဲ့ ခြားပြီး ရေးပါ၊ ဥပမာ QA, AE။
admin-field-sectors = လုပ်ငန်းကဏ္ဍများ
admin-sectors-hint = အဖွဲ့အစည်းက လုပ်ငန်းကဏ္ဍ အားလုံးကို ကိုင်တွယ်ရင် ဘာကိုမှ အမှန်ခြစ် မထည့်ပါနဲ့။
admin-sectors-all = လုပ်ငန်းကဏ္ဍ အားလုံး
admin-field-acknowledge-days = တိုင်ကြားချက်ကို လက်ခံရရှိကြောင်း အကြောင်းပြန်ရမယ့် ရက်အရေအတွက်
admin-acknowledge-days-hint = 1 ရက်ကနေ 365 ရက်အထိ။ များသောအားဖြင့် 7 ရက်။
admin-field-answer-days = တိုင်ကြားချက်ကို ဖြေကြားရမယ့် ရက်အရေအတွက်
admin-answer-days-hint = 1 ရက်ကနေ 730 ရက်အထိ၊ လက်ခံရရှိကြောင်း အကြောင်းပြန်ရမယ့် ရက်အရေအတွက်ထက် မနည်းရပါ။ များသောအားဖြင့် 90 ရက်။
admin-deadlines = နောက်ဆုံးသတ်မှတ်ရက်များ
# Burmese has only the plural category "other": a plain sentence with the number.
admin-deadline-acknowledge = { $days } ရက်အတွင်း လက်ခံရရှိကြောင်း အကြောင်းပြန်ရန်
admin-deadline-answer = { $days } ရက်အတွင်း ဖြေကြားရန်
admin-members-heading = ဒီအဖွဲ့အစည်းရဲ့ ဝန်ထမ်းများ
admin-members-none = FairRecruit မှာ ဒီအဖွဲ့အစည်းအတွက် လုပ်ကိုင်နေသူ မရှိသေးပါ။

## Staff
admin-staff-title = ဝန်ထမ်းများ
admin-staff-heading = ဝန်ထမ်း အကောင့်များ
admin-staff-none = ဝန်ထမ်း အကောင့် မရှိသေးပါ။
admin-staff-create-heading = ဝန်ထမ်း အကောင့် ထည့်ရန်
admin-staff-create-submit = အကောင့်ကို ထည့်ရန်
admin-staff-password-hint = အနည်းဆုံး စာလုံး 8 လုံး ရှိရမယ်၊ လူသုံးများတဲ့ စကားဝှက် မဖြစ်ရပါ။ စကားဝှက်ကို သက်ဆိုင်သူထံ လုံခြုံတဲ့ နည်းလမ်းနဲ့ ပေးပါ။ သူ့အကောင့် စာမျက်နှာမှာ သူကိုယ်တိုင် ပြောင်းနိုင်ပါတယ်။
admin-organisation-none = အဖွဲ့အစည်း မရှိ
admin-organisation-hint = စစ်ဆေးရေး အရာရှိတွေက အလုပ်သမား စစ်ဆေးရေး ဌာန ဒါမှမဟုတ် မူရင်းနိုင်ငံရဲ့ တာဝန်ရှိ ဌာနမှာ၊ သမဂ္ဂ တာဝန်ခံတွေက အလုပ်သမား သမဂ္ဂမှာ၊ အမှုကိစ္စ တာဝန်ခံတွေက ဥပဒေ အကူအညီပေးရေး အဖွဲ့မှာ ပါဝင်ပါတယ်။ စိစစ်သူနဲ့ စီမံခန့်ခွဲသူတွေက ဘယ်အဖွဲ့အစည်းမှာမှ မပါဝင်ပါ။
admin-field-lead = အဖွဲ့အစည်း ခေါင်းဆောင် (အထက်သို့ တင်ပြထားတဲ့ အမှုကိစ္စတွေနဲ့ သတ်မှတ်ရက် ကျော်နေတဲ့ အမှုကိစ္စတွေအကြောင်း အကြောင်းကြားချက် ရပါမယ်)
admin-field-disabled = အကောင့် ပိတ်ထား (ဒီလူ အကောင့်ဝင်လို့ မရပါ)
admin-staff-edit-heading = ဒီအကောင့်ကို ပြင်ရန်
admin-staff-edit-hint = ပြောင်းလဲမှုကို သိမ်းလိုက်တာနဲ့ ဒီလူကို စက်အားလုံးမှာ ချက်ချင်း အကောင့်မှ ထွက်ပေးပါမယ်။
admin-staff-self-hint = ဒါက သင့်ကိုယ်ပိုင် အကောင့် ဖြစ်ပါတယ် - သင့်ရဲ့ စီမံခန့်ခွဲသူ တာဝန်ကို ဖယ်ရှားလို့ မရသလို ဒီအကောင့်ကိုလည်း ပိတ်လို့ မရပါ။

## Recruiter directory
admin-recruiters-title = အေဂျင်စီ စာရင်း
admin-recruiters-heading = အေဂျင်စီ စာရင်း
admin-recruiter-create-heading = လိုင်စင်ရ အေဂျင်စီ ထည့်ရန်
admin-recruiter-create-submit = အေဂျင်စီကို ထည့်ရန်
admin-recruiter-edit-heading = ဒီအေဂျင်စီကို ပြင်ဆင်ရန်
admin-recruiter-edit-hint = လိုင်စင် အခြေအနေ ပြောင်းလဲမှုကို ဒီနေ့ ရက်စွဲနဲ့ အေဂျင်စီရဲ့ အများကြည့်နိုင်တဲ့ လိုင်စင် မှတ်တမ်းထဲ ထည့်ပါမယ်။
admin-recruiter-public-link = အများကြည့်နိုင်တဲ့ ပရိုဖိုင် ကြည့်ရန်
admin-field-recruiter-name = အေဂျင်စီ နာမည်
admin-field-licensing-country = လိုင်စင်ထုတ်ပေးတဲ့ နိုင်ငံ
admin-licensing-country-hint = စာလုံး နှစ်လုံးပါ နိုင်ငံကုဒ်၊ ဥပမာ နီပေါအတွက် NP။

## Errors
admin-error-role = စာရင်းထဲကနေ တာဝန်တစ်ခု ရွေးပါ။
admin-error-own-role = သင့်ကိုယ်ပိုင် စီမံခန့်ခွဲသူ တာဝန်ကို ဖယ်ရှားလို့ မရပါ။ တခြား စီမံခန့်ခွဲသူ တစ်ယောက်ကို ပြောပါ။
admin-error-own-disable = သင့်ကိုယ်ပိုင် အကောင့်ကို ပိတ်လို့ မရပါ။ တခြား စီမံခန့်ခွဲသူ တစ်ယောက်ကို ပြောပါ။
admin-error-country-code = NP, QA ဒါမှမဟုတ် AE လို စာလုံး နှစ်လုံးပါ နိုင်ငံကုဒ်တွေကို ကော်မာနဲ့ ခြားပြီး သုံးပါ။
admin-error-destinations-too-many = အလုပ်သမား ပို့တဲ့ နိုင်ငံကို အများဆုံး 60 ခုအထိပဲ ထည့်ပါ။
admin-error-name-required = အေဂျင်စီ နာမည် ထည့်ပါ။
admin-error-licence-required = လိုင်စင်နံပါတ် ထည့်ပါ။
admin-error-licence-taken = ဒီနိုင်ငံမှာ ဒီလိုင်စင်နံပါတ်ကို တခြား အေဂျင်စီ တစ်ခုက ကိုင်ထားပြီးပါပြီ။

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = တာဝန်
admin-detail-organisation = အဖွဲ့အစည်း
admin-detail-kind = အမျိုးအစား
admin-detail-countries = နိုင်ငံများ
admin-detail-sectors = လုပ်ငန်းကဏ္ဍများ
admin-detail-days = နောက်ဆုံးသတ်မှတ်ရက်များ (ရက်)
admin-detail-recruiter = အေဂျင်စီ
admin-detail-status = လိုင်စင် အခြေအနေ
admin-detail-reason = အကြောင်းရင်း
admin-detail-reason-throttled = ကြိုးစားမှု အကြိမ်များလွန်း
admin-detail-reason-disabled = အကောင့် ပိတ်ထား

## Setting a staff member's password
admin-password-heading = စကားဝှက်အသစ် သတ်မှတ်ရန်
admin-password-hint = စကားဝှက် မေ့သွားတဲ့ ဝန်ထမ်းအတွက်ပါ။ သူ့ရဲ့ ဝင်ရောက်ထားမှု အားလုံး ချက်ချင်း ပိတ်သွားပါမယ်။ စကားဝှက်အသစ်ကို လုံခြုံတဲ့နည်းနဲ့ ပေးပါ၊ သူ့အကောင့် စာမျက်နှာမှာ ပြန်ပြောင်းနိုင်ပါတယ်။
admin-password-submit = စကားဝှက် သတ်မှတ်ရန်
admin-error-own-password = ကိုယ့်စကားဝှက်ကို ကိုယ့်အကောင့် စာမျက်နှာမှာ ပြောင်းပါ။
admin-event-password-reset = စီမံခန့်ခွဲသူ သတ်မှတ်ပေးသော စကားဝှက်
admin-warning-look-alike = ဤအမည်သည် စာရင်းဝင် အေဂျင်စီတစ်ခု၏ အမည်နှင့် ဆင်တူသည်။ သိမ်းဆည်းမထားပါ။
admin-look-alike-list = ၎င်းသည် ဤအေဂျင်စီများထဲမှ တစ်ခုမဟုတ်ကြောင်း စစ်ဆေးပါ-
admin-look-alike-confirm = ဤသည်မှာ မတူညီသော အေဂျင်စီဖြစ်သည်- မည်သို့ပင်ဖြစ်စေ သိမ်းဆည်းရန်

## အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း
admin-second-factor-on = ဖွင့်ထားသည်
admin-second-factor-off = မဖွင့်ရသေး (နောက်တစ်ကြိမ် အကောင့်ဝင်ချိန်တွင် တောင်းမည်)
admin-second-factor-heading = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း ပြန်သတ်မှတ်ရန်
admin-second-factor-hint = ဖုန်းနှင့် ပြန်ယူကုဒ် နှစ်ခုလုံး ပျောက်သူအတွက်။ ၎င်း၏ ဆက်ရှင်အားလုံး ပြီးဆုံးမည်၊ နောက်တစ်ကြိမ် အကောင့်ဝင်ချိန်တွင် အက်ပ်အသစ် ပြင်ဆင်ရမည်။ အီးမေးလ်ဖြင့် အကြောင်းကြားမည်။
admin-second-factor-submit = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း ပြန်သတ်မှတ်ရန်
admin-event-second-factor-enrolled = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း ဖွင့်ခဲ့သည်
admin-event-second-factor-replaced = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်းကို အက်ပ်အသစ်သို့ ပြောင်းခဲ့သည်
admin-event-second-factor-removed = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း ပိတ်ခဲ့သည်
admin-event-second-factor-reset = စီမံခန့်ခွဲသူက အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်းကို ပြန်သတ်မှတ်ခဲ့သည်
admin-detail-reason-second-factor = မှားသော သို့မဟုတ် သုံးပြီးသား ကုဒ်
admin-detail-reason-no-second-factor = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း မဖွင့်ရသေး
admin-detail-reason-recovery-code = ပြန်ယူကုဒ်ဖြင့်

## API keys of intake partners (issue 18)
admin-partner-keys-link = API key များ
admin-partner-keys-title = { $name } ၏ API key များ
admin-partner-keys-intro = key တစ်ခုက ဒီမိတ်ဖက်ရဲ့ chat bot ဒါမှမဟုတ် ဟော့လိုင်း စနစ်ကို အလုပ်သမားတွေ ပေးထားတဲ့ သဘောတူညီချက်နဲ့အညီ သူတို့ကိုယ်စား တိုင်ကြားချက်နဲ့ သုံးသပ်ချက်တွေ တင်ခွင့်၊ တင်ထားတာတွေကို စောင့်ကြည့်ခွင့် ပေးပါတယ်။ တခြား ဘာမှ မလုပ်နိုင်ပါ။ key ကို ပြုလုပ်ချိန်မှာ တစ်ကြိမ်သာ ပြပါတယ်၊ ၎င်းရဲ့ hash ကိုသာ သိမ်းထားပါတယ်။
admin-partner-keys-none = ဒီမိတ်ဖက်မှာ key မရှိသေးပါ။
admin-partner-keys-col-name = နာမည်
admin-partner-keys-col-made = ပြုလုပ်ချိန်
admin-partner-keys-col-expires = သက်တမ်းကုန်ရက်
admin-partner-keys-col-used = နောက်ဆုံး သုံးချိန်
admin-partner-keys-col-state = အခြေအနေ
admin-partner-keys-never = မသုံးရသေး
admin-partner-keys-active = အသုံးပြုနိုင်
admin-partner-keys-revoked = ရုပ်သိမ်းပြီး
admin-partner-keys-expired = သက်တမ်းကုန်
admin-partner-keys-revoke = ရုပ်သိမ်းရန်
admin-partner-keys-create-heading = key ပြုလုပ်ရန်
admin-partner-keys-name = key ၏ နာမည်
admin-partner-keys-name-hint = ဘယ်မှာ သုံးမလဲ ရေးပါ၊ ဥပမာ "WhatsApp bot" ဒါမှမဟုတ် "ဟော့လိုင်း၊ ကတ္တမန္ဒူ"။
admin-partner-keys-days = သက်တမ်း (ရက်၊ 1 မှ 365 အထိ)
admin-partner-keys-create = key ကို ပြုလုပ်ရန်
admin-partner-keys-shown-once = key အသစ်ကို အခုတစ်ကြိမ်သာ ပြပါမယ်။ မိတ်ဖက်ရဲ့ စနစ်ထဲ ကူးထည့်ပါ၊ ဘယ်သူမှ ထပ်မမြင်နိုင်တော့ပါ။ ပျောက်သွားရင် ရုပ်သိမ်းပြီး နောက်တစ်ခု ပြုလုပ်ပါ။
admin-partner-keys-revoked-done = key ကို ရုပ်သိမ်းပြီးပါပြီ၊ အခုကစပြီး ဒီ key နဲ့ လုပ်တဲ့ တောင်းဆိုချက်တိုင်းကို ငြင်းပယ်ပါမယ်။
error-partner-key-name = key ကို စာလုံး 1 လုံးမှ 100 လုံးအထိ နာမည်ပေးပါ။
error-partner-key-days = key တစ်ခုဟာ 1 ရက်မှ 365 ရက်အထိ သက်တမ်းရှိပါတယ်။
error-partner-key-not-partner = API key များကို "တိုင်ကြားချက် လက်ခံသည့် မိတ်ဖက်" အမျိုးအစား အဖွဲ့အစည်းများအတွက်သာ ပေးပါတယ်။
