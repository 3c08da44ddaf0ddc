//! `serve --demo`, complaints part: staff accounts with documented passwords in the demo
//! organisations, and fictional complaints in several states so a newcomer can sign in as an
//! inspector and see a queue. Every account name starts with `demo_`; every story is made up.
//! Two demo complaints have a published receipt ([`RECEIPTS`]) to try `/track`; the others'
//! are random and held by nobody.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::auth::receipt::derive_with;
use crate::auth::token::Keys;
use crate::db::DbConnection;
use crate::db::accounts::{self, NewAccount};
use crate::db::complaints::{self as store, FiledBy};
use crate::db::keys::CaseKeys;
use crate::db::schema::{organisations, recruiters, referrals};
use crate::domain::account::{NewPassword, OrgRole, Role, Username};
use crate::domain::complaint::{CaseAction, CloseReason, ComplaintInput, Filer, Outcome, Receipt};
use crate::error::AppError;
use crate::seal::{SecretKey, purpose};

/// (username, password, role, organisation name, lead). Documented in the README.
pub const STAFF: &[(&str, &str, Role, &str, bool)] = &[
    (
        "demo_inspector",
        "demo-doha-inspector-rain-41",
        Role::Inspector,
        "Labour Inspectorate of Qatar (demo)",
        true,
    ),
    (
        "demo_dofe",
        "demo-kathmandu-desk-lamp-72",
        Role::Inspector,
        "Department of Foreign Employment (demo)",
        false,
    ),
    (
        "demo_union",
        "demo-union-banner-river-35",
        Role::UnionOfficer,
        "Migrant Workers' Union (demo)",
        false,
    ),
    (
        "demo_legal",
        "demo-legal-aid-teacup-58",
        Role::Caseworker,
        "Legal Aid for Domestic Workers (demo)",
        true,
    ),
];

/// The demo staff's second factor, published in the README so that anyone trying the demo
/// can sign in: add it to an authenticator app, or run `fairrecruit demo-code` for the code
/// of the moment. Never use a published secret for a real account.
pub const SECOND_FACTOR: &str = "FAIRRECRUITDEMOSECONDFACTORKEY23";

fn organisation_id(conn: &mut DbConnection, name: &str) -> Result<i64, AppError> {
    Ok(organisations::table
        .filter(organisations::name.eq(name))
        .select(organisations::id)
        .first(conn)?)
}

fn recruiter_id(conn: &mut DbConnection, licence: &str) -> Result<String, AppError> {
    Ok(recruiters::table
        .filter(recruiters::licence_number.eq(licence))
        .select(recruiters::public_id)
        .first(conn)?)
}

/// A fictional complaint, filed `days_ago`; returns its referrals as (id, organisation).
fn complaint(
    conn: &mut DbConnection,
    input: ComplaintInput,
    days_ago: i64,
    now: NaiveDateTime,
    receipt: Option<(&Keys, &str)>,
) -> Result<Vec<(i64, i64)>, AppError> {
    Ok(complaint_with_keys(conn, input, days_ago, now, receipt)?.0)
}

/// [`complaint`], with the complaint's keys (to seal the demo's messages with).
fn complaint_with_keys(
    conn: &mut DbConnection,
    input: ComplaintInput,
    days_ago: i64,
    now: NaiveDateTime,
    receipt: Option<(&Keys, &str)>,
) -> Result<(Vec<(i64, i64)>, CaseKeys), AppError> {
    use chrono::Datelike;
    let draft = input.parse(Filer::Anonymous, now.year())?;
    // Two demo complaints have a published receipt (see [`RECEIPTS`]); nobody holds the
    // others' (a random receipt, never shown).
    let derived = match receipt {
        Some((keys, digits)) => {
            let receipt =
                Receipt::parse(digits).ok_or_else(|| AppError::Internal("demo receipt".into()))?;
            derive_with(keys.receipt_salt(), keys.receipt_lookup_keys(), &receipt)
        }
        None => derive_with(&[0; 16], &[[0; 32]], &Receipt::generate()),
    };
    let keys = CaseKeys::generate();
    let sealing = store::Sealing {
        receipt_hash: derived.current(),
        receipt_key: &derived.secret.public_key(),
        keys: &keys,
    };
    let filed = store::file(
        conn,
        &draft,
        &sealing,
        FiledBy::default(),
        now - Duration::days(days_ago),
    )?;
    let referrals = referrals::table
        .filter(referrals::complaint_id.eq(filed.complaint_id))
        .order(referrals::id)
        .select((referrals::id, referrals::organisation_id))
        .load(conn)?;
    Ok((referrals, keys))
}

