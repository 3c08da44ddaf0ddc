//! `import-recruiters`: the licence lists governments publish, read as CSV and upserted in
//! batches. A bad row is reported with its line and reason; it never stops the others.

use std::collections::HashMap;
use std::io::Read;

use crate::clock;
use crate::db::recruiters::{self, Listing, UpsertOutcome};
use crate::db::{DbConnection, Pool};
use crate::domain::country::CountryCode;
use crate::domain::recruiter::{
    ADDRESS_MAX, DESTINATIONS_MAX, LICENCE_NUMBER_MAX, LicenceStatus, NAME_MAX,
};
use crate::domain::text;
use validator::{Validate, ValidationError, ValidationErrors};

pub const COLUMNS: [&str; 6] = [
    "name",
    "licence_number",
    "licensing_country",
    "licence_status",
    "address",
    "destinations",
];
const BATCH: usize = 1000;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// (line number in the file, reason), in file order.
    pub rejected: Vec<(u64, String)>,
}

/// Reads `input` as a licence list and upserts it. `progress` is told the byte offset
/// reached after each batch. Fails as a whole only when the header is wrong or the database
/// refuses a batch (then earlier batches stay committed and a re-run picks up the rest).
pub fn import<R: Read>(
    pool: &Pool,
    input: R,
    source: &str,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let (position, width) = header(&mut reader)?;
    let mut conn = pool.get()?;
    let mut report = ImportReport::default();
    let mut first_seen: HashMap<(String, String), u64> = HashMap::new();
    let mut batch: Vec<Listing> = Vec::with_capacity(BATCH);
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        let more = match reader.read_byte_record(&mut record) {
            Ok(more) => more,
            Err(e) => {
                report.rejected.push((line, format!("unreadable CSV: {e}")));
                // A broken quote can swallow the rest of the file; stop rather than guess.
                break;
            }
        };
        if !more {
            break;
        }
        let line = record.position().map_or(line, |p| p.line());
        match parse_row(&record, &position, width) {
            Err(reason) => report.rejected.push((line, reason)),
            Ok(listing) => {
                let key = (
                    listing.licensing_country.clone(),
                    listing.licence_number.clone(),
                );
                if let Some(first) = first_seen.get(&key) {
                    report
                        .rejected
                        .push((line, format!("same licence as line {first}")));
                    continue;
                }
                first_seen.insert(key, line);
                batch.push(listing);
                if batch.len() == BATCH {
                    flush(&mut conn, &mut batch, source, &mut report)?;
                    progress(reader.position().byte());
                }
            }
        }
    }
    flush(&mut conn, &mut batch, source, &mut report)?;
    progress(reader.position().byte());
    if report.inserted + report.updated > 0 {
        recruiters::refresh_statistics(&mut conn)?;
    }
    Ok(report)
}

/// The header's columns: where each expected column is, and how many there are. An unknown
/// or missing column fails the whole file.
fn header<R: Read>(reader: &mut csv::Reader<R>) -> anyhow::Result<([usize; 6], usize)> {
    let header = reader.byte_headers()?.clone();
    let names: Vec<String> = header
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    let mut position = [0usize; 6];
    for (i, column) in COLUMNS.iter().enumerate() {
        position[i] = names.iter().position(|n| n == column).ok_or_else(|| {
            anyhow::anyhow!(
                "the header has no `{column}` column (expected: {})",
                COLUMNS.join(",")
            )
        })?;
    }
    if let Some(extra) = names.iter().find(|n| !COLUMNS.contains(&n.as_str())) {
        anyhow::bail!("unknown column `{extra}` (expected: {})", COLUMNS.join(","));
    }
    Ok((position, names.len()))
}

/// Reads a licence list as [`import`] does, without a database: every row checked, nothing
/// stored (`inserted` counts the rows that would be written). For checking a file before an
/// import, and for fuzzing the parser.
pub fn dry_run<R: Read>(input: R) -> anyhow::Result<ImportReport> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let (position, width) = header(&mut reader)?;
    let mut report = ImportReport::default();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(true) => match parse_row(&record, &position, width) {
                Ok(_) => report.inserted += 1,
                Err(reason) => report.rejected.push((line, reason)),
            },
            Ok(false) => break,
            Err(e) => {
                report.rejected.push((line, format!("unreadable CSV: {e}")));
                break;
            }
        }
    }
    Ok(report)
}

fn flush(
    conn: &mut DbConnection,
    batch: &mut Vec<Listing>,
    source: &str,
    report: &mut ImportReport,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let now = clock::now();
    for outcome in recruiters::upsert_listings(conn, batch, source, now)? {
        match outcome {
            UpsertOutcome::Inserted => report.inserted += 1,
            UpsertOutcome::Updated => report.updated += 1,
            UpsertOutcome::Unchanged => report.unchanged += 1,
        }
    }
    batch.clear();
    Ok(())
}

/// The free-text fields of a row, checked by their declared limits.
#[derive(Debug, Validate)]
struct TextFields<'a> {
    #[validate(length(min = 1, max = NAME_MAX), custom(function = "plain_text"))]
    name: &'a str,
    #[validate(length(min = 1, max = LICENCE_NUMBER_MAX), custom(function = "plain_text"))]
    licence_number: &'a str,
    #[validate(length(max = ADDRESS_MAX), custom(function = "plain_text"))]
    address: &'a str,
}

