# Language: English (en), the source every locale translates. Review: written by the team.
# Complaints: intake, receipts, following a complaint, and the staff's cases.

## The intake form

# Page title (browser tab) of the complaint form.
complaint-new-title = File a complaint
complaint-new-heading = File a confidential complaint
# A promise (sent only to the organisations the worker chooses): keep its meaning exactly.
complaint-new-intro = Tell us what happened. We send it only to the organisations you choose, in the countries of your journey. Only the recruiter and the two countries are required.
# A promise: keep its meaning exactly.
complaint-new-safety = You do not need to give your name, email or phone number. We never ask about your immigration status and never share anything with immigration authorities.
complaint-section-recruiter = Who recruited you
# Followed by the recruiter's name, e.g. "About: Everest Manpower".
complaint-about = About:
# Quotes complaint-recruiter-link: use the same words. The link complaint-recruiter-find follows.
complaint-recruiter-hint = Find the agency in the directory and choose "File a confidential complaint about this recruiter" there, or write the name of the agent or broker below.
# Link to the directory, after complaint-recruiter-hint.
complaint-recruiter-find = Search the directory
# Link on a recruiter's profile; complaint-recruiter-hint quotes it: keep both the same.
complaint-recruiter-link = File a confidential complaint about this recruiter
# Glossary: sub-agent (broker, middleman), in locales/README.md.
complaint-field-sub-agent = Name of the agent or broker
complaint-sub-agent-hint = A middleman without a licence, for example a village broker. Write the name as you know it.
complaint-field-sub-agent-country = Country where this agent works
# First, empty choice of a drop-down list (keep the dashes, or use your usual equivalent).
complaint-choose = — choose —
complaint-section-journey = Your journey
complaint-field-origin = Country you left from
complaint-field-destination = Country you went to (or were going to)
# Label of a choice: still at home, on the way, in the country of work, back home.
complaint-field-stage = Where are you now?
# Label of a list of sectors of work (sector-* in account.ftl).
complaint-field-sector = Kind of work
complaint-field-occupation = Your job
complaint-field-departure-year = Year you left
complaint-section-danger = Your safety
# Checkbox; such complaints are read first. Keep it in the first person.
complaint-field-in-danger = I am in danger now
complaint-in-danger-hint = Tick this if you or others are at risk of harm now. Such complaints are read first. In an emergency, also call the local emergency number.
complaint-field-workers = How many workers does this affect, including you?
complaint-section-issues = What happened
complaint-issues-hint = Tick everything that applies. You can tick none and just write.
complaint-field-description = In your own words
# A privacy warning: keep its meaning exactly.
complaint-description-hint = What happened, when, and who was involved. Do not write anything you do not want the organisations to read.
complaint-section-money = Money
# Keep the example numbers as they are: they show what the fields accept.
complaint-money-hint = Amounts as numbers, for example 1500 or 1500.50.
# ILO term (recruitment fees): see the glossary in locales/README.md.
complaint-field-fee = Fees you paid to get the job
# Label beside an amount (the fees on the complaint form; money recovered on a case).
complaint-field-currency = Currency
complaint-field-promised-wage = Monthly wage you were promised
# Glossary: first month's wage (locales/README.md).
complaint-field-actual-wage = Monthly wage you received in the first month
complaint-field-wage-currency = Currency of the wages
complaint-field-visa-type = Visa type
# Above the ILO cost categories (cost-* in reviews.ftl). ILO term: related costs,
# see the glossary in locales/README.md.
complaint-costs-hint = What did you pay for? Tick each kind of cost.
# Label of the list of lenders (lender-* in reviews.ftl).
complaint-field-lender = Did you borrow money to pay? From whom?
# First choice in the list of lenders.
complaint-lender-none = I did not borrow
complaint-section-remedy = What you are asking for
# Heading of the consent part of the form: a promise, keep its meaning exactly.
complaint-section-consent = Who may receive your complaint
# A promise: keep its meaning exactly.
complaint-consent-hint = Your complaint goes only to the kinds of organisation you tick, and only to those that cover your countries.
# Consent checkbox: this kind of organisation may receive the complaint. A promise: keep
# its meaning. Glossary: labour inspectorate.
complaint-share-labour-inspectorate = Labour inspectorates (government, in the country of work)
# Consent checkbox: this kind of organisation may receive the complaint. A promise: keep
# its meaning. The government body that licenses recruiters in the home country.
complaint-share-origin-authority = Recruitment authorities (government, in your home country)
# Consent checkbox: this kind of organisation may receive the complaint. A promise: keep
# its meaning. Glossary: trade union.
complaint-share-trade-union = Trade unions
# Consent checkbox: this kind of organisation may receive the complaint. A promise: keep
# its meaning. Glossary: legal aid.
complaint-share-legal-aid = Legal aid organisations
# A promise: keep its meaning exactly.
complaint-no-immigration = None of these organisations enforces immigration law.
complaint-section-contact = How we can reach you
# A promise: keep its meaning exactly. Quotes complaint-contact-account and
# complaint-contact-receipt_only: use the same words.
complaint-account-hint = "My account" links this complaint to the account you are signed in with. Choose "Only my receipt" to stay anonymous: then nothing links it to your account.
complaint-field-contact = A contact you choose (phone, WhatsApp, email, or a person)
# Quotes complaint-contact-contact ("A contact I choose"): use the same words.
complaint-contact-hint = Only if you chose "A contact I choose". Give one that is safe for you.
# Label: when contacting the worker is safe (the worker writes e.g. "after 8 pm, Fridays").
complaint-field-safe-times = Safe times to contact you
# A promise: keep its meaning exactly. One checkbox per kind of organisation follows.
complaint-contact-consent = Who may see this contact (only organisations that also receive the complaint):
# Heading shown only to a caseworker filing for a worker.
complaint-section-behalf = Filing for a worker
# Checkbox a caseworker ticks: a statement of consent, keep its meaning exactly.
complaint-field-behalf-consent = The worker agreed that I file this complaint for them and to the choices above.
# Button that sends the complaint form.
complaint-submit = Send the complaint
# How the worker follows the complaint (radio button): only with the 16-digit receipt;
# nothing links it to them. Quoted in other messages: keep the same words.
complaint-contact-receipt_only = Only my receipt (anonymous)
# How the worker follows the complaint (radio button): through their account.
# Quoted in complaint-account-hint.
complaint-contact-account = My account
# How the worker follows the complaint (radio button): a contact they give.
# Quoted in complaint-contact-hint.
complaint-contact-contact = A contact I choose

