//! Personal data a worker may type into a review by mistake — phone numbers, email
//! addresses, passport-like numbers, web addresses — found so a moderator can redact it
//! before the review is published (domain.md, privacy rule 4). Finding errs on the side of
//! flagging: a moderator dismisses a false alarm in a second; a published phone number
//! cannot be taken back.

use super::currency::decimal_digit;

/// What a span looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    Phone,
    Email,
    Passport,
    Url,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[Kind::Phone, Kind::Email, Kind::Passport, Kind::Url];

    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Phone => "phone",
            Kind::Email => "email",
            Kind::Passport => "passport",
            Kind::Url => "url",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.iter().copied().find(|k| k.as_str() == s)
    }

    /// The Fluent key of its label.
    pub fn message_key(&self) -> &'static str {
        match self {
            Kind::Phone => "pii-phone",
            Kind::Email => "pii-email",
            Kind::Passport => "pii-passport",
            Kind::Url => "pii-url",
        }
    }
}

/// A flagged piece of text: its byte range and what it looks like.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Every flagged span of `text`, in order, not overlapping.
pub fn find(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    // Tokens: maximal runs of characters that are not white space (emails, URLs and
    // passport numbers have none inside).
    for (start, token) in tokens(text) {
        let trimmed = token.trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
        let trimmed = trimmed.trim_start_matches(['(', '"', '\'']);
        let offset = start + token.find(trimmed).unwrap_or(0);
        let end = offset + trimmed.len();
        let kind = if is_email(trimmed) {
            Some(Kind::Email)
        } else if is_url(trimmed) {
            Some(Kind::Url)
        } else if is_passport_like(trimmed) {
            Some(Kind::Passport)
        } else {
            None
        };
        if let Some(kind) = kind {
            spans.push(Span {
                start: offset,
                end,
                kind,
            });
        }
    }
    for (start, end) in phone_runs(text) {
        if !spans.iter().any(|s| s.start < end && start < s.end) {
            spans.push(Span {
                start,
                end,
                kind: Kind::Phone,
            });
        }
    }
    spans.sort_by_key(|s| s.start);
    spans
}

/// The distinct kinds found, for the moderation queue.
pub fn kinds(text: &str) -> Vec<Kind> {
    let mut kinds: Vec<Kind> = find(text).into_iter().map(|s| s.kind).collect();
    kinds.sort();
    kinds.dedup();
    kinds
}

fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |token| {
        // `split_whitespace` yields sub-slices of `text`: their offset is pointer arithmetic.
        (token.as_ptr() as usize - text.as_ptr() as usize, token)
    })
}

fn is_email(token: &str) -> bool {
    let Some((local, domain)) = token.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && domain
            .split('.')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

fn is_url(token: &str) -> bool {
    let lower = token.to_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("www.") {
        return true;
    }
    // A bare domain such as `agency.com.np` or `fb.me/someone`: letters, a dot, and a
    // top-level domain of letters (not a decimal number such as 1.5).
    let host = lower.split(['/', '?', '#']).next().unwrap_or("");
    let parts: Vec<&str> = host.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && parts.last().is_some_and(|tld| TLDS.contains(tld))
        && parts[0].chars().any(|c| c.is_ascii_alphabetic())
}

/// Top-level domains a bare web address is recognised by (with a scheme or `www.`, any
/// address is): generic ones and those of the main corridors' countries. A sentence typed
/// without a space after its full stop (`went.Then`) is not an address.
const TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "co", "io", "me", "app", "site", "online", "ly", "gov",
    "edu", "np", "in", "bd", "pk", "lk", "ph", "id", "mm", "kh", "vn", "et", "ke", "ug", "qa",
    "sa", "ae", "kw", "om", "bh", "jo", "lb", "my", "sg", "hk", "th", "kr", "jp", "uk", "us",
];

