//! Names workers typed (sub-agents named in complaints and reviews) on their way to the
//! public directory, and look-alike names: a moderator's queue, decisions, the weekly listing
//! of approved names, and the UTS #39 key every name keeps.

use diesel::prelude::*;

use super::{APPROVED, LISTED, PENDING, REFUSED};
use crate::db::DbConnection;
use crate::db::schema::recruiters;
use crate::domain::recruiter::PublicId;
use crate::domain::text;

/// A listed recruiter whose name looks like another one's.
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = recruiters)]
pub struct LookAlike {
    pub id: i64,
    pub public_id: String,
    pub name: String,
    pub name_key: String,
}

/// Listed recruiters, other than `except`, whose names look like `name` (same
/// [`text::name_key`]): one query on the key's index.
pub fn look_alikes(
    conn: &mut DbConnection,
    name: &str,
    except: Option<i64>,
) -> QueryResult<Vec<LookAlike>> {
    let found: Vec<LookAlike> = recruiters::table
        .filter(recruiters::name_key.eq(text::name_key(name)))
        .filter(recruiters::listing.eq(LISTED))
        .order(recruiters::id)
        .limit(10)
        .select(LookAlike::as_select())
        .load(conn)?;
    Ok(found.into_iter().filter(|l| Some(l.id) != except).collect())
}

/// A name waiting for a moderator, with the listed agencies it looks like.
#[derive(Debug, Clone)]
pub struct WaitingName {
    pub public_id: String,
    pub name: String,
    /// The country the worker said the sub-agent works from, if any.
    pub country: Option<String>,
    pub look_alikes: Vec<LookAlike>,
}

/// How many names a moderator's page shows.
pub const WAITING_PAGE: i64 = 50;

/// Names waiting for a moderator, alphabetically (never by when they came: the queue says
/// nothing of the complaint or review that named them), with their look-alikes: two queries.
pub fn waiting_names(conn: &mut DbConnection) -> QueryResult<(Vec<WaitingName>, bool)> {
    let mut rows: Vec<(String, String, Option<String>, String)> = recruiters::table
        .filter(recruiters::listing.eq(PENDING))
        .order((recruiters::name_norm, recruiters::id))
        .limit(WAITING_PAGE + 1)
        .select((
            recruiters::public_id,
            recruiters::name,
            recruiters::licensing_country,
            recruiters::name_key,
        ))
        .load(conn)?;
    let more = rows.len() as i64 > WAITING_PAGE;
    rows.truncate(WAITING_PAGE as usize);
    let keys: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
    let similar: Vec<LookAlike> = recruiters::table
        .filter(recruiters::name_key.eq_any(&keys))
        .filter(recruiters::listing.eq(LISTED))
        .order(recruiters::id)
        .select(LookAlike::as_select())
        .load(conn)?;
    let names = rows
        .into_iter()
        .map(|(public_id, name, country, key)| WaitingName {
            look_alikes: similar
                .iter()
                .filter(|l| l.name_key == key)
                .take(5)
                .cloned()
                .collect(),
            public_id,
            name,
            country,
        })
        .collect();
    Ok((names, more))
}

/// A moderator's decision on a waiting name. Approved names are listed at the next weekly
/// publication ([`publish_approved`]); refused ones are never public. Only a pending name
/// can be decided: `NotFound` otherwise. The audit log records who decided, not about what
/// complaint (the name is not linked to one there).
pub fn decide_name(
    conn: &mut DbConnection,
    public_id: &PublicId,
    approve: bool,
    actor: i64,
) -> Result<(), crate::error::AppError> {
    use crate::db::accounts::{self, AuditEvent, Outcome};
    crate::db::transaction(conn, |conn| {
        let changed = diesel::update(
            recruiters::table
                .filter(recruiters::public_id.eq(public_id.as_str()))
                .filter(recruiters::listing.eq(PENDING)),
        )
        .set(recruiters::listing.eq(if approve { APPROVED } else { REFUSED }))
        .execute(conn)?;
        if changed == 0 {
            return Err(crate::error::AppError::NotFound);
        }
        accounts::record(
            conn,
            &AuditEvent::new(
                if approve {
                    "directory_name_approved"
                } else {
                    "directory_name_refused"
                },
                Outcome::Success,
            )
            .actor(actor)
            .detail(format!("recruiter={public_id}")),
        )?;
        Ok(())
    })
}

/// Lists every approved name (the weekly publication does this). Returns how many.
pub fn publish_approved(conn: &mut DbConnection) -> QueryResult<usize> {
    diesel::update(recruiters::table.filter(recruiters::listing.eq(APPROVED)))
        .set(recruiters::listing.eq(LISTED))
        .execute(conn)
}

/// Computes every recruiter's look-alike key (after the migration that added it), and its
/// folded licence number again (`text::fold_licence` changed order in the same release, so
/// that folding is idempotent). Returns how many rows were written.
pub fn fill_name_keys(conn: &mut DbConnection) -> QueryResult<usize> {
    type Row = (i64, String, String, Option<String>, Option<String>);
    crate::db::transaction(conn, |conn| {
        let rows: Vec<Row> = recruiters::table
            .order(recruiters::id)
            .select((
                recruiters::id,
                recruiters::name,
                recruiters::name_key,
                recruiters::licence_number,
                recruiters::licence_norm,
            ))
            .load(conn)?;
        let mut changed = 0;
        for (id, name, old_key, number, old_norm) in rows {
            let key = text::name_key(&name);
            let norm = number.as_deref().map(text::fold_licence);
            if key != old_key || norm != old_norm {
                diesel::update(recruiters::table.find(id))
                    .set((
                        recruiters::name_key.eq(key),
                        recruiters::licence_norm.eq(norm),
                    ))
                    .execute(conn)?;
                changed += 1;
            }
        }
        Ok(changed)
    })
}
