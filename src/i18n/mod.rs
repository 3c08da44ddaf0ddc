//! Fluent messages: loading every locale from `locales/`, choosing the person's language, and
//! the `Tr` helper templates call for every word they show.

mod negotiate;

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use negotiate::negotiate;

/// A shipped locale.
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// BCP 47 tag, as used in `?lang=`, the cookie and `<html lang>`.
    pub code: &'static str,
    pub rtl: bool,
}

/// The files every locale folder holds, with the same keys in each.
pub const FILES: [&str; 9] = [
    "main.ftl",
    "countries.ftl",
    "account.ftl",
    "admin.ftl",
    "reviews.ftl",
    "complaints.ftl",
    "notify.ftl",
    "reports.ftl",
    "sealed.ftl",
];

macro_rules! locales {
    ($(($code:literal, $rtl:expr)),* $(,)?) => {
        /// Every shipped locale; the first is the fallback.
        pub const LOCALES: &[Locale] = &[$(Locale { code: $code, rtl: $rtl }),*];
        /// Every locale's files, compiled into the binary: (locale, [(file, source)]).
        pub const SOURCES: &[(&str, [(&str, &str); 9])] = &[$(
            ($code, [
                ("main.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/main.ftl"))),
                ("countries.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/countries.ftl"))),
                ("account.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/account.ftl"))),
                ("admin.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/admin.ftl"))),
                ("reviews.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/reviews.ftl"))),
                ("complaints.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/complaints.ftl"))),
                ("notify.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/notify.ftl"))),
                ("reports.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/reports.ftl"))),
                ("sealed.ftl", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/", $code, "/sealed.ftl"))),
            ]),
        )*];
    };
}

locales![
    ("en", false),
    ("ne", false),
    ("ar", true),
    ("ur", true),
    ("bn", false),
    ("hi", false),
    ("fil", false),
    ("id", false),
    ("my", false),
    ("si", false),
    ("ta", false),
    ("ms", false),
    ("km", false),
    ("vi", false),
    ("th", false),
    ("es", false),
    ("fr", false),
    ("sw", false),
    ("am", false),
];

pub const DEFAULT: &Locale = &LOCALES[0];

impl Locale {
    /// Its place in [`LOCALES`] (the default's, 0, for a locale not among them).
    pub fn index(&self) -> usize {
        LOCALES.iter().position(|l| l == self).unwrap_or(0)
    }
}

/// A message of one bundle, formatted (errors logged), or `None` if the bundle lacks it.
fn message(
    bundle: &FluentBundle<FluentResource>,
    locale: &Locale,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(key).and_then(|m| m.value())?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    if !errors.is_empty() {
        tracing::warn!(
            key,
            locale = locale.code,
            ?errors,
            "message formatted with errors"
        );
    }
    Some(text.into_owned())
}

pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The locales' messages. Every locale is parsed once at start (`init`), so that a broken
/// `.ftl` stops the service; a language's parsed bundle is then kept only once someone reads
/// it. Parsed, the nineteen locales' 2.8 MB of text take about 21 MB (measured with a counting
/// allocator), most of the heap a fresh server holds; a deployment whose readers use four
/// languages keeps four.
pub struct I18n {
    bundles: Vec<OnceLock<FluentBundle<FluentResource>>>,
    /// Each language's name in itself, read while checking it: every public page lists all
    /// nineteen (its `hreflang` alternates), which should not parse every bundle.
    autonyms: Vec<String>,
}

static I18N: OnceLock<I18n> = OnceLock::new();

/// Checks every locale. Called at start-up so a broken `.ftl` stops the service with a clear
/// message instead of showing keys to people.
pub fn init() -> Result<&'static I18n, String> {
    if let Some(i18n) = I18N.get() {
        return Ok(i18n);
    }
    let i18n = I18n::load()?;
    Ok(I18N.get_or_init(|| i18n))
}

fn get() -> &'static I18n {
    init().unwrap_or_else(|e| panic!("locales failed to load: {e}"))
}

/// One locale's bundle, parsed from its compiled-in files.
fn parse(locale: &Locale) -> Result<FluentBundle<FluentResource>, String> {
    let (_, files) = SOURCES
        .iter()
        .find(|(code, _)| *code == locale.code)
        .ok_or_else(|| format!("no sources for {}", locale.code))?;
    let langid: LanguageIdentifier = locale
        .code
        .parse()
        .map_err(|e| format!("{}: {e:?}", locale.code))?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    for (file, source) in files {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errors)| format!("locales/{}/{file}: {errors:?}", locale.code))?;
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("locales/{}/{file}: {errors:?}", locale.code))?;
    }
    Ok(bundle)
}

