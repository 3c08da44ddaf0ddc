# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = রিক্রুটিং এজেন্সি সম্পর্কে মতামত দিন
review-heading = এই রিক্রুটিং এজেন্সি সম্পর্কে অন্য কর্মীদের জানান
review-intro = শুধু কোন দেশ থেকে কোন দেশে গেছেন, কোন বছর গেছেন আর সব মিলিয়ে আপনার রেটিং — এটুকু দিতেই হবে। বাকি সব অংশ বাদ দিতে পারেন। আপনার নাম কখনো চাওয়া হয় না, দেখানোও হয় না।
review-anonymous-note = আপনি লগ ইন করেননি: আপনার মতামত কোনো অ্যাকাউন্ট ছাড়াই পাঠানো হবে, আর এর সাথে আমরা আপনার ইন্টারনেট (IP) ঠিকানা রাখি না।
review-signed-in-note = আপনি লগ ইন করে আছেন: এই মতামতটি আপনার অ্যাকাউন্টের পৃষ্ঠায় পাবেন এবং পরে বদলাতে পারবেন। কে লিখেছে, তা অন্য কেউ কখনো দেখতে পায় না।
review-errors-below = কয়েকটি উত্তর ঠিক করতে হবে। কী ঠিক করতে হবে তা উত্তরগুলোর পাশেই লেখা আছে; আপনি যা লিখেছিলেন তার সবই এখানে রয়ে গেছে।
review-honeypot = এই ঘরটি খালি রাখুন
review-choose = বেছে নিন…
review-skip = বলতে চাই না
review-yes = হ্যাঁ
review-no = না
review-section-journey = আপনার বিদেশযাত্রা
review-field-origin = যে দেশ থেকে গেছেন
review-field-destination = যে দেশে কাজ করতে গেছেন
review-field-year = যে বছর গেছেন
review-field-sub-agent = যে সাব-এজেন্ট (দালাল)-এর মাধ্যমে গেছেন, তার নাম (যদি থাকে)
review-sub-agent-hint = অনেক কর্মী এলাকার এমন দালালের মাধ্যমে যান, যে এজেন্সির হয়ে কাজ করে। আপনি কোনো দালালের নাম দিলে আপনার মতামত সেই দালালের নামে গণ্য হবে, আর তাকে লাইসেন্স ছাড়া দেখানো হবে।
review-field-sector = কাজের ধরন
review-field-occupation = আপনার কাজ (পেশা)
review-field-visa = ভিসার ধরন
review-rating-scale = 1 = খুব খারাপ, 5 = খুব ভালো।
review-section-costs = আপনি কত টাকা দিয়েছেন
review-costs-intro = ILO-র ‘নিয়োগকর্তাই খরচ দেবেন’ নীতি (Employer Pays Principle) অনুযায়ী, নিয়োগের জন্য কর্মীদের কোনো ফি বা খরচ দেওয়ার কথা নয়। তবুও আপনি যা দিয়েছেন, প্রতিটি খরচের ধরন অনুযায়ী তা আমাদের জানান।
review-field-currency = সব টাকার অঙ্কের মুদ্রা
review-currency-hint = এই পৃষ্ঠার সব অঙ্কের জন্য একটাই মুদ্রা ব্যবহার করুন, বেতনের জন্যও। তাহলে আপনি যা দিয়েছেন তার সাথে যা আয় করেছেন তা তুলনা করা যাবে।
review-paid-yes = আমি এর জন্য টাকা দিয়েছি
review-paid-no = আমি টাকা দিইনি
review-field-amount = টাকার পরিমাণ
review-field-paid-to = কাকে দিয়েছেন
review-field-receipt = রসিদ পেয়েছিলেন?
review-section-loan = ঋণ
review-field-took-loan = টাকা দেওয়ার জন্য কি ধার বা ঋণ নিয়েছিলেন?
review-field-lender = কে ঋণ দিয়েছে
loan-interest-monthly = মাসিক সুদ (%)
review-section-wages = আপনার বেতন
review-wages-hint = মাসিক হিসাবে, খরচের মতো একই মুদ্রায়।
review-field-promised-wage = যে মাসিক বেতনের কথা দেওয়া হয়েছিল
review-field-first-wage = প্রথম পুরো মাসের জন্য আপনি হাতে কত পেয়েছেন
review-first-wage-hint = কর আর সব কাটার পরে। বেতন না পেয়ে থাকলে 0 লিখুন।
review-section-checks = আপনার চুক্তিপত্র ও কাজ
review-section-ratings = আরও রেটিং
review-field-use-again = আবার কি এই রিক্রুটিং এজেন্সির মাধ্যমে যাবেন?
review-section-text = আপনার অভিজ্ঞতা
review-text-hint = কারও নাম, ফোন নম্বর, পাসপোর্ট নম্বর বা ঠিকানা লিখবেন না: অন্য কেউ আপনার মতামত পড়ার আগেই একজন মডারেটর এগুলো মুছে দেন।
review-field-text = কী ঘটেছিল
review-field-text-language = আপনার লেখার ভাষা
review-language-other = অন্য ভাষা
review-moderation-note = প্রতিটি মতামত প্রকাশের আগে একজন মডারেটর পড়ে দেখেন।
review-submit = আমার মতামত পাঠান
review-write-link = এই রিক্রুটিং এজেন্সি সম্পর্কে মতামত দিন

