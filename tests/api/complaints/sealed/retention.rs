//! Retention, and a worker deleting what they wrote.

use super::*;

#[tokio::test]
async fn retention_destroys_a_cases_words_on_schedule_and_the_reports_do_not_change() {
    let w = world().await;
    let app = &w.app;
    // Five complaints (enough to be published), each resolved with notes.
    let receipt = sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    for _ in 0..4 {
        sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    }
    let ids: Vec<i64> = referrals_by_org(app)
        .await
        .iter()
        .map(|(id, _)| *id)
        .collect();
    let id = ids[0];
    let token = app.api_token("inspector_q", PASSWORD).await;
    for referral in &ids {
        for body in [
            json!({"action": "acknowledge"}),
            json!({"action": "investigate"}),
        ] {
            let (s, _) = api_post(
                app,
                &token,
                &format!("/api/v1/cases/{referral}/actions"),
                body,
            )
            .await;
            assert_eq!(s, 200);
        }
        let (s, _) = api_post(
            app,
            &token,
            &format!("/api/v1/cases/{referral}/messages"),
            json!({"body": CANARIES[4], "internal": true}),
        )
        .await;
        assert_eq!(s, 204);
        let (s, out) = api_post(
            app,
            &token,
            &format!("/api/v1/cases/{referral}/actions"),
            json!({"action": "resolve", "reason": CANARIES[5], "remedies": ["documents_returned"]}),
        )
        .await;
        assert_eq!(s, 200, "{out}");
    }
    let at = fairrecruit::clock::now() + chrono::Duration::days(7);
    let before = figures(app, at).await;
    assert!(before.contains("\"total_complaints\":5"), "{before}");
    // A lead sets a shorter retention; a member may not.
    let member = app.signed_in("inspector_q").await;
    let res = member
        .post_form("/organisation/retention", &[("days", "90")])
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let lead = app.signed_in("lead_q").await;
    let res = lead
        .post_form("/organisation/retention?lang=en", &[("days", "7")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = lead
        .post_form("/organisation/retention", &[("days", "90")])
        .await;
    assert_eq!(res.status().as_u16(), 303);

    // Ended 89 days ago: kept.
    set_ended_on(app, 89).await;
    assert_eq!(purge(app).await.complaints, 0);
    let (_, tracked) = track_api(app, &receipt).await;
    assert!(tracked["description"].as_str().is_some());
    // Ended 90 days ago: destroyed, keys and text; the facts and the figures stay.
    set_ended_on(app, 90).await;
    assert_eq!(purge(app).await.complaints, 5);
    let (s, tracked) = track_api(app, &receipt).await;
    assert_eq!(s, 200, "the receipt still shows where the complaint stands");
    assert_eq!(tracked["description"], Value::Null);
    assert_eq!(tracked["referrals"][0]["status"], "resolved");
    let (_, case) = api_get(app, &token, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(case["sealed_content"], "destroyed");
    assert_eq!(case["issues"], json!([]));
    let text = case.to_string();
    for canary in CANARIES {
        assert!(!text.contains(canary), "{canary} after retention");
    }
    assert_eq!(
        figures(app, at).await,
        before,
        "the reports' figures do not change"
    );
    let bytes = database_bytes(&app.database_url);
    for canary in CANARIES {
        assert!(
            !holds(&bytes, canary),
            "the database holds {canary} after retention"
        );
    }
    // Each purge is recorded with counts, never content.
    let admin_events = {
        let pool = app.pool.clone();
        tokio::task::spawn_blocking(move || {
            use fairrecruit::db::schema::audit_events;
            audit_events::table
                .filter(audit_events::event.eq("retention_purge"))
                .select(audit_events::detail)
                .load::<Option<String>>(&mut pool.get().unwrap())
                .unwrap()
        })
        .await
        .unwrap()
    };
    assert_eq!(admin_events.len(), 1);
    assert!(
        admin_events[0]
            .as_deref()
            .unwrap()
            .starts_with("complaints=5 ")
    );
}

#[tokio::test]
async fn a_worker_deletes_what_they_wrote_from_the_tracking_page() {
    let w = world().await;
    let app = &w.app;
    let receipt = sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    let id = referrals_by_org(app).await[0].0;
    let token = app.api_token("inspector_q", PASSWORD).await;
    for body in [
        json!({"body": CANARIES[3]}),
        json!({"body": CANARIES[4], "internal": true}),
    ] {
        let (s, _) = api_post(app, &token, &format!("/api/v1/cases/{id}/messages"), body).await;
        assert_eq!(s, 204);
    }
    let phone = app.browser();
    let res = phone
        .post_form("/track?lang=en", &[("receipt", &receipt)])
        .await;
    let page = res.text().await.unwrap();
    assert!(page.contains(CANARIES[0]));
    assert!(page.contains("Delete what you wrote"));
    // Not confirmed: refused, nothing deleted.
    let res = phone
        .post_form("/track/delete?lang=en", &[("receipt", &receipt)])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Tick the box to confirm.")
    );
    let res = phone
        .post_form(
            "/track/delete?lang=en",
            &[("receipt", &receipt), ("confirm_delete", "yes")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.unwrap();
    assert!(page.contains("What you wrote has been deleted."));
    assert!(!page.contains(CANARIES[0]));
    assert!(!page.contains(CANARIES[3]));
    // Staff see the facts, why the words are gone, and their own note.
    let (_, case) = api_get(app, &token, &format!("/api/v1/cases/{id}")).await;
    assert_eq!(case["sealed_content"], "destroyed");
    let text = case.to_string();
    for canary in [CANARIES[0], CANARIES[1], CANARIES[2], CANARIES[3]] {
        assert!(!text.contains(canary), "{canary} after deletion");
    }
    assert!(
        text.contains(CANARIES[4]),
        "the organisation's own note stays"
    );
    // Once is enough: the API says it is done already.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/track/delete"))
        .json(&json!({"receipt": receipt, "confirm": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let bytes = database_bytes(&app.database_url);
    for canary in [CANARIES[0], CANARIES[1], CANARIES[2], CANARIES[3]] {
        assert!(
            !holds(&bytes, canary),
            "the database holds {canary} after deletion"
        );
    }
    // Its retention still ends the organisation's own note, once the case is over.
    for body in [
        json!({"action": "acknowledge"}),
        json!({"action": "close", "close_reason": "unfounded", "reason": "No evidence"}),
    ] {
        let (s, out) = api_post(app, &token, &format!("/api/v1/cases/{id}/actions"), body).await;
        assert_eq!(s, 200, "{out}");
    }
    set_ended_on(app, 366).await;
    assert_eq!(purge(app).await.complaints, 1);
    let (_, case) = api_get(app, &token, &format!("/api/v1/cases/{id}")).await;
    assert!(
        !case.to_string().contains(CANARIES[4]),
        "the note is gone too"
    );
    assert_eq!(purge(app).await.complaints, 0, "nothing left to destroy");
}
