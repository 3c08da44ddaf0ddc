# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = প্রশাসন
admin-heading = প্রশাসন
admin-nav-label = প্রশাসন
admin-nav-overview = সারসংক্ষেপ
admin-nav-organisations = সংস্থা
admin-nav-staff = স্টাফ
admin-nav-recruiters = রিক্রুটিং এজেন্সির তালিকা
admin-nav-audit = অডিট লগ
admin-count-organisations = সংস্থা
admin-count-staff = স্টাফ অ্যাকাউন্ট
admin-count-workers = কর্মী অ্যাকাউন্ট
admin-recruiters-link = তালিকায় রিক্রুটিং এজেন্সি যোগ করুন বা তাদের তথ্য সংশোধন করুন
admin-recent-events = সাম্প্রতিক নিরাপত্তা-সংক্রান্ত ঘটনা
admin-audit-link = পুরো অডিট লগ দেখুন
admin-save = পরিবর্তন সেভ করুন
admin-saved = আপনার পরিবর্তন সেভ হয়েছে।
admin-disabled = নিষ্ক্রিয়
admin-enabled = সক্রিয়
admin-standing = অবস্থা

## Audit log
admin-audit-title = অডিট লগ
admin-audit-heading = অডিট লগ
admin-audit-intro = সর্বশেষ ২০০টি নিরাপত্তা-সংক্রান্ত ঘটনা, নতুনগুলো আগে। সময় UTC অনুযায়ী দেখানো হয়েছে।
admin-audit-none = এখনও কোনো ঘটনা রেকর্ড করা হয়নি।
admin-audit-time = সময় (UTC)
admin-audit-event = ঘটনা
admin-audit-people = কে
admin-audit-detail = বিস্তারিত
admin-audit-actor = করেছেন:
admin-audit-subject = অ্যাকাউন্ট:
admin-outcome-success = সফল
admin-outcome-failure = ব্যর্থ
admin-outcome-refused = প্রত্যাখ্যাত
admin-event-sign-in = লগ ইন
admin-event-sign-out = লগ আউট
admin-event-sign-out-everywhere = সব ডিভাইস থেকে লগ আউট
admin-event-password-changed = পাসওয়ার্ড বদলানো হয়েছে
admin-event-account-created = অ্যাকাউন্ট খোলা হয়েছে
admin-event-role-changed = ভূমিকা বদলানো হয়েছে
admin-event-organisation-changed = অ্যাকাউন্টের সংস্থা বদলানো হয়েছে
admin-event-account-disabled = অ্যাকাউন্ট নিষ্ক্রিয় করা হয়েছে
admin-event-account-enabled = অ্যাকাউন্ট আবার সক্রিয় করা হয়েছে
admin-event-organisation-created = সংস্থা যোগ করা হয়েছে
admin-event-organisation-updated = সংস্থার তথ্য বদলানো হয়েছে
admin-event-recruiter-created = রিক্রুটিং এজেন্সি যোগ করা হয়েছে
admin-event-recruiter-updated = রিক্রুটিং এজেন্সির তথ্য বদলানো হয়েছে

