# Language: English (en), the source every locale translates. Review: written by the team.
# FairRecruit: interface messages. Every key exists in every locale.

language-autonym = English
site-name = FairRecruit

## Page frame
nav-label = Main
nav-skip-to-content = Skip to content
nav-recruiters = Recruiters
nav-rights = Your rights
language-switcher-label = Language
footer-free = FairRecruit is free for workers. You never need to give your name.
footer-privacy = We do not store your IP address with anything you send.

## Home
home-title = Check a recruiter before you pay
home-heading = Check a recruiter before you pay anyone
home-lead = Look up a recruitment agency: is its licence valid, where does it send workers, what happened to others who used it.
home-directory-size = { $count ->
    [0] No recruiters are listed yet.
    [one] One recruiter is listed.
   *[other] { $count } recruiters are listed.
}
home-what-heading = What FairRecruit is for
home-what-lookup = Search the licence lists of recruitment agencies by name or licence number.
home-what-review = Tell other workers what you paid and how you were treated.
home-what-complain = Make a complaint, without your name if you wish, and follow it with a receipt.
home-free = Using FairRecruit is free. Under international standards, the employer, not you, should pay for your recruitment.
home-rights-link = Know your rights: who should pay for recruitment

## Search
search-label = Recruiter name or licence number
search-placeholder = e.g. Himalaya or 1234/071
search-button = Search
filters-heading = Filters
filter-licensing-country = Country that licensed it
filter-destination = Sends workers to
filter-status = Licence status
filter-any-country = Any country
filter-any-status = Any status
results-title = Recruiters
results-heading = Find a recruiter
results-none = No recruiter matches your search. Check the spelling, try part of the name, or remove a filter.
results-empty-directory = Type a name or licence number, or choose a country, to see recruiters.
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
pager-page = Page { $page }

## Licence statuses
licence-status-active = Licence active
licence-status-suspended = Licence suspended
licence-status-revoked = Licence revoked
licence-status-expired = Licence expired

## Recruiter profile
recruiter-licence-status = Licence status
recruiter-licence-number = Licence number
recruiter-licensing-country = Licensed in
recruiter-address = Address
recruiter-destinations = Sends workers to
recruiter-destinations-none = Not known
recruiter-sub-agent = Sub-agent, no licence
recruiter-sub-agent-explained = Workers named this person or office as a middleman. No licence list holds it.
recruiter-not-active-warning = This licence is not active. A recruiter without an active licence may not recruit workers. Do not pay it.
recruiter-history-heading = Licence history
recruiter-history-date = Date
recruiter-history-none = No licence changes recorded.
recruiter-reviews-heading = What workers say

## Know your rights
rights-title = Your rights
rights-heading = Your rights when you are recruited for work abroad
rights-epp-heading = The employer pays, not you
rights-epp-body = Under the Employer Pays Principle, no worker should pay for getting a job. The employer should pay every fee and cost of recruitment.
rights-epp-c181 = ILO Convention 181, Article 7: agencies shall not charge directly or indirectly, in whole or in part, any fees or costs to workers.
rights-fees-heading = What counts as a recruitment fee or cost
rights-fees-intro = Fees for the recruiter's service are never yours to pay, whoever collects them and whenever. The ILO also lists these related costs, which the employer should pay:
rights-illegitimate = Bribes, tributes, kickbacks, bonds, deposits and illegal cost-recovery fees are never allowed, for anyone.
rights-documents-heading = Your passport is yours
rights-documents-body = Nobody may keep your passport or identity card against your will: not the recruiter, not the employer. Keeping them is a sign of forced labour.
rights-contract-heading = Your contract
rights-contract-body = You should receive a written contract before you leave, in a language you understand. If the job, wage, employer or hours change when you arrive, that is contract substitution.
rights-help-heading = If something went wrong
rights-help-body = You can make a complaint on FairRecruit without giving your name. It will go to the organisations that can act in your origin and destination countries.
rights-not-legal-advice = This page explains international standards in brief. It is not legal advice.

## Errors
error-go-home = Go to the home page
error-status = Error code { $status }
error-invalid-input-title = Something in the request is not right
error-invalid-input = The request could not be understood. Check what you typed and try again.
error-not-found-title = Page not found
error-not-found = We could not find that page or recruiter. The link may be wrong or out of date.
error-method-not-allowed-title = Not allowed
error-method-not-allowed = This address does not accept that kind of request.
error-payload-too-large-title = Too much data
error-payload-too-large = What was sent is too large. Send less and try again.
error-request-timeout-title = Too slow
error-request-timeout = What you sent took too long to arrive. Check your connection and send it again.
error-service-unavailable-title = FairRecruit is briefly unavailable
error-service-unavailable = We cannot reach our database right now. Nothing you sent was lost. Please try again in a few minutes.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Please try again later.
error-query-too-long = The search is too long. Use at most 200 characters.
error-query-forbidden-chars = The search contains invisible control characters. Type it again without them.
error-invalid-encoding = The address contains characters that could not be read.
error-unknown-parameter = The address contains a setting we do not know.
error-repeated-parameter = The address gives the same setting twice.
error-invalid-country = Choose a country from the list.
error-invalid-status = Choose a licence status from the list.
error-invalid-page = The page number must be a whole number from 1 to 500.
error-invalid-per-page = The number of results per page must be from 1 to 100.
error-choice = Choose from the list.
error-text-long = This text is too long.
error-text-chars = This text contains invisible control characters or characters that could not be read. Type it again without them.
error-text-markup = This text contains "<" followed by letters, like computer code. Write it without them.
error-amount = Enter an amount with digits only, for example 150000 or 1500.50, up to 10,000,000,000.
error-currency = Choose the currency of your amounts.
error-interest = Enter the monthly interest as a number from 0 to 100.

## Lists
# The mark that separates items of a list (a space follows it).
list-separator = ,
nav-account = Account
nav-sign-in = Sign in
error-unauthorized-title = Please sign in
error-unauthorized = You need to sign in for this. Your session may have ended.
error-forbidden-title = Not allowed
error-forbidden = Your account cannot open this page.
error-too-many-requests-title = Please wait
error-too-many-requests = Too many attempts in a short time. Wait a little, then try again.
error-sign-in-failed = The username, password or code is not right.
error-csrf = This form has expired. Go back, reload the page and send it again.
error-cross-site = This form was sent from another website, so we refused it.
