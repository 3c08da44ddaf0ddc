//! Storage: one diesel connection type over SQLite and PostgreSQL, its pool, its migrations.
//! Engine-specific SQL is confined to `db_run!` matches in this folder.

pub mod accounts;
pub mod changes;
pub mod complaints;
pub mod evidence;
mod group;
pub mod idempotency;
pub mod keys;
pub mod outbox;
pub mod partner_keys;
pub mod partners;
pub mod recruiters;
pub mod reports;
pub mod resets;
pub mod retention;
pub mod reviews;
pub mod schema;
pub mod sealing;
pub mod second_factors;
pub mod throttles;
pub mod watchlist;
pub mod webhooks;

use std::path::PathBuf;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::r2d2::{self, ManageConnection};
use diesel::sqlite::SqliteConnection;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgresql");

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

/// Runs `$body` with `$c` bound to the concrete connection, once per engine. The body is
/// type-checked for each engine, so the same code can use what only the concrete connection
/// offers (batch inserts, raw SQL with engine-specific syntax).
#[macro_export]
macro_rules! db_run {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::DbConnection::Sqlite($c) => $body,
            $crate::db::DbConnection::Postgresql($c) => $body,
        }
    };
}

/// Runs `work` in a transaction that writes. On SQLite it starts with `BEGIN IMMEDIATE`,
/// taking the write lock first: a deferred transaction that reads, then writes after another
/// connection committed (the mail deliverer, the escalation job, another request), fails at
/// once with "database is locked" (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out);
/// an immediate one waits its turn instead. PostgreSQL needs nothing of the kind. Inside
/// another transaction it is a savepoint, as `Connection::transaction` is.
///
/// SQLite writers of this process also queue on [`SQLITE_WRITER`] before `BEGIN IMMEDIATE`:
/// SQLite's busy handler waits by sleeping and polling (up to 100 ms a nap), which gave 16
/// concurrent reviews a p99 of 1.4 s; a queue hands the lock over as soon as it is free.
/// Work run by [`run_write`] has its turn already (taken before its connection); anything
/// else that writes takes it here.
pub fn transaction<T, E, F>(conn: &mut DbConnection, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConnection) -> Result<T, E>,
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let mut _writer = None;
    let immediate = match conn {
        DbConnection::Sqlite(c) => {
            let outermost = AnsiTransactionManager::transaction_manager_status_mut(c)
                .transaction_depth()?
                .is_none();
            if outermost {
                // Work run by `run_write` took its turn before its connection. Other work
                // waits here, holding its connection. Past the busy timeout without the
                // queue's turn (a writer of another database in the same process, as in
                // tests), SQLite's own lock still serialises: go on without it rather than
                // wait for ever.
                if !WriterTurn::held() {
                    _writer = SQLITE_WRITER.try_lock_for(SQLITE_BUSY);
                }
                AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE")?;
            }
            outermost
        }
        DbConnection::Postgresql(_) => false,
    };
    if !immediate {
        return conn.transaction(work);
    }
    match work(conn) {
        Ok(value) => {
            <DbConnection as Connection>::TransactionManager::commit_transaction(conn)?;
            Ok(value)
        }
        Err(e) => {
            // The error that caused the rollback is the one to report.
            let _ = <DbConnection as Connection>::TransactionManager::rollback_transaction(conn);
            Err(e)
        }
    }
}

/// One SQLite writer at a time in this process, in the order they came (see [`transaction`]).
static SQLITE_WRITER: parking_lot::Mutex<()> = parking_lot::Mutex::new(());

/// SQLite's busy timeout: how long a statement waits for another process's write lock.
const SQLITE_BUSY: Duration = Duration::from_secs(5);

/// How long [`run_write`] waits for its turn before answering 503: longer than one writer
/// can hold it (the busy timeout and its work), so that a queue behind another process's
/// lock of a few seconds is served once the lock is released, as the queue inside SQLite was.
const WRITER_WAIT: Duration = Duration::from_secs(30);

