//! `Idempotency-Key` on the API's creating POSTs (`api::idempotency`): a retry gets the
//! first answer and creates nothing; another body under the same key is a 409; two at once
//! file once; a refused first request does not hold its key; nothing in the kept row can be
//! read without the key.

use diesel::prelude::*;
use fairrecruit::db::schema::{complaints, idempotency_keys, reviews};
use serde_json::{Value, json};

use crate::helpers::{TestApp, sample_csv, spawn_app};

async fn world() -> (TestApp, String) {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    (app, recruiter)
}

fn complaint(recruiter: &str, description: &str) -> Value {
    json!({"recruiter": recruiter, "origin": "NP", "destination": "QA",
        "share_with": ["labour_inspectorate"], "description": description})
}

async fn post(app: &TestApp, path: &str, key: Option<&str>, body: &Value) -> (u16, bool, Value) {
    let mut req = reqwest::Client::new().post(app.url(path)).json(body);
    if let Some(key) = key {
        req = req.header("Idempotency-Key", key);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    let replayed = res.headers().get("idempotent-replayed").is_some();
    (status, replayed, res.json().await.unwrap_or(Value::Null))
}

async fn count(app: &TestApp) -> (i64, i64, Vec<(Option<String>, Option<String>)>) {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        (
            complaints::table.count().get_result(&mut conn).unwrap(),
            reviews::table.count().get_result(&mut conn).unwrap(),
            idempotency_keys::table
                .select((idempotency_keys::request_mac, idempotency_keys::body))
                .load(&mut conn)
                .unwrap(),
        )
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_retried_complaint_gets_its_first_receipt_and_files_nothing_new() {
    let (app, recruiter) = world().await;
    let body = complaint(&recruiter, "They kept my passport at the airport.");
    let key = "3f2a9c1e-7b4d-4e8a-9f00-1c2d3e4f5a6b";
    let (status, replayed, first) = post(&app, "/api/v1/complaints", Some(key), &body).await;
    assert_eq!((status, replayed), (201, false), "{first}");
    let receipt = first["receipt"].as_str().unwrap().to_owned();
    // Retried six times (more than the five complaints an address may file at once): the
    // same answer each time, marked as replayed, and no budget taken.
    for _ in 0..6 {
        let (status, replayed, again) = post(&app, "/api/v1/complaints", Some(key), &body).await;
        assert_eq!((status, replayed), (201, true));
        assert_eq!(again, first);
    }
    let (complaints, _, rows) = count(&app).await;
    assert_eq!(complaints, 1);
    // The kept answer is sealed: the receipt's digits are nowhere in the row.
    assert_eq!(rows.len(), 1);
    let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
    let (mac, sealed) = &rows[0];
    assert!(mac.is_some());
    assert!(!sealed.as_deref().unwrap().contains(&digits));
    assert!(!sealed.as_deref().unwrap().contains(&receipt));

    // The same key with another body: 409, translated, nothing filed.
    let other = complaint(&recruiter, "Another story.");
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints?lang=ne"))
        .header("Idempotency-Key", key)
        .json(&other)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 409);
    let refused: Value = res.json().await.unwrap();
    assert_eq!(refused["code"], "conflict");
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
        "{refused}"
    );
    assert_eq!(count(&app).await.0, 1);
    // Without a key, or with a new one, a complaint is a new complaint.
    assert_eq!(post(&app, "/api/v1/complaints", None, &body).await.0, 201);
    let (status, replayed, second) =
        post(&app, "/api/v1/complaints", Some("another-key"), &body).await;
    assert_eq!((status, replayed), (201, false));
    assert_ne!(second["receipt"], first["receipt"]);
    assert_eq!(count(&app).await.0, 3);
}

#[tokio::test]
async fn two_identical_requests_at_the_same_moment_file_once() {
    let (app, recruiter) = world().await;
    let body = complaint(&recruiter, "Sent twice by a phone on a bad network.");
    let key = "same-moment-7c1d";
    let (a, b) = tokio::join!(
        post(&app, "/api/v1/complaints", Some(key), &body),
        post(&app, "/api/v1/complaints", Some(key), &body)
    );
    assert_eq!((a.0, b.0), (201, 201), "{a:?} {b:?}");
    assert_eq!(a.2, b.2, "the same receipt");
    assert!(a.1 != b.1, "one answered, one replayed");
    assert_eq!(count(&app).await.0, 1);
}

#[tokio::test]
async fn a_refused_first_request_does_not_hold_its_key() {
    let (app, recruiter) = world().await;
    let key = "fix-and-retry-1";
    let mut broken = complaint(&recruiter, "Missing its destination.");
    broken.as_object_mut().unwrap().remove("destination");
    let (status, _, refused) = post(&app, "/api/v1/complaints", Some(key), &broken).await;
    assert_eq!(status, 400, "{refused}");
    // Corrected and sent again under the same key: it runs (nothing was created the first
    // time), and is then kept.
    let fixed = complaint(&recruiter, "Missing its destination.");
    let (status, replayed, _) = post(&app, "/api/v1/complaints", Some(key), &fixed).await;
    assert_eq!((status, replayed), (201, false));
    let (status, replayed, _) = post(&app, "/api/v1/complaints", Some(key), &fixed).await;
    assert_eq!((status, replayed), (201, true));
    assert_eq!(count(&app).await.0, 1);
}

#[tokio::test]
async fn bad_keys_are_refused_and_keys_are_per_path() {
    let (app, recruiter) = world().await;
    let body = complaint(&recruiter, "A story.");
    for bad in [
        "with space".to_owned(),
        "k".repeat(256),
        "\u{202e}reversed".to_owned(),
    ] {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/complaints"))
            .header("Idempotency-Key", bad.as_bytes())
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 400);
        let refused: Value = res.json().await.unwrap();
        assert_eq!(refused["field"], "Idempotency-Key", "{refused}");
    }
    assert_eq!(count(&app).await.0, 0);
    // One key on two paths: two requests, each kept for its own path.
    let key = "per-path-key";
    assert_eq!(
        post(&app, "/api/v1/complaints", Some(key), &body).await.0,
        201
    );
    let review = json!({
        "recruiter_id": recruiter, "origin": "NP", "destination": "QA",
        "departure_year": 2024, "currency": "NPR",
        "costs": [{"category": "fee", "paid": true, "amount": 15_000_000}],
        "first_month_wage": 5_000_000, "ratings": {"overall": 2},
        "text": "Paid too much.", "text_language": "en"
    });
    let (status, replayed, first) = post(&app, "/api/v1/reviews", Some(key), &review).await;
    assert_eq!((status, replayed), (201, false), "{first}");
    let (status, replayed, again) = post(&app, "/api/v1/reviews", Some(key), &review).await;
    assert_eq!((status, replayed), (201, true));
    assert_eq!(again, first);
    let (complaints, reviews, rows) = count(&app).await;
    assert_eq!((complaints, reviews, rows.len()), (1, 1, 2));
    // Sign-in is never replayed: the header is ignored there.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .header("Idempotency-Key", key)
        .json(&json!({"username": "nobody", "password": "not-a-password"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(count(&app).await.2.len(), 2);
}
