//! The review as typed — the form's fields, or a JSON request turned into the same fields —
//! every value still text, so that a refused form comes back exactly as it was typed.
//! [`ReviewInput::draft`] (in `parse.rs`) is the one parse both take.

use std::collections::BTreeMap;

use super::{CHECK_FIELDS, COST_FIELDS, RATING_FIELDS, ReviewDraft};
use crate::domain::costs;
use crate::domain::text;
use crate::error::InputError;

/// A field hidden from people and left empty by them; bots fill it.
pub const HONEYPOT: &str = "website";

/// One cost category's answers as typed: paid (`yes`/`no`), amount, paid to, receipt.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CostInput {
    pub paid: String,
    pub amount: String,
    pub paid_to: String,
    pub receipt: String,
}

/// The review as typed. Its field names are the form's (see [`form_fields`]); a name the
/// form does not have, or one sent twice, refuses the whole input.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "BTreeMap<String, String>")]
pub struct ReviewInput {
    /// The unlicensed sub-agent dealt with, when not the listed recruiter.
    pub sub_agent: String,
    pub origin: String,
    pub destination: String,
    pub sector: String,
    pub occupation: String,
    pub departure_year: String,
    pub visa_type: String,
    pub gender: String,
    /// The one currency of every amount.
    pub currency: String,
    /// In [`CostCategory::ALL`](crate::domain::costs::CostCategory::ALL) order.
    pub costs: [CostInput; 9],
    pub took_loan: String,
    pub lender: String,
    /// Monthly percent, as typed.
    pub loan_interest: String,
    pub promised_wage: String,
    pub first_wage: String,
    /// In [`Check::ALL`](super::Check::ALL) order.
    pub checks: [String; 8],
    /// In [`Dimension::ALL`](super::Dimension::ALL) order.
    pub ratings: [String; 5],
    pub use_again: String,
    pub body: String,
    pub body_language: String,
    /// The honeypot ([`HONEYPOT`]).
    pub website: String,
}

/// Declares the fields that are one string each, by form name.
macro_rules! single_fields {
    ($($name:literal => $field:ident),+ $(,)?) => {
        const SINGLE_FIELDS: &[&str] = &[$($name),+];

        impl ReviewInput {
            fn single(&self, name: &str) -> Option<&String> {
                match name {
                    $($name => Some(&self.$field),)+
                    _ => None,
                }
            }

            fn single_mut(&mut self, name: &str) -> Option<&mut String> {
                match name {
                    $($name => Some(&mut self.$field),)+
                    _ => None,
                }
            }
        }
    };
}

single_fields!(
    "sub_agent" => sub_agent,
    "origin" => origin,
    "destination" => destination,
    "sector" => sector,
    "occupation" => occupation,
    "departure_year" => departure_year,
    "visa_type" => visa_type,
    "gender" => gender,
    "currency" => currency,
    "took_loan" => took_loan,
    "lender" => lender,
    "loan_interest" => loan_interest,
    "promised_wage" => promised_wage,
    "first_wage" => first_wage,
    "use_again" => use_again,
    "body" => body,
    "body_language" => body_language,
    "website" => website,
);

/// Every field name the review form has (the honeypot included).
pub fn form_fields() -> Vec<&'static str> {
    let mut names = SINGLE_FIELDS.to_vec();
    names.extend(COST_FIELDS.iter().flatten());
    names.extend(CHECK_FIELDS);
    names.extend(RATING_FIELDS);
    names
}

/// Where a grouped field's name points: (category, which of its four answers), a check or
/// a rating.
enum Grouped {
    Cost(usize, usize),
    Check(usize),
    Rating(usize),
}

fn grouped(name: &str) -> Option<Grouped> {
    let position = |names: &[&str]| names.iter().position(|n| *n == name);
    COST_FIELDS
        .iter()
        .enumerate()
        .find_map(|(i, four)| position(four).map(|j| Grouped::Cost(i, j)))
        .or_else(|| position(&CHECK_FIELDS).map(Grouped::Check))
        .or_else(|| position(&RATING_FIELDS).map(Grouped::Rating))
}

impl CostInput {
    fn answer(&self, which: usize) -> &String {
        match which {
            0 => &self.paid,
            1 => &self.amount,
            2 => &self.paid_to,
            _ => &self.receipt,
        }
    }

    fn answer_mut(&mut self, which: usize) -> &mut String {
        match which {
            0 => &mut self.paid,
            1 => &mut self.amount,
            2 => &mut self.paid_to,
            _ => &mut self.receipt,
        }
    }
}

impl TryFrom<BTreeMap<String, String>> for ReviewInput {
    type Error = InputError;

