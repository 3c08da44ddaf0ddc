//! Registration: a username and a password only, refused input kept, smuggled fields and
//! hostile names refused, and a limit per address.

use fairrecruit::db::accounts::Outcome;

use crate::helpers::{PASSWORD, spawn_app, spawn_app_with};

use super::{audit_count, stored_hash};

#[tokio::test]
async fn worker_registers_with_only_a_username_and_password() {
    let app = spawn_app().await;
    let browser = app.browser();
    let res = browser
        .post_form(
            "/register",
            &[
                ("username", "Sita_K"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], "/account");
    let cookie = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|v| v.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("session="))
        .expect("a session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    let (status, page) = browser.get_text("/account?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("Sita_K") && page.contains("Worker"));
    let hash = stored_hash(&app, "sita_k").await.unwrap();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert_eq!(
        audit_count(&app, "account_created", Outcome::Success).await,
        1
    );
    // The same name in other letter cases is the same account.
    let again = app
        .browser()
        .post_form(
            "/register",
            &[
                ("username", "sita_k"),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
            ],
        )
        .await;
    assert_eq!(again.status().as_u16(), 400);
    assert!(again.text().await.unwrap().contains("already taken"));
}

#[tokio::test]
async fn refused_registration_keeps_the_username_and_stores_nothing() {
    let app = spawn_app().await;
    let browser = app.browser();
    for (password, confirm, message) in [
        ("short", "short", "8 to 128 characters"),
        ("password123", "password123", "too easy to guess"),
        (PASSWORD, "something-else-entirely", "not the same"),
    ] {
        let res = browser
            .post_form(
                "/register?lang=en",
                &[
                    ("username", "ramesh"),
                    ("password", password),
                    ("password_confirm", confirm),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 400, "{password}");
        let page = res.text().await.unwrap();
        assert!(page.contains(message), "{password}: {page}");
        assert!(page.contains("value=\"ramesh\""), "the username is kept");
        assert!(
            !page.contains(password) || password == "short",
            "passwords are not echoed"
        );
    }
    assert!(stored_hash(&app, "ramesh").await.is_none());
}

#[tokio::test]
async fn registration_refuses_smuggled_role_and_organisation_fields() {
    let app = spawn_app().await;
    let browser = app.browser();
    for extra in [("role", "admin"), ("org_id", "1"), ("organisation_id", "1")] {
        let res = browser
            .post_form(
                "/register",
                &[
                    ("username", "mallory"),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                    extra,
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 400, "{extra:?}");
    }
    assert!(stored_hash(&app, "mallory").await.is_none());
    // The JSON API refuses unknown fields too.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"username": "x", "password": PASSWORD, "role": "admin"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
}

#[tokio::test]
async fn hostile_usernames_and_oversized_passwords_are_refused_before_hashing() {
    let app = spawn_app().await;
    let browser = app.browser();
    for username in [
        "<script>alert(1)</script>",
        "ab\u{202E}cd",
        "has space",
        "a",
    ] {
        let res = browser
            .post_form(
                "/register?lang=en",
                &[
                    ("username", username),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_eq!(res.status().as_u16(), 400, "{username:?}");
        let page = res.text().await.unwrap();
        assert!(!page.contains("<script>alert"), "escaped");
        assert!(!page.contains('\u{202E}'), "no raw override shown back");
    }
    // 60 KB fits the body limit: refused by the length rule (400), never hashed.
    let long = "x".repeat(60_000);
    let res = browser
        .post_form("/login", &[("username", "anyone"), ("password", &long)])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token?lang=ar"))
        .json(&serde_json::json!({"username": "anyone", "password": long}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["field"], "password");
    // 1 MB is refused by the body limit before anything reads it (413).
    let huge = "x".repeat(1_000_000);
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"username": "anyone", "password": huge}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413);
    // Invalid UTF-8 in a form body.
    let (status, _) = browser
        .post_raw_form("/login", b"username=\xff\xfe&password=xxxxxxxxxx")
        .await;
    assert_eq!(status, 400);
    assert_eq!(
        audit_count(&app, "sign_in", Outcome::Failure).await,
        0,
        "nothing was tried"
    );
}

#[tokio::test]
async fn registrations_from_one_address_are_limited_but_typing_mistakes_do_not_count() {
    let app = spawn_app_with(|config| config.auth.registration_rate.burst = 2).await;
    let browser = app.browser();
    let register = |username: &'static str, password: &'static str| {
        let browser = &browser;
        async move {
            browser
                .post_form(
                    "/register?lang=en",
                    &[
                        ("username", username),
                        ("password", password),
                        ("password_confirm", password),
                    ],
                )
                .await
        }
    };
    for _ in 0..5 {
        assert_eq!(register("typo_user", "short").await.status().as_u16(), 400);
    }
    assert_eq!(register("first_one", PASSWORD).await.status().as_u16(), 303);
    assert_eq!(
        register("second_one", PASSWORD).await.status().as_u16(),
        303
    );
    let res = register("third_one", PASSWORD).await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(page.contains("Too many attempts"));
    assert!(
        page.contains("value=\"third_one\""),
        "the form comes back as typed"
    );
    assert!(stored_hash(&app, "third_one").await.is_none());
}
