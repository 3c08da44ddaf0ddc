//! Recruiter storage: the directory search, profiles, the idempotent licence-list upsert,
//! and the names workers typed that wait for a moderator before the directory shows them.
//!
//! Only `listing = 'listed'` rows are public: the search, the public profile, the count,
//! reviews, the watchlist and the rankings read no other. A sub-agent named in a complaint
//! or a review is `pending` until a moderator approves it (`approved`, public from the next
//! weekly publication, so its appearance is not tied in time to a complaint) or refuses it.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Bool, Nullable, Text};

mod lists;
mod names;

pub use lists::{fill_licence_keys, mark_missing};

pub use names::{
    LookAlike, WAITING_PAGE, WaitingName, decide_name, fill_name_keys, look_alikes,
    publish_approved, waiting_names,
};

use super::DbConnection;
use super::schema::{licence_events, recruiter_destinations, recruiters};
use crate::db_run;
use crate::domain::licence;
use crate::domain::recruiter::{LicenceStatus, PublicId, RecruiterSearch};
use crate::domain::text;

/// One line of a result list; also the head of a profile.
#[derive(Debug, Clone, QueryableByName, Queryable)]
pub struct RecruiterListRow {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub public_id: String,
    #[diesel(sql_type = Text)]
    pub name: String,
    #[diesel(sql_type = Nullable<Text>)]
    pub licence_number: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub licensing_country: Option<String>,
    #[diesel(sql_type = Nullable<Text>)]
    pub licence_status: Option<String>,
    #[diesel(sql_type = Bool)]
    pub is_sub_agent: bool,
}

/// A page of results, each with its destinations.
#[derive(Debug, Clone)]
pub struct SearchPage {
    pub items: Vec<(RecruiterListRow, Vec<String>)>,
    pub has_more: bool,
}

#[derive(Debug, Clone, Queryable)]
pub struct LicenceEventRow {
    pub status: String,
    pub recorded_at: NaiveDateTime,
}

/// Everything a profile shows.
#[derive(Debug, Clone)]
pub struct RecruiterProfile {
    pub recruiter: RecruiterListRow,
    pub address: Option<String>,
    pub destinations: Vec<String>,
    pub history: Vec<LicenceEventRow>,
}

enum Bind {
    Text(String),
    Int(i64),
}

/// Collects bound values and writes each engine's placeholder (`?` or `$n`).
struct Params {
    binds: Vec<Bind>,
    postgres: bool,
}

impl Params {
    fn push(&mut self, bind: Bind) -> String {
        self.binds.push(bind);
        if self.postgres {
            format!("${}", self.binds.len())
        } else {
            "?".to_owned()
        }
    }

    fn text(&mut self, value: impl Into<String>) -> String {
        self.push(Bind::Text(value.into()))
    }
}

const LIST_COLUMNS: &str = "r.id, r.public_id, r.name, r.name_norm, r.licence_number, \
     r.licensing_country, r.licence_status, r.is_sub_agent";

/// Rows of the folded-name order a search for words checks first on SQLite (see
/// [`search_sql`]): about 0.2 ms of index entries; a word in fewer than one name in a
/// hundred (the page's rows over this) goes to the trigram index instead.
const WALK_ROWS: i64 = 2_000;

