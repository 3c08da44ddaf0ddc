//! A new service secret, and content stored before sealing (`seal-existing`).

use super::*;

const OLD_RECRUITER: &str = "INSERT INTO recruiters (id, public_id, name, name_norm, name_key, listing, \
     is_sub_agent, created_at, updated_at) VALUES (1, 'abcdefghijkm', 'Old Agency', 'old agency', \
     'old agency', 'listed', FALSE, '2025-01-01 00:00:00', '2025-01-01 00:00:00')";
const OLD_ORGANISATION: &str = "INSERT INTO organisations (id, name, kind, sectors, acknowledge_days, \
     answer_days, created_at, updated_at) VALUES (1, 'Old Inspectorate', 'labour_inspectorate', '', \
     7, 90, '2025-01-01 00:00:00', '2025-01-01 00:00:00')";

/// Rows written as the release before sealing wrote them, then this release's migrations.
fn as_the_old_release(conn: &mut db::DbConnection, statements: &[&str]) {
    db::run_migrations_through(conn, "2026-12-03-000016").unwrap();
    for sql in statements {
        diesel::sql_query(*sql).execute(conn).unwrap();
    }
    db::run_migrations(conn).unwrap();
}

#[tokio::test]
async fn a_new_service_secret_signs_people_out_and_keeps_receipts_working() {
    let w = world().await;
    let receipt = sealed_complaint(&w.app, &w.recruiter, &["labour_inspectorate"]).await;
    let old = w.app.jwt_secret.clone();
    let token = w.app.api_token("inspector_q", PASSWORD).await;
    let new = "a brand new service secret of 32 bytes or more";
    // Rotated: the new secret first, the old one kept for receipts.
    let (rotated, handle) = server_with_secret(&w.app.database_url, &format!("{new},{old}")).await;
    let (s, tracked) = track_at(&rotated, &receipt).await;
    assert_eq!(s, 200, "{tracked}");
    assert!(
        tracked["description"]
            .as_str()
            .unwrap()
            .contains(CANARIES[0])
    );
    let res = reqwest::Client::new()
        .get(format!("{rotated}/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401, "signed out by the new secret");
    handle.stop(true).await;
    // Looked up once under the new secret, the receipt was stored under it: the old secret
    // may now be dropped.
    let (alone, handle) = server_with_secret(&w.app.database_url, new).await;
    let (s, tracked) = track_at(&alone, &receipt).await;
    assert_eq!(s, 200);
    assert!(
        tracked["description"]
            .as_str()
            .unwrap()
            .contains(CANARIES[0])
    );
    handle.stop(true).await;
    // A secret that never knew the receipt does not find it.
    let (stranger, handle) = server_with_secret(
        &w.app.database_url,
        "a third secret that never knew this receipt",
    )
    .await;
    let (s, _) = track_at(&stranger, &receipt).await;
    assert_eq!(s, 404);
    handle.stop(true).await;
}

#[tokio::test]
async fn content_stored_before_sealing_blocks_serve_until_seal_existing_seals_it() {
    use fairrecruit::auth::receipt::derive_with;
    use fairrecruit::auth::token::Keys;
    use fairrecruit::db::schema::{complaints, referral_messages, referral_transitions};
    use fairrecruit::domain::complaint::Receipt;
    let (url, _db) = crate::helpers::fresh_database();
    let secret = "the secret the old release ran with: 32 bytes+";
    let keys = Keys::from_secret(secret.as_bytes());
    let receipt = Receipt::parse("1234 5678 9012 3456").unwrap();
    // The old release stored the receipt as its argon2id bytes, salted from the secret.
    let legacy = derive_with(
        keys.first_receipt_salt(),
        keys.receipt_lookup_keys(),
        &receipt,
    )
    .legacy()
    .to_owned();
    let pool = db::build_pool(&url, 1);
    let complaint = format!(
        "INSERT INTO complaints (id, receipt_hash, recruiter_id, origin, destination, issues, in_danger, \
         workers_affected, remedies, cost_categories, description, share_kinds, contact_kinds, \
         contact_preference, contact_details, withdrawn, received_on) \
         VALUES (1, '{legacy}', 1, 'NP', 'QA', '', FALSE, 1, '', '', 'OLDWORDS44', \
         'labour_inspectorate', 'labour_inspectorate', 'contact', 'OLDPHONE55', FALSE, '2025-01-01 00:00:00')"
    );
    as_the_old_release(
        &mut pool.get().unwrap(),
        &[
            OLD_RECRUITER,
            &complaint,
            OLD_ORGANISATION,
            "INSERT INTO organisation_countries (organisation_id, country) VALUES (1, 'QA')",
            "INSERT INTO referrals (id, complaint_id, organisation_id, recruiter_id, status, priority, priority_overridden, \
             opened_on, acknowledge_by, answer_by, acknowledge_escalated, answer_escalated, updated_at) \
             VALUES (1, 1, 1, 1, 'investigating', 2, FALSE, '2025-01-01 00:00:00', '2025-01-08 00:00:00', \
             '2025-04-01 00:00:00', FALSE, FALSE, '2025-01-01 00:00:00')",
            "INSERT INTO referral_messages (referral_id, occurred_at, from_worker, internal, body) \
             VALUES (1, '2025-01-02 00:00:00', FALSE, FALSE, 'OLDQUESTION11'), \
                    (1, '2025-01-02 00:00:00', FALSE, TRUE, 'OLDNOTE22')",
            "INSERT INTO referral_transitions (referral_id, occurred_at, event, from_status, to_status, reason) \
             VALUES (1, '2025-01-02 00:00:00', 'status', 'new', 'investigating', 'OLDREASON33')",
        ],
    );
    let mut config = Config::for_database(url.clone());
    config.auth.jwt_secret = Some(secret.to_owned());
    let refused = Application::build(config.clone())
        .await
        .err()
        .expect("refused");
    assert!(
        refused.to_string().contains("fairrecruit seal-existing"),
        "{refused}"
    );

    let sealed = {
        let mut conn = pool.get().unwrap();
        db::keys::receipt_salt(&mut conn, keys.first_receipt_salt()).unwrap();
        let sealed = db::sealing::seal_existing(&mut conn, &keys.receipt_lookup_keys()[0]).unwrap();
        db::sealing::compact(&mut conn).unwrap();
        sealed
    };
    assert_eq!(
        (
            sealed.counts.complaints,
            sealed.counts.messages,
            sealed.counts.notes
        ),
        (1, 2, 1)
    );
    assert_eq!(sealed.new_keys.len(), 1, "the old organisation got its key");
    let bytes = database_bytes(&url);
    for old in [
        "OLDQUESTION11",
        "OLDNOTE22",
        "OLDREASON33",
        "OLDWORDS44",
        "OLDPHONE55",
    ] {
        assert!(!holds(&bytes, old), "{old} is still in the database");
    }
    {
        let mut conn = pool.get().unwrap();
        let left: (i64, i64, i64) = (
            complaints::table
                .filter(complaints::sealed.eq(false))
                .count()
                .get_result(&mut conn)
                .unwrap(),
            referral_messages::table
                .filter(referral_messages::sealed.eq(false))
                .count()
                .get_result(&mut conn)
                .unwrap(),
            referral_transitions::table
                .filter(referral_transitions::sealed.eq(false))
                .count()
                .get_result(&mut conn)
                .unwrap(),
        );
        assert_eq!(left, (0, 0, 0));
    }
    // Now it serves, and the old receipt opens the old words.
    let app = Application::build(config)
        .await
        .expect("serves once sealed");
    let address = format!("http://127.0.0.1:{}", app.port());
    let handle = app.handle();
    tokio::spawn(app.run_until_stopped());
    let (s, tracked) = track_at(&address, "1234-5678-9012-3456").await;
    assert_eq!(s, 200, "{tracked}");
    assert_eq!(tracked["description"], "OLDWORDS44");
    assert!(tracked.to_string().contains("OLDQUESTION11"));
    handle.stop(true).await;
}

#[test]
fn a_failure_in_the_middle_of_seal_existing_leaves_every_row_as_it_was() {
    use fairrecruit::db::schema::complaints;
    let (url, _db) = crate::helpers::fresh_database();
    let pool = db::build_pool(&url, 1);
    let mut conn = pool.get().unwrap();
    as_the_old_release(
        &mut conn,
        &[
            OLD_RECRUITER,
            OLD_ORGANISATION,
            "INSERT INTO complaints (id, receipt_hash, recruiter_id, origin, destination, issues, in_danger, \
         workers_affected, remedies, cost_categories, description, share_kinds, contact_kinds, \
         contact_preference, withdrawn, received_on) \
         VALUES (1, 'not-hex', 1, 'NP', 'QA', '', FALSE, 1, '', '', 'OLDWORDS66', \
         'labour_inspectorate', '', 'receipt_only', FALSE, '2025-01-01 00:00:00'), \
                (2, 'not-hex-2', 1, 'NP', 'QA', '', FALSE, 1, '', '', 'OLDWORDS77', \
         'labour_inspectorate', '', 'receipt_only', FALSE, '2025-01-01 00:00:00')",
            "INSERT INTO referrals (id, complaint_id, organisation_id, recruiter_id, status, priority, priority_overridden, \
         opened_on, acknowledge_by, answer_by, acknowledge_escalated, answer_escalated, updated_at) \
         VALUES (1, 2, 1, 1, 'new', 2, FALSE, '2025-01-01 00:00:00', '2025-01-08 00:00:00', \
         '2025-04-01 00:00:00', FALSE, FALSE, '2025-01-01 00:00:00')",
            "INSERT INTO referral_messages (referral_id, occurred_at, from_worker, internal, body) \
         VALUES (1, '2025-01-02 00:00:00', TRUE, FALSE, 'OLDREPLY88')",
        ],
    );
    // As if complaint 2 had been sealed by an earlier run while its message was not: the
    // message's keys cannot be found, and sealing stops half-way.
    diesel::update(complaints::table.find(2))
        .set(complaints::sealed.eq(true))
        .execute(&mut conn)
        .unwrap();
    assert!(db::sealing::seal_existing(&mut conn, &[1; 32]).is_err());
    let left = db::sealing::unsealed(&mut conn).unwrap();
    assert_eq!(
        (left.complaints, left.messages),
        (1, 1),
        "nothing half-done"
    );
    let words: Option<String> = complaints::table
        .find(1)
        .select(complaints::description)
        .first(&mut conn)
        .unwrap();
    assert_eq!(
        words.as_deref(),
        Some("OLDWORDS66"),
        "as it was, readable as before"
    );
    assert!(
        db::keys::organisations_without_key(&mut conn)
            .unwrap()
            .len()
            == 1
    );
}
