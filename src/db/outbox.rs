//! The outbox: notifications written in the transaction of the change they announce, and
//! claimed, marked and retried by the delivery worker. A rolled-back change leaves no row;
//! a committed one always has its rows, whatever the mail server is doing.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text, Timestamp};

use super::DbConnection;
use super::schema::{outbox, users};
use crate::db_run;
use crate::domain::notice::{Kind, MailNotices};

/// One notification before it has recipients.
#[derive(Debug, Clone)]
pub struct Notice {
    pub kind: Kind,
    /// A path on this service (`/cases/12`), never with anything secret in it.
    pub link: String,
    /// Values the message's words use, e.g. an organisation's or an agency's name.
    pub params: BTreeMap<&'static str, String>,
}

impl Notice {
    pub fn new(kind: Kind, link: impl Into<String>) -> Notice {
        Notice {
            kind,
            link: link.into(),
            params: BTreeMap::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Notice {
        self.params.insert(name, value.into());
        self
    }

    fn params_json(&self) -> String {
        serde_json::to_string(&self.params).unwrap_or_else(|_| "{}".into())
    }
}

/// One outbox row as written: pending (or held for a digest), due at once.
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = outbox)]
pub struct NewMail {
    pub recipient: String,
    pub user_id: Option<i64>,
    pub language: String,
    pub kind: &'static str,
    pub link: String,
    pub params: String,
    pub state: &'static str,
    pub attempts: i32,
    pub due_at: NaiveDateTime,
    pub created_at: NaiveDateTime,
}

impl NewMail {
    /// A mail for an account, in its language (English when it has none), due at once. Its
    /// row holds the day only (midnight of `now`, which is already due): a notice's row never
    /// tells at what time of day the complaint or review it announces was sent.
    pub fn to(
        user_id: i64,
        recipient: String,
        language: Option<String>,
        kind: Kind,
        link: impl Into<String>,
        params: String,
        now: NaiveDateTime,
    ) -> NewMail {
        NewMail {
            recipient,
            user_id: Some(user_id),
            language: language.unwrap_or_else(|| crate::i18n::DEFAULT.code.into()),
            kind: kind.as_str(),
            link: link.into(),
            params,
            state: "pending",
            attempts: 0,
            due_at: crate::clock::day_of(now),
            created_at: crate::clock::day_of(now),
        }
    }

    /// Writes one mail; its id.
    pub fn insert(&self, conn: &mut DbConnection) -> QueryResult<i64> {
        diesel::insert_into(outbox::table)
            .values(self)
            .returning(outbox::id)
            .get_result(conn)
    }
}

/// Roles that belong to an organisation (the CHECK on `users` says the same).
const STAFF_ROLES: [&str; 3] = ["inspector", "union_officer", "caseworker"];

/// An account a notice may go to.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
struct Recipient {
    id: i64,
    email: Option<String>,
    language: Option<String>,
    mail_notices: String,
    org_role: Option<String>,
}

impl Recipient {
    fn is_lead(&self) -> bool {
        self.org_role.as_deref() == Some("lead")
    }
}

/// Who a notice is for.
#[derive(Debug, Clone, Copy)]
pub enum Audience {
    /// Every staff member of the organisation.
    Organisation(i64),
    /// The organisation's leads (overdue referrals).
    Leads(i64),
    /// One account (a worker about their complaint or review).
    Account(i64),
}

