# Language: English (en), the source every locale translates. Review: written by the team.
# Notifications: the mails the service sends, the account settings for them and the
# administrators' mail page. A mail says that something happened and links to it; it never
# carries a complaint's words, a worker's name or a receipt.

## Mails

mail-greeting = Hello,
mail-open-link = Sign in to read it:
mail-footer = You receive this mail because your FairRecruit account asked for notifications. You can change the language or stop these mails on your account page:

mail-new-referral-subject = New case for { $organisation }
mail-new-referral-body = A new case has been referred to { $organisation } on FairRecruit.
mail-worker-reply-subject = A worker has answered on a case
mail-worker-reply-body = The worker has added a message to one of your organisation's cases.
mail-overdue-acknowledge-subject = A case is past its acknowledgement deadline
mail-overdue-acknowledge-body = A case of your organisation has not been acknowledged within its deadline.
mail-overdue-answer-subject = A case is past its answer deadline
mail-overdue-answer-body = A case of your organisation has not been answered within its deadline.
mail-complaint-acknowledged-subject = Your complaint has been received
mail-complaint-acknowledged-body = { $organisation } has acknowledged your complaint.
mail-complaint-resolved-subject = Your complaint has an outcome
mail-complaint-resolved-body = { $organisation } has recorded an outcome for your complaint.
mail-review-approved-subject = Your review is published
mail-review-approved-body = Your review of { $recruiter } has been published. Thank you for helping other workers.
mail-review-rejected-subject = Your review was not published
mail-review-rejected-body = Your review of { $recruiter } was not published. Your account page says why.
mail-digest-subject = Your daily FairRecruit summary
mail-digest-body = Since your last summary:
mail-digest-line-new-referral = { $count ->
    [one] { $count } new case
   *[other] { $count } new cases
}
mail-digest-line-worker-reply = { $count ->
    [one] { $count } answer from a worker
   *[other] { $count } answers from workers
}
mail-digest-line-overdue-acknowledge = { $count ->
    [one] { $count } case past its acknowledgement deadline
   *[other] { $count } cases past their acknowledgement deadline
}
mail-digest-line-overdue-answer = { $count ->
    [one] { $count } case past its answer deadline
   *[other] { $count } cases past their answer deadline
}

## Account settings

account-notices-heading = Notifications
account-notices-hint = Mails go to the address above and only say that something changed, never what a complaint says.
account-notices-language = Language of the mails
account-notices-how = How would you like them?
account-notices-each = One mail for each event
account-notices-digest = One summary a day
account-notices-none = No mails
account-notices-submit = Save notification settings
account-notices-saved = Notification settings saved.
error-notices-language = Choose one of the languages in the list.
error-notices-choice = Choose how you would like your notifications.
error-notices-digest-leads = Only an organisation's leads can choose a daily summary.

## Administrators: mail

admin-nav-mail = Mail
admin-mail-title = Mail
admin-mail-heading = Mail notifications
admin-mail-intro = Notifications wait in an outbox until the mail server takes them. A mail that keeps failing, or that the server refuses for good, is given up and listed here with its last error.
admin-mail-pending = Waiting to be sent
admin-mail-dead = Given up
admin-mail-none-dead = No mail has been given up.
admin-mail-retry-all-hint = After mending the mail settings, put every mail below back in line.
admin-mail-retry-all = Try all again
admin-mail-created = Created
admin-mail-kind = Notification
admin-mail-recipient = Recipient
admin-mail-attempts = Tries
admin-mail-error = Last error
admin-mail-retry = Try again
admin-overview-dead-mail = { admin-mail-heading }: { admin-mail-dead }
admin-mail-retried = { $count ->
    [one] One mail is back in line.
   *[other] { $count } mails are back in line.
}
admin-mail-kind-new-referral = New case
admin-mail-kind-worker-reply = Worker's answer
admin-mail-kind-overdue-acknowledge = Acknowledgement overdue
admin-mail-kind-overdue-answer = Answer overdue
admin-mail-kind-complaint-acknowledged = Complaint acknowledged (to the worker)
admin-mail-kind-complaint-resolved = Complaint resolved (to the worker)
admin-mail-kind-review-approved = Review published (to its author)
admin-mail-kind-review-rejected = Review not published (to its author)
admin-mail-kind-digest = Daily summary

## Watchlists

admin-mail-kind-watch-summary = Weekly watchlist summary
mail-watch-summary-subject = Your weekly watchlist summary
mail-watch-summary-body = What changed this week about the recruiters you watch:
mail-watch-line = { $recruiter }: { $changes }
mail-watch-reviews = { $count ->
    [one] { $count } new review
   *[other] { $count } new reviews
}
mail-watch-rating = rating { $from } → { $to }
mail-watch-rating-new = rating now { $to }
mail-watch-complaints = { $count } new complaints
mail-watch-complaints-few = fewer than 5 new complaints
watchlist-title = Watchlist
watchlist-heading = My watchlist
watchlist-intro = Recruiters you follow. Once a week you get one mail saying what changed about them: new reviews, the rating, the licence, new complaints (counts only, never who).
watchlist-empty = You are not watching any recruiter yet.
watchlist-reviews = { $count ->
    [one] { $count } review
   *[other] { $count } reviews
}
watchlist-rating = rating { $rating } out of 5
watchlist-rating-few = too few reviews for a rating
watchlist-remove = Stop watching
watchlist-add-heading = Watch a recruiter
watchlist-add-label = Licence number or FairRecruit id
watchlist-add-hint = The licence number as in the directory, or the id at the end of the recruiter's page address. Up to { $max } recruiters.
watchlist-add-submit = Watch
watchlist-added = Added to your watchlist.
watchlist-removed = Removed from your watchlist.
error-watch-recruiter = No recruiter in the directory has this licence number or id.
error-watch-limit = Your watchlist is full. Stop watching one before adding another.
recruiter-watch-link = Unions and inspectors: add this recruiter to your watchlist

mail-password-reset-subject = Set a new FairRecruit password
mail-password-reset-body = Someone, we hope you, asked to set a new password for your FairRecruit account. The link below works once, for 30 minutes. If it was not you, do nothing: your password stays as it is.
admin-mail-kind-password-reset = Password reset link (to staff)

mail-second-factor-reset-subject = Your FairRecruit two-step sign-in was reset
mail-second-factor-reset-body = An administrator reset the two-step sign-in of your FairRecruit account and signed you out everywhere. At your next sign-in, set up your authenticator app again. If you did not ask for this, tell your administrator at once.
admin-mail-kind-second-factor-reset = Two-step sign-in reset (to staff)
