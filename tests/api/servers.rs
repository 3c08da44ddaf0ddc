//! Several `serve` processes (the real binary) on one PostgreSQL database, and starting and
//! stopping under faults: what a deployment behind a load balancer relies on.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use diesel::pg::PgConnection;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};
use fairrecruit::db::DatabaseUrl;
use serde_json::{Value, json};

use crate::helpers::{TestDatabase, fresh_database, postgres_admin_url};
use crate::operations::{Served, start_binary, start_proxy};
use crate::smtp::SmtpListener;

/// The secret every server of one deployment shares.
const SECRET: &str = "a shared secret for the servers of one test deployment 0123456789";

fn settings(smtp: &str) -> Vec<(&'static str, &str)> {
    vec![
        ("FAIRRECRUIT_JWT_SECRET", SECRET),
        ("FAIRRECRUIT_SMTP_URL", smtp),
        ("FAIRRECRUIT_LOG", "warn"),
    ]
}

/// Two servers on one fresh PostgreSQL database with the demo data (the first seeds it, the
/// second finds it), both mailing `smtp`. `None` on SQLite.
async fn two_servers(smtp: &str) -> Option<(Served, Served, DatabaseUrl, TestDatabase)> {
    postgres_admin_url()?;
    let (url, db) = fresh_database();
    let first = start_binary(&url, &["--demo"], &settings(smtp))
        .until_ready()
        .await;
    let second = start_binary(&url, &["--demo"], &settings(smtp))
        .until_ready()
        .await;
    Some((first, second, url, db))
}

