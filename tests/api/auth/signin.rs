//! Signing in: failures that look the same, throttling per account and per address, and
//! returning only to a local page.

use fairrecruit::db::accounts::Outcome;

use crate::helpers::{PASSWORD, spawn_app};

use super::audit_count;

#[tokio::test]
async fn unknown_user_and_wrong_password_look_the_same() {
    let app = spawn_app().await;
    app.create_account("worker", "known", None).await;
    let ask = |username: &'static str| {
        let url = app.url("/api/v1/auth/token");
        async move {
            let res = reqwest::Client::new()
                .post(url)
                .json(&serde_json::json!({"username": username, "password": "wrong-password-1"}))
                .send()
                .await
                .unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let wrong_password = ask("known").await;
    let unknown_user = ask("nobody").await;
    assert_eq!(wrong_password.0, 401);
    assert_eq!(wrong_password, unknown_user);
    let browser = app.browser();
    let a = browser
        .post_form(
            "/login?lang=en",
            &[("username", "known"), ("password", "wrong-password-1")],
        )
        .await;
    let a = (a.status().as_u16(), a.text().await.unwrap());
    let b = browser
        .post_form(
            "/login?lang=en",
            &[("username", "nobody"), ("password", "wrong-password-1")],
        )
        .await;
    let b = (
        b.status().as_u16(),
        b.text().await.unwrap().replace("nobody", "known"),
    );
    assert_eq!(a.0, 401);
    assert_eq!(a, b);
    // Failures are logged; the typed name of a non-account is not.
    assert_eq!(audit_count(&app, "sign_in", Outcome::Failure).await, 4);
}

#[tokio::test]
async fn repeated_failures_for_one_account_are_slowed_and_logged() {
    let app = spawn_app().await;
    app.create_account("worker", "target", None).await;
    let client = reqwest::Client::new();
    let mut statuses = Vec::new();
    let mut retry_after = None;
    for _ in 0..50 {
        let res = client
            .post(app.url("/api/v1/auth/token"))
            .json(&serde_json::json!({"username": "target", "password": "guess-guess-1"}))
            .send()
            .await
            .unwrap();
        if res.status().as_u16() == 429 {
            retry_after = res.headers().get("retry-after").cloned();
        }
        statuses.push(res.status().as_u16());
    }
    assert!(statuses[..5].iter().all(|s| *s == 401), "{statuses:?}");
    assert!(
        statuses.iter().filter(|s| **s == 429).count() >= 40,
        "{statuses:?}"
    );
    let retry: u64 = retry_after.unwrap().to_str().unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry));
    // Refusals are audited once a minute per client, not once each: the log cannot be
    // flooded through the throttle.
    assert_eq!(audit_count(&app, "sign_in", Outcome::Refused).await, 1);
    // A delay, not a lock-out: the right password works once the delay has passed.
    tokio::time::sleep(std::time::Duration::from_secs(retry + 1)).await;
    let res = client
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"username": "target", "password": PASSWORD}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
}

#[tokio::test]
async fn one_password_tried_on_many_accounts_is_throttled_per_address() {
    let app = spawn_app().await;
    let client = reqwest::Client::new();
    let mut limited = 0;
    for i in 0..50 {
        let res = client
            .post(app.url("/api/v1/auth/token?lang=ne"))
            .json(&serde_json::json!({"username": format!("user{i}"), "password": "Password123!"}))
            .send()
            .await
            .unwrap();
        if res.status().as_u16() == 429 {
            limited += 1;
            assert!(res.headers().contains_key("retry-after"));
            let body: serde_json::Value = res.json().await.unwrap();
            assert_eq!(body["code"], "too_many_requests");
        }
    }
    assert!(limited >= 25, "{limited} of 50 throttled");
    assert_eq!(audit_count(&app, "sign_in", Outcome::Refused).await, 1);
}

#[tokio::test]
async fn login_returns_to_a_local_page_only() {
    let app = spawn_app().await;
    app.create_account("worker", "nextuser", None).await;
    let res = app.get("/account").await;
    assert_eq!(res.headers()["location"], "/login?next=%2Faccount");
    for (next, expected) in [
        ("/account", "/account"),
        ("//evil.example", "/account"),
        ("https://evil.example", "/account"),
    ] {
        let browser = app.browser();
        let res = browser
            .post_form(
                "/login",
                &[
                    ("username", "nextuser"),
                    ("password", PASSWORD),
                    ("next", next),
                ],
            )
            .await;
        assert_eq!(res.headers()["location"], expected, "{next}");
    }
}

#[tokio::test]
async fn a_throttled_login_form_comes_back_with_the_username_and_when_to_retry() {
    let app = spawn_app().await;
    app.create_account("worker", "patient", None).await;
    let browser = app.browser();
    let mut last = None;
    for _ in 0..7 {
        last = Some(
            browser
                .post_form(
                    "/login?lang=en",
                    &[("username", "patient"), ("password", "not-the-password")],
                )
                .await,
        );
    }
    let res = last.unwrap();
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(page.contains("Too many attempts"), "{page}");
    assert!(page.contains("value=\"patient\""));
    assert!(
        page.contains("name=\"password\""),
        "the form is there to try again"
    );
}
