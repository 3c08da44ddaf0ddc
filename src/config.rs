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
    pub auth: AuthConfig,
    pub mail: crate::notify::mail::MailConfig,
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
