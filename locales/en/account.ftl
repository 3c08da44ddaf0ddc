# Language: English (en), the source every locale translates. Review: written by the team.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Username
field-password = Password
# Label of the field where the new password is typed a second time.
field-password-confirm = Password again
field-current-password = Current password
field-new-password = New password
# Label on the account page: the optional address for notification mails.
field-email = Email address
# Label and column header: a staff account's role (role-* below).
field-role = Role
# Label and column header: the organisation a staff account belongs to.
field-organisation = Organisation

# Page title (browser tab) of the sign-in page.
login-title = Sign in
login-heading = Sign in
# Button on the sign-in form.
login-submit = Sign in
# Link text after register-have-account ("Already have an account?").
login-link = Sign in
# Followed by the link register-link ("Create an account").
login-no-account = No account yet?
# A promise: keep its meaning exactly.
login-anonymous-note = You do not need an account to look up recruiters or to complain. An account lets you follow your reviews.

# Page title (browser tab) of the sign-up page.
register-title = Create an account
register-heading = Create an account
# A promise (only a username and a password are asked): keep its meaning exactly.
register-intro = Only a username and a password. No name, no email, no phone number.
# Hint under the username field. Keep the characters . _ and - as they are.
register-username-hint = 3 to 32 letters or digits, in any alphabet; you may use . _ and -. Do not use your real name if you prefer not to.
# Hint under every new-password field (sign-up, account page, password reset).
register-password-hint = At least 8 characters. A few words you can remember are better than a short, common password.
# Button on the sign-up form.
register-submit = Create the account
# Link text after login-no-account ("No account yet?").
register-link = Create an account
# A promise: keep its meaning exactly.
register-privacy = We do not keep your internet (IP) address, your device or your phone number with your account.
# Followed by the link login-link ("Sign in").
register-have-account = Already have an account?

# Page title (browser tab) of the account page.
account-title = Your account
account-heading = Your account
# Link on the account page to the administration pages (administrators only).
account-admin-link = Administration
account-password-heading = Change your password
# Button.
account-password-submit = Change the password
account-password-saved = Your password was changed. You are signed out on every other device.
account-email-heading = Email for notifications
# A promise (mails say that something changed, never what): keep its meaning exactly.
account-email-hint = Optional. We only write to tell you something changed, never what your complaint says. Leave it empty to remove it.
# Button.
account-email-submit = Save the email address
# Short notice after the email address was saved.
account-email-saved = Saved.
# Heading of the list of devices where this account is signed in, with sign-out buttons.
account-sessions-heading = Signing out
# Button: signs out on this device only.
account-logout = Sign out
# Button: ends every session of this account, on every device.
account-logout-everywhere = Sign out on every device
account-logout-everywhere-hint = If you used a shared phone or think someone else knows your password, sign out everywhere.

# Role of an account (staff list and form, audit log): a migrant worker.
role-worker = Worker
# Role of an account: approves or rejects reviews. Glossary: moderator (locales/README.md).
role-moderator = Moderator
# Role of an account: staff of a labour inspectorate or an origin-country authority.
role-inspector = Labour inspector
# Role of an account: an officer of a trade union.
role-union_officer = Trade-union officer
# Role of an account: a caseworker of a legal-aid organisation or NGO.
role-caseworker = Caseworker (legal aid)
# Role of an account: keeps the directory, organisations and staff; cannot read complaints.
role-admin = Administrator

# Lowercase, in brackets after an organisation's name: e.g. "Doha Labour Inspectorate (member)".
org-role-member = member
# Lowercase, in brackets after an organisation's name. A lead is told of overdue cases and
# gives colleagues the organisation's key.
org-role-lead = lead

# Kind of organisation (admin pages, the worker's /track page, the audit log).
# Glossary: labour inspectorate (locales/README.md).
organisation-kind-labour_inspectorate = Labour inspectorate
# Kind of organisation: the government body of the workers' home country that licenses and
# regulates recruiters (e.g. Nepal's Department of Foreign Employment).
organisation-kind-origin_authority = Recruitment authority of the origin country
# Kind of organisation. Glossary: trade union (locales/README.md).
organisation-kind-trade_union = Trade union
# Kind of organisation. Glossary: legal aid (locales/README.md).
organisation-kind-legal_aid = Legal aid or NGO
# Kind of organisation: an NGO or union that takes workers' reports through WhatsApp,
# Viber, Messenger, Telegram, SMS or a hotline and files them here for the worker with an
# API key. It never receives cases itself.
organisation-kind-intake_partner = Intake partner (takes reports by chat or hotline)

