//! Complaints and their referrals: what a worker files (checked into a typed draft), whom it
//! may reach, how urgent it is, and the life of each referral as a typed state machine.

use super::account::{OrganisationKind, Sector};
use super::country::CountryCode;
use super::recruiter::PublicId;
use super::text;
use crate::error::InputError;

word_enum!(
    /// What went wrong: the 11 ILO indicators of forced labour, then the recruitment abuses.
    Issue, "complaint-issue", {
        AbuseOfVulnerability = "abuse_of_vulnerability",
        Deception = "deception",
        RestrictionOfMovement = "restriction_of_movement",
        Isolation = "isolation",
        PhysicalSexualViolence = "physical_sexual_violence",
        IntimidationThreats = "intimidation_threats",
        RetentionOfDocuments = "retention_of_documents",
        WithholdingOfWages = "withholding_of_wages",
        DebtBondage = "debt_bondage",
        AbusiveConditions = "abusive_conditions",
        ExcessiveOvertime = "excessive_overtime",
        FeesCharged = "fees_charged",
        JobDeception = "job_deception",
        ContractSubstitution = "contract_substitution",
        NoContract = "no_contract",
        DocumentsRetained = "documents_retained",
        WagesUnpaid = "wages_unpaid",
        Discrimination = "discrimination",
        Harassment = "harassment",
        UnlicensedRecruiter = "unlicensed_recruiter",
    }
);

impl Issue {
    /// One of the ILO's 11 indicators of forced labour (one can be enough to suspect it).
    pub fn is_forced_labour_indicator(&self) -> bool {
        Issue::ALL[..11].contains(self)
    }
}

word_enum!(
    /// Where the worker is in the migration.
    Stage, "complaint-stage", {
        BeforeDeparture = "before_departure",
        InTransit = "in_transit",
        AtDestination = "at_destination",
        Returned = "returned",
    }
);

word_enum!(
    /// What the worker asks for.
    Remedy, "complaint-remedy", {
        Refund = "refund",
        UnpaidWages = "unpaid_wages",
        DocumentsReturned = "documents_returned",
        Repatriation = "repatriation",
        ChangeOfEmployer = "change_of_employer",
        Other = "other",
    }
);

word_enum!(
    /// What the worker paid for, by the ILO's categories of recruitment costs (2019); the
    /// last are never legitimate (bribes, bonds, deposits, illegal cost recovery).
    CostCategory, "complaint-cost", {
        Medical = "medical",
        Insurance = "insurance",
        SkillsTests = "skills_tests",
        Training = "training",
        Equipment = "equipment",
        Travel = "travel",
        Administrative = "administrative",
        Illegitimate = "illegitimate",
    }
);

word_enum!(
    /// Who lent the worker the money to pay.
    Lender, "complaint-lender", {
        Family = "family",
        Moneylender = "moneylender",
        Bank = "bank",
        Recruiter = "recruiter",
        Employer = "employer",
        Other = "other",
    }
);

/// A loan taken to pay for the recruitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Loan {
    pub lender: Lender,
    /// Yearly interest in whole percent, if known.
    pub interest_percent: Option<i32>,
}

pub const VISA_TYPE_MAX: usize = 60;

word_enum!(
    /// How the worker wants to be reached.
    ContactPreference, "complaint-contact", {
        ReceiptOnly = "receipt_only",
        Account = "account",
        Contact = "contact",
    }
);

word_enum!(
    /// Where a referral stands.
    ReferralStatus, "case-status", {
        New = "new",
        Acknowledged = "acknowledged",
        Investigating = "investigating",
        AwaitingWorker = "awaiting_worker",
        Resolved = "resolved",
        Closed = "closed",
    }
);

word_enum!(
    /// Why a referral was closed without an outcome.
    CloseReason, "case-close-reason", {
        OutOfJurisdiction = "out_of_jurisdiction",
        Unfounded = "unfounded",
        Withdrawn = "withdrawn",
    }
);

word_enum!(
    /// The remedy a referral actually obtained.
    RemedyObtained, "case-remedy", {
        MoneyRecovered = "money_recovered",
        DocumentsReturned = "documents_returned",
        LicenceAction = "licence_action",
        ProsecutionReferral = "prosecution_referral",
        Other = "other",
    }
);

word_enum!(
    /// How soon a referral needs attention; sorted in this order.
    Priority, "case-priority", {
        Urgent = "urgent",
        High = "high",
        Normal = "normal",
        Low = "low",
    }
);

impl Priority {
    /// 1 (urgent) to 4 (low): what the database stores and sorts by.
    pub fn rank(&self) -> i32 {
        match self {
            Priority::Urgent => 1,
            Priority::High => 2,
            Priority::Normal => 3,
            Priority::Low => 4,
        }
    }

    pub fn from_rank(rank: i32) -> Priority {
        match rank {
            ..=1 => Priority::Urgent,
            2 => Priority::High,
            3 => Priority::Normal,
            _ => Priority::Low,
        }
    }

    /// "In danger now" first; then forced-labour indicators and the number of workers hurt.
    pub fn compute(in_danger: bool, indicators: usize, workers_affected: i32) -> Priority {
        if in_danger {
            Priority::Urgent
        } else if indicators >= 3 || workers_affected >= 20 {
            Priority::High
        } else if indicators >= 1 || workers_affected >= 5 {
            Priority::Normal
        } else {
            Priority::Low
        }
    }
}

// ---------------------------------------------------------------------------------------
// Money: integer minor units and an ISO 4217 code, never a float.

pub use super::currency::Currency;

/// An amount in minor units (cents, paisa, fils) of a currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Money {
    pub minor: i64,
    pub currency: Currency,
}

