//! The service's settings, whatever their source (flags, `FAIRRECRUIT_*` variables, tests).

use crate::auth::AuthConfig;
use crate::db::DatabaseUrl;

#[derive(Debug, Clone)]
pub struct Config {
    /// `host:port`; port 0 picks a free port (tests).
    pub bind: String,
    pub database_url: DatabaseUrl,
    /// Fill an empty database with the demo data set.
    pub demo: bool,
    pub workers: Option<usize>,
    pub db_pool_size: u32,
    pub timeouts: Timeouts,
    pub auth: AuthConfig,
    pub mail: crate::notify::mail::MailConfig,
    /// Audit events older than this many days are purged (revoked tokens and sessions when
    /// they expire; sealed content by each organisation's own retention).
    pub purge_after_days: i64,
    /// How much evidence a person may send.
    pub evidence: crate::evidence::Limits,
    /// Where evidence files are kept: `<data dir>/files`, unless `s3` names a bucket.
    pub files_dir: std::path::PathBuf,
    /// An S3-compatible bucket for evidence files (several servers share it).
    pub s3: Option<crate::evidence::store::S3Settings>,
    /// Who may read `/metrics`.
    pub metrics: crate::metrics::Access,
    /// The licence the open data (`/reports/download`) are offered under.
    pub open_data_licence: crate::reports::open_data::Licence,
    /// Partners' status webhooks: loopback allowed or not, timeouts.
    pub webhooks: crate::notify::webhook::Settings,
}

/// Default [`Config::purge_after_days`]: two years.
pub const PURGE_AFTER_DAYS: i64 = 730;

/// Default seconds to send a request's line and headers (they are small: a slow phone
/// sends them in well under a second).
pub const HEADER_TIMEOUT_SECS: u64 = 10;
/// Default seconds to send a whole body: the largest form (512 KiB) at 3G's 384 kbit/s
/// takes about 11 s; a client dripping a byte a second is cut off.
pub const BODY_TIMEOUT_SECS: u64 = 30;

/// How long a client may take to send a request, so that slow senders cannot hold every
/// worker.
#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    pub header: std::time::Duration,
    pub body: std::time::Duration,
    /// The whole body of an upload of evidence (`web::limits::is_upload`).
    pub upload: std::time::Duration,
}

/// Default seconds to send an upload of evidence: 10 MB on a 3G phone (about 50 KB/s) takes
/// some 200 s; a slower drip is cut off.
pub const UPLOAD_TIMEOUT_SECS: u64 = 600;

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            header: std::time::Duration::from_secs(HEADER_TIMEOUT_SECS),
            body: std::time::Duration::from_secs(BODY_TIMEOUT_SECS),
            upload: std::time::Duration::from_secs(UPLOAD_TIMEOUT_SECS),
        }
    }
}

impl Config {
    /// Served to the public: `FAIRRECRUIT_PUBLIC_URL` is `https://…`.
    pub fn is_public(&self) -> bool {
        self.auth
            .public_url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// What a public service must not start with (issue 21, item 6), one line each; empty
    /// when there is nothing to say or the service is not public. `non_demo_data`: the
    /// database holds recruiters that are not the demo's.
    pub fn production_problems(&self, non_demo_data: bool) -> Vec<String> {
        if !self.is_public() {
            return Vec::new();
        }
        let mut problems = Vec::new();
        if self.auth.jwt_secret.is_none() {
            problems.push(
                "FAIRRECRUIT_JWT_SECRET is not set: a public service needs its token secret                  given explicitly (32 bytes or more), not one generated into the data folder,                  so that every server and every restore signs and checks the same tokens"
                    .to_owned(),
            );
        }
        if self.mail.smtp_url.is_none() {
            problems.push(
                "FAIRRECRUIT_SMTP_URL is not set: notifications would be written as files                  under the data folder and never reach anyone"
                    .to_owned(),
            );
        }
        if self.webhooks.allow_loopback {
            problems.push(
                "FAIRRECRUIT_WEBHOOKS_ALLOW_LOOPBACK is on: partners' webhooks could reach                  services on this machine over plain http; it is for tests only"
                    .to_owned(),
            );
        }
        if self.demo && non_demo_data {
            problems.push(
                "--demo on a database that holds recruiters other than the demo's: the demo                  accounts and their published passwords would open real data"
                    .to_owned(),
            );
        }
        problems
    }

    /// Settings for a database, with every other value at its default.
    pub fn for_database(database_url: DatabaseUrl) -> Config {
        Config {
            bind: "127.0.0.1:0".into(),
            database_url,
            demo: false,
            workers: Some(2),
            db_pool_size: 4,
            timeouts: Timeouts::default(),
            auth: AuthConfig {
                // A secret per test server; nothing written to disk.
                jwt_secret: Some(crate::auth::random_hex(32)),
                ..AuthConfig::defaults("./data".into())
            },
            // No delivery unless a test asks for it (with its own folder or SMTP listener).
            mail: crate::notify::mail::MailConfig {
                deliver: false,
                ..crate::notify::mail::MailConfig::new(
                    std::path::Path::new("./data"),
                    None,
                    "127.0.0.1:0",
                )
            },
            purge_after_days: PURGE_AFTER_DAYS,
            evidence: crate::evidence::Limits::default(),
            files_dir: std::path::PathBuf::from("./data/files"),
            s3: None,
            metrics: crate::metrics::Access::default(),
            open_data_licence: crate::reports::open_data::Licence::default(),
            webhooks: crate::notify::webhook::Settings::default(),
        }
    }
}
