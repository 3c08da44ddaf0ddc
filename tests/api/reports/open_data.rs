//! Open data (issue 19 item 5): `/reports/download` offers every published table as CSV and
//! JSON with the same stable English columns, a translated data dictionary and the
//! operator's licence; only suppressed figures, nothing a worker typed; hostile addresses
//! are 400 or 404, never 500.

use fairrecruit::reports::open_data::{Licence, Table};
use serde_json::Value;

use super::{app, approved, csv_rows, import_rates, plain, refresh, review};
use crate::helpers::{TestApp, count_queries, sample_csv, spawn_app_with};

/// Five NP→QA workers paid in rupees (one of whom typed a sentence a moderator let
/// through), a sixth in taka (no rate: a group of one without a dollar figure), and four
/// PH→SA workers (too few to publish), then a publication.
async fn published(app: &TestApp) {
    import_rates(app, "currency,year,usd_per_unit\nNPR,2024,0.0075\n").await;
    for i in 0..5 {
        let mut fields = review("NP", "QA", "NPR", "150000", "50000", "4");
        if i == 0 {
            fields.push(("body", "Ask for Ram Bahadur near the bus park"));
        }
        approved(app, "NP-0001", &fields).await;
    }
    approved(
        app,
        "NP-0001",
        &review("NP", "QA", "BDT", "150000", "50000", "4"),
    )
    .await;
    for _ in 0..4 {
        approved(
            app,
            "PH-0004",
            &review("PH", "SA", "PHP", "1000", "500", "3"),
        )
        .await;
    }
    refresh(app).await;
}

#[tokio::test]
async fn every_published_table_downloads_as_csv_and_json_with_the_same_columns() {
    let app = app().await;
    published(&app).await;
    for table in Table::ALL {
        let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        let res = app
            .get(&format!("/reports/download/{}.csv", table.name()))
            .await;
        assert_eq!(res.status(), 200, "{}", table.name());
        assert!(
            res.headers()["content-type"]
                .to_str()
                .unwrap()
                .starts_with("text/csv")
        );
        assert!(
            res.headers()["content-disposition"]
                .to_str()
                .unwrap()
                .contains(&format!("fairrecruit-{}.csv", table.name()))
        );
        let csv = res.text().await.unwrap();
        let rows = csv_rows(&csv);
        assert_eq!(rows[0], names, "{}", table.name());
        let (status, json) = app
            .get_json(&format!("/reports/download/{}.json", table.name()))
            .await;
        assert_eq!(status, 200);
        assert_eq!(json["table"], table.name());
        assert_eq!(json["columns"], serde_json::json!(names));
        assert_eq!(json["licence"]["name"], "CC BY 4.0");
        assert!(json["published_at"].is_string());
        let items = json["rows"].as_array().unwrap();
        assert_eq!(items.len(), rows.len() - 1, "{}", table.name());
        // Nothing a worker typed.
        for body in [&csv, &json.to_string()] {
            assert!(!body.contains("Ram Bahadur"), "{}", table.name());
        }
    }
    // The corridor table: every cut of NP→QA, the CSV's cells the JSON's values.
    let res = app.get("/reports/download/corridors.csv").await;
    let rows = csv_rows(&res.text().await.unwrap());
    let (_, json) = app.get_json("/reports/download/corridors.json").await;
    let cuts: Vec<(&str, &str)> = rows[1..]
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str()))
        .collect();
    assert_eq!(
        cuts,
        vec![("all", ""), ("sector", "construction"), ("year", "2024")]
    );
    let all = &json["rows"][0];
    assert_eq!(all["origin"], "NP");
    assert_eq!(all["workers"], 6);
    assert_eq!(all["sdg_workers"], 5);
    // 1,500 ÷ 500 = 3 months, each way.
    assert_eq!(all["sdg_ratio_of_averages_months"], 3.0);
    let ratio = rows[0]
        .iter()
        .position(|c| c == "sdg_ratio_of_averages_months")
        .unwrap();
    assert_eq!(rows[1][ratio], "3.0000");
    // NPR 150,000 at US$0.0075 = US$1,125.00.
    assert_eq!(all["cost_mean_usd_cents"], 112_500);
    // Four PH→SA workers are nowhere; a withheld figure is empty in one and null in the other.
    assert!(rows.iter().all(|r| r[2] != "PH"));
    assert_eq!(all["workers_without_rate"], Value::Null);
    let i = rows[0]
        .iter()
        .position(|c| c == "workers_without_rate")
        .unwrap();
    assert_eq!(rows[1][i], "");
    // The recruiter table names the recruiter by its public id, as its page does.
    let (_, json) = app.get_json("/reports/download/recruiters.json").await;
    let id = app.id_of("NP-0001").await;
    assert!(
        json["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["recruiter_id"] == id.as_str() && r["breakdown"] == "all")
    );
}

