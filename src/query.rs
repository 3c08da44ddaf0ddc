//! Strict query-string decoding: invalid percent-encoding or UTF-8 is refused, not patched.

use crate::error::{AppError, InputError};

/// Longest query string read at all, in bytes; more is refused before any decoding.
pub const MAX_QUERY_BYTES: usize = 4096;

/// Decodes `a=1&b=x%20y` into pairs. `+` is a space, as HTML forms send it.
pub fn parse_pairs(raw: &str) -> Result<Vec<(String, String)>, InputError> {
    if raw.len() > MAX_QUERY_BYTES {
        return Err(InputError::new("query", "error-query-too-long"));
    }
    raw.split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            Ok((decode(key)?, decode(value)?))
        })
        .collect()
}

fn decode(input: &str) -> Result<String, InputError> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                let byte = hex
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| InputError::new("query", "error-invalid-encoding"))?;
                out.push(byte);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).map_err(|_| InputError::new("query", "error-invalid-encoding"))
}

/// A numeric id in a path: digits only, else no such page (404, never a 400 that would say
/// the route exists).
pub fn numeric_id(raw: &str) -> Result<i64, AppError> {
    if raw.is_empty() || raw.len() > 18 || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return Err(AppError::NotFound);
    }
    raw.parse().map_err(|_| AppError::NotFound)
}

/// For a list field of a form (checkboxes, a multiple select): one value or several.
pub fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
    }
    Ok(match <OneOrMany as serde::Deserialize>::deserialize(d)? {
        OneOrMany::One(value) => vec![value],
        OneOrMany::Many(values) => values,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms_and_utf8() {
        let pairs = parse_pairs("q=%E0%A4%A8%E0%A5%87+x&country=NP&&flag").unwrap();
        assert_eq!(
            pairs,
            vec![
                ("q".into(), "ने x".into()),
                ("country".into(), "NP".into()),
                ("flag".into(), "".into())
            ]
        );
    }

    #[test]
    fn refuses_invalid_utf8_bad_escapes_and_huge_input() {
        assert!(parse_pairs("q=%FF%FE").is_err());
        assert!(parse_pairs("q=%C3").is_err());
        assert!(parse_pairs("q=%G1").is_err());
        assert!(parse_pairs("q=%4").is_err());
        assert!(parse_pairs(&"q=".repeat(MAX_QUERY_BYTES)).is_err());
    }
}
