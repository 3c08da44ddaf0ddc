# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = হ্যালো,
mail-open-link = পড়তে লগ ইন করুন:
mail-footer = আপনার FairRecruit অ্যাকাউন্টে নোটিফিকেশন চাওয়া হয়েছে, তাই আপনি এই ইমেইল পাচ্ছেন। আপনার অ্যাকাউন্টের পৃষ্ঠায় ইমেইলের ভাষা বদলাতে বা এই ইমেইলগুলো বন্ধ করতে পারবেন:

mail-new-referral-subject = { $organisation }-এর জন্য নতুন কেস
mail-new-referral-body = FairRecruit-এ { $organisation }-এর কাছে একটি নতুন কেস পাঠানো হয়েছে।
mail-worker-reply-subject = একজন শ্রমিক একটি কেসে উত্তর দিয়েছেন
mail-worker-reply-body = আপনার প্রতিষ্ঠানের একটি কেসে শ্রমিক নতুন বার্তা যোগ করেছেন।
mail-overdue-acknowledge-subject = একটি কেসের প্রাপ্তি স্বীকারের সময়সীমা পেরিয়ে গেছে
mail-overdue-acknowledge-body = আপনার প্রতিষ্ঠানের একটি কেসের প্রাপ্তি সময়সীমার মধ্যে স্বীকার করা হয়নি।
mail-overdue-answer-subject = একটি কেসের উত্তরের সময়সীমা পেরিয়ে গেছে
mail-overdue-answer-body = আপনার প্রতিষ্ঠানের একটি কেসের উত্তর সময়সীমার মধ্যে দেওয়া হয়নি।
mail-complaint-acknowledged-subject = আপনার অভিযোগ পাওয়া গেছে
mail-complaint-acknowledged-body = { $organisation } জানিয়েছে যে তারা আপনার অভিযোগ পেয়েছে।
mail-complaint-resolved-subject = আপনার অভিযোগের ফলাফল এসেছে
mail-complaint-resolved-body = { $organisation } আপনার অভিযোগের ফলাফল লিখে রেখেছে।
mail-review-approved-subject = আপনার মতামত প্রকাশ করা হয়েছে
mail-review-approved-body = { $recruiter } সম্পর্কে আপনার মতামত প্রকাশ করা হয়েছে। অন্য কর্মীদের সাহায্য করার জন্য ধন্যবাদ।
mail-review-rejected-subject = আপনার মতামত প্রকাশ করা হয়নি
mail-review-rejected-body = { $recruiter } সম্পর্কে আপনার মতামত প্রকাশ করা হয়নি। কেন, তা আপনার অ্যাকাউন্টের পৃষ্ঠায় লেখা আছে।
mail-digest-subject = আপনার দৈনিক FairRecruit সারসংক্ষেপ
mail-digest-body = আপনার আগের সারসংক্ষেপের পর থেকে:
mail-digest-line-new-referral = { $count ->
    [one] { $count }টি নতুন কেস
   *[other] { $count }টি নতুন কেস
}
mail-digest-line-worker-reply = { $count ->
    [one] শ্রমিকের কাছ থেকে { $count }টি উত্তর
   *[other] শ্রমিকদের কাছ থেকে { $count }টি উত্তর
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] প্রাপ্তি স্বীকারের সময়সীমা পেরোনো { $count }টি কেস
   *[other] প্রাপ্তি স্বীকারের সময়সীমা পেরোনো { $count }টি কেস
}
mail-digest-line-overdue-answer = { $count ->
    [one] উত্তরের সময়সীমা পেরোনো { $count }টি কেস
   *[other] উত্তরের সময়সীমা পেরোনো { $count }টি কেস
}

## Account settings

