# Language: English (en), the source every locale translates. Review: written by the team.
## Reviews of recruiters: the form, the scorecard, the list, moderation.

review-title = Review a recruiter
review-heading = Tell other workers about this recruiter
review-intro = Only the journey, the year and your overall rating are needed. Every other part can be skipped. Your name is never asked and never shown.
review-anonymous-note = You are not signed in: your review is sent without any account, and we do not keep your internet address with it.
review-signed-in-note = You are signed in: you can find this review on your account page and change it later. Other people never see who wrote it.
review-errors-below = Some answers need a correction. The messages are next to them; everything you typed is still here.
review-honeypot = Leave this field empty
review-choose = Choose…
review-skip = Prefer not to say
review-yes = Yes
review-no = No
review-section-journey = Your journey
review-field-origin = Country you left from
review-field-destination = Country you went to work in
review-field-year = Year you left
review-field-sub-agent = Name of the sub-agent (broker) you dealt with, if any
review-sub-agent-hint = Many workers deal with a local broker who works for the agency. If you name one, your review counts for the broker, shown as unlicensed.
review-field-sector = Kind of work
review-field-occupation = Your job
review-field-visa = Visa type
review-rating-scale = 1 = very bad, 5 = very good.
review-section-costs = What you paid
review-costs-intro = Under the ILO's Employer Pays Principle, workers should pay no fees or costs for their recruitment. Tell us what you paid anyway, for each kind of cost.
review-field-currency = Currency of all amounts
review-currency-hint = Use one currency for every amount on this page, including your wages, so we can compare what you paid with what you earned.
review-paid-yes = I paid for this
review-paid-no = I did not pay
review-field-amount = Amount
review-field-paid-to = Paid to
review-field-receipt = Did you get a receipt?
review-section-loan = Loans
review-field-took-loan = Did you borrow money to pay?
review-field-lender = Who lent it
loan-interest-monthly = Interest per month (%)
review-section-wages = Your wages
review-wages-hint = Monthly amounts, in the same currency as the costs.
review-field-promised-wage = Monthly wage you were promised
review-field-first-wage = What you received for your first full month
review-first-wage-hint = After taxes and any deductions. Enter 0 if you were not paid.
review-section-checks = Your contract and your job
review-section-ratings = More ratings
review-field-use-again = Would you use this recruiter again?
review-section-text = Your story
review-text-hint = Do not write names, phone numbers, passport numbers or addresses: a moderator removes them before anyone else reads your review.
review-field-text = What happened
review-field-text-language = Language of your text
review-language-other = Another language
review-moderation-note = A moderator reads every review before it is published.
review-submit = Send my review
review-write-link = Review this recruiter

review-sent-title = Review received
review-sent-heading = Thank you for your review
review-sent-moderation = Your review was received. A moderator will read it before it is published.
review-sent-account = You can follow its status on your account page:
review-abuse-heading = What you describe may be against the law
review-abuse-text = Charging workers recruitment fees, keeping their passports or identity documents, changing the contract after arrival and not paying the promised wage are forbidden by international standards and by the law of many countries. You can make a confidential complaint to an organisation that can act; you do not have to give your name.
review-abuse-rights-link = Know your rights
review-back-to-recruiter = Back to the recruiter

error-review-year = Enter the year you left, from 1970 to this year.
error-review-rating = Choose a rating from 1 to 5.
error-review-rating-required = Choose your overall rating from 1 to 5.
error-review-text-long = This text is too long. Shorten it to at most 5,000 characters.
error-review-sub-agent = Write the sub-agent's name with letters, or leave the field empty.
error-review-language = Choose a language from the list.
error-review-page = The page number must be a whole number from 1 to 1000.
error-review-json = The request is not valid JSON for a review, or has a field we do not know.
error-review-cost-repeated = Each cost category may appear only once.

cost-fee = Recruitment fee
cost-fee-hint = Payment for finding or arranging the job, to whoever took it.
cost-medical = Medical
cost-medical-hint = Medical examinations, tests, vaccinations.
cost-insurance = Insurance
cost-insurance-hint = Life, health or safety insurance; migrant welfare funds.
cost-skills = Skills and language tests
cost-skills-hint = Trade tests, language tests, certificates.
cost-training = Training and orientation
cost-training-hint = Pre-departure or post-arrival training.
cost-equipment = Equipment
cost-equipment-hint = Tools, uniforms, safety gear.
cost-travel = Travel and lodging
cost-travel-hint = Tickets and lodging for interviews, training, visa appointments, the journey and the return.
cost-administrative = Documents and permits
cost-administrative-hint = Passport, visa, background checks, exit clearance, bank account, work and residence permits.
cost-illegitimate = Bribes, deposits and bonds
cost-illegitimate-hint = Payments that are illegitimate in every case: bribes, kickbacks, deposits, bonds, extortion.

paid-to-recruiter = The agency
paid-to-sub_agent = A sub-agent or broker
paid-to-employer = The employer
paid-to-other = Someone else

lender-recruiter = The agency
lender-moneylender = A moneylender
lender-bank = A bank
lender-cooperative = A cooperative or microfinance group
lender-family = Family or friends
lender-employer = The employer
lender-other = Someone else

