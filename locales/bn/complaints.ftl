# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## অভিযোগের ফর্ম

complaint-new-title = অভিযোগ দাখিল করুন
complaint-new-heading = গোপন অভিযোগ দাখিল করুন
complaint-new-intro = কী হয়েছে আমাদের বলুন। আমরা অভিযোগটি শুধু আপনার বেছে নেওয়া প্রতিষ্ঠানগুলোর কাছে পাঠাই, যারা আপনার যাত্রাপথের দেশগুলোতে কাজ করে। শুধু রিক্রুটিং এজেন্সি আর দুটি দেশ বাধ্যতামূলক।
complaint-new-safety = আপনার নাম, ইমেল বা ফোন নম্বর দিতে হবে না। আমরা কখনো আপনার অভিবাসন অবস্থা জিজ্ঞেস করি না এবং অভিবাসন কর্তৃপক্ষকে কিছুই দিই না।
complaint-section-recruiter = কে আপনাকে নিয়োগ দিয়েছে
complaint-about = যার বিষয়ে:
complaint-recruiter-hint = তালিকায় এজেন্সিটি খুঁজে সেখানে "এই এজেন্সির বিষয়ে গোপন অভিযোগ দাখিল করুন" বেছে নিন, অথবা নিচে দালাল বা এজেন্টের নাম লিখুন।
complaint-recruiter-find = তালিকায় খুঁজুন
complaint-recruiter-link = এই এজেন্সির বিষয়ে গোপন অভিযোগ দাখিল করুন
complaint-field-sub-agent = এজেন্ট বা দালালের নাম
complaint-sub-agent-hint = লাইসেন্স ছাড়া মধ্যস্বত্বভোগী, যেমন গ্রামের দালাল। যে নামে চেনেন সেভাবে লিখুন।
complaint-field-sub-agent-country = এই এজেন্ট যে দেশে কাজ করে
complaint-choose = — বেছে নিন —
complaint-section-journey = আপনার যাত্রা
complaint-field-origin = যে দেশ থেকে রওনা হয়েছিলেন
complaint-field-destination = যে দেশে গেছেন (বা যাচ্ছিলেন)
complaint-field-stage = আপনি এখন কোথায়?
complaint-field-sector = কাজের ধরন
complaint-field-occupation = আপনার কাজ
complaint-field-departure-year = রওনা হওয়ার বছর
complaint-section-danger = আপনার নিরাপত্তা
complaint-field-in-danger = আমি এখন বিপদে আছি
complaint-in-danger-hint = আপনি বা অন্য কেউ এখন ক্ষতির ঝুঁকিতে থাকলে এখানে টিক দিন। এমন অভিযোগ আগে পড়া হয়। জরুরি অবস্থায় স্থানীয় জরুরি নম্বরেও ফোন করুন।
complaint-field-workers = আপনাকে নিয়ে কতজন শ্রমিক এতে ক্ষতিগ্রস্ত?
complaint-section-issues = কী হয়েছে
complaint-issues-hint = যা যা প্রযোজ্য সবগুলোতে টিক দিন। কোনোটিতে টিক না দিয়ে শুধু লিখতেও পারেন।
complaint-field-description = নিজের ভাষায়
complaint-description-hint = কী হয়েছে, কখন, এবং কারা জড়িত ছিল। প্রতিষ্ঠানগুলো পড়ুক না চাইলে তা লিখবেন না।
complaint-section-money = টাকা
complaint-money-hint = টাকার পরিমাণ অঙ্কে লিখুন, যেমন 1500 বা 1500.50।
complaint-field-fee = কাজ পেতে আপনি যে ফি দিয়েছেন
complaint-field-currency = মুদ্রা
complaint-field-promised-wage = যে মাসিক বেতনের প্রতিশ্রুতি দেওয়া হয়েছিল
complaint-field-actual-wage = প্রথম মাসে যে বেতন পেয়েছেন
complaint-field-wage-currency = বেতনের মুদ্রা
complaint-field-visa-type = ভিসার ধরন
complaint-costs-hint = কীসের জন্য টাকা দিয়েছেন? প্রতিটি খরচের ধরনে টিক দিন।
complaint-field-lender = টাকা দিতে কি ঋণ নিয়েছেন? কার কাছ থেকে?
complaint-lender-none = আমি ঋণ নিইনি
complaint-section-remedy = আপনি কী চান
complaint-section-consent = কে আপনার অভিযোগ পেতে পারে
complaint-consent-hint = আপনার অভিযোগ শুধু আপনার টিক দেওয়া ধরনের প্রতিষ্ঠানগুলোর কাছে যায়, এবং শুধু তাদের কাছে যারা আপনার দেশগুলো দেখে।
complaint-share-labour-inspectorate = শ্রম পরিদর্শন দপ্তর (কাজের দেশের সরকার)
complaint-share-origin-authority = নিয়োগ নিয়ন্ত্রক কর্তৃপক্ষ (আপনার নিজের দেশের সরকার)
complaint-share-trade-union = ট্রেড ইউনিয়ন
complaint-share-legal-aid = আইনি সহায়তা প্রতিষ্ঠান
complaint-no-immigration = এই প্রতিষ্ঠানগুলোর কোনোটিই অভিবাসন আইন প্রয়োগ করে না।
complaint-section-contact = আমরা কীভাবে আপনার সাথে যোগাযোগ করব
complaint-account-hint = "আমার অ্যাকাউন্ট" এই অভিযোগকে আপনার সাইন-ইন করা অ্যাকাউন্টের সাথে যুক্ত করে। পরিচয় গোপন রাখতে "শুধু আমার রসিদ" বেছে নিন: তখন কিছুই একে আপনার অ্যাকাউন্টের সাথে যুক্ত করে না।
complaint-field-contact = আপনার বেছে নেওয়া যোগাযোগ (ফোন, হোয়াটসঅ্যাপ, ইমেল, বা কোনো ব্যক্তি)
complaint-contact-hint = শুধু যদি "আমার বেছে নেওয়া যোগাযোগ" বেছে নেন। আপনার জন্য নিরাপদ এমন যোগাযোগ দিন।
complaint-field-safe-times = যোগাযোগের নিরাপদ সময়
complaint-contact-consent = এই যোগাযোগ কে দেখতে পারবে (শুধু যে প্রতিষ্ঠানগুলো অভিযোগও পায়):
complaint-section-behalf = শ্রমিকের পক্ষে অভিযোগ
complaint-field-behalf-consent = শ্রমিক সম্মতি দিয়েছেন যে আমি তাঁর পক্ষে এই অভিযোগ দাখিল করব, এবং ওপরের বাছাইগুলোতেও।
complaint-submit = অভিযোগ পাঠান
complaint-contact-receipt_only = শুধু আমার রসিদ (পরিচয় গোপন)
complaint-contact-account = আমার অ্যাকাউন্ট
complaint-contact-contact = আমার বেছে নেওয়া যোগাযোগ

