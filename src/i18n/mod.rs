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

pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES.iter().find(|l| l.code.eq_ignore_ascii_case(code))
}

pub struct I18n {
    bundles: Vec<FluentBundle<FluentResource>>,
}

static I18N: OnceLock<I18n> = OnceLock::new();

/// Parses every locale once. Called at start-up so a broken `.ftl` stops the service with a
/// clear message instead of showing keys to people.
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

impl I18n {
    pub fn load() -> Result<I18n, String> {
        let mut bundles = Vec::new();
        for locale in LOCALES {
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
            bundles.push(bundle);
        }
        Ok(I18n { bundles })
    }

    fn format(&self, locale: &Locale, key: &str, args: Option<&FluentArgs>) -> String {
        let index = LOCALES.iter().position(|l| l == locale).unwrap_or(0);
        for bundle in [&self.bundles[index], &self.bundles[0]] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
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
                return text.into_owned();
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
        Tr::new(locale).t("language-autonym")
    }
}
