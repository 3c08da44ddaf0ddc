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

// Licence numbers as typed (issue 19 item 1).

/// The recruiters the API finds for a query string.
async fn found(app: &crate::helpers::TestApp, query: &str) -> Vec<String> {
    let (status, body) = app.get_json(&format!("/api/v1/recruiters?{query}")).await;
    assert_eq!(status, 200, "{body}");
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["licence_number"].as_str().unwrap_or_default().to_owned())
        .collect()
}

#[tokio::test]
async fn licence_numbers_are_found_however_a_worker_types_them() {
    let app = spawn_app().await;
    let csv = format!(
        "{HEADER}Padma Overseas,RL-0923,BD,active,,MY\n\
Sagarmatha Manpower,1284/074/75,NP,active,,QA\n\
Bay Staffing,POEA-123-LB-031517-R,PH,active,,SA\n\
Selangor Agency C,024C,MY,active,,\n\
Selangor Agency,024,MY,active,,\n\
Delhi Overseas,B-0348/DEL/COM/1000+/5/9361/2016,IN,active,,AE\n"
    );
    let report = app.import_csv(&csv).await;
    // 024C and 024 are two licences.
    assert_eq!(report.inserted, 6, "{:?}", report.rejected);
    for typed in ["0923", "RL-0923", "RL%20923", "923", "rl0923"] {
        assert_eq!(
            found(&app, &format!("q={typed}")).await,
            ["RL-0923"],
            "{typed}"
        );
    }
    for typed in ["1284/074/75", "1284%2F2074%2F2075", "1284-74-75"] {
        assert_eq!(
            found(&app, &format!("q={typed}&country=NP")).await,
            ["1284/074/75"]
        );
    }
    assert_eq!(
        found(&app, "q=DMW-123-LB-031517-R").await,
        ["POEA-123-LB-031517-R"]
    );
    assert_eq!(found(&app, "q=24C&country=MY").await, ["024C"]);
    assert_eq!(found(&app, "q=024&country=MY").await, ["024"]);
    assert_eq!(
        found(&app, "q=B-348%2FDEL%2FCOM%2F1000%2B%2F5%2F9361%2F2016").await,
        ["B-0348/DEL/COM/1000+/5/9361/2016"]
    );
    // Another serial is another licence.
    assert!(found(&app, "q=RL-0924").await.is_empty());
}

#[tokio::test]
async fn a_list_that_writes_a_number_another_way_updates_the_same_agency() {
    let app = spawn_app().await;
    app.import_csv(&format!("{HEADER}Padma Overseas,0923,BD,active,,MY\n"))
        .await;
    let report = app
        .import_csv(&format!("{HEADER}Padma Overseas,RL 923,BD,suspended,,MY\n"))
        .await;
    assert_eq!((report.inserted, report.updated), (0, 1));
    let (_, body) = app
        .get_json(&format!("/api/v1/recruiters/{}", app.id_of("0923").await))
        .await;
    assert_eq!(body["licence_status"], "suspended");
    assert_eq!(body["licence_number"], "0923", "the stored spelling stays");
    // Two spellings of one licence in one file are one licence given twice.
    let report = app
        .import_csv(&format!(
            "{HEADER}A,RL-0777,BD,active,,\nB,777,BD,active,,\nC,777,NP,active,,\n"
        ))
        .await;
    assert_eq!(report.inserted, 2);
    assert_eq!(
        report.rejected,
        vec![(3, "same licence as line 2".to_owned())]
    );
}

#[test]
fn recruiters_stored_before_the_normal_form_get_it_from_the_migration() {
    use diesel::prelude::*;
    use fairrecruit::db::{self, DbConnection, schema::recruiters};
    let (url, _db) = crate::helpers::fresh_database();
    let pool = db::build_pool(&url, 1);
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConnection = &mut pooled;
    db::run_migrations_through(conn, "2026-12-04-000021").unwrap();
    diesel::sql_query(
        "INSERT INTO recruiters (id, public_id, name, name_norm, name_key, licence_number, \
         licence_norm, licensing_country, licence_status, is_sub_agent, listing, created_at, \
         updated_at) VALUES \
         (1, 'abcdefghijkm', 'Old', 'old', 'old', 'RL-0923', 'RL0923', 'BD', 'active', FALSE, \
          'listed', '2025-01-01 00:00:00', '2025-01-01 00:00:00'), \
         (2, 'abcdefghijkn', 'Older', 'older', 'older', '1284/074/75', '128407475', 'NP', \
          'active', FALSE, 'listed', '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
    )
    .execute(conn)
    .unwrap();
    db::run_migrations(conn).unwrap();
    let keys: Vec<Option<String>> = recruiters::table
        .order(recruiters::id)
        .select(recruiters::licence_key)
        .load(conn)
        .unwrap();
    assert_eq!(
        keys,
        vec![Some("923".to_owned()), Some("1284-2074-2075".to_owned())]
    );
}

// Lists as published (issue 19 item 2).

use fairrecruit::import::{ImportReport, Mapping, Options};