/// One or two letters and six to nine digits (`PA1234567`, `N 0123456` is caught as a
/// phone-like run), or any 7–12 character token mixing letters and at least five digits.
fn is_passport_like(token: &str) -> bool {
    let chars: Vec<char> = token.chars().collect();
    if !(7..=12).contains(&chars.len()) || !chars.iter().all(|c| c.is_ascii_alphanumeric()) {
        return false;
    }
    let digits = chars.iter().filter(|c| c.is_ascii_digit()).count();
    let letters = chars.len() - digits;
    letters >= 1 && digits >= 5
}

/// Runs of at least seven digits (any script), allowing the separators people write phone
/// numbers with (`+977 98-4123 4567`, `(01) 441 2345`), as byte ranges.
fn phone_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_digit_end = 0;
    let mut digits = 0;
    let mut close = |start: &mut Option<usize>, digits: &mut usize, end: usize| {
        if let Some(s) = start.take()
            && *digits >= 7
        {
            runs.push((s, end));
        }
        *digits = 0;
    };
    for (i, c) in text.char_indices() {
        if decimal_digit(c).is_some() {
            if start.is_none() {
                start = Some(i);
            }
            digits += 1;
            last_digit_end = i + c.len_utf8();
        } else if c == '+' && start.is_none() {
            start = Some(i);
        } else if start.is_some() && matches!(c, ' ' | '-' | '.' | '(' | ')' | '/' | '\u{00A0}') {
            // A separator inside a number.
        } else {
            close(&mut start, &mut digits, last_digit_end);
        }
    }
    close(&mut start, &mut digits, last_digit_end);
    runs
}

/// `text` with each of `spans` replaced by `[…]`.
pub fn redact(text: &str, spans: &[(usize, usize)]) -> String {
    let mut sorted: Vec<(usize, usize)> = spans
        .iter()
        .copied()
        .filter(|&(s, e)| {
            s < e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
        })
        .collect();
    sorted.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in sorted {
        if s < at {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(REDACTED);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// What a redacted span becomes: language-neutral, visibly a gap.
pub const REDACTED: &str = "[…]";

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, Kind)> {
        find(text)
            .into_iter()
            .map(|s| (text[s.start..s.end].to_owned(), s.kind))
            .collect()
    }

    #[test]
    fn finds_phones_in_any_script_and_format() {
        assert_eq!(
            found("call +977 98-4123 4567 now"),
            vec![("+977 98-4123 4567".into(), Kind::Phone)]
        );
        assert_eq!(
            found("मेरो नम्बर ९८४१२३४५६७ हो"),
            vec![("९८४१२३४५६७".into(), Kind::Phone)]
        );
        assert_eq!(
            found("رقمي ٠٥٥١٢٣٤٥٦٧"),
            vec![("٠٥٥١٢٣٤٥٦٧".into(), Kind::Phone)]
        );
        // Years and amounts are not phones.
        assert!(found("I paid 150,000 rupees in 2024").is_empty());
    }

    #[test]
    fn finds_emails_urls_and_passport_numbers() {
        assert_eq!(
            found("write to ram.b@example.com."),
            vec![("ram.b@example.com".into(), Kind::Email)]
        );
        assert_eq!(
            found("see https://x.example/p?q=1 and agency.com.np"),
            vec![
                ("https://x.example/p?q=1".into(), Kind::Url),
                ("agency.com.np".into(), Kind::Url)
            ]
        );
        assert_eq!(
            found("passport PA1234567 kept"),
            vec![("PA1234567".into(), Kind::Passport)]
        );
        assert!(found("they kept it for 1.5 months, RA-123 licence").is_empty());
    }

    #[test]
    fn redacts_spans_on_char_boundaries_only() {
        let text = "नम्बर ९८४१२३४५६७ हो";
        let spans: Vec<(usize, usize)> = find(text).iter().map(|s| (s.start, s.end)).collect();
        assert_eq!(redact(text, &spans), "नम्बर […] हो");
        // Out of range, reversed or mid-character spans are ignored, never a panic.
        assert_eq!(redact("abc", &[(2, 1), (1, 99), (0, 0)]), "abc");
        assert_eq!(redact("ना", &[(1, 2)]), "ना");
    }
}
