//! Accounts and the locks: registration, sign-in, tokens, sessions, CSRF, throttling, audit.
//! Shared helpers live here; the tests, by seam, in the files beside.

use fairrecruit::db::accounts::{self, Outcome};

use crate::helpers::TestApp;

mod account;
mod registration;
mod second_factor;
mod sessions;
mod signin;
mod tokens;

async fn audit_count(app: &TestApp, event: &'static str, outcome: Outcome) -> i64 {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        accounts::count_events(&mut pool.get().unwrap(), event, outcome).unwrap()
    })
    .await
    .unwrap()
}

async fn stored_hash(app: &TestApp, username: &str) -> Option<String> {
    let pool = app.pool.clone();
    let key = username.to_lowercase();
    tokio::task::spawn_blocking(move || {
        accounts::find_by_key(&mut pool.get().unwrap(), &key)
            .unwrap()
            .map(|a| a.password_hash)
    })
    .await
    .unwrap()
}

async fn me(app: &TestApp, token: &str) -> (u16, serde_json::Value) {
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}
