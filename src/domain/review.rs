//! A worker's review of a recruiter (domain.md, "What a review captures"): the ILO cost
//! categories with amounts in integer minor units, the loan, the wages, the checklist, the
//! ratings and free text — and what a review adds to its recruiter's scorecard.

use std::collections::BTreeMap;

use super::account::Sector;
use super::costs::{self, CostCategory, Lender, PaidTo, VisaType};
use super::country::CountryCode;
use super::currency::{AMOUNT_MAX, Currency, decimal_digit};
use super::text;
use crate::error::InputError;

word_enum!(
    /// The worker's gender, when they chose to say it (the empty choice is "prefer not to
    /// say"). Never shown on a review: only counted in the corridor report, k = 5.
    Gender, "gender", {
        Woman = "woman",
        Man = "man",
        Another = "another",
    }
);

word_enum!(
    /// Only approved reviews are public or counted.
    ReviewStatus, "review-status", {
        Pending = "pending",
        Approved = "approved",
        Rejected = "rejected",
    }
);

word_enum!(
    /// Why a moderator refused a review (shown to its author).
    RejectReason, "reject-reason", {
        NotAReview = "not_a_review",
        Spam = "spam",
        Abusive = "abusive",
        PersonalData = "personal_data",
        Duplicate = "duplicate",
        WrongRecruiter = "wrong_recruiter",
        Other = "other",
    }
);

word_enum!(
    /// The yes/no checklist; each answer may also be left out.
    Check, "check", {
        ContractBeforeDeparture = "contract_before_departure",
        ContractUnderstood = "contract_understood",
        ContractSubstituted = "contract_substituted",
        DocumentsKept = "documents_kept",
        JobAsPromised = "job_as_promised",
        WageAsPromised = "wage_as_promised",
        FreeToChangeEmployer = "free_to_change_employer",
        InfoAccurate = "info_accurate",
    }
);

word_enum!(
    /// What is rated from 1 to 5; only the overall rating is required.
    Dimension, "rating", {
        FeesHonesty = "fees_honesty",
        JobTruth = "job_truth",
        ContractDocuments = "contract_documents",
        Support = "support_after_arrival",
        Overall = "overall",
    }
);

impl CostCategory {
    /// The review form's fields of this category: paid, amount, paid to, receipt.
    pub fn fields(self) -> [&'static str; 4] {
        COST_FIELDS[self.index()]
    }
}

impl Check {
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    pub fn field(self) -> &'static str {
        CHECK_FIELDS[self.index()]
    }
}

impl Dimension {
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|d| *d == self).unwrap_or(0)
    }

    pub fn field(self) -> &'static str {
        RATING_FIELDS[self.index()]
    }
}

macro_rules! cost_fields {
    ($($word:literal),+) => {
        [$([
            concat!("cost_", $word, "_paid"),
            concat!("cost_", $word, "_amount"),
            concat!("cost_", $word, "_to"),
            concat!("cost_", $word, "_receipt"),
        ]),+]
    };
}

/// Form field names, in the order of [`CostCategory::ALL`].
const COST_FIELDS: [[&str; 4]; 9] = cost_fields!(
    "fee",
    "medical",
    "insurance",
    "skills",
    "training",
    "equipment",
    "travel",
    "administrative",
    "illegitimate"
);

const CHECK_FIELDS: [&str; 8] = [
    "check_contract_before_departure",
    "check_contract_understood",
    "check_contract_substituted",
    "check_documents_kept",
    "check_job_as_promised",
    "check_wage_as_promised",
    "check_free_to_change_employer",
    "check_info_accurate",
];

const RATING_FIELDS: [&str; 5] = [
    "rating_fees_honesty",
    "rating_job_truth",
    "rating_contract_documents",
    "rating_support_after_arrival",
    "rating_overall",
];

/// Longest free text, in characters (a long story fits; a pasted book does not).
pub const BODY_MAX: usize = 5000;
pub const OCCUPATION_MAX: usize = 100;
/// A sub-agent's name: the directory's limit.
pub const SUB_AGENT_NAME_MAX: usize = super::recruiter::NAME_MAX as usize;
/// Earliest departure year accepted.
pub const YEAR_MIN: i32 = 1970;
/// Reviews a share, mean or median must cover before it is shown (k-anonymity, k = 5).
pub const K_MIN: i64 = 5;
/// Weight of the prior in the Bayesian rating, in reviews.
pub const PRIOR_WEIGHT: i64 = 5;

/// One answered cost category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CostItem {
    pub category: CostCategory,
    pub paid: bool,
    /// Minor units of the review's currency.
    pub amount: Option<i64>,
    pub paid_to: Option<PaidTo>,
    pub receipt: Option<bool>,
}

