//! Evidence on a complaint: files the worker adds (found by its receipt) and the staff of a
//! referral's organisation send the worker; who opens which (the worker all of them; staff
//! their own organisation's, and the worker's when the worker let their kind see them); the
//! purge of files no row names.

use std::sync::Arc;

use super::casework::Staff;
use super::complaints::Found;
use crate::db::complaints as store;
use crate::db::evidence::{self as files, FileRow, NewFile};
use crate::db::keys::{self, Holder};
use crate::db::{self, Pool};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::split_words;
use crate::error::{AppError, InputError};
use crate::evidence::clean::clean_in;
use crate::evidence::sniff::Kind;
use crate::evidence::store::FileStore;
use crate::evidence::{Evidence, Upload, display_name, stored_name};
use crate::seal::{Key, purpose};

/// What adding files did: the files, and whether photos were among them (the worker is told
/// their location data was removed).
pub struct Added {
    pub photos: bool,
    /// Each file added: (public id, kind, content type, stored size).
    pub files: Vec<(String, &'static str, &'static str, i64)>,
}

fn refused(field: &'static str, key: &'static str) -> AppError {
    InputError::new(field, key).into()
}

/// The kinds of organisation the worker lets open these files: at least one, each one the
/// complaint is shared with (`allowed`). A refusal names `field`.
pub fn consent(
    allowed: &[OrganisationKind],
    shared_with: &[String],
    field: &'static str,
) -> Result<String, AppError> {
    let mut kinds = Vec::new();
    for typed in shared_with {
        let kind = OrganisationKind::parse_referral(typed)
            .filter(|k| allowed.contains(k))
            .ok_or_else(|| refused(field, "error-evidence-share"))?;
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    if kinds.is_empty() {
        return Err(refused(field, "error-evidence-share"));
    }
    Ok(kinds
        .iter()
        .map(|k| k.as_str())
        .collect::<Vec<_>>()
        .join(","))
}

/// A file cleaned and sealed, ready to be stored.
struct Prepared {
    kind: Kind,
    content_type: &'static str,
    sealed: Vec<u8>,
    /// The name it was sent with, sealed.
    details: String,
}

/// Cleans and seals one file (one photo decoded at a time per server).
async fn prepare(evidence: &Evidence, content: &Key, upload: Upload) -> Result<Prepared, AppError> {
    let _turn = evidence
        .cleaning
        .acquire()
        .await
        .map_err(|_| AppError::Internal("evidence cleaning closed".into()))?;
    let key = content.clone();
    let name = display_name(&upload.name);
    let details = key.seal_text(purpose::FILE_DETAILS, &name);
    let work_dir = evidence.spool_dir.clone();
    let (kind, content_type, sealed) = tokio::task::spawn_blocking(move || {
        // Reading our own spool back can fail only on the server's side (a 503); what the
        // file holds is the person's (a 400 saying why).
        let bytes = upload.data.read()?;
        Ok::<_, std::io::Error>(clean_in(bytes, &work_dir).map(|cleaned| {
            let sealed = key.seal_file(purpose::FILE, cleaned.bytes);
            (cleaned.kind, cleaned.content_type, sealed)
        }))
    })
    .await
    .map_err(|e| AppError::Internal(e.to_string()))?
    .map_err(|e| AppError::Unavailable(format!("upload spool: {e}")))?
    .map_err(|refusal| refused("files", refusal.message_key()))?;
    Ok(Prepared {
        kind,
        content_type,
        sealed,
        details,
    })
}

/// Runs store work off the async threads; a store that fails is a 503 ("try again").
async fn in_store<T: Send + 'static>(
    store: &Arc<dyn FileStore>,
    work: impl FnOnce(&dyn FileStore) -> std::io::Result<T> + Send + 'static,
) -> Result<T, AppError> {
    let store = store.clone();
    tokio::task::spawn_blocking(move || work(store.as_ref()))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Unavailable(format!("file store: {e}")))
}

