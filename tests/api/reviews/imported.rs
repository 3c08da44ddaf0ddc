//! `import-reviews`: reviews collected on paper reach the moderation queue, marked with who
//! collected them and how, through the same checks as typed reviews; a bad row stores
//! nothing; a batch can be withdrawn until one of it is approved.

use std::path::{Path, PathBuf};

use fairrecruit::db::reviews::{self, Decision};
use fairrecruit::import::reviews::{
    ReviewImportReport, import_reviews, template_columns, withdraw,
};

use super::{app_with_directory, moderator, pending_ids, scorecard};
use crate::helpers::TestApp;

/// A row of the template: every column empty but those given.
fn row(cells: &[(&str, &str)]) -> String {
    template_columns()
        .iter()
        .map(|c| {
            let value = cells.iter().find(|(n, _)| n == c).map_or("", |(_, v)| v);
            if value.contains(',') || value.contains('"') {
                format!("\"{}\"", value.replace('"', "\"\""))
            } else {
                value.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// A good paper review of Everest Manpower Services (NP-0001 in the sample directory).
fn good(extra: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
    let mut cells = vec![
        ("licensing_country", "NP"),
        ("licence_number", "np 0001"),
        ("collected_by", "Migrant Resource Centre, Kathmandu"),
        ("channel", "paper"),
        ("origin", "NP"),
        ("destination", "QA"),
        ("departure_year", "2024"),
        ("currency", "NPR"),
        ("cost_fee_amount", "150000"),
        ("promised_wage", "120000"),
        ("first_wage", "90000"),
        ("rating_overall", "2"),
        ("body", "They kept my passport."),
    ];
    for (name, value) in extra {
        cells.retain(|(n, _)| n != name);
        cells.push((name, value));
    }
    cells
}

fn write_csv(dir: &Path, name: &str, rows: &[Vec<(&str, &str)>]) -> PathBuf {
    let mut text = template_columns().join(",");
    text.push('\n');
    for cells in rows {
        text.push_str(&row(cells));
        text.push('\n');
    }
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

async fn with_rates(app: &TestApp) {
    let rates = fairrecruit::reports::rates::parse_file(
        &b"currency,year,usd_per_unit\nNPR,2024,0.0075\n"[..],
    )
    .unwrap();
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::reports::import_rates(
            &mut pool.get().unwrap(),
            &rates,
            fairrecruit::clock::now(),
        )
        .unwrap()
    })
    .await
    .unwrap();
}

async fn load(app: &TestApp, path: &Path) -> anyhow::Result<ReviewImportReport> {
    let pool = app.pool.clone();
    let path = path.to_owned();
    tokio::task::spawn_blocking(move || import_reviews(&pool, &path, |_| {}))
        .await
        .unwrap()
}

async fn withdrawn(app: &TestApp, batch: &str) -> anyhow::Result<usize> {
    let pool = app.pool.clone();
    let batch = batch.to_owned();
    tokio::task::spawn_blocking(move || withdraw(&pool, &batch))
        .await
        .unwrap()
}

async fn review_count(app: &TestApp) -> (i64, i64) {
    use diesel::prelude::*;
    use fairrecruit::db::schema::{review_costs, reviews};
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        (
            reviews::table.count().get_result(&mut conn).unwrap(),
            review_costs::table.count().get_result(&mut conn).unwrap(),
        )
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn paper_reviews_wait_for_a_moderator_marked_with_who_collected_them() {
    let (app, everest) = app_with_directory().await;
    with_rates(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(
        dir.path(),
        "kathmandu-march.csv",
        &[
            good(&[]),
            good(&[("first_wage", "0")]),
            good(&[("currency", "QAR")]),
            good(&[("licence_number", "NP-0099")]),
            good(&[("channel", "pigeon")]),
            good(&[("rating_overall", ""), ("cost_fee_amount", "lots")]),
            good(&[("channel", "partner"), ("collected_by", "GEFONT")]),
        ],
    );
    let report = load(&app, &file).await.unwrap();
    assert_eq!(report.queued, 2, "{:?}", report.rejected);
    let lines: Vec<u64> = report.rejected.iter().map(|(l, _)| *l).collect();
    assert_eq!(lines, vec![3, 4, 5, 6, 7], "{:?}", report.rejected);
    let reasons: Vec<&str> = report.rejected.iter().map(|(_, r)| r.as_str()).collect();
    assert!(
        reasons[0].contains("first_wage: a wage of 0"),
        "{}",
        reasons[0]
    );
    assert!(
        reasons[1].contains("QAR has no exchange rate for 2024"),
        "{}",
        reasons[1]
    );
    assert!(reasons[2].contains("no listed recruiter holds licence `NP-0099` in NP"));
    assert!(reasons[3].contains("channel `pigeon`"));
    assert!(reasons[4].contains("rating_overall") && reasons[4].contains("cost_fee_amount"));
    // Nothing of a refused row is stored: two reviews, each with its one cost.
    assert_eq!(review_count(&app).await, (2, 2));
    // Pending, so not on the scorecard.
    assert_eq!(pending_ids(&app).await.len(), 2);
    assert_eq!(scorecard(&app, &everest).await["review_count"], 0);

    let moderator = moderator(&app).await;
    let (_, queue) = moderator.get_text("/moderate?lang=en").await;
    assert!(
        queue.contains("Collected on paper by \u{2068}Migrant Resource Centre, Kathmandu\u{2069}"),
        "{queue}"
    );
    assert!(queue.contains("Sent by the partner organisation \u{2068}GEFONT\u{2069}"));
    let id = pending_ids(&app).await[0];
    let (_, page) = moderator.get_text(&format!("/moderate/{id}?lang=fr")).await;
    assert!(page.contains("Recueilli sur papier par"), "{page}");
    assert!(page.contains(&report.batch), "{page}");

    // The same file again is recognised.
    let err = load(&app, &file).await.unwrap_err().to_string();
    assert!(
        err.contains("imported before") && err.contains(&report.batch),
        "{err}"
    );
    // Withdrawn as a whole before approval.
    assert_eq!(withdrawn(&app, &report.batch).await.unwrap(), 2);
    assert_eq!(review_count(&app).await, (0, 0));
    assert!(withdrawn(&app, &report.batch).await.is_err());
}

#[tokio::test]
async fn a_batch_with_an_approved_review_is_not_withdrawn() {
    let (app, everest) = app_with_directory().await;
    with_rates(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let file = write_csv(
        dir.path(),
        "b.csv",
        &[good(&[]), good(&[("rating_overall", "4")])],
    );
    let report = load(&app, &file).await.unwrap();
    assert_eq!(report.queued, 2);
    let id = pending_ids(&app).await[0];
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let stored = reviews::stored(&mut conn, id).unwrap().unwrap();
        reviews::decide(
            &mut conn,
            id,
            None,
            &Decision::Approve {
                body: stored.draft.body,
            },
            fairrecruit::clock::now(),
        )
        .unwrap();
    })
    .await
    .unwrap();
    let err = withdrawn(&app, &report.batch)
        .await
        .unwrap_err()
        .to_string();
    assert!(err.contains("1 of its reviews are approved"), "{err}");
    assert_eq!(review_count(&app).await.0, 2);
    assert_eq!(scorecard(&app, &everest).await["review_count"], 1);
}

#[tokio::test]
async fn reviews_come_from_a_spreadsheet_and_the_cli_withdraws_a_batch() {
    let (app, _) = app_with_directory().await;
    with_rates(&app).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partner.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let columns = template_columns();
    let cells = good(&[("channel", "phone")]);
    for (c, name) in columns.iter().enumerate() {
        sheet.write_string(0, c as u16, *name).unwrap();
        if let Some((_, value)) = cells.iter().find(|(n, _)| n == name) {
            match value.parse::<f64>() {
                Ok(n) => sheet.write_number(1, c as u16, n).unwrap(),
                Err(_) => sheet.write_string(1, c as u16, *value).unwrap(),
            };
        }
    }
    book.save(&path).unwrap();
    let database_url = match &app.database_url {
        fairrecruit::db::DatabaseUrl::Postgres(url) => url.clone(),
        fairrecruit::db::DatabaseUrl::Sqlite(path) => path.display().to_string(),
    };
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
            .arg("import-reviews")
            .args(args)
            .env("FAIRRECRUIT_DATABASE_URL", &database_url)
            .env("FAIRRECRUIT_LOG", "error")
            .output()
            .unwrap()
    };
    let out = run(&[path.to_str().unwrap()]);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("1 reviews waiting for moderation, rejected 0"),
        "{stdout}"
    );
    let batch = stdout
        .split_whitespace()
        .nth(1)
        .unwrap()
        .trim_end_matches(':')
        .to_owned();
    assert_eq!(pending_ids(&app).await.len(), 1);
    let out = run(&["--withdraw", &batch]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(pending_ids(&app).await.is_empty());
}
