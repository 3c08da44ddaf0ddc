//! Who opens a sealed complaint: the organisations it went to and the worker; nothing
//! readable left behind; tampering and hostile input refused cleanly.

use super::super::world_with;
use super::*;

/// The inspectorate works on a referral (a question, a note, a step with a reason, a
/// priority); the worker reads their words and the question with the receipt, and answers.
async fn work_on(app: &TestApp, token: &str, mine: i64, receipt: &str) {
    for (path, body) in [
        ("actions", json!({"action": "acknowledge"})),
        ("actions", json!({"action": "investigate"})),
        ("messages", json!({"body": CANARIES[3]})),
        ("messages", json!({"body": CANARIES[4], "internal": true})),
        (
            "actions",
            json!({"action": "ask_worker", "reason": CANARIES[5]}),
        ),
        (
            "priority",
            json!({"priority": "urgent", "reason": CANARIES[7]}),
        ),
    ] {
        let (s, out) = api_post(app, token, &format!("/api/v1/cases/{mine}/{path}"), body).await;
        assert!(s == 200 || s == 204, "{path}: {s} {out}");
    }
    // The worker reads their words and the question with the receipt alone, and answers.
    let (s, tracked) = track_api(app, receipt).await;
    assert_eq!(s, 200);
    assert!(
        tracked["description"]
            .as_str()
            .unwrap()
            .contains(CANARIES[0])
    );
    let tracked_text = tracked.to_string();
    assert!(tracked_text.contains(CANARIES[3]));
    assert!(
        !tracked_text.contains(CANARIES[4]),
        "never an internal note"
    );
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/track/messages"))
        .json(&json!({"receipt": receipt, "referral": mine, "body": CANARIES[6]}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
}

#[tokio::test]
async fn a_complaint_is_stored_sealed_and_opened_only_by_those_it_went_to() {
    let data = tempfile::tempdir().unwrap();
    let data_dir = data.path().to_path_buf();
    let w = world_with(move |config: &mut Config| {
        config.auth.data_dir = data_dir.clone();
        config.mail = fairrecruit::notify::mail::MailConfig::new(&data_dir, None, "127.0.0.1:0");
    })
    .await;
    let app = &w.app;
    let elsewhere = app
        .create_organisation(
            "Inspectorate of the Emirates",
            "labour_inspectorate",
            &["AE"],
        )
        .await;
    app.create_account("inspector", "inspector_ae", Some((elsewhere, false)))
        .await;
    app.create_account("admin", "admin_s", None).await;
    let receipt =
        sealed_complaint(app, &w.recruiter, &["labour_inspectorate", "trade_union"]).await;
    let rows = referrals_by_org(app).await;
    let mine = rows.iter().find(|(_, o)| *o == w.inspectorate).unwrap().0;
    let union_case = rows.iter().find(|(_, o)| *o == w.union).unwrap().0;

    let token = app.api_token("inspector_q", PASSWORD).await;
    work_on(app, &token, mine, &receipt).await;

    // The routed inspectorate reads everything, the page and the API alike.
    let (s, case) = api_get(app, &token, &format!("/api/v1/cases/{mine}")).await;
    assert_eq!(s, 200);
    assert_eq!(case["sealed_content"], "open");
    let text = case.to_string();
    for canary in CANARIES {
        assert!(text.contains(canary), "the inspectorate reads {canary}");
    }
    let inspector = app.signed_in("inspector_q").await;
    let (_, page) = inspector.get_text(&format!("/cases/{mine}?lang=en")).await;
    for canary in CANARIES {
        assert!(page.contains(canary), "the case page shows {canary}");
    }
    // The union it also went to reads the words, not the contact (not allowed to it), not
    // the inspectorate's notes.
    let union_token = app.api_token("union_n", PASSWORD).await;
    let (_, case) = api_get(app, &union_token, &format!("/api/v1/cases/{union_case}")).await;
    let text = case.to_string();
    assert!(text.contains(CANARIES[0]));
    for canary in &CANARIES[1..] {
        assert!(!text.contains(canary), "the union does not read {canary}");
    }
    // Another organisation, the administrator: nothing.
    let other = app.api_token("inspector_ae", PASSWORD).await;
    let (s, _) = api_get(app, &other, &format!("/api/v1/cases/{mine}")).await;
    assert_eq!(s, 404);
    let admin = app.signed_in("admin_s").await;
    for path in ["/admin", "/admin/complaints", "/admin/audit", "/inspect"] {
        let (_, page) = admin.get_text(path).await;
        for canary in CANARIES {
            assert!(!page.contains(canary), "{path} shows {canary}");
        }
    }
    let (s, _) = admin.get_text(&format!("/cases/{mine}")).await;
    assert_eq!(s, 403);
    // A token of an account disabled since opens nothing.
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use fairrecruit::db::schema::users;
        diesel::update(users::table.filter(users::username.eq("inspector_q")))
            .set(users::disabled.eq(true))
            .execute(&mut pool.get().unwrap())
            .unwrap();
    })
    .await
    .unwrap();
    let (s, _) = api_get(app, &token, &format!("/api/v1/cases/{mine}")).await;
    assert_eq!(s, 401);

    // What the host holds — the database (file or dump) and the data folder — holds none
    // of it.
    let bytes = database_bytes(&app.database_url);
    assert!(
        holds(&bytes, "Inspectorate of Qatar"),
        "the search reads the database"
    );
    let folder = folder_bytes(data.path());
    for canary in CANARIES {
        assert!(!holds(&bytes, canary), "the database holds {canary}");
        assert!(!holds(&folder, canary), "the data folder holds {canary}");
    }
}

