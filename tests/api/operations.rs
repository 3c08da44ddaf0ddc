//! Operations: health probes, request ids, the database going away and coming back,
//! graceful shutdown, the command line.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use fairrecruit::db::DatabaseUrl;
use tokio::net::{TcpListener, TcpStream};

use crate::helpers::{PASSWORD, fresh_database, postgres_admin_url, spawn_app, spawn_app_on};

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
pub async fn start_proxy(target: String, up: Arc<AtomicBool>) -> u16 {
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

pub fn database_arg(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Postgres(url) => url.clone(),
        DatabaseUrl::Sqlite(path) => path.display().to_string(),
    }
}

/// The real binary serving on a free port, with its standard error captured.
pub struct Served {
    child: std::process::Child,
    pub base: String,
}

/// The real binary serving on a free port with `--demo`, once it is ready.
pub async fn serve_binary(url: &DatabaseUrl, log_format: &str) -> Served {
    let served = start_binary(url, &["--demo"], &[("FAIRRECRUIT_LOG_FORMAT", log_format)]);
    served.until_ready().await
}

/// Starts `fairrecruit serve` on a free port with `args` and settings `env` (none inherited
/// from the tests' environment), logging at info to a captured standard error.
pub fn start_binary(url: &DatabaseUrl, args: &[&str], env: &[(&str, &str)]) -> Served {
    // The test's own HTTP client speaks TLS through ring, as the server does.
    fairrecruit::memory::install_tls();
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"));
    for (key, _) in std::env::vars() {
        if key.starts_with("FAIRRECRUIT_") {
            command.env_remove(key);
        }
    }
    let child = command
        .args(["serve", "--bind", &format!("127.0.0.1:{port}")])
        .args(args)
        .env("FAIRRECRUIT_DATABASE_URL", database_arg(url))
        .env("FAIRRECRUIT_LOG", "info")
        .envs(env.iter().copied())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    Served {
        child,
        base: format!("http://127.0.0.1:{port}"),
    }
}

