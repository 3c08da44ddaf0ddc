//! Reports as CSV: a header row of stable column names (the JSON field names), RFC 4180
//! quoting, UTF-8 with a byte-order mark so spreadsheets read non-Latin names. A suppressed
//! figure is an empty cell, exactly where the page says "fewer than 5" and the JSON has null.

/// Writes `header` and `rows` as one CSV document.
pub fn document(header: &[&str], rows: &[Vec<String>]) -> Result<String, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(row)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| csv::Error::from(e.into_error()))?;
    let mut text = String::from('\u{FEFF}');
    text.push_str(&String::from_utf8_lossy(&bytes));
    Ok(text)
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
}