## কী ভুল হয়েছে: ILO-র জোরপূর্বক শ্রমের সূচক, তারপর নিয়োগে অনিয়ম

complaint-issue-abuse_of_vulnerability = কেউ আমার কঠিন অবস্থার সুযোগ নিয়েছে
complaint-issue-deception = আমাকে ঠকানো হয়েছে বা মিথ্যা বলা হয়েছে
complaint-issue-restriction_of_movement = আমি বাইরে যেতে বা চলে যেতে স্বাধীন নই
complaint-issue-isolation = আমাকে অন্য মানুষের থেকে আলাদা রাখা হয়
complaint-issue-physical_sexual_violence = শারীরিক বা যৌন সহিংসতা
complaint-issue-intimidation_threats = হুমকি বা ভয় দেখানো
complaint-issue-retention_of_documents = আমার পাসপোর্ট বা পরিচয়পত্র আটকে রাখা হয়েছে
complaint-issue-withholding_of_wages = আমার বেতন আটকে রাখা হয়
complaint-issue-debt_bondage = ঋণ শোধ করতে আমাকে কাজ করতে হয়
complaint-issue-abusive_conditions = কাজ বা থাকার খুব খারাপ অবস্থা
complaint-issue-excessive_overtime = অতিরিক্ত কাজের সময়
complaint-issue-fees_charged = কাজ পেতে আমি ফি দিয়েছি
complaint-issue-job_deception = কাজ বা বেতন প্রতিশ্রুতির মতো নয়
complaint-issue-contract_substitution = আমার চুক্তি অন্য চুক্তি দিয়ে বদলে দেওয়া হয়েছে
complaint-issue-no_contract = কোনো চুক্তি নেই, বা এমন চুক্তি যা বুঝতে পারিনি
complaint-issue-documents_retained = এজেন্সি আমার কাগজপত্র রেখে দিয়েছে
complaint-issue-wages_unpaid = বেতন দেওয়া হয়নি
complaint-issue-discrimination = বৈষম্য
complaint-issue-harassment = হয়রানি
complaint-issue-unlicensed_recruiter = এজেন্সির লাইসেন্স ছিল না
complaint-stage-before_departure = এখনো বাড়িতে, রওনার আগে
complaint-stage-in_transit = পথে
complaint-stage-at_destination = কাজের দেশে
complaint-stage-returned = দেশে ফিরে এসেছি
complaint-remedy-refund = আমার টাকা ফেরত
complaint-remedy-unpaid_wages = আমার বকেয়া বেতন
complaint-remedy-documents_returned = আমার কাগজপত্র ফেরত
complaint-remedy-repatriation = দেশে ফেরা
complaint-remedy-change_of_employer = নিয়োগকর্তা বদল
complaint-remedy-other = অন্য কিছু