impl Money {
    /// `amount` as typed ("1500", "1,500.50", "१५००"), read exactly by
    /// [`Currency::parse_amount`]; empty means none. A currency is required with an amount.
    /// Errors name `field`.
    pub fn parse(
        field: &'static str,
        amount: &str,
        currency: &str,
    ) -> Result<Option<Money>, InputError> {
        let amount = amount.trim();
        if amount.is_empty() {
            return Ok(None);
        }
        let currency =
            Currency::parse(currency).ok_or(InputError::new(field, "error-complaint-currency"))?;
        let minor = currency
            .parse_amount(amount)
            .ok_or(InputError::new(field, "error-complaint-amount"))?;
        Ok(Some(Money { minor, currency }))
    }

    /// The stored pair back into money (unknown currencies stay unknown: `None`).
    pub fn from_parts(minor: Option<i64>, currency: Option<&str>) -> Option<Money> {
        Some(Money {
            minor: minor?,
            currency: Currency::parse(currency?)?,
        })
    }

    /// `1500.50 QAR`: digits as ASCII so that the amount reads the same in every script.
    pub fn display(&self) -> String {
        format!("{} {}", self.amount_text(), self.currency.as_str())
    }

    /// The amount alone, with its minor digits (`1500.50`), as a form field holds it.
    pub fn amount_text(&self) -> String {
        self.currency.to_input(self.minor)
    }
}

// ---------------------------------------------------------------------------------------
// Receipts

/// The 16-digit receipt a worker follows a complaint with. Shown once, stored only as a hash.
#[derive(Clone, PartialEq, Eq)]
pub struct Receipt(String);

impl std::fmt::Debug for Receipt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Receipt(****)")
    }
}

impl Receipt {
    pub fn generate() -> Receipt {
        let mut bytes = [0u8; 16];
        let mut digits = String::with_capacity(16);
        while digits.len() < 16 {
            getrandom::fill(&mut bytes).expect("the operating system's random source is available");
            // Rejection sampling: bytes of 250 and above would favour the low digits.
            digits.extend(
                bytes
                    .iter()
                    .filter(|b| **b < 250)
                    .map(|b| char::from(b'0' + b % 10)),
            );
        }
        digits.truncate(16);
        Receipt(digits)
    }

    /// 16 digits, typed with or without spaces or dashes (any script's digits are not
    /// accepted: the receipt is shown in ASCII digits).
    pub fn parse(input: &str) -> Option<Receipt> {
        if input.len() > 64 {
            return None;
        }
        let digits: String = input
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{00A0}'))
            .collect();
        (digits.len() == 16 && digits.bytes().all(|b| b.is_ascii_digit()))
            .then_some(Receipt(digits))
    }

    pub fn digits(&self) -> &str {
        &self.0
    }

    /// `1234-5678-9012-3456`.
    pub fn grouped(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }
}

// ---------------------------------------------------------------------------------------
// Intake

pub const SUB_AGENT_NAME_MAX: usize = 200;
pub const OCCUPATION_MAX: usize = 100;
pub const DESCRIPTION_MAX: usize = 4000;
pub const CONTACT_MAX: usize = 300;
pub const SAFE_TIMES_MAX: usize = 200;
pub const MESSAGE_MAX: usize = 4000;
pub const REASON_MAX: usize = 1000;
pub const WORKERS_MAX: i32 = 100_000;

/// The complaint as typed (form fields or JSON), every value still text.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ComplaintInput {
    /// A recruiter's public id from the directory.
    pub recruiter: String,
    /// Or the name of an unlicensed sub-agent (broker), and the country they work in.
    pub sub_agent_name: String,
    pub sub_agent_country: String,
    pub origin: String,
    pub destination: String,
    pub sector: String,
    pub occupation: String,
    pub departure_year: String,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub issues: Vec<String>,
    pub in_danger: String,
    pub stage: String,
    pub workers_affected: String,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub remedies: Vec<String>,
    pub fee_amount: String,
    pub fee_currency: String,
    pub wage_currency: String,
    pub promised_wage: String,
    pub actual_wage: String,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub costs: Vec<String>,
    pub lender: String,
    pub loan_interest: String,
    pub visa_type: String,
    pub description: String,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub share_with: Vec<String>,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub contact_with: Vec<String>,
    pub contact_preference: String,
    pub contact_details: String,
    pub safe_times: String,
    /// A caseworker filing for a worker confirms the worker agreed.
    pub behalf_consent: String,
}

/// Who the complaint is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecruiterRef {
    Listed(PublicId),
    SubAgent {
        name: String,
        country: Option<CountryCode>,
    },
}

/// How the worker will be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contact {
    /// Only the receipt: nobody can reach the worker; they come back with it.
    ReceiptOnly,
    /// Attached to the signed-in account.
    Account,
    /// A contact the worker chose, shared only with the kinds they allowed.
    Chosen {
        details: String,
        safe_times: Option<String>,
    },
}

/// Who is filing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filer {
    /// Nobody signed in.
    Anonymous,
    /// A signed-in worker (or anyone but a caseworker).
    Account,
    /// A caseworker filing on a worker's behalf.
    Caseworker,
}

/// A checked complaint, ready to store and route.
#[derive(Debug, Clone, PartialEq)]
pub struct ComplaintDraft {
    pub recruiter: RecruiterRef,
    pub origin: CountryCode,
    pub destination: CountryCode,
    pub sector: Option<Sector>,
    pub occupation: Option<String>,
    pub departure_year: Option<i32>,
    pub issues: Vec<Issue>,
    pub in_danger: bool,
    pub stage: Option<Stage>,
    pub workers_affected: i32,
    pub remedies: Vec<Remedy>,
    pub fee: Option<Money>,
    pub promised_wage: Option<Money>,
    pub actual_wage: Option<Money>,
    pub costs: Vec<CostCategory>,
    pub loan: Option<Loan>,
    pub visa_type: Option<String>,
    pub description: Option<String>,
    pub share_with: Vec<OrganisationKind>,
    pub contact_with: Vec<OrganisationKind>,
    pub contact: Contact,
    pub on_behalf: bool,
}