/// The Philippines' list as the department publishes it, with its own headings and words.
fn ph_mapping() -> Mapping {
    let mut m = Mapping::default();
    m.add_list(
        "name=Name of Agency,licence_number=License No.,licence_status=Status",
        "--map",
        Mapping::add_column,
    )
    .unwrap();
    m.add_list(
        "Forever Banned=revoked,Delisted=revoked,Valid/Good Standing=active,Suspended=suspended",
        "--status",
        Mapping::add_status,
    )
    .unwrap();
    m.add_fixed("licensing_country=PH", "--country").unwrap();
    m
}

async fn import_path(
    app: &crate::helpers::TestApp,
    path: &std::path::Path,
    options: Options,
) -> anyhow::Result<ImportReport> {
    let pool = app.pool.clone();
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || {
        fairrecruit::import::import_file(&pool, &path, &options, "import:test", |_| {})
    })
    .await
    .unwrap()
}

/// Writes rows of text cells as the first sheet of an XLSX file; a cell that parses as a
/// whole number is written as a number, as spreadsheets keep licence serials.
fn xlsx(path: &std::path::Path, rows: &[&[&str]]) -> rust_xlsxwriter::Workbook {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            match cell.parse::<f64>() {
                Ok(n) if !cell.starts_with('0') => {
                    sheet.write_number(r as u32, c as u16, n).unwrap();
                }
                _ => {
                    sheet.write_string(r as u32, c as u16, *cell).unwrap();
                }
            }
        }
    }
    book.save(path).unwrap();
    book
}

#[tokio::test]
async fn a_published_spreadsheet_is_read_through_its_mapping() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dmw-list.xlsx");
    let mut book = xlsx(
        &path,
        &[
            &["No.", "Name of Agency", "License No.", "Status", "Remarks"],
            &[
                "1",
                "Bay Staffing",
                "POEA-123-LB-031517-R",
                "Valid/Good Standing",
                "",
            ],
            &[
                "2",
                "Pasig Manpower",
                "DMW-456-LB-010120-R",
                "Forever Banned",
                "fees",
            ],
            &["3", "Cebu Placement", "789", "Cancelled", ""],
            &["4", "Davao Jobs", "", "Delisted", ""],
        ],
    );
    // A formula's saved value is what is read.
    let sheet = book.worksheet_from_index(0).unwrap();
    sheet.write_string(5, 1, "Iloilo Recruitment").unwrap();
    sheet
        .write_formula(
            5,
            2,
            rust_xlsxwriter::Formula::new("=\"POEA-\"&\"555-SB-020202-R\"")
                .set_result("POEA-555-SB-020202-R"),
        )
        .unwrap();
    sheet.write_string(5, 3, "suspended").unwrap();
    book.save(&path).unwrap();

    let options = Options {
        mapping: ph_mapping(),
        missing: None,
    };
    let report = import_path(&app, &path, options).await.unwrap();
    assert_eq!(report.inserted, 3, "{:?}", report.rejected);
    let lines: Vec<u64> = report.rejected.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![4, 5], "{:?}", report.rejected);
    assert!(
        report.rejected[0]
            .1
            .contains("`Cancelled` is not in the status mapping"),
        "{:?}",
        report.rejected[0]
    );
    assert!(report.rejected[1].1.contains("licence_number"));
    let (_, body) = app
        .get_json(&format!(
            "/api/v1/recruiters/{}",
            app.id_of("DMW-456-LB-010120-R").await
        ))
        .await;
    assert_eq!(body["licence_status"], "revoked");
    assert_eq!(body["licensing_country"], "PH");
    assert_eq!(
        found(&app, "q=555-SB-020202-R&country=PH").await,
        ["POEA-555-SB-020202-R"]
    );
}

#[tokio::test]
async fn bad_spreadsheets_and_mappings_are_refused_with_a_reason() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("list.xlsx");
    let mut book = xlsx(
        &path,
        &[
            &["Name of Agency", "License No.", "Status"],
            &["Bay Staffing", "POEA-1-LB-010101-R", "Valid/Good Standing"],
            &["Pasig Manpower", "POEA-2-LB-010101-R", ""],
            &["Cebu Placement", "POEA-3-LB-010101-R", ""],
            &["Davao Jobs", "POEA-4-LB-010101-R", "Suspended"],
        ],
    );
    // One status typed once for two rows, merged: neither row is guessed.
    book.worksheet_from_index(0)
        .unwrap()
        .merge_range(
            2,
            2,
            3,
            2,
            "Forever Banned",
            &rust_xlsxwriter::Format::new(),
        )
        .unwrap();
    book.save(&path).unwrap();
    let options = || Options {
        mapping: ph_mapping(),
        missing: None,
    };
    let report = import_path(&app, &path, options()).await.unwrap();
    assert_eq!(report.inserted, 2, "{:?}", report.rejected);
    assert_eq!(report.rejected.len(), 2);
    for (line, (at, reason)) in [3, 4].iter().zip(&report.rejected) {
        assert_eq!(at, line);
        assert!(reason.contains("merged cells C3:C4"), "{reason}");
    }

    // A column the file does not have.
    let mut wrong = ph_mapping();
    wrong.columns[1].1 = "RL No".into();
    let err = import_path(
        &app,
        &path,
        Options {
            mapping: wrong,
            missing: None,
        },
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("no column `RL No`"), "{err}");

    // Not a spreadsheet at all.
    let broken = dir.path().join("broken.xlsx");
    std::fs::write(&broken, b"PK\x03\x04 not really a zip").unwrap();
    let err = import_path(&app, &broken, options())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a readable XLSX file"), "{err}");
    let ods = dir.path().join("broken.ods");
    std::fs::write(&ods, b"nothing").unwrap();
    let err = import_path(&app, &ods, options())
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("not a readable ODS file"), "{err}");

    // A status mapped to nothing is refused before anything is read.
    let err = Mapping::default()
        .add_list("Delisted=,Valid=active", "--status", Mapping::add_status)
        .unwrap_err();
    assert!(err.contains("`Delisted` is mapped to nothing"), "{err}");
}

