# Language: English (en), the source every locale translates. Review: written by the team.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

complaint-new-title = File a complaint
complaint-new-heading = File a confidential complaint
complaint-new-intro = Tell us what happened. We send it only to the organisations you choose, in the countries of your journey. Only the recruiter and the two countries are required.
complaint-new-safety = You do not need to give your name, email or phone number. We never ask about your immigration status and never share anything with immigration authorities.
complaint-section-recruiter = Who recruited you
complaint-about = About:
complaint-recruiter-hint = Find the agency in the directory and choose "File a confidential complaint about this recruiter" there, or write the name of the agent or broker below.
complaint-recruiter-find = Search the directory
complaint-recruiter-link = File a confidential complaint about this recruiter
complaint-field-sub-agent = Name of the agent or broker
complaint-sub-agent-hint = A middleman without a licence, for example a village broker. Write the name as you know it.
complaint-field-sub-agent-country = Country where this agent works
complaint-choose = — choose —
complaint-section-journey = Your journey
complaint-field-origin = Country you left from
complaint-field-destination = Country you went to (or were going to)
complaint-field-stage = Where are you now?
complaint-field-sector = Kind of work
complaint-field-occupation = Your job
complaint-field-departure-year = Year you left
complaint-section-danger = Your safety
complaint-field-in-danger = I am in danger now
complaint-in-danger-hint = Tick this if you or others are at risk of harm now. Such complaints are read first. In an emergency, also call the local emergency number.
complaint-field-workers = How many workers does this affect, including you?
complaint-section-issues = What happened
complaint-issues-hint = Tick everything that applies. You can tick none and just write.
complaint-field-description = In your own words
complaint-description-hint = What happened, when, and who was involved. Do not write anything you do not want the organisations to read.
complaint-section-money = Money
complaint-money-hint = Amounts as numbers, for example 1500 or 1500.50.
complaint-field-fee = Fees you paid to get the job
complaint-field-currency = Currency
complaint-field-promised-wage = Monthly wage you were promised
complaint-field-actual-wage = Monthly wage you received in the first month
complaint-field-wage-currency = Currency of the wages
complaint-field-visa-type = Visa type
complaint-costs-hint = What did you pay for? Tick each kind of cost.
complaint-field-lender = Did you borrow money to pay? From whom?
complaint-lender-none = I did not borrow
complaint-section-remedy = What you are asking for
complaint-section-consent = Who may receive your complaint
complaint-consent-hint = Your complaint goes only to the kinds of organisation you tick, and only to those that cover your countries.
complaint-share-labour-inspectorate = Labour inspectorates (government, in the country of work)
complaint-share-origin-authority = Recruitment authorities (government, in your home country)
complaint-share-trade-union = Trade unions
complaint-share-legal-aid = Legal aid organisations
complaint-no-immigration = None of these organisations enforces immigration law.
complaint-section-contact = How we can reach you
complaint-account-hint = "My account" links this complaint to the account you are signed in with. Choose "Only my receipt" to stay anonymous: then nothing links it to your account.
complaint-field-contact = A contact you choose (phone, WhatsApp, email, or a person)
complaint-contact-hint = Only if you chose "A contact I choose". Give one that is safe for you.
complaint-field-safe-times = Safe times to contact you
complaint-contact-consent = Who may see this contact (only organisations that also receive the complaint):
complaint-section-behalf = Filing for a worker
complaint-field-behalf-consent = The worker agreed that I file this complaint for them and to the choices above.
complaint-submit = Send the complaint
complaint-contact-receipt_only = Only my receipt (anonymous)
complaint-contact-account = My account
complaint-contact-contact = A contact I choose

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

