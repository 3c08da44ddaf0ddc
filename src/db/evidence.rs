//! Evidence files' rows (`evidence` says what they are; the bytes are in the file store).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{evidence_files, file_purges};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::split_words;

/// Files one complaint keeps at most (a page lists them all).
pub const PER_COMPLAINT: i64 = 200;

/// A file as its readers see it; `details` is sealed with the complaint's content key.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = evidence_files)]
pub struct FileRow {
    pub public_id: String,
    pub kind: String,
    pub content_type: String,
    pub size: i64,
    pub details: String,
    pub shared_with: String,
    /// Sent to the worker by this organisation's staff (`None`: the worker's own).
    pub from_organisation_id: Option<i64>,
    pub created_at: NaiveDateTime,
}

impl FileRow {
    /// May staff of this organisation (of this kind) open it? Their own organisation's
    /// files, and the worker's when the worker let their kind see them.
    pub fn visible_to(&self, organisation: i64, kind: OrganisationKind) -> bool {
        match self.from_organisation_id {
            Some(from) => from == organisation,
            None => split_words(&self.shared_with, OrganisationKind::parse).contains(&kind),
        }
    }
}

/// A file to add.
pub struct NewFile {
    pub public_id: String,
    pub stored_name: String,
    pub kind: &'static str,
    pub content_type: &'static str,
    pub size: i64,
    pub details: String,
    pub shared_with: String,
    /// Staff of this organisation sent it (`None`: the worker).
    pub from_organisation: Option<i64>,
}

/// Adds files to a complaint if they fit: within `max_bytes` and [`PER_COMPLAINT`] with
/// what it has. `Ok(false)` (nothing added) when they do not.
pub fn add(
    conn: &mut DbConnection,
    complaint_id: i64,
    files: &[NewFile],
    max_bytes: i64,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    // At most PER_COMPLAINT small numbers: summed here, the same on both engines.
    let sizes: Vec<i64> = evidence_files::table
        .filter(evidence_files::complaint_id.eq(complaint_id))
        .select(evidence_files::size)
        .load(conn)?;
    let (count, bytes) = (
        i64::try_from(sizes.len()).unwrap_or(i64::MAX),
        sizes.iter().sum::<i64>(),
    );
    let adding: i64 = files.iter().map(|f| f.size).sum();
    let files_count = i64::try_from(files.len()).unwrap_or(i64::MAX);
    if bytes + adding > max_bytes || count + files_count > PER_COMPLAINT {
        return Ok(false);
    }
    for file in files {
        diesel::insert_into(evidence_files::table)
            .values((
                evidence_files::public_id.eq(&file.public_id),
                evidence_files::complaint_id.eq(complaint_id),
                evidence_files::stored_name.eq(&file.stored_name),
                evidence_files::kind.eq(file.kind),
                evidence_files::content_type.eq(file.content_type),
                evidence_files::size.eq(file.size),
                evidence_files::details.eq(&file.details),
                evidence_files::shared_with.eq(&file.shared_with),
                evidence_files::from_organisation_id.eq(file.from_organisation),
                evidence_files::created_at.eq(now),
            ))
            .execute(conn)?;
    }
    Ok(true)
}

/// Was the complaint's content destroyed (by the worker, or at the end of its retention)?
/// A complaint that does not exist counts as destroyed.
pub fn content_destroyed(conn: &mut DbConnection, complaint_id: i64) -> QueryResult<bool> {
    use super::schema::complaints;
    complaints::table
        .find(complaint_id)
        .select(complaints::content_destroyed)
        .first(conn)
        .optional()
        .map(|found| found.unwrap_or(true))
}

/// A complaint's files, oldest first.
pub fn of_complaint(conn: &mut DbConnection, complaint_id: i64) -> QueryResult<Vec<FileRow>> {
    evidence_files::table
        .filter(evidence_files::complaint_id.eq(complaint_id))
        .order(evidence_files::id.asc())
        .limit(PER_COMPLAINT)
        .select(FileRow::as_select())
        .load(conn)
}

/// One of a complaint's files and where the store keeps it.
pub fn find(
    conn: &mut DbConnection,
    complaint_id: i64,
    public_id: &str,
) -> QueryResult<Option<(FileRow, String)>> {
    evidence_files::table
        .filter(evidence_files::complaint_id.eq(complaint_id))
        .filter(evidence_files::public_id.eq(public_id))
        .select((FileRow::as_select(), evidence_files::stored_name))
        .first(conn)
        .optional()
}

/// The complaints' files are forgotten (retention, or the worker deleting what they sent):
/// their rows go, and their names are due for the purge, which removes the bytes.
pub fn forget(conn: &mut DbConnection, complaint_ids: &[i64]) -> QueryResult<usize> {
    let names: Vec<String> = evidence_files::table
        .filter(evidence_files::complaint_id.eq_any(complaint_ids))
        .select(evidence_files::stored_name)
        .load(conn)?;
    expect(conn, &names, crate::clock::now())?;
    diesel::delete(evidence_files::table.filter(evidence_files::complaint_id.eq_any(complaint_ids)))
        .execute(conn)
}

/// Names the store may soon hold without a row naming them, due for the purge at `due`
/// (files about to be written before their rows commit; files whose rows are deleted).
pub fn expect(conn: &mut DbConnection, names: &[String], due: NaiveDateTime) -> QueryResult<()> {
    for name in names {
        // (A name already waiting keeps its place: generated names are never reused.)
        let waiting = file_purges::table
            .find(name)
            .select(file_purges::stored_name)
            .first::<String>(conn)
            .optional()?;
        if waiting.is_none() {
            diesel::insert_into(file_purges::table)
                .values((
                    file_purges::stored_name.eq(name),
                    file_purges::due_at.eq(due),
                ))
                .execute(conn)?;
        }
    }
    Ok(())
}

/// These names' rows committed (or their files are gone): nothing to purge.
pub fn settled(conn: &mut DbConnection, names: &[String]) -> QueryResult<usize> {
    diesel::delete(file_purges::table.filter(file_purges::stored_name.eq_any(names))).execute(conn)
}

/// Up to `limit` names due for the purge at `now`, oldest first.
pub fn due_purges(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<String>> {
    file_purges::table
        .filter(file_purges::due_at.le(now))
        .order(file_purges::due_at)
        .select(file_purges::stored_name)
        .limit(limit)
        .load(conn)
}

/// Which of these stored names a row still names.
pub fn known_names(conn: &mut DbConnection, names: &[String]) -> QueryResult<Vec<String>> {
    evidence_files::table
        .filter(evidence_files::stored_name.eq_any(names))
        .select(evidence_files::stored_name)
        .load(conn)
}