#[tokio::test]
async fn the_page_and_the_dictionary_are_translated_and_the_columns_are_not() {
    let app = app().await;
    published(&app).await;
    let (status, page) = app.get_text("/reports/download?lang=en").await;
    assert_eq!(status, 200);
    let page = plain(&page);
    for text in [
        "Open data",
        "You may reuse these data under the licence CC BY 4.0.",
        "rel=\"license\"",
        "creativecommons.org",
        "a figure about 1 to 4 workers is never published",
        "/reports/download/corridors.csv",
        "/reports/download/organisations.json",
        "/reports/download/dictionary.json?lang=en",
        "<code dir=\"ltr\">sdg_ratio_of_averages_months</code>",
        "Share of workers who paid for: Medical",
        "Statistics for SDG indicator 10.7.1",
    ] {
        assert!(page.contains(text), "{text:?} not on the page");
    }
    let (_, index) = app.get_text("/reports?lang=en").await;
    assert!(index.contains("href=\"/reports/download\""));

    let (status, page) = app.get_text("/reports/download?lang=ar").await;
    assert_eq!(status, 200);
    assert!(page.contains("dir=\"rtl\""));
    assert!(page.contains("البيانات المفتوحة"));
    assert!(page.contains("<code dir=\"ltr\">workers_without_rate</code>"));

    let (status, dictionary) = app
        .get_json("/reports/download/dictionary.json?lang=ne")
        .await;
    assert_eq!(status, 200);
    assert_eq!(dictionary["language"], "ne");
    assert_eq!(dictionary["licence"]["name"], "CC BY 4.0");
    let nepali = |s: &str| s.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c));
    assert!(nepali(dictionary["suppression"].as_str().unwrap()));
    let tables = dictionary["tables"].as_array().unwrap();
    assert_eq!(tables.len(), Table::ALL.len());
    for (t, table) in tables.iter().zip(Table::ALL) {
        assert_eq!(t["table"], table.name());
        let columns = t["columns"].as_array().unwrap();
        assert_eq!(columns.len(), table.columns().len());
        for (c, column) in columns.iter().zip(table.columns()) {
            assert_eq!(c["name"], column.name);
            assert_eq!(c["unit"], column.unit.name());
            assert!(nepali(c["definition"].as_str().unwrap()), "{c}");
            assert!(!c["definition"].as_str().unwrap().contains('\u{2068}'));
        }
    }
    let res = app.get("/reports/download/dictionary.csv?lang=fr").await;
    assert_eq!(res.status(), 200);
    let rows = csv_rows(&res.text().await.unwrap());
    assert_eq!(
        rows[0],
        ["table", "column", "unit", "unit_label", "definition"]
    );
    let origin = rows
        .iter()
        .find(|r| r[0] == "corridors" && r[1] == "origin")
        .unwrap();
    assert!(origin[4].starts_with("Pays que les travailleurs ont quitté"));
}

#[tokio::test]
async fn the_licence_is_the_operators_choice() {
    let app = spawn_app_with(|config| {
        config.open_data_licence = Licence::from_setting("ODbL-1.0");
    })
    .await;
    app.import_csv(&sample_csv()).await;
    let (_, page) = app.get_text("/reports/download?lang=en").await;
    assert!(plain(&page).contains("under the licence ODbL 1.0."));
    assert!(page.contains("https://opendatacommons.org/licenses/odbl/1-0/"));
    let (_, json) = app.get_json("/reports/download/complaints.json").await;
    assert_eq!(json["licence"]["name"], "ODbL 1.0");
    let (_, dictionary) = app.get_json("/reports/download/dictionary.json").await;
    assert_eq!(dictionary["licence"]["name"], "ODbL 1.0");
}

#[tokio::test]
async fn hostile_download_addresses_are_400_or_404_in_the_readers_language() {
    let app = app().await;
    // An unknown parameter is a 400, an unknown file a 404; an address the server refuses
    // before routing may be either. Never a 500, always in the reader's language.
    for (path, expected) in [
        ("/reports/download?format=csv&lang=ne", Some(400)),
        ("/reports/download?lang=ne&x=%3Cscript%3E", Some(400)),
        (
            "/reports/download/corridors.csv?format=json&lang=ne",
            Some(400),
        ),
        (
            "/reports/download/corridors.csv?table=reviews&lang=ne",
            Some(400),
        ),
        ("/reports/download/reviews.csv?lang=ne", Some(404)),
        ("/reports/download/complaints.xml?lang=ne", Some(404)),
        ("/reports/download/corridors.CSV?lang=ne", Some(404)),
        ("/reports/download/corridors?lang=ne", Some(404)),
        ("/reports/download/dictionary.xlsx?lang=ne", Some(404)),
        ("/reports/download/%2e%2e%2fconfig.csv?lang=ne", None),
        ("/reports/download/corridors.csv%00.json?lang=ne", None),
    ] {
        let res = app.get(path).await;
        let status = res.status().as_u16();
        match expected {
            Some(want) => assert_eq!(status, want, "{path}"),
            None => assert!(matches!(status, 400 | 404), "{path}: {status}"),
        }
        let body = res.text().await.unwrap();
        assert!(!body.contains("<script>"), "{path}");
        assert!(
            body.chars().any(|c| ('\u{0900}'..='\u{097F}').contains(&c)),
            "{path}: not in Nepali"
        );
    }
}

#[tokio::test]
async fn a_download_costs_the_same_queries_whatever_the_data() {
    let app = app().await;
    refresh(&app).await;
    let cost = |app: &TestApp| {
        count_queries(app, |c| {
            fairrecruit::db::reports::refreshed_at(c).unwrap();
            fairrecruit::db::reports::all_corridors(c).unwrap();
            fairrecruit::db::reports::all_rankings(c).unwrap();
        })
    };
    let empty = cost(&app);
    published(&app).await;
    assert_eq!(cost(&app), empty);
    assert_eq!(empty, 3);
}
