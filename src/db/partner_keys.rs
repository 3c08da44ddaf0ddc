//! Intake partners' API keys (issue 18): only the SHA-256 of each key's 256-bit secret is
//! stored. A key is looked up by its id, then its hash compared in constant time.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::accounts::{AuditEvent, Outcome, record};
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

/// A key as the administrator's list shows it (never its hash).
#[derive(Debug, Clone, Queryable)]
pub struct KeyLine {
    pub id: i64,
    pub name: String,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub revoked_at: Option<NaiveDateTime>,
    pub last_used_at: Option<NaiveDateTime>,
}

/// A partner's keys, newest first: one query.
pub fn keys_of(conn: &mut DbConnection, organisation_id: i64) -> QueryResult<Vec<KeyLine>> {
    partner_keys::table
        .filter(partner_keys::organisation_id.eq(organisation_id))
        .order(partner_keys::id.desc())
        .select((
            partner_keys::id,
            partner_keys::name,
            partner_keys::created_at,
            partner_keys::expires_at,
            partner_keys::revoked_at,
            partner_keys::last_used_at,
        ))
        .load(conn)
}

/// Makes a key for the intake partner `organisation_id`, named `name`, valid until
/// `expires_at`, with its audit event (`partner_key_issued`), in one transaction. Returns the
/// key's text, to be shown once. `None` when the organisation is not an intake partner.
pub fn issue(
    conn: &mut DbConnection,
    organisation_id: i64,
    name: &str,
    expires_at: NaiveDateTime,
    actor: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<Option<String>> {
    crate::db::transaction(conn, |conn| {
        let kind: Option<String> = organisations::table
            .find(organisation_id)
            .select(organisations::kind)
            .first(conn)
            .optional()?;
        if kind.as_deref() != Some("intake_partner") {
            return Ok(None);
        }
        // The row first (its id is part of the key), then the hash of the secret made for it.
        let id: i64 = diesel::insert_into(partner_keys::table)
            .values((
                partner_keys::organisation_id.eq(organisation_id),
                partner_keys::name.eq(name),
                partner_keys::secret_hash.eq(""),
                partner_keys::created_by.eq(actor),
                partner_keys::created_at.eq(now),
                partner_keys::expires_at.eq(expires_at),
            ))
            .returning(partner_keys::id)
            .get_result(conn)?;
        let (text, hash) = crate::auth::partner::new_key(id);
        diesel::update(partner_keys::table.find(id))
            .set(partner_keys::secret_hash.eq(hash))
            .execute(conn)?;
        let mut event = AuditEvent::new("partner_key_issued", Outcome::Success)
            .organisation(organisation_id)
            .detail(format!("key={id} expires={}", expires_at.date()));
        if let Some(actor) = actor {
            event = event.actor(actor);
        }
        record(conn, &event)?;
        Ok(Some(text))
    })
}

/// Revokes key `key_id` of `organisation_id` (from now on every request with it is a 401),
/// with its audit event (`partner_key_revoked`), in one transaction. `false` when the
/// partner has no such key or it was revoked already.
pub fn revoke(
    conn: &mut DbConnection,
    organisation_id: i64,
    key_id: i64,
    actor: Option<i64>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    crate::db::transaction(conn, |conn| {
        let changed = diesel::update(
            partner_keys::table
                .filter(partner_keys::id.eq(key_id))
                .filter(partner_keys::organisation_id.eq(organisation_id))
                .filter(partner_keys::revoked_at.is_null()),
        )
        .set((
            partner_keys::revoked_at.eq(now),
            partner_keys::revoked_by.eq(actor),
        ))
        .execute(conn)?;
        if changed == 0 {
            return Ok(false);
        }
        let mut event = AuditEvent::new("partner_key_revoked", Outcome::Success)
            .organisation(organisation_id)
            .detail(format!("key={key_id}"));
        if let Some(actor) = actor {
            event = event.actor(actor);
        }
        record(conn, &event)?;
        Ok(true)
    })
}
