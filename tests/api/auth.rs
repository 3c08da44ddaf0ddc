//! Accounts and the locks: registration, sign-in, tokens, sessions, CSRF, throttling, audit.

use fairrecruit::auth::token::{AUDIENCE, Claims, ISSUER, Keys};
use fairrecruit::db::accounts::{self, Outcome};

use crate::helpers::{PASSWORD, TestApp, spawn_app, spawn_app_with};

async fn audit_count(app: &TestApp, event: &'static str, outcome: Outcome) -> i64 {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        accounts::count_events(&mut pool.get().unwrap(), event, outcome).unwrap()
    })
    .await
    .unwrap()
}

async fn stored_hash(app: &TestApp, username: &str) -> Option<String> {
    let pool = app.pool.clone();
    let key = username.to_lowercase();
    tokio::task::spawn_blocking(move || {
        accounts::find_by_key(&mut pool.get().unwrap(), &key)
            .unwrap()
            .map(|a| a.password_hash)
    })
    .await
    .unwrap()
}

async fn me(app: &TestApp, token: &str) -> (u16, serde_json::Value) {
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}

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
    let token = browser.csrf().await;
    let mut body = format!("csrf={token}&username=").into_bytes();
    body.extend_from_slice(&[0xff, 0xfe]);
    body.extend_from_slice(b"&password=xxxxxxxxxx");
    let res = browser
        .client
        .post(browser.url("/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(
        audit_count(&app, "sign_in", Outcome::Failure).await,
        0,
        "nothing was tried"
    );
}

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
async fn api_tokens_identify_the_caller_until_logout() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "insp_qa", Some((org, true)))
        .await;
    let (status, body) = me(&app, "").await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "unauthorized");
    let token = app.api_token("insp_qa", PASSWORD).await;
    let (status, body) = me(&app, &token).await;
    assert_eq!(status, 200);
    assert_eq!(body["username"], "insp_qa");
    assert_eq!(body["role"], "inspector");
    assert_eq!(body["organisation"]["id"], org);
    assert_eq!(body["organisation"]["kind"], "labour_inspectorate");
    assert_eq!(body["organisation"]["role"], "lead");
    // Never from the URL.
    let (status, _) = app
        .get_json(&format!("/api/v1/me?access_token={token}"))
        .await;
    assert_eq!(status, 401);
    let other = app.api_token("insp_qa", PASSWORD).await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    assert_eq!(me(&app, &token).await.0, 401, "revoked");
    assert_eq!(me(&app, &other).await.0, 200, "only that token");
    assert_eq!(audit_count(&app, "sign_out", Outcome::Success).await, 1);
}

#[tokio::test]
async fn forged_expired_and_foreign_tokens_are_refused() {
    let app = spawn_app().await;
    let id = app.create_account("worker", "worker_one", None).await;
    let keys = Keys::from_secret(app.jwt_secret.as_bytes());
    let now = jsonwebtoken::get_current_timestamp();
    let claims = Claims {
        sub: id.to_string(),
        exp: now + 600,
        iat: now,
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        jti: "abc".into(),
        ver: 0,
    };
    let good = keys.sign(&claims).unwrap();
    assert_eq!(me(&app, &good).await.0, 200, "the control token works");
    let mut forged = Vec::new();
    for (what, changed) in [
        (
            "expired",
            Claims {
                exp: now - 60,
                iat: now - 700,
                ..claims.clone()
            },
        ),
        (
            "audience",
            Claims {
                aud: "someone-else".into(),
                ..claims.clone()
            },
        ),
        (
            "issuer",
            Claims {
                iss: "someone-else".into(),
                ..claims.clone()
            },
        ),
        (
            "old version",
            Claims {
                ver: -1,
                ..claims.clone()
            },
        ),
        (
            "unknown account",
            Claims {
                sub: "999999".into(),
                ..claims.clone()
            },
        ),
    ] {
        forged.push((what, keys.sign(&changed).unwrap()));
    }
    let other_key = Keys::from_secret(b"a different secret of 32 bytes or more");
    forged.push(("other key", other_key.sign(&claims).unwrap()));
    let mut flipped = good.clone().into_bytes();
    let i = flipped.len() - 5;
    flipped[i] = if flipped[i] == b'a' { b'b' } else { b'a' };
    forged.push(("flipped bit", String::from_utf8(flipped).unwrap()));
    let payload = good.split('.').nth(1).unwrap();
    forged.push((
        "alg none",
        format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{payload}."),
    ));
    forged.push(("garbage", "not-a-token".into()));
    for (what, token) in forged {
        let (status, body) = me(&app, &token).await;
        assert_eq!(status, 401, "{what}");
        assert_eq!(
            body["code"], "unauthorized",
            "{what}: no detail beyond the code"
        );
    }
}