#[tokio::test]
async fn agencies_a_list_no_longer_names_expire_only_when_asked() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, body: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, format!("{HEADER}{body}")).unwrap();
        path
    };
    let first = write(
        "march.csv",
        "Padma,RL-0001,BD,active,,\nMeghna,RL-0002,BD,active,,\nJamuna,RL-0003,BD,suspended,,\nEverest,1,NP,active,,\n",
    );
    import_path(&app, &first, Options::default()).await.unwrap();
    // April's list leaves out Meghna and Jamuna (and, being Bangladesh's, says nothing of Nepal).
    let april = write("april.csv", "Padma,RL 1,BD,active,,\n");
    let kept = import_path(&app, &april, Options::default()).await.unwrap();
    assert_eq!((kept.unchanged, kept.marked_missing), (1, 0));
    let expire = Options {
        mapping: Mapping::default(),
        missing: Some(fairrecruit::domain::recruiter::LicenceStatus::Expired),
    };
    // A rejected row could be an agency still listed: nothing is marked then.
    let with_bad_row = write(
        "april-bad.csv",
        "Padma,RL 1,BD,active,,\nMeghna,RL-0002,BD,pending,,\n",
    );
    let refused = import_path(&app, &with_bad_row, expire.clone())
        .await
        .unwrap();
    assert!(refused.missing_not_marked);
    assert_eq!(refused.marked_missing, 0);

    let marked = import_path(&app, &april, expire.clone()).await.unwrap();
    assert_eq!(marked.marked_missing, 2);
    for licence in ["RL-0002", "RL-0003"] {
        let (_, body) = app
            .get_json(&format!("/api/v1/recruiters/{}", app.id_of(licence).await))
            .await;
        assert_eq!(body["licence_status"], "expired", "{licence}");
        assert_eq!(body["licence_history"][0]["status"], "expired");
        assert_eq!(body["licence_history"].as_array().unwrap().len(), 2);
    }
    let (_, nepal) = app
        .get_json(&format!(
            "/api/v1/recruiters/{}",
            app.id_of("1&country=NP").await
        ))
        .await;
    assert_eq!(nepal["licence_status"], "active");
    // Once expired, a second run changes nothing more.
    let again = import_path(&app, &april, expire).await.unwrap();
    assert_eq!(again.marked_missing, 0);
}

#[tokio::test]
async fn the_cli_reads_a_spreadsheet_through_a_mapping_file() {
    let app = spawn_app().await;
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("bmet.xlsx");
    xlsx(
        &list,
        &[
            &["SL", "Agency", "RL No", "Licence Status"],
            &["1", "Padma Overseas", "923", "Valid"],
            &["2", "Meghna Travels", "RL-0924", "Cancelled"],
            &["3", "Jamuna Recruiting", "RL-0925", "Unknown word"],
        ],
    );
    let mapping = dir.path().join("bmet.map");
    std::fs::write(
        &mapping,
        "# Bangladesh, BMET list\n[columns]\nname = Agency\nlicence_number = RL No\n\
         licence_status = Licence Status\n[status]\nValid = active\nCancelled = revoked\n\
         [fixed]\nlicensing_country = BD\n",
    )
    .unwrap();
    let database_url = match &app.database_url {
        fairrecruit::db::DatabaseUrl::Postgres(url) => url.clone(),
        fairrecruit::db::DatabaseUrl::Sqlite(path) => path.display().to_string(),
    };
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .args(["import-recruiters", list.to_str().unwrap(), "--mapping"])
        .arg(&mapping)
        .env("FAIRRECRUIT_DATABASE_URL", &database_url)
        .env("FAIRRECRUIT_LOG", "error")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stdout.contains("inserted 2, updated 0, unchanged 0, rejected 1"),
        "{stdout}"
    );
    assert!(
        stderr.contains("line 4: licence_status `Unknown word`"),
        "{stderr}"
    );
    assert_eq!(found(&app, "q=RL-0923").await, ["923"]);
}
