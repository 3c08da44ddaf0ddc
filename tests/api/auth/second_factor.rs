//! The second factor: staff set one up at their first sign-in and give a code at each one
//! (page and API); a code works once; guessing is throttled; recovery codes; replacing the
//! app; workers may turn theirs off; an administrator's reset; hostile input.

use diesel::prelude::*;
use fairrecruit::auth::second_factor::{Secret, unix_now};
use fairrecruit::db::accounts::Outcome;
use fairrecruit::db::schema::{recovery_codes, second_factors};

use super::audit_count;
use crate::helpers::{
    Browser, PASSWORD, TestApp, current_code, enrol, field_value, forget_last_code, fresh_code,
    spawn_app,
};

fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

/// A staff account as `create-user` or the administrators' page leaves it: no second factor
/// yet.
async fn staff_without_second_factor(app: &TestApp, username: &str) -> i64 {
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    let id = app
        .create_account("inspector", username, Some((org, false)))
        .await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::second_factors::remove(&mut pool.get().unwrap(), id).unwrap()
    })
    .await
    .unwrap();
    id
}

async fn token_answer(app: &TestApp, body: serde_json::Value) -> (u16, serde_json::Value) {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or_default())
}

async fn login(browser: &Browser, username: &str, code: &str) -> reqwest::Response {
    browser
        .post_form(
            "/login?lang=en",
            &[
                ("username", username),
                ("password", PASSWORD),
                ("code", code),
            ],
        )
        .await
}

fn code_of(key: &str) -> String {
    Secret::from_base32(key).unwrap().code_at(unix_now())
}

#[tokio::test]
async fn staff_set_up_a_second_factor_at_their_first_sign_in_before_anything_else() {
    let app = spawn_app().await;
    let id = staff_without_second_factor(&app, "new_inspector").await;

    // The API cannot set one up: refused with a word on where to, after the right password.
    let (status, body) = token_answer(
        &app,
        serde_json::json!({"username": "new_inspector", "password": PASSWORD}),
    )
    .await;
    assert_eq!(status, 403);
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("Two-step sign-in")
    );

    // The page signs them in to the set-up page, and nothing else opens until it is done.
    let browser = app.browser();
    let res = login(&browser, "new_inspector", "").await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/account/two-factor");
    for path in ["/inspect", "/account", "/organisation/key"] {
        let res = browser.get(path).await;
        assert_eq!(res.status().as_u16(), 303, "{path}");
        assert_eq!(location(&res), "/account/two-factor", "{path}");
    }

    // The page: a QR code drawn as SVG, the key as text, never cached or passed on.
    let res = browser.get("/account/two-factor?lang=en").await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["cache-control"], "no-store");
    assert_eq!(res.headers()["referrer-policy"], "no-referrer");
    let page = res.text().await.unwrap();
    assert!(page.contains("<svg"), "an inline QR code");
    assert!(!page.contains("<script"));
    assert!(page.contains("needs a second step"));
    let pending = field_value(&page, "pending");

    // A wrong code: refused on its field; the same key comes back (the app may have it).
    let res = browser
        .post_form(
            "/account/two-factor?lang=en",
            &[("pending", pending.as_str()), ("code", "000000")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("That code is not right"));
    assert_eq!(field_value(&page, "pending").len(), pending.len());
    // A key that was tampered with, or made for someone else, is not taken.
    app.create_account("worker", "someone_else", None).await;
    let someone = app.signed_in("someone_else").await;
    let (_, their_page) = someone.get_text("/account/two-factor").await;
    let theirs = field_value(&their_page, "pending");
    let their_key = crate::helpers::between(
        &their_page,
        "<code class=\"secret\" dir=\"ltr\">",
        "</code>",
    );
    for forged in [theirs.as_str(), "fr1:AAAA", &pending[..pending.len() - 4]] {
        let res = browser
            .post_form(
                "/account/two-factor?lang=en",
                &[("pending", forged), ("code", &code_of(&their_key))],
            )
            .await;
        assert_eq!(res.status().as_u16(), 400, "{forged}");
        assert!(res.text().await.unwrap().contains("open for too long"));
    }

    // Signing out works before it is set up, too.
    let leaving = app.browser();
    login(&leaving, "new_inspector", "").await;
    let res = leaving.post_form("/logout", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let res = leaving.get("/account/two-factor").await;
    assert!(location(&res).starts_with("/login"), "{}", location(&res));

    let (key, codes) = enrol(&browser).await;
    let distinct: std::collections::BTreeSet<_> = codes.iter().collect();
    assert_eq!(distinct.len(), 10);
    assert_eq!(
        audit_count(&app, "second_factor_enrolled", Outcome::Success).await,
        1
    );
    assert_eq!(browser.get("/inspect").await.status().as_u16(), 200);

    // Stored sealed and hashed: neither the key nor a recovery code is in the database.
    let pool = app.pool.clone();
    let (secret, hashes): (String, Vec<String>) = tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let secret = second_factors::table
            .find(id)
            .select(second_factors::secret)
            .first(&mut conn)
            .unwrap();
        let hashes = recovery_codes::table
            .filter(recovery_codes::user_id.eq(id))
            .select(recovery_codes::code_hash)
            .load(&mut conn)
            .unwrap();
        (secret, hashes)
    })
    .await
    .unwrap();
    assert!(!secret.contains(&key.replace(' ', "")));
    assert_eq!(hashes.len(), 10);
    for code in &codes {
        let plain = code.replace('-', "");
        assert!(!hashes.iter().any(|h| h.contains(&plain)));
    }
}