/// A review, checked and typed; every optional part may be skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewDraft {
    /// The unlicensed sub-agent the worker dealt with, when not the listed recruiter.
    pub sub_agent_name: Option<String>,
    pub origin: CountryCode,
    pub destination: CountryCode,
    pub sector: Option<Sector>,
    pub occupation: Option<String>,
    pub departure_year: i32,
    pub visa_type: Option<VisaType>,
    /// Optional; never public (see [`Gender`]).
    pub gender: Option<Gender>,
    /// The one currency of every amount in the review (costs and wages), so that the
    /// cost-to-wage ratio needs no exchange rate.
    pub currency: Option<Currency>,
    /// Answered categories, in [`CostCategory::ALL`] order.
    pub costs: Vec<CostItem>,
    pub took_loan: Option<bool>,
    pub lender: Option<Lender>,
    /// Monthly interest in basis points (3 % a month = 300).
    pub loan_interest_bp: Option<i32>,
    /// Monthly wages, minor units.
    pub promised_wage: Option<i64>,
    pub first_month_wage: Option<i64>,
    /// Indexed by [`Check::index`].
    pub checks: [Option<bool>; 8],
    /// Indexed by [`Dimension::index`]; the overall rating is always there.
    pub ratings: [Option<i16>; 5],
    pub would_use_again: Option<bool>,
    pub body: Option<String>,
    /// BCP 47 code of the free text's language.
    pub body_language: Option<String>,
}

impl ReviewDraft {
    pub fn check(&self, c: Check) -> Option<bool> {
        self.checks[c.index()]
    }

    pub fn rating(&self, d: Dimension) -> Option<i16> {
        self.ratings[d.index()]
    }

    /// Everything paid, in minor units; `None` when no amount was given.
    pub fn total_cost(&self) -> Option<i64> {
        let amounts: Vec<i64> = self
            .costs
            .iter()
            .filter(|c| c.paid)
            .filter_map(|c| c.amount)
            .collect();
        (!amounts.is_empty()).then(|| amounts.iter().sum())
    }

    /// Charged any fee or cost at all: yes when a category was paid, no when the worker
    /// answered and paid nothing, unknown when the costs were skipped.
    pub fn charged_any(&self) -> Option<bool> {
        if self.costs.iter().any(|c| c.paid) {
            Some(true)
        } else if self.costs.is_empty() {
            None
        } else {
            Some(false)
        }
    }

    /// SDG 10.7.1 for this worker: total cost ÷ first month's wage, in basis points
    /// (3.5 months of wages = 35,000). Undefined — `None` — without both, or when the
    /// first month paid nothing.
    pub fn cost_ratio_bp(&self) -> Option<i64> {
        ratio_bp(self.total_cost()?, self.first_month_wage?)
    }

    /// Whether the worker reported something the law may forbid: the review → complaint
    /// bridge offers a confidential complaint then.
    pub fn reports_abuse(&self) -> bool {
        self.charged_any() == Some(true)
            || self.check(Check::DocumentsKept) == Some(true)
            || self.check(Check::ContractSubstituted) == Some(true)
            || self.check(Check::WageAsPromised) == Some(false)
    }
}

/// `cost / wage` in basis points, rounded half up; `None` for a zero or negative wage.
pub fn ratio_bp(cost: i64, wage: i64) -> Option<i64> {
    if wage <= 0 || cost < 0 {
        return None;
    }
    let scaled = i128::from(cost) * 10_000;
    let wage = i128::from(wage);
    i64::try_from((scaled + wage / 2) / wage).ok()
}

/// A form's or request's problems, each on its field.
pub type Problems = Vec<InputError>;

/// The checks both the form and the API apply once their input is typed: ranges, the year,
/// lengths and characters of free text, a currency for any amount.
pub fn check_draft(draft: &ReviewDraft, this_year: i32, problems: &mut Problems) {
    if !(YEAR_MIN..=this_year).contains(&draft.departure_year) {
        problems.push(InputError::new("departure_year", "error-review-year"));
    }
    let amount_ok = |a: &Option<i64>| a.is_none_or(|a| (0..=AMOUNT_MAX).contains(&a));
    for item in &draft.costs {
        if !amount_ok(&item.amount) {
            problems.push(InputError::new(item.category.fields()[1], "error-amount"));
        }
    }
    if !amount_ok(&draft.promised_wage) {
        problems.push(InputError::new("promised_wage", "error-amount"));
    }
    if !amount_ok(&draft.first_month_wage) {
        problems.push(InputError::new("first_wage", "error-amount"));
    }
    let any_amount = draft.costs.iter().any(|c| c.amount.is_some())
        || draft.promised_wage.is_some()
        || draft.first_month_wage.is_some();
    if any_amount && draft.currency.is_none() {
        problems.push(InputError::new("currency", "error-currency"));
    }
    if let Some(bp) = draft.loan_interest_bp
        && !costs::interest_in_range(bp)
    {
        problems.push(InputError::new("loan_interest", "error-interest"));
    }
    for d in Dimension::ALL {
        if let Some(r) = draft.rating(*d)
            && !(1..=5).contains(&r)
        {
            problems.push(InputError::new(d.field(), "error-review-rating"));
        }
    }
    if draft.rating(Dimension::Overall).is_none() {
        problems.push(InputError::new(
            "rating_overall",
            "error-review-rating-required",
        ));
    }
    check_text(
        "occupation",
        draft.occupation.as_deref(),
        OCCUPATION_MAX,
        false,
        "error-text-long",
        problems,
    );
    check_text(
        "sub_agent",
        draft.sub_agent_name.as_deref(),
        SUB_AGENT_NAME_MAX,
        false,
        "error-text-long",
        problems,
    );
    if draft
        .sub_agent_name
        .as_deref()
        .is_some_and(|n| text::fold(n).is_empty())
    {
        problems.push(InputError::new("sub_agent", "error-review-sub-agent"));
    }
    // The story is the one text a worker can make too long; its message says the limit.
    check_text(
        "body",
        draft.body.as_deref(),
        BODY_MAX,
        true,
        "error-review-text-long",
        problems,
    );
    if let Some(lang) = &draft.body_language
        && !TEXT_LANGUAGES.contains(&lang.as_str())
    {
        problems.push(InputError::new("body_language", "error-review-language"));
    }
}

