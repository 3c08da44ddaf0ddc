//! Drafts kept in the browser (issue 18): the script and the service worker are served with
//! the right headers, the site's own scripts are allowed on the two forms and their "sent"
//! pages only, and the pages tell the script when a draft may fill the form and when it is
//! to be deleted.

use crate::helpers::{TestApp, sample_csv, spawn_app};

const SCRIPT_TAG: &str = "<script src=\"/static/drafts-1.js\" defer></script>";

async fn app() -> (TestApp, String) {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    (app, id)
}

fn header(res: &reqwest::Response, name: &str) -> String {
    res.headers()[name].to_str().unwrap().to_owned()
}

#[tokio::test]
async fn the_script_and_the_service_worker_are_served_from_the_site() {
    let (app, _) = app().await;
    let res = app.get("/sw.js").await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(header(&res, "content-type").starts_with("text/javascript"));
    // A new version is seen at the next visit; the worker is under the drafts policy too.
    assert_eq!(header(&res, "cache-control"), "no-cache");
    assert!(header(&res, "content-security-policy").contains("script-src 'self'"));
    let worker = res.text().await.unwrap();
    assert!(worker.contains("\"/static/drafts-1.js\""));
    let res = app.get("/static/drafts-1.js").await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(header(&res, "content-type").starts_with("text/javascript"));
    assert!(header(&res, "cache-control").contains("immutable"));
    let script = res.text().await.unwrap();
    assert!(script.len() < 6 * 1024, "a few KB: {}", script.len());
    assert!(script.contains("localStorage") && !script.contains("fetch("));
    // Other versions and other scripts do not exist.
    assert_eq!(app.get("/static/drafts-0.js").await.status().as_u16(), 404);
    assert_eq!(app.get("/static/sw.js").await.status().as_u16(), 404);
}

#[tokio::test]
async fn the_site_s_own_script_runs_on_the_two_forms_only() {
    let (app, id) = app().await;
    let browser = app.browser();
    for path in [
        "/complaints/new?lang=ar".to_owned(),
        format!("/complaints/new?recruiter={id}&lang=en"),
        format!("/recruiters/{id}/review?lang=ur"),
    ] {
        let res = browser.get(&path).await;
        assert_eq!(res.status().as_u16(), 200, "{path}");
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains("script-src 'self'"), "{path}: {csp}");
        for strict in [
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(strict), "{path}: {csp}");
        }
        assert!(!csp.contains("unsafe"), "{csp}");
        let page = res.text().await.unwrap();
        assert_eq!(page.matches("<script").count(), 1, "{path}");
        assert!(page.contains(SCRIPT_TAG), "{path}");
        // With JavaScript off nothing of the drafts shows; an empty form may take a draft.
        assert!(page.contains("<div class=\"draft\" data-draft-ui hidden>"));
        assert!(page.contains("data-draft-delete hidden>"));
        assert!(page.contains("data-draft-restore=\"yes\""), "{path}");
    }
    let (_, page) = browser.get_text("/complaints/new?lang=en").await;
    assert!(page.contains("data-draft=\"complaint:\""));
    assert!(page.contains("kept as a draft on this phone only"));
    assert!(page.contains("choose them again before you send"));
    let (_, page) = browser
        .get_text(&format!("/complaints/new?recruiter={id}"))
        .await;
    assert!(page.contains(&format!("data-draft=\"complaint:{id}\"")));
    for path in [
        "/".to_owned(),
        "/recruiters?q=a".to_owned(),
        format!("/recruiters/{id}"),
        "/track".to_owned(),
        "/rights".to_owned(),
        "/login".to_owned(),
        "/nowhere".to_owned(),
    ] {
        let res = browser.get(&path).await;
        let csp = header(&res, "content-security-policy");
        assert!(csp.contains("script-src 'none'"), "{path}: {csp}");
        assert!(!res.text().await.unwrap().contains("<script"), "{path}");
    }
}

#[tokio::test]
async fn server_values_win_over_a_draft_and_a_send_deletes_it() {
    let (app, id) = app().await;
    let browser = app.browser();
    // Refused: the form comes back with what was sent, which a draft must not overwrite.
    let res = browser
        .post_form(
            "/complaints/new?lang=en",
            &[
                ("origin", "NP"),
                ("destination", "NP"),
                ("description", "x"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(header(&res, "content-security-policy").contains("script-src 'self'"));
    let page = res.text().await.unwrap();
    assert!(page.contains("data-draft-restore=\"no\"") && page.contains(SCRIPT_TAG));
    let res = browser
        .post_form(
            &format!("/recruiters/{id}/review?lang=en"),
            &[("origin", "NP"), ("website", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("data-draft-restore=\"no\"")
    );
    // Sent: the receipt names the draft to delete.
    let res = browser
        .post_form(
            "/complaints/new?lang=en",
            &[
                ("recruiter", id.as_str()),
                ("origin", "NP"),
                ("destination", "QA"),
                ("description", "They kept my passport."),
                ("share_with", "labour_inspectorate"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(header(&res, "content-security-policy").contains("script-src 'self'"));
    let page = res.text().await.unwrap();
    assert!(
        page.contains(&format!("data-draft-sent=\"complaint:{id}\"")),
        "{page}"
    );
    assert!(page.contains(SCRIPT_TAG));
    let (status, page) = browser
        .get_text(&format!("/recruiters/{id}/review/sent?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("data-draft-sent=\"review:{id}\"")));
}

#[tokio::test]
async fn a_review_sent_with_a_stale_token_comes_back_with_every_word_and_a_fresh_token() {
    let (app, id) = app().await;
    let browser = app.browser();
    let fresh = browser.csrf().await;
    // A token from another cookie: what an offline copy kept past its cookie sends.
    let stale = "ab".repeat(32);
    let body = format!(
        "csrf={stale}&origin=NP&destination=QA&departure_year=2024&rating_overall=2&website=\
         &body=They+kept+my+passport+%E2%80%AE&body_language=en"
    );
    let res = browser
        .client
        .post(browser.url(&format!("/recruiters/{id}/review?lang=en")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    let page = res.text().await.unwrap();
    assert!(page.contains("This form had expired, so nothing was sent."));
    assert!(
        page.contains("They kept my passport"),
        "the words come back"
    );
    assert!(page.contains("value=\"2\" checked"));
    assert!(page.contains(&format!("name=\"csrf\" value=\"{fresh}\"")));
    assert!(page.contains("data-draft-restore=\"no\""));
    let pool = app.pool.clone();
    let stored: i64 = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        let mut conn = pool.get().unwrap();
        fairrecruit::db::schema::reviews::table
            .count()
            .get_result(&mut conn)
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(stored, 0, "nothing stored");
    // A form with an unknown field is refused as before, whatever its token.
    let res = browser
        .client
        .post(browser.url(&format!("/recruiters/{id}/review")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("csrf={stale}&nonsense=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    assert!(
        !res.text()
            .await
            .unwrap()
            .contains("had expired, so nothing")
    );
}
