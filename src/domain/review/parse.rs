//! The one parse of a review, for the form and the API alike: typed input in, a checked
//! [`ReviewDraft`] out, or every problem found, each on its field (the first per field).
//! Nothing is filled in for a value that was missing or wrong: a draft exists only when
//! everything was right.

use super::input::ReviewInput;
use super::{
    BODY_MAX, Check, CostItem, Dimension, Gender, OCCUPATION_MAX, Problems, ReviewDraft,
    SUB_AGENT_NAME_MAX, TEXT_LANGUAGES, YEAR_MIN,
};
use crate::domain::account::Sector;
use crate::domain::costs::{self, CostCategory, Lender, PaidTo, VisaType};
use crate::domain::country::CountryCode;
use crate::domain::currency::{Currency, decimal_digit};
use crate::domain::text;
use crate::error::InputError;

/// Trims, turns CR LF into LF, and makes empty text absent.
pub fn clean_text(value: &str) -> Option<String> {
    let value = value.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = value.trim();
    (!trimmed.is_empty()).then(|| trimmed.to_owned())
}

impl ReviewInput {
    /// The typed draft, or every problem found, each on its field.
    pub fn draft(&self, this_year: i32) -> Result<ReviewDraft, Problems> {
        let mut p = Parse::default();
        let origin = p.country("origin", &self.origin);
        let destination = p.country("destination", &self.destination);
        let departure_year = p.year(&self.departure_year, this_year);
        let sub_agent_name = p.text("sub_agent", &self.sub_agent, SUB_AGENT_NAME_MAX);
        if sub_agent_name
            .as_deref()
            .is_some_and(|n| text::fold(n).is_empty())
        {
            p.refuse("sub_agent", "error-review-sub-agent");
        }
        let sector = p.choice("sector", &self.sector, Sector::parse);
        let occupation = p.text("occupation", &self.occupation, OCCUPATION_MAX);
        let visa_type = p.choice("visa_type", &self.visa_type, VisaType::parse);
        let gender = p.choice("gender", &self.gender, Gender::parse);
        let currency = match self.currency.trim() {
            "" => None,
            code => Currency::parse(code).or_else(|| {
                p.refuse("currency", "error-currency");
                None
            }),
        };
        let costs = p.costs(self, currency);
        let took_loan = p.yes_no("took_loan", &self.took_loan);
        let lender = p.choice("lender", &self.lender, Lender::parse);
        let loan_interest_bp = match self.loan_interest.trim() {
            "" => None,
            typed => costs::parse_monthly_interest(typed)
                .filter(|bp| costs::interest_in_range(*bp))
                .or_else(|| {
                    p.refuse("loan_interest", "error-interest");
                    None
                }),
        };
        let promised_wage = p.amount("promised_wage", &self.promised_wage, currency);
        let first_month_wage = p.amount("first_wage", &self.first_wage, currency);
        if p.unpriced && currency.is_none() {
            p.refuse("currency", "error-currency");
        }
        let mut checks = [None; 8];
        for c in Check::ALL {
            checks[c.index()] = p.yes_no(c.field(), &self.checks[c.index()]);
        }
        let ratings = p.ratings(self);
        let would_use_again = p.yes_no("use_again", &self.use_again);
        // The story is the one text a worker can make too long; its message says the limit.
        let body = p.story(&self.body);
        let body_language = match self.body_language.trim() {
            "" => None,
            lang if TEXT_LANGUAGES.contains(&lang) => Some(lang.to_owned()),
            _ => {
                p.refuse("body_language", "error-review-language");
                None
            }
        };
        let (Some(origin), Some(destination), Some(departure_year)) =
            (origin, destination, departure_year)
        else {
            return Err(p.problems);
        };
        if !p.problems.is_empty() {
            return Err(p.problems);
        }
        Ok(ReviewDraft {
            sub_agent_name,
            origin,
            destination,
            sector,
            occupation,
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
            body,
            body_language,
        })
    }
}

/// Problems found so far, one per field, and whether an amount was written without a
/// currency to read it in.
#[derive(Default)]
struct Parse {
    problems: Problems,
    unpriced: bool,
}

impl Parse {
    /// Records a problem unless the field already has one.
    fn refuse(&mut self, field: &'static str, message_key: &'static str) {
        if !self.problems.iter().any(|p| p.field == field) {
            self.problems.push(InputError::new(field, message_key));
        }
    }

    fn country(&mut self, field: &'static str, typed: &str) -> Option<CountryCode> {
        CountryCode::parse(typed).or_else(|| {
            self.refuse(field, "error-invalid-country");
            None
        })
    }

    /// A departure year from [`YEAR_MIN`] to this year, in any script's digits.
    fn year(&mut self, typed: &str, this_year: i32) -> Option<i32> {
        let year = parse_digits(typed)
            .and_then(|y| i32::try_from(y).ok())
            .filter(|y| (YEAR_MIN..=this_year).contains(y));
        if year.is_none() {
            self.refuse("departure_year", "error-review-year");
        }
        year
    }

    /// An optional word from a list.
    fn choice<T>(
        &mut self,
        field: &'static str,
        typed: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        match typed.trim() {
            "" => None,
            word => parse(word).or_else(|| {
                self.refuse(field, "error-choice");
                None
            }),
        }
    }

    /// `yes`, `no`, or not answered.
    fn yes_no(&mut self, field: &'static str, typed: &str) -> Option<bool> {
        match typed.trim() {
            "" => None,
            "yes" => Some(true),
            "no" => Some(false),
            _ => {
                self.refuse(field, "error-choice");
                None
            }
        }
    }

