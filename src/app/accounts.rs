//! Account use cases shared by the HTML pages and the JSON API.

use crate::auth::User;
use crate::db::{self, Pool, accounts};
use crate::error::AppError;

/// Revokes the user's current token and records it.
pub async fn revoke(pool: &Pool, user: &User) -> Result<(), AppError> {
    let jti = user.token.jti.clone();
    let expires = chrono::DateTime::from_timestamp(user.token.exp as i64, 0)
        .map(|t| t.naive_utc())
        .unwrap_or_default();
    let id = user.id;
    db::run_write(pool, move |conn| {
        Ok(accounts::sign_out(conn, id, &jti, expires)?)
    })
    .await
}
