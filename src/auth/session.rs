//! Sessions: signing in (shared by the login page and the token endpoint), the extractors that
//! name the caller, and the session cookie.

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpMessage, HttpRequest, web};

use super::second_factor::{self, Check};
use super::{AuthState, User, policy, token};
use crate::db::accounts::{self, AuditEvent, Outcome};
use crate::db::{self, Pool};
use crate::domain::account::{OrgRole, Role, Username, normalise_password};
use crate::error::{AppError, InputError};

/// A token and the claims it carries, just issued.
pub struct Issued {
    pub token: String,
    pub claims: token::Claims,
    /// A fresh device token after a sign-in with a password (`auth::device`).
    pub device: Option<String>,
    /// The account's secret key, which the session's row keeps wrapped with the token's key.
    pub personal: Option<crate::seal::SecretKey>,
    /// How the second factor was given at this sign-in (`NotSetUp` for none).
    pub second_factor: Check,
    /// A staff account without a second factor: the session can only set one up.
    pub must_enrol: bool,
}

/// Where a sign-in comes from: the client's throttle key (`client_key`), the device token it
/// carries (`auth::device`) and its user agent, of which only the kind is kept, for staff.
pub struct Origin<'a> {
    pub client: &'a str,
    pub device: Option<&'a str>,
    pub agent: Option<&'a str>,
    /// From the login page (a staff member without a second factor may sign in there to set
    /// one up), not from the API (refused until they have).
    pub page: bool,
}

/// What a person typed to sign in.
pub struct Attempt<'a> {
    pub username: &'a str,
    pub password: &'a str,
    /// A code from their authenticator app, or a recovery code, when they have a second
    /// factor (ignored otherwise).
    pub code: Option<&'a str>,
}

impl<'a> Origin<'a> {
    /// The user agent of a request (for `agent`).
    pub fn agent_of(req: &'a HttpRequest) -> Option<&'a str> {
        req.headers()
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
    }
}

/// What kind of device a user agent is, the one thing kept of it (for staff, on their own
/// sessions list): a phone, a computer's browser, or another program (an API client).
pub fn device_kind(agent: Option<&str>) -> &'static str {
    match agent {
        Some(a)
            if ["Mobi", "Android", "iPhone", "iPad"]
                .iter()
                .any(|m| a.contains(m)) =>
        {
            "phone"
        }
        Some(a) if a.starts_with("Mozilla/") => "computer",
        _ => "app",
    }
}

/// The session's kind as stored: staff only (workers' sessions keep no kind).
pub fn stored_kind(role: &str, agent: Option<&str>) -> Option<&'static str> {
    (role != Role::Worker.as_str()).then(|| device_kind(agent))
}

impl Issued {
    /// When the token stops working.
    pub fn expires_at(&self) -> chrono::NaiveDateTime {
        chrono::DateTime::from_timestamp(self.claims.exp as i64, 0)
            .unwrap_or_default()
            .naive_utc()
    }

    /// Records this token as one of the account's sessions (its owner's list at /account).
    pub fn record(
        &self,
        conn: &mut db::DbConnection,
        kind: Option<&'static str>,
    ) -> diesel::QueryResult<()> {
        let user = self.claims.user_id().unwrap_or_default();
        let wrapped = match (&self.personal, self.claims.key.as_deref()) {
            (Some(secret), Some(key)) => crate::seal::Key::from_text(key)
                .ok()
                .map(|key| crate::seal::session_wrap(&key, secret)),
            _ => None,
        };
        accounts::record_session(
            conn,
            user,
            &self.claims.jti,
            kind,
            self.expires_at(),
            wrapped.as_deref(),
        )
    }

    /// A new token for the account at its current token version.
    pub fn new(auth: &AuthState, user_id: i64, token_version: i64) -> Result<Issued, AppError> {
        Issued::with_keys(&auth.keys, user_id, token_version)
    }

    /// [`Issued::new`] with the keys alone (inside a database closure).
    pub fn with_keys(
        keys: &token::Keys,
        user_id: i64,
        token_version: i64,
    ) -> Result<Issued, AppError> {
        let (token, claims) = keys
            .issue(user_id, token_version)
            .map_err(|e| AppError::Internal(e.to_string()))?;
        Ok(Issued {
            token,
            claims,
            device: None,
            personal: None,
            second_factor: Check::NotSetUp,
            must_enrol: false,
        })
    }
}

