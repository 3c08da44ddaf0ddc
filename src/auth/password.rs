//! Password hashing with argon2id (OWASP parameters: m = 19456 KiB, t = 2, p = 1) on a few
//! dedicated threads (about one per core), fed by a bounded queue. Each hash holds 19 MiB
//! while it runs; dedicated threads mean that a burst of logins neither takes more memory
//! than those threads' hashes nor leaves 19 MiB behind in the allocator of every thread
//! that ever hashed (measured: 1.4 GiB after 64 concurrent sign-ins when hashing ran on the
//! general blocking pool, see README "Performance"). Beyond the queue's length the answer is 429.
//!
//! Two lanes share the threads: accounts (sign-in, registration, password changes) and
//! receipts (filing a complaint, looking one up). Each lane has its own queue and its own
//! limit, and a free thread always takes an account's job first, so a flood of complaints
//! can neither fill the sign-in's queue nor make it wait behind more than the jobs already
//! running.

use std::collections::VecDeque;
use std::sync::{Arc, Condvar, Mutex};

use argon2::{Argon2, PasswordHasher, PasswordVerifier};

use crate::domain::account::NewPassword;
use crate::error::AppError;

/// Hashes that may wait for a hashing thread, per lane; beyond that the service answers 429.
const MAX_WAITING: usize = 64;

type Job = Box<dyn FnOnce() + Send>;

/// Whose hashing a job is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lane {
    /// Passwords: signing in, registering, changing a password.
    Accounts,
    /// Complaint receipts: filing and looking up.
    Receipts,
}

#[derive(Default)]
struct Queues {
    accounts: VecDeque<Job>,
    receipts: VecDeque<Job>,
    closed: bool,
}

impl Queues {
    fn lane(&mut self, lane: Lane) -> &mut VecDeque<Job> {
        match lane {
            Lane::Accounts => &mut self.accounts,
            Lane::Receipts => &mut self.receipts,
        }
    }

    /// The next job: accounts first.
    fn next(&mut self) -> Option<Job> {
        self.accounts
            .pop_front()
            .or_else(|| self.receipts.pop_front())
    }
}

#[derive(Default)]
struct Shared {
    queues: Mutex<Queues>,
    ready: Condvar,
}

pub struct Hasher {
    shared: Arc<Shared>,
    /// A real hash of a random password, verified against when the account does not exist so
    /// that "no such user" takes as long as "wrong password".
    decoy: String,
}

/// The parameters in one place; `Argon2::default()` is the same today, but a dependency update
/// must not change them silently.
fn argon2() -> Argon2<'static> {
    let params = argon2::Params::new(19_456, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// Hashes synchronously (for the command line and the decoy).
pub fn hash_now(password: &str) -> anyhow::Result<String> {
    argon2()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| anyhow::anyhow!("hashing failed: {e}"))
}

impl Hasher {
    /// Starts `threads` hashing threads (about the number of cores). They stop when the
    /// hasher is dropped.
    pub fn new(threads: usize) -> anyhow::Result<Hasher> {
        let shared = Arc::new(Shared::default());
        for i in 0..threads.max(1) {
            let shared = shared.clone();
            std::thread::Builder::new()
                .name(format!("password-hash-{i}"))
                .spawn(move || work(&shared))?;
        }
        Ok(Hasher {
            shared,
            decoy: hash_now(&crate::auth::random_hex(16))?,
        })
    }

    pub async fn hash(&self, password: &NewPassword) -> Result<String, AppError> {
        let password = password.expose().to_owned();
        self.run(Lane::Accounts, move || {
            hash_now(&password).map_err(|e| AppError::Internal(e.to_string()))
        })
        .await?
    }

    /// Checks a password against a stored hash, or against the decoy when there is none; the
    /// answer is `false` then, after the same work.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, AppError> {
        let exists = stored.is_some();
        let hash = stored.unwrap_or_else(|| self.decoy.clone());
        let matched = self
            .run(Lane::Accounts, move || {
                argon2()
                    .verify_password(password.as_bytes(), hash.as_str())
                    .is_ok()
            })
            .await?;
        Ok(exists && matched)
    }

    /// Runs `work` on a hashing thread, in `lane`'s queue; 429 when that queue is full.
    pub(crate) async fn run<T: Send + 'static>(
        &self,
        lane: Lane,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let (done, result) = tokio::sync::oneshot::channel();
        let job: Job = Box::new(move || {
            // The requester may have gone away; nobody to tell then.
            let _ = done.send(work());
        });
        self.enqueue(lane, job)?;
        result
            .await
            .map_err(|_| AppError::Internal("a hashing job was lost".into()))
    }
}