## What went wrong: the ILO indicators of forced labour, then recruitment abuses

# ILO forced labour indicator "abuse of vulnerability" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-abuse_of_vulnerability = Someone took advantage of my difficult situation
# ILO forced labour indicator "deception" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-deception = I was tricked or lied to
# ILO forced labour indicator "restriction of movement" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-restriction_of_movement = I am not free to go out or leave
# ILO forced labour indicator "isolation" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-isolation = I am kept away from other people
# ILO forced labour indicator "physical and sexual violence" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-physical_sexual_violence = Physical or sexual violence
# ILO forced labour indicator "intimidation and threats" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-intimidation_threats = Threats or intimidation
# ILO forced labour indicator "retention of identity documents" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-retention_of_documents = My passport or ID is kept from me
# ILO forced labour indicator "withholding of wages" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-withholding_of_wages = My wages are held back
# ILO forced labour indicator "debt bondage" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-debt_bondage = I must work to pay off a debt
# ILO forced labour indicator "abusive working and living conditions" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-abusive_conditions = Very bad working or living conditions
# ILO forced labour indicator "excessive overtime" (glossary: locales/README.md).
# In the worker's words: a checkbox on the complaint form, a row in the reports.
complaint-issue-excessive_overtime = Far too many working hours
# Recruitment abuse (fees charged): a checkbox on the form, a row in the reports.
# ILO term: recruitment fees (see the glossary in locales/README.md).
complaint-issue-fees_charged = I paid fees to get the job
# Recruitment abuse (deception about job or wage): a checkbox on the form, a row in the reports.
complaint-issue-job_deception = The job or wage is not what was promised
# Recruitment abuse (contract substitution): a checkbox on the form, a row in the reports.
complaint-issue-contract_substitution = My contract was replaced by another
# Recruitment abuse (no contract or not understood): a checkbox on the form, a row in the reports.
complaint-issue-no_contract = No contract, or one I could not understand
# Recruitment abuse (documents retained): a checkbox on the form, a row in the reports.
complaint-issue-documents_retained = The recruiter kept my documents
# Recruitment abuse (wages unpaid): a checkbox on the form, a row in the reports.
complaint-issue-wages_unpaid = Wages not paid
# Recruitment abuse (discrimination): a checkbox on the form, a row in the reports.
complaint-issue-discrimination = Discrimination
# Recruitment abuse (harassment): a checkbox on the form, a row in the reports.
complaint-issue-harassment = Harassment
# Recruitment abuse (unlicensed recruiter): a checkbox on the form, a row in the reports.
complaint-issue-unlicensed_recruiter = The recruiter had no licence
# Answer to complaint-field-stage ("Where are you now?"); also a case fact for staff.
complaint-stage-before_departure = Still at home, before leaving
# Answer to complaint-field-stage ("Where are you now?"); also a case fact for staff.
complaint-stage-in_transit = On the way
# Answer to complaint-field-stage ("Where are you now?"); also a case fact for staff.
complaint-stage-at_destination = In the country of work
# Answer to complaint-field-stage ("Where are you now?"); also a case fact for staff.
complaint-stage-returned = Back home
# What the worker asks for (checkbox). Not case-remedy-* (what was obtained).
complaint-remedy-refund = My money back
# What the worker asks for (checkbox). Not case-remedy-* (what was obtained).
complaint-remedy-unpaid_wages = My unpaid wages
# What the worker asks for (checkbox). Not case-remedy-* (what was obtained).
complaint-remedy-documents_returned = My documents back
# What the worker asks for (checkbox): to be brought back to the home country.
complaint-remedy-repatriation = To go home
# What the worker asks for (checkbox). Not case-remedy-* (what was obtained).
complaint-remedy-change_of_employer = To change employer
# What the worker asks for (checkbox). Not case-remedy-* (what was obtained).
complaint-remedy-other = Something else

