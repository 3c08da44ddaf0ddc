//! Intake partners' API keys (issue 18): only the SHA-256 of each key's 256-bit secret is
//! stored. A key is looked up by its id, then its hash compared in constant time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{organisations, partner_keys};

/// `last_used_at` is written at most this often per key, so a busy bot does not write a row
/// on every request.
pub const LAST_USED_GRANULARITY_SECONDS: i64 = 60;

/// A key that opened: its id and its partner organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ValidKey {
    pub key_id: i64,
    pub organisation_id: i64,
}

/// The key `key_id` if its stored hash equals `secret_hash` (compared in constant time), it
/// is neither revoked nor expired at `now`, and its organisation is still an intake partner;
/// `None` otherwise, without saying which. Notes the use (at most once a minute).
pub fn authenticate(
    conn: &mut DbConnection,
    key_id: i64,
    secret_hash: &str,
    now: NaiveDateTime,
) -> QueryResult<Option<ValidKey>> {
    type Row = (
        i64,
        String,
        NaiveDateTime,
        Option<NaiveDateTime>,
        Option<NaiveDateTime>,
        String,
    );
    let row: Option<Row> = partner_keys::table
        .inner_join(organisations::table)
        .filter(partner_keys::id.eq(key_id))
        .select((
            partner_keys::organisation_id,
            partner_keys::secret_hash,
            partner_keys::expires_at,
            partner_keys::revoked_at,
            partner_keys::last_used_at,
            organisations::kind,
        ))
        .first(conn)
        .optional()?;
    let Some((organisation_id, stored, expires_at, revoked_at, last_used_at, kind)) = row else {
        return Ok(None);
    };
    let matches = crate::auth::constant_time_eq(stored.as_bytes(), secret_hash.as_bytes());
    if !matches || revoked_at.is_some() || expires_at <= now || kind != "intake_partner" {
        return Ok(None);
    }
    let stale =
        last_used_at.is_none_or(|at| (now - at).num_seconds() >= LAST_USED_GRANULARITY_SECONDS);
    if stale {
        diesel::update(partner_keys::table.find(key_id))
            .set(partner_keys::last_used_at.eq(now))
            .execute(conn)?;
    }
    Ok(Some(ValidKey {
        key_id,
        organisation_id,
    }))
}
