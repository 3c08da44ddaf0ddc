//! Receipts as workers type them: a parsed receipt prints back as what parses to itself.
#![no_main]
use fairrecruit::domain::complaint::Receipt;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(receipt) = Receipt::parse(text) {
        assert_eq!(
            Receipt::parse(&receipt.grouped()).map(|r| r.grouped()),
            Some(receipt.grouped())
        );
    }
});
