//! The authorization matrix: every route the service mounts, and what an anonymous visitor
//! gets from it. A route missing from the matrix fails the test, so nothing is mounted
//! without a decision about who may use it.

use std::collections::BTreeSet;

use crate::helpers::{sample_csv, spawn_app};

/// (method, route pattern, concrete path to request, anonymous status).
const MATRIX: &[(&str, &str, &str, u16)] = &[
    ("GET", "/", "/", 200),
    ("GET", "/recruiters", "/recruiters", 200),
    ("GET", "/recruiters/{id}", "/recruiters/{id}", 200),
    ("GET", "/rights", "/rights", 200),
    ("GET", "/static/app.css", "/static/app.css", 200),
    ("GET", "/healthz", "/healthz", 200),
    ("GET", "/readyz", "/readyz", 200),
    ("GET", "/api/v1/recruiters", "/api/v1/recruiters", 200),
    (
        "GET",
        "/api/v1/recruiters/{id}",
        "/api/v1/recruiters/{id}",
        200,
    ),
    ("GET", "/api/v1/openapi.json", "/api/v1/openapi.json", 200),
];

/// Route patterns the source mounts: `web::resource("…")` in src/, and the API's paths from
/// the OpenAPI document (which is generated from the mounted handlers).
fn mounted_html_routes() -> BTreeSet<String> {
    let mut routes = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (i, _) in source.match_indices("web::resource(\"") {
                    let rest = &source[i + "web::resource(\"".len()..];
                    routes.insert(rest[..rest.find('"').unwrap()].to_owned());
                }
            }
        }
    }
    routes
}

#[tokio::test]
async fn every_mounted_route_is_in_the_matrix() {
    let app = spawn_app().await;
    let in_matrix: BTreeSet<String> = MATRIX
        .iter()
        .map(|(_, route, _, _)| (*route).to_owned())
        .collect();
    for route in mounted_html_routes() {
        assert!(
            in_matrix.contains(&route),
            "{route} is mounted but not in the authorization matrix"
        );
    }
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    for route in doc["paths"].as_object().unwrap().keys() {
        assert!(
            in_matrix.contains(route),
            "{route} is in the API but not in the authorization matrix"
        );
    }
}

#[tokio::test]
async fn anonymous_visitors_get_what_the_matrix_says() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    for (method, _, path, expected) in MATRIX {
        let path = path.replace("{id}", &id);
        let res = app
            .client
            .request(method.parse().unwrap(), app.url(&path))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), *expected, "{method} {path}");
    }
}
