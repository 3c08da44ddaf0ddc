//! Notifications: the outbox written with the change, delivered to a real SMTP listener,
//! surviving a mail server that is down, slow to accept (451) or refusing (550), and never
//! carrying a complaint's words, a receipt or a worker's name. Shared helpers (also used by the
//! watchlist tests) live here; the tests, by seam, in the files beside.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use fairrecruit::db::accounts;
use fairrecruit::db::schema::outbox;
use fairrecruit::domain::notice::MailNotices;
use fairrecruit::notify::deliver::{Delivered, deliver_at};
use fairrecruit::notify::mail::{MailConfig, Mailer};
use serde_json::json;

use crate::helpers::{TestApp, sample_csv, spawn_app_with};
use crate::smtp::{Received, SmtpListener};

mod delivery;
mod failures;
mod recipients;
mod reset;

/// Words only the complaint holds: no mail may carry them.
const STORY: &str = "Zanzibar-lantern passport story";

pub fn now() -> NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

pub fn mailer_for(smtp: Option<&SmtpListener>, dir: &std::path::Path) -> Mailer {
    Mailer::new(&MailConfig {
        smtp_url: smtp.map(SmtpListener::url),
        from: "FairRecruit <noreply@fairrecruit.test>".into(),
        ..MailConfig::new(dir, Some("https://fairrecruit.test"), "127.0.0.1:0")
    })
    .unwrap()
}

/// One delivery pass as the worker in `serve` makes it, at `at`.
pub async fn deliver(app: &TestApp, mailer: &Mailer, at: NaiveDateTime) -> Delivered {
    let (pool, mailer) = (app.pool.clone(), mailer.clone());
    tokio::task::spawn_blocking(move || deliver_at(&pool, &mailer, at).unwrap())
        .await
        .unwrap()
}

/// (id, recipient, kind, state, attempts) of every outbox row, oldest first.
pub async fn outbox_rows(app: &TestApp) -> Vec<(i64, String, String, String, i32)> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        outbox::table
            .order(outbox::id)
            .select((
                outbox::id,
                outbox::recipient,
                outbox::kind,
                outbox::state,
                outbox::attempts,
            ))
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

/// Gives an account an address and a preference, as the account page does.
pub async fn wants_mail(app: &TestApp, id: i64, email: &str, notices: MailNotices) {
    let (pool, email) = (app.pool.clone(), email.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        accounts::set_email(&mut conn, id, Some(&email)).unwrap();
        accounts::set_notices(&mut conn, id, "en", notices).unwrap();
    })
    .await
    .unwrap();
}

/// An app with the sample directory; an inspectorate covering QA and a union covering NP,
/// each with staff who want mail, one who does not, and one without an address.
struct World {
    app: TestApp,
    recruiter: String,
    inspectorate: i64,
}

async fn world() -> World {
    let app = spawn_app_with(|_| {}).await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let inspectorate = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    let union = app
        .create_organisation("Migrant Union Nepal", "trade_union", &["NP"])
        .await;
    let inspector = app
        .create_account("inspector", "inspector_q", Some((inspectorate, false)))
        .await;
    wants_mail(&app, inspector, "inspector@qa.test", MailNotices::Each).await;
    let quiet = app
        .create_account("inspector", "quiet_q", Some((inspectorate, false)))
        .await;
    wants_mail(&app, quiet, "quiet@qa.test", MailNotices::None).await;
    app.create_account("inspector", "no_address_q", Some((inspectorate, false)))
        .await;
    let officer = app
        .create_account("union_officer", "union_n", Some((union, false)))
        .await;
    wants_mail(&app, officer, "officer@np.test", MailNotices::Each).await;
    World {
        app,
        recruiter,
        inspectorate,
    }
}

/// Files an anonymous complaint through the API for both kinds; the receipt.
async fn file(w: &World) -> String {
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/complaints"))
        .json(&json!({
            "recruiter": w.recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate", "trade_union"],
            "description": STORY,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let body: serde_json::Value = res.json().await.unwrap();
    body["receipt"].as_str().unwrap().to_owned()
}

fn recipients(mails: &[Received]) -> Vec<String> {
    let mut to: Vec<String> = mails.iter().flat_map(|m| m.to.clone()).collect();
    to.sort();
    to
}

/// Nothing in a mail that belongs to the worker.
fn assert_carries_nothing_of_the_worker(mail: &Received, receipt: &str, username: Option<&str>) {
    let text = format!("{}\n{}", mail.data, mail.text());
    assert!(!text.contains(STORY), "story in mail: {text}");
    assert!(!text.contains("Zanzibar"), "story in mail: {text}");
    let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
    let flat: String = text.chars().filter(char::is_ascii_digit).collect();
    assert!(!flat.contains(&digits), "receipt in mail: {text}");
    if let Some(username) = username {
        assert!(!text.contains(username), "username in mail: {text}");
    }
}
