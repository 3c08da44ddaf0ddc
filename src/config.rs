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
}

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
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            header: std::time::Duration::from_secs(HEADER_TIMEOUT_SECS),
            body: std::time::Duration::from_secs(BODY_TIMEOUT_SECS),
        }
    }
}

impl Config {
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
        }
    }
}