## The receipt

# Page title (browser tab) of the page that shows the new receipt number.
receipt-title = Your receipt
receipt-heading = Your complaint was received
# Followed by the 16-digit receipt number, e.g. 1234-5678-9012-3456. Glossary: receipt.
receipt-intro = This is your receipt number:
# A promise and a warning: keep its meaning exactly.
receipt-once = We show it only now, once. We do not keep it and cannot send it again. Without it, nobody can find your complaint — not even you.
receipt-how-write = Write it down or take a photo, and keep it somewhere safe.
# The link "/track" (the address of the follow-up page) follows it directly.
receipt-how-track = To see what happens, answer questions or withdraw, enter it at
# A warning: keep its meaning exactly.
receipt-how-safe = Anyone with this number can read the answers to your complaint: do not share it.
# Shown to a caseworker who filed for a worker.
receipt-behalf = Give this number to the worker, in a safe way.
# $count: the organisations the complaint was sent to, e.g. 2.
receipt-routed = { $count ->
    [one] It was sent to one organisation.
   *[other] It was sent to { $count } organisations.
}
# A promise (the complaint is kept): keep its meaning exactly.
receipt-unrouted = No organisation covering your countries has joined yet. Your complaint is kept, and our administrators are looking for one; check back with your receipt.

## Following a complaint

