//! Text folding for search: how a name typed on any keyboard meets the name a licence list holds.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Folds a name for search: compatibility decomposition (NFKD), every combining mark dropped
/// (Latin accents, Arabic harakat and hamza, Devanagari nukta and virama), lower case, and
/// any run of characters that are not letters or digits collapsed to one space.
///
/// The same function folds the stored name and the query, so "Société Générale",
/// "SOCIETE generale" and "société  générale" all meet.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut pending_space = false;
    for c in input.nfkd() {
        if canonical_combining_class(c) != 0 || c == '\u{0640}' {
            // Combining marks and the Arabic tatweel carry no identity in a name.
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(c.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// Folds a licence number: upper case, letters and digits only, so "RA-123/2024" and
/// "ra 1232024" match. Upper-cased before normalising and filtering, because upper-casing
/// can add combining marks (`ΐ` becomes `Ι` with two marks), and folding a folded number
/// must give it back unchanged (found by fuzzing: `fuzz/fuzz_targets/licence.rs`).
pub fn fold_licence(input: &str) -> String {
    let once = |text: &str| -> String {
        let upper: String = text.chars().flat_map(char::to_uppercase).collect();
        upper.nfkc().filter(|c| c.is_alphanumeric()).collect()
    };
    // A few characters normalise to a lower-case letter once upper-cased (found by fuzzing:
    // U+058C gave յ, which folds to Յ): fold until nothing changes, which takes two rounds
    // for those, one for everything else.
    let mut folded = once(input);
    for _ in 0..4 {
        let again = once(&folded);
        if again == folded {
            break;
        }
        folded = again;
    }
    folded
}

/// The UTS #39 confusable skeleton of `input`, lower-cased: text that looks alike (a Cyrillic
/// `е` for a Latin `e`, full-width letters) has one skeleton.
pub fn skeleton(input: &str) -> String {
    unicode_security::confusable_detection::skeleton(input)
        .collect::<String>()
        .nfkc()
        .flat_map(char::to_lowercase)
        .collect()
}

/// The look-alike key of a recruiter's name: the skeleton of its folded form, so that
/// `Gulf Recruіtment` (Cyrillic і), `Ｇulf Recruitment` and `GULF  recruitment.` are one key.
pub fn name_key(name: &str) -> String {
    fold(&skeleton(&fold(name)))
}

/// What a form body's bytes that are not UTF-8 decode to (U+FFFD). Nobody types it, so text
/// holding it is refused on its field, with everything else typed kept, instead of being
/// stored with the damage (query strings are refused outright: `query::parse_pairs`).
pub const UNREADABLE: char = '\u{FFFD}';

/// True when the text carries characters that have no business in a name or a query:
/// control characters, the bidirectional overrides and isolates that can make text display
/// as something other than what it is, and [`UNREADABLE`] bytes.
pub fn has_forbidden_chars(input: &str) -> bool {
    input.chars().any(|c| {
        (c.is_control() && c != '\t')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || c == UNREADABLE
    })
}

/// Something a browser would read as a tag (`<script`, `</b`, `<!--`, `<?`). Output is
/// escaped anyway; refusing it keeps such text out of staff files, exports and other sites
/// that may show it less carefully. `<` before a digit or a space (`wage < 500`) is fine.
pub fn has_markup(value: &str) -> bool {
    value
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?')))
}

/// A code as typed, without the spaces, dashes and no-break spaces people put in it
/// (receipts, recovery codes).
pub fn without_separators(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{00A0}'))
        .collect()
}

/// An ASCII code in groups of four joined by dashes, as it is shown (`1234-5678-…`).
pub fn grouped_by_four(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or_default())
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folded_licence_folds_to_itself() {
        // Found by fuzzing: upper-casing ΐ gives Ι and two combining marks, which the old
        // order (filter, then upper-case) kept, so folding again gave another key.
        for typed in [
            "K\u{0390}+",
            "\u{058C}",
            "ra-123/2024",
            "\u{0149}x",
            "ǆ-1",
            "ﬁ 2",
        ] {
            let once = fold_licence(typed);
            assert_eq!(fold_licence(&once), once, "{typed:?}");
        }
        assert_eq!(fold_licence("K\u{0390}+"), "K\u{03AA}");
        assert_eq!(fold_licence("ra-123/2024"), "RA1232024");
        assert_eq!(fold_licence("\u{058C}"), "\u{0545}");
    }

    #[test]
    fn look_alike_recruiter_names_have_one_key() {
        let key = name_key("Gulf Recruitment");
        assert_eq!(name_key("Gulf Recru\u{0456}tment"), key, "Cyrillic і");
        assert_eq!(name_key("\u{FF27}ulf Recruitment"), key, "full-width G");
        assert_eq!(name_key("GULF  recruitment."), key);
        assert_ne!(name_key("Gulf Recruiting"), key);
        assert_ne!(name_key("सगरमाथा"), name_key("Sagarmatha"));
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(fold("Société  Générale, Ltd."), "societe generale ltd");
        assert_eq!(fold("  SOCIETE generale ltd "), "societe generale ltd");
        assert_eq!(fold("ＡＢＣ Ｍａｎｐｏｗｅｒ"), "abc manpower");
    }

    #[test]
    fn folds_arabic_marks_and_hamza() {
        // Alef with hamza above folds to a bare alef; harakat and tatweel disappear.
        assert_eq!(fold("أَحْمَد"), fold("احمد"));
        assert_eq!(fold("مـكـتب"), fold("مكتب"));
    }

    #[test]
    fn keeps_devanagari_letters_and_vowel_signs() {
        let folded = fold("हिमालय मेनपावर");
        assert!(folded.contains("हिमालय"));
        assert_eq!(fold("हिमालय"), fold("हिमालय"));
    }

    #[test]
    fn folds_licence_numbers() {
        assert_eq!(fold_licence("ra-123/2024"), "RA1232024");
        assert_eq!(fold_licence("\u{058C}"), "\u{0545}");
        assert_eq!(fold_licence(" RA 123 2024 "), "RA1232024");
    }

    #[test]
    fn spots_bidi_overrides_and_controls() {
        assert!(has_forbidden_chars("abc\u{202E}def"));
        assert!(has_forbidden_chars("abc\u{0000}"));
        assert!(!has_forbidden_chars("नेपाल العربية Ltd."));
    }
}
