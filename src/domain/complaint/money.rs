//! Money on a complaint: integer minor units and an ISO 4217 code, never a float.

use crate::error::InputError;

pub use crate::domain::currency::Currency;

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
        let currency = Currency::parse(currency).ok_or(InputError::new(field, "error-currency"))?;
        let minor = currency
            .parse_amount(amount)
            .ok_or(InputError::new(field, "error-amount"))?;
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

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(m("5", "XYZ").unwrap_err().message_key, "error-currency");
        assert_eq!(m("5.5", "JPY").unwrap_err().message_key, "error-amount");
        let kwd = Money::from_parts(Some(12_345), Some("KWD")).unwrap();
        assert_eq!(kwd.display(), "12.345 KWD");
    }
}
