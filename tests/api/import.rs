//! `import-recruiters`: idempotent upserts keyed on (country, licence), dated status history,
//! bad rows reported by line without stopping the rest.

use crate::helpers::{HEADER, sample_csv, spawn_app};

#[tokio::test]
async fn importing_twice_changes_nothing_the_second_time() {
    let app = spawn_app().await;
    let first = app.import_csv(&sample_csv()).await;
    assert_eq!((first.inserted, first.updated, first.unchanged), (8, 0, 0));
    assert!(first.rejected.is_empty(), "{:?}", first.rejected);
    let second = app.import_csv(&sample_csv()).await;
    assert_eq!(
        (second.inserted, second.updated, second.unchanged),
        (0, 0, 8)
    );
}

#[tokio::test]
async fn a_status_change_updates_and_adds_a_dated_history_entry() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let changed = sample_csv()
        .replace("NP-0002,NP,suspended", "NP-0002,NP,revoked")
        .replace("Dhaka,MY", "Dhaka,MY;SA");
    let report = app.import_csv(&changed).await;
    assert_eq!(
        (report.inserted, report.updated, report.unchanged),
        (0, 2, 6)
    );
    let (_, body) = app
        .get_json(&format!(
            "/api/v1/recruiters/{}",
            app.id_of("NP-0002").await
        ))
        .await;
    assert_eq!(body["licence_status"], "revoked");
    assert_eq!(body["licence_history"].as_array().unwrap().len(), 2);
    let recorded = body["licence_history"][0]["recorded_at"].as_str().unwrap();
    assert!(
        chrono::DateTime::parse_from_rfc3339(recorded).is_ok(),
        "RFC 3339 with an offset, as the schema's date-time says: {recorded}"
    );
    // A destination change is an update but not a licence event.
    let (_, body) = app
        .get_json(&format!(
            "/api/v1/recruiters/{}",
            app.id_of("BD-0005").await
        ))
        .await;
    assert_eq!(body["destinations"], serde_json::json!(["MY", "SA"]));
    assert_eq!(body["licence_history"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn the_same_licence_number_in_two_countries_is_two_recruiters() {
    let app = spawn_app().await;
    let csv = format!("{HEADER}Alpha,123,NP,active,,QA\nBeta,123,BD,active,,MY\n");
    let report = app.import_csv(&csv).await;
    assert_eq!(report.inserted, 2);
}

#[tokio::test]
async fn bad_rows_are_reported_by_line_and_the_rest_imported() {
    let app = spawn_app().await;
    let csv = format!(
        "{HEADER}\
Good One,G-1,NP,active,,QA\n\
,G-2,NP,active,,QA\n\
Bad Country,G-3,XX,active,,QA\n\
Bad Status,G-4,NP,pending,,QA\n\
Bad Destination,G-5,NP,active,,QA;Mars\n\
Too Few Fields,G-6\n\
Good One Again,G-1,NP,active,,QA\n\
\"Over\u{202E}ride\",G-7,NP,active,,QA\n\
Good Two,G-8,PH,suspended,\"Line 1, Manila\",SA;HK;sa\n"
    );
    let report = app.import_csv(&csv).await;
    assert_eq!(report.inserted, 2, "{:?}", report.rejected);
    let lines: Vec<u64> = report.rejected.iter().map(|(line, _)| *line).collect();
    assert_eq!(lines, vec![3, 4, 5, 6, 7, 8, 9]);
    assert!(
        report.rejected[5].1.contains("line 2"),
        "{:?}",
        report.rejected[5]
    );
    let (_, body) = app
        .get_json(&format!("/api/v1/recruiters/{}", app.id_of("G-8").await))
        .await;
    assert_eq!(body["destinations"], serde_json::json!(["HK", "SA"]));
}

#[tokio::test]
async fn invalid_utf8_rows_are_rejected_alone() {
    let app = spawn_app().await;
    let mut bytes = HEADER.as_bytes().to_vec();
    bytes.extend_from_slice(
        b"Fine,F-1,NP,active,,QA\n\xff\xfe broken,F-2,NP,active,,QA\nAlso fine,F-3,NP,active,,QA\n",
    );
    let pool = app.pool.clone();
    let report = tokio::task::spawn_blocking(move || {
        fairrecruit::import::import(&pool, &bytes[..], "t", |_| {}).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(report.inserted, 2);
    assert_eq!(report.rejected.len(), 1);
    assert_eq!(report.rejected[0].0, 3);
}

#[tokio::test]
async fn a_wrong_header_refuses_the_whole_file() {
    let app = spawn_app().await;
    let pool = app.pool.clone();
    let result = tokio::task::spawn_blocking(move || {
        fairrecruit::import::import(&pool, &b"name,licence,country\nA,1,NP\n"[..], "t", |_| {})
    })
    .await
    .unwrap();
    assert!(result.unwrap_err().to_string().contains("licence_number"));
}

#[tokio::test]
async fn the_cli_imports_a_file_and_prints_counts() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("list.csv");
    std::fs::write(&file, format!("{}Bad,B-1,ZZ,active,,QA\n", sample_csv())).unwrap();
    let database_url = match &app.database_url {
        fairrecruit::db::DatabaseUrl::Postgres(url) => url.clone(),
        fairrecruit::db::DatabaseUrl::Sqlite(path) => path.display().to_string(),
    };
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
            .args(["import-recruiters", file.to_str().unwrap()])
            .env("FAIRRECRUIT_DATABASE_URL", &database_url)
            .env("FAIRRECRUIT_LOG", "error")
            .output()
            .unwrap()
    };
    let out = run();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("inserted 8, updated 0, unchanged 0, rejected 1"),
        "{stdout}"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 10:"));
    let again = String::from_utf8_lossy(&run().stdout).to_string();
    assert!(
        again.contains("inserted 0, updated 0, unchanged 8, rejected 1"),
        "{again}"
    );
}
