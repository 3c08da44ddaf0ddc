//! Reading a list's rows, whatever it was saved as: CSV (streamed), XLSX (streamed cell by
//! cell, so a million rows take no more memory than a thousand), ODS (read whole, so limited
//! in size). Every row comes as text cells with its line (the spreadsheet's row number), or
//! as the reason it cannot be read; nothing is guessed.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use calamine::{Data, DataRef, Dimensions, Ods, Reader, Xlsx, open_workbook};

/// Largest ODS file read (it is read whole): larger lists go as XLSX or CSV.
pub const ODS_MAX_BYTES: u64 = 16 * 1024 * 1024;

/// One row: its cells, or why it cannot be read. `line` counts from 1 as the file shows
/// it (CSV line, spreadsheet row).
pub enum Row<'r> {
    Cells {
        line: u64,
        record: &'r csv::ByteRecord,
    },
    Unreadable {
        line: u64,
        reason: String,
    },
}

/// How far reading has got: bytes of a CSV file, rows of a spreadsheet.
pub type Visit<'v> = dyn FnMut(Row<'_>, u64) -> anyhow::Result<()> + 'v;

/// The kinds of file read, by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    Xlsx,
    Ods,
}

impl Kind {
    /// By the file's extension (`.xlsx`/`.xlsm`, `.ods`); anything else is read as CSV.
    pub fn of(path: &Path) -> anyhow::Result<Kind> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        Ok(match ext.as_str() {
            "xlsx" | "xlsm" => Kind::Xlsx,
            "ods" => Kind::Ods,
            "xls" | "xlsb" | "numbers" => anyhow::bail!(
                "{}: .{ext} files are not read; save the list as .xlsx, .ods or .csv",
                path.display()
            ),
            _ => Kind::Csv,
        })
    }
}

/// Reads every row of `path` (the first is the header) and hands each to `visit`, which
/// may stop the reading by returning an error.
pub fn read_file(path: &Path, visit: &mut Visit<'_>) -> anyhow::Result<()> {
    match Kind::of(path)? {
        Kind::Csv => {
            let file = File::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            read_csv(BufReader::new(file), visit)
        }
        Kind::Xlsx => read_xlsx(path, visit),
        Kind::Ods => read_ods(path, visit),
    }
}

/// Reads CSV from any reader. A broken quote can swallow the rest of the file: reading
/// stops there, with that line reported.
pub fn read_csv<R: Read>(input: R, visit: &mut Visit<'_>) -> anyhow::Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .has_headers(false)
        .from_reader(input);
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => return Ok(()),
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                let at = reader.position().byte();
                visit(
                    Row::Cells {
                        line,
                        record: &record,
                    },
                    at,
                )?;
            }
            Err(e) => {
                let at = reader.position().byte();
                let reason = format!("unreadable CSV: {e}");
                return visit(Row::Unreadable { line, reason }, at);
            }
        }
    }
}

/// A cell's position as a spreadsheet shows it (`C5`), from 0-based (row, column).
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

/// A number as a list means it: `923`, not `923.0`.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        f.to_string()
    }
}

/// A spreadsheet date (days since 1899-12-30) as `YYYY-MM-DD`.
fn date_text(serial: f64) -> String {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap_or_default();
    epoch
        .checked_add_signed(chrono::Duration::days(serial.floor() as i64))
        .map(|d| d.to_string())
        .unwrap_or_else(|| number_text(serial))
}

/// A cell as text, or why it cannot be: an error value (`#REF!`).
fn cell_text(value: &DataRef<'_>, at: (u32, u32)) -> Result<String, String> {
    Ok(match value {
        DataRef::Empty => String::new(),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(f) => number_text(*f),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        DataRef::DateTime(d) => date_text(d.as_f64()),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => {
            return Err(format!(
                "cell {} holds the error {e}",
                cell_name(at.0, at.1)
            ));
        }
    })
}

/// The cells of one spreadsheet row being gathered, and the first problem in it.
struct Gathered {
    row: u32,
    cells: Vec<String>,
    problem: Option<String>,
}

impl Gathered {
    fn new(row: u32) -> Gathered {
        Gathered {
            row,
            cells: Vec::new(),
            problem: None,
        }
    }

    fn set(&mut self, col: u32, value: Result<String, String>) {
        match value {
            Ok(text) => {
                let col = col as usize;
                if self.cells.len() <= col {
                    self.cells.resize(col + 1, String::new());
                }
                self.cells[col] = text;
            }
            Err(reason) => {
                self.problem.get_or_insert(reason);
            }
        }
    }

    /// Hands the row over, unless it holds nothing (an empty row, as CSV skips them).
    fn emit(
        self,
        merged: &[Dimensions],
        record: &mut csv::ByteRecord,
        visit: &mut Visit<'_>,
    ) -> anyhow::Result<()> {
        let line = u64::from(self.row) + 1;
        let region = merged
            .iter()
            .find(|d| d.start.0 != d.end.0 && (d.start.0..=d.end.0).contains(&self.row));
        if let Some(d) = region {
            let reason = format!(
                "row is part of merged cells {}:{}: unmerge them and fill every row",
                cell_name(d.start.0, d.start.1),
                cell_name(d.end.0, d.end.1)
            );
            return visit(Row::Unreadable { line, reason }, line);
        }
        if let Some(reason) = self.problem {
            return visit(Row::Unreadable { line, reason }, line);
        }
        if self.cells.iter().all(|c| c.trim().is_empty()) {
            return Ok(());
        }
        record.clear();
        for cell in &self.cells {
            record.push_field(cell.as_bytes());
        }
        visit(Row::Cells { line, record }, line)
    }
}

