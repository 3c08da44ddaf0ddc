//! Aggregated reports (issue 7): known answers on hand-made data, the same suppression in the
//! page, the CSV and the JSON, CSV a spreadsheet opens, a fixed number of queries per report,
//! hostile parameters, exchange-rate import, right-to-left pages.

use chrono::{Datelike, Duration, Utc};
use fairrecruit::db::complaints::{self as store, FiledBy};
use fairrecruit::db::reviews::{self, Decision};
use fairrecruit::domain::complaint::{CaseAction, ComplaintInput, Filer, Outcome};
use fairrecruit::domain::recruiter::PublicId;
use fairrecruit::domain::review::ReviewInput;
use serde_json::Value;

use crate::helpers::{TestApp, count_queries, sample_csv, spawn_app};

mod open_data;
mod sdg;

/// An app with the sample directory. The server's own schedule first runs a minute after
/// start, so the figures a test sees are from the refreshes it asks for.
async fn app() -> TestApp {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    app
}

/// Stores and approves a review of the recruiter with `licence`.
async fn approved(app: &TestApp, licence: &str, fields: &[(&str, &str)]) {
    let id = app.id_of(licence).await;
    let pool = app.pool.clone();
    let fields: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let now = Utc::now().naive_utc();
        let draft = ReviewInput::new(fields).unwrap().draft(now.year()).unwrap();
        let submitted =
            reviews::submit(&mut conn, &PublicId::parse(&id).unwrap(), None, &draft, now).unwrap();
        let review = reviews::id_of(&mut conn, &submitted.public_id).unwrap();
        reviews::decide(
            &mut conn,
            review,
            None,
            &Decision::Approve { body: None },
            now,
        )
        .unwrap();
    })
    .await
    .unwrap();
}

fn review<'a>(
    origin: &'a str,
    destination: &'a str,
    currency: &'a str,
    fee: &'a str,
    wage: &'a str,
    rating: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("origin", origin),
        ("destination", destination),
        ("departure_year", "2024"),
        ("sector", "construction"),
        ("currency", currency),
        ("cost_fee_amount", fee),
        ("cost_medical_paid", "no"),
        ("first_wage", wage),
        ("rating_overall", rating),
    ]
}

async fn refresh(app: &TestApp) {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::reports::refresh(&mut pool.get().unwrap(), Utc::now().naive_utc()).unwrap()
    })
    .await
    .unwrap();
}

async fn import_rates(app: &TestApp, csv: &str) {
    let rates = fairrecruit::reports::rates::parse_file(csv.as_bytes()).unwrap();
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::db::reports::import_rates(
            &mut pool.get().unwrap(),
            &rates,
            Utc::now().naive_utc(),
        )
        .unwrap()
    })
    .await
    .unwrap();
}

/// The CSV as rows of cells, checked to be what a spreadsheet reads: a byte-order mark,
/// then RFC 4180 records of equal length.
fn csv_rows(body: &str) -> Vec<Vec<String>> {
    let body = body
        .strip_prefix('\u{FEFF}')
        .expect("a UTF-8 byte-order mark");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect();
    assert!(rows.iter().all(|r| r.len() == rows[0].len()));
    rows
}

/// A page without Fluent's invisible isolation marks around arguments.
fn plain(page: &str) -> String {
    page.replace(['\u{2068}', '\u{2069}'], "")
}

fn column(rows: &[Vec<String>], row: &[String], name: &str) -> String {
    let i = rows[0]
        .iter()
        .position(|h| h == name)
        .unwrap_or_else(|| panic!("no column {name}"));
    row[i].clone()
}