#[tokio::test]
async fn a_code_is_asked_for_at_each_sign_in_and_works_once() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "coded", Some((org, false)))
        .await;
    app.create_account("worker", "plain_worker", None).await;

    // No code, a wrong one and a wrong password all get the one answer.
    let answer =
        |res: reqwest::Response| async move { (res.status().as_u16(), res.text().await.unwrap()) };
    let browser = app.browser();
    let missing = answer(login(&browser, "coded", "").await).await;
    let wrong = answer(login(&browser, "coded", "123456").await).await;
    let bad_password = answer(
        browser
            .post_form(
                "/login?lang=en",
                &[("username", "coded"), ("password", "not the password 1")],
            )
            .await,
    )
    .await;
    assert_eq!(missing.0, 401);
    assert!(
        missing
            .1
            .contains("The username, password or code is not right.")
    );
    assert_eq!(missing, wrong);
    assert_eq!(missing, bad_password);

    // The right code signs in, once: the same code again is refused.
    let code = fresh_code(&app.pool, "coded").await;
    let res = login(&browser, "coded", &code).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/account");
    let again = app.browser();
    assert_eq!(login(&again, "coded", &code).await.status().as_u16(), 401);

    // The API the same way.
    forget_last_code(&app.pool, "coded").await;
    let code = current_code();
    let ask = |code: Option<&str>| {
        let mut body = serde_json::json!({"username": "coded", "password": PASSWORD});
        if let Some(code) = code {
            body["code"] = code.into();
        }
        token_answer(&app, body)
    };
    let (status, body) = ask(Some(&code)).await;
    assert_eq!(status, 200, "{body}");
    assert!(body.get("recovery_codes_left").is_none());
    assert_eq!(ask(Some(&code)).await.0, 401, "a code works once");
    assert_eq!(ask(None).await.0, 401);
    assert!(
        audit_count(&app, "sign_in", Outcome::Failure).await >= 5,
        "each refusal is audited"
    );

    // A code of another account's app does not open this one.
    let other = app.signed_in("plain_worker").await;
    let (their_key, _) = enrol(&other).await;
    forget_last_code(&app.pool, "coded").await;
    assert_eq!(
        login(&app.browser(), "coded", &code_of(&their_key))
            .await
            .status()
            .as_u16(),
        401
    );
    // Off again, to show a worker without one next.
    forget_last_code(&app.pool, "plain_worker").await;
    let res = other
        .post_form("/account/two-factor/off", &[("code", &code_of(&their_key))])
        .await;
    assert_eq!(res.status().as_u16(), 303);

    // A worker without a second factor: any code typed is ignored.
    let worker = app.browser();
    assert_eq!(
        login(&worker, "plain_worker", "").await.status().as_u16(),
        303
    );
}

