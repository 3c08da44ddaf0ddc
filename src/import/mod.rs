//! `import-recruiters`: the licence lists governments publish, as CSV, XLSX or ODS, read
//! through a column and status mapping when the list has its own headings and words, and
//! upserted in batches keyed on the licence's normal form. A bad row is reported with its
//! line and reason; it never stops the others. `import-reviews` (in `reviews`) loads reviews
//! collected on paper into the moderation queue.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use crate::clock;
use crate::db::recruiters::{self, Listing, UpsertOutcome};
use crate::db::{DbConnection, Pool};
use crate::domain::country::CountryCode;
use crate::domain::licence;
use crate::domain::recruiter::{
    ADDRESS_MAX, DESTINATIONS_MAX, LICENCE_NUMBER_MAX, LicenceStatus, NAME_MAX,
};
use crate::domain::text;
use validator::{Validate, ValidationError, ValidationErrors};

pub mod mapping;
pub mod reviews;
pub mod rows;

pub use mapping::Mapping;
use rows::Row;

pub const COLUMNS: [&str; 6] = [
    "name",
    "licence_number",
    "licensing_country",
    "licence_status",
    "address",
    "destinations",
];
/// The fields a row cannot do without; `address` and `destinations` may be absent from a
/// mapped list.
const REQUIRED: [&str; 4] = [
    "name",
    "licence_number",
    "licensing_country",
    "licence_status",
];
const BATCH: usize = 1000;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub inserted: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// (line number in the file, reason), in file order.
    pub rejected: Vec<(u64, String)>,
    /// Agencies of the list's countries that it no longer names, given the status the
    /// operator chose for them (`--missing-means`).
    pub marked_missing: u64,
    /// `--missing-means` was asked but not applied, because rows were rejected: an agency
    /// on a rejected row would have been taken for missing.
    pub missing_not_marked: bool,
}

/// What an import is asked to do beyond reading the list.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub mapping: Mapping,
    /// The status an agency of the list's countries gets when the list no longer names it
    /// (with a dated licence event); `None` leaves it as it was.
    pub missing: Option<LicenceStatus>,
}

/// Where a row's field comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    At(usize),
    Fixed(String),
    Absent,
}

/// Where each field of [`COLUMNS`] is found, and how a row is read.
#[derive(Debug, Clone)]
pub struct Layout {
    fields: [Source; 6],
    /// Without a mapping, every row has the header's number of fields (as CSV lists are
    /// checked); a spreadsheet's row may end early, its last cells empty.
    width: Option<usize>,
    mapping: Mapping,
}

impl Layout {
    /// The header's own column names, in [`COLUMNS`] order.
    pub fn plain() -> Layout {
        Layout {
            fields: std::array::from_fn(Source::At),
            width: Some(COLUMNS.len()),
            mapping: Mapping::default(),
        }
    }
}

fn header_names(header: &csv::ByteRecord) -> Vec<String> {
    header
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_lowercase()
        })
        .collect()
}

/// Reads the header through the mapping. Without a mapping, the header must name exactly
/// the six columns; with one, each mapped column must exist, every other column is passed
/// over, and a required field must be mapped, fixed, or be a column's own name.
fn layout(
    header: &csv::ByteRecord,
    mapping: &Mapping,
    spreadsheet: bool,
) -> anyhow::Result<Layout> {
    let names = header_names(header);
    let mut fields: [Source; 6] = std::array::from_fn(|_| Source::Absent);
    for (i, column) in COLUMNS.iter().enumerate() {
        let mapped = mapping.columns.iter().find(|(f, _)| f == column);
        let fixed = mapping.fixed.iter().find(|(f, _)| f == column);
        fields[i] = if let Some((_, heading)) = mapped {
            let wanted = heading.trim().to_lowercase();
            let at = names.iter().position(|n| *n == wanted).ok_or_else(|| {
                anyhow::anyhow!(
                    "--map {column}={heading}: the file has no column `{heading}` (its columns: {})",
                    names.join(", ")
                )
            })?;
            Source::At(at)
        } else if let Some((_, value)) = fixed {
            Source::Fixed(value.clone())
        } else if let Some(at) = names.iter().position(|n| n == column) {
            Source::At(at)
        } else if mapping.is_empty() || REQUIRED.contains(column) {
            anyhow::bail!(
                "the header has no `{column}` column (expected: {}; or map one with --map {column}=COLUMN)",
                COLUMNS.join(",")
            );
        } else {
            Source::Absent
        };
    }
    let width = if mapping.is_empty() {
        if let Some(extra) = names.iter().find(|n| !COLUMNS.contains(&n.as_str())) {
            anyhow::bail!(
                "unknown column `{extra}` (expected: {}; a list with its own columns needs --map or --mapping)",
                COLUMNS.join(",")
            );
        }
        (!spreadsheet).then_some(names.len())
    } else {
        None
    };
    Ok(Layout {
        fields,
        width,
        mapping: mapping.clone(),
    })
}

