//! Browser sessions: logout, CSRF tokens, cross-site posts, and secure cookies.

use crate::helpers::{PASSWORD, spawn_app, spawn_app_with};

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
