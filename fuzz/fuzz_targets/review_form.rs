//! A review form body (and the same pairs as JSON): decoded, typed and parsed the way the
//! page does; every problem is on a field the form has.
#![no_main]
use fairrecruit::domain::review::{ReviewInput, form_fields};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(pairs) = serde_urlencoded::from_bytes::<Vec<(String, String)>>(data) else {
        return;
    };
    if let Ok(input) = ReviewInput::new(pairs) {
        let _ = input.visible();
        if let Err(problems) = input.draft(2026) {
            let fields = form_fields();
            assert!(problems.iter().all(|p| fields.contains(&p.field)));
        }
    }
    let _ = serde_json::from_slice::<ReviewInput>(data);
});
