# Language: English (en), the source every locale translates. Review: written by the team.
# Sealed cases (issue 14): who can open a complaint's words, and an organisation's key.

sealed-open = The case's words are open to you.
sealed-unreadable = (sealed: cannot be opened here)
error-sealed-sign-in-again = This session cannot open sealed case content. Sign out and sign in again.
error-sealed-not-given = You do not hold your organisation's key yet. A lead of your organisation can give it to you on the organisation's key page.
error-sealed-waiting = This case reached your organisation after it was filed; its words open for you when the worker next looks at it with their receipt.
error-sealed-destroyed = What the worker wrote has been deleted.
error-sealed-no-key = Your organisation has no key yet. A lead makes it on the organisation's key page.

track-your-words = What you wrote

org-key-link = Your organisation's key
org-key-title = Your organisation's key
org-key-intro = Complaints are stored sealed. Only members who hold your organisation's key can read what workers wrote to you; administrators cannot.
org-key-none = Your organisation has no key yet, so nothing can be sealed for it.
org-key-make = Make the key
org-key-you-hold = You hold the key.
org-key-you-lack = You do not hold the key. Ask a lead of your organisation to give it to you.
org-key-members = Members
org-key-lead = lead
org-key-holds = holds the key
org-key-lacks = does not hold the key
org-key-not-signed-in = has not signed in since complaints were sealed
org-key-give = Give the key
org-key-given = The key was given.
org-key-code-heading = Your organisation's recovery code
org-key-code-hint = Write it down and keep it somewhere safe, away from this computer. It is shown only this once. If every lead loses their password, it gives the key back.
org-key-recover-heading = Get the key back with the recovery code
org-key-recover-hint = Using the code replaces it with a new one, shown once.
org-key-code-field = Recovery code
org-key-recover = Get the key back
org-key-error-exists = Your organisation already has a key.
org-key-error-no-keyring = This member has not signed in since complaints were sealed. They can be given the key after they sign in.
org-key-error-code-format = A recovery code is 24 letters and digits, in groups of four.
org-key-error-code-wrong = This is not your organisation's recovery code.
org-key-error-none = Your organisation has no key yet.

track-delete-heading = Delete what you wrote
track-delete-hint = Your words, your contact details and the messages with the organisations are deleted now, for good. The organisations keep the facts (the agency, the countries, what happened) and their own notes.
track-delete-confirm = I understand this cannot be undone
track-delete-submit = Delete what I wrote
track-delete-confirm-required = Tick the box to confirm.
track-deleted = What you wrote has been deleted.

org-retention-heading = How long cases are kept
org-retention-now = { $days ->
    [one] What workers wrote is destroyed { $days } day after a case is resolved or closed (30 days after a withdrawal).
   *[other] What workers wrote is destroyed { $days } days after a case is resolved or closed (30 days after a withdrawal).
}
org-retention-field = Days
org-retention-hint = From 30 to 3650. The facts the reports count are kept.
org-retention-submit = Save
org-retention-saved = Saved.
org-retention-error-days = Enter a number of days from 30 to 3650.

admin-password-key-hint = They also lose their organisation's key, and you cannot read their cases: a lead of their organisation gives the key to them again.
sealed-grantors = Leads who can give it: { $names }.
