//! Every word a person reads comes from `locales/`, complete in every shipped locale.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fairrecruit::domain::country::CountryCode;
use fairrecruit::domain::recruiter::LicenceStatus;
use fairrecruit::error::ALL_CODES;
use fairrecruit::i18n::{self, FILES, LOCALES, Tr};
use fluent_syntax::ast;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Parses a file with the strict parser: any syntax error fails the test.
fn keys_of(path: &Path) -> BTreeSet<String> {
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: syntax errors {errors:?}", path.display()));
    let mut keys = BTreeSet::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                assert!(
                    m.value.is_some(),
                    "{}: {} has no value",
                    path.display(),
                    m.id.name
                );
                assert!(
                    keys.insert(m.id.name.to_owned()),
                    "{}: {} twice",
                    path.display(),
                    m.id.name
                );
            }
            ast::Entry::Term(t) => {
                keys.insert(format!("-{}", t.id.name));
            }
            ast::Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
            _ => {}
        }
    }
    keys
}

#[test]
fn every_locale_folder_is_shipped_and_every_shipped_locale_has_a_folder() {
    let folders: BTreeSet<String> = std::fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let shipped: BTreeSet<String> = LOCALES.iter().map(|l| l.code.to_owned()).collect();
    assert_eq!(folders, shipped);
    for required in ["en", "ne", "ar"] {
        assert!(shipped.contains(required));
    }
    assert!(i18n::find("ar").unwrap().rtl);
}

#[test]
fn every_file_parses_and_every_key_exists_in_every_locale() {
    for file in FILES {
        let english = keys_of(&root().join("locales/en").join(file));
        assert!(!english.is_empty());
        for locale in LOCALES {
            let keys = keys_of(&root().join("locales").join(locale.code).join(file));
            let missing: Vec<_> = english.difference(&keys).collect();
            let extra: Vec<_> = keys.difference(&english).collect();
            assert!(
                missing.is_empty(),
                "{}/{file} lacks {missing:?}",
                locale.code
            );
            assert!(
                extra.is_empty(),
                "{}/{file} has keys English lacks: {extra:?}",
                locale.code
            );
        }
    }
    // The files on disk are the ones compiled in.
    i18n::I18n::load().expect("the compiled-in locales load");
}