impl Served {
    /// Waits (20 s at most) until `/readyz` says 200.
    pub async fn until_ready(mut self) -> Served {
        let client = reqwest::Client::new();
        for _ in 0..200 {
            if !self.running() {
                panic!("server exited: {}", self.log());
            }
            if let Ok(res) = client.get(format!("{}/readyz", self.base)).send().await
                && res.status() == 200
            {
                return self;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!("server did not become ready: {}", self.log());
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Still running?
    pub fn running(&mut self) -> bool {
        self.child.try_wait().unwrap().is_none()
    }

    /// What it logged (once it has exited).
    fn log(&mut self) -> String {
        let mut log = String::new();
        use std::io::Read;
        if let Some(mut stderr) = self.child.stderr.take() {
            stderr.read_to_string(&mut log).unwrap();
        }
        log
    }

    /// Sends SIGTERM and waits (10 s at most) for a clean exit; returns what it logged.
    pub async fn stop(self) -> String {
        self.stop_within(Duration::from_secs(10)).await.1
    }

    /// Sends SIGTERM and waits (`limit` at most) for a clean exit; returns how long it took
    /// and what it logged.
    pub async fn stop_within(mut self, limit: Duration) -> (Duration, String) {
        let pid = self.child.id().to_string();
        let status = std::process::Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap();
        assert!(status.success());
        let sent = std::time::Instant::now();
        while sent.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                let took = sent.elapsed();
                let log = self.log();
                assert!(status.success(), "{status:?}: {log}");
                return (took, log);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!(
            "server did not stop within {limit:?} of SIGTERM: {}",
            self.log()
        );
    }

    /// Kills it with SIGKILL: no clean-up of any kind.
    pub fn kill(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        if self.running() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

#[tokio::test]
async fn serve_stops_gracefully_on_sigterm() {
    let (url, _db) = fresh_database();
    let served = serve_binary(&url, "text").await;
    let res = reqwest::get(format!("{}/api/v1/recruiters?q=demo", served.base))
        .await
        .unwrap();
    let body: serde_json::Value = res.json().await.unwrap();
    assert!(
        !body["items"].as_array().unwrap().is_empty(),
        "--demo seeded the directory"
    );
    let pool = fairrecruit::db::build_pool(&url, 1);
    let organisations =
        fairrecruit::db::accounts::list_organisations(&mut pool.get().unwrap()).unwrap();
    assert_eq!(organisations.len(), 5, "and the demo organisations");
    assert!(organisations.iter().all(|o| o.row.name.ends_with("(demo)")));
    drop(pool);
    served.stop().await;
}

#[tokio::test]
async fn logs_are_structured_and_never_hold_the_client_address_agent_or_query() {
    let (url, _db) = fresh_database();
    let served = serve_binary(&url, "json").await;
    let client = reqwest::Client::builder()
        .user_agent("WorkerPhone/7.1 distinctive-agent")
        .build()
        .unwrap();
    for path in [
        "/recruiters?q=distinctive-search-words",
        "/recruiters/0000000000zz",
        "/api/v1/recruiters?page=-1",
    ] {
        client
            .get(format!("{}{path}", served.base))
            .send()
            .await
            .unwrap();
    }
    let log = served.stop().await;
    let requests: Vec<serde_json::Value> = log
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).expect("every log line is JSON")
        })
        .filter(|entry| entry["fields"]["message"] == "request")
        .collect();
    assert_eq!(
        requests.len(),
        3 + 1,
        "one line per request (and the readiness probe)"
    );
    for entry in &requests {
        assert!(
            entry["span"]["request_id"]
                .as_str()
                .is_some_and(|id| !id.is_empty())
        );
        assert!(entry["span"]["http.route"].is_string());
    }
    assert!(!log.contains("distinctive-agent"), "user agent logged");
    assert!(!log.contains("distinctive-search-words"), "query logged");
    // The request lines name no address at all (the server's own address appears once, at start).
    let request_lines: Vec<&str> = log.lines().filter(|l| l.contains("http_request")).collect();
    assert!(!request_lines.is_empty());
    for line in request_lines {
        assert!(!line.contains("127.0.0.1"), "client address logged: {line}");
    }
}

#[test]
fn the_cli_lists_its_commands_and_migrates() {
    let help = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for command in ["serve", "migrate", "import-recruiters", "create-user"] {
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

/// Runs `create-user` with the password on standard input.
fn create_user(url: &DatabaseUrl, args: &[&str], password: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"))
        .arg("create-user")
        .args(args)
        .env("FAIRRECRUIT_DATABASE_URL", database_arg(url))
        .env("FAIRRECRUIT_LOG", "error")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(child.stdin.take().unwrap(), "{password}").unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn the_first_administrator_is_made_on_the_command_line() {
    let (url, db) = fresh_database();
    let out = create_user(
        &url,
        &["--role", "admin", "--username", "first_admin"],
        PASSWORD,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("created admin first_admin"));
    // Refusals name the reason and create nothing.
    for (args, password, reason) in [
        (
            vec!["--role", "admin", "--username", "first_admin"],
            PASSWORD,
            "already taken",
        ),
        (
            vec!["--role", "admin", "--username", "second"],
            "short",
            "8 to 128",
        ),
        (
            vec!["--role", "admin", "--username", "second"],
            "password1",
            "too easy",
        ),
        (
            vec!["--role", "boss", "--username", "second"],
            PASSWORD,
            "--role must be one of",
        ),
        (
            vec!["--role", "inspector", "--username", "second"],
            PASSWORD,
            "belong to an organisation",
        ),
        (
            vec![
                "--role",
                "inspector",
                "--username",
                "second",
                "--org",
                "999",
            ],
            PASSWORD,
            "does not exist",
        ),
    ] {
        let out = create_user(&url, &args, password);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(reason), "{args:?}: {stderr}");
    }
    let app = spawn_app_on(url.clone(), url, db).await;
    // The administrator sets up a second factor at the first sign-in, before anything else.
    let browser = app.signed_in("first_admin").await;
    let res = browser.get("/admin").await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(res.headers()["location"], "/account/two-factor");
    crate::helpers::enrol(&browser).await;
    assert_eq!(browser.get("/admin").await.status().as_u16(), 200);
    let (_, page) = browser.get_text("/account?lang=en").await;
    assert!(page.contains("Administrator"));
}

/// Runs the binary with `args`, the test database and a data folder, and no `FAIRRECRUIT_*`
/// setting from outside but `env`.
fn run_with(
    url: &DatabaseUrl,
    data: &std::path::Path,
    args: &[&str],
    env: &[(&str, &str)],
) -> (i32, String, String) {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_fairrecruit"));
    for (key, _) in std::env::vars() {
        if key.starts_with("FAIRRECRUIT_") {
            command.env_remove(key);
        }
    }
    let out = command
        .args(args)
        .env("FAIRRECRUIT_DATABASE_URL", database_arg(url))
        .env("FAIRRECRUIT_DATA_DIR", data)
        .env("FAIRRECRUIT_LOG", "error")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_public_service_does_not_start_without_its_secret_and_mail_server_or_with_demo_on_real_data() {
    let (url, _db) = fresh_database();
    let data = tempfile::tempdir().unwrap();
    let public = ("FAIRRECRUIT_PUBLIC_URL", "https://fairrecruit.example");
    let secret = (
        "FAIRRECRUIT_JWT_SECRET",
        "a-token-secret-of-more-than-32-bytes-0123",
    );
    let smtp = (
        "FAIRRECRUIT_SMTP_URL",
        "smtp://mailer:hunter22@127.0.0.1:2525",
    );

    // Local use: nothing to say.
    let (code, out, _) = run_with(&url, data.path(), &["check-config"], &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("public URL: none (local use)") && out.contains("problems: none"));

    // Public, with a generated secret and mail written to files: serve refuses, exit 2.
    let (code, _, err) = run_with(
        &url,
        data.path(),
        &["serve", "--bind", "127.0.0.1:0"],
        &[public],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("FAIRRECRUIT_JWT_SECRET is not set"), "{err}");
    assert!(err.contains("FAIRRECRUIT_SMTP_URL is not set"), "{err}");
    let (code, out, _) = run_with(&url, data.path(), &["check-config"], &[public]);
    assert_eq!(code, 2);
    assert!(out.contains("token secret: generated and kept in"), "{out}");
    assert_eq!(out.matches("problem: ").count(), 2, "{out}");

    // Given both: fine, and nothing secret is printed.
    let (code, out, _) = run_with(
        &url,
        data.path(),
        &["check-config"],
        &[public, secret, smtp],
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("problems: none") && out.contains("(public: Secure __Host- cookies)"));
    assert!(
        !out.contains("hunter22") && !out.contains("a-token-secret"),
        "{out}"
    );
    // Evidence in a bucket: named with its endpoint, never with its keys.
    let s3 = [
        ("FAIRRECRUIT_S3_BUCKET", "evidence"),
        ("FAIRRECRUIT_S3_ENDPOINT", "http://127.0.0.1:9000"),
        ("FAIRRECRUIT_S3_ACCESS_KEY_ID", "AKIDCANARY"),
        ("FAIRRECRUIT_S3_SECRET_ACCESS_KEY", "s3-secret-canary"),
    ];
    let (_, out, _) = run_with(&url, data.path(), &["check-config"], &s3);
    assert!(
        out.contains("evidence files: S3 bucket evidence at http://127.0.0.1:9000"),
        "{out}"
    );
    assert!(out.contains("evidence limits: 5 files an upload, 10 MB a file, 50 MB a complaint"));
    assert!(
        !out.contains("s3-secret-canary") && !out.contains("AKIDCANARY"),
        "{out}"
    );

    // --demo on a database with a real licence list: refused; on the demo's own data: fine.
    let csv = data.path().join("list.csv");
    std::fs::write(
        &csv,
        "name,licence_number,licensing_country,licence_status,address,destinations\n\
         Real Agency,NP-9001,NP,active,,QA\n",
    )
    .unwrap();
    let all = [public, secret, smtp];
    let (code, _, err) = run_with(
        &url,
        data.path(),
        &["import-recruiters", csv.to_str().unwrap()],
        &[],
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run_with(
        &url,
        data.path(),
        &["serve", "--demo", "--bind", "127.0.0.1:0"],
        &all,
    );
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("--demo on a database that holds recruiters"),
        "{err}"
    );
    let (fresh, _fresh_db) = fresh_database();
    let (code, out, _) = run_with(&fresh, data.path(), &["check-config", "--demo"], &all);
    assert_eq!(code, 0, "{out}");
}

#[tokio::test]
async fn a_backup_taken_while_complaints_are_filed_restores_every_acknowledged_one() {
    let app = crate::helpers::spawn_app_with(|c| c.auth.complaint_rate.burst = 100_000).await;
    app.import_csv(&crate::helpers::sample_csv()).await;
    let data = tempfile::tempdir().unwrap();
    let copy = data.path().join("copy.db");
    let copy_arg = copy.to_str().unwrap().to_owned();
    let DatabaseUrl::Sqlite(live) = app.database_url.clone() else {
        // PostgreSQL: its own tools, said plainly.
        let (code, _, err) = run_with(&app.database_url, data.path(), &["backup", &copy_arg], &[]);
        assert_eq!(code, 2, "{err}");
        assert!(
            err.contains("pg_dump") && err.contains("pg_restore"),
            "{err}"
        );
        return;
    };
    let recruiter = app.id_of("NP-0001").await;
    // One writer files complaints one after another, before, during and after the copy; each
    // acknowledged (201) is counted.
    let acknowledged = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let writer = {
        let (acknowledged, stop, url) = (
            acknowledged.clone(),
            stop.clone(),
            app.url("/api/v1/complaints"),
        );
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            while !stop.load(Ordering::SeqCst) {
                let res = client
                    .post(&url)
                    .json(&serde_json::json!({"recruiter": recruiter, "origin": "NP",
                        "destination": "QA", "share_with": ["labour_inspectorate"]}))
                    .send()
                    .await
                    .unwrap();
                assert_eq!(res.status().as_u16(), 201);
                acknowledged.fetch_add(1, Ordering::SeqCst);
            }
        })
    };
    while acknowledged.load(Ordering::SeqCst) < 20 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before = acknowledged.load(Ordering::SeqCst);
    let (code, out, err) = {
        let (url, dir, arg) = (
            app.database_url.clone(),
            data.path().to_owned(),
            copy_arg.clone(),
        );
        tokio::task::spawn_blocking(move || run_with(&url, &dir, &["backup", &arg], &[]))
            .await
            .unwrap()
    };
    let during = acknowledged.load(Ordering::SeqCst);
    stop.store(true, Ordering::SeqCst);
    writer.await.unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("backed up"), "{out}");
    // A backup never overwrites a file.
    let (code, _, err) = run_with(&app.database_url, data.path(), &["backup", &copy_arg], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists"), "{err}");

    // The live database is in use: restore refuses, and nothing is touched.
    let (code, _, err) = run_with(&app.database_url, data.path(), &["restore", &copy_arg], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("in use by a running"), "{err}");
    assert!(live.exists());
    // Restored where no server runs: every complaint acknowledged before the copy began is
    // there (one writer: ids 1 to `before`), and no more than were acknowledged by its end.
    let restored = DatabaseUrl::Sqlite(data.path().join("restored.db"));
    std::fs::write(data.path().join("restored.db"), b"an older, broken file").unwrap();
    let (code, out, err) = run_with(&restored, data.path(), &["restore", &copy_arg], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("restored"), "{out}");
    assert!(data.path().join("restored.db.replaced").exists());
    let pool = fairrecruit::db::build_pool(&restored, 1);
    let ids: Vec<i64> = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::complaints;
        complaints::table
            .order(complaints::id)
            .select(complaints::id)
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        ids.len() >= before && ids.len() <= during + 1,
        "{} of {before}..{during}",
        ids.len()
    );
    assert_eq!(ids[..before], (1..=before as i64).collect::<Vec<_>>()[..]);
    // Something that is not a FairRecruit database is never restored.
    let junk = data.path().join("junk.db");
    std::fs::write(&junk, b"not a database").unwrap();
    let (code, _, err) = run_with(
        &restored,
        data.path(),
        &["restore", junk.to_str().unwrap()],
        &[],
    );
    assert_eq!(code, 2);
    assert!(err.contains("is not a FairRecruit database"), "{err}");
}
