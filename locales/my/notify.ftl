# Language: Burmese (Unicode) (my). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = မင်္ဂလာပါ၊
mail-open-link = ဖတ်ရန် အကောင့်ဝင်ပါ -
mail-footer = သင့် FairRecruit အကောင့်က အကြောင်းကြားချက်တွေ တောင်းထားလို့ ဒီအီးမေးလ်ကို ရတာပါ။ အီးမေးလ် ဘာသာစကား ပြောင်းဖို့ ဒါမှမဟုတ် ဒီအီးမေးလ်တွေကို ရပ်ဖို့ သင့်အကောင့် စာမျက်နှာမှာ လုပ်နိုင်ပါတယ် -

mail-new-referral-subject = { $organisation } အတွက် အမှုတွဲ အသစ်
mail-new-referral-body = FairRecruit မှာ { $organisation } ထံ အမှုတွဲ အသစ်တစ်ခု လွှဲပို့ထားပါတယ်။
mail-worker-reply-subject = အလုပ်သမားတစ်ဦး အမှုတွဲတစ်ခုမှာ ပြန်ဖြေထားပါတယ်
mail-worker-reply-body = သင့်အဖွဲ့အစည်းရဲ့ အမှုတွဲတစ်ခုမှာ အလုပ်သမားက စာအသစ် ထည့်ထားပါတယ်။
mail-overdue-acknowledge-subject = အမှုတွဲတစ်ခု လက်ခံကြောင်း အတည်ပြုရမယ့် သတ်မှတ်ရက် ကျော်သွားပါပြီ
mail-overdue-acknowledge-body = သင့်အဖွဲ့အစည်းရဲ့ အမှုတွဲတစ်ခုကို သတ်မှတ်ရက်အတွင်း လက်ခံကြောင်း အတည်မပြုခဲ့ပါ။
mail-overdue-answer-subject = အမှုတွဲတစ်ခု ဖြေကြားရမယ့် သတ်မှတ်ရက် ကျော်သွားပါပြီ
mail-overdue-answer-body = သင့်အဖွဲ့အစည်းရဲ့ အမှုတွဲတစ်ခုကို သတ်မှတ်ရက်အတွင်း မဖြေကြားခဲ့ပါ။
mail-complaint-acknowledged-subject = သင့်တိုင်ကြားချက်ကို လက်ခံရရှိပါပြီ
mail-complaint-acknowledged-body = { $organisation } က သင့်တိုင်ကြားချက်ကို လက်ခံရရှိကြောင်း အတည်ပြုပါပြီ။
mail-complaint-resolved-subject = သင့်တိုင်ကြားချက်အတွက် ရလဒ် ထွက်ပါပြီ
mail-complaint-resolved-body = { $organisation } က သင့်တိုင်ကြားချက်အတွက် ရလဒ်ကို မှတ်တမ်းတင်ထားပါပြီ။
mail-review-approved-subject = သင့်သုံးသပ်ချက်ကို ထုတ်ပြန်လိုက်ပါပြီ
mail-review-approved-body = { $recruiter } အကြောင်း သင်ရေးတဲ့ သုံးသပ်ချက်ကို ထုတ်ပြန်လိုက်ပါပြီ။ တခြားအလုပ်သမားတွေကို ကူညီပေးလို့ ကျေးဇူးတင်ပါတယ်။
mail-review-rejected-subject = သင့်သုံးသပ်ချက်ကို မထုတ်ပြန်ပါ
mail-review-rejected-body = { $recruiter } အကြောင်း သင်ရေးတဲ့ သုံးသပ်ချက်ကို မထုတ်ပြန်ပါ။ ဘာကြောင့်လဲဆိုတာ သင့်အကောင့် စာမျက်နှာမှာ ကြည့်နိုင်ပါတယ်။
mail-digest-subject = သင့်ရဲ့ နေ့စဉ် FairRecruit အကျဉ်းချုပ်
mail-digest-body = နောက်ဆုံး အကျဉ်းချုပ် ပို့ပြီးကတည်းက -
mail-digest-line-new-referral = { $count ->
   *[other] အမှုတွဲ အသစ် { $count } ခု
}
mail-digest-line-worker-reply = { $count ->
   *[other] အလုပ်သမားထံမှ အဖြေ { $count } ခု
}
mail-digest-line-overdue-acknowledge = { $count ->
   *[other] လက်ခံကြောင်း အတည်ပြုရမယ့် သတ်မှတ်ရက် ကျော်နေတဲ့ အမှုတွဲ { $count } ခု
}
mail-digest-line-overdue-answer = { $count ->
   *[other] ဖြေကြားရမယ့် သတ်မှတ်ရက် ကျော်နေတဲ့ အမှုတွဲ { $count } ခု
}

