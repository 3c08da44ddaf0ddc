//! A worker's review of a recruiter (domain.md, "What a review captures"): the ILO cost
//! categories with amounts in integer minor units, the loan, the wages, the checklist, the
//! ratings and free text — and what a review adds to its recruiter's scorecard.

mod input;
mod list;
mod parse;
mod scorecard;

pub use input::{CostInput, HONEYPOT, ReviewInput, form_fields};
pub use list::{REVIEWS_MAX_PAGE, REVIEWS_PER_PAGE, ReviewListQuery};
pub use parse::clean_text;
pub use scorecard::{Contribution, ScoreFacts, Scorecard, Shown, median, middle_of_two};

use super::account::Sector;
use super::costs::{CostCategory, Lender, PaidTo, VisaType};
use super::country::CountryCode;
use super::currency::Currency;
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

/// Languages a review's text may be marked as: the shipped locales and "other".
pub const TEXT_LANGUAGES: &[&str] = &[
    "en", "ne", "ar", "ur", "bn", "hi", "fil", "id", "my", "si", "ta", "ms", "km", "vi", "th",
    "es", "fr", "sw", "am", "other",
];

/// How a review reached us when a worker did not send it themselves: collected on paper, by
/// a partner organisation, or over the telephone, then loaded by `import-reviews`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Paper,
    Partner,
    Phone,
}

impl Channel {
    pub const ALL: [Channel; 3] = [Channel::Paper, Channel::Partner, Channel::Phone];

    pub fn as_str(&self) -> &'static str {
        match self {
            Channel::Paper => "paper",
            Channel::Partner => "partner",
            Channel::Phone => "phone",
        }
    }

    pub fn parse(word: &str) -> Option<Channel> {
        Channel::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(word.trim()))
    }

    /// The Fluent key of the sentence a moderator reads, with `$who` the collector.
    pub fn message_key(&self) -> &'static str {
        match self {
            Channel::Paper => "moderate-collected-paper",
            Channel::Partner => "moderate-collected-partner",
            Channel::Phone => "moderate-collected-phone",
        }
    }
}

/// Longest name of who collected a review.
pub const COLLECTED_BY_MAX: usize = 200;