/// One import under way: the header read, the batch being filled, what was seen.
struct Run<'a> {
    conn: crate::db::PooledConn,
    options: &'a Options,
    source: &'a str,
    spreadsheet: bool,
    layout: Option<Layout>,
    report: ImportReport,
    /// Each licence read ([`licence::identity`]) and its first line.
    first_seen: HashMap<u128, u64>,
    countries: BTreeSet<String>,
    batch: Vec<Listing>,
}

impl Run<'_> {
    fn visit(
        &mut self,
        row: Row<'_>,
        at: u64,
        progress: &mut dyn FnMut(u64),
    ) -> anyhow::Result<()> {
        let (line, record) = match row {
            Row::Unreadable { line, reason } if self.layout.is_none() => {
                anyhow::bail!("line {line}: {reason}")
            }
            Row::Unreadable { line, reason } => {
                self.report.rejected.push((line, reason));
                return Ok(());
            }
            Row::Cells { line, record } => (line, record),
        };
        let Some(layout) = &self.layout else {
            self.layout = Some(layout_of(record, self.options, self.spreadsheet)?);
            return Ok(());
        };
        match parse_row(record, layout) {
            Err(reason) => self.report.rejected.push((line, reason)),
            Ok(listing) => {
                let key = licence::identity(&listing.licensing_country, &listing.licence_key());
                if let Some(first) = self.first_seen.get(&key) {
                    self.report
                        .rejected
                        .push((line, format!("same licence as line {first}")));
                    return Ok(());
                }
                self.countries.insert(listing.licensing_country.clone());
                self.first_seen.insert(key, line);
                self.batch.push(listing);
                if self.batch.len() == BATCH {
                    flush(
                        &mut self.conn,
                        &mut self.batch,
                        self.source,
                        &mut self.report,
                    )?;
                    progress(at);
                }
            }
        }
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<ImportReport> {
        if self.layout.is_none() {
            anyhow::bail!("the file is empty: no header");
        }
        flush(
            &mut self.conn,
            &mut self.batch,
            self.source,
            &mut self.report,
        )?;
        if let Some(status) = self.options.missing {
            if self.report.rejected.is_empty() {
                let named: HashSet<u128> = self.first_seen.into_keys().collect();
                let countries: Vec<String> = self.countries.into_iter().collect();
                let source = format!("{} (no longer listed)", self.source);
                self.report.marked_missing = recruiters::mark_missing(
                    &mut self.conn,
                    &countries,
                    &named,
                    status,
                    &source,
                    clock::now(),
                )? as u64;
            } else {
                self.report.missing_not_marked = true;
            }
        }
        let report = self.report;
        if report.inserted + report.updated + report.marked_missing > 0 {
            recruiters::refresh_statistics(&mut self.conn)?;
        }
        Ok(report)
    }
}

fn layout_of(
    header: &csv::ByteRecord,
    options: &Options,
    spreadsheet: bool,
) -> anyhow::Result<Layout> {
    layout(header, &options.mapping, spreadsheet)
}

