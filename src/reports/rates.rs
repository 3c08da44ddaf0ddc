//! Exchange rates to US dollars, per currency and year, as administrators import them
//! (`fairrecruit import-rates FILE.csv`), and converting a worker's amount with them. Rates
//! are integer billionths of a dollar per major unit: no floats for money.

use std::io::Read;

use crate::domain::currency::Currency;
use crate::domain::report::Rate;

/// Billionths in one dollar.
pub const NANO: i64 = 1_000_000_000;
/// Earliest and latest years a rate may be given for.
pub const YEAR_MIN: i32 = crate::domain::review::YEAR_MIN;
pub const YEAR_MAX: i32 = 2100;
/// Most decimals a rate may have (billionths).
const DECIMALS: usize = 9;
/// One major unit worth more than a million dollars is a typing mistake.
const RATE_MAX_NANO: i64 = 1_000_000 * NANO;

/// A refused row: its line in the file and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// `0.0075` → 7,500,000 billionths. Plain decimal digits and one point; positive.
pub fn parse_rate(text: &str) -> Option<i64> {
    let text = text.trim();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty()
        || !digits(whole)
        || !digits(fraction)
        || fraction.len() > DECIMALS
        || whole.len() > 7
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let mut nano = whole.checked_mul(NANO)?;
    if !fraction.is_empty() {
        let scale = 10i64.pow((DECIMALS - fraction.len()) as u32);
        nano = nano.checked_add(fraction.parse::<i64>().ok()? * scale)?;
    }
    (nano > 0 && nano <= RATE_MAX_NANO).then_some(nano)
}

/// The most minor-unit decimals a currency has (ISO 4217: CLF, UYW).
const EXPONENT_MAX: u32 = 4;

/// One US dollar is one US dollar: a dollar amount needs no imported rate.
pub fn rate_of(rates: &crate::domain::report::Rates, code: &'static str, year: i32) -> Option<i64> {
    if code == "USD" {
        return Some(NANO);
    }
    rates.get(&(code, year)).copied()
}

/// `amount` minor units of `currency` in US dollars, exactly, in units of 10⁻¹³ dollar (a
/// billionth of a rate times a ten-thousandth of a unit): sums of these over a million
/// workers fit an `i128`, and a ratio of two sums has no rounding until the end.
pub fn to_usd_exact(amount: i64, currency: Currency, usd_per_unit_nano: i64) -> i128 {
    let exponent = u32::from(currency.exponent()).min(EXPONENT_MAX);
    i128::from(amount) * i128::from(usd_per_unit_nano) * 10i128.pow(EXPONENT_MAX - exponent)
}

/// An exact sum ([`to_usd_exact`]) over `n` as US cents, rounded half up.
pub fn exact_mean_cents(sum: i128, n: i64) -> Option<i64> {
    // 10⁻¹³ dollar = 10⁻¹¹ cent.
    let den = i128::from(n) * 100_000_000_000;
    (n > 0).then(|| ((sum + den / 2) / den) as i64)
}

/// `a ÷ b` in basis points, rounded half up; `None` when `b` is 0.
pub fn exact_ratio_bp(a: i128, b: i128) -> Option<i64> {
    (b > 0).then(|| ((a * 10_000 + b / 2) / b) as i64)
}

/// `amount` minor units of `currency` in US cents, rounded half up.
pub fn to_usd_cents(amount: i64, currency: Currency, usd_per_unit_nano: i64) -> i64 {
    let num = i128::from(amount) * i128::from(usd_per_unit_nano) * 100;
    let den = 10i128.pow(u32::from(currency.exponent())) * i128::from(NANO);
    ((num + den / 2) / den) as i64
}