/// Builds the search SQL for one engine. Every condition is served by an index: the text
/// through FTS5 trigrams (SQLite) or a pg_trgm GIN index (PostgreSQL), short prefixes and the
/// sort through the folded-name b-tree, countries, statuses and destinations through their own.
///
/// A text search is the union of two branches, names and licence numbers, each with the
/// filters and each cut at the rows the page needs, so a common prefix ("ma") walks the
/// name index in order and stops instead of collecting thousands of matches to sort.
///
/// On SQLite, words (three characters or more) are first looked for by walking the name
/// index in order, checking each entry's folded name with `LIKE` before reading its row,
/// up to the name [`WALK_ROWS`] entries in: a word in one name in ten fills a page after
/// about two hundred entries and the walk stops there. Only when the walk did not fill the
/// page (a rarer word) does the FTS5 index collect every match to sort them — at most a few
/// thousand, since a word that common fills the walk. Either way the rows are the first
/// matches in name order, as before: the walk has seen every row up to where it stopped. On
/// PostgreSQL the planner makes that choice itself (an index scan in name order for a common
/// word, the trigram index for a rare one).
fn search_sql(search: &RecruiterSearch, postgres: bool) -> (String, Vec<Bind>) {
    let mut params = Params {
        binds: Vec::new(),
        postgres,
    };
    let collate = if postgres { " COLLATE \"C\"" } else { "" };
    let order = format!("ORDER BY r.name_norm{collate}, r.id");
    let filters = |params: &mut Params| {
        let mut sql = String::from(" AND r.listing = 'listed'");
        if let Some(country) = search.country {
            sql.push_str(&format!(
                " AND r.licensing_country = {}",
                params.text(country.as_str())
            ));
        }
        if let Some(status) = search.status {
            sql.push_str(&format!(
                " AND r.licence_status = {}",
                params.text(status.as_str())
            ));
        }
        if let Some(destination) = search.destination {
            sql.push_str(&format!(
                " AND r.id IN (SELECT recruiter_id FROM recruiter_destinations WHERE country = {})",
                params.text(destination.as_str())
            ));
        }
        sql
    };
    let needed = search.offset() + search.per_page + 1;
    // SQLite numbers `?` in the order they appear: every part below is written, and its
    // values pushed, in the order of the text.
    let mut with = String::new();
    let source = match &search.text {
        None => {
            let f = filters(&mut params);
            format!("SELECT {LIST_COLUMNS} FROM recruiters r WHERE 1 = 1{f}")
        }
        Some(text) => {
            let names = if text.prefix.is_none() && !postgres {
                let (cte, names) = words_sql(&mut params, &filters, &text.tokens, needed);
                with = cte;
                names
            } else {
                let by_name = if let Some(prefix) = &text.prefix {
                    let low = params.text(prefix.clone());
                    let high = params.text(format!("{prefix}\u{10FFFF}"));
                    format!("r.name_norm{collate} >= {low} AND r.name_norm{collate} < {high}")
                } else {
                    let likes: Vec<String> = text
                        .tokens
                        .iter()
                        .map(|t| format!("r.name_norm LIKE {}", params.text(format!("%{t}%"))))
                        .collect();
                    likes.join(" AND ")
                };
                let f = filters(&mut params);
                let limit = params.push(Bind::Int(needed));
                format!(
                    "SELECT * FROM (SELECT {LIST_COLUMNS} FROM recruiters r WHERE {by_name}{f} \
                     {order} LIMIT {limit}) AS by_name"
                )
            };
            // A query with no letter or digit has no form; `''` matches no stored key.
            let licence = if text.licence_forms.is_empty() {
                params.text("")
            } else {
                let list: Vec<String> = text
                    .licence_forms
                    .iter()
                    .map(|f| params.text(f.clone()))
                    .collect();
                list.join(", ")
            };
            let f = filters(&mut params);
            let limit = params.push(Bind::Int(needed));
            let licences = format!(
                "SELECT * FROM (SELECT {LIST_COLUMNS} FROM recruiters r \
                 WHERE r.licence_key IN ({licence}){f} LIMIT {limit}) AS by_licence"
            );
            format!("{names} UNION {licences}")
        }
    };
    let limit = params.push(Bind::Int(search.per_page + 1));
    let offset = params.push(Bind::Int(search.offset()));
    let sql = format!("{with}SELECT * FROM ({source}) AS r {order} LIMIT {limit} OFFSET {offset}");
    (sql, params.binds)
}

