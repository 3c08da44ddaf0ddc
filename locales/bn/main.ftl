# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = বাংলা
site-name = FairRecruit

## Page frame
nav-label = প্রধান মেনু
nav-skip-to-content = সরাসরি মূল অংশে যান
nav-recruiters = রিক্রুটিং এজেন্সি
nav-rights = আপনার অধিকার
language-switcher-label = ভাষা
footer-free = FairRecruit কর্মীদের জন্য বিনামূল্যে। আপনার নাম কখনোই দিতে হবে না।
footer-privacy = আপনি যা কিছু পাঠান, তার সাথে আমরা আপনার IP ঠিকানা রাখি না।

## Home
home-title = টাকা দেওয়ার আগে রিক্রুটিং এজেন্সি যাচাই করুন
home-heading = কাউকে টাকা দেওয়ার আগে রিক্রুটিং এজেন্সি যাচাই করুন
home-lead = রিক্রুটিং এজেন্সির খোঁজ নিন: এর লাইসেন্স বৈধ কি না, এটি কোন কোন দেশে কর্মী পাঠায়, আর এর মাধ্যমে যাঁরা গেছেন তাঁদের কী হয়েছে।
home-directory-size = { $count ->
    [0] এখনও কোনো রিক্রুটিং এজেন্সির নাম তালিকায় নেই।
    [one] একটি রিক্রুটিং এজেন্সির নাম তালিকায় আছে।
   *[other] { $count }টি রিক্রুটিং এজেন্সির নাম তালিকায় আছে।
}
home-what-heading = FairRecruit কী কাজে লাগে
home-what-lookup = রিক্রুটিং এজেন্সির নাম বা লাইসেন্স নম্বর দিয়ে লাইসেন্সের তালিকায় খুঁজুন।
home-what-review = আপনি কত টাকা দিয়েছেন আর আপনার সাথে কেমন আচরণ করা হয়েছে, তা অন্য কর্মীদের জানান।
home-what-complain = অভিযোগ করুন, চাইলে নাম না দিয়েই। একটি রসিদ পাবেন, তা দিয়ে অভিযোগের খোঁজ রাখতে পারবেন।
home-free = FairRecruit ব্যবহার করতে কোনো টাকা লাগে না। আন্তর্জাতিক মানদণ্ড অনুযায়ী, আপনার নিয়োগের খরচ আপনি নন, নিয়োগকর্তাই দেবেন।
home-rights-link = আপনার অধিকার জানুন: নিয়োগের খরচ কে দেবে

## Search
search-label = রিক্রুটিং এজেন্সির নাম বা লাইসেন্স নম্বর
search-placeholder = যেমন: Himalaya বা 1234/071
search-button = খুঁজুন
filters-heading = ফিল্টার
filter-licensing-country = যে দেশ লাইসেন্স দিয়েছে
filter-destination = যে দেশে কর্মী পাঠায়
filter-status = লাইসেন্সের অবস্থা
filter-any-country = যেকোনো দেশ
filter-any-status = যেকোনো অবস্থা
results-title = রিক্রুটিং এজেন্সি
results-heading = রিক্রুটিং এজেন্সি খুঁজুন
results-none = আপনার খোঁজের সাথে মেলে এমন কোনো রিক্রুটিং এজেন্সি পাওয়া যায়নি। বানান দেখে নিন, নামের কিছু অংশ লিখে দেখুন, অথবা কোনো ফিল্টার সরিয়ে দিন।
results-empty-directory = রিক্রুটিং এজেন্সি দেখতে নাম বা লাইসেন্স নম্বর লিখুন, অথবা একটি দেশ বেছে নিন।
pager-label = পৃষ্ঠা
pager-previous = আগের পৃষ্ঠা
pager-next = পরের পৃষ্ঠা
pager-page = পৃষ্ঠা { $page }

## Licence statuses
licence-status-active = লাইসেন্স চালু আছে
licence-status-suspended = লাইসেন্স স্থগিত (সাময়িকভাবে বন্ধ)
licence-status-revoked = লাইসেন্স বাতিল হয়েছে
licence-status-expired = লাইসেন্সের মেয়াদ শেষ