# Sector of work (sector-*): a choice in the review, complaint and report forms, an
# organisation's sectors, a case's facts. A short noun phrase.
sector-agriculture = Agriculture
sector-construction = Construction
# Sector of work: work in private households (cleaning, cooking, looking after children).
sector-domestic_work = Domestic work
sector-manufacturing = Manufacturing
# Sector of work: hotels, restaurants, catering.
sector-hospitality = Hotels and restaurants
sector-fishing = Fishing
# Sector of work: caring for old, sick or disabled people (in homes or institutions).
sector-care = Care work
# Sector of work: security guards.
sector-security = Security
sector-transport = Transport
sector-retail = Shops and retail
# Sector of work: any sector not listed.
sector-other = Other

# Form error (sign-in, sign-up, password reset, staff form): the username field is empty.
error-username-required = Type a username.
error-username-length = A username has 3 to 32 characters.
error-username-characters = Use only letters, digits, dot, underscore and hyphen in a username, with no spaces.
# Sign-up or staff form error. Also when the name differs only by look-alike letters.
error-username-taken = This username is already taken, or looks too much like one that is. Try another one.
error-password-length = A password has 8 to 128 characters.
error-password-characters = The password contains invisible control characters. Type it again without them.
error-password-common = This password is too easy to guess. Use a longer one, for example a few unrelated words.
error-password-mismatch = The two passwords are not the same.
# Account page error: the current password, typed to change the password, is wrong.
error-password-wrong = The current password is not right.
error-email-invalid = This does not look like an email address.
# Form error: the form cannot be read at all (e.g. cut off or sent without its security field).
error-form-invalid = The form could not be read. Reload the page and try again.
# Form error (technical): the form's text is not valid UTF-8.
error-form-encoding = The form contains characters that could not be read.
# Form error (technical): the form has an unknown or repeated field.
error-form-fields = The form contains a field we do not know, or the same field twice.
# Admin form error on a name or text field.
error-text-invalid = This text is too long or contains invisible control characters.
# Admin organisation form error.
error-organisation-name-required = Type the organisation's name.
# Admin organisation form error.
error-organisation-kind = Choose what kind of organisation this is.
# Admin organisation form error (also from the complaint API). Keep the codes NP, QA, PH.
error-unknown-country = A country code is not one we know. Use two-letter codes such as NP, QA, PH.
# Admin organisation form error.
error-organisation-countries = Give at least one country the organisation covers.
# Admin organisation form error.
error-sector-unknown = Choose sectors from the list.
# Admin organisation form error. Keep the numbers.
error-deadline-days = A deadline is a whole number of days (acknowledge: 1 to 365, answer: 1 to 730).
# Admin organisation form error.
error-deadline-order = The answer deadline cannot come before the acknowledgement deadline.
# Admin staff form error.
error-organisation-required = Inspectors, union officers and caseworkers belong to an organisation: choose one.
# Admin staff form error.
error-organisation-not-for-role = Workers, moderators and administrators do not belong to an organisation.
# Admin staff form error; also on a case page when referring a case on.
error-organisation-unknown = That organisation does not exist.
# Admin staff form error.
error-role-organisation-kind = This role does not fit this kind of organisation (inspectors work in inspectorates or recruitment authorities, union officers in unions, caseworkers in legal aid).
# Kind of device, in the list of signed-in sessions on the account page.
account-session-phone = A phone
# Kind of device, in the list of signed-in sessions on the account page.
account-session-computer = A computer's browser
# Kind of device, in the list of signed-in sessions: a program using the API.
account-session-app = An app or program
# In the list of sessions when the kind of device is unknown.
account-session-signed-in = Signed in
# After the kind of device, e.g. "A phone · since 2026-01-31".
# $day: the day the session began, e.g. 2026-01-31.
account-session-since = since { $day }
# Lowercase, after a session in the list: the device being used now.
account-session-current = this device
# Button beside another device's session: signs that device out.
account-session-end = Sign out there
account-session-ended = That session is signed out.