/// SQLite's names branch of a search for words: a `WITH walked` clause (the walk of the
/// name index up to the fence, cut at the first `needed` matches) and the branch itself,
/// which is the walk when it filled the page and FTS5's matches otherwise (see
/// [`search_sql`]). The one-row `short` table, joined first, keeps FTS5 from collecting
/// anything when the walk filled the page.
fn words_sql(
    params: &mut Params,
    filters: &dyn Fn(&mut Params) -> String,
    tokens: &[String],
    needed: i64,
) -> (String, String) {
    let order = "ORDER BY r.name_norm, r.id";
    // Folded tokens hold letters and digits only: no `%`, `_` or quote to escape.
    let likes: Vec<String> = tokens
        .iter()
        .map(|w| format!("r.name_norm LIKE {}", params.text(format!("%{w}%"))))
        .collect();
    let likes = likes.join(" AND ");
    let f = filters(params);
    let walk = params.push(Bind::Int(WALK_ROWS));
    let cut = params.push(Bind::Int(needed));
    let cte = format!(
        "WITH walked AS MATERIALIZED (SELECT {LIST_COLUMNS} FROM recruiters r \
         WHERE {likes}{f} AND r.name_norm <= COALESCE(\
         (SELECT name_norm FROM recruiters ORDER BY name_norm LIMIT 1 OFFSET {walk}), \
         (SELECT max(name_norm) FROM recruiters)) {order} LIMIT {cut}) "
    );
    let filled = params.push(Bind::Int(needed));
    let short = params.push(Bind::Int(needed));
    // Folded tokens hold letters and digits only, so the quoting cannot be escaped.
    let phrases: Vec<String> = tokens.iter().map(|t| format!("\"{t}\"")).collect();
    let m = params.text(phrases.join(" AND "));
    let f = filters(params);
    let limit = params.push(Bind::Int(needed));
    let names = format!(
        "SELECT * FROM walked WHERE (SELECT count(*) FROM walked) = {filled} \
         UNION ALL SELECT * FROM (SELECT {LIST_COLUMNS} \
         FROM (SELECT 1 WHERE (SELECT count(*) FROM walked) < {short}) AS short \
         CROSS JOIN recruiters r \
         WHERE r.id IN (SELECT rowid FROM recruiter_search WHERE recruiter_search MATCH {m}){f} \
         {order} LIMIT {limit}) AS by_name"
    );
    (cte, names)
}

/// One page of the directory: two queries whatever the directory's size.
pub fn search(conn: &mut DbConnection, search: &RecruiterSearch) -> QueryResult<SearchPage> {
    let postgres = matches!(conn, DbConnection::Postgresql(_));
    let (sql, binds) = search_sql(search, postgres);
    let mut rows: Vec<RecruiterListRow> = db_run!(conn, c => {
        let mut query = diesel::sql_query(sql).into_boxed();
        for bind in binds {
            query = match bind {
                Bind::Text(s) => query.bind::<Text, _>(s),
                Bind::Int(i) => query.bind::<BigInt, _>(i),
            };
        }
        query.load(c)?
    });
    let has_more = rows.len() as i64 > search.per_page;
    rows.truncate(search.per_page as usize);
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut destinations = destinations_of(conn, &ids)?;
    let items = rows
        .into_iter()
        .map(|row| {
            let d = destinations.remove(&row.id).unwrap_or_default();
            (row, d)
        })
        .collect();
    Ok(SearchPage { items, has_more })
}

fn destinations_of(conn: &mut DbConnection, ids: &[i64]) -> QueryResult<HashMap<i64, Vec<String>>> {
    let mut map: HashMap<i64, Vec<String>> = HashMap::new();
    if ids.is_empty() {
        return Ok(map);
    }
    let pairs: Vec<(i64, String)> = recruiter_destinations::table
        .filter(recruiter_destinations::recruiter_id.eq_any(ids))
        .order((
            recruiter_destinations::recruiter_id,
            recruiter_destinations::country,
        ))
        .select((
            recruiter_destinations::recruiter_id,
            recruiter_destinations::country,
        ))
        .load(conn)?;
    for (id, country) in pairs {
        map.entry(id).or_default().push(country);
    }
    Ok(map)
}

/// A listed recruiter's public profile by public id: three queries. A name waiting for a
/// moderator, or refused, is not found.
pub fn profile(
    conn: &mut DbConnection,
    public_id: &PublicId,
) -> QueryResult<Option<RecruiterProfile>> {
    profile_of(conn, public_id, true)
}

/// Any recruiter's profile, listed or not (administrators).
pub fn profile_any(
    conn: &mut DbConnection,
    public_id: &PublicId,
) -> QueryResult<Option<RecruiterProfile>> {
    profile_of(conn, public_id, false)
}