## Recruiter profile
recruiter-licence-status = লাইসেন্সের অবস্থা
recruiter-licence-number = লাইসেন্স নম্বর
recruiter-licensing-country = লাইসেন্স যে দেশের
recruiter-address = ঠিকানা
recruiter-destinations = যেসব দেশে কর্মী পাঠায়
recruiter-destinations-none = জানা নেই
recruiter-sub-agent = সাব-এজেন্ট, লাইসেন্স নেই
recruiter-sub-agent-explained = কর্মীরা এই ব্যক্তি বা অফিসকে মধ্যস্থতাকারী (দালাল) হিসেবে উল্লেখ করেছেন। কোনো লাইসেন্স তালিকায় এর নাম নেই।
recruiter-not-active-warning = এই লাইসেন্স চালু নেই। চালু লাইসেন্স ছাড়া কোনো রিক্রুটিং এজেন্সির কর্মী নিয়োগের অনুমতি নেই। তাদের কোনো টাকা দেবেন না।
recruiter-history-heading = লাইসেন্সের ইতিহাস
recruiter-history-date = তারিখ
recruiter-history-none = লাইসেন্সে কোনো পরিবর্তনের তথ্য নেই।
recruiter-reviews-heading = কর্মীরা কী বলছেন

## Know your rights
rights-title = আপনার অধিকার
rights-heading = বিদেশে কাজের জন্য নিয়োগের সময় আপনার অধিকার
rights-epp-heading = খরচ দেবেন নিয়োগকর্তা, আপনি নন
rights-epp-body = ‘নিয়োগকর্তাই খরচ দেবেন’ নীতি (Employer Pays Principle) অনুযায়ী, চাকরি পাওয়ার জন্য কোনো কর্মীর টাকা দেওয়া উচিত নয়। নিয়োগের সব ফি ও খরচ নিয়োগকর্তারই দেওয়া উচিত।
rights-epp-c181 = আন্তর্জাতিক শ্রম সংস্থা (ILO) কনভেনশন ১৮১, অনুচ্ছেদ ৭: এজেন্সিগুলো কর্মীদের কাছ থেকে প্রত্যক্ষ বা পরোক্ষভাবে, পুরোপুরি বা আংশিকভাবে, কোনো ফি বা খরচ আদায় করবে না।
rights-fees-heading = নিয়োগের ফি বা খরচ বলতে কী বোঝায়
rights-fees-intro = রিক্রুটিং এজেন্সির সেবার ফি কখনোই আপনার দেওয়ার কথা নয়, যে-ই তা নিক আর যখনই নিক। ILO এই সংশ্লিষ্ট খরচগুলোর কথাও বলেছে, যা নিয়োগকর্তার দেওয়া উচিত:
rights-illegitimate = ঘুষ, নজরানা, গোপন কমিশন, বন্ড, জামানত এবং বেআইনিভাবে খরচ আদায়ের ফি কখনোই বৈধ নয়, কারও জন্যই নয়।
rights-documents-heading = আপনার পাসপোর্ট আপনারই
rights-documents-body = আপনার ইচ্ছার বিরুদ্ধে আপনার পাসপোর্ট বা পরিচয়পত্র আটকে রাখার অধিকার কারও নেই: রিক্রুটিং এজেন্সিরও না, নিয়োগকর্তারও না। এগুলো আটকে রাখা জবরদস্তিমূলক শ্রমের (ফোর্সড লেবার) একটি লক্ষণ।
rights-contract-heading = আপনার কাজের চুক্তিপত্র
rights-contract-body = বিদেশে রওনা হওয়ার আগেই আপনি বোঝেন এমন ভাষায় লেখা একটি চুক্তিপত্র আপনার পাওয়া উচিত। পৌঁছানোর পর যদি কাজ, বেতন, নিয়োগকর্তা বা কাজের সময় বদলে যায়, তাহলে সেটা চুক্তি বদল (কন্ট্রাক্ট সাবস্টিটিউশন)।
rights-help-heading = কোনো সমস্যা হলে
rights-help-body = নিজের নাম না দিয়েই আপনি FairRecruit-এ অভিযোগ করতে পারেন। অভিযোগটি আপনার নিজের দেশে এবং যে দেশে কাজ করতে গেছেন সেখানে, ব্যবস্থা নিতে পারে এমন সংস্থাগুলোর কাছে যাবে।
rights-not-legal-advice = এই পৃষ্ঠায় আন্তর্জাতিক মানদণ্ড সংক্ষেপে বোঝানো হয়েছে। এটি আইনি পরামর্শ নয়।

