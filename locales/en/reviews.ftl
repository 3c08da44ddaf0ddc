# Language: English (en), the source every locale translates. Review: written by the team.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

# Page title (browser tab) of the review form.
review-title = Review a recruiter
review-heading = Tell other workers about this recruiter
# A promise (the name is never asked or shown): keep its meaning exactly.
review-intro = Only the journey, the year and your overall rating are needed. Every other part can be skipped. Your name is never asked and never shown.
# A promise: keep its meaning exactly.
review-anonymous-note = You are not signed in: your review is sent without any account, and we do not keep your internet address with it.
# A promise (other people never see who wrote it): keep its meaning exactly.
review-signed-in-note = You are signed in: you can find this review on your account page and change it later. Other people never see who wrote it.
review-errors-below = Some answers need a correction. The messages are next to them; everything you typed is still here.
# Label of a hidden field that only spam robots fill in; people never see it. Translate literally.
review-honeypot = Leave this field empty
# First, empty choice of a drop-down list.
review-choose = Choose…
# Choice in a yes/no question or a list: the worker prefers not to answer.
review-skip = Prefer not to say
# Answer (radio button) to a yes/no question.
review-yes = Yes
# Answer (radio button) to a yes/no question.
review-no = No
review-section-journey = Your journey
review-field-origin = Country you left from
review-field-destination = Country you went to work in
review-field-year = Year you left
# Glossary: sub-agent (broker, middleman), in locales/README.md.
review-field-sub-agent = Name of the sub-agent (broker) you dealt with, if any
review-sub-agent-hint = Many workers deal with a local broker who works for the agency. If you name one, your review counts for the broker, shown as unlicensed.
# Label of a list of sectors of work (review form; the moderator's view).
review-field-sector = Kind of work
review-field-occupation = Your job
review-field-visa = Visa type
# Hint under each 1-to-5 rating.
review-rating-scale = 1 = very bad, 5 = very good.
# Heading of a fold-out part of the form: the costs the worker paid.
review-section-costs = What you paid
# ILO term (Employer Pays Principle): see the glossary in locales/README.md.
review-costs-intro = Under the ILO's Employer Pays Principle, workers should pay no fees or costs for their recruitment. Tell us what you paid anyway, for each kind of cost.
review-field-currency = Currency of all amounts
review-currency-hint = Use one currency for every amount on this page, including your wages, so we can compare what you paid with what you earned.
# Choice for each cost category; also shown to the moderator.
review-paid-yes = I paid for this
# Choice for each cost category; also shown to the moderator.
review-paid-no = I did not pay
# Label of the amount paid for one cost category.
review-field-amount = Amount
# Label of a list: who received the payment (paid-to-*).
review-field-paid-to = Paid to
# A receipt for a payment, not the complaint's receipt number. Glossary: receipt.
review-field-receipt = Did you get a receipt?
# Heading of a fold-out part of the form.
review-section-loan = Loans
review-field-took-loan = Did you borrow money to pay?
# Label of the list of lenders (lender-*).
review-field-lender = Who lent it
# Label (review and complaint forms): monthly interest rate in percent, e.g. 10.
loan-interest-monthly = Interest per month (%)
# Heading of a fold-out part of the form.
review-section-wages = Your wages
review-wages-hint = Monthly amounts, in the same currency as the costs.
review-field-promised-wage = Monthly wage you were promised
# Glossary: first month's wage (locales/README.md): the first full month.
review-field-first-wage = What you received for your first full month
review-first-wage-hint = After taxes and any deductions. Enter 0 if you were not paid.
# Heading of a fold-out part: the yes/no questions (check-*).
review-section-checks = Your contract and your job
# Heading of a fold-out part: the 1-to-5 ratings other than the overall one (rating-*).
review-section-ratings = More ratings
review-field-use-again = Would you use this recruiter again?
# Heading of a fold-out part: the worker's free text.
review-section-text = Your story
# A privacy promise: keep its meaning exactly.
review-text-hint = Do not write names, phone numbers, passport numbers or addresses: a moderator removes them before anyone else reads your review.
# Label of the free text; also a heading on the moderator's page.
review-field-text = What happened
review-field-text-language = Language of your text
# Language of a review's text not in our list; shown beside the review.
review-language-other = Another language
review-moderation-note = A moderator reads every review before it is published.
# Button that sends the review.
review-submit = Send my review
# Button-styled link on a recruiter's profile.
review-write-link = Review this recruiter

