//! Reviews: the form and the API, who may review, moderation, the kept scorecards (and that
//! they equal a rebuild), the public list, and hostile input.

use fairrecruit::db::reviews::{self, Decision};
use fairrecruit::domain::recruiter::PublicId;
use fairrecruit::domain::review::{RejectReason, ReviewInput};
use serde_json::{Value, json};

use crate::helpers::{Browser, TestApp, count_queries, sample_csv, spawn_app, spawn_app_with};

/// An app with the sample directory; the public id of "Everest Manpower Services".
async fn app_with_directory() -> (TestApp, String) {
    app_with(|_| {}).await
}

async fn app_with(configure: impl FnOnce(&mut fairrecruit::config::Config)) -> (TestApp, String) {
    let app = spawn_app_with(configure).await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    (app, id)
}

/// The fields of a complete, valid review form.
fn full_form() -> Vec<(&'static str, &'static str)> {
    vec![
        ("origin", "NP"),
        ("destination", "QA"),
        ("departure_year", "2024"),
        ("sector", "construction"),
        ("occupation", "Mason"),
        ("visa_type", "work"),
        ("currency", "NPR"),
        ("cost_fee_paid", "yes"),
        ("cost_fee_amount", "150000"),
        ("cost_fee_to", "recruiter"),
        ("cost_fee_receipt", "no"),
        ("cost_medical_paid", "yes"),
        ("cost_medical_amount", "5000.50"),
        ("cost_travel_paid", "no"),
        ("took_loan", "yes"),
        ("lender", "moneylender"),
        ("loan_interest", "3"),
        ("promised_wage", "80000"),
        ("first_wage", "50000"),
        ("check_documents_kept", "yes"),
        ("check_contract_substituted", "no"),
        ("check_job_as_promised", "no"),
        ("rating_overall", "2"),
        ("rating_fees_honesty", "1"),
        ("use_again", "no"),
        ("body", "They asked for more money at the airport."),
        ("body_language", "en"),
        ("website", ""),
    ]
}

/// A valid API review of `recruiter`.
fn api_review(recruiter: &str) -> Value {
    json!({
        "recruiter_id": recruiter,
        "origin": "NP",
        "destination": "QA",
        "departure_year": 2024,
        "currency": "NPR",
        "costs": [
            {"category": "fee", "paid": true, "amount": 15_000_000, "paid_to": "recruiter", "receipt": false},
            {"category": "medical", "paid": true, "amount": 500_000}
        ],
        "first_month_wage": 5_000_000,
        "checklist": {"documents_kept": true},
        "ratings": {"overall": 2},
        "text": "Paid too much.",
        "text_language": "en"
    })
}

async fn post_api(app: &TestApp, body: &Value, token: Option<&str>) -> (u16, Value) {
    let mut req = reqwest::Client::new()
        .post(app.url("/api/v1/reviews"))
        .json(body);
    if let Some(token) = token {
        req = req.bearer_auth(token);
    }
    let res = req.send().await.unwrap();
    let status = res.status().as_u16();
    (status, res.json().await.unwrap_or(Value::Null))
}

/// Counts rows of the review tables.
async fn stored_reviews(app: &TestApp) -> (i64, i64) {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::{review_costs, reviews};
        let mut conn = pool.get().unwrap();
        let r: i64 = reviews::table.count().get_result(&mut conn).unwrap();
        let c: i64 = review_costs::table.count().get_result(&mut conn).unwrap();
        (r, c)
    })
    .await
    .unwrap()
}

/// Every pending review's id, from the database.
async fn pending_ids(app: &TestApp) -> Vec<i64> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        reviews::queue(&mut conn, 1000)
            .unwrap()
            .0
            .into_iter()
            .map(|r| r.id)
            .collect()
    })
    .await
    .unwrap()
}

async fn moderator(app: &TestApp) -> Browser {
    app.create_account("moderator", "moderator1", None).await;
    app.signed_in("moderator1").await
}

async fn scorecard(app: &TestApp, id: &str) -> Value {
    let (status, body) = app
        .get_json(&format!("/api/v1/recruiters/{id}/scorecard"))
        .await;
    assert_eq!(status, 200, "{body}");
    body
}

