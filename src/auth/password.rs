//! Password hashing with argon2id (OWASP parameters: m = 19456 KiB, t = 2, p = 1), off the
//! async executor and with bounded concurrency, so a burst of logins queues instead of
//! taking all the memory (each hash holds 19 MiB while it runs).

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use tokio::sync::Semaphore;

use crate::domain::account::NewPassword;
use crate::error::AppError;

/// Requests that may wait for a hashing slot; beyond that the service answers 429.
const MAX_WAITING: usize = 64;

pub struct Hasher {
    slots: Arc<Semaphore>,
    waiting: AtomicUsize,
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
    /// `concurrency` hashes run at once (about the number of cores).
    pub fn new(concurrency: usize) -> anyhow::Result<Hasher> {
        Ok(Hasher {
            slots: Arc::new(Semaphore::new(concurrency.max(1))),
            waiting: AtomicUsize::new(0),
            decoy: hash_now(&crate::auth::random_hex(16))?,
        })
    }

    pub async fn hash(&self, password: &NewPassword) -> Result<String, AppError> {
        let password = password.expose().to_owned();
        self.run(move || hash_now(&password).map_err(|e| AppError::Internal(e.to_string())))
            .await?
    }

    /// Checks a password against a stored hash, or against the decoy when there is none; the
    /// answer is `false` then, after the same work.
    pub async fn verify(&self, password: String, stored: Option<String>) -> Result<bool, AppError> {
        let exists = stored.is_some();
        let hash = stored.unwrap_or_else(|| self.decoy.clone());
        let matched = self
            .run(move || {
                argon2()
                    .verify_password(password.as_bytes(), hash.as_str())
                    .is_ok()
            })
            .await?;
        Ok(exists && matched)
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce() -> T + Send + 'static,
    ) -> Result<T, AppError> {
        let permit = {
            // Counted while waiting; the guard also uncounts a request dropped mid-wait (the
            // client went away).
            let waiting = Waiting::enter(&self.waiting)
                .ok_or(AppError::TooManyRequests { retry_after: 2 })?;
            let permit = self.slots.clone().acquire_owned().await;
            drop(waiting);
            permit.map_err(|e| AppError::Internal(e.to_string()))?
        };
        let result = actix_web::web::block(move || {
            let result = work();
            drop(permit);
            result
        })
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(result)
    }
}

/// One request waiting for a hashing slot.
struct Waiting<'a>(&'a AtomicUsize);

impl<'a> Waiting<'a> {
    fn enter(count: &'a AtomicUsize) -> Option<Waiting<'a>> {
        if count.fetch_add(1, Ordering::SeqCst) >= MAX_WAITING {
            count.fetch_sub(1, Ordering::SeqCst);
            return None;
        }
        Some(Waiting(count))
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
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

    #[test]
    fn waiting_requests_are_counted_and_uncounted_when_dropped() {
        let count = AtomicUsize::new(MAX_WAITING - 1);
        let last = Waiting::enter(&count).expect("one slot left");
        assert!(Waiting::enter(&count).is_none(), "full");
        drop(last);
        assert_eq!(count.load(Ordering::SeqCst), MAX_WAITING - 1);
        assert!(Waiting::enter(&count).is_some());
    }
}