## রসিদ

receipt-title = আপনার রসিদ
receipt-heading = আপনার অভিযোগ পাওয়া গেছে
receipt-intro = এটি আপনার রসিদ নম্বর:
receipt-once = আমরা এটি শুধু এখন, একবারই দেখাই। আমরা এটি রাখি না এবং আবার পাঠাতে পারি না। এটি ছাড়া কেউ আপনার অভিযোগ খুঁজে পাবে না — আপনিও না।
receipt-how-write = এটি লিখে রাখুন বা ছবি তুলে রাখুন, এবং নিরাপদ জায়গায় রাখুন।
receipt-how-track = কী হচ্ছে দেখতে, প্রশ্নের উত্তর দিতে বা অভিযোগ প্রত্যাহার করতে এখানে নম্বরটি দিন:
receipt-how-safe = এই নম্বর যার কাছে থাকবে সে আপনার অভিযোগের উত্তর পড়তে পারবে: কাউকে দেবেন না।
receipt-behalf = এই নম্বরটি নিরাপদভাবে শ্রমিককে দিন।
receipt-routed = { $count ->
    [one] এটি একটি প্রতিষ্ঠানে পাঠানো হয়েছে।
   *[other] এটি { $count }টি প্রতিষ্ঠানে পাঠানো হয়েছে।
}
receipt-unrouted = আপনার দেশগুলো দেখে এমন কোনো প্রতিষ্ঠান এখনো যুক্ত হয়নি। আপনার অভিযোগ সংরক্ষিত আছে এবং আমাদের প্রশাসকেরা একটি প্রতিষ্ঠান খুঁজছেন; পরে আপনার রসিদ দিয়ে দেখুন।

## অভিযোগের খোঁজ

