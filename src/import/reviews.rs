//! `import-reviews`: reviews collected on paper, by a partner organisation or by telephone,
//! loaded from the template (`templates/import/reviews.csv`, as CSV, XLSX or ODS) into the
//! moderation queue, never onto a scorecard. Each row goes through the review form's own
//! parse (`ReviewInput::draft`), so it passes the checks a typed review passes; a refused row
//! is reported by line and nothing of it is stored. A file's reviews form one batch, named
//! after the file's contents, which can be withdrawn as a whole before approval.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use super::rows::{self, Row};
use crate::clock;
use crate::db::Pool;
use crate::db::reviews::{self, CollectedReview, Withdrawal};
use crate::domain::country::CountryCode;
use crate::domain::licence;
use crate::domain::review::{COLLECTED_BY_MAX, Channel, ReviewInput, form_fields};
use crate::domain::text;
use crate::i18n::{self, Tr};

/// The template's columns besides the review form's own fields.
pub const MARK_COLUMNS: [&str; 4] = [
    "licensing_country",
    "licence_number",
    "collected_by",
    "channel",
];
/// Columns a file must have (the others may be left out).
const REQUIRED: [&str; 8] = [
    "licensing_country",
    "licence_number",
    "collected_by",
    "channel",
    "origin",
    "destination",
    "departure_year",
    "rating_overall",
];
/// Reviews written per transaction.
const BATCH: usize = 500;

/// Every column of the template, in its order: the mark columns, then the review form's
/// fields (its hidden honeypot aside).
pub fn template_columns() -> Vec<&'static str> {
    MARK_COLUMNS
        .iter()
        .copied()
        .chain(
            form_fields()
                .into_iter()
                .filter(|f| *f != crate::domain::review::HONEYPOT),
        )
        .collect()
}

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewImportReport {
    /// The batch the file's reviews carry (`import-reviews --withdraw BATCH`).
    pub batch: String,
    /// Reviews stored, pending moderation.
    pub queued: u64,
    /// (line, reason), in file order.
    pub rejected: Vec<(u64, String)>,
}

/// The batch name of a file: its contents' SHA-256, so that the same file imported twice is
/// recognised.
fn batch_of(path: &Path) -> anyhow::Result<String> {
    let mut file =
        std::fs::File::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    let digest = hasher.finalize();
    let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("rv-{hex}"))
}