/// Writes the notice's rows: one per recipient who has an address, is not disabled and
/// wants mail; held for the digest of a lead who chose one (digestible kinds only). Call it
/// inside the transaction of the change it announces. Returns the rows written.
pub fn notify(
    conn: &mut DbConnection,
    audience: Audience,
    notice: &Notice,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let base = users::table
        .filter(users::disabled.eq(false))
        .filter(users::email.is_not_null())
        .filter(users::mail_notices.ne(MailNotices::None.as_str()));
    let found: Vec<Recipient> = match audience {
        Audience::Organisation(org) | Audience::Leads(org) => base
            .filter(users::organisation_id.eq(org))
            .filter(users::role.eq_any(STAFF_ROLES))
            .select(Recipient::as_select())
            .order(users::id)
            .load(conn)?,
        Audience::Account(id) => base
            .filter(users::id.eq(id))
            .select(Recipient::as_select())
            .load(conn)?,
    };
    let leads_only = matches!(audience, Audience::Leads(_));
    let params = notice.params_json();
    let rows: Vec<_> = found
        .into_iter()
        .filter(|r| !leads_only || r.is_lead())
        .filter_map(|r| {
            let held = notice.kind.digestible()
                && r.mail_notices == MailNotices::Digest.as_str()
                && r.is_lead();
            let mail = NewMail::to(
                r.id,
                r.email?,
                r.language,
                notice.kind,
                notice.link.clone(),
                params.clone(),
                now,
            );
            Some(NewMail {
                state: if held { "held" } else { "pending" },
                ..mail
            })
        })
        .collect();
    if rows.is_empty() {
        return Ok(0);
    }
    db_run!(conn, c => diesel::insert_into(outbox::table).values(&rows).execute(c))
}

/// Writes one notice for one account whatever its notification settings (a password reset
/// link it asked for), if it has an address and is not disabled. In the caller's transaction.
pub fn notify_always(
    conn: &mut DbConnection,
    account: i64,
    notice: &Notice,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    let found: Option<Recipient> = users::table
        .filter(users::disabled.eq(false))
        .filter(users::email.is_not_null())
        .filter(users::id.eq(account))
        .select(Recipient::as_select())
        .first(conn)
        .optional()?;
    let Some(mail) = found.and_then(|r| {
        let email = r.email?;
        Some(NewMail::to(
            r.id,
            email,
            r.language,
            notice.kind,
            notice.link.clone(),
            notice.params_json(),
            now,
        ))
    }) else {
        return Ok(0);
    };
    db_run!(conn, c => diesel::insert_into(outbox::table).values(&mail).execute(c))
}

// ---------------------------------------------------------------------------------------
// Delivery

/// A mail claimed for sending. `attempts` counts this try and identifies the claim: marking
/// checks it, so a deliverer whose lease ran out cannot overwrite a newer claim's result.
#[derive(Debug, Clone, QueryableByName)]
pub struct Claimed {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub recipient: String,
    #[diesel(sql_type = Text)]
    pub language: String,
    #[diesel(sql_type = Text)]
    pub kind: String,
    #[diesel(sql_type = Text)]
    pub link: String,
    #[diesel(sql_type = Text)]
    pub params: String,
    #[diesel(sql_type = Integer)]
    pub attempts: i32,
    /// A webhook's partner organisation (NULL for mail).
    #[diesel(sql_type = diesel::sql_types::Nullable<BigInt>)]
    pub organisation_id: Option<i64>,
}

/// Which deliverer takes a row: the mail deliverer or the webhook deliverer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Mail,
    Webhook,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Mail => "mail",
            Channel::Webhook => "webhook",
        }
    }
}