fn check_text(
    field: &'static str,
    value: Option<&str>,
    max: usize,
    multiline: bool,
    too_long: &'static str,
    problems: &mut Problems,
) {
    let Some(value) = value else { return };
    let forbidden = if multiline {
        text::has_forbidden_chars(&value.replace('\n', ""))
    } else {
        text::has_forbidden_chars(value)
    };
    if forbidden {
        problems.push(InputError::new(field, "error-text-chars"));
    } else if text::has_markup(value) {
        problems.push(InputError::new(field, "error-text-markup"));
    } else if value.chars().count() > max {
        problems.push(InputError::new(field, too_long));
    }
}

/// Languages a review's text may be marked as: the shipped locales and "other".
pub const TEXT_LANGUAGES: &[&str] = &[
    "en", "ne", "ar", "ur", "bn", "hi", "fil", "id", "my", "other",
];

/// Trims, turns CR LF into LF, and makes empty text absent.
pub fn clean_text(value: &str) -> Option<String> {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

// ---------------------------------------------------------------------------------------
// The HTML form: every field a string, as typed.

/// The review form as typed: field name → value. Unknown names are refused, so the set of
/// names is the contract (see [`form_fields`]).
#[derive(Debug, Clone, Default)]
pub struct ReviewInput {
    pub fields: BTreeMap<String, String>,
}

/// Every field name the review form has (the honeypot included).
pub fn form_fields() -> Vec<&'static str> {
    let mut names = vec![
        "sub_agent",
        "origin",
        "destination",
        "sector",
        "occupation",
        "departure_year",
        "visa_type",
        "gender",
        "currency",
        "took_loan",
        "lender",
        "loan_interest",
        "promised_wage",
        "first_wage",
        "use_again",
        "body",
        "body_language",
        HONEYPOT,
    ];
    names.extend(COST_FIELDS.iter().flatten());
    names.extend(CHECK_FIELDS);
    names.extend(RATING_FIELDS);
    names
}

/// A field hidden from people and left empty by them; bots fill it.
pub const HONEYPOT: &str = "website";

impl ReviewInput {
    /// Refuses a field the form does not have.
    pub fn new(fields: BTreeMap<String, String>) -> Result<ReviewInput, InputError> {
        let known = form_fields();
        if fields.keys().any(|k| !known.contains(&k.as_str())) {
            return Err(InputError::new("form", "error-form-fields"));
        }
        Ok(ReviewInput { fields })
    }

    pub fn get(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }

    pub fn set(&mut self, name: &str, value: String) {
        self.fields.insert(name.to_owned(), value);
    }

    /// A bot filled the hidden field.
    pub fn is_bot(&self) -> bool {
        !self.get(HONEYPOT).trim().is_empty()
    }

