//! The recruitment-cost vocabulary (ILO 2019): the cost categories, who took the money, who
//! lent it and at what monthly interest, and the visa — one word per concept for reviews,
//! complaints, the rights page and the reports.

use super::currency::Currency;

word_enum!(
    /// The ILO's categories of recruitment fees and related costs (2019), plus the payments
    /// that are illegitimate in every case. Each has a label (`cost-<word>`) and a hint
    /// (`cost-<word>-hint`).
    CostCategory, "cost", {
        Fee = "fee",
        Medical = "medical",
        Insurance = "insurance",
        Skills = "skills",
        Training = "training",
        Equipment = "equipment",
        Travel = "travel",
        Administrative = "administrative",
        Illegitimate = "illegitimate",
    }
);

impl CostCategory {
    pub fn index(self) -> usize {
        Self::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }

    /// The Fluent key of the hint that says what the category covers.
    pub fn hint_key(self) -> &'static str {
        HINT_KEYS[self.index()]
    }

    /// The costs "related" to recruitment in the ILO's definition: neither the fee for the
    /// recruiter's service itself nor the payments that are never legitimate.
    pub fn is_related_cost(self) -> bool {
        !matches!(self, CostCategory::Fee | CostCategory::Illegitimate)
    }
}

/// In [`CostCategory::ALL`] order.
const HINT_KEYS: [&str; 9] = [
    "cost-fee-hint",
    "cost-medical-hint",
    "cost-insurance-hint",
    "cost-skills-hint",
    "cost-training-hint",
    "cost-equipment-hint",
    "cost-travel-hint",
    "cost-administrative-hint",
    "cost-illegitimate-hint",
];

word_enum!(
    /// Who took the money.
    PaidTo, "paid-to", {
        Recruiter = "recruiter",
        SubAgent = "sub_agent",
        Employer = "employer",
        Other = "other",
    }
);

word_enum!(
    /// Who lent the money to pay.
    Lender, "lender", {
        Recruiter = "recruiter",
        Moneylender = "moneylender",
        Bank = "bank",
        Cooperative = "cooperative",
        Family = "family",
        Employer = "employer",
        Other = "other",
    }
);

word_enum!(
    VisaType, "visa", {
        Work = "work",
        DomesticWork = "domestic_work",
        Seasonal = "seasonal",
        Visit = "visit",
        Student = "student",
        Other = "other",
    }
);

/// Monthly loan interest above 100 % is a typing mistake. Interest is always kept monthly,
/// in basis points (3 % a month = 300): workers are quoted monthly rates by moneylenders.
pub const INTEREST_MAX_BP: i32 = 10_000;

/// Interest as a worker types it, a monthly percent with up to two decimals ("2.5", "3 %",
/// in any script's digits), read exactly as basis points. `None` when it is not such a number;
/// the range is checked by the caller ([`interest_in_range`]).
pub fn parse_monthly_interest(input: &str) -> Option<i32> {
    let typed = input.trim().trim_end_matches('%').trim();
    hundredths()
        .parse_amount(typed)
        .and_then(|bp| i32::try_from(bp).ok())
}

/// 0 to [`INTEREST_MAX_BP`].
pub fn interest_in_range(bp: i32) -> bool {
    (0..=INTEREST_MAX_BP).contains(&bp)
}

/// Basis points as a worker would type them again (300 → "3.00").
pub fn monthly_interest_input(bp: i32) -> String {
    hundredths().to_input(i64::from(bp))
}

/// Basis points for reading (300 → "3.00%").
pub fn monthly_interest_text(bp: i32) -> String {
    format!("{}%", hundredths().format(i64::from(bp)))
}

/// A percent has two decimals, as a two-decimal currency has cents.
fn hundredths() -> Currency {
    Currency::parse("USD").expect("USD is known")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interest_is_a_monthly_percent_read_exactly() {
        assert_eq!(parse_monthly_interest("2.5"), Some(250));
        assert_eq!(parse_monthly_interest(" 3 % "), Some(300));
        assert_eq!(parse_monthly_interest("३"), Some(300));
        assert_eq!(parse_monthly_interest("0.125"), None);
        assert_eq!(parse_monthly_interest("-1"), None);
        assert_eq!(parse_monthly_interest("abc"), None);
        assert!(interest_in_range(10_000));
        assert!(!interest_in_range(10_001));
        for bp in [0, 5, 250, 10_000] {
            assert_eq!(
                parse_monthly_interest(&monthly_interest_input(bp)),
                Some(bp)
            );
        }
        assert_eq!(monthly_interest_text(250), "2.50%");
    }

    #[test]
    fn every_category_has_its_hint_and_the_related_costs_are_seven() {
        for c in CostCategory::ALL {
            assert_eq!(c.hint_key(), format!("{}-hint", c.message_key()));
        }
        assert_eq!(
            CostCategory::ALL
                .iter()
                .filter(|c| c.is_related_cost())
                .count(),
            7
        );
    }
}