complaint-issue-abuse_of_vulnerability = Someone took advantage of my difficult situation
complaint-issue-deception = I was tricked or lied to
complaint-issue-restriction_of_movement = I am not free to go out or leave
complaint-issue-isolation = I am kept away from other people
complaint-issue-physical_sexual_violence = Physical or sexual violence
complaint-issue-intimidation_threats = Threats or intimidation
complaint-issue-retention_of_documents = My passport or ID is kept from me
complaint-issue-withholding_of_wages = My wages are held back
complaint-issue-debt_bondage = I must work to pay off a debt
complaint-issue-abusive_conditions = Very bad working or living conditions
complaint-issue-excessive_overtime = Far too many working hours
complaint-issue-fees_charged = I paid fees to get the job
complaint-issue-job_deception = The job or wage is not what was promised
complaint-issue-contract_substitution = My contract was replaced by another
complaint-issue-no_contract = No contract, or one I could not understand
complaint-issue-documents_retained = The recruiter kept my documents
complaint-issue-wages_unpaid = Wages not paid
complaint-issue-discrimination = Discrimination
complaint-issue-harassment = Harassment
complaint-issue-unlicensed_recruiter = The recruiter had no licence
complaint-stage-before_departure = Still at home, before leaving
complaint-stage-in_transit = On the way
complaint-stage-at_destination = In the country of work
complaint-stage-returned = Back home
complaint-remedy-refund = My money back
complaint-remedy-unpaid_wages = My unpaid wages
complaint-remedy-documents_returned = My documents back
complaint-remedy-repatriation = To go home
complaint-remedy-change_of_employer = To change employer
complaint-remedy-other = Something else

## The receipt

receipt-title = Your receipt
receipt-heading = Your complaint was received
receipt-intro = This is your receipt number:
receipt-once = We show it only now, once. We do not keep it and cannot send it again. Without it, nobody can find your complaint — not even you.
receipt-how-write = Write it down or take a photo, and keep it somewhere safe.
receipt-how-track = To see what happens, answer questions or withdraw, enter it at
receipt-how-safe = Anyone with this number can read the answers to your complaint: do not share it.
receipt-behalf = Give this number to the worker, in a safe way.
receipt-routed = { $count ->
    [one] It was sent to one organisation.
   *[other] It was sent to { $count } organisations.
}
receipt-unrouted = No organisation covering your countries has joined yet. Your complaint is kept, and our administrators are looking for one; check back with your receipt.

## Following a complaint

track-title = Follow your complaint
track-heading = Follow your complaint
track-intro = Enter the 16-digit receipt you were given when you filed the complaint.
track-field-receipt = Receipt number
track-submit = Show my complaint
track-lost = We keep no copy of receipts, so a lost receipt cannot be recovered. You can file the complaint again.
track-received = Received on { $day }.
track-is-withdrawn = You withdrew this complaint.
track-no-referrals = It has not reached any organisation yet. We are looking for one that covers your countries.
track-kind = Kind
track-status = Status
track-opened = Received there
track-outcome = Outcome
track-question-waiting = This organisation is waiting for your answer.
track-from-you = You
track-from-staff = The organisation
track-answer = Your answer
track-add-information = Add information
track-send = Send
track-message-sent = Your message was sent.
track-withdrawn = Your complaint is withdrawn. The organisations were told.
track-withdraw-heading = Withdraw the complaint
track-withdraw-hint = If you withdraw, every organisation closes your complaint. This cannot be undone.
track-withdraw-confirm = Yes, I want to withdraw my complaint
track-withdraw-submit = Withdraw
track-linked-heading = Complaints linked to your account
track-linked-hint = You chose to link these to your account. To answer or withdraw, enter the receipt above.

## Referral statuses, priorities, outcomes

case-status-new = New
case-status-acknowledged = Acknowledged
case-status-investigating = Being investigated
case-status-awaiting_worker = Waiting for the worker
case-status-resolved = Resolved
case-status-closed = Closed
case-close-reason-out_of_jurisdiction = Outside this organisation's responsibility
case-close-reason-unfounded = Not supported by the facts found
case-close-reason-withdrawn = Withdrawn by the worker
case-remedy-money_recovered = Money recovered
case-remedy-documents_returned = Documents returned
case-remedy-licence_action = Action against the recruiter's licence
case-remedy-prosecution_referral = Referred for prosecution
case-remedy-other = Other remedy
case-money-recovered = recovered { $amount }
case-priority-urgent = Urgent
case-priority-high = High
case-priority-normal = Normal
case-priority-low = Low
case-action-acknowledge = Acknowledge
case-action-investigate = Start investigating
case-action-ask_worker = Ask the worker (send a message first)
case-action-resume = Resume the investigation
case-action-resolve = Resolve with an outcome
case-action-close = Close with a reason

## Staff: the queue