    /// The form's values as a worker would see them again: control characters and
    /// bidirectional overrides shown as U+FFFD (line breaks kept in the free text).
    pub fn visible(&self) -> ReviewInput {
        let fields = self
            .fields
            .iter()
            .map(|(k, v)| {
                let shown = v
                    .split('\n')
                    .map(|line| {
                        let mut buf = [0u8; 4];
                        line.trim_end_matches('\r')
                            .chars()
                            .map(|c| {
                                if text::has_forbidden_chars(c.encode_utf8(&mut buf)) {
                                    '\u{FFFD}'
                                } else {
                                    c
                                }
                            })
                            .collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                (k.clone(), shown)
            })
            .collect();
        ReviewInput { fields }
    }

    /// The typed draft, or every problem found, each on its field.
    pub fn draft(&self, this_year: i32) -> Result<ReviewDraft, Problems> {
        let mut problems = Problems::new();
        let country = |field: &'static str, problems: &mut Problems| {
            let v = self.get(field);
            let parsed = CountryCode::parse(v);
            if parsed.is_none() {
                problems.push(InputError::new(field, "error-invalid-country"));
            }
            parsed
        };
        let origin = country("origin", &mut problems);
        let destination = country("destination", &mut problems);
        let sector = self.choice("sector", Sector::parse, &mut problems);
        let visa_type = self.choice("visa_type", VisaType::parse, &mut problems);
        let gender = self.choice("gender", Gender::parse, &mut problems);
        let lender = self.choice("lender", Lender::parse, &mut problems);
        let currency = self.choice("currency", Currency::parse, &mut problems);
        let departure_year = match parse_digits(self.get("departure_year")) {
            Some(y) if y <= i64::from(i32::MAX) => y as i32,
            _ => {
                problems.push(InputError::new("departure_year", "error-review-year"));
                0
            }
        };
        // Amounts need the currency's decimals; without a currency, two are assumed so the
        // form can still say what else is wrong.
        let money = currency.unwrap_or_else(|| Currency::parse("USD").expect("USD is known"));
        let amount = |field: &'static str, problems: &mut Problems| {
            let v = self.get(field).trim();
            if v.is_empty() {
                return None;
            }
            let parsed = money.parse_amount(v);
            if parsed.is_none() {
                problems.push(InputError::new(field, "error-amount"));
            }
            parsed
        };
        let mut costs = Vec::new();
        for category in CostCategory::ALL {
            let [paid_f, amount_f, to_f, receipt_f] = category.fields();
            let paid = self.yes_no(paid_f, &mut problems);
            let amount = amount(amount_f, &mut problems);
            let paid_to = self.choice(to_f, PaidTo::parse, &mut problems);
            let receipt = self.yes_no(receipt_f, &mut problems);
            // An amount means it was paid, whether or not "yes" was ticked.
            let paid = match (paid, amount) {
                (None, Some(a)) if a > 0 => Some(true),
                (p, _) => p,
            };
            if let Some(paid) = paid {
                costs.push(CostItem {
                    category: *category,
                    paid,
                    amount: amount.filter(|_| paid),
                    paid_to: paid_to.filter(|_| paid),
                    receipt: receipt.filter(|_| paid),
                });
            }
        }
        let took_loan = self.yes_no("took_loan", &mut problems);
        let loan_interest_bp = {
            let v = self.get("loan_interest");
            if v.trim().is_empty() {
                None
            } else {
                let parsed = costs::parse_monthly_interest(v);
                if parsed.is_none() {
                    problems.push(InputError::new("loan_interest", "error-interest"));
                }
                parsed
            }
        };
        let promised_wage = amount("promised_wage", &mut problems);
        let first_month_wage = amount("first_wage", &mut problems);
        let mut checks = [None; 8];
        for c in Check::ALL {
            checks[c.index()] = self.yes_no(c.field(), &mut problems);
        }
        let mut ratings = [None; 5];
        for d in Dimension::ALL {
            let v = self.get(d.field()).trim();
            if !v.is_empty() {
                match parse_digits(v) {
                    Some(r) if (1..=5).contains(&r) => ratings[d.index()] = Some(r as i16),
                    _ => problems.push(InputError::new(d.field(), "error-review-rating")),
                }
            }
        }
        let would_use_again = self.yes_no("use_again", &mut problems);
        let body_language = Some(self.get("body_language").trim())
            .filter(|v| !v.is_empty())
            .map(str::to_owned);
        let draft = ReviewDraft {
            sub_agent_name: clean_text(self.get("sub_agent")),
            origin: origin.unwrap_or_else(|| CountryCode::parse("NP").expect("NP is a country")),
            destination: destination
                .unwrap_or_else(|| CountryCode::parse("QA").expect("QA is a country")),
            sector,
            occupation: clean_text(self.get("occupation")),
            departure_year,
            visa_type,
            gender,
            currency,
            costs,
            took_loan,
            lender: lender.filter(|_| took_loan == Some(true)),
            loan_interest_bp: loan_interest_bp.filter(|_| took_loan == Some(true)),
            promised_wage,
            first_month_wage,
            checks,
            ratings,
            would_use_again,
            body: clean_text(self.get("body")),
            body_language,
        };
        if departure_year != 0 {
            check_draft(&draft, this_year, &mut problems);
        } else {
            let mut rest = Problems::new();
            check_draft(&draft, this_year, &mut rest);
            problems.extend(rest.into_iter().filter(|p| p.field != "departure_year"));
        }
        // One message per field, the first found.
        let mut seen = Vec::new();
        problems.retain(|p| {
            let first = !seen.contains(&p.field);
            seen.push(p.field);
            first
        });
        if problems.is_empty() {
            Ok(draft)
        } else {
            Err(problems)
        }
    }

