//! One recruitment-cost vocabulary (src/domain/costs.rs): complaints speak the review's words
//! (costs, lender, monthly interest, visa), the review → complaint bridge loses nothing, and
//! complaints stored before migration 000009 are rewritten into those words.

use diesel::prelude::*;
use fairrecruit::db::schema::{complaints, referrals};
use fairrecruit::db::{self, DbConnection};
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, fresh_database, sample_csv, spawn_app};

/// An app with the sample directory and an inspectorate covering Qatar; the public id of
/// NP-0001 and a token of one of the inspectorate's staff.
async fn app_with_inspector() -> (TestApp, String, String) {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let inspectorate = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "inspector_q", Some((inspectorate, false)))
        .await;
    let token = app.api_token("inspector_q", PASSWORD).await;
    (app, recruiter, token)
}

async fn file_api(app: &TestApp, body: &Value) -> (u16, Value) {
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .json(body)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

async fn last_referral(app: &TestApp) -> i64 {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        referrals::table
            .select(diesel::dsl::max(referrals::id))
            .first::<Option<i64>>(&mut pool.get().unwrap())
            .unwrap()
            .expect("a referral")
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn a_complaint_names_the_fee_and_a_cooperative_loan_at_monthly_interest() {
    let (app, recruiter, token) = app_with_inspector().await;
    let (status, body) = file_api(
        &app,
        &json!({
            "recruiter": recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate"],
            "costs": ["fee", "skills", "illegitimate"],
            "lender": "cooperative", "loan_interest_bp": 250,
            "visa_type": "domestic_work",
        }),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    let id = last_referral(&app).await;

    let res = reqwest::Client::new()
        .get(app.url(&format!("/api/v1/cases/{id}")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let case: Value = res.json().await.unwrap();
    assert_eq!(case["costs"], json!(["fee", "skills", "illegitimate"]));
    assert_eq!(case["lender"], "cooperative");
    assert_eq!(case["loan_interest_bp"], 250);
    assert_eq!(case["visa_type"], "domestic_work");

    let inspector = app.signed_in("inspector_q").await;
    let (status, page) = inspector.get_text(&format!("/cases/{id}?lang=en")).await;
    assert_eq!(status, 200);
    for shown in [
        "Recruitment fee",
        "Skills and language tests",
        "A cooperative or microfinance group",
        "Interest per month (%)",
        "2.50%",
        "Domestic worker visa",
    ] {
        assert!(page.contains(shown), "{shown} on the case page");
    }
}

#[tokio::test]
async fn the_complaints_old_words_and_yearly_interest_are_refused_on_their_field() {
    let (app, recruiter, _) = app_with_inspector().await;
    let base = json!({
        "recruiter": recruiter, "origin": "NP", "destination": "QA",
        "share_with": ["labour_inspectorate"],
    });
    for (field, value, refused_on) in [
        ("costs", json!(["medical", "skills_tests"]), "costs"),
        ("visa_type", json!("Work visa"), "visa_type"),
        ("lender", json!("uncle"), "lender"),
        ("loan_interest_bp", json!(10_001), "loan_interest_bp"),
        ("loan_interest_percent", json!(36), ""),
    ] {
        let mut body = base.clone();
        body[field] = value;
        if field == "loan_interest_bp" {
            body["lender"] = json!("bank");
        }
        let (status, answer) = file_api(&app, &body).await;
        assert_eq!(status, 400, "{field}: {answer}");
        if !refused_on.is_empty() {
            assert_eq!(answer["field"], refused_on, "{answer}");
        }
    }
    let pool = app.pool.clone();
    let stored = tokio::task::spawn_blocking(move || {
        complaints::table
            .count()
            .get_result::<i64>(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn the_review_bridge_carries_costs_lender_interest_and_visa_to_the_complaint_form() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    let browser = app.browser();
    let res = browser
        .post_form(
            &format!("/recruiters/{id}/review"),
            &[
                ("origin", "NP"),
                ("destination", "QA"),
                ("departure_year", "2024"),
                ("visa_type", "seasonal"),
                ("currency", "NPR"),
                ("cost_fee_paid", "yes"),
                ("cost_fee_amount", "150000"),
                ("cost_skills_paid", "yes"),
                ("cost_travel_paid", "no"),
                ("took_loan", "yes"),
                ("lender", "cooperative"),
                ("loan_interest", "2.5"),
                ("rating_overall", "1"),
                ("website", ""),
            ],
        )
        .await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let (_, sent) = browser.get_text(&format!("{location}&lang=en")).await;
    let marker = "href=\"/complaints/new?review=";
    let start = sent.find(marker).expect("a complaint link") + "href=\"".len();
    let href = sent[start..start + sent[start..].find('"').unwrap()].replace("&amp;", "&");
    let (status, form) = browser.get_text(&format!("{href}&lang=en")).await;
    assert_eq!(status, 200);
    for carried in [
        "value=\"fee\" aria-describedby=\"cost-fee-hint\" checked",
        "value=\"skills\" aria-describedby=\"cost-skills-hint\" checked",
        "<option value=\"cooperative\" selected>",
        "name=\"loan_interest\" value=\"2.50\"",
        "<option value=\"seasonal\" selected>",
    ] {
        assert!(form.contains(carried), "{carried}");
    }
    assert!(!form.contains("value=\"travel\" aria-describedby=\"cost-travel-hint\" checked"));
}

#[test]
fn complaints_stored_before_the_one_vocabulary_are_rewritten_into_its_words() {
    let (url, _db) = fresh_database();
    let pool = db::build_pool(&url, 1);
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConnection = &mut pooled;
    db::run_migrations_through(conn, "2026-11-27-000008").unwrap();
    // As the release before stored them: its own cost words, yearly whole percent, and the
    // visa type as the worker typed it.
    diesel::sql_query(
        "INSERT INTO recruiters (id, public_id, name, name_norm, is_sub_agent, created_at, updated_at) \
         VALUES (1, 'abcdefghijkm', 'Old Agency', 'old agency', FALSE, '2025-01-01 00:00:00', '2025-01-01 00:00:00')",
    )
    .execute(conn)
    .unwrap();
    let rows = [
        "1, 'medical,skills_tests,illegitimate', 'moneylender', 36, 'Domestic work', 'They kept my passport.'",
        "2, 'skills_tests', 'employer', 1000, 'Work permit (Qatar)', NULL",
        "3, '', 'family', 7, 'work-visa', 'Paid 2000.'",
        "4, 'travel', NULL, NULL, ' SEASONAL ', NULL",
        "5, '', 'bank', 5, NULL, 'Nothing else.'",
    ];
    for (i, row) in rows.iter().enumerate() {
        diesel::sql_query(format!(
            "INSERT INTO complaints (id, cost_categories, lender, loan_interest_percent, visa_type, \
             description, receipt_hash, recruiter_id, origin, destination, share_kinds, \
             contact_preference, received_on) \
             VALUES ({row}, 'hash-{i}', 1, 'NP', 'QA', 'labour_inspectorate', 'receipt_only', \
             '2025-01-01 00:00:00')"
        ))
        .execute(conn)
        .unwrap();
    }

    db::run_migrations(conn).unwrap();

    type Row = (
        i64,
        String,
        Option<String>,
        Option<i32>,
        Option<String>,
        Option<String>,
    );
    let rewritten: Vec<Row> = complaints::table
        .order(complaints::id)
        .select((
            complaints::id,
            complaints::cost_categories,
            complaints::lender,
            complaints::loan_interest_bp,
            complaints::visa_type,
            complaints::description,
        ))
        .load(conn)
        .unwrap();
    let text = |s: &str| Some(s.to_owned());
    assert_eq!(
        rewritten,
        vec![
            // 36 % a year = 3 % a month; "Domestic work" names a word.
            (
                1,
                "medical,skills,illegitimate".into(),
                text("moneylender"),
                Some(300),
                text("domestic_work"),
                text("They kept my passport.")
            ),
            // 1000 % a year = 83.33 % a month; what no word names is kept in the description.
            (
                2,
                "skills".into(),
                text("employer"),
                Some(8333),
                text("other"),
                text("Work permit (Qatar)")
            ),
            (
                3,
                "".into(),
                text("family"),
                Some(58),
                text("other"),
                text("Paid 2000.\nwork-visa")
            ),
            (4, "travel".into(), None, None, text("seasonal"), None),
            // 5 / 12 = 0.4167 % a month, rounded to 42 basis points.
            (
                5,
                "".into(),
                text("bank"),
                Some(42),
                None,
                text("Nothing else.")
            ),
        ]
    );

    // The old column is gone; the new one keeps its range, and the table its other checks.
    assert!(
        diesel::sql_query("SELECT loan_interest_percent FROM complaints")
            .execute(conn)
            .is_err()
    );
    let out_of_range = diesel::update(complaints::table.filter(complaints::id.eq(1)))
        .set(complaints::loan_interest_bp.eq(10_001))
        .execute(conn);
    assert!(out_of_range.is_err(), "loan_interest_bp stays 0 to 10,000");
    let unknown_preference = diesel::update(complaints::table.filter(complaints::id.eq(1)))
        .set(complaints::contact_preference.eq("telegram"))
        .execute(conn);
    assert!(unknown_preference.is_err(), "the table's checks survive");
}
