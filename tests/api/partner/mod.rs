//! Intake partners (issue 18): keys made and revoked by an administrator, complaints and
//! reviews filed with an attested consent, the status of what a key filed (and nothing
//! else), the conversation carried with the worker's receipt, scopes, the per-key throttle,
//! the audit of every use, and a staff action reaching the partner as a signed webhook.

mod keys;

use std::time::Duration;

use diesel::prelude::*;
use fairrecruit::db::schema::{audit_events, complaints, partner_attestations, referrals};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, sample_csv, spawn_app_with};

pub struct World {
    pub app: TestApp,
    pub recruiter: String,
    pub partner: i64,
    pub key: String,
}

/// Loopback webhooks allowed (the test receiver is on 127.0.0.1), throttle as configured.
pub async fn world_with(configure: impl FnOnce(&mut fairrecruit::config::Config)) -> World {
    let app = spawn_app_with(|c| {
        c.webhooks = fairrecruit::notify::webhook::Settings::new(true, Duration::from_secs(1));
        configure(c);
    })
    .await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let inspectorate = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "inspector_q", Some((inspectorate, false)))
        .await;
    let partner = app
        .create_organisation("Hotline Nepal", "intake_partner", &["NP"])
        .await;
    let key = issue_key(&app, partner, 30).await;
    World {
        app,
        recruiter,
        partner,
        key,
    }
}

pub async fn world() -> World {
    world_with(|_| {}).await
}

/// A key for `partner`, valid `days` from now (negative: already expired), as the admin
/// page makes it.
pub async fn issue_key(app: &TestApp, partner: i64, days: i64) -> String {
    let now = fairrecruit::clock::now();
    fairrecruit::db::run(&app.pool, move |conn| {
        Ok(fairrecruit::db::partner_keys::issue(
            conn,
            partner,
            "test bot",
            now + chrono::Duration::days(days),
            None,
            now,
        )?)
    })
    .await
    .unwrap()
    .expect("an intake partner")
}

pub fn attestation() -> Value {
    json!({
        "language": "ne",
        "channel": "whatsapp",
        "consented_at": (chrono::Utc::now() - chrono::Duration::minutes(3)).to_rfc3339(),
    })
}

pub fn complaint(recruiter: &str, reference: &str) -> Value {
    json!({
        "partner_reference": reference,
        "attestation": attestation(),
        "complaint": {
            "recruiter": recruiter,
            "origin": "NP",
            "destination": "QA",
            "issues": ["documents_retained"],
            "description": "They kept my passport at the airport.",
            "share_with": ["labour_inspectorate"],
        },
    })
}

