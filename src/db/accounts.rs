//! Accounts, organisations, revoked tokens and the audit log.

use chrono::NaiveDateTime;
use diesel::dsl::exists;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error as DieselError};

use super::DbConnection;
use super::schema::{
    audit_events, organisation_countries, organisations, revoked_tokens, second_factors, sessions,
    users,
};
use crate::clock::now;
use crate::domain::account::{OrgRole, OrganisationDraft, OrganisationKind, Role, Username};
use crate::error::{AppError, InputError};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct Account {
    pub id: i64,
    pub username: String,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub org_role: Option<String>,
    pub password_hash: String,
    pub email: Option<String>,
    pub token_version: i64,
    pub disabled: bool,
    /// The language notifications are written in (None: English).
    pub language: Option<String>,
    pub mail_notices: String,
}

pub fn find_by_key(conn: &mut DbConnection, key: &str) -> QueryResult<Option<Account>> {
    users::table
        .filter(users::username_key.eq(key))
        .select(Account::as_select())
        .first(conn)
        .optional()
}

pub fn find(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Account>> {
    users::table
        .find(id)
        .select(Account::as_select())
        .first(conn)
        .optional()
}

/// The account a token names, whether that very token was revoked, the account's secret
/// key as the session keeps it (wrapped with the token's key), and whether the account has a
/// second factor: one query per authenticated request.
pub fn session_account(
    conn: &mut DbConnection,
    id: i64,
    jti: &str,
) -> QueryResult<Option<SessionAccount>> {
    users::table
        .find(id)
        .select((
            Account::as_select(),
            exists(revoked_tokens::table.filter(revoked_tokens::jti.eq(jti.to_owned()))),
            sessions::table
                .filter(sessions::jti.eq(jti.to_owned()))
                .filter(sessions::user_id.eq(id))
                .select(sessions::wrapped_key)
                .single_value(),
            exists(second_factors::table.find(id)),
        ))
        .first(conn)
        .optional()
        .map(|found| {
            found.map(
                |(account, revoked, wrapped_key, second_factor)| SessionAccount {
                    account,
                    revoked,
                    wrapped_key,
                    second_factor,
                },
            )
        })
}

/// What [`session_account`] finds.
pub struct SessionAccount {
    pub account: Account,
    pub revoked: bool,
    pub wrapped_key: Option<String>,
    pub second_factor: bool,
}

/// What an account is made of.
pub struct NewAccount<'a> {
    pub username: &'a Username,
    pub role: Role,
    pub organisation: Option<(i64, OrgRole)>,
    pub password_hash: &'a str,
}

/// Creates an account; a taken username is an input error on the `username` field.
pub fn create(conn: &mut DbConnection, new: &NewAccount<'_>) -> Result<i64, AppError> {
    if find_by_key(conn, &new.username.key)?.is_some() {
        return Err(username_taken());
    }
    let now = now();
    diesel::insert_into(users::table)
        .values((
            users::username.eq(&new.username.display),
            users::username_key.eq(&new.username.key),
            users::role.eq(new.role.as_str()),
            users::organisation_id.eq(new.organisation.map(|(id, _)| id)),
            users::org_role.eq(new.organisation.map(|(_, r)| r.as_str())),
            users::password_hash.eq(new.password_hash),
            users::token_version.eq(0_i64),
            users::disabled.eq(false),
            users::created_at.eq(now),
            users::updated_at.eq(now),
        ))
        .returning(users::id)
        .get_result(conn)
        .map_err(|e| match e {
            // Another registration took the name between the check and the insert.
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, _) => username_taken(),
            other => other.into(),
        })
}

fn username_taken() -> AppError {
    InputError::new("username", "error-username-taken").into()
}

/// Stores a new password hash and ends every session of the account; returns the new token
/// version.
pub fn set_password(conn: &mut DbConnection, id: i64, hash: &str) -> QueryResult<i64> {
    forget_sessions(conn, id)?;
    diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(hash),
            users::token_version.eq(users::token_version + 1),
            users::updated_at.eq(now()),
        ))
        .returning(users::token_version)
        .get_result(conn)
}