/// Checks a username, password and (for an account with one) second factor, and issues a
/// token. Unknown user, wrong password, wrong code and a disabled account give the same
/// answer. Throttled per client address and per account name (whether or not it exists).
pub async fn sign_in(
    auth: &AuthState,
    pool: &Pool,
    origin: &Origin<'_>,
    attempt: &Attempt<'_>,
    language: Option<&'static str>,
) -> Result<Issued, AppError> {
    let (client, device) = (origin.client, origin.device);
    // Bytes that were not UTF-8 cannot be a name or a password: said on their field (400),
    // not answered as a failed sign-in.
    for (field, typed) in [
        ("username", attempt.username),
        ("password", attempt.password),
        ("code", attempt.code.unwrap_or_default()),
    ] {
        if typed.contains(crate::domain::text::UNREADABLE) {
            return Err(InputError::new(field, "error-form-encoding").into());
        }
    }
    let key = Username::key_of(attempt.username);
    if key.is_empty() {
        return Err(InputError::new("username", "error-username-required").into());
    }
    // Out-of-bounds lengths cannot match a stored password: refused before any hashing.
    let password = normalise_password(attempt.password)
        .ok_or(InputError::new("password", "error-password-length"))?;
    // A device that signed into this account before is delayed only by its own failures,
    // never by someone else's guesses (`auth::device`).
    let device_key = device
        .and_then(|d| super::device::verify(&auth.keys, &key, d))
        .map(|nonce| format!("{key}\u{0}{nonce}"));
    let delay_key = device_key.as_deref().unwrap_or(&key);
    let throttled = match auth.sign_in.take(client).await {
        Ok(()) => auth.sign_in.check_account(delay_key).await,
        refused => refused,
    };
    if let Err(retry) = throttled {
        tracing::warn!(retry_after = retry.0, "sign-in throttled");
        if auth.sign_in.record_refusal(client) {
            audit(
                pool,
                AuditEvent::new("sign_in", Outcome::Refused).detail("reason=throttled"),
            )
            .await?;
        }
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    let lookup_key = key.clone();
    let account = db::run(pool, move |conn| {
        Ok(accounts::find_by_key(conn, &lookup_key)?)
    })
    .await?;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let matched = auth.hasher.verify(password.clone(), stored).await?;
    // The second factor is looked at only after the password matched (a code cannot be
    // tried without it), and used up only then.
    let check = match &account {
        Some(account) if matched && !account.disabled => {
            let (keys, id) = (auth.keys.clone(), account.id);
            let code = attempt.code.map(str::to_owned);
            Some(
                db::run_write(pool, move |conn| {
                    Ok(second_factor::check(
                        conn,
                        &keys,
                        id,
                        code.as_deref(),
                        second_factor::unix_now(),
                    )?)
                })
                .await?,
            )
        }
        _ => None,
    };
    match (account, check) {
        (Some(account), Some(check)) if check != Check::Refused => {
            let passed = Passed {
                check,
                account_key: &key,
                delay_key,
            };
            open_session(auth, pool, origin, account, passed, password, language).await
        }
        (account, check) => {
            auth.sign_in.record_failure(&key).await;
            if let Some(device_key) = &device_key {
                auth.sign_in.record_failure(device_key).await;
            }
            // Only an existing account is named: a typed name matching nobody may be a
            // password typed into the wrong field.
            let mut event = AuditEvent::new("sign_in", Outcome::Failure);
            if let Some(account) = &account {
                event = event.subject(account.id);
                if account.disabled {
                    event = event.detail("reason=disabled");
                } else if check == Some(Check::Refused) {
                    event = event.detail("reason=second-factor");
                }
            }
            audit(pool, event).await?;
            Err(AppError::BadCredentials)
        }
    }
}

/// How a sign-in passed: its second factor, and the throttle's keys.
struct Passed<'a> {
    check: Check,
    /// The account name's key (the device token is issued for it).
    account_key: &'a str,
    /// What the throttle counted this attempt under (the device's, or the account's).
    delay_key: &'a str,
}

