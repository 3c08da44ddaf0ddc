//! Backups of a SQLite database (issue 21, item 4): `fairrecruit backup FILE` copies a live
//! database consistently (`VACUUM INTO` reads one snapshot while the service goes on writing),
//! and `fairrecruit restore FILE` puts a copy back, refusing while a `serve` has the database
//! open. PostgreSQL is backed up with its own tools (`pg_dump`; see the README).
//!
//! "Open" is a lock file beside the database: every `serve` holds a shared lock on
//! `<database>.lock` for as long as it runs (several may), and `restore` takes it exclusively,
//! so it can neither replace a file a server is writing nor be started under one.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

use diesel::connection::SimpleConnection;
use diesel::{Connection, RunQueryDsl, SqliteConnection};

/// The lock file of a SQLite database.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Held by a running `serve`: a shared lock on the database's lock file, released when
/// dropped (or when the process ends, however it ends).
#[derive(Debug)]
pub struct InUse(#[allow(dead_code)] File);

/// Marks the SQLite database as in use by this process (shared: several servers may).
pub fn hold(database: &Path) -> anyhow::Result<InUse> {
    let path = lock_path(database);
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", path.display()))?;
    file.lock_shared()
        .map_err(|e| anyhow::anyhow!("cannot lock {}: {e}", path.display()))?;
    Ok(InUse(file))
}

/// Why a backup or a restore was refused, in words for the operator.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("{0} already exists: a backup never overwrites a file")]
    Exists(PathBuf),
    #[error("{0} is in use by a running `fairrecruit serve`: stop it, then restore")]
    InUse(PathBuf),
    #[error("{0} is not a FairRecruit database: {1}")]
    NotOurs(PathBuf, String),
    #[error(
        "PostgreSQL is backed up with its own tools: pg_dump --format=custom --file=FILE \
         \"$FAIRRECRUIT_DATABASE_URL\", and pg_restore --clean --if-exists \
         --dbname=\"$FAIRRECRUIT_DATABASE_URL\" FILE (see the README)"
    )]
    Postgres,
}

/// Copies the live database at `database` to `target` (which must not exist) as one
/// consistent snapshot; the copy is checked before this returns. Returns its size in bytes.
pub fn backup(database: &Path, target: &Path) -> anyhow::Result<u64> {
    if target.exists() {
        return Err(Refused::Exists(target.to_owned()).into());
    }
    if !database.is_file() {
        return Err(Refused::NotOurs(database.to_owned(), "no such file".into()).into());
    }
    let mut conn = open(database)?;
    // One read transaction: the copy is the database as of one commit, while writers go on.
    diesel::sql_query("VACUUM INTO ?")
        .bind::<diesel::sql_types::Text, _>(target.to_string_lossy().as_ref())
        .execute(&mut conn)?;
    if let Err(e) = check(target) {
        let _ = std::fs::remove_file(target);
        return Err(e);
    }
    Ok(std::fs::metadata(target)?.len())
}

/// Replaces the database at `database` with the copy at `source`, after checking the copy,
/// unless a `serve` has it open. The database replaced is kept as `<database>.replaced`.
pub fn restore(database: &Path, source: &Path) -> anyhow::Result<()> {
    check(source)?;
    let lock = lock_path(database);
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&lock)
        .map_err(|e| anyhow::anyhow!("cannot open {}: {e}", lock.display()))?;
    if file.try_lock().is_err() {
        return Err(Refused::InUse(database.to_owned()).into());
    }
    // Copied beside the database first, so the replacement is one rename.
    let mut incoming = database.as_os_str().to_owned();
    incoming.push(".restoring");
    let incoming = PathBuf::from(incoming);
    std::fs::copy(source, &incoming)?;
    File::open(&incoming)?.sync_all()?;
    if database.exists() {
        // Fold the old write-ahead log in, so what is kept aside is whole.
        if let Ok(mut old) = SqliteConnection::establish(&database.to_string_lossy()) {
            let _ = old.batch_execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        let mut aside = database.as_os_str().to_owned();
        aside.push(".replaced");
        std::fs::rename(database, PathBuf::from(aside))?;
    }
    // The old database's log and index must not be applied to the new one.
    for suffix in ["-wal", "-shm"] {
        let mut side = database.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            std::fs::remove_file(side)?;
        }
    }
    std::fs::rename(&incoming, database)?;
    drop(file);
    Ok(())
}

fn open(database: &Path) -> anyhow::Result<SqliteConnection> {
    let mut conn = SqliteConnection::establish(&database.to_string_lossy())?;
    conn.batch_execute("PRAGMA busy_timeout = 5000")?;
    Ok(conn)
}

/// The file is a whole SQLite database with FairRecruit's migrations applied.
fn check(path: &Path) -> anyhow::Result<()> {
    #[derive(diesel::QueryableByName)]
    struct Line {
        #[diesel(sql_type = diesel::sql_types::Text)]
        integrity_check: String,
    }
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let not_ours = |why: String| Refused::NotOurs(path.to_owned(), why);
    if !path.is_file() {
        return Err(not_ours("no such file".into()).into());
    }
    let uri = format!("file:{}?mode=ro", path.to_string_lossy());
    let mut conn = SqliteConnection::establish(&uri).map_err(|e| not_ours(e.to_string()))?;
    let lines: Vec<Line> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut conn)
        .map_err(|e| not_ours(e.to_string()))?;
    if lines.first().map(|l| l.integrity_check.as_str()) != Some("ok") {
        return Err(not_ours("it fails SQLite's integrity check".into()).into());
    }
    let migrations: Vec<Count> = diesel::sql_query(
        "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' \
         AND name IN ('__diesel_schema_migrations', 'recruiters', 'complaints', 'users')",
    )
    .load(&mut conn)
    .map_err(|e| not_ours(e.to_string()))?;
    if migrations.first().map(|c| c.n) != Some(4) {
        return Err(not_ours("it has none of FairRecruit's tables".into()).into());
    }
    Ok(())
}