fn profile_of(
    conn: &mut DbConnection,
    public_id: &PublicId,
    listed_only: bool,
) -> QueryResult<Option<RecruiterProfile>> {
    // Two static queries rather than one boxed: diesel caches the prepared statement of a
    // query whose SQL is known at compile time, and parses a boxed one again every time.
    let columns = (
        (
            recruiters::id,
            recruiters::public_id,
            recruiters::name,
            recruiters::licence_number,
            recruiters::licensing_country,
            recruiters::licence_status,
            recruiters::is_sub_agent,
        ),
        recruiters::address,
    );
    let by_id = recruiters::table.filter(recruiters::public_id.eq(public_id.as_str()));
    let found = if listed_only {
        by_id
            .filter(recruiters::listing.eq(LISTED))
            .select(columns)
            .first::<(RecruiterListRow, Option<String>)>(conn)
    } else {
        by_id
            .select(columns)
            .first::<(RecruiterListRow, Option<String>)>(conn)
    };
    let Some((recruiter, address)) = found.optional()? else {
        return Ok(None);
    };
    // One recruiter: `=` (a cached statement), not `IN (…)` (parsed for each count of ids).
    let destinations = recruiter_destinations::table
        .filter(recruiter_destinations::recruiter_id.eq(recruiter.id))
        .order(recruiter_destinations::country)
        .select(recruiter_destinations::country)
        .load(conn)?;
    let history = licence_events::table
        .filter(licence_events::recruiter_id.eq(recruiter.id))
        .order((
            licence_events::recorded_at.desc(),
            licence_events::id.desc(),
        ))
        .select((licence_events::status, licence_events::recorded_at))
        .load(conn)?;
    Ok(Some(RecruiterProfile {
        recruiter,
        address,
        destinations,
        history,
    }))
}

/// Refreshes the planner's statistics after a bulk load, so the very next search picks the
/// index plans instead of plans made for an empty table (PostgreSQL's autovacuum would get
/// there, minutes later).
pub fn refresh_statistics(conn: &mut DbConnection) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    match conn {
        DbConnection::Postgresql(c) => {
            c.batch_execute("ANALYZE recruiters, recruiter_destinations")
        }
        DbConnection::Sqlite(c) => c.batch_execute("PRAGMA optimize"),
    }
}

/// The listing of a public directory row.
pub const LISTED: &str = "listed";
/// A name workers typed, waiting for a moderator.
pub const PENDING: &str = "pending";
/// Approved by a moderator: listed at the next weekly publication.
pub const APPROVED: &str = "approved";
/// Refused by a moderator: never public.
pub const REFUSED: &str = "refused";

/// Whether the directory holds any row at all (listed or not).
pub fn any(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        recruiters::table.select(recruiters::id),
    ))
    .get_result(conn)
}

/// Whether a recruiter other than the demo data set's is stored (the demo's licence numbers
/// all start with `DEMO-`; sub-agents carry none).
pub fn any_outside_demo(conn: &mut DbConnection) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        recruiters::table
            .filter(recruiters::licence_number.is_not_null())
            .filter(recruiters::licence_number.not_like("DEMO-%")),
    ))
    .get_result(conn)
}

/// Listed recruiters (the home page's figure).
pub fn count(conn: &mut DbConnection) -> QueryResult<i64> {
    recruiters::table
        .filter(recruiters::listing.eq(LISTED))
        .count()
        .get_result(conn)
}

/// A licensed agency as a government's licence list gives it, already validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listing {
    pub name: String,
    pub licence_number: String,
    pub licensing_country: String,
    pub licence_status: LicenceStatus,
    pub address: Option<String>,
    /// Sorted and without duplicates.
    pub destinations: Vec<String>,
}

impl Listing {
    /// The licence number's normal form in its licensing country: with the country, what
    /// identifies the agency (`RL-0923` and `0923` in Bangladesh are one).
    pub fn licence_key(&self) -> String {
        licence::normal_form(&self.licensing_country, &self.licence_number)
    }
}

/// Bound parameters per multi-row insert: under SQLite's limit of 32,766 (and PostgreSQL's
/// 65,535), whatever the number of columns.
const MAX_PARAMS: usize = 30_000;

/// What happened to each listing of a batch, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UpsertOutcome {
    Inserted,
    Updated,
    Unchanged,
}

#[derive(Insertable)]
#[diesel(table_name = recruiters)]
struct NewRecruiter<'a> {
    public_id: String,
    name: &'a str,
    name_norm: String,
    name_key: String,
    licence_number: &'a str,
    licence_norm: String,
    licence_key: String,
    licensing_country: &'a str,
    licence_status: &'a str,
    address: Option<&'a str>,
    is_sub_agent: bool,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

