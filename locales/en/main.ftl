# Language: English (en), the source every locale translates. Review: written by the team.
# FairRecruit: interface messages. Every key exists in every locale.

# This language's name written in itself (e.g. "नेपाली", "Français"): header and /language.
language-autonym = English
# The product's name: in the header and after every page title. Usually kept as is.
site-name = FairRecruit

## Page frame
# Invisible label (read by screen readers) of the main menu: the "Main" menu.
nav-label = Main
# Link for keyboard and screen-reader users, seen only when focused: jumps past the menu.
nav-skip-to-content = Skip to content
# Menu link to the recruiter directory (the search page).
nav-recruiters = Recruiters
# Menu link to the page that explains a worker's rights.
nav-rights = Your rights
# Header link (after the current language's own name) to the list of languages;
# also the title of that page.
language-switcher-label = Language
# Footer of every page. A promise: keep its meaning exactly.
footer-free = FairRecruit is free for workers. You never need to give your name.
# Footer of every page. A promise: keep its meaning exactly.
footer-privacy = We do not store your IP address with anything you send.

## Home
# Page title of the home page (browser tab; " · FairRecruit" is added after it).
home-title = Check a recruiter before you pay
home-heading = Check a recruiter before you pay anyone
home-lead = Look up a recruitment agency: is its licence valid, where does it send workers, what happened to others who used it.
# Under the search box on the home page. $count: recruiters in the directory, e.g. 1250.
home-directory-size = { $count ->
    [0] No recruiters are listed yet.
    [one] One recruiter is listed.
   *[other] { $count } recruiters are listed.
}
home-what-heading = What FairRecruit is for
home-what-lookup = Search the licence lists of recruitment agencies by name or licence number.
home-what-review = Tell other workers what you paid and how you were treated.
# A promise (no name needed; a receipt to follow it): keep its meaning exactly.
home-what-complain = Make a complaint, without your name if you wish, and follow it with a receipt.
# ILO term (the Employer Pays Principle, in plain words): see the glossary in locales/README.md.
home-free = Using FairRecruit is free. Under international standards, the employer, not you, should pay for your recruitment.
# Link text to the rights page (home page and each recruiter's profile).
home-rights-link = Know your rights: who should pay for recruitment

## Search
search-label = Recruiter name or licence number
# Grey example inside the empty search box: a sample agency name and a Nepali-style
# licence number (keep "1234/071" as it is).
search-placeholder = e.g. Himalaya or 1234/071
# Button that runs the search.
search-button = Search
# Heading of a fold-out box of filters (directory and recruiter-rankings pages).
filters-heading = Filters
# Filter label: the country whose authority issued the recruiter's licence.
filter-licensing-country = Country that licensed it
# Filter label: a country the recruiter sends workers to.
filter-destination = Sends workers to
# Filter label: the recruiter's licence status (active, suspended, revoked, expired).
filter-status = Licence status
# First choice in a country filter: no filter.
filter-any-country = Any country
# First choice in the licence-status filter: no filter.
filter-any-status = Any status
# Page title (browser tab) of the recruiter directory's search page.
results-title = Recruiters
results-heading = Find a recruiter
results-none = No recruiter matches your search. Check the spelling, try part of the name, or remove a filter.
results-empty-directory = Type a name or licence number, or choose a country, to see recruiters.
# Invisible label (screen readers) of the links between pages of results.
pager-label = Pages
# Link to the previous page of results.
pager-previous = Previous page
# Link to the next page of results.
pager-next = Next page
# Between the previous and next links. $page: the current page number, e.g. 3.
pager-page = Page { $page }

## Licence statuses
# Licence status: a badge in the directory and on a profile; also a part of the list of
# changes in a watchlist mail (mail-watch-line). The licence is valid.
licence-status-active = Licence active
# Licence status (badge; part of a watchlist mail line): stopped for a time by the authority.
licence-status-suspended = Licence suspended
# Licence status (badge; part of a watchlist mail line): cancelled for good by the authority.
licence-status-revoked = Licence revoked
# Licence status (badge; part of a watchlist mail line): its term ended and it was not renewed.
licence-status-expired = Licence expired

## Recruiter profile
# Label: a recruiter's licence status (profile, licence-history column, admin column and field).
recruiter-licence-status = Licence status
recruiter-licence-number = Licence number
# Label: the country whose authority issued the licence (profile, directory, admin column).
recruiter-licensing-country = Licensed in
recruiter-address = Address
# Label: the countries this recruiter sends workers to (profile, directory, admin form).
recruiter-destinations = Sends workers to
# Value beside "Sends workers to" when no destination is recorded.
recruiter-destinations-none = Not known
# Badge on a middleman (sub-agent, village broker) named by workers; not a licensed agency.
# Glossary: sub-agent (locales/README.md).
recruiter-sub-agent = Sub-agent, no licence
recruiter-sub-agent-explained = Workers named this person or office as a middleman. No licence list holds it.
# Warning on the profile of a recruiter whose licence is suspended, revoked or expired.
recruiter-not-active-warning = This licence is not active. A recruiter without an active licence may not recruit workers. Do not pay it.
recruiter-history-heading = Licence history
# Column header of the licence-history table: the day the status changed.
recruiter-history-date = Date
recruiter-history-none = No licence changes recorded.
# Heading of the list of published reviews on a recruiter's profile.
recruiter-reviews-heading = What workers say

