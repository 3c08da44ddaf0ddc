//! The kept profile pages (`web::kept`, issue 20): a plain profile page is served from
//! memory until something it shows changes — at once when this server wrote the change,
//! within a second when anyone else did — and the database's triggers are what say so.

use std::time::Duration;

use diesel::prelude::*;
use fairrecruit::db::{DbConnection, changes};

use super::{api_review, app_with_directory, moderator, pending_ids, post_api};
use crate::helpers::TestApp;

/// Runs `sql` on the test's own connection (not the server's pool).
async fn execute(app: &TestApp, sql: &'static str) {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        fairrecruit::db_run!(&mut *conn, c => diesel::sql_query(sql).execute(c).unwrap());
    })
    .await
    .unwrap();
}

async fn number(app: &TestApp) -> i64 {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || changes::current(&mut pool.get().unwrap()).unwrap())
        .await
        .unwrap()
}

fn is_postgres(app: &TestApp) -> bool {
    matches!(app.database_url, fairrecruit::db::DatabaseUrl::Postgres(_))
}

#[tokio::test]
async fn a_profile_is_kept_until_the_database_says_what_it_shows_changed() {
    let (app, id) = app_with_directory().await;
    let page = format!("/recruiters/{id}?lang=en");
    let (status, body) = app.get_text(&page).await;
    assert_eq!(status, 200);
    assert!(body.contains("Everest Manpower Services"), "{body}");
    // A rename the triggers do not see: the kept page goes on being served, past the poll.
    if is_postgres(&app) {
        execute(
            &app,
            "DROP TRIGGER public_changes_recruiters_update ON recruiters",
        )
        .await;
    } else {
        execute(&app, "DROP TRIGGER public_changes_recruiters_update").await;
    }
    execute(
        &app,
        "UPDATE recruiters SET name = 'Renamed Agency' WHERE licence_number = 'NP-0001'",
    )
    .await;
    tokio::time::sleep(changes::POLL_EVERY + Duration::from_millis(300)).await;
    let (_, kept) = app.get_text(&page).await;
    assert_eq!(kept, body, "served from memory");
    // Only the plain page is kept: a page number, another language, render what is stored.
    let (_, numbered) = app.get_text(&format!("{page}&page=1")).await;
    assert!(numbered.contains("Renamed Agency"), "{numbered}");
    let escaped = format!("/recruiters/%{:02X}{}?lang=en", id.as_bytes()[0], &id[1..]);
    let (status, escaped) = app.get_text(&escaped).await;
    assert_eq!(status, 200);
    assert!(escaped.contains("Renamed Agency"), "{escaped}");
    let (_, arabic) = app.get_text(&format!("/recruiters/{id}?lang=ar")).await;
    assert!(arabic.contains("Renamed Agency"), "{arabic}");
    assert!(arabic.contains("dir=\"rtl\""), "{arabic}");
    // The number moves: within a second the page is rendered again.
    execute(
        &app,
        "UPDATE public_changes SET generation = generation + 1 WHERE id = 1",
    )
    .await;
    app.page_showing(&page, "Renamed Agency").await;
    // An unknown recruiter is a 404 each time, never kept.
    let unknown = "/recruiters/zzzzzzzzzzzz?lang=en";
    assert_eq!(app.get_text(unknown).await.0, 404);
    assert_eq!(app.get_text(unknown).await.0, 404);
}

#[tokio::test]
async fn an_approval_by_this_server_shows_on_the_next_request() {
    let (app, id) = app_with_directory().await;
    let page = format!("/recruiters/{id}?lang=en");
    let mut body = api_review(&id);
    body["text"] = "The agent kept my passport for a month.".into();
    assert_eq!(post_api(&app, &body, None).await.0, 201);
    let (_, before) = app.get_text(&page).await;
    assert!(
        !before.contains("kept my passport"),
        "pending is not public"
    );
    let moderator = moderator(&app).await;
    // A signed-in reader's header differs: that page is kept apart.
    let (_, signed_in) = moderator.get_text(&page).await;
    assert_ne!(signed_in, before);
    let review_id = pending_ids(&app).await[0];
    let res = moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    // No wait: the approval's own request moved the generation after its commit.
    let (_, after) = app.get_text(&page).await;
    assert!(after.contains("kept my passport"), "{after}");
    let (_, signed_in) = moderator.get_text(&page).await;
    assert!(signed_in.contains("kept my passport"));
}