inspect-title = Cases
inspect-heading = Your organisation's cases
inspect-filter-status = Status
inspect-filter-priority = Priority
inspect-filter-country = Country (origin or destination)
inspect-filter-recruiter = Recruiter id
inspect-filter-overdue = Overdue only
inspect-filter-submit = Filter
inspect-status-open = Open cases
inspect-status-all = All cases
inspect-priority-any = Any priority
inspect-country-any = Any country
inspect-escalations-heading = Escalations (leads)
inspect-escalations-none = No overdue cases.
inspect-escalation-acknowledge = not acknowledged in time
inspect-escalation-answer = no answer in time
inspect-queue-heading = Queue: most urgent first, then oldest
inspect-empty = No cases match.
inspect-same-recruiter = All cases about this recruiter

## Staff: one case

case-title = Case { $id }
case-back = Back to the cases
case-saved = Saved.
case-withdrawn = The worker withdrew this complaint.
case-on-behalf = Filed by a caseworker on the worker's behalf, with the worker's consent.
case-recruiter-profile = The recruiter's profile
case-in-danger = In danger now
case-overdue = Overdue
case-sub-agent = Unlicensed agent
case-priority = Priority
case-priority-overridden = (set by staff)
case-status = Status
case-collective = Collective case
case-facts-heading = The complaint
case-fact-received = Received
case-fact-corridor = Corridor
case-fact-workers = Workers affected
case-fact-acknowledge-by = Acknowledge by
case-fact-answer-by = Answer by
case-fact-licensing-country = Licensing country
case-fact-sector = Sector
case-fact-occupation = Occupation
case-fact-departure-year = Year of departure
case-fact-stage = Where the worker is now
case-fact-fee = Fees paid for the job
case-fact-promised-wage = Monthly wage promised
case-fact-actual-wage = Wage received in the first month
case-fact-issues = What happened
case-fact-remedies = What the worker asks for
case-fact-description = In the worker's words
case-fact-contact = Contact the worker chose
case-fact-safe-times = Safe times to contact
case-fact-costs = Costs paid for
case-fact-loan = Loan to pay
case-fact-visa-type = Visa type
case-contact-heading = Contact
case-contact-withheld = The worker gave a contact but did not allow your kind of organisation to see it. Write to them through the messages below: they read them with their receipt.
case-contact-none = The worker follows the complaint with their receipt only. Write to them through the messages below.
case-collective-heading = Collective case
case-collective-member = Part of collective case { $id }:
case-same-recruiter = { $count ->
    [0] No other open case here is about this recruiter.
    [one] One other open case here is about this recruiter.
   *[other] { $count } other open cases here are about this recruiter.
}
case-group-submit = Group them into one collective case
case-actions-heading = Next step
case-field-action = Step
case-field-reason = Reason or note (required to close)
case-field-priority-reason = Why (required)
case-field-close-reason = Why it is closed
case-field-remedies = Outcome: remedies obtained
case-field-amount = Money recovered (amount)
case-field-whole-group = Apply to every case of the collective case
case-action-submit = Record this step
case-messages-heading = Messages and notes
case-messages-none = No messages yet.
case-note = Internal note
case-from-worker = From the worker
case-to-worker = To the worker
case-field-message = Message to the worker
case-field-internal = Internal note (the worker never sees it)
case-message-submit = Send
case-priority-heading = Change the priority
case-priority-submit = Change the priority
case-refer-heading = Refer on
case-refer-hint = Opens a case at another organisation. Only kinds of organisation the worker agreed to are offered.
case-field-organisation = Organisation
case-refer-submit = Refer on
case-timeline-heading = Timeline
case-step-opened = Case opened
case-step-referred-on = Referred on to another organisation
case-step-priority = Priority changed
case-step-grouped = Added to a collective case
case-step-escalated = Deadline missed: leads told

## Administrators

unrouted-title = Complaints not yet routed
unrouted-heading = Complaints no organisation received
unrouted-intro = These complaints match no organisation's countries and the kinds the worker agreed to. Add an organisation that covers them. Their content is not shown here.
unrouted-none = Every complaint reached an organisation.
unrouted-recruiter = Recruiter
unrouted-kinds = Kinds agreed to
unrouted-count = Complaints not yet routed
unrouted-route-hint = After adding an organisation that covers them, route the waiting complaints again.
unrouted-route-submit = Route the waiting complaints again
unrouted-routed = { $count ->
    [one] One complaint reached an organisation.
   *[other] { $count } complaints reached an organisation.
}