# Page title (browser tab) of /track, where a worker follows a complaint with the receipt.
track-title = Follow your complaint
track-heading = Follow your complaint
track-intro = Enter the 16-digit receipt you were given when you filed the complaint.
# Label of the field for the 16-digit receipt. Glossary: receipt.
track-field-receipt = Receipt number
# Button.
track-submit = Show my complaint
# A promise (receipts are not stored): keep its meaning exactly.
track-lost = We keep no copy of receipts, so a lost receipt cannot be recovered. You can file the complaint again.
# $day: the day the complaint was filed, e.g. 2026-01-31. Also a heading in the list of
# complaints linked to an account.
track-received = Received on { $day }.
track-is-withdrawn = You withdrew this complaint.
track-no-referrals = It has not reached any organisation yet. We are looking for one that covers your countries.
# Label: the kind of the organisation handling the complaint (e.g. "Trade union").
track-kind = Kind
# Label: the complaint's status at one organisation (case-status-*, e.g. "Being investigated").
track-status = Status
# Label: the day the complaint reached this organisation.
track-opened = Received there
# Label: how the organisation resolved or closed it (also on the staff's case page).
track-outcome = Outcome
track-question-waiting = This organisation is waiting for your answer.
# Sender of a message, after its date in the list: the worker.
track-from-you = You
# Sender of a message, after its date in the list: the organisation.
track-from-staff = The organisation
# Label of the message box when the organisation asked the worker a question.
track-answer = Your answer
# Label of the message box when no question is waiting.
track-add-information = Add information
# Button that sends the message.
track-send = Send
track-message-sent = Your message was sent.
track-withdrawn = Your complaint is withdrawn. The organisations were told.
track-withdraw-heading = Withdraw the complaint
# Keep its meaning exactly: withdrawing cannot be undone.
track-withdraw-hint = If you withdraw, every organisation closes your complaint. This cannot be undone.
# Checkbox the worker must tick before withdrawing.
track-withdraw-confirm = Yes, I want to withdraw my complaint
# Button.
track-withdraw-submit = Withdraw
track-linked-heading = Complaints linked to your account
track-linked-hint = You chose to link these to your account. To answer or withdraw, enter the receipt above.

## Referral statuses, priorities, outcomes

# Status of a complaint at one organisation (a referral): badge in the staff's queue, on the
# worker's /track page, in the case timeline. Not yet acknowledged.
case-status-new = New
# Referral status (badge; /track): the organisation confirmed it received the complaint.
case-status-acknowledged = Acknowledged
# Referral status (badge; /track).
case-status-investigating = Being investigated
# Referral status (badge; /track): the organisation asked the worker a question.
case-status-awaiting_worker = Waiting for the worker
# Referral status (badge; /track): ended with an outcome (remedies obtained).
case-status-resolved = Resolved
# Referral status (badge; /track), not a button: ended without an outcome, with a reason.
case-status-closed = Closed
# Why a case was closed: staff choose it; the worker sees it on /track as the outcome.
case-close-reason-out_of_jurisdiction = Outside this organisation's responsibility
# Why a case was closed: staff choose it; the worker sees it on /track as the outcome.
case-close-reason-unfounded = Not supported by the facts found
# Why a case was closed: staff choose it; the worker sees it on /track as the outcome.
case-close-reason-withdrawn = Withdrawn by the worker
# Remedy obtained (outcome): chosen by staff, shown to the worker, joined with list-separator.
case-remedy-money_recovered = Money recovered
# Remedy obtained (outcome): chosen by staff, shown to the worker.
case-remedy-documents_returned = Documents returned
# Remedy obtained: the authority acted against the recruiter's licence (suspended, revoked).
case-remedy-licence_action = Action against the recruiter's licence
# Remedy obtained: the case was passed to prosecutors or the police.
case-remedy-prosecution_referral = Referred for prosecution
# Remedy obtained (outcome): chosen by staff, shown to the worker.
case-remedy-other = Other remedy
# Lowercase, added after the remedies obtained, joined with list-separator.
# $amount: the amount and its currency code, e.g. "1,500.00 QAR".
case-money-recovered = recovered { $amount }
# Case priority (badge in the staff's queue): the worker said they are in danger now.
case-priority-urgent = Urgent
# Case priority (badge in the staff's queue).
case-priority-high = High
# Case priority (badge in the staff's queue).
case-priority-normal = Normal
# Case priority (badge in the staff's queue).
case-priority-low = Low
# A next step staff choose from a list on a case (an option, not a status):
# confirm to the worker that the complaint was received.
case-action-acknowledge = Acknowledge
# A next step staff choose from a list on a case (an option, not a status).
case-action-investigate = Start investigating
# Next step (option): the case waits for the worker's answer; send the question first.
case-action-ask_worker = Ask the worker (send a message first)
# Next step (option): go back to investigating after the worker answered.
case-action-resume = Resume the investigation
# Next step (option): end the case with the remedies obtained.
case-action-resolve = Resolve with an outcome
# Next step (option, not the status "Closed"): end the case without an outcome.
case-action-close = Close with a reason

