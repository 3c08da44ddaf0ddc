# Language: English (en), the source every locale translates. Review: written by the team.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
# Page title (browser tab) of the administrators' overview page.
admin-title = Administration
admin-heading = Administration
# Invisible label (screen readers) of the administrators' menu.
admin-nav-label = Administration
# Admin menu link.
admin-nav-overview = Overview
# Admin menu link.
admin-nav-organisations = Organisations
# Admin menu link: the accounts of organisations' staff, moderators and administrators.
# "Staff" never means the migrant workers.
admin-nav-staff = Staff
# Admin menu link.
admin-nav-recruiters = Recruiter directory
# Admin menu link: the log of security events.
admin-nav-audit = Audit log
# Label of a number on the overview (a link to the list).
admin-count-organisations = Organisations
# Label of a number on the overview (a link to the list).
admin-count-staff = Staff accounts
# Label of a number on the overview: accounts of migrant workers (not staff).
admin-count-workers = Worker accounts
# Link on the overview.
admin-recruiters-link = Add or correct recruiters in the directory
# Heading on the overview: the latest sign-ins, password changes and similar events.
admin-recent-events = Latest security events
# Link on the overview.
admin-audit-link = See the whole audit log
# Button on the admin forms (recruiter, organisation, staff account).
admin-save = Save changes
admin-saved = Your changes are saved.
# Value in the Standing column or field: the account cannot sign in.
admin-disabled = Disabled
# Value in the Standing column or field: the account can sign in (not a licence status).
admin-enabled = Active
# Column header and label: whether a staff account is active or disabled.
admin-standing = Standing

## Audit log
# Page title (browser tab).
admin-audit-title = Audit log
admin-audit-heading = Audit log
admin-audit-intro = The latest 200 security events, newest first. Times are in UTC.
admin-audit-none = No events recorded yet.
# Column header of the audit log.
admin-audit-time = Time (UTC)
# Column header of the audit log: the event and its outcome.
admin-audit-event = Event
# Column header of the audit log: the account that acted and the account acted on.
admin-audit-people = Who
# Column header of the audit log.
admin-audit-detail = Detail
# Before the username of the account that acted, e.g. "By: amina".
admin-audit-actor = By:
# Before the username of the account acted on, e.g. "Account: joseph".
admin-audit-subject = Account:
# Outcome of an event in the audit log, under the event's name.
admin-outcome-success = Succeeded
# Outcome of an event in the audit log, under the event's name.
admin-outcome-failure = Failed
# Outcome of an event in the audit log: turned down on purpose (e.g. too many attempts).
admin-outcome-refused = Refused
# Name of a security event in the audit log.
admin-event-sign-in = Sign-in
# Name of a security event in the audit log.
admin-event-sign-out = Sign-out
# Name of a security event in the audit log.
admin-event-sign-out-everywhere = Signed out everywhere
# Name of a security event in the audit log.
admin-event-password-changed = Password changed
# Name of a security event in the audit log.
admin-event-account-created = Account created
# Name of a security event in the audit log.
admin-event-role-changed = Role changed
# Name of a security event in the audit log.
admin-event-organisation-changed = Account moved to another organisation
# Name of a security event in the audit log.
admin-event-account-disabled = Account disabled
# Name of a security event in the audit log.
admin-event-account-enabled = Account enabled again
# Name of a security event in the audit log.
admin-event-organisation-created = Organisation added
# Name of a security event in the audit log.
admin-event-organisation-updated = Organisation details changed
# Name of a security event in the audit log.
admin-event-recruiter-created = Recruiter added
# Name of a security event in the audit log.
admin-event-recruiter-updated = Recruiter changed