    fn choice<T>(
        &self,
        field: &'static str,
        parse: impl Fn(&str) -> Option<T>,
        problems: &mut Problems,
    ) -> Option<T> {
        let v = self.get(field).trim();
        if v.is_empty() {
            return None;
        }
        let parsed = parse(v);
        if parsed.is_none() {
            problems.push(InputError::new(field, "error-choice"));
        }
        parsed
    }

    fn yes_no(&self, field: &'static str, problems: &mut Problems) -> Option<bool> {
        match self.get(field).trim() {
            "" => None,
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                problems.push(InputError::new(field, "error-choice"));
                None
            }
        }
    }

    /// The form filled with a stored draft (a worker editing their review).
    pub fn of(draft: &ReviewDraft) -> ReviewInput {
        let mut input = ReviewInput::default();
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes".to_owned(),
            Some(false) => "no".to_owned(),
            None => String::new(),
        };
        let money = draft.currency;
        let amount = |a: Option<i64>| match (a, money) {
            (Some(a), Some(c)) => c.to_input(a),
            _ => String::new(),
        };
        input.set(
            "sub_agent",
            draft.sub_agent_name.clone().unwrap_or_default(),
        );
        input.set("origin", draft.origin.as_str().to_owned());
        input.set("destination", draft.destination.as_str().to_owned());
        input.set(
            "sector",
            draft
                .sector
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
        );
        input.set("occupation", draft.occupation.clone().unwrap_or_default());
        input.set("departure_year", draft.departure_year.to_string());
        input.set(
            "visa_type",
            draft
                .visa_type
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
        );
        input.set(
            "gender",
            draft
                .gender
                .map(|g| g.as_str().to_owned())
                .unwrap_or_default(),
        );
        input.set(
            "currency",
            money.map(|c| c.as_str().to_owned()).unwrap_or_default(),
        );
        for item in &draft.costs {
            let [paid_f, amount_f, to_f, receipt_f] = item.category.fields();
            input.set(paid_f, yes_no(Some(item.paid)));
            input.set(amount_f, amount(item.amount));
            input.set(
                to_f,
                item.paid_to
                    .map(|p| p.as_str().to_owned())
                    .unwrap_or_default(),
            );
            input.set(receipt_f, yes_no(item.receipt));
        }
        input.set("took_loan", yes_no(draft.took_loan));
        input.set(
            "lender",
            draft
                .lender
                .map(|l| l.as_str().to_owned())
                .unwrap_or_default(),
        );
        input.set(
            "loan_interest",
            draft
                .loan_interest_bp
                .map(costs::monthly_interest_input)
                .unwrap_or_default(),
        );
        input.set("promised_wage", amount(draft.promised_wage));
        input.set("first_wage", amount(draft.first_month_wage));
        for c in Check::ALL {
            input.set(c.field(), yes_no(draft.check(*c)));
        }
        for d in Dimension::ALL {
            input.set(
                d.field(),
                draft.rating(*d).map(|r| r.to_string()).unwrap_or_default(),
            );
        }
        input.set("use_again", yes_no(draft.would_use_again));
        input.set("body", draft.body.clone().unwrap_or_default());
        input.set(
            "body_language",
            draft.body_language.clone().unwrap_or_default(),
        );
        input
    }
}

/// A whole number typed in any script's digits (`२०२४`); `None` otherwise.
fn parse_digits(input: &str) -> Option<i64> {
    let input = input.trim();
    if input.is_empty() || input.chars().count() > 12 {
        return None;
    }
    input.chars().try_fold(0i64, |n, c| {
        let d = decimal_digit(c)?;
        n.checked_mul(10)?.checked_add(i64::from(d))
    })
}

// ---------------------------------------------------------------------------------------
// The scorecard: what each approved review adds, and what is shown.

/// What one approved review contributes to its recruiter's kept scorecard. Adding it on
/// approval and subtracting it when an approved review is edited keeps the sums exact.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Contribution {
    pub review_count: i64,
    pub rating_sum: i64,
    /// Per dimension other than overall: (sum, count), in [`Dimension::ALL`] order.
    pub dimensions: [(i64, i64); 4],
    /// (yes, answered) for: charged any, documents kept, contract substituted, job not as
    /// promised, would use again.
    pub shares: [(i64, i64); 5],
    /// Reviews with a defined cost ratio.
    pub ratio_count: i64,
}

/// The facts of a stored review the scorecard is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreFacts {
    pub ratings: [Option<i16>; 5],
    pub charged_any: Option<bool>,
    pub documents_kept: Option<bool>,
    pub contract_substituted: Option<bool>,
    pub job_as_promised: Option<bool>,
    pub would_use_again: Option<bool>,
    pub currency: Option<String>,
    pub total_cost: Option<i64>,
    pub cost_ratio_bp: Option<i64>,
}

