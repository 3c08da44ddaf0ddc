//! Recruiters: licence status, public ids and the rules of a directory search.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use super::country::CountryCode;
use super::licence;
use super::text;
use crate::error::{AppError, InputError};

/// Limits of a directory entry, the same for a licence-list import and an administrator's form.
pub const NAME_MAX: u64 = 300;
pub const LICENCE_NUMBER_MAX: u64 = 64;
pub const ADDRESS_MAX: u64 = 500;
pub const DESTINATIONS_MAX: usize = 60;

/// A licence's standing with the authority that issued it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LicenceStatus {
    Active,
    Suspended,
    Revoked,
    Expired,
}

impl LicenceStatus {
    pub const ALL: [LicenceStatus; 4] = [
        LicenceStatus::Active,
        LicenceStatus::Suspended,
        LicenceStatus::Revoked,
        LicenceStatus::Expired,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            LicenceStatus::Active => "active",
            LicenceStatus::Suspended => "suspended",
            LicenceStatus::Revoked => "revoked",
            LicenceStatus::Expired => "expired",
        }
    }

    /// The Fluent key of the status's label, e.g. `licence-status-active`.
    pub fn message_key(&self) -> &'static str {
        match self {
            LicenceStatus::Active => "licence-status-active",
            LicenceStatus::Suspended => "licence-status-suspended",
            LicenceStatus::Revoked => "licence-status-revoked",
            LicenceStatus::Expired => "licence-status-expired",
        }
    }
}

impl FromStr for LicenceStatus {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        LicenceStatus::ALL
            .into_iter()
            .find(|status| status.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or(())
    }
}

impl fmt::Display for LicenceStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The random, non-sequential id a recruiter is known by outside the database: 12 characters
/// of Crockford base32 (60 bits), so ids reveal neither count nor order.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PublicId(String);

const ID_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
const ID_LEN: usize = 12;

impl PublicId {
    pub fn generate() -> Self {
        let mut bytes = [0u8; ID_LEN];
        getrandom::fill(&mut bytes).expect("the operating system's random source is available");
        PublicId(
            bytes
                .iter()
                .map(|b| ID_ALPHABET[(b & 31) as usize] as char)
                .collect(),
        )
    }

    /// Anything but 12 characters of the alphabet is no recruiter of ours: a 404, not a query.
    pub fn parse(input: &str) -> Option<Self> {
        (input.len() == ID_LEN && input.bytes().all(|b| ID_ALPHABET.contains(&b)))
            .then(|| PublicId(input.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PublicId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Longest query accepted, in characters: longer than any agency's name.
pub const MAX_QUERY_CHARS: usize = 200;
/// Results per page on the web pages.
pub const PAGE_SIZE: i64 = 20;
/// Most results the API gives in one page.
pub const MAX_PER_PAGE: i64 = 100;
/// Pages beyond this are refused: nobody reads page 500, and deep offsets cost a scan.
pub const MAX_PAGE: i64 = 500;
/// Query tokens shorter than this cannot use a trigram index; see [`SearchText`].
pub const MIN_TOKEN_CHARS: usize = 3;

/// What a search for text means once folded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchText {
    /// The folded query, e.g. "everest manpower".
    pub folded: String,
    /// Tokens of three characters or more: each must appear in the name (substring match).
    pub tokens: Vec<String>,
    /// When every token is shorter than three characters (a worker typed "ab"), the names that
    /// start with the folded query are found instead, through the ordinary name index.
    pub prefix: Option<String>,
    /// The query as a licence number in its normal forms ([`licence::search_forms`]): the
    /// licensing country's when the search names one, else each rule's. A licence whose
    /// normal form is one of them is found too.
    pub licence_forms: Vec<String>,
}

impl SearchText {
    fn parse(raw: &str) -> Result<Option<Self>, InputError> {
        if raw.chars().count() > MAX_QUERY_CHARS {
            return Err(InputError::new("q", "error-query-too-long"));
        }
        if text::has_forbidden_chars(raw) {
            return Err(InputError::new("q", "error-query-forbidden-chars"));
        }
        let folded = text::fold(raw);
        if folded.is_empty() {
            return Ok(None);
        }
        let tokens: Vec<String> = folded
            .split(' ')
            .filter(|t| t.chars().count() >= MIN_TOKEN_CHARS)
            .map(str::to_owned)
            .collect();
        let prefix = tokens.is_empty().then(|| folded.clone());
        Ok(Some(SearchText {
            licence_forms: licence::search_forms(raw, None),
            folded,
            tokens,
            prefix,
        }))
    }
}

/// A validated directory search: what `/recruiters` and `GET /api/v1/recruiters` accept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecruiterSearch {
    pub text: Option<SearchText>,
    /// The query as the person typed it, to show back in the search box.
    pub raw_query: String,
    pub country: Option<CountryCode>,
    pub destination: Option<CountryCode>,
    pub status: Option<LicenceStatus>,
    pub page: i64,
    pub per_page: i64,
}

impl RecruiterSearch {
    pub const FIELDS: [&'static str; 6] =
        ["q", "country", "destination", "status", "page", "per_page"];

    /// Builds a search from decoded query pairs. `allow_per_page` is false on web pages, whose
    /// page size is fixed. Unknown parameters are refused so a typo is not silently ignored;
    /// `lang` belongs to the language negotiation and is passed over here.
    pub fn from_pairs(pairs: &[(String, String)], allow_per_page: bool) -> Result<Self, AppError> {
        let mut search = RecruiterSearch {
            text: None,
            raw_query: String::new(),
            country: None,
            destination: None,
            status: None,
            page: 1,
            per_page: PAGE_SIZE,
        };
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            if key == "lang" {
                continue;
            }
            let Some(field) = Self::FIELDS.iter().find(|f| **f == key) else {
                return Err(InputError::new("query", "error-unknown-parameter").into());
            };
            if seen.contains(field) {
                return Err(InputError::new(field, "error-repeated-parameter").into());
            }
            seen.push(field);
            let value = value.trim();
            match *field {
                "q" => {
                    search.text = SearchText::parse(value)?;
                    search.raw_query = value.to_owned();
                }
                "country" => search.country = parse_country(value, "country")?,
                "destination" => search.destination = parse_country(value, "destination")?,
                "status" if value.is_empty() => {}
                "status" => {
                    search.status = Some(
                        value
                            .parse()
                            .map_err(|_| InputError::new("status", "error-invalid-status"))?,
                    )
                }
                "page" if value.is_empty() => {}
                "page" => {
                    search.page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=MAX_PAGE).contains(p))
                        .ok_or_else(|| InputError::new("page", "error-invalid-page"))?
                }
                "per_page" if !allow_per_page => {
                    return Err(InputError::new("query", "error-unknown-parameter").into());
                }
                "per_page" if value.is_empty() => {}
                _ => {
                    search.per_page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=MAX_PER_PAGE).contains(p))
                        .ok_or_else(|| InputError::new("per_page", "error-invalid-per-page"))?
                }
            }
        }
        // The licensing country, when chosen, says which rule reads the number.
        if let (Some(text), Some(country)) = (search.text.as_mut(), search.country) {
            text.licence_forms = licence::search_forms(&search.raw_query, Some(country));
        }
        Ok(search)
    }

    pub fn offset(&self) -> i64 {
        (self.page - 1) * self.per_page
    }
}