/// Short text: trimmed, at most `max` characters, no controls, bidi overrides or markup.
pub fn short_text(
    field: &'static str,
    input: &str,
    max: usize,
) -> Result<Option<String>, InputError> {
    let value = input.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(InputError::new(field, "error-complaint-too-long"));
    }
    if text::has_forbidden_chars(value) {
        return Err(InputError::new(field, "error-complaint-characters"));
    }
    if text::has_markup(value) {
        return Err(InputError::new(field, "error-complaint-markup"));
    }
    Ok(Some(value.to_owned()))
}

/// Free text: like [`short_text`] but line breaks are kept (as `\n`).
pub fn long_text(
    field: &'static str,
    input: &str,
    max: usize,
) -> Result<Option<String>, InputError> {
    let value = input.trim().replace("\r\n", "\n");
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > max {
        return Err(InputError::new(field, "error-complaint-too-long"));
    }
    let forbidden = value
        .split('\n')
        .any(|line| text::has_forbidden_chars(line) || line.contains('\r'));
    if forbidden {
        return Err(InputError::new(field, "error-complaint-characters"));
    }
    if text::has_markup(&value) {
        return Err(InputError::new(field, "error-complaint-markup"));
    }
    Ok(Some(value))
}

fn country(
    field: &'static str,
    input: &str,
    required: bool,
) -> Result<Option<CountryCode>, InputError> {
    let value = input.trim();
    if value.is_empty() {
        return if required {
            Err(InputError::new(field, "error-complaint-country-required"))
        } else {
            Ok(None)
        };
    }
    CountryCode::parse(value)
        .map(Some)
        .ok_or(InputError::new(field, "error-unknown-country"))
}

/// Checkbox-like values: "", "0", "false", "no" are no; "1", "on", "true", "yes" are yes.
fn flag(field: &'static str, input: &str) -> Result<bool, InputError> {
    match input.trim() {
        "" | "0" | "false" | "no" | "off" => Ok(false),
        "1" | "on" | "true" | "yes" => Ok(true),
        _ => Err(InputError::new(field, "error-complaint-choice")),
    }
}

/// Every value of a multi-choice field, each known, without repeats.
fn choices<T: Copy + PartialEq>(
    field: &'static str,
    values: &[String],
    parse: impl Fn(&str) -> Option<T>,
    max: usize,
) -> Result<Vec<T>, InputError> {
    if values.len() > max {
        return Err(InputError::new(field, "error-complaint-choice"));
    }
    let mut chosen = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let item = parse(value).ok_or(InputError::new(field, "error-complaint-choice"))?;
        if !chosen.contains(&item) {
            chosen.push(item);
        }
    }
    Ok(chosen)
}

fn one_choice<T>(
    field: &'static str,
    value: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, InputError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    parse(value)
        .map(Some)
        .ok_or(InputError::new(field, "error-complaint-choice"))
}

impl ComplaintInput {
    /// A complaint form prefilled with what a worker reported in a review (the review →
    /// complaint bridge): who, the corridor, the job, what was paid and earned, the loan, the
    /// story, and the issues the review's answers point to. Consent, contact and the remedy
    /// sought are left for the worker to choose.
    pub fn from_review(
        recruiter_public_id: &str,
        review: &crate::domain::review::ReviewDraft,
    ) -> ComplaintInput {
        use crate::domain::review::{self as r, Check};
        let mut issues = Vec::new();
        let mut issue = |i: Issue| issues.push(i.as_str().to_owned());
        if review.charged_any() == Some(true) {
            issue(Issue::FeesCharged);
        }
        if review.check(Check::DocumentsKept) == Some(true) {
            issue(Issue::RetentionOfDocuments);
            issue(Issue::DocumentsRetained);
        }
        if review.check(Check::ContractSubstituted) == Some(true) {
            issue(Issue::ContractSubstitution);
        }
        if review.check(Check::JobAsPromised) == Some(false)
            || review.check(Check::WageAsPromised) == Some(false)
        {
            issue(Issue::JobDeception);
        }
        if review.first_month_wage == Some(0) {
            issue(Issue::WagesUnpaid);
        }
        if review.check(Check::ContractBeforeDeparture) == Some(false)
            || review.check(Check::ContractUnderstood) == Some(false)
        {
            issue(Issue::NoContract);
        }
        if review.sub_agent_name.is_some() {
            issue(Issue::UnlicensedRecruiter);
        }
        let money = |minor: Option<i64>| match (minor, review.currency) {
            (Some(m), Some(c)) => c.to_input(m),
            _ => String::new(),
        };
        let currency = review
            .currency
            .map(|c| c.as_str().to_owned())
            .unwrap_or_default();
        let costs = review
            .costs
            .iter()
            .filter(|c| c.paid)
            .filter_map(|c| match c.category {
                r::CostCategory::Fee => None,
                r::CostCategory::Medical => Some(CostCategory::Medical),
                r::CostCategory::Insurance => Some(CostCategory::Insurance),
                r::CostCategory::Skills => Some(CostCategory::SkillsTests),
                r::CostCategory::Training => Some(CostCategory::Training),
                r::CostCategory::Equipment => Some(CostCategory::Equipment),
                r::CostCategory::Travel => Some(CostCategory::Travel),
                r::CostCategory::Administrative => Some(CostCategory::Administrative),
                r::CostCategory::Illegitimate => Some(CostCategory::Illegitimate),
            })
            .map(|c| c.as_str().to_owned())
            .collect();
        let lender = match review.lender {
            Some(r::Lender::Recruiter) => Lender::Recruiter,
            Some(r::Lender::Moneylender) => Lender::Moneylender,
            Some(r::Lender::Bank) => Lender::Bank,
            Some(r::Lender::Family) => Lender::Family,
            Some(r::Lender::Cooperative | r::Lender::Other) => Lender::Other,
            None => Lender::Other,
        };
        let (sub_agent_name, recruiter) = match &review.sub_agent_name {
            Some(name) => (name.clone(), String::new()),
            None => (String::new(), recruiter_public_id.to_owned()),
        };
        ComplaintInput {
            recruiter,
            sub_agent_name,
            sub_agent_country: if review.sub_agent_name.is_some() {
                review.origin.as_str().to_owned()
            } else {
                String::new()
            },
            origin: review.origin.as_str().to_owned(),
            destination: review.destination.as_str().to_owned(),
            sector: review
                .sector
                .map(|s| s.as_str().to_owned())
                .unwrap_or_default(),
            occupation: review.occupation.clone().unwrap_or_default(),
            departure_year: review.departure_year.to_string(),
            issues,
            fee_amount: money(review.total_cost()),
            fee_currency: currency.clone(),
            wage_currency: currency,
            promised_wage: money(review.promised_wage),
            actual_wage: money(review.first_month_wage),
            costs,
            lender: if review.took_loan == Some(true) {
                lender.as_str().to_owned()
            } else {
                String::new()
            },
            // The review asks for monthly interest; the complaint for yearly, in whole percent.
            loan_interest: review
                .loan_interest_bp
                .filter(|_| review.took_loan == Some(true))
                .map(|bp| ((i64::from(bp) * 12 + 50) / 100).min(1000).to_string())
                .unwrap_or_default(),
            // The review's visa type is a code; the complaint asks for it in the worker's
            // words, so it is left for them.
            description: review.body.clone().unwrap_or_default(),
            ..ComplaintInput::default()
        }
    }