track-title = আপনার অভিযোগ দেখুন
track-heading = আপনার অভিযোগ দেখুন
track-intro = অভিযোগ দাখিলের সময় পাওয়া ১৬ অঙ্কের রসিদটি দিন।
track-field-receipt = রসিদ নম্বর
track-submit = আমার অভিযোগ দেখান
track-lost = আমরা রসিদের কোনো কপি রাখি না, তাই হারানো রসিদ ফেরত পাওয়া যায় না। আপনি আবার অভিযোগ দাখিল করতে পারেন।
track-received = { $day } তারিখে পাওয়া গেছে।
track-is-withdrawn = আপনি এই অভিযোগ প্রত্যাহার করেছেন।
track-no-referrals = এটি এখনো কোনো প্রতিষ্ঠানে পৌঁছায়নি। আপনার দেশগুলো দেখে এমন প্রতিষ্ঠান আমরা খুঁজছি।
track-kind = ধরন
track-status = অবস্থা
track-opened = সেখানে পৌঁছানোর তারিখ
track-outcome = ফলাফল
track-question-waiting = এই প্রতিষ্ঠান আপনার উত্তরের অপেক্ষায় আছে।
track-from-you = আপনি
track-from-staff = প্রতিষ্ঠান
track-answer = আপনার উত্তর
track-add-information = আরও তথ্য দিন
track-send = পাঠান
track-message-sent = আপনার বার্তা পাঠানো হয়েছে।
track-withdrawn = আপনার অভিযোগ প্রত্যাহার করা হয়েছে। প্রতিষ্ঠানগুলোকে জানানো হয়েছে।
track-withdraw-heading = অভিযোগ প্রত্যাহার করুন
track-withdraw-hint = প্রত্যাহার করলে প্রতিটি প্রতিষ্ঠান আপনার অভিযোগ বন্ধ করে দেয়। এটি আর ফেরানো যায় না।
track-withdraw-confirm = হ্যাঁ, আমি আমার অভিযোগ প্রত্যাহার করতে চাই
track-withdraw-submit = প্রত্যাহার করুন
track-linked-heading = আপনার অ্যাকাউন্টের সাথে যুক্ত অভিযোগ
track-linked-hint = আপনি এগুলো আপনার অ্যাকাউন্টের সাথে যুক্ত করতে বেছে নিয়েছিলেন। উত্তর দিতে বা প্রত্যাহার করতে ওপরে রসিদ দিন।

## কেসের অবস্থা, অগ্রাধিকার, ফলাফল

case-status-new = নতুন
case-status-acknowledged = প্রাপ্তি স্বীকার করা হয়েছে
case-status-investigating = তদন্ত চলছে
case-status-awaiting_worker = শ্রমিকের উত্তরের অপেক্ষা
case-status-resolved = সমাধান হয়েছে
case-status-closed = বন্ধ
case-close-reason-out_of_jurisdiction = এই প্রতিষ্ঠানের এখতিয়ারের বাইরে
case-close-reason-unfounded = পাওয়া তথ্যে প্রমাণিত হয়নি
case-close-reason-withdrawn = শ্রমিক প্রত্যাহার করেছেন
case-remedy-money_recovered = টাকা ফেরত পাওয়া গেছে
case-remedy-documents_returned = কাগজপত্র ফেরত দেওয়া হয়েছে
case-remedy-licence_action = এজেন্সির লাইসেন্সের বিরুদ্ধে ব্যবস্থা
case-remedy-prosecution_referral = মামলার জন্য পাঠানো হয়েছে
case-remedy-other = অন্য প্রতিকার
case-money-recovered = { $amount } ফেরত পাওয়া গেছে
case-priority-urgent = জরুরি
case-priority-high = উচ্চ
case-priority-normal = সাধারণ
case-priority-low = নিম্ন
case-action-acknowledge = প্রাপ্তি স্বীকার করুন
case-action-investigate = তদন্ত শুরু করুন
case-action-ask_worker = শ্রমিককে জিজ্ঞেস করুন (আগে বার্তা পাঠান)
case-action-resume = তদন্ত আবার শুরু করুন
case-action-resolve = ফলাফলসহ সমাধান করুন
case-action-close = কারণসহ বন্ধ করুন

## কর্মী: কেসের সারি