## Account settings

account-notices-heading = အကြောင်းကြားချက်များ
account-notices-hint = အီးမေးလ်တွေကို အပေါ်က လိပ်စာကို ပို့ပါမယ်။ တစ်ခုခု ပြောင်းလဲသွားကြောင်းကိုပဲ ပြောပါမယ်၊ တိုင်ကြားချက်ထဲက အကြောင်းအရာကို ဘယ်တော့မှ မပြောပါဘူး။
account-notices-language = အီးမေးလ်တွေရဲ့ ဘာသာစကား
account-notices-how = အကြောင်းကြားချက်တွေကို ဘယ်လို ရချင်ပါသလဲ။
account-notices-each = တစ်ခုခု ဖြစ်တိုင်း အီးမေးလ် တစ်စောင်
account-notices-digest = တစ်နေ့ကို အကျဉ်းချုပ် တစ်စောင်
account-notices-none = အီးမေးလ် မပို့ပါနဲ့
account-notices-submit = အကြောင်းကြားချက် ဆက်တင်များ သိမ်းရန်
account-notices-saved = အကြောင်းကြားချက် ဆက်တင်များကို သိမ်းပြီးပါပြီ။
error-notices-language = စာရင်းထဲက ဘာသာစကားတစ်ခုကို ရွေးပါ။
error-notices-choice = အကြောင်းကြားချက်တွေကို ဘယ်လို ရချင်လဲ ရွေးပါ။
error-notices-digest-leads = အဖွဲ့အစည်း ခေါင်းဆောင်တွေသာ နေ့စဉ် အကျဉ်းချုပ်ကို ရွေးနိုင်ပါတယ်။

## Administrators: mail

admin-nav-mail = အီးမေးလ်
admin-mail-title = အီးမေးလ်
admin-mail-heading = အီးမေးလ် အကြောင်းကြားချက်များ
admin-mail-intro = မေးလ်ဆာဗာက မယူမချင်း အကြောင်းကြားချက်တွေဟာ ပို့ရန်စာပုံး (outbox) ထဲမှာ စောင့်နေပါတယ်။ ထပ်ခါထပ်ခါ မအောင်မြင်တဲ့ အီးမေးလ်၊ ဒါမှမဟုတ် ဆာဗာက အပြီးအပိုင် ငြင်းပယ်တဲ့ အီးမေးလ်ကို ဆက်မပို့တော့ဘဲ နောက်ဆုံး အမှားနဲ့အတူ ဒီမှာ စာရင်းပြထားပါတယ်။
admin-mail-pending = ပို့ရန် စောင့်နေဆဲ
admin-mail-dead = ဆက်မပို့တော့
admin-mail-none-dead = ဆက်မပို့တော့တဲ့ အီးမေးလ် မရှိပါ။
admin-mail-retry-all-hint = မေးလ် ဆက်တင်တွေကို ပြင်ပြီးရင် အောက်က အီးမေးလ်အားလုံးကို ပို့ရန် တန်းစီထဲ ပြန်ထည့်ပါ။
admin-mail-retry-all = အားလုံး ထပ်ကြိုးစားရန်
admin-mail-created = ဖန်တီးသည့်ရက်
admin-mail-kind = အကြောင်းကြားချက်
admin-mail-recipient = လက်ခံသူ
admin-mail-attempts = ကြိုးစားမှု အကြိမ်ရေ
admin-mail-error = နောက်ဆုံး အမှား
admin-mail-retry = ထပ်ကြိုးစားရန်
admin-overview-dead-mail = { admin-mail-heading } - { admin-mail-dead }
admin-mail-retried = { $count ->
   *[other] အီးမေးလ် { $count } စောင်ကို ပို့ရန် တန်းစီထဲ ပြန်ထည့်ပြီးပါပြီ။
}
admin-mail-kind-new-referral = အမှုတွဲ အသစ်
admin-mail-kind-worker-reply = အလုပ်သမားရဲ့ အဖြေ
admin-mail-kind-overdue-acknowledge = လက်ခံကြောင်း အတည်ပြုရမယ့် ရက် ကျော်
admin-mail-kind-overdue-answer = ဖြေကြားရမယ့် ရက် ကျော်
admin-mail-kind-complaint-acknowledged = တိုင်ကြားချက် လက်ခံရရှိကြောင်း အတည်ပြု (အလုပ်သမားထံ)
admin-mail-kind-complaint-resolved = တိုင်ကြားချက် ရလဒ် ထွက် (အလုပ်သမားထံ)
admin-mail-kind-review-approved = သုံးသပ်ချက် ထုတ်ပြန်ပြီး (ရေးသူထံ)
admin-mail-kind-review-rejected = သုံးသပ်ချက် မထုတ်ပြန် (ရေးသူထံ)
admin-mail-kind-digest = နေ့စဉ် အကျဉ်းချုပ်

