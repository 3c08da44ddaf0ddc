//! A mail server that fails: down then back, 451 and 550, too many transient failures, and a
//! crash between sending and marking sent.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use fairrecruit::db::outbox as store;
use fairrecruit::db::schema::outbox;
use fairrecruit::notify::LEASE;
use fairrecruit::notify::deliver::Delivered;

use crate::smtp::{Mode, SmtpListener};

use super::{
    STORY, assert_carries_nothing_of_the_worker, deliver, file, mailer_for, now, outbox_rows, world,
};

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
            store::Channel::Mail,
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
        deliver(
            &w.app,
            &mailer,
            start + TimeDelta::from_std(LEASE / 2).unwrap()
        )
        .await,
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