impl Contribution {
    pub fn of(f: &ScoreFacts) -> Contribution {
        let share = |answer: Option<bool>| match answer {
            Some(yes) => (i64::from(yes), 1),
            None => (0, 0),
        };
        let mut dimensions = [(0, 0); 4];
        for (i, slot) in dimensions.iter_mut().enumerate() {
            if let Some(r) = f.ratings[i] {
                *slot = (i64::from(r), 1);
            }
        }
        Contribution {
            review_count: 1,
            rating_sum: f.ratings[Dimension::Overall.index()].map_or(0, i64::from),
            dimensions,
            shares: [
                share(f.charged_any),
                share(f.documents_kept),
                share(f.contract_substituted),
                share(f.job_as_promised.map(|as_promised| !as_promised)),
                share(f.would_use_again),
            ],
            ratio_count: i64::from(f.cost_ratio_bp.is_some()),
        }
    }

    /// `self + sign × other`.
    pub fn add(&mut self, other: &Contribution, sign: i64) {
        self.review_count += sign * other.review_count;
        self.rating_sum += sign * other.rating_sum;
        for (a, b) in self.dimensions.iter_mut().zip(other.dimensions) {
            a.0 += sign * b.0;
            a.1 += sign * b.1;
        }
        for (a, b) in self.shares.iter_mut().zip(other.shares) {
            a.0 += sign * b.0;
            a.1 += sign * b.1;
        }
        self.ratio_count += sign * other.ratio_count;
    }
}

/// The median of sorted values; of an even count, the mean of the middle two rounded down.
pub fn median(sorted: &[i64]) -> Option<i64> {
    let n = sorted.len();
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        Some(sorted[n / 2])
    } else {
        Some(middle_of_two(sorted[n / 2 - 1], sorted[n / 2]))
    }
}

/// The mean of the two middle values, rounded down, without overflow.
pub fn middle_of_two(a: i64, b: i64) -> i64 {
    ((i128::from(a) + i128::from(b)).div_euclid(2)) as i64
}

/// A number shown only when it covers at least [`K_MIN`] reviews.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shown<T> {
    Value(T),
    Suppressed,
}

impl<T: Copy> Shown<T> {
    fn when(covered: i64, value: impl FnOnce() -> T) -> Shown<T> {
        if covered >= K_MIN {
            Shown::Value(value())
        } else {
            Shown::Suppressed
        }
    }

    pub fn value(&self) -> Option<T> {
        match self {
            Shown::Value(v) => Some(*v),
            Shown::Suppressed => None,
        }
    }
}

/// A recruiter's public scorecard, from the kept sums.
#[derive(Debug, Clone, PartialEq)]
pub struct Scorecard {
    pub review_count: i64,
    /// Shrunk towards the mean of all approved reviews with weight [`PRIOR_WEIGHT`]; `None`
    /// without reviews.
    pub rating_bayesian: Option<f64>,
    pub rating_mean: Shown<f64>,
    /// In [`Dimension::ALL`] order without overall.
    pub dimensions: [Shown<f64>; 4],
    /// Fractions 0–1: charged any fee or cost, documents kept, contract substituted, job
    /// not as promised, would use again.
    pub shares: [Shown<f64>; 5],
    /// Per currency: median total cost in minor units.
    pub cost_medians: Vec<(String, Shown<i64>)>,
    /// Median of cost ÷ first-month wage, basis points.
    pub ratio_median_bp: Shown<i64>,
}