/// Control characters and bidirectional overrides have no place in a licence list: they
/// could make a name display as something other than what it is.
fn plain_text(value: &str) -> Result<(), ValidationError> {
    if text::has_forbidden_chars(value) {
        return Err(ValidationError::new("forbidden_chars"));
    }
    Ok(())
}

/// The first failure, in column order, as a sentence for the import report.
fn describe(errors: &ValidationErrors) -> String {
    let fields = errors.field_errors();
    for column in COLUMNS {
        if let Some(error) = fields.get(column).and_then(|list| list.first()) {
            return match error.code.as_ref() {
                "forbidden_chars" => {
                    format!("`{column}` holds control or bidirectional-override characters")
                }
                _ => match (error.params.get("min"), error.params.get("max")) {
                    (Some(_), _) if error.params.get("value").is_some_and(|v| v == "") => {
                        format!("`{column}` is empty")
                    }
                    (_, Some(max)) => format!("`{column}` must be at most {max} characters"),
                    _ => format!("`{column}` is not valid"),
                },
            };
        }
    }
    "invalid row".into()
}

fn parse_row(
    record: &csv::ByteRecord,
    position: &[usize; 6],
    width: usize,
) -> Result<Listing, String> {
    if record.len() != width {
        return Err(format!(
            "{} fields where the header has {width}",
            record.len()
        ));
    }
    let field = |i: usize| -> Result<&str, String> {
        std::str::from_utf8(&record[position[i]])
            .map(str::trim)
            .map_err(|_| format!("`{}` is not valid UTF-8", COLUMNS[i]))
    };
    let texts = TextFields {
        name: field(0)?,
        licence_number: field(1)?,
        address: field(4)?,
    };
    texts.validate().map_err(|e| describe(&e))?;
    let TextFields {
        name,
        licence_number,
        address,
    } = texts;
    if text::fold(name).is_empty() {
        return Err("`name` is empty".into());
    }
    if text::fold_licence(licence_number).is_empty() {
        return Err("`licence_number` is empty".into());
    }
    let country = field(2)?;
    let licensing_country = CountryCode::parse(country).ok_or_else(|| {
        format!("licensing_country `{country}` is not an ISO 3166-1 alpha-2 code")
    })?;
    let status = field(3)?;
    let licence_status: LicenceStatus = status.parse().map_err(|_| {
        format!("licence_status `{status}` is not one of active, suspended, revoked, expired")
    })?;
    let mut destinations = Vec::new();
    for code in field(5)?
        .split(';')
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let country = CountryCode::parse(code)
            .ok_or_else(|| format!("destination `{code}` is not an ISO 3166-1 alpha-2 code"))?;
        destinations.push(country.as_str().to_owned());
    }
    destinations.sort();
    destinations.dedup();
    if destinations.len() > DESTINATIONS_MAX {
        return Err(format!("more than {DESTINATIONS_MAX} destinations"));
    }
    Ok(Listing {
        name: name.to_owned(),
        licence_number: licence_number.to_owned(),
        licensing_country: licensing_country.as_str().to_owned(),
        licence_status,
        address: (!address.is_empty()).then(|| address.to_owned()),
        destinations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(fields: &[&str]) -> csv::ByteRecord {
        csv::ByteRecord::from(fields.to_vec())
    }

    const POS: [usize; 6] = [0, 1, 2, 3, 4, 5];

    #[test]
    fn parses_a_good_row_and_normalises_codes() {
        let l = parse_row(
            &row(&[
                "Sagarmatha Manpower",
                "1234/071",
                "np",
                "Active",
                "",
                "qa; MY;QA",
            ]),
            &POS,
            6,
        )
        .unwrap();
        assert_eq!(l.licensing_country, "NP");
        assert_eq!(l.licence_status, LicenceStatus::Active);
        assert_eq!(l.destinations, vec!["MY", "QA"]);
        assert_eq!(l.address, None);
    }

    #[test]
    fn rejects_bad_rows_with_a_reason() {
        for (fields, needle) in [
            (vec!["", "1", "NP", "active", "", ""], "name"),
            (vec!["A", " ", "NP", "active", "", ""], "licence_number"),
            (vec!["A", "1", "XX", "active", "", ""], "licensing_country"),
            (vec!["A", "1", "NP", "pending", "", ""], "licence_status"),
            (vec!["A", "1", "NP", "active", "", "QA;ZZ"], "destination"),
            (
                vec!["A\u{202E}", "1", "NP", "active", "", ""],
                "bidirectional",
            ),
        ] {
            let err = parse_row(&row(&fields), &POS, 6).unwrap_err();
            assert!(err.contains(needle), "{fields:?}: {err}");
        }
        let err = parse_row(&row(&["A", "1"]), &POS, 6).unwrap_err();
        assert!(err.contains("fields"));
        let bad_utf8 =
            csv::ByteRecord::from(vec![&b"\xff\xfe"[..], b"1", b"NP", b"active", b"", b""]);
        assert!(parse_row(&bad_utf8, &POS, 6).unwrap_err().contains("UTF-8"));
    }
}
