//! The account pages: password change, disabled accounts, the e-mail form, query cost and
//! caching.

use fairrecruit::db::accounts::{self, Outcome};

use crate::helpers::{PASSWORD, TestApp, spawn_app};

use super::{audit_count, me};

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
