//! What the public reads: the kept scorecards (withheld below five, equal to a rebuild, at a
//! fixed query cost) and the review list.

use fairrecruit::db::reviews::{self, Decision};
use fairrecruit::domain::recruiter::PublicId;
use fairrecruit::domain::review::{RejectReason, ReviewInput};
use serde_json::{Value, json};

use crate::helpers::{TestApp, count_queries};

use super::{api_review, app_with, app_with_directory, approve_all, post_api, scorecard};

#[tokio::test]
async fn a_zero_first_wage_is_kept_but_leaves_the_ratio_out() {
    let (app, id) = app_with_directory().await;
    let mut body = api_review(&id);
    body["first_month_wage"] = json!(0);
    let (status, answer) = post_api(&app, &body, None).await;
    assert_eq!(status, 201, "{answer}");
    assert_eq!(answer["status"], "pending");
    assert_eq!(answer["may_be_illegal"], true);
    let pool = app.pool.clone();
    let (wage, ratio): (Option<i64>, Option<i64>) = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::reviews;
        reviews::table
            .select((reviews::first_month_wage, reviews::cost_ratio_bp))
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!((wage, ratio), (Some(0), None));
}

#[tokio::test]
async fn the_scorecard_withholds_figures_below_five_reviews_and_computes_them_from_five() {
    let (app, id) = app_with(|config| config.auth.review_rate.burst = 100).await;
    let other = app.id_of("NP-0002").await;
    // Another recruiter's reviews set the prior: mean 5.
    let prior: Vec<(String, Value)> = (0..5)
        .map(|_| {
            let mut b = api_review(&other);
            b["ratings"] = json!({"overall": 5});
            (other.clone(), b)
        })
        .collect();
    approve_all(&app, prior).await;
    // Four reviews: costs 100, 200, 300, 400 NPR; wages 100 NPR; overall 1, 2, 3, 4.
    let mut batch = Vec::new();
    for i in 1..=4i64 {
        let mut b = api_review(&id);
        b["costs"] = json!([{"category": "fee", "paid": true, "amount": i * 10_000}]);
        b["first_month_wage"] = json!(10_000);
        b["ratings"] = json!({"overall": i, "job_truth": 3});
        b["checklist"] = json!({"documents_kept": i % 2 == 0, "job_as_promised": false});
        b["would_use_again"] = json!(i == 1);
        batch.push((id.clone(), b));
    }
    approve_all(&app, batch).await;
    let card = scorecard(&app, &id).await;
    assert_eq!(card["review_count"], 4);
    assert_eq!(card["rating_mean"]["suppressed"], true);
    assert_eq!(
        card["shares"]["documents_kept"],
        json!({"value": null, "suppressed": true})
    );
    assert_eq!(card["median_total_cost"][0]["suppressed"], true);
    assert_eq!(card["median_cost_ratio"]["value"], Value::Null);
    // (5 × prior 3.888… + 10) / 9, prior = (25 + 10) / 9 reviews.
    let prior = 35.0 / 9.0;
    let expected = (5.0 * prior + 10.0) / 9.0;
    assert!((card["rating_bayesian"].as_f64().unwrap() - expected).abs() < 1e-9);
    let (_, page) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert!(page.contains("Not enough reviews yet"));

    // The fifth review: figures appear.
    let mut b = api_review(&id);
    b["costs"] = json!([{"category": "fee", "paid": true, "amount": 500_000}]);
    b["first_month_wage"] = json!(10_000);
    b["ratings"] = json!({"overall": 5, "job_truth": 3});
    b["checklist"] = json!({"documents_kept": false, "job_as_promised": false});
    b["would_use_again"] = json!(false);
    approve_all(&app, vec![(id.clone(), b)]).await;
    let card = scorecard(&app, &id).await;
    assert_eq!(card["review_count"], 5);
    assert_eq!(
        card["rating_mean"],
        json!({"value": 3.0, "suppressed": false})
    );
    assert_eq!(card["dimensions"]["job_truth"]["value"], 3.0);
    assert_eq!(card["dimensions"]["fees_honesty"]["suppressed"], true);
    assert_eq!(card["shares"]["charged_any_fee"]["value"], 1.0);
    assert_eq!(card["shares"]["documents_kept"]["value"], 0.4);
    assert_eq!(card["shares"]["job_not_as_promised"]["value"], 1.0);
    assert_eq!(card["shares"]["would_use_again"]["value"], 0.2);
    assert_eq!(card["shares"]["contract_substituted"]["suppressed"], true);
    // Costs 10,000 … 40,000 and 500,000 minor units: median 30,000 (300.00 NPR).
    assert_eq!(
        card["median_total_cost"],
        json!([{"currency": "NPR", "value": 30_000, "suppressed": false}])
    );
    // Ratios 1, 2, 3, 4, 50 months: median 3.
    assert_eq!(
        card["median_cost_ratio"],
        json!({"value": 3.0, "suppressed": false})
    );
    // Approved through the library, not by the server: its kept page shows it within a second.
    let page = app
        .page_showing(&format!("/recruiters/{id}?lang=en"), "300.00 NPR")
        .await;
    assert!(page.contains("3.0\u{2069} months of wages"));
    assert!(page.contains("40%"));
}

