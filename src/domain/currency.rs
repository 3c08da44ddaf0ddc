//! Money as workers report it: an ISO 4217 currency and an integer number of its minor units
//! (paisa, fils, cents). Never a float: amounts are parsed from text digit by digit.

/// Largest amount accepted, in minor units (10^12: a billion rupees in paisa).
pub const AMOUNT_MAX: i64 = 1_000_000_000_000;

/// Active ISO 4217 currencies and their minor-unit exponent.
#[rustfmt::skip]
const CURRENCIES: &[(&str, u8)] = &[
    ("AED", 2), ("AFN", 2), ("ALL", 2), ("AMD", 2), ("AOA", 2), ("ARS", 2), ("AUD", 2),
    ("AWG", 2), ("AZN", 2), ("BAM", 2), ("BBD", 2), ("BDT", 2), ("BHD", 3), ("BIF", 0),
    ("BMD", 2), ("BND", 2), ("BOB", 2), ("BRL", 2), ("BSD", 2), ("BTN", 2), ("BWP", 2),
    ("BYN", 2), ("BZD", 2), ("CAD", 2), ("CDF", 2), ("CHF", 2), ("CLP", 0), ("CNY", 2),
    ("COP", 2), ("CRC", 2), ("CUP", 2), ("CVE", 2), ("CZK", 2), ("DJF", 0), ("DKK", 2),
    ("DOP", 2), ("DZD", 2), ("EGP", 2), ("ERN", 2), ("ETB", 2), ("EUR", 2), ("FJD", 2),
    ("FKP", 2), ("GBP", 2), ("GEL", 2), ("GHS", 2), ("GIP", 2), ("GMD", 2), ("GNF", 0),
    ("GTQ", 2), ("GYD", 2), ("HKD", 2), ("HNL", 2), ("HTG", 2), ("HUF", 2), ("IDR", 2),
    ("ILS", 2), ("INR", 2), ("IQD", 3), ("IRR", 2), ("ISK", 0), ("JMD", 2), ("JOD", 3),
    ("JPY", 0), ("KES", 2), ("KGS", 2), ("KHR", 2), ("KMF", 0), ("KPW", 2), ("KRW", 0),
    ("KWD", 3), ("KYD", 2), ("KZT", 2), ("LAK", 2), ("LBP", 2), ("LKR", 2), ("LRD", 2),
    ("LSL", 2), ("LYD", 3), ("MAD", 2), ("MDL", 2), ("MGA", 2), ("MKD", 2), ("MMK", 2),
    ("MNT", 2), ("MOP", 2), ("MRU", 2), ("MUR", 2), ("MVR", 2), ("MWK", 2), ("MXN", 2),
    ("MYR", 2), ("MZN", 2), ("NAD", 2), ("NGN", 2), ("NIO", 2), ("NOK", 2), ("NPR", 2),
    ("NZD", 2), ("OMR", 3), ("PAB", 2), ("PEN", 2), ("PGK", 2), ("PHP", 2), ("PKR", 2),
    ("PLN", 2), ("PYG", 0), ("QAR", 2), ("RON", 2), ("RSD", 2), ("RUB", 2), ("RWF", 0),
    ("SAR", 2), ("SBD", 2), ("SCR", 2), ("SDG", 2), ("SEK", 2), ("SGD", 2), ("SHP", 2),
    ("SLE", 2), ("SOS", 2), ("SRD", 2), ("SSP", 2), ("STN", 2), ("SVC", 2), ("SYP", 2),
    ("SZL", 2), ("THB", 2), ("TJS", 2), ("TMT", 2), ("TND", 3), ("TOP", 2), ("TRY", 2),
    ("TTD", 2), ("TWD", 2), ("TZS", 2), ("UAH", 2), ("UGX", 0), ("USD", 2), ("UYU", 2),
    ("UZS", 2), ("VES", 2), ("VND", 0), ("VUV", 0), ("WST", 2), ("XAF", 0), ("XCD", 2),
    ("XOF", 0), ("XPF", 0), ("YER", 2), ("ZAR", 2), ("ZMW", 2), ("ZWG", 2),
];

