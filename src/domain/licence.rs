//! Licence numbers as people type them: one normal form per licensing country, so that
//! `RL-0923`, `RL 923` and `0923` meet in Bangladesh, while two licences that differ in any
//! part that matters (Malaysia's `024C` and `024`) stay two.
//!
//! The normal form is what the import keys an agency on (with its country) and what a
//! search compares; the number as the authority printed it stays for display.

use unicode_normalization::UnicodeNormalization;

use super::country::CountryCode;
use super::currency::decimal_digit;

/// Words that precede a number in every country's lists and carry no identity
/// ("Lic. No. 0923", "Licence 1234").
const WORDS: [&str; 5] = ["NO", "NUMBER", "LIC", "LICENCE", "LICENSE"];

/// The issuing authority's initials that some lists print before the number and workers
/// often leave out, by licensing country.
fn authority_prefixes(country: &str) -> &'static [&'static str] {
    match country {
        // Bangladesh: recruiting licence, "RL-0923".
        "BD" => &["RL"],
        // The Philippines: POEA licences, renamed DMW when the department took POEA over in
        // 2022; the serial and the rest of the number did not change.
        "PH" => &["POEA", "DMW"],
        // Sri Lanka: the Bureau of Foreign Employment.
        "LK" => &["SLBFE"],
        // Malaysia: the Peninsular Malaysia labour department.
        "MY" => &["JTKSM"],
        _ => &[],
    }
}

/// The licensing countries whose rules differ from the general one; a search without a
/// country compares the number in each of their forms and in the general one.
pub const COUNTRIES_WITH_RULES: [&str; 4] = ["BD", "PH", "LK", "NP"];

/// One run of a number: letters or digits (digits of any script, as ASCII).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Letters(String),
    Digits(String),
}

impl Part {
    fn text(&self) -> &str {
        match self {
            Part::Letters(s) | Part::Digits(s) => s,
        }
    }
}

/// Splits a number into runs of letters and of digits, upper-cased; every other character
/// (`-`, `/`, `.`, spaces, `+`) only separates.
fn parts(number: &str) -> Vec<Part> {
    let upper: String = number
        .nfkc()
        .flat_map(char::to_uppercase)
        .collect::<String>()
        .nfkc()
        .collect();
    let mut out: Vec<Part> = Vec::new();
    for c in upper.chars() {
        if let Some(d) = decimal_digit(c) {
            let d = char::from_digit(d, 10).unwrap_or('0');
            match out.last_mut() {
                Some(Part::Digits(s)) => s.push(d),
                _ => out.push(Part::Digits(d.to_string())),
            }
        } else if c.is_alphanumeric() {
            match out.last_mut() {
                Some(Part::Letters(s)) => s.push(c),
                _ => out.push(Part::Letters(c.to_string())),
            }
        } else {
            // A separator ends the run: the next character starts a new part.
            out.push(Part::Letters(String::new()));
        }
    }
    // Runs of one kind on either side of a separator stay two parts (`1284/074` is two
    // numbers, not `1284074`); the empty parts that marked the separators go.
    out.retain(|p| !p.text().is_empty());
    out
}

/// Drops leading zeros (`0923` → `923`; `000` → `0`).
fn without_leading_zeros(digits: &str) -> String {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() {
        "0".to_owned()
    } else {
        trimmed.to_owned()
    }
}

/// A Nepali fiscal year written with two or three digits (`074`, `75`) as its four-digit
/// Bikram Sambat year (`2074`, `2075`).
fn nepali_year(digits: &str) -> String {
    let year = without_leading_zeros(digits);
    match year.len() {
        1 | 2 => format!("20{year:0>2}"),
        3 => format!("2{year}"),
        _ => year,
    }
}

/// The normal form of `number` as licensed in `country` (an ISO 3166-1 alpha-2 code): its
/// parts joined by `-`, with
///
/// - leading words (`No.`, `Lic.`) and the authority's initials (`RL`, `POEA`, `DMW`,
///   `SLBFE`, `JTKSM`) dropped, unless nothing would remain;
/// - leading zeros of the serial (the first run of digits) ignored;
/// - Nepal's serial / fiscal year / fiscal year kept as three parts, each year written
///   with four digits (`1284/074/75` → `1284-2074-2075`).
///
/// Every other letter and digit is kept, so `024C` and `024` stay different. Empty only
/// when the number holds no letter or digit.
pub fn normal_form(country: &str, number: &str) -> String {
    let mut parts = parts(number);
    let prefixes = authority_prefixes(country);
    let droppable = |p: &Part| match p {
        Part::Letters(s) => WORDS.contains(&s.as_str()) || prefixes.contains(&s.as_str()),
        Part::Digits(_) => false,
    };
    let leading = parts.iter().take_while(|p| droppable(p)).count();
    if leading < parts.len() {
        parts.drain(..leading);
    }
    let mut serial_seen = false;
    let mut numbers_seen = 0;
    let normal: Vec<String> = parts
        .iter()
        .map(|p| match p {
            Part::Letters(s) => s.clone(),
            Part::Digits(d) => {
                numbers_seen += 1;
                if !serial_seen {
                    serial_seen = true;
                    without_leading_zeros(d)
                } else if country == "NP" && numbers_seen <= 3 {
                    nepali_year(d)
                } else {
                    d.clone()
                }
            }
        })
        .collect();
    normal.join("-")
}