#[tokio::test]
async fn corridor_report_gives_known_answers_with_the_same_suppression_everywhere() {
    let app = app().await;
    import_rates(&app, "currency,year,usd_per_unit\nNPR,2024,0.0075\n").await;
    // NP→QA: cost ÷ first wage = 1, 2, 3, 4 months, one zero wage (no ratio), and one BDT
    // worker at 0.5 months whose currency has no rate.
    for (currency, fee, wage) in [
        ("NPR", "100", "100"),
        ("NPR", "200", "100"),
        ("NPR", "300", "100"),
        ("NPR", "400", "100"),
        ("NPR", "500", "0"),
        ("BDT", "50", "100"),
    ] {
        approved(
            &app,
            "NP-0001",
            &review("NP", "QA", currency, fee, wage, "3"),
        )
        .await;
    }
    // Exactly 4 workers PH→SA: hidden; exactly 5 BD→MY: shown.
    for _ in 0..4 {
        approved(
            &app,
            "PH-0004",
            &review("PH", "SA", "PHP", "1000", "500", "3"),
        )
        .await;
    }
    for _ in 0..5 {
        approved(
            &app,
            "BD-0005",
            &review("BD", "MY", "BDT", "3000", "1000", "3"),
        )
        .await;
    }
    refresh(&app).await;

    let (status, json) = app.get_json("/api/v1/reports/corridors").await;
    assert_eq!(status, 200, "{json}");
    let items = json["items"].as_array().unwrap();
    let pairs: Vec<(String, String)> = items
        .iter()
        .map(|i| {
            (
                i["origin"].as_str().unwrap().to_owned(),
                i["destination"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        pairs,
        vec![("BD".into(), "MY".into()), ("NP".into(), "QA".into())]
    );
    let np = &items[1];
    assert_eq!(np["workers"], 6);
    assert_eq!(np["workers_with_ratio"], 5);
    // (1 + 2 + 3 + 4 + 0.5) / 5 = 2.1 months; median 2 months.
    assert_eq!(np["cost_ratio_mean_bp"], 21_000);
    assert_eq!(np["cost_ratio_median_bp"], 20_000);
    assert_eq!(np["paid_any_fee_bp"], 10_000);
    // (100 + 200 + 300 + 400 + 500) NPR × 0.0075 ÷ 5 = US$ 2.25.
    assert_eq!(np["workers_with_usd"], 5);
    assert_eq!(np["cost_mean_usd_cents"], 225);
    // One worker left out for want of a rate: a group of one, suppressed.
    assert_eq!(np["workers_without_rate"], Value::Null);
    assert_eq!(np["categories"]["fee"], 10_000);
    assert_eq!(np["categories"]["medical"], 0);
    let bd = &items[0];
    assert_eq!(bd["workers"], 5);
    assert_eq!(bd["cost_ratio_mean_bp"], 30_000);
    // Five BDT workers without a rate: shown, and no dollar mean.
    assert_eq!(bd["workers_without_rate"], 5);
    assert_eq!(bd["cost_mean_usd_cents"], Value::Null);

    let res = app.get("/reports/corridors?format=csv").await;
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let rows = csv_rows(&res.text().await.unwrap());
    assert_eq!(rows[0][0], "origin");
    assert_eq!(rows.len(), 3, "header and two corridors: {rows:?}");
    let np_row = rows.iter().find(|r| r[0] == "NP").unwrap();
    assert_eq!(column(&rows, np_row, "workers"), "6");
    assert_eq!(column(&rows, np_row, "cost_ratio_mean_months"), "2.1000");
    assert_eq!(column(&rows, np_row, "cost_ratio_median_months"), "2.0000");
    assert_eq!(column(&rows, np_row, "cost_mean_usd_cents"), "225");
    assert_eq!(column(&rows, np_row, "workers_without_rate"), "");
    assert!(!rows.iter().any(|r| r[0] == "PH"));

    let (status, page) = app.get_text("/reports/corridors?lang=en").await;
    assert_eq!(status, 200);
    let page = plain(&page);
    assert!(page.contains("Nepal → Qatar"), "{page}");
    assert!(page.contains("2.10 months") && page.contains("2.00 months"));
    assert!(page.contains("US$ 2.25"));
    assert!(page.contains("fewer than 5"));
    assert!(!page.contains("Saudi Arabia"), "PH→SA has 4 workers");
    assert!(page.contains("<svg role=\"img\""));
    assert!(page.contains("<title id=\"ratio-chart-title\">"));

    // A year cut: the same cell, 2024 only.
    let (_, json) = app.get_json("/api/v1/reports/corridors?year=2024").await;
    assert_eq!(json["breakdown"]["kind"], "year");
    assert_eq!(json["items"][1]["cost_ratio_mean_bp"], 21_000);
}

#[tokio::test]
async fn rankings_rank_five_reviews_or_more_and_count_open_complaints() {
    let app = app().await;
    for _ in 0..5 {
        approved(&app, "NP-0001", &review("NP", "QA", "NPR", "0", "100", "5")).await;
    }
    for _ in 0..4 {
        approved(
            &app,
            "NP-0002",
            &review("NP", "QA", "NPR", "100", "100", "1"),
        )
        .await;
    }
    for _ in 0..6 {
        approved(
            &app,
            "PH-0004",
            &review("PH", "SA", "PHP", "300", "100", "2"),
        )
        .await;
    }
    // Five open complaints about NP-0002 (no organisation covers them: they wait, open).
    let himalaya = app.id_of("NP-0002").await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let now = Utc::now().naive_utc();
        for _ in 0..5 {
            let draft = ComplaintInput {
                recruiter: himalaya.clone(),
                origin: "NP".into(),
                destination: "QA".into(),
                share_with: vec!["labour_inspectorate".into()],
                ..ComplaintInput::default()
            }
            .parse(Filer::Anonymous, now.year())
            .unwrap();
            store::file(
                &mut conn,
                &draft,
                &store::Unheld::new(&fairrecruit::auth::random_hex(32)).sealing(),
                FiledBy::default(),
                now,
            )
            .unwrap();
        }
    })
    .await
    .unwrap();
    refresh(&app).await;

    let names = |json: &Value| -> Vec<String> {
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| i["name"].as_str().unwrap().to_owned())
            .collect()
    };
    let (status, json) = app.get_json("/api/v1/reports/recruiters").await;
    assert_eq!(status, 200, "{json}");
    // Rated first, best first; Himalaya (4 reviews) is listed for its 5 open complaints only,
    // after the rated ones.
    assert_eq!(
        names(&json),
        vec![
            "Everest Manpower Services",
            "Manila Bay Global Staffing",
            "Himalaya Fair Jobs"
        ]
    );
    let items = json["items"].as_array().unwrap();
    // Prior: 15 reviews summing 41; Everest (5 × 41/15 + 25) / 10 = 3.867.
    assert_eq!(items[0]["rating_bayesian_milli"], 3867);
    assert_eq!(items[0]["charged_share_bp"], 0);
    assert_eq!(items[1]["charged_share_bp"], 10_000);
    assert_eq!(items[1]["cost_ratio_median_bp"], 30_000);
    assert_eq!(items[2]["reviews"], Value::Null);
    assert_eq!(items[2]["rating_bayesian_milli"], Value::Null);
    assert_eq!(items[2]["complaints_open"], 5);

    let (_, json) = app
        .get_json("/api/v1/reports/recruiters?sort=rating&order=asc")
        .await;
    assert_eq!(
        names(&json)[..2],
        ["Manila Bay Global Staffing", "Everest Manpower Services"]
    );
    let (_, json) = app.get_json("/api/v1/reports/recruiters?sort=open").await;
    assert_eq!(names(&json)[0], "Himalaya Fair Jobs");
    let (_, json) = app.get_json("/api/v1/reports/recruiters?country=PH").await;
    assert_eq!(names(&json), vec!["Manila Bay Global Staffing"]);
    let (_, json) = app
        .get_json("/api/v1/reports/recruiters?destination=SA")
        .await;
    assert_eq!(names(&json), vec!["Manila Bay Global Staffing"]);

    let (status, page) = app.get_text("/reports/recruiters?lang=en").await;
    assert_eq!(status, 200);
    let page = plain(&page);
    assert!(page.contains("Everest Manpower Services") && page.contains("3.9"));
    let rows = csv_rows(&app.get_text("/reports/recruiters?format=csv").await.1);
    assert_eq!(rows[0][0], "rank");
    assert_eq!(rows.len(), 4);
    let himalaya_row = rows.iter().find(|r| r[2] == "Himalaya Fair Jobs").unwrap();
    assert_eq!(column(&rows, himalaya_row, "reviews"), "");
    assert_eq!(column(&rows, himalaya_row, "complaints_open"), "5");
    assert_eq!(column(&rows, &rows[1], "rating_bayesian"), "3.867");
}

