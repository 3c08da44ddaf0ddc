//! Status webhooks to intake partners: signed deliveries a receiver the test runs verifies,
//! retries and dead webhooks on the administrators' page, and SSRF refusals when a URL is
//! saved and again when it is sent.

pub mod receiver;

use std::time::Duration;

use chrono::TimeDelta;
use fairrecruit::app::webhooks::set_endpoint;
use fairrecruit::auth::token::Keys;
use fairrecruit::clock::now;
use fairrecruit::domain::complaint::ReferralStatus;
use fairrecruit::domain::webhook::Event;
use fairrecruit::error::AppError;
use fairrecruit::notify::webhook::{Sender, Settings, deliver_at, sign};

use crate::helpers::{TestApp, spawn_app};
use receiver::{Mode, Receiver};

/// Loopback allowed (the receiver is on 127.0.0.1), and a one-second timeout so a slow
/// receiver fails fast.
fn test_settings() -> Settings {
    Settings::new(true, Duration::from_secs(1))
}

fn keys(app: &TestApp) -> Keys {
    Keys::from_secret(app.jwt_secret.as_bytes())
}

fn sender(app: &TestApp, settings: Settings) -> Sender {
    Sender::new(
        settings,
        keys(app).webhook_keys(),
        Some("https://fairrecruit.example"),
    )
    .unwrap()
}

/// A partner organisation with an endpoint at `url`; its id and its secret (shown once).
async fn partner_with_endpoint(app: &TestApp, url: &str) -> (i64, String) {
    let org = app
        .create_organisation("Hotline Partner", "intake_partner", &["NP"])
        .await;
    let saved = set_endpoint(
        &app.pool,
        org,
        ("url", url),
        false,
        test_settings(),
        keys(app).webhook_keys(),
    )
    .await
    .expect("saved");
    (org, saved.secret.expect("a first save makes a secret"))
}

/// Stores `url` as the partner's endpoint as it stands, past the URL rules (as a URL saved
/// before the rules or the settings changed would be).
async fn store_url(app: &TestApp, org: i64, url: &str) {
    let url = url.to_owned();
    fairrecruit::db::run(&app.pool, move |conn| {
        Ok(fairrecruit::db::webhooks::save(
            conn,
            org,
            &url,
            None,
            now(),
        )?)
    })
    .await
    .unwrap();
}

async fn enqueue(app: &TestApp, org: i64, url: &str, event: Event, reference: &str) {
    let pool = app.pool.clone();
    let (url, reference) = (url.to_owned(), reference.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::db::webhooks::enqueue(
            &mut conn,
            (org, &url),
            event,
            &reference,
            ReferralStatus::Acknowledged,
            now(),
        )
        .unwrap();
    })
    .await
    .unwrap();
}

async fn dead_rows(app: &TestApp) -> Vec<(String, String, Option<String>)> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::db::outbox::dead(&mut conn)
            .unwrap()
            .into_iter()
            .map(|d| (d.kind, d.recipient, d.last_error))
            .collect()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn signed_webhooks_reach_the_partner_in_order_and_verify_with_its_secret() {
    let app = spawn_app().await;
    let receiver = Receiver::start();
    let url = receiver.url("/hooks/fairrecruit");
    let (org, secret) = partner_with_endpoint(&app, &url).await;
    assert!(secret.starts_with("whsec_"));
    enqueue(&app, org, &url, Event::Acknowledged, "conv/42 é").await;
    enqueue(&app, org, &url, Event::Question, "conv/42 é").await;
    let done = deliver_at(&app.pool, &sender(&app, test_settings()), now())
        .await
        .unwrap();
    assert_eq!(done.sent, 2, "{done:?}");
    let got = receiver.received();
    assert_eq!(got.len(), 2);
    let mut ids = Vec::new();
    for (hook, expected) in got
        .iter()
        .zip(["referral.acknowledged", "referral.question"])
    {
        assert_eq!(hook.path, "/hooks/fairrecruit");
        let signature = hook.header("FairRecruit-Signature").expect("signed");
        let t = chrono::Utc::now().timestamp();
        assert!(
            sign::verify(&secret, signature, &hook.body, t),
            "{signature}"
        );
        assert!(!sign::verify("whsec_other", signature, &hook.body, t));
        assert!(
            !sign::verify(&secret, signature, &hook.body, t + 301),
            "stale"
        );
        let body: serde_json::Value = serde_json::from_slice(&hook.body).unwrap();
        assert_eq!(body["type"], expected);
        assert_eq!(hook.header("FairRecruit-Event"), Some(expected));
        assert_eq!(hook.header("FairRecruit-Event-Id"), body["id"].as_str());
        assert_eq!(body["partner_reference"], "conv/42 é");
        assert_eq!(body["state"], "acknowledged");
        assert_eq!(
            body["link"],
            "https://fairrecruit.example/api/v1/partner/complaints/conv%2F42%20%C3%A9"
        );
        // The event, the reference, the state and a link: nothing of the complaint's words.
        let mut keys: Vec<_> = body.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "id",
                "link",
                "occurred_at",
                "partner_reference",
                "state",
                "type"
            ]
        );
        ids.push(body["id"].as_str().unwrap().to_owned());
    }
    assert_ne!(ids[0], ids[1], "each event has its own id");
    // Sent once: nothing is due any more.
    let again = deliver_at(&app.pool, &sender(&app, test_settings()), now())
        .await
        .unwrap();
    assert_eq!(again.sent, 0);
    assert_eq!(receiver.received().len(), 2);
}

