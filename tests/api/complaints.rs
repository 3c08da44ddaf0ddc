//! Complaints: intake, receipts, routing, the staff's queue and cases, escalation — and the
//! privacy rules around them.

use diesel::prelude::*;
use fairrecruit::db::complaints as store;
use fairrecruit::db::schema::{
    audit_events, complaints, escalations, referral_transitions, referrals,
};
use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, count_queries, sample_csv, spawn_app, spawn_app_with};

/// Every referral id, oldest first.
pub async fn referral_ids(app: &TestApp) -> Vec<i64> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        referrals::table
            .order(referrals::id)
            .select(referrals::id)
            .load::<i64>(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

/// (referral id, organisation id) of every referral, oldest first.
async fn referrals_by_org(app: &TestApp) -> Vec<(i64, i64)> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        referrals::table
            .order(referrals::id)
            .select((referrals::id, referrals::organisation_id))
            .load::<(i64, i64)>(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

async fn count_complaints(app: &TestApp) -> i64 {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        complaints::table
            .count()
            .get_result(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

/// Files through the API; (status, body).
async fn file_api(app: &TestApp, body: Value) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

/// A minimal complaint about NP-0001 on NP→QA, for the given kinds.
fn complaint(recruiter: &str, kinds: &[&str]) -> Value {
    json!({"recruiter": recruiter, "origin": "NP", "destination": "QA", "share_with": kinds})
}

/// The receipt on a receipt page (`1234-5678-9012-3456`).
fn receipt_in(page: &str) -> String {
    let found = page
        .as_bytes()
        .windows(19)
        .find(|w| {
            w.iter().enumerate().all(|(i, b)| {
                if i % 5 == 4 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            })
        })
        .expect("a receipt on the page");
    String::from_utf8(found.to_vec()).unwrap()
}

/// Text without Fluent's bidi isolation marks around arguments.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

async fn api_get(app: &TestApp, token: &str, path: &str) -> (u16, Value) {
    let res = reqwest::Client::new()
        .get(app.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn api_post(app: &TestApp, token: &str, path: &str, body: Value) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(app.url(path))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn track_api(app: &TestApp, receipt: &str) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/track"))
        .json(&json!({ "receipt": receipt }))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

/// An app with the sample directory, an inspectorate covering QA (with a member and a lead)
/// and a union covering NP (with a member).
struct World {
    app: TestApp,
    recruiter: String,
    inspectorate: i64,
    union: i64,
}

async fn world() -> World {
    world_with(|_| {}).await
}

async fn world_with(configure: impl FnOnce(&mut fairrecruit::config::Config)) -> World {
    let app = spawn_app_with(configure).await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let inspectorate = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    let union = app
        .create_organisation("Migrant Union Nepal", "trade_union", &["NP"])
        .await;
    app.create_account("inspector", "inspector_q", Some((inspectorate, false)))
        .await;
    app.create_account("inspector", "lead_q", Some((inspectorate, true)))
        .await;
    app.create_account("union_officer", "union_n", Some((union, false)))
        .await;
    World {
        app,
        recruiter,
        inspectorate,
        union,
    }
}

/// Files through the page as `browser`; the receipt page's text.
async fn file_form(browser: &Browser, fields: &[(&str, &str)]) -> (u16, String) {
    let res = browser.post_form("/complaints/new", fields).await;
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

#[tokio::test]
async fn worker_can_follow_an_anonymous_complaint_with_the_receipt_alone() {
    let w = world().await;
    let worker = w.app.browser();
    let (status, page) = worker
        .get_text(&format!(
            "/complaints/new?recruiter={}&lang=en",
            w.recruiter
        ))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Everest Manpower Services"));
    let (status, page) = file_form(
        &worker,
        &[
            ("recruiter", &w.recruiter),
            ("origin", "NP"),
            ("destination", "QA"),
            ("issues", "retention_of_documents"),
            ("issues", "fees_charged"),
            ("fee_amount", "1,500.50"),
            ("fee_currency", "NPR"),
            ("share_with", "labour_inspectorate"),
            ("description", "They kept my passport."),
            ("costs", "medical"),
            ("costs", "illegitimate"),
            ("lender", "moneylender"),
            ("loan_interest", "36%"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    let receipt = receipt_in(&page);
    assert!(page.contains("sent to one organisation"), "{page}");

    // Someone else, on another phone, with nothing but the receipt.
    let later = w.app.browser();
    let (status, page) = later.get_text("/track?lang=en").await;
    assert_eq!(status, 200);
    assert!(!page.contains(&receipt));
    let res = later
        .post_form("/track", &[("receipt", &receipt.replace('-', " "))])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("Inspectorate of Qatar"), "{page}");
    assert!(page.contains("New"));

    // Staff ask; the worker answers with the receipt; the case goes back to investigating.
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let id = referral_ids(&w.app).await[0];
    for step in ["acknowledge", "investigate"] {
        let (s, _) = api_post(
            &w.app,
            &token,
            &format!("/api/v1/cases/{id}/actions"),
            json!({"action": step}),
        )
        .await;
        assert_eq!(s, 200, "{step}");
    }
    let (s, _) = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{id}/messages"),
        json!({"body": "Who holds the passport?"}),
    )
    .await;
    assert_eq!(s, 204);
    let (s, _) = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{id}/messages"),
        json!({"body": "Internal: call the employer", "internal": true}),
    )
    .await;
    assert_eq!(s, 204);
    let (s, _) = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{id}/actions"),
        json!({"action": "ask_worker"}),
    )
    .await;
    assert_eq!(s, 200);

    let (status, body) = track_api(&w.app, &receipt).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["referrals"][0]["status"], "awaiting_worker");
    let text = body.to_string();
    assert!(text.contains("Who holds the passport?"));
    assert!(
        !text.contains("Internal: call the employer"),
        "internal notes stay internal"
    );

    let res = later
        .post_form(
            "/track/message",
            &[
                ("receipt", &receipt),
                ("referral", &id.to_string()),
                ("body", "The supervisor keeps it."),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("The supervisor keeps it."));
    assert!(!page.contains("Internal: call the employer"));
    let (_, body) = track_api(&w.app, &receipt).await;
    assert_eq!(body["referrals"][0]["status"], "investigating");

    // Resolved with the remedy obtained, in integer minor units.
    let (s, body) = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{id}/actions"),
        json!({"action": "resolve", "remedies": ["documents_returned", "money_recovered"],
               "money": {"amount": "1500.50", "currency": "NPR"}, "reason": "Passport handed back"}),
    )
    .await;
    assert_eq!(s, 200, "{body}");
    let (_, body) = track_api(&w.app, &receipt).await;
    assert_eq!(body["referrals"][0]["status"], "resolved");
    assert_eq!(body["referrals"][0]["money_recovered"]["amount"], "1500.50");
    let (_, case) = api_get(&w.app, &token, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(case["fee"]["amount"], "1500.50");
    assert_eq!(case["costs"], json!(["medical", "illegitimate"]));
    assert_eq!(case["lender"], "moneylender");
    assert_eq!(case["loan_interest_bp"], 3600);
    assert_eq!(case["timeline"].as_array().unwrap().len(), 6, "{case}");
}

#[tokio::test]
async fn a_wrong_receipt_and_an_unknown_one_look_the_same() {
    let w = world().await;
    let (status, body) = file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    assert_eq!(status, 201, "{body}");
    let receipt = body["receipt"].as_str().unwrap().to_owned();
    let last = receipt.chars().last().unwrap().to_digit(10).unwrap();
    let wrong = format!("{}{}", &receipt[..receipt.len() - 1], (last + 1) % 10);
    let unknown = "0000-0000-0000-0000";
    let browser = w.app.browser();
    let mut pages = Vec::new();
    for typed in [wrong.as_str(), unknown] {
        let res = browser
            .post_form("/track?lang=en", &[("receipt", typed)])
            .await;
        assert_eq!(res.status().as_u16(), 404);
        pages.push(res.text().await.unwrap());
        let (status, body) = track_api(&w.app, typed).await;
        assert_eq!(status, 404);
        pages.push(body.to_string());
    }
    assert_eq!(pages[0], pages[2]);
    assert_eq!(pages[1], pages[3]);
    assert!(pages[0].contains("No complaint has this receipt"));
    let (status, body) = track_api(&w.app, "12345").await;
    assert_eq!(status, 400);
    assert_eq!(body["field"], "receipt");
}

#[tokio::test]
async fn many_wrong_receipts_from_one_address_get_429() {
    let w = world_with(|config| {
        config.auth.receipt_rate.burst = 3;
    })
    .await;
    for _ in 0..3 {
        assert_eq!(track_api(&w.app, "1111-2222-3333-4444").await.0, 404);
    }
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/track"))
        .json(&json!({"receipt": "1111-2222-3333-4445"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let res = w
        .app
        .browser()
        .post_form("/track", &[("receipt", "1111-2222-3333-4446")])
        .await;
    assert_eq!(res.status().as_u16(), 429);
}

#[tokio::test]
async fn staff_cannot_list_or_open_another_organisations_referrals() {
    let w = world().await;
    let other = w
        .app
        .create_organisation("Second Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    w.app
        .create_account("inspector", "inspector_b", Some((other, false)))
        .await;
    let (status, _) = file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    assert_eq!(status, 201);
    let rows = referrals_by_org(&w.app).await;
    assert_eq!(rows.len(), 2, "one referral per covering inspectorate");
    let mine = rows.iter().find(|(_, o)| *o == w.inspectorate).unwrap().0;
    let theirs = rows.iter().find(|(_, o)| *o == other).unwrap().0;

    let inspector = w.app.signed_in("inspector_q").await;
    let (status, queue) = inspector.get_text("/inspect?lang=en").await;
    assert_eq!(status, 200);
    assert!(queue.contains(&format!("/cases/{mine}\"")));
    assert!(!queue.contains(&format!("/cases/{theirs}\"")));
    let (status, _) = inspector.get_text(&format!("/cases/{mine}")).await;
    assert_eq!(status, 200);
    let (foreign_status, foreign) = inspector
        .get_text(&format!("/cases/{theirs}?lang=en"))
        .await;
    let (missing_status, missing) = inspector.get_text("/cases/987654?lang=en").await;
    assert_eq!((foreign_status, missing_status), (404, 404));
    // The same page, but for the address in the language links.
    assert_eq!(
        foreign.replace(&format!("/cases/{theirs}?"), "/cases/N?"),
        missing.replace("/cases/987654?", "/cases/N?")
    );

    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let (_, list) = api_get(&w.app, &token, "/api/v1/cases").await;
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![mine]);
    let foreign = api_get(&w.app, &token, &format!("/api/v1/cases/{theirs}")).await;
    let missing = api_get(&w.app, &token, "/api/v1/cases/987654").await;
    assert_eq!(foreign.0, 404);
    assert_eq!(foreign, missing);
    let acted = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{theirs}/actions"),
        json!({"action": "acknowledge"}),
    )
    .await;
    assert_eq!(acted.0, 404);
    let res = inspector
        .post_form(
            &format!("/cases/{theirs}/action"),
            &[("action", "acknowledge")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    let pool = w.app.pool.clone();
    let status: String = tokio::task::spawn_blocking(move || {
        referrals::table
            .find(theirs)
            .select(referrals::status)
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(status, "new", "nothing changed");
}

#[tokio::test]
async fn unions_see_only_what_was_shared_with_unions_and_contact_needs_its_own_consent() {
    let w = world().await;
    // Shared with inspectorates only: the union has nothing.
    let (status, _) = file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    assert_eq!(status, 201);
    let union_token = w.app.api_token("union_n", crate::helpers::PASSWORD).await;
    let (_, list) = api_get(&w.app, &union_token, "/api/v1/cases").await;
    assert_eq!(list, json!([]));
    // Shared with both; the contact with inspectorates only.
    let mut body = complaint(&w.recruiter, &["labour_inspectorate", "trade_union"]);
    body["contact_preference"] = json!("contact");
    body["contact_details"] = json!("WhatsApp +974 5555 0101");
    body["safe_times"] = json!("after 21:00");
    body["contact_with"] = json!(["labour_inspectorate"]);
    body["description"] = json!("Passport kept by the sponsor");
    let (status, filed) = file_api(&w.app, body).await;
    assert_eq!(status, 201, "{filed}");
    assert_eq!(filed["referrals"], 2);
    let rows = referrals_by_org(&w.app).await;
    let union_case = rows.iter().find(|(_, o)| *o == w.union).unwrap().0;
    let inspector_case = rows
        .iter()
        .rev()
        .find(|(_, o)| *o == w.inspectorate)
        .unwrap()
        .0;

    let union = w.app.signed_in("union_n").await;
    let (status, page) = union
        .get_text(&format!("/cases/{union_case}?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Passport kept by the sponsor"));
    assert!(!page.contains("5555"), "no contact without consent");
    assert!(!page.contains("after 21:00"));
    let (_, json_case) =
        api_get(&w.app, &union_token, &format!("/api/v1/cases/{union_case}")).await;
    assert_eq!(json_case["contact"], Value::Null);
    assert!(!json_case.to_string().contains("5555"));

    let inspector = w.app.signed_in("inspector_q").await;
    let (_, page) = inspector
        .get_text(&format!("/cases/{inspector_case}?lang=en"))
        .await;
    assert!(page.contains("WhatsApp +974 5555 0101"));
    assert!(page.contains("after 21:00"));
}

#[tokio::test]
async fn an_anonymous_complaint_filed_while_signed_in_leaves_no_trace_of_the_account() {
    let w = world().await;
    let worker_id = w.app.create_account("worker", "ramesh_worker", None).await;
    let worker = w.app.signed_in("ramesh_worker").await;
    let token = worker.csrf().await;
    let res = worker
        .client
        .post(worker.url("/complaints/new"))
        .header("user-agent", "UniqueAgentMarker/9.9")
        .form(&[
            ("csrf", token.as_str()),
            ("recruiter", w.recruiter.as_str()),
            ("origin", "NP"),
            ("destination", "QA"),
            ("share_with", "labour_inspectorate"),
            ("contact_preference", "receipt_only"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let pool = w.app.pool.clone();
    let (user_ids, filed_by, received, steps, events) = tokio::task::spawn_blocking(move || {
        let conn = &mut pool.get().unwrap();
        let ids: Vec<(Option<i64>, Option<i64>, chrono::NaiveDateTime)> = complaints::table
            .select((
                complaints::user_id,
                complaints::filed_by_id,
                complaints::received_on,
            ))
            .load(conn)
            .unwrap();
        let steps: Vec<(Option<i64>, chrono::NaiveDateTime)> = referral_transitions::table
            .select((
                referral_transitions::actor_id,
                referral_transitions::occurred_at,
            ))
            .load(conn)
            .unwrap();
        let events: Vec<(String, Option<i64>, Option<String>)> = audit_events::table
            .select((
                audit_events::event,
                audit_events::actor_id,
                audit_events::detail,
            ))
            .load(conn)
            .unwrap();
        (
            ids.iter().map(|r| r.0).collect::<Vec<_>>(),
            ids.iter().map(|r| r.1).collect::<Vec<_>>(),
            ids.iter().map(|r| r.2).collect::<Vec<_>>(),
            steps,
            events,
        )
    })
    .await
    .unwrap();
    assert_eq!(user_ids, vec![None]);
    assert_eq!(filed_by, vec![None]);
    assert_eq!(received[0].time(), chrono::NaiveTime::MIN, "the day only");
    assert!(
        steps
            .iter()
            .all(|(actor, at)| actor.is_none() && at.time() == chrono::NaiveTime::MIN)
    );
    assert!(
        events
            .iter()
            .all(|(event, actor, _)| event == "sign_in" || *actor != Some(worker_id)),
        "{events:?}"
    );
    // No column of any complaint table holds the username, the address or the user agent.
    let dump = database_text(&w.app).await;
    for trace in ["ramesh_worker", "UniqueAgentMarker", "127.0.0.1"] {
        assert!(!dump.contains(trace), "{trace} stored");
    }
    // Asking for the account link while anonymous is refused.
    let mut body = complaint(&w.recruiter, &["labour_inspectorate"]);
    body["contact_preference"] = json!("account");
    let (status, body) = file_api(&w.app, body).await;
    assert_eq!(status, 400);
    assert_eq!(body["field"], "contact_preference");
}

/// The free-text and code columns of a complaint.
type ComplaintText = (
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

/// Every text column of the complaint tables, concatenated.
async fn database_text(app: &TestApp) -> String {
    use fairrecruit::db::schema::referral_messages;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let conn = &mut pool.get().unwrap();
        let mut text = String::new();
        let rows: Vec<ComplaintText> = complaints::table
            .select((
                complaints::receipt_hash,
                complaints::origin,
                complaints::issues,
                complaints::share_kinds,
                complaints::description,
                complaints::contact_details,
                complaints::safe_times,
                complaints::occupation,
            ))
            .load(conn)
            .unwrap();
        text.push_str(&format!("{rows:?}"));
        let steps: Vec<(String, Option<String>)> = referral_transitions::table
            .select((referral_transitions::event, referral_transitions::reason))
            .load(conn)
            .unwrap();
        text.push_str(&format!("{steps:?}"));
        let messages: Vec<String> = referral_messages::table
            .select(referral_messages::body)
            .load(conn)
            .unwrap();
        text.push_str(&format!("{messages:?}"));
        text
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn illegal_transitions_are_refused_with_a_clear_message() {
    let w = world().await;
    file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    let id = referral_ids(&w.app).await[0];
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let path = format!("/api/v1/cases/{id}/actions");
    for refused in [
        json!({"action": "investigate"}),
        json!({"action": "resume"}),
        json!({"action": "resolve", "remedies": ["other"]}),
    ] {
        let (status, body) = api_post(&w.app, &token, &path, refused.clone()).await;
        assert_eq!(status, 400, "{refused}");
        assert_eq!(body["field"], "action");
        assert_eq!(
            body["message"],
            "This step is not possible from the case's current status."
        );
    }
    let (status, body) = api_post(
        &w.app,
        &token,
        &path,
        json!({"action": "close", "close_reason": "unfounded"}),
    )
    .await;
    assert_eq!((status, body["field"].clone()), (400, json!("reason")));
    assert_eq!(
        api_post(&w.app, &token, &path, json!({"action": "acknowledge"}))
            .await
            .0,
        200
    );
    assert_eq!(
        api_post(&w.app, &token, &path, json!({"action": "acknowledge"}))
            .await
            .0,
        400
    );
    let (status, _) = api_post(&w.app, &token, &path, json!({"action": "close", "close_reason": "out_of_jurisdiction", "reason": "Employer is in Oman"})).await;
    assert_eq!(status, 200);
    // Closed is final, on the page too.
    let inspector = w.app.signed_in("inspector_q").await;
    let res = inspector
        .post_form(
            &format!("/cases/{id}/action?lang=en"),
            &[("action", "acknowledge")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("This step is not possible")
    );
    // The timeline is append-only, in the database itself.
    let pool = w.app.pool.clone();
    let (steps, edit) = tokio::task::spawn_blocking(move || {
        let conn = &mut pool.get().unwrap();
        let steps: i64 = referral_transitions::table
            .count()
            .get_result(conn)
            .unwrap();
        let edit = diesel::update(referral_transitions::table)
            .set(referral_transitions::reason.eq("rewritten"))
            .execute(conn);
        (steps, edit)
    })
    .await
    .unwrap();
    assert_eq!(steps, 3, "opened, acknowledged, closed");
    assert!(edit.is_err(), "transitions cannot be edited");
}

#[tokio::test]
async fn escalation_marks_exactly_the_overdue_referrals_even_run_twice_at_once() {
    let w = world().await;
    for _ in 0..3 {
        assert_eq!(
            file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"]))
                .await
                .0,
            201
        );
    }
    let ids = referral_ids(&w.app).await;
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let acted = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{}/actions", ids[0]),
        json!({"action": "acknowledge"}),
    )
    .await;
    assert_eq!(acted.0, 200);
    // Nothing is overdue today.
    let today = chrono::Utc::now().naive_utc();
    let run = |days: i64| {
        let pool = w.app.pool.clone();
        let at = today + chrono::Duration::days(days);
        std::thread::spawn(move || store::mark_overdue(&mut pool.get().unwrap(), at).unwrap())
    };
    assert_eq!(run(0).join().unwrap(), store::Escalated::default());
    // Ten days on, the two referrals never acknowledged are overdue: two instances at once.
    let (a, b) = (run(10), run(10));
    let (a, b) = (a.join().unwrap(), b.join().unwrap());
    assert_eq!(a.acknowledge + b.acknowledge, 2, "{a:?} {b:?}");
    assert_eq!(a.answer + b.answer, 0);
    assert_eq!(
        run(10).join().unwrap(),
        store::Escalated::default(),
        "marked once"
    );
    // A hundred days on, every open referral missed its answer deadline.
    let later = run(100).join().unwrap();
    assert_eq!(
        later,
        store::Escalated {
            acknowledge: 0,
            answer: 3
        }
    );
    let pool = w.app.pool.clone();
    let rows: Vec<(i64, String)> = tokio::task::spawn_blocking(move || {
        escalations::table
            .order((escalations::referral_id, escalations::deadline))
            .select((escalations::referral_id, escalations::deadline))
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(
        rows,
        vec![
            (ids[0], "answer".to_owned()),
            (ids[1], "acknowledge".to_owned()),
            (ids[1], "answer".to_owned()),
            (ids[2], "acknowledge".to_owned()),
            (ids[2], "answer".to_owned()),
        ]
    );
    // Leads see escalations on their queue; members do not.
    let (_, lead_page) = w
        .app
        .signed_in("lead_q")
        .await
        .get_text("/inspect?lang=en")
        .await;
    assert!(lead_page.contains("Escalations"));
    assert!(lead_page.contains("not acknowledged in time"));
    let (_, member_page) = w
        .app
        .signed_in("inspector_q")
        .await
        .get_text("/inspect?lang=en")
        .await;
    assert!(!member_page.contains("Escalations"));
}

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
    let token = browser.csrf().await;
    let mut body = format!("csrf={token}&origin=NP&destination=QA&description=").into_bytes();
    body.extend_from_slice(&[0xff, 0xfe]);
    let res = browser
        .client
        .post(browser.url("/complaints/new"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
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
    let (_, found) = w.app.get_json("/api/v1/recruiters?q=hari+bahadur").await;
    assert_eq!(found["items"][0]["is_sub_agent"], true);
}

#[tokio::test]
async fn the_queue_and_a_case_cost_a_fixed_number_of_queries() {
    let w = world().await;
    let count = |app: &TestApp| {
        let filter = store::QueueFilter::default();
        let now = chrono::Utc::now().naive_utc();
        let inspectorate = w.inspectorate;
        count_queries(app, |conn| {
            store::queue(conn, inspectorate, &filter, now).unwrap();
            store::escalations_of(conn, inspectorate).unwrap();
        })
    };
    file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    let one = count(&w.app);
    for _ in 0..4 {
        file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    }
    let five = count(&w.app);
    assert_eq!(one, five);
    assert_eq!(one, 2);
    let ids = referral_ids(&w.app).await;
    let inspectorate = w.inspectorate;
    let case = count_queries(&w.app, |conn| {
        store::case_file(conn, ids[0], inspectorate)
            .unwrap()
            .unwrap();
    });
    assert_eq!(case, 5);
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
async fn a_worker_who_attaches_a_complaint_to_their_account_sees_it_there() {
    let w = world().await;
    let worker_id = w.app.create_account("worker", "sita_worker", None).await;
    let worker = w.app.signed_in("sita_worker").await;
    let (status, _) = file_form(
        &worker,
        &[
            ("recruiter", &w.recruiter),
            ("origin", "NP"),
            ("destination", "QA"),
            ("share_with", "labour_inspectorate"),
            ("contact_preference", "account"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let (status, page) = worker.get_text("/track?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("Complaints linked to your account"));
    assert!(page.contains("Inspectorate of Qatar"));
    // Someone else signed in sees nothing of it.
    w.app.create_account("worker", "other_worker", None).await;
    let (_, other) = w
        .app
        .signed_in("other_worker")
        .await
        .get_text("/track?lang=en")
        .await;
    assert!(!other.contains("Inspectorate of Qatar"));
    let pool = w.app.pool.clone();
    let owner: Option<i64> = tokio::task::spawn_blocking(move || {
        complaints::table
            .select(complaints::user_id)
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(owner, Some(worker_id));
}

#[tokio::test]
async fn open_referrals_about_one_recruiter_can_be_grouped_and_acted_on_together() {
    let w = world().await;
    for _ in 0..3 {
        file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    }
    let ids = referral_ids(&w.app).await;
    let inspector = w.app.signed_in("inspector_q").await;
    let (_, page) = inspector
        .get_text(&format!("/cases/{}?lang=en", ids[0]))
        .await;
    assert!(plain(&page).contains("2 other open cases here are about this recruiter."));
    let res = inspector
        .post_form(&format!("/cases/{}/group", ids[0]), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // Grouping again (here over the API) keeps the one collective case.
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let (status, grouped) = api_post(
        &w.app,
        &token,
        &format!("/api/v1/cases/{}/group", ids[2]),
        json!({}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(grouped["referrals"], 3);
    let res = inspector
        .post_form(
            &format!("/cases/{}/action", ids[1]),
            &[("action", "acknowledge"), ("whole_group", "on")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let (_, list) = api_get(&w.app, &token, "/api/v1/cases?status=acknowledged").await;
    assert_eq!(list.as_array().unwrap().len(), 3, "{list}");
    let group = &list[0]["collective_case"];
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|c| c["collective_case"] == *group && !group.is_null())
    );
}

#[tokio::test]
async fn a_case_is_referred_on_only_where_the_worker_consented() {
    let w = world().await;
    let origin_authority = w
        .app
        .create_organisation(
            "Department of Foreign Employment",
            "origin_authority",
            &["NP"],
        )
        .await;
    file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    let id = referral_ids(&w.app).await[0];
    let inspector = w.app.signed_in("inspector_q").await;
    let res = inspector
        .post_form(
            &format!("/cases/{id}/refer?lang=en"),
            &[("organisation", &origin_authority.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("did not agree"));
    file_api(
        &w.app,
        complaint(&w.recruiter, &["labour_inspectorate", "origin_authority"]),
    )
    .await;
    // That one went to both at once (origin and destination authorities); refer-on to the
    // union is refused as not consented, and to the authority as already there.
    let rows = referrals_by_org(&w.app).await;
    assert_eq!(rows.len(), 3);
    let second = rows[1].0;
    let res = inspector
        .post_form(
            &format!("/cases/{second}/refer?lang=en"),
            &[("organisation", &origin_authority.to_string())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("already has"));
    // Referred on to another inspectorate (a kind the worker agreed to): a new referral
    // there, recorded on the first one's timeline.
    let emirates = w
        .app
        .create_organisation(
            "Inspectorate of the Emirates",
            "labour_inspectorate",
            &["AE"],
        )
        .await;
    let res = inspector
        .post_form(
            &format!("/cases/{id}/refer"),
            &[
                ("organisation", &emirates.to_string()),
                ("reason", "Employer moved to Dubai"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let rows = referrals_by_org(&w.app).await;
    assert_eq!(rows.last().unwrap().1, emirates);
    let (_, page) = inspector.get_text(&format!("/cases/{id}?lang=en")).await;
    assert!(page.contains("Referred on to another organisation"));
    assert!(page.contains("Employer moved to Dubai"));
}

#[tokio::test]
async fn staff_override_the_priority_with_a_written_reason() {
    let w = world().await;
    file_api(&w.app, complaint(&w.recruiter, &["labour_inspectorate"])).await;
    let id = referral_ids(&w.app).await[0];
    let inspector = w.app.signed_in("inspector_q").await;
    let res = inspector
        .post_form(
            &format!("/cases/{id}/priority?lang=en"),
            &[("priority", "urgent"), ("reason", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "a reason is required");
    let res = inspector
        .post_form(
            &format!("/cases/{id}/priority"),
            &[
                ("priority", "urgent"),
                ("reason", "Worker called the hotline: locked in"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let (_, list) = api_get(&w.app, &token, "/api/v1/cases?priority=urgent").await;
    assert_eq!(list[0]["id"], id);
    assert_eq!(list[0]["priority_overridden"], true);
    let (_, case) = api_get(&w.app, &token, &format!("/api/v1/cases/{id}")).await;
    let step = &case["timeline"][1];
    assert_eq!(step["event"], "priority");
    assert_eq!(step["actor"], "inspector_q");
    assert_eq!(
        step["reason"],
        "urgent: Worker called the hotline: locked in"
    );
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

#[tokio::test]
async fn the_demo_data_gives_an_inspector_a_queue_in_several_states() {
    let app = spawn_app_with(|config| config.demo = true).await;
    for (username, password, _, _, _) in fairrecruit::demo_cases::STAFF {
        app.api_token(username, password).await;
    }
    let token = app
        .api_token("demo_inspector", "demo-doha-inspector-rain-41")
        .await;
    let (status, list) = api_get(&app, &token, "/api/v1/cases?status=all").await;
    assert_eq!(status, 200);
    let statuses: std::collections::BTreeSet<String> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["status"].as_str().unwrap().to_owned())
        .collect();
    for expected in [
        "new",
        "acknowledged",
        "awaiting_worker",
        "resolved",
        "closed",
    ] {
        assert!(statuses.contains(expected), "{expected} in {statuses:?}");
    }
    assert_eq!(list[0]["priority"], "urgent");
    assert_eq!(list[0]["overdue"], true);
    let browser = app.browser();
    assert_eq!(
        browser
            .sign_in("demo_inspector", "demo-doha-inspector-rain-41")
            .await,
        303
    );
    let (_, page) = browser.get_text("/inspect?lang=en").await;
    assert!(
        page.contains("not acknowledged in time"),
        "the lead sees the escalation"
    );
    let pool = app.pool.clone();
    let unrouted = tokio::task::spawn_blocking(move || {
        store::count_unrouted(&mut pool.get().unwrap()).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(unrouted, 1);
    // The README's demo receipts open the worker's side.
    let worker = app.browser();
    let res = worker
        .post_form(
            "/track?lang=en",
            &[("receipt", fairrecruit::demo_cases::RECEIPTS[0])],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("Did the agency give you a receipt"),
        "the question waits"
    );
    let res = worker
        .post_form(
            "/track?lang=en",
            &[("receipt", fairrecruit::demo_cases::RECEIPTS[1])],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test]
async fn an_anonymous_complaint_leaves_the_account_and_agent_out_of_the_logs() {
    let (url, _db) = crate::helpers::fresh_database();
    let served = crate::operations::serve_binary(&url, "json").await;
    let pool = fairrecruit::db::build_pool(&url, 1);
    {
        use fairrecruit::db::accounts::{self, NewAccount};
        use fairrecruit::domain::account::{Role, Username};
        let hash = fairrecruit::auth::password::hash_now(crate::helpers::PASSWORD).unwrap();
        let username = Username::parse("kamala_logs").unwrap();
        let new = NewAccount {
            username: &username,
            role: Role::Worker,
            organisation: None,
            password_hash: &hash,
        };
        accounts::create_checked(&mut pool.get().unwrap(), &new, None).unwrap();
    }
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .user_agent("WorkerPhone/9 anonymous-agent-marker")
        .build()
        .unwrap();
    let url = |path: &str| format!("{}{path}", served.base);
    let login = client
        .get(url("/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = crate::helpers::csrf_of(&login);
    let res = client
        .post(url("/login"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("username", "kamala_logs"),
            ("password", crate::helpers::PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let found: Value = client
        .get(url("/api/v1/recruiters?q=sagarmatha"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let recruiter = found["items"][0]["id"].as_str().unwrap().to_owned();
    let res = client
        .post(url("/complaints/new"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("recruiter", recruiter.as_str()),
            ("origin", "NP"),
            ("destination", "QA"),
            ("share_with", "labour_inspectorate"),
            ("description", "distinctive-complaint-words"),
        ])
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let page = res.text().await.unwrap();
    assert_eq!(status, 200, "{page}");
    drop(pool);
    let log = served.stop().await;
    for trace in [
        "kamala_logs",
        "anonymous-agent-marker",
        "distinctive-complaint-words",
    ] {
        assert!(!log.contains(trace), "{trace} logged");
    }
    let filing: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("/complaints/new"))
        .collect();
    assert_eq!(filing.len(), 1, "one request line");
    assert!(!filing[0].contains("127.0.0.1"));
    assert!(!filing[0].contains("user"), "{}", filing[0]);
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

#[tokio::test]
async fn the_worker_and_staff_can_do_everything_over_the_api_too() {
    let w = world().await;
    let (_, filed) = file_api(
        &w.app,
        complaint(&w.recruiter, &["labour_inspectorate", "trade_union"]),
    )
    .await;
    let receipt = filed["receipt"].as_str().unwrap().to_owned();
    let rows = referrals_by_org(&w.app).await;
    let mine = rows.iter().find(|(_, o)| *o == w.inspectorate).unwrap().0;
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let case = |path: &str| format!("/api/v1/cases/{mine}/{path}");
    let (s, body) = api_post(
        &w.app,
        &token,
        &case("priority"),
        json!({"priority": "high"}),
    )
    .await;
    assert_eq!((s, body["field"].clone()), (400, json!("reason")));
    let (s, _) = api_post(
        &w.app,
        &token,
        &case("priority"),
        json!({"priority": "high", "reason": "Six workers"}),
    )
    .await;
    assert_eq!(s, 204);
    let (s, body) = api_post(
        &w.app,
        &token,
        &case("refer"),
        json!({"organisation": w.union}),
    )
    .await;
    assert_eq!(
        (s, body["field"].clone()),
        (400, json!("organisation")),
        "the union has it already"
    );
    for step in ["acknowledge", "investigate", "ask_worker"] {
        assert_eq!(
            api_post(&w.app, &token, &case("actions"), json!({"action": step}))
                .await
                .0,
            200
        );
    }
    // The worker answers with the receipt in the body, then withdraws.
    let client = reqwest::Client::new();
    let res = client
        .post(w.app.url("/api/v1/track/messages"))
        .json(&json!({"receipt": receipt, "referral": mine, "body": "I still have the contract."}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    let (_, tracked) = track_api(&w.app, &receipt).await;
    let statuses: Vec<&str> = tracked["referrals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert!(statuses.contains(&"investigating"), "{statuses:?}");
    let res = client
        .post(w.app.url("/api/v1/track/withdraw"))
        .json(&json!({"receipt": "0000-0000-0000-0000"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    let res = client
        .post(w.app.url("/api/v1/track/withdraw"))
        .json(&json!({"receipt": receipt}))
        .send()
        .await
        .unwrap();
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["closed"], 2);
    let (_, tracked) = track_api(&w.app, &receipt).await;
    assert_eq!(tracked["withdrawn"], true);
    assert!(
        tracked["referrals"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["close_reason"] == "withdrawn")
    );
}
