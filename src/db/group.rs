//! Group commit for SQLite's writers: the work of every request waiting for the writer's turn
//! is written in one transaction, with one `synchronous=FULL` commit, and each is answered
//! after that commit.
//!
//! SQLite writes one transaction at a time, and each commit waits for the disk (an fsync of
//! the WAL). One review per commit made the turn itself the limit: 16 concurrent reviews
//! queued behind each other's fsync and thread hand-over. Here a request that wants to write
//! puts its work in its pool's queue, then waits for the process's writer turn
//! (`db::SQLITE_WRITER`). Whoever gets the turn and still finds work queued leads a group: it
//! takes up to [`MAX_GROUP`] queued works (its own among them, in the order they came),
//! runs each in its own savepoint inside one `BEGIN IMMEDIATE` — a work that fails is rolled
//! back alone, as its own transaction would have been — commits once, and hands each its
//! result. A waiter whose work a leader already ran finds its result when its turn comes.
//!
//! Nothing is answered before the commit: a work's `Ok` reaches its request only once the
//! group is on disk; a write lock held by another process is waited for up to `WRITER_WAIT`; if the commit fails, every work of the group gets that error (nothing of
//! the group was written). A work that panics fails its whole group, rolled back.

use std::collections::VecDeque;
use std::panic::AssertUnwindSafe;
use std::sync::mpsc;
use std::time::Instant;

use diesel::connection::{AnsiTransactionManager, Connection, TransactionManager};
use parking_lot::Mutex;

use super::{DbConnection, Pool, WRITER_WAIT, WriterTurn, with_connection};
use crate::error::AppError;

/// At most this many works in one transaction: a bound on the latency a group adds.
pub const MAX_GROUP: usize = 64;

/// Works waiting to be written, per pool (a group never mixes databases).
#[derive(Debug, Default)]
pub struct Queue {
    waiting: Mutex<VecDeque<Queued>>,
    next: std::sync::atomic::AtomicU64,
}

struct Queued {
    id: u64,
    job: Box<dyn Job>,
}

impl std::fmt::Debug for Queued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queued").field("id", &self.id).finish()
    }
}

/// A queued work: run in the group's transaction, or failed without running.
trait Job: Send {
    fn run(self: Box<Self>, conn: &mut DbConnection) -> Box<dyn Reply>;
    fn fail(self: Box<Self>, error: &AppError);
}

/// A work's result, held until the group's commit says whether it stands.
trait Reply: Send {
    fn send(self: Box<Self>, failure: Option<&AppError>);
}

struct Work<F, T> {
    work: F,
    reply: mpsc::SyncSender<Result<T, AppError>>,
}

struct Done<T> {
    result: Result<T, AppError>,
    reply: mpsc::SyncSender<Result<T, AppError>>,
}

impl<F, T> Job for Work<F, T>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send,
    T: Send + 'static,
{
    fn run(self: Box<Self>, conn: &mut DbConnection) -> Box<dyn Reply> {
        // Its own savepoint: a failure takes back this work's writes only.
        let result = conn.transaction(self.work);
        Box::new(Done {
            result,
            reply: self.reply,
        })
    }

    fn fail(self: Box<Self>, error: &AppError) {
        let _ = self.reply.send(Err(again(error)));
    }
}

impl<T: Send> Reply for Done<T> {
    fn send(self: Box<Self>, failure: Option<&AppError>) {
        let _ = self.reply.send(match failure {
            None => self.result,
            Some(error) => Err(again(error)),
        });
    }
}

/// The same failure for each work of a group.
fn again(error: &AppError) -> AppError {
    match error {
        AppError::Unavailable(m) => AppError::Unavailable(m.clone()),
        other => AppError::Internal(other.to_string()),
    }
}

impl Queue {
    fn push(&self, job: Box<dyn Job>) -> u64 {
        let id = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.waiting.lock().push_back(Queued { id, job });
        id
    }

    fn take(&self) -> Vec<Box<dyn Job>> {
        let mut waiting = self.waiting.lock();
        let n = waiting.len().min(MAX_GROUP);
        waiting.drain(..n).map(|q| q.job).collect()
    }

    /// Takes a work back that no leader has taken yet.
    fn withdraw(&self, id: u64) -> bool {
        let mut waiting = self.waiting.lock();
        match waiting.iter().position(|q| q.id == id) {
            Some(at) => {
                waiting.remove(at);
                true
            }
            None => false,
        }
    }
}

