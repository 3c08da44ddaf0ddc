//! `Accept-Language`, `?lang=` and the cookie: always one of the shipped locales.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(header) = std::str::from_utf8(data) else {
        return;
    };
    let (locale, _) = fairrecruit::i18n::negotiate(Some(header), Some(header), Some(header));
    assert!(fairrecruit::i18n::find(locale.code).is_some());
    let (locale, _) = fairrecruit::i18n::negotiate(None, None, Some(header));
    assert!(fairrecruit::i18n::find(locale.code).is_some());
});