    /// An amount in `currency`'s minor units. Without a currency, an amount that reads as
    /// one leaves the currency as what is missing.
    fn amount(
        &mut self,
        field: &'static str,
        typed: &str,
        currency: Option<Currency>,
    ) -> Option<i64> {
        let typed = typed.trim();
        if typed.is_empty() {
            return None;
        }
        match currency {
            Some(c) => c.parse_amount(typed).or_else(|| {
                self.refuse(field, "error-amount");
                None
            }),
            None => {
                if Currency::reads_as_amount(typed) {
                    self.unpriced = true;
                } else {
                    self.refuse(field, "error-amount");
                }
                None
            }
        }
    }

    /// The answered cost categories, in [`CostCategory::ALL`] order.
    fn costs(&mut self, input: &ReviewInput, currency: Option<Currency>) -> Vec<CostItem> {
        let mut items = Vec::new();
        for (category, typed) in CostCategory::ALL.iter().zip(&input.costs) {
            let [paid_f, amount_f, to_f, receipt_f] = category.fields();
            let paid = self.yes_no(paid_f, &typed.paid);
            let amount = self.amount(amount_f, &typed.amount, currency);
            let paid_to = self.choice(to_f, &typed.paid_to, PaidTo::parse);
            let receipt = self.yes_no(receipt_f, &typed.receipt);
            // An amount means it was paid, whether or not "yes" was ticked.
            let paid = match (paid, amount) {
                (None, Some(a)) if a > 0 => Some(true),
                (p, _) => p,
            };
            if let Some(paid) = paid {
                items.push(CostItem {
                    category: *category,
                    paid,
                    amount: amount.filter(|_| paid),
                    paid_to: paid_to.filter(|_| paid),
                    receipt: receipt.filter(|_| paid),
                });
            }
        }
        items
    }

    /// Ratings from 1 to 5; the overall one is required.
    fn ratings(&mut self, input: &ReviewInput) -> [Option<i16>; 5] {
        let mut ratings = [None; 5];
        for d in Dimension::ALL {
            let typed = input.ratings[d.index()].trim();
            if typed.is_empty() {
                continue;
            }
            match parse_digits(typed) {
                Some(r) if (1..=5).contains(&r) => ratings[d.index()] = Some(r as i16),
                _ => self.refuse(d.field(), "error-review-rating"),
            }
        }
        if ratings[Dimension::Overall.index()].is_none() {
            self.refuse("rating_overall", "error-review-rating-required");
        }
        ratings
    }

    /// One line of text: no control characters or overrides, no markup, at most `max`
    /// characters.
    fn text(&mut self, field: &'static str, typed: &str, max: usize) -> Option<String> {
        let value = clean_text(typed)?;
        if text::has_forbidden_chars(&value) {
            self.refuse(field, "error-text-chars");
        } else if text::has_markup(&value) {
            self.refuse(field, "error-text-markup");
        } else if value.chars().count() > max {
            self.refuse(field, "error-text-long");
        }
        Some(value)
    }

    /// The worker's story: lines allowed, at most [`BODY_MAX`] characters.
    fn story(&mut self, typed: &str) -> Option<String> {
        let value = clean_text(typed)?;
        if text::has_forbidden_chars(&value.replace('\n', "")) {
            self.refuse("body", "error-text-chars");
        } else if text::has_markup(&value) {
            self.refuse("body", "error-text-markup");
        } else if value.chars().count() > BODY_MAX {
            self.refuse("body", "error-review-text-long");
        }
        Some(value)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::currency::AMOUNT_MAX;
    use crate::domain::review::ratio_bp;

    fn form(pairs: &[(&str, &str)]) -> ReviewInput {
        ReviewInput::new(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string()))).unwrap()
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
        assert!(ReviewInput::new(fields).is_err());
        // A field sent twice is refused as a whole too.
        let twice = [
            ("rating_overall".to_owned(), "3".to_owned()),
            ("rating_overall".to_owned(), "4".to_owned()),
        ];
        assert!(ReviewInput::new(twice).is_err());
    }

    #[test]
    fn nothing_is_filled_in_for_what_was_missing() {
        // No country, year or rating: each is a problem, and there is no draft.
        let problems = form(&[("body", "only a story")]).draft(2026).unwrap_err();
        let fields: Vec<&str> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            ["origin", "destination", "departure_year", "rating_overall"]
        );
        // An amount without a currency: the currency is what is missing, once, whatever
        // the number of amounts; an amount that is no number is refused on its own field.
        let mut pairs = minimal();
        pairs.extend([
            ("cost_fee_amount", "5,000,000,000"),
            ("first_wage", "1500.5"),
            ("promised_wage", "a lot"),
        ]);
        let problems = form(&pairs).draft(2026).unwrap_err();
        let found: Vec<(&str, &str)> = problems.iter().map(|p| (p.field, p.message_key)).collect();
        assert_eq!(
            found,
            [
                ("promised_wage", "error-amount"),
                ("currency", "error-currency")
            ]
        );
        // An unknown currency is named as such.
        let mut pairs = minimal();
        pairs.push(("currency", "XXX"));
        let problems = form(&pairs).draft(2026).unwrap_err();
        assert_eq!(problems[0].message_key, "error-currency");
    }

    #[test]
    fn shown_again_as_typed_with_overrides_made_visible() {
        let mut pairs = minimal();
        pairs.extend([
            ("body", "line one\r\nline \u{202E}two"),
            ("cost_medical_amount", "12\u{0}"),
        ]);
        let shown = form(&pairs).visible();
        assert_eq!(shown.get("body"), "line one\nline \u{FFFD}two");
        assert_eq!(shown.costs[1].amount, "12\u{FFFD}");
        assert_eq!(shown.get("origin"), "NP");
        assert_eq!(shown.get("no_such_field"), "");
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
}
