//! The personal-data finder and redaction: spans lie on character boundaries inside the
//! text, and redacting them never panics.
#![no_main]
use fairrecruit::domain::pii;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let spans = pii::find(text);
    let mut ranges = Vec::new();
    for span in &spans {
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        ranges.push((span.start, span.end));
    }
    let _ = pii::redact(text, &ranges);
    let _ = pii::kinds(text);
});