/// After the password and second factor passed: a staff member without a second factor is
/// refused on the API (the website sets one up); otherwise the session is opened with its
/// key pair, audit event and session row together.
async fn open_session(
    auth: &AuthState,
    pool: &Pool,
    origin: &Origin<'_>,
    account: accounts::Account,
    passed: Passed<'_>,
    password: String,
    language: Option<&'static str>,
) -> Result<Issued, AppError> {
    let check = passed.check;
    let must_enrol = check == Check::NotSetUp && account.role != Role::Worker.as_str();
    if must_enrol && !origin.page {
        audit(
            pool,
            AuditEvent::new("sign_in", Outcome::Refused)
                .subject(account.id)
                .detail("reason=no-second-factor"),
        )
        .await?;
        return Err(AppError::SecondFactorRequired { page: false });
    }
    // A remembered device clears only its own record: the account's stays, since whoever
    // was guessing may not have stopped.
    auth.sign_in.record_success(passed.delay_key).await;
    let opened = super::keyring::open(auth, pool, account.id, password).await?;
    let mut issued = Issued::new(auth, account.id, account.token_version)?;
    issued.device = Some(super::device::issue(&auth.keys, passed.account_key));
    issued.personal = Some(opened.secret.clone());
    issued.second_factor = check;
    issued.must_enrol = must_enrol;
    let mut event = AuditEvent::new("sign_in", Outcome::Success).actor(account.id);
    if let Check::Recovery { .. } = check {
        event = event.detail("reason=recovery-code");
    }
    let worker = account.role == Role::Worker.as_str();
    let kind = stored_kind(&account.role, origin.agent);
    db::run_write(pool, move |conn| {
        // The audit event, the session row and a new key pair, together.
        db::transaction(conn, |conn| {
            super::keyring::store(conn, account.id, &opened)?;
            accounts::record(conn, &event)?;
            issued.record(conn, kind)
        })?;
        // The language of the page signed in from is the one notifications use.
        if let Some(language) = language {
            accounts::note_language(conn, account.id, language, worker)?;
        }
        Ok(issued)
    })
    .await
}

/// Records a security event on its own (events that change data are recorded in the same
/// transaction as the change instead).
pub async fn audit(pool: &Pool, event: AuditEvent) -> Result<(), AppError> {
    db::run_write(pool, move |conn| Ok(accounts::record(conn, &event)?)).await
}

/// The address throttling counts by: the TCP peer, or the last `X-Forwarded-For` hop when
/// the service sits behind a proxy it trusts. Kept in memory only, never stored.
pub fn client_key(req: &HttpRequest, auth: &AuthState) -> String {
    if auth.trust_forwarded_for
        && let Some(hop) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.rsplit(',').next())
            .map(str::trim)
            .filter(|h| !h.is_empty())
    {
        return hop.to_owned();
    }
    req.peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default()
}

/// The session cookie for a new token.
pub fn session_cookie(auth: &AuthState, issued: &Issued) -> Cookie<'static> {
    Cookie::build(auth.cookies.session, issued.token.clone())
        .path("/")
        .http_only(true)
        .secure(auth.cookies.secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::seconds(
            token::LIFETIME_SECS as i64,
        ))
        .finish()
}

/// The device cookie after a sign-in (`auth::device`): a year, this site only, never read
/// by a script.
pub fn device_cookie(auth: &AuthState, token: &str) -> Cookie<'static> {
    Cookie::build(auth.cookies.device, token.to_owned())
        .path("/")
        .http_only(true)
        .secure(auth.cookies.secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(
            super::device::LIFETIME_DAYS,
        ))
        .finish()
}

/// A cookie that removes the session cookie.
pub fn expired_session_cookie(auth: &AuthState) -> Cookie<'static> {
    let mut cookie = Cookie::build(auth.cookies.session, "")
        .path("/")
        .http_only(true)
        .secure(auth.cookies.secure)
        .same_site(SameSite::Lax)
        .finish();
    cookie.make_removal();
    cookie
}

/// Where the request's token is: the `Authorization: Bearer` header for the API, the session
/// cookie for pages. Never the URL.
fn presented_token(req: &HttpRequest, auth: &AuthState) -> Option<String> {
    if is_api(req) {
        req.headers()
            .get(header::AUTHORIZATION)
            .and_then(|h| h.to_str().ok())
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(|t| t.trim().to_owned())
    } else {
        req.cookie(auth.cookies.session)
            .map(|c| c.value().to_owned())
    }
}

fn is_api(req: &HttpRequest) -> bool {
    crate::web::is_api_path(req.path())
}

/// Does the request carry a well-signed, unexpired token? Checked without the database, for
/// the page header's links only; access decisions use [`authenticate`].
pub fn appears_signed_in(req: &HttpRequest) -> bool {
    let Some(auth) = req.app_data::<web::Data<AuthState>>() else {
        return false;
    };
    presented_token(req, auth).is_some_and(|t| auth.keys.verify(&t).is_some())
}