#[tokio::test]
async fn justice_report_shows_organisations_with_five_referrals_and_hides_small_counts() {
    let app = app().await;
    let org = app
        .create_organisation("Inspectorate Q", "labour_inspectorate", &["QA"])
        .await;
    let inspector = app
        .create_account("inspector", "inspector_q", Some((org, false)))
        .await;
    let everest = app.id_of("NP-0001").await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let now = Utc::now().naive_utc();
        // Six complaints: all cite deception, four cite isolation. Five are acknowledged
        // (after 1, 2, 3, 4 and 10 days, deadline 7) and resolved after 30 days with the
        // documents returned; the sixth is new and past its deadline.
        for i in 0..6i64 {
            let opened = now - Duration::days(60);
            let issues = if i < 4 {
                vec!["deception".into(), "isolation".into()]
            } else {
                vec!["deception".into()]
            };
            let draft = ComplaintInput {
                recruiter: everest.clone(),
                origin: "NP".into(),
                destination: "QA".into(),
                issues,
                share_with: vec!["labour_inspectorate".into()],
                ..ComplaintInput::default()
            }
            .parse(Filer::Anonymous, now.year())
            .unwrap();
            let filed = store::file(
                &mut conn,
                &draft,
                &store::Unheld::new(&fairrecruit::auth::random_hex(32)).sealing(),
                FiledBy::default(),
                opened,
            )
            .unwrap();
            if i == 5 {
                continue;
            }
            use diesel::prelude::*;
            use fairrecruit::db::schema::referrals;
            let referral: i64 = referrals::table
                .filter(referrals::complaint_id.eq(filed.complaint_id))
                .select(referrals::id)
                .first(&mut conn)
                .unwrap();
            let outcome = Outcome::parse(&["documents_returned".into()], "", "").unwrap();
            let ack = [1, 2, 3, 4, 10][i as usize];
            for (action, day) in [
                (CaseAction::Acknowledge, ack),
                (CaseAction::Investigate, ack),
                (CaseAction::Resolve(outcome), 30),
            ] {
                store::act(
                    &mut conn,
                    referral,
                    org,
                    inspector,
                    &action,
                    None,
                    false,
                    opened + Duration::days(day),
                )
                .unwrap();
            }
        }
    })
    .await
    .unwrap();
    refresh(&app).await;

    let (status, json) = app.get_json("/api/v1/reports/justice").await;
    assert_eq!(status, 200, "{json}");
    // Counts are published rounded to the nearest 5: 6 is 5.
    assert_eq!(json["total_complaints"], 5);
    assert_eq!(json["indicators"]["deception"], 5);
    assert_eq!(json["indicators"]["isolation"], Value::Null, "4 is too few");
    assert_eq!(json["indicators"]["debt_bondage"], 0);
    assert_eq!(json["corridors"][0]["complaints"], 5);
    let o = &json["organisations"][0];
    assert_eq!(o["name"], "Inspectorate Q");
    assert_eq!(o["referrals"], 5);
    assert_eq!(o["acknowledge_median_days"], 3);
    assert_eq!(o["resolve_median_days"], 30);
    assert_eq!(o["documents_returned"], 5);
    // 4 of 6 in time: the 2 late are a small group, so the share is hidden.
    assert_eq!(o["acknowledged_in_time_bp"], Value::Null);
    // 5 of 6 resolved: the one unresolved would be revealed.
    assert_eq!(o["resolved_share_bp"], Value::Null);

    let rows = csv_rows(&app.get_text("/reports/justice?format=csv").await.1);
    let isolation = rows.iter().find(|r| r[1] == "isolation").unwrap();
    assert_eq!(isolation[2], "");
    let org_row = rows.iter().find(|r| r[0] == "organisation").unwrap();
    assert_eq!(column(&rows, org_row, "acknowledge_median_days"), "3");
    assert_eq!(column(&rows, org_row, "resolved_percent"), "");

    let (status, page) = app.get_text("/reports/justice?lang=en").await;
    assert_eq!(status, 200);
    let page = plain(&page);
    assert!(page.contains("Inspectorate Q") && page.contains("3 days"));
    // No complaint text, id or exact date reaches the report.
    assert!(!page.contains("/cases/"));
    let day = (Utc::now() - Duration::days(60))
        .format("%Y-%m-%d")
        .to_string();
    assert!(!page.contains(&day));
}

