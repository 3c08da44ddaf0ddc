//! A password reset by mail for staff (issue 16, item 4), end to end through the SMTP
//! listener: the same answer for anyone, one link that works once for 30 minutes, every
//! session ended, and no sealed case opened by it.

use fairrecruit::domain::notice::MailNotices;

use crate::helpers::{PASSWORD, TestApp};
use crate::smtp::SmtpListener;

use super::{deliver, mailer_for, now, outbox_rows, wants_mail, world};

/// The reset link in a mail's text.
fn link_in(text: &str) -> String {
    let start = text.find("/login/reset/").expect("a reset link");
    text[start..start + "/login/reset/".len() + 64].to_owned()
}

/// A lead of the inspectorate with an address and these notice settings, an SMTP listener
/// and a mailer delivering to it.
async fn lead_with_mail(
    app: &TestApp,
    organisation: i64,
    username: &str,
    email: &str,
    notices: MailNotices,
) -> (
    SmtpListener,
    tempfile::TempDir,
    fairrecruit::notify::mail::Mailer,
) {
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let lead = app
        .create_account("inspector", username, Some((organisation, true)))
        .await;
    wants_mail(app, lead, email, notices).await;
    (smtp, dir, mailer)
}

async fn ask(app: &TestApp, username: &str) -> String {
    let res = app
        .browser()
        .post_form("/login/reset?lang=en", &[("username", username)])
        .await;
    assert_eq!(res.status().as_u16(), 200, "{username}");
    res.text().await.unwrap()
}

#[tokio::test]
async fn staff_reset_a_forgotten_password_by_mail_once_and_every_session_ends() {
    let w = world().await;
    let app = &w.app;
    // Mail notices off: a reset link asked for still comes.
    let (smtp, _dir, mailer) = lead_with_mail(
        app,
        w.inspectorate,
        "lead_reset",
        "lead@qa.test",
        MailNotices::None,
    )
    .await;
    let worker = app.create_account("worker", "worker_reset", None).await;
    wants_mail(app, worker, "worker@example.test", MailNotices::Each).await;
    let signed_in = app.signed_in("lead_reset").await;
    let token = app.api_token("lead_reset", PASSWORD).await;

    // The same page for a staff account, a worker's, and nobody's.
    let mut pages = Vec::new();
    for username in ["lead_reset", "worker_reset", "nobody_at_all"] {
        pages.push(ask(app, username).await);
    }
    assert!(pages[0].contains("a link to set a new password is on its way"));
    let strip = |p: &str| p.replace(|c: char| c.is_ascii_hexdigit(), "");
    assert_eq!(strip(&pages[0]), strip(&pages[1]));
    assert_eq!(strip(&pages[0]), strip(&pages[2]));
    deliver(app, &mailer, now()).await;
    let mails = smtp.received();
    let to: Vec<String> = mails.iter().map(|m| m.header("To").unwrap()).collect();
    assert_eq!(to.len(), 1, "only the staff account: {to:?}");
    assert!(to[0].contains("lead@qa.test"));
    let link = link_in(&mails[0].text());
    // Once sent, the outbox keeps no working link.
    let rows = outbox_rows(app).await;
    assert!(
        rows.iter()
            .any(|r| r.2 == "password-reset" && r.3 == "sent")
    );
    let pool = app.pool.clone();
    let kept: Vec<String> = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::outbox;
        outbox::table
            .select(outbox::link)
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        !kept.iter().any(|l| l.len() > "/login/reset/".len()),
        "{kept:?}"
    );

    // The link: a form; a weak or mismatched password is refused; then it is set.
    let phone = app.browser();
    let (status, page) = phone.get_text(&link).await;
    assert_eq!(status, 200);
    assert!(page.contains("Choose a new password"));
    let res = phone
        .post_form(
            &link,
            &[("new_password", "short"), ("new_password_confirm", "short")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let new = [
        ("new_password", "a fresh start for the lead 42"),
        ("new_password_confirm", "a fresh start for the lead 42"),
    ];
    // The link alone is not enough for an account with a second factor: no code, or a wrong
    // one, is refused and the link still works.
    let (_, page) = phone.get_text(&link).await;
    assert!(page.contains("name=\"code\""));
    let res = phone.post_form(&link, &new).await;
    assert_eq!(res.status().as_u16(), 400);
    let wrong = [new[0], new[1], ("code", "000000")];
    let res = phone.post_form(&link, &wrong).await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("That code is not right"));
    let code = crate::helpers::fresh_code(&app.pool, "lead_reset").await;
    let with_code = [new[0], new[1], ("code", code.as_str())];
    let res = phone.post_form(&link, &with_code).await;
    assert_eq!(res.status().as_u16(), 303);
    // Once only; every session ended; the new password signs in.
    let res = phone.post_form(&link, &with_code).await;
    assert_eq!(res.status().as_u16(), 404);
    let (status, _) = phone.get_text(&link).await;
    assert_eq!(status, 404);
    let (status, _) = signed_in.get_text("/account").await;
    assert_eq!(status, 303, "the page session ended");
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401, "the API token ended");
    let fresh = app.browser();
    assert_eq!(
        fresh
            .sign_in("lead_reset", "a fresh start for the lead 42")
            .await,
        303
    );
    assert_ne!(app.browser().sign_in("lead_reset", PASSWORD).await, 303);
    // A reset never opens sealed cases: the organisation's key is given again by a lead.
    let (_, page) = fresh.get_text("/organisation/key?lang=en").await;
    assert!(page.contains("You do not hold the key."));
}

#[tokio::test]
async fn an_expired_or_made_up_reset_link_is_a_404_and_a_new_request_replaces_the_old() {
    let w = world().await;
    let app = &w.app;
    let (smtp, _dir, mailer) = lead_with_mail(
        app,
        w.inspectorate,
        "lead_two",
        "two@qa.test",
        MailNotices::Each,
    )
    .await;
    ask(app, "lead_two").await;
    ask(app, "lead_two").await;
    deliver(app, &mailer, now()).await;
    let mails = smtp.received();
    assert_eq!(mails.len(), 2);
    let (first, second) = (link_in(&mails[0].text()), link_in(&mails[1].text()));
    let phone = app.browser();
    let (status, _) = phone.get_text(&first).await;
    assert_eq!(status, 404, "replaced by the second request");
    let (status, _) = phone.get_text(&second).await;
    assert_eq!(status, 200);
    for made_up in [
        "/login/reset/0000000000000000000000000000000000000000000000000000000000000000",
        "/login/reset/short",
        "/login/reset/%3Cscript%3E",
    ] {
        let (status, _) = phone.get_text(made_up).await;
        assert_eq!(status, 404, "{made_up}");
    }
    // 31 minutes later the retention job has removed it.
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let later = fairrecruit::clock::now() + chrono::Duration::minutes(31);
        fairrecruit::db::retention::purge(&mut pool.get().unwrap(), later, 730).unwrap()
    })
    .await
    .unwrap();
    let (status, _) = phone.get_text(&second).await;
    assert_eq!(status, 404, "expired");
    // Hostile names get the same calm answer or a clear 400, never a 500.
    for name in ["<script>alert(1)</script>", "a\u{202E}b", &"x".repeat(5000)] {
        let res = app
            .browser()
            .post_form("/login/reset?lang=en", &[("username", name)])
            .await;
        assert!(matches!(res.status().as_u16(), 200 | 400), "{name}");
        assert!(!res.text().await.unwrap().contains("<script>alert"));
    }
}