/// The currencies of the main migration corridors, offered first in forms.
#[rustfmt::skip]
pub const COMMON: &[&str] = &[
    "NPR", "BDT", "INR", "PKR", "LKR", "PHP", "IDR", "MMK", "KHR", "VND", "ETB", "KES", "UGX",
    "QAR", "SAR", "AED", "KWD", "OMR", "BHD", "JOD", "LBP", "MYR", "SGD", "HKD", "THB", "KRW",
    "JPY", "USD", "EUR", "GBP",
];

/// A known ISO 4217 currency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency {
    code: &'static str,
    exponent: u8,
}

impl Currency {
    /// Three letters, any case.
    pub fn parse(input: &str) -> Option<Currency> {
        let upper = input.trim().to_ascii_uppercase();
        CURRENCIES
            .iter()
            .find(|(code, _)| *code == upper)
            .map(|&(code, exponent)| Currency { code, exponent })
    }

    pub fn as_str(&self) -> &'static str {
        self.code
    }

    /// Digits after the decimal point (0 for yen, 3 for dinars).
    pub fn exponent(&self) -> u8 {
        self.exponent
    }

    /// Every code, common corridors first, then the rest alphabetically.
    pub fn codes() -> impl Iterator<Item = &'static str> {
        COMMON.iter().copied().chain(
            CURRENCIES
                .iter()
                .map(|(code, _)| *code)
                .filter(|code| !COMMON.contains(code)),
        )
    }

    /// `150000` minor units of NPR → `1,500.00`.
    pub fn format(&self, minor: i64) -> String {
        let scale = 10i64.pow(u32::from(self.exponent));
        let sign = if minor < 0 { "-" } else { "" };
        let abs = minor.unsigned_abs();
        let whole = group(abs / scale as u64);
        if self.exponent == 0 {
            format!("{sign}{whole}")
        } else {
            let fraction = abs % scale as u64;
            format!(
                "{sign}{whole}.{fraction:0width$}",
                width = usize::from(self.exponent)
            )
        }
    }

    /// A worker's amount in major units as typed — `1500`, `1,50,000`, `1 500.50`, `१५००`,
    /// `١٥٠٠٫٥` — into minor units, exactly. `None` when it is not a plain non-negative
    /// number, has more decimals than the currency, or exceeds [`AMOUNT_MAX`].
    pub fn parse_amount(&self, input: &str) -> Option<i64> {
        let typed = Typed::read(input, self.exponent)?;
        let scale = 10i64.pow(u32::from(self.exponent));
        let fraction = typed.fraction * 10i64.pow(u32::from(self.exponent - typed.decimals));
        let minor = typed.whole.checked_mul(scale)?.checked_add(fraction)?;
        (minor <= AMOUNT_MAX).then_some(minor)
    }

    /// Whether `input` is written as an amount (digits, separators, at most one decimal
    /// point) within the limit forms state — 10,000,000,000, [`AMOUNT_MAX`] in cents — for a
    /// form that has amounts but no currency yet: the currency is then what is missing.
    pub fn reads_as_amount(input: &str) -> bool {
        let most_decimals = CURRENCIES.iter().map(|(_, e)| *e).max().unwrap_or(0);
        Typed::read(input, most_decimals).is_some_and(|t| t.whole <= AMOUNT_MAX / 100)
    }

    /// Minor units back into what a form shows (`1500.50`, no grouping), for a field.
    pub fn to_input(&self, minor: i64) -> String {
        self.format(minor).replace(',', "")
    }
}

/// An amount as written: its whole part (at most [`AMOUNT_MAX`]), its fraction and how many
/// decimals the fraction had.
struct Typed {
    whole: i64,
    fraction: i64,
    decimals: u8,
}

impl Typed {
    fn read(input: &str, max_decimals: u8) -> Option<Typed> {
        let mut typed = Typed {
            whole: 0,
            fraction: 0,
            decimals: 0,
        };
        let mut seen_point = false;
        let mut digits = 0usize;
        for c in input.trim().chars() {
            if let Some(d) = decimal_digit(c) {
                digits += 1;
                if seen_point {
                    typed.decimals += 1;
                    if typed.decimals > max_decimals {
                        return None;
                    }
                    typed.fraction = typed.fraction * 10 + i64::from(d);
                } else {
                    typed.whole = typed.whole.checked_mul(10)?.checked_add(i64::from(d))?;
                    if typed.whole > AMOUNT_MAX {
                        return None;
                    }
                }
            } else if matches!(c, '.' | '\u{066B}') && !seen_point {
                seen_point = true;
            } else if matches!(
                c,
                ',' | ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{066C}' | '\''
            ) && !seen_point
            {
                // Thousands separators of any grouping (1,50,000 or 150,000).
            } else {
                return None;
            }
        }
        (digits > 0).then_some(typed)
    }
}