## Errors
error-go-home = হোম পেজে যান
error-status = ত্রুটি কোড { $status }
error-invalid-input-title = অনুরোধে কিছু একটা ঠিক নেই
error-invalid-input = অনুরোধটি বোঝা যায়নি। আপনি যা লিখেছেন তা দেখে নিয়ে আবার চেষ্টা করুন।
error-not-found-title = পৃষ্ঠাটি পাওয়া যায়নি
error-not-found = ওই পৃষ্ঠা বা রিক্রুটিং এজেন্সিটি আমরা খুঁজে পাইনি। লিংকটি ভুল বা পুরোনো হতে পারে।
error-method-not-allowed-title = অনুমতি নেই
error-method-not-allowed = এই লিংক এ ধরনের অনুরোধ গ্রহণ করে না।
error-payload-too-large-title = তথ্য খুব বেশি
error-payload-too-large = যা পাঠানো হয়েছে তা অনেক বড়। কম করে পাঠিয়ে আবার চেষ্টা করুন।
error-request-timeout-title = খুব ধীর
error-request-timeout = আপনার পাঠানো তথ্য পৌঁছাতে অনেক সময় লেগেছে। সংযোগ দেখে আবার পাঠান।
error-service-unavailable-title = FairRecruit কিছুক্ষণের জন্য পাওয়া যাচ্ছে না
error-service-unavailable = এই মুহূর্তে আমরা আমাদের ডেটাবেসে পৌঁছাতে পারছি না। আপনার পাঠানো কিছুই হারায়নি। কয়েক মিনিট পরে আবার চেষ্টা করুন।
error-internal-title = কিছু একটা সমস্যা হয়েছে
error-internal = আমাদের দিক থেকে কিছু একটা সমস্যা হয়েছে। দয়া করে পরে আবার চেষ্টা করুন।
error-query-too-long = খোঁজার লেখাটি অনেক লম্বা। সর্বোচ্চ ২০০ অক্ষর ব্যবহার করুন।
error-query-forbidden-chars = খোঁজার লেখায় অদৃশ্য কন্ট্রোল অক্ষর আছে। সেগুলো বাদ দিয়ে আবার লিখুন।
error-invalid-encoding = লিংকে এমন কিছু অক্ষর আছে যা পড়া যায়নি।
error-unknown-parameter = লিংকে এমন একটি সেটিং আছে যা আমরা চিনি না।
error-repeated-parameter = লিংকে একই সেটিং দুবার দেওয়া হয়েছে।
error-invalid-country = তালিকা থেকে একটি দেশ বেছে নিন।
error-invalid-status = তালিকা থেকে লাইসেন্সের একটি অবস্থা বেছে নিন।
error-invalid-page = পৃষ্ঠা নম্বর ১ থেকে ৫০০-এর মধ্যে একটি পূর্ণসংখ্যা হতে হবে।
error-invalid-per-page = প্রতি পৃষ্ঠায় ফলাফলের সংখ্যা ১ থেকে ১০০-এর মধ্যে হতে হবে।
error-choice = তালিকা থেকে বেছে নিন।
error-text-long = এই লেখা খুব লম্বা।
error-text-chars = এই লেখায় অদৃশ্য কন্ট্রোল অক্ষর বা পড়া যায় না এমন অক্ষর আছে। সেগুলো বাদ দিয়ে আবার লিখুন।
error-text-markup = এই লেখায় কম্পিউটার কোডের মতো "<"-এর পরে অক্ষর আছে। সেগুলো ছাড়া লিখুন।
error-amount = শুধু সংখ্যা দিয়ে টাকার অঙ্ক লিখুন, যেমন 150000 বা 1500.50, সর্বোচ্চ 10,000,000,000 পর্যন্ত।
error-currency = আপনার টাকার অঙ্কগুলোর মুদ্রা বেছে নিন।
error-interest = মাসিক সুদ 0 থেকে 100-এর মধ্যে একটি সংখ্যা হিসেবে লিখুন।

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = অ্যাকাউন্ট
nav-sign-in = লগ ইন
error-unauthorized-title = অনুগ্রহ করে লগ ইন করুন
error-unauthorized = এর জন্য আপনাকে লগ ইন করতে হবে। হয়তো আপনার সেশন শেষ হয়ে গেছে।
error-forbidden-title = অনুমতি নেই
error-forbidden = আপনার অ্যাকাউন্ট দিয়ে এই পৃষ্ঠা খোলা যায় না।
error-conflict-title = আগেই পাওয়া গেছে
error-conflict = এই অনুরোধটি আগে পাওয়া একটি অনুরোধের সঙ্গে সাংঘর্ষিক। নতুন কিছুই সংরক্ষণ করা হয়নি।
error-idempotency-reused = এই Idempotency-Key আগেই অন্য একটি অনুরোধের জন্য ব্যবহার করা হয়েছে। নতুন অনুরোধের জন্য নতুন কী (key) ব্যবহার করুন; নতুন কিছুই সংরক্ষণ করা হয়নি।
error-idempotency-in-progress = এই Idempotency-Key দিয়ে পাঠানো প্রথম অনুরোধের উত্তর এখনও তৈরি হচ্ছে। সেই উত্তর পেতে একটু পরে আবার চেষ্টা করুন।
error-idempotency-key = Idempotency-Key হেডারে 1 থেকে 255টি দৃশ্যমান ASCII অক্ষর থাকতে হবে, যেমন এলোমেলোভাবে তৈরি (random) একটি UUID।
error-attestation-language = সম্মতির প্রমাণের (attestation) ভাষা এই সেবার ভাষা কোডগুলোর একটি হতে হবে, যেমন ne, ar বা id।
error-attestation-channel = সম্মতির প্রমাণের (attestation) চ্যানেল এগুলোর একটি হতে হবে: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other।
error-attestation-time = সম্মতির প্রমাণের (attestation) consented_at অফসেটসহ (offset) তারিখ ও সময় (RFC 3339) হতে হবে, ভবিষ্যতের নয় এবং সর্বোচ্চ 30 দিন আগের। সম্মতি এর চেয়ে পুরোনো হলে শ্রমিককে আবার জিজ্ঞেস করুন।
error-partner-reference = অংশীদারের রেফারেন্সে (reference) 1 থেকে 100টি দৃশ্যমান ASCII অক্ষর থাকতে হবে, কোনো স্পেস ছাড়া।
error-partner-reference-taken = এই অংশীদার এই রেফারেন্সে (reference) আগেই একটি অভিযোগ দাখিল করেছে। নতুন কথোপকথনের জন্য নতুন রেফারেন্স ব্যবহার করুন, অথবা কোনো অনুরোধ আবার পাঠাতে একই Idempotency-Key ব্যবহার করুন।
error-too-many-requests-title = একটু অপেক্ষা করুন
error-too-many-requests = অল্প সময়ে অনেকবার চেষ্টা করা হয়েছে। একটু অপেক্ষা করে আবার চেষ্টা করুন।
error-sign-in-failed = ইউজারনেম, পাসওয়ার্ড বা কোড ঠিক নয়।
error-csrf = এই ফর্মের মেয়াদ শেষ হয়ে গেছে। আগের পৃষ্ঠায় ফিরে যান, পৃষ্ঠাটি আবার লোড করুন এবং আবার পাঠান।
error-cross-site = এই ফর্মটি অন্য একটি ওয়েবসাইট থেকে পাঠানো হয়েছে, তাই আমরা এটি গ্রহণ করিনি।

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API রেফারেন্স
api-docs-intro = অ্যাপ ও অংশীদার সংস্থাগুলোর জন্য JSON API: প্রতিটি অপারেশন, সেটি কী নেয় আর কী উত্তর দেয়। নিচের বিবরণগুলো ইংরেজিতে লেখা।
# Link to the same reference as a machine-readable file.
api-docs-openapi = একই রেফারেন্স, OpenAPI নথি হিসেবে (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = অপারেশন
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = অ্যাক্সেস টোকেন (bearer token) লাগবে (Authorization: Bearer …)।
api-docs-parameters = প্যারামিটার
# Heading: what the caller sends in the request's body.
api-docs-body = অনুরোধের মূল অংশ
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = উত্তর
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = ডেটার ধরন
# Column heading: a field's or parameter's name.
api-docs-name = নাম
# Column heading: a field's data type (string, integer …).
api-docs-type = ধরন
api-docs-description = বিবরণ
# Marks a field the caller must send.
api-docs-required = বাধ্যতামূলক

## Drafts kept on the phone (review and complaint forms)
draft-kept = আপনি এখানে যা লেখেন, তা পাঠানো বা মুছে ফেলা পর্যন্ত শুধু এই ফোনে খসড়া হিসেবে রাখা থাকে। এই ফোন যে-ই ব্যবহার করে, সে এটি পড়তে পারে।
draft-files = ছবি ও ফাইল খসড়ায় রাখা হয় না: পাঠানোর আগে আবার বেছে নিন।
draft-restored = আপনার খসড়া ফিরিয়ে আনা হয়েছে। দেখে নিন, তারপর পাঠান।
draft-delete = খসড়া মুছুন
error-csrf-stale = এই ফর্মের মেয়াদ শেষ হয়ে গিয়েছিল, তাই কিছুই পাঠানো হয়নি। আপনি যা লিখেছিলেন সব নিচে আছে: দেখে নিয়ে আবার পাঠান।