async fn a_recruiter(server: &Served) -> String {
    let body: Value = reqwest::get(server.url("/api/v1/recruiters?q=demo"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body["items"][0]["id"].as_str().unwrap().to_owned()
}

async fn file(server: &Served, recruiter: &str) -> u16 {
    reqwest::Client::new()
        .post(server.url("/api/v1/complaints"))
        .json(
            &json!({"recruiter": recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate"]}),
        )
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

async fn sign_in(server: &Served, username: &str, password: &str, code: Option<String>) -> Value {
    let res = reqwest::Client::new()
        .post(server.url("/api/v1/auth/token"))
        .json(&json!({"username": username, "password": password, "code": code}))
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let mut body: Value = res.json().await.unwrap_or(Value::Null);
    body["status"] = json!(status);
    body
}

fn demo_code() -> String {
    use fairrecruit::auth::second_factor::{Secret, unix_now};
    Secret::from_base32(fairrecruit::demo::cases::SECOND_FACTOR)
        .unwrap()
        .code_at(unix_now())
}

async fn queue_len(server: &Served, token: &str) -> usize {
    let body: Value = reqwest::Client::new()
        .get(server.url("/api/v1/cases"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    body.as_array().unwrap().len()
}

#[tokio::test]
async fn two_servers_throttle_as_one_and_share_one_queue() {
    let smtp = SmtpListener::start();
    let smtp_url = smtp.url();
    let Some((a, b, _url, _db)) = two_servers(&smtp_url).await else {
        eprintln!("skipped: several servers share a PostgreSQL database");
        return;
    };
    let staff = sign_in(
        &b,
        "demo_inspector",
        "demo-doha-inspector-rain-41",
        Some(demo_code()),
    )
    .await;
    assert_eq!(staff["status"], 200, "{staff}");
    let token = staff["access_token"].as_str().unwrap().to_owned();
    let queued = queue_len(&b, &token).await;

    // Five complaints at once per address, then one every ten minutes: five pass, in turn on
    // each server, and the sixth is refused whichever server it reaches (each alone would
    // have allowed five).
    let recruiter = a_recruiter(&a).await;
    let servers = [&a, &b];
    for i in 0..5 {
        assert_eq!(file(servers[i % 2], &recruiter).await, 201, "complaint {i}");
    }
    assert_eq!(file(&b, &recruiter).await, 429);
    assert_eq!(file(&a, &recruiter).await, 429);
    // What was filed on either is on the inspectorate's queue, read on the second.
    assert_eq!(queue_len(&b, &token).await, queued + 5);
    assert_eq!(
        queue_len(&a, &token).await,
        queued + 5,
        "the token works on both"
    );

    // A password guessed on both: five wrong tries pass (401) in turn, then the account's
    // delay holds on both servers.
    for i in 0..5 {
        let tried = sign_in(servers[i % 2], "demo_union", "not-the-password", None).await;
        assert_eq!(tried["status"], 401, "try {i}: {tried}");
    }
    for server in servers {
        let tried = sign_in(server, "demo_union", "not-the-password", None).await;
        assert_eq!(tried["status"], 429, "{tried}");
    }
    // The right password waits too (the delay is the account's), on either server.
    let right = sign_in(&a, "demo_union", "demo-union-banner-river-35", None).await;
    assert_eq!(right["status"], 429, "{right}");
}

#[derive(QueryableByName, Debug)]
struct Mail {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = Text)]
    state: String,
    #[diesel(sql_type = BigInt)]
    attempts: i64,
    #[diesel(sql_type = Timestamp)]
    due_at: chrono::NaiveDateTime,
}

fn outbox(url: &DatabaseUrl) -> Vec<Mail> {
    let pool = fairrecruit::db::build_pool(url, 1);
    let mut conn = pool.get().unwrap();
    fairrecruit::db_run!(&mut *conn, c => diesel::sql_query(
        "SELECT id, state, CAST(attempts AS BIGINT) AS attempts, due_at FROM outbox ORDER BY id",
    )
    .load::<Mail>(c)
    .unwrap())
}

async fn until<F: FnMut() -> bool>(limit: Duration, mut done: F) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    done()
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

fn count(url: &DatabaseUrl, sql: &str) -> i64 {
    let pool = fairrecruit::db::build_pool(url, 1);
    let mut conn = pool.get().unwrap();
    fairrecruit::db_run!(&mut *conn, c => diesel::sql_query(sql).get_result::<Count>(c).unwrap().n)
}

#[tokio::test]
async fn the_jobs_of_two_servers_send_each_mail_once_and_escalate_once() {
    let Some(_) = postgres_admin_url() else {
        eprintln!("skipped: several servers share a PostgreSQL database");
        return;
    };
    let smtp = SmtpListener::start();
    let (url, _db) = fresh_database();
    // One server seeds the demo and takes three complaints, then stops; their referrals are
    // made overdue while no server runs.
    let first = start_binary(&url, &["--demo"], &settings(&smtp.url()))
        .until_ready()
        .await;
    let recruiter = a_recruiter(&first).await;
    let before = count(&url, "SELECT MAX(id) AS n FROM referrals");
    for _ in 0..3 {
        assert_eq!(file(&first, &recruiter).await, 201);
    }
    first.stop().await;
    let pool = fairrecruit::db::build_pool(&url, 1);
    fairrecruit::db_run!(&mut *pool.get().unwrap(), c => diesel::sql_query(format!(
        "UPDATE referrals SET acknowledge_by = '2020-01-01 00:00:00' WHERE id > {before}"
    ))
    .execute(c)
    .unwrap());
    drop(pool);

    // Two servers start together: each runs the escalation at once, and delivers mail every
    // 3 seconds.
    let (a, b) = (
        start_binary(&url, &[], &settings(&smtp.url())),
        start_binary(&url, &[], &settings(&smtp.url())),
    );
    let (a, b) = (a.until_ready().await, b.until_ready().await);
    let escalated = until(Duration::from_secs(20), || {
        count(
            &url,
            &format!("SELECT COUNT(*) AS n FROM escalations WHERE referral_id > {before}"),
        ) == 3
    })
    .await;
    assert!(escalated, "each new referral escalated");
    assert_eq!(
        count(
            &url,
            "SELECT COUNT(*) AS n FROM (SELECT DISTINCT referral_id, deadline FROM escalations) e"
        ),
        count(&url, "SELECT COUNT(*) AS n FROM escalations"),
        "never twice"
    );
    let told = "FROM outbox WHERE kind = 'overdue-acknowledge'";
    assert!(count(&url, &format!("SELECT COUNT(*) AS n {told}")) >= 3);
    assert_eq!(
        count(&url, &format!("SELECT COUNT(*) AS n {told}")),
        count(
            &url,
            &format!("SELECT COUNT(*) AS n FROM (SELECT DISTINCT recipient, link {told}) o")
        ),
        "each lead told once per referral"
    );

    // Every mail is sent, each by one of the two deliverers, once.
    let all_sent = until(Duration::from_secs(30), || {
        outbox(&url).iter().all(|m| m.state != "pending")
    })
    .await;
    let mails = outbox(&url);
    assert!(all_sent, "{mails:?}");
    let sent = mails.iter().filter(|m| m.state == "sent").count();
    assert!(sent >= 3, "{mails:?}");
    let received = smtp.received();
    let mut ids: Vec<String> = received
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    ids.sort();
    let all = ids.clone();
    ids.dedup();
    assert_eq!(ids.len(), received.len(), "no mail went twice: {all:?}");
    // Every row marked sent was received (the demo's own old rows may be gone already: the
    // upkeep deletes sent mail past its keeping time, which the demo's history is).
    for mail in mails.iter().filter(|m| m.state == "sent") {
        let id = format!("<outbox-{}@localhost>", mail.id);
        assert!(ids.contains(&id), "{id} was not received: {all:?}");
    }
    assert!(received.len() >= sent);
    assert!(mails.iter().all(|m| m.attempts == 1), "{mails:?}");
    drop((a, b));
}

/// A mail server that accepts connections and never says a word.
fn silent_mail_server() -> (String, Arc<AtomicBool>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("smtp://{}", listener.local_addr().unwrap());
    let open = Arc::new(AtomicBool::new(true));
    let keep = open.clone();
    std::thread::spawn(move || {
        let mut held = Vec::new();
        for stream in listener.incoming() {
            if !keep.load(Ordering::SeqCst) {
                return;
            }
            held.push(stream);
        }
    });
    (url, open)
}

#[tokio::test]
async fn a_stopped_server_gives_its_mail_back_in_time_and_a_killed_ones_comes_back_in_a_minute() {
    let (silent, _open) = silent_mail_server();
    let (url, _db) = fresh_database();
    let hanging = start_binary(&url, &["--demo"], &settings(&silent))
        .until_ready()
        .await;
    let recruiter = a_recruiter(&hanging).await;
    for _ in 0..3 {
        assert_eq!(file(&hanging, &recruiter).await, 201);
    }
    // The deliverer claims the mail and waits on the silent server.
    let claimed = until(Duration::from_secs(15), || {
        outbox(&url).iter().any(|m| m.attempts > 0)
    })
    .await;
    assert!(claimed, "{:?}", outbox(&url));
    let (took, log) = hanging.stop_within(Duration::from_secs(60)).await;
    // The README promises 30 s; the mail being sent waits for its SMTP timeout (20 s).
    assert!(
        took < Duration::from_secs(30),
        "stopped after {took:?}: {log}"
    );
    let now = chrono::Utc::now().naive_utc();
    let mails = outbox(&url);
    assert!(!mails.is_empty());
    assert!(mails.iter().all(|m| m.state == "pending"), "{mails:?}");
    // Given back: due now, the try not counted; the one in flight is due after its backoff.
    let given_back = mails.iter().filter(|m| m.attempts == 0).count();
    assert!(given_back + 1 >= mails.len(), "{mails:?}");
    assert!(
        mails
            .iter()
            .all(|m| m.due_at <= now + chrono::TimeDelta::seconds(61))
    );

    // A server killed while it holds a claim: its mail is due again within the lease, a
    // minute, not ten.
    let killed = start_binary(&url, &[], &settings(&silent))
        .until_ready()
        .await;
    let ids: Vec<i64> = mails
        .iter()
        .filter(|m| m.attempts == 0)
        .map(|m| m.id)
        .collect();
    let claimed = until(Duration::from_secs(15), || {
        outbox(&url)
            .iter()
            .any(|m| ids.contains(&m.id) && m.attempts > 0)
    })
    .await;
    assert!(claimed, "{:?}", outbox(&url));
    killed.kill();
    let now = chrono::Utc::now().naive_utc();
    for mail in outbox(&url).iter().filter(|m| m.attempts > 0) {
        assert!(
            mail.due_at <= now + chrono::TimeDelta::seconds(61),
            "leased for more than a minute: {mail:?}"
        );
    }

    // Another server with a mail server that answers sends what was given back at once.
    let smtp = SmtpListener::start();
    let other = start_binary(&url, &[], &settings(&smtp.url()))
        .until_ready()
        .await;
    let given = mails.iter().filter(|m| m.attempts == 0).count();
    let arrived = until(Duration::from_secs(90), || smtp.received().len() >= given).await;
    assert!(arrived, "{:?}", outbox(&url));
    drop(other);
}

#[tokio::test]
async fn serve_started_before_postgresql_answers_503_and_serves_once_it_comes() {
    let Some(_) = postgres_admin_url() else {
        eprintln!("skipped: the database that comes late is PostgreSQL behind a proxy");
        return;
    };
    let (direct, _db) = fresh_database();
    let DatabaseUrl::Postgres(url) = &direct else {
        unreachable!()
    };
    let up = Arc::new(AtomicBool::new(false));
    let port = start_proxy("127.0.0.1:5432".into(), up.clone()).await;
    let late =
        DatabaseUrl::Postgres(url.replacen("127.0.0.1:5432", &format!("127.0.0.1:{port}"), 1));
    let mut server = start_binary(&late, &["--demo"], &[("FAIRRECRUIT_LOG", "warn")]);
    let client = reqwest::Client::new();
    let base = server.base.clone();
    let status = |path: &'static str| {
        let (client, url) = (client.clone(), format!("{base}{path}"));
        async move { client.get(url).send().await.map(|r| r.status().as_u16()) }
    };
    // Listening, alive, not ready: the pool's 3-s connection timeout has passed twice.
    let listening = until(Duration::from_secs(20), || {
        std::net::TcpStream::connect(base.trim_start_matches("http://")).is_ok()
    })
    .await;
    assert!(listening);
    tokio::time::sleep(Duration::from_secs(7)).await;
    assert_eq!(status("/healthz").await.unwrap(), 200);
    assert_eq!(status("/readyz").await.unwrap(), 503);
    let page = client
        .get(server.url("/recruiters?lang=ne"))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 503);
    assert!(
        page.text().await.unwrap().contains("lang=\"ne\""),
        "translated"
    );
    let api: Value = client
        .get(server.url("/api/v1/recruiters"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(api["code"], "service_unavailable");
    assert!(server.running(), "still waiting for the database");

    up.store(true, Ordering::SeqCst);
    let mut ready = false;
    for _ in 0..100 {
        if status("/readyz").await.ok() == Some(200) {
            ready = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(ready, "the server did not come up with its database");
    assert_eq!(status("/api/v1/recruiters?q=demo").await.unwrap(), 200);
    server.stop().await;
}

/// The pool no longer runs `SELECT 1` at every check-out: a connection whose backend was
/// ended under it (a PostgreSQL restart, a fail-over, `pg_terminate_backend`) is found by the
/// request that uses it, which fails once, and is dropped from the pool; the next request
/// gets a fresh connection. On SQLite connections do not die this way.
#[tokio::test]
async fn a_connection_ended_under_the_pool_fails_one_request_at_most() {
    let Some(admin_url) = postgres_admin_url() else {
        eprintln!("skipped: PostgreSQL backends are ended from outside");
        return;
    };
    let app = crate::helpers::spawn_app_with(|c| c.db_pool_size = 1).await;
    app.import_csv(&crate::helpers::sample_csv()).await;
    assert_eq!(app.get("/recruiters").await.status(), 200);
    let DatabaseUrl::Postgres(url) = &app.database_url else {
        unreachable!("PostgreSQL under test")
    };
    let name = url.rsplit('/').next().unwrap().split('?').next().unwrap();
    let mut admin = PgConnection::establish(&admin_url).unwrap();
    let ended = diesel::sql_query(format!(
        "SELECT CAST(COUNT(pg_terminate_backend(pid)) AS BIGINT) AS n FROM pg_stat_activity \
         WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    ))
    .get_result::<Count>(&mut admin)
    .unwrap()
    .n;
    assert!(ended >= 1, "the server's connection was ended");
    let mut failures = 0;
    for _ in 0..4 {
        let status = app.get("/recruiters").await.status();
        if status.is_server_error() {
            failures += 1;
        } else {
            assert_eq!(status, 200);
        }
    }
    assert!(
        failures <= 1,
        "{failures} requests failed on an ended connection"
    );
    assert_eq!(app.get("/recruiters").await.status(), 200);
}
