//! Who hears what: workers in their language, review authors, leads' digests, and the
//! settings form.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use fairrecruit::db::outbox as store;
use fairrecruit::db::schema::referrals;
use fairrecruit::domain::notice::MailNotices;
use serde_json::json;

use crate::helpers::PASSWORD;
use crate::smtp::{Received, SmtpListener};

use super::{
    STORY, assert_carries_nothing_of_the_worker, deliver, file, mailer_for, now, outbox_rows,
    recipients, wants_mail, world,
};

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
    // Noon of the day the cases were filed: digests go once a calendar day, so an hour later
    // must be the same day whenever the test runs.
    let start = now().date().and_hms_opt(12, 0, 0).unwrap();
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