## Organisations
# Page title (browser tab).
admin-organisations-title = Organisations
admin-organisations-heading = Organisations
admin-organisations-none = No organisation has been added yet.
admin-organisation-create-heading = Add an organisation
# Button.
admin-organisation-create-submit = Add the organisation
admin-organisation-edit-heading = Change this organisation
# Label and column header: the organisation's name.
admin-field-organisation-name = Name
# Label and column header: labour inspectorate, origin authority, trade union or legal aid.
admin-field-kind = Kind of organisation
# Label and column header: the countries whose complaints reach this organisation.
admin-field-countries = Countries covered
# Hint (organisation and recruiter forms). Keep the codes QA, AE as they are.
admin-countries-hint = Two-letter country codes, separated by commas or spaces, e.g. QA, AE.
# Label: the sectors of work this organisation deals with (a form field, not a report).
admin-field-sectors = Sectors
admin-sectors-hint = Leave all unticked if the organisation deals with every sector.
# Value when no sector is ticked: the organisation deals with every sector.
admin-sectors-all = All sectors
# Label: the deadline to acknowledge a complaint (tell the worker it was received).
admin-field-acknowledge-days = Days to acknowledge a complaint
admin-acknowledge-days-hint = From 1 to 365 days. Usually 7.
# Label: the deadline to give the worker a substantive answer.
admin-field-answer-days = Days to answer a complaint
admin-answer-days-hint = From 1 to 730 days, and not fewer than the days to acknowledge. Usually 90.
# Label and column header; followed by admin-deadline-acknowledge and admin-deadline-answer.
admin-deadlines = Deadlines
# $days: days allowed to acknowledge a complaint, e.g. 7.
admin-deadline-acknowledge = { $days ->
    [one] Acknowledge within one day
   *[other] Acknowledge within { $days } days
}
# $days: days allowed to give a substantive answer, e.g. 90.
admin-deadline-answer = { $days ->
    [one] Answer within one day
   *[other] Answer within { $days } days
}
admin-members-heading = Staff of this organisation
admin-members-none = Nobody works for this organisation on FairRecruit yet.

## Staff
# Page title (browser tab): the list of staff accounts (never the workers).
admin-staff-title = Staff
admin-staff-heading = Staff accounts
admin-staff-none = There are no staff accounts yet.
admin-staff-create-heading = Add a staff account
# Button.
admin-staff-create-submit = Add the account
admin-staff-password-hint = At least 8 characters, not a common password. Give it to the person in a safe way; they can change it on their account page.
# A choice in the organisation list, and the value shown: the account is in no organisation.
admin-organisation-none = No organisation
admin-organisation-hint = Inspectors belong to a labour inspectorate or an origin-country authority, union officers to a trade union, caseworkers to a legal aid organisation. Moderators and administrators belong to none.
# Checkbox label on the staff form.
admin-field-lead = Lead of the organisation (told of escalations and overdue cases)
# Checkbox label on the staff form.
admin-field-disabled = Account disabled (the person cannot sign in)
admin-staff-edit-heading = Change this account
admin-staff-edit-hint = Saving a change signs the person out everywhere at once.
admin-staff-self-hint = This is your own account: you cannot remove your administrator role or disable it.

## Recruiter directory
# Page title (browser tab).
admin-recruiters-title = Recruiter directory
admin-recruiters-heading = Recruiter directory
admin-recruiter-create-heading = Add a licensed recruiter
# Button.
admin-recruiter-create-submit = Add the recruiter
admin-recruiter-edit-heading = Correct this recruiter
admin-recruiter-edit-hint = A change of licence status is added to the recruiter's public licence history with today's date.
# Link to the recruiter's public profile page.
admin-recruiter-public-link = See the public profile
# Label and column header.
admin-field-recruiter-name = Name of the agency
# Label: the country whose authority issued the licence.
admin-field-licensing-country = Country that issued the licence
# Keep the code NP; translate the country name.
admin-licensing-country-hint = Two-letter country code, e.g. NP for Nepal.

## Errors
# Admin staff form error.
admin-error-role = Choose a role from the list.
# Admin staff form error.
admin-error-own-role = You cannot remove your own administrator role. Ask another administrator.
# Admin staff form error.
admin-error-own-disable = You cannot disable your own account. Ask another administrator.
# Admin form error. Keep the codes NP, QA, AE as they are.
admin-error-country-code = Use two-letter country codes such as NP, QA or AE, separated by commas.
# Admin recruiter form error.
admin-error-destinations-too-many = Give at most 60 destination countries.
# Admin recruiter form error.
admin-error-name-required = Give the agency's name.
# Admin recruiter form error.
admin-error-licence-required = Give the licence number.
# Admin recruiter form error.
admin-error-licence-taken = Another recruiter already holds this licence number in this country.