impl<'a> NewRecruiter<'a> {
    /// A licensed recruiter's new row, with a fresh public id and the folded search columns.
    fn of(listing: &'a Listing, now: NaiveDateTime) -> NewRecruiter<'a> {
        NewRecruiter {
            public_id: PublicId::generate().to_string(),
            name: &listing.name,
            name_norm: text::fold(&listing.name),
            name_key: text::name_key(&listing.name),
            licence_number: &listing.licence_number,
            licence_norm: text::fold_licence(&listing.licence_number),
            licence_key: listing.licence_key(),
            licensing_country: &listing.licensing_country,
            licence_status: listing.licence_status.as_str(),
            address: listing.address.as_deref(),
            is_sub_agent: false,
            created_at: now,
            updated_at: now,
        }
    }
}

#[derive(Insertable)]
#[diesel(table_name = licence_events)]
struct NewLicenceEvent<'a> {
    recruiter_id: i64,
    status: &'a str,
    recorded_at: NaiveDateTime,
    source: &'a str,
}

#[derive(Insertable)]
#[diesel(table_name = recruiter_destinations)]
struct NewDestination<'a> {
    recruiter_id: i64,
    country: &'a str,
}

/// A stored listing, as the upsert compares it with an incoming one.
#[derive(Queryable)]
struct Existing {
    id: i64,
    name: String,
    licence_number: Option<String>,
    licensing_country: Option<String>,
    licence_status: Option<String>,
    address: Option<String>,
}

/// (licensing country, licence number's normal form): what identifies a licensed agency.
type ListingKey = (String, String);

/// A stored listing and its destinations.
struct Stored {
    row: Existing,
    destinations: Vec<String>,
}

/// The stored listings that share a licence number's normal form with the batch, keyed on
/// (licensing country, normal form), each with its destinations: two queries.
fn existing_listings(
    conn: &mut DbConnection,
    listings: &[Listing],
) -> QueryResult<HashMap<ListingKey, Stored>> {
    let keys: Vec<String> = listings.iter().map(Listing::licence_key).collect();
    let existing: Vec<(String, Existing)> = recruiters::table
        .filter(recruiters::licence_key.eq_any(&keys))
        .filter(recruiters::is_sub_agent.eq(false))
        .select((
            recruiters::licence_key.assume_not_null(),
            (
                recruiters::id,
                recruiters::name,
                recruiters::licence_number,
                recruiters::licensing_country,
                recruiters::licence_status,
                recruiters::address,
            ),
        ))
        .load(conn)?;
    let ids: Vec<i64> = existing.iter().map(|(_, e)| e.id).collect();
    let mut destinations = destinations_of(conn, &ids)?;
    Ok(existing
        .into_iter()
        .filter_map(|(licence_key, e)| {
            let key = (e.licensing_country.clone()?, licence_key);
            let d = destinations.remove(&e.id).unwrap_or_default();
            Some((
                key,
                Stored {
                    row: e,
                    destinations: d,
                },
            ))
        })
        .collect())
}

/// Writes what changed in one stored listing; returns whether anything did. The status
/// change goes to `events`, a destination change to `replaced`, both written in bulk later.
fn update_listing<'a>(
    conn: &mut DbConnection,
    stored: &Stored,
    listing: &'a Listing,
    now: NaiveDateTime,
    events: &mut Vec<(i64, LicenceStatus)>,
    replaced: &mut Vec<(i64, &'a Listing)>,
) -> QueryResult<bool> {
    let old = &stored.row;
    let status_changed = old.licence_status.as_deref() != Some(listing.licence_status.as_str());
    let fields_changed = old.name != listing.name || old.address != listing.address;
    if status_changed || fields_changed {
        diesel::update(recruiters::table.find(old.id))
            .set((
                recruiters::name.eq(&listing.name),
                recruiters::name_norm.eq(text::fold(&listing.name)),
                recruiters::name_key.eq(text::name_key(&listing.name)),
                recruiters::licence_status.eq(listing.licence_status.as_str()),
                recruiters::address.eq(listing.address.as_deref()),
                recruiters::updated_at.eq(now),
            ))
            .execute(conn)?;
    }
    if status_changed {
        events.push((old.id, listing.licence_status));
    }
    let destinations_changed = stored.destinations != listing.destinations;
    if destinations_changed {
        replaced.push((old.id, listing));
    }
    Ok(status_changed || fields_changed || destinations_changed)
}

