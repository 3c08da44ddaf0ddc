//! Hostile input on every complaint, case and tracking form: refused, and nothing stored.

use diesel::prelude::*;
use fairrecruit::db::schema::{referral_transitions, referrals};
use serde_json::json;

use crate::helpers::TestApp;

use super::{complaint, count_complaints, file_api, referral_ids, track_api, world};

#[tokio::test]
async fn hostile_complaint_input_is_refused_and_nothing_is_stored() {
    let w = world().await;
    let browser = w.app.browser();
    let base: Vec<(&str, String)> = vec![
        ("recruiter", w.recruiter.clone()),
        ("origin", "NP".into()),
        ("destination", "QA".into()),
        ("share_with", "labour_inspectorate".into()),
    ];
    let long = "x".repeat(4001);
    let cases: Vec<(&str, &str, &str)> = vec![
        (
            "description",
            "<script>alert(1)</script>",
            "like computer code",
        ),
        (
            "occupation",
            "cook\u{202E}kooc",
            "invisible control characters",
        ),
        ("description", long.as_str(), "too long"),
        (
            "sub_agent_name",
            "<img src=x onerror=alert(1)>",
            "like computer code",
        ),
        ("issues", "flying", "Choose from the list"),
        ("workers_affected", "-4", "number of workers"),
        ("fee_amount", "12.5e3", "amount with digits only"),
        ("origin", "ZZ", "country code"),
    ];
    for (field, value, message) in cases {
        let mut fields: Vec<(&str, &str)> = base
            .iter()
            .filter(|(k, _)| *k != field)
            .map(|(k, v)| (*k, v.as_str()))
            .collect();
        fields.push((field, value));
        fields.push(("fee_currency", "NPR"));
        let res = browser.post_form("/complaints/new?lang=en", &fields).await;
        assert_eq!(res.status().as_u16(), 400, "{field}={value}");
        let page = res.text().await.unwrap();
        assert!(page.contains(message), "{field}: {message}");
        assert!(!page.contains("<script>alert"), "escaped");
        assert!(!page.contains('\u{202E}'), "no raw override shown back");
    }
    // Unknown fields and invalid UTF-8: 400 before anything is read.
    let res = browser
        .post_form(
            "/complaints/new",
            &[("recruiter", &w.recruiter), ("is_admin", "1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let (status, _) = browser
        .post_raw_form(
            "/complaints/new",
            b"origin=NP&destination=QA&description=\xff\xfe",
        )
        .await;
    assert_eq!(status, 400);
    let mut unknown = complaint(&w.recruiter, &["labour_inspectorate"]);
    unknown["user_id"] = json!(1);
    assert_eq!(file_api(&w.app, unknown).await.0, 400);
    let mut huge = complaint(&w.recruiter, &["labour_inspectorate"]);
    huge["description"] = json!("x".repeat(100_000));
    assert_eq!(file_api(&w.app, huge).await.0, 413);
    let mut rtl = complaint(&w.recruiter, &["labour_inspectorate"]);
    rtl["contact_details"] = json!("+974\u{202E}5555");
    rtl["contact_preference"] = json!("contact");
    rtl["contact_with"] = json!(["labour_inspectorate"]);
    let (status, body) = file_api(&w.app, rtl).await;
    assert_eq!(
        (status, body["field"].clone()),
        (400, json!("contact_details"))
    );
    assert_eq!(count_complaints(&w.app).await, 0, "nothing stored");
    assert!(referral_ids(&w.app).await.is_empty());
}

/// (messages, timeline steps, referrals): what a refused form must not have added to.
async fn stored_counts(app: &TestApp) -> (i64, i64, i64) {
    use fairrecruit::db::schema::referral_messages;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let conn = &mut pool.get().unwrap();
        (
            referral_messages::table.count().get_result(conn).unwrap(),
            referral_transitions::table
                .count()
                .get_result(conn)
                .unwrap(),
            referrals::table.count().get_result(conn).unwrap(),
        )
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn every_case_and_track_form_refuses_hostile_input_and_stores_nothing() {
    let w = world().await;
    let (_, filed) = file_api(
        &w.app,
        complaint(&w.recruiter, &["labour_inspectorate", "legal_aid"]),
    )
    .await;
    let receipt = filed["receipt"].as_str().unwrap().to_owned();
    w.app
        .create_organisation("Legal Aid Doha", "legal_aid", &["AE"])
        .await;
    let id = referral_ids(&w.app).await[0].to_string();
    let inspector = w.app.signed_in("inspector_q").await;
    let before = stored_counts(&w.app).await;
    let long = "x".repeat(4001);
    let script = "<script>alert(1)</script>";
    let rtl = "pay\u{202E}ment";
    let case = |path: &str| format!("/cases/{id}/{path}");
    let attempts: Vec<(String, Vec<(&str, &str)>)> = vec![
        (case("message"), vec![("body", script)]),
        (case("message"), vec![("body", rtl)]),
        (case("message"), vec![("body", &long)]),
        (case("message"), vec![("body", "fine"), ("author_id", "1")]),
        (
            case("action"),
            vec![("action", "acknowledge"), ("reason", script)],
        ),
        (
            case("action"),
            vec![("action", "acknowledge"), ("reason", rtl)],
        ),
        (case("action"), vec![("action", "<b>acknowledge</b>")]),
        (
            case("action"),
            vec![("action", "acknowledge"), ("status", "resolved")],
        ),
        (
            case("priority"),
            vec![("priority", "urgent"), ("reason", script)],
        ),
        (
            case("priority"),
            vec![("priority", "urgent"), ("reason", &long)],
        ),
        (
            case("priority"),
            vec![("priority", "0"), ("reason", "fine")],
        ),
        (
            case("refer"),
            vec![("organisation", "<script>"), ("reason", "fine")],
        ),
        (
            case("refer"),
            vec![("organisation", "99999"), ("reason", rtl)],
        ),
        (case("group"), vec![("recruiter", "x")]),
    ];
    for (path, fields) in &attempts {
        let res = inspector.post_form(path, fields).await;
        assert_eq!(res.status().as_u16(), 400, "{path} {fields:?}");
        let page = res.text().await.unwrap();
        assert!(!page.contains("<script>alert"), "{path}: escaped");
    }
    let worker = w.app.browser();
    let tracked: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("/track", vec![("receipt", script)]),
        ("/track", vec![("receipt", &receipt), ("extra", "1")]),
        (
            "/track/message",
            vec![("receipt", &receipt), ("referral", &id), ("body", script)],
        ),
        (
            "/track/message",
            vec![("receipt", &receipt), ("referral", &id), ("body", rtl)],
        ),
        (
            "/track/message",
            vec![("receipt", &receipt), ("referral", &id), ("body", &long)],
        ),
        (
            "/track/message",
            vec![
                ("receipt", &receipt),
                ("referral", "<script>"),
                ("body", "ok"),
            ],
        ),
        ("/track/withdraw", vec![("receipt", &receipt)]),
        (
            "/track/withdraw",
            vec![("receipt", &receipt), ("confirm", "yes"), ("why", "x")],
        ),
    ];
    for (path, fields) in &tracked {
        let res = worker.post_form(path, fields).await;
        assert_eq!(res.status().as_u16(), 400, "{path} {fields:?}");
    }
    assert_eq!(stored_counts(&w.app).await, before, "nothing stored");
    let (_, body) = track_api(&w.app, &receipt).await;
    assert_eq!(body["withdrawn"], false);
}