    /// Checks everything; the first refused field is named. `this_year` bounds the departure
    /// year.
    pub fn parse(&self, filer: Filer, this_year: i32) -> Result<ComplaintDraft, InputError> {
        let recruiter = self.recruiter_ref()?;
        let origin = country("origin", &self.origin, true)?.expect("required");
        let destination = country("destination", &self.destination, true)?.expect("required");
        if origin == destination {
            return Err(InputError::new(
                "destination",
                "error-complaint-corridor-same",
            ));
        }
        let sector = one_choice("sector", &self.sector, Sector::parse)?;
        let occupation = short_text("occupation", &self.occupation, OCCUPATION_MAX)?;
        let departure_year = match self.departure_year.trim() {
            "" => None,
            year => match year.parse::<i32>() {
                Ok(y) if (1950..=this_year + 1).contains(&y) => Some(y),
                _ => return Err(InputError::new("departure_year", "error-complaint-year")),
            },
        };
        let issues = choices("issues", &self.issues, Issue::parse, Issue::ALL.len())?;
        let in_danger = flag("in_danger", &self.in_danger)?;
        let stage = one_choice("stage", &self.stage, Stage::parse)?;
        let workers_affected = match self.workers_affected.trim() {
            "" => 1,
            n => match n.parse::<i32>() {
                Ok(n) if (1..=WORKERS_MAX).contains(&n) => n,
                _ => {
                    return Err(InputError::new(
                        "workers_affected",
                        "error-complaint-workers",
                    ));
                }
            },
        };
        let remedies = choices("remedies", &self.remedies, Remedy::parse, Remedy::ALL.len())?;
        let fee = Money::parse("fee_amount", &self.fee_amount, &self.fee_currency)?;
        let promised_wage =
            Money::parse("promised_wage", &self.promised_wage, &self.wage_currency)?;
        let actual_wage = Money::parse("actual_wage", &self.actual_wage, &self.wage_currency)?;
        let costs = choices(
            "costs",
            &self.costs,
            CostCategory::parse,
            CostCategory::ALL.len(),
        )?;
        let lender = one_choice("lender", &self.lender, Lender::parse)?;
        let interest_percent = match self.loan_interest.trim().trim_end_matches('%').trim() {
            "" => None,
            n => match n.parse::<i32>() {
                Ok(n) if (0..=1000).contains(&n) => Some(n),
                _ => return Err(InputError::new("loan_interest", "error-complaint-interest")),
            },
        };
        let loan = match (lender, interest_percent) {
            (Some(lender), interest_percent) => Some(Loan {
                lender,
                interest_percent,
            }),
            (None, Some(_)) => {
                return Err(InputError::new("lender", "error-complaint-lender"));
            }
            (None, None) => None,
        };
        let visa_type = short_text("visa_type", &self.visa_type, VISA_TYPE_MAX)?;
        let description = long_text("description", &self.description, DESCRIPTION_MAX)?;
        let kinds = OrganisationKind::ALL.len();
        let share_with = choices(
            "share_with",
            &self.share_with,
            OrganisationKind::parse,
            kinds,
        )?;
        if share_with.is_empty() {
            return Err(InputError::new(
                "share_with",
                "error-complaint-consent-required",
            ));
        }
        let contact_with = choices(
            "contact_with",
            &self.contact_with,
            OrganisationKind::parse,
            kinds,
        )?;
        if contact_with.iter().any(|k| !share_with.contains(k)) {
            return Err(InputError::new(
                "contact_with",
                "error-complaint-contact-consent",
            ));
        }
        let preference = one_choice(
            "contact_preference",
            &self.contact_preference,
            ContactPreference::parse,
        )?
        .unwrap_or(ContactPreference::ReceiptOnly);
        let contact = match preference {
            ContactPreference::ReceiptOnly => Contact::ReceiptOnly,
            ContactPreference::Account => match filer {
                Filer::Account => Contact::Account,
                Filer::Anonymous | Filer::Caseworker => {
                    return Err(InputError::new(
                        "contact_preference",
                        "error-complaint-account-needed",
                    ));
                }
            },
            ContactPreference::Contact => {
                let details =
                    short_text("contact_details", &self.contact_details, CONTACT_MAX)?.ok_or(
                        InputError::new("contact_details", "error-complaint-contact-required"),
                    )?;
                if contact_with.is_empty() {
                    return Err(InputError::new(
                        "contact_with",
                        "error-complaint-contact-consent-required",
                    ));
                }
                Contact::Chosen {
                    details,
                    safe_times: short_text("safe_times", &self.safe_times, SAFE_TIMES_MAX)?,
                }
            }
        };
        let on_behalf = filer == Filer::Caseworker;
        if on_behalf && !flag("behalf_consent", &self.behalf_consent)? {
            return Err(InputError::new(
                "behalf_consent",
                "error-complaint-behalf-consent",
            ));
        }
        Ok(ComplaintDraft {
            recruiter,
            origin,
            destination,
            sector,
            occupation,
            departure_year,
            issues,
            in_danger,
            stage,
            workers_affected,
            remedies,
            fee,
            promised_wage,
            actual_wage,
            costs,
            loan,
            visa_type,
            description,
            share_with,
            contact_with,
            contact,
            on_behalf,
        })
    }

