//! Moderation: who may moderate, personal data flagged and redacted, sub-agents, and
//! deciding on the version read.

use serde_json::{Value, json};

use super::{
    api_review, app_with_directory, full_form, moderator, pending_ids, post_api, scorecard,
    stored_reviews,
};

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
    // The name a worker typed waits for a moderator's approval of the name itself, then for
    // the weekly publication, before the directory shows it.
    let (_, found) = app.get_json("/api/v1/recruiters?q=shyam").await;
    assert_eq!(found["items"], json!([]));
    let (_, names) = moderator.get_text("/moderate/names?lang=en").await;
    assert!(names.contains("Village Broker Shyam"));
    let from = names.find("action=\"/moderate/names/").unwrap() + "action=\"/moderate/names/".len();
    let name_id = &names[from..from + 12];
    let res = moderator
        .post_form(
            &format!("/moderate/names/{name_id}"),
            &[("action", "approve")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let now = chrono::Utc::now().naive_utc();
        fairrecruit::reports::publish_if_due(&mut pool.get().unwrap(), now).unwrap()
    })
    .await
    .unwrap();
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