review-sent-title = মতামত পাওয়া গেছে
review-sent-heading = আপনার মতামতের জন্য ধন্যবাদ
review-sent-moderation = আপনার মতামত আমরা পেয়েছি। প্রকাশের আগে একজন মডারেটর এটি পড়বেন।
review-sent-account = এর অবস্থা আপনার অ্যাকাউন্টের পৃষ্ঠায় দেখতে পারবেন:
review-abuse-heading = আপনি যা বলেছেন তা বেআইনি হতে পারে
review-abuse-text = কর্মীদের কাছ থেকে নিয়োগের ফি নেওয়া, তাদের পাসপোর্ট বা পরিচয়পত্র আটকে রাখা, পৌঁছানোর পরে চুক্তি বদলে দেওয়া এবং কথা দেওয়া বেতন না দেওয়া — এসব আন্তর্জাতিক মানদণ্ডে এবং অনেক দেশের আইনে নিষিদ্ধ। ব্যবস্থা নিতে পারে এমন কোনো সংস্থার কাছে আপনি গোপনে অভিযোগ করতে পারেন; আপনার নাম দিতে হবে না।
review-abuse-rights-link = আপনার অধিকার জানুন
review-back-to-recruiter = রিক্রুটিং এজেন্সির পৃষ্ঠায় ফিরে যান

error-review-year = যে বছর গেছেন তা লিখুন, 1970 থেকে এই বছরের মধ্যে।
error-review-rating = 1 থেকে 5-এর মধ্যে একটি রেটিং বেছে নিন।
error-review-rating-required = সব মিলিয়ে আপনার রেটিং 1 থেকে 5-এর মধ্যে বেছে নিন।
error-review-text-long = এই লেখাটি অনেক লম্বা। ছোট করে সর্বোচ্চ 5,000 অক্ষরের মধ্যে আনুন।
error-review-sub-agent = সাব-এজেন্টের নাম অক্ষর দিয়ে লিখুন, অথবা ঘরটি খালি রাখুন।
error-review-language = তালিকা থেকে একটি ভাষা বেছে নিন।
error-review-page = পৃষ্ঠা নম্বর 1 থেকে 1000-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।
error-review-json = অনুরোধটি মতামতের জন্য সঠিক JSON নয়, অথবা এতে এমন একটি ঘর আছে যা আমরা চিনি না।
error-review-cost-repeated = প্রতিটি খরচের ধরন শুধু একবারই দেওয়া যাবে।