fn all_keys() -> BTreeSet<String> {
    FILES
        .iter()
        .flat_map(|f| keys_of(&root().join("locales/en").join(f)))
        .collect()
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// The string literal right after each occurrence of `marker`, e.g. `t("` → the key.
fn literals_after(source: &str, marker: &str) -> Vec<String> {
    source
        .match_indices(marker)
        .filter_map(|(i, _)| {
            let rest = &source[i + marker.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

#[test]
fn every_key_the_code_and_templates_use_is_defined() {
    let defined = all_keys();
    let mut used: HashMap<String, String> = HashMap::new();
    let mut sources = Vec::new();
    files_under(&root().join("src"), "rs", &mut sources);
    files_under(&root().join("templates"), "html", &mut sources);
    for path in &sources {
        let source = std::fs::read_to_string(path).unwrap();
        for marker in [".t(\"", "t_n(\"", "t_s(\""] {
            for key in literals_after(&source, marker) {
                used.insert(key, path.display().to_string());
            }
        }
        // InputError::new("field", "key")
        for (i, _) in source.match_indices("InputError::new(") {
            let call = &source[i..source[i..].find(')').map_or(source.len(), |e| i + e)];
            for key in call
                .split('"')
                .skip(1)
                .step_by(2)
                .filter(|k| k.starts_with("error-"))
            {
                used.insert(key.to_owned(), path.display().to_string());
            }
        }
    }
    for code in ALL_CODES {
        used.insert(code.message_key().to_owned(), "error.rs".into());
        used.insert(code.title_key().to_owned(), "error.rs".into());
    }
    for status in LicenceStatus::ALL {
        used.insert(status.message_key().to_owned(), "recruiter.rs".into());
    }
    for country in CountryCode::all() {
        used.insert(country.message_key(), "country.rs".into());
    }
    used.insert("language-autonym".into(), "i18n".into());
    assert!(
        used.len() > 50,
        "the scan found too few keys: {}",
        used.len()
    );
    let missing: Vec<_> = used.iter().filter(|(k, _)| !defined.contains(*k)).collect();
    assert!(missing.is_empty(), "keys used but not defined: {missing:?}");
}

#[test]
fn every_message_formats_cleanly_in_every_locale() {
    for locale in LOCALES {
        let tr = Tr::new(locale);
        for key in all_keys() {
            let text = tr.t_s(&key, "unused", "x");
            assert!(!text.trim().is_empty(), "{}: {key} is empty", locale.code);
            assert_ne!(text, key, "{}: {key} not found", locale.code);
        }
    }
}

#[test]
fn arabic_plurals_use_arabic_categories() {
    let tr = Tr::new(i18n::find("ar").unwrap());
    let forms: BTreeSet<String> = [0, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| tr.t_n("home-directory-size", "count", n))
        .collect();
    assert!(
        forms.len() >= 5,
        "expected distinct plural forms, got {forms:?}"
    );
    let en = Tr::new(i18n::find("en").unwrap());
    assert!(en.t_n("home-directory-size", "count", &2).contains('2'));
}

/// Every locale file says at its top which language it is and whether a native speaker has
/// reviewed it (translators change the line when they have).
#[test]
fn every_locale_file_says_whether_a_native_speaker_reviewed_it() {
    for locale in LOCALES {
        for file in FILES {
            let path = root().join("locales").join(locale.code).join(file);
            let source = std::fs::read_to_string(&path).unwrap();
            let first = source.lines().next().unwrap_or_default();
            assert!(
                first.starts_with("# Language: ") && first.contains(" Review: "),
                "{}: the first line must say the language and its review: {first}",
                path.display()
            );
        }
    }
}

/// Each message's value as written, placeables shown as `{}`.
fn texts_of(path: &Path) -> HashMap<String, String> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    let mut texts = HashMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(pattern) = m.value
        {
            let text: String = pattern
                .elements
                .iter()
                .map(|e| match e {
                    ast::PatternElement::TextElement { value } => value.to_string(),
                    ast::PatternElement::Placeable { .. } => "{}".to_owned(),
                })
                .collect();
            texts.insert(m.id.name.to_owned(), text);
        }
    }
    texts
}

/// Messages every locale may leave as English writes them: the name, signs and patterns
/// made of arguments only.
const SAME_EVERYWHERE: &[&str] = &[
    "site-name",
    "list-separator",
    "admin-detail-separator",
    "evidence-size-kb",
    "reports-percent",
    "reports-usd",
    "mail-watch-line",
    "admin-overview-dead-mail",
];

/// Messages a language writes exactly as English does (checked words, not forgotten ones).
const SAME_IN: &[(&str, &[&str])] = &[
    (
        "fil",
        &[
            // Filipino interfaces use these English words as they are.
            "field-password",
            "field-email",
            "pii-email",
            "field-username",
            "role-moderator",
            "admin-audit-subject",
            "nav-account",
        ],
    ),
    (
        "id",
        &[
            "role-moderator",
            "role-admin",
            "track-status",
            "inspect-filter-status",
            "case-status",
            "moderate-status",
        ],
    ),
    (
        "ms",
        &[
            "role-moderator",
            "track-status",
            "inspect-filter-status",
            "case-status",
            "moderate-status",
        ],
    ),
    (
        "es",
        &[
            "case-priority-normal",
            "case-fact-sector",
            "reports-sector",
            "review-no",
        ],
    ),
    (
        "fr",
        &[
            "sector-agriculture",
            "sector-transport",
            "account-admin-link",
            "field-organisation",
            "admin-nav-label",
            "admin-organisations-heading",
            "admin-organisations-title",
            "admin-nav-organisations",
            "admin-heading",
            "admin-title",
            "admin-detail-organisation",
            "admin-count-organisations",
            "case-contact-heading",
            "case-fact-corridor",
            "case-field-organisation",
            "complaint-issue-discrimination",
            "evidence-kind-document",
            "evidence-kind-photo",
            "pager-label",
            "pager-page",
            "recruiter-history-date",
            "account-notices-heading",
            "admin-mail-kind",
        ],
    ),
];

/// Nothing untranslated slips in unnoticed: a message identical to English must be a name,
/// a sign or a code (country names may be spelled alike), or a word listed for its language.
#[test]
fn messages_identical_to_english_are_only_the_listed_ones() {
    let mut found = Vec::new();
    for file in FILES {
        let english = texts_of(&root().join("locales/en").join(file));
        for locale in LOCALES.iter().filter(|l| l.code != "en") {
            let allowed = SAME_IN
                .iter()
                .find(|(code, _)| *code == locale.code)
                .map_or(&[][..], |(_, keys)| *keys);
            let texts = texts_of(&root().join("locales").join(locale.code).join(file));
            for (key, text) in &texts {
                let same = english.get(key) == Some(text);
                let listed = SAME_EVERYWHERE.contains(&key.as_str())
                    || allowed.contains(&key.as_str())
                    || key.starts_with("country-")
                    || text
                        .trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace())
                        .is_empty();
                if same && !listed {
                    found.push(format!("{}/{file}: {key} = {text}", locale.code));
                }
            }
        }
    }
    found.sort();
    assert!(
        found.is_empty(),
        "still English (translate, or list the word for its language):\n{}",
        found.join("\n")
    );
}