inspect-title = কেস
inspect-heading = আপনার প্রতিষ্ঠানের কেস
inspect-filter-status = অবস্থা
inspect-filter-priority = অগ্রাধিকার
inspect-filter-country = দেশ (যেখান থেকে বা যেখানে)
inspect-filter-recruiter = এজেন্সির পরিচয়
inspect-filter-overdue = শুধু সময় পেরোনো
inspect-filter-submit = ছাঁকুন
inspect-status-open = খোলা কেস
inspect-status-all = সব কেস
inspect-priority-any = যেকোনো অগ্রাধিকার
inspect-country-any = যেকোনো দেশ
inspect-escalations-heading = ঊর্ধ্বতনে পাঠানো (প্রধানদের জন্য)
inspect-escalations-none = কোনো কেসের সময় পেরোয়নি।
inspect-escalation-acknowledge = সময়মতো প্রাপ্তি স্বীকার হয়নি
inspect-escalation-answer = সময়মতো উত্তর দেওয়া হয়নি
inspect-queue-heading = সারি: সবচেয়ে জরুরি আগে, তারপর সবচেয়ে পুরোনো
inspect-empty = মিলে যায় এমন কোনো কেস নেই।
inspect-same-recruiter = এই এজেন্সি সম্পর্কে সব কেস

## কর্মী: একটি কেস

case-title = কেস { $id }
case-back = কেসগুলোতে ফিরে যান
case-saved = সংরক্ষিত হয়েছে।
case-withdrawn = শ্রমিক এই অভিযোগ প্রত্যাহার করেছেন।
case-on-behalf = শ্রমিকের সম্মতিতে একজন কেসওয়ার্কার তাঁর পক্ষে দাখিল করেছেন।
case-recruiter-profile = এজেন্সির পাতা
case-in-danger = এখন বিপদে
case-overdue = সময় পেরিয়েছে
case-sub-agent = লাইসেন্সবিহীন এজেন্ট
case-priority = অগ্রাধিকার
case-priority-overridden = (কর্মী নির্ধারিত)
case-status = অবস্থা
case-collective = সম্মিলিত কেস
case-facts-heading = অভিযোগ
case-fact-received = পাওয়ার তারিখ
case-fact-corridor = পথ
case-fact-workers = ক্ষতিগ্রস্ত শ্রমিক
case-fact-acknowledge-by = প্রাপ্তি স্বীকারের শেষ তারিখ
case-fact-answer-by = উত্তরের শেষ তারিখ
case-fact-licensing-country = লাইসেন্সদাতা দেশ
case-fact-sector = খাত
case-fact-occupation = পেশা
case-fact-departure-year = রওনার বছর
case-fact-stage = শ্রমিক এখন কোথায়
case-fact-fee = কাজের জন্য দেওয়া ফি
case-fact-promised-wage = প্রতিশ্রুত মাসিক বেতন
case-fact-actual-wage = প্রথম মাসে পাওয়া বেতন
case-fact-issues = কী হয়েছে
case-fact-remedies = শ্রমিক কী চান
case-fact-description = শ্রমিকের নিজের ভাষায়
case-fact-contact = শ্রমিকের বেছে নেওয়া যোগাযোগ
case-fact-safe-times = যোগাযোগের নিরাপদ সময়
case-fact-costs = যেসবের জন্য খরচ দিয়েছেন
case-fact-loan = খরচ মেটাতে ঋণ
case-fact-visa-type = ভিসার ধরন
case-contact-heading = যোগাযোগ
case-contact-withheld = শ্রমিক যোগাযোগ দিয়েছেন কিন্তু আপনার ধরনের প্রতিষ্ঠানকে দেখার অনুমতি দেননি। নিচের বার্তায় লিখুন: তিনি রসিদ দিয়ে পড়েন।
case-contact-none = শ্রমিক শুধু রসিদ দিয়ে অভিযোগ দেখেন। নিচের বার্তায় লিখুন।
case-collective-heading = সম্মিলিত কেস
case-collective-member = সম্মিলিত কেস { $id }-এর অংশ:
case-same-recruiter = { $count ->
    [0] এখানে এই এজেন্সি সম্পর্কে আর কোনো খোলা কেস নেই।
    [one] এখানে এই এজেন্সি সম্পর্কে আরও একটি খোলা কেস আছে।
   *[other] এখানে এই এজেন্সি সম্পর্কে আরও { $count }টি খোলা কেস আছে।
}
case-group-submit = এগুলোকে একটি সম্মিলিত কেসে একত্র করুন
case-actions-heading = পরের ধাপ
case-field-action = ধাপ
case-field-reason = কারণ বা মন্তব্য (বন্ধ করতে বাধ্যতামূলক)
case-field-priority-reason = কারণ (বাধ্যতামূলক)
case-field-close-reason = বন্ধ করার কারণ
case-field-remedies = ফলাফল: পাওয়া প্রতিকার
case-field-amount = ফেরত পাওয়া টাকা (পরিমাণ)
case-field-whole-group = সম্মিলিত কেসের সব কেসে প্রয়োগ করুন
case-action-submit = এই ধাপ নথিভুক্ত করুন
case-messages-heading = বার্তা ও মন্তব্য
case-messages-none = এখনো কোনো বার্তা নেই।
case-note = অভ্যন্তরীণ মন্তব্য
case-from-worker = শ্রমিকের কাছ থেকে
case-to-worker = শ্রমিকের কাছে
case-field-message = শ্রমিকের জন্য বার্তা
case-field-internal = অভ্যন্তরীণ মন্তব্য (শ্রমিক কখনো দেখেন না)
case-message-submit = পাঠান
case-priority-heading = অগ্রাধিকার বদলান
case-priority-submit = অগ্রাধিকার বদলান
case-refer-heading = অন্য প্রতিষ্ঠানে পাঠান
case-refer-hint = অন্য প্রতিষ্ঠানে একটি কেস খোলে। শুধু শ্রমিকের সম্মতি দেওয়া ধরনের প্রতিষ্ঠান দেখানো হয়।
case-field-organisation = প্রতিষ্ঠান
case-refer-submit = পাঠান
case-timeline-heading = ঘটনাক্রম
case-step-opened = কেস খোলা হয়েছে
case-step-referred-on = অন্য প্রতিষ্ঠানে পাঠানো হয়েছে
case-step-priority = অগ্রাধিকার বদলানো হয়েছে
case-step-grouped = সম্মিলিত কেসে যুক্ত হয়েছে
case-step-escalated = সময়সীমা পেরিয়েছে: প্রধানদের জানানো হয়েছে