#[tokio::test]
async fn guessing_codes_is_throttled_long_before_one_could_succeed() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "guessed", Some((org, false)))
        .await;
    // A million codes, three valid at a time: after five free failures the account waits
    // between tries (up to a minute), so a thousand guesses take most of a day and the
    // right code cannot even be tried while the wait runs.
    let guesser = app.browser();
    for guess in ["111111", "222222", "333333", "444444", "555555"] {
        assert_eq!(
            login(&guesser, "guessed", guess).await.status().as_u16(),
            401
        );
    }
    // The wait doubles with each further failure (1 s, 2 s, then 4 s to check against).
    for (guess, wait) in [("666666", 1100), ("777777", 2100)] {
        tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
        assert_eq!(
            login(&guesser, "guessed", guess).await.status().as_u16(),
            401
        );
    }
    let res = login(&guesser, "guessed", "888888").await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let code = fresh_code(&app.pool, "guessed").await;
    let (status, _) = token_answer(
        &app,
        serde_json::json!({"username": "guessed", "password": PASSWORD, "code": code}),
    )
    .await;
    assert_eq!(status, 429, "the right code waits too");
}

#[tokio::test]
async fn recovery_codes_work_once_and_say_how_many_are_left() {
    let app = spawn_app().await;
    app.create_account("worker", "careful", None).await;
    let browser = app.signed_in("careful").await;
    // Workers may set one up if they wish.
    let (_, page) = browser.get_text("/account/two-factor?lang=en").await;
    assert!(page.contains("You can protect your account"));
    let (_, codes) = enrol(&browser).await;

    let phone = app.browser();
    let res = login(&phone, "careful", &codes[0].to_lowercase()).await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/account/two-factor?recovery=used");
    let (_, page) = phone
        .get_text("/account/two-factor?recovery=used&lang=en")
        .await;
    assert!(page.contains("You signed in with a recovery code"));
    // (Fluent isolates the number with U+2068 and U+2069.)
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("You have 9 unused recovery codes."), "{page}");
    // Used once only.
    assert_eq!(
        login(&app.browser(), "careful", &codes[0])
            .await
            .status()
            .as_u16(),
        401
    );
    let (status, body) = token_answer(
        &app,
        serde_json::json!({"username": "careful", "password": PASSWORD, "code": codes[1]}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["recovery_codes_left"], 8);
}

