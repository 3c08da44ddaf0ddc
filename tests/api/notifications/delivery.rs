//! Delivery: one mail per organisation's staff, nothing from a rolled-back change, files
//! without SMTP, the worker in `serve`, and writers that wait for each other.

use diesel::prelude::*;
use fairrecruit::db::schema::{outbox, referrals};
use fairrecruit::domain::notice::MailNotices;
use fairrecruit::notify::deliver::Delivered;
use fairrecruit::notify::mail::MailConfig;
use serde_json::json;

use crate::helpers::{sample_csv, spawn_app_with};
use crate::smtp::{Received, SmtpListener};

use super::{
    assert_carries_nothing_of_the_worker, deliver, file, mailer_for, now, outbox_rows, recipients,
    wants_mail, world,
};

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
                &fairrecruit::db::complaints::Unheld::new("hash-x").sealing(),
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

/// Every time a column of `table` holds, read on the engine under test.
async fn times_in(
    app: &crate::helpers::TestApp,
    table: &str,
    column: &str,
) -> Vec<chrono::NaiveDateTime> {
    #[derive(QueryableByName)]
    struct At {
        #[diesel(sql_type = diesel::sql_types::Nullable<diesel::sql_types::Timestamp>)]
        at: Option<chrono::NaiveDateTime>,
    }
    let pool = app.pool.clone();
    let sql = format!("SELECT {column} AS at FROM {table}");
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::db_run!(&mut *conn, c => diesel::sql_query(&sql).load::<At>(c))
            .unwrap()
            .into_iter()
            .filter_map(|r| r.at)
            .collect()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn nothing_about_an_anonymous_complaint_or_a_review_keeps_a_time_finer_than_the_day() {
    let w = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    file(&w).await;
    // One naming a sub-agent (a new directory row), and an anonymous review.
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/complaints"))
        .json(&json!({
            "sub_agent_name": "Broker of the day", "sub_agent_country": "NP",
            "origin": "NP", "destination": "QA", "share_with": ["labour_inspectorate"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/reviews"))
        .json(&json!({
            "recruiter_id": w.recruiter, "origin": "NP", "destination": "QA",
            "departure_year": 2024, "ratings": {"overall": 2}, "sub_agent_name": "Broker of the week",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let moderator = {
        w.app.create_account("moderator", "moderator_m", None).await;
        w.app.signed_in("moderator_m").await
    };
    let (_, queue) = moderator.get_text("/moderate?lang=en").await;
    let review = queue
        .split("href=\"/moderate/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let (_, page) = moderator
        .get_text(&format!("/moderate/{review}?lang=en"))
        .await;
    let seen = page
        .split("name=\"seen\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let res = moderator
        .post_form(
            &format!("/moderate/{review}"),
            &[("action", "approve"), ("seen", &seen)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let sent = deliver(&w.app, &mailer, now()).await;
    assert!(sent.sent > 0);

    for (table, column) in [
        ("complaints", "received_on"),
        ("referrals", "opened_on"),
        ("referrals", "updated_at"),
        ("referral_transitions", "occurred_at"),
        ("reviews", "created_at"),
        ("reviews", "updated_at"),
        ("reviews", "moderated_at"),
        ("outbox", "created_at"),
        ("outbox", "due_at"),
        ("outbox", "sent_at"),
    ] {
        let times = times_in(&w.app, table, column).await;
        assert!(!times.is_empty(), "{table}.{column} has rows");
        for at in times {
            assert_eq!(at, fairrecruit::clock::day_of(at), "{table}.{column}: {at}");
        }
    }
    // The sub-agents named by workers: their directory rows too.
    let pool = w.app.pool.clone();
    let sub_agents: Vec<(chrono::NaiveDateTime, chrono::NaiveDateTime)> =
        tokio::task::spawn_blocking(move || {
            use fairrecruit::db::schema::recruiters;
            recruiters::table
                .filter(recruiters::is_sub_agent.eq(true))
                .select((recruiters::created_at, recruiters::updated_at))
                .load(&mut pool.get().unwrap())
                .unwrap()
        })
        .await
        .unwrap();
    assert!(!sub_agents.is_empty());
    for (created, updated) in sub_agents {
        assert_eq!(created, fairrecruit::clock::day_of(created));
        assert_eq!(updated, fairrecruit::clock::day_of(updated));
    }
    // Every mail's Date is midnight.
    let mails = smtp.received();
    assert!(!mails.is_empty());
    for mail in &mails {
        let date = mail.header("Date").unwrap();
        assert!(date.contains("00:00:00"), "{date}");
    }
}