#[tokio::test]
async fn a_rotated_secret_signs_what_is_sent_afterwards() {
    let app = spawn_app().await;
    let receiver = Receiver::start();
    let url = receiver.url("/h");
    let (org, first) = partner_with_endpoint(&app, &url).await;
    let rotated = set_endpoint(
        &app.pool,
        org,
        ("url", &url),
        true,
        test_settings(),
        keys(&app).webhook_keys(),
    )
    .await
    .unwrap();
    let second = rotated.secret.expect("rotation shows the new secret once");
    assert_ne!(first, second);
    let kept = set_endpoint(
        &app.pool,
        org,
        ("url", &url),
        false,
        test_settings(),
        keys(&app).webhook_keys(),
    )
    .await
    .unwrap();
    assert!(kept.secret.is_none(), "a URL change alone shows no secret");
    enqueue(&app, org, &url, Event::Resolved, "r-1").await;
    deliver_at(&app.pool, &sender(&app, test_settings()), now())
        .await
        .unwrap();
    let got = receiver.received();
    let signature = got[0].header("FairRecruit-Signature").unwrap();
    let t = chrono::Utc::now().timestamp();
    assert!(sign::verify(&second, signature, &got[0].body, t));
    assert!(!sign::verify(&first, signature, &got[0].body, t));
}

#[tokio::test]
async fn a_failing_partner_is_retried_with_backoff_then_dead_on_the_admin_page() {
    let app = spawn_app().await;
    let receiver = Receiver::start();
    receiver.set_mode(Mode::Fail);
    let url = receiver.url("/h");
    let (org, _) = partner_with_endpoint(&app, &url).await;
    enqueue(&app, org, &url, Event::Closed, "r-2").await;
    let sender = sender(&app, test_settings());
    let start = now();
    let first = deliver_at(&app.pool, &sender, start).await.unwrap();
    assert_eq!(first.retried, 1, "{first:?}");
    // Not due again at once: it waits its backoff.
    let soon = deliver_at(&app.pool, &sender, start).await.unwrap();
    assert_eq!(soon.retried + soon.sent + soon.dead, 0, "{soon:?}");
    let mut at = start;
    let mut dead = 0;
    for _ in 0..fairrecruit::notify::MAX_ATTEMPTS {
        at += TimeDelta::hours(7);
        dead += deliver_at(&app.pool, &sender, at).await.unwrap().dead;
    }
    assert_eq!(dead, 1);
    assert_eq!(
        receiver.received().len(),
        fairrecruit::notify::MAX_ATTEMPTS as usize
    );
    let rows = dead_rows(&app).await;
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].0, "referral.closed");
    assert_eq!(rows[0].1, "127.0.0.1");
    assert!(
        rows[0].2.as_deref().unwrap_or("").contains("500"),
        "{rows:?}"
    );
    app.create_account("admin", "root_admin", None).await;
    let admin = app.signed_in("root_admin").await;
    let (status, page) = admin.get_text("/admin/mail?lang=en").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Status webhook: closed (to the intake partner)"),
        "{page}"
    );
    assert!(
        page.contains("127.0.0.1"),
        "the partner's host is shown in full"
    );
    assert!(page.contains("answered 500"), "{page}");
}

#[tokio::test]
async fn a_partner_down_slow_or_redirecting_is_retried_and_no_redirect_is_followed() {
    let app = spawn_app().await;
    let receiver = Receiver::start();
    let sender = sender(&app, test_settings());
    // Down: a port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let down = format!("http://127.0.0.1:{}/h", closed.local_addr().unwrap().port());
    drop(closed);
    let (org, _) = partner_with_endpoint(&app, &down).await;
    enqueue(&app, org, &down, Event::Acknowledged, "d").await;
    let done = deliver_at(&app.pool, &sender, now()).await.unwrap();
    assert_eq!(done.retried, 1, "down: {done:?}");

    // Slow: answers after 3 s, the timeout is 1 s.
    let url = receiver.url("/slow");
    set_endpoint(
        &app.pool,
        org,
        ("url", &url),
        false,
        test_settings(),
        keys(&app).webhook_keys(),
    )
    .await
    .unwrap();
    receiver.set_mode(Mode::Slow(Duration::from_secs(3)));
    let started = std::time::Instant::now();
    let done = deliver_at(&app.pool, &sender, now() + TimeDelta::hours(1))
        .await
        .unwrap();
    assert_eq!(done.retried, 1, "slow: {done:?}");
    assert!(
        started.elapsed() < Duration::from_millis(2900),
        "cut off by the timeout"
    );

    // A redirect is an answer like any other that is not 2xx: its target is never asked.
    receiver.set_mode(Mode::Redirect(receiver.url("/elsewhere")));
    let done = deliver_at(&app.pool, &sender, now() + TimeDelta::hours(3))
        .await
        .unwrap();
    assert_eq!(done.retried, 1, "redirect: {done:?}");
    assert!(receiver.received().iter().all(|r| r.path != "/elsewhere"));
}