/// Claims up to `limit` rows of `channel` that are due, oldest first, moving each out of sight until
/// `lease_until` and counting the try. PostgreSQL skips rows another deliverer has locked;
/// SQLite runs the statement under its single write lock, so two deliverers never claim
/// the same row.
pub fn claim(
    conn: &mut DbConnection,
    channel: Channel,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<Claimed>> {
    const RETURNING: &str =
        "RETURNING id, recipient, language, kind, link, params, attempts, organisation_id";
    let lock = if matches!(conn, DbConnection::Postgresql(_)) {
        "FOR UPDATE SKIP LOCKED"
    } else {
        ""
    };
    // The channel is one of two constants, written into the statement: SQLite numbers
    // `$n` parameters in the order they first appear, so a fourth one could not follow `$3`.
    let channel = channel.as_str();
    db_run!(conn, c => {
        let sql = format!(
            "UPDATE outbox SET due_at = $1, attempts = attempts + 1 \
             WHERE id IN (SELECT id FROM outbox WHERE state = 'pending' AND channel = '{channel}' \
             AND due_at <= $2 ORDER BY due_at, id LIMIT $3 {lock}) {RETURNING}"
        );
        diesel::sql_query(sql)
            .bind::<Timestamp, _>(lease_until)
            .bind::<Timestamp, _>(now)
            .bind::<BigInt, _>(limit)
            .load::<Claimed>(c)
    })
}

/// The row a claim took: still pending, at the try that claim counted.
#[diesel::dsl::auto_type]
fn claimed(id: i64, attempts: i32) -> _ {
    let pending: &'static str = "pending";
    outbox::table
        .find(id)
        .filter(outbox::state.eq(pending))
        .filter(outbox::attempts.eq(attempts))
}

/// Extends the claim on a mail about to be sent until `until`: false when the claim is no
/// longer this deliverer's (its lease ran out and another claimed it, or it was marked).
pub fn renew(
    conn: &mut DbConnection,
    id: i64,
    attempts: i32,
    until: NaiveDateTime,
) -> QueryResult<bool> {
    Ok(diesel::update(claimed(id, attempts))
        .set(outbox::due_at.eq(until))
        .execute(conn)?
        == 1)
}

/// Gives a claimed mail back unsent (its server is stopping): due at `now` for the next
/// deliverer, and the try its claim counted not counted.
pub fn give_back(
    conn: &mut DbConnection,
    id: i64,
    attempts: i32,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    Ok(diesel::update(claimed(id, attempts))
        .set((
            outbox::due_at.eq(now),
            outbox::attempts.eq(outbox::attempts - 1),
        ))
        .execute(conn)?
        == 1)
}

/// The mail went out. A password reset's link (its one-time token) is not kept once sent.
pub fn mark_sent(
    conn: &mut DbConnection,
    id: i64,
    attempts: i32,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let marked = diesel::update(claimed(id, attempts))
        .set((
            outbox::state.eq("sent"),
            // The day only, and the lease's time of day wiped (see `NewMail::to`).
            outbox::sent_at.eq(Some(crate::clock::day_of(now))),
            outbox::due_at.eq(crate::clock::day_of(now)),
            outbox::last_error.eq(None::<String>),
        ))
        .execute(conn)?
        == 1;
    if marked {
        diesel::update(
            outbox::table
                .find(id)
                .filter(outbox::kind.eq(Kind::PasswordReset.as_str())),
        )
        .set(outbox::link.eq("/login/reset"))
        .execute(conn)?;
    }
    Ok(marked)
}

/// A transient failure: try again at `due`.
pub fn mark_retry(
    conn: &mut DbConnection,
    id: i64,
    attempts: i32,
    due: NaiveDateTime,
    error: &str,
) -> QueryResult<bool> {
    diesel::update(claimed(id, attempts))
        .set((outbox::due_at.eq(due), outbox::last_error.eq(Some(error))))
        .execute(conn)
        .map(|n| n == 1)
}

/// A permanent failure, or too many tries: given up, shown to administrators.
pub fn mark_dead(
    conn: &mut DbConnection,
    id: i64,
    attempts: i32,
    error: &str,
) -> QueryResult<bool> {
    diesel::update(claimed(id, attempts))
        .set((
            outbox::state.eq("dead"),
            outbox::due_at.eq(crate::clock::today()),
            outbox::last_error.eq(Some(error)),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

// ---------------------------------------------------------------------------------------
// Administrators

/// A mail given up on, as the administrators' page shows it.
#[derive(Debug, Clone, Queryable)]
pub struct DeadMail {
    pub id: i64,
    pub recipient: String,
    pub kind: String,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub created_at: NaiveDateTime,
}

/// Most dead mails the page lists (newest first).
pub const DEAD_LIST_MAX: i64 = 200;

pub fn dead(conn: &mut DbConnection) -> QueryResult<Vec<DeadMail>> {
    outbox::table
        .filter(outbox::state.eq("dead"))
        .order(outbox::id.desc())
        .limit(DEAD_LIST_MAX)
        .select((
            outbox::id,
            outbox::recipient,
            outbox::kind,
            outbox::attempts,
            outbox::last_error,
            outbox::created_at,
        ))
        .load(conn)
}

/// How many mails wait and how many are dead.
pub fn counts(conn: &mut DbConnection) -> QueryResult<(i64, i64)> {
    let pending = outbox::table
        .filter(outbox::state.eq("pending"))
        .count()
        .get_result(conn)?;
    let dead = outbox::table
        .filter(outbox::state.eq("dead"))
        .count()
        .get_result(conn)?;
    Ok((pending, dead))
}

/// Puts a dead mail back in line with a fresh count of tries. False when it is not dead
/// (already retried, or no such mail).
pub fn retry(conn: &mut DbConnection, id: i64, now: NaiveDateTime) -> QueryResult<bool> {
    diesel::update(outbox::table.find(id).filter(outbox::state.eq("dead")))
        .set((
            outbox::state.eq("pending"),
            outbox::attempts.eq(0),
            outbox::due_at.eq(now),
        ))
        .execute(conn)
        .map(|n| n == 1)
}

/// Puts every dead mail back in line; returns how many.
pub fn retry_all(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(outbox::table.filter(outbox::state.eq("dead")))
        .set((
            outbox::state.eq("pending"),
            outbox::attempts.eq(0),
            outbox::due_at.eq(now),
        ))
        .execute(conn)
}

// ---------------------------------------------------------------------------------------
// Digests and upkeep

/// Sent mails are kept this long (for support questions), then deleted.
pub const KEEP_SENT: chrono::TimeDelta = chrono::TimeDelta::days(30);

/// Gathers what is held for each digest reader into one digest mail, for those whose last
/// digest was written on an earlier day (rows keep the day only) or who never had one. The held rows are marked as sent in
/// that digest in the same transaction. Returns the digests written.
pub fn gather_digests(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    // A read first: with nothing held (nearly always) the upkeep takes no write lock.
    let any_held: bool = diesel::select(diesel::dsl::exists(
        outbox::table.filter(outbox::state.eq("held")),
    ))
    .get_result(conn)?;
    if !any_held {
        return Ok(0);
    }
    super::transaction(conn, |conn| {
        let held: Vec<(Option<i64>, String, String, String)> = outbox::table
            .filter(outbox::state.eq("held"))
            .order((outbox::user_id, outbox::id))
            .select((
                outbox::user_id,
                outbox::recipient,
                outbox::language,
                outbox::kind,
            ))
            .load(conn)?;
        let mut by_reader: BTreeMap<i64, (String, String, BTreeMap<String, i64>)> = BTreeMap::new();
        for (user, recipient, language, kind) in held {
            let Some(user) = user else { continue };
            let entry = by_reader
                .entry(user)
                .or_insert_with(|| (recipient, language, BTreeMap::new()));
            *entry.2.entry(kind).or_default() += 1;
        }
        let mut written = 0;
        for (user, (recipient, language, counts)) in by_reader {
            let recent: i64 = outbox::table
                .filter(outbox::user_id.eq(user))
                .filter(outbox::kind.eq(Kind::Digest.as_str()))
                .filter(outbox::created_at.ge(crate::clock::day_of(now)))
                .count()
                .get_result(conn)?;
            if recent > 0 {
                continue;
            }
            let params = serde_json::to_string(&counts).unwrap_or_else(|_| "{}".into());
            let digest = NewMail::to(
                user,
                recipient,
                Some(language),
                Kind::Digest,
                "/inspect",
                params,
                now,
            )
            .insert(conn)?;
            diesel::update(
                outbox::table
                    .filter(outbox::user_id.eq(user))
                    .filter(outbox::state.eq("held")),
            )
            .set((
                outbox::state.eq("digested"),
                outbox::digest_id.eq(Some(digest)),
                outbox::sent_at.eq(Some(crate::clock::day_of(now))),
            ))
            .execute(conn)?;
            written += 1;
        }
        Ok(written)
    })
}

/// Deletes sent and digested mails older than [`KEEP_SENT`]: an address does not stay
/// beside the kind of notice it got for longer than support needs.
pub fn purge_sent(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<usize> {
    let before = now - KEEP_SENT;
    super::transaction(conn, |conn| {
        // Digested rows point at their digest, which is younger than they are: they go
        // first, so no digest is deleted while a row points at it.
        let digested = diesel::delete(
            outbox::table
                .filter(outbox::state.eq("digested"))
                .filter(outbox::created_at.lt(before)),
        )
        .execute(conn)?;
        let sent = diesel::delete(
            outbox::table
                .filter(outbox::state.eq("sent"))
                .filter(outbox::created_at.lt(before)),
        )
        .execute(conn)?;
        Ok(digested + sent)
    })
}
