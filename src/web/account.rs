//! Accounts from the person's side: register, sign in, sign out, and the account page
//! (password, email for notifications, signing out everywhere).

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde::Deserialize;
use validator::ValidateEmail;

use super::forms::{
    FormError, Opt, choices, local_path, notice_after, refused, refused_after, see_other, visible,
};
use super::{Frame, Nav, html};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::second_factor::Check;
use crate::auth::{AuthState, Enrolling, SignedIn, policy, session};
use crate::db::accounts::{self, NewAccount};
use crate::db::{self, Pool};
use crate::domain::account::{NewPassword, OrgRole, Role, Username, normalise_password};
use crate::domain::notice::MailNotices;
use crate::domain::review::{RejectReason, ReviewStatus};
use crate::domain::text;
use crate::error::{AppError, InputError};
use crate::i18n::{self, Tr};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/register").get(register_form).post(register))
        .service(web::resource("/login").get(login_form).post(login))
        .service(web::resource("/logout").post(logout))
        .service(web::resource("/account").get(account))
        .service(web::resource("/account/password").post(change_password))
        .service(web::resource("/account/email").post(set_email))
        .service(web::resource("/account/notifications").post(set_notices))
        .service(web::resource("/account/sessions").post(sign_out_everywhere))
        .service(web::resource("/account/sessions/{id}/end").post(end_session));
}

#[derive(Template)]
#[template(path = "account/register.html")]
struct RegisterPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    username: String,
    error: FormError,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct RegisterForm {
    username: String,
    password: String,
    password_confirm: String,
}

async fn register_form(frame: Frame, csrf: CsrfToken) -> Result<HttpResponse, AppError> {
    html(&RegisterPage {
        tr: frame.tr,
        nav: frame.nav,
        csrf: csrf.0,
        username: String::new(),
        error: FormError::none(),
    })
}

/// Creates a worker account (username and password only) and signs the person in.
async fn register(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<RegisterForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let client = session::client_key(&req, &auth);
    let outcome = create_worker(&auth, &pool, &client, &form).await;
    match outcome {
        Ok(issued) => Ok(HttpResponse::SeeOther()
            .cookie(session::session_cookie(&auth, &issued))
            .insert_header(("Location", "/account"))
            .finish()),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused_after(
                &e,
                status,
                &RegisterPage {
                    tr: frame.tr,
                    nav: frame.nav,
                    csrf: csrf.0,
                    username: visible(&form.username),
                    error,
                },
            ),
            None => Err(e),
        },
    }
}

/// Checks the form, then (throttled per client address, so that typing mistakes do not use
/// the allowance up) hashes and stores.
async fn create_worker(
    auth: &AuthState,
    pool: &Pool,
    client: &str,
    form: &RegisterForm,
) -> Result<session::Issued, AppError> {
    let username = Username::parse(&form.username)?;
    let password = NewPassword::parse("password", &form.password, &[&username.display])?;
    if normalise_password(&form.password_confirm).as_deref() != Some(password.expose()) {
        return Err(InputError::new("password_confirm", "error-password-mismatch").into());
    }
    if let Err(retry) = auth.registration.take(client).await {
        tracing::warn!(retry_after = retry.0, "registration throttled");
        return Err(AppError::TooManyRequests {
            retry_after: retry.0,
        });
    }
    let hash = auth.hasher.hash(&password).await?;
    let (ring, secret) = crate::auth::keyring::make(auth, password.expose().to_owned()).await?;
    let keys = auth.keys.clone();
    db::run_write(pool, move |conn| {
        // The account, its key pair and its first session, together.
        db::transaction(conn, |conn| {
            let new = NewAccount {
                username: &username,
                role: Role::Worker,
                organisation: None,
                password_hash: &hash,
            };
            let id = accounts::create_checked(conn, &new, None)?;
            crate::db::keys::store_keyring(conn, id, &ring)?;
            // Workers' sessions keep no kind.
            let mut issued = session::Issued::with_keys(&keys, id, 0)?;
            issued.personal = Some(secret);
            issued.record(conn, None)?;
            Ok(issued)
        })
    })
    .await
}