/// Adds the worker's files to their complaint: each cleaned and sealed, written to the store,
/// then their rows in one transaction within the complaint's limit. Nothing is kept of a
/// refused upload: files written before a failure are deleted again (and the purge removes
/// any a crash left).
pub async fn add_from_worker(
    pool: &Pool,
    evidence: &Evidence,
    found: &Found,
    uploads: Vec<Upload>,
    shared_with: &[String],
) -> Result<Added, AppError> {
    let keys = found
        .keys
        .as_ref()
        .ok_or_else(|| refused("files", "error-sealed-destroyed"))?;
    if uploads.is_empty() {
        return Err(refused("files", "error-evidence-none"));
    }
    if uploads.len() > evidence.limits.files_per_message {
        return Err(refused("files", "error-evidence-too-many"));
    }
    let allowed = split_words(&found.tracked.share_kinds, OrganisationKind::parse);
    let shared_with = consent(&allowed, shared_with, "shared_with")?;
    let to = Destination {
        complaint: found.tracked.complaint_id,
        shared_with,
        from_organisation: None,
    };
    store_files(pool, evidence, &keys.content, uploads, to).await
}

/// Where prepared files go: the complaint, who may open them, who sent them.
struct Destination {
    complaint: i64,
    shared_with: String,
    from_organisation: Option<i64>,
}

/// Files cleaned, sealed and written to the store, waiting for their rows to commit with
/// the message (or the complaint) they belong to; [`Staged::discard`] them when that
/// transaction does not commit (the purge removes what a crash leaves).
pub struct Staged {
    rows: Vec<NewFile>,
    written: Vec<String>,
    photos: bool,
}

impl Staged {
    /// What was added, once the rows committed.
    pub fn added(&self) -> Added {
        Added {
            photos: self.photos,
            files: self
                .rows
                .iter()
                .map(|r| (r.public_id.clone(), r.kind, r.content_type, r.size))
                .collect(),
        }
    }

    /// The files' rows on `complaint`, in the caller's transaction, within the complaint's
    /// limits (`max_bytes`) and unless its content was destroyed meanwhile.
    pub fn insert(
        &self,
        conn: &mut db::DbConnection,
        complaint: i64,
        max_bytes: u64,
    ) -> Result<(), AppError> {
        if self.rows.is_empty() {
            return Ok(());
        }
        // Deleted by the worker, or by retention, since the upload began.
        if files::content_destroyed(conn, complaint)? {
            return Err(refused("files", "error-sealed-destroyed"));
        }
        let max = i64::try_from(max_bytes).unwrap_or(i64::MAX);
        if files::add(conn, complaint, &self.rows, max, crate::clock::now())? {
            files::settled(conn, &self.written)?;
            Ok(())
        } else {
            Err(refused("files", "error-evidence-complaint-full"))
        }
    }

    /// Deletes the written files again: their transaction did not commit.
    pub async fn discard(self, store: &Arc<dyn FileStore>) {
        remove(store, self.written).await;
    }
}

/// Cleans, seals (with the complaint's `content` key) and writes to the store each file,
/// who may open them being `shared_with` (kinds of organisation) and `from_organisation`
/// (staff's own). Every file is cleaned before the first is written: a refused file leaves
/// nothing in the store; a store failing midway has what it took deleted again.
pub async fn stage(
    pool: &Pool,
    evidence: &Evidence,
    content: &Key,
    uploads: Vec<Upload>,
    shared_with: String,
    from_organisation: Option<i64>,
) -> Result<Staged, AppError> {
    let mut prepared = Vec::new();
    for upload in uploads {
        prepared.push(prepare(evidence, content, upload).await?);
    }
    // The names are due for the purge before any file is written, so that a crash between
    // writing and committing leaves nothing the purge does not know of.
    let names: Vec<String> = prepared.iter().map(|_| stored_name()).collect();
    let due = names.clone();
    db::run_write(pool, move |conn| {
        let hour_later = crate::clock::now()
            + chrono::Duration::from_std(ORPHAN_AGE).unwrap_or_else(|_| chrono::Duration::hours(1));
        db::transaction(conn, |conn| Ok(files::expect(conn, &due, hour_later)?))
    })
    .await?;
    let mut names = names.into_iter();
    let photos = prepared.iter().any(|p| p.kind == Kind::Photo);
    let mut staged = Staged {
        rows: Vec::new(),
        written: Vec::new(),
        photos,
    };
    for Prepared {
        kind,
        content_type,
        sealed,
        details,
    } in prepared
    {
        let name = names
            .next()
            .ok_or_else(|| AppError::Internal("a staged file without a name".into()))?;
        let size = i64::try_from(sealed.len()).unwrap_or(i64::MAX);
        let put_name = name.clone();
        if let Err(e) = in_store(&evidence.store, move |s| s.put(&put_name, sealed)).await {
            staged.discard(&evidence.store).await;
            return Err(e);
        }
        staged.written.push(name.clone());
        staged.rows.push(NewFile {
            public_id: crate::auth::random_hex(16),
            stored_name: name,
            kind: kind.as_str(),
            content_type,
            size,
            details,
            shared_with: shared_with.clone(),
            from_organisation,
        });
    }
    Ok(staged)
}