#[tokio::test]
async fn a_worker_who_chose_their_account_reads_their_words_after_signing_in() {
    let w = world().await;
    let app = &w.app;
    app.create_account("worker", "worker_acc", None).await;
    let token = app.api_token("worker_acc", PASSWORD).await;
    let mut body = complaint(&w.recruiter, &["labour_inspectorate"]);
    body["description"] = json!("MINE4ACCOUNT held my passport");
    body["contact_preference"] = json!("account");
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .bearer_auth(&token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let worker = app.signed_in("worker_acc").await;
    let (_, page) = worker.get_text("/track").await;
    assert!(page.contains("MINE4ACCOUNT"), "read with the account's key");
    // Another worker signed in sees nothing of it.
    app.create_account("worker", "worker_other", None).await;
    let other = app.signed_in("worker_other").await;
    let (_, page) = other.get_text("/track").await;
    assert!(!page.contains("MINE4ACCOUNT"));
}

#[tokio::test]
async fn hostile_input_to_the_key_retention_and_delete_forms_gets_a_clear_400() {
    let w = world().await;
    let app = &w.app;
    let receipt = sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    let lead = app.signed_in("lead_q").await;
    let long = "A".repeat(10_000);
    let long_code = format!("code={long}");
    for body in [
        "code=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "code=ABCD-EFGH-JKMN%E2%80%AE-PQRS-TUVW-XYZ2",
        long_code.as_str(),
        "code=%FF%FE",
        "code=ABCD&extra=1",
        "code=a&code=b",
    ] {
        let (status, page) = post_raw(&lead, "/organisation/key/recover?lang=en", body).await;
        assert_eq!(status, 400, "{body}");
        assert!(!page.contains("<script>alert"), "{body}");
        assert!(
            page.contains("error-message"),
            "a translated message: {body}"
        );
    }
    for body in [
        "days=%3Cscript%3E",
        "days=99999999999999999999",
        "days=-5",
        "days=29",
        "days=%FF",
        "days=90&days=91",
        "days=90&extra=1",
    ] {
        let (status, page) = post_raw(&lead, "/organisation/retention?lang=en", body).await;
        assert_eq!(status, 400, "{body}");
        assert!(!page.contains("<script>"), "{body}");
    }
    let pool = app.pool.clone();
    let inspectorate = w.inspectorate;
    let days = tokio::task::spawn_blocking(move || {
        fairrecruit::db::retention::days_of(&mut pool.get().unwrap(), inspectorate).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(days, 365, "nothing half-stored");
    let phone = app.browser();
    for body in [
        format!("receipt={receipt}&confirm_delete=yes&extra=1"),
        format!("receipt={receipt}&confirm_delete=%FF"),
        format!("receipt={receipt}%E2%80%AE&confirm_delete=yes"),
    ] {
        let (status, _) = post_raw(&phone, "/track/delete?lang=en", &body).await;
        assert_eq!(status, 400, "{body}");
    }
    let (_, tracked) = track_api(app, &receipt).await;
    assert!(tracked["description"].as_str().is_some(), "nothing deleted");
    for body in [
        json!({"receipt": receipt, "confirm": "yes"}),
        json!({"receipt": receipt, "confirm": true, "extra": 1}),
        json!({"receipt": "<script>", "confirm": true}),
        json!({"receipt": receipt}),
    ] {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/track/delete"))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 400, "{body}");
    }
    let (_, tracked) = track_api(app, &receipt).await;
    assert!(tracked["description"].as_str().is_some(), "nothing deleted");
}

#[tokio::test]
async fn tampered_ciphertext_and_keys_are_refused_cleanly_never_half_shown() {
    use fairrecruit::db::schema::{complaint_keys, complaints, referral_messages};
    let w = world().await;
    let app = &w.app;
    let receipt = sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    let id = referrals_by_org(app).await[0].0;
    let token = app.api_token("inspector_q", PASSWORD).await;
    let (s, _) = api_post(
        app,
        &token,
        &format!("/api/v1/cases/{id}/messages"),
        json!({"body": CANARIES[3]}),
    )
    .await;
    assert_eq!(s, 204);
    // Someone with write access to the database changes a byte of the words and the message.
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let (description, body): (Option<String>, String) = (
            complaints::table
                .select(complaints::description)
                .first(&mut conn)
                .unwrap(),
            referral_messages::table
                .select(referral_messages::body)
                .first(&mut conn)
                .unwrap(),
        );
        diesel::update(complaints::table)
            .set(complaints::description.eq(tampered(&description.unwrap())))
            .execute(&mut conn)
            .unwrap();
        diesel::update(referral_messages::table)
            .set(referral_messages::body.eq(tampered(&body)))
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();
    let (s, case) = api_get(app, &token, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(s, 200);
    assert_eq!(
        case["description"],
        Value::Null,
        "not shown, not half shown"
    );
    assert!(
        case["contact"].as_str().unwrap().contains(CANARIES[1]),
        "the rest opens"
    );
    assert_eq!(case["messages"][0]["body"], "");
    let (_, page) = app
        .signed_in("inspector_q")
        .await
        .get_text(&format!("/cases/{id}?lang=en"))
        .await;
    assert!(page.contains("(sealed: cannot be opened here)"));
    let (s, tracked) = track_api(app, &receipt).await;
    assert_eq!(s, 200);
    assert_eq!(tracked["description"], Value::Null);
    // Then the keys sealed to the organisation and to the receipt.
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let rows: Vec<(String, String)> = complaint_keys::table
            .select((complaint_keys::holder, complaint_keys::content_key))
            .load(&mut conn)
            .unwrap();
        for (holder, key) in rows {
            diesel::update(complaint_keys::table.filter(complaint_keys::holder.eq(&holder)))
                .set(complaint_keys::content_key.eq(tampered(&key)))
                .execute(&mut conn)
                .unwrap();
        }
    })
    .await
    .unwrap();
    let (s, case) = api_get(app, &token, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(s, 200);
    assert_ne!(case["sealed_content"], "open");
    assert_eq!(case["contact"], Value::Null);
    let (s, tracked) = track_api(app, &receipt).await;
    assert_eq!(s, 200, "the worker still sees where the complaint stands");
    assert_eq!(tracked["description"], Value::Null);
    // A worker's answer needs the keys: refused with a clear message, nothing stored.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/track/messages"))
        .json(&json!({"receipt": receipt, "referral": id, "body": "more"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
}