/// A small deterministic generator, so a failing sequence can be replayed.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[tokio::test]
async fn kept_scorecards_equal_a_rebuild_after_random_approvals_edits_and_rejections() {
    let (app, _) = app_with_directory().await;
    let mut authors = Vec::new();
    for i in 0..4 {
        authors.push(
            app.create_account("worker", &format!("worker{i}"), None)
                .await,
        );
    }
    let moderator = app.create_account("moderator", "moderator1", None).await;
    let mut recruiters = Vec::new();
    for licence in ["NP-0001", "NP-0002", "BD-0005"] {
        recruiters.push(PublicId::parse(&app.id_of(licence).await).unwrap());
    }
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let currencies = ["NPR", "QAR", "USD"];
        for step in 0..300 {
            let recruiter = &recruiters[rng.next(3) as usize];
            let year = (2018 + rng.next(3)).to_string();
            let overall = (1 + rng.next(5)).to_string();
            let currency = currencies[rng.next(3) as usize];
            let fee = (rng.next(5) * 1000).to_string();
            let wage = rng.next(4).to_string();
            let yes_no = |n: u64| ["yes", "no", ""][n as usize];
            let mut fields = vec![
                ("origin", "NP".to_owned()),
                ("destination", "QA".to_owned()),
                ("departure_year", year),
                ("rating_overall", overall),
                ("check_documents_kept", yes_no(rng.next(3)).to_owned()),
                ("check_job_as_promised", yes_no(rng.next(3)).to_owned()),
                ("use_again", yes_no(rng.next(3)).to_owned()),
            ];
            if rng.next(4) > 0 {
                fields.push(("currency", currency.to_owned()));
                fields.push(("cost_fee_amount", fee));
                fields.push(("first_wage", wage));
            }
            if rng.next(3) == 0 {
                fields.push(("rating_job_truth", (1 + rng.next(5)).to_string()));
            }
            if rng.next(10) == 0 {
                fields.push(("sub_agent", format!("Broker {}", rng.next(2))));
            }
            let input =
                ReviewInput::new(fields.into_iter().map(|(k, v)| (k.to_owned(), v))).unwrap();
            let draft = input.draft(2026).unwrap();
            // Half the reviews come from accounts, so some are edits of earlier ones.
            let author = (rng.next(2) == 0).then(|| authors[rng.next(4) as usize]);
            let now = chrono::Utc::now().naive_utc();
            reviews::submit(&mut conn, recruiter, author, &draft, now).unwrap();
            // Decide on a random pending review now and then.
            let (pending, _) = reviews::queue(&mut conn, 1000).unwrap();
            if !pending.is_empty() && rng.next(3) > 0 {
                let target = pending[rng.next(pending.len() as u64) as usize].id;
                let decision = if rng.next(4) == 0 {
                    Decision::Reject(RejectReason::Spam)
                } else {
                    Decision::Approve { body: None }
                };
                reviews::decide(&mut conn, target, Some(moderator), &decision, now).unwrap();
            }
            if step % 50 == 49 {
                let kept = reviews::all_kept(&mut conn).unwrap();
                reviews::recompute_all(&mut conn).unwrap();
                let rebuilt = reviews::all_kept(&mut conn).unwrap();
                assert_eq!(kept, rebuilt, "after step {step}");
            }
        }
        let (kept, totals) = reviews::all_kept(&mut conn).unwrap();
        assert!(
            totals.1 > 50,
            "enough approvals to mean something: {totals:?}"
        );
        assert!(kept.iter().any(|(_, k)| !k.cost_medians.is_empty()));
    })
    .await
    .unwrap();
}

