//! The staff's side: the queue, transitions, escalation, grouping, referring on, priority.

use diesel::prelude::*;
use fairrecruit::db::complaints as store;
use fairrecruit::db::schema::{escalations, referral_transitions};
use serde_json::json;

use crate::helpers::{TestApp, count_queries, spawn_app_with};

use super::{api_get, api_post, complaint, file_api, plain, referral_ids, referrals_by_org, world};

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
    // The five of before, the complaint's keys as sealed to the organisation, and its
    // evidence.
    assert_eq!(case, 7);
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
async fn a_case_is_referred_on_only_where_the_worker_consented_and_the_target_covers_it() {
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
    // Not to an organisation that covers none of the complaint's countries (NP, QA, the
    // recruiter's licensing country), as routing would not; the case page does not offer it.
    let emirates = w
        .app
        .create_organisation(
            "Inspectorate of the Emirates",
            "labour_inspectorate",
            &["AE"],
        )
        .await;
    let (_, page) = inspector.get_text(&format!("/cases/{id}?lang=en")).await;
    assert!(!page.contains("Inspectorate of the Emirates"));
    let res = inspector
        .post_form(
            &format!("/cases/{id}/refer?lang=en"),
            &[
                ("organisation", &emirates.to_string()),
                ("reason", "Employer moved to Dubai"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("does not work in the countries")
    );
    // Referred on to another inspectorate (a kind the worker agreed to, covering Qatar): a
    // new referral there, recorded on the first one's timeline.
    let gulf = w
        .app
        .create_organisation(
            "Gulf Labour Inspection Network",
            "labour_inspectorate",
            &["AE", "QA"],
        )
        .await;
    let res = inspector
        .post_form(
            &format!("/cases/{id}/refer"),
            &[
                ("organisation", &gulf.to_string()),
                ("reason", "Employer moved to Dubai"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let rows = referrals_by_org(&w.app).await;
    assert_eq!(rows.last().unwrap().1, gulf);
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
async fn the_demo_data_gives_an_inspector_a_queue_in_several_states() {
    let app = spawn_app_with(|config| config.demo = true).await;
    for (username, password, _, _, _) in fairrecruit::demo::cases::STAFF {
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
            &[("receipt", fairrecruit::demo::cases::RECEIPTS[0])],
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
            &[("receipt", fairrecruit::demo::cases::RECEIPTS[1])],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
}
