//! A complaint form body (and as JSON): decoded into the typed input and parsed for every
//! kind of filer.
#![no_main]
use fairrecruit::domain::complaint::{ComplaintInput, Filer};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let parsed = serde_urlencoded::from_bytes::<ComplaintInput>(data)
        .ok()
        .or_else(|| serde_json::from_slice::<ComplaintInput>(data).ok());
    if let Some(input) = parsed {
        for filer in [Filer::Anonymous, Filer::Account, Filer::Caseworker] {
            let _ = input.parse(filer, 2026);
        }
    }
});