## Organisations
admin-organisations-title = সংস্থা
admin-organisations-heading = সংস্থা
admin-organisations-none = এখনও কোনো সংস্থা যোগ করা হয়নি।
admin-organisation-create-heading = একটি সংস্থা যোগ করুন
admin-organisation-create-submit = সংস্থাটি যোগ করুন
admin-organisation-edit-heading = এই সংস্থার তথ্য বদলান
admin-field-organisation-name = নাম
admin-field-kind = সংস্থার ধরন
admin-field-countries = যেসব দেশে কাজ করে
admin-countries-hint = দুই অক্ষরের দেশের কোড, কমা বা স্পেস দিয়ে আলাদা করে লিখুন, যেমন QA, AE।
admin-field-sectors = খাত
admin-sectors-hint = সংস্থাটি সব খাত নিয়ে কাজ করলে কোনো ঘরে টিক দেবেন না।
admin-sectors-all = সব খাত
admin-field-acknowledge-days = অভিযোগের প্রাপ্তি স্বীকারের জন্য কত দিন
admin-acknowledge-days-hint = ১ থেকে ৩৬৫ দিন। সাধারণত ৭ দিন।
admin-field-answer-days = অভিযোগের উত্তর দেওয়ার জন্য কত দিন
admin-answer-days-hint = ১ থেকে ৭৩০ দিন, এবং প্রাপ্তি স্বীকারের দিনের চেয়ে কম নয়। সাধারণত ৯০ দিন।
admin-deadlines = সময়সীমা
# Bengali (CLDR): one = 0 and 1, other = the rest; the noun does not change, so both variants show the number.
admin-deadline-acknowledge = { $days ->
    [one] { $days } দিনের মধ্যে প্রাপ্তি স্বীকার করতে হবে
   *[other] { $days } দিনের মধ্যে প্রাপ্তি স্বীকার করতে হবে
}
admin-deadline-answer = { $days ->
    [one] { $days } দিনের মধ্যে উত্তর দিতে হবে
   *[other] { $days } দিনের মধ্যে উত্তর দিতে হবে
}
admin-members-heading = এই সংস্থার স্টাফ
admin-members-none = FairRecruit-এ এখনও কেউ এই সংস্থার হয়ে কাজ করেন না।

## Staff
admin-staff-title = স্টাফ
admin-staff-heading = স্টাফ অ্যাকাউন্ট
admin-staff-none = এখনও কোনো স্টাফ অ্যাকাউন্ট নেই।
admin-staff-create-heading = একটি স্টাফ অ্যাকাউন্ট যোগ করুন
admin-staff-create-submit = অ্যাকাউন্টটি যোগ করুন
admin-staff-password-hint = কমপক্ষে ৮টি অক্ষর, সবার জানা কোনো পাসওয়ার্ড নয়। পাসওয়ার্ডটি নিরাপদ উপায়ে ব্যক্তিটিকে দিন; তিনি নিজের অ্যাকাউন্টের পৃষ্ঠা থেকে এটি বদলাতে পারবেন।
admin-organisation-none = কোনো সংস্থা নেই
admin-organisation-hint = পরিদর্শকরা শ্রম পরিদর্শন দপ্তর বা কর্মী পাঠানো দেশের কর্তৃপক্ষের সদস্য, ইউনিয়ন কর্মকর্তারা ট্রেড ইউনিয়নের, কেসওয়ার্কাররা আইনি সহায়তা সংস্থার। মডারেটর ও প্রশাসকরা কোনো সংস্থার সদস্য নন।
admin-field-lead = সংস্থার প্রধান (এসকেলেট করা ও সময়সীমা পেরোনো কেসের খবর তাঁকে জানানো হয়)
admin-field-disabled = অ্যাকাউন্ট নিষ্ক্রিয় (এই ব্যক্তি লগ ইন করতে পারবেন না)
admin-staff-edit-heading = এই অ্যাকাউন্টের তথ্য বদলান
admin-staff-edit-hint = কোনো পরিবর্তন সেভ করলে ব্যক্তিটি সঙ্গে সঙ্গে সব ডিভাইস থেকে লগ আউট হয়ে যাবেন।
admin-staff-self-hint = এটি আপনার নিজের অ্যাকাউন্ট: আপনি নিজের প্রশাসক ভূমিকা সরাতে বা অ্যাকাউন্টটি নিষ্ক্রিয় করতে পারবেন না।

