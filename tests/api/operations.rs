//! Operations: health probes, request ids, the database going away and coming back,
//! graceful shutdown, the command line.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fairrecruit::db::DatabaseUrl;
use tokio::net::{TcpListener, TcpStream};

use crate::helpers::{fresh_database, postgres_admin_url, spawn_app, spawn_app_on};

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = spawn_app().await;
    let (status, body) = app.get_text("/healthz").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
    let (status, body) = app.get_text("/readyz").await;
    assert_eq!((status, body.as_str()), (200, "ready"));
}

#[tokio::test]
async fn every_response_carries_a_request_id_and_security_headers() {
    let app = spawn_app().await;
    for path in [
        "/",
        "/healthz",
        "/static/app.css",
        "/no-such-page",
        "/api/v1/recruiters?page=0",
    ] {
        let res = app.get(path).await;
        let h = res.headers();
        assert!(!h["x-request-id"].is_empty(), "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"),
            "{path}"
        );
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(h["x-content-type-options"], "nosniff", "{path}");
        assert_eq!(h["referrer-policy"], "no-referrer", "{path}");
    }
}

#[tokio::test]
async fn responses_are_compressed_when_the_client_accepts_it() {
    let app = spawn_app().await;
    for encoding in ["gzip", "br"] {
        let res = app
            .client
            .get(app.url("/recruiters"))
            .header("Accept-Encoding", encoding)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-encoding"], encoding);
    }
}

/// A TCP proxy in front of PostgreSQL that the test can cut and restore.
async fn start_proxy(target: String, up: Arc<AtomicBool>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        loop {
            let Ok((mut inbound, _)) = listener.accept().await else {
                return;
            };
            let up = up.clone();
            let target = target.clone();
            tokio::spawn(async move {
                if !up.load(Ordering::SeqCst) {
                    return; // dropping the socket refuses the connection
                }
                let Ok(mut outbound) = TcpStream::connect(&target).await else {
                    return;
                };
                // Copy until either side closes or the proxy is cut.
                tokio::select! {
                    _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                    _ = async { while up.load(Ordering::SeqCst) { tokio::time::sleep(Duration::from_millis(50)).await } } => {}
                }
            });
        }
    });
    port
}

#[tokio::test]
async fn a_database_outage_gives_translated_503s_and_the_service_recovers() {
    let Some(_) = postgres_admin_url() else {
        eprintln!("skipped: the outage test cuts a TCP connection, so it runs on PostgreSQL");
        return;
    };
    let (direct, db) = fresh_database();
    let DatabaseUrl::Postgres(url) = &direct else {
        unreachable!()
    };
    let up = Arc::new(AtomicBool::new(true));
    let port = start_proxy("127.0.0.1:5432".into(), up.clone()).await;
    let proxied = url.replacen("127.0.0.1:5432", &format!("127.0.0.1:{port}"), 1);
    assert_ne!(&proxied, url, "the test database URL names 127.0.0.1:5432");
    let app = spawn_app_on(DatabaseUrl::Postgres(proxied), direct.clone(), db).await;
    app.import_csv(&crate::helpers::sample_csv()).await;
    assert_eq!(app.get("/recruiters?q=everest").await.status(), 200);

    up.store(false, Ordering::SeqCst);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let res = app.get("/recruiters?q=everest&lang=ne").await;
    assert_eq!(res.status(), 503);
    let html = res.text().await.unwrap();
    assert!(html.contains("lang=\"ne\""));
    let (status, body) = app.get_json("/api/v1/recruiters?q=everest").await;
    assert_eq!(status, 503);
    assert_eq!(body["code"], "service_unavailable");
    assert_eq!(app.get("/readyz").await.status(), 503);
    assert_eq!(
        app.get("/healthz").await.status(),
        200,
        "the process itself is alive"
    );

    up.store(true, Ordering::SeqCst);
    let mut recovered = false;
    for _ in 0..50 {
        if app.get("/recruiters?q=everest").await.status() == 200 {
            recovered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(
        recovered,
        "the service did not recover after the database came back"
    );
    assert_eq!(app.get("/readyz").await.status(), 200);
}

fn database_arg(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Postgres(url) => url.clone(),
        DatabaseUrl::Sqlite(path) => path.display().to_string(),
    }
}

#[tokio::test]
async fn serve_stops_gracefully_on_sigterm() {
    let (url, _db) = fresh_database();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .args(["serve", "--bind", &format!("127.0.0.1:{port}"), "--demo"])
        .env("FAIRRECRUIT_DATABASE_URL", database_arg(&url))
        .env("FAIRRECRUIT_LOG", "error")
        .spawn()
        .unwrap();
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..100 {
        if let Ok(res) = client
            .get(format!("http://127.0.0.1:{port}/readyz"))
            .send()
            .await
        {
            ready = res.status() == 200;
            if ready {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(ready, "server did not become ready");
    let (_, body) = (
        0,
        client
            .get(format!("http://127.0.0.1:{port}/api/v1/recruiters?q=demo"))
            .send()
            .await
            .unwrap(),
    );
    let body: serde_json::Value = body.json().await.unwrap();
    assert!(
        !body["items"].as_array().unwrap().is_empty(),
        "--demo seeded the directory"
    );
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut exited = None;
    for _ in 0..100 {
        if let Some(status) = child.try_wait().unwrap() {
            exited = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let exited = exited.unwrap_or_else(|| {
        let _ = child.kill();
        panic!("server did not stop within 10 s of SIGTERM")
    });
    assert!(exited.success(), "{exited:?}");
}

#[test]
fn the_cli_lists_its_commands_and_migrates() {
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for command in ["serve", "migrate", "import-recruiters"] {
        assert!(help.contains(command), "{help}");
    }
    let (url, _db) = fresh_database();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("migrate")
        .env("FAIRRECRUIT_DATABASE_URL", database_arg(&url))
        .env("FAIRRECRUIT_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("migrations applied"));
}