/// Runs `work` in the next group of its pool's writers (on a blocking thread: it waits).
pub(super) fn write<T, F>(pool: &Pool, work: F) -> Result<T, AppError>
where
    F: FnOnce(&mut DbConnection) -> Result<T, AppError> + Send + 'static,
    T: Send + 'static,
{
    let (reply, result) = mpsc::sync_channel(1);
    let id = pool.group.push(Box::new(Work { work, reply }));
    let deadline = Instant::now() + WRITER_WAIT;
    loop {
        let Some(turn) = WriterTurn::wait_until(deadline) else {
            // No turn in time: a work still queued is taken back (nothing written); one a
            // leader is running now is waited for.
            if pool.group.withdraw(id) {
                return Err(AppError::Unavailable("no turn to write in time".to_owned()));
            }
            return result.recv().unwrap_or_else(|_| Err(gone()));
        };
        // A leader hands every result out before it gives the turn up: either this work's
        // result is here, or the work is still queued.
        if let Ok(done) = result.try_recv() {
            return done;
        }
        let jobs = pool.group.take();
        lead(pool, jobs);
        drop(turn);
        match result.try_recv() {
            Ok(done) => return done,
            Err(mpsc::TryRecvError::Disconnected) => return Err(gone()),
            // More than a group's worth was queued ahead of it: the next turn.
            Err(mpsc::TryRecvError::Empty) => {}
        }
    }
}

fn gone() -> AppError {
    AppError::Internal("a write was dropped by its group".to_owned())
}

/// `BEGIN IMMEDIATE`, waiting for another process's write lock (a backup, the command line,
/// a long report rebuild) up to [`WRITER_WAIT`] in all, as each writer of the group would
/// have waited for its turn; then 503 for the group, nothing written.
fn begin(c: &mut diesel::SqliteConnection) -> Result<(), AppError> {
    let started = Instant::now();
    loop {
        // Each attempt waits out SQLite's busy timeout first.
        match AnsiTransactionManager::begin_transaction_sql(c, "BEGIN IMMEDIATE") {
            Ok(()) => return Ok(()),
            Err(e) => match AppError::from(e) {
                AppError::Unavailable(_) if started.elapsed() < WRITER_WAIT => {
                    std::thread::sleep(std::time::Duration::from_millis(10));
                }
                error => return Err(error),
            },
        }
    }
}

/// Writes a group: one `BEGIN IMMEDIATE`, each work in its savepoint, one commit; then the
/// pool's count of public changes is read (before anyone is answered), then each work's
/// result is handed out.
fn lead(pool: &Pool, jobs: Vec<Box<dyn Job>>) {
    if jobs.is_empty() {
        return;
    }
    let changes = pool.changes.clone();
    let mut jobs = jobs.into_iter();
    let outcome = with_connection(pool, |conn| {
        let DbConnection::Sqlite(c) = &mut *conn else {
            return Err(AppError::Internal("group commit is for SQLite".to_owned()));
        };
        begin(c)?;
        let mut replies = Vec::new();
        for job in jobs.by_ref() {
            match std::panic::catch_unwind(AssertUnwindSafe(|| job.run(conn))) {
                Ok(reply) => replies.push(reply),
                Err(_) => {
                    // The savepoints' bookkeeping is unknown after a panic: the connection is
                    // dropped as it goes back (its open transaction rolled back by SQLite).
                    crate::db_run!(conn, c => AnsiTransactionManager::transaction_manager_status_mut(c).set_in_error());
                    return Ok(Err((
                        replies,
                        AppError::Internal("a write panicked".to_owned()),
                    )));
                }
            }
        }
        match <DbConnection as Connection>::TransactionManager::commit_transaction(conn) {
            Ok(()) => {
                changes.refresh(conn);
                Ok(Ok(replies))
            }
            Err(e) => {
                let _ =
                    <DbConnection as Connection>::TransactionManager::rollback_transaction(conn);
                Ok(Err((replies, AppError::from(e))))
            }
        }
    });
    match outcome {
        Ok(Ok(replies)) => {
            for reply in replies {
                reply.send(None);
            }
        }
        Ok(Err((replies, error))) => {
            for reply in replies {
                reply.send(Some(&error));
            }
            for job in jobs {
                job.fail(&error);
            }
        }
        // No connection, or the transaction could not begin: nothing ran.
        Err(error) => {
            for job in jobs {
                job.fail(&error);
            }
        }
    }
}
