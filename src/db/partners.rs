//! What an intake partner filed (issue 18): the worker's consent it attested, stored in the
//! filing's own transaction, and its complaints found again by its own reference — only its
//! own: another partner's reference is as unknown as one never used.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{complaints, partner_attestations};
use crate::domain::partner::Attestation;

/// A partner filing for a worker: the partner, the key it used, its reference for the
/// conversation (complaints only) and what the worker agreed to.
#[derive(Debug, Clone)]
pub struct PartnerIntake {
    pub organisation_id: i64,
    pub key_id: i64,
    pub reference: Option<String>,
    pub attestation: Attestation,
}

/// What was filed: a complaint or a review.
#[derive(Debug, Clone, Copy)]
pub enum Attested {
    Complaint(i64),
    Review(i64),
}

/// Records the attestation of `intake` for what was filed. `share_kinds` and `contact_kinds`
/// are the complaint's (empty for a review).
pub fn attest(
    conn: &mut DbConnection,
    intake: &PartnerIntake,
    filed: Attested,
    share_kinds: &str,
    contact_kinds: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    let (complaint, review) = match filed {
        Attested::Complaint(id) => (Some(id), None),
        Attested::Review(id) => (None, Some(id)),
    };
    diesel::insert_into(partner_attestations::table)
        .values((
            partner_attestations::organisation_id.eq(intake.organisation_id),
            partner_attestations::key_id.eq(intake.key_id),
            partner_attestations::complaint_id.eq(complaint),
            partner_attestations::review_id.eq(review),
            partner_attestations::share_kinds.eq(share_kinds),
            partner_attestations::contact_kinds.eq(contact_kinds),
            partner_attestations::language.eq(intake.attestation.language),
            partner_attestations::channel.eq(intake.attestation.channel.as_str()),
            partner_attestations::consented_at.eq(intake.attestation.consented_at),
            partner_attestations::recorded_at.eq(now),
        ))
        .execute(conn)
        .map(drop)
}

/// The complaint `organisation_id` filed under `reference`: its id and receipt hash (what
/// `db::complaints::tracked` reads it by). `None` for another partner's reference.
pub fn complaint_by_reference(
    conn: &mut DbConnection,
    organisation_id: i64,
    reference: &str,
) -> QueryResult<Option<(i64, String)>> {
    complaints::table
        .filter(complaints::intake_partner_id.eq(organisation_id))
        .filter(complaints::partner_reference.eq(reference))
        .select((complaints::id, complaints::receipt_hash))
        .first(conn)
        .optional()
}
