//! Amounts in any script, in every currency, and monthly interest: never a panic; what
//! parses is within the limits and reads back the same.
#![no_main]
use fairrecruit::domain::costs;
use fairrecruit::domain::currency::{AMOUNT_MAX, Currency};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = Currency::reads_as_amount(text);
    for code in ["JPY", "NPR", "KWD"] {
        let currency = Currency::parse(code).unwrap();
        if let Some(minor) = currency.parse_amount(text) {
            assert!((0..=AMOUNT_MAX).contains(&minor));
            assert_eq!(
                currency.parse_amount(&currency.to_input(minor)),
                Some(minor)
            );
            let _ = currency.format(minor);
        }
    }
    if let Some(bp) = costs::parse_monthly_interest(text) {
        assert!(bp >= 0);
        let _ = costs::monthly_interest_text(bp);
    }
});
