//! The JSON API: everything the worker and staff do on the pages, done over /api/v1.

use serde_json::{Value, json};

use super::{api_post, complaint, file_api, referrals_by_org, track_api, world};

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
