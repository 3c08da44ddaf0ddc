//! ISO 3166-1 alpha-2 country codes: the only way a country enters FairRecruit.

use std::fmt;

/// Every officially assigned ISO 3166-1 alpha-2 code, sorted.
pub const ALL: &[&str] = &[
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The Fluent key of a stored country code's name, e.g. `country-NP`.
pub fn message_key(code: &str) -> String {
    format!("country-{code}")
}

/// A validated ISO 3166-1 alpha-2 code, always upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode(&'static str);

impl CountryCode {
    /// Accepts a code in any case, surrounded by spaces; rejects anything not assigned.
    pub fn parse(input: &str) -> Option<Self> {
        let upper = input.trim().to_ascii_uppercase();
        ALL.binary_search(&upper.as_str())
            .ok()
            .map(|i| CountryCode(ALL[i]))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }

    /// The Fluent key of the country's name, e.g. `country-NP`.
    pub fn message_key(&self) -> String {
        message_key(self.0)
    }

    pub fn all() -> impl Iterator<Item = CountryCode> {
        ALL.iter().map(|c| CountryCode(c))
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_is_sorted_and_unique() {
        assert!(ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(ALL.len(), 249);
    }

    #[test]
    fn parses_any_case_and_rejects_unassigned() {
        assert_eq!(CountryCode::parse(" np ").unwrap().as_str(), "NP");
        assert!(CountryCode::parse("XX").is_none());
        assert!(CountryCode::parse("NPL").is_none());
        assert!(CountryCode::parse("").is_none());
        assert!(CountryCode::parse("N\u{202e}").is_none());
    }
}