#[tokio::test]
async fn each_report_costs_the_same_few_queries_whatever_the_data() {
    let app = app().await;
    refresh(&app).await;
    let costs = |app: &TestApp| {
        use fairrecruit::domain::report::{Breakdown, Report, ReportQuery};
        let query = ReportQuery::from_pairs(Report::Rankings, &[], false, 2026).unwrap();
        [
            count_queries(app, |c| {
                fairrecruit::db::reports::refreshed_at(c).unwrap();
                fairrecruit::db::reports::corridors(c, &Breakdown::All).unwrap();
            }),
            count_queries(app, |c| {
                fairrecruit::db::reports::refreshed_at(c).unwrap();
                fairrecruit::db::reports::rankings(c, &query, 50).unwrap();
            }),
            count_queries(app, |c| {
                fairrecruit::db::reports::refreshed_at(c).unwrap();
                fairrecruit::db::reports::justice_counts(c).unwrap();
                fairrecruit::db::reports::justice_organisations(c).unwrap();
            }),
        ]
    };
    let empty = costs(&app);
    for _ in 0..12 {
        approved(
            &app,
            "NP-0001",
            &review("NP", "QA", "NPR", "100", "100", "4"),
        )
        .await;
    }
    refresh(&app).await;
    assert_eq!(costs(&app), empty);
    // Rankings: the ranked rows, then (a page reaching past them) a count and the others.
    assert_eq!(empty, [2, 4, 3]);
}

