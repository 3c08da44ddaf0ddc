//! Query strings: strict decoding, then the directory's and the review list's queries.
#![no_main]
use fairrecruit::domain::recruiter::RecruiterSearch;
use fairrecruit::domain::review::ReviewListQuery;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(pairs) = fairrecruit::query::parse_pairs(raw) {
        let _ = RecruiterSearch::from_pairs(&pairs, true);
        let _ = ReviewListQuery::from_pairs(&pairs, true);
    }
});