## Watchlists

admin-mail-kind-watch-summary = စောင့်ကြည့်စာရင်း အပတ်စဉ် အကျဉ်းချုပ်
mail-watch-summary-subject = သင့်ရဲ့ စောင့်ကြည့်စာရင်း အပတ်စဉ် အကျဉ်းချုပ်
mail-watch-summary-body = သင် စောင့်ကြည့်နေတဲ့ အေဂျင်စီတွေမှာ ဒီအပတ် ပြောင်းလဲခဲ့တာတွေ -
mail-watch-line = { $recruiter } - { $changes }
mail-watch-reviews = { $count ->
   *[other] သုံးသပ်ချက် အသစ် { $count } ခု
}
mail-watch-rating = အမှတ် { $from } → { $to }
mail-watch-rating-new = အခု အမှတ် { $to }
mail-watch-complaints = တိုင်ကြားချက် အသစ် { $count } ခု
mail-watch-complaints-few = တိုင်ကြားချက် အသစ် 5 ခုအောက်
watchlist-title = စောင့်ကြည့်စာရင်း
watchlist-heading = ကျွန်ုပ်၏ စောင့်ကြည့်စာရင်း
watchlist-intro = သင် စောင့်ကြည့်နေတဲ့ အေဂျင်စီတွေပါ။ တစ်ပတ်ကို တစ်ကြိမ် အဲဒီအေဂျင်စီတွေမှာ ဘာတွေ ပြောင်းလဲခဲ့လဲဆိုတာ ပြောပြတဲ့ အီးမေးလ် တစ်စောင် ရပါမယ် - သုံးသပ်ချက် အသစ်များ၊ အမှတ်၊ လိုင်စင်၊ တိုင်ကြားချက် အသစ်များ (အရေအတွက်သာ၊ ဘယ်သူ တိုင်ကြားတယ်ဆိုတာ ဘယ်တော့မှ မပြောပါ)။
watchlist-empty = သင် ဘယ်အေဂျင်စီကိုမှ စောင့်ကြည့်မထားသေးပါ။
watchlist-reviews = { $count ->
   *[other] သုံးသပ်ချက် { $count } ခု
}
watchlist-rating = 5 မှတ်မှာ { $rating } မှတ်
watchlist-rating-few = အမှတ်ပေးဖို့ သုံးသပ်ချက် နည်းလွန်းပါတယ်
watchlist-remove = စောင့်ကြည့်ခြင်း ရပ်ရန်
watchlist-add-heading = အေဂျင်စီကို စောင့်ကြည့်ရန်
watchlist-add-label = လိုင်စင်နံပါတ် ဒါမှမဟုတ် FairRecruit ID
watchlist-add-hint = လမ်းညွှန်စာရင်းထဲမှာ ပါတဲ့အတိုင်း လိုင်စင်နံပါတ်၊ ဒါမှမဟုတ် အေဂျင်စီ စာမျက်နှာ လင့်ခ်ရဲ့ အဆုံးမှာ ပါတဲ့ ID။ အေဂျင်စီ { $max } ခုအထိ ထည့်နိုင်ပါတယ်။
watchlist-add-submit = စောင့်ကြည့်ရန်
watchlist-added = သင့်စောင့်ကြည့်စာရင်းထဲ ထည့်ပြီးပါပြီ။
watchlist-removed = သင့်စောင့်ကြည့်စာရင်းထဲက ဖယ်ရှားပြီးပါပြီ။
error-watch-recruiter = ဒီလိုင်စင်နံပါတ် ဒါမှမဟုတ် ID ရှိတဲ့ အေဂျင်စီ လမ်းညွှန်စာရင်းထဲမှာ မရှိပါ။
error-watch-limit = သင့်စောင့်ကြည့်စာရင်း ပြည့်နေပါပြီ။ နောက်တစ်ခု မထည့်ခင် တစ်ခုကို စောင့်ကြည့်ခြင်း ရပ်ပါ။
recruiter-watch-link = အလုပ်သမား သမဂ္ဂများနဲ့ စစ်ဆေးရေး အရာရှိများ - ဒီအေဂျင်စီကို သင့်စောင့်ကြည့်စာရင်းထဲ ထည့်ရန်