fn start<'a>(
    pool: &Pool,
    options: &'a Options,
    source: &'a str,
    spreadsheet: bool,
) -> anyhow::Result<Run<'a>> {
    Ok(Run {
        conn: pool.get()?,
        options,
        source,
        spreadsheet,
        layout: None,
        report: ImportReport::default(),
        first_seen: HashMap::new(),
        countries: BTreeSet::new(),
        batch: Vec::with_capacity(BATCH),
    })
}

/// Reads `input` as a CSV licence list with the six columns as its header, and upserts it.
/// `progress` is told the byte offset reached after each batch. Fails as a whole only when
/// the header is wrong or the database refuses a batch (then earlier batches stay committed
/// and a re-run picks up the rest).
pub fn import<R: Read>(
    pool: &Pool,
    input: R,
    source: &str,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let options = Options::default();
    let mut run = start(pool, &options, source, false)?;
    rows::read_csv(input, &mut |row, at| run.visit(row, at, &mut progress))?;
    run.finish()
}

/// Reads the list at `path` (CSV, XLSX or ODS, by its extension) through `options` and
/// upserts it; then, when asked, gives the agencies of its countries that it no longer names
/// the status `options.missing`. `progress` is told the bytes (CSV) or rows (spreadsheets)
/// read after each batch.
pub fn import_file(
    pool: &Pool,
    path: &Path,
    options: &Options,
    source: &str,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ImportReport> {
    let spreadsheet = rows::Kind::of(path)? != rows::Kind::Csv;
    let mut run = start(pool, options, source, spreadsheet)?;
    rows::read_file(path, &mut |row, at| run.visit(row, at, &mut progress))?;
    run.finish()
}

/// Reads a licence list as [`import`] does, without a database: every row checked, nothing
/// stored (`inserted` counts the rows that would be written). For checking a file before an
/// import, and for fuzzing the parser.
pub fn dry_run<R: Read>(input: R) -> anyhow::Result<ImportReport> {
    let mut report = ImportReport::default();
    let mut layout_read: Option<Layout> = None;
    rows::read_csv(input, &mut |row, _| {
        match row {
            Row::Unreadable { line, reason } => report.rejected.push((line, reason)),
            Row::Cells { line, record } => match &layout_read {
                None => layout_read = Some(layout(record, &Mapping::default(), false)?),
                Some(layout) => match parse_row(record, layout) {
                    Ok(_) => report.inserted += 1,
                    Err(reason) => report.rejected.push((line, reason)),
                },
            },
        }
        Ok(())
    })?;
    if layout_read.is_none() {
        anyhow::bail!("the file is empty: no header");
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

fn parse_row(record: &csv::ByteRecord, layout: &Layout) -> Result<Listing, String> {
    if let Some(width) = layout.width
        && record.len() != width
    {
        return Err(format!(
            "{} fields where the header has {width}",
            record.len()
        ));
    }
    let field = |i: usize| -> Result<&str, String> {
        match &layout.fields[i] {
            Source::At(at) => record.get(*at).map_or(Ok(""), |bytes| {
                std::str::from_utf8(bytes)
                    .map(str::trim)
                    .map_err(|_| format!("`{}` is not valid UTF-8", COLUMNS[i]))
            }),
            Source::Fixed(value) => Ok(value.trim()),
            Source::Absent => Ok(""),
        }
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
    let licence_status = layout.mapping.status(status).ok_or_else(|| {
        if layout.mapping.statuses.is_empty() {
            format!("licence_status `{status}` is not one of active, suspended, revoked, expired")
        } else {
            format!(
                "licence_status `{status}` is not in the status mapping (add it: --status \"{status}=revoked\" or whichever status it means)"
            )
        }
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
            &Layout::plain(),
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
            let err = parse_row(&row(&fields), &Layout::plain()).unwrap_err();
            assert!(err.contains(needle), "{fields:?}: {err}");
        }
        let err = parse_row(&row(&["A", "1"]), &Layout::plain()).unwrap_err();
        assert!(err.contains("fields"));
        let bad_utf8 =
            csv::ByteRecord::from(vec![&b"\xff\xfe"[..], b"1", b"NP", b"active", b"", b""]);
        assert!(
            parse_row(&bad_utf8, &Layout::plain())
                .unwrap_err()
                .contains("UTF-8")
        );
    }
}