#[tokio::test]
async fn hostile_report_parameters_are_translated_400s() {
    let app = app().await;
    for path in ["/reports/recruiters", "/api/v1/reports/recruiters"] {
        for query in [
            "sort=name",
            "year=99999",
            "year=-1",
            "country=XX",
            "destination=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "unknown=1",
            "sort=rating&sort=fees",
            "year=2024&sector=care",
            "page=0",
            "order=sideways",
            "sector=%00",
            "year=%FF",
        ] {
            let res = app.get(&format!("{path}?{query}&lang=ne")).await;
            assert_eq!(res.status(), 400, "{path}?{query}");
            let body = res.text().await.unwrap();
            assert!(!body.contains("<script>"), "{path}?{query}");
            assert!(
                body.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
                "{path}?{query}: not in Nepali: {body}"
            );
        }
    }
    for path in [
        "/reports/corridors?destination=QA",
        "/reports/corridors?format=pdf",
        "/reports/justice?year=2024",
        "/api/v1/reports/corridors?format=csv",
        "/api/v1/reports/justice?x=1",
    ] {
        assert_eq!(app.get(path).await.status(), 400, "{path}");
    }
    let (status, json) = app.get_json("/api/v1/reports/recruiters?sort=name").await;
    assert_eq!(status, 400);
    assert_eq!(json["code"], "invalid_input");
    assert_eq!(json["field"], "sort");
}

#[tokio::test]
async fn a_rates_file_with_one_bad_row_imports_nothing() {
    let app = app().await;
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "currency,year,usd_per_unit\nNPR,2024,0.0075\nXXX,2024,1\n",
    )
    .unwrap();
    let good = dir.path().join("good.csv");
    std::fs::write(&good, "currency,year,usd_per_unit\nNPR,2024,0.0075\n").unwrap();
    let pool = app.pool.clone();
    let counts = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::exchange_rates;
        let mut conn = pool.get().unwrap();
        let count = |conn: &mut fairrecruit::db::DbConnection| -> i64 {
            exchange_rates::table.count().get_result(conn).unwrap()
        };
        let refused = fairrecruit::reports::commands::import_rates(&mut conn, &bad).is_err();
        let after_bad = count(&mut conn);
        fairrecruit::reports::commands::import_rates(&mut conn, &good).unwrap();
        // Twice: the rate is replaced, not repeated.
        fairrecruit::reports::commands::import_rates(&mut conn, &good).unwrap();
        (refused, after_bad, count(&mut conn))
    })
    .await
    .unwrap();
    assert_eq!(counts, (true, 0, 1));
}

#[tokio::test]
async fn report_pages_read_right_to_left_in_arabic_and_are_listed() {
    let app = app().await;
    for _ in 0..5 {
        approved(
            &app,
            "NP-0001",
            &review("NP", "QA", "NPR", "100", "100", "4"),
        )
        .await;
    }
    refresh(&app).await;
    let (status, page) = app.get_text("/reports/corridors?lang=ar").await;
    assert_eq!(status, 200);
    assert!(page.contains("dir=\"rtl\""));
    assert!(
        page.contains(r#"x="320" y="13" text-anchor="start" direction="rtl""#),
        "labels start at the right edge and run leftwards"
    );
    assert!(page.contains('\u{2190}'), "the corridor arrow points left");
    let (status, page) = app.get_text("/reports?lang=en").await;
    assert_eq!(status, 200);
    for link in [
        "/reports/recruiters",
        "/reports/corridors",
        "/reports/justice",
    ] {
        assert!(page.contains(link));
    }
    let (_, home) = app.get_text("/?lang=en").await;
    assert!(home.contains("href=\"/reports\""));
}

/// `d` at `h`:00 UTC.
fn at(d: &str, h: u32) -> chrono::NaiveDateTime {
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

/// Files `n` anonymous complaints about `licence`'s recruiter on `day`, NP→QA, all citing the
/// retention of documents.
async fn file_on(app: &TestApp, licence: &str, n: usize, day: chrono::NaiveDateTime) {
    let recruiter = app.id_of(licence).await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        for _ in 0..n {
            let draft = ComplaintInput {
                recruiter: recruiter.clone(),
                origin: "NP".into(),
                destination: "QA".into(),
                issues: vec!["retention_of_documents".into(), "deception".into()],
                share_with: vec!["labour_inspectorate".into()],
                ..ComplaintInput::default()
            }
            .parse(Filer::Anonymous, day.year())
            .unwrap();
            let receipt = fairrecruit::auth::random_hex(32);
            let unheld = store::Unheld::new(&receipt);
            store::file(
                &mut conn,
                &draft,
                &unheld.sealing(),
                FiledBy::default(),
                day,
            )
            .unwrap();
        }
    })
    .await
    .unwrap();
}

