//! Filing a complaint: by the worker on the form, by a caseworker for a worker, one no
//! organisation covers, and in the worker's language.

use diesel::prelude::*;
use fairrecruit::db::schema::complaints;
use serde_json::json;

use crate::helpers::{sample_csv, spawn_app};

use super::{file_api, file_form, plain, receipt_in, referral_ids, world};

#[tokio::test]
async fn nothing_typed_is_lost_when_the_form_is_refused() {
    let w = world().await;
    let browser = w.app.browser();
    let res = browser
        .post_form(
            "/complaints/new?lang=en",
            &[
                ("sub_agent_name", "Broker Hari Bahadur"),
                ("origin", "NP"),
                ("destination", "NP"),
                ("occupation", "Mason"),
                ("issues", "debt_bondage"),
                ("description", "Line one\nLine two"),
                ("share_with", "trade_union"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("The two countries must be different."));
    assert!(page.contains("value=\"Broker Hari Bahadur\""));
    assert!(page.contains("value=\"Mason\""));
    assert!(page.contains("value=\"debt_bondage\" checked"));
    assert!(page.contains("Line one\nLine two</textarea>"));
    assert!(page.contains("value=\"trade_union\" checked"));
    // The sub-agent becomes a directory row marked as such, once the complaint is valid.
    let (status, body) = file_api(
        &w.app,
        json!({"sub_agent_name": "Broker Hari Bahadur", "sub_agent_country": "NP",
               "origin": "NP", "destination": "QA", "share_with": ["trade_union"]}),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(
        body["referrals"], 1,
        "the union covers the sub-agent's country"
    );
    // A name typed by a worker waits for a moderator: the public directory does not show it
    // (tests/api/hardening.rs follows it through approval).
    let (_, found) = w.app.get_json("/api/v1/recruiters?q=hari+bahadur").await;
    assert_eq!(found["items"], json!([]));
}

#[tokio::test]
async fn a_caseworker_files_for_a_worker_only_recording_their_consent() {
    let w = world().await;
    let legal = w
        .app
        .create_organisation("Legal Aid Doha", "legal_aid", &["QA"])
        .await;
    let caseworker_id = w
        .app
        .create_account("caseworker", "case_d", Some((legal, false)))
        .await;
    let caseworker = w.app.signed_in("case_d").await;
    let fields = [
        ("recruiter", w.recruiter.as_str()),
        ("origin", "NP"),
        ("destination", "QA"),
        ("share_with", "legal_aid"),
    ];
    let (status, page) = file_form(&caseworker, &fields).await;
    assert_eq!(status, 400);
    assert!(page.contains("behalf_consent"));
    let mut with_consent = fields.to_vec();
    with_consent.push(("behalf_consent", "on"));
    let (status, page) = file_form(&caseworker, &with_consent).await;
    assert_eq!(status, 200);
    receipt_in(&page);
    let pool = w.app.pool.clone();
    let row: (Option<i64>, Option<i64>) = tokio::task::spawn_blocking(move || {
        complaints::table
            .select((complaints::user_id, complaints::filed_by_id))
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(row, (None, Some(caseworker_id)));
}

#[tokio::test]
async fn a_complaint_no_organisation_covers_waits_in_the_administrators_list() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("BD-0005").await;
    let (status, body) = file_api(
        &app,
        json!({"recruiter": recruiter, "origin": "BD", "destination": "MY", "share_with": ["trade_union"]}),
    )
    .await;
    assert_eq!(status, 201);
    assert_eq!(body["referrals"], 0);
    app.create_account("admin", "admin_u", None).await;
    let admin = app.signed_in("admin_u").await;
    let (_, overview) = admin.get_text("/admin?lang=en").await;
    assert!(
        overview.contains("Complaints not yet routed</a></dt><dd>1</dd>"),
        "{overview}"
    );
    let (status, list) = admin.get_text("/admin/complaints?lang=en").await;
    assert_eq!(status, 200);
    assert!(list.contains("Padma River Overseas"));
    assert!(list.contains("Trade union"), "{list}");
    // An administrator adds a union covering Malaysia, then routes the waiting complaints.
    app.create_organisation("Malaysian Workers' Union", "trade_union", &["MY"])
        .await;
    let res = admin.post_form("/admin/complaints", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/admin/complaints?routed=1");
    let (_, list) = admin.get_text(&format!("{location}&lang=en")).await;
    assert!(plain(&list).contains("One complaint reached an organisation."));
    assert!(!list.contains("Padma River Overseas"));
    assert_eq!(referral_ids(&app).await.len(), 1);
}

#[tokio::test]
async fn complaint_pages_speak_the_workers_language() {
    let w = world().await;
    for lang in ["ne", "ar", "my"] {
        let (status, page) = w
            .app
            .browser()
            .get_text(&format!("/complaints/new?lang={lang}"))
            .await;
        assert_eq!(status, 200);
        assert!(!page.contains("complaint-"), "{lang}: an untranslated key");
        let (_, en) = w.app.browser().get_text("/complaints/new?lang=en").await;
        assert_ne!(page, en);
    }
}
