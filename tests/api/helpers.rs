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
    pub client: reqwest::Client,
    pub pool: Pool,
    pub database_url: DatabaseUrl,
    _db: TestDatabase,
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

/// The PostgreSQL URL tests run against, if any.
pub fn postgres_admin_url() -> Option<String> {
    std::env::var("FAIRRECRUIT_TEST_DATABASE_URL")
        .ok()
        .filter(|u| u.starts_with("postgres://") || u.starts_with("postgresql://"))
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
            let url = format!("{}/{name}", &base[..base.rfind('/').unwrap()]);
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
    let (database_url, db) = fresh_database();
    spawn_app_on(database_url.clone(), database_url, db).await
}

/// Starts the app against `app_url` (which may be a proxy) while tests reach the database
/// directly through `direct_url`.
pub async fn spawn_app_on(
    app_url: DatabaseUrl,
    direct_url: DatabaseUrl,
    db: TestDatabase,
) -> TestApp {
    fairrecruit::telemetry::init(
        &std::env::var("TEST_LOG").unwrap_or_else(|_| "error".into()),
        "text",
    );
    let app = Application::build(Config::for_database(app_url))
        .await
        .expect("app builds");
    let address = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .build()
        .unwrap();
    TestApp {
        address,
        client,
        pool: db::build_pool(&direct_url, 2),
        database_url: direct_url,
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