## প্রশাসক

unrouted-title = যে অভিযোগ এখনো কোথাও পাঠানো হয়নি
unrouted-heading = যে অভিযোগ কোনো প্রতিষ্ঠান পায়নি
unrouted-intro = এই অভিযোগগুলো কোনো প্রতিষ্ঠানের দেশ এবং শ্রমিকের সম্মতি দেওয়া ধরনের সাথে মেলে না। এগুলো দেখবে এমন প্রতিষ্ঠান যোগ করুন। এখানে এগুলোর বিষয়বস্তু দেখানো হয় না।
unrouted-none = প্রতিটি অভিযোগ কোনো না কোনো প্রতিষ্ঠানে পৌঁছেছে।
unrouted-recruiter = এজেন্সি
unrouted-kinds = সম্মতি দেওয়া ধরন
unrouted-count = যে অভিযোগ এখনো কোথাও পাঠানো হয়নি
unrouted-route-hint = এগুলো দেখবে এমন প্রতিষ্ঠান যোগ করার পর অপেক্ষমাণ অভিযোগগুলো আবার পাঠান।
unrouted-route-submit = অপেক্ষমাণ অভিযোগগুলো আবার পাঠান
unrouted-routed = { $count ->
    [one] একটি অভিযোগ একটি প্রতিষ্ঠানে পৌঁছেছে।
   *[other] { $count }টি অভিযোগ প্রতিষ্ঠানে পৌঁছেছে।
}

## ত্রুটি