impl Hasher {
    /// Puts a job in its lane's queue and wakes a thread; 429 when the lane is full.
    fn enqueue(&self, lane: Lane, job: Job) -> Result<(), AppError> {
        {
            let mut queues = self.shared.queues.lock().unwrap_or_else(|e| e.into_inner());
            let queue = queues.lane(lane);
            if queue.len() >= MAX_WAITING {
                return Err(AppError::TooManyRequests { retry_after: 2 });
            }
            queue.push_back(job);
        }
        self.shared.ready.notify_one();
        Ok(())
    }
}

impl Drop for Hasher {
    /// The threads finish what is queued, then stop.
    fn drop(&mut self) {
        self.shared
            .queues
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .closed = true;
        self.shared.ready.notify_all();
    }
}

/// A hashing thread: runs jobs, accounts' first, until the hasher is dropped.
fn work(shared: &Shared) {
    loop {
        let job = {
            let mut queues = shared.queues.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                if let Some(job) = queues.next() {
                    break job;
                }
                if queues.closed {
                    return;
                }
                queues = shared.ready.wait(queues).unwrap_or_else(|e| e.into_inner());
            }
        };
        job();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_with_owasp_parameters_and_a_fresh_salt() {
        let a = hash_now("correct horse battery").unwrap();
        let b = hash_now("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b);
        assert!(
            argon2()
                .verify_password(b"correct horse battery", a.as_str())
                .is_ok()
        );
        assert!(
            argon2()
                .verify_password(b"correct horse batterY", a.as_str())
                .is_err()
        );
    }

    #[actix_web::test]
    async fn a_full_queue_answers_too_many_requests() {
        let hasher = Hasher::new(1).unwrap();
        // Occupy the one thread, then fill the queue.
        let (started, running) = std::sync::mpsc::channel::<()>();
        let (release, hold) = std::sync::mpsc::channel::<()>();
        let busy: Job = Box::new(move || {
            started.send(()).unwrap();
            let _ = hold.recv();
        });
        hasher.enqueue(Lane::Accounts, busy).unwrap();
        running.recv().unwrap();
        for _ in 0..MAX_WAITING {
            hasher.enqueue(Lane::Accounts, Box::new(|| {})).unwrap();
        }
        let refused = hasher.verify("whatever-password".into(), None).await;
        assert!(matches!(refused, Err(AppError::TooManyRequests { .. })));
        release.send(()).unwrap();
        // Once the queue drains, work is accepted again (an unknown account never matches).
        let mut accepted = hasher.verify("whatever-password".into(), None).await;
        for _ in 0..100 {
            if !matches!(accepted, Err(AppError::TooManyRequests { .. })) {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            accepted = hasher.verify("whatever-password".into(), None).await;
        }
        assert!(matches!(accepted, Ok(false)), "{accepted:?}");
    }

    #[actix_web::test]
    async fn a_flood_of_receipts_neither_refuses_nor_queues_ahead_of_a_sign_in() {
        let hasher = Hasher::new(1).unwrap();
        let (started, running) = std::sync::mpsc::channel::<()>();
        let (release, hold) = std::sync::mpsc::channel::<()>();
        hasher
            .enqueue(
                Lane::Receipts,
                Box::new(move || {
                    started.send(()).unwrap();
                    let _ = hold.recv();
                }),
            )
            .unwrap();
        running.recv().unwrap();
        // The receipts' queue fills up and refuses more …
        let order = Arc::new(Mutex::new(Vec::new()));
        for _ in 0..MAX_WAITING {
            let order = order.clone();
            let job: Job = Box::new(move || order.lock().unwrap().push("receipt"));
            hasher.enqueue(Lane::Receipts, job).unwrap();
        }
        assert!(hasher.enqueue(Lane::Receipts, Box::new(|| {})).is_err());
        // … while a sign-in still gets in, and runs before every receipt that waited.
        let mark = order.clone();
        let (done, finished) = std::sync::mpsc::channel::<()>();
        let sign_in: Job = Box::new(move || {
            mark.lock().unwrap().push("sign-in");
            done.send(()).unwrap();
        });
        hasher.enqueue(Lane::Accounts, sign_in).unwrap();
        release.send(()).unwrap();
        finished.recv().unwrap();
        assert_eq!(order.lock().unwrap().first(), Some(&"sign-in"));
    }
}