/// Inserts new listings in multi-row statements; returns their ids, in order.
fn insert_listings(
    conn: &mut DbConnection,
    listings: &[&Listing],
    now: NaiveDateTime,
) -> QueryResult<Vec<i64>> {
    if listings.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<NewRecruiter> = listings
        .iter()
        .map(|listing| NewRecruiter::of(listing, now))
        .collect();
    for chunk in rows.chunks(MAX_PARAMS / 13) {
        db_run!(&mut *conn, c => diesel::insert_into(recruiters::table).values(chunk).execute(c))?;
    }
    let public_ids: Vec<&str> = rows.iter().map(|r| r.public_id.as_str()).collect();
    let ids: HashMap<String, i64> = recruiters::table
        .filter(recruiters::public_id.eq_any(&public_ids))
        .select((recruiters::public_id, recruiters::id))
        .load::<(String, i64)>(conn)?
        .into_iter()
        .collect();
    public_ids
        .iter()
        .map(|p| ids.get(*p).copied().ok_or(diesel::result::Error::NotFound))
        .collect()
}

/// Inserts or updates a batch of listings in one transaction, keyed on (licensing country,
/// licence number). A changed status adds a dated licence event; an identical listing writes
/// nothing. Listings must have distinct keys (the importer rejects repeats). The number of
/// statements depends on the number of changed rows, not on the batch size: inserts go in
/// multi-row statements.
pub fn upsert_listings(
    conn: &mut DbConnection,
    listings: &[Listing],
    source: &str,
    now: NaiveDateTime,
) -> QueryResult<Vec<UpsertOutcome>> {
    super::transaction(conn, |conn| {
        let existing = existing_listings(conn, listings)?;
        let mut outcomes = Vec::with_capacity(listings.len());
        let mut fresh: Vec<&Listing> = Vec::new();
        let mut events: Vec<(i64, LicenceStatus)> = Vec::new();
        let mut replaced: Vec<(i64, &Listing)> = Vec::new();
        for listing in listings {
            let key = (listing.licensing_country.clone(), listing.licence_key());
            let outcome = match existing.get(&key) {
                None => {
                    fresh.push(listing);
                    UpsertOutcome::Inserted
                }
                Some(old) => {
                    if update_listing(conn, old, listing, now, &mut events, &mut replaced)? {
                        UpsertOutcome::Updated
                    } else {
                        UpsertOutcome::Unchanged
                    }
                }
            };
            outcomes.push(outcome);
        }

        if !replaced.is_empty() {
            let ids: Vec<i64> = replaced.iter().map(|(id, _)| *id).collect();
            let old = recruiter_destinations::table
                .filter(recruiter_destinations::recruiter_id.eq_any(&ids));
            diesel::delete(old).execute(conn)?;
        }
        let ids = insert_listings(conn, &fresh, now)?;
        // A new listing starts its history with its first status.
        events.extend(
            ids.iter()
                .zip(&fresh)
                .map(|(id, l)| (*id, l.licence_status)),
        );
        replaced.extend(ids.into_iter().zip(fresh));

        let destinations: Vec<NewDestination> = replaced
            .iter()
            .flat_map(|(id, listing)| {
                listing.destinations.iter().map(|country| NewDestination {
                    recruiter_id: *id,
                    country,
                })
            })
            .collect();
        for chunk in destinations.chunks(MAX_PARAMS / 2) {
            db_run!(&mut *conn, c => diesel::insert_into(recruiter_destinations::table)
                .values(chunk)
                .execute(c))?;
        }
        let events: Vec<NewLicenceEvent> = events
            .into_iter()
            .map(|(recruiter_id, status)| NewLicenceEvent {
                recruiter_id,
                status: status.as_str(),
                recorded_at: now,
                source,
            })
            .collect();
        for chunk in events.chunks(MAX_PARAMS / 4) {
            db_run!(&mut *conn, c => diesel::insert_into(licence_events::table)
                .values(chunk)
                .execute(c))?;
        }
        Ok(outcomes)
    })
}

/// What an administrator's save of a recruiter did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminSave {
    /// Nothing differed from what was stored: nothing was written.
    Unchanged,
    /// Saved (with a licence event when the status changed); the public id.
    Saved(String),
    /// Not saved: the new name looks like these listed agencies' (UTS #39 skeleton), and the
    /// administrator has not said it is a different agency.
    LookAlike(Vec<LookAlike>),
}

/// The error a licence number already held in that country gives, on the form's field.
fn licence_taken() -> crate::error::AppError {
    crate::error::InputError::new("licence_number", "admin-error-licence-taken").into()
}