## Know your rights
# Page title (browser tab) of the rights page; also in the header menu as nav-rights.
rights-title = Your rights
rights-heading = Your rights when you are recruited for work abroad
# The Employer Pays Principle in plain words (ILO term): see the glossary in locales/README.md.
rights-epp-heading = The employer pays, not you
# ILO term (Employer Pays Principle): see the glossary in locales/README.md.
# A statement of a standard: keep its meaning exactly.
rights-epp-body = Under the Employer Pays Principle, no worker should pay for getting a job. The employer should pay every fee and cost of recruitment.
# A quotation of ILO Convention 181, Article 7: use the ILO's official wording in your language
# if there is one.
rights-epp-c181 = ILO Convention 181, Article 7: agencies shall not charge directly or indirectly, in whole or in part, any fees or costs to workers.
# ILO terms (recruitment fees, related costs): see the glossary in locales/README.md.
rights-fees-heading = What counts as a recruitment fee or cost
# ILO terms (recruitment fees, related costs): see the glossary in locales/README.md.
# The list of cost categories (cost-* in reviews.ftl) follows it.
rights-fees-intro = Fees for the recruiter's service are never yours to pay, whoever collects them and whenever. The ILO also lists these related costs, which the employer should pay:
# ILO list of payments illegitimate in every case: see the glossary in locales/README.md.
rights-illegitimate = Bribes, tributes, kickbacks, bonds, deposits and illegal cost-recovery fees are never allowed, for anyone.
rights-documents-heading = Your passport is yours
# Retention of identity documents is an ILO forced labour indicator: see the glossary in
# locales/README.md. Keep its meaning exactly.
rights-documents-body = Nobody may keep your passport or identity card against your will: not the recruiter, not the employer. Keeping them is a sign of forced labour.
rights-contract-heading = Your contract
# "Contract substitution" is the ILO's term for this: use the usual term in your language.
rights-contract-body = You should receive a written contract before you leave, in a language you understand. If the job, wage, employer or hours change when you arrive, that is contract substitution.
rights-help-heading = If something went wrong
# A promise (no name needed; sent to organisations in both countries): keep its meaning exactly.
rights-help-body = You can make a complaint on FairRecruit without giving your name. It will go to the organisations that can act in your origin and destination countries.
# A legal disclaimer: keep its meaning exactly.
rights-not-legal-advice = This page explains international standards in brief. It is not legal advice.

## Errors
# Link on every error page.
error-go-home = Go to the home page
# On every error page. $status: the HTTP status number, e.g. 404.
error-status = Error code { $status }
# Error page title (browser tab and heading): HTTP 400, the request could not be read.
error-invalid-input-title = Something in the request is not right
error-invalid-input = The request could not be understood. Check what you typed and try again.
# Error page title (browser tab and heading): HTTP 404.
error-not-found-title = Page not found
error-not-found = We could not find that page or recruiter. The link may be wrong or out of date.
# Error page title (browser tab and heading): HTTP 405, a request of the wrong kind.
error-method-not-allowed-title = Not allowed
# HTTP 405: e.g. a form sent to an address that only shows a page. Rare; plain words are fine.
error-method-not-allowed = This address does not accept that kind of request.
# Error page title (browser tab and heading): HTTP 413, too much was sent at once.
error-payload-too-large-title = Too much data
error-payload-too-large = What was sent is too large. Send less and try again.
# Error page title (browser tab and heading): HTTP 408, the upload took too long.
error-request-timeout-title = Too slow
error-request-timeout = What you sent took too long to arrive. Check your connection and send it again.
# Error page title (browser tab and heading): HTTP 503, the database cannot be reached.
error-service-unavailable-title = FairRecruit is briefly unavailable
error-service-unavailable = We cannot reach our database right now. Nothing you sent was lost. Please try again in a few minutes.
# Error page title (browser tab and heading): HTTP 500, a fault on the server.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Please try again later.
# Error about the text typed in the recruiter search box.
error-query-too-long = The search is too long. Use at most 200 characters.
# Error about the text typed in the recruiter search box.
error-query-forbidden-chars = The search contains invisible control characters. Type it again without them.
# Error page text: the web address (URL) cannot be decoded.
error-invalid-encoding = The address contains characters that could not be read.
# Error page text. "Setting": a parameter in the web address, after "?" (e.g. ?lang=ne).
error-unknown-parameter = The address contains a setting we do not know.
# Error page text. "Setting": a parameter in the web address, after "?" (e.g. ?lang=ne).
error-repeated-parameter = The address gives the same setting twice.
# Error on a country field or filter whose value is not in the list.
error-invalid-country = Choose a country from the list.
# Error on the licence-status filter (directory) or field (admin recruiter form).
error-invalid-status = Choose a licence status from the list.
# Error page text: the page number in the web address is out of range.
error-invalid-page = The page number must be a whole number from 1 to 500.
# Error page text: the number of results per page in the web address is out of range.
error-invalid-per-page = The number of results per page must be from 1 to 100.
# Generic form error on a list or set of choices whose value is not one of them.
error-choice = Choose from the list.
# Generic form error on a text field that is longer than allowed.
error-text-long = This text is too long.
# Generic form error on a text field.
error-text-chars = This text contains invisible control characters or characters that could not be read. Type it again without them.
# Generic form error on a text field. Keep "<" as it is.
error-text-markup = This text contains "<" followed by letters, like computer code. Write it without them.
# Form error on an amount of money (costs, wages). Keep the example numbers as they are:
# they show what the field accepts.
error-amount = Enter an amount with digits only, for example 150000 or 1500.50, up to 10,000,000,000.
# Form error on the currency of a review's or a complaint's amounts.
error-currency = Choose the currency of your amounts.
# Form error on a loan's monthly interest rate (review and complaint forms).
error-interest = Enter the monthly interest as a number from 0 to 100.

