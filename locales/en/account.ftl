# Language: English (en), the source every locale translates. Review: written by the team.
## Accounts: registration, sign-in, the account page, roles and organisations.

field-username = Username
field-password = Password
field-password-confirm = Password again
field-current-password = Current password
field-new-password = New password
field-email = Email address
field-role = Role
field-organisation = Organisation

login-title = Sign in
login-heading = Sign in
login-submit = Sign in
login-link = Sign in
login-no-account = No account yet?
login-anonymous-note = You do not need an account to look up recruiters or to complain. An account lets you follow your reviews.

register-title = Create an account
register-heading = Create an account
register-intro = Only a username and a password. No name, no email, no phone number.
register-username-hint = 3 to 32 letters or digits, in any alphabet; you may use . _ and -. Do not use your real name if you prefer not to.
register-password-hint = At least 8 characters. A few words you can remember are better than a short, common password.
register-submit = Create the account
register-link = Create an account
register-privacy = We do not keep your internet (IP) address, your device or your phone number with your account.
register-have-account = Already have an account?

account-title = Your account
account-heading = Your account
account-admin-link = Administration
account-password-heading = Change your password
account-password-submit = Change the password
account-password-saved = Your password was changed. You are signed out on every other device.
account-email-heading = Email for notifications
account-email-hint = Optional. We only write to tell you something changed, never what your complaint says. Leave it empty to remove it.
account-email-submit = Save the email address
account-email-saved = Saved.
account-sessions-heading = Signing out
account-logout = Sign out
account-logout-everywhere = Sign out on every device
account-logout-everywhere-hint = If you used a shared phone or think someone else knows your password, sign out everywhere.

role-worker = Worker
role-moderator = Moderator
role-inspector = Labour inspector
role-union_officer = Trade-union officer
role-caseworker = Caseworker (legal aid)
role-admin = Administrator

org-role-member = member
org-role-lead = lead

organisation-kind-labour_inspectorate = Labour inspectorate
organisation-kind-origin_authority = Recruitment authority of the origin country
organisation-kind-trade_union = Trade union
organisation-kind-legal_aid = Legal aid or NGO

sector-agriculture = Agriculture
sector-construction = Construction
sector-domestic_work = Domestic work
sector-manufacturing = Manufacturing
sector-hospitality = Hotels and restaurants
sector-fishing = Fishing
sector-care = Care work
sector-security = Security
sector-transport = Transport
sector-retail = Shops and retail
sector-other = Other

error-username-required = Type a username.
error-username-length = A username has 3 to 32 characters.
error-username-characters = Use only letters, digits, dot, underscore and hyphen in a username, with no spaces.
error-username-taken = This username is already taken, or looks too much like one that is. Try another one.
error-password-length = A password has 8 to 128 characters.
error-password-characters = The password contains invisible control characters. Type it again without them.
error-password-common = This password is too easy to guess. Use a longer one, for example a few unrelated words.
error-password-mismatch = The two passwords are not the same.
error-password-wrong = The current password is not right.
error-email-invalid = This does not look like an email address.
error-form-invalid = The form could not be read. Reload the page and try again.
error-form-encoding = The form contains characters that could not be read.
error-form-fields = The form contains a field we do not know, or the same field twice.
error-text-invalid = This text is too long or contains invisible control characters.
error-organisation-name-required = Type the organisation's name.
error-organisation-kind = Choose what kind of organisation this is.
error-unknown-country = A country code is not one we know. Use two-letter codes such as NP, QA, PH.
error-organisation-countries = Give at least one country the organisation covers.
error-sector-unknown = Choose sectors from the list.
error-deadline-days = A deadline is a whole number of days (acknowledge: 1 to 365, answer: 1 to 730).
error-deadline-order = The answer deadline cannot come before the acknowledgement deadline.
error-organisation-required = Inspectors, union officers and caseworkers belong to an organisation: choose one.
error-organisation-not-for-role = Workers, moderators and administrators do not belong to an organisation.
error-organisation-unknown = That organisation does not exist.
error-role-organisation-kind = This role does not fit this kind of organisation (inspectors work in inspectorates or recruitment authorities, union officers in unions, caseworkers in legal aid).
account-session-phone = A phone
account-session-computer = A computer's browser
account-session-app = An app or program
account-session-signed-in = Signed in
account-session-since = since { $day }
account-session-current = this device
account-session-end = Sign out there
account-session-ended = That session is signed out.

# Password reset by mail, for staff (issue 16).
reset-link = Staff: forgot your password?
reset-title = Set a new password
reset-intro = Staff with an e-mail address on their account get a link to set a new password. It works once, for 30 minutes. Without an address, ask an administrator.
reset-submit = Send me a link
reset-sent = If this is a staff account with an e-mail address, a link to set a new password is on its way. It works once, for 30 minutes.
reset-back = Back to sign in
reset-new-heading = Choose a new password
reset-new-intro = Every session of this account ends. If you read cases, a lead of your organisation gives you its key again after you sign in.
reset-new-submit = Set the new password
reset-done = Your password was changed. Sign in with it.

## Two-step sign-in (a second factor)
field-second-factor-code = Code from your authenticator app, or a recovery code
login-code-hint = Only if your account has two-step sign-in (staff accounts always do). Otherwise leave it empty.
field-second-factor-current = A code from your current app, or a recovery code
field-second-factor-new-code = The six-digit code the app shows now
two-factor-title = Two-step sign-in
two-factor-heading = Two-step sign-in
two-factor-on = Two-step sign-in is on: signing in asks for a code from your phone as well as your password.
two-factor-off = Two-step sign-in is off.
two-factor-manage = Manage it
two-factor-set-up = Set it up
two-factor-recovery-left = { $count ->
    [one] You have one unused recovery code.
   *[other] You have { $count } unused recovery codes.
}
two-factor-replace-heading = Move to a new phone or app
two-factor-required = Your account can open complaints about workers, so it needs a second step: a six-digit code from an app on your phone, as well as your password. Set it up now to go on.
two-factor-optional = You can protect your account with a second step: a six-digit code from an app on your phone, as well as your password.
two-factor-step-app = Install an authenticator app on your phone (for example Aegis, FreeOTP, Google Authenticator or Microsoft Authenticator).
two-factor-step-scan = In the app, add an account and scan this code.
two-factor-qr-label = QR code for your authenticator app
two-factor-step-key = If the app cannot scan, type this key:
two-factor-step-code = Type the six-digit code the app shows.
two-factor-submit = Turn on two-step sign-in
two-factor-off-heading = Turn off two-step sign-in
two-factor-off-submit = Turn it off
two-factor-off-done = Two-step sign-in is now off.
two-factor-back = Back to your account
two-factor-recovery-used = You signed in with a recovery code, which cannot be used again. If you lost your phone, set up a new one below.
recovery-codes-title = Recovery codes
recovery-codes-heading = Your recovery codes
recovery-codes-done = Two-step sign-in is on.
recovery-codes-explain = If you lose your phone, sign in with one of these codes instead of the six digits. Each works once. Write them down or print them, and keep them somewhere safe, away from your phone.
recovery-codes-once = These codes are shown only now. Any earlier recovery codes no longer work.
reset-code-hint = Your account has two-step sign-in: type the code from your app, or a recovery code.
error-second-factor-code = That code is not right, or was already used. Type the code the app shows now.
error-second-factor-expired = This page was open for too long. Scan the new code below and try again.
error-second-factor-required = Set up two-step sign-in on the website first (Account, then Two-step sign-in).