async fn publish(app: &TestApp, now: chrono::NaiveDateTime) -> bool {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::reports::publish_if_due(&mut pool.get().unwrap(), now)
            .unwrap()
            .is_some()
    })
    .await
    .unwrap()
}

/// Every number in the public reports' JSON, by its path.
async fn published_numbers(app: &TestApp) -> std::collections::BTreeMap<String, i64> {
    fn walk(path: String, v: &Value, out: &mut std::collections::BTreeMap<String, i64>) {
        match v {
            Value::Number(n) => {
                out.insert(path, n.as_i64().unwrap());
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    // Rows by their name, not their place, so a new row shifts nothing.
                    let key = ["name", "item", "corridor", "origin"]
                        .iter()
                        .find_map(|k| item.get(*k).and_then(Value::as_str))
                        .map_or_else(|| i.to_string(), str::to_owned);
                    walk(format!("{path}/{key}"), item, out);
                }
            }
            Value::Object(map) => {
                for (k, item) in map {
                    walk(format!("{path}.{k}"), item, out);
                }
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeMap::new();
    for report in ["justice", "recruiters", "corridors"] {
        let (status, json) = app.get_json(&format!("/api/v1/reports/{report}")).await;
        assert_eq!(status, 200, "{json}");
        walk(report.to_owned(), &json, &mut out);
    }
    out
}

#[tokio::test]
async fn one_complaint_between_two_publications_moves_no_published_figure_by_one() {
    let app = app().await;
    app.create_organisation("Inspectorate Q", "labour_inspectorate", &["QA"])
        .await;
    // 32 complaints the week before Monday 30 November 2026.
    file_on(&app, "NP-0002", 32, at("2026-11-25", 0)).await;
    assert!(
        publish(&app, at("2026-11-30", 0)).await,
        "Monday's publication"
    );
    assert!(!publish(&app, at("2026-11-30", 5)).await, "out already");
    let first = published_numbers(&app).await;
    assert_eq!(first["justice.total_complaints"], 30, "{first:?}");
    assert_eq!(first["justice.indicators.retention_of_documents"], 30);
    assert_eq!(first["justice.organisations/Inspectorate Q.referrals"], 30);
    assert_eq!(
        first["recruiters.items/Himalaya Fair Jobs.complaints_open"],
        30
    );

    // One more on Tuesday: nothing published moves until the next Monday.
    file_on(&app, "NP-0002", 1, at("2026-12-01", 0)).await;
    assert!(!publish(&app, at("2026-12-03", 17)).await);
    assert_eq!(published_numbers(&app).await, first);
    // A complaint filed on Monday itself waits for the Monday after.
    file_on(&app, "NP-0002", 1, at("2026-12-07", 0)).await;

    assert!(
        publish(&app, at("2026-12-07", 0)).await,
        "the next Monday's publication"
    );
    let second = published_numbers(&app).await;
    let mut moved = 0;
    for (path, before) in &first {
        if let Some(after) = second.get(path) {
            assert_ne!((after - before).abs(), 1, "{path}: {before} → {after}");
            moved += usize::from(after != before);
        }
    }
    // 32 complaints were published as 30; 33 are 35.
    assert_eq!(second["justice.total_complaints"], 35);
    assert!(moved > 0);
    for (path, n) in &second {
        let count = path.ends_with("total_complaints")
            || path.contains(".indicators.")
            || path.contains(".abuses.")
            || path.ends_with(".complaints")
            || path.ends_with(".referrals")
            || path.ends_with("complaints_open")
            || path.ends_with("complaints_resolved")
            || path.ends_with("documents_returned")
            || path.ends_with("licence_actions");
        if count {
            assert_eq!(n % 5, 0, "{path} = {n} is not rounded");
        }
    }
    let (_, page) = app.get_text("/reports/justice?lang=en").await;
    assert!(plain(&page).contains("Figures as of"));
}

#[tokio::test]
async fn gender_cells_publish_five_women_and_hide_four_men_the_same_everywhere() {
    let app = app().await;
    // NP→QA: 5 women at 1 to 5 months of wages, 4 men at 10 months, 3 who did not say at 6.
    for fee in ["100", "200", "300", "400", "500"] {
        let mut fields = review("NP", "QA", "NPR", fee, "100", "3");
        fields.push(("gender", "woman"));
        approved(&app, "NP-0001", &fields).await;
    }
    for _ in 0..4 {
        let mut fields = review("NP", "QA", "NPR", "1000", "100", "2");
        fields.push(("gender", "man"));
        approved(&app, "NP-0001", &fields).await;
    }
    for _ in 0..3 {
        approved(
            &app,
            "NP-0001",
            &review("NP", "QA", "NPR", "600", "100", "3"),
        )
        .await;
    }
    // BD→MY: 5 women (3 months), 5 men, 2 who did not say. Both cells are 5, but showing
    // both would give the 2 away (12 − 5 − 5): complementary suppression hides the men's.
    for gender in ["woman", "man"] {
        for _ in 0..5 {
            let mut fields = review("BD", "MY", "BDT", "3000", "1000", "3");
            fields.push(("gender", gender));
            approved(&app, "BD-0005", &fields).await;
        }
    }
    for _ in 0..2 {
        approved(
            &app,
            "BD-0005",
            &review("BD", "MY", "BDT", "3000", "1000", "3"),
        )
        .await;
    }
    refresh(&app).await;

    // JSON.
    let (status, all) = app.get_json("/api/v1/reports/corridors").await;
    assert_eq!(status, 200, "{all}");
    let np_all = &all["items"][1];
    assert_eq!(np_all["destination"], "QA");
    assert_eq!(np_all["workers"], 12);
    // (15 + 40 + 18) ÷ 12 = 6.0833 months.
    assert_eq!(np_all["cost_ratio_mean_bp"], 60_833);
    let (status, women) = app.get_json("/api/v1/reports/corridors?gender=woman").await;
    assert_eq!(status, 200, "{women}");
    assert_eq!(women["breakdown"]["kind"], "gender");
    assert_eq!(women["breakdown"]["value"], "woman");
    let items = women["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "{women}");
    let (bd, np) = (&items[0], &items[1]);
    assert_eq!(
        (np["origin"].as_str(), np["destination"].as_str()),
        (Some("NP"), Some("QA"))
    );
    assert_eq!(np["workers"], 5);
    assert_eq!(np["workers_with_ratio"], 5);
    assert_eq!(np["cost_ratio_mean_bp"], 30_000);
    assert_eq!(np["cost_ratio_median_bp"], 30_000);
    assert_eq!(np["paid_any_fee_bp"], 10_000);
    assert_eq!(np["categories"]["fee"], 10_000);
    assert_eq!(np["categories"]["medical"], 0);
    assert_eq!(np["workers_without_rate"], 5);
    assert_eq!(bd["workers"], 5);
    assert_eq!(bd["cost_ratio_mean_bp"], 30_000);
    // No men's cell anywhere; and the total minus the women's cell (7 workers) is not the
    // men's 4, since the 3 who did not say are in neither.
    let (status, men) = app.get_json("/api/v1/reports/corridors?gender=man").await;
    assert_eq!(status, 200);
    assert_eq!(men["items"], Value::Array(vec![]), "{men}");
    let (_, another) = app
        .get_json("/api/v1/reports/corridors?gender=another")
        .await;
    assert_eq!(another["items"], Value::Array(vec![]));
    assert_ne!(
        np_all["workers"].as_i64().unwrap() - np["workers"].as_i64().unwrap(),
        4
    );

    // CSV: the same cells and figures.
    let res = app.get("/reports/corridors?gender=woman&format=csv").await;
    assert_eq!(res.status(), 200);
    let rows = csv_rows(&res.text().await.unwrap());
    assert_eq!(rows.len(), 3, "header and two corridors: {rows:?}");
    let np_row = rows.iter().find(|r| r[0] == "NP").unwrap();
    assert_eq!(column(&rows, np_row, "workers"), "5");
    assert_eq!(column(&rows, np_row, "cost_ratio_mean_months"), "3.0000");
    assert_eq!(column(&rows, np_row, "cost_ratio_median_months"), "3.0000");
    assert_eq!(column(&rows, np_row, "paid_any_fee_percent"), "100.00");
    let res = app.get("/reports/corridors?gender=man&format=csv").await;
    assert_eq!(
        csv_rows(&res.text().await.unwrap()).len(),
        1,
        "the header only"
    );

    // The page.
    let (status, page) = app
        .get_text("/reports/corridors?gender=woman&lang=en")
        .await;
    assert_eq!(status, 200);
    let page = plain(&page);
    assert!(
        page.contains("<option value=\"woman\" selected>Woman</option>"),
        "{page}"
    );
    assert!(page.contains("Nepal → Qatar") && page.contains("Bangladesh → Malaysia"));
    assert!(page.contains("3.00 months"));
    assert!(
        !page.contains("6.08 months"),
        "the total's figure is not the cell's"
    );
    assert!(page.contains("Gender is optional for workers."));
    let (_, page) = app.get_text("/reports/corridors?gender=man&lang=en").await;
    let page = plain(&page);
    assert!(!page.contains("Nepal → Qatar") && !page.contains("Bangladesh → Malaysia"));
    assert!(page.contains("Not enough data to show anything here yet."));

    // Hostile values: a translated 400 naming the field, on the page and the API.
    for query in [
        "gender=female",
        "gender=Woman",
        "gender=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "gender=%00",
        "gender=woman&gender=man",
        "gender=woman&year=2024",
    ] {
        for path in ["/reports/corridors", "/api/v1/reports/corridors"] {
            let res = app.get(&format!("{path}?{query}&lang=ne")).await;
            assert_eq!(res.status(), 400, "{path}?{query}");
            let body = res.text().await.unwrap();
            assert!(!body.contains("<script>"), "{path}?{query}");
            assert!(
                body.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
                "{path}?{query}: not in Nepali: {body}"
            );
        }
    }
    let (status, json) = app
        .get_json("/api/v1/reports/corridors?gender=female")
        .await;
    assert_eq!(status, 400);
    assert_eq!(json["field"], "gender");
    // Rankings have no gender cut.
    assert_eq!(
        app.get("/api/v1/reports/recruiters?gender=woman")
            .await
            .status(),
        400
    );
}

#[tokio::test]
async fn the_demo_corridor_publishes_a_gender_cell() {
    let app = spawn_app().await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        fairrecruit::demo::seed_if_empty(
            &mut pool.get().unwrap(),
            &fairrecruit::auth::token::Keys::from_secret(&[7u8; 32]),
        )
        .unwrap()
    })
    .await
    .unwrap();
    let (status, women) = app.get_json("/api/v1/reports/corridors?gender=woman").await;
    assert_eq!(status, 200, "{women}");
    let np = women["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["origin"] == "NP" && i["destination"] == "QA")
        .unwrap_or_else(|| panic!("no NP→QA women's cell: {women}"));
    assert_eq!(np["workers"], 5);
    let (_, men) = app.get_json("/api/v1/reports/corridors?gender=man").await;
    assert!(
        !men["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["origin"] == "NP"),
        "4 men: suppressed: {men}"
    );
}

#[tokio::test]
async fn a_recruiter_named_like_a_formula_is_exported_as_text() {
    let app = app().await;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::recruiters;
        diesel::update(recruiters::table.filter(recruiters::licence_number.eq("NP-0002")))
            .set(recruiters::name.eq("=HYPERLINK(\"http://evil.example\",\"Himalaya\")"))
            .execute(&mut pool.get().unwrap())
            .unwrap();
    })
    .await
    .unwrap();
    file_on(&app, "NP-0002", 5, Utc::now().naive_utc()).await;
    refresh(&app).await;

    let (status, body) = app.get_text("/reports/recruiters?format=csv").await;
    assert_eq!(status, 200);
    let rows = csv_rows(&body);
    let row = rows
        .iter()
        .find(|r| r[2].contains("HYPERLINK"))
        .expect("the recruiter is listed for its five open complaints");
    assert_eq!(row[2], "'=HYPERLINK(\"http://evil.example\",\"Himalaya\")");
    assert_eq!(column(&rows, row, "complaints_open"), "5");
    // The page and the JSON show the name as it is.
    let (_, json) = app.get_json("/api/v1/reports/recruiters").await;
    assert!(json.to_string().contains("=HYPERLINK("));
}