# Password reset by mail, for staff (issue 16).
# Link on the sign-in page. Only staff accounts with an email address can reset by mail.
reset-link = Staff: forgot your password?
# Page title and heading of the page where one asks for a password-reset link.
reset-title = Set a new password
reset-intro = Staff with an e-mail address on their account get a link to set a new password. It works once, for 30 minutes. Without an address, ask an administrator.
# Button: sends the reset link by mail.
reset-submit = Send me a link
# Shown whatever was typed, on purpose: it must not reveal whether such an account exists.
reset-sent = If this is a staff account with an e-mail address, a link to set a new password is on its way. It works once, for 30 minutes.
# Link back to the sign-in page.
reset-back = Back to sign in
reset-new-heading = Choose a new password
# "Its key": the organisation's key that opens sealed cases (see sealed.ftl; glossary: sealed).
reset-new-intro = Every session of this account ends. If you read cases, a lead of your organisation gives you its key again after you sign in.
# Button.
reset-new-submit = Set the new password
reset-done = Your password was changed. Sign in with it.

## Two-step sign-in (a second factor)
# Label of the code field (sign-in, password reset, turning two-step sign-in off).
field-second-factor-code = Code from your authenticator app, or a recovery code
login-code-hint = Only if your account has two-step sign-in (staff accounts always do). Otherwise leave it empty.
# When moving to a new phone: a code from the app used until now.
field-second-factor-current = A code from your current app, or a recovery code
# When setting up: the code the newly set-up app shows.
field-second-factor-new-code = The six-digit code the app shows now
# Page title (browser tab). "Two-step sign-in": a password plus a code from a phone app.
two-factor-title = Two-step sign-in
# Heading (account page, two-step page); also a label on an admin's view of a staff account.
two-factor-heading = Two-step sign-in
two-factor-on = Two-step sign-in is on: signing in asks for a code from your phone as well as your password.
two-factor-off = Two-step sign-in is off.
# Link on the account page when two-step sign-in is on.
two-factor-manage = Manage it
# Link on the account page when two-step sign-in is off.
two-factor-set-up = Set it up
# $count: recovery codes not used yet, e.g. 8.
two-factor-recovery-left = { $count ->
    [one] You have one unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
two-factor-replace-heading = Move to a new phone or app
two-factor-required = Your account can open complaints about workers, so it needs a second step: a six-digit code from an app on your phone, as well as your password. Set it up now to go on.
two-factor-optional = You can protect your account with a second step: a six-digit code from an app on your phone, as well as your password.
# Keep the app names as they are.
two-factor-step-app = Install an authenticator app on your phone (for example Aegis, FreeOTP, Google Authenticator or Microsoft Authenticator).
two-factor-step-scan = In the app, add an account and scan this code.
# Invisible description (screen readers) of the QR code image.
two-factor-qr-label = QR code for your authenticator app
# Followed by the secret key, in letters and digits.
two-factor-step-key = If the app cannot scan, type this key:
two-factor-step-code = Type the six-digit code the app shows.
# Button.
two-factor-submit = Turn on two-step sign-in
two-factor-off-heading = Turn off two-step sign-in
# Button.
two-factor-off-submit = Turn it off
two-factor-off-done = Two-step sign-in is now off.
# Link back to the account page.
two-factor-back = Back to your account
two-factor-recovery-used = You signed in with a recovery code, which cannot be used again. If you lost your phone, set up a new one below.
# Page title (browser tab) of the page that shows new recovery codes.
recovery-codes-title = Recovery codes
recovery-codes-heading = Your recovery codes
# Notice at the top of the recovery-codes page, right after two-step sign-in was turned on.
recovery-codes-done = Two-step sign-in is on.
recovery-codes-explain = If you lose your phone, sign in with one of these codes instead of the six digits. Each works once. Write them down or print them, and keep them somewhere safe, away from your phone.
recovery-codes-once = These codes are shown only now. Any earlier recovery codes no longer work.
reset-code-hint = Your account has two-step sign-in: type the code from your app, or a recovery code.
# Form error on the code field.
error-second-factor-code = That code is not right, or was already used. Type the code the app shows now.
error-second-factor-expired = This page was open for too long. Scan the new code below and try again.
# Names the way there: use your words for nav-account and two-factor-heading.
error-second-factor-required = Set up two-step sign-in on the website first (Account, then Two-step sign-in).
