//! The privacy rules: who sees which referral, what a union is shown, and what an anonymous
//! complaint leaves behind (nothing of the account, the agent or the address).

use diesel::prelude::*;
use fairrecruit::db::schema::{audit_events, complaints, referral_transitions, referrals};
use serde_json::{Value, json};

use crate::helpers::TestApp;

use super::{api_get, api_post, complaint, file_api, referrals_by_org, world};

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
        foreign.replace(&format!("%2Fcases%2F{theirs}\""), "%2Fcases%2FN\""),
        missing.replace("%2Fcases%2F987654\"", "%2Fcases%2FN\"")
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