impl I18n {
    /// Parses every locale (each is dropped once checked, but the default, which every
    /// other falls back to).
    pub fn load() -> Result<I18n, String> {
        let bundles: Vec<OnceLock<FluentBundle<FluentResource>>> =
            LOCALES.iter().map(|_| OnceLock::new()).collect();
        let mut autonyms = Vec::new();
        for (locale, slot) in LOCALES.iter().zip(&bundles) {
            let bundle = parse(locale)?;
            let autonym = message(&bundle, locale, "language-autonym", None)
                .ok_or_else(|| format!("locales/{}: no language-autonym", locale.code))?;
            autonyms.push(autonym);
            if locale == DEFAULT {
                let _ = slot.set(bundle);
            }
        }
        Ok(I18n { bundles, autonyms })
    }

    /// The locale's bundle, parsed when first asked for. Its files were checked at start, so
    /// parsing them again does not fail; if it did, the reader gets the default language.
    fn bundle(&self, index: usize) -> &FluentBundle<FluentResource> {
        let slot = &self.bundles[index];
        if let Some(bundle) = slot.get() {
            return bundle;
        }
        match parse(&LOCALES[index]) {
            Ok(bundle) => slot.get_or_init(|| bundle),
            Err(error) => {
                tracing::error!(error, "a locale checked at start failed to parse");
                self.bundle(0)
            }
        }
    }

    fn format(&self, locale: &Locale, key: &str, args: Option<&FluentArgs>) -> String {
        for bundle in [self.bundle(locale.index()), self.bundle(0)] {
            if let Some(text) = message(bundle, locale, key, args) {
                return text;
            }
        }
        tracing::warn!(key, locale = locale.code, "missing message");
        key.to_owned()
    }
}

/// A value for [`Tr::t_args`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Number(i64),
    Text(String),
}

/// The translator a request carries; templates call its `t` for every word they show.
#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub locale: &'static Locale,
}

impl Tr {
    pub fn new(locale: &'static Locale) -> Self {
        Tr { locale }
    }

    pub fn lang(&self) -> &'static str {
        self.locale.code
    }

    pub fn dir(&self) -> &'static str {
        if self.locale.rtl { "rtl" } else { "ltr" }
    }

    pub fn t(&self, key: &str) -> String {
        get().format(self.locale, key, None)
    }

    /// A message with one number, e.g. `results-page = Page { $page }`; plural rules apply.
    pub fn t_n(&self, key: &str, name: &str, value: &i64) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(*value));
        get().format(self.locale, key, Some(&args))
    }

    /// Items joined as this language writes a list (`list-separator` and a space).
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        let separator = self.list_separator();
        items
            .iter()
            .map(|item| item.as_ref())
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// What goes between a list's items in this language.
    pub fn list_separator(&self) -> String {
        format!("{} ", self.t("list-separator"))
    }

    /// A message with one text argument.
    pub fn t_s(&self, key: &str, name: &str, value: &str) -> String {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value));
        get().format(self.locale, key, Some(&args))
    }

    /// A message with several arguments (mails, whose values come from the outbox row).
    pub fn t_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent.set(*name, FluentValue::from(*n)),
                Arg::Text(s) => fluent.set(*name, FluentValue::from(s.as_str())),
            }
        }
        get().format(self.locale, key, Some(&fluent))
    }

    /// A country's name in this language.
    pub fn country(&self, code: &str) -> String {
        self.t(&crate::domain::country::message_key(code))
    }

    /// The name of every shipped language in itself, for the switcher.
    pub fn autonym(locale: &'static Locale) -> String {
        get().autonyms[locale.index()].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_is_parsed_when_first_read_and_its_name_without_parsing_it() {
        let i18n = I18n::load().unwrap();
        let parsed = |i18n: &I18n| i18n.bundles.iter().filter(|b| b.get().is_some()).count();
        assert_eq!(parsed(&i18n), 1, "the default only");
        assert_eq!(i18n.autonyms.len(), LOCALES.len());
        let ar = LOCALES.iter().position(|l| l.code == "ar").unwrap();
        assert_eq!(i18n.autonyms[ar], "العربية");
        assert_eq!(parsed(&i18n), 1, "names come from the start's check");
        let name = i18n.format(&LOCALES[ar], "language-autonym", None);
        assert_eq!(name, i18n.autonyms[ar]);
        assert_eq!(parsed(&i18n), 2, "Arabic, once read");
    }
}