# Page title (browser tab) of the page after a review was sent.
review-sent-title = Review received
review-sent-heading = Thank you for your review
review-sent-moderation = Your review was received. A moderator will read it before it is published.
# Followed by the link nav-account ("Account").
review-sent-account = You can follow its status on your account page:
# Shown after a review that reports fees, kept passports, a changed contract or unpaid wages.
review-abuse-heading = What you describe may be against the law
# ILO terms (recruitment fees, contract substitution): see the glossary in locales/README.md.
# A promise (no name needed): keep its meaning exactly.
review-abuse-text = Charging workers recruitment fees, keeping their passports or identity documents, changing the contract after arrival and not paying the promised wage are forbidden by international standards and by the law of many countries. You can make a confidential complaint to an organisation that can act; you do not have to give your name.
# Link to the rights page.
review-abuse-rights-link = Know your rights
# Link back to the recruiter's profile.
review-back-to-recruiter = Back to the recruiter

# Review form errors (error-review-*) are shown next to their field.
error-review-year = Enter the year you left, from 1970 to this year.
# Shown next to one of the 1-to-5 ratings.
error-review-rating = Choose a rating from 1 to 5.
error-review-rating-required = Choose your overall rating from 1 to 5.
error-review-text-long = This text is too long. Shorten it to at most 5,000 characters.
error-review-sub-agent = Write the sub-agent's name with letters, or leave the field empty.
# Next to the language of the text; also an error page for the profile's language filter.
error-review-language = Choose a language from the list.
# Error page text: the page number of a recruiter's review list, in the web address.
error-review-page = The page number must be a whole number from 1 to 1000.
# Only for programs using the API. Keep "JSON".
error-review-json = The request is not valid JSON for a review, or has a field we do not know.
# Only for programs using the API.
error-review-cost-repeated = Each cost category may appear only once.

# ILO term: recruitment fee, the payment for the recruiter's service (see the glossary in
# locales/README.md). A line of the review form, a report row, a case fact.
cost-fee = Recruitment fee
cost-fee-hint = Payment for finding or arranging the job, to whoever took it.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-medical = Medical
cost-medical-hint = Medical examinations, tests, vaccinations.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-insurance = Insurance
cost-insurance-hint = Life, health or safety insurance; migrant welfare funds.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-skills = Skills and language tests
cost-skills-hint = Trade tests, language tests, certificates.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-training = Training and orientation
cost-training-hint = Pre-departure or post-arrival training.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-equipment = Equipment
cost-equipment-hint = Tools, uniforms, safety gear.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-travel = Travel and lodging
cost-travel-hint = Tickets and lodging for interviews, training, visa appointments, the journey and the return.
# ILO cost category (related costs; see the glossary in locales/README.md): a line of the
# review form, a report row, a case fact.
cost-administrative = Documents and permits
cost-administrative-hint = Passport, visa, background checks, exit clearance, bank account, work and residence permits.
# ILO: payments illegitimate in every case, not a related cost (see the glossary in
# locales/README.md). A line of the review form, a report row, a case fact.
cost-illegitimate = Bribes, deposits and bonds
cost-illegitimate-hint = Payments that are illegitimate in every case: bribes, kickbacks, deposits, bonds, extortion.

# Answer to "Paid to" for a cost: the licensed recruitment agency.
paid-to-recruiter = The agency
# Answer to "Paid to" for a cost. Glossary: sub-agent.
paid-to-sub_agent = A sub-agent or broker
# Answer to "Paid to" for a cost.
paid-to-employer = The employer
# Answer to "Paid to" for a cost.
paid-to-other = Someone else

# Answer to "Who lent it" (review) or "From whom?" (complaint): the recruitment agency.
lender-recruiter = The agency
# Answer to "Who lent it": a private moneylender.
lender-moneylender = A moneylender
# Answer to "Who lent it".
lender-bank = A bank
# Answer to "Who lent it".
lender-cooperative = A cooperative or microfinance group
# Answer to "Who lent it".
lender-family = Family or friends
# Answer to "Who lent it".
lender-employer = The employer
# Answer to "Who lent it".
lender-other = Someone else

# Visa type (a choice in the review and complaint forms; a case fact).
visa-work = Work visa
# Visa type: for domestic workers (work in private households).
visa-domestic_work = Domestic worker visa
# Visa type (a choice).
visa-seasonal = Seasonal work visa
# Visa type (a choice): a visit or tourist visa, not meant for work.
visa-visit = Visit or tourist visa
# Visa type (a choice).
visa-student = Student visa
# Visa type (a choice).
visa-other = Another visa