/// The value of a decimal digit of any script a worker's keyboard may type (Devanagari,
/// Bengali, Arabic-Indic, Myanmar …); `None` for anything else.
pub fn decimal_digit(c: char) -> Option<u32> {
    if let Some(d) = c.to_digit(10) {
        return Some(d);
    }
    // Unicode decimal digits come in runs of ten starting at a code point ending in 0 or 6.
    const ZEROS: &[u32] = &[
        0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
        0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0xFF10,
    ];
    let code = c as u32;
    ZEROS
        .iter()
        .find(|&&zero| (zero..zero + 10).contains(&code))
        .map(|zero| code - zero)
}

fn group(mut n: u64) -> String {
    let mut parts = Vec::new();
    loop {
        if n < 1000 {
            parts.push(n.to_string());
            break;
        }
        parts.push(format!("{:03}", n % 1000));
        n /= 1000;
    }
    parts.reverse();
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_amount_without_its_currency_still_reads_as_one() {
        for typed in [
            "1500",
            "1,50,000",
            "१५००",
            "١٥٠٠٫٥",
            "1500.125",
            "10,000,000,000",
        ] {
            assert!(Currency::reads_as_amount(typed), "{typed}");
        }
        for typed in ["", "-5", "1.2.3", "1500.1234", "10000000001", "abc", "1e5"] {
            assert!(!Currency::reads_as_amount(typed), "{typed}");
        }
    }

    fn npr() -> Currency {
        Currency::parse("npr").unwrap()
    }

    #[test]
    fn knows_iso_codes_and_exponents() {
        assert_eq!(npr().as_str(), "NPR");
        assert_eq!(Currency::parse("KWD").unwrap().exponent(), 3);
        assert_eq!(Currency::parse("JPY").unwrap().exponent(), 0);
        for bad in ["", "XXX", "RS", "NPRR", "₹", "usd1"] {
            assert_eq!(Currency::parse(bad), None, "{bad}");
        }
        let codes: Vec<_> = Currency::codes().collect();
        let mut unique = codes.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(codes.len(), unique.len());
        assert!(codes.iter().all(|c| Currency::parse(c).is_some()));
    }

    #[test]
    fn parses_amounts_exactly_in_any_script() {
        assert_eq!(npr().parse_amount("1500"), Some(150_000));
        assert_eq!(npr().parse_amount("1,50,000"), Some(15_000_000));
        assert_eq!(npr().parse_amount(" 1 500.5 "), Some(150_050));
        assert_eq!(npr().parse_amount("१५००"), Some(150_000));
        assert_eq!(npr().parse_amount("١٥٠٠٫٥"), Some(150_050));
        assert_eq!(npr().parse_amount("০"), Some(0));
        assert_eq!(
            Currency::parse("KWD").unwrap().parse_amount("1.5"),
            Some(1500)
        );
        for bad in [
            "",
            "-5",
            "1.234",
            "1e5",
            "abc",
            "1.2.3",
            "NaN",
            "١٢x",
            "10000000001",
        ] {
            assert_eq!(npr().parse_amount(bad), None, "{bad}");
        }
        assert_eq!(Currency::parse("JPY").unwrap().parse_amount("5.0"), None);
        assert_eq!(npr().parse_amount("10000000000"), Some(AMOUNT_MAX));
    }

    #[test]
    fn formats_minor_units() {
        assert_eq!(npr().format(15_000_050), "150,000.50");
        assert_eq!(npr().format(5), "0.05");
        assert_eq!(
            Currency::parse("JPY").unwrap().format(1_234_567),
            "1,234,567"
        );
        assert_eq!(Currency::parse("KWD").unwrap().format(1500), "1.500");
        assert_eq!(npr().to_input(15_000_050), "150000.50");
    }
}
