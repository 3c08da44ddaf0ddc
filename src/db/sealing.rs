//! Content stored before sealing (issue 14): how much is left (`serve` refuses to start
//! while any is) and `fairrecruit seal-existing`, which seals it all in one transaction.

use diesel::prelude::*;

use crate::db::keys::{self, CaseKeys, Holder};
use crate::db::schema::{
    complaints, organisations, referral_messages, referral_transitions, referrals,
};
use crate::db::{self, DbConnection};
use crate::domain::account::OrganisationKind;
use crate::domain::complaint::{RoutingTarget, split_words};
use crate::error::AppError;
use crate::seal::{Key, PublicKey, RecoveryCode, purpose};

/// Timeline events whose reason staff typed (sealed); the others are the service's own notes.
pub const STAFF_NOTES: [&str; 3] = ["status", "priority", "referred_on"];

/// What is still stored in plain text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unsealed {
    pub complaints: i64,
    pub messages: i64,
    pub notes: i64,
}

impl Unsealed {
    pub fn any(&self) -> bool {
        self.complaints + self.messages + self.notes > 0
    }
}

/// Three counts.
pub fn unsealed(conn: &mut DbConnection) -> QueryResult<Unsealed> {
    Ok(Unsealed {
        complaints: complaints::table
            .filter(complaints::sealed.eq(false))
            .count()
            .get_result(conn)?,
        messages: referral_messages::table
            .filter(referral_messages::sealed.eq(false))
            .count()
            .get_result(conn)?,
        notes: referral_transitions::table
            .filter(referral_transitions::sealed.eq(false))
            .filter(referral_transitions::reason.is_not_null())
            .filter(referral_transitions::event.eq_any(STAFF_NOTES))
            .count()
            .get_result(conn)?,
    })
}

