//! What a worker files, as typed (form fields or JSON), checked into a typed draft.

use super::{ContactPreference, Issue, Loan, Money, Priority, Remedy, Stage};
use crate::domain::account::{OrganisationKind, Sector};
use crate::domain::costs::{self, CostCategory, Lender, VisaType};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::PublicId;
use crate::domain::text;
use crate::error::InputError;

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
    #[serde(deserialize_with = "crate::query::one_or_many")]
    pub issues: Vec<String>,
    pub in_danger: String,
    pub stage: String,
    pub workers_affected: String,
    #[serde(deserialize_with = "crate::query::one_or_many")]
    pub remedies: Vec<String>,
    pub fee_amount: String,
    pub fee_currency: String,
    pub wage_currency: String,
    pub promised_wage: String,
    pub actual_wage: String,
    #[serde(deserialize_with = "crate::query::one_or_many")]
    pub costs: Vec<String>,
    pub lender: String,
    pub loan_interest: String,
    pub visa_type: String,
    pub description: String,
    #[serde(deserialize_with = "crate::query::one_or_many")]
    pub share_with: Vec<String>,
    #[serde(deserialize_with = "crate::query::one_or_many")]
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
    pub visa_type: Option<VisaType>,
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
        return Err(InputError::new(field, "error-text-long"));
    }
    if text::has_forbidden_chars(value) {
        return Err(InputError::new(field, "error-text-chars"));
    }
    if text::has_markup(value) {
        return Err(InputError::new(field, "error-text-markup"));
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
        return Err(InputError::new(field, "error-text-long"));
    }
    let forbidden = value
        .split('\n')
        .any(|line| text::has_forbidden_chars(line) || line.contains('\r'));
    if forbidden {
        return Err(InputError::new(field, "error-text-chars"));
    }
    if text::has_markup(&value) {
        return Err(InputError::new(field, "error-text-markup"));
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
        _ => Err(InputError::new(field, "error-choice")),
    }
}

/// Every value of a multi-choice field, each known, without repeats.
pub(super) fn choices<T: Copy + PartialEq>(
    field: &'static str,
    values: &[String],
    parse: impl Fn(&str) -> Option<T>,
    max: usize,
) -> Result<Vec<T>, InputError> {
    if values.len() > max {
        return Err(InputError::new(field, "error-choice"));
    }
    let mut chosen = Vec::new();
    for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        let item = parse(value).ok_or(InputError::new(field, "error-choice"))?;
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
        .ok_or(InputError::new(field, "error-choice"))
}