cost-fee = নিয়োগের ফি
cost-fee-hint = কাজ খুঁজে দেওয়া বা কাজের ব্যবস্থা করে দেওয়ার জন্য দেওয়া টাকা, যে-ই নিক না কেন।
cost-medical = মেডিকেল
cost-medical-hint = মেডিকেল পরীক্ষা, টেস্ট, টিকা।
cost-insurance = বীমা
cost-insurance-hint = জীবন, স্বাস্থ্য বা নিরাপত্তা বীমা; প্রবাসী কল্যাণ তহবিল।
cost-skills = দক্ষতা ও ভাষার পরীক্ষা
cost-skills-hint = ট্রেড টেস্ট, ভাষার পরীক্ষা, সনদ (সার্টিফিকেট)।
cost-training = প্রশিক্ষণ ও ওরিয়েন্টেশন (ব্রিফিং)
cost-training-hint = বিদেশে রওনা হওয়ার আগে বা পৌঁছানোর পরের প্রশিক্ষণ।
cost-equipment = সরঞ্জাম
cost-equipment-hint = যন্ত্রপাতি, ইউনিফর্ম, নিরাপত্তা সরঞ্জাম।
cost-travel = যাতায়াত ও থাকা
cost-travel-hint = ইন্টারভিউ, প্রশিক্ষণ, ভিসার অ্যাপয়েন্টমেন্ট, বিদেশে যাওয়া আর দেশে ফেরার টিকিট ও থাকার খরচ।
cost-administrative = কাগজপত্র ও অনুমতিপত্র
cost-administrative-hint = পাসপোর্ট, ভিসা, পটভূমি যাচাই (যেমন পুলিশ ক্লিয়ারেন্স), বহির্গমন ছাড়পত্র (ম্যানপাওয়ার কার্ড), ব্যাংক অ্যাকাউন্ট, কাজের অনুমতি (ওয়ার্ক পারমিট) ও বসবাসের অনুমতি।
cost-illegitimate = ঘুষ, জামানত ও বন্ড
cost-illegitimate-hint = যে টাকা নেওয়া সব অবস্থাতেই অবৈধ: ঘুষ, গোপন কমিশন, জামানত, বন্ড, চাঁদাবাজি।

paid-to-recruiter = এজেন্সিকে
paid-to-sub_agent = সাব-এজেন্ট বা দালালকে
paid-to-employer = নিয়োগকর্তাকে
paid-to-other = অন্য কাউকে

lender-recruiter = এজেন্সি
lender-moneylender = মহাজন (সুদে টাকা ধার দেন যিনি)
lender-bank = ব্যাংক
lender-cooperative = সমবায় সমিতি বা ক্ষুদ্রঋণ (এনজিও) সংস্থা
lender-family = পরিবার বা বন্ধুবান্ধব
lender-employer = নিয়োগকর্তা
lender-other = অন্য কেউ

visa-work = কাজের ভিসা (ওয়ার্ক ভিসা)
visa-domestic_work = গৃহকর্মীর ভিসা
visa-seasonal = মৌসুমি কাজের ভিসা
visa-visit = ভিজিট বা ট্যুরিস্ট ভিসা
visa-student = স্টুডেন্ট ভিসা
visa-other = অন্য ভিসা

check-contract_before_departure = বিদেশে রওনা হওয়ার আগে কি লিখিত চুক্তিপত্র পেয়েছিলেন?
check-contract_understood = চুক্তিপত্রটি কি আপনার বোঝার মতো ভাষায় ছিল?
check-contract_substituted = পৌঁছানোর পরে কি আপনাকে অন্য একটি চুক্তিপত্রে সই করতে বাধ্য করা হয়েছিল?
check-documents_kept = কেউ কি আপনার পাসপোর্ট বা পরিচয়পত্র আটকে রেখেছিল?
check-job_as_promised = কাজটি কি কথামতো ছিল?
check-wage_as_promised = বেতন কি কথামতো ছিল?
check-free_to_change_employer = আপনি কি ইচ্ছামতো নিয়োগকর্তা বদলাতে পারতেন?
check-info_accurate = যাওয়ার আগে আপনাকে যে তথ্য দেওয়া হয়েছিল, তা কি সঠিক ছিল?

rating-fees_honesty = ফি নিয়ে সততা
rating-job_truth = কাজ সম্পর্কে সত্য কথা
rating-contract_documents = চুক্তিপত্র ও কাগজপত্র
rating-support_after_arrival = পৌঁছানোর পরে সাহায্য
rating-overall = সব মিলিয়ে রেটিং

review-status-pending = মডারেটরের অপেক্ষায়
review-status-approved = প্রকাশিত
review-status-rejected = প্রকাশ করা হয়নি