#[tokio::test]
async fn an_approval_elsewhere_shows_within_the_poll() {
    let (app, id) = app_with_directory().await;
    let page = format!("/recruiters/{id}?lang=en");
    let mut body = api_review(&id);
    body["text"] = "Approved from the command line.".into();
    assert_eq!(post_api(&app, &body, None).await.0, 201);
    assert!(!app.get_text(&page).await.1.contains("command line"));
    // Approved through the library on the test's own connection: another writer.
    let review_id = pending_ids(&app).await[0];
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        use fairrecruit::db::reviews::{self, Decision};
        let mut conn = pool.get().unwrap();
        let stored = reviews::stored(&mut conn, review_id).unwrap().unwrap();
        let decision = Decision::Approve {
            body: stored.draft.body,
        };
        reviews::decide(
            &mut conn,
            review_id,
            None,
            &decision,
            chrono::Utc::now().naive_utc(),
        )
        .unwrap();
    })
    .await
    .unwrap();
    app.page_showing(&page, "Approved from the command line.")
        .await;
}

/// What each table's triggers do, on the engine under test.
#[tokio::test]
async fn the_triggers_move_the_number_for_what_profiles_show_and_not_for_pending_reviews() {
    let (app, id) = app_with_directory().await;
    let moves = [
        "UPDATE recruiters SET address = 'Kathmandu' WHERE licence_number = 'NP-0001'",
        "UPDATE score_totals SET rating_sum = rating_sum WHERE id = 1",
        "DELETE FROM recruiter_destinations WHERE country = 'QA'",
        "INSERT INTO licence_events (recruiter_id, status, recorded_at, source) \
         SELECT id, 'suspended', CURRENT_TIMESTAMP, 'test' FROM recruiters \
         WHERE licence_number = 'NP-0001'",
    ];
    for sql in moves {
        let before = number(&app).await;
        execute(&app, sql).await;
        assert!(number(&app).await > before, "{sql}");
    }
    // A new review is pending: nothing public changed.
    let before = number(&app).await;
    assert_eq!(post_api(&app, &api_review(&id), None).await.0, 201);
    assert_eq!(number(&app).await, before, "a pending review");
    execute(&app, "UPDATE reviews SET body = 'edited while pending'").await;
    assert_eq!(number(&app).await, before, "a pending review edited");
    // Its approval moves it (the review, its recruiter's scorecard and the totals).
    let moderator = moderator(&app).await;
    let review_id = pending_ids(&app).await[0];
    moderator
        .post_form(&format!("/moderate/{review_id}"), &[("action", "approve")])
        .await;
    let approved = number(&app).await;
    assert!(approved > before);
    execute(&app, "UPDATE reviews SET body = 'edited once public'").await;
    assert!(number(&app).await > approved, "an approved review edited");
    let edited = number(&app).await;
    execute(&app, "DELETE FROM review_costs").await;
    execute(&app, "DELETE FROM reviews").await;
    assert!(number(&app).await > edited, "an approved review deleted");
}

/// The generation read by `db::changes` on a connection of the engine under test.
#[test]
fn a_failed_read_of_the_number_is_taken_as_a_change() {
    let changes = changes::Changes::default();
    let before = changes.generation();
    // A connection to a database that does not have the table.
    let mut conn = DbConnection::Sqlite(diesel::SqliteConnection::establish(":memory:").unwrap());
    changes.refresh(&mut conn);
    assert_ne!(changes.generation(), before);
}
