# Language: Bengali (Bangladesh usage) (bn). Review: machine-drafted, not yet reviewed by a native speaker.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = ইউজারনেম
field-password = পাসওয়ার্ড
field-password-confirm = পাসওয়ার্ড আবার লিখুন
field-current-password = বর্তমান পাসওয়ার্ড
field-new-password = নতুন পাসওয়ার্ড
field-email = ইমেইল ঠিকানা
field-role = ভূমিকা
field-organisation = সংস্থা

login-title = লগ ইন
login-heading = লগ ইন করুন
login-submit = লগ ইন করুন
login-link = লগ ইন করুন
login-no-account = এখনও অ্যাকাউন্ট নেই?
login-anonymous-note = রিক্রুটিং এজেন্সির খোঁজ নিতে বা অভিযোগ করতে কোনো অ্যাকাউন্ট লাগে না। অ্যাকাউন্ট থাকলে আপনার দেওয়া মতামতগুলোর খোঁজ রাখতে পারবেন।

register-title = অ্যাকাউন্ট খুলুন
register-heading = অ্যাকাউন্ট খুলুন
register-intro = শুধু একটি ইউজারনেম আর একটি পাসওয়ার্ড লাগবে। নাম, ইমেইল বা ফোন নম্বর লাগবে না।
register-username-hint = ৩ থেকে ৩২টি অক্ষর বা সংখ্যা, যেকোনো ভাষার বর্ণমালায়; . _ আর - ব্যবহার করতে পারেন। না চাইলে নিজের আসল নাম দেবেন না।
register-password-hint = কমপক্ষে ৮টি অক্ষর। ছোট, সবার জানা পাসওয়ার্ডের চেয়ে মনে রাখা যায় এমন কয়েকটি শব্দ বেশি ভালো।
register-submit = অ্যাকাউন্ট খুলুন
register-link = অ্যাকাউন্ট খুলুন
register-privacy = আপনার অ্যাকাউন্টের সাথে আমরা আপনার ইন্টারনেট (IP) ঠিকানা, আপনার ডিভাইস বা আপনার ফোন নম্বর রাখি না।
register-have-account = আগে থেকেই অ্যাকাউন্ট আছে?

account-title = আপনার অ্যাকাউন্ট
account-heading = আপনার অ্যাকাউন্ট
account-admin-link = প্রশাসন
account-password-heading = পাসওয়ার্ড বদলান
account-password-submit = পাসওয়ার্ড বদলান
account-password-saved = আপনার পাসওয়ার্ড বদলানো হয়েছে। অন্য সব ডিভাইস থেকে আপনাকে লগ আউট করা হয়েছে।
account-email-heading = নোটিফিকেশনের জন্য ইমেইল
account-email-hint = দেওয়া বাধ্যতামূলক নয়। কিছু বদলালে আমরা শুধু সেটুকুই জানাব, আপনার অভিযোগে কী লেখা আছে তা কখনোই লিখব না। ইমেইল মুছে ফেলতে ঘরটি খালি রাখুন।
account-email-submit = ইমেইল ঠিকানা সেভ করুন
account-email-saved = সেভ হয়েছে।
account-sessions-heading = লগ আউট
account-logout = লগ আউট করুন
account-logout-everywhere = সব ডিভাইস থেকে লগ আউট করুন
account-logout-everywhere-hint = অন্যের সাথে ভাগ করে ব্যবহার করা ফোন ব্যবহার করে থাকলে, বা মনে হলে যে অন্য কেউ আপনার পাসওয়ার্ড জানে, সব জায়গা থেকে লগ আউট করুন।

role-worker = কর্মী
role-moderator = মডারেটর
role-inspector = শ্রম পরিদর্শক
role-union_officer = ট্রেড ইউনিয়ন কর্মকর্তা
role-caseworker = কেসওয়ার্কার (আইনি সহায়তা)
role-admin = প্রশাসক