/// Ends every session of the account at once.
pub fn bump_token_version(conn: &mut DbConnection, id: i64) -> QueryResult<()> {
    forget_sessions(conn, id)?;
    diesel::update(users::table.find(id))
        .set((
            users::token_version.eq(users::token_version + 1),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

pub fn set_email(conn: &mut DbConnection, id: i64, email: Option<&str>) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((users::email.eq(email), users::updated_at.eq(now())))
        .execute(conn)
        .map(drop)
}

/// How the account wants notifications: the language and each / digest / none.
pub fn set_notices(
    conn: &mut DbConnection,
    id: i64,
    language: &str,
    notices: crate::domain::notice::MailNotices,
) -> QueryResult<()> {
    diesel::update(users::table.find(id))
        .set((
            users::language.eq(Some(language)),
            users::mail_notices.eq(notices.as_str()),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// Remembers the language a person signed in with, for their notifications. A worker's is
/// the one they last used; staff keep the one they chose on their account page.
pub fn note_language(
    conn: &mut DbConnection,
    id: i64,
    language: &str,
    worker: bool,
) -> QueryResult<()> {
    let target = users::table.find(id);
    if worker {
        diesel::update(target.filter(users::language.is_null().or(users::language.ne(language))))
            .set(users::language.eq(Some(language)))
            .execute(conn)
            .map(drop)
    } else {
        diesel::update(target.filter(users::language.is_null()))
            .set(users::language.eq(Some(language)))
            .execute(conn)
            .map(drop)
    }
}

/// Revokes one token until it would have expired anyway, and forgets revocations that no
/// longer matter.
pub fn revoke_token(
    conn: &mut DbConnection,
    jti: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    let now = now();
    diesel::delete(sessions::table.filter(sessions::jti.eq(jti))).execute(conn)?;
    diesel::delete(revoked_tokens::table.filter(revoked_tokens::expires_at.lt(now)))
        .execute(conn)?;
    let already = revoked_tokens::table
        .find(jti)
        .count()
        .get_result::<i64>(conn)?;
    if already == 0 {
        diesel::insert_into(revoked_tokens::table)
            .values((
                revoked_tokens::jti.eq(jti),
                revoked_tokens::expires_at.eq(expires_at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// The sessions list's rows (a token version bump ends them all: see [`forget_sessions`]).
fn forget_sessions(conn: &mut DbConnection, user_id: i64) -> QueryResult<()> {
    diesel::delete(sessions::table.filter(sessions::user_id.eq(user_id)))
        .execute(conn)
        .map(drop)
}

/// Records a token just issued as one of the account's sessions, with the day it started and
/// (staff only) the kind of device; the account's expired sessions are forgotten.
pub fn record_session(
    conn: &mut DbConnection,
    user_id: i64,
    jti: &str,
    kind: Option<&str>,
    expires_at: NaiveDateTime,
    wrapped_key: Option<&str>,
) -> QueryResult<()> {
    let now = now();
    diesel::delete(
        sessions::table
            .filter(sessions::user_id.eq(user_id))
            .filter(sessions::expires_at.le(now)),
    )
    .execute(conn)?;
    diesel::insert_into(sessions::table)
        .values((
            sessions::jti.eq(jti),
            sessions::user_id.eq(user_id),
            sessions::kind.eq(kind),
            sessions::started_on.eq(crate::clock::day_of(now)),
            sessions::expires_at.eq(expires_at),
            sessions::wrapped_key.eq(wrapped_key),
        ))
        .execute(conn)
        .map(drop)
}

/// One of a person's signed-in sessions, for their own list.
#[derive(Debug, Clone, Queryable)]
pub struct SessionRow {
    pub id: i64,
    pub jti: String,
    /// `phone`, `computer` or `app` (staff only).
    pub kind: Option<String>,
    pub started_on: NaiveDateTime,
}

/// How many sessions the list shows.
pub const SESSIONS_SHOWN: i64 = 50;

/// The account's sessions that still work, newest first: one query.
pub fn sessions_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Vec<SessionRow>> {
    sessions::table
        .filter(sessions::user_id.eq(user_id))
        .filter(sessions::expires_at.gt(now()))
        .filter(diesel::dsl::not(exists(
            revoked_tokens::table.filter(revoked_tokens::jti.eq(sessions::jti)),
        )))
        .order(sessions::id.desc())
        .limit(SESSIONS_SHOWN)
        .select((
            sessions::id,
            sessions::jti,
            sessions::kind,
            sessions::started_on,
        ))
        .load(conn)
}

/// Ends one of the account's own sessions (its token is revoked) and records it, together.
/// Another account's session, or one already ended, is `NotFound`. Returns its token id.
pub fn end_session(
    conn: &mut DbConnection,
    user_id: i64,
    session_id: i64,
) -> Result<String, AppError> {
    super::transaction(conn, |conn| {
        let (jti, expires_at): (String, NaiveDateTime) = sessions::table
            .filter(sessions::id.eq(session_id))
            .filter(sessions::user_id.eq(user_id))
            .select((sessions::jti, sessions::expires_at))
            .first(conn)
            .optional()?
            .ok_or(AppError::NotFound)?;
        revoke_token(conn, &jti, expires_at)?;
        record(
            conn,
            &AuditEvent::new("session_ended", Outcome::Success).actor(user_id),
        )?;
        Ok(jti)
    })
}

/// What an administrator changes about a staff account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffChange {
    pub role: Role,
    pub organisation: Option<(i64, OrgRole)>,
    pub disabled: bool,
}

/// Applies the change; any change to role, organisation or standing ends the account's
/// sessions, so it takes effect at once.
pub fn update_staff(conn: &mut DbConnection, id: i64, change: &StaffChange) -> QueryResult<()> {
    forget_sessions(conn, id)?;
    // An organisation's key stays only with its members: moved elsewhere or disabled, the
    // person no longer holds it (a lead gives it again if they come back).
    let keeps = change
        .organisation
        .map(|(org, _)| org)
        .filter(|_| !change.disabled);
    diesel::delete(
        super::schema::key_grants::table
            .filter(super::schema::key_grants::user_id.eq(id))
            .filter(super::schema::key_grants::organisation_id.ne(keeps.unwrap_or(-1))),
    )
    .execute(conn)?;
    diesel::update(users::table.find(id))
        .set((
            users::role.eq(change.role.as_str()),
            users::organisation_id.eq(change.organisation.map(|(id, _)| id)),
            users::org_role.eq(change.organisation.map(|(_, r)| r.as_str())),
            users::disabled.eq(change.disabled),
            users::token_version.eq(users::token_version + 1),
            users::updated_at.eq(now()),
        ))
        .execute(conn)
        .map(drop)
}

/// A row of the staff list.
#[derive(Debug, Clone, Queryable)]
pub struct StaffRow {
    pub id: i64,
    pub username: String,
    pub role: String,
    pub organisation_id: Option<i64>,
    pub organisation_name: Option<String>,
    pub org_role: Option<String>,
    pub disabled: bool,
}

const STAFF_LIST_MAX: i64 = 1000;

type StaffColumns = (
    users::id,
    users::username,
    users::role,
    users::organisation_id,
    diesel::dsl::Nullable<organisations::name>,
    users::org_role,
    users::disabled,
);
fn staff_columns() -> StaffColumns {
    (
        users::id,
        users::username,
        users::role,
        users::organisation_id,
        organisations::name.nullable(),
        users::org_role,
        users::disabled,
    )
}

/// Everyone but workers, by username: one query.
pub fn list_staff(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    users::table
        .left_join(organisations::table)
        .filter(users::role.ne(Role::Worker.as_str()))
        .order(users::username_key.asc())
        .limit(STAFF_LIST_MAX)
        .select(staff_columns())
        .load(conn)
}

/// One staff account, with its organisation's name.
pub fn staff_member(conn: &mut DbConnection, id: i64) -> QueryResult<Option<StaffRow>> {
    users::table
        .left_join(organisations::table)
        .filter(users::id.eq(id))
        .filter(users::role.ne(Role::Worker.as_str()))
        .select(staff_columns())
        .first(conn)
        .optional()
}

pub fn members_of(conn: &mut DbConnection, organisation_id: i64) -> QueryResult<Vec<StaffRow>> {
    users::table
        .left_join(organisations::table)
        .filter(users::organisation_id.eq(organisation_id))
        .order(users::username_key.asc())
        .limit(STAFF_LIST_MAX)
        .select(staff_columns())
        .load(conn)
}

pub fn count_workers(conn: &mut DbConnection) -> QueryResult<i64> {
    users::table
        .filter(users::role.eq(Role::Worker.as_str()))
        .count()
        .get_result(conn)
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct OrganisationRow {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub sectors: String,
    pub acknowledge_days: i32,
    pub answer_days: i32,
}

/// An organisation and the countries it covers (sorted).
#[derive(Debug, Clone)]
pub struct Organisation {
    pub row: OrganisationRow,
    pub countries: Vec<String>,
}

/// Every organisation by name: two queries whatever their number.
pub fn list_organisations(conn: &mut DbConnection) -> QueryResult<Vec<Organisation>> {
    let rows: Vec<OrganisationRow> = organisations::table
        .order((organisations::name.asc(), organisations::id.asc()))
        .select(OrganisationRow::as_select())
        .load(conn)?;
    let covered: Vec<(i64, String)> = organisation_countries::table
        .order((
            organisation_countries::organisation_id,
            organisation_countries::country,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|row| {
            let countries = covered
                .iter()
                .filter(|(org, _)| *org == row.id)
                .map(|(_, c)| c.clone())
                .collect();
            Organisation { row, countries }
        })
        .collect())
}

pub fn organisation(conn: &mut DbConnection, id: i64) -> QueryResult<Option<Organisation>> {
    let Some(row) = organisations::table
        .find(id)
        .select(OrganisationRow::as_select())
        .first(conn)
        .optional()?
    else {
        return Ok(None);
    };
    let countries = organisation_countries::table
        .filter(organisation_countries::organisation_id.eq(id))
        .order(organisation_countries::country)
        .select(organisation_countries::country)
        .load(conn)?;
    Ok(Some(Organisation { row, countries }))
}

pub fn create_organisation(conn: &mut DbConnection, draft: &OrganisationDraft) -> QueryResult<i64> {
    let now = now();
    let id = diesel::insert_into(organisations::table)
        .values((
            organisations::name.eq(&draft.name),
            organisations::kind.eq(draft.kind.as_str()),
            organisations::sectors.eq(draft.sectors_column()),
            organisations::acknowledge_days.eq(draft.acknowledge_days),
            organisations::answer_days.eq(draft.answer_days),
            organisations::created_at.eq(now),
            organisations::updated_at.eq(now),
        ))
        .returning(organisations::id)
        .get_result(conn)?;
    set_countries(conn, id, draft)?;
    Ok(id)
}

pub fn update_organisation(
    conn: &mut DbConnection,
    id: i64,
    draft: &OrganisationDraft,
) -> QueryResult<()> {
    let changed = diesel::update(organisations::table.find(id))
        .set((
            organisations::name.eq(&draft.name),
            organisations::kind.eq(draft.kind.as_str()),
            organisations::sectors.eq(draft.sectors_column()),
            organisations::acknowledge_days.eq(draft.acknowledge_days),
            organisations::answer_days.eq(draft.answer_days),
            organisations::updated_at.eq(now()),
        ))
        .execute(conn)?;
    if changed == 0 {
        return Err(DieselError::NotFound);
    }
    diesel::delete(
        organisation_countries::table.filter(organisation_countries::organisation_id.eq(id)),
    )
    .execute(conn)?;
    set_countries(conn, id, draft)
}

fn set_countries(conn: &mut DbConnection, id: i64, draft: &OrganisationDraft) -> QueryResult<()> {
    let rows: Vec<_> = draft
        .countries
        .iter()
        .map(|c| {
            (
                organisation_countries::organisation_id.eq(id),
                organisation_countries::country.eq(c.as_str()),
            )
        })
        .collect();
    crate::db_run!(conn, c => diesel::insert_into(organisation_countries::table).values(&rows).execute(c))?;
    Ok(())
}

/// Whether a security event worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Success,
    Failure,
    Refused,
}

impl Outcome {
    pub fn as_str(&self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
            Outcome::Refused => "refused",
        }
    }
}

/// A security event to record. `detail` names what changed as `key=value` pairs separated
/// by `; `, values being codes (`role=worker → inspector`), so that the audit page can show
/// them in the reader's language; never a secret.
#[derive(Debug, Clone)]
pub struct AuditEvent {
    pub event: &'static str,
    pub outcome: Outcome,
    pub actor_id: Option<i64>,
    pub subject_user_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub detail: Option<String>,
}

impl AuditEvent {
    pub fn new(event: &'static str, outcome: Outcome) -> AuditEvent {
        AuditEvent {
            event,
            outcome,
            actor_id: None,
            subject_user_id: None,
            organisation_id: None,
            detail: None,
        }
    }

    pub fn actor(mut self, id: i64) -> Self {
        self.actor_id = Some(id);
        self
    }

    pub fn subject(mut self, id: i64) -> Self {
        self.subject_user_id = Some(id);
        self
    }

    pub fn organisation(mut self, id: i64) -> Self {
        self.organisation_id = Some(id);
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }
}

pub fn record(conn: &mut DbConnection, event: &AuditEvent) -> QueryResult<()> {
    tracing::info!(
        target: "audit",
        event = event.event,
        outcome = event.outcome.as_str(),
        actor = event.actor_id,
        subject = event.subject_user_id,
        "security event"
    );
    diesel::insert_into(audit_events::table)
        .values((
            audit_events::occurred_at.eq(now()),
            audit_events::event.eq(event.event),
            audit_events::outcome.eq(event.outcome.as_str()),
            audit_events::actor_id.eq(event.actor_id),
            audit_events::subject_user_id.eq(event.subject_user_id),
            audit_events::organisation_id.eq(event.organisation_id),
            audit_events::detail.eq(event.detail.as_deref()),
        ))
        .execute(conn)
        .map(drop)
}

/// A recorded event with the names of the people involved.
#[derive(Debug, Clone, Queryable)]
pub struct AuditRow {
    pub occurred_at: NaiveDateTime,
    pub event: String,
    pub outcome: String,
    pub actor_id: Option<i64>,
    pub subject_user_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub detail: Option<String>,
}

/// (account id, username) pairs.
pub type UserNames = Vec<(i64, String)>;

/// The latest events, newest first, and the usernames they mention: two queries.
pub fn recent_audit(
    conn: &mut DbConnection,
    limit: i64,
) -> QueryResult<(Vec<AuditRow>, UserNames)> {
    let rows: Vec<AuditRow> = audit_events::table
        .order((audit_events::occurred_at.desc(), audit_events::id.desc()))
        .limit(limit)
        .select((
            audit_events::occurred_at,
            audit_events::event,
            audit_events::outcome,
            audit_events::actor_id,
            audit_events::subject_user_id,
            audit_events::organisation_id,
            audit_events::detail,
        ))
        .load(conn)?;
    let mut ids: Vec<i64> = rows
        .iter()
        .flat_map(|r| [r.actor_id, r.subject_user_id])
        .flatten()
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let names = users::table
        .filter(users::id.eq_any(ids))
        .select((users::id, users::username))
        .load(conn)?;
    Ok((rows, names))
}

/// Audit events of one kind (tests and the admin page's filters).
pub fn count_events(conn: &mut DbConnection, event: &str, outcome: Outcome) -> QueryResult<i64> {
    audit_events::table
        .filter(audit_events::event.eq(event))
        .filter(audit_events::outcome.eq(outcome.as_str()))
        .count()
        .get_result(conn)
}

/// Checks that the role and organisation fit together (inspectors in an inspectorate or an
/// origin authority, union officers in a union, caseworkers in legal aid; nobody else in an
/// organisation).
pub fn check_membership(
    conn: &mut DbConnection,
    role: Role,
    organisation: Option<(i64, OrgRole)>,
) -> Result<(), AppError> {
    match organisation {
        None if role.belongs_to_organisation() => {
            Err(InputError::new("organisation", "error-organisation-required").into())
        }
        None => Ok(()),
        Some(_) if !role.belongs_to_organisation() => {
            Err(InputError::new("organisation", "error-organisation-not-for-role").into())
        }
        Some((id, _)) => {
            let kind = organisations::table
                .find(id)
                .select(organisations::kind)
                .first::<String>(conn)
                .optional()?
                .and_then(|k| OrganisationKind::parse(&k))
                .ok_or(InputError::new(
                    "organisation",
                    "error-organisation-unknown",
                ))?;
            if role.fits(kind) {
                Ok(())
            } else {
                Err(InputError::new("role", "error-role-organisation-kind").into())
            }
        }
    }
}

/// Creates an account after checking its membership, and records it, in one transaction.
pub fn create_checked(
    conn: &mut DbConnection,
    new: &NewAccount<'_>,
    actor: Option<i64>,
) -> Result<i64, AppError> {
    super::transaction(conn, |conn| {
        check_membership(conn, new.role, new.organisation)?;
        let id = create(conn, new)?;
        let mut event = AuditEvent::new("account_created", Outcome::Success)
            .subject(id)
            .detail(format!("role={}", new.role));
        if let Some(actor) = actor {
            event = event.actor(actor);
        }
        if let Some((org, _)) = new.organisation {
            event = event.organisation(org);
        }
        record(conn, &event)?;
        Ok(id)
    })
}

/// Ends one session (its token) and records it, together.
pub fn sign_out(
    conn: &mut DbConnection,
    user_id: i64,
    jti: &str,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        revoke_token(conn, jti, expires_at)?;
        record(
            conn,
            &AuditEvent::new("sign_out", Outcome::Success).actor(user_id),
        )
    })
}

/// Ends every session of the account and records it, together.
pub fn sign_out_everywhere(conn: &mut DbConnection, user_id: i64) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        bump_token_version(conn, user_id)?;
        record(
            conn,
            &AuditEvent::new("sign_out_everywhere", Outcome::Success).actor(user_id),
        )
    })
}

/// An administrator sets a staff member's password (ending every session of theirs), and it
/// is recorded, together. The member's key pair, wrapped with the old password, is
/// forgotten with every organisation key given to it: the administrator, who knows the new
/// password, can open nothing; a new key pair is made at the member's next sign-in, and a
/// lead gives them the organisation's key again.
pub fn reset_password(
    conn: &mut DbConnection,
    user_id: i64,
    hash: &str,
    actor: i64,
) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        set_password(conn, user_id, hash)?;
        super::keys::forget_keyring(conn, user_id)?;
        record(
            conn,
            &AuditEvent::new("password_reset", Outcome::Success)
                .actor(actor)
                .subject(user_id),
        )
    })
}

