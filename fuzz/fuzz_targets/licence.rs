//! Licence numbers and names as typed: folding never panics and is idempotent; the look-alike
//! keys of recruiter names and usernames (UTS #39 skeletons) never panic.
#![no_main]
use fairrecruit::domain::text;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(typed) = std::str::from_utf8(data) else {
        return;
    };
    let licence = text::fold_licence(typed);
    assert_eq!(text::fold_licence(&licence), licence);
    let name = text::fold(typed);
    let _ = text::fold(&name);
    let _ = text::has_forbidden_chars(typed);
    let _ = text::has_markup(typed);
    let _ = text::name_key(typed);
    let _ = fairrecruit::domain::account::Username::key_of(typed);
    let _ = fairrecruit::domain::account::Username::parse(typed);
});