org-role-member = সদস্য
org-role-lead = প্রধান

organisation-kind-labour_inspectorate = শ্রম পরিদর্শন দপ্তর
organisation-kind-origin_authority = কর্মী পাঠানো দেশের নিয়োগ কর্তৃপক্ষ
organisation-kind-trade_union = ট্রেড ইউনিয়ন
organisation-kind-legal_aid = আইনি সহায়তা সংস্থা বা এনজিও
organisation-kind-intake_partner = অভিযোগ গ্রহণকারী অংশীদার (চ্যাট বা হটলাইনে অভিযোগ নেয়)

sector-agriculture = কৃষি
sector-construction = নির্মাণ
sector-domestic_work = গৃহকর্ম
sector-manufacturing = কারখানা ও উৎপাদন
sector-hospitality = হোটেল ও রেস্তোরাঁ
sector-fishing = মাছ ধরা
sector-care = পরিচর্যার কাজ (কেয়ারগিভার)
sector-security = নিরাপত্তা (সিকিউরিটি)
sector-transport = পরিবহন
sector-retail = দোকান ও খুচরা বিক্রি
sector-other = অন্যান্য

error-username-required = একটি ইউজারনেম লিখুন।
error-username-length = ইউজারনেমে ৩ থেকে ৩২টি অক্ষর থাকতে হবে।
error-username-characters = ইউজারনেমে শুধু অক্ষর, সংখ্যা, ডট (.), আন্ডারস্কোর (_) আর হাইফেন (-) ব্যবহার করুন, কোনো ফাঁকা জায়গা (স্পেস) রাখবেন না।
error-username-taken = এই ইউজারনেমটি অন্য কেউ আগেই নিয়েছে, অথবা নেওয়া একটি নামের সাথে খুব মিলে যায়। অন্য একটি চেষ্টা করুন।
error-password-length = পাসওয়ার্ডে ৮ থেকে ১২৮টি অক্ষর থাকতে হবে।
error-password-characters = পাসওয়ার্ডে অদৃশ্য কন্ট্রোল অক্ষর আছে। সেগুলো বাদ দিয়ে আবার লিখুন।
error-password-common = এই পাসওয়ার্ড খুব সহজেই আন্দাজ করা যায়। আরও লম্বা পাসওয়ার্ড দিন, যেমন একটির সাথে আরেকটির সম্পর্ক নেই এমন কয়েকটি শব্দ।
error-password-mismatch = দুটি পাসওয়ার্ড মিলছে না।
error-password-wrong = বর্তমান পাসওয়ার্ডটি ঠিক নয়।
error-email-invalid = এটি ইমেইল ঠিকানার মতো দেখাচ্ছে না।
error-form-invalid = ফর্মটি পড়া যায়নি। পৃষ্ঠাটি আবার লোড করে আবার চেষ্টা করুন।
error-form-encoding = ফর্মে এমন কিছু অক্ষর আছে যা পড়া যায়নি।
error-form-fields = ফর্মে এমন একটি ঘর আছে যা আমরা চিনি না, অথবা একই ঘর দুবার আছে।
error-text-invalid = এই লেখাটি অনেক লম্বা, অথবা এতে অদৃশ্য কন্ট্রোল অক্ষর আছে।
error-organisation-name-required = সংস্থার নাম লিখুন।
error-organisation-kind = এটি কোন ধরনের সংস্থা, তা বেছে নিন।
error-unknown-country = একটি দেশের কোড আমাদের জানা নেই। দুই অক্ষরের কোড ব্যবহার করুন, যেমন NP, QA, PH।
error-organisation-countries = সংস্থাটি যেসব দেশে কাজ করে, তার অন্তত একটি দেশ দিন।
error-sector-unknown = তালিকা থেকে খাত বেছে নিন।
error-deadline-days = সময়সীমা হবে পুরো দিনের সংখ্যায় (প্রাপ্তি স্বীকার: ১ থেকে ৩৬৫, উত্তর: ১ থেকে ৭৩০)।
error-deadline-order = উত্তরের সময়সীমা প্রাপ্তি স্বীকারের সময়সীমার আগে হতে পারে না।
error-organisation-required = পরিদর্শক, ইউনিয়ন কর্মকর্তা ও কেসওয়ার্কাররা কোনো একটি সংস্থার সদস্য হন: একটি সংস্থা বেছে নিন।
error-organisation-not-for-role = কর্মী, মডারেটর ও প্রশাসকরা কোনো সংস্থার সদস্য হন না।
error-organisation-unknown = এমন কোনো সংস্থা নেই।
error-role-organisation-kind = এই ভূমিকা এই ধরনের সংস্থার সাথে মেলে না (পরিদর্শকরা কাজ করেন শ্রম পরিদর্শন দপ্তর বা নিয়োগ কর্তৃপক্ষে, ইউনিয়ন কর্মকর্তারা ট্রেড ইউনিয়নে, কেসওয়ার্কাররা আইনি সহায়তা সংস্থায়)।
account-session-phone = একটি ফোন
account-session-computer = কম্পিউটারের ব্রাউজার
account-session-app = একটি অ্যাপ বা প্রোগ্রাম
account-session-signed-in = সাইন ইন করা
account-session-since = { $day } থেকে
account-session-current = এই ডিভাইস
account-session-end = সেখান থেকে সাইন আউট করুন
account-session-ended = সেই সেশন থেকে সাইন আউট করা হয়েছে।

