//! Who is asking and what they may do: passwords, tokens, sessions, CSRF, throttling and the
//! policy every handler (HTML and JSON) asks.

pub mod bridge;
pub mod csrf;
pub mod device;
pub mod keyring;
pub mod partner;
pub mod password;
pub mod policy;
pub mod receipt;
pub mod second_factor;
pub mod session;
pub mod throttle;
pub mod token;

use std::time::Duration;

use crate::domain::account::{OrgRole, Role};

pub use session::{Admin, Enrolling, MaybeUser, SignedIn};

/// A signed-in person, as the current request's token and the database agree.
#[derive(Debug, Clone)]
pub struct User {
    pub id: i64,
    pub username: String,
    pub role: Role,
    pub organisation_id: Option<i64>,
    pub org_role: Option<OrgRole>,
    pub email: Option<String>,
    /// The language notifications are written in, when set.
    pub language: Option<String>,
    pub mail_notices: crate::domain::notice::MailNotices,
    /// The token this request came with (for logout).
    pub token: token::Claims,
    /// The account's secret key, opened for this session (sealed cases); `None` for a
    /// session begun before sealing.
    pub personal: Option<crate::seal::SecretKey>,
    /// Has the account a second factor (`auth::second_factor`)?
    pub second_factor: bool,
}

impl User {
    /// Staff without a second factor may only set one up (or sign out); workers may have one
    /// if they wish.
    pub fn must_enrol(&self) -> bool {
        self.role != Role::Worker && !self.second_factor
    }
}

/// Settings of the locks, from the configuration.
#[derive(Debug, Clone)]
pub struct AuthConfig {
    /// `FAIRRECRUIT_JWT_SECRET`; when unset, a secret kept in `data_dir`.
    pub jwt_secret: Option<String>,
    pub data_dir: std::path::PathBuf,
    /// `FAIRRECRUIT_PUBLIC_URL`: the origin forms must come from; https makes cookies Secure.
    pub public_url: Option<String>,
    /// Take the client address for throttling from the last `X-Forwarded-For` hop (behind a
    /// reverse proxy that sets it), not from the TCP peer.
    pub trust_forwarded_for: bool,
    /// Complaint receipt look-ups per client address.
    pub receipt_rate: throttle::Rate,
    pub sign_in_rate: throttle::Rate,
    pub registration_rate: throttle::Rate,
    /// Reviews sent without an account, per client address.
    pub review_rate: throttle::Rate,
    /// Complaints filed by anyone but staff, per client address.
    pub complaint_rate: throttle::Rate,
    /// Requests per intake partner's API key (every partner route counts).
    pub partner_rate: throttle::Rate,
}

impl AuthConfig {
    pub fn defaults(data_dir: std::path::PathBuf) -> AuthConfig {
        AuthConfig {
            jwt_secret: None,
            data_dir,
            public_url: None,
            trust_forwarded_for: false,
            // 10 receipt look-ups at once per address, then one every 30 s.
            receipt_rate: throttle::Rate {
                burst: 10,
                refill: Duration::from_secs(30),
            },
            // 20 sign-ins at once per address, then one every 3 s (20 a minute).
            sign_in_rate: throttle::Rate {
                burst: 20,
                refill: Duration::from_secs(3),
            },
            // 10 registrations at once per address, then one every 6 minutes.
            registration_rate: throttle::Rate {
                burst: 10,
                refill: Duration::from_secs(360),
            },
            // 5 anonymous reviews at once per address (a shared phone), then one every 10
            // minutes.
            review_rate: throttle::Rate {
                burst: 5,
                refill: Duration::from_secs(600),
            },
            // 5 complaints at once per address (a shared phone, a dormitory's Wi-Fi), then
            // one every 10 minutes; staff filing for workers are not limited.
            complaint_rate: throttle::Rate {
                burst: 5,
                refill: Duration::from_secs(600),
            },
            // 120 requests at once per partner key (a hotline's morning queue), then two a
            // second: a partner files for many workers, but a runaway bot stops here.
            partner_rate: throttle::Rate {
                burst: 120,
                refill: Duration::from_millis(500),
            },
        }
    }
}

