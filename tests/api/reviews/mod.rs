//! Reviews: the form and the API, who may review, moderation, the kept scorecards (and that
//! they equal a rebuild), the public list, and hostile input. Shared helpers live here; the
//! tests, by seam, in the files beside.

use fairrecruit::db::reviews::{self, Decision};
use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, sample_csv, spawn_app_with};

mod hostile;
mod imported;
mod kept;
mod moderation;
mod scorecards;
mod writing;

/// An app with the sample directory; the public id of "Everest Manpower Services".
async fn app_with_directory() -> (TestApp, String) {
    app_with(|_| {}).await
}

async fn app_with(configure: impl FnOnce(&mut fairrecruit::config::Config)) -> (TestApp, String) {
    let app = spawn_app_with(configure).await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    (app, id)
}

/// The fields of a complete, valid review form.
fn full_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("origin", "NP"),
        ("destination", "QA"),
        ("departure_year", "2024"),
        ("sector", "construction"),
        ("occupation", "Mason"),
        ("visa_type", "work"),
        ("currency", "NPR"),
        ("cost_fee_paid", "yes"),
        ("cost_fee_amount", "150000"),
        ("cost_fee_to", "recruiter"),
        ("cost_fee_receipt", "no"),
        ("cost_medical_paid", "yes"),
        ("cost_medical_amount", "5000.50"),
        ("cost_travel_paid", "no"),
        ("took_loan", "yes"),
        ("lender", "moneylender"),
        ("loan_interest", "3"),
        ("promised_wage", "80000"),
        ("first_wage", "50000"),
        ("check_documents_kept", "yes"),
        ("check_contract_substituted", "no"),
        ("check_job_as_promised", "no"),
        ("rating_overall", "2"),
        ("rating_fees_honesty", "1"),
        ("use_again", "no"),
        ("body", "They asked for more money at the airport."),
        ("body_language", "en"),
        ("website", ""),
    ]
}

/// A valid API review of `recruiter`.
fn api_review(recruiter: &str) -> Value {
    json!({
        "recruiter_id": recruiter,
        "origin": "NP",
        "destination": "QA",
        "departure_year": 2024,
        "currency": "NPR",
        "costs": [
            {"category": "fee", "paid": true, "amount": 15_000_000, "paid_to": "recruiter", "receipt": false},
            {"category": "medical", "paid": true, "amount": 500_000}
        ],
        "first_month_wage": 5_000_000,
        "checklist": {"documents_kept": true},
        "ratings": {"overall": 2},
        "text": "Paid too much.",
        "text_language": "en"
    })
}

async fn post_api(app: &TestApp, body: &Value, token: Option<&str>) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(app.url("/api/v1/reviews"))
        .json(body);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Counts rows of the review tables.
async fn stored_reviews(app: &TestApp) -> (i64, i64) {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::{review_costs, reviews};
        let mut conn = pool.get().unwrap();
        let r: i64 = reviews::table.count().get_result(&mut conn).unwrap();
        let c: i64 = review_costs::table.count().get_result(&mut conn).unwrap();
        (r, c)
    })
    .await
    .unwrap()
}

/// Every pending review's id, from the database.
async fn pending_ids(app: &TestApp) -> Vec<i64> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        reviews::queue(&mut conn, 1000)
            .unwrap()
            .0
            .into_iter()
            .map(|r| r.id)
            .collect()
    })
    .await
    .unwrap()
}

async fn moderator(app: &TestApp) -> Browser {
    app.create_account("moderator", "moderator1", None).await;
    app.signed_in("moderator1").await
}

async fn scorecard(app: &TestApp, id: &str) -> Value {
    let (status, body) = app
        .get_json(&format!("/api/v1/recruiters/{id}/scorecard"))
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

/// Stores and approves reviews straight through the library.
async fn approve_all(app: &TestApp, reviews_of: Vec<(String, Value)>) {
    for (_, body) in &reviews_of {
        assert_eq!(post_api(app, body, None).await.0, 201, "{body}");
    }
    let pool = app.pool.clone();
    let ids = pending_ids(app).await;
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        for id in ids {
            let stored = reviews::stored(&mut conn, id).unwrap().unwrap();
            reviews::decide(
                &mut conn,
                id,
                None,
                &Decision::Approve {
                    body: stored.draft.body,
                },
                chrono::Utc::now().naive_utc(),
            )
            .unwrap();
        }
    })
    .await
    .unwrap();
}
