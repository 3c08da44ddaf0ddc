//! Complaints: intake, receipts, routing, the staff's queue and cases, escalation — and the
//! privacy rules around them. Shared helpers and the usual world live here; the tests, by seam,
//! in the files beside.

use diesel::prelude::*;
use fairrecruit::db::schema::{complaints, referrals};
use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, sample_csv, spawn_app_with};

mod api;
mod casework;
mod evidence;
mod evidence_filing;
mod filing;
mod hostile;
mod privacy;
mod sealed;
mod tracking;

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
