//! Following a complaint: with the receipt alone, wrong receipts, and from an account.

use diesel::prelude::*;
use fairrecruit::db::schema::complaints;
use serde_json::json;

use super::{
    api_get, api_post, complaint, file_api, file_form, receipt_in, referral_ids, track_api, world,
    world_with,
};

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