    fn recruiter_ref(&self) -> Result<RecruiterRef, InputError> {
        let listed = self.recruiter.trim();
        let sub_agent = short_text("sub_agent_name", &self.sub_agent_name, SUB_AGENT_NAME_MAX)?;
        match (listed.is_empty(), sub_agent) {
            (true, None) => Err(InputError::new(
                "recruiter",
                "error-complaint-recruiter-required",
            )),
            (false, Some(_)) => Err(InputError::new(
                "sub_agent_name",
                "error-complaint-recruiter-both",
            )),
            (false, None) => {
                PublicId::parse(listed)
                    .map(RecruiterRef::Listed)
                    .ok_or(InputError::new(
                        "recruiter",
                        "error-complaint-recruiter-unknown",
                    ))
            }
            (true, Some(name)) => Ok(RecruiterRef::SubAgent {
                name,
                country: country("sub_agent_country", &self.sub_agent_country, false)?,
            }),
        }
    }
}

impl ComplaintDraft {
    pub fn indicators(&self) -> usize {
        self.issues
            .iter()
            .filter(|i| i.is_forced_labour_indicator())
            .count()
    }

    pub fn priority(&self) -> Priority {
        Priority::compute(self.in_danger, self.indicators(), self.workers_affected)
    }

    /// Nothing links an anonymous complaint to an account.
    pub fn is_anonymous(&self) -> bool {
        self.contact != Contact::Account
    }
}

/// Words stored as one comma-separated column.
pub fn join_words<T: Copy>(items: &[T], word: impl Fn(&T) -> &'static str) -> String {
    items.iter().map(word).collect::<Vec<_>>().join(",")
}

/// A comma-separated column read back (unknown words are skipped).
pub fn split_words<T>(column: &str, parse: impl Fn(&str) -> Option<T>) -> Vec<T> {
    column.split(',').filter_map(parse).collect()
}

// ---------------------------------------------------------------------------------------
// Routing

/// An organisation as routing sees it.
#[derive(Debug, Clone)]
pub struct RoutingTarget {
    pub id: i64,
    pub kind: OrganisationKind,
    pub countries: Vec<String>,
    pub sectors: Vec<Sector>,
}

/// Does the complaint go to this organisation? Its kind was consented to, it covers the
/// corridor's origin, destination or the recruiter's licensing country, and its sectors (if
/// it lists any) include the complaint's sector.
pub fn routes_to(
    target: &RoutingTarget,
    share_with: &[OrganisationKind],
    corridor: [&str; 2],
    licensing_country: Option<&str>,
    sector: Option<Sector>,
) -> bool {
    let consented = share_with.contains(&target.kind);
    let covers = target
        .countries
        .iter()
        .any(|c| corridor.contains(&c.as_str()) || Some(c.as_str()) == licensing_country);
    let sector_ok =
        target.sectors.is_empty() || sector.is_some_and(|s| target.sectors.contains(&s));
    consented && covers && sector_ok
}

// ---------------------------------------------------------------------------------------
// The life of a referral

/// What a referral's outcome records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub remedies: Vec<RemedyObtained>,
    pub money: Option<Money>,
}

impl Outcome {
    pub fn parse(remedies: &[String], amount: &str, currency: &str) -> Result<Outcome, InputError> {
        let remedies = choices(
            "remedies",
            remedies,
            RemedyObtained::parse,
            RemedyObtained::ALL.len(),
        )?;
        if remedies.is_empty() {
            return Err(InputError::new("remedies", "error-case-outcome-required"));
        }
        let money = Money::parse("amount", amount, currency)?;
        let recovered = remedies.contains(&RemedyObtained::MoneyRecovered);
        match (recovered, &money) {
            (true, None) => Err(InputError::new("amount", "error-case-money-required")),
            (false, Some(_)) => Err(InputError::new("amount", "error-case-money-unexpected")),
            _ => Ok(Outcome { remedies, money }),
        }
    }
}

/// What staff (or the worker) do to a referral.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseAction {
    Acknowledge,
    Investigate,
    AskWorker,
    /// The worker answered, or staff resume without an answer.
    Resume,
    Resolve(Outcome),
    Close(CloseReason),
}

word_enum!(
    /// The actions' names, as forms and the API send them.
    ActionName, "case-action", {
        Acknowledge = "acknowledge",
        Investigate = "investigate",
        AskWorker = "ask_worker",
        Resume = "resume",
        Resolve = "resolve",
        Close = "close",
    }
);

impl CaseAction {
    pub fn name(&self) -> ActionName {
        match self {
            CaseAction::Acknowledge => ActionName::Acknowledge,
            CaseAction::Investigate => ActionName::Investigate,
            CaseAction::AskWorker => ActionName::AskWorker,
            CaseAction::Resume => ActionName::Resume,
            CaseAction::Resolve(_) => ActionName::Resolve,
            CaseAction::Close(_) => ActionName::Close,
        }
    }
}

