//! Writing a review: anonymous or signed in, one per recruiter and year, in the worker's
//! language, abuse leading to a complaint, and the optional gender.

use serde_json::{Value, json};

use crate::helpers::{TestApp, sample_csv, spawn_app};

use super::{
    api_review, app_with, app_with_directory, approve_all, full_form, moderator, pending_ids,
    post_api, scorecard, stored_reviews,
};

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

/// The draft stored for a review, read back through the library.
async fn stored_draft(app: &TestApp, id: i64) -> fairrecruit::domain::review::ReviewDraft {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::db::reviews::stored(&mut conn, id)
            .unwrap()
            .unwrap()
            .draft
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn the_form_and_the_api_are_one_parse_and_store_the_same_review() {
    let (app, id) = app_with_directory().await;
    let res = app
        .browser()
        .post_form(&format!("/recruiters/{id}/review"), &full_form())
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // The same review in the API's words: minor units, basis points, booleans.
    let body = json!({
        "recruiter_id": id,
        "origin": "NP",
        "destination": "QA",
        "departure_year": 2024,
        "sector": "construction",
        "occupation": "Mason",
        "visa_type": "work",
        "currency": "NPR",
        "costs": [
            {"category": "travel", "paid": false},
            {"category": "fee", "paid": true, "amount": 15_000_000, "paid_to": "recruiter", "receipt": false},
            {"category": "medical", "paid": true, "amount": 500_050}
        ],
        "loan": {"taken": true, "lender": "moneylender", "interest_monthly_bp": 300},
        "promised_wage": 8_000_000,
        "first_month_wage": 5_000_000,
        "checklist": {"documents_kept": true, "contract_substituted": false, "job_as_promised": false},
        "ratings": {"overall": 2, "fees_honesty": 1},
        "would_use_again": false,
        "text": "They asked for more money at the airport.",
        "text_language": "en"
    });
    let (status, answer) = post_api(&app, &body, None).await;
    assert_eq!(status, 201, "{answer}");
    let ids = pending_ids(&app).await;
    assert_eq!(ids.len(), 2);
    let (a, b) = (
        stored_draft(&app, ids[0]).await,
        stored_draft(&app, ids[1]).await,
    );
    assert_eq!(a, b);
    assert_eq!(a.loan_interest_bp, Some(300));
    assert_eq!(a.total_cost(), Some(15_000_000 + 500_050));

    // One parse, one set of messages: amounts without a currency miss the currency on the
    // form and in the API alike; a field sent twice refuses the form.
    let mut fields = full_form();
    fields.retain(|(k, _)| *k != "currency");
    let res = app
        .browser()
        .post_form(&format!("/recruiters/{id}/review?lang=en"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("Choose the currency of your amounts."));
    assert!(
        page.contains("value=\"150000\""),
        "what was typed comes back"
    );
    let mut body = api_review(&id);
    body.as_object_mut().unwrap().remove("currency");
    let (status, answer) = post_api(&app, &body, None).await;
    assert_eq!(status, 400);
    assert_eq!(answer["field"], "currency");
    assert_eq!(answer["message"], "Choose the currency of your amounts.");
    let mut fields = full_form();
    fields.push(("rating_overall", "5"));
    let res = app
        .browser()
        .post_form(&format!("/recruiters/{id}/review"), &fields)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(stored_reviews(&app).await.0, 2);
}