#[tokio::test]
async fn password_change_and_logout_everywhere_end_other_sessions_at_once() {
    let app = spawn_app().await;
    app.create_account("worker", "amina", None).await;
    let phone = app.signed_in("amina").await;
    let laptop = app.signed_in("amina").await;
    let api = app.api_token("amina", PASSWORD).await;
    let new_password = "river-lantern-copper-88";
    let res = phone
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", new_password),
                ("new_password_confirm", new_password),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        phone.get("/account").await.status().as_u16(),
        200,
        "this session goes on"
    );
    let res = laptop.get("/account").await;
    assert_eq!(res.status().as_u16(), 303, "the other session ended");
    assert!(
        res.headers()["location"]
            .to_str()
            .unwrap()
            .starts_with("/login")
    );
    assert_eq!(me(&app, &api).await.0, 401);
    assert_eq!(
        app.browser().sign_in("amina", PASSWORD).await,
        401,
        "old password"
    );
    assert_eq!(app.browser().sign_in("amina", new_password).await, 303);
    // A wrong current password changes nothing.
    let res = phone
        .post_form(
            "/account/password?lang=en",
            &[
                ("current_password", "not-my-password"),
                ("new_password", "another-long-phrase-9"),
                ("new_password_confirm", "another-long-phrase-9"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("current password is not right")
    );
    // Logout everywhere, this session included.
    let res = phone.post_form("/account/sessions", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(phone.get("/account").await.status().as_u16(), 303);
    assert_eq!(
        audit_count(&app, "password_changed", Outcome::Success).await,
        1
    );
    assert_eq!(
        audit_count(&app, "password_changed", Outcome::Failure).await,
        1
    );
    assert_eq!(
        audit_count(&app, "sign_out_everywhere", Outcome::Success).await,
        1
    );
}

#[tokio::test]
async fn logout_ends_the_browser_session() {
    let app = spawn_app().await;
    app.create_account("worker", "bishnu", None).await;
    let browser = app.signed_in("bishnu").await;
    let res = browser.post_form("/logout", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let cleared = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .any(|c| c.to_str().unwrap().starts_with("session=;"));
    assert!(cleared, "the cookie is removed");
    assert_eq!(browser.get("/account").await.status().as_u16(), 303);
}

#[tokio::test]
async fn disabled_accounts_cannot_sign_in_and_lose_their_sessions() {
    use fairrecruit::db::accounts::StaffChange;
    use fairrecruit::domain::account::Role;
    let app = spawn_app().await;
    let id = app.create_account("moderator", "mod1", None).await;
    let browser = app.signed_in("mod1").await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let change = StaffChange {
            role: Role::Moderator,
            organisation: None,
            disabled: true,
        };
        accounts::update_staff(&mut pool.get().unwrap(), id, &change).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(browser.get("/account").await.status().as_u16(), 303);
    assert_eq!(app.browser().sign_in("mod1", PASSWORD).await, 401);
}

#[tokio::test]
async fn forms_need_the_csrf_token_of_the_visitors_cookie() {
    let app = spawn_app().await;
    app.create_account("worker", "gita", None).await;
    let browser = app.signed_in("gita").await;
    // No token.
    let res = browser
        .client
        .post(browser.url("/account/sessions?lang=ne"))
        .form(&[("x", "")])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    // Another visitor's token.
    let stranger = app.browser();
    let foreign = stranger.csrf().await;
    let res = browser
        .client
        .post(browser.url("/account/sessions"))
        .form(&[("csrf", foreign.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    // Two tokens, or a malformed one.
    let own = browser.csrf().await;
    for body in [
        format!("csrf={own}&csrf={own}"),
        "csrf=zz".to_owned(),
        format!("csrf={}", &own[..10]),
    ] {
        let res = browser
            .client
            .post(browser.url("/logout"))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 403, "{body}");
    }
    // The login form is protected too.
    let res = app
        .client
        .post(app.url("/login"))
        .form(&[("username", "gita"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(
        browser.get("/account").await.status().as_u16(),
        200,
        "still signed in"
    );
}

#[tokio::test]
async fn cross_site_posts_are_refused_even_with_a_valid_cookie_and_token() {
    let app = spawn_app().await;
    app.create_account("worker", "hari", None).await;
    let browser = app.signed_in("hari").await;
    let token = browser.csrf().await;
    for (header, value) in [
        ("sec-fetch-site", "cross-site"),
        ("origin", "https://evil.example"),
        ("origin", "null"),
    ] {
        let res = browser
            .client
            .post(browser.url("/account/sessions?lang=en"))
            .header(header, value)
            .form(&[("csrf", token.as_str())])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 403, "{header}: {value}");
        assert!(res.text().await.unwrap().contains("another website"));
    }
    assert_eq!(
        browser.get("/account").await.status().as_u16(),
        200,
        "nothing happened"
    );
    // Same-origin requests pass.
    let res = browser
        .client
        .post(browser.url("/account/sessions"))
        .header("sec-fetch-site", "same-origin")
        .header("origin", app.address.as_str())
        .form(&[("csrf", token.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
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
async fn https_public_url_makes_cookies_secure_with_the_host_prefix() {
    let app = spawn_app_with(|config| {
        config.auth.public_url = Some("https://fairrecruit.example".into());
    })
    .await;
    app.create_account("worker", "secure1", None).await;
    let res = app.get("/login").await;
    let cookies: Vec<String> = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .collect();
    let csrf = cookies
        .iter()
        .find(|c| c.starts_with("__Host-csrf="))
        .expect("csrf cookie");
    assert!(csrf.contains("Secure") && csrf.contains("Path=/") && !csrf.contains("Domain"));
    // A form posted from the service's own public origin is accepted.
    let page = res.text().await.unwrap();
    let token = crate::helpers::csrf_of(&page);
    let value = csrf.split(';').next().unwrap().to_owned();
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(app.url("/login"))
        .header("cookie", value)
        .header("origin", "https://fairrecruit.example")
        .form(&[
            ("csrf", token.as_str()),
            ("username", "secure1"),
            ("password", PASSWORD),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let session = res
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|c| c.to_str().unwrap().to_owned())
        .find(|c| c.starts_with("__Host-session="))
        .expect("session cookie");
    assert!(
        session.contains("Secure") && session.contains("HttpOnly"),
        "{session}"
    );
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

#[tokio::test]
async fn account_pages_cost_a_fixed_number_of_queries() {
    use crate::helpers::count_queries;
    let app = spawn_app().await;
    let first = app
        .create_organisation("Org 0", "trade_union", &["NP", "QA"])
        .await;
    let admin = app.create_account("admin", "admin_q", None).await;
    let costs = |app: &TestApp| {
        count_queries(app, |c| {
            accounts::list_organisations(c).unwrap();
            accounts::list_staff(c).unwrap();
            accounts::members_of(c, first).unwrap();
            accounts::recent_audit(c, 200).unwrap();
            accounts::session_account(c, admin, "jti").unwrap().unwrap();
        })
    };
    let small = costs(&app);
    for i in 1..40 {
        let org = app
            .create_organisation(&format!("Org {i}"), "trade_union", &["NP", "QA", "AE"])
            .await;
        app.create_account("union_officer", &format!("officer_{i}"), Some((org, false)))
            .await;
        app.create_account(
            "union_officer",
            &format!("member_{i}"),
            Some((first, false)),
        )
        .await;
    }
    let large = costs(&app);
    assert_eq!(small, large, "queries grew with the data");
    // 2 (organisations and their countries) + 1 + 1 + 2 (events, then their people) + 1.
    assert_eq!(large, 7);
}

#[tokio::test]
async fn the_openapi_document_declares_the_bearer_scheme_its_operations_use() {
    let app = spawn_app().await;
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    let mut secured = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            for requirement in operation["security"].as_array().into_iter().flatten() {
                for name in requirement.as_object().unwrap().keys() {
                    assert!(
                        schemes[name].is_object(),
                        "{method} {path} uses undeclared {name}"
                    );
                    secured.push(format!("{method} {path}"));
                }
            }
        }
    }
    secured.sort();
    assert_eq!(
        secured,
        [
            "get /api/v1/cases",
            "get /api/v1/cases/{id}",
            "get /api/v1/me",
            "post /api/v1/auth/logout",
            "post /api/v1/cases/{id}/actions",
            "post /api/v1/cases/{id}/group",
            "post /api/v1/cases/{id}/messages",
            "post /api/v1/cases/{id}/priority",
            "post /api/v1/cases/{id}/refer",
            "post /api/v1/reviews",
        ]
    );
}

#[tokio::test]
async fn the_email_form_refuses_hostile_input_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    app.create_account("worker", "mailer", None).await;
    let browser = app.signed_in("mailer").await;
    for email in [
        "<script>alert(1)</script>@x.example",
        "a\u{202E}b@example.org",
        &format!("{}@example.org", "x".repeat(300)),
        "not-an-address",
    ] {
        let res = browser
            .post_form("/account/email?lang=en", &[("email", email)])
            .await;
        assert_eq!(res.status().as_u16(), 400, "{email:?}");
        let page = res.text().await.unwrap();
        assert!(
            page.contains("does not look like an email address"),
            "{email:?}"
        );
        assert!(!page.contains("<script>alert"), "escaped");
        assert!(!page.contains('\u{202E}'), "no raw override in the page");
    }
    let res = browser
        .post_form("/account/email", &[("email", "sita@example.org")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let token = app.api_token("mailer", PASSWORD).await;
    assert_eq!(me(&app, &token).await.1["email"], "sita@example.org");
    let res = browser
        .post_form(
            "/account/email",
            &[("email", "x@example.org"), ("phone", "1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "unknown field");
}

#[tokio::test]
async fn personal_pages_are_kept_out_of_caches() {
    let app = spawn_app().await;
    app.create_account("worker", "cached", None).await;
    let anonymous = reqwest::Client::new();
    let res = anonymous.get(app.url("/recruiters")).send().await.unwrap();
    assert!(
        res.headers().get("cache-control").is_none(),
        "public pages may be cached"
    );
    let res = anonymous.get(app.url("/login")).send().await.unwrap();
    assert_eq!(
        res.headers()["cache-control"],
        "private, no-store",
        "a form token"
    );
    let browser = app.signed_in("cached").await;
    for path in ["/account", "/", "/recruiters"] {
        let res = browser.get(path).await;
        assert_eq!(
            res.headers()["cache-control"],
            "private, no-store",
            "{path}"
        );
    }
    let token = app.api_token("cached", PASSWORD).await;
    let res = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["cache-control"], "private, no-store");
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