impl World {
    pub async fn send(
        &self,
        method: reqwest::Method,
        path: &str,
        key: &str,
        body: Option<&Value>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .app
            .client
            .request(method, self.app.url(path))
            .bearer_auth(key);
        if let Some(body) = body {
            request = request.json(body);
        }
        let res = request.send().await.unwrap();
        let status = res.status();
        let text = res.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    pub async fn post(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        self.send(reqwest::Method::POST, path, &self.key, Some(body))
            .await
    }

    pub async fn get(&self, path: &str) -> (StatusCode, Value) {
        self.send(reqwest::Method::GET, path, &self.key, None).await
    }

    /// Rows of a table, counted.
    pub async fn count_complaints(&self) -> i64 {
        fairrecruit::db::run(&self.app.pool, |conn| {
            Ok(complaints::table.count().get_result::<i64>(conn)?)
        })
        .await
        .unwrap()
    }

    async fn referral_of_first_complaint(&self) -> i64 {
        fairrecruit::db::run(&self.app.pool, |conn| {
            Ok(referrals::table
                .select(referrals::id)
                .order(referrals::id)
                .first::<i64>(conn)?)
        })
        .await
        .unwrap()
    }
}

#[tokio::test]
async fn a_partner_files_a_complaint_with_the_workers_consent_and_reads_its_status() {
    let w = world().await;
    let (status, filed) = w
        .post(
            "/api/v1/partner/complaints",
            &complaint(&w.recruiter, "wa-1001"),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    assert_eq!(filed["receipt"].as_str().unwrap().len(), 19, "{filed}");
    assert_eq!(filed["referrals"], 1, "routed to the inspectorate");
    assert_eq!(filed["status"], "/api/v1/partner/complaints/wa-1001");

    // The attestation is stored with what the worker agreed to share.
    let stored = fairrecruit::db::run(&w.app.pool, |conn| {
        Ok(partner_attestations::table
            .inner_join(
                complaints::table.on(complaints::id
                    .nullable()
                    .eq(partner_attestations::complaint_id)),
            )
            .select((
                partner_attestations::share_kinds,
                partner_attestations::language,
                partner_attestations::channel,
                complaints::partner_reference,
                complaints::user_id,
            ))
            .first::<(String, String, String, Option<String>, Option<i64>)>(conn)?)
    })
    .await
    .unwrap();
    assert_eq!(
        stored,
        (
            "labour_inspectorate".into(),
            "ne".into(),
            "whatsapp".into(),
            Some("wa-1001".into()),
            None
        )
    );

    // The status: referrals and their states, never the worker's words.
    let (status, body) = w.get("/api/v1/partner/complaints/wa-1001").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["partner_reference"], "wa-1001");
    assert_eq!(body["referrals"][0]["status"], "new");
    assert_eq!(body["referrals"][0]["kind"], "labour_inspectorate");
    assert_eq!(body["messages_to_worker"], 0);
    assert!(!body.to_string().contains("passport at the airport"));

    // A reference this partner never used, and another partner's, are the same 404.
    let (status, _) = w.get("/api/v1/partner/complaints/wa-9999").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let other = w
        .app
        .create_organisation("Other Hotline", "intake_partner", &["NP"])
        .await;
    let other_key = issue_key(&w.app, other, 30).await;
    let (status, _) = w
        .send(
            reqwest::Method::GET,
            "/api/v1/partner/complaints/wa-1001",
            &other_key,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // The same reference again is a 409, and nothing new is stored; another partner may use it.
    let (status, body) = w
        .post(
            "/api/v1/partner/complaints",
            &complaint(&w.recruiter, "wa-1001"),
        )
        .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(w.count_complaints().await, 1);
    let (status, _) = w
        .send(
            reqwest::Method::POST,
            "/api/v1/partner/complaints",
            &other_key,
            Some(&complaint(&w.recruiter, "wa-1001")),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED);
}

#[tokio::test]
async fn malformed_attestations_and_hostile_complaints_are_refused_and_nothing_is_stored() {
    let w = world().await;
    let future = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let old = (chrono::Utc::now() - chrono::Duration::days(40)).to_rfc3339();
    let cases: Vec<(Value, &str)> = vec![
        (json!({"language": "xx"}), "attestation.language"),
        (json!({"channel": "pigeon"}), "attestation.channel"),
        (
            json!({"consented_at": "yesterday"}),
            "attestation.consented_at",
        ),
        (json!({"consented_at": future}), "attestation.consented_at"),
        (json!({"consented_at": old}), "attestation.consented_at"),
    ];
    for (change, field) in cases {
        let mut body = complaint(&w.recruiter, "bad-1");
        for (k, v) in change.as_object().unwrap() {
            body["attestation"][k] = v.clone();
        }
        let (status, answer) = w.post("/api/v1/partner/complaints", &body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{field}: {answer}");
        assert_eq!(answer["field"], field, "{answer}");
        assert!(answer["message"].as_str().unwrap().len() > 10);
    }
    for reference in [
        "",
        "with space",
        "r\u{202e}tl",
        "<script>",
        &"x".repeat(101),
    ] {
        let (status, answer) = w
            .post(
                "/api/v1/partner/complaints",
                &complaint(&w.recruiter, reference),
            )
            .await;
        let refused = status == StatusCode::BAD_REQUEST;
        // `<script>` is visible ASCII: a valid reference, filed, and answered as JSON only.
        assert!(
            refused || reference == "<script>",
            "{reference:?}: {status} {answer}"
        );
        if refused {
            assert_eq!(answer["field"], "partner_reference", "{answer}");
        }
    }
    // Unknown fields, at each level; a missing attestation; not JSON; invalid UTF-8.
    let mut unknown = complaint(&w.recruiter, "u-1");
    unknown["extra"] = json!(1);
    let mut unknown_inner = complaint(&w.recruiter, "u-2");
    unknown_inner["attestation"]["worker_name"] = json!("Ram");
    let mut no_attestation = complaint(&w.recruiter, "u-3");
    no_attestation
        .as_object_mut()
        .unwrap()
        .remove("attestation");
    let mut bad_share = complaint(&w.recruiter, "u-4");
    bad_share["complaint"]["share_with"] = json!(["intake_partner"]);
    for body in [unknown, unknown_inner, no_attestation, bad_share] {
        let (status, answer) = w.post("/api/v1/partner/complaints", &body).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{body}: {answer}");
    }
    let res = w
        .app
        .client
        .post(w.app.url("/api/v1/partner/complaints"))
        .bearer_auth(&w.key)
        .header("Content-Type", "application/json")
        .body(b"{\"partner_reference\": \"\xff\xfe\"}".to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::BAD_REQUEST);
    let big = json!({"partner_reference": "x", "pad": "a".repeat(2_000_000)});
    let (status, _) = w.post("/api/v1/partner/complaints", &big).await;
    assert!(
        status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::BAD_REQUEST,
        "{status}"
    );
    // Only the one with a visible-ASCII `<script>` reference was stored.
    assert_eq!(w.count_complaints().await, 1);
}

#[tokio::test]
async fn a_retried_filing_gives_the_same_receipt_even_at_the_same_moment() {
    let w = world().await;
    let body = complaint(&w.recruiter, "retry-1");
    let send = || {
        w.app
            .client
            .post(w.app.url("/api/v1/partner/complaints"))
            .bearer_auth(&w.key)
            .header("Idempotency-Key", "4b8f8a2e-retry")
            .json(&body)
            .send()
    };
    let (a, b) = tokio::join!(send(), send());
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.status(), StatusCode::CREATED);
    assert_eq!(b.status(), StatusCode::CREATED);
    let a: Value = a.json().await.unwrap();
    let b: Value = b.json().await.unwrap();
    assert_eq!(a["receipt"], b["receipt"]);
    let again: Value = send().await.unwrap().json().await.unwrap();
    assert_eq!(again["receipt"], a["receipt"]);
    assert_eq!(w.count_complaints().await, 1);
    // The same Idempotency-Key from another partner's key is another request.
    let other = w
        .app
        .create_organisation("Other Hotline", "intake_partner", &["NP"])
        .await;
    let other_key = issue_key(&w.app, other, 30).await;
    let res = w
        .app
        .client
        .post(w.app.url("/api/v1/partner/complaints"))
        .bearer_auth(&other_key)
        .header("Idempotency-Key", "4b8f8a2e-retry")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::CREATED);
    let theirs: Value = res.json().await.unwrap();
    assert_ne!(theirs["receipt"], a["receipt"]);
    assert_eq!(w.count_complaints().await, 2);
}

#[tokio::test]
async fn the_worker_answers_the_inspector_through_the_partner_and_the_partner_hears_of_it() {
    use fairrecruit::notify::webhook::{Sender, deliver_at, sign};
    let w = world().await;
    let receiver = crate::webhooks::receiver::Receiver::start();
    let (status, saved) = w
        .send(
            reqwest::Method::PUT,
            "/api/v1/partner/webhook",
            &w.key.clone(),
            Some(&json!({"url": receiver.url("/hook")})),
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{saved}");
    let secret = saved["secret"].as_str().unwrap().to_owned();
    let (_, shown) = w.get("/api/v1/partner/webhook").await;
    assert_eq!(shown["url"], receiver.url("/hook"));
    assert!(shown.get("secret").is_none(), "the secret is shown once");

    let (_, filed) = w
        .post(
            "/api/v1/partner/complaints",
            &complaint(&w.recruiter, "chat-7"),
        )
        .await;
    let receipt = filed["receipt"].as_str().unwrap().to_owned();
    let referral = w.referral_of_first_complaint().await;
    let token = w.app.api_token("inspector_q", PASSWORD).await;
    let staff = |path: String, body: Value| {
        w.app
            .client
            .post(w.app.url(&path))
            .bearer_auth(&token)
            .json(&body)
            .send()
    };
    for body in [
        json!({"action": "acknowledge"}),
        json!({"action": "investigate"}),
    ] {
        let res = staff(format!("/api/v1/cases/{referral}/actions"), body).await;
        assert_eq!(res.unwrap().status(), StatusCode::OK);
    }
    let res = staff(
        format!("/api/v1/cases/{referral}/messages"),
        json!({"body": "Which airport, and on what date?"}),
    )
    .await;
    assert_eq!(res.unwrap().status(), StatusCode::NO_CONTENT);
    let res = staff(
        format!("/api/v1/cases/{referral}/actions"),
        json!({"action": "ask_worker"}),
    )
    .await;
    assert_eq!(res.unwrap().status(), StatusCode::OK);

    // The status counts the message; the conversation opens it with the receipt only.
    let (_, status) = w.get("/api/v1/partner/complaints/chat-7").await;
    assert_eq!(status["referrals"][0]["status"], "awaiting_worker");
    assert_eq!(status["messages_to_worker"], 1);
    let conversation = "/api/v1/partner/complaints/chat-7/conversation";
    let (code, opened) = w.post(conversation, &json!({"receipt": receipt})).await;
    assert_eq!(code, StatusCode::OK, "{opened}");
    assert_eq!(
        opened["messages"][0]["body"],
        "Which airport, and on what date?"
    );
    assert_eq!(
        opened["description"],
        "They kept my passport at the airport."
    );

    // Another complaint's receipt does not open this one.
    let (_, other) = w
        .post(
            "/api/v1/partner/complaints",
            &complaint(&w.recruiter, "chat-8"),
        )
        .await;
    let (code, _) = w
        .post(conversation, &json!({"receipt": other["receipt"]}))
        .await;
    assert_eq!(code, StatusCode::BAD_REQUEST);

    // The worker's answer, relayed: the referral goes back to investigating.
    let (code, answer) = w
        .post(
            "/api/v1/partner/complaints/chat-7/messages",
            &json!({"receipt": receipt, "referral": referral, "body": "Doha, 3 March."}),
        )
        .await;
    assert_eq!(code, StatusCode::NO_CONTENT, "{answer}");
    let (_, status) = w.get("/api/v1/partner/complaints/chat-7").await;
    assert_eq!(status["referrals"][0]["status"], "investigating");
    let (_, opened) = w.post(conversation, &json!({"receipt": receipt})).await;
    assert_eq!(opened["messages"][1]["body"], "Doha, 3 March.");
    assert_eq!(opened["messages"][1]["from_worker"], true);

    // Each step reached the partner, signed, naming its reference and never the words.
    let keys = fairrecruit::auth::token::Keys::from_secret(w.app.jwt_secret.as_bytes());
    let sender = Sender::new(
        fairrecruit::notify::webhook::Settings::new(true, Duration::from_secs(1)),
        keys.webhook_keys(),
        Some("https://fairrecruit.example"),
    )
    .unwrap();
    deliver_at(&w.app.pool, &sender, fairrecruit::clock::now())
        .await
        .unwrap();
    let got = receiver.received();
    let types: Vec<String> = got
        .iter()
        .map(|hook| {
            let t = chrono::Utc::now().timestamp();
            let signature = hook.header("FairRecruit-Signature").unwrap();
            assert!(sign::verify(&secret, signature, &hook.body, t));
            let body: Value = serde_json::from_slice(&hook.body).unwrap();
            assert_eq!(body["partner_reference"], "chat-7");
            assert_eq!(
                body["link"],
                "https://fairrecruit.example/api/v1/partner/complaints/chat-7"
            );
            let text = String::from_utf8_lossy(&hook.body).to_string();
            assert!(
                !text.contains("airport") && !text.contains("Doha"),
                "{text}"
            );
            body["type"].as_str().unwrap().to_owned()
        })
        .collect();
    assert!(
        types.contains(&"referral.acknowledged".to_owned())
            && types.contains(&"referral.question".to_owned()),
        "{types:?}"
    );

    // Removing the endpoint.
    let (code, _) = w
        .send(
            reqwest::Method::DELETE,
            "/api/v1/partner/webhook",
            &w.key.clone(),
            None,
        )
        .await;
    assert_eq!(code, StatusCode::NO_CONTENT);
    let (_, shown) = w.get("/api/v1/partner/webhook").await;
    assert_eq!(shown["url"], Value::Null);
    // A private address is refused when saved.
    let (code, refused) = w
        .send(
            reqwest::Method::PUT,
            "/api/v1/partner/webhook",
            &w.key.clone(),
            Some(&json!({"url": "https://10.1.2.3/hook"})),
        )
        .await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{refused}");
    assert_eq!(refused["field"], "url");
}

#[tokio::test]
async fn a_partner_review_waits_for_a_moderator_marked_as_collected_by_the_partner() {
    let w = world().await;
    let body = json!({
        "attestation": attestation(),
        "review": {
            "recruiter_id": w.recruiter,
            "origin": "NP",
            "departure_year": 2025,
            "destination": "QA",
            "ratings": {"overall": 2},
            "text": "Charged a fee for the medical and the visa.",
        },
    });
    let (status, filed) = w.post("/api/v1/partner/reviews", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{filed}");
    assert_eq!(filed["status"], "pending");
    let id = filed["id"].as_str().unwrap().to_owned();
    let stored = fairrecruit::db::run(&w.app.pool, move |conn| {
        use fairrecruit::db::schema::reviews;
        Ok(reviews::table
            .filter(reviews::public_id.eq(id))
            .select((
                reviews::status,
                reviews::collected_by,
                reviews::channel,
                reviews::author_id,
            ))
            .first::<(String, Option<String>, Option<String>, Option<i64>)>(conn)?)
    })
    .await
    .unwrap();
    assert_eq!(
        stored,
        (
            "pending".into(),
            Some("Hotline Nepal".into()),
            Some("partner".into()),
            None
        )
    );
    let attested: i64 = fairrecruit::db::run(&w.app.pool, |conn| {
        Ok(partner_attestations::table
            .filter(partner_attestations::review_id.is_not_null())
            .count()
            .get_result(conn)?)
    })
    .await
    .unwrap();
    assert_eq!(attested, 1);
    // An unknown recruiter is a 404; a bad attestation a 400 on its field.
    let mut unknown = body.clone();
    unknown["review"]["recruiter_id"] = json!("ZZZZZZZZZZZZ");
    let (status, _) = w.post("/api/v1/partner/reviews", &unknown).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let mut bad = body;
    bad["attestation"]["channel"] = json!("fax");
    let (status, answer) = w.post("/api/v1/partner/reviews", &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["field"], "attestation.channel");
}

#[tokio::test]
async fn every_request_a_key_makes_is_audited_without_its_content() {
    let w = world().await;
    w.post(
        "/api/v1/partner/complaints",
        &complaint(&w.recruiter, "audit-ref-1"),
    )
    .await;
    w.get("/api/v1/partner/complaints/audit-ref-1").await;
    w.get("/api/v1/partner/complaints/nobody").await;
    let partner = w.partner;
    let events: Vec<(String, Option<i64>, Option<String>)> =
        fairrecruit::db::run(&w.app.pool, move |conn| {
            Ok(audit_events::table
                .filter(audit_events::event.eq("partner_api"))
                .order(audit_events::id)
                .select((
                    audit_events::outcome,
                    audit_events::organisation_id,
                    audit_events::detail,
                ))
                .load(conn)?)
        })
        .await
        .unwrap();
    assert_eq!(events.len(), 3, "{events:?}");
    assert!(events.iter().all(|(_, org, _)| *org == Some(partner)));
    let details: Vec<&str> = events
        .iter()
        .map(|(_, _, d)| d.as_deref().unwrap())
        .collect();
    assert!(
        details[0].ends_with("POST /api/v1/partner/complaints 201"),
        "{details:?}"
    );
    assert!(
        details[1].ends_with("GET /api/v1/partner/complaints/{reference} 200"),
        "{details:?}"
    );
    assert!(details[2].ends_with(" 404"), "{details:?}");
    assert_eq!(events[2].0, "refused");
    for detail in details {
        assert!(detail.starts_with("key="), "{detail}");
        assert!(!detail.contains("audit-ref-1") && !detail.contains("passport"));
    }
}

#[tokio::test]
async fn each_key_has_its_own_throttle() {
    let w = world_with(|c| {
        c.auth.partner_rate = fairrecruit::auth::throttle::Rate {
            burst: 2,
            refill: Duration::from_secs(3600),
        };
    })
    .await;
    for _ in 0..2 {
        let (status, _) = w.get("/api/v1/partner/webhook").await;
        assert_eq!(status, StatusCode::OK);
    }
    let res = w
        .app
        .client
        .get(w.app.url("/api/v1/partner/webhook"))
        .bearer_auth(&w.key)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(res.headers().get("retry-after").is_some());
    // Another key of the same partner still has its own budget.
    let second = issue_key(&w.app, w.partner, 30).await;
    let (status, _) = w
        .send(
            reqwest::Method::GET,
            "/api/v1/partner/webhook",
            &second,
            None,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
}
