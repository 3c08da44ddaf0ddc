# Language: English (en), the source every locale translates. Review: written by the team.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

# First line of every mail. No name follows: mails never carry names.
mail-greeting = Hello,
# In every mail; the link follows on the next line.
mail-open-link = Sign in to read it:
# End of every mail; the address of the account page follows.
mail-footer = You receive this mail because your FairRecruit account asked for notifications. You can change the language or stop these mails on your account page:

# Email subject line: short, on one line. To staff.
# $organisation: the receiving organisation's name, e.g. "Doha Labour Inspectorate".
mail-new-referral-subject = New case for { $organisation }
# To staff. $organisation: the receiving organisation's name, e.g. "Doha Labour Inspectorate".
mail-new-referral-body = A new case has been referred to { $organisation } on FairRecruit.
# Email subject line: short, on one line. To staff.
mail-worker-reply-subject = A worker has answered on a case
mail-worker-reply-body = The worker has added a message to one of your organisation's cases.
# Email subject line: short, on one line. To staff.
mail-overdue-acknowledge-subject = A case is past its acknowledgement deadline
mail-overdue-acknowledge-body = A case of your organisation has not been acknowledged within its deadline.
# Email subject line: short, on one line. To staff.
mail-overdue-answer-subject = A case is past its answer deadline
mail-overdue-answer-body = A case of your organisation has not been answered within its deadline.
# Email subject line: short, on one line. To the worker: an organisation acknowledged it.
mail-complaint-acknowledged-subject = Your complaint has been received
# To the worker. $organisation: the organisation's name, e.g. "Doha Labour Inspectorate".
mail-complaint-acknowledged-body = { $organisation } has acknowledged your complaint.
# Email subject line: short, on one line. To the worker.
mail-complaint-resolved-subject = Your complaint has an outcome
# To the worker. $organisation: the organisation's name, e.g. "Doha Labour Inspectorate".
mail-complaint-resolved-body = { $organisation } has recorded an outcome for your complaint.
# Email subject line: short, on one line. To the review's author.
mail-review-approved-subject = Your review is published
# To the review's author. $recruiter: the agency's name, e.g. "Everest Manpower".
mail-review-approved-body = Your review of { $recruiter } has been published. Thank you for helping other workers.
# Email subject line: short, on one line. To the review's author.
mail-review-rejected-subject = Your review was not published
# To the review's author. $recruiter: the agency's name, e.g. "Everest Manpower".
mail-review-rejected-body = Your review of { $recruiter } was not published. Your account page says why.
# Email subject line: short, on one line. The daily summary, for an organisation's leads.
mail-digest-subject = Your daily FairRecruit summary
# Followed by one line per kind of event (mail-digest-line-*).
mail-digest-body = Since your last summary:
# A line of the daily summary. $count: new cases, e.g. 3.
mail-digest-line-new-referral = { $count ->
    [one] { $count } new case
   *[other] { $count } new cases
}
# A line of the daily summary. $count: workers' answers, e.g. 3.
mail-digest-line-worker-reply = { $count ->
    [one] { $count } answer from a worker
   *[other] { $count } answers from workers
}
# A line of the daily summary. $count: cases not acknowledged in time, e.g. 3.
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } case past its acknowledgement deadline
   *[other] { $count } cases past their acknowledgement deadline
}
# A line of the daily summary. $count: cases not answered in time, e.g. 3.
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } case past its answer deadline
   *[other] { $count } cases past their answer deadline
}

## Account settings

account-notices-heading = Notifications
# A promise (mails never say what a complaint says): keep its meaning exactly.
account-notices-hint = Mails go to the address above and only say that something changed, never what a complaint says.
# Label of a list of languages: the language the mails are written in.
account-notices-language = Language of the mails
# Label of the three choices below.
account-notices-how = How would you like them?
# Choice (radio button).
account-notices-each = One mail for each event
# Choice (radio button); only for an organisation's leads.
account-notices-digest = One summary a day
# Choice (radio button).
account-notices-none = No mails
# Button.
account-notices-submit = Save notification settings
account-notices-saved = Notification settings saved.
# Account page error (notification settings).
error-notices-language = Choose one of the languages in the list.
# Account page error (notification settings).
error-notices-choice = Choose how you would like your notifications.
error-notices-digest-leads = Only an organisation's leads can choose a daily summary.

## Administrators: mail

# Admin menu link to the page of mail notifications.
admin-nav-mail = Mail
# Page title (browser tab).
admin-mail-title = Mail
admin-mail-heading = Mail notifications
admin-mail-intro = Notifications wait in an outbox until the mail server takes them. A mail that keeps failing, or that the server refuses for good, is given up and listed here with its last error.
# Label of a number: mails waiting to be sent.
admin-mail-pending = Waiting to be sent
# Label of a number: mails given up after failing; also part of admin-overview-dead-mail.
admin-mail-dead = Given up
admin-mail-none-dead = No mail has been given up.
admin-mail-retry-all-hint = After mending the mail settings, put every mail below back in line.
# Button.
admin-mail-retry-all = Try all again
# Column header: when the mail was created.
admin-mail-created = Created
# Column header: which kind of notification (admin-mail-kind-*).
admin-mail-kind = Notification
# Column header.
admin-mail-recipient = Recipient
# Column header: how many times sending was tried.
admin-mail-attempts = Tries
# Column header: the mail server's last error message.
admin-mail-error = Last error
# Column header and the button in that column: send this mail again.
admin-mail-retry = Try again
# Label on the admin overview, built from two other messages: keep { admin-mail-heading }
# and { admin-mail-dead } as they are.
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
# $count: the mails put back in the queue, e.g. 4.
admin-mail-retried = { $count ->
    [one] One mail is back in line.
   *[other] { $count } mails are back in line.
}
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-new-referral = New case
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-worker-reply = Worker's answer
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-overdue-acknowledge = Acknowledgement overdue
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-overdue-answer = Answer overdue
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-complaint-acknowledged = Complaint acknowledged (to the worker)
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-complaint-resolved = Complaint resolved (to the worker)
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-review-approved = Review published (to its author)
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-review-rejected = Review not published (to its author)
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-digest = Daily summary

