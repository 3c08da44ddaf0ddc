//! Refused reviews: what was typed comes back, hostile and impossible input stores nothing,
//! and bots meet the honeypot and the rate limit.

use serde_json::{Value, json};

use super::{api_review, app_with, app_with_directory, full_form, post_api, stored_reviews};

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