thread_local! {
    /// Whether this thread holds the [`SQLITE_WRITER`] turn through a [`WriterTurn`].
    static HOLDS_TURN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// This thread's turn as the process's SQLite writer, taken by [`run_write`] before it takes
/// a connection; [`transaction`] does not queue again while it is held.
struct WriterTurn {
    _guard: parking_lot::MutexGuard<'static, ()>,
}

impl WriterTurn {
    /// The turn, if it comes before `deadline`.
    fn wait_until(deadline: std::time::Instant) -> Option<WriterTurn> {
        let guard = SQLITE_WRITER.try_lock_until(deadline)?;
        HOLDS_TURN.set(true);
        Some(WriterTurn { _guard: guard })
    }

    fn held() -> bool {
        HOLDS_TURN.get()
    }
}

impl Drop for WriterTurn {
    fn drop(&mut self) {
        HOLDS_TURN.set(false);
    }
}

/// Where the data lives, parsed from `FAIRRECRUIT_DATABASE_URL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(PathBuf),
}

impl DatabaseUrl {
    /// `postgres://` and `postgresql://` select PostgreSQL; anything else is a SQLite file
    /// path, optionally written `sqlite://path`.
    pub fn parse(url: &str) -> DatabaseUrl {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            DatabaseUrl::Postgres(url.to_owned())
        } else {
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            DatabaseUrl::Sqlite(PathBuf::from(path))
        }
    }

    pub fn engine(&self) -> &'static str {
        match self {
            DatabaseUrl::Postgres(_) => "postgresql",
            DatabaseUrl::Sqlite(_) => "sqlite",
        }
    }

    /// For logs: never the password.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => path.display().to_string(),
            DatabaseUrl::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme), Some(at)) if at > scheme => {
                    format!("{}://***{}", &url[..scheme], &url[at..])
                }
                _ => url.clone(),
            },
        }
    }
}

/// Opens connections of the engine the URL names, and prepares each SQLite connection.
#[derive(Debug, Clone)]
pub struct Manager {
    url: DatabaseUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = r2d2::Error;

    fn connect(&self) -> Result<DbConnection, r2d2::Error> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url)
                .map(DbConnection::Postgresql)
                .map_err(r2d2::Error::ConnectionError),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())
                    .map_err(r2d2::Error::ConnectionError)?;
                // WAL lets readers proceed during a write; FULL sync means a committed write
                // survives a power cut; the busy timeout queues writers instead of failing them.
                // The busy timeout comes first so that switching to WAL waits for a
                // connection opened at the same moment instead of failing as "locked".
                // secure_delete overwrites what a write removes, so that text replaced by its
                // sealed form (or deleted) does not linger in free pages of the file.
                // A page cache of 1 MiB per connection instead of SQLite's 2: eight full ones
                // were 16 MiB of the server's memory at a million reviews, while the file's
                // pages stay in the system's cache for every connection at once.
                conn.batch_execute(
                    "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
                     PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                     PRAGMA secure_delete = ON; PRAGMA cache_size = -1024;",
                )
                .map_err(r2d2::Error::QueryError)?;
                Ok(DbConnection::Sqlite(conn))
            }
        }
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), r2d2::Error> {
        conn.batch_execute("SELECT 1")
            .map_err(r2d2::Error::QueryError)
    }

    /// Asked as each connection comes back to the pool; must be cheap. A connection left in
    /// a transaction, or marked by [`run`] after it failed to answer, is dropped (r2d2 opens
    /// a fresh one on demand): so no `SELECT 1` is needed at every check-out.
    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        use diesel::connection::{AnsiTransactionManager, TransactionManager};
        db_run!(conn, c => !matches!(
            AnsiTransactionManager::transaction_manager_status_mut(c).transaction_depth(),
            Ok(None)
        ))
    }
}

/// The connection pool (r2d2's, which it dereferences to), whether its engine is SQLite,
/// whose writers take their turn before a connection ([`run_write`]), and what this process
/// knows of changes to public data ([`changes::Changes`], for the kept profile pages).
#[derive(Debug, Clone)]
pub struct Pool {
    connections: r2d2::Pool<Manager>,
    sqlite: bool,
    changes: std::sync::Arc<changes::Changes>,
    /// SQLite's writers waiting for their group ([`group`]).
    group: std::sync::Arc<group::Queue>,
}

