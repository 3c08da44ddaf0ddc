//! Notifications: the outbox written with the change, delivered to a real SMTP listener,
//! surviving a mail server that is down, slow to accept (451) or refusing (550), and never
//! carrying a complaint's words, a receipt or a worker's name.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use fairrecruit::db::schema::{outbox, referrals};
use fairrecruit::db::{accounts, outbox as store};
use fairrecruit::notify::deliver::{Delivered, deliver_at};
use fairrecruit::notify::mail::{MailConfig, Mailer};
use fairrecruit::{domain::notice::MailNotices, notify::LEASE};
use serde_json::json;

use crate::helpers::{PASSWORD, TestApp, sample_csv, spawn_app_with};
use crate::smtp::{Mode, Received, SmtpListener};

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

#[tokio::test]
async fn a_complaint_routed_to_two_organisations_mails_each_one_s_staff_exactly_once() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let receipt = file(&w).await;
    let done = deliver(&w.app, &mailer, now()).await;
    assert_eq!(
        done,
        Delivered {
            sent: 2,
            retried: 0,
            dead: 0
        }
    );
    let mails = smtp.received();
    assert_eq!(
        recipients(&mails),
        vec!["inspector@qa.test", "officer@np.test"],
        "one mail to each organisation's staff who want mail; none to who said no or has no address"
    );
    // Delivered once: another pass sends nothing more.
    assert_eq!(deliver(&w.app, &mailer, now()).await, Delivered::default());
    assert_eq!(smtp.received().len(), 2);
    let rows = outbox_rows(&w.app).await;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let case_ids: Vec<i64> = {
        let pool = w.app.pool.clone();
        tokio::task::spawn_blocking(move || {
            referrals::table
                .order(referrals::id)
                .select(referrals::id)
                .load(&mut pool.get().unwrap())
                .unwrap()
        })
        .await
        .unwrap()
    };
    for mail in &mails {
        assert_carries_nothing_of_the_worker(mail, &receipt, None);
        let id = mail.header("Message-ID").expect("a Message-ID");
        assert!(
            ids.iter()
                .any(|i| id == format!("<outbox-{i}@fairrecruit.test>")),
            "{id}"
        );
        let text = mail.text();
        assert!(text.contains("A new case has been referred to"), "{text}");
        assert!(
            case_ids
                .iter()
                .any(|c| text.contains(&format!("https://fairrecruit.test/cases/{c}"))),
            "a link to the case: {text}"
        );
        let subject = mail.header("Subject").unwrap_or_default();
        assert!(
            subject == "New case for Inspectorate of Qatar"
                || subject == "New case for Migrant Union Nepal",
            "a plain subject: {subject:?}"
        );
        assert!(
            mail.data.contains("Content-Type: text/html"),
            "an HTML part"
        );
        assert!(
            mail.data.contains("Content-Type: text/plain"),
            "a text part"
        );
    }
    assert!(rows.iter().all(|r| r.3 == "sent"), "{rows:?}");
}

#[tokio::test]
async fn a_change_that_is_rolled_back_sends_nothing() {
    use fairrecruit::domain::complaint::{ComplaintInput, Filer};
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let draft = ComplaintInput {
        recruiter: w.recruiter.clone(),
        origin: "NP".into(),
        destination: "QA".into(),
        share_with: vec!["labour_inspectorate".into(), "trade_union".into()],
        ..ComplaintInput::default()
    }
    .parse(Filer::Anonymous, 2026)
    .unwrap();
    let pool = w.app.pool.clone();
    let (filed, rows_inside) = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let mut seen = (None, 0);
        let result: Result<(), diesel::result::Error> = conn.transaction(|conn| {
            let filed = fairrecruit::db::complaints::file(
                conn,
                &draft,
                "hash-x",
                Default::default(),
                now(),
            )
            .unwrap();
            let rows: i64 = outbox::table.count().get_result(conn)?;
            seen = (Some(filed.referrals), rows);
            // Something later in the same change fails: everything goes.
            Err(diesel::result::Error::RollbackTransaction)
        });
        assert!(result.is_err());
        seen
    })
    .await
    .unwrap();
    assert_eq!(filed, Some(2));
    assert_eq!(rows_inside, 2, "the rows were written with the change");
    assert!(outbox_rows(&w.app).await.is_empty());
    assert_eq!(deliver(&w.app, &mailer, now()).await, Delivered::default());
    assert!(smtp.received().is_empty());
}