#[tokio::test]
async fn moving_to_a_new_app_needs_a_code_of_the_current_one() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "mover", Some((org, false)))
        .await;
    let browser = app.signed_in("mover").await;
    let (_, page) = browser.get_text("/account/two-factor?lang=en").await;
    assert!(page.contains("Move to a new phone or app"));
    assert!(
        !page.contains("/account/two-factor/off"),
        "staff keep theirs"
    );
    let pending = field_value(&page, "pending");
    let key = crate::helpers::between(&page, "<code class=\"secret\" dir=\"ltr\">", "</code>");
    let new_code = code_of(&key);
    let res = browser
        .post_form(
            "/account/two-factor?lang=en",
            &[("pending", pending.as_str()), ("code", new_code.as_str())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400, "no code of the current app");
    let current = fresh_code(&app.pool, "mover").await;
    let res = browser
        .post_form(
            "/account/two-factor?lang=en",
            &[
                ("pending", pending.as_str()),
                ("code", new_code.as_str()),
                ("current", current.as_str()),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        audit_count(&app, "second_factor_replaced", Outcome::Success).await,
        1
    );
    // The old app's codes no longer sign in; the new one's do.
    forget_last_code(&app.pool, "mover").await;
    assert_eq!(
        login(&app.browser(), "mover", &current_code())
            .await
            .status()
            .as_u16(),
        401
    );
    forget_last_code(&app.pool, "mover").await;
    assert_eq!(
        login(&app.browser(), "mover", &code_of(&key))
            .await
            .status()
            .as_u16(),
        303
    );
    // Staff cannot turn theirs off.
    let res = browser
        .post_form("/account/two-factor/off", &[("code", "123456")])
        .await;
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test]
async fn workers_may_turn_their_second_factor_off_with_a_code() {
    let app = spawn_app().await;
    app.create_account("worker", "changed_mind", None).await;
    let browser = app.signed_in("changed_mind").await;
    let (key, _) = enrol(&browser).await;
    let res = browser
        .post_form("/account/two-factor/off?lang=en", &[("code", "000000")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    forget_last_code(&app.pool, "changed_mind").await;
    let res = browser
        .post_form("/account/two-factor/off", &[("code", &code_of(&key))])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(location(&res), "/account/two-factor?done=off");
    assert_eq!(
        login(&app.browser(), "changed_mind", "")
            .await
            .status()
            .as_u16(),
        303
    );
    assert_eq!(
        audit_count(&app, "second_factor_removed", Outcome::Success).await,
        1
    );
}

#[tokio::test]
async fn an_administrator_resets_someone_elses_second_factor_never_their_own() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    let admin_id = app.create_account("admin", "root_admin", None).await;
    let inspector = app
        .create_account("inspector", "lost_phone", Some((org, false)))
        .await;
    let worker = app.create_account("worker", "some_worker", None).await;
    crate::notifications::wants_mail(
        &app,
        inspector,
        "lost@example.org",
        fairrecruit::domain::notice::MailNotices::Each,
    )
    .await;
    let lost = app.signed_in("lost_phone").await;
    let token = app.api_token("lost_phone", PASSWORD).await;
    let admin = app.signed_in("root_admin").await;
    let (_, page) = admin
        .get_text(&format!("/admin/staff/{inspector}?lang=en"))
        .await;
    assert!(page.contains("Reset two-step sign-in"));

    let res = admin
        .post_form(&format!("/admin/staff/{inspector}/second-factor"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // Every session of theirs ended; they are told by mail; it is audited.
    let res = lost.get("/account").await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(location(&res).starts_with("/login"));
    assert_eq!(super::me(&app, &token).await.0, 401);
    let mail = crate::notifications::outbox_rows(&app).await;
    assert!(
        mail.iter()
            .any(|(_, to, kind, _, _)| to == "lost@example.org" && kind == "second-factor-reset"),
        "{mail:?}"
    );
    assert_eq!(
        audit_count(&app, "second_factor_reset", Outcome::Success).await,
        1
    );
    // Their next sign-in sets up a new one.
    let res = login(&app.browser(), "lost_phone", "").await;
    assert_eq!(location(&res), "/account/two-factor");

    // Never one's own, never a worker's.
    let res = admin
        .post_form(&format!("/admin/staff/{admin_id}/second-factor"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let res = admin
        .post_form(&format!("/admin/staff/{worker}/second-factor"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(
        audit_count(&app, "second_factor_reset", Outcome::Success).await,
        1
    );
}

#[tokio::test]
async fn hostile_codes_get_clear_answers_and_change_nothing() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "target", Some((org, false)))
        .await;
    let browser = app.browser();
    for code in [
        "1".repeat(5000),
        "\u{202E}123456".to_owned(),
        "<script>alert(1)</script>".to_owned(),
        "１２３４５６".to_owned(),
    ] {
        let res = login(&browser, "target", &code).await;
        assert_eq!(res.status().as_u16(), 401, "{code:.20}");
        let page = res.text().await.unwrap();
        assert!(!page.contains("<script>alert"));
    }
    // Invalid UTF-8 in the code: said on the form, nothing tried.
    let mut body = format!("username=target&password={PASSWORD}&code=").into_bytes();
    body.extend_from_slice(&[0xff, 0xfe]);
    assert_eq!(browser.post_raw_form("/login", &body).await.0, 400);
    // Unknown fields, and an oversized key, on the set-up form.
    let signed = app.signed_in("target").await;
    let res = signed
        .post_form(
            "/account/two-factor",
            &[("pending", "x"), ("code", "123456"), ("admin", "1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let huge = "A".repeat(10_000);
    let res = signed
        .post_form(
            "/account/two-factor",
            &[("pending", huge.as_str()), ("code", "123456")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let (status, _) = token_answer(
        &app,
        serde_json::json!({"username": "target", "password": PASSWORD, "code": 123456}),
    )
    .await;
    assert_eq!(status, 400, "a code is text");
    assert_eq!(
        audit_count(&app, "second_factor_replaced", Outcome::Success).await,
        0
    );
}
