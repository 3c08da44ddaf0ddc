//! `/metrics` (issue 21, item 3): the Prometheus text format, scraped and parsed; labels that
//! never carry an id, a query or anything typed; readable only from the listed addresses or
//! with the token, and never by address through a proxy.

use crate::helpers::{TestApp, sample_csv, spawn_app, spawn_app_with};

/// Checks every line is a comment or `name{labels} value` and returns the samples.
fn parse(text: &str) -> Vec<(String, String, f64)> {
    let mut samples = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
    {
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("{line}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("{line}"));
        let (name, labels) = match series.split_once('{') {
            Some((name, rest)) => (
                name,
                rest.strip_suffix('}').unwrap_or_else(|| panic!("{line}")),
            ),
            None => (series, ""),
        };
        assert!(
            name.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':'),
            "{line}"
        );
        samples.push((name.to_owned(), labels.to_owned(), value));
    }
    samples
}

async fn scrape(app: &TestApp, headers: &[(&str, &str)]) -> (u16, String) {
    let mut request = app.client.get(app.url("/metrics"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let res = request.send().await.unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

#[tokio::test]
async fn metrics_are_scraped_from_this_machine_with_route_patterns_only() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    app.get(&format!("/recruiters/{id}")).await;
    app.get("/recruiters?q=secret-search-words").await;
    app.get("/no/such/page/PRIVATE-ID-42").await;
    let (status, text) = scrape(&app, &[]).await;
    assert_eq!(status, 200, "{text}");
    let samples = parse(&text);
    let has = |name: &str, label: &str| {
        samples
            .iter()
            .any(|(n, l, _)| n == name && l.contains(label))
    };
    assert!(
        has("http_requests_total", "route=\"/recruiters/{id}\""),
        "{text}"
    );
    assert!(has("http_requests_total", "status=\"404\""), "{text}");
    assert!(has("http_requests_total", "route=\"unmatched\""), "{text}");
    assert!(
        has("http_request_duration_seconds_bucket", "le=\"0.005\""),
        "{text}"
    );
    for gauge in [
        "db_pool_connections",
        "db_pool_idle_connections",
        "outbox_waiting",
        "outbox_dead",
    ] {
        assert!(has(gauge, ""), "{gauge}: {text}");
    }
    assert!(has("db_pool_wait_seconds_count", ""), "{text}");
    // Nothing asked for or typed ends up in a label.
    for private in [
        id.as_str(),
        "secret-search-words",
        "PRIVATE-ID-42",
        "127.0.0.1",
    ] {
        assert!(!text.contains(private), "{private}");
    }
}

#[tokio::test]
async fn throttle_refusals_are_counted_by_throttle() {
    let app = spawn_app_with(|c| c.auth.receipt_rate.burst = 1).await;
    for _ in 0..3 {
        app.client
            .post(app.url("/api/v1/track"))
            .json(&serde_json::json!({"receipt": "1234 5678 9012 3456"}))
            .send()
            .await
            .unwrap();
    }
    let (_, text) = scrape(&app, &[]).await;
    let refused = parse(&text)
        .into_iter()
        .find(|(n, l, _)| n == "throttle_refusals_total" && l.contains("throttle=\"receipts\""))
        .map(|(_, _, v)| v)
        .unwrap_or_default();
    assert!(refused >= 2.0, "{text}");
}

#[tokio::test]
async fn metrics_are_closed_to_proxied_and_unlisted_callers_and_open_with_the_token() {
    // Through a proxy on this machine every visitor would look local: refused by address.
    let app = spawn_app().await;
    for header in ["X-Forwarded-For", "Forwarded", "X-Real-IP"] {
        let (status, _) = scrape(&app, &[(header, "203.0.113.9")]).await;
        assert_eq!(status, 404, "{header}");
    }
    // No address listed: only the token opens it.
    let token = "a-metrics-token-of-some-length";
    let app = spawn_app_with(|c| {
        c.metrics.from = Vec::new();
        c.metrics.token = Some(token.into());
    })
    .await;
    assert_eq!(scrape(&app, &[]).await.0, 404);
    assert_eq!(
        scrape(&app, &[("Authorization", "Bearer not-the-token")])
            .await
            .0,
        404
    );
    let bearer = format!("Bearer {token}");
    let (status, text) = scrape(
        &app,
        &[
            ("Authorization", &bearer),
            ("X-Forwarded-For", "203.0.113.9"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    assert!(!parse(&text).is_empty());
}