/// Where each template column is in the file.
type Header = Vec<(usize, &'static str)>;

fn header(record: &csv::ByteRecord) -> anyhow::Result<Header> {
    let columns = template_columns();
    let mut found: Header = Vec::new();
    for (at, raw) in record.iter().enumerate() {
        let name = String::from_utf8_lossy(raw)
            .trim_start_matches('\u{feff}')
            .trim()
            .to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        let Some(column) = columns.iter().find(|c| **c == name) else {
            anyhow::bail!(
                "unknown column `{name}` (the template's columns are in templates/import/reviews.csv)"
            );
        };
        if found.iter().any(|(_, c)| c == column) {
            anyhow::bail!("the column `{name}` appears twice");
        }
        found.push((at, column));
    }
    for required in REQUIRED {
        if !found.iter().any(|(_, c)| *c == required) {
            anyhow::bail!("the header has no `{required}` column");
        }
    }
    Ok(found)
}

/// One import of reviews under way.
struct Run {
    conn: crate::db::PooledConn,
    tr: Tr,
    batch: String,
    header: Option<Header>,
    report: ReviewImportReport,
    pending: Vec<CollectedReview>,
    licensees: HashMap<(String, String), Option<i64>>,
    rates: HashMap<(String, i32), bool>,
    this_year: i32,
}

impl Run {
    fn visit(&mut self, row: Row<'_>) -> anyhow::Result<()> {
        let (line, record) = match row {
            Row::Unreadable { line, reason } if self.header.is_none() => {
                anyhow::bail!("line {line}: {reason}")
            }
            Row::Unreadable { line, reason } => {
                self.report.rejected.push((line, reason));
                return Ok(());
            }
            Row::Cells { line, record } => (line, record),
        };
        if self.header.is_none() {
            self.header = Some(header(record)?);
            return Ok(());
        }
        match self.check(record) {
            Ok(review) => {
                self.pending.push(review);
                if self.pending.len() == BATCH {
                    self.flush()?;
                }
            }
            Err(reason) => self.report.rejected.push((line, reason)),
        }
        Ok(())
    }

    fn flush(&mut self) -> anyhow::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        reviews::insert_collected(&mut self.conn, &self.pending, &self.batch, clock::now())?;
        self.report.queued += self.pending.len() as u64;
        self.pending.clear();
        Ok(())
    }

    /// One row as a checked review, or every reason it is refused, in one sentence.
    fn check(&mut self, record: &csv::ByteRecord) -> Result<CollectedReview, String> {
        let header = self.header.as_ref().ok_or("no header")?;
        let mut marks: HashMap<&str, String> = HashMap::new();
        let mut fields: Vec<(String, String)> = Vec::new();
        for (at, column) in header {
            let value = match record.get(*at) {
                None => String::new(),
                Some(bytes) => std::str::from_utf8(bytes)
                    .map_err(|_| format!("`{column}` is not valid UTF-8"))?
                    .to_owned(),
            };
            if MARK_COLUMNS.contains(column) {
                marks.insert(column, value.trim().to_owned());
            } else {
                fields.push(((*column).to_owned(), value));
            }
        }
        let mut problems: Vec<String> = Vec::new();
        let input = ReviewInput::new(fields).map_err(|e| self.tr.t(e.message_key))?;
        let draft = match input.draft(self.this_year) {
            Ok(draft) => Some(draft),
            Err(found) => {
                for p in found {
                    problems.push(format!("{}: {}", p.field, self.tr.t(p.message_key)));
                }
                None
            }
        };
        let mark = |name: &str| marks.get(name).cloned().unwrap_or_default();
        let recruiter = self.licensee(&mark("licensing_country"), &mark("licence_number"));
        let recruiter = recruiter.map_err(|p| problems.push(p)).ok();
        let collected_by = mark("collected_by");
        if collected_by.is_empty()
            || collected_by.chars().count() > COLLECTED_BY_MAX
            || text::has_forbidden_chars(&collected_by)
            || text::has_markup(&collected_by)
        {
            problems.push(format!(
                "collected_by: who collected the review, in plain text of 1 to {COLLECTED_BY_MAX} characters"
            ));
        }
        let channel = Channel::parse(&mark("channel"));
        if channel.is_none() {
            problems.push(format!(
                "channel `{}` is not one of paper, partner, phone",
                mark("channel")
            ));
        }
        if let Some(draft) = &draft {
            for (field, wage) in [
                ("promised_wage", draft.promised_wage),
                ("first_wage", draft.first_month_wage),
            ] {
                if wage == Some(0) {
                    problems.push(format!(
                        "{field}: a wage of 0 cannot be compared with costs; leave the cell empty when the wage is not known"
                    ));
                }
            }
            if let Err(p) = self.rate(draft) {
                problems.push(p);
            }
        }
        match (draft, recruiter, channel) {
            (Some(draft), Some(recruiter_id), Some(channel)) if problems.is_empty() => {
                Ok(CollectedReview {
                    recruiter_id,
                    draft,
                    collected_by,
                    channel,
                })
            }
            _ => Err(problems.join("; ")),
        }
    }

    /// The listed recruiter a row names by licence (its normal form in its country).
    fn licensee(&mut self, country: &str, number: &str) -> Result<i64, String> {
        let country = CountryCode::parse(country).ok_or_else(|| {
            format!("licensing_country `{country}` is not an ISO 3166-1 alpha-2 code")
        })?;
        let key = licence::normal_form(country.as_str(), number);
        if key.is_empty() {
            return Err("licence_number is empty".into());
        }
        let slot = (country.as_str().to_owned(), key);
        let found = match self.licensees.get(&slot) {
            Some(found) => *found,
            None => {
                let found = reviews::listed_licensee(&mut self.conn, &slot.0, &slot.1)
                    .map_err(|e| format!("database: {e}"))?;
                self.licensees.insert(slot.clone(), found);
                found
            }
        };
        found.ok_or_else(|| {
            format!(
                "no listed recruiter holds licence `{number}` in {}",
                country.as_str()
            )
        })
    }

    /// Amounts need an exchange rate for their currency in the year of departure, or the
    /// reports could not compare them.
    fn rate(&mut self, draft: &crate::domain::review::ReviewDraft) -> Result<(), String> {
        let Some(currency) = draft.currency else {
            return Ok(());
        };
        let has_amount = draft.promised_wage.is_some()
            || draft.first_month_wage.is_some()
            || draft.costs.iter().any(|c| c.amount.is_some());
        if !has_amount {
            return Ok(());
        }
        let slot = (currency.as_str().to_owned(), draft.departure_year);
        let known = match self.rates.get(&slot) {
            Some(known) => *known,
            None => {
                let known = reviews::has_rate(&mut self.conn, &slot.0, slot.1)
                    .map_err(|e| format!("database: {e}"))?;
                self.rates.insert(slot.clone(), known);
                known
            }
        };
        if known {
            Ok(())
        } else {
            Err(format!(
                "currency: {} has no exchange rate for {}; import one with `fairrecruit import-rates` first",
                slot.0, slot.1
            ))
        }
    }
}