# Password reset by mail, for staff (issue 16).
reset-link = কর্মী: পাসওয়ার্ড ভুলে গেছেন?
reset-title = নতুন পাসওয়ার্ড দিন
reset-intro = যে কর্মীদের অ্যাকাউন্টে ই-মেইল ঠিকানা আছে, তাঁরা নতুন পাসওয়ার্ড দেওয়ার একটি লিংক পান। এটি একবার, ৩০ মিনিট কাজ করে। ঠিকানা না থাকলে একজন প্রশাসককে বলুন।
reset-submit = আমাকে লিংক পাঠান
reset-sent = এটি ই-মেইল ঠিকানাসহ কর্মীর অ্যাকাউন্ট হলে নতুন পাসওয়ার্ড দেওয়ার লিংক আসছে। এটি একবার, ৩০ মিনিট কাজ করে।
reset-back = সাইন ইনে ফিরে যান
reset-new-heading = নতুন পাসওয়ার্ড বেছে নিন
reset-new-intro = এই অ্যাকাউন্টের সব সেশন শেষ হয়ে যায়। আপনি কেস পড়লে, সাইন ইন করার পর আপনার সংস্থার একজন প্রধান আবার আপনাকে চাবি দেন।
reset-new-submit = নতুন পাসওয়ার্ড দিন
reset-done = আপনার পাসওয়ার্ড বদলানো হয়েছে। এটি দিয়ে সাইন ইন করুন।