/// Reads a rates file: header `currency,year,usd_per_unit` (columns in any order), one rate
/// a row. Every row is checked; any refused row refuses the whole file (all or nothing), and
/// every refusal is returned with its line number. A currency and year given twice is
/// refused too.
pub fn parse_file(input: impl Read) -> Result<Vec<Rate>, Vec<RowError>> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(input);
    let mut errors = Vec::new();
    let header = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Err(vec![RowError {
                line: 1,
                reason: format!("unreadable header: {e}"),
            }]);
        }
    };
    let column = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(c_currency), Some(c_year), Some(c_rate)) =
        (column("currency"), column("year"), column("usd_per_unit"))
    else {
        return Err(vec![RowError {
            line: 1,
            reason: "the header must name currency, year and usd_per_unit".into(),
        }]);
    };
    let mut rates: Vec<Rate> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                errors.push(RowError {
                    line,
                    reason: format!("unreadable row: {e}"),
                });
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |i: usize| record.get(i).unwrap_or("");
        let mut problems = Vec::new();
        let currency = Currency::parse(field(c_currency));
        if currency.is_none() {
            problems.push(format!("unknown ISO 4217 currency {:?}", field(c_currency)));
        }
        let year = field(c_year)
            .parse::<i32>()
            .ok()
            .filter(|y| (YEAR_MIN..=YEAR_MAX).contains(y));
        if year.is_none() {
            problems.push(format!(
                "year must be from {YEAR_MIN} to {YEAR_MAX}, not {:?}",
                field(c_year)
            ));
        }
        let rate = parse_rate(field(c_rate));
        if rate.is_none() {
            problems.push(format!(
                "usd_per_unit must be a positive decimal number (at most 9 decimals), not {:?}",
                field(c_rate)
            ));
        }
        match (currency, year, rate) {
            (Some(currency), Some(year), Some(usd_per_unit_nano)) => {
                if rates
                    .iter()
                    .any(|r| r.currency == currency && r.year == year)
                {
                    errors.push(RowError {
                        line,
                        reason: format!("{} {year} is given twice", currency.as_str()),
                    });
                } else {
                    rates.push(Rate {
                        currency,
                        year,
                        usd_per_unit_nano,
                    });
                }
            }
            _ => errors.push(RowError {
                line,
                reason: problems.join("; "),
            }),
        }
    }
    if errors.is_empty() {
        Ok(rates)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_exact_decimals() {
        assert_eq!(parse_rate("0.0075"), Some(7_500_000));
        assert_eq!(parse_rate("3.25"), Some(3_250_000_000));
        assert_eq!(parse_rate("1"), Some(NANO));
        assert_eq!(parse_rate(".5"), Some(500_000_000));
        for bad in [
            "0",
            "-1",
            "1e3",
            "",
            ".",
            "1.0000000001",
            "abc",
            "١",
            "99999999",
        ] {
            assert_eq!(parse_rate(bad), None, "{bad}");
        }
    }

    #[test]
    fn conversion_respects_the_currency_exponent() {
        let npr = Currency::parse("NPR").unwrap();
        // 150,000.00 NPR at 0.0075 = 1,125.00 USD.
        assert_eq!(to_usd_cents(15_000_000, npr, 7_500_000), 112_500);
        let kwd = Currency::parse("KWD").unwrap();
        // 1.000 KWD at 3.25 = 3.25 USD.
        assert_eq!(to_usd_cents(1000, kwd, 3_250_000_000), 325);
    }

    #[test]
    fn exact_dollars_keep_every_digit_until_the_ratio() {
        let npr = Currency::parse("NPR").unwrap();
        let kwd = Currency::parse("KWD").unwrap();
        let usd = Currency::parse("USD").unwrap();
        // 150,000.00 NPR at 0.0075 = 1,125.00 USD; 1.000 KWD at 3.25 = 3.25 USD.
        let a = to_usd_exact(15_000_000, npr, 7_500_000);
        let b = to_usd_exact(1000, kwd, 3_250_000_000);
        assert_eq!(exact_mean_cents(a, 1), Some(112_500));
        assert_eq!(exact_mean_cents(a + b, 2), Some(56_413));
        assert_eq!(exact_ratio_bp(a, b), Some(3_461_538));
        assert_eq!(exact_ratio_bp(a, 0), None);
        assert_eq!(exact_mean_cents(0, 0), None);
        // A dollar needs no rate; another currency needs its year's.
        let rates: crate::domain::report::Rates = [(("NPR", 2024), 7_500_000)].into();
        assert_eq!(rate_of(&rates, "USD", 1999), Some(NANO));
        assert_eq!(rate_of(&rates, "NPR", 2024), Some(7_500_000));
        assert_eq!(rate_of(&rates, "NPR", 2023), None);
        assert_eq!(
            exact_mean_cents(to_usd_exact(48_000, usd, NANO), 1),
            Some(48_000)
        );
    }

    #[test]
    fn a_file_is_all_or_nothing_with_line_numbers() {
        let good = "currency,year,usd_per_unit\nNPR,2024,0.0075\nqar,2024,0.2747\n";
        let rates = parse_file(good.as_bytes()).unwrap();
        assert_eq!(rates.len(), 2);
        assert_eq!(rates[1].currency.as_str(), "QAR");
        let bad = "year,currency,usd_per_unit\n2024,NPR,0.0075\n2024,XXX,1\n99999,NPR,1\n2024,NPR,0.008\n2024,QAR,-2\n";
        let errors = parse_file(bad.as_bytes()).unwrap_err();
        let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6]);
        assert!(errors[0].reason.contains("XXX"));
        assert!(parse_file("a,b\n1,2\n".as_bytes()).is_err());
    }
}