/// What `seal-existing` did: counts, and the recovery code of each organisation whose key
/// pair it made (to hand to that organisation's lead, who replaces it by using it).
#[derive(Debug, Default)]
pub struct Sealed {
    pub counts: Unsealed,
    pub new_keys: Vec<(i64, String, RecoveryCode)>,
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    text.len()
        .is_multiple_of(2)
        .then(|| {
            (0..text.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
                .collect()
        })
        .flatten()
}

/// Seals everything stored before sealing, in one transaction: a crash leaves every row as
/// it was. Each complaint gets its keys; its receipt hash (the argon2id bytes themselves, as
/// stored before) becomes the receipt's key pair and a look-up hash under the current
/// secret (`lookup_key`); organisations without a key pair get one.
pub fn seal_existing(conn: &mut DbConnection, lookup_key: &[u8; 32]) -> Result<Sealed, AppError> {
    db::transaction(conn, |conn| {
        let now = crate::clock::now();
        let mut sealed = Sealed::default();
        for (id, name) in keys::organisations_without_key(conn)? {
            let (_, code) = keys::make_organisation_key(conn, id, now)?;
            sealed.new_keys.push((id, name, code));
        }
        let opened = seal_complaints(conn, lookup_key)?;
        sealed.counts.complaints = opened.len() as i64;
        let org_ids: Vec<i64> = organisations::table.select(organisations::id).load(conn)?;
        let org_keys = keys::organisation_public_keys(conn, &org_ids)?;
        let org_key = |id: i64| {
            org_keys
                .iter()
                .find(|(o, _)| *o == id)
                .map(|(_, k)| k)
                .ok_or_else(|| AppError::Internal(format!("organisation {id} has no key")))
        };
        sealed.counts.messages = seal_messages(conn, &opened, &org_key)?;
        sealed.counts.notes = seal_notes(conn, &org_key)?;
        Ok(sealed)
    })
}

type Old = (
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<i64>,
    String,
);

/// Seals each complaint stored before sealing; returns their keys, opened, for their
/// messages.
fn seal_complaints(
    conn: &mut DbConnection,
    lookup_key: &[u8; 32],
) -> Result<Vec<(i64, CaseKeys)>, AppError> {
    let old: Vec<Old> = complaints::table
        .filter(complaints::sealed.eq(false))
        .select((
            complaints::id,
            complaints::receipt_hash,
            complaints::description,
            complaints::contact_details,
            complaints::safe_times,
            complaints::user_id,
            complaints::contact_kinds,
        ))
        .load(conn)?;
    let mut opened = Vec::with_capacity(old.len());
    for (id, hash, description, contact, safe_times, user, contact_kinds) in old {
        let keys = CaseKeys::generate();
        let contact_key = keys
            .contact
            .as_ref()
            .ok_or_else(|| AppError::Internal("contact key".into()))?;
        // The receipt's argon2id bytes, as stored: its key pair and a look-up hash now.
        let raw = from_hex(&hash).and_then(|raw| Key::from_bytes(&raw).ok());
        let (receipt_key, new_hash) = match raw {
            Some(raw) => (
                crate::auth::receipt::secret_of(&raw).public_key(),
                crate::auth::receipt::lookup_hash(lookup_key, raw.bytes()),
            ),
            None => (crate::seal::SecretKey::generate().public_key(), hash),
        };
        diesel::update(complaints::table.find(id))
            .set((
                complaints::receipt_hash.eq(new_hash),
                complaints::description
                    .eq(description.map(|d| keys.content.seal_text(purpose::DESCRIPTION, &d))),
                complaints::contact_details
                    .eq(contact.map(|d| contact_key.seal_text(purpose::CONTACT, &d))),
                complaints::safe_times
                    .eq(safe_times.map(|t| contact_key.seal_text(purpose::SAFE_TIMES, &t))),
                complaints::sealed.eq(true),
            ))
            .execute(conn)?;
        keys::add_holder(conn, id, Holder::Receipt, &receipt_key, &keys, true)?;
        if let Some(user) = user
            && let Some(ring) = keys::keyring_of(conn, user)?
            && let Ok(public) = PublicKey::from_text(&ring.public_key)
        {
            keys::add_holder(conn, id, Holder::Account, &public, &keys, true)?;
        }
        let targets: Vec<RoutingTarget> = referrals::table
            .inner_join(organisations::table)
            .filter(referrals::complaint_id.eq(id))
            .select((organisations::id, organisations::kind))
            .load::<(i64, String)>(conn)?
            .into_iter()
            .filter_map(|(id, kind)| {
                Some(RoutingTarget {
                    id,
                    kind: OrganisationKind::parse_referral(&kind)?,
                    countries: Vec::new(),
                    sectors: Vec::new(),
                })
            })
            .collect();
        let contact_with = split_words(&contact_kinds, OrganisationKind::parse);
        crate::db::complaints::seal_for(conn, id, &keys, &targets, &contact_with)?;
        opened.push((id, keys));
    }
    Ok(opened)
}

/// Seals each message stored before sealing: a message with its complaint's content key, an
/// internal note to its organisation's key.
fn seal_messages<'k>(
    conn: &mut DbConnection,
    opened: &[(i64, CaseKeys)],
    org_key: &impl Fn(i64) -> Result<&'k PublicKey, AppError>,
) -> Result<i64, AppError> {
    let messages: Vec<(i64, bool, String, i64, i64)> = referral_messages::table
        .inner_join(referrals::table)
        .filter(referral_messages::sealed.eq(false))
        .select((
            referral_messages::id,
            referral_messages::internal,
            referral_messages::body,
            referrals::complaint_id,
            referrals::organisation_id,
        ))
        .load(conn)?;
    let count = messages.len() as i64;
    for (id, internal, body, complaint, organisation) in messages {
        let sealed_body = if internal {
            org_key(organisation)?.seal_text(&body)
        } else {
            let keys = opened
                .iter()
                .find(|(c, _)| *c == complaint)
                .map(|(_, k)| k)
                .ok_or_else(|| AppError::Internal(format!("complaint {complaint} keys")))?;
            keys.content.seal_text(purpose::MESSAGE, &body)
        };
        diesel::update(referral_messages::table.find(id))
            .set((
                referral_messages::body.eq(sealed_body),
                referral_messages::sealed.eq(true),
            ))
            .execute(conn)?;
    }
    Ok(count)
}

/// Seals each reason staff wrote on a timeline before sealing, to its organisation's key.
fn seal_notes<'k>(
    conn: &mut DbConnection,
    org_key: &impl Fn(i64) -> Result<&'k PublicKey, AppError>,
) -> Result<i64, AppError> {
    let notes: Vec<(i64, Option<String>, i64)> = referral_transitions::table
        .inner_join(referrals::table)
        .filter(referral_transitions::sealed.eq(false))
        .filter(referral_transitions::reason.is_not_null())
        .filter(referral_transitions::event.eq_any(STAFF_NOTES))
        .select((
            referral_transitions::id,
            referral_transitions::reason,
            referrals::organisation_id,
        ))
        .load(conn)?;
    let count = notes.len() as i64;
    for (id, reason, organisation) in notes {
        let Some(reason) = reason else { continue };
        diesel::update(referral_transitions::table.find(id))
            .set((
                referral_transitions::reason.eq(org_key(organisation)?.seal_text(&reason)),
                referral_transitions::sealed.eq(true),
            ))
            .execute(conn)?;
    }
    Ok(count)
}

/// After sealing: rewrites the tables it changed so that the plain text they held is not left
/// behind in the database's files — on SQLite the whole file (VACUUM) and its write-ahead log
/// (checkpointed and truncated); on PostgreSQL the three tables (VACUUM FULL; the server's own
/// write-ahead log keeps old pages until it recycles them, see the README).
pub fn compact(conn: &mut DbConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    match conn {
        DbConnection::Sqlite(c) => c.batch_execute("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);"),
        DbConnection::Postgresql(c) => {
            c.batch_execute("VACUUM FULL complaints, referral_messages, referral_transitions;")
        }
    }
}