## দুই-ধাপের লগ ইন
field-second-factor-code = অথেনটিকেটর অ্যাপের কোড, বা রিকভারি কোড
login-code-hint = শুধু তখন, যখন আপনার অ্যাকাউন্টে দুই-ধাপের লগ ইন আছে (কর্মী অ্যাকাউন্টে সবসময় থাকে)। না হলে খালি রাখুন।
field-second-factor-current = বর্তমান অ্যাপের কোড, বা রিকভারি কোড
field-second-factor-new-code = অ্যাপ এখন যে ছয় অঙ্কের কোড দেখাচ্ছে
two-factor-title = দুই-ধাপের লগ ইন
two-factor-heading = দুই-ধাপের লগ ইন
two-factor-on = দুই-ধাপের লগ ইন চালু আছে: লগ ইনের সময় পাসওয়ার্ডের সঙ্গে আপনার ফোনের কোডও চাওয়া হয়।
two-factor-off = দুই-ধাপের লগ ইন বন্ধ আছে।
two-factor-manage = বদলান
two-factor-set-up = চালু করুন
two-factor-recovery-left = { $count ->
    [one] আপনার একটি অব্যবহৃত রিকভারি কোড আছে।
   *[other] আপনার { $count }টি অব্যবহৃত রিকভারি কোড আছে।
}
two-factor-replace-heading = নতুন ফোন বা অ্যাপে সরান
two-factor-required = আপনার অ্যাকাউন্ট শ্রমিকদের অভিযোগ খুলতে পারে, তাই এর দ্বিতীয় ধাপ লাগে: পাসওয়ার্ডের সঙ্গে ফোনের অ্যাপ থেকে ছয় অঙ্কের কোড। এগোতে এখনই চালু করুন।
two-factor-optional = আপনি দ্বিতীয় ধাপ দিয়ে অ্যাকাউন্ট সুরক্ষিত করতে পারেন: পাসওয়ার্ডের সঙ্গে ফোনের অ্যাপ থেকে ছয় অঙ্কের কোড।
two-factor-step-app = আপনার ফোনে একটি অথেনটিকেটর অ্যাপ ইনস্টল করুন (যেমন Aegis, FreeOTP, Google Authenticator বা Microsoft Authenticator)।
two-factor-step-scan = অ্যাপে একটি অ্যাকাউন্ট যোগ করে এই কোডটি স্ক্যান করুন।
two-factor-qr-label = অথেনটিকেটর অ্যাপের জন্য QR কোড
two-factor-step-key = অ্যাপ স্ক্যান করতে না পারলে এই কী টাইপ করুন:
two-factor-step-code = অ্যাপ যে ছয় অঙ্কের কোড দেখায়, সেটি টাইপ করুন।
two-factor-submit = দুই-ধাপের লগ ইন চালু করুন
two-factor-off-heading = দুই-ধাপের লগ ইন বন্ধ করুন
two-factor-off-submit = বন্ধ করুন
two-factor-off-done = দুই-ধাপের লগ ইন এখন বন্ধ।
two-factor-back = আপনার অ্যাকাউন্টে ফিরে যান
two-factor-recovery-used = আপনি রিকভারি কোড দিয়ে লগ ইন করেছেন; সেটি আর ব্যবহার করা যাবে না। ফোন হারিয়ে থাকলে নিচে নতুন ফোন সেট করুন।
recovery-codes-title = রিকভারি কোড
recovery-codes-heading = আপনার রিকভারি কোড
recovery-codes-done = দুই-ধাপের লগ ইন চালু আছে।
recovery-codes-explain = ফোন হারালে ছয় অঙ্কের বদলে এর যেকোনো একটি কোড দিয়ে লগ ইন করুন। প্রতিটি কোড একবারই চলে। লিখে বা প্রিন্ট করে ফোন থেকে দূরে নিরাপদ জায়গায় রাখুন।
recovery-codes-once = এই কোডগুলো শুধু এখনই দেখানো হচ্ছে। আগের রিকভারি কোড আর চলবে না।
reset-code-hint = আপনার অ্যাকাউন্টে দুই-ধাপের লগ ইন আছে: অ্যাপের কোড বা রিকভারি কোড টাইপ করুন।
error-second-factor-code = কোডটি ঠিক নয়, বা আগেই ব্যবহার হয়ে গেছে। অ্যাপ এখন যে কোড দেখাচ্ছে, সেটি টাইপ করুন।
error-second-factor-expired = পৃষ্ঠাটি অনেকক্ষণ খোলা ছিল। নিচের নতুন কোডটি স্ক্যান করে আবার চেষ্টা করুন।
error-second-factor-required = আগে ওয়েবসাইটে দুই-ধাপের লগ ইন চালু করুন (অ্যাকাউন্ট, তারপর দুই-ধাপের লগ ইন)।