account-notices-heading = নোটিফিকেশন
account-notices-hint = ইমেইল ওপরের ঠিকানায় যায় এবং শুধু জানায় যে কিছু বদলেছে, অভিযোগে কী লেখা আছে তা কখনো জানায় না।
account-notices-language = ইমেইলের ভাষা
account-notices-how = আপনি নোটিফিকেশন কীভাবে পেতে চান?
account-notices-each = প্রতিবার কিছু ঘটলে একটি ইমেইল
account-notices-digest = দিনে একটি সারসংক্ষেপ
account-notices-none = কোনো ইমেইল নয়
account-notices-submit = নোটিফিকেশনের সেটিং সেভ করুন
account-notices-saved = নোটিফিকেশনের সেটিং সেভ হয়েছে।
error-notices-language = তালিকার ভাষাগুলোর মধ্যে একটি বেছে নিন।
error-notices-choice = নোটিফিকেশন কীভাবে পেতে চান, তা বেছে নিন।
error-notices-digest-leads = শুধু সংস্থার প্রধানরাই দৈনিক সারসংক্ষেপ বেছে নিতে পারেন।

## Administrators: mail

admin-nav-mail = ইমেইল
admin-mail-title = ইমেইল
admin-mail-heading = ইমেইল নোটিফিকেশন
admin-mail-intro = মেইল সার্ভার না নেওয়া পর্যন্ত নোটিফিকেশন আউটবক্সে অপেক্ষা করে। যে ইমেইল বারবার ব্যর্থ হয়, বা সার্ভার যেটি স্থায়ীভাবে প্রত্যাখ্যান করে, সেটি পাঠানোর চেষ্টা বন্ধ করা হয় এবং তার শেষ ত্রুটিসহ এখানে দেখানো হয়।
admin-mail-pending = পাঠানোর অপেক্ষায়
admin-mail-dead = পাঠানো বন্ধ
admin-mail-none-dead = কোনো ইমেইলের পাঠানো বন্ধ করা হয়নি।
admin-mail-retry-all-hint = মেইলের সেটিং ঠিক করার পর নিচের সব ইমেইল আবার পাঠানোর সারিতে দিন।
admin-mail-retry-all = সবগুলো আবার পাঠান
admin-mail-created = তৈরির তারিখ
admin-mail-kind = নোটিফিকেশন
admin-mail-recipient = প্রাপক
admin-mail-attempts = চেষ্টা
admin-mail-error = শেষ ত্রুটি
admin-mail-retry = আবার পাঠান
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] { $count }টি ইমেইল আবার সারিতে দেওয়া হয়েছে।
   *[other] { $count }টি ইমেইল আবার সারিতে দেওয়া হয়েছে।
}
admin-mail-kind-new-referral = নতুন কেস
admin-mail-kind-worker-reply = শ্রমিকের উত্তর
admin-mail-kind-overdue-acknowledge = প্রাপ্তি স্বীকারের সময়সীমা পেরিয়েছে
admin-mail-kind-overdue-answer = উত্তরের সময়সীমা পেরিয়েছে
admin-mail-kind-complaint-acknowledged = অভিযোগের প্রাপ্তি স্বীকার করা হয়েছে (শ্রমিককে)
admin-mail-kind-complaint-resolved = অভিযোগের ফলাফল এসেছে (শ্রমিককে)
admin-mail-kind-review-approved = মতামত প্রকাশ করা হয়েছে (লেখককে)
admin-mail-kind-review-rejected = মতামত প্রকাশ করা হয়নি (লেখককে)
admin-mail-kind-digest = দৈনিক সারসংক্ষেপ

## Watchlists

