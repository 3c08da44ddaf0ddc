//! Whether what the public profile pages show has changed since a page was rendered.
//!
//! The database keeps one number, `public_changes.generation`, that its triggers move in the
//! transaction of any write to what a profile shows (migration 000030: recruiters, their
//! destinations and licence history, the kept scorecards and totals, approved reviews),
//! whoever writes. Each pool keeps a [`Changes`]: a local generation that a kept page is
//! tagged with, moved when the database's number is seen to move —
//!
//! - at once after this process's own writes: [`crate::db::run_write`] reads the number after
//!   the work's commit (one primary-key read per write request);
//! - within [`POLL_EVERY`] for anyone else's (another server, the command line, this
//!   process's jobs): [`Changes::due`] lets one request a second read it.
//!
//! A page tagged with the local generation read *before* its data is never kept past a
//! change it may not show: the change moves the generation before or after the page's reads,
//! and either way the tag is older than the generation the next reader sees.

use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use parking_lot::Mutex;

use crate::db::DbConnection;
use crate::db::schema::public_changes;

/// How stale a kept page may be after a change this process did not write.
pub const POLL_EVERY: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub struct Changes {
    /// Moves whenever the database's number is seen to move.
    generation: AtomicU64,
    /// The database's number when last read (-1: never read).
    seen: AtomicI64,
    /// When a reader was last told to read the number ([`Changes::due`]).
    polled: Mutex<Option<Instant>>,
}

impl Default for Changes {
    fn default() -> Self {
        Changes {
            generation: AtomicU64::new(0),
            seen: AtomicI64::new(-1),
            polled: Mutex::new(None),
        }
    }
}

/// The database's number.
pub fn current(conn: &mut DbConnection) -> QueryResult<i64> {
    public_changes::table
        .find(1)
        .select(public_changes::generation)
        .first(conn)
}

impl Changes {
    /// The generation a page rendered from now on is tagged with.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Takes the database's number in: moves the generation when it differs from the last
    /// one seen (or none was seen yet).
    pub fn observe(&self, number: i64) {
        if self.seen.swap(number, Ordering::AcqRel) != number {
            self.generation.fetch_add(1, Ordering::AcqRel);
        }
    }

    /// Reads the number on `conn` and takes it in. A failed read moves the generation: a
    /// page is rendered again rather than kept on a guess.
    pub fn refresh(&self, conn: &mut DbConnection) {
        match current(conn) {
            Ok(number) => self.observe(number),
            Err(_) => {
                self.generation.fetch_add(1, Ordering::AcqRel);
            }
        }
    }

    /// Whether the caller should read the number now: true for one caller each
    /// [`POLL_EVERY`]; the others go on with what is kept. The caller then calls
    /// [`Changes::refresh`] (where a request may be dropped, inside work that runs to its end).
    pub fn due(&self) -> bool {
        let mut polled = self.polled.lock();
        if polled.is_some_and(|at| at.elapsed() < POLL_EVERY) {
            return false;
        }
        *polled = Some(Instant::now());
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_generation_moves_when_the_number_does_and_only_then() {
        let changes = Changes::default();
        let first = changes.generation();
        changes.observe(7);
        let second = changes.generation();
        assert_ne!(first, second, "the first number seen is a change");
        changes.observe(7);
        assert_eq!(changes.generation(), second);
        changes.observe(8);
        assert_ne!(changes.generation(), second);
    }

    #[test]
    fn one_caller_a_second_reads_the_number() {
        let changes = Changes::default();
        assert!(changes.due());
        assert!(!changes.due(), "a second caller in the same second");
    }
}
