//! Bad and hostile input: a clear, translated 4xx every time, never a 500, nothing stored.

use crate::helpers::{sample_csv, spawn_app};

const BAD_QUERIES: &[(&str, &str)] = &[
    ("page=-1", "page"),
    ("page=0", "page"),
    ("page=abc", "page"),
    ("page=1e9", "page"),
    ("page=501", "page"),
    ("per_page=0", "per_page"),
    ("per_page=101", "per_page"),
    ("status=pending", "status"),
    ("status=%3Cscript%3E", "status"),
    ("country=XX", "country"),
    ("country=Nepal", "country"),
    ("destination=%00", "destination"),
    ("q=%FF%FE", "query"),
    ("q=%E0%A4", "query"),
    ("q=%ZZ", "query"),
    ("q=abc%E2%80%AEdef", "q"),
    ("q=abc%00def", "q"),
    ("sort=name", "query"),
    ("q=a&q=b", "q"),
];

#[tokio::test]
async fn bad_api_queries_get_a_translated_400_naming_the_field() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    for (query, field) in BAD_QUERIES {
        let (status, body) = app.get_json(&format!("/api/v1/recruiters?{query}")).await;
        assert_eq!(status, 400, "{query}: {body}");
        assert_eq!(body["code"], "invalid_input", "{query}");
        assert_eq!(body["field"], *field, "{query}");
        assert!(!body["message"].as_str().unwrap().is_empty());
    }
    let (_, en) = app.get_json("/api/v1/recruiters?page=-1").await;
    let (_, ar) = app.get_json("/api/v1/recruiters?page=-1&lang=ar").await;
    assert_ne!(
        en["message"], ar["message"],
        "the message follows the language"
    );
    assert!(
        ar["message"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
}

#[tokio::test]
async fn bad_page_queries_get_a_translated_error_page() {
    let app = spawn_app().await;
    for (query, _) in BAD_QUERIES {
        let res = app.get(&format!("/recruiters?{query}&lang=ne")).await;
        assert_eq!(res.status(), 400, "{query}");
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/html")
        );
        let html = res.text().await.unwrap();
        assert!(html.contains("<html lang=\"ne\""), "{query}");
        assert!(html.contains("role=\"alert\""), "{query}");
    }
}

#[tokio::test]
async fn script_in_the_query_is_shown_escaped_never_run() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (status, html) = app
        .get_text("/recruiters?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg+src%3Dx%3E")
        .await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert(1)"), "raw script echoed");
    assert!(!html.contains("<img src=x>"), "raw tag echoed");
    assert!(
        html.contains("&#60;script&#62;alert(1)") || html.contains("&lt;script&gt;alert(1)"),
        "{html}"
    );
}

#[tokio::test]
async fn a_recruiter_name_with_markup_is_escaped_on_every_page() {
    let app = spawn_app().await;
    let csv = format!(
        "{}\"<script>alert('x')</script> Agency\",X-1,NP,active,<b>addr</b>,QA\n",
        crate::helpers::HEADER
    );
    let report = app.import_csv(&csv).await;
    assert_eq!(report.inserted, 1);
    let id = app.id_of("X-1").await;
    for path in [
        format!("/recruiters/{id}"),
        "/recruiters?q=agency".to_owned(),
    ] {
        let (status, html) = app.get_text(&path).await;
        assert_eq!(status, 200);
        assert!(!html.contains("<script>alert"), "{path}");
        assert!(!html.contains("<b>addr</b>"), "{path}");
    }
}

#[tokio::test]
async fn long_queries_are_refused_not_scanned() {
    let app = spawn_app().await;
    // Over the 200-character limit of a search, under the server's header limit.
    let (status, body) = app
        .get_json(&format!("/api/v1/recruiters?q={}", "a".repeat(300)))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["field"], "q");
    // Over the 4 KiB query-string limit.
    let (status, body) = app
        .get_json(&format!("/api/v1/recruiters?q={}", "a".repeat(20_000)))
        .await;
    assert_eq!(status, 400);
    assert_eq!(body["code"], "invalid_input");
    // A 10 MB query never reaches a handler: the HTTP layer refuses it with a 4xx, or closes
    // the connection. Either way, never a 5xx, and the server keeps serving.
    let huge = format!("/recruiters?q={}", "a".repeat(10 * 1024 * 1024));
    if let Ok(res) = app.client.get(app.url(&huge)).send().await {
        assert!(res.status().is_client_error(), "{}", res.status());
    }
    assert_eq!(app.get("/healthz").await.status(), 200);
}

#[tokio::test]
async fn unknown_paths_and_methods_get_translated_errors() {
    let app = spawn_app().await;
    let res = app.get("/no/such/page?lang=ar").await;
    assert_eq!(res.status(), 404);
    let html = res.text().await.unwrap();
    assert!(html.contains("dir=\"rtl\""));
    let (status, body) = app.get_json("/api/v1/nothing-here").await;
    assert_eq!(status, 404);
    assert_eq!(body["code"], "not_found");
    let res = app
        .client
        .post(app.url("/recruiters"))
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
    let res = app
        .client
        .delete(app.url("/api/v1/recruiters"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
    assert_eq!(res.headers()["allow"], "GET");
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["code"], "method_not_allowed");
    for (method, path, allow) in [
        ("TRACE", "/api/v1/me", "GET"),
        ("PUT", "/api/v1/auth/token", "POST"),
        ("DELETE", "/api/v1/recruiters/abc", "GET"),
        ("POST", "/api/v1/openapi.json", "GET"),
    ] {
        let res = app
            .client
            .request(method.parse().unwrap(), app.url(path))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 405, "{method} {path}");
        assert_eq!(res.headers()["allow"], allow, "{method} {path}");
    }
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = spawn_app().await;
    let res = app
        .client
        .post(app.url("/api/v1/recruiters"))
        .body(vec![b'x'; 2 * 1024 * 1024])
        .send()
        .await;
    if let Ok(res) = res {
        assert!(res.status().is_client_error(), "{}", res.status());
    }
    assert_eq!(app.get("/healthz").await.status(), 200);
}
