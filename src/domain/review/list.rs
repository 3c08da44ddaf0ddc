//! Which approved reviews a profile lists: page, page size and language.

use super::TEXT_LANGUAGES;
use crate::error::InputError;

/// Reviews on one page of a profile.
pub const REVIEWS_PER_PAGE: i64 = 10;
/// Deepest page of reviews.
pub const REVIEWS_MAX_PAGE: i64 = 1000;

/// Which approved reviews to list: `page`, `per_page` (API only) and `language`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewListQuery {
    pub page: i64,
    pub per_page: i64,
    pub language: Option<String>,
}

impl ReviewListQuery {
    /// From decoded query pairs; `lang` (the page's language) is not this query's. Unknown
    /// or repeated parameters are refused, as on the directory.
    pub fn from_pairs(
        pairs: &[(String, String)],
        allow_per_page: bool,
    ) -> Result<ReviewListQuery, InputError> {
        let mut query = ReviewListQuery {
            page: 1,
            per_page: REVIEWS_PER_PAGE,
            language: None,
        };
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            let field = match key.as_str() {
                "lang" => continue,
                "page" => "page",
                "language" => "language",
                "per_page" if allow_per_page => "per_page",
                _ => return Err(InputError::new("query", "error-unknown-parameter")),
            };
            if seen.contains(&field) {
                return Err(InputError::new(field, "error-repeated-parameter"));
            }
            seen.push(field);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match field {
                "page" => {
                    query.page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=REVIEWS_MAX_PAGE).contains(p))
                        .ok_or(InputError::new("page", "error-review-page"))?
                }
                "per_page" => {
                    query.per_page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=100).contains(p))
                        .ok_or(InputError::new("per_page", "error-invalid-per-page"))?
                }
                _ => {
                    if !TEXT_LANGUAGES.contains(&value) {
                        return Err(InputError::new("language", "error-review-language"));
                    }
                    query.language = Some(value.to_owned());
                }
            }
        }
        Ok(query)
    }
}