impl ReferralStatus {
    /// Still being worked on (neither resolved nor closed).
    pub fn is_open(&self) -> bool {
        !matches!(self, ReferralStatus::Resolved | ReferralStatus::Closed)
    }

    /// The state machine: `new → acknowledged → investigating ⇄ awaiting_worker →
    /// resolved | closed`; any open referral may be closed with a reason; resolved and
    /// closed are final. An illegal step is refused on the `action` field.
    pub fn apply(self, action: &CaseAction) -> Result<ReferralStatus, InputError> {
        use ReferralStatus as S;
        let next = match (self, action) {
            (S::New, CaseAction::Acknowledge) => S::Acknowledged,
            (S::Acknowledged, CaseAction::Investigate) => S::Investigating,
            (S::Investigating, CaseAction::AskWorker) => S::AwaitingWorker,
            (S::AwaitingWorker, CaseAction::Resume) => S::Investigating,
            (S::Investigating | S::AwaitingWorker, CaseAction::Resolve(_)) => S::Resolved,
            (
                S::New | S::Acknowledged | S::Investigating | S::AwaitingWorker,
                CaseAction::Close(_),
            ) => S::Closed,
            _ => return Err(InputError::new("action", "error-case-transition")),
        };
        Ok(next)
    }

    /// The actions staff may take from here (the case page offers these).
    pub fn actions(self) -> Vec<ActionName> {
        ActionName::ALL
            .iter()
            .copied()
            .filter(|name| {
                let probe = match name {
                    ActionName::Acknowledge => CaseAction::Acknowledge,
                    ActionName::Investigate => CaseAction::Investigate,
                    ActionName::AskWorker => CaseAction::AskWorker,
                    ActionName::Resume => CaseAction::Resume,
                    ActionName::Resolve => CaseAction::Resolve(Outcome {
                        remedies: vec![RemedyObtained::Other],
                        money: None,
                    }),
                    ActionName::Close => CaseAction::Close(CloseReason::Unfounded),
                };
                self.apply(&probe).is_ok()
            })
            .collect()
    }
}

/// A staff action as typed: the action's name and what it needs.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ActionInput {
    pub action: String,
    /// Why (required to close; kept for every step).
    pub reason: String,
    pub close_reason: String,
    #[serde(deserialize_with = "crate::auth::csrf::one_or_many")]
    pub remedies: Vec<String>,
    pub amount: String,
    pub currency: String,
}

impl ActionInput {
    pub fn parse(&self) -> Result<(CaseAction, Option<String>), InputError> {
        let name = ActionName::parse(self.action.trim())
            .ok_or(InputError::new("action", "error-case-action-unknown"))?;
        let reason = long_text("reason", &self.reason, REASON_MAX)?;
        let action = match name {
            ActionName::Acknowledge => CaseAction::Acknowledge,
            ActionName::Investigate => CaseAction::Investigate,
            ActionName::AskWorker => CaseAction::AskWorker,
            ActionName::Resume => CaseAction::Resume,
            ActionName::Resolve => CaseAction::Resolve(Outcome::parse(
                &self.remedies,
                &self.amount,
                &self.currency,
            )?),
            ActionName::Close => {
                let why = CloseReason::parse(self.close_reason.trim())
                    .ok_or(InputError::new("close_reason", "error-case-close-reason"))?;
                if reason.is_none() {
                    return Err(InputError::new("reason", "error-case-reason-required"));
                }
                CaseAction::Close(why)
            }
        };
        Ok((action, reason))
    }
}

/// Referral deadlines from the day it was opened and the organisation's settings.
pub fn deadlines(
    opened: chrono::NaiveDateTime,
    acknowledge_days: i32,
    answer_days: i32,
) -> (chrono::NaiveDateTime, chrono::NaiveDateTime) {
    (
        opened + chrono::Duration::days(acknowledge_days.into()),
        opened + chrono::Duration::days(answer_days.into()),
    )
}