## Staff: the queue

# Page title (browser tab) of the staff's list of cases.
inspect-title = Cases
# Heading of the staff's list of cases; also a link on the account page.
inspect-heading = Your organisation's cases
# Filter label: a case's status.
inspect-filter-status = Status
# Filter label.
inspect-filter-priority = Priority
# Filter label.
inspect-filter-country = Country (origin or destination)
# Filter label: a recruiter's FairRecruit id (the end of its page address); also a label in
# the queue.
inspect-filter-recruiter = Recruiter id
# Checkbox filter: only cases past a deadline.
inspect-filter-overdue = Overdue only
# Button that applies the filters.
inspect-filter-submit = Filter
# Choice in the status filter: every case not yet resolved or closed.
inspect-status-open = Open cases
# Choice in the status filter.
inspect-status-all = All cases
# First choice in the priority filter: no filter.
inspect-priority-any = Any priority
# First choice in the country filter: no filter.
inspect-country-any = Any country
# Heading, for the organisation's leads only: cases past a deadline.
inspect-escalations-heading = Escalations (leads)
inspect-escalations-none = No overdue cases.
# Lowercase, after the case number: e.g. "#42 · not acknowledged in time · 2026-01-31".
inspect-escalation-acknowledge = not acknowledged in time
# Lowercase, after the case number: e.g. "#42 · no answer in time · 2026-01-31".
inspect-escalation-answer = no answer in time
inspect-queue-heading = Queue: most urgent first, then oldest
inspect-empty = No cases match.
# Link in the queue: shows the cases about the same recruiter.
inspect-same-recruiter = All cases about this recruiter

## Staff: one case