mail-password-reset-subject = FairRecruit စကားဝှက်အသစ် သတ်မှတ်ရန်
mail-password-reset-body = တစ်စုံတစ်ယောက်က (သင်ပင် ဖြစ်မည်ဟု မျှော်လင့်ပါသည်) သင်၏ FairRecruit အကောင့်အတွက် စကားဝှက်အသစ် သတ်မှတ်ရန် တောင်းဆိုခဲ့ပါသည်။ အောက်ပါ လင့်ခ်သည် တစ်ကြိမ်သာ၊ မိနစ် ၃၀ အတွင်းသာ အလုပ်လုပ်ပါသည်။ သင် မဟုတ်ပါက ဘာမျှ မလုပ်ပါနှင့်- သင့်စကားဝှက် မပြောင်းလဲပါ။
admin-mail-kind-password-reset = စကားဝှက် ပြန်သတ်မှတ်ရန် လင့်ခ် (ဝန်ထမ်းထံ)

mail-second-factor-reset-subject = သင့် FairRecruit အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်းကို ပြန်သတ်မှတ်ခဲ့သည်
mail-second-factor-reset-body = စီမံခန့်ခွဲသူတစ်ဦးက သင့် FairRecruit အကောင့်၏ အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်းကို ပြန်သတ်မှတ်ပြီး နေရာအားလုံးမှ ထွက်စေခဲ့သည်။ နောက်တစ်ကြိမ် အကောင့်ဝင်ချိန်တွင် အထောက်အထားစစ် အက်ပ်ကို ပြန်ပြင်ဆင်ပါ။ ဤသို့ မတောင်းခဲ့လျှင် စီမံခန့်ခွဲသူကို ချက်ချင်း ပြောပါ။
admin-mail-kind-second-factor-reset = အဆင့်နှစ်ဆင့် အကောင့်ဝင်ခြင်း ပြန်သတ်မှတ်မှု (ဝန်ထမ်းထံ)
admin-mail-kind-webhook-acknowledged = အခြေအနေ webhook: လက်ခံပြီး (လက်ခံရေး မိတ်ဖက်ထံ)
admin-mail-kind-webhook-question = အခြေအနေ webhook: အလုပ်သမားအတွက် စာ (လက်ခံရေး မိတ်ဖက်ထံ)
admin-mail-kind-webhook-resolved = အခြေအနေ webhook: ဖြေရှင်းပြီး (လက်ခံရေး မိတ်ဖက်ထံ)
admin-mail-kind-webhook-closed = အခြေအနေ webhook: ပိတ်ပြီး (လက်ခံရေး မိတ်ဖက်ထံ)