#[tokio::test]
async fn the_profile_costs_the_same_queries_with_one_review_or_forty() {
    let (app, id) = app_with(|config| config.auth.review_rate.burst = 100).await;
    let public_id = PublicId::parse(&id).unwrap();
    let measure = |app: &TestApp| {
        let public_id = public_id.clone();
        count_queries(app, move |conn| {
            reviews::profile_page(conn, &public_id, None, 1, 10)
                .unwrap()
                .unwrap()
        })
    };
    approve_all(&app, vec![(id.clone(), api_review(&id))]).await;
    let one = measure(&app);
    let many: Vec<(String, Value)> = (0..39).map(|_| (id.clone(), api_review(&id))).collect();
    approve_all(&app, many).await;
    let forty = measure(&app);
    assert_eq!(one, forty);
    assert_eq!(forty, 7);
}

#[tokio::test]
async fn the_review_list_is_newest_first_paginated_and_filtered_by_language() {
    let (app, id) = app_with(|config| config.auth.review_rate.burst = 100).await;
    let mut batch = Vec::new();
    for i in 0..13 {
        let mut b = api_review(&id);
        let (text, lang) = if i % 3 == 0 {
            (format!("नेपाली समीक्षा {i}"), "ne")
        } else {
            (format!("review {i}"), "en")
        };
        b["text"] = json!(text);
        b["text_language"] = json!(lang);
        batch.push((id.clone(), b));
    }
    approve_all(&app, batch).await;
    let (_, page1) = app
        .get_json(&format!("/api/v1/recruiters/{id}/reviews?per_page=10"))
        .await;
    assert_eq!(page1["items"].as_array().unwrap().len(), 10);
    assert_eq!(page1["has_more"], true);
    let (_, page2) = app
        .get_json(&format!(
            "/api/v1/recruiters/{id}/reviews?per_page=10&page=2"
        ))
        .await;
    assert_eq!(page2["items"].as_array().unwrap().len(), 3);
    assert_eq!(page2["has_more"], false);
    let (_, nepali) = app
        .get_json(&format!("/api/v1/recruiters/{id}/reviews?language=ne"))
        .await;
    let items = nepali["items"].as_array().unwrap();
    assert_eq!(items.len(), 5);
    assert!(items.iter().all(|r| r["text_language"] == "ne"));
    assert!(
        items
            .iter()
            .all(|r| r.get("author").is_none() && r.get("author_id").is_none())
    );
    let (_, html) = app
        .get_text(&format!("/recruiters/{id}?language=ne&lang=en"))
        .await;
    assert!(html.contains("lang=\"ne\""));
    assert!(!html.contains("review 1<"));
    let (_, html) = app
        .get_text(&format!("/recruiters/{id}?page=2&lang=en"))
        .await;
    assert!(html.contains("rel=\"prev\""));
    for bad in [
        "page=0",
        "page=abc",
        "language=xx",
        "per_page=5",
        "foo=1",
        "page=1&page=2",
    ] {
        let (status, _) = app.get_text(&format!("/recruiters/{id}?{bad}")).await;
        assert_eq!(status, 400, "{bad}");
    }
    let (status, _) = app
        .get_json(&format!("/api/v1/recruiters/{id}/reviews?per_page=101"))
        .await;
    assert_eq!(status, 400);
    let (status, _) = app
        .get_json("/api/v1/recruiters/zzzzzzzzzzzz/reviews")
        .await;
    assert_eq!(status, 404);
}