# Page title and heading of a case. $id: the case number, e.g. 42; the heading adds
# " · " and the recruiter's name.
case-title = Case { $id }
# Link back to the list of cases.
case-back = Back to the cases
case-saved = Saved.
case-withdrawn = The worker withdrew this complaint.
case-on-behalf = Filed by a caseworker on the worker's behalf, with the worker's consent.
# Link to the recruiter's public profile.
case-recruiter-profile = The recruiter's profile
# Badge on a case: the worker ticked "I am in danger now".
case-in-danger = In danger now
# Badge on a case: past a deadline.
case-overdue = Overdue
# Badge on a case about an unlicensed sub-agent, not a listed agency. Glossary: sub-agent.
case-sub-agent = Unlicensed agent
# Label in the queue and on the priority form.
case-priority = Priority
# After the priority: a staff member changed the priority the system computed.
case-priority-overridden = (set by staff)
# Label in the queue: the case's status (case-status-*).
case-status = Status
# Label in the queue; "#" and the collective case's number follow.
case-collective = Collective case
case-facts-heading = The complaint
# Label and column header: the day the complaint was received.
case-fact-received = Received
# Label and column header: origin → destination countries. Glossary: corridor.
case-fact-corridor = Corridor
# Label: the number of workers affected.
case-fact-workers = Workers affected
# Label: the date by which the case must be acknowledged.
case-fact-acknowledge-by = Acknowledge by
# Label: the date by which the worker must get a substantive answer.
case-fact-answer-by = Answer by
# Label: the country that issued the recruiter's licence.
case-fact-licensing-country = Licensing country
# Label in a case's facts: the sector of work (e.g. Construction).
case-fact-sector = Sector
case-fact-occupation = Occupation
case-fact-departure-year = Year of departure
# Label: where the worker is now (complaint-stage-*).
case-fact-stage = Where the worker is now
# ILO term (recruitment fees): see the glossary in locales/README.md.
case-fact-fee = Fees paid for the job
case-fact-promised-wage = Monthly wage promised
# Glossary: first month's wage (locales/README.md).
case-fact-actual-wage = Wage received in the first month
# Heading on a case: the issues the worker ticked (complaint-issue-*).
case-fact-issues = What happened
# Heading on a case: what the worker asks for (complaint-remedy-*).
case-fact-remedies = What the worker asks for
# Heading on a case, above the worker's own text.
case-fact-description = In the worker's words
# Label: the contact details the worker gave.
case-fact-contact = Contact the worker chose
# Label: when contacting the worker is safe.
case-fact-safe-times = Safe times to contact
# Label: the ILO cost categories the worker paid for (related costs; see the glossary).
case-fact-costs = Costs paid for
# Label: whether, and from whom, the worker borrowed to pay, with the interest.
case-fact-loan = Loan to pay
case-fact-visa-type = Visa type
case-contact-heading = Contact
# A promise made to the worker, told to staff: keep its meaning exactly.
case-contact-withheld = The worker gave a contact but did not allow your kind of organisation to see it. Write to them through the messages below: they read them with their receipt.
case-contact-none = The worker follows the complaint with their receipt only. Write to them through the messages below.
# Heading: several complaints about the same recruiter handled together.
case-collective-heading = Collective case
# $id: the collective case's number, e.g. 17. A list of its cases follows.
case-collective-member = Part of collective case { $id }:
# $count: the other open cases of this organisation about the same recruiter, e.g. 3.
case-same-recruiter = { $count ->
    [0] No other open case here is about this recruiter.
    [one] One other open case here is about this recruiter.
   *[other] { $count } other open cases here are about this recruiter.
}
# Button.
case-group-submit = Group them into one collective case
case-actions-heading = Next step
# Label of the list of next steps (case-action-*).
case-field-action = Step
# Label of a text box: for a next step, and also on the refer-on form.
case-field-reason = Reason or note (required to close)
# Label: why the priority is being changed.
case-field-priority-reason = Why (required)
# Label of the list of reasons for closing (case-close-reason-*).
case-field-close-reason = Why it is closed
# Label of the checkboxes of remedies obtained (case-remedy-*).
case-field-remedies = Outcome: remedies obtained
case-field-amount = Money recovered (amount)
# Checkbox label.
case-field-whole-group = Apply to every case of the collective case
# Button.
case-action-submit = Record this step
case-messages-heading = Messages and notes
case-messages-none = No messages yet.
# Marks a message in the list as an internal note (the worker never sees it).
case-note = Internal note
# Marks a message in the list: sent by the worker.
case-from-worker = From the worker
# Marks a message in the list: sent by staff to the worker.
case-to-worker = To the worker
case-field-message = Message to the worker
# Checkbox: keep the message as an internal note. A promise: keep its meaning exactly.
case-field-internal = Internal note (the worker never sees it)
# Button that sends the message or note.
case-message-submit = Send
case-priority-heading = Change the priority
# Button (same words as the heading above it).
case-priority-submit = Change the priority
# Heading: send the case on to another organisation. Glossary: referral, refer on.
case-refer-heading = Refer on
case-refer-hint = Opens a case at another organisation. Only kinds of organisation the worker agreed to are offered.
# Label of the list of organisations to refer the case to.
case-field-organisation = Organisation
# Button (same words as the heading above it).
case-refer-submit = Refer on
# Heading of the list of a case's steps and status changes, with dates.
case-timeline-heading = Timeline
# An event in a case's timeline.
case-step-opened = Case opened
# An event in a case's timeline.
case-step-referred-on = Referred on to another organisation
# An event in a case's timeline.
case-step-priority = Priority changed
# An event in a case's timeline.
case-step-grouped = Added to a collective case
# An event in a case's timeline: the organisation's leads were told by mail.
case-step-escalated = Deadline missed: leads told