/// Loads the reviews of `path` into the moderation queue as one batch. Refused as a whole
/// when the header is wrong or the same file was imported before (its batch exists).
pub fn import_reviews(
    pool: &Pool,
    path: &Path,
    mut progress: impl FnMut(u64),
) -> anyhow::Result<ReviewImportReport> {
    i18n::init().map_err(|e| anyhow::anyhow!("locales: {e}"))?;
    let batch = batch_of(path)?;
    let mut conn = pool.get()?;
    let earlier = reviews::batch_size(&mut conn, &batch)?;
    if earlier > 0 {
        anyhow::bail!(
            "this file was imported before: batch {batch} holds {earlier} reviews (withdraw it with `import-reviews --withdraw {batch}` to import it again)"
        );
    }
    let mut run = Run {
        conn,
        tr: Tr::new(i18n::DEFAULT),
        batch: batch.clone(),
        header: None,
        report: ReviewImportReport {
            batch,
            ..ReviewImportReport::default()
        },
        pending: Vec::with_capacity(BATCH),
        licensees: HashMap::new(),
        rates: HashMap::new(),
        this_year: clock::this_year(),
    };
    rows::read_file(path, &mut |row, at| {
        run.visit(row)?;
        progress(at);
        Ok(())
    })?;
    if run.header.is_none() {
        anyhow::bail!("the file is empty: no header");
    }
    run.flush()?;
    Ok(run.report)
}

/// Withdraws a batch before any of it is approved; says what was done.
pub fn withdraw(pool: &Pool, batch: &str) -> anyhow::Result<usize> {
    let mut conn = pool.get()?;
    match reviews::withdraw_batch(&mut conn, batch.trim())? {
        Withdrawal::Withdrawn(n) => Ok(n),
        Withdrawal::Approved(n) => anyhow::bail!(
            "batch {batch}: {n} of its reviews are approved already, on scorecards; nothing was withdrawn (a moderator can reject reviews one by one)"
        ),
        Withdrawal::Unknown => anyhow::bail!("no review carries the batch {batch}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEMPLATE: &str = include_str!("../../templates/import/reviews.csv");

    #[test]
    fn the_template_has_every_column_and_its_example_passes_the_review_parse() {
        let mut reader = csv::Reader::from_reader(TEMPLATE.as_bytes());
        let names: Vec<String> = reader
            .headers()
            .unwrap()
            .iter()
            .map(str::to_owned)
            .collect();
        assert_eq!(names, template_columns());
        let example = reader.records().next().unwrap().unwrap();
        let fields = names
            .iter()
            .zip(example.iter())
            .filter(|(n, _)| !MARK_COLUMNS.contains(&n.as_str()))
            .map(|(n, v)| (n.clone(), v.to_owned()));
        let draft = ReviewInput::new(fields).unwrap().draft(2026).unwrap();
        assert_eq!(draft.departure_year, 2023);
        assert_eq!(draft.costs.len(), 2);
        let channel = example.get(3).and_then(Channel::parse);
        assert_eq!(channel, Some(Channel::Paper));
    }
}