/// A licence's identity (licensing country and normal form) in 16 bytes: an import keeps one
/// per row it read, to tell a licence given twice and the agencies a list no longer names,
/// so a list of a million rows costs megabytes, not the rows' text. (SHA-256, truncated: two
/// licences sharing one would take 2^64 of them.)
pub fn identity(country: &str, normal_form: &str) -> u128 {
    use sha2::{Digest, Sha256};
    let mut hasher = Sha256::new();
    hasher.update(country.as_bytes());
    hasher.update([0u8]);
    hasher.update(normal_form.as_bytes());
    let digest = hasher.finalize();
    let mut first = [0u8; 16];
    first.copy_from_slice(&digest[..16]);
    u128::from_le_bytes(first)
}

/// The forms a typed number is compared in: the licensing country's own when the search
/// names one, else the form under each country's rules and the general one (a worker who
/// types `RL 923` means Bangladesh's, whether or not they chose the country).
pub fn search_forms(typed: &str, country: Option<CountryCode>) -> Vec<String> {
    let mut forms: Vec<String> = match country {
        Some(c) => vec![normal_form(c.as_str(), typed)],
        None => COUNTRIES_WITH_RULES
            .iter()
            .map(|c| normal_form(c, typed))
            .chain([normal_form("", typed)])
            .collect(),
    };
    forms.retain(|f| !f.is_empty());
    forms.sort();
    forms.dedup();
    forms
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(country: &str, typed: &[&str]) {
        let first = normal_form(country, typed[0]);
        assert!(!first.is_empty());
        for t in typed {
            assert_eq!(normal_form(country, t), first, "{country} {t:?}");
        }
    }

    fn differ(country: &str, a: &str, b: &str) {
        assert_ne!(
            normal_form(country, a),
            normal_form(country, b),
            "{country}"
        );
    }

    #[test]
    fn bangladesh_numbers_meet_with_or_without_rl_and_zeros() {
        same(
            "BD",
            &["0923", "RL-0923", "RL 923", "923", "rl0923", "RL-০৯২৩"],
        );
        assert_eq!(normal_form("BD", "RL-0923"), "923");
        differ("BD", "RL-0923", "RL-0924");
        differ("BD", "RL-923", "RL-9230");
    }

    #[test]
    fn nepal_keeps_serial_and_fiscal_years_as_parts() {
        same(
            "NP",
            &[
                "1284/074/75",
                "1284/2074/75",
                "01284-074-075",
                "1284 074 75",
                "१२८४/०७४/७५",
            ],
        );
        assert_eq!(normal_form("NP", "1284/074/75"), "1284-2074-2075");
        // The same serial in another fiscal year is another licence.
        differ("NP", "1284/074/75", "1284/075/76");
        // Parts are not run together: 128/407/475 is not 1284/074/75.
        differ("NP", "1284/074/75", "128/4074/75");
    }

    #[test]
    fn philippine_poea_and_dmw_numbers_meet() {
        same(
            "PH",
            &[
                "POEA-123-LB-031517-R",
                "DMW-123-LB-031517-R",
                "poea 0123 lb 031517 r",
                "123-LB-031517-R",
            ],
        );
        assert_eq!(normal_form("PH", "POEA-123-LB-031517-R"), "123-LB-031517-R");
        // Land-based and sea-based licences with one serial are two licences.
        differ("PH", "POEA-123-LB-031517-R", "POEA-123-SB-031517-R");
        differ("PH", "POEA-123-LB-031517-R", "POEA-123-LB-031517-RL");
    }

    #[test]
    fn malaysia_keeps_its_letter_suffix() {
        same("MY", &["024C", "24C", "024-C", "JTKSM 024C"]);
        differ("MY", "024C", "024");
        differ("MY", "024C", "024D");
    }

    #[test]
    fn indonesia_india_and_sri_lanka() {
        same("ID", &["KEP.287/MEN/2019", "KEP 0287 MEN 2019"]);
        differ("ID", "KEP.287/MEN/2019", "KEP.287/MEN/2018");
        same(
            "IN",
            &[
                "B-0348/DEL/COM/1000+/5/9361/2016",
                "B-348/DEL/COM/1000+/5/9361/2016",
                "b 0348 del com 1000 5 9361 2016",
            ],
        );
        differ(
            "IN",
            "B-0348/DEL/COM/1000+/5/9361/2016",
            "B-0348/MUM/COM/1000+/5/9361/2016",
        );
        same("LK", &["1234", "01234", "SLBFE 1234", "Lic. No. 1234"]);
        differ("LK", "1234", "12340");
    }

    #[test]
    fn a_number_of_only_a_prefix_keeps_it_and_nothing_gives_nothing() {
        assert_eq!(normal_form("BD", "RL"), "RL");
        assert_eq!(normal_form("BD", "--/ "), "");
        assert_eq!(normal_form("BD", "000"), "0");
    }

    #[test]
    fn the_normal_form_is_stable() {
        for (country, typed) in [
            ("NP", "1284/074/75"),
            ("PH", "DMW-123-LB-031517-R"),
            ("MY", "024C"),
            ("BD", "RL 923"),
            ("IN", "B-0348/DEL/COM/1000+/5/9361/2016"),
        ] {
            let once = normal_form(country, typed);
            assert_eq!(normal_form(country, &once), once, "{country} {typed}");
        }
    }

    #[test]
    fn a_search_without_country_tries_each_rule() {
        let forms = search_forms("RL-0923", None);
        assert!(forms.contains(&"923".to_owned()), "{forms:?}");
        assert!(forms.contains(&"RL-923".to_owned()), "{forms:?}");
        let np = CountryCode::parse("NP");
        assert_eq!(search_forms("1284/074/75", np), vec!["1284-2074-2075"]);
        assert!(search_forms(" - ", None).is_empty());
    }
}
