# Language: English (en), the source every locale translates. Review: written by the team.
# FairRecruit: administration pages. Every key exists in every locale.

## Frame and overview
admin-title = Administration
admin-heading = Administration
admin-nav-label = Administration
admin-nav-overview = Overview
admin-nav-organisations = Organisations
admin-nav-staff = Staff
admin-nav-recruiters = Recruiter directory
admin-nav-audit = Audit log
admin-count-organisations = Organisations
admin-count-staff = Staff accounts
admin-count-workers = Worker accounts
admin-recruiters-link = Add or correct recruiters in the directory
admin-recent-events = Latest security events
admin-audit-link = See the whole audit log
admin-save = Save changes
admin-saved = Your changes are saved.
admin-disabled = Disabled
admin-enabled = Active
admin-standing = Standing

## Audit log
admin-audit-title = Audit log
admin-audit-heading = Audit log
admin-audit-intro = The latest 200 security events, newest first. Times are in UTC.
admin-audit-none = No events recorded yet.
admin-audit-time = Time (UTC)
admin-audit-event = Event
admin-audit-people = Who
admin-audit-detail = Detail
admin-audit-actor = By:
admin-audit-subject = Account:
admin-outcome-success = Succeeded
admin-outcome-failure = Failed
admin-outcome-refused = Refused
admin-event-sign-in = Sign-in
admin-event-sign-out = Sign-out
admin-event-sign-out-everywhere = Signed out everywhere
admin-event-password-changed = Password changed
admin-event-account-created = Account created
admin-event-role-changed = Role changed
admin-event-organisation-changed = Account moved to another organisation
admin-event-account-disabled = Account disabled
admin-event-account-enabled = Account enabled again
admin-event-organisation-created = Organisation added
admin-event-organisation-updated = Organisation details changed
admin-event-recruiter-created = Recruiter added
admin-event-recruiter-updated = Recruiter changed

## Organisations
admin-organisations-title = Organisations
admin-organisations-heading = Organisations
admin-organisations-none = No organisation has been added yet.
admin-organisation-create-heading = Add an organisation
admin-organisation-create-submit = Add the organisation
admin-organisation-edit-heading = Change this organisation
admin-field-organisation-name = Name
admin-field-kind = Kind of organisation
admin-field-countries = Countries covered
admin-countries-hint = Two-letter country codes, separated by commas or spaces, e.g. QA, AE.
admin-field-sectors = Sectors
admin-sectors-hint = Leave all unticked if the organisation deals with every sector.
admin-sectors-all = All sectors
admin-field-acknowledge-days = Days to acknowledge a complaint
admin-acknowledge-days-hint = From 1 to 365 days. Usually 7.
admin-field-answer-days = Days to answer a complaint
admin-answer-days-hint = From 1 to 730 days, and not fewer than the days to acknowledge. Usually 90.
admin-deadlines = Deadlines
admin-deadline-acknowledge = { $days ->
    [one] Acknowledge within one day
   *[other] Acknowledge within { $days } days
}
admin-deadline-answer = { $days ->
    [one] Answer within one day
   *[other] Answer within { $days } days
}
admin-members-heading = Staff of this organisation
admin-members-none = Nobody works for this organisation on FairRecruit yet.

## Staff
admin-staff-title = Staff
admin-staff-heading = Staff accounts
admin-staff-none = There are no staff accounts yet.
admin-staff-create-heading = Add a staff account
admin-staff-create-submit = Add the account
admin-staff-password-hint = At least 8 characters, not a common password. Give it to the person in a safe way; they can change it on their account page.
admin-organisation-none = No organisation
admin-organisation-hint = Inspectors belong to a labour inspectorate or an origin-country authority, union officers to a trade union, caseworkers to a legal aid organisation. Moderators and administrators belong to none.
admin-field-lead = Lead of the organisation (told of escalations and overdue cases)
admin-field-disabled = Account disabled (the person cannot sign in)
admin-staff-edit-heading = Change this account
admin-staff-edit-hint = Saving a change signs the person out everywhere at once.
admin-staff-self-hint = This is your own account: you cannot remove your administrator role or disable it.

## Recruiter directory
admin-recruiters-title = Recruiter directory
admin-recruiters-heading = Recruiter directory
admin-recruiter-create-heading = Add a licensed recruiter
admin-recruiter-create-submit = Add the recruiter
admin-recruiter-edit-heading = Correct this recruiter
admin-recruiter-edit-hint = A change of licence status is added to the recruiter's public licence history with today's date.
admin-recruiter-public-link = See the public profile
admin-field-recruiter-name = Name of the agency
admin-field-licensing-country = Country that issued the licence
admin-licensing-country-hint = Two-letter country code, e.g. NP for Nepal.

## Errors
admin-error-role = Choose a role from the list.
admin-error-own-role = You cannot remove your own administrator role. Ask another administrator.
admin-error-own-disable = You cannot disable your own account. Ask another administrator.
admin-error-country-code = Use two-letter country codes such as NP, QA or AE, separated by commas.
admin-error-destinations-too-many = Give at most 60 destination countries.
admin-error-name-required = Give the agency's name.
admin-error-licence-required = Give the licence number.
admin-error-licence-taken = Another recruiter already holds this licence number in this country.

## Audit details: labels of the recorded values
admin-detail-separator = ;
admin-detail-role = Role
admin-detail-organisation = Organisation
admin-detail-kind = Kind
admin-detail-countries = Countries
admin-detail-sectors = Sectors
admin-detail-days = Deadlines (days)
admin-detail-recruiter = Recruiter
admin-detail-status = Licence status
admin-detail-reason = Reason
admin-detail-reason-throttled = too many attempts
admin-detail-reason-disabled = account disabled

## Setting a staff member's password
admin-password-heading = Set a new password
admin-password-hint = For a staff member who lost their password. Their sessions end at once. Give them the new password in a safe way; they can change it on their account page.
admin-password-submit = Set the password
admin-error-own-password = Change your own password on your account page.
admin-event-password-reset = Password set by an administrator
admin-warning-look-alike = This name looks like the name of a listed agency. It was not saved.
admin-look-alike-list = Check that it is not one of these agencies:
admin-look-alike-confirm = This is a different agency: save it anyway

## Two-step sign-in
admin-second-factor-on = set up
admin-second-factor-off = not set up yet (asked for at the next sign-in)
admin-second-factor-heading = Reset two-step sign-in
admin-second-factor-hint = For someone who lost both their phone and their recovery codes. Their sessions end; at their next sign-in they set up a new app. They are told by mail.
admin-second-factor-submit = Reset two-step sign-in
admin-event-second-factor-enrolled = Two-step sign-in set up
admin-event-second-factor-replaced = Two-step sign-in moved to a new app
admin-event-second-factor-removed = Two-step sign-in turned off
admin-event-second-factor-reset = Two-step sign-in reset by an administrator
admin-detail-reason-second-factor = wrong or reused code
admin-detail-reason-no-second-factor = two-step sign-in not set up
admin-detail-reason-recovery-code = with a recovery code
