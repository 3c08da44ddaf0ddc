//! Watchlists: staff follow recruiters and get a weekly summary, counts only, through the
//! outbox.

use chrono::{NaiveDateTime, TimeDelta};
use diesel::prelude::*;
use fairrecruit::db::schema::recruiters;
use fairrecruit::db::{reviews, watchlist};
use fairrecruit::domain::notice::MailNotices;
use serde_json::json;

use crate::helpers::{TestApp, count_queries, sample_csv, spawn_app};
use crate::notifications::{deliver, mailer_for, now, outbox_rows, wants_mail};
use crate::smtp::SmtpListener;

async fn gather(app: &TestApp, at: NaiveDateTime) -> usize {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        watchlist::gather_weekly(&mut pool.get().unwrap(), at).unwrap()
    })
    .await
    .unwrap()
}

/// An app with the sample directory and a union with an officer who wants mail.
async fn world() -> (TestApp, String) {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let union = app
        .create_organisation("Migrant Union Nepal", "trade_union", &["NP"])
        .await;
    let officer = app
        .create_account("union_officer", "union_n", Some((union, false)))
        .await;
    wants_mail(&app, officer, "officer@np.test", MailNotices::Each).await;
    (app, recruiter)
}

#[tokio::test]
async fn an_officer_watches_a_recruiter_and_gets_a_weekly_summary_of_counts_only() {
    let (app, recruiter) = world().await;
    let smtp = SmtpListener::start();
    let dir = tempfile::tempdir().unwrap();
    let mailer = mailer_for(Some(&smtp), dir.path());
    let officer = app.signed_in("union_n").await;
    // The recruiter's page links to the watchlist with its id filled in.
    let (_, profile) = officer
        .get_text(&format!("/recruiters/{recruiter}?lang=en"))
        .await;
    assert!(profile.contains(&format!("/watchlist?recruiter={recruiter}")));
    let (status, page) = officer
        .get_text(&format!("/watchlist?recruiter={recruiter}&lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!(r#"value="{recruiter}""#)));
    assert!(page.contains("You are not watching any recruiter yet."));
    // By licence number, as staff know recruiters.
    let res = officer
        .post_form("/watchlist", &[("recruiter", " np-0001 ")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // Twice is once.
    let res = officer
        .post_form("/watchlist", &[("recruiter", recruiter.as_str())])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = officer.get_text("/watchlist?done=added&lang=en").await;
    assert!(page.contains("Added to your watchlist."));
    assert!(page.contains("Everest Manpower Services"));
    assert!(page.contains("too few reviews for a rating"));
    assert_eq!(page.matches("Stop watching").count(), 1);
    let start = now();

    // A week of events: five reviews published, a licence suspended, two complaints.
    for rating in [4, 4, 4, 4, 4] {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/reviews"))
            .json(&json!({
                "recruiter_id": recruiter, "origin": "NP", "destination": "QA",
                "departure_year": 2024, "currency": "NPR", "ratings": {"overall": rating},
                "text": "Secret-otter review words", "text_language": "en",
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
    }
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let (queue, _) = reviews::queue(&mut conn, 10).unwrap();
        for row in queue {
            reviews::decide(
                &mut conn,
                row.id,
                None,
                &reviews::Decision::Approve { body: None },
                now(),
            )
            .unwrap();
        }
        diesel::update(recruiters::table.filter(recruiters::licence_number.eq("NP-0001")))
            .set(recruiters::licence_status.eq("suspended"))
            .execute(&mut conn)
            .unwrap();
    })
    .await
    .unwrap();
    for _ in 0..2 {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/complaints"))
            .json(
                &json!({"recruiter": recruiter, "origin": "NP", "destination": "QA",
                          "share_with": ["labour_inspectorate"],
                          "description": "Secret-otter complaint words"}),
            )
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
    }
    let (_, page) = officer.get_text("/watchlist?lang=en").await;
    let page = page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(page.contains("5 reviews"), "{page}");
    assert!(page.contains("rating 4.0 out of 5"), "{page}");
    assert!(page.contains("Licence suspended"), "{page}");

    // Not before a week has passed.
    assert_eq!(gather(&app, start + TimeDelta::days(3)).await, 0);
    let week = start + TimeDelta::days(7) + TimeDelta::minutes(1);
    assert_eq!(gather(&app, week).await, 1);
    assert_eq!(gather(&app, week).await, 0, "one summary a week");
    deliver(&app, &mailer, week).await;
    let mails = smtp.received();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].to, ["officer@np.test"]);
    let text = mails[0].text();
    for expected in [
        "What changed this week",
        "Everest Manpower Services: 5 new reviews, rating now 4.0, Licence suspended, fewer than 5 new complaints",
        "https://fairrecruit.test/watchlist",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    assert!(!text.contains("Secret-otter"), "{text}");
    // A quiet week sends nothing, but is covered.
    assert_eq!(gather(&app, week + TimeDelta::days(7)).await, 0);
    assert_eq!(
        outbox_rows(&app)
            .await
            .iter()
            .filter(|r| r.2 == "watch-summary")
            .count(),
        1
    );
    // Stopping.
    let res = officer
        .post_form(&format!("/watchlist/{recruiter}/remove"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = officer.get_text("/watchlist?lang=en").await;
    assert!(page.contains("You are not watching any recruiter yet."));
}

#[tokio::test]
async fn the_watchlist_refuses_hostile_input_keeps_it_and_is_for_staff_only() {
    let (app, _) = world().await;
    let officer = app.signed_in("union_n").await;
    for typed in [
        "<script>alert(1)</script>",
        "NP-0001\u{202e}",
        "NO-SUCH-LICENCE",
        &"9".repeat(101),
        "",
    ] {
        let res = officer
            .post_form("/watchlist?lang=en", &[("recruiter", typed)])
            .await;
        assert_eq!(res.status().as_u16(), 400, "{typed:?}");
        let page = res.text().await.unwrap();
        assert!(!page.contains("<script>alert"), "escaped");
        if typed == "NO-SUCH-LICENCE" {
            assert!(page.contains(r#"value="NO-SUCH-LICENCE""#), "kept as typed");
            assert!(page.contains("No recruiter in the directory has this licence number"));
        }
    }
    let res = officer
        .post_form("/watchlist", &[("recruiter", "NP-0001"), ("extra", "1")])
        .await;
    assert_eq!(res.status().as_u16(), 400, "unknown field");
    let res = officer.post_form("/watchlist/not-an-id/remove", &[]).await;
    assert_eq!(res.status().as_u16(), 404);
    app.create_account("worker", "a_worker", None).await;
    let worker = app.signed_in("a_worker").await;
    assert_eq!(worker.get("/watchlist").await.status().as_u16(), 403);
    let res = worker
        .post_form("/watchlist", &[("recruiter", "NP-0001")])
        .await;
    assert_eq!(res.status().as_u16(), 403);
}

#[tokio::test]
async fn the_watchlist_costs_one_query_however_many_are_watched() {
    let (app, _) = world().await;
    let pool = app.pool.clone();
    let officer: i64 = tokio::task::spawn_blocking(move || {
        use fairrecruit::db::schema::users;
        users::table
            .filter(users::username.eq("union_n"))
            .select(users::id)
            .first(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    count_queries(&app, |conn| {
        watchlist::watch(conn, officer, "NP-0001", now()).unwrap();
    });
    let mut listed = 0;
    let queries = count_queries(&app, |conn| {
        listed = watchlist::list(conn, officer).unwrap().len();
    });
    assert_eq!((queries, listed), (1, 1));
    count_queries(&app, |conn| {
        for licence in [
            "NP-0002", "MA-0003", "PH-0004", "BD-0005", "NP-0006", "SA-0007",
        ] {
            watchlist::watch(conn, officer, licence, now()).unwrap();
        }
    });
    let queries = count_queries(&app, |conn| {
        listed = watchlist::list(conn, officer).unwrap().len();
    });
    assert_eq!((queries, listed), (1, 7));
}
