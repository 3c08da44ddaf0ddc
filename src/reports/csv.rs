//! Reports as CSV: a header row of stable column names (the JSON field names), RFC 4180
//! quoting, UTF-8 with a byte-order mark so spreadsheets read non-Latin names. A suppressed
//! figure is an empty cell, exactly where the page says "fewer than 5" and the JSON has null.
//!
//! Names come from outside (a recruiter's name, a corridor's label), so every cell is made inert
//! for spreadsheets (OWASP's CSV injection rule): a cell that starts with `=`, `+`, `-`, `@`, a
//! tab or a carriage return and is not a plain number gets a leading `'`, which spreadsheets
//! show as text instead of evaluating `=HYPERLINK(…)`. Negative figures stay numbers.

/// Writes `header` and `rows` as one CSV document.
pub fn document(header: &[&str], rows: &[Vec<String>]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header.iter().map(|h| inert(h).into_owned()))?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| inert(cell).into_owned()))?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut text = String::from('\u{FEFF}');
    text.push_str(&String::from_utf8_lossy(&bytes));
    Ok(text)
}

/// `text` as a cell no spreadsheet evaluates: a leading `'` before a formula's first character,
/// unless the whole cell is a plain decimal number (`-12`, `-0.25`).
fn inert(text: &str) -> std::borrow::Cow<'_, str> {
    let starts_formula = text
        .chars()
        .next()
        .is_some_and(|c| matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r'));
    if starts_formula && !is_plain_number(text) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// An optional sign, digits, and at most one `.` followed by digits.
fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.bytes().all(|b| b.is_ascii_digit())
}

/// A figure or an empty cell.
pub fn cell(value: Option<i64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

/// Basis points as a decimal: 12,345 → `1.2345` (ratios, in months of wages) or, with
/// `percent`, 1,234 → `12.34` (shares, in percent).
pub fn decimal(bp: Option<i64>, percent: bool) -> String {
    bp.map_or_else(String::new, |v| {
        if percent {
            format!("{}.{:02}", v / 100, v % 100)
        } else {
            format!("{}.{:04}", v / 10_000, v % 10_000)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_commas_quotes_and_newlines() {
        let text = document(
            &["name", "n"],
            &[vec!["Sagarmatha, \"demo\"\nline".into(), cell(None)]],
        )
        .unwrap();
        assert_eq!(
            text,
            "\u{FEFF}name,n\r\n\"Sagarmatha, \"\"demo\"\"\nline\",\r\n"
        );
        assert_eq!(decimal(Some(12_345), false), "1.2345");
        assert_eq!(decimal(Some(1_234), true), "12.34");
        assert_eq!(decimal(None, true), "");
    }

    #[test]
    fn formulas_are_made_text_and_numbers_stay_numbers() {
        let cells = [
            "=HYPERLINK(\"http://evil.example\",\"x\")",
            "+1+1",
            "-2+3",
            "@SUM(A1)",
            "\tcmd",
            "\r=1",
            "-12",
            "-0.25",
            "+7",
            "Gulf = fair",
            "",
        ];
        let header = vec!["name"; cells.len()];
        let text = document(&header, &[cells.iter().map(|c| c.to_string()).collect()]).unwrap();
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{FEFF}').as_bytes());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let got: Vec<&str> = rows[1].iter().collect();
        assert_eq!(
            got,
            [
                "'=HYPERLINK(\"http://evil.example\",\"x\")",
                "'+1+1",
                "'-2+3",
                "'@SUM(A1)",
                "'\tcmd",
                "'\r=1",
                "-12",
                "-0.25",
                "+7",
                "Gulf = fair",
                "",
            ]
        );
    }
}