/// Cleans, seals and stores the files, then adds their rows in one transaction within the
/// complaint's limits; files written for an upload that is then refused are deleted again.
async fn store_files(
    pool: &Pool,
    evidence: &Evidence,
    content: &Key,
    uploads: Vec<Upload>,
    to: Destination,
) -> Result<Added, AppError> {
    let staged = stage(
        pool,
        evidence,
        content,
        uploads,
        to.shared_with,
        to.from_organisation,
    )
    .await?;
    let (complaint, max) = (to.complaint, evidence.limits.complaint_bytes);
    let staged = std::sync::Arc::new(staged);
    let rows = staged.clone();
    let stored = db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| rows.insert(conn, complaint, max))
    })
    .await;
    let staged = std::sync::Arc::into_inner(staged)
        .ok_or_else(|| AppError::Internal("staged files still shared".into()))?;
    match stored {
        Ok(()) => Ok(staged.added()),
        Err(e) => {
            staged.discard(&evidence.store).await;
            Err(e)
        }
    }
}

/// Before staff send files on a referral: it is theirs and they hold the complaint's keys.
/// Returns the complaint and its content key.
pub async fn staff_may_send(
    pool: &Pool,
    staff: &Staff,
    referral: i64,
) -> Result<(i64, Key), AppError> {
    let staff = staff.clone();
    db::run(pool, move |conn| {
        let complaint =
            store::complaint_of(conn, referral, staff.organisation)?.ok_or(AppError::NotFound)?;
        let keys = super::casework::case_keys(conn, &staff, referral, "files")?;
        Ok((complaint, keys.content))
    })
    .await
}

/// Staff send files to the worker on one of their referrals (a form, a decision, a letter):
/// cleaned and sealed like the worker's; the worker and this organisation open them.
pub async fn add_from_staff(
    pool: &Pool,
    evidence: &Evidence,
    staff: &Staff,
    (complaint, content): (i64, Key),
    uploads: Vec<Upload>,
) -> Result<Added, AppError> {
    if uploads.is_empty() {
        return Err(refused("files", "error-evidence-none"));
    }
    if uploads.len() > evidence.limits.files_per_message {
        return Err(refused("files", "error-evidence-too-many"));
    }
    let to = Destination {
        complaint,
        shared_with: String::new(),
        from_organisation: Some(staff.organisation),
    };
    store_files(pool, evidence, &content, uploads, to).await
}

/// One of the complaint's files for the worker, by receipt: their own and what staff sent.
pub async fn open_for_worker(
    pool: &Pool,
    evidence: &Evidence,
    found: &Found,
    public_id: &str,
) -> Result<Opened, AppError> {
    if public_id.len() != 32 || !public_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let content = found
        .keys
        .as_ref()
        .map(|k| k.content.clone())
        .ok_or(AppError::NotFound)?;
    let (complaint, public_id) = (found.tracked.complaint_id, public_id.to_owned());
    let (row, stored) = db::run(pool, move |conn| {
        files::find(conn, complaint, &public_id)?.ok_or(AppError::NotFound)
    })
    .await?;
    opened(evidence, &content, row, stored).await
}

/// Reads a file from the store and opens it with the complaint's content key.
async fn opened(
    evidence: &Evidence,
    content: &Key,
    row: FileRow,
    stored: String,
) -> Result<Opened, AppError> {
    let sealed = in_store(&evidence.store, move |s| s.get(&stored)).await?;
    let bytes = content
        .open_file(purpose::FILE, sealed)
        .map_err(|_| AppError::Internal("an evidence file did not open".into()))?;
    Ok(Opened {
        bytes,
        name: content
            .open_text(purpose::FILE_DETAILS, &row.details)
            .unwrap_or_default(),
        content_type: row.content_type,
        kind: row.kind,
    })
}