error-complaint-recruiter-required = তালিকা থেকে এজেন্সি বেছে নিন, অথবা এজেন্ট বা দালালের নাম লিখুন।
error-complaint-recruiter-both = তালিকার এজেন্সি অথবা এজেন্টের নাম, যেকোনো একটি দিন, দুটো নয়।
error-complaint-recruiter-unknown = তালিকায় এই এজেন্সি পাওয়া যায়নি।
error-complaint-country-required = দেশ বেছে নিন।
error-complaint-corridor-same = দুটি দেশ আলাদা হতে হবে।
error-complaint-year = 2024-এর মতো একটি বছর লিখুন।
error-complaint-workers = শ্রমিকের সংখ্যা 1 থেকে 100,000-এর মধ্যে লিখুন।
error-complaint-lender = কে ঋণ দিয়েছে বেছে নিন, অথবা সুদ ফাঁকা রাখুন।
error-complaint-consent-required = অন্তত এক ধরনের প্রতিষ্ঠান বেছে নিন যারা আপনার অভিযোগ পেতে পারে।
error-complaint-contact-consent = আপনার যোগাযোগ শুধু সেই প্রতিষ্ঠানগুলোতে যেতে পারে যারা অভিযোগও পায়।
error-complaint-contact-consent-required = আপনার যোগাযোগ কে দেখতে পারবে তা বেছে নিন।
error-complaint-contact-required = যে যোগাযোগে আপনাকে পাওয়া যাবে তা লিখুন, অথবা "শুধু আমার রসিদ" বেছে নিন।
error-complaint-account-needed = অভিযোগ আপনার অ্যাকাউন্টে যুক্ত করতে সাইন ইন করুন, অথবা "শুধু আমার রসিদ" বেছে নিন।
error-complaint-behalf-consent = নিশ্চিত করুন যে শ্রমিক আপনাকে তাঁর পক্ষে দাখিলের সম্মতি দিয়েছেন।
error-track-receipt-format = রসিদে ১৬টি অঙ্ক থাকে, যেমন 1234-5678-9012-3456।
error-track-receipt-unknown = এই রসিদের কোনো অভিযোগ নেই। অঙ্কগুলো মিলিয়ে আবার চেষ্টা করুন।
error-track-referral = এটি আপনার অভিযোগ পাওয়া প্রতিষ্ঠানগুলোর একটি নয়।
error-track-referral-closed = এই প্রতিষ্ঠান আপনার অভিযোগ বন্ধ করেছে; এটি আর বার্তা নিতে পারে না।
error-track-withdraw-confirm = প্রত্যাহার নিশ্চিত করতে ঘরে টিক দিন।
error-case-transition = কেসের বর্তমান অবস্থা থেকে এই ধাপ সম্ভব নয়।
error-case-action-unknown = তালিকা থেকে একটি ধাপ বেছে নিন।
error-case-close-reason = কেন বন্ধ করা হচ্ছে তা বেছে নিন।
error-case-reason-required = কারণ লিখুন।
error-case-outcome-required = অন্তত একটি পাওয়া প্রতিকার বেছে নিন।
error-case-money-required = ফেরত পাওয়া টাকার পরিমাণ ও মুদ্রা দিন।
error-case-money-unexpected = পরিমাণ শুধু "টাকা ফেরত পাওয়া গেছে"-এর সাথে দেওয়া হয়।
error-case-message-required = একটি বার্তা লিখুন।
error-case-priority = তালিকা থেকে অগ্রাধিকার বেছে নিন।
error-case-refer-self = কেসটি আগে থেকেই এই প্রতিষ্ঠানে আছে।
error-case-refer-consent = শ্রমিক এই ধরনের প্রতিষ্ঠানের সাথে অভিযোগ শেয়ার করতে সম্মতি দেননি।
error-case-refer-coverage = এই প্রতিষ্ঠান এই অভিযোগের দেশগুলোতে কাজ করে না।
error-case-refer-exists = এই প্রতিষ্ঠানের কাছে অভিযোগটি আগে থেকেই আছে।
error-case-group-alone = এখানে এই এজেন্সি সম্পর্কে আর কোনো খোলা কেস নেই।
error-case-filter = ছাঁকনিতে এমন একটি মান আছে যা আমরা চিনি না।