#[derive(Template)]
#[template(path = "account/login.html")]
struct LoginPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    username: String,
    next: String,
    error: FormError,
    /// After a password reset by mail.
    notice: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct LoginForm {
    username: String,
    password: String,
    /// From an authenticator app, or a recovery code; empty for accounts without one.
    code: String,
    next: String,
}

async fn login_form(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
) -> Result<HttpResponse, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let next = pairs
        .iter()
        .find(|(k, _)| k == "next")
        .and_then(|(_, v)| local_path(v))
        .unwrap_or_default()
        .to_owned();
    let notice = pairs
        .iter()
        .any(|(k, v)| k == "reset" && v == "1")
        .then(|| frame.tr.t("reset-done"));
    html(&LoginPage {
        tr: frame.tr,
        nav: frame.nav,
        csrf: csrf.0,
        username: String::new(),
        next,
        error: FormError::none(),
        notice,
    })
}

async fn login(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    CsrfForm(form): CsrfForm<LoginForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let client = session::client_key(&req, &auth);
    let device = req.cookie(auth.cookies.device);
    let origin = session::Origin {
        client: &client,
        device: device.as_ref().map(|c| c.value()),
        agent: session::Origin::agent_of(&req),
        page: true,
    };
    let attempt = session::Attempt {
        username: &form.username,
        password: &form.password,
        code: Some(form.code.as_str()),
    };
    match session::sign_in(&auth, &pool, &origin, &attempt, Some(frame.tr.lang())).await {
        Ok(issued) => {
            // Staff without a second factor set one up first; after a recovery code, the
            // page that says how many are left.
            let target = if issued.must_enrol {
                "/account/two-factor"
            } else if let Check::Recovery { .. } = issued.second_factor {
                "/account/two-factor?recovery=used"
            } else {
                local_path(&form.next).unwrap_or("/account")
            };
            let mut response = HttpResponse::SeeOther();
            response.cookie(session::session_cookie(&auth, &issued));
            if let Some(device) = &issued.device {
                response.cookie(session::device_cookie(&auth, device));
            }
            Ok(response.insert_header(("Location", target)).finish())
        }
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => {
                let mut response = refused_after(
                    &e,
                    status,
                    &LoginPage {
                        tr: frame.tr,
                        nav: frame.nav,
                        csrf: csrf.0,
                        username: visible(&form.username),
                        next: local_path(&form.next).unwrap_or_default().to_owned(),
                        error,
                        notice: None,
                    },
                )?;
                if status == StatusCode::UNAUTHORIZED {
                    // A page, not an API: no `WWW-Authenticate` challenge.
                    response.headers_mut().remove("www-authenticate");
                }
                Ok(response)
            }
            None => Err(e),
        },
    }
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct EmptyForm {}

/// Ends this session: the token is revoked, the cookie removed.
async fn logout(
    user: Option<Enrolling>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    if let Some(Enrolling(user)) = user {
        crate::app::accounts::revoke(&pool, &user).await?;
    }
    Ok(HttpResponse::SeeOther()
        .cookie(session::expired_session_cookie(&auth))
        .insert_header(("Location", "/"))
        .finish())
}

#[derive(Template)]
#[template(path = "account/account.html")]
struct AccountPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    username: String,
    role: String,
    organisation: Option<(i64, String)>,
    org_role: Option<String>,
    email: String,
    is_admin: bool,
    is_moderator: bool,
    /// Inspectors, union officers and caseworkers: a link to their organisation's cases.
    is_staff: bool,
    role_is_worker: bool,
    own_reviews: Vec<OwnReviewLine>,
    /// The languages notifications can be written in, the account's marked.
    languages: Vec<Opt>,
    /// Each / digest (leads only) / none, the account's marked.
    notice_choices: Vec<Opt>,
    /// The person's signed-in sessions, newest first.
    sessions: Vec<SessionLine>,
    /// Has the account a second factor (`/account/two-factor`)?
    second_factor: bool,
    notice: Option<String>,
    error: FormError,
}

