//! An account's key pair at the moments its password is known: signing in (opened, or made
//! for an account that has none), registering (made), changing the password (wrapped again).
//! argon2id runs on the hashing threads, in the accounts' lane.

use super::AuthState;
use super::password::Lane;
use crate::db::{self, Pool, keys};
use crate::error::AppError;
use crate::seal::{Keyring, SecretKey};

/// The account's secret key, and the keyring to store when it had none (or one its password
/// no longer opens: set by an administrator or the command line, so a new key pair, and the
/// organisation keys given to the old one are gone).
pub struct Opened {
    pub secret: SecretKey,
    pub store: Option<Keyring>,
}

/// Opens the account's key pair with the password just checked.
pub async fn open(
    auth: &AuthState,
    pool: &Pool,
    user_id: i64,
    password: String,
) -> Result<Opened, AppError> {
    let stored = db::run(pool, move |conn| Ok(keys::keyring_of(conn, user_id)?)).await?;
    auth.hasher
        .run(Lane::Accounts, move || {
            match stored.as_ref().map(|ring| ring.open(&password)) {
                Some(Ok(secret)) => Opened {
                    secret,
                    store: None,
                },
                _ => {
                    let (ring, secret) = Keyring::generate(&password);
                    Opened {
                        secret,
                        store: Some(ring),
                    }
                }
            }
        })
        .await
}

/// Stores what [`open`] made, in the caller's transaction: a replaced key pair loses the
/// organisation keys given to the old one.
pub fn store(
    conn: &mut db::DbConnection,
    user_id: i64,
    opened: &Opened,
) -> diesel::QueryResult<()> {
    match &opened.store {
        Some(ring) => keys::replace_keyring(conn, user_id, ring),
        None => Ok(()),
    }
}

/// A new key pair wrapped with a new account's password.
pub async fn make(auth: &AuthState, password: String) -> Result<(Keyring, SecretKey), AppError> {
    auth.hasher
        .run(Lane::Accounts, move || Keyring::generate(&password))
        .await
}

/// The same key pair wrapped with a new password (the organisation keys it was given stay).
pub async fn rewrap(
    auth: &AuthState,
    secret: SecretKey,
    password: String,
) -> Result<(Keyring, SecretKey), AppError> {
    auth.hasher
        .run(Lane::Accounts, move || {
            (Keyring::wrap(&secret, &password), secret)
        })
        .await
}