/// The request's user: the token verifies, the account exists and is enabled, the token is
/// not revoked and its version is the account's current one. One query; cached on the request.
pub async fn authenticate(req: &HttpRequest) -> Result<Option<User>, AppError> {
    #[derive(Clone)]
    struct Resolved(Option<User>);
    if let Some(Resolved(user)) = req.extensions().get::<Resolved>() {
        return Ok(user.clone());
    }
    let auth = req
        .app_data::<web::Data<AuthState>>()
        .ok_or_else(|| AppError::Internal("auth state missing".into()))?;
    let pool = req
        .app_data::<web::Data<Pool>>()
        .ok_or_else(|| AppError::Internal("pool missing".into()))?;
    let claims = presented_token(req, auth).and_then(|t| auth.keys.verify(&t));
    let user = match claims {
        None => None,
        Some(claims) => {
            let (id, jti) = (claims.user_id().unwrap_or_default(), claims.jti.clone());
            let found = db::run(pool, move |conn| {
                Ok(accounts::session_account(conn, id, &jti)?)
            })
            .await?;
            found.and_then(|found| {
                let accounts::SessionAccount {
                    account,
                    revoked,
                    wrapped_key: wrapped,
                    second_factor,
                } = found;
                let valid = !revoked && !account.disabled && account.token_version == claims.ver;
                let role = Role::parse(&account.role)?;
                // The account's secret key, as this session keeps it: opened with the key
                // only the token carries.
                let personal = match (wrapped.as_deref(), claims.key.as_deref()) {
                    (Some(wrapped), Some(key)) => crate::seal::Key::from_text(key)
                        .and_then(|key| crate::seal::session_open(&key, wrapped))
                        .ok(),
                    _ => None,
                };
                valid.then(|| User {
                    personal,
                    second_factor,
                    id: account.id,
                    username: account.username,
                    role,
                    organisation_id: account.organisation_id,
                    org_role: account.org_role.as_deref().and_then(OrgRole::parse),
                    email: account.email,
                    language: account.language,
                    mail_notices: crate::domain::notice::MailNotices::parse(&account.mail_notices)
                        .unwrap_or(crate::domain::notice::MailNotices::Each),
                    token: claims,
                })
            })
        }
    };
    req.extensions_mut().insert(Resolved(user.clone()));
    Ok(user)
}

type Extracted<T> = Pin<Box<dyn Future<Output = Result<T, actix_web::Error>>>>;

/// The caller, if signed in.
pub struct MaybeUser(pub Option<User>);

impl FromRequest for MaybeUser {
    type Error = actix_web::Error;
    type Future = Extracted<MaybeUser>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            // Staff who still have to set up their second factor count as nobody here.
            let user = authenticate(&req).await?.filter(|u| !u.must_enrol());
            Ok(MaybeUser(user))
        })
    }
}

/// A signed-in caller, whether or not they still have to set up a second factor: for the
/// pages that set one up, and for signing out.
pub struct Enrolling(pub User);

impl FromRequest for Enrolling {
    type Error = actix_web::Error;
    type Future = Extracted<Enrolling>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            match authenticate(&req).await? {
                Some(user) => Ok(Enrolling(user)),
                None => Err(signed_out(&req).into()),
            }
        })
    }
}

/// A signed-in caller; otherwise 401 from the API, or the login page for a page.
pub struct SignedIn(pub User);

impl FromRequest for SignedIn {
    type Error = actix_web::Error;
    type Future = Extracted<SignedIn>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move { Ok(SignedIn(require_user(&req).await?)) })
    }
}

async fn require_user(req: &HttpRequest) -> Result<User, AppError> {
    match authenticate(req).await? {
        Some(user) if user.must_enrol() => {
            Err(AppError::SecondFactorRequired { page: !is_api(req) })
        }
        Some(user) => Ok(user),
        None => Err(signed_out(req)),
    }
}

/// The answer to a request that needs someone signed in.
fn signed_out(req: &HttpRequest) -> AppError {
    if is_api(req) {
        AppError::Unauthorized
    } else if req.method() == actix_web::http::Method::GET {
        // After signing in, come back to the page asked for (a form's target cannot be
        // returned to with a GET: the account page instead).
        AppError::SignInRequired {
            next: req.path().to_owned(),
        }
    } else {
        AppError::SignInRequired {
            next: "/account".to_owned(),
        }
    }
}

/// An administrator; anyone else signed in gets 403.
pub struct Admin(pub User);

impl FromRequest for Admin {
    type Error = actix_web::Error;
    type Future = Extracted<Admin>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let user = require_user(&req).await?;
            if !policy::can_administer(&user) {
                return Err(AppError::Forbidden.into());
            }
            Ok(Admin(user))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_kind_of_device_is_read_from_the_user_agent_and_kept_for_staff() {
        let android = "Mozilla/5.0 (Linux; Android 14; SM-A145) AppleWebKit/537.36 Mobile";
        let iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148";
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:130.0) Gecko/20100101 Firefox/130.0";
        assert_eq!(device_kind(Some(android)), "phone");
        assert_eq!(device_kind(Some(iphone)), "phone");
        assert_eq!(device_kind(Some(firefox)), "computer");
        assert_eq!(device_kind(Some("okhttp/4.12.0")), "app");
        assert_eq!(device_kind(None), "app");
        assert_eq!(stored_kind("inspector", Some(android)), Some("phone"));
        assert_eq!(stored_kind("worker", Some(android)), None);
    }
}