admin-mail-kind-watch-summary = নজর রাখার তালিকার সাপ্তাহিক সারসংক্ষেপ
mail-watch-summary-subject = আপনার নজর রাখার তালিকার সাপ্তাহিক সারসংক্ষেপ
mail-watch-summary-body = আপনি যেসব রিক্রুটিং এজেন্সির ওপর নজর রাখছেন, এই সপ্তাহে সেগুলোর বিষয়ে যা বদলেছে:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count }টি নতুন মতামত
   *[other] { $count }টি নতুন মতামত
}
mail-watch-rating = রেটিং { $from } → { $to }
mail-watch-rating-new = এখন রেটিং { $to }
mail-watch-complaints = { $count }টি নতুন অভিযোগ
mail-watch-complaints-few = 5টির কম নতুন অভিযোগ
watchlist-title = নজর রাখার তালিকা
watchlist-heading = আমার নজর রাখার তালিকা
watchlist-intro = যেসব রিক্রুটিং এজেন্সির ওপর আপনি নজর রাখছেন। সপ্তাহে একবার আপনি একটি ইমেইল পাবেন, তাতে লেখা থাকবে সেগুলোর বিষয়ে কী বদলেছে: নতুন মতামত, রেটিং, লাইসেন্স, নতুন অভিযোগ (শুধু সংখ্যা, কে অভিযোগ করেছে তা কখনো নয়)।
watchlist-empty = আপনি এখনও কোনো রিক্রুটিং এজেন্সির ওপর নজর রাখছেন না।
watchlist-reviews = { $count ->
    [one] { $count }টি মতামত
   *[other] { $count }টি মতামত
}
watchlist-rating = রেটিং: 5-এর মধ্যে { $rating }
watchlist-rating-few = রেটিংয়ের জন্য মতামত খুব কম
watchlist-remove = নজর রাখা বন্ধ করুন
watchlist-add-heading = কোনো রিক্রুটিং এজেন্সির ওপর নজর রাখুন
watchlist-add-label = লাইসেন্স নম্বর বা FairRecruit আইডি
watchlist-add-hint = রিক্রুটিং এজেন্সির তালিকায় যেমন লেখা আছে সেই লাইসেন্স নম্বর, অথবা এজেন্সির পৃষ্ঠার লিংকের শেষে থাকা আইডি। সর্বোচ্চ { $max }টি রিক্রুটিং এজেন্সি।
watchlist-add-submit = নজর রাখুন
watchlist-added = আপনার নজর রাখার তালিকায় যোগ করা হয়েছে।
watchlist-removed = আপনার নজর রাখার তালিকা থেকে সরানো হয়েছে।
error-watch-recruiter = রিক্রুটিং এজেন্সির তালিকায় এই লাইসেন্স নম্বর বা আইডির কোনো এজেন্সি নেই।
error-watch-limit = আপনার নজর রাখার তালিকা পূর্ণ। আরেকটি যোগ করার আগে একটির ওপর নজর রাখা বন্ধ করুন।
recruiter-watch-link = ট্রেড ইউনিয়ন ও শ্রম পরিদর্শকদের জন্য: এই রিক্রুটিং এজেন্সিকে আপনার নজর রাখার তালিকায় যোগ করুন

mail-password-reset-subject = FairRecruit-এর নতুন পাসওয়ার্ড দিন
mail-password-reset-body = কেউ, আশা করি আপনিই, আপনার FairRecruit অ্যাকাউন্টের নতুন পাসওয়ার্ড দিতে চেয়েছেন। নিচের লিংকটি একবার, ৩০ মিনিট কাজ করে। আপনি না হলে কিছু করবেন না: আপনার পাসওয়ার্ড যেমন আছে তেমনই থাকবে।
admin-mail-kind-password-reset = পাসওয়ার্ড রিসেট লিংক (কর্মীকে)

mail-second-factor-reset-subject = আপনার FairRecruit দুই-ধাপের লগ ইন রিসেট করা হয়েছে
mail-second-factor-reset-body = একজন অ্যাডমিনিস্ট্রেটর আপনার FairRecruit অ্যাকাউন্টের দুই-ধাপের লগ ইন রিসেট করেছেন এবং আপনাকে সব জায়গা থেকে লগ আউট করেছেন। পরের বার লগ ইনের সময় অথেনটিকেটর অ্যাপ আবার সেট করুন। আপনি এটি না চেয়ে থাকলে এখনই আপনার অ্যাডমিনিস্ট্রেটরকে জানান।
admin-mail-kind-second-factor-reset = দুই-ধাপের লগ ইন রিসেট (কর্মীকে)
admin-mail-kind-webhook-acknowledged = স্ট্যাটাস ওয়েবহুক: গৃহীত (ইনটেক অংশীদারের কাছে)
admin-mail-kind-webhook-question = স্ট্যাটাস ওয়েবহুক: কর্মীর জন্য বার্তা (ইনটেক অংশীদারের কাছে)
admin-mail-kind-webhook-resolved = স্ট্যাটাস ওয়েবহুক: সমাধান হয়েছে (ইনটেক অংশীদারের কাছে)
admin-mail-kind-webhook-closed = স্ট্যাটাস ওয়েবহুক: বন্ধ করা হয়েছে (ইনটেক অংশীদারের কাছে)