reject-reason-not_a_review = এটি এই রিক্রুটিং এজেন্সি সম্পর্কে মতামত নয়
reject-reason-spam = বিজ্ঞাপন বা স্প্যাম
reject-reason-abusive = গালিগালাজ বা হুমকির ভাষা
reject-reason-personal_data = প্রকাশ করার জন্য ব্যক্তিগত তথ্য খুব বেশি
reject-reason-duplicate = অন্য একটি মতামতের কপি
reject-reason-wrong_recruiter = অন্য একটি রিক্রুটিং এজেন্সি সম্পর্কে
reject-reason-other = অন্য কারণ

score-heading = স্কোরকার্ড
score-no-reviews = এখনও কোনো মতামত প্রকাশিত হয়নি।
score-rating-out-of-five = 5-এর মধ্যে { $rating }
score-review-count = { $count ->
    [one] { $count }টি মতামতের ভিত্তিতে
   *[other] { $count }টি মতামতের ভিত্তিতে
}
score-rating-explained = যথেষ্ট কর্মী এই এজেন্সি সম্পর্কে মতামত না দেওয়া পর্যন্ত এর রেটিং সব রিক্রুটিং এজেন্সির গড় রেটিংয়ের কাছাকাছি রাখা হয়। তাই অল্প কয়েকটি মতামত দিয়ে একে খুব ভালো বা খুব খারাপ দেখানো যায় না।
score-rating-mean = সব মিলিয়ে গড় রেটিং
score-share-charged = যে কর্মীদের কাছ থেকে ফি বা খরচ নেওয়া হয়েছে
score-share-documents = যে কর্মীদের পাসপোর্ট বা পরিচয়পত্র আটকে রাখা হয়েছে
score-share-substituted = যে কর্মীদের চুক্তি বদলে দেওয়া হয়েছে
score-share-job-not = যে কর্মীরা কথামতো কাজ পাননি
score-share-again = যে কর্মীরা আবার এদের মাধ্যমে যাবেন
score-median-cost = মোট খরচের মাঝামাঝি হিসাব (মিডিয়ান), { $currency }
score-median-ratio = প্রথম মাসের বেতনের তুলনায় খরচের মাঝামাঝি হিসাব (মিডিয়ান)
score-months-of-wages = { $months } মাসের বেতন
score-withheld = এখনও যথেষ্ট মতামত নেই
score-k-explained = অন্তত 5 জন কর্মী উত্তর দিলে তবেই সংখ্যাটি দেখানো হয়, যাতে কাউকে চেনা না যায়।

review-language-filter = যে ভাষায় লেখা মতামত দেখতে চান
review-language-any = যেকোনো ভাষা
review-language-filter-submit = দেখান
review-list-empty = এখনও কোনো মতামত প্রকাশিত হয়নি।
review-rating-line = রেটিং: 5-এর মধ্যে { $rating }
review-departed = { $year } সালে গেছেন
review-would-use-again = আবার এই রিক্রুটিং এজেন্সির মাধ্যমে যাবেন।
review-would-not-use-again = আর এই রিক্রুটিং এজেন্সির মাধ্যমে যাবেন না।

pii-phone = ফোন নম্বর
pii-email = ইমেইল ঠিকানা
pii-passport = পাসপোর্ট বা পরিচয়পত্রের নম্বর
pii-url = ওয়েবসাইটের ঠিকানা (লিংক)