## Errors

error-complaint-recruiter-required = Choose the recruiter in the directory, or write the name of the agent or broker.
error-complaint-recruiter-both = Give either a recruiter from the directory or an agent's name, not both.
error-complaint-recruiter-unknown = We could not find that recruiter in the directory.
error-complaint-country-required = Choose the country.
error-complaint-corridor-same = The two countries must be different.
error-complaint-year = Give a year such as 2024.
error-complaint-workers = Give a number of workers from 1 to 100,000.
error-complaint-lender = Choose who lent the money, or leave the interest empty.
error-complaint-consent-required = Choose at least one kind of organisation that may receive your complaint.
error-complaint-contact-consent = Your contact can only go to organisations that also receive the complaint.
error-complaint-contact-consent-required = Choose who may see your contact.
error-complaint-contact-required = Write the contact you want to be reached at, or choose "Only my receipt".
error-complaint-account-needed = Sign in to link the complaint to your account, or choose "Only my receipt".
error-complaint-behalf-consent = Confirm that the worker agreed that you file for them.
error-track-receipt-format = A receipt has 16 digits, for example 1234-5678-9012-3456.
error-track-receipt-unknown = No complaint has this receipt. Check the digits and try again.
error-track-referral = This is not one of your complaint's organisations.
error-track-referral-closed = This organisation has closed your complaint; it cannot receive messages.
error-track-withdraw-confirm = Tick the box to confirm that you want to withdraw.
error-case-transition = This step is not possible from the case's current status.
error-case-action-unknown = Choose a step from the list.
error-case-close-reason = Choose why the case is closed.
error-case-reason-required = Write the reason.
error-case-outcome-required = Choose at least one remedy obtained.
error-case-money-required = Give the amount and currency of the money recovered.
error-case-money-unexpected = An amount goes with "Money recovered" only.
error-case-message-required = Write a message.
error-case-priority = Choose a priority from the list.
error-case-refer-self = The case is already at this organisation.
error-case-refer-consent = The worker did not agree to share the complaint with this kind of organisation.
error-case-refer-coverage = This organisation does not work in the countries of this complaint.
error-case-refer-exists = This organisation already has this complaint.
error-case-group-alone = No other open case here is about this recruiter.
error-case-filter = A filter has a value we do not know.

## Evidence (photos, documents, voice notes)
evidence-heading = Photos, documents and voice notes
evidence-hint = Add a photo of a contract, a receipt for a fee, a payslip or a recruiter's message, a PDF, or a voice note. Location data and the phone's details are removed from photos.
evidence-field-files = Files
evidence-files-hint = Photos (JPEG, PNG, WebP), PDF, or voice notes (MP3, Ogg, M4A, AMR); several at a time.
evidence-field-share = Who may see these files
evidence-submit = Send the files
evidence-sent = Your files were added to the complaint.
evidence-location-removed = Location data and the phone's details were removed from your photos.
evidence-choose-again = Nothing was sent. Choose the files again: the browser does not keep them.
evidence-kind-photo = Photo
evidence-kind-document = Document
evidence-kind-voice = Voice note
evidence-size-kb = { $count } KB
error-evidence-type = This kind of file is not accepted. Send photos (JPEG, PNG, WebP), PDF documents or voice notes (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = A file could not be read: it may be damaged, cut short or locked with a password.
error-evidence-pixels = A photo is too large. Send a smaller copy.
error-evidence-too-large = A file is larger than allowed. Send a smaller copy.
error-evidence-too-many = Too many files at once. Send them in several goes.
error-evidence-none = Choose at least one file.
error-evidence-share = Choose who may see the files, among the organisations your complaint went to.
error-evidence-complaint-full = This complaint keeps as many files as it can. Send only the most important.
error-evidence-truncated = The upload was cut off. Try again.
evidence-from-staff = sent to you by the organisation
evidence-sent-by-you = sent by your organisation
evidence-staff-field = Send files to the worker
evidence-staff-hint = A form, a decision or a letter. The worker opens them with their receipt; no other organisation sees them. Photos lose their location data.
evidence-staff-submit = Send to the worker