# Yes/no question on the review form; the answers are counted on the scorecard.
check-contract_before_departure = Did you get a written contract before you left?
# Yes/no question on the review form; the answers are counted on the scorecard.
check-contract_understood = Was the contract in a language you understand?
# Yes/no question: contract substitution (an ILO term); counted on the scorecard.
check-contract_substituted = Were you made to sign a different contract after you arrived?
# Yes/no question: retention of documents (an ILO forced labour indicator).
check-documents_kept = Did anyone keep your passport or identity card?
# Yes/no question on the review form; the answers are counted on the scorecard.
check-job_as_promised = Was the job what you were promised?
# Yes/no question on the review form.
check-wage_as_promised = Was the wage what you were promised?
# Yes/no question on the review form.
check-free_to_change_employer = Were you free to change employer?
# Yes/no question on the review form.
check-info_accurate = Was the information you got before leaving accurate?

# A 1-to-5 rating (form and scorecard): how honest the recruiter was about fees and costs.
rating-fees_honesty = Honesty about fees
# A 1-to-5 rating (form and scorecard): how truthful the recruiter was about the job.
rating-job_truth = Truth about the job
# A 1-to-5 rating (form and scorecard): how the recruiter handled the contract and papers.
rating-contract_documents = Contract and documents
# A 1-to-5 rating (form and scorecard): the recruiter's help after the worker arrived.
rating-support_after_arrival = Support after arrival
# The one required 1-to-5 rating (form and scorecard).
rating-overall = Overall rating

# Status of a review: badge on its author's account page and on the moderator's page.
review-status-pending = Waiting for a moderator
# Status of a review: badge on its author's account page and on the moderator's page.
review-status-approved = Published
# Status of a review: badge on its author's account page; the reason follows.
review-status-rejected = Not published

# Why a moderator rejected a review: chosen from a list, shown to the author after
# "Not published —".
reject-reason-not_a_review = It is not a review of this recruiter
# Why a moderator rejected a review; shown to its author.
reject-reason-spam = Advertising or spam
# Why a moderator rejected a review; shown to its author.
reject-reason-abusive = Abusive or threatening language
# Why a moderator rejected a review; shown to its author.
reject-reason-personal_data = Too much personal information to publish
# Why a moderator rejected a review; shown to its author.
reject-reason-duplicate = A copy of another review
# Why a moderator rejected a review; shown to its author.
reject-reason-wrong_recruiter = About a different recruiter
# Why a moderator rejected a review; shown to its author.
reject-reason-other = Another reason

# Heading of a recruiter's summary figures on its profile.
score-heading = Scorecard
score-no-reviews = No published reviews yet.
# The headline rating. $rating: one decimal, e.g. 3.8.
score-rating-out-of-five = { $rating } out of 5
# Lowercase, after the rating: "3.8 out of 5 from 12 reviews". $count: published reviews.
score-review-count = { $count ->
    [one] from { $count } review
   *[other] from { $count } reviews
}
score-rating-explained = The rating leans towards the average of all recruiters until enough workers have reviewed this one, so a few reviews cannot make it look very good or very bad.
# Scorecard line: the plain average of the overall ratings (the headline one is adjusted).
score-rating-mean = Average overall rating
# Scorecard line with a percentage. ILO terms (recruitment fees, related costs): see the glossary.
score-share-charged = Workers charged a fee or cost
# Scorecard line with a percentage of workers, e.g. 40%.
score-share-documents = Workers whose passport or ID was kept
# Scorecard line with a percentage of workers (contract substitution).
score-share-substituted = Workers whose contract was changed
# Scorecard line with a percentage of workers.
score-share-job-not = Workers whose job was not as promised
# Scorecard line with a percentage of workers.
score-share-again = Workers who would use them again
# Scorecard line. $currency: a currency code, e.g. NPR.
score-median-cost = Median total paid ({ $currency })
# Scorecard line: the median of each worker's cost ÷ first month's wage (glossary).
score-median-ratio = Median cost compared with the first month's wage
# The value of score-median-ratio. $months: a decimal number as text, e.g. 2.5.
score-months-of-wages = { $months } months of wages
# In place of a figure about fewer than 5 workers.
score-withheld = Not enough reviews yet
# A promise (the k = 5 rule): keep its meaning exactly.
score-k-explained = A figure appears once at least 5 workers have answered, so that no one can be recognised.

# Label of a list of languages above the reviews on a profile.
review-language-filter = Show reviews written in
# First choice in the language list: no filter.
review-language-any = Any language
# Button that applies the language filter.
review-language-filter-submit = Show
review-list-empty = No published reviews yet.
# At the top of each review. $rating: the worker's overall rating, 1 to 5.
review-rating-line = Rated { $rating } of 5
# Lowercase, in a review's line: "Rated 4 of 5 · Nepal → Qatar · left in 2023".
# $year: the year the worker left.
review-departed = left in { $year }
review-would-use-again = Would use this recruiter again.
review-would-not-use-again = Would not use this recruiter again.