/// Midnight of the day: what worker-side times are stored as, so a time of day never helps
/// identify a worker.
pub fn day_of(at: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    at.date().and_hms_opt(0, 0, 0).unwrap_or(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralStatus as S;

    fn outcome() -> Outcome {
        Outcome {
            remedies: vec![RemedyObtained::DocumentsReturned],
            money: None,
        }
    }

    fn all_actions() -> Vec<CaseAction> {
        vec![
            CaseAction::Acknowledge,
            CaseAction::Investigate,
            CaseAction::AskWorker,
            CaseAction::Resume,
            CaseAction::Resolve(outcome()),
            CaseAction::Close(CloseReason::Withdrawn),
        ]
    }

    #[test]
    fn every_legal_transition_is_allowed_and_every_other_refused() {
        let legal: &[(S, ActionName, S)] = &[
            (S::New, ActionName::Acknowledge, S::Acknowledged),
            (S::New, ActionName::Close, S::Closed),
            (S::Acknowledged, ActionName::Investigate, S::Investigating),
            (S::Acknowledged, ActionName::Close, S::Closed),
            (S::Investigating, ActionName::AskWorker, S::AwaitingWorker),
            (S::Investigating, ActionName::Resolve, S::Resolved),
            (S::Investigating, ActionName::Close, S::Closed),
            (S::AwaitingWorker, ActionName::Resume, S::Investigating),
            (S::AwaitingWorker, ActionName::Resolve, S::Resolved),
            (S::AwaitingWorker, ActionName::Close, S::Closed),
        ];
        for from in S::ALL {
            for action in all_actions() {
                let expected = legal
                    .iter()
                    .find(|(f, a, _)| f == from && *a == action.name())
                    .map(|(_, _, to)| *to);
                match (from.apply(&action), expected) {
                    (Ok(to), Some(want)) => assert_eq!(to, want, "{from} {action:?}"),
                    (Err(e), None) => {
                        assert_eq!(e.message_key, "error-case-transition");
                        assert_eq!(e.field, "action");
                    }
                    (got, want) => panic!("{from} {action:?}: got {got:?}, want {want:?}"),
                }
            }
        }
    }

    #[test]
    fn resolved_and_closed_are_final() {
        for end in [S::Resolved, S::Closed] {
            assert!(!end.is_open());
            assert!(end.actions().is_empty());
        }
        assert_eq!(
            S::New.actions(),
            vec![ActionName::Acknowledge, ActionName::Close]
        );
        assert_eq!(
            S::AwaitingWorker.actions(),
            vec![ActionName::Resume, ActionName::Resolve, ActionName::Close]
        );
    }

    #[test]
    fn closing_needs_a_reason_and_resolving_an_outcome() {
        let close = ActionInput {
            action: "close".into(),
            close_reason: "unfounded".into(),
            ..ActionInput::default()
        };
        assert_eq!(close.parse().unwrap_err().field, "reason");
        let close = ActionInput {
            reason: "No evidence".into(),
            ..close
        };
        assert_eq!(
            close.parse().unwrap().0,
            CaseAction::Close(CloseReason::Unfounded)
        );
        let resolve = ActionInput {
            action: "resolve".into(),
            remedies: vec!["money_recovered".into()],
            ..ActionInput::default()
        };
        assert_eq!(
            resolve.parse().unwrap_err().message_key,
            "error-case-money-required"
        );
        let resolve = ActionInput {
            amount: "1,500.50".into(),
            currency: "qar".into(),
            ..resolve
        };
        let (action, _) = resolve.parse().unwrap();
        let CaseAction::Resolve(outcome) = action else {
            panic!("resolve expected")
        };
        assert_eq!(outcome.money.unwrap().minor, 150_050);
        assert_eq!(outcome.money.unwrap().display(), "1500.50 QAR");
        let unknown = ActionInput {
            action: "delete".into(),
            ..ActionInput::default()
        };
        assert_eq!(unknown.parse().unwrap_err().field, "action");
    }

    #[test]
    fn money_is_integer_minor_units() {
        let m = |a: &str, c: &str| Money::parse("fee", a, c);
        assert_eq!(m("1500", "NPR").unwrap().unwrap().minor, 150_000);
        assert_eq!(m("12.345", "KWD").unwrap().unwrap().minor, 12_345);
        assert_eq!(m("12.3", "KWD").unwrap().unwrap().minor, 12_300);
        assert_eq!(m("5000", "JPY").unwrap().unwrap().minor, 5000);
        assert_eq!(m("", "").unwrap(), None);
        for bad in ["-5", "1.234", "1e5", "abc", "99999999999999", "."] {
            assert!(m(bad, "USD").is_err(), "{bad}");
        }
        assert_eq!(
            m("5", "XYZ").unwrap_err().message_key,
            "error-complaint-currency"
        );
        assert_eq!(
            m("5.5", "JPY").unwrap_err().message_key,
            "error-complaint-amount"
        );
        let kwd = Money::from_parts(Some(12_345), Some("KWD")).unwrap();
        assert_eq!(kwd.display(), "12.345 KWD");
    }

    #[test]
    fn receipts_are_sixteen_digits_grouped_by_four() {
        let r = Receipt::generate();
        assert_eq!(r.digits().len(), 16);
        assert!(r.digits().bytes().all(|b| b.is_ascii_digit()));
        assert_ne!(r, Receipt::generate());
        let typed = Receipt::parse(" 1234 5678-9012 3456 ").unwrap();
        assert_eq!(typed.grouped(), "1234-5678-9012-3456");
        for bad in [
            "123",
            "1234567890123456789",
            "abcd-efgh-ijkl-mnop",
            "१२३४५६७८९०१२३४५६",
        ] {
            assert!(Receipt::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(format!("{r:?}"), "Receipt(****)");
    }

    #[test]
    fn priority_puts_danger_first_then_indicators_and_numbers() {
        assert_eq!(Priority::compute(true, 0, 1), Priority::Urgent);
        assert_eq!(Priority::compute(false, 3, 1), Priority::High);
        assert_eq!(Priority::compute(false, 0, 25), Priority::High);
        assert_eq!(Priority::compute(false, 1, 1), Priority::Normal);
        assert_eq!(Priority::compute(false, 0, 1), Priority::Low);
        for p in Priority::ALL {
            assert_eq!(Priority::from_rank(p.rank()), *p);
        }
        assert_eq!(
            Issue::ALL
                .iter()
                .filter(|i| i.is_forced_labour_indicator())
                .count(),
            11
        );
        assert!(!Issue::FeesCharged.is_forced_labour_indicator());
        assert!(Issue::ExcessiveOvertime.is_forced_labour_indicator());
    }

    fn minimal() -> ComplaintInput {
        ComplaintInput {
            recruiter: "0123456789ab".into(),
            origin: "NP".into(),
            destination: "qa".into(),
            share_with: vec!["labour_inspectorate".into()],
            ..ComplaintInput::default()
        }
    }

    #[test]
    fn only_recruiter_corridor_and_consent_are_required() {
        let draft = minimal().parse(Filer::Anonymous, 2026).unwrap();
        assert_eq!(draft.destination.as_str(), "QA");
        assert!(draft.is_anonymous());
        assert_eq!(draft.workers_affected, 1);
        assert_eq!(draft.priority(), Priority::Low);
        let none = ComplaintInput {
            recruiter: String::new(),
            ..minimal()
        };
        assert_eq!(
            none.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "recruiter"
        );
        let sub = ComplaintInput {
            recruiter: String::new(),
            sub_agent_name: "Village broker Ram".into(),
            sub_agent_country: "NP".into(),
            ..minimal()
        };
        assert!(matches!(
            sub.parse(Filer::Anonymous, 2026).unwrap().recruiter,
            RecruiterRef::SubAgent { .. }
        ));
        let same = ComplaintInput {
            destination: "NP".into(),
            ..minimal()
        };
        assert_eq!(
            same.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "destination"
        );
        let no_consent = ComplaintInput {
            share_with: vec![],
            ..minimal()
        };
        assert_eq!(
            no_consent.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "share_with"
        );
    }

    #[test]
    fn hostile_text_is_refused_on_its_field() {
        for (field, input) in [
            (
                "description",
                ComplaintInput {
                    description: "<script>alert(1)</script>".into(),
                    ..minimal()
                },
            ),
            (
                "occupation",
                ComplaintInput {
                    occupation: "cook\u{202E}kooc".into(),
                    ..minimal()
                },
            ),
            (
                "description",
                ComplaintInput {
                    description: "x".repeat(DESCRIPTION_MAX + 1),
                    ..minimal()
                },
            ),
            (
                "issues",
                ComplaintInput {
                    issues: vec!["flying".into()],
                    ..minimal()
                },
            ),
            (
                "workers_affected",
                ComplaintInput {
                    workers_affected: "-3".into(),
                    ..minimal()
                },
            ),
            (
                "recruiter",
                ComplaintInput {
                    recruiter: "'; drop table".into(),
                    ..minimal()
                },
            ),
        ] {
            assert_eq!(
                input.parse(Filer::Anonymous, 2026).unwrap_err().field,
                field
            );
        }
        let lines = ComplaintInput {
            description: "Line one\r\nLine two: 3 < 4".into(),
            ..minimal()
        };
        assert_eq!(
            lines
                .parse(Filer::Anonymous, 2026)
                .unwrap()
                .description
                .as_deref(),
            Some("Line one\nLine two: 3 < 4")
        );
    }

    #[test]
    fn costs_and_loans_use_the_ilo_categories() {
        let input = ComplaintInput {
            costs: vec!["medical".into(), "illegitimate".into()],
            lender: "moneylender".into(),
            loan_interest: "36%".into(),
            visa_type: "Work visa".into(),
            ..minimal()
        };
        let draft = input.parse(Filer::Anonymous, 2026).unwrap();
        assert_eq!(
            draft.costs,
            vec![CostCategory::Medical, CostCategory::Illegitimate]
        );
        assert_eq!(
            draft.loan,
            Some(Loan {
                lender: Lender::Moneylender,
                interest_percent: Some(36)
            })
        );
        let interest_alone = ComplaintInput {
            loan_interest: "12".into(),
            ..minimal()
        };
        assert_eq!(
            interest_alone
                .parse(Filer::Anonymous, 2026)
                .unwrap_err()
                .field,
            "lender"
        );
        let usury = ComplaintInput {
            lender: "bank".into(),
            loan_interest: "5000".into(),
            ..minimal()
        };
        assert_eq!(
            usury.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "loan_interest"
        );
    }

    #[test]
    fn contact_needs_its_own_consent_and_accounts_need_a_sign_in() {
        let account = ComplaintInput {
            contact_preference: "account".into(),
            ..minimal()
        };
        assert_eq!(
            account
                .parse(Filer::Anonymous, 2026)
                .unwrap_err()
                .message_key,
            "error-complaint-account-needed"
        );
        assert!(!account.parse(Filer::Account, 2026).unwrap().is_anonymous());
        let contact = ComplaintInput {
            contact_preference: "contact".into(),
            contact_details: "WhatsApp +974 5555 0000".into(),
            ..minimal()
        };
        assert_eq!(
            contact.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "contact_with"
        );
        let beyond = ComplaintInput {
            contact_with: vec!["trade_union".into()],
            ..contact.clone()
        };
        assert_eq!(
            beyond
                .parse(Filer::Anonymous, 2026)
                .unwrap_err()
                .message_key,
            "error-complaint-contact-consent"
        );
        let ok = ComplaintInput {
            contact_with: vec!["labour_inspectorate".into()],
            ..contact
        };
        assert!(matches!(
            ok.parse(Filer::Anonymous, 2026).unwrap().contact,
            Contact::Chosen { .. }
        ));
        assert_eq!(
            minimal().parse(Filer::Caseworker, 2026).unwrap_err().field,
            "behalf_consent"
        );
        let behalf = ComplaintInput {
            behalf_consent: "on".into(),
            ..minimal()
        };
        assert!(behalf.parse(Filer::Caseworker, 2026).unwrap().on_behalf);
    }

    #[test]
    fn routing_needs_consent_coverage_and_a_matching_sector() {
        let union = RoutingTarget {
            id: 1,
            kind: OrganisationKind::TradeUnion,
            countries: vec!["NP".into()],
            sectors: vec![],
        };
        let kinds = [OrganisationKind::TradeUnion];
        assert!(routes_to(&union, &kinds, ["NP", "QA"], None, None));
        assert!(!routes_to(
            &union,
            &[OrganisationKind::LegalAid],
            ["NP", "QA"],
            None,
            None
        ));
        assert!(!routes_to(&union, &kinds, ["BD", "QA"], None, None));
        assert!(routes_to(&union, &kinds, ["BD", "QA"], Some("NP"), None));
        let builders = RoutingTarget {
            sectors: vec![Sector::Construction],
            ..union
        };
        assert!(!routes_to(&builders, &kinds, ["NP", "QA"], None, None));
        assert!(!routes_to(
            &builders,
            &kinds,
            ["NP", "QA"],
            None,
            Some(Sector::Care)
        ));
        assert!(routes_to(
            &builders,
            &kinds,
            ["NP", "QA"],
            None,
            Some(Sector::Construction)
        ));
    }
}