/// Everything the locks need at run time, shared by all workers.
pub struct AuthState {
    pub keys: token::Keys,
    pub hasher: password::Hasher,
    pub receipts: throttle::Throttle,
    pub sign_in: throttle::Throttle,
    pub registration: throttle::Throttle,
    pub reviews: throttle::Throttle,
    pub complaints: throttle::Throttle,
    /// Per intake partner's key.
    pub partners: throttle::Throttle,
    pub cookies: CookieNames,
    /// `scheme://host[:port]` of the public URL, when configured.
    pub public_origin: Option<String>,
    pub trust_forwarded_for: bool,
}

/// Cookie names and flags: `__Host-` names and `Secure` when the service is served over https.
#[derive(Debug, Clone, Copy)]
pub struct CookieNames {
    pub secure: bool,
    pub session: &'static str,
    pub csrf: &'static str,
    /// The device cookie (`auth::device`).
    pub device: &'static str,
}

impl AuthState {
    /// The locks' state. With `shared` (a PostgreSQL pool every server uses), the throttles
    /// count in that database, so several servers allow together what one would.
    pub fn new(config: &AuthConfig, shared: Option<crate::db::Pool>) -> anyhow::Result<AuthState> {
        let secrets = token::load_secrets(config.jwt_secret.as_deref(), &config.data_dir)?;
        let keys = token::Keys::from_secrets(&secrets);
        let shared = shared.map(|pool| throttle::Shared::new(pool, keys.throttle_key()));
        let throttle = |name, rate| throttle::Throttle::new(name, rate, shared.clone());
        let public_origin = match &config.public_url {
            Some(url) => Some(origin_of(url).ok_or_else(|| {
                anyhow::anyhow!("FAIRRECRUIT_PUBLIC_URL must look like https://host[:port]")
            })?),
            None => None,
        };
        let secure = public_origin
            .as_deref()
            .is_some_and(|o| o.starts_with("https://"));
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Ok(AuthState {
            hasher: password::Hasher::new(cores)?,
            receipts: throttle("receipts", config.receipt_rate),
            sign_in: throttle("sign_in", config.sign_in_rate),
            registration: throttle("registration", config.registration_rate),
            reviews: throttle("reviews", config.review_rate),
            complaints: throttle("complaints", config.complaint_rate),
            partners: throttle("partners", config.partner_rate),
            keys,
            cookies: if secure {
                CookieNames {
                    secure,
                    session: "__Host-session",
                    csrf: "__Host-csrf",
                    device: "__Host-device",
                }
            } else {
                CookieNames {
                    secure,
                    session: "session",
                    csrf: "csrf",
                    device: "device",
                }
            },
            public_origin,
            trust_forwarded_for: config.trust_forwarded_for,
        })
    }
}

/// `scheme://host[:port]` of an http(s) URL, lower-cased.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let host = rest.split(['/', '?', '#']).next()?.to_ascii_lowercase();
    if host.is_empty() || host.contains('@') {
        return None;
    }
    Some(format!("{scheme}://{host}"))
}

/// `bytes` random bytes from the operating system, as lower-case hex.
pub fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).expect("the operating system's random source is available");
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// Are these equal, compared in a time that does not depend on where they differ (codes and
/// tokens a guesser sends)?
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_give_origins() {
        assert_eq!(
            origin_of("https://FairRecruit.example/app/").as_deref(),
            Some("https://fairrecruit.example")
        );
        assert_eq!(
            origin_of("http://127.0.0.1:8080").as_deref(),
            Some("http://127.0.0.1:8080")
        );
        assert_eq!(origin_of("ftp://x"), None);
        assert_eq!(origin_of("https://user@host"), None);
    }
}
