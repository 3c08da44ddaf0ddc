//! `spawn_app()` and what tests share.

use diesel::Connection;
use diesel::RunQueryDsl;
use diesel::pg::PgConnection;
use fairrecruit::config::Config;
use fairrecruit::db::{self, DatabaseUrl, Pool};
use fairrecruit::import::{self, ImportReport};
use fairrecruit::startup::Application;

pub struct TestApp {
    pub address: String,
    /// The secret the server signs tokens with.
    pub jwt_secret: String,
    pub client: reqwest::Client,
    pub pool: Pool,
    pub database_url: DatabaseUrl,
    /// The secret keys of organisations made by [`TestApp::create_organisation`] (their
    /// members are given them by [`TestApp::create_account`]).
    pub organisation_keys: std::sync::Mutex<Vec<(i64, fairrecruit::seal::SecretKey)>>,
    /// Where the server keeps evidence files (a folder of this test's, when not on S3).
    pub files_dir: std::path::PathBuf,
    /// The server's evidence store, as the tests read it.
    pub store: std::sync::Arc<dyn fairrecruit::evidence::store::FileStore>,
    server: actix_web::dev::ServerHandle,
    _files: tempfile::TempDir,
    _db: TestDatabase,
}

impl Drop for TestApp {
    /// Stops the server (its workers and their database pool) before the test's database is
    /// dropped, so no thread is left talking to PostgreSQL when the test process exits.
    fn drop(&mut self) {
        // The stop command is sent at once; nobody needs to wait for it.
        drop(self.server.stop(false));
    }
}

/// A database that exists for one test and is removed after it.
pub enum TestDatabase {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let TestDatabase::Postgres { admin_url, name } = self
            && let Ok(mut conn) = PgConnection::establish(admin_url)
        {
            let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                .execute(&mut conn);
        }
    }
}

fn random_suffix() -> String {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The PostgreSQL URL tests run against, if any, without TLS unless it asks for it (see
/// [`fresh_database`]).
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("FAIRRECRUIT_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres://") || u.starts_with("postgresql://"))
        .map(|u| match (u.contains("sslmode="), u.contains('?')) {
            (true, _) => u,
            (false, true) => format!("{u}&sslmode=disable"),
            (false, false) => format!("{u}?sslmode=disable"),
        })
}

/// A fresh, empty database of the engine under test.
pub fn fresh_database() -> (DatabaseUrl, TestDatabase) {
    match postgres_admin_url() {
        Some(admin_url) => {
            let name = format!("fairrecruit_test_{}", random_suffix());
            let mut conn =
                PgConnection::establish(&admin_url).expect("PostgreSQL for tests is reachable");
            diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
                .execute(&mut conn)
                .unwrap();
            let base = admin_url.split('?').next().unwrap();
            // Loopback needs no TLS; and with none, libpq never starts OpenSSL, whose exit-time
            // clean-up could race a pool thread still connected when the test process ends.
            let url = format!(
                "{}/{name}?sslmode=disable",
                &base[..base.rfind('/').unwrap()]
            );
            (
                DatabaseUrl::Postgres(url),
                TestDatabase::Postgres { admin_url, name },
            )
        }
        None => {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("fairrecruit.db");
            (DatabaseUrl::Sqlite(path), TestDatabase::Sqlite(dir))
        }
    }
}

pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// Starts the app with settings changed by `configure`.
pub async fn spawn_app_with(configure: impl FnOnce(&mut Config)) -> TestApp {
    let (database_url, db) = fresh_database();
    start(database_url.clone(), database_url, db, configure).await
}