fn unreadable(path: &Path, kind: &str, e: impl std::fmt::Display) -> anyhow::Error {
    anyhow::anyhow!("{}: not a readable {kind} file ({e})", path.display())
}

/// XLSX, streamed: the first sheet's cells in file order, gathered into rows. A formula's
/// saved value is read; a formula saved without one (some generators do) is refused on its
/// row. Merged cells that span rows are refused on each row they cover.
fn read_xlsx(path: &Path, visit: &mut Visit<'_>) -> anyhow::Result<()> {
    let mut book: Xlsx<_> = open_workbook(path).map_err(|e| unreadable(path, "XLSX", e))?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("{}: the workbook has no sheet", path.display()))?;
    let merged = book
        .merge_cells_by_sheet_name(&sheet)
        .map_err(|e| unreadable(path, "XLSX", e))?;
    let mut cells = book
        .worksheet_cells_reader(&sheet)
        .map_err(|e| unreadable(path, "XLSX", e))?;
    let mut record = csv::ByteRecord::new();
    let mut current: Option<Gathered> = None;
    loop {
        let next = match cells.next_cell_with_formula_metadata() {
            Ok(next) => next,
            Err(e) => {
                let line = current.as_ref().map_or(1, |g| u64::from(g.row) + 1);
                let reason = format!("unreadable XLSX: {e}");
                return visit(Row::Unreadable { line, reason }, line);
            }
        };
        let Some(cell) = next else { break };
        let (row, col) = cell.pos;
        if current.as_ref().is_none_or(|g| g.row != row) {
            if let Some(done) = current.take() {
                done.emit(&merged, &mut record, visit)?;
            }
            current = Some(Gathered::new(row));
        }
        let value = if cell.formula.is_some() && cell.value == DataRef::Empty {
            Err(format!(
                "cell {} holds a formula saved without its value: open the file in a \
                 spreadsheet program and save it again, or paste values only",
                cell_name(row, col)
            ))
        } else {
            cell_text(&cell.value, (row, col))
        };
        if let Some(g) = current.as_mut() {
            g.set(col, value);
        }
    }
    if let Some(done) = current {
        done.emit(&merged, &mut record, visit)?;
    }
    Ok(())
}

/// ODS, read whole (the format cannot be streamed here): at most [`ODS_MAX_BYTES`].
fn read_ods(path: &Path, visit: &mut Visit<'_>) -> anyhow::Result<()> {
    let size = std::fs::metadata(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?
        .len();
    if size > ODS_MAX_BYTES {
        anyhow::bail!(
            "{}: an ODS file of more than {} MB is not read (it is read whole); save the \
             list as .xlsx or .csv",
            path.display(),
            ODS_MAX_BYTES / 1024 / 1024
        );
    }
    let mut book: Ods<_> = open_workbook(path).map_err(|e| unreadable(path, "ODS", e))?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| anyhow::anyhow!("{}: the workbook has no sheet", path.display()))?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| unreadable(path, "ODS", e))?;
    let mut record = csv::ByteRecord::new();
    let (first_row, first_col) = range.start().unwrap_or((0, 0));
    for (i, cells) in range.rows().enumerate() {
        let row = first_row + i as u32;
        let mut g = Gathered::new(row);
        for (j, value) in cells.iter().enumerate() {
            let col = first_col + j as u32;
            let as_ref = match value {
                Data::String(s) => DataRef::String(s.clone()),
                Data::Int(v) => DataRef::Int(*v),
                Data::Float(v) => DataRef::Float(*v),
                Data::Bool(v) => DataRef::Bool(*v),
                Data::DateTime(v) => DataRef::DateTime(*v),
                Data::DateTimeIso(v) => DataRef::DateTimeIso(v.clone()),
                Data::DurationIso(v) => DataRef::DurationIso(v.clone()),
                Data::Error(e) => DataRef::Error(e.clone()),
                Data::Empty => DataRef::Empty,
            };
            g.set(col, cell_text(&as_ref, (row, col)));
        }
        g.emit(&[], &mut record, visit)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_named_as_spreadsheets_name_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(4, 2), "C5");
        assert_eq!(cell_name(9, 26), "AA10");
    }

    #[test]
    fn numbers_and_dates_read_as_a_list_means_them() {
        assert_eq!(number_text(923.0), "923");
        assert_eq!(number_text(1.5), "1.5");
        assert_eq!(date_text(45000.0), "2023-03-15");
        assert!(
            cell_text(&DataRef::Error(calamine::CellErrorType::Ref), (4, 2))
                .unwrap_err()
                .contains("C5")
        );
    }
}