## Audit details: labels of the recorded values
# Separates the parts of an audit detail (a space follows it):
# "Role: Worker → Moderator; Organisation: #3 (lead)".
admin-detail-separator = ;
# Label in the audit log's Detail column; ": " and a value follow, e.g. "Role: Worker → Moderator".
admin-detail-role = Role
# Label in the audit log's Detail column; ": " and a value follow.
admin-detail-organisation = Organisation
# Label in the audit log's Detail column: the kind of organisation.
admin-detail-kind = Kind
# Label in the audit log's Detail column; ": " and a value follow.
admin-detail-countries = Countries
# Label in the audit log's Detail column; ": " and a value follow.
admin-detail-sectors = Sectors
# Label in the audit log's Detail column; the value is e.g. "7/90" (acknowledge / answer).
admin-detail-days = Deadlines (days)
# Label in the audit log's Detail column; ": " and a value follow.
admin-detail-recruiter = Recruiter
# Label in the audit log's Detail column; ": " and a licence status follow.
admin-detail-status = Licence status
# Label in the audit log's Detail column; ": " and a reason follow.
admin-detail-reason = Reason
# Lowercase value after "Reason: " in the audit log: why a sign-in was refused.
admin-detail-reason-throttled = too many attempts
# Lowercase value after "Reason: " in the audit log: why a sign-in was refused.
admin-detail-reason-disabled = account disabled

## Setting a staff member's password
admin-password-heading = Set a new password
admin-password-hint = For a staff member who lost their password. Their sessions end at once. Give them the new password in a safe way; they can change it on their account page.
# Button.
admin-password-submit = Set the password
admin-error-own-password = Change your own password on your account page.
# Name of a security event in the audit log.
admin-event-password-reset = Password set by an administrator
# Admin recruiter form: the name resembles a listed agency (look-alike letters or spelling).
admin-warning-look-alike = This name looks like the name of a listed agency. It was not saved.
# Followed by a list of similar agency names.
admin-look-alike-list = Check that it is not one of these agencies:
# Checkbox label: save the new agency although its name looks like a listed one.
admin-look-alike-confirm = This is a different agency: save it anyway

## Two-step sign-in
# Lowercase value after "Two-step sign-in" on an admin's view of a staff account.
admin-second-factor-on = set up
# Lowercase value after "Two-step sign-in" on an admin's view of a staff account.
admin-second-factor-off = not set up yet (asked for at the next sign-in)
admin-second-factor-heading = Reset two-step sign-in
admin-second-factor-hint = For someone who lost both their phone and their recovery codes. Their sessions end; at their next sign-in they set up a new app. They are told by mail.
# Button (same words as the heading above it).
admin-second-factor-submit = Reset two-step sign-in
# Name of a security event in the audit log.
admin-event-second-factor-enrolled = Two-step sign-in set up
# Name of a security event in the audit log.
admin-event-second-factor-replaced = Two-step sign-in moved to a new app
# Name of a security event in the audit log.
admin-event-second-factor-removed = Two-step sign-in turned off
# Name of a security event in the audit log.
admin-event-second-factor-reset = Two-step sign-in reset by an administrator
# Lowercase value after "Reason: " in the audit log: why a sign-in was refused.
admin-detail-reason-second-factor = wrong or reused code
# Lowercase value after "Reason: " in the audit log: why a sign-in was refused.
admin-detail-reason-no-second-factor = two-step sign-in not set up
# Lowercase value after "Reason: " in the audit log: how a sign-in succeeded.
admin-detail-reason-recovery-code = with a recovery code

## API keys of intake partners (issue 18)
admin-partner-keys-link = API keys
admin-partner-keys-title = API keys of { $name }
admin-partner-keys-intro = A key lets this partner's chat bot or hotline system file complaints and reviews for workers, with the consent they gave, and follow what it filed. Nothing else. The key is shown once when it is made; only a hash of it is kept.
admin-partner-keys-none = This partner has no keys yet.
admin-partner-keys-col-name = Name
admin-partner-keys-col-made = Made
admin-partner-keys-col-expires = Expires
admin-partner-keys-col-used = Last used
admin-partner-keys-col-state = State
admin-partner-keys-never = never
admin-partner-keys-active = active
admin-partner-keys-revoked = revoked
admin-partner-keys-expired = expired
admin-partner-keys-revoke = Revoke
admin-partner-keys-create-heading = Make a key
admin-partner-keys-name = Name of the key
admin-partner-keys-name-hint = Say where it is used, for example "WhatsApp bot" or "Hotline, Kathmandu".
admin-partner-keys-days = Valid for (days, 1 to 365)
admin-partner-keys-create = Make the key
admin-partner-keys-shown-once = The new key is shown only now. Copy it into the partner's system: nobody can see it again. If it is lost, revoke it and make another.
admin-partner-keys-revoked-done = The key is revoked: every request made with it is refused from now on.
error-partner-key-name = Give the key a name of 1 to 100 characters.
error-partner-key-days = A key is valid for 1 to 365 days.
error-partner-key-not-partner = API keys are only for organisations of the kind intake partner.