visa-work = Work visa
visa-domestic_work = Domestic worker visa
visa-seasonal = Seasonal work visa
visa-visit = Visit or tourist visa
visa-student = Student visa
visa-other = Another visa

check-contract_before_departure = Did you get a written contract before you left?
check-contract_understood = Was the contract in a language you understand?
check-contract_substituted = Were you made to sign a different contract after you arrived?
check-documents_kept = Did anyone keep your passport or identity card?
check-job_as_promised = Was the job what you were promised?
check-wage_as_promised = Was the wage what you were promised?
check-free_to_change_employer = Were you free to change employer?
check-info_accurate = Was the information you got before leaving accurate?

rating-fees_honesty = Honesty about fees
rating-job_truth = Truth about the job
rating-contract_documents = Contract and documents
rating-support_after_arrival = Support after arrival
rating-overall = Overall rating

review-status-pending = Waiting for a moderator
review-status-approved = Published
review-status-rejected = Not published

reject-reason-not_a_review = It is not a review of this recruiter
reject-reason-spam = Advertising or spam
reject-reason-abusive = Abusive or threatening language
reject-reason-personal_data = Too much personal information to publish
reject-reason-duplicate = A copy of another review
reject-reason-wrong_recruiter = About a different recruiter
reject-reason-other = Another reason

score-heading = Scorecard
score-no-reviews = No published reviews yet.
score-rating-out-of-five = { $rating } out of 5
score-review-count = { $count ->
    [one] from { $count } review
   *[other] from { $count } reviews
}
score-rating-explained = The rating leans towards the average of all recruiters until enough workers have reviewed this one, so a few reviews cannot make it look very good or very bad.
score-rating-mean = Average overall rating
score-share-charged = Workers charged a fee or cost
score-share-documents = Workers whose passport or ID was kept
score-share-substituted = Workers whose contract was changed
score-share-job-not = Workers whose job was not as promised
score-share-again = Workers who would use them again
score-median-cost = Median total paid ({ $currency })
score-median-ratio = Median cost compared with the first month's wage
score-months-of-wages = { $months } months of wages
score-withheld = Not enough reviews yet
score-k-explained = A figure appears once at least 5 workers have answered, so that no one can be recognised.

review-language-filter = Show reviews written in
review-language-any = Any language
review-language-filter-submit = Show
review-list-empty = No published reviews yet.
review-rating-line = Rated { $rating } of 5
review-departed = left in { $year }
review-would-use-again = Would use this recruiter again.
review-would-not-use-again = Would not use this recruiter again.

pii-phone = Phone number
pii-email = Email address
pii-passport = Passport or ID number
pii-url = Web address

moderate-title = Moderation
moderate-heading = Reviews waiting for moderation
moderate-pending-count = { $count ->
    [one] { $count } review waiting, oldest first.
   *[other] { $count } reviews waiting, oldest first.
}
moderate-empty = No review is waiting.
moderate-approved = The review is published.
moderate-rejected = The review was rejected.
moderate-gone = Another moderator already decided on that review.
moderate-review-title = Moderate a review
moderate-review-heading = Review waiting for moderation
moderate-back = Back to the queue
moderate-status = Status:
moderate-corridor = Journey
moderate-sub-agent-note = This review names a sub-agent; once published it counts for:
moderate-no-text = The worker wrote no text.
moderate-redact-found = Personal data found: ticked items are replaced by […] when you publish
moderate-redact-text = Also remove this exact text
moderate-redact-text-hint = Every place it appears is replaced by […]. Leave empty if nothing else needs removing.
moderate-approve = Publish
moderate-reason = Reason for rejecting
moderate-reject = Reject
moderate-error-span = That personal-data item is no longer in the text. Reload the page.
moderate-error-redact-text = The text to remove is too long or contains control characters.
moderate-error-redact-missing = The text to remove does not appear in the review.
moderate-error-reason = Choose a reason for rejecting.

account-reviews-heading = Your reviews
account-reviews-none = You have not reviewed a recruiter yet.
account-review-edit = Change
account-review-year = left in { $year }
review-abuse-complaint-link = Make a confidential complaint
review-abuse-complaint-hint = The complaint form opens with what you wrote in this review. You check it, add what happened, and choose who may see it. You do not have to give your name.
moderate-changed = Its author changed this review after you opened it. Read it again below, then decide.

## The worker's gender: optional, never shown on a review (only counted, k = 5).
review-field-gender = Gender
review-gender-hint = Optional. It is never shown with your review: it is only counted in reports about groups of at least 5 workers.
gender-woman = Woman
gender-man = Man
gender-another = Another gender
moderate-names-title = Names waiting for the directory
moderate-names-hint = Workers named these sub-agents in complaints or reviews. A name you approve joins the public directory at the next weekly publication. Refuse insults, the names of private people and anything that is not a recruiter.
moderate-names-empty = No name is waiting.
moderate-names-looks-like = Looks like a listed agency:
moderate-names-approve = Approve
moderate-names-refuse = Refuse
moderate-names-approved = Approved: the name joins the directory at the next weekly publication.
moderate-names-refused = Refused: the name stays out of the directory.
moderate-names-gone = Another moderator already decided on that name.
moderate-names-more = More names are waiting: decide on these to see the next ones.