#[tokio::test]
async fn an_anonymous_review_is_public_and_counted_only_once_approved() {
    let (app, id) = app_with_directory().await;
    let browser = app.browser();
    let (status, page) = browser
        .get_text(&format!("/recruiters/{id}/review?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("name=\"website\""), "honeypot field");
    let res = browser
        .post_form(&format!("/recruiters/{id}/review"), &full_form())
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(
        location.starts_with(&format!("/recruiters/{id}/review/sent?abuse=1&bridge=")),
        "{location}"
    );
    let (_, sent) = browser.get_text(&format!("{location}&lang=en")).await;
    assert!(
        sent.contains("may be against the law"),
        "the bridge to a complaint"
    );

    // Pending: neither public nor counted.
    let (_, profile) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert!(!profile.contains("They asked for more money"));
    assert_eq!(scorecard(&app, &id).await["review_count"], 0);
    assert_eq!(stored_reviews(&app).await, (1, 3));

    // Stored without any trace of who sent it.
    let pool = app.pool.clone();
    let author: Option<i64> = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::reviews;
        reviews::table
            .select(reviews::author_id)
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(author, None);

    let moderator = moderator(&app).await;
    let (status, queue) = moderator.get_text("/moderate?lang=en").await;
    assert_eq!(status, 200);
    assert!(queue.contains("review waiting, oldest first"), "{queue}");
    let review_id = pending_ids(&app).await[0];
    let (_, review_page) = moderator
        .get_text(&format!("/moderate/{review_id}?lang=en"))
        .await;
    assert!(
        review_page.contains("150,000.00 NPR"),
        "costs shown to the moderator"
    );
    let res = moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    assert_eq!(res.status().as_u16(), 303);

    let (_, profile) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert!(profile.contains("They asked for more money at the airport."));
    assert!(profile.contains("dir=\"auto\""));
    let card = scorecard(&app, &id).await;
    assert_eq!(card["review_count"], 1);
    assert_eq!(card["rating_bayesian"], 2.0, "the prior is this one review");
    assert_eq!(
        card["rating_mean"],
        json!({"value": null, "suppressed": true})
    );
    // A second decision on the same review finds nothing pending.
    let res = moderator
        .post_form(
            &format!("/moderate/{review_id}"),
            &[("action", "reject"), ("reason", "spam")],
        )
        .await;
    assert_eq!(res.headers()["location"], "/moderate?done=gone");
    assert_eq!(scorecard(&app, &id).await["review_count"], 1);
}