/// One of the person's sessions: what it is (staff), since when, whether it is this one.
pub struct SessionLine {
    pub id: i64,
    pub label: String,
    pub since: String,
    pub current: bool,
}

/// One of the worker's own reviews, with its moderation status.
pub struct OwnReviewLine {
    pub recruiter_id: String,
    pub recruiter: String,
    pub year: i64,
    pub status: &'static str,
    pub status_label: String,
    pub reason: Option<String>,
}

/// What the account page needs besides the form state.
async fn account_page(
    frame: Frame,
    csrf: CsrfToken,
    user: &crate::auth::User,
    pool: &Pool,
    notice: Option<String>,
    typed: Typed,
    error: FormError,
) -> Result<AccountPage, AppError> {
    let organisation = match user.organisation_id {
        None => None,
        Some(id) => db::run(pool, move |conn| Ok(accounts::organisation(conn, id)?))
            .await?
            .map(|org| (org.row.id, org.row.name)),
    };
    let own_reviews = if user.role == Role::Worker {
        let author = user.id;
        db::run(pool, move |conn| {
            Ok(crate::db::reviews::by_author(conn, author)?)
        })
        .await?
    } else {
        Vec::new()
    };
    let owner = user.id;
    let sessions = db::run(pool, move |conn| Ok(accounts::sessions_of(conn, owner)?)).await?;
    let tr = frame.tr;
    let sessions = sessions
        .into_iter()
        .map(|s| SessionLine {
            id: s.id,
            label: tr.t(match s.kind.as_deref() {
                Some("phone") => "account-session-phone",
                Some("computer") => "account-session-computer",
                Some("app") => "account-session-app",
                _ => "account-session-signed-in",
            }),
            since: tr.t_s(
                "account-session-since",
                "day",
                &crate::clock::day(s.started_on),
            ),
            current: s.jti == user.token.jti,
        })
        .collect();
    let own_reviews = own_reviews
        .into_iter()
        .map(|r| {
            let status = ReviewStatus::parse(&r.status).unwrap_or(ReviewStatus::Pending);
            OwnReviewLine {
                recruiter_id: r.recruiter_public_id,
                recruiter: r.recruiter_name,
                year: i64::from(r.departure_year),
                status: status.as_str(),
                status_label: tr.t(status.message_key()),
                reason: r
                    .reject_reason
                    .as_deref()
                    .and_then(RejectReason::parse)
                    .map(|reason| tr.t(reason.message_key())),
            }
        })
        .collect();
    let language = typed
        .language
        .or_else(|| user.language.clone())
        .unwrap_or_else(|| tr.lang().to_owned());
    let languages = i18n::LOCALES
        .iter()
        .map(|locale| Opt {
            value: locale.code.to_owned(),
            label: Tr::autonym(locale),
            selected: locale.code == language,
        })
        .collect();
    let chosen = typed
        .notices
        .unwrap_or_else(|| user.mail_notices.as_str().to_owned());
    let offered: Vec<MailNotices> = MailNotices::ALL
        .into_iter()
        .filter(|m| *m != MailNotices::Digest || user.org_role == Some(OrgRole::Lead))
        .collect();
    let notice_choices = choices(
        &tr,
        &offered,
        |m| m.as_str(),
        |m| m.message_key(),
        &[chosen],
    );
    let email = typed
        .email
        .unwrap_or_else(|| user.email.clone().unwrap_or_default());
    Ok(AccountPage {
        nav: frame.nav,
        languages,
        notice_choices,
        csrf: csrf.0,
        username: user.username.clone(),
        role: tr.t(user.role.message_key()),
        organisation,
        org_role: user.org_role.map(|r| tr.t(r.message_key())),
        email,
        is_admin: policy::can_administer(user),
        is_moderator: policy::can_moderate(user),
        is_staff: user.role.belongs_to_organisation(),
        role_is_worker: user.role == Role::Worker,
        own_reviews,
        sessions,
        second_factor: user.second_factor,
        notice,
        error,
        tr,
    })
}