/// Stores a new password (ending every session) and records it, together; returns the new
/// token version.
pub fn change_password(conn: &mut DbConnection, user_id: i64, hash: &str) -> QueryResult<i64> {
    super::transaction(conn, |conn| {
        let version = set_password(conn, user_id, hash)?;
        record(
            conn,
            &AuditEvent::new("password_changed", Outcome::Success).actor(user_id),
        )?;
        Ok(version)
    })
}

pub fn count_organisations(conn: &mut DbConnection) -> QueryResult<i64> {
    organisations::table.count().get_result(conn)
}

/// Every account but workers.
pub fn count_staff(conn: &mut DbConnection) -> QueryResult<i64> {
    users::table
        .filter(users::role.ne(Role::Worker.as_str()))
        .count()
        .get_result(conn)
}

/// What an organisation was set to, for the audit log.
fn organisation_detail(draft: &OrganisationDraft) -> String {
    let countries: Vec<&str> = draft.countries.iter().map(|c| c.as_str()).collect();
    format!(
        "kind={}; countries={}; sectors={}; days={}/{}",
        draft.kind,
        countries.join(","),
        draft.sectors_column(),
        draft.acknowledge_days,
        draft.answer_days
    )
}

/// Creates an organisation and records `organisation_created`, together.
pub fn create_organisation_audited(
    conn: &mut DbConnection,
    draft: &OrganisationDraft,
    actor: i64,
) -> QueryResult<i64> {
    super::transaction(conn, |conn| {
        let id = create_organisation(conn, draft)?;
        record(
            conn,
            &AuditEvent::new("organisation_created", Outcome::Success)
                .actor(actor)
                .organisation(id)
                .detail(organisation_detail(draft)),
        )?;
        Ok(id)
    })
}