/// Is the licence (its country and normal form: `RL 923` is `RL-0923`) held by a recruiter
/// other than `except`?
fn licence_holder(
    conn: &mut DbConnection,
    listing: &Listing,
    except: Option<i64>,
) -> QueryResult<bool> {
    let holders: Vec<i64> = recruiters::table
        .filter(recruiters::licence_key.eq(listing.licence_key()))
        .filter(recruiters::licensing_country.eq(&listing.licensing_country))
        .select(recruiters::id)
        .load(conn)?;
    Ok(holders.iter().any(|id| Some(*id) != except))
}

fn map_unique(e: diesel::result::Error) -> crate::error::AppError {
    match e {
        diesel::result::Error::DatabaseError(
            diesel::result::DatabaseErrorKind::UniqueViolation,
            _,
        ) => licence_taken(),
        other => other.into(),
    }
}

fn insert_destinations(conn: &mut DbConnection, id: i64, countries: &[String]) -> QueryResult<()> {
    if countries.is_empty() {
        return Ok(());
    }
    let rows: Vec<NewDestination> = countries
        .iter()
        .map(|country| NewDestination {
            recruiter_id: id,
            country,
        })
        .collect();
    db_run!(&mut *conn, c => diesel::insert_into(recruiter_destinations::table)
        .values(&rows)
        .execute(c))?;
    Ok(())
}

/// An administrator adds a licensed recruiter: the row, its destinations, the first licence
/// event (source `admin`) and the audit event `recruiter_created`, in one transaction. A
/// licence number already held in that country is refused on the `licence_number` field.
/// A name that looks like a listed agency's is not saved unless `look_alike_ok` (the
/// administrator ticked that it is a different agency).
pub fn create_by_admin(
    conn: &mut DbConnection,
    listing: &Listing,
    look_alike_ok: bool,
    actor: i64,
    now: NaiveDateTime,
) -> Result<AdminSave, crate::error::AppError> {
    use super::accounts::{self, AuditEvent, Outcome};
    super::transaction(conn, |conn| {
        if licence_holder(conn, listing, None)? {
            return Err(licence_taken());
        }
        if !look_alike_ok {
            let similar = look_alikes(conn, &listing.name, None)?;
            if !similar.is_empty() {
                return Ok(AdminSave::LookAlike(similar));
            }
        }
        let row = NewRecruiter::of(listing, now);
        let public_id = row.public_id.clone();
        let id: i64 = diesel::insert_into(recruiters::table)
            .values(&row)
            .returning(recruiters::id)
            .get_result(conn)
            .map_err(map_unique)?;
        insert_destinations(conn, id, &listing.destinations)?;
        diesel::insert_into(licence_events::table)
            .values(NewLicenceEvent {
                recruiter_id: id,
                status: listing.licence_status.as_str(),
                recorded_at: now,
                source: "admin",
            })
            .execute(conn)?;
        accounts::record(
            conn,
            &AuditEvent::new("recruiter_created", Outcome::Success)
                .actor(actor)
                .detail(format!(
                    "recruiter={public_id}; status={}",
                    listing.licence_status
                )),
        )?;
        Ok(AdminSave::Saved(public_id))
    })
}