impl Scorecard {
    /// `sums` are the recruiter's kept sums, `medians` its kept medians per currency
    /// (currency, reviews, median), `ratio_median_bp` its kept ratio median, and
    /// `(all_sum, all_count)` the overall ratings of every approved review.
    pub fn new(
        sums: &Contribution,
        medians: &[(String, i64, i64)],
        ratio_median_bp: Option<i64>,
        (all_sum, all_count): (i64, i64),
    ) -> Scorecard {
        let n = sums.review_count;
        let mean = |sum: i64, count: i64| sum as f64 / count as f64;
        let rating_bayesian = (n > 0).then(|| {
            let prior = if all_count > 0 {
                mean(all_sum, all_count)
            } else {
                mean(sums.rating_sum, n)
            };
            (PRIOR_WEIGHT as f64 * prior + sums.rating_sum as f64) / (PRIOR_WEIGHT + n) as f64
        });
        Scorecard {
            review_count: n,
            rating_bayesian,
            rating_mean: Shown::when(n, || mean(sums.rating_sum, n)),
            dimensions: sums
                .dimensions
                .map(|(sum, count)| Shown::when(count, || mean(sum, count))),
            shares: sums
                .shares
                .map(|(yes, count)| Shown::when(count, || mean(yes, count))),
            cost_medians: medians
                .iter()
                .map(|(currency, count, median)| {
                    (currency.clone(), Shown::when(*count, || *median))
                })
                .collect(),
            ratio_median_bp: match ratio_median_bp {
                Some(m) => Shown::when(sums.ratio_count, || m),
                None => Shown::Suppressed,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> ReviewInput {
        ReviewInput::new(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
        .unwrap()
    }

    fn minimal() -> Vec<(&'static str, &'static str)> {
        vec![
            ("origin", "NP"),
            ("destination", "QA"),
            ("departure_year", "2024"),
            ("rating_overall", "2"),
        ]
    }

    #[test]
    fn a_minimal_review_is_enough() {
        let draft = form(&minimal()).draft(2026).unwrap();
        assert_eq!(draft.origin.as_str(), "NP");
        assert_eq!(draft.rating(Dimension::Overall), Some(2));
        assert!(draft.costs.is_empty());
        assert_eq!(draft.charged_any(), None);
        assert_eq!(draft.total_cost(), None);
    }

    #[test]
    fn costs_are_exact_minor_units_and_the_ratio_is_per_worker() {
        let mut pairs = minimal();
        pairs.extend([
            ("currency", "NPR"),
            ("cost_fee_paid", "yes"),
            ("cost_fee_amount", "1,50,000"),
            ("cost_medical_amount", "५०००.५०"),
            ("cost_travel_paid", "no"),
            ("first_wage", "50000"),
        ]);
        let draft = form(&pairs).draft(2026).unwrap();
        assert_eq!(draft.total_cost(), Some(15_000_000 + 500_050));
        assert_eq!(draft.charged_any(), Some(true));
        assert_eq!(draft.costs.len(), 3);
        // 155,000.50 / 50,000 = 3.10001 → 31,000 basis points.
        assert_eq!(draft.cost_ratio_bp(), Some(31_000));
        assert!(draft.reports_abuse());
    }

    #[test]
    fn a_zero_wage_leaves_the_ratio_undefined() {
        let mut pairs = minimal();
        pairs.extend([
            ("currency", "NPR"),
            ("cost_fee_amount", "1000"),
            ("first_wage", "0"),
        ]);
        let draft = form(&pairs).draft(2026).unwrap();
        assert_eq!(draft.first_month_wage, Some(0));
        assert_eq!(draft.cost_ratio_bp(), None);
        assert_eq!(ratio_bp(5, 0), None);
        assert_eq!(ratio_bp(AMOUNT_MAX, 1), Some(AMOUNT_MAX * 10_000));
    }

    #[test]
    fn every_problem_is_reported_on_its_field() {
        let pairs = vec![
            ("origin", "XX"),
            ("destination", "QA"),
            ("departure_year", "2031"),
            ("rating_overall", "6"),
            ("rating_job_truth", "0"),
            ("cost_fee_amount", "-5"),
            ("promised_wage", "10000000001"),
            ("body", "hi \u{202E} there"),
            ("sector", "mining"),
        ];
        let problems = form(&pairs).draft(2026).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        for field in [
            "origin",
            "departure_year",
            "rating_overall",
            "rating_job_truth",
            "cost_fee_amount",
            "promised_wage",
            "body",
            "sector",
        ] {
            assert!(fields.contains(&field), "{field} in {fields:?}");
        }
    }

    #[test]
    fn amounts_need_a_currency_and_text_is_bounded() {
        let mut pairs = minimal();
        pairs.push(("first_wage", "100"));
        let problems = form(&pairs).draft(2026).unwrap_err();
        assert_eq!(problems[0].field, "currency");
        let long = "x".repeat(BODY_MAX + 1);
        let mut pairs = minimal();
        pairs.push(("body", &long));
        let problems = form(&pairs).draft(2026).unwrap_err();
        assert_eq!(problems[0].message_key, "error-review-text-long");
        // Markup is refused; a "<" before a number is not markup.
        let mut pairs = minimal();
        pairs.push(("body", "<b>bold</b>"));
        let problems = form(&pairs).draft(2026).unwrap_err();
        assert_eq!(problems[0].message_key, "error-text-markup");
        let mut pairs = minimal();
        pairs.push(("body", "paid < 5000 and got > 100"));
        assert!(form(&pairs).draft(2026).is_ok());
        // Line breaks are allowed in the free text, not in one-line fields.
        let mut pairs = minimal();
        pairs.extend([("body", "line one\r\nline two"), ("occupation", "a\nb")]);
        let problems = form(&pairs).draft(2026).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "occupation");
    }

    #[test]
    fn unknown_fields_are_refused() {
        let fields = [
            ("rating_overall".to_owned(), "3".to_owned()),
            ("is_admin".to_owned(), "1".to_owned()),
        ];
        assert!(ReviewInput::new(fields.into_iter().collect()).is_err());
    }

    #[test]
    fn a_stored_draft_fills_the_form_again() {
        let mut pairs = minimal();
        pairs.extend([
            ("currency", "KWD"),
            ("cost_fee_amount", "100.125"),
            ("cost_fee_to", "sub_agent"),
            ("took_loan", "yes"),
            ("lender", "moneylender"),
            ("loan_interest", "3.5"),
            ("check_documents_kept", "yes"),
            ("body", "text"),
            ("body_language", "ne"),
        ]);
        let draft = form(&pairs).draft(2026).unwrap();
        assert_eq!(draft.loan_interest_bp, Some(350));
        let again = ReviewInput::of(&draft).draft(2026).unwrap();
        assert_eq!(again, draft);
    }

    #[test]
    fn scorecards_suppress_below_five_and_shrink_towards_the_prior() {
        let facts = ScoreFacts {
            ratings: [Some(1), None, None, None, Some(1)],
            charged_any: Some(true),
            documents_kept: Some(false),
            contract_substituted: None,
            job_as_promised: Some(false),
            would_use_again: Some(false),
            currency: Some("NPR".into()),
            total_cost: Some(100),
            cost_ratio_bp: Some(20_000),
        };
        let one = Contribution::of(&facts);
        let mut sums = Contribution::default();
        for _ in 0..4 {
            sums.add(&one, 1);
        }
        let card = Scorecard::new(&sums, &[("NPR".into(), 4, 100)], Some(20_000), (400, 100));
        assert_eq!(card.review_count, 4);
        // (5 × 4.0 + 4 × 1) / 9
        assert!((card.rating_bayesian.unwrap() - 24.0 / 9.0).abs() < 1e-9);
        assert_eq!(card.rating_mean, Shown::Suppressed);
        assert_eq!(card.shares[0], Shown::Suppressed);
        assert_eq!(card.cost_medians[0].1, Shown::Suppressed);
        sums.add(&one, 1);
        let card = Scorecard::new(&sums, &[("NPR".into(), 5, 100)], Some(20_000), (400, 100));
        assert_eq!(card.rating_mean, Shown::Value(1.0));
        assert_eq!(card.shares[0], Shown::Value(1.0));
        assert_eq!(card.shares[1], Shown::Value(0.0));
        assert_eq!(card.shares[2], Shown::Suppressed);
        assert_eq!(card.shares[3], Shown::Value(1.0));
        assert_eq!(card.ratio_median_bp, Shown::Value(20_000));
        assert_eq!(card.dimensions[0], Shown::Value(1.0));
        assert_eq!(card.dimensions[1], Shown::Suppressed);
        sums.add(&one, -1);
        assert_eq!(sums.review_count, 4);
    }

    #[test]
    fn medians_of_odd_and_even_counts() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3]), Some(3));
        assert_eq!(median(&[1, 2, 9]), Some(2));
        assert_eq!(median(&[1, 2, 4, 9]), Some(3));
        assert_eq!(median(&[1, 2]), Some(1));
        assert_eq!(middle_of_two(AMOUNT_MAX, AMOUNT_MAX), AMOUNT_MAX);
    }
}

