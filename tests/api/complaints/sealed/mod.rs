//! Sealed cases (issue 14): what a complaint's words leave in the database (nothing
//! readable), who opens them, how keys follow people through password changes, resets, a
//! lead's grant and the recovery code, referring on, a new service secret, and sealing what
//! was stored before.

use diesel::prelude::*;
use fairrecruit::config::Config;
use fairrecruit::db::{self, DatabaseUrl};
use fairrecruit::startup::Application;
use serde_json::{Value, json};

use super::{api_get, api_post, complaint, file_api, referrals_by_org, track_api, world};
use crate::helpers::{PASSWORD, TestApp};

const CANARIES: [&str; 8] = [
    "CANARYWORDS7731",
    "CANARYPHONE5550",
    "CANARYTIMES2100",
    "CANARYASK4242",
    "CANARYNOTE9090",
    "CANARYREASON1212",
    "CANARYREPLY3434",
    "CANARYPRIORITY5656",
];

/// Every byte the database holds: the SQLite file and its write-ahead log, or a PostgreSQL
/// dump.
fn database_bytes(url: &DatabaseUrl) -> Vec<u8> {
    match url {
        DatabaseUrl::Sqlite(path) => {
            let mut bytes = std::fs::read(path).unwrap();
            let wal = format!("{}-wal", path.display());
            bytes.extend(std::fs::read(wal).unwrap_or_default());
            bytes
        }
        DatabaseUrl::Postgres(url) => {
            let out = std::process::Command::new("pg_dump")
                .arg(url)
                .output()
                .expect("pg_dump runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            out.stdout
        }
    }
}

fn holds(bytes: &[u8], word: &str) -> bool {
    bytes.windows(word.len()).any(|w| w == word.as_bytes())
}

/// Every file under a folder.
fn folder_bytes(dir: &std::path::Path) -> Vec<u8> {
    let mut bytes = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            bytes.extend(folder_bytes(&path));
        } else {
            bytes.extend(std::fs::read(&path).unwrap_or_default());
        }
    }
    bytes
}

async fn sealed_complaint(app: &TestApp, recruiter: &str, kinds: &[&str]) -> String {
    let mut body = complaint(recruiter, kinds);
    body["description"] = json!(format!("{} passport held", CANARIES[0]));
    body["contact_preference"] = json!("contact");
    body["contact_details"] = json!(format!("Signal {}", CANARIES[1]));
    body["safe_times"] = json!(CANARIES[2]);
    body["contact_with"] = json!(["labour_inspectorate"]);
    let (status, filed) = file_api(app, body).await;
    assert_eq!(status, 201, "{filed}");
    filed["receipt"].as_str().unwrap().to_owned()
}

/// Creates an organisation without a key (as an administrator does) covering AE.
async fn keyless_organisation(app: &TestApp, name: &str, kind: &str, country: &str) -> i64 {
    use fairrecruit::db::accounts;
    use fairrecruit::domain::account::OrganisationDraft;
    let draft =
        OrganisationDraft::parse(name, kind, &[country.to_owned()], &[], "7", "90").unwrap();
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        accounts::create_organisation(&mut pool.get().unwrap(), &draft).unwrap()
    })
    .await
    .unwrap()
}

/// The recovery code on a page (`ABCD-EFGH-…`, six groups of four).
fn code_in(page: &str) -> String {
    let start = page
        .find("<code class=\"receipt\">")
        .expect("a recovery code")
        + 22;
    page[start..start + 29].to_owned()
}

/// An administrator sets a member's password; a browser signed in with it.
async fn reset_and_sign_in(
    app: &TestApp,
    admin: &crate::helpers::Browser,
    id: i64,
    username: &str,
    password: &str,
) -> crate::helpers::Browser {
    let res = admin
        .post_form(
            &format!("/admin/staff/{id}/password"),
            &[("new_password", password)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let browser = app.browser();
    assert_eq!(browser.sign_in(username, password).await, 303);
    browser
}

async fn case_text(app: &TestApp, username: &str, id: i64) -> String {
    let browser = app.signed_in(username).await;
    let (status, page) = browser.get_text(&format!("/cases/{id}?lang=en")).await;
    assert_eq!(status, 200);
    page
}

/// A second server on the same database with other settings.
async fn server_with_secret(
    url: &DatabaseUrl,
    secret: &str,
) -> (String, actix_web::dev::ServerHandle) {
    let mut config = Config::for_database(url.clone());
    config.auth.jwt_secret = Some(secret.to_owned());
    let app = Application::build(config).await.expect("builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let handle = app.handle();
    tokio::spawn(app.run_until_stopped());
    (address, handle)
}

async fn track_at(address: &str, receipt: &str) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(format!("{address}/api/v1/track"))
        .json(&json!({ "receipt": receipt }))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap())
}

async fn set_ended_on(app: &TestApp, days_ago: i64) {
    use fairrecruit::db::schema::referrals;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let day = fairrecruit::clock::day_of(
            fairrecruit::clock::now() - chrono::Duration::days(days_ago),
        );
        diesel::update(referrals::table.filter(referrals::ended_on.is_not_null()))
            .set(referrals::ended_on.eq(day))
            .execute(&mut pool.get().unwrap())
            .unwrap();
    })
    .await
    .unwrap();
}

async fn purge(app: &TestApp) -> fairrecruit::db::retention::Purged {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::retention::purge(&mut pool.get().unwrap(), fairrecruit::clock::now(), 730)
            .unwrap()
    })
    .await
    .unwrap()
}

/// The published figures, as the reports compute them at `at`.
async fn figures(app: &TestApp, at: chrono::NaiveDateTime) -> String {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::reports::refresh(&mut conn, at).unwrap();
    })
    .await
    .unwrap();
    let (_, justice) = app.get_json("/api/v1/reports/justice").await;
    let (_, rankings) = app.get_json("/api/v1/reports/recruiters").await;
    format!("{justice}{rankings}")
}

/// Posts a raw form body (bytes as given, with the browser's CSRF token first).
async fn post_raw(browser: &crate::helpers::Browser, path: &str, body: &str) -> (u16, String) {
    let csrf = browser.csrf().await;
    let res = browser
        .client
        .post(browser.url(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(format!("csrf={csrf}&{body}"))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap_or_default())
}

/// Flips one character in the middle of a sealed text.
fn tampered(sealed: &str) -> String {
    let mut bytes = sealed.as_bytes().to_vec();
    let i = bytes.len() / 2;
    bytes[i] = if bytes[i] == b'A' { b'B' } else { b'A' };
    String::from_utf8(bytes).unwrap()
}

mod keys;
mod legacy;
mod reading;
mod retention;