/// The S3-compatible server the tests start once (moto, from PyPI, in server mode), with a
/// new bucket for each test. The server ends with the test process: it runs under a shell
/// that stops it when its standard input, held by this process, closes.
pub async fn s3_bucket() -> fairrecruit::evidence::store::S3Settings {
    static SERVER: std::sync::OnceLock<(u16, std::process::Child)> = std::sync::OnceLock::new();
    let (port, _) = SERVER.get_or_init(|| {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "python3 -m moto.server -H 127.0.0.1 -p {port} >/dev/null 2>&1 & \
                 server=$!; cat >/dev/null; kill $server"
            ))
            .stdin(std::process::Stdio::piped())
            .spawn()
            .expect("moto's S3 server starts (pip install 'moto[server]')");
        (port, child)
    });
    let endpoint = format!("http://127.0.0.1:{port}");
    let bucket = format!("test-{}", random_suffix());
    let client = reqwest::Client::new();
    for _ in 0..200 {
        if let Ok(res) = client.put(format!("{endpoint}/{bucket}")).send().await
            && res.status().is_success()
        {
            return fairrecruit::evidence::store::S3Settings {
                bucket,
                endpoint: Some(endpoint),
                region: "us-east-1".into(),
                access_key_id: "test".into(),
                secret_access_key: "test".into(),
            };
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the S3 server at {endpoint} did not make a bucket");
}

/// Starts the app against `app_url` (which may be a proxy) while tests reach the database
/// directly through `direct_url`.
pub async fn spawn_app_on(
    app_url: DatabaseUrl,
    direct_url: DatabaseUrl,
    db: TestDatabase,
) -> TestApp {
    start(app_url, direct_url, db, |_| {}).await
}

async fn start(
    app_url: DatabaseUrl,
    direct_url: DatabaseUrl,
    db: TestDatabase,
    configure: impl FnOnce(&mut Config),
) -> TestApp {
    fairrecruit::telemetry::init(
        &std::env::var("TEST_LOG").unwrap_or_else(|_| "error".into()),
        "text",
    );
    fairrecruit::memory::install_tls();
    let mut config = Config::for_database(app_url);
    // Each test's evidence in its own folder, removed with it, or with
    // `FAIRRECRUIT_TEST_STORE=s3` in its own bucket of a real S3-compatible server.
    let files = tempfile::tempdir().unwrap();
    config.files_dir = files.path().join("files");
    if std::env::var("FAIRRECRUIT_TEST_STORE").as_deref() == Ok("s3") {
        config.s3 = Some(s3_bucket().await);
    }
    configure(&mut config);
    let files_dir = config.files_dir.clone();
    let store = fairrecruit::evidence::store::open(config.s3.as_ref(), &files_dir).unwrap();
    let jwt_secret = config.auth.jwt_secret.clone().unwrap_or_default();
    let app = Application::build(config).await.expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    let server = app.handle();
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    TestApp {
        address,
        jwt_secret,
        client,
        pool: db::build_pool(&direct_url, 2),
        database_url: direct_url,
        organisation_keys: Default::default(),
        files_dir,
        store,
        server,
        _files: files,
        _db: db,
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    pub async fn get_json(&self, path: &str) -> (u16, serde_json::Value) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.json().await.expect("JSON body"))
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    /// A kept page (`web::kept`) after a write the server did not make (the test's own
    /// connection): the page once it shows `wanted`, which it must within a few seconds
    /// (the server reads the database's count of changes once a second).
    pub async fn page_showing(&self, path: &str, wanted: &str) -> String {
        let start = std::time::Instant::now();
        loop {
            let (status, page) = self.get_text(path).await;
            if page.contains(wanted) {
                return page;
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(5),
                "{path} ({status}) never showed {wanted:?}: {page}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    }

    /// Imports a licence list through the same code as `import-recruiters`.
    pub async fn import_csv(&self, csv: &str) -> ImportReport {
        let pool = self.pool.clone();
        let csv = csv.to_owned();
        tokio::task::spawn_blocking(move || {
            import::import(&pool, csv.as_bytes(), "test", |_| {}).unwrap()
        })
        .await
        .unwrap()
    }

    /// A recruiter's public id, found through the API by licence number.
    pub async fn id_of(&self, licence: &str) -> String {
        let (_, body) = self
            .get_json(&format!("/api/v1/recruiters?q={licence}"))
            .await;
        body["items"][0]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("no recruiter {licence}: {body}"))
            .to_owned()
    }
}

pub const HEADER: &str =
    "name,licence_number,licensing_country,licence_status,address,destinations\n";

/// A small directory spanning several corridors and scripts.
pub fn sample_csv() -> String {
    format!(
        "{HEADER}\
Everest Manpower Services,NP-0001,NP,active,\"Kathmandu, Nepal\",QA;AE\n\
Himalaya Fair Jobs,NP-0002,NP,suspended,,QA;SA\n\
Société Générale de Placement,MA-0003,MA,active,Casablanca,FR;ES\n\
Manila Bay Global Staffing,PH-0004,PH,revoked,Manila,SA;HK\n\
Padma River Overseas,BD-0005,BD,expired,Dhaka,MY\n\
नमूना वैदेशिक रोजगार,NP-0006,NP,active,ललितपुर,QA\n\
مكتب الأمانة للاستقدام,SA-0007,SA,active,الرياض,SA\n\
Golden Land Job Centre,MM-0008,MM,active,Yangon,TH\n"
    )
}

/// A password every test account shares; strong enough for the password rules.
pub const PASSWORD: &str = "monsoon-tea-garden-47";

/// A browser: its own cookie jar (session and CSRF cookies), no redirects followed.
pub struct Browser {
    pub client: reqwest::Client,
    pub base: String,
    csrf: std::sync::Mutex<Option<String>>,
    pool: Pool,
}

/// The second factor of every staff account [`TestApp::create_account`] makes: the demo's
/// published secret (`fairrecruit::demo::cases::SECOND_FACTOR`), so that the demo accounts
/// sign in the same way.
pub const SECOND_FACTOR: &str = fairrecruit::demo::cases::SECOND_FACTOR;

/// The code the authenticator app shows now for [`SECOND_FACTOR`].
pub fn current_code() -> String {
    use fairrecruit::auth::second_factor::{Secret, unix_now};
    Secret::from_base32(SECOND_FACTOR)
        .unwrap()
        .code_at(unix_now())
}

/// Sets up a second factor through `/account/two-factor` as a person would: reads the key the
/// page shows (as someone whose app cannot scan), types the app's code. Returns the key
/// (base32) and the ten recovery codes shown.
pub async fn enrol(browser: &Browser) -> (String, Vec<String>) {
    use fairrecruit::auth::second_factor::{Secret, unix_now};
    let (status, page) = browser.get_text("/account/two-factor?lang=en").await;
    assert_eq!(status, 200, "{page}");
    let pending = field_value(&page, "pending");
    let key = between(&page, "<code class=\"secret\" dir=\"ltr\">", "</code>");
    let code = Secret::from_base32(&key).unwrap().code_at(unix_now());
    let res = browser
        .post_form(
            "/account/two-factor",
            &[("pending", pending.as_str()), ("code", code.as_str())],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let page = res.text().await.unwrap();
    let codes: Vec<String> = page
        .split("<li><code>")
        .skip(1)
        .map(|rest| rest[..rest.find("</code>").unwrap()].to_owned())
        .collect();
    assert_eq!(codes.len(), 10, "{page}");
    (key, codes)
}

/// The value of the first hidden field `name` of a page.
pub fn field_value(page: &str, name: &str) -> String {
    between(page, &format!("name=\"{name}\" value=\""), "\"")
}

/// The text of a page between `start` and the next `end`.
pub fn between(page: &str, start: &str, end: &str) -> String {
    let from = page
        .find(start)
        .unwrap_or_else(|| panic!("{start} in the page"))
        + start.len();
    page[from..from + page[from..].find(end).unwrap()].to_owned()
}

/// Forgets which code `username` last used, so the app's code of the moment works again (see
/// [`fresh_code`]).
pub async fn forget_last_code(pool: &Pool, username: &str) {
    use diesel::prelude::*;
    use fairrecruit::db::schema::{second_factors, users};
    let (pool, key) = (
        pool.clone(),
        fairrecruit::domain::account::Username::key_of(username),
    );
    tokio::task::spawn_blocking(move || {
        let mut conn = pool.get().unwrap();
        let id: Option<i64> = users::table
            .filter(users::username_key.eq(&key))
            .select(users::id)
            .first(&mut conn)
            .optional()
            .unwrap();
        if let Some(id) = id {
            diesel::update(second_factors::table.find(id))
                .set(second_factors::last_step.eq(0))
                .execute(&mut conn)
                .unwrap();
        }
    })
    .await
    .unwrap();
}

/// The code of the moment for `username`'s sign-in, usable again: a test cannot wait 30
/// seconds for the app's next code each time it signs the same person in, so the record of
/// the last code accepted is cleared first. What that record refuses (a code used twice) is
/// tested in `auth::second_factor` without this.
pub async fn fresh_code(pool: &Pool, username: &str) -> String {
    forget_last_code(pool, username).await;
    current_code()
}

impl Browser {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.unwrap()
    }

    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let res = self.get(path).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    /// The CSRF token of this browser's cookie, read from a form page.
    pub async fn csrf(&self) -> String {
        if let Some(token) = self.csrf.lock().unwrap().clone() {
            return token;
        }
        let (_, page) = self.get_text("/login?lang=en").await;
        let token = csrf_of(&page);
        *self.csrf.lock().unwrap() = Some(token.clone());
        token
    }

    /// Posts a form with this browser's CSRF token added.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> reqwest::Response {
        let token = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", token.as_str())];
        all.extend_from_slice(fields);
        self.client
            .post(self.url(path))
            .form(&all)
            .send()
            .await
            .unwrap()
    }

    /// Posts a form body of raw bytes (already encoded, or not UTF-8 at all) after this
    /// browser's CSRF token; the status and the page.
    pub async fn post_raw_form(&self, path: &str, rest: &[u8]) -> (u16, String) {
        let mut body = format!("csrf={}&", self.csrf().await).into_bytes();
        body.extend_from_slice(rest);
        let res = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }

    /// Signs in through the login form with the current code of [`SECOND_FACTOR`] (which
    /// accounts without a second factor ignore); the status of the answer (303 on success).
    pub async fn sign_in(&self, username: &str, password: &str) -> u16 {
        let code = fresh_code(&self.pool, username).await;
        self.sign_in_with(username, password, &code).await
    }

    /// Signs in through the login form with the code given.
    pub async fn sign_in_with(&self, username: &str, password: &str, code: &str) -> u16 {
        self.post_form(
            "/login",
            &[
                ("username", username),
                ("password", password),
                ("code", code),
            ],
        )
        .await
        .status()
        .as_u16()
    }
}

/// The value of the first `csrf` hidden field of a page.
pub fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf\" value=\"";
    let start = page.find(marker).expect("the page has a CSRF field") + marker.len();
    page[start..start + page[start..].find('"').unwrap()].to_owned()
}

impl TestApp {
    pub fn browser(&self) -> Browser {
        self.browser_as("")
    }

    /// A browser sending `agent` as its User-Agent (none when empty).
    pub fn browser_as(&self, agent: &str) -> Browser {
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true);
        if !agent.is_empty() {
            builder = builder.user_agent(agent.to_owned());
        }
        Browser {
            client: builder.build().unwrap(),
            base: self.address.clone(),
            csrf: std::sync::Mutex::new(None),
            pool: self.pool.clone(),
        }
    }

    /// A browser already signed in as `username` (with [`PASSWORD`]).
    pub async fn signed_in(&self, username: &str) -> Browser {
        let browser = self.browser();
        assert_eq!(
            browser.sign_in(username, PASSWORD).await,
            303,
            "sign in {username}"
        );
        browser
    }

    /// Creates an account straight in the database, as `create-user` does, with its key pair;
    /// staff of an organisation made by [`TestApp::create_organisation`] are given its key.
    /// `organisation`: (id, lead).
    pub async fn create_account(
        &self,
        role: &str,
        username: &str,
        organisation: Option<(i64, bool)>,
    ) -> i64 {
        use fairrecruit::db::accounts::{self, NewAccount};
        use fairrecruit::domain::account::{OrgRole, Role, Username};
        let pool = self.pool.clone();
        let jwt_secret = self.jwt_secret.clone();
        let role = Role::parse(role).expect("a role");
        let username = Username::parse(username).unwrap();
        let org_key = organisation.and_then(|(id, _)| {
            self.organisation_keys
                .lock()
                .unwrap()
                .iter()
                .find(|(o, _)| *o == id)
                .map(|(_, k)| k.clone())
        });
        tokio::task::spawn_blocking(move || {
            let hash = fairrecruit::auth::password::hash_now(PASSWORD).unwrap();
            let mut conn = pool.get().unwrap();
            let new = NewAccount {
                username: &username,
                role,
                organisation: organisation
                    .map(|(id, lead)| (id, if lead { OrgRole::Lead } else { OrgRole::Member })),
                password_hash: &hash,
            };
            let id = accounts::create_checked(&mut conn, &new, None).unwrap();
            let (ring, _) = fairrecruit::seal::Keyring::generate(PASSWORD);
            fairrecruit::db::keys::store_keyring(&mut conn, id, &ring).unwrap();
            if let (Some((org, _)), Some(secret)) = (organisation, org_key) {
                let now = fairrecruit::clock::now();
                fairrecruit::db::keys::grant(&mut conn, org, id, &secret, now).unwrap();
            }
            // Staff have a second factor (set up at their first sign-in in real life).
            if role != Role::Worker {
                let secret =
                    fairrecruit::auth::second_factor::Secret::from_base32(SECOND_FACTOR).unwrap();
                let keys = fairrecruit::auth::token::Keys::from_secret(jwt_secret.as_bytes());
                let sealed = secret.seal(&keys);
                let now = fairrecruit::clock::now();
                fairrecruit::db::second_factors::enrol(&mut conn, id, &sealed, 0, &[], now)
                    .unwrap();
            }
            id
        })
        .await
        .unwrap()
    }

    /// Creates an organisation straight in the database, with its key pair (as its first
    /// lead would make it).
    pub async fn create_organisation(&self, name: &str, kind: &str, countries: &[&str]) -> i64 {
        use fairrecruit::db::accounts;
        use fairrecruit::domain::account::OrganisationDraft;
        let countries: Vec<String> = countries.iter().map(|c| (*c).to_owned()).collect();
        let draft = OrganisationDraft::parse(name, kind, &countries, &[], "7", "90").unwrap();
        let pool = self.pool.clone();
        let (id, secret) = tokio::task::spawn_blocking(move || {
            let mut conn = pool.get().unwrap();
            let id = accounts::create_organisation(&mut conn, &draft).unwrap();
            let now = fairrecruit::clock::now();
            let (secret, _) =
                fairrecruit::db::keys::make_organisation_key(&mut conn, id, now).unwrap();
            (id, secret)
        })
        .await
        .unwrap();
        self.organisation_keys.lock().unwrap().push((id, secret));
        id
    }

    /// A bearer token from the API.
    pub async fn api_token(&self, username: &str, password: &str) -> String {
        let res = reqwest::Client::new()
            .post(self.url("/api/v1/auth/token"))
            .json(&serde_json::json!({
                "username": username,
                "password": password,
                "code": fresh_code(&self.pool, username).await,
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 200, "token for {username}");
        let body: serde_json::Value = res.json().await.unwrap();
        body["access_token"].as_str().unwrap().to_owned()
    }
}

/// Counts the statements a closure runs on one connection.
pub fn count_queries<T>(
    app: &TestApp,
    work: impl FnOnce(&mut fairrecruit::db::DbConnection) -> T,
) -> usize {
    use diesel::connection::{Connection, InstrumentationEvent};
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let mut conn = app.pool.get().unwrap();
    let counter = Arc::new(AtomicUsize::new(0));
    let seen = counter.clone();
    conn.set_instrumentation(move |event: InstrumentationEvent<'_>| {
        if matches!(event, InstrumentationEvent::StartQuery { .. }) {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    });
    work(&mut conn);
    conn.set_instrumentation(|_: InstrumentationEvent<'_>| {});
    counter.load(Ordering::SeqCst)
}