## প্রমাণ (ছবি, নথি, ভয়েস বার্তা)
evidence-heading = ছবি, নথি ও ভয়েস বার্তা
evidence-hint = চুক্তির ছবি, ফি-র রসিদ, বেতনের স্লিপ বা এজেন্টের বার্তা, PDF, বা ভয়েস বার্তা যোগ করুন। ছবি থেকে অবস্থানের তথ্য ও ফোনের বিবরণ মুছে ফেলা হয়।
evidence-field-files = ফাইল
evidence-files-hint = ছবি (JPEG, PNG, WebP), PDF, বা ভয়েস বার্তা (MP3, Ogg, M4A, AMR); একসঙ্গে কয়েকটি।
evidence-field-share = এই ফাইলগুলো কে দেখতে পারবে
evidence-submit = ফাইল পাঠান
evidence-sent = আপনার ফাইল অভিযোগে যোগ হয়েছে।
evidence-location-removed = আপনার ছবি থেকে অবস্থানের তথ্য ও ফোনের বিবরণ মুছে ফেলা হয়েছে।
evidence-choose-again = কিছুই পাঠানো হয়নি। ফাইলগুলো আবার বেছে নিন: ব্রাউজার সেগুলো রাখে না।
evidence-kind-photo = ছবি
evidence-kind-document = নথি
evidence-kind-voice = ভয়েস বার্তা
evidence-size-kb = { $count } KB
error-evidence-type = এই ধরনের ফাইল নেওয়া হয় না। ছবি (JPEG, PNG, WebP), PDF নথি বা ভয়েস বার্তা (MP3, Ogg, M4A, AMR) পাঠান।
error-evidence-unreadable = একটি ফাইল পড়া যায়নি: সেটি নষ্ট, অসম্পূর্ণ বা পাসওয়ার্ড দিয়ে বন্ধ হতে পারে।
error-evidence-pixels = একটি ছবি খুব বড়। ছোট কপি পাঠান।
error-evidence-too-large = একটি ফাইল অনুমোদিত সীমার চেয়ে বড়। ছোট কপি পাঠান।
error-evidence-too-many = একসঙ্গে অনেক বেশি ফাইল। কয়েকবারে পাঠান।
error-evidence-none = অন্তত একটি ফাইল বেছে নিন।
error-evidence-share = আপনার অভিযোগ যে প্রতিষ্ঠানগুলোতে গেছে, তাদের মধ্যে কে ফাইল দেখতে পারবে বেছে নিন।
error-evidence-complaint-full = এই অভিযোগে যত ফাইল রাখা যায়, ততগুলো আছে। শুধু সবচেয়ে জরুরিগুলো পাঠান।
error-evidence-truncated = আপলোড মাঝপথে কেটে গেছে। আবার চেষ্টা করুন।
evidence-from-staff = প্রতিষ্ঠান আপনাকে পাঠিয়েছে
evidence-sent-by-you = আপনার প্রতিষ্ঠান পাঠিয়েছে
evidence-staff-field = শ্রমিককে ফাইল পাঠান
evidence-staff-hint = একটি ফর্ম, সিদ্ধান্ত বা চিঠি। শ্রমিক তাঁর রসিদ দিয়ে সেগুলো খোলেন; অন্য কোনো প্রতিষ্ঠান দেখে না। ছবি থেকে অবস্থানের তথ্য মুছে ফেলা হয়।
evidence-staff-submit = শ্রমিককে পাঠান
error-webhook-url-malformed = সর্বোচ্চ ২,০০০ অক্ষরের পূর্ণ ওয়েব ঠিকানা (https://…) লিখুন, ব্যবহারকারীর নাম বা পাসওয়ার্ড ছাড়া।
error-webhook-url-not-https = ঠিকানাটি https:// দিয়ে শুরু হতে হবে।
error-webhook-url-private = এই ঠিকানাটি একটি ব্যক্তিগত, স্থানীয় বা সংরক্ষিত নেটওয়ার্কের দিকে নির্দেশ করে। সর্বজনীন ইন্টারনেটের একটি ঠিকানা ব্যবহার করুন।
error-webhook-url-unresolved = এই ঠিকানার হোস্ট নাম পাওয়া যায়নি। বানান পরীক্ষা করুন।