    fn try_from(fields: BTreeMap<String, String>) -> Result<ReviewInput, InputError> {
        ReviewInput::new(fields)
    }
}

impl ReviewInput {
    /// From (name, value) pairs; a name the form does not have, or one given twice, is
    /// refused.
    pub fn new(
        fields: impl IntoIterator<Item = (String, String)>,
    ) -> Result<ReviewInput, InputError> {
        let mut input = ReviewInput::default();
        let mut seen: Vec<String> = Vec::new();
        for (name, value) in fields {
            if seen.contains(&name) {
                return Err(InputError::new("form", "error-form-fields"));
            }
            let slot = input
                .slot_mut(&name)
                .ok_or(InputError::new("form", "error-form-fields"))?;
            *slot = value;
            seen.push(name);
        }
        Ok(input)
    }

    fn slot_mut(&mut self, name: &str) -> Option<&mut String> {
        if self.single(name).is_some() {
            return self.single_mut(name);
        }
        Some(match grouped(name)? {
            Grouped::Cost(i, j) => self.costs[i].answer_mut(j),
            Grouped::Check(i) => &mut self.checks[i],
            Grouped::Rating(i) => &mut self.ratings[i],
        })
    }

    /// The value of a form field by name (`""` for a name the form does not have).
    pub fn get(&self, name: &str) -> &str {
        let slot = self.single(name).or_else(|| {
            Some(match grouped(name)? {
                Grouped::Cost(i, j) => self.costs[i].answer(j),
                Grouped::Check(i) => &self.checks[i],
                Grouped::Rating(i) => &self.ratings[i],
            })
        });
        slot.map_or("", String::as_str)
    }

    /// Sets a form field by name; a name the form does not have is ignored.
    pub fn set(&mut self, name: &str, value: String) {
        if let Some(slot) = self.slot_mut(name) {
            *slot = value;
        }
    }

    /// A bot filled the hidden field.
    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// The values as a worker sees them again: control characters and bidirectional
    /// overrides shown as U+FFFD (line breaks kept in the free text).
    pub fn visible(&self) -> ReviewInput {
        let mut shown = self.clone();
        for name in form_fields() {
            shown.set(name, visible(self.get(name)));
        }
        shown
    }

    /// The form filled with a stored draft (a worker editing their review).
    pub fn of(draft: &ReviewDraft) -> ReviewInput {
        let yes_no = |b: Option<bool>| match b {
            Some(true) => "yes".to_owned(),
            Some(false) => "no".to_owned(),
            None => String::new(),
        };
        let word = |w: Option<&'static str>| w.unwrap_or_default().to_owned();
        let amount = |a: Option<i64>| match (a, draft.currency) {
            (Some(a), Some(c)) => c.to_input(a),
            _ => String::new(),
        };
        let mut costs: [CostInput; 9] = Default::default();
        for item in &draft.costs {
            costs[item.category.index()] = CostInput {
                paid: yes_no(Some(item.paid)),
                amount: amount(item.amount),
                paid_to: word(item.paid_to.map(|p| p.as_str())),
                receipt: yes_no(item.receipt),
            };
        }
        ReviewInput {
            sub_agent: draft.sub_agent_name.clone().unwrap_or_default(),
            origin: draft.origin.as_str().to_owned(),
            destination: draft.destination.as_str().to_owned(),
            sector: word(draft.sector.map(|s| s.as_str())),
            occupation: draft.occupation.clone().unwrap_or_default(),
            departure_year: draft.departure_year.to_string(),
            visa_type: word(draft.visa_type.map(|v| v.as_str())),
            gender: word(draft.gender.map(|g| g.as_str())),
            currency: word(draft.currency.map(|c| c.as_str())),
            costs,
            took_loan: yes_no(draft.took_loan),
            lender: word(draft.lender.map(|l| l.as_str())),
            loan_interest: draft
                .loan_interest_bp
                .map(costs::monthly_interest_input)
                .unwrap_or_default(),
            promised_wage: amount(draft.promised_wage),
            first_wage: amount(draft.first_month_wage),
            checks: draft.checks.map(yes_no),
            ratings: draft
                .ratings
                .map(|r| r.map(|r| r.to_string()).unwrap_or_default()),
            use_again: yes_no(draft.would_use_again),
            body: draft.body.clone().unwrap_or_default(),
            body_language: draft.body_language.clone().unwrap_or_default(),
            website: String::new(),
        }
    }
}

/// One value as shown again: each line's control characters and overrides as U+FFFD.
fn visible(value: &str) -> String {
    value
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
        .join("\n")
}