fn words(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// Receipts of two demo complaints, printed in the README so a newcomer can try `/track`:
/// a question from the inspectorate waiting for the worker, and a resolved case.
pub const RECEIPTS: [&str; 2] = ["1111 2222 3333 4444", "5555 6666 7777 8888"];

/// Adds the demo staff and complaints (in the caller's transaction); `receipt_key` holds the
/// installation's receipt salt and look-up keys, so the demo receipts work on this
/// installation; each member is given their organisation's key.
pub fn seed(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    receipt_key: &Keys,
    organisation_keys: &[(i64, SecretKey)],
) -> Result<(), AppError> {
    let staff = create_staff(conn, receipt_key, organisation_keys, now)?;
    // The union officer watches two agencies (a week on, the summary has news of them).
    for licence in ["DEMO-NP-0103", "DEMO-NP-0101"] {
        crate::db::watchlist::watch(conn, staff[2].1, licence, now - Duration::days(10))?;
    }
    let filed = file_complaints(conn, now, receipt_key)?;
    // The inspectorate (the first organisation) has worked on some of them.
    answer_complaints(conn, now, staff[0], &filed)?;
    store::mark_overdue(conn, now)?;
    Ok(())
}

/// The demo staff accounts: (organisation id, account id) in [`STAFF`]'s order.
fn create_staff(
    conn: &mut DbConnection,
    keys: &Keys,
    organisation_keys: &[(i64, SecretKey)],
    now: NaiveDateTime,
) -> Result<Vec<(i64, i64)>, AppError> {
    let mut staff = Vec::new();
    for (username, password, role, organisation, lead) in STAFF {
        let org = organisation_id(conn, organisation)?;
        let name = Username::parse(username)?;
        let password = NewPassword::parse("password", password, &[username])?;
        let hash = crate::auth::password::hash_now(password.expose())
            .map_err(|e| AppError::Internal(e.to_string()))?;
        let standing = if *lead {
            OrgRole::Lead
        } else {
            OrgRole::Member
        };
        let id = accounts::create(
            conn,
            &NewAccount {
                username: &name,
                role: *role,
                organisation: Some((org, standing)),
                password_hash: &hash,
            },
        )?;
        // Mail goes to the reserved example.org domain: with the default file transport,
        // `serve --demo` writes the demo's notifications as .eml files to read.
        accounts::set_email(conn, id, Some(&format!("{username}@example.org")))?;
        let (ring, _) = crate::seal::Keyring::generate(password.expose());
        crate::db::keys::store_keyring(conn, id, &ring)?;
        if let Some((_, secret)) = organisation_keys.iter().find(|(o, _)| *o == org) {
            crate::db::keys::grant(conn, org, id, secret, now)?;
        }
        // Staff sign in with a second factor: the published demo one, without recovery codes.
        let second = crate::auth::second_factor::Secret::from_base32(SECOND_FACTOR)
            .ok_or_else(|| AppError::Internal("the demo second factor is base32".into()))?;
        crate::db::second_factors::enrol(conn, id, &second.seal(keys), 0, &[], now)?;
        staff.push((org, id));
    }
    Ok(staff)
}

/// The complaints the inspectorate has taken up: each one's referrals, (referral, organisation).
struct Filed {
    fees: (Vec<(i64, i64)>, CaseKeys),
    substituted: Vec<(i64, i64)>,
    resolved: Vec<(i64, i64)>,
    closed: Vec<(i64, i64)>,
}

/// Seven fictional complaints in several corridors and states.
fn file_complaints(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    receipt_key: &Keys,
) -> Result<Filed, AppError> {
    let everest = recruiter_id(conn, "DEMO-NP-0103")?;
    let sagarmatha = recruiter_id(conn, "DEMO-NP-0101")?;
    let np_qa = |recruiter: &str, kinds: &[&str]| ComplaintInput {
        recruiter: recruiter.to_owned(),
        origin: "NP".into(),
        destination: "QA".into(),
        share_with: words(kinds),
        ..ComplaintInput::default()
    };

    // In danger, passport kept, never acknowledged: overdue, escalated to the lead.
    complaint(
        conn,
        ComplaintInput {
            in_danger: "on".into(),
            stage: "at_destination".into(),
            sector: "construction".into(),
            issues: words(&["retention_of_documents", "restriction_of_movement", "withholding_of_wages"]),
            workers_affected: "6".into(),
            remedies: words(&["documents_returned", "repatriation"]),
            description: "(demo) Our supervisor keeps all six passports in his office and we are not allowed to leave the camp on Fridays.".into(),
            ..np_qa(&everest, &["labour_inspectorate", "origin_authority", "trade_union"])
        },
        12,
        now,
        None,
    )?;
    // Fees charged; the inspectorate asked the worker a question.
    let fees = complaint_with_keys(
        conn,
        ComplaintInput {
            issues: words(&["fees_charged", "debt_bondage"]),
            fee_amount: "150000".into(),
            fee_currency: "NPR".into(),
            remedies: words(&["refund"]),
            stage: "at_destination".into(),
            description: "(demo) I paid 150,000 rupees to the agency in Kathmandu and borrowed it from a moneylender at 36% a year.".into(),
            ..np_qa(&sagarmatha, &["labour_inspectorate", "origin_authority"])
        },
        4,
        now,
        Some((receipt_key, RECEIPTS[0])),
    )?;
    // Contract substituted for twelve workers; the contact only for the inspectorate.
    let substituted = complaint(
        conn,
        ComplaintInput {
            issues: words(&["contract_substitution", "job_deception"]),
            workers_affected: "12".into(),
            promised_wage: "1800".into(),
            actual_wage: "1100".into(),
            wage_currency: "QAR".into(),
            contact_preference: "contact".into(),
            contact_details: "Signal +974 5555 0199 (demo)".into(),
            safe_times: "After 21:00, not on Fridays".into(),
            contact_with: words(&["labour_inspectorate"]),
            ..np_qa(&everest, &["labour_inspectorate", "trade_union"])
        },
        6,
        now,
        None,
    )?;
    // Resolved with money recovered.
    let resolved = complaint(
        conn,
        ComplaintInput {
            issues: words(&["wages_unpaid"]),
            remedies: words(&["unpaid_wages"]),
            ..np_qa(&sagarmatha, &["labour_inspectorate"])
        },
        40,
        now,
        Some((receipt_key, RECEIPTS[1])),
    )?;
    // Closed: the employer is outside Qatar.
    let closed = complaint(
        conn,
        ComplaintInput {
            issues: words(&["job_deception"]),
            ..np_qa(&sagarmatha, &["labour_inspectorate"])
        },
        20,
        now,
        None,
    )?;
    file_elsewhere(conn, now)?;

    Ok(Filed {
        fees,
        substituted,
        resolved,
        closed,
    })
}

/// The complaints outside Nepal → Qatar: one to legal aid, one that nobody covers.
fn file_elsewhere(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), AppError> {
    let manila = recruiter_id(conn, "DEMO-PH-0201")?;
    let padma = recruiter_id(conn, "DEMO-BD-0301")?;
    // Domestic work, PH→SA, to legal aid.
    complaint(
        conn,
        ComplaintInput {
            recruiter: manila,
            origin: "PH".into(),
            destination: "SA".into(),
            sector: "domestic_work".into(),
            issues: words(&["isolation", "excessive_overtime", "documents_retained"]),
            share_with: words(&["legal_aid"]),
            ..ComplaintInput::default()
        },
        2,
        now,
        None,
    )?;
    // Nobody covers it: it waits in the administrators' list.
    complaint(
        conn,
        ComplaintInput {
            recruiter: padma,
            origin: "BD".into(),
            destination: "MY".into(),
            issues: words(&["fees_charged"]),
            share_with: words(&["legal_aid"]),
            ..ComplaintInput::default()
        },
        1,
        now,
        None,
    )?;
    Ok(())
}

/// The inspectorate's work on its referrals: questions, notes, an outcome, a closure.
fn answer_complaints(
    conn: &mut DbConnection,
    now: NaiveDateTime,
    (qatar, inspector): (i64, i64),
    filed: &Filed,
) -> Result<(), AppError> {
    // Staff's notes are sealed to their organisation's key, messages with the complaint's.
    let org_key = crate::db::keys::organisation_public_keys(conn, &[qatar])?
        .pop()
        .map(|(_, k)| k)
        .ok_or_else(|| AppError::Internal("the demo inspectorate has a key".into()))?;
    let act = |conn: &mut DbConnection,
               id: i64,
               action: CaseAction,
               reason: Option<&str>,
               days_ago: i64| {
        let sealed = reason.map(|r| org_key.seal_text(r));
        store::act(
            conn,
            id,
            qatar,
            inspector,
            &action,
            sealed.as_deref(),
            false,
            now - Duration::days(days_ago),
        )
    };

    let in_qatar = |list: &[(i64, i64)]| {
        list.iter()
            .find(|(_, org)| *org == qatar)
            .map(|(id, _)| *id)
    };
    if let Some(id) = in_qatar(&filed.fees.0) {
        act(conn, id, CaseAction::Acknowledge, None, 3)?;
        act(conn, id, CaseAction::Investigate, None, 2)?;
        let content = &filed.fees.1.content;
        store::staff_message(
            conn,
            id,
            qatar,
            inspector,
            &content.seal_text(
                purpose::MESSAGE,
                "(demo) Did the agency give you a receipt for the 150,000 rupees?",
            ),
            false,
            now - Duration::days(1),
        )?;
        store::staff_message(
            conn,
            id,
            qatar,
            inspector,
            &org_key.seal_text("(demo) Internal: same agency as two other cases this month."),
            true,
            now - Duration::days(1),
        )?;
        act(conn, id, CaseAction::AskWorker, Some("Receipt needed"), 1)?;
    }
    if let Some(id) = in_qatar(&filed.substituted) {
        act(conn, id, CaseAction::Acknowledge, None, 5)?;
    }
    if let Some(id) = in_qatar(&filed.resolved) {
        act(conn, id, CaseAction::Acknowledge, None, 38)?;
        act(conn, id, CaseAction::Investigate, None, 35)?;
        let outcome = Outcome::parse(&words(&["money_recovered"]), "4500", "QAR")?;
        act(
            conn,
            id,
            CaseAction::Resolve(outcome),
            Some("Employer paid three months' wages"),
            10,
        )?;
    }
    if let Some(id) = in_qatar(&filed.closed) {
        act(
            conn,
            id,
            CaseAction::Close(CloseReason::OutOfJurisdiction),
            Some("The employer is in Oman; referred the worker to the union"),
            18,
        )?;
    }
    Ok(())
}