moderate-title = মডারেশন
moderate-heading = মডারেশনের অপেক্ষায় থাকা মতামত
moderate-pending-count = { $count ->
    [one] { $count }টি মতামত অপেক্ষায় আছে, সবচেয়ে পুরোনোটি আগে।
   *[other] { $count }টি মতামত অপেক্ষায় আছে, সবচেয়ে পুরোনোগুলো আগে।
}
moderate-empty = কোনো মতামত অপেক্ষায় নেই।
moderate-approved = মতামতটি প্রকাশ করা হয়েছে।
moderate-rejected = মতামতটি বাতিল করা হয়েছে।
moderate-gone = অন্য একজন মডারেটর এই মতামত নিয়ে আগেই সিদ্ধান্ত নিয়েছেন।
moderate-review-title = মতামত মডারেট করুন
moderate-review-heading = মডারেশনের অপেক্ষায় থাকা মতামত
moderate-back = অপেক্ষার তালিকায় ফিরে যান
moderate-status = অবস্থা:
moderate-corridor = যাত্রাপথ
moderate-sub-agent-note = এই মতামতে একজন সাব-এজেন্টের নাম আছে; প্রকাশ হলে এটি গণ্য হবে এর জন্য:
moderate-no-text = কর্মী কিছু লেখেননি।
moderate-collected-paper = { $who } কাগজে সংগ্রহ করেছেন
moderate-collected-partner = সহযোগী সংস্থা { $who } পাঠিয়েছে
moderate-collected-phone = { $who } টেলিফোনে সংগ্রহ করেছেন
moderate-collected-batch = আমদানি ব্যাচ { $batch }
moderate-redact-found = ব্যক্তিগত তথ্য পাওয়া গেছে: প্রকাশ করলে টিক দেওয়া অংশগুলোর জায়গায় […] বসবে
moderate-redact-text = হুবহু এই লেখাটিও মুছে দিন
moderate-redact-text-hint = লেখায় যেখানে যেখানে এটি আছে, সব জায়গায় […] বসবে। আর কিছু মুছতে না হলে খালি রাখুন।
moderate-approve = প্রকাশ করুন
moderate-reason = বাতিলের কারণ
moderate-reject = বাতিল করুন
moderate-error-span = ব্যক্তিগত তথ্যের ওই অংশটি আর লেখায় নেই। পৃষ্ঠাটি আবার লোড করুন।
moderate-error-redact-text = যে লেখা মুছতে চান তা অনেক লম্বা, অথবা এতে কন্ট্রোল অক্ষর আছে।
moderate-error-redact-missing = যে লেখা মুছতে চান তা মতামতে নেই।
moderate-error-reason = বাতিলের একটি কারণ বেছে নিন।

account-reviews-heading = আপনার মতামত
account-reviews-none = আপনি এখনও কোনো রিক্রুটিং এজেন্সি সম্পর্কে মতামত দেননি।
account-review-edit = বদলান
account-review-year = { $year } সালে গেছেন
review-abuse-complaint-link = গোপনে অভিযোগ করুন
review-abuse-complaint-hint = অভিযোগের ফর্মে এই মতামতে আপনি যা লিখেছেন তা আগে থেকে ভরা থাকবে। আপনি সেটা দেখে নিন, কী হয়েছিল যোগ করুন, এবং কে দেখতে পারবে তা বেছে নিন। নাম দিতে হবে না।
moderate-changed = আপনি খোলার পর লেখক এই মতামত বদলেছেন। নিচে আবার পড়ুন, তারপর সিদ্ধান্ত নিন।

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = লিঙ্গ
review-gender-hint = ঐচ্ছিক। এটি কখনো আপনার মতামতের সাথে দেখানো হয় না: শুধু অন্তত ৫ জন শ্রমিকের দলের প্রতিবেদনে গোনা হয়।
gender-woman = নারী
gender-man = পুরুষ
gender-another = অন্য লিঙ্গ
moderate-names-title = নির্দেশিকায় যুক্ত হওয়ার অপেক্ষায় থাকা নাম
moderate-names-hint = শ্রমিকরা অভিযোগ বা পর্যালোচনায় এই সাব-এজেন্টদের নাম উল্লেখ করেছেন। আপনি যে নাম অনুমোদন করেন তা পরবর্তী সাপ্তাহিক প্রকাশনায় সর্বজনীন নির্দেশিকায় যুক্ত হয়। গালিগালাজ, ব্যক্তিগত মানুষের নাম এবং নিয়োগকারী নয় এমন সবকিছু প্রত্যাখ্যান করুন।
moderate-names-empty = কোনো নাম অপেক্ষায় নেই।
moderate-names-looks-like = তালিকাভুক্ত একটি এজেন্সির মতো দেখায়:
moderate-names-approve = অনুমোদন করুন
moderate-names-refuse = প্রত্যাখ্যান করুন
moderate-names-approved = অনুমোদিত: নামটি পরবর্তী সাপ্তাহিক প্রকাশনায় নির্দেশিকায় যুক্ত হবে।
moderate-names-refused = প্রত্যাখ্যাত: নামটি নির্দেশিকায় আসবে না।
moderate-names-gone = অন্য একজন মডারেটর ইতিমধ্যে এই নাম সম্পর্কে সিদ্ধান্ত নিয়েছেন।
moderate-names-more = আরও নাম অপেক্ষায় আছে: পরের নামগুলো দেখতে এগুলোর বিষয়ে সিদ্ধান্ত নিন।
