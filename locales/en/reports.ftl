# Language: English (en), the source every locale translates. Review: written by the team.
# Aggregated reports (issue 7): recruiter rankings, SDG 10.7.1 by corridor, access to justice.

# Header menu link to the public reports.
nav-reports = Reports
# Page title and heading of the reports index.
reports-title = Reports
# A promise (nobody can be recognised): keep its meaning exactly.
reports-intro = Figures from all published reviews and all complaints, added up. Nobody can be recognised in them.
# A promise (the k = 5 rule): keep its meaning exactly.
reports-privacy = To protect workers, a figure about fewer than 5 people is never shown, and neither is any figure that would let someone work one out. There is no free text, no case number and no date more exact than a month.
# Page title, heading, and link on the reports index.
reports-rankings-title = Recruiter rankings
# Lowercase, after the link on the reports index: "Recruiter rankings — ratings, fees…".
reports-rankings-summary = ratings, fees and complaints, recruiter by recruiter
reports-rankings-intro = Recruiters compared by what workers reported. Only recruiters with at least 5 published reviews get a rating, fee share or cost ratio.
# How the figures are computed. Quotes reports-sort-fees ("Charged a fee"): use the same words.
reports-rankings-method = The rating counts five extra imaginary reviews at the average of all reviews, so a few very good reviews do not beat many good ones. "Charged a fee" is the share of reviewers who paid any fee or cost. The cost ratio is the median of what each worker paid divided by their first month's wage.
# Page title, heading, and index link. Keep "SDG 10.7.1" (a UN indicator).
# Glossary: corridor (locales/README.md).
reports-corridors-title = Recruitment costs by corridor (SDG 10.7.1)
# Lowercase, after the link on the reports index.
reports-corridors-summary = what workers pay, measured in months of wages, country to country
# Glossary: first month's wage (locales/README.md).
reports-corridors-intro = For each worker we divide everything they paid to get the job by the wage of their first full month abroad, both in the same currency. Then we give the mean and the median for each route from one country to another.
# The definition of SDG indicator 10.7.1: use the UN's wording in your language if there is one.
reports-corridors-method = This is SDG indicator 10.7.1: recruitment cost paid by the worker as a share of the monthly income earned in the country of destination. We use the first full month's wage, as national surveys do. A worker whose first wage was zero has no ratio and is left out of the ratio only.
reports-rates-note = Amounts in US dollars use the exchange rate of the year the worker left. Amounts in a currency with no rate for that year are left out of dollar figures; the table says how many.
# Page title, heading, and link on the reports index.
reports-justice-title = Access to justice
# Lowercase, after the link on the reports index.
reports-justice-summary = what complaints are about and how organisations answer them
reports-justice-intro = What workers complained about, on which routes, and how each organisation answered the complaints sent to it.
# Quotes reports-in-time ("Answered in time"): use the same words.
reports-justice-method = "Answered in time" counts complaints the organisation acknowledged within its own deadline, out of those it acknowledged or whose deadline has passed. Days are counted from the day the complaint reached the organisation.
# In a table cell, in place of a figure about fewer than 5 workers (the k = 5 rule).
reports-suppressed = fewer than 5
# A share. $value: e.g. 42.5. Place the % sign as your language does.
reports-percent = { $value }%
# A cost in months of wages. $value: a decimal number as text, e.g. 2.15.
reports-months = { $value } months
# An amount in US dollars. $value: e.g. 1,234.56.
reports-usd = US$ { $value }
# A median time in a table. $count: days, e.g. 12.
reports-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# $time: when the figures were computed, e.g. "2026-01-31 06:00 UTC".
reports-freshness = Figures as of { $time }. They are published once a week, on Monday; counts of complaints and referrals are rounded to the nearest 5.
reports-not-yet = The figures have not been published yet. They are published every Monday.
# In brackets after a chart's title when the chart has no bars.
reports-chart-empty = (nothing to show yet)
# Chart title. $measure: the chosen sort (reports-sort-*), e.g. "Rating".
reports-chart-ranking = Top of this list: { $measure }
# Chart title (SDG 10.7.1 by corridor).
reports-chart-ratio = Mean cost, in months of first wages
# Chart title.
reports-chart-fees = Share of workers who paid any fee or cost
# Chart title.
reports-chart-issues = Complaints by problem
# Column header of the rankings table, a choice in "Sort by", and $measure in a chart title.
reports-sort-rating = Rating
# Column header, "Sort by" choice: share of reviewers who paid any fee or cost.
reports-sort-fees = Charged a fee
# Column header, "Sort by" choice: median of what workers paid ÷ their first month's wage.
reports-sort-cost = Cost in months of wages
# Column header, "Sort by" choice: complaints about the recruiter still open.
reports-sort-open = Open complaints
# Column header, "Sort by" choice: complaints resolved with an outcome.
reports-sort-resolved = Resolved complaints
# In the country column of the rankings, for an unlicensed sub-agent.
reports-no-licence = No licence
# Note under the filters: only one of these filters can be used at a time.
reports-one-breakdown = You can narrow by one of these at a time.
# Filter label on the reports: a sector of work (not a table column).
reports-sector = Sector
# First choice in the sector filter: no filter.
reports-any-sector = Any sector
# Filter label: the year the workers left.
reports-year = Year of departure
# Label of the list of reports-sort-* choices.
reports-sort = Sort by
# Label of the list below (highest or lowest first).
reports-order = Order
# Choice in the Order list.
reports-order-desc = Highest first
# Choice in the Order list.
reports-order-asc = Lowest first
# Button that applies the filters.
reports-show = Show
# Link that downloads the table as a CSV file.
reports-download-csv = Download as CSV (spreadsheet)
reports-empty = Not enough data to show anything here yet.
# Column header: the position in the ranking (1, 2, 3…).
reports-rank = Place
# Column header.
reports-recruiter = Recruiter
# Column header: the number of published reviews.
reports-reviews = Reviews
# Column header: origin → destination countries (a corridor; see the glossary).
reports-corridor = From → to
# Column header: the number of workers.
reports-workers = Workers
# Column header (SDG 10.7.1): the mean of each worker's cost ÷ first month's wage.
reports-ratio-mean = Mean cost in months of wages
# Column header (SDG 10.7.1): the median of each worker's cost ÷ first month's wage.
reports-ratio-median = Median cost in months of wages
# Column header: share of workers who paid any fee or cost (ILO terms; see the glossary).
reports-fee-share = Paid any fee
# Column header.
reports-usd-mean = Mean cost in US dollars
# Column header: the workers whose amounts had no exchange rate and were left out.
reports-usd-missing = Left out: no exchange rate
# Heading and table caption: the ILO cost categories (related costs; see the glossary).
reports-categories-heading = What workers paid for
reports-categories-intro = Share of workers who paid for each kind of cost, out of those who answered the questions about costs.
# All complaints filed on FairRecruit; ": " and a number follow (the page adds the colon).
reports-total-complaints = Complaints received
# ILO term (forced labour indicators): see the glossary in locales/README.md.
reports-indicators-heading = Signs of forced labour
# Column header: one ILO forced labour indicator per row.
reports-indicator = Sign of forced labour
# Column header: the number of complaints.
reports-complaints = Complaints
# Heading: the recruitment abuses (complaint-issue-fees_charged and the others after it).
reports-abuses-heading = Recruitment abuses
# Column header: one recruitment abuse per row.
reports-abuse = Abuse
reports-corridors-complaints-heading = Complaints by route
reports-organisations-heading = How organisations answer
# Label: the complaints sent to this organisation (its referrals).
reports-referrals = Complaints received
# Label: share of complaints this organisation acknowledged within its own deadline.
reports-in-time = Answered in time
# Label: median days from a complaint reaching the organisation to its acknowledgement.
reports-acknowledge-days = Median time to answer
# Label: median days from a complaint reaching the organisation to its resolution.
reports-resolve-days = Median time to resolve
# Label: the share of complaints resolved with an outcome.
reports-resolved-share = Resolved
# Label: complaints where the worker's documents were returned.
reports-documents-returned = Documents returned
# Label: complaints that led to action against a recruiter's licence.
reports-licence-actions = Actions against a licence
# Label; the amounts recovered, one per currency, follow.
reports-money-recovered = Money recovered
# Value of reports-money-recovered when no amount can be shown.
reports-money-none = nothing to show (fewer than 5 cases per currency, or none)
# Error page text (a report's web address); same words as reports-one-breakdown.
error-report-one-breakdown = You can narrow by one of these at a time.
# Error page text. Keep "html" and "csv" as they are (values in the web address).
error-report-format = The format must be html or csv.
# Error page text (a report's web address).
error-report-sector = Choose a sector from the list.
# Error page text (a report's web address).
error-report-year = The year must be a year from 1970 to next year, in digits.
# Error page text (a report's web address).
error-report-sort = Choose how to sort from the list.
# Error page text. Quotes reports-order-desc and reports-order-asc, in lowercase.
error-report-order = The order must be highest first or lowest first.
# Error page text (a report's web address).
error-report-page = The page number must be a whole number from 1 to 1000.
# Filter label on the SDG 10.7.1 report.
reports-gender = Gender
# First choice in the gender filter: no filter.
reports-any-gender = Any gender
reports-gender-note = Gender is optional for workers. Those who did not say are in no gender row, so the gender rows do not add up to the total.
# Error page text (a report's web address).
error-report-gender = Choose a gender from the list.
# Column header and term (SDG 10.7.1 as statistics offices publish it): the average of what
# workers paid ÷ the average of their first month's wages. Keep "as published" meaning "as official
# statistics publish it".
reports-sdg-ratio = Average cost ÷ average first wage (as published)
# Under reports-sdg-ratio in a table cell: what it divides. $cost and $earnings: amounts as
# reports-usd gives them ("US$ 4,290.00"); $count: how many workers, 5 or more.
reports-sdg-terms = { $cost } ÷ { $earnings } (workers: { $count })
# Heading over the definitions of the three cost figures.
reports-sdg-heading = What each cost figure means
# Definition of reports-sdg-ratio (SDG indicator 10.7.1; use the UN's wording if your language has it).
reports-sdg-ratio-definition = SDG indicator 10.7.1 as national statistics offices publish it: the average of what workers paid divided by the average of their first full month's wage, in months. Both are converted to US dollars at the rate of the year each worker left. Only workers who gave both amounts, in a currency with a rate for that year, count.
# Definition of reports-ratio-mean.
reports-ratio-mean-definition = For each worker, what they paid divided by their own first full month's wage; then the average of these ratios, in months.
# Definition of reports-ratio-median.
reports-ratio-median-definition = The middle of the same ratios: half of the workers paid less than this many months of wages, half paid more.
# Before the English title of the ILO and World Bank guidelines, which follows as it is.
reports-sdg-source = The definitions follow the ILO and World Bank guidelines:
# Page title and heading of /reports/download, and its link on the reports index.
reports-data-title = Open data
# Lowercase, after the link on the reports index: "Open data — every published table…".
reports-data-summary = every published table to download as CSV or JSON, with a data dictionary
# A promise (nothing can identify a worker): keep its meaning exactly.
reports-data-intro = Every table these reports publish, whole, for anyone to download and reuse: CSV for spreadsheets, JSON for programs. They hold only the published figures; nothing in them can identify a worker. Column names are in English and do not change; the dictionary below says what each column holds.
# $licence: the licence's name as the operator set it, e.g. "CC BY 4.0" (not translated).
reports-data-licence = You may reuse these data under the licence { $licence }.
# A promise (the k = 5 rule), also written into the data dictionary file: keep its meaning exactly.
# "CSV" and "JSON" are file formats; keep them.
reports-data-suppression = Suppression rule: a figure about 1 to 4 workers is never published, and neither is a figure from which one could be worked out (complementary suppression). A withheld figure is an empty cell in CSV and null in JSON. Counts of complaints and referrals are rounded to the nearest 5. The tables change once a week, on Monday.
# Link that downloads a file. $format: "CSV" or "JSON".
reports-data-download = Download { $format }
# Heading: what each column of the files holds.
reports-data-dictionary = Data dictionary
# Column header in the data dictionary: a column's name in the files (English, never translated).
reports-data-column = Column
# Column header in the data dictionary.
reports-data-unit = Unit
# Column header in the data dictionary.
reports-data-definition = Definition
# Title of the downloadable table of complaint counts.
reports-data-complaints-title = Complaints by problem and route
# What one row of the corridors table is. Glossary: corridor ("route").
reports-data-corridors-about = One row per route and cut: all workers, or one year, sector or gender.
reports-data-recruiters-about = One row per recruiter and cut: all reviews, or one destination, sector or year.
reports-data-complaints-about = Complaints in all, by sign of forced labour, by recruitment abuse and by route.
reports-data-organisations-about = One row per organisation that received 5 or more complaints.
# Units in the data dictionary (reports-unit-*): what a column's values are.
# A code such as NP, construction or woman (the files keep the English words).
reports-unit-code = code
reports-unit-text = text
reports-unit-workers = number of workers
# Counts of complaints or referrals.
reports-unit-cases = number, rounded to the nearest 5
reports-unit-percent = percent
# Cost divided by the first month's wage.
reports-unit-months = months of first wage
reports-unit-usd-cents = US cents
reports-unit-stars = stars, 1 to 5
reports-unit-days = days
# e.g. "NPR 1500000" = 15,000.00 Nepali rupees.
reports-unit-money = currency code and amount in cents (minor units)
# Definitions of the columns in the data dictionary (reports-col-*). The words in the files stay English.
reports-col-breakdown = The cut the row is for: all, year, sector, gender or destination.
reports-col-breakdown-value = The year, sector, gender or destination country of the row; empty for all.
reports-col-origin = Country the workers left (ISO 3166-1 two-letter code).
reports-col-destination = Country where the workers went to work (ISO 3166-1 two-letter code).
reports-col-workers = Workers with a published review on this route.
reports-col-workers-with-ratio = Workers who gave a cost and a first wage above zero.
reports-col-sdg-workers = Workers in the ratio of averages: both amounts given, in a currency with an exchange rate for their year.
reports-col-sdg-cost-mean = Their average cost, in US dollars.
reports-col-sdg-earnings-mean = Their average first full month's wage, in US dollars.
reports-col-paid-any-fee = Share of workers who paid any fee or cost, of those who answered.
reports-col-workers-with-usd = Workers whose cost could be converted to US dollars.
reports-col-cost-mean-usd = Average cost of those workers, in US dollars.
reports-col-workers-without-rate = Workers left out of dollar figures: no exchange rate for their currency and year.
# $category: a cost category's name (review-cost-*), e.g. "Medical exams".
reports-col-paid-category = Share of workers who paid for: { $category }.
reports-col-recruiter-id = The recruiter's public id, as in its address on this site.
reports-col-name = The recruiter's name in the directory.
reports-col-licensing-country = Country that licensed the recruiter; empty for an unlicensed sub-agent.
reports-col-reviews = Published reviews of the recruiter.
# The Bayesian rating, as reports-rankings-method explains.
reports-col-rating = Overall rating, with five imaginary reviews at the average of all reviews added.
reports-col-charged-share = Share of reviewers who paid any fee or cost.
reports-col-complaints-open = Complaints about the recruiter still being handled.
reports-col-complaints-resolved = Complaints about the recruiter resolved with an outcome.
reports-col-section = What the row counts: total, indicator (sign of forced labour), abuse or corridor.
reports-col-item = The indicator or abuse word, or the route as origin-destination; empty for the total.
reports-col-complaints = Complaints received.
reports-col-organisation = Name of the organisation.
# Keep the four words after the colon as they are: they are the values in the files.
reports-col-organisation-kind = Kind of organisation: labour_inspectorate, origin_authority, trade_union or legal_aid.
reports-col-referrals = Complaints sent to the organisation.
reports-col-acknowledge-days = Median days from a complaint reaching the organisation to its first answer.
reports-col-resolve-days = Median days from a complaint reaching the organisation to its resolution.
reports-col-resolved-share = Share of its complaints the organisation resolved with an outcome.
reports-col-documents-returned = Complaints where the worker's documents were returned.
reports-col-licence-actions = Complaints that led to action against a recruiter's licence.
reports-col-money-recovered = Money recovered for workers, per currency (for 5 or more complaints).