## Watchlists

# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-watch-summary = Weekly watchlist summary
# Email subject line: short, on one line. To union officers and inspectors who watch recruiters.
mail-watch-summary-subject = Your weekly watchlist summary
# Followed by one line per recruiter (mail-watch-line).
mail-watch-summary-body = What changed this week about the recruiters you watch:
# $recruiter: the agency's name, e.g. "Everest Manpower"; $changes: a list joined with
# list-separator, e.g. "2 new reviews, rating 3.1 → 2.4, Licence suspended".
mail-watch-line = { $recruiter }: { $changes }
# Part of $changes in mail-watch-line. $count: new published reviews, e.g. 2.
mail-watch-reviews = { $count ->
    [one] { $count } new review
   *[other] { $count } new reviews
}
# Part of $changes in mail-watch-line. $from, $to: the rating before and now (out of 5),
# e.g. 3.1 and 2.4.
mail-watch-rating = rating { $from } → { $to }
# Part of $changes in mail-watch-line, when there was no rating before. $to: e.g. 3.8.
mail-watch-rating-new = rating now { $to }
# Part of $changes in mail-watch-line. $count: new complaints, rounded to 5 and never
# below 5, e.g. 10.
mail-watch-complaints = { $count } new complaints
# Part of $changes in mail-watch-line: 1 to 4 new complaints (the exact number is hidden
# to protect workers).
mail-watch-complaints-few = fewer than 5 new complaints
# Page title (browser tab).
watchlist-title = Watchlist
# Heading of the watchlist page; also a link on the account page.
watchlist-heading = My watchlist
# A promise (counts only, never who): keep its meaning exactly.
watchlist-intro = Recruiters you follow. Once a week you get one mail saying what changed about them: new reviews, the rating, the licence, new complaints (counts only, never who).
watchlist-empty = You are not watching any recruiter yet.
# In the list, after the recruiter's name and licence status. $count: published reviews, e.g. 12.
watchlist-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
# In the list, after the number of reviews. $rating: e.g. 3.8.
watchlist-rating = rating { $rating } out of 5
# In the list, in place of the rating when there are fewer than 5 reviews.
watchlist-rating-few = too few reviews for a rating
# Button beside each watched recruiter.
watchlist-remove = Stop watching
watchlist-add-heading = Watch a recruiter
# Label of the field where one types a licence number or a recruiter's id.
watchlist-add-label = Licence number or FairRecruit id
# $max: how many recruiters one account can watch, e.g. 200.
watchlist-add-hint = The licence number as in the directory, or the id at the end of the recruiter's page address. Up to { $max } recruiters.
# Button.
watchlist-add-submit = Watch
watchlist-added = Added to your watchlist.
watchlist-removed = Removed from your watchlist.
error-watch-recruiter = No recruiter in the directory has this licence number or id.
error-watch-limit = Your watchlist is full. Stop watching one before adding another.
# Link on a recruiter's profile.
recruiter-watch-link = Unions and inspectors: add this recruiter to your watchlist

# Email subject line: short, on one line. To staff who asked for a password-reset link.
mail-password-reset-subject = Set a new FairRecruit password
# The link follows.
mail-password-reset-body = Someone, we hope you, asked to set a new password for your FairRecruit account. The link below works once, for 30 minutes. If it was not you, do nothing: your password stays as it is.
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-password-reset = Password reset link (to staff)

# Email subject line: short, on one line. To a staff member.
mail-second-factor-reset-subject = Your FairRecruit two-step sign-in was reset
mail-second-factor-reset-body = An administrator reset the two-step sign-in of your FairRecruit account and signed you out everywhere. At your next sign-in, set up your authenticator app again. If you did not ask for this, tell your administrator at once.
# Kind of notification, in the Notification column of the admin mail page.
admin-mail-kind-second-factor-reset = Two-step sign-in reset (to staff)
# Kind of notification, in the Notification column of the admin mail page: a signed status webhook to the intake partner that filed the complaint.
admin-mail-kind-webhook-acknowledged = Status webhook: acknowledged (to the intake partner)
# Kind of notification, in the Notification column of the admin mail page: a signed status webhook to the intake partner that filed the complaint.
admin-mail-kind-webhook-question = Status webhook: message for the worker (to the intake partner)
# Kind of notification, in the Notification column of the admin mail page: a signed status webhook to the intake partner that filed the complaint.
admin-mail-kind-webhook-resolved = Status webhook: resolved (to the intake partner)
# Kind of notification, in the Notification column of the admin mail page: a signed status webhook to the intake partner that filed the complaint.
admin-mail-kind-webhook-closed = Status webhook: closed (to the intake partner)