/// Reviews on one page of a profile.
pub const REVIEWS_PER_PAGE: i64 = 10;
/// Deepest page of reviews.
pub const REVIEWS_MAX_PAGE: i64 = 1000;

/// Which approved reviews to list: `page`, `per_page` (API only) and `language`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewListQuery {
    pub page: i64,
    pub per_page: i64,
    pub language: Option<String>,
}

impl ReviewListQuery {
    /// From decoded query pairs; `lang` (the page's language) is not this query's. Unknown
    /// or repeated parameters are refused, as on the directory.
    pub fn from_pairs(
        pairs: &[(String, String)],
        allow_per_page: bool,
    ) -> Result<ReviewListQuery, InputError> {
        let mut query = ReviewListQuery {
            page: 1,
            per_page: REVIEWS_PER_PAGE,
            language: None,
        };
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            let field = match key.as_str() {
                "lang" => continue,
                "page" => "page",
                "language" => "language",
                "per_page" if allow_per_page => "per_page",
                _ => return Err(InputError::new("query", "error-unknown-parameter")),
            };
            if seen.contains(&field) {
                return Err(InputError::new(field, "error-repeated-parameter"));
            }
            seen.push(field);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match field {
                "page" => {
                    query.page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=REVIEWS_MAX_PAGE).contains(p))
                        .ok_or(InputError::new("page", "error-review-page"))?
                }
                "per_page" => {
                    query.per_page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=100).contains(p))
                        .ok_or(InputError::new("per_page", "error-invalid-per-page"))?
                }
                _ => {
                    if !TEXT_LANGUAGES.contains(&value) {
                        return Err(InputError::new("language", "error-review-language"));
                    }
                    query.language = Some(value.to_owned());
                }
            }
        }
        Ok(query)
    }
}