#[tokio::test]
async fn a_stored_url_now_refused_is_not_sent() {
    let app = spawn_app().await;
    let receiver = Receiver::start();
    let url = receiver.url("/h");
    let (org, _) = partner_with_endpoint(&app, &url).await;
    enqueue(&app, org, &url, Event::Acknowledged, "x").await;
    // The setting turned off since the URL was saved: refused at send time, for good.
    let strict = sender(&app, Settings::new(false, Duration::from_secs(1)));
    let done = deliver_at(&app.pool, &strict, now()).await.unwrap();
    assert_eq!(done.dead, 1, "{done:?}");
    assert!(receiver.received().is_empty());
    let rows = dead_rows(&app).await;
    assert!(
        rows[0].2.as_deref().unwrap_or("").contains("https"),
        "{rows:?}"
    );

    // A loopback name stored earlier is refused at send time too.
    let named = format!("https://localhost.:{}/h", receiver.port);
    set_endpoint(
        &app.pool,
        org,
        ("url", &url),
        false,
        test_settings(),
        keys(&app).webhook_keys(),
    )
    .await
    .unwrap();
    store_url(&app, org, &named).await;
    enqueue(&app, org, &named, Event::Closed, "y").await;
    let done = deliver_at(&app.pool, &strict, now()).await.unwrap();
    assert_eq!(done.dead, 1, "{done:?}");
    // A name the URL rules cannot see through, checked by the client's resolver when it
    // connects ("vm" is 127.0.0.1 in this machine's /etc/hosts; where it does not
    // resolve, it is refused as unresolved, and nothing is sent either way).
    let resolved = format!("https://vm:{}/h", receiver.port);
    store_url(&app, org, &resolved).await;
    enqueue(&app, org, &resolved, Event::Closed, "z").await;
    let done = deliver_at(&app.pool, &strict, now()).await.unwrap();
    assert_eq!(done.dead, 1, "{done:?}");
    assert!(receiver.received().is_empty());
}

#[tokio::test]
async fn private_loopback_plain_and_hostile_urls_are_refused_when_saved() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Partner", "intake_partner", &["NP"])
        .await;
    let strict = Settings::new(false, Duration::from_secs(1));
    let long = format!("https://partner.example.org/{}", "a".repeat(2001));
    let cases = [
        ("https://10.0.0.1/hook", "error-webhook-url-private"),
        (
            "https://169.254.169.254/latest/meta-data",
            "error-webhook-url-private",
        ),
        ("https://[::1]/hook", "error-webhook-url-private"),
        (
            "https://[::ffff:127.0.0.1]/hook",
            "error-webhook-url-private",
        ),
        ("https://127.0.0.1/hook", "error-webhook-url-private"),
        ("https://localhost/hook", "error-webhook-url-private"),
        ("http://127.0.0.1:9/hook", "error-webhook-url-not-https"),
        (
            "http://partner.example.org/hook",
            "error-webhook-url-not-https",
        ),
        (
            "https://user:pw@partner.example.org/hook",
            "error-webhook-url-malformed",
        ),
        ("javascript:alert(1)", "error-webhook-url-malformed"),
        (
            "https://partner.example.org/<script>\u{202E}",
            "error-webhook-url-malformed",
        ),
        ("", "error-webhook-url-malformed"),
        (long.as_str(), "error-webhook-url-malformed"),
    ];
    for (url, key) in cases {
        let refused = set_endpoint(
            &app.pool,
            org,
            ("url", url),
            false,
            strict,
            keys(&app).webhook_keys(),
        )
        .await;
        match refused {
            Err(AppError::Input(e)) => {
                assert_eq!((e.field, e.message_key), ("url", key), "{url}");
            }
            other => panic!("{url}: {other:?}"),
        }
    }
    // Even with loopback allowed, a private address stays refused.
    let refused = set_endpoint(
        &app.pool,
        org,
        ("url", "http://10.0.0.1/"),
        false,
        test_settings(),
        keys(&app).webhook_keys(),
    )
    .await;
    assert!(matches!(refused, Err(AppError::Input(_))));
    // Nothing was stored.
    let stored = fairrecruit::db::run(&app.pool, move |conn| {
        Ok(fairrecruit::db::webhooks::endpoint(conn, org)?)
    })
    .await
    .unwrap();
    assert!(stored.is_none());
}