## Lists
# The mark that separates items of a list (a space follows it).
# Joins items the program lists: sectors, remedies obtained, changes in a watchlist mail.
list-separator = ,
# Header link to the signed-in person's account page; also a link after review-sent-account.
nav-account = Account
# Header link to the sign-in page (shown when nobody is signed in).
nav-sign-in = Sign in
# Error page title (browser tab and heading): HTTP 401, not signed in.
error-unauthorized-title = Please sign in
error-unauthorized = You need to sign in for this. Your session may have ended.
# Error page title (browser tab and heading): HTTP 403, this account may not open the page.
error-forbidden-title = Not allowed
error-forbidden = Your account cannot open this page.
# Error page title: HTTP 409, shown (mostly to programs using the API) when a request reuses an Idempotency-Key.
error-conflict-title = Already received
error-conflict = This request conflicts with one received earlier. Nothing new was stored.
# An API client retried with the same Idempotency-Key but a different request body.
error-idempotency-reused = This Idempotency-Key was already used for a different request. Use a new key for a new request; nothing new was stored.
# The first request with this Idempotency-Key is still being answered.
error-idempotency-in-progress = The first request with this Idempotency-Key is still being answered. Try again in a moment to receive its answer.
# The Idempotency-Key header is malformed. "1 to 255" must stay in Western digits.
error-idempotency-key = The Idempotency-Key header must be 1 to 255 visible ASCII characters, for example a random UUID.

# Intake partners filing for workers through the API (issue 18).
error-attestation-language = The attestation's language must be one of this service's language codes, such as ne, ar or id.
error-attestation-channel = The attestation's channel must be one of: whatsapp, viber, messenger, telegram, signal, sms, hotline, in_person, other.
error-attestation-time = The attestation's consented_at must be a date and time with its offset (RFC 3339), not in the future and at most 30 days ago. Ask the worker again if the consent is older.
error-partner-reference = The partner reference must be 1 to 100 visible ASCII characters, without spaces.
error-partner-reference-taken = This partner has already filed a complaint under this reference. Use a new reference for a new conversation, or the same Idempotency-Key to repeat a request.
# Error page title (browser tab and heading): HTTP 429, too many attempts.
error-too-many-requests-title = Please wait
error-too-many-requests = Too many attempts in a short time. Wait a little, then try again.
# Sign-in error. On purpose it does not say which of the three was wrong: keep it so.
error-sign-in-failed = The username, password or code is not right.
# Form error: the page was open too long or the session changed (a security check).
error-csrf = This form has expired. Go back, reload the page and send it again.
# Form error: a security check refused a form sent from another website.
error-cross-site = This form was sent from another website, so we refused it.

## The API reference page (/api/docs), for developers of apps and partner organisations.
# Browser tab title.
api-docs-title = API reference
api-docs-intro = The JSON API for apps and partner organisations: each operation, what it takes and what it answers. The descriptions below are in English.
# Link to the same reference as a machine-readable file.
api-docs-openapi = The same reference as an OpenAPI document (JSON)
# Heading of the list of operations (such as "GET /api/v1/recruiters").
api-docs-operations = Operations
# Shown under an operation that needs the caller to be signed in with a token.
api-docs-bearer = Needs a bearer token (Authorization: Bearer …).
api-docs-parameters = Parameters
# Heading: what the caller sends in the request's body.
api-docs-body = Request body
# Heading: the HTTP answers the operation may give (200, 400 …).
api-docs-answers = Answers
# Heading of the list of data types (JSON objects) the operations use.
api-docs-types = Data types
# Column heading: a field's or parameter's name.
api-docs-name = Name
# Column heading: a field's data type (string, integer …).
api-docs-type = Type
api-docs-description = Description
# Marks a field the caller must send.
api-docs-required = required

## Drafts kept on the phone (review and complaint forms)
draft-kept = What you type here is kept as a draft on this phone only, until you send it or delete it. Anyone who uses this phone could read it.
draft-files = Photos and files are not kept in the draft: choose them again before you send.
draft-restored = Your draft was put back. Check it, then send it.
draft-delete = Delete draft
error-csrf-stale = This form had expired, so nothing was sent. Everything you typed is below: check it and send it again.
