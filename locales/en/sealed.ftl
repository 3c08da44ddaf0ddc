# Language: English (en), the source every locale translates. Review: written by the team.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

# Status of a case's sealed content: this staff member can read it. Glossary: sealed.
sealed-open = The case's words are open to you.
# In brackets, in place of a sealed message or reason this staff member cannot open.
sealed-unreadable = (sealed: cannot be opened here)
# Shown on a case page in place of the worker's words.
error-sealed-sign-in-again = This session cannot open sealed case content. Sign out and sign in again.
# Shown on a case page in place of the worker's words; sealed-grantors may follow.
error-sealed-not-given = You do not hold your organisation's key yet. A lead of your organisation can give it to you on the organisation's key page.
# Shown on a case page in place of the worker's words.
error-sealed-waiting = This case reached your organisation after it was filed; its words open for you when the worker next looks at it with their receipt.
# Shown to staff on the case page, and as it is to the worker on /track.
error-sealed-destroyed = What the worker wrote has been deleted.
# Error on a case page.
error-sealed-no-key = Your organisation has no key yet. A lead makes it on the organisation's key page.

# Heading on /track above the worker's own complaint text.
track-your-words = What you wrote

# Link to the organisation's key page (account page; case page).
org-key-link = Your organisation's key
# Page title and heading. The key is the digital key that opens sealed complaints.
# Glossary: sealed.
org-key-title = Your organisation's key
# A promise (administrators cannot read): keep its meaning exactly.
org-key-intro = Complaints are stored sealed. Only members who hold your organisation's key can read what workers wrote to you; administrators cannot.
org-key-none = Your organisation has no key yet, so nothing can be sealed for it.
# Button.
org-key-make = Make the key
org-key-you-hold = You hold the key.
org-key-you-lack = You do not hold the key. Ask a lead of your organisation to give it to you.
# Heading of the list of the organisation's staff.
org-key-members = Members
# Lowercase, after a username: e.g. "amina · lead · holds the key".
org-key-lead = lead
# Lowercase, after a username: e.g. "amina · lead · holds the key".
org-key-holds = holds the key
# Lowercase, after a username: e.g. "joseph · does not hold the key".
org-key-lacks = does not hold the key
# Lowercase, after a username in the list of members.
org-key-not-signed-in = has not signed in since complaints were sealed
# Button beside a member who does not hold the key.
org-key-give = Give the key
org-key-given = The key was given.
org-key-code-heading = Your organisation's recovery code
# A warning: keep its meaning exactly.
org-key-code-hint = Write it down and keep it somewhere safe, away from this computer. It is shown only this once. If every lead loses their password, it gives the key back.
org-key-recover-heading = Get the key back with the recovery code
org-key-recover-hint = Using the code replaces it with a new one, shown once.
# Label of the field for the organisation's recovery code.
org-key-code-field = Recovery code
# Button.
org-key-recover = Get the key back
org-key-error-exists = Your organisation already has a key.
org-key-error-no-keyring = This member has not signed in since complaints were sealed. They can be given the key after they sign in.
# Keep the numbers.
org-key-error-code-format = A recovery code is 24 letters and digits, in groups of four.
org-key-error-code-wrong = This is not your organisation's recovery code.
org-key-error-none = Your organisation has no key yet.

track-delete-heading = Delete what you wrote
# A promise (what is deleted now, and what the organisations keep): keep its meaning exactly.
track-delete-hint = Your words, your contact details and the messages with the organisations are deleted now, for good. The organisations keep the facts (the agency, the countries, what happened) and their own notes.
# Checkbox the worker must tick before deleting.
track-delete-confirm = I understand this cannot be undone
# Button.
track-delete-submit = Delete what I wrote
# Error when the box track-delete-confirm was not ticked.
track-delete-confirm-required = Tick the box to confirm.
track-deleted = What you wrote has been deleted.

org-retention-heading = How long cases are kept
# A promise: keep its meaning exactly. $days: the organisation's retention, e.g. 365.
org-retention-now = { $days ->
    [one] What workers wrote is destroyed { $days } day after a case is resolved or closed (30 days after a withdrawal).
   *[other] What workers wrote is destroyed { $days } days after a case is resolved or closed (30 days after a withdrawal).
}
# Label of the number of days in org-retention-now.
org-retention-field = Days
# A promise (the facts counted in reports are kept): keep its meaning exactly.
org-retention-hint = From 30 to 3650. The facts the reports count are kept.
# Button.
org-retention-submit = Save
org-retention-saved = Saved.
org-retention-error-days = Enter a number of days from 30 to 3650.

# Follows admin-password-hint in the same paragraph, on an admin's view of a staff account.
admin-password-key-hint = They also lose their organisation's key, and you cannot read their cases: a lead of their organisation gives the key to them again.
# After an error on a case page. $names: usernames of the leads, e.g. "amina, joseph".
sealed-grantors = Leads who can give it: { $names }.