/// Updates an organisation and records `organisation_updated`, together.
pub fn update_organisation_audited(
    conn: &mut DbConnection,
    id: i64,
    draft: &OrganisationDraft,
    actor: i64,
) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        update_organisation(conn, id, draft)?;
        record(
            conn,
            &AuditEvent::new("organisation_updated", Outcome::Success)
                .actor(actor)
                .organisation(id)
                .detail(organisation_detail(draft)),
        )
    })
}

fn describe_membership(organisation: Option<(i64, OrgRole)>) -> String {
    match organisation {
        None => "none".to_owned(),
        Some((id, role)) => format!("{id}:{role}"),
    }
}

/// Changes a staff account's role, organisation and standing, in one transaction with one
/// audit event per kind of change (`role_changed`, `organisation_changed`,
/// `account_disabled` / `account_enabled`). The account's sessions end at once. Nothing is
/// written (and nobody signed out) when nothing changes.
pub fn change_staff_audited(
    conn: &mut DbConnection,
    id: i64,
    after: &StaffChange,
    actor: i64,
) -> Result<(), AppError> {
    super::transaction(conn, |conn| {
        let current = staff_member(conn, id)?.ok_or(AppError::NotFound)?;
        let before = StaffChange {
            role: Role::parse(&current.role)
                .ok_or_else(|| AppError::Internal(format!("stored role {}", current.role)))?,
            organisation: current.organisation_id.map(|org| {
                let standing = current.org_role.as_deref().and_then(OrgRole::parse);
                (org, standing.unwrap_or(OrgRole::Member))
            }),
            disabled: current.disabled,
        };
        if before == *after {
            return Ok(());
        }
        check_membership(conn, after.role, after.organisation)?;
        update_staff(conn, id, after)?;
        let event = |name: &'static str| {
            let event = AuditEvent::new(name, Outcome::Success)
                .actor(actor)
                .subject(id);
            match after.organisation.or(before.organisation) {
                Some((org, _)) => event.organisation(org),
                None => event,
            }
        };
        if before.role != after.role {
            let detail = format!("role={} → {}", before.role, after.role);
            record(conn, &event("role_changed").detail(detail))?;
        }
        if before.organisation != after.organisation {
            let detail = format!(
                "organisation={} → {}",
                describe_membership(before.organisation),
                describe_membership(after.organisation)
            );
            record(conn, &event("organisation_changed").detail(detail))?;
        }
        if before.disabled != after.disabled {
            let name = if after.disabled {
                "account_disabled"
            } else {
                "account_enabled"
            };
            record(conn, &event(name))?;
        }
        Ok(())
    })
}

/// Recomputes every account's lookup key after the key's definition changed (migration
/// 000013: confusable skeletons). An account whose new key another account already holds
/// keeps its old key, and is logged: both still sign in as before, and no new look-alike of
/// either can register. Returns the keys changed.
pub fn rekey_usernames(conn: &mut DbConnection) -> QueryResult<usize> {
    crate::db::transaction(conn, |conn| {
        let rows: Vec<(i64, String, String)> = users::table
            .order(users::id)
            .select((users::id, users::username, users::username_key))
            .load(conn)?;
        let mut keys: std::collections::HashSet<String> =
            rows.iter().map(|(_, _, key)| key.clone()).collect();
        let mut changed = 0;
        for (id, username, old) in rows {
            let new = crate::domain::account::Username::key_of(&username);
            if new == old {
                continue;
            }
            if keys.contains(&new) {
                tracing::warn!(
                    account = id,
                    "username looks like another account's; key kept"
                );
                continue;
            }
            diesel::update(users::table.find(id))
                .set(users::username_key.eq(&new))
                .execute(conn)?;
            keys.remove(&old);
            keys.insert(new);
            changed += 1;
        }
        Ok(changed)
    })
}
