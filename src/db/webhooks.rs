//! Partners' webhook endpoints (URL and sealed signing secret) and the webhook events written
//! to the outbox, in the transaction of the referral change they announce.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Nullable, Text};

use super::DbConnection;
use super::schema::{outbox, partner_webhooks};
use crate::domain::complaint::ReferralStatus;
use crate::domain::webhook::Event;

/// What sealing a secret is for (`seal::Key::seal_text`'s purpose).
const PURPOSE: &str = "partner webhook secret";

/// A partner's endpoint as stored.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = partner_webhooks)]
pub struct Endpoint {
    pub organisation_id: i64,
    pub url: String,
    pub secret_sealed: String,
    pub created_at: NaiveDateTime,
    pub rotated_at: NaiveDateTime,
}

pub fn endpoint(conn: &mut DbConnection, organisation_id: i64) -> QueryResult<Option<Endpoint>> {
    partner_webhooks::table
        .find(organisation_id)
        .select(Endpoint::as_select())
        .first(conn)
        .optional()
}

/// Seals a signing secret with the current key.
pub fn seal_secret(keys: &[crate::seal::Key], secret: &str) -> Option<String> {
    keys.first().map(|k| k.seal_text(PURPOSE, secret))
}

/// Opens a sealed secret with any of the keys (a new service secret still opens old ones).
pub fn open_secret(keys: &[crate::seal::Key], sealed: &str) -> Option<String> {
    keys.iter().find_map(|k| k.open_text(PURPOSE, sealed).ok())
}

/// Sets the partner's URL. With `secret_sealed`, the secret is new (first save or
/// rotation); without, the one it has stays (and the partner must have one).
/// Returns false when there was no endpoint and no secret was given.
pub fn save(
    conn: &mut DbConnection,
    organisation_id: i64,
    url: &str,
    secret_sealed: Option<&str>,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    super::transaction(conn, |conn| {
        let exists = endpoint(conn, organisation_id)?.is_some();
        match (exists, secret_sealed) {
            (false, None) => Ok(false),
            (false, Some(sealed)) => {
                diesel::insert_into(partner_webhooks::table)
                    .values((
                        partner_webhooks::organisation_id.eq(organisation_id),
                        partner_webhooks::url.eq(url),
                        partner_webhooks::secret_sealed.eq(sealed),
                        partner_webhooks::created_at.eq(now),
                        partner_webhooks::rotated_at.eq(now),
                    ))
                    .execute(conn)?;
                Ok(true)
            }
            (true, sealed) => {
                diesel::update(partner_webhooks::table.find(organisation_id))
                    .set(partner_webhooks::url.eq(url))
                    .execute(conn)?;
                if let Some(sealed) = sealed {
                    diesel::update(partner_webhooks::table.find(organisation_id))
                        .set((
                            partner_webhooks::secret_sealed.eq(sealed),
                            partner_webhooks::rotated_at.eq(now),
                        ))
                        .execute(conn)?;
                }
                Ok(true)
            }
        }
    })
}

/// Removes the partner's endpoint and the webhooks still waiting for it.
pub fn remove(conn: &mut DbConnection, organisation_id: i64) -> QueryResult<bool> {
    super::transaction(conn, |conn| {
        diesel::delete(
            outbox::table
                .filter(outbox::channel.eq("webhook"))
                .filter(outbox::organisation_id.eq(organisation_id))
                .filter(outbox::state.eq("pending")),
        )
        .execute(conn)?;
        Ok(diesel::delete(partner_webhooks::table.find(organisation_id)).execute(conn)? == 1)
    })
}

/// The partner that filed a referral's complaint, if it has a webhook.
#[derive(Debug, QueryableByName)]
struct Filer {
    #[diesel(sql_type = BigInt)]
    partner: i64,
    #[diesel(sql_type = Nullable<Text>)]
    reference: Option<String>,
    #[diesel(sql_type = Text)]
    url: String,
}

/// Writes the webhook for `event` on a referral whose complaint an intake partner filed,
/// when that partner has an endpoint; nothing otherwise. Call it inside the transaction of
/// the change. The body holds the event's id and type, the time, the complaint's partner
/// reference, the referral's public state and a link — never the complaint's words.
pub fn emit(
    conn: &mut DbConnection,
    referral_id: i64,
    event: Event,
    state: ReferralStatus,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    // Nearly every installation has no partner with a webhook: one cheap read, and the
    // referral's complaint is not looked at.
    let any: bool = diesel::select(diesel::dsl::exists(
        partner_webhooks::table.select(partner_webhooks::organisation_id),
    ))
    .get_result(conn)?;
    if !any {
        return Ok(0);
    }
    // Plain SQL: the partner's columns on `complaints` are the partner branch's schema.
    const FILER: &str = "SELECT c.intake_partner_id AS partner, \
         c.partner_reference AS reference, w.url AS url \
         FROM referrals r JOIN complaints c ON c.id = r.complaint_id \
         JOIN partner_webhooks w ON w.organisation_id = c.intake_partner_id \
         WHERE r.id = $1";
    let filer: Option<Filer> = crate::db_run!(conn, c => diesel::sql_query(FILER)
        .bind::<BigInt, _>(referral_id)
        .get_result(c)
        .optional())?;
    let Some(filer) = filer else { return Ok(0) };
    enqueue(
        conn,
        (filer.partner, &filer.url),
        event,
        &filer.reference.unwrap_or_default(),
        state,
        at,
    )
}

/// Writes one webhook row for a partner (its endpoint `url` names the host shown to
/// administrators): due at once, in the caller's transaction.
pub fn enqueue(
    conn: &mut DbConnection,
    (partner, url): (i64, &str),
    event: Event,
    reference: &str,
    state: ReferralStatus,
    at: NaiveDateTime,
) -> QueryResult<usize> {
    let body = serde_json::json!({
        "id": new_event_id(),
        "type": event.as_str(),
        "occurred_at": at.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string(),
        "partner_reference": reference,
        "state": state.as_str(),
        "link": format!("/api/v1/partner/complaints/{}", encode_segment(reference)),
    });
    let host = url::Url::parse(url)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    diesel::insert_into(outbox::table)
        .values((
            outbox::channel.eq("webhook"),
            outbox::organisation_id.eq(Some(partner)),
            outbox::recipient.eq(host),
            outbox::user_id.eq(None::<i64>),
            outbox::language.eq(crate::i18n::DEFAULT.code),
            outbox::kind.eq(event.as_str()),
            outbox::link.eq(""),
            outbox::params.eq(body.to_string()),
            outbox::state.eq("pending"),
            outbox::attempts.eq(0),
            outbox::due_at.eq(at),
            outbox::created_at.eq(crate::clock::day_of(at)),
        ))
        .execute(conn)
}

/// A random event id for the receiver's de-duplication: `evt_` and 32 hex digits.
fn new_event_id() -> String {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).expect("the system's random source");
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("evt_{hex}")
}

/// A partner's reference as one path segment (RFC 3986 unreserved characters kept).
pub fn encode_segment(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}
