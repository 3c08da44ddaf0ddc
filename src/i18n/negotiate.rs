//! Which language a person reads: `?lang=`, then the `lang` cookie, then `Accept-Language`,
//! then English.

use super::{DEFAULT, Locale, find};

/// The chosen locale, and whether `?lang=` chose it (then the cookie is set to remember it).
pub fn negotiate(
    query_lang: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> (&'static Locale, bool) {
    if let Some(locale) = query_lang.and_then(find) {
        return (locale, true);
    }
    if let Some(locale) = cookie.and_then(find) {
        return (locale, false);
    }
    (
        accept_language
            .and_then(from_accept_language)
            .unwrap_or(DEFAULT),
        false,
    )
}

fn from_accept_language(header: &str) -> Option<&'static Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .take(32)
        .enumerate()
        .filter_map(|(position, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (q > 0.0 && !tag.is_empty()).then_some((q, position, tag))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges.into_iter().find_map(|(_, _, tag)| {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        find(tag).or_else(|| find(primary))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("ar"), Some("ne"), Some("en")).0.code, "ar");
        assert!(negotiate(Some("ar"), None, None).1);
        assert_eq!(negotiate(Some("xx"), Some("ne"), Some("ar")).0.code, "ne");
        assert_eq!(
            negotiate(None, Some("zz"), Some("ar-SA,en;q=0.5")).0.code,
            "ar"
        );
        assert_eq!(negotiate(None, None, None).0.code, "en");
    }

    #[test]
    fn accept_language_honours_quality_and_regions() {
        assert_eq!(
            negotiate(None, None, Some("de;q=0.9, ne-NP;q=0.8, en;q=0.7"))
                .0
                .code,
            "ne"
        );
        assert_eq!(
            negotiate(None, None, Some("en;q=0.1, ar;q=0.9")).0.code,
            "ar"
        );
        assert_eq!(negotiate(None, None, Some("de, *;q=0.5")).0.code, "en");
        assert_eq!(
            negotiate(None, None, Some("ne;q=0, ar;q=garbage")).0.code,
            "en"
        );
    }
}