async fn account(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let notice = notice_after(
        &req,
        &frame.tr,
        "saved",
        &[
            ("password", "account-password-saved"),
            ("email", "account-email-saved"),
            ("notifications", "account-notices-saved"),
            ("session", "account-session-ended"),
        ],
    )?;
    html(
        &account_page(
            frame,
            csrf,
            &user,
            &pool,
            notice,
            Typed::default(),
            FormError::none(),
        )
        .await?,
    )
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct PasswordForm {
    current_password: String,
    new_password: String,
    new_password_confirm: String,
}

/// Changes the password after checking the current one; every other session ends, this one
/// continues with a fresh token.
async fn change_password(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<PasswordForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let kind = session::stored_kind(user.role.as_str(), session::Origin::agent_of(&req));
    match new_password(&auth, &pool, &user, &form, kind).await {
        Ok(issued) => Ok(HttpResponse::SeeOther()
            .cookie(session::session_cookie(&auth, &issued))
            .insert_header(("Location", "/account?saved=password"))
            .finish()),
        Err(e) => match FormError::from_app(&frame.tr, &e) {
            Some((status, error)) => refused(
                status,
                &account_page(frame, csrf, &user, &pool, None, Typed::default(), error).await?,
            ),
            None => Err(e),
        },
    }
}

async fn new_password(
    auth: &AuthState,
    pool: &Pool,
    user: &crate::auth::User,
    form: &PasswordForm,
    kind: Option<&'static str>,
) -> Result<session::Issued, AppError> {
    let wrong = || AppError::from(InputError::new("current_password", "error-password-wrong"));
    let current = normalise_password(&form.current_password).ok_or_else(wrong)?;
    let password = NewPassword::parse("new_password", &form.new_password, &[&user.username])?;
    if normalise_password(&form.new_password_confirm).as_deref() != Some(password.expose()) {
        return Err(InputError::new("new_password_confirm", "error-password-mismatch").into());
    }
    let id = user.id;
    let account = db::run(pool, move |conn| Ok(accounts::find(conn, id)?))
        .await?
        .ok_or(AppError::Unauthorized)?;
    if !auth
        .hasher
        .verify(current.clone(), Some(account.password_hash))
        .await?
    {
        session::audit(
            pool,
            accounts::AuditEvent::new("password_changed", accounts::Outcome::Failure).actor(id),
        )
        .await?;
        return Err(wrong());
    }
    let hash = auth.hasher.hash(&password).await?;
    // The same key pair, wrapped with the new password: the organisation keys it was given
    // stay (one it could not open is replaced, and those are gone).
    let opened = crate::auth::keyring::open(auth, pool, id, current).await?;
    let replaced = opened.store.is_some();
    let (ring, secret) =
        crate::auth::keyring::rewrap(auth, opened.secret, password.expose().to_owned()).await?;
    let keys = auth.keys.clone();
    db::run_write(pool, move |conn| {
        db::transaction(conn, |conn| {
            let version = accounts::change_password(conn, id, &hash)?;
            if replaced {
                crate::db::keys::replace_keyring(conn, id, &ring)?;
            } else {
                crate::db::keys::store_keyring(conn, id, &ring)?;
            }
            // This session goes on at the version the change set, listed as the one session
            // left; every older token is refused.
            let mut issued = session::Issued::with_keys(&keys, id, version)?;
            issued.personal = Some(secret);
            issued.record(conn, kind)?;
            Ok(issued)
        })
    })
    .await
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct EmailForm {
    email: String,
}

pub const EMAIL_MAX: usize = 254;

/// Adds, changes or (when empty) removes the email address notifications go to.
async fn set_email(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<EmailForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let email = form.email.trim().to_owned();
    let valid = email.is_empty()
        || (email.len() <= EMAIL_MAX
            && !text::has_forbidden_chars(&email)
            && email.validate_email());
    if !valid {
        let error = FormError::new(&frame.tr, &InputError::new("email", "error-email-invalid"));
        return refused(
            StatusCode::BAD_REQUEST,
            &account_page(
                frame,
                csrf,
                &user,
                &pool,
                None,
                Typed {
                    email: Some(visible(&form.email)),
                    ..Typed::default()
                },
                error,
            )
            .await?,
        );
    }
    let id = user.id;
    db::run_write(&pool, move |conn| {
        Ok(accounts::set_email(
            conn,
            id,
            Some(email.as_str()).filter(|e| !e.is_empty()),
        )?)
    })
    .await?;
    Ok(see_other("/account?saved=email"))
}

/// What a refused form on the account page typed, shown again as typed.
#[derive(Debug, Default)]
struct Typed {
    email: Option<String>,
    language: Option<String>,
    notices: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
pub struct NoticesForm {
    language: String,
    notices: String,
}

/// The language notifications are written in, and whether they come one by one, as a daily
/// digest (an organisation's leads) or not at all.
async fn set_notices(
    frame: Frame,
    csrf: CsrfToken,
    SignedIn(user): SignedIn,
    CsrfForm(form): CsrfForm<NoticesForm>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let language = i18n::LOCALES.iter().find(|l| l.code == form.language);
    let notices = MailNotices::parse(&form.notices);
    let problem = match (language, notices) {
        (None, _) => Some(InputError::new("language", "error-notices-language")),
        (_, None) => Some(InputError::new("notices", "error-notices-choice")),
        (_, Some(MailNotices::Digest)) if user.org_role != Some(OrgRole::Lead) => {
            Some(InputError::new("notices", "error-notices-digest-leads"))
        }
        _ => None,
    };
    let (Some(language), Some(notices), None) = (language, notices, &problem) else {
        let error = FormError::new(
            &frame.tr,
            &problem.unwrap_or(InputError::new("notices", "error-notices-choice")),
        );
        let typed = Typed {
            language: Some(visible(&form.language)),
            notices: Some(visible(&form.notices)),
            ..Typed::default()
        };
        return refused(
            StatusCode::BAD_REQUEST,
            &account_page(frame, csrf, &user, &pool, None, typed, error).await?,
        );
    };
    let id = user.id;
    db::run_write(&pool, move |conn| {
        Ok(accounts::set_notices(conn, id, language.code, notices)?)
    })
    .await?;
    Ok(see_other("/account?saved=notifications"))
}

/// Ends every session of the account, this one included.
/// Ends one of the person's own sessions (another person's is not found). Ending the one in
/// use signs this browser out.
async fn end_session(
    SignedIn(user): SignedIn,
    path: web::Path<String>,
    CsrfForm(_): CsrfForm<EmptyForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let session_id = crate::query::numeric_id(&path)?;
    let id = user.id;
    let ended = db::run_write(&pool, move |conn| {
        accounts::end_session(conn, id, session_id)
    })
    .await?;
    if ended == user.token.jti {
        return Ok(HttpResponse::SeeOther()
            .cookie(session::expired_session_cookie(&auth))
            .insert_header(("Location", "/"))
            .finish());
    }
    Ok(see_other("/account?saved=session"))
}

async fn sign_out_everywhere(
    SignedIn(user): SignedIn,
    CsrfForm(_): CsrfForm<EmptyForm>,
    auth: web::Data<AuthState>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let id = user.id;
    db::run_write(&pool, move |conn| {
        Ok(accounts::sign_out_everywhere(conn, id)?)
    })
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(session::expired_session_cookie(&auth))
        .insert_header(("Location", "/"))
        .finish())
}
