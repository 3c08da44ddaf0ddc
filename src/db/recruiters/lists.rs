//! Licence-list upkeep beyond the upsert: the normal forms of licence numbers filled in for
//! rows stored before them, and the agencies a new list no longer names.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::NewLicenceEvent;
use crate::db::DbConnection;
use crate::db::schema::{licence_events, recruiters};
use crate::domain::licence;
use crate::domain::recruiter::LicenceStatus;

/// Rows read at a time, so that a directory of millions is never held in memory.
const CHUNK: i64 = 1000;

/// Computes every licensed recruiter's licence key (`licence::normal_form`) where it is
/// missing or differs, in chunks, in one transaction. Returns how many rows were written.
pub fn fill_licence_keys(conn: &mut DbConnection) -> QueryResult<usize> {
    type Row = (i64, Option<String>, Option<String>, Option<String>);
    crate::db::transaction(conn, |conn| {
        let mut changed = 0;
        let mut after = 0i64;
        loop {
            let rows: Vec<Row> = recruiters::table
                .filter(recruiters::id.gt(after))
                .filter(recruiters::licence_number.is_not_null())
                .order(recruiters::id)
                .limit(CHUNK)
                .select((
                    recruiters::id,
                    recruiters::licence_number,
                    recruiters::licensing_country,
                    recruiters::licence_key,
                ))
                .load(conn)?;
            let Some(last) = rows.last().map(|r| r.0) else {
                break;
            };
            after = last;
            for (id, number, country, old) in rows {
                let key = number
                    .as_deref()
                    .map(|n| licence::normal_form(country.as_deref().unwrap_or(""), n));
                if key != old {
                    diesel::update(recruiters::table.find(id))
                        .set(recruiters::licence_key.eq(key))
                        .execute(conn)?;
                    changed += 1;
                }
            }
        }
        Ok(changed)
    })
}

/// Marks `status` (with a dated licence event from `source`) every licensed agency of
/// `countries` whose licence ([`licence::identity`]) is not in `named` and whose status is
/// not already `status`: a list that stops naming an agency says its licence lapsed, when
/// the operator says so. One transaction; returns how many agencies changed.
pub fn mark_missing(
    conn: &mut DbConnection,
    countries: &[String],
    named: &HashSet<u128>,
    status: LicenceStatus,
    source: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    type Row = (i64, Option<String>, Option<String>);
    crate::db::transaction(conn, |conn| {
        let mut changed = 0;
        let mut after = 0i64;
        loop {
            let rows: Vec<Row> = recruiters::table
                .filter(recruiters::id.gt(after))
                .filter(recruiters::is_sub_agent.eq(false))
                .filter(recruiters::licensing_country.eq_any(countries))
                .filter(recruiters::licence_key.is_not_null())
                .order(recruiters::id)
                .limit(CHUNK)
                .select((
                    recruiters::id,
                    recruiters::licensing_country,
                    recruiters::licence_key,
                ))
                .load(conn)?;
            let Some(last) = rows.last().map(|r| r.0) else {
                break;
            };
            after = last;
            let gone: Vec<i64> = rows
                .into_iter()
                .filter_map(|(id, country, key)| {
                    (!named.contains(&licence::identity(&country?, &key?))).then_some(id)
                })
                .collect();
            if gone.is_empty() {
                continue;
            }
            let lapsed: Vec<i64> = recruiters::table
                .filter(recruiters::id.eq_any(&gone))
                .filter(
                    recruiters::licence_status
                        .ne(status.as_str())
                        .or(recruiters::licence_status.is_null()),
                )
                .select(recruiters::id)
                .load(conn)?;
            if lapsed.is_empty() {
                continue;
            }
            diesel::update(recruiters::table.filter(recruiters::id.eq_any(&lapsed)))
                .set((
                    recruiters::licence_status.eq(status.as_str()),
                    recruiters::updated_at.eq(now),
                ))
                .execute(conn)?;
            let events: Vec<NewLicenceEvent> = lapsed
                .iter()
                .map(|id| NewLicenceEvent {
                    recruiter_id: *id,
                    status: status.as_str(),
                    recorded_at: now,
                    source,
                })
                .collect();
            crate::db_run!(&mut *conn, c => diesel::insert_into(licence_events::table)
                .values(&events)
                .execute(c))?;
            changed += lapsed.len();
        }
        Ok(changed)
    })
}