impl ComplaintInput {
    /// A complaint form prefilled with what a worker reported in a review (the review →
    /// complaint bridge): who, the corridor, the job, what was paid and earned, the loan, the
    /// visa, the story, and the issues the review's answers point to, each in the same words
    /// (nothing is lost on the way). Consent, contact and the remedy sought are left for the
    /// worker to choose.
    pub fn from_review(
        recruiter_public_id: &str,
        review: &crate::domain::review::ReviewDraft,
    ) -> ComplaintInput {
        use crate::domain::review::Check;
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
            .map(|c| c.category.as_str().to_owned())
            .collect();
        let took_loan = review.took_loan == Some(true);
        // The complaint has no "took a loan" question: a loan from someone unnamed is "other".
        let lender = review.lender.unwrap_or(Lender::Other);
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
            lender: if took_loan {
                lender.as_str().to_owned()
            } else {
                String::new()
            },
            loan_interest: review
                .loan_interest_bp
                .filter(|_| took_loan)
                .map(costs::monthly_interest_input)
                .unwrap_or_default(),
            visa_type: review
                .visa_type
                .map(|v| v.as_str().to_owned())
                .unwrap_or_default(),
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
        let loan = self.loan()?;
        let visa_type = one_choice("visa_type", &self.visa_type, VisaType::parse)?;
        let description = long_text("description", &self.description, DESCRIPTION_MAX)?;
        let (share_with, contact_with, contact) = self.consent_and_contact(filer)?;
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

    /// The loan taken to pay: a lender, and the monthly interest if known (interest without
    /// a lender is refused).
    fn loan(&self) -> Result<Option<Loan>, InputError> {
        let lender = one_choice("lender", &self.lender, Lender::parse)?;
        let interest_bp = match self.loan_interest.trim() {
            "" => None,
            typed => match costs::parse_monthly_interest(typed) {
                Some(bp) if costs::interest_in_range(bp) => Some(bp),
                _ => return Err(InputError::new("loan_interest", "error-interest")),
            },
        };
        Ok(match (lender, interest_bp) {
            (Some(lender), interest_bp) => Some(Loan {
                lender,
                interest_bp,
            }),
            (None, Some(_)) => {
                return Err(InputError::new("lender", "error-complaint-lender"));
            }
            (None, None) => None,
        })
    }

    /// Whom the worker allowed to receive the case, to whom its contact may go, and how the
    /// worker wants to be reached.
    fn consent_and_contact(
        &self,
        filer: Filer,
    ) -> Result<(Vec<OrganisationKind>, Vec<OrganisationKind>, Contact), InputError> {
        let kinds = OrganisationKind::REFERRAL.len();
        let share_with = choices(
            "share_with",
            &self.share_with,
            OrganisationKind::parse_referral,
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
            OrganisationKind::parse_referral,
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
        Ok((share_with, contact_with, contact))
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

#[cfg(test)]
mod tests {
    use super::*;

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
            loan_interest: "2.5%".into(),
            visa_type: "domestic_work".into(),
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
                interest_bp: Some(250)
            })
        );
        assert_eq!(draft.visa_type, Some(VisaType::DomesticWork));
        for (field, refused) in [
            ("costs", vec!["skills_tests".to_owned()]),
            ("visa_type", vec!["Work visa".to_owned()]),
        ] {
            let input = ComplaintInput {
                costs: if field == "costs" {
                    refused.clone()
                } else {
                    vec![]
                },
                visa_type: if field == "visa_type" {
                    refused[0].clone()
                } else {
                    String::new()
                },
                ..minimal()
            };
            assert_eq!(
                input.parse(Filer::Anonymous, 2026).unwrap_err().field,
                field
            );
        }
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
            loan_interest: "101".into(),
            ..minimal()
        };
        assert_eq!(
            usury.parse(Filer::Anonymous, 2026).unwrap_err().field,
            "loan_interest"
        );
    }

    #[test]
    fn the_review_bridge_carries_every_cost_word_the_loan_and_the_visa() {
        use crate::domain::review::ReviewInput;
        let review = ReviewInput::new(
            [
                ("origin", "NP"),
                ("destination", "QA"),
                ("departure_year", "2024"),
                ("rating_overall", "1"),
                ("visa_type", "domestic_work"),
                ("currency", "NPR"),
                ("cost_fee_paid", "yes"),
                ("cost_skills_amount", "500"),
                ("cost_travel_paid", "no"),
                ("took_loan", "yes"),
                ("lender", "cooperative"),
                ("loan_interest", "2.5"),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.to_owned())),
        )
        .unwrap()
        .draft(2026)
        .unwrap();
        let input = ComplaintInput {
            share_with: vec!["labour_inspectorate".into()],
            ..ComplaintInput::from_review("0123456789ab", &review)
        };
        assert_eq!(input.costs, vec!["fee", "skills"]);
        let draft = input.parse(Filer::Anonymous, 2026).unwrap();
        assert_eq!(draft.costs, vec![CostCategory::Fee, CostCategory::Skills]);
        assert_eq!(
            draft.loan,
            Some(Loan {
                lender: Lender::Cooperative,
                interest_bp: Some(250)
            })
        );
        assert_eq!(draft.visa_type, Some(VisaType::DomesticWork));
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
        // An intake partner files cases; a worker cannot share one with it.
        let partner = ComplaintInput {
            share_with: vec!["intake_partner".into()],
            ..minimal()
        };
        let refused = partner.parse(Filer::Anonymous, 2026).unwrap_err();
        assert_eq!(
            (refused.field, refused.message_key),
            ("share_with", "error-choice")
        );
    }
}