impl Pool {
    /// Whether public data changed since a page was rendered.
    pub fn changes(&self) -> &changes::Changes {
        &self.changes
    }
}

impl std::ops::Deref for Pool {
    type Target = r2d2::Pool<Manager>;

    fn deref(&self) -> &Self::Target {
        &self.connections
    }
}

pub type PooledConn = r2d2::PooledConnection<Manager>;

/// Builds the pool without waiting for the database: connections are opened on demand, so a
/// database that is down at a given moment gives 503s, not a dead process.
pub fn build_pool(url: &DatabaseUrl, max_size: u32) -> Pool {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
    {
        // A missing folder would make every connection fail; create it as the docs promise.
        let _ = std::fs::create_dir_all(parent);
    }
    let connections = r2d2::Pool::builder()
        .max_size(max_size)
        .min_idle(Some(1))
        .connection_timeout(Duration::from_secs(3))
        // A `SELECT 1` on every check-out cost a round trip per request; a dead connection
        // is found by the request that uses it instead, and dropped (`run`, `has_broken`).
        .test_on_check_out(false)
        .build_unchecked(Manager { url: url.clone() });
    Pool {
        connections,
        sqlite: matches!(url, DatabaseUrl::Sqlite(_)),
        changes: Default::default(),
        group: Default::default(),
    }
}

/// Applies pending migrations for the connection's engine.
pub fn run_migrations(conn: &mut DbConnection) -> anyhow::Result<()> {
    let applied = match conn {
        DbConnection::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS),
        DbConnection::Postgresql(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
    let (mut rekey, mut name_keys, mut licence_keys) = (false, false, false);
    for migration in applied {
        tracing::info!(%migration, "migration applied");
        let digits: String = migration
            .to_string()
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        rekey |= digits == USERNAME_SKELETONS;
        name_keys |= digits == RECRUITER_NAME_KEYS;
        licence_keys |= digits == LICENCE_KEYS;
    }
    if name_keys {
        let changed = recruiters::fill_name_keys(conn)?;
        tracing::info!(changed, "recruiters' look-alike keys filled in");
    }
    if licence_keys {
        let changed = recruiters::fill_licence_keys(conn)?;
        tracing::info!(changed, "licence numbers' normal forms filled in");
    }
    if rekey {
        let changed = accounts::rekey_usernames(conn)?;
        tracing::info!(changed, "username keys are confusable skeletons now");
    }
    Ok(())
}

/// The migration after which usernames' lookup keys are recomputed in Rust (SQL cannot
/// compute a UTS #39 skeleton): `2026-12-03-000013_username_skeletons`.
const USERNAME_SKELETONS: &str = "20261203000013";
/// The migration after which recruiters' look-alike keys are filled in Rust:
/// `2026-12-03-000015_directory_names`.
const RECRUITER_NAME_KEYS: &str = "20261203000015";
/// The migration after which licence numbers' normal forms (`domain::licence`) are filled
/// in Rust: `2026-12-04-000022_licence_keys`.
const LICENCE_KEYS: &str = "20261204000022";

/// Applies pending migrations up to and including the one whose folder starts with `last`
/// (`2026-11-27-000008`): a test writes rows as an older release did, then runs the rest with
/// [`run_migrations`] to see what a migration makes of data stored before it.
pub fn run_migrations_through(conn: &mut DbConnection, last: &str) -> anyhow::Result<()> {
    match conn {
        DbConnection::Sqlite(c) => migrate_through(c, SQLITE_MIGRATIONS, last),
        DbConnection::Postgresql(c) => migrate_through(c, POSTGRES_MIGRATIONS, last),
    }
    .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))
}