fn parse_country(value: &str, field: &'static str) -> Result<Option<CountryCode>, InputError> {
    if value.is_empty() {
        return Ok(None);
    }
    CountryCode::parse(value)
        .map(Some)
        .ok_or_else(|| InputError::new(field, "error-invalid-country"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn public_ids_are_random_and_parse_back() {
        let a = PublicId::generate();
        let b = PublicId::generate();
        assert_ne!(a, b);
        assert_eq!(PublicId::parse(a.as_str()), Some(a));
        assert!(PublicId::parse("1").is_none());
        assert!(PublicId::parse("ABCDEFGHJKMN").is_none());
        assert!(PublicId::parse("<script>xyz1").is_none());
    }

    #[test]
    fn search_parses_filters_and_folds_text() {
        let s = RecruiterSearch::from_pairs(
            &pairs(&[
                ("q", " Évérest  MANPOWER "),
                ("country", "np"),
                ("status", "active"),
                ("page", "2"),
            ]),
            false,
        )
        .unwrap();
        let text = s.text.clone().unwrap();
        assert_eq!(text.folded, "everest manpower");
        assert_eq!(text.tokens, vec!["everest", "manpower"]);
        assert_eq!(s.country.unwrap().as_str(), "NP");
        assert_eq!(s.status, Some(LicenceStatus::Active));
        assert_eq!(s.offset(), PAGE_SIZE);
    }

    #[test]
    fn a_licence_number_is_read_by_the_chosen_country_rule() {
        let any = RecruiterSearch::from_pairs(&pairs(&[("q", "RL-0923")]), false).unwrap();
        assert!(any.text.unwrap().licence_forms.contains(&"923".to_owned()));
        let my = RecruiterSearch::from_pairs(&pairs(&[("q", "RL-0923"), ("country", "MY")]), false)
            .unwrap();
        assert_eq!(my.text.unwrap().licence_forms, vec!["RL-923"]);
    }

    #[test]
    fn short_queries_become_prefix_searches() {
        let s = RecruiterSearch::from_pairs(&pairs(&[("q", "Ab")]), false).unwrap();
        assert_eq!(s.text.unwrap().prefix.as_deref(), Some("ab"));
    }

    #[test]
    fn bad_values_are_refused_with_their_field() {
        for (query, field) in [
            (vec![("page", "-1")], "page"),
            (vec![("page", "0")], "page"),
            (vec![("page", "99999999999999999999")], "page"),
            (vec![("status", "bogus")], "status"),
            (vec![("country", "XX")], "country"),
            (vec![("destination", "<script>")], "destination"),
            (vec![("per_page", "101")], "per_page"),
            (vec![("q", "a\u{202E}b")], "q"),
        ] {
            match RecruiterSearch::from_pairs(&pairs(&query), true) {
                Err(AppError::Input(e)) => assert_eq!(e.field, field, "{query:?}"),
                other => panic!("{query:?} gave {other:?}"),
            }
        }
        let long = "x".repeat(MAX_QUERY_CHARS + 1);
        assert!(RecruiterSearch::from_pairs(&pairs(&[("q", &long)]), false).is_err());
        assert!(RecruiterSearch::from_pairs(&pairs(&[("sort", "x")]), false).is_err());
        assert!(RecruiterSearch::from_pairs(&pairs(&[("per_page", "5")]), false).is_err());
        assert!(RecruiterSearch::from_pairs(&pairs(&[("q", "a"), ("q", "b")]), false).is_err());
    }

    #[test]
    fn empty_values_mean_no_filter() {
        let s = RecruiterSearch::from_pairs(
            &pairs(&[
                ("q", "  "),
                ("country", ""),
                ("status", ""),
                ("page", ""),
                ("lang", "ne"),
            ]),
            false,
        )
        .unwrap();
        assert!(s.text.is_none() && s.country.is_none() && s.status.is_none());
        assert_eq!(s.page, 1);
    }
}