/// Deletes files written for an upload that was then refused (best effort: the purge
/// removes what this misses).
async fn remove(store: &Arc<dyn FileStore>, names: Vec<String>) {
    if names.is_empty() {
        return;
    }
    let done = in_store(store, move |s| {
        for name in &names {
            s.delete(name)?;
        }
        Ok(())
    })
    .await;
    if let Err(e) = done {
        tracing::warn!(error = %e, "files of a refused upload left for the purge");
    }
}

/// A file opened for its reader: bytes, type, the name it was sent with, and its kind.
pub struct Opened {
    pub bytes: Vec<u8>,
    pub content_type: String,
    pub name: String,
    pub kind: String,
}

/// One of a referral's files for its organisation's staff, when the worker let their kind
/// of organisation see it; anything else (another organisation's referral, a file not
/// shared with them, no such file) is the same 404.
pub async fn open_for_staff(
    pool: &Pool,
    evidence: &Evidence,
    staff: &Staff,
    referral: i64,
    public_id: &str,
) -> Result<Opened, AppError> {
    if public_id.len() != 32 || !public_id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let (staff, public_id) = (staff.clone(), public_id.to_owned());
    let (row, stored, content) = db::run(pool, move |conn| {
        let complaint =
            store::complaint_of(conn, referral, staff.organisation)?.ok_or(AppError::NotFound)?;
        let kind = crate::db::accounts::organisation(conn, staff.organisation)?
            .and_then(|o| OrganisationKind::parse(&o.row.kind))
            .ok_or(AppError::NotFound)?;
        let (row, stored) = files::find(conn, complaint, &public_id)?
            .filter(|(row, _)| row.visible_to(staff.organisation, kind))
            .ok_or(AppError::NotFound)?;
        let secret = staff
            .organisation_secret(conn)
            .map_err(|why| refused("file", why.message_key()))?;
        let sealed = keys::sealed_keys(conn, complaint, Holder::Organisation(staff.organisation))?
            .ok_or_else(|| refused("file", "error-sealed-waiting"))?;
        let keys = keys::open_keys(&secret, &sealed)
            .map_err(|_| refused("file", "error-sealed-not-given"))?;
        Ok((row, stored, keys.content))
    })
    .await?;
    opened(evidence, &content, row, stored).await
}

/// The files' names opened with the complaint's content key in place (a name that does not
/// open is emptied).
pub fn open_names(rows: &mut [FileRow], content: Option<&Key>) {
    for row in rows {
        row.details = content
            .and_then(|key| key.open_text(purpose::FILE_DETAILS, &row.details).ok())
            .unwrap_or_default();
    }
}

/// How long after its name is recorded a file no row names may be purged: an upload in
/// flight writes its files before its rows commit.
pub const ORPHAN_AGE: std::time::Duration = std::time::Duration::from_secs(3600);

/// How many names one run of the purge takes (the next run takes the rest).
const PURGE_BATCH: i64 = 5_000;

/// The hourly purge: the names due (`db::evidence::expect`: files written for an upload that
/// never committed, and files whose rows were deleted by retention or by the worker) are
/// deleted from the store unless a row names them, then forgotten. It never lists the
/// store. Returns how many files went.
pub fn purge_orphans(
    conn: &mut db::DbConnection,
    store: &dyn FileStore,
    now: chrono::NaiveDateTime,
) -> Result<usize, AppError> {
    let due = files::due_purges(conn, now, PURGE_BATCH)?;
    let mut removed = 0;
    for batch in due.chunks(500) {
        let known = files::known_names(conn, batch)?;
        let mut done = Vec::new();
        for name in batch {
            if known.contains(name) {
                done.push(name.clone());
                continue;
            }
            match store.delete(name) {
                Ok(()) => {
                    removed += 1;
                    done.push(name.clone());
                }
                // Kept for the next run (the store may be down).
                Err(e) => tracing::warn!(error = %e, "a file due for the purge was not deleted"),
            }
        }
        files::settled(conn, &done)?;
    }
    Ok(removed)
}