fn migrate_through<DB: diesel::backend::Backend>(
    conn: &mut impl MigrationHarness<DB>,
    source: EmbeddedMigrations,
    last: &str,
) -> diesel::migration::Result<()> {
    // Versions are the folder name's digits before the first `_`.
    let last: String = last.chars().filter(char::is_ascii_digit).collect();
    for migration in conn.pending_migrations(source)? {
        if migration.name().version().to_string() > last {
            break;
        }
        conn.run_migration(migration.as_ref())?;
    }
    Ok(())
}

/// `SELECT 1`: does the database answer?
pub fn ping(conn: &mut DbConnection) -> QueryResult<()> {
    conn.batch_execute("SELECT 1")
}

/// After a request's work failed: a connection that no longer answers (a restarted or
/// terminated PostgreSQL backend) is marked so that [`Manager::has_broken`] drops it when it
/// goes back to the pool, and the next request gets a fresh one. Only on errors, so the
/// `SELECT 1` costs nothing on the way that matters.
pub fn forget_if_dead(conn: &mut DbConnection) {
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    if ping(conn).is_err() {
        tracing::warn!("a database connection stopped answering: dropped from the pool");
        db_run!(conn, c => AnsiTransactionManager::transaction_manager_status_mut(c).set_in_error());
    }
}

/// Runs database work on the blocking thread pool, off the async executor, with a pooled
/// connection. A pool that cannot hand out a connection means the database is down: 503.
/// Work that writes goes through [`run_write`] instead.
pub async fn run<T, F>(pool: &Pool, work: F) -> Result<T, crate::error::AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, crate::error::AppError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || with_connection(&pool, work))
        .await
        .map_err(|e| crate::error::AppError::Internal(e.to_string()))?
}

/// As [`run`], for work that writes. On SQLite the work joins the next group commit
/// ([`group`]): it waits for the process's writer turn before it takes a connection —
/// writers waiting for the write lock (held by a long transaction, or by another process)
/// would otherwise hold every pooled connection while they wait, and reads, which SQLite's
/// WAL lets run beside a writer, would wait for a connection behind them — and is written in
/// one transaction with the works that waited beside it, each in its own savepoint, answered
/// after the one commit. Past [`WRITER_WAIT`] without a turn: 503, nothing written. After a
/// write, the count of public changes is read before the answer (the kept pages, `changes`).
pub async fn run_write<T, F>(pool: &Pool, work: F) -> Result<T, crate::error::AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, crate::error::AppError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || {
        if pool.sqlite {
            return group::write(&pool, work);
        }
        let changes = pool.changes.clone();
        with_connection(&pool, move |conn| {
            let result = work(conn);
            // What was committed may have changed a public page: its kept copies go now,
            // not at the next poll (`changes`).
            if result.is_ok() {
                changes.refresh(conn);
            }
            result
        })
    })
    .await
    .map_err(|e| crate::error::AppError::Internal(e.to_string()))?
}

/// Checks a connection out (timing the wait) and runs `work` with it.
fn with_connection<T>(
    pool: &Pool,
    work: impl FnOnce(&mut DbConnection) -> Result<T, crate::error::AppError>,
) -> Result<T, crate::error::AppError> {
    let waiting = std::time::Instant::now();
    let conn = pool.get();
    metrics::histogram!("db_pool_wait_seconds").record(waiting.elapsed().as_secs_f64());
    let mut conn = conn?;
    let result = work(&mut conn);
    // Only errors a dead connection gives: a 404 or a refused form pings nothing.
    if let Err(crate::error::AppError::Internal(_) | crate::error::AppError::Unavailable(_)) =
        &result
    {
        forget_if_dead(&mut conn);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_select_the_engine() {
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").engine(),
            "postgresql"
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").engine(),
            "postgresql"
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/x.db"),
            DatabaseUrl::Sqlite(PathBuf::from("data/x.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("./a.db"),
            DatabaseUrl::Sqlite(PathBuf::from("./a.db"))
        );
    }

    #[test]
    fn redacts_passwords() {
        let url = DatabaseUrl::parse("postgres://user:secret@db:5432/fr");
        assert_eq!(url.redacted(), "postgres://***@db:5432/fr");
    }
}
