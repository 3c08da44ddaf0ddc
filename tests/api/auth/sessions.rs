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
    // What Chromium and Firefox send with a form under `Referrer-Policy: no-referrer`: an
    // unknown origin, and their own word that the form came from this site (a sign-in,
    // refused for its password, not for where it came from).
    let form = [
        ("csrf", token.as_str()),
        ("username", "hari"),
        ("password", "not the password"),
    ];
    for (site, refused) in [("same-origin", false), ("same-site", true), ("none", true)] {
        let res = browser
            .client
            .post(browser.url("/login?lang=en"))
            .header("sec-fetch-site", site)
            .header("origin", "null")
            .form(&form)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let body = res.text().await.unwrap();
        assert_eq!(
            status == 403 && body.contains("another website"),
            refused,
            "Origin: null from {site}: {status}"
        );
    }
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

/// The id in the end form of the session line whose label is `label` (`None`: no form).
fn session_id(page: &str, label: &str) -> Option<String> {
    let line = page
        .split("<li>")
        .find(|l| l.trim_start().starts_with(label))?;
    let line = line.split("</li>").next()?;
    let from = line.find("/account/sessions/")? + "/account/sessions/".len();
    Some(line[from..].split('/').next()?.to_owned())
}

#[tokio::test]
async fn a_person_sees_where_they_are_signed_in_and_ends_one_session_from_another() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate Q", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "insp_s", Some((org, false)))
        .await;
    let phone =
        app.browser_as("Mozilla/5.0 (Linux; Android 14; SM-A145) AppleWebKit/537.36 Mobile");
    assert_eq!(phone.sign_in("insp_s", PASSWORD).await, 303);
    let computer = app.browser_as("Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Firefox/130.0");
    assert_eq!(computer.sign_in("insp_s", PASSWORD).await, 303);
    let token = app.api_token("insp_s", PASSWORD).await;

    let (status, page) = computer.get_text("/account?lang=en").await;
    assert_eq!(status, 200);
    // Without Fluent's isolation marks around the day.
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert!(page.contains(&format!("A phone · since {today}")), "{page}");
    assert!(page.contains("An app or program"));
    assert!(page.contains("A computer&#39;s browser · since"));
    assert!(page.contains("this device"));
    // Nothing of the user agent but its kind, and no address, is kept.
    assert!(!page.contains("Android") && !page.contains("127.0.0.1"));

    // The computer ends the phone's session: the phone is signed out, the others go on.
    let phone_session = session_id(&page, "A phone").expect("an end button");
    let res = computer
        .post_form(&format!("/account/sessions/{phone_session}/end"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        res.headers()["location"].to_str().unwrap(),
        "/account?saved=session"
    );
    let res = phone.get("/account").await;
    assert_eq!(res.status().as_u16(), 303, "the phone is signed out");
    let (status, page) = computer.get_text("/account?saved=session&lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("That session is signed out."));
    assert!(!page.contains("A phone"));
    assert_eq!(super::me(&app, &token).await.0, 200);
    // Ended once; a second time it is not found.
    let res = computer
        .post_form(&format!("/account/sessions/{phone_session}/end"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 404);

    // Another person cannot end it, and a worker's list names no kind of device.
    app.create_account("worker", "worker_s", None).await;
    let worker = app.signed_in("worker_s").await;
    let app_session = session_id(&page, "An app or program").unwrap();
    let res = worker
        .post_form(&format!("/account/sessions/{app_session}/end"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(super::me(&app, &token).await.0, 200);
    let (_, worker_page) = worker.get_text("/account?lang=en").await;
    assert!(worker_page.contains("Signed in · since"), "{worker_page}");
    assert!(!worker_page.contains("An app or program"));
    let res = worker.post_form("/account/sessions/x1/end", &[]).await;
    assert_eq!(res.status().as_u16(), 404);

    // Ending the API session stops its token; signing out everywhere empties the list.
    let res = computer
        .post_form(&format!("/account/sessions/{app_session}/end"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(super::me(&app, &token).await.0, 401);
    let res = computer.post_form("/account/sessions", &[]).await;
    assert_eq!(res.status().as_u16(), 303);
    let again = app.browser();
    assert_eq!(again.sign_in("insp_s", PASSWORD).await, 303);
    let (_, page) = again.get_text("/account?lang=en").await;
    assert!(page.contains("this device"));
    assert!(
        !page.contains("A computer") && !page.contains("A phone"),
        "every earlier session ended"
    );
}