## Recruiter directory
admin-recruiters-title = রিক্রুটিং এজেন্সির তালিকা
admin-recruiters-heading = রিক্রুটিং এজেন্সির তালিকা
admin-recruiter-create-heading = লাইসেন্সপ্রাপ্ত একটি রিক্রুটিং এজেন্সি যোগ করুন
admin-recruiter-create-submit = রিক্রুটিং এজেন্সিটি যোগ করুন
admin-recruiter-edit-heading = এই রিক্রুটিং এজেন্সির তথ্য সংশোধন করুন
admin-recruiter-edit-hint = লাইসেন্সের অবস্থা বদলালে সেই পরিবর্তন আজকের তারিখসহ এজেন্সির সবার জন্য খোলা লাইসেন্সের ইতিহাসে যোগ হবে।
admin-recruiter-public-link = সবার জন্য খোলা প্রোফাইল দেখুন
admin-field-recruiter-name = এজেন্সির নাম
admin-field-licensing-country = যে দেশ লাইসেন্স দিয়েছে
admin-licensing-country-hint = দুই অক্ষরের দেশের কোড, যেমন নেপালের জন্য NP।

## Errors
admin-error-role = তালিকা থেকে একটি ভূমিকা বেছে নিন।
admin-error-own-role = আপনি নিজের প্রশাসক ভূমিকা সরাতে পারবেন না। অন্য একজন প্রশাসককে বলুন।
admin-error-own-disable = আপনি নিজের অ্যাকাউন্ট নিষ্ক্রিয় করতে পারবেন না। অন্য একজন প্রশাসককে বলুন।
admin-error-country-code = দুই অক্ষরের দেশের কোড ব্যবহার করুন, যেমন NP, QA বা AE, কমা দিয়ে আলাদা করে।
admin-error-destinations-too-many = সর্বোচ্চ ৬০টি গন্তব্য দেশ দিন।
admin-error-name-required = এজেন্সির নাম লিখুন।
admin-error-licence-required = লাইসেন্স নম্বর লিখুন।
admin-error-licence-taken = এই দেশে এই লাইসেন্স নম্বর আগে থেকেই অন্য একটি রিক্রুটিং এজেন্সির নামে আছে।

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = ভূমিকা
admin-detail-organisation = সংস্থা
admin-detail-kind = ধরন
admin-detail-countries = দেশ
admin-detail-sectors = খাত
admin-detail-days = সময়সীমা (দিন)
admin-detail-recruiter = রিক্রুটিং এজেন্সি
admin-detail-status = লাইসেন্সের অবস্থা
admin-detail-reason = কারণ
admin-detail-reason-throttled = অনেক বেশি চেষ্টা
admin-detail-reason-disabled = অ্যাকাউন্ট নিষ্ক্রিয়

## Setting a staff member's password
admin-password-heading = নতুন পাসওয়ার্ড দিন
admin-password-hint = যে স্টাফ সদস্য পাসওয়ার্ড ভুলে গেছেন তাঁর জন্য। তাঁর সব সেশন সঙ্গে সঙ্গে বন্ধ হবে। নতুন পাসওয়ার্ডটি নিরাপদ উপায়ে দিন; তিনি নিজের অ্যাকাউন্ট পাতায় তা বদলাতে পারবেন।
admin-password-submit = পাসওয়ার্ড সেট করুন
admin-error-own-password = নিজের পাসওয়ার্ড নিজের অ্যাকাউন্ট পাতায় বদলান।
admin-event-password-reset = অ্যাডমিনিস্ট্রেটরের দেওয়া পাসওয়ার্ড
admin-warning-look-alike = এই নামটি একটি তালিকাভুক্ত এজেন্সির নামের মতো দেখায়। এটি সংরক্ষণ করা হয়নি।
admin-look-alike-list = যাচাই করুন যে এটি এই এজেন্সিগুলোর কোনোটি নয়:
admin-look-alike-confirm = এটি একটি আলাদা এজেন্সি: তবুও সংরক্ষণ করুন