## Administrators

# Page title (browser tab), for administrators.
unrouted-title = Complaints not yet routed
unrouted-heading = Complaints no organisation received
unrouted-intro = These complaints match no organisation's countries and the kinds the worker agreed to. Add an organisation that covers them. Their content is not shown here.
unrouted-none = Every complaint reached an organisation.
# Column header.
unrouted-recruiter = Recruiter
# Column header: the kinds of organisation the worker consented to.
unrouted-kinds = Kinds agreed to
# Label of a number on the admin overview (a link to this page).
unrouted-count = Complaints not yet routed
unrouted-route-hint = After adding an organisation that covers them, route the waiting complaints again.
# Button.
unrouted-route-submit = Route the waiting complaints again
# $count: the complaints routed just now, e.g. 3.
unrouted-routed = { $count ->
    [one] One complaint reached an organisation.
   *[other] { $count } complaints reached an organisation.
}

## Errors

# Complaint form errors (error-complaint-*) are shown above the form.
error-complaint-recruiter-required = Choose the recruiter in the directory, or write the name of the agent or broker.
error-complaint-recruiter-both = Give either a recruiter from the directory or an agent's name, not both.
error-complaint-recruiter-unknown = We could not find that recruiter in the directory.
# Complaint form error: the origin, destination or agent's country is missing.
error-complaint-country-required = Choose the country.
error-complaint-corridor-same = The two countries must be different.
error-complaint-year = Give a year such as 2024.
error-complaint-workers = Give a number of workers from 1 to 100,000.
# Complaint form error: an interest rate was given without a lender.
error-complaint-lender = Choose who lent the money, or leave the interest empty.
error-complaint-consent-required = Choose at least one kind of organisation that may receive your complaint.
error-complaint-contact-consent = Your contact can only go to organisations that also receive the complaint.
error-complaint-contact-consent-required = Choose who may see your contact.
# Quotes complaint-contact-receipt_only: use the same words.
error-complaint-contact-required = Write the contact you want to be reached at, or choose "Only my receipt".
# Quotes complaint-contact-receipt_only: use the same words.
error-complaint-account-needed = Sign in to link the complaint to your account, or choose "Only my receipt".
error-complaint-behalf-consent = Confirm that the worker agreed that you file for them.
# Keep the example number as it is.
error-track-receipt-format = A receipt has 16 digits, for example 1234-5678-9012-3456.
error-track-receipt-unknown = No complaint has this receipt. Check the digits and try again.
# Rare /track error: the message or files went to an organisation not handling the complaint.
error-track-referral = This is not one of your complaint's organisations.
error-track-referral-closed = This organisation has closed your complaint; it cannot receive messages.
error-track-withdraw-confirm = Tick the box to confirm that you want to withdraw.
# Staff case page errors (error-case-*) are shown above the forms.
error-case-transition = This step is not possible from the case's current status.
error-case-action-unknown = Choose a step from the list.
error-case-close-reason = Choose why the case is closed.
error-case-reason-required = Write the reason.
error-case-outcome-required = Choose at least one remedy obtained.
error-case-money-required = Give the amount and currency of the money recovered.
# Quotes case-remedy-money_recovered: use the same words.
error-case-money-unexpected = An amount goes with "Money recovered" only.
error-case-message-required = Write a message.
error-case-priority = Choose a priority from the list.
error-case-refer-self = The case is already at this organisation.
error-case-refer-consent = The worker did not agree to share the complaint with this kind of organisation.
error-case-refer-coverage = This organisation does not work in the countries of this complaint.
error-case-refer-exists = This organisation already has this complaint.
# Same words as case-same-recruiter's [0] variant.
error-case-group-alone = No other open case here is about this recruiter.
# Staff queue: a filter in the web address has a value we do not know.
error-case-filter = A filter has a value we do not know.