/// An administrator edits every field of a recruiter. A new name that looks like another
/// listed agency's is not saved unless `look_alike_ok`. A status change adds a licence event
/// (source `admin`); any change records the audit event `recruiter_updated` naming the
/// status change; all in one transaction. Unknown id: `NotFound`. A licence number another
/// recruiter holds in that country is refused on the `licence_number` field.
pub fn update_by_admin(
    conn: &mut DbConnection,
    public_id: &PublicId,
    listing: &Listing,
    look_alike_ok: bool,
    actor: i64,
    now: NaiveDateTime,
) -> Result<AdminSave, crate::error::AppError> {
    use super::accounts::{self, AuditEvent, Outcome};
    super::transaction(conn, |conn| {
        let old: Existing = recruiters::table
            .filter(recruiters::public_id.eq(public_id.as_str()))
            .select((
                recruiters::id,
                recruiters::name,
                recruiters::licence_number,
                recruiters::licensing_country,
                recruiters::licence_status,
                recruiters::address,
            ))
            .first(conn)
            .optional()?
            .ok_or(crate::error::AppError::NotFound)?;
        let old_destinations = destinations_of(conn, &[old.id])?
            .remove(&old.id)
            .unwrap_or_default();
        let status_changed = old.licence_status.as_deref() != Some(listing.licence_status.as_str());
        let fields_changed = old.name != listing.name
            || old.address != listing.address
            || old.licence_number.as_deref() != Some(listing.licence_number.as_str())
            || old.licensing_country.as_deref() != Some(listing.licensing_country.as_str());
        let destinations_changed = old_destinations != listing.destinations;
        if !(status_changed || fields_changed || destinations_changed) {
            return Ok(AdminSave::Unchanged);
        }
        if licence_holder(conn, listing, Some(old.id))? {
            return Err(licence_taken());
        }
        if old.name != listing.name && !look_alike_ok {
            let similar = look_alikes(conn, &listing.name, Some(old.id))?;
            if !similar.is_empty() {
                return Ok(AdminSave::LookAlike(similar));
            }
        }
        diesel::update(recruiters::table.find(old.id))
            .set((
                recruiters::name.eq(&listing.name),
                recruiters::name_norm.eq(text::fold(&listing.name)),
                recruiters::name_key.eq(text::name_key(&listing.name)),
                recruiters::licence_number.eq(&listing.licence_number),
                recruiters::licence_norm.eq(text::fold_licence(&listing.licence_number)),
                recruiters::licence_key.eq(listing.licence_key()),
                recruiters::licensing_country.eq(&listing.licensing_country),
                recruiters::licence_status.eq(listing.licence_status.as_str()),
                recruiters::address.eq(listing.address.as_deref()),
                recruiters::updated_at.eq(now),
            ))
            .execute(conn)
            .map_err(map_unique)?;
        if destinations_changed {
            diesel::delete(
                recruiter_destinations::table
                    .filter(recruiter_destinations::recruiter_id.eq(old.id)),
            )
            .execute(conn)?;
            insert_destinations(conn, old.id, &listing.destinations)?;
        }
        let mut detail = format!("recruiter={public_id}");
        if status_changed {
            diesel::insert_into(licence_events::table)
                .values(NewLicenceEvent {
                    recruiter_id: old.id,
                    status: listing.licence_status.as_str(),
                    recorded_at: now,
                    source: "admin",
                })
                .execute(conn)?;
            detail.push_str(&format!(
                "; status={} → {}",
                old.licence_status.as_deref().unwrap_or("none"),
                listing.licence_status
            ));
        }
        accounts::record(
            conn,
            &AuditEvent::new("recruiter_updated", Outcome::Success)
                .actor(actor)
                .detail(detail),
        )?;
        Ok(AdminSave::Saved(public_id.to_string()))
    })
}

#[derive(Insertable)]
#[diesel(table_name = recruiters)]
struct NewSubAgent<'a> {
    public_id: String,
    name: &'a str,
    name_norm: String,
    name_key: String,
    listing: &'static str,
    is_sub_agent: bool,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// The unlicensed sub-agent workers call `name`: the entry already stored under the same
/// folded name, or a new one (no licence, marked as a sub-agent, waiting for a moderator
/// before the directory shows it). Returns its row id.
pub fn find_or_create_sub_agent(
    conn: &mut DbConnection,
    name: &str,
    now: NaiveDateTime,
) -> QueryResult<i64> {
    let name_norm = text::fold(name);
    let existing: Option<i64> = recruiters::table
        .filter(recruiters::is_sub_agent.eq(true))
        .filter(recruiters::name_norm.eq(&name_norm))
        .select(recruiters::id)
        .order(recruiters::id)
        .first(conn)
        .optional()?;
    if let Some(id) = existing {
        return Ok(id);
    }
    diesel::insert_into(recruiters::table)
        .values(NewSubAgent {
            public_id: PublicId::generate().to_string(),
            name,
            name_key: text::name_key(name),
            name_norm,
            listing: PENDING,
            is_sub_agent: true,
            created_at: now,
            updated_at: now,
        })
        .returning(recruiters::id)
        .get_result(conn)
}

/// The public id of the recruiter holding a licence number (as listed) in any country.
pub fn public_id_by_licence(conn: &mut DbConnection, number: &str) -> QueryResult<Option<String>> {
    recruiters::table
        .filter(recruiters::licence_number.eq(number))
        .select(recruiters::public_id)
        .order(recruiters::id)
        .first(conn)
        .optional()
}
