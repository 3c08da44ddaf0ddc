//! SDG 10.7.1 as statistics offices publish it (issue 19 item 4): the ratio of the average
//! cost to the average first month's earnings, beside the mean and median of each worker's
//! own ratio, the same in the page, the CSV and the JSON.

use serde_json::Value;

use super::{app, approved, column, csv_rows, import_rates, plain, refresh, review};

/// Five amounts (as typed, two decimals) whose average is `average` minor units, spread so
/// that each worker's own ratio differs from the ratio of the averages.
fn around(average: i64, spread_per_mille: [i64; 5]) -> Vec<String> {
    spread_per_mille
        .iter()
        .map(|d| {
            let minor = average + average * d / 1000;
            format!("{}.{:02}", minor / 100, minor % 100)
        })
        .collect()
}

/// Five reviews in `origin → destination` whose costs average `cost` and first wages
/// `wage` (minor units of `currency`).
async fn five_averaging(
    app: &crate::helpers::TestApp,
    (origin, destination, currency): (&str, &str, &str),
    cost: i64,
    wage: i64,
) {
    let costs = around(cost, [-100, 100, 0, -50, 50]);
    let wages = around(wage, [-250, 250, 0, -100, 100]);
    for (c, w) in costs.iter().zip(&wages) {
        approved(
            app,
            "NP-0001",
            &review(origin, destination, currency, c, w, "3"),
        )
        .await;
    }
}

/// Basis points of a month to months with one decimal, as surveys publish them.
fn one_decimal(bp: &Value) -> String {
    let bp = bp.as_i64().expect("a published figure");
    format!("{}.{}", (bp + 500) / 10_000, (bp + 500) % 10_000 / 1_000)
}

#[tokio::test]
async fn the_published_figures_of_bangladesh_and_pakistan_come_out_as_published() {
    let app = app().await;
    import_rates(&app, "currency,year,usd_per_unit\nBDT,2024,0.0085\n").await;
    // Bangladesh Cost of Migration Survey 2020: Tk 416,789 ÷ Tk 23,693 = 17.6 months.
    five_averaging(&app, ("BD", "MY", "BDT"), 41_678_900, 2_369_300).await;
    // ILO Pakistan 2016: US$4,290 ÷ US$480 = 8.9 months to Saudi Arabia, US$2,358 ÷ US$387
    // = 6.1 to the UAE.
    five_averaging(&app, ("PK", "SA", "USD"), 429_000, 48_000).await;
    five_averaging(&app, ("PK", "AE", "USD"), 235_800, 38_700).await;
    // A sixth worker to Saudi Arabia paid in a currency without a rate: in the workers and
    // their own ratios, in no money figure.
    approved(
        &app,
        "NP-0001",
        &review("PK", "SA", "PKR", "900000", "100000", "3"),
    )
    .await;
    refresh(&app).await;

    let (status, json) = app.get_json("/api/v1/reports/corridors").await;
    assert_eq!(status, 200, "{json}");
    let item = |origin: &str, destination: &str| -> Value {
        json["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["origin"] == origin && i["destination"] == destination)
            .unwrap_or_else(|| panic!("no {origin}→{destination} in {json}"))
            .clone()
    };
    let (bd, sa, ae) = (item("BD", "MY"), item("PK", "SA"), item("PK", "AE"));
    assert_eq!(one_decimal(&bd["sdg_ratio_of_averages_bp"]), "17.6");
    assert_eq!(one_decimal(&sa["sdg_ratio_of_averages_bp"]), "8.9");
    assert_eq!(one_decimal(&ae["sdg_ratio_of_averages_bp"]), "6.1");
    // Exactly: 416,789 ÷ 23,693, 4,290 ÷ 480 and 2,358 ÷ 387, in basis points.
    assert_eq!(bd["sdg_ratio_of_averages_bp"], 175_912);
    assert_eq!(sa["sdg_ratio_of_averages_bp"], 89_375);
    assert_eq!(ae["sdg_ratio_of_averages_bp"], 60_930);
    assert_eq!(sa["sdg_cost_mean_usd_cents"], 429_000);
    assert_eq!(sa["sdg_earnings_mean_usd_cents"], 48_000);
    // Tk 416,789 and Tk 23,693 at US$0.0085.
    assert_eq!(bd["sdg_cost_mean_usd_cents"], 354_271);
    assert_eq!(bd["sdg_earnings_mean_usd_cents"], 20_139);
    // The PKR worker has no rate: six workers, five in the ratio of averages.
    assert_eq!(sa["workers"], 6);
    assert_eq!(sa["sdg_workers"], 5);
    // The mean of each worker's own ratio is a different figure, published beside it.
    assert_ne!(sa["cost_ratio_mean_bp"], sa["sdg_ratio_of_averages_bp"]);
    assert!(sa["cost_ratio_median_bp"].is_i64());

    let res = app.get("/reports/corridors?format=csv").await;
    let rows = csv_rows(&res.text().await.unwrap());
    let bd_row = rows.iter().find(|r| r[0] == "BD").unwrap();
    assert_eq!(
        column(&rows, bd_row, "sdg_ratio_of_averages_months"),
        "17.5912"
    );
    assert_eq!(column(&rows, bd_row, "sdg_workers"), "5");
    assert_eq!(column(&rows, bd_row, "sdg_cost_mean_usd_cents"), "354271");

    let (status, page) = app.get_text("/reports/corridors?lang=en").await;
    assert_eq!(status, 200);
    let page = plain(&page);
    for text in [
        "Average cost ÷ average first wage (as published)",
        "17.59 months",
        "8.94 months",
        "6.09 months",
        "US$ 4,290.00 ÷ US$ 480.00 (workers: 5)",
        "the average of what workers paid divided by the average of their first full month",
        "then the average of these ratios",
        "Statistics for SDG indicator 10.7.1: Guidelines for the collection of statistics on recruitment costs",
    ] {
        assert!(page.contains(text), "{text:?} not on the page");
    }
}

#[tokio::test]
async fn four_workers_publish_no_ratio_of_averages() {
    let app = app().await;
    // Four in US dollars, one in a currency without a rate: five workers (shown), four in
    // the ratio of averages (withheld everywhere).
    for (currency, fee) in [
        ("USD", "4000"),
        ("USD", "4500"),
        ("USD", "4200"),
        ("USD", "4400"),
        ("PKR", "900000"),
    ] {
        approved(
            &app,
            "NP-0001",
            &review("PK", "SA", currency, fee, "480", "3"),
        )
        .await;
    }
    refresh(&app).await;
    let (_, json) = app.get_json("/api/v1/reports/corridors").await;
    let sa = &json["items"][0];
    assert_eq!(sa["workers"], 5);
    for field in [
        "sdg_workers",
        "sdg_ratio_of_averages_bp",
        "sdg_cost_mean_usd_cents",
        "sdg_earnings_mean_usd_cents",
    ] {
        assert_eq!(sa[field], Value::Null, "{field}");
    }
    let res = app.get("/reports/corridors?format=csv").await;
    let rows = csv_rows(&res.text().await.unwrap());
    assert_eq!(column(&rows, &rows[1], "sdg_ratio_of_averages_months"), "");
    let (_, page) = app.get_text("/reports/corridors?lang=en").await;
    assert!(!plain(&page).contains("(workers: 4)"));
}