# Kind of personal data found in a review's text, in brackets for the moderator.
pii-phone = Phone number
# Kind of personal data found in a review's text, in brackets for the moderator.
pii-email = Email address
# Kind of personal data found in a review's text, in brackets for the moderator.
pii-passport = Passport or ID number
# Kind of personal data found in a review's text, in brackets for the moderator: a link.
pii-url = Web address

# Page title of the moderation queue; also a link on a moderator's account page.
moderate-title = Moderation
moderate-heading = Reviews waiting for moderation
# $count: reviews waiting for a moderator, e.g. 4.
moderate-pending-count = { $count ->
    [one] { $count } review waiting, oldest first.
   *[other] { $count } reviews waiting, oldest first.
}
moderate-empty = No review is waiting.
moderate-approved = The review is published.
moderate-rejected = The review was rejected.
moderate-gone = Another moderator already decided on that review.
# Page title (browser tab).
moderate-review-title = Moderate a review
moderate-review-heading = Review waiting for moderation
# Link back to the moderation queue.
moderate-back = Back to the queue
# Followed by the review's status (review-status-*).
moderate-status = Status:
# Label in the moderator's view: origin → destination countries (glossary: corridor).
moderate-corridor = Journey
# Followed by the sub-agent's name.
moderate-sub-agent-note = This review names a sub-agent; once published it counts for:
moderate-no-text = The worker wrote no text.
# A review collected by someone else and loaded by an import; $who: the collector as the import gave it, e.g. "Migrant Resource Centre Kathmandu".
moderate-collected-paper = Collected on paper by { $who }
moderate-collected-partner = Sent by the partner organisation { $who }
moderate-collected-phone = Collected by telephone by { $who }
# $batch: the name of the import that loaded the review, e.g. "rv-3f2a9c01b7de" (an operator can withdraw a batch before approval).
moderate-collected-batch = Import batch { $batch }
# Label of the checkboxes, one per personal-data item found. Keep "[…]" as it is.
moderate-redact-found = Personal data found: ticked items are replaced by […] when you publish
# Label of a text field.
moderate-redact-text = Also remove this exact text
# Keep "[…]" as it is.
moderate-redact-text-hint = Every place it appears is replaced by […]. Leave empty if nothing else needs removing.
# Button: publish the review.
moderate-approve = Publish
# Label of the list of reasons (reject-reason-*).
moderate-reason = Reason for rejecting
# Button.
moderate-reject = Reject
# Moderation form error.
moderate-error-span = That personal-data item is no longer in the text. Reload the page.
# Moderation form error.
moderate-error-redact-text = The text to remove is too long or contains control characters.
# Moderation form error.
moderate-error-redact-missing = The text to remove does not appear in the review.
# Moderation form error.
moderate-error-reason = Choose a reason for rejecting.

account-reviews-heading = Your reviews
account-reviews-none = You have not reviewed a recruiter yet.
# Link after each of the worker's own reviews on the account page: edit it.
account-review-edit = Change
# Lowercase, in the list of your reviews. $year: the year the worker left, e.g. 2023.
account-review-year = left in { $year }
# Button-styled link on the page shown after a review was sent.
review-abuse-complaint-link = Make a confidential complaint
# A promise (no name needed; the worker chooses who sees it): keep its meaning exactly.
review-abuse-complaint-hint = The complaint form opens with what you wrote in this review. You check it, add what happened, and choose who may see it. You do not have to give your name.
moderate-changed = Its author changed this review after you opened it. Read it again below, then decide.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
# Label of an optional field.
review-field-gender = Gender
# A promise: keep its meaning exactly.
review-gender-hint = Optional. It is never shown with your review: it is only counted in reports about groups of at least 5 workers.
# Gender (an optional choice); only counted in reports.
gender-woman = Woman
# Gender (an optional choice); only counted in reports.
gender-man = Man
# Gender (an optional choice); only counted in reports.
gender-another = Another gender
# Page title and heading: sub-agent names workers typed, waiting for approval.
moderate-names-title = Names waiting for the directory
moderate-names-hint = Workers named these sub-agents in complaints or reviews. A name you approve joins the public directory at the next weekly publication. Refuse insults, the names of private people and anything that is not a recruiter.
moderate-names-empty = No name is waiting.
# Followed by the names of similar listed agencies.
moderate-names-looks-like = Looks like a listed agency:
# Button.
moderate-names-approve = Approve
# Button.
moderate-names-refuse = Refuse
moderate-names-approved = Approved: the name joins the directory at the next weekly publication.
moderate-names-refused = Refused: the name stays out of the directory.
moderate-names-gone = Another moderator already decided on that name.
moderate-names-more = More names are waiting: decide on these to see the next ones.