#[tokio::test]
async fn a_refused_form_comes_back_with_everything_typed_and_a_message_per_field() {
    let (app, id) = app_with_directory().await;
    let browser = app.browser();
    let mut fields = full_form();
    for (key, value) in fields.iter_mut() {
        match *key {
            "origin" => *value = "XX",
            "departure_year" => *value = "2999",
            "cost_fee_amount" => *value = "-5",
            "rating_fees_honesty" => *value = "6",
            "body" => *value = "<script>alert(1)</script> \u{202E}evil",
            _ => {}
        }
    }
    fields.push(("occupation_typo", "x"));
    let res = browser
        .post_form(
            &format!("/recruiters/{id}/review?lang=en"),
            &fields[..fields.len() - 1],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    for message in [
        "Choose a country from the list.",
        "Enter the year you left, from 1970 to this year.",
        "Enter an amount with digits only",
        "Choose a rating from 1 to 5.",
        "invisible control characters",
    ] {
        assert!(page.contains(message), "{message}");
    }
    // What was typed is still there, escaped, the override made visible.
    assert!(page.contains("value=\"2999\""));
    assert!(page.contains("value=\"-5\""));
    assert!(page.contains("value=\"Mason\""));
    assert!(page.contains("&#60;script&#62;alert(1)&#60;/script&#62; \u{FFFD}evil"));
    assert!(!page.contains("<script>"));
    assert!(!page.contains('\u{202E}'));
    assert_eq!(stored_reviews(&app).await, (0, 0));

    // An unknown field is refused as a whole.
    let res = browser
        .post_form(&format!("/recruiters/{id}/review"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(stored_reviews(&app).await, (0, 0));
}

#[tokio::test]
async fn hostile_and_impossible_reviews_are_refused_and_nothing_is_stored() {
    let (app, id) = app_with_directory().await;
    let cases: Vec<(&str, Value, &str)> = vec![
        ("unknown currency", json!({"currency": "XXX"}), "currency"),
        (
            "negative amount",
            json!({"costs": [{"category": "fee", "paid": true, "amount": -1}]}),
            "costs",
        ),
        (
            "absurd amount",
            json!({"costs": [{"category": "fee", "paid": true, "amount": 1_000_000_000_001_i64}]}),
            "costs",
        ),
        ("rating 0", json!({"ratings": {"overall": 0}}), "ratings"),
        (
            "rating 6",
            json!({"ratings": {"overall": 3, "job_truth": 6}}),
            "ratings",
        ),
        (
            "future year",
            json!({"departure_year": 2999}),
            "departure_year",
        ),
        (
            "ancient year",
            json!({"departure_year": 1900}),
            "departure_year",
        ),
        ("100 KB text", json!({"text": "x".repeat(100_000)}), "text"),
        ("RTL override", json!({"text": "fine \u{202E}txet"}), "text"),
        (
            "script in text",
            json!({"text": "<script>alert(1)</script>"}),
            "text",
        ),
        (
            "markup in occupation",
            json!({"occupation": "<img src=x onerror=alert(1)>"}),
            "occupation",
        ),
        ("NUL in text", json!({"text": "a\u{0}b"}), "text"),
        (
            "script in sub-agent",
            json!({"sub_agent_name": "<script>\u{202E}"}),
            "sub_agent_name",
        ),
        ("unknown field", json!({"is_approved": true}), "json"),
        (
            "unknown nested field",
            json!({"ratings": {"overall": 3, "stars": 5}}),
            "json",
        ),
        (
            "unknown category",
            json!({"costs": [{"category": "visa_bribe", "paid": true}]}),
            "json",
        ),
        (
            "repeated category",
            json!({"costs": [{"category": "fee", "paid": false}, {"category": "fee", "paid": true}]}),
            "costs",
        ),
        ("bad country", json!({"origin": "Nepal"}), "origin"),
        (
            "bad text language",
            json!({"text_language": "klingon"}),
            "text_language",
        ),
        (
            "rating as text",
            json!({"ratings": {"overall": "five"}}),
            "json",
        ),
        (
            "huge interest",
            json!({"loan": {"taken": true, "interest_monthly_bp": 20000}}),
            "loan",
        ),
    ];
    for (what, change, field) in cases {
        let mut body = api_review(&id);
        for (k, v) in change.as_object().unwrap() {
            body[k] = v.clone();
        }
        let (status, answer) = post_api(&app, &body, None).await;
        assert_eq!(status, 400, "{what}: {answer}");
        assert_eq!(answer["field"], field, "{what}: {answer}");
        assert!(
            answer["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{what}"
        );
    }
    // Translated.
    let mut body = api_review(&id);
    body["currency"] = json!("XXX");
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/reviews?lang=ar"))
        .json(&body)
        .send()
        .await
        .unwrap();
    let answer: Value = res.json().await.unwrap();
    assert!(
        answer["message"]
            .as_str()
            .unwrap()
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
    );
    // A recruiter that does not exist.
    let (status, _) = post_api(&app, &api_review("zzzzzzzzzzzz"), None).await;
    assert_eq!(status, 404);
    // Not JSON, and more than the body limit.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/reviews"))
        .header("content-type", "application/json")
        .body(vec![0xFFu8, 0xFE, b'{'])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/reviews"))
        .header("content-type", "application/json")
        .body(vec![b' '; 300 * 1024])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 413);
    assert_eq!(stored_reviews(&app).await, (0, 0));

    // The form: 100 KB of text is a 400 beside the field, invalid UTF-8 a 400.
    let browser = app.browser();
    let long = "ब".repeat(100_000 / 3);
    let mut fields = full_form();
    fields.retain(|(k, _)| *k != "body");
    fields.push(("body", &long));
    let res = browser
        .post_form(&format!("/recruiters/{id}/review?lang=en"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("at most 5,000 characters")
    );
    let token = browser.csrf().await;
    let res = browser
        .client
        .post(browser.url(&format!("/recruiters/{id}/review")))
        .header("content-type", "application/x-www-form-urlencoded")
        .body([format!("csrf={token}&body=").into_bytes(), vec![0xC3, 0x28]].concat())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let res = browser
        .post_form("/recruiters/zzzzzzzzzzzz/review", &full_form())
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(stored_reviews(&app).await, (0, 0));
}

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
async fn the_honeypot_and_the_rate_limit_stop_bots() {
    let (app, id) = app_with(|config| config.auth.review_rate.burst = 2).await;
    let browser = app.browser();
    let mut fields = full_form();
    fields.retain(|(k, _)| *k != "website");
    fields.push(("website", "http://spam.example"));
    let res = browser
        .post_form(&format!("/recruiters/{id}/review"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 303, "looks like success to the bot");
    assert_eq!(stored_reviews(&app).await, (0, 0));

    for _ in 0..2 {
        let res = browser
            .post_form(&format!("/recruiters/{id}/review"), &full_form())
            .await;
        assert_eq!(res.status().as_u16(), 303);
    }
    let res = browser
        .post_form(&format!("/recruiters/{id}/review?lang=en"), &full_form())
        .await;
    assert_eq!(res.status().as_u16(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let page = res.text().await.unwrap();
    assert!(
        page.contains("value=\"Mason\""),
        "the form comes back as typed"
    );
    let (status, _) = post_api(&app, &api_review(&id), None).await;
    assert_eq!(status, 429);
    assert_eq!(stored_reviews(&app).await.0, 2);
}

#[tokio::test]
async fn a_worker_has_one_review_per_recruiter_and_year_and_sees_its_status() {
    let (app, id) = app_with_directory().await;
    app.create_account("worker", "ramesh", None).await;
    let worker = app.signed_in("ramesh").await;
    let path = format!("/recruiters/{id}/review");
    assert_eq!(
        worker
            .post_form(&path, &full_form())
            .await
            .status()
            .as_u16(),
        303
    );
    let (_, account) = worker.get_text("/account?lang=en").await;
    assert!(account.contains("Waiting for a moderator"), "{account}");

    // Approved, then edited: the edit replaces it and takes it out of the scorecard.
    let moderator = moderator(&app).await;
    let review_id = pending_ids(&app).await[0];
    moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    assert_eq!(scorecard(&app, &id).await["review_count"], 1);
    let (_, edit) = worker.get_text(&format!("{path}?year=2024&lang=en")).await;
    assert!(
        edit.contains("value=\"150000.00\""),
        "the form holds the stored review"
    );
    let mut changed = full_form();
    for (k, v) in changed.iter_mut() {
        if *k == "rating_overall" {
            *v = "4";
        }
    }
    assert_eq!(
        worker.post_form(&path, &changed).await.status().as_u16(),
        303
    );
    assert_eq!(stored_reviews(&app).await.0, 1, "replaced, not added");
    assert_eq!(scorecard(&app, &id).await["review_count"], 0);
    // Another year is another review.
    let mut other_year = full_form();
    for (k, v) in other_year.iter_mut() {
        if *k == "departure_year" {
            *v = "2019";
        }
    }
    assert_eq!(
        worker.post_form(&path, &other_year).await.status().as_u16(),
        303
    );
    assert_eq!(stored_reviews(&app).await.0, 2);

    // Rejected with a reason the worker sees.
    let first = pending_ids(&app).await[0];
    moderator
        .post_form(
            &format!("/moderate/{first}"),
            &[("action", "reject"), ("reason", "duplicate")],
        )
        .await;
    let (_, account) = worker.get_text("/account?lang=en").await;
    assert!(account.contains("Not published"));
    assert!(account.contains("A copy of another review"));

    // The same through the API with the worker's token: replaced.
    let token = app.api_token("ramesh", crate::helpers::PASSWORD).await;
    let mut body = api_review(&id);
    body["departure_year"] = json!(2019);
    let (status, answer) = post_api(&app, &body, Some(&token)).await;
    assert_eq!(status, 201);
    assert_eq!(answer["replaced"], true);
    assert_eq!(stored_reviews(&app).await.0, 2);
}

#[tokio::test]
async fn staff_do_not_write_reviews_and_only_moderators_moderate() {
    let (app, id) = app_with_directory().await;
    let org = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "inspector1", Some((org, false)))
        .await;
    let inspector = app.signed_in("inspector1").await;
    let res = inspector
        .post_form(&format!("/recruiters/{id}/review"), &full_form())
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let token = app.api_token("inspector1", crate::helpers::PASSWORD).await;
    assert_eq!(post_api(&app, &api_review(&id), Some(&token)).await.0, 403);
    assert_eq!(inspector.get("/moderate").await.status().as_u16(), 403);
    app.create_account("admin", "admin1", None).await;
    let admin = app.signed_in("admin1").await;
    assert_eq!(admin.get("/moderate").await.status().as_u16(), 403);
    assert_eq!(
        app.get("/moderate").await.status().as_u16(),
        303,
        "to the login page"
    );
    assert_eq!(stored_reviews(&app).await.0, 0);
}

#[tokio::test]
async fn moderators_see_personal_data_flagged_and_redact_it_before_publishing() {
    let (app, id) = app_with_directory().await;
    let mut body = api_review(&id);
    body["text"] = json!("Call Hari on +977 98-4123 4567 or hari@example.com, passport PA1234567.");
    assert_eq!(post_api(&app, &body, None).await.0, 201);
    let moderator = moderator(&app).await;
    let (_, queue) = moderator.get_text("/moderate?lang=en").await;
    for label in ["Phone number", "Email address", "Passport or ID number"] {
        assert!(queue.contains(label), "{label} flagged in the queue");
    }
    let review_id = pending_ids(&app).await[0];
    let (_, page) = moderator
        .get_text(&format!("/moderate/{review_id}?lang=en"))
        .await;
    assert!(page.contains("<mark"));
    let spans: Vec<String> = page
        .match_indices("name=\"redact\" value=\"")
        .map(|(i, m)| {
            let rest = &page[i + m.len()..];
            rest[..rest.find('"').unwrap()].to_owned()
        })
        .collect();
    assert_eq!(spans.len(), 3);
    // A span that is not a flagged one is refused: redaction can only remove.
    let res = moderator
        .post_form(
            &format!("/moderate/{review_id}?lang=en"),
            &[("action", "approve"), ("redact", "0-4")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let mut fields = vec![("action", "approve"), ("redact_text", "Hari")];
    for span in &spans {
        fields.push(("redact", span));
    }
    let res = moderator
        .post_form(&format!("/moderate/{review_id}"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, list) = app
        .get_json(&format!("/api/v1/recruiters/{id}/reviews"))
        .await;
    assert_eq!(
        list["items"][0]["text"],
        "Call […] on […] or […], passport […]."
    );
}

#[tokio::test]
async fn a_named_sub_agent_becomes_an_unlicensed_entry_when_the_review_is_approved() {
    let (app, id) = app_with_directory().await;
    let mut body = api_review(&id);
    body["sub_agent_name"] = json!("Village Broker Shyam");
    assert_eq!(post_api(&app, &body, None).await.0, 201);
    let (_, found) = app.get_json("/api/v1/recruiters?q=shyam").await;
    assert_eq!(
        found["items"].as_array().unwrap().len(),
        0,
        "nothing before moderation"
    );
    let moderator = moderator(&app).await;
    let review_id = pending_ids(&app).await[0];
    moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    let (_, found) = app.get_json("/api/v1/recruiters?q=shyam").await;
    let entry = &found["items"][0];
    assert_eq!(entry["is_sub_agent"], true);
    assert_eq!(entry["licence_number"], Value::Null);
    let sub = entry["id"].as_str().unwrap();
    assert_eq!(scorecard(&app, sub).await["review_count"], 1);
    assert_eq!(scorecard(&app, &id).await["review_count"], 0);
    let (_, page) = app.get_text(&format!("/recruiters/{sub}?lang=en")).await;
    assert!(page.contains("Paid too much."));
    // A second review naming the same broker joins the same entry.
    assert_eq!(post_api(&app, &body, None).await.0, 201);
    let review_id = pending_ids(&app).await[0];
    moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    assert_eq!(scorecard(&app, sub).await["review_count"], 2);
}

/// Stores and approves reviews straight through the library.
async fn approve_all(app: &TestApp, reviews_of: Vec<(String, Value)>) {
    for (_, body) in &reviews_of {
        assert_eq!(post_api(app, body, None).await.0, 201, "{body}");
    }
    let pool = app.pool.clone();
    let ids = pending_ids(app).await;
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        for id in ids {
            let stored = reviews::stored(&mut conn, id).unwrap().unwrap();
            reviews::decide(
                &mut conn,
                id,
                None,
                &Decision::Approve {
                    body: stored.draft.body,
                },
                chrono::Utc::now().naive_utc(),
            )
            .unwrap();
        }
    })
    .await
    .unwrap();
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
    let (_, page) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert!(page.contains("300.00 NPR"));
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
                ReviewInput::new(fields.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
                    .unwrap();
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

#[tokio::test]
async fn the_review_form_renders_right_to_left_and_in_the_workers_language() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    let (status, page) = app
        .get_text(&format!("/recruiters/{id}/review?lang=ar"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("dir=\"rtl\""));
    let (_, page) = app
        .get_text(&format!("/recruiters/{id}/review?lang=ne"))
        .await;
    assert!(
        page.contains("<option value=\"NPR\" selected>"),
        "Nepali workers default to rupees"
    );
    assert!(page.contains("<option value=\"NP\" selected>"));
}

#[tokio::test]
async fn a_review_reporting_abuse_offers_a_complaint_prefilled_with_its_facts() {
    let (app, id) = app_with_directory().await;
    let browser = app.browser();
    let res = browser
        .post_form(&format!("/recruiters/{id}/review"), &full_form())
        .await;
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("abuse=1&bridge="), "{location}");
    let (_, sent) = browser.get_text(&format!("{location}&lang=en")).await;
    let marker = "href=\"/complaints/new?review=";
    let start = sent.find(marker).expect("a complaint link") + "href=\"".len();
    let href = sent[start..start + sent[start..].find('"').unwrap()].replace("&amp;", "&");
    let (status, form) = browser.get_text(&format!("{href}&lang=en")).await;
    assert_eq!(status, 200);
    // The review's facts, for the worker to confirm.
    assert!(
        form.contains(&format!("name=\"recruiter\" value=\"{id}\"")),
        "the recruiter"
    );
    assert!(form.contains("value=\"155000.50\""), "the total paid");
    assert!(form.contains("value=\"50000.00\""), "the first wage");
    for issue in [
        "fees_charged",
        "retention_of_documents",
        "documents_retained",
        "job_deception",
    ] {
        assert!(
            form.contains(&format!("value=\"{issue}\" checked")),
            "{issue} ticked"
        );
    }
    assert!(
        !form.contains("value=\"contract_substitution\" checked"),
        "answered no"
    );
    assert!(form.contains(">They asked for more money at the airport.</textarea>"));
    // Consent is never given in advance.
    assert!(!form.contains("name=\"share_with\" value=\"labour_inspectorate\" checked"));

    // A token changed by hand, or from another installation, opens the empty form.
    let forged = href.replacen("review=", "review=x", 1);
    let (status, form) = browser.get_text(&format!("{forged}&lang=en")).await;
    assert_eq!(status, 200);
    assert!(!form.contains("155000.50"));

    // A review with nothing unlawful in it gets no bridge; the API returns the link.
    let (_, answer) = post_api(&app, &api_review(&id), None).await;
    let link = answer["complaint_form"].as_str().unwrap();
    assert!(link.starts_with("/complaints/new?review="));
    let mut fine = api_review(&id);
    fine["costs"] = json!([{"category": "fee", "paid": false}]);
    fine["checklist"] = json!({"documents_kept": false});
    let (_, answer) = post_api(&app, &fine, None).await;
    assert_eq!(answer["may_be_illegal"], false);
    assert_eq!(answer["complaint_form"], Value::Null);
}

#[tokio::test]
async fn a_moderator_decides_on_the_version_they_read() {
    let (app, id) = app_with_directory().await;
    app.create_account("worker", "ramesh", None).await;
    let worker = app.signed_in("ramesh").await;
    let path = format!("/recruiters/{id}/review");
    worker.post_form(&path, &full_form()).await;
    let moderator = moderator(&app).await;
    let review_id = pending_ids(&app).await[0];
    let (_, page) = moderator
        .get_text(&format!("/moderate/{review_id}?lang=en"))
        .await;
    let marker = "name=\"seen\" value=\"";
    let start = page.find(marker).unwrap() + marker.len();
    let seen = page[start..start + page[start..].find('"').unwrap()].to_owned();
    // The worker rewrites the review meanwhile.
    let mut changed = full_form();
    for (k, v) in changed.iter_mut() {
        if *k == "body" {
            *v = "Rewritten after the moderator opened it.";
        }
    }
    worker.post_form(&path, &changed).await;
    let res = moderator
        .post_form(
            &format!("/moderate/{review_id}?lang=en"),
            &[("action", "approve"), ("seen", &seen)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 409);
    let page = res.text().await.unwrap();
    assert!(page.contains("Rewritten after the moderator opened it."));
    assert_eq!(
        scorecard(&app, &id).await["review_count"],
        0,
        "nothing published"
    );
    // Deciding on the version now shown works.
    let start = page.find(marker).unwrap() + marker.len();
    let seen = page[start..start + page[start..].find('"').unwrap()].to_owned();
    let res = moderator
        .post_form(
            &format!("/moderate/{review_id}"),
            &[("action", "approve"), ("seen", &seen)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(scorecard(&app, &id).await["review_count"], 1);
}

/// The gender column of every review, oldest first.
async fn stored_genders(app: &TestApp) -> Vec<Option<String>> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::reviews;
        reviews::table
            .order(reviews::id)
            .select(reviews::gender)
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn gender_is_optional_stored_from_form_and_api_and_never_shown_on_a_review() {
    let (app, id) = app_with(|config| config.auth.review_rate.burst = 100).await;
    let browser = app.browser();
    let (_, form) = browser
        .get_text(&format!("/recruiters/{id}/review?lang=en"))
        .await;
    assert!(
        form.contains("<select id=\"gender\" name=\"gender\""),
        "{form}"
    );
    assert!(form.contains("<option value=\"\">Prefer not to say</option>"));
    assert!(form.contains("<option value=\"another\">Another gender</option>"));

    // A refused form keeps the gender chosen.
    let mut fields = full_form();
    fields.push(("gender", "woman"));
    for (key, value) in fields.iter_mut() {
        if *key == "origin" {
            *value = "XX";
        }
    }
    let res = browser
        .post_form(&format!("/recruiters/{id}/review?lang=en"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("<option value=\"woman\" selected>Woman</option>"));
    // An unknown word is refused beside the field, and nothing is stored.
    let mut fields = full_form();
    fields.push(("gender", "female"));
    let res = browser
        .post_form(&format!("/recruiters/{id}/review?lang=en"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("name=\"gender\" aria-describedby=\"gender-hint\" aria-invalid=\"true\"")
    );
    assert_eq!(stored_reviews(&app).await, (0, 0));

    // The form stores it.
    let mut fields = full_form();
    fields.push(("gender", "woman"));
    let res = browser
        .post_form(&format!("/recruiters/{id}/review"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(stored_genders(&app).await, vec![Some("woman".to_owned())]);

    // The API: unknown words are a 400 on `gender` with nothing stored.
    for bad in [json!("female"), json!("Woman"), json!("<script>"), json!(1)] {
        let mut body = api_review(&id);
        body["gender"] = bad.clone();
        let (status, error) = post_api(&app, &body, None).await;
        assert_eq!(status, 400, "{bad}: {error}");
        if bad.is_string() {
            assert_eq!(error["field"], "gender", "{bad}: {error}");
        }
    }
    assert_eq!(stored_reviews(&app).await.0, 1);
    let mut batch = Vec::new();
    for gender in [json!("man"), json!(""), json!(null), json!("another")] {
        let mut body = api_review(&id);
        body["gender"] = gender;
        batch.push((id.clone(), body));
    }
    batch.push((id.clone(), api_review(&id)));
    approve_all(&app, batch).await;
    assert_eq!(
        stored_genders(&app).await,
        vec![
            Some("woman".to_owned()),
            Some("man".to_owned()),
            None,
            None,
            Some("another".to_owned()),
            None,
        ]
    );

    // Public: six reviews on the profile and in the list, and no gender anywhere.
    let (_, list) = app
        .get_json(&format!("/api/v1/recruiters/{id}/reviews?per_page=10"))
        .await;
    let items = list["items"].as_array().unwrap();
    assert_eq!(items.len(), 6);
    assert!(items.iter().all(|r| r.get("gender").is_none()));
    let text = list.to_string();
    for word in ["woman", "\"man\"", "another"] {
        assert!(!text.contains(word), "{word} in {text}");
    }
    assert_eq!(scorecard(&app, &id).await["review_count"], 6);
    let (_, profile) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert!(profile.contains("They asked for more money at the airport."));
    for word in ["Gender", "Woman", "Another gender", "gender"] {
        assert!(!profile.contains(word), "{word} on the profile");
    }
}