## দুই-ধাপের লগ ইন
admin-second-factor-on = চালু
admin-second-factor-off = এখনো চালু হয়নি (পরের লগ ইনে চাওয়া হবে)
admin-second-factor-heading = দুই-ধাপের লগ ইন রিসেট করুন
admin-second-factor-hint = যাঁর ফোন আর রিকভারি কোড দুটোই হারিয়েছে, তাঁর জন্য। তাঁর সব সেশন শেষ হবে; পরের লগ ইনে তিনি নতুন অ্যাপ সেট করবেন। তাঁকে ইমেলে জানানো হবে।
admin-second-factor-submit = দুই-ধাপের লগ ইন রিসেট করুন
admin-event-second-factor-enrolled = দুই-ধাপের লগ ইন চালু হয়েছে
admin-event-second-factor-replaced = দুই-ধাপের লগ ইন নতুন অ্যাপে সরানো হয়েছে
admin-event-second-factor-removed = দুই-ধাপের লগ ইন বন্ধ হয়েছে
admin-event-second-factor-reset = অ্যাডমিনিস্ট্রেটর দুই-ধাপের লগ ইন রিসেট করেছেন
admin-detail-reason-second-factor = ভুল বা পুনর্ব্যবহৃত কোড
admin-detail-reason-no-second-factor = দুই-ধাপের লগ ইন চালু নেই
admin-detail-reason-recovery-code = রিকভারি কোড দিয়ে

## API keys of intake partners (issue 18)
admin-partner-keys-link = API কী
admin-partner-keys-title = { $name }-এর API কী
admin-partner-keys-intro = কী দিয়ে এই অংশীদারের চ্যাট বট বা হটলাইন সিস্টেম শ্রমিকদের দেওয়া সম্মতি নিয়ে তাঁদের পক্ষে অভিযোগ ও মতামত দাখিল করতে পারে, এবং যা দাখিল করেছে তার খোঁজ রাখতে পারে। এর বাইরে কিছু নয়। কী তৈরির সময় শুধু একবার দেখানো হয়; এর শুধু একটি হ্যাশ (hash) রাখা হয়।
admin-partner-keys-none = এই অংশীদারের এখনও কোনো কী নেই।
admin-partner-keys-col-name = নাম
admin-partner-keys-col-made = তৈরি
admin-partner-keys-col-expires = মেয়াদ শেষ হবে
admin-partner-keys-col-used = শেষ ব্যবহার
admin-partner-keys-col-state = অবস্থা
admin-partner-keys-never = কখনও না
admin-partner-keys-active = সক্রিয়
admin-partner-keys-revoked = বাতিল
admin-partner-keys-expired = মেয়াদ শেষ
admin-partner-keys-revoke = বাতিল করুন
admin-partner-keys-create-heading = একটি কী তৈরি করুন
admin-partner-keys-name = কী-এর নাম
admin-partner-keys-name-hint = কোথায় ব্যবহার হয় তা লিখুন, যেমন "WhatsApp বট" বা "হটলাইন, কাঠমান্ডু"।
admin-partner-keys-days = মেয়াদ (দিন, 1 থেকে 365)
admin-partner-keys-create = কী তৈরি করুন
admin-partner-keys-shown-once = নতুন কী শুধু এখনই দেখানো হচ্ছে। এটি অংশীদারের সিস্টেমে কপি করে নিন: আর কেউ এটি দেখতে পাবে না। হারিয়ে গেলে এটি বাতিল করে আরেকটি তৈরি করুন।
admin-partner-keys-revoked-done = কী বাতিল করা হয়েছে: এখন থেকে এটি দিয়ে পাঠানো প্রতিটি অনুরোধ প্রত্যাখ্যান করা হবে।
error-partner-key-name = কী-কে 1 থেকে 100 অক্ষরের একটি নাম দিন।
error-partner-key-days = একটি কী 1 থেকে 365 দিন পর্যন্ত বৈধ থাকে।
error-partner-key-not-partner = API কী শুধু "অভিযোগ গ্রহণকারী অংশীদার" ধরনের সংস্থার জন্য।