#[tokio::test]
async fn mails_wait_while_the_mail_server_is_down_and_all_arrive_when_it_is_back() {
    let w = world().await;
    let mut smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    smtp.stop();
    // Complaints are accepted while mail is down: by the API and by the page.
    let mut receipts = Vec::new();
    for _ in 0..2 {
        receipts.push(file(&w).await);
    }
    let page = w
        .app
        .browser()
        .post_form(
            "/complaints/new",
            &[
                ("recruiter", w.recruiter.as_str()),
                ("origin", "NP"),
                ("destination", "QA"),
                ("share_with", "labour_inspectorate"),
                ("share_with", "trade_union"),
                ("description", STORY),
            ],
        )
        .await;
    assert_eq!(page.status().as_u16(), 200, "the receipt page");
    let start = now();
    let done = deliver(&w.app, &mailer, start).await;
    assert_eq!(done.sent, 0);
    assert_eq!(done.retried, 6, "{done:?}");
    assert!(smtp.received().is_empty());
    let rows = outbox_rows(&w.app).await;
    assert_eq!(rows.len(), 6);
    assert!(
        rows.iter().all(|r| r.3 == "pending" && r.4 == 1),
        "{rows:?}"
    );
    // Not due again at once (backoff).
    assert_eq!(deliver(&w.app, &mailer, start).await, Delivered::default());
    smtp.restart();
    let done = deliver(&w.app, &mailer, start + TimeDelta::hours(2)).await;
    assert_eq!(done.sent, 6, "{done:?}");
    let mails = smtp.received();
    assert_eq!(mails.len(), 6, "every waiting mail, none lost");
    let mut ids: Vec<String> = mails
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 6, "none twice");
    for mail in &mails {
        for receipt in &receipts {
            assert_carries_nothing_of_the_worker(mail, receipt, None);
        }
    }
}