## Evidence (photos, documents, voice notes)
# Heading (complaint form, receipt page, /track).
evidence-heading = Photos, documents and voice notes
# A promise (location data and phone details removed): keep its meaning exactly.
evidence-hint = Add a photo of a contract, a receipt for a fee, a payslip or a recruiter's message, a PDF, or a voice note. Location data and the phone's details are removed from photos.
# Label of the file picker.
evidence-field-files = Files
# Keep the format names (JPEG, PNG, WebP, PDF, MP3, Ogg, M4A, AMR).
evidence-files-hint = Photos (JPEG, PNG, WebP), PDF, or voice notes (MP3, Ogg, M4A, AMR); several at a time.
# Label of the checkboxes that choose which organisations may open the files.
evidence-field-share = Who may see these files
# Button.
evidence-submit = Send the files
evidence-sent = Your files were added to the complaint.
# A promise: keep its meaning exactly.
evidence-location-removed = Location data and the phone's details were removed from your photos.
evidence-choose-again = Nothing was sent. Choose the files again: the browser does not keep them.
# Kind of file, in a list of files: e.g. "Photo · 120 KB · 2026-01-31".
evidence-kind-photo = Photo
# Kind of file, in a list of files: e.g. "Document · 80 KB · 2026-01-31".
evidence-kind-document = Document
# Kind of file, in a list of files: e.g. "Voice note · 300 KB · 2026-01-31".
evidence-kind-voice = Voice note
# A file's size in a list of files. $count: kilobytes, e.g. 120.
evidence-size-kb = { $count } KB
# Keep the format names (JPEG, PNG, WebP, PDF, MP3, Ogg, M4A, AMR).
error-evidence-type = This kind of file is not accepted. Send photos (JPEG, PNG, WebP), PDF documents or voice notes (MP3, Ogg, M4A, AMR).
error-evidence-unreadable = A file could not be read: it may be damaged, cut short or locked with a password.
# A photo has too many pixels (its resolution is too high).
error-evidence-pixels = A photo is too large. Send a smaller copy.
error-evidence-too-large = A file is larger than allowed. Send a smaller copy.
error-evidence-too-many = Too many files at once. Send them in several goes.
error-evidence-none = Choose at least one file.
error-evidence-share = Choose who may see the files, among the organisations your complaint went to.
error-evidence-complaint-full = This complaint keeps as many files as it can. Send only the most important.
error-evidence-truncated = The upload was cut off. Try again.
# Lowercase, after a file in the worker's list: the organisation sent this file.
evidence-from-staff = sent to you by the organisation
# Lowercase, after a file on the staff's case page: someone of this organisation sent it.
evidence-sent-by-you = sent by your organisation
# Label of the file picker on a case page.
evidence-staff-field = Send files to the worker
# A promise (no other organisation sees them): keep its meaning exactly.
evidence-staff-hint = A form, a decision or a letter. The worker opens them with their receipt; no other organisation sees them. Photos lose their location data.
# Button.
evidence-staff-submit = Send to the worker
# Refusal of a partner's status-webhook URL, on that field.
error-webhook-url-malformed = Enter a full web address (https://…) of at most 2,000 characters, without a user name or password.
# Refusal of a partner's status-webhook URL, on that field.
error-webhook-url-not-https = The address must start with https://.
# Refusal of a partner's status-webhook URL, on that field.
error-webhook-url-private = This address points to a private, local or reserved network. Use an address on the public internet.
# Refusal of a partner's status-webhook URL, on that field.
error-webhook-url-unresolved = This address's host name could not be found. Check the spelling.