#[tokio::test]
async fn a_451_is_tried_again_later_and_a_550_is_given_up_for_administrators_to_retry() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    smtp.set_mode(Mode::TryLater);
    file(&w).await;
    let start = now();
    let done = deliver(&w.app, &mailer, start).await;
    assert_eq!(done.retried, 2, "{done:?}");
    let pool = w.app.pool.clone();
    let errors: Vec<(Option<String>, NaiveDateTime)> = tokio::task::spawn_blocking(move || {
        outbox::table
            .select((outbox::last_error, outbox::due_at))
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    for (error, due) in &errors {
        assert!(
            error.as_deref().unwrap_or_default().contains("451"),
            "{error:?}"
        );
        assert!(*due > start + TimeDelta::seconds(20), "backed off: {due}");
        assert!(
            *due <= start + TimeDelta::seconds(60),
            "first wait at most a minute: {due}"
        );
    }
    smtp.set_mode(Mode::Accept);
    let done = deliver(&w.app, &mailer, start + TimeDelta::minutes(2)).await;
    assert_eq!(done.sent, 2);
    assert_eq!(smtp.received().len(), 2);

    // A refusal is permanent: dead at once, with the server's answer.
    smtp.set_mode(Mode::Refuse);
    file(&w).await;
    let done = deliver(&w.app, &mailer, now()).await;
    assert_eq!(done.dead, 2, "{done:?}");
    let rows = outbox_rows(&w.app).await;
    let dead: Vec<_> = rows.iter().filter(|r| r.3 == "dead").collect();
    assert_eq!(dead.len(), 2);
    // Administrators see them with the error and can put them back in line.
    w.app.create_account("admin", "root_admin", None).await;
    let admin = w.app.signed_in("root_admin").await;
    let (status, page) = admin.get_text("/admin/mail?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("550"), "{page}");
    assert!(
        page.contains("inspector@qa.test"),
        "staff addresses are shown"
    );
    let res = admin
        .post_form(&format!("/admin/mail/{}/retry", dead[0].0), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // Retrying a mail that is no longer dead (a second click) puts nothing back.
    let res = admin
        .post_form(&format!("/admin/mail/{}/retry", dead[0].0), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers().get("location").unwrap(),
        "/admin/mail?retried=0"
    );
    let res = admin.post_form("/admin/mail/not-a-number/retry", &[]).await;
    assert_eq!(res.status().as_u16(), 404);
    smtp.set_mode(Mode::Accept);
    let done = deliver(&w.app, &mailer, now()).await;
    assert_eq!(done.sent, 1);
    let res = admin.post_form("/admin/mail/retry", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(deliver(&w.app, &mailer, now()).await.sent, 1);
    assert!(outbox_rows(&w.app).await.iter().all(|r| r.3 == "sent"));
    // Other staff may not see the page or retry.
    let inspector = w.app.signed_in("inspector_q").await;
    assert_eq!(inspector.get("/admin/mail").await.status().as_u16(), 403);
}

#[tokio::test]
async fn too_many_transient_failures_end_dead() {
    let w = world().await;
    let mut smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    smtp.stop();
    file(&w).await;
    let mut at = now();
    for _ in 0..fairrecruit::notify::MAX_ATTEMPTS {
        deliver(&w.app, &mailer, at).await;
        at += TimeDelta::hours(7);
    }
    let rows = outbox_rows(&w.app).await;
    assert!(
        rows.iter()
            .all(|r| r.3 == "dead" && r.4 == fairrecruit::notify::MAX_ATTEMPTS),
        "{rows:?}"
    );
}

#[tokio::test]
async fn a_crash_between_send_and_mark_sends_that_one_mail_again_and_no_other() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    file(&w).await;
    file(&w).await;
    let start = now();
    // A deliverer claims the four mails, sends the first, and dies before marking it.
    let (pool, crashed) = (w.app.pool.clone(), mailer.clone());
    let first = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let claimed = store::claim(
            &mut conn,
            start,
            start + TimeDelta::from_std(LEASE).unwrap(),
            20,
        )
        .unwrap();
        assert_eq!(claimed.len(), 4);
        let message = crashed.compose(&claimed[0]).unwrap();
        crashed.send(claimed[0].id, &message).unwrap();
        claimed[0].id
    })
    .await
    .unwrap();
    // Another deliverer running meanwhile does not touch the claimed mails.
    assert_eq!(
        deliver(&w.app, &mailer, start + TimeDelta::minutes(1)).await,
        Delivered::default()
    );
    // After the lease, all four go: the first a second time, with the same Message-ID.
    let after = start + TimeDelta::from_std(LEASE).unwrap() + TimeDelta::seconds(1);
    assert_eq!(deliver(&w.app, &mailer, after).await.sent, 4);
    let mails = smtp.received();
    assert_eq!(mails.len(), 5);
    let first_id = format!("<outbox-{first}@fairrecruit.test>");
    let ids: Vec<String> = mails
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    assert_eq!(ids.iter().filter(|i| **i == first_id).count(), 2, "{ids:?}");
    let mut others: Vec<&String> = ids.iter().filter(|i| **i != first_id).collect();
    others.sort();
    others.dedup();
    assert_eq!(others.len(), 3, "every other mail once: {ids:?}");
}

#[tokio::test]
async fn a_worker_hears_of_acknowledgement_and_outcome_in_their_language_and_nothing_more() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let worker_id = w.app.create_account("worker", "sita_worker", None).await;
    let worker = w.app.browser();
    // Signing in from a Nepali page makes Nepali the worker's mail language.
    let res = worker
        .post_form(
            "/login?lang=ne",
            &[("username", "sita_worker"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = worker
        .post_form("/account/email", &[("email", "sita@example.org")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let res = worker
        .post_form(
            "/complaints/new",
            &[
                ("recruiter", w.recruiter.as_str()),
                ("origin", "NP"),
                ("destination", "QA"),
                ("share_with", "labour_inspectorate"),
                ("contact_preference", "account"),
                ("description", STORY),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let receipt_page = res.text().await.unwrap();
    let token = w.app.api_token("inspector_q", PASSWORD).await;
    let pool = w.app.pool.clone();
    let referral: i64 = tokio::task::spawn_blocking(move || {
        referrals::table
            .select(referrals::id)
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    for body in [
        json!({"action": "acknowledge"}),
        json!({"action": "investigate"}),
        json!({"action": "resolve", "remedies": ["documents_returned"]}),
    ] {
        let res = reqwest::Client::new()
            .post(w.app.url(&format!("/api/v1/cases/{referral}/actions")))
            .bearer_auth(&token)
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "{body}");
    }
    deliver(&w.app, &mailer, now()).await;
    let to_worker: Vec<Received> = smtp
        .received()
        .into_iter()
        .filter(|m| m.to == ["sita@example.org"])
        .collect();
    assert_eq!(to_worker.len(), 2, "acknowledged, then resolved");
    let rows = outbox_rows(&w.app).await;
    let kinds: Vec<&str> = rows
        .iter()
        .filter(|r| r.1 == "sita@example.org")
        .map(|r| r.2.as_str())
        .collect();
    assert_eq!(kinds, ["complaint-acknowledged", "complaint-resolved"]);
    let receipt: String = receipt_page
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .find(|s| s.len() == 19)
        .expect("a receipt")
        .to_owned();
    for mail in &to_worker {
        assert_carries_nothing_of_the_worker(mail, &receipt, Some("sita_worker"));
        let text = mail.text();
        assert!(text.contains("Inspectorate of Qatar"), "{text}");
        assert!(text.contains("https://fairrecruit.test/track"), "{text}");
        assert!(text.contains(r#"lang="ne""#), "in Nepali: {text}");
    }
    let _ = worker_id;
}

#[tokio::test]
async fn a_review_decision_reaches_its_author_and_an_anonymous_review_reaches_nobody() {
    use fairrecruit::db::reviews;
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let author = w.app.create_account("worker", "ram_worker", None).await;
    wants_mail(&w.app, author, "ram@example.org", MailNotices::Each).await;
    let token = w.app.api_token("ram_worker", PASSWORD).await;
    let review = json!({
        "recruiter_id": w.recruiter, "origin": "NP", "destination": "QA",
        "departure_year": 2024, "currency": "NPR", "ratings": {"overall": 4},
        "text": STORY, "text_language": "en",
    });
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/reviews"))
        .bearer_auth(&token)
        .json(&review)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201, "{}", res.text().await.unwrap());
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/reviews"))
        .json(&review)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let pool = w.app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let (queue, _) = reviews::queue(&mut conn, 10).unwrap();
        for id in queue.iter().map(|r| r.id) {
            reviews::decide(
                &mut conn,
                id,
                None,
                &reviews::Decision::Approve { body: None },
                now(),
            )
            .unwrap();
        }
    })
    .await
    .unwrap();
    deliver(&w.app, &mailer, now()).await;
    let mails = smtp.received();
    assert_eq!(recipients(&mails), ["ram@example.org"]);
    let text = mails[0].text();
    assert!(text.contains("Your review of"), "{text}");
    assert!(text.contains("Everest Manpower Services"), "{text}");
    assert!(!text.contains("Zanzibar"), "{text}");
    assert!(!text.contains("ram_worker"), "{text}");
}

#[tokio::test]
async fn a_lead_who_chose_a_digest_gets_one_summary_a_day_and_overdue_cases_reach_leads() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let lead = w
        .app
        .create_account("inspector", "lead_q", Some((w.inspectorate, true)))
        .await;
    wants_mail(&w.app, lead, "lead@qa.test", MailNotices::Each).await;
    // The lead chooses the digest on their account page.
    let browser = w.app.signed_in("lead_q").await;
    let res = browser
        .post_form(
            "/account/notifications",
            &[("language", "en"), ("notices", "digest")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    file(&w).await;
    file(&w).await;
    let start = now();
    deliver(&w.app, &mailer, start).await;
    assert!(
        !recipients(&smtp.received()).contains(&"lead@qa.test".to_owned()),
        "held for the digest"
    );
    let pool = w.app.pool.clone();
    let gather = move |at: NaiveDateTime| {
        let pool = pool.clone();
        async move {
            tokio::task::spawn_blocking(move || {
                store::gather_digests(&mut pool.get().unwrap(), at).unwrap()
            })
            .await
            .unwrap()
        }
    };
    assert_eq!(gather(start).await, 1);
    deliver(&w.app, &mailer, start).await;
    let digest: Vec<Received> = smtp
        .received()
        .into_iter()
        .filter(|m| m.to == ["lead@qa.test"])
        .collect();
    assert_eq!(digest.len(), 1);
    let text = digest[0].text();
    assert!(text.contains("2 new cases"), "{text}");
    // Eight days on, the cases are overdue: the lead's summary holds them, but not before a
    // day has passed since the last one.
    let pool = w.app.pool.clone();
    let later = start + TimeDelta::days(8);
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::complaints::mark_overdue(&mut pool.get().unwrap(), later).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(gather(start + TimeDelta::hours(1)).await, 0, "one a day");
    assert_eq!(gather(later).await, 1);
    deliver(&w.app, &mailer, later).await;
    let digests: Vec<Received> = smtp
        .received()
        .into_iter()
        .filter(|m| m.to == ["lead@qa.test"])
        .collect();
    assert_eq!(digests.len(), 2);
    let text = digests[1].text();
    assert!(
        text.contains("2 cases past their acknowledgement deadline"),
        "{text}"
    );
    // Members are not told of overdue cases; leads who want each mail are.
    let rows = outbox_rows(&w.app).await;
    assert!(
        !rows
            .iter()
            .any(|r| r.1 == "inspector@qa.test" && r.2.starts_with("overdue")),
        "{rows:?}"
    );
    let res = browser
        .post_form(
            "/account/notifications",
            &[("language", "ar"), ("notices", "each")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let pool = w.app.pool.clone();
    let much_later = start + TimeDelta::days(100);
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::complaints::mark_overdue(&mut pool.get().unwrap(), much_later).unwrap()
    })
    .await
    .unwrap();
    let rows = outbox_rows(&w.app).await;
    let overdue: Vec<_> = rows
        .iter()
        .filter(|r| r.1 == "lead@qa.test" && r.2 == "overdue-answer")
        .collect();
    assert_eq!(overdue.len(), 2, "{rows:?}");
    assert!(overdue.iter().all(|r| r.3 == "pending"));
    deliver(&w.app, &mailer, much_later).await;
    let last = smtp.received().into_iter().last().unwrap();
    assert!(
        last.text().contains("dir=\"rtl\""),
        "Arabic mail is right to left"
    );
}

#[tokio::test]
async fn the_notification_settings_form_refuses_hostile_input_and_keeps_what_was_typed() {
    let w = world().await;
    let browser = w.app.signed_in("inspector_q").await;
    for (fields, field) in [
        (vec![("language", "xx"), ("notices", "each")], "language"),
        (
            vec![
                ("language", "<script>alert(1)</script>"),
                ("notices", "each"),
            ],
            "language",
        ),
        (vec![("language", "en"), ("notices", "weekly")], "notices"),
        // Only leads may choose a digest.
        (vec![("language", "en"), ("notices", "digest")], "notices"),
        (
            vec![("language", "en"), ("notices", "each\u{202e}")],
            "notices",
        ),
    ] {
        let res = browser
            .post_form("/account/notifications?lang=en", &fields)
            .await;
        assert_eq!(res.status().as_u16(), 400, "{fields:?}");
        let page = res.text().await.unwrap();
        assert!(!page.contains("<script>alert"), "escaped");
        let _ = field;
    }
    let res = browser
        .post_form(
            "/account/notifications",
            &[("language", "en"), ("notices", "each"), ("extra", "1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "unknown field");
    let res = browser
        .post_form(
            "/account/notifications",
            &[("language", "en"), ("language", "ne"), ("notices", "each")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "repeated field");
    let res = browser
        .post_form(
            "/account/notifications?lang=en",
            &[("language", "ne"), ("notices", "none")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = browser
        .get_text("/account?saved=notifications&lang=en")
        .await;
    assert!(page.contains("Notification settings saved."));
    assert!(
        page.contains(r#"<option value="ne" lang="ne" selected>"#),
        "{page}"
    );
    assert!(page.contains(r#"value="none" checked"#));
    assert!(
        !page.contains(r#"value="digest""#),
        "digest only offered to leads"
    );
}

#[tokio::test]
async fn without_an_smtp_url_each_mail_is_an_eml_file_under_the_data_folder() {
    let w = world().await;
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(None, dir.path());
    let receipt = file(&w).await;
    assert_eq!(deliver(&w.app, &mailer, now()).await.sent, 2);
    let ids: Vec<i64> = outbox_rows(&w.app).await.iter().map(|r| r.0).collect();
    for id in ids {
        let path = dir.path().join("mail").join(format!("{id}.eml"));
        let text = std::fs::read_to_string(&path).expect("an .eml file per mail");
        assert!(text.contains(&format!("Message-ID: <outbox-{id}@fairrecruit.test>")));
        let mail = Received {
            to: Vec::new(),
            data: text,
        };
        assert_carries_nothing_of_the_worker(&mail, &receipt, None);
    }
}

#[tokio::test]
async fn the_delivery_worker_in_serve_sends_new_mail_on_its_own() {
    let smtp = SmtpListener::start();
    let url = smtp.url();
    let dir = tempfile::tempdir().unwrap();
    let mail_dir = dir.path().to_owned();
    let app = spawn_app_with(move |config| {
        config.mail = MailConfig {
            smtp_url: Some(url),
            deliver: true,
            ..MailConfig::new(&mail_dir, None, "127.0.0.1:0")
        };
    })
    .await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let org = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    let inspector = app
        .create_account("inspector", "inspector_q", Some((org, false)))
        .await;
    wants_mail(&app, inspector, "inspector@qa.test", MailNotices::Each).await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .json(
            &json!({"recruiter": recruiter, "origin": "NP", "destination": "QA",
                      "share_with": ["labour_inspectorate"]}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    for _ in 0..100 {
        if !smtp.received().is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(recipients(&smtp.received()), ["inspector@qa.test"]);
}

#[tokio::test]
async fn a_write_that_reads_first_waits_for_another_writer_instead_of_failing() {
    // The mail deliverer commits every few seconds; a request's transaction that read
    // before it committed must still be able to write (on SQLite: BEGIN IMMEDIATE).
    use fairrecruit::db::schema::recruiters;
    use fairrecruit::error::AppError;
    let app = crate::helpers::spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let pool = app.pool.clone();
    let (ours, theirs) = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let other = pool.clone();
        let ours = fairrecruit::db::transaction(&mut conn, |conn| {
            let before: i64 = recruiters::table.count().get_result(conn)?;
            let writer = std::thread::spawn(move || {
                let mut conn = other.get().unwrap();
                diesel::update(recruiters::table.filter(recruiters::licence_number.eq("NP-0002")))
                    .set(recruiters::address.eq("written by another connection"))
                    .execute(&mut conn)
            });
            std::thread::sleep(std::time::Duration::from_millis(300));
            diesel::update(recruiters::table.filter(recruiters::licence_number.eq("NP-0001")))
                .set(recruiters::address.eq(format!("{before} listed")))
                .execute(conn)?;
            Ok::<_, AppError>(writer)
        });
        let writer = ours.expect("our transaction commits");
        (true, writer.join().unwrap())
    })
    .await
    .unwrap();
    assert!(ours);
    assert_eq!(theirs.unwrap(), 1, "the other writer went after us");
}
