//! Report storage: reading the facts the reports are made of (approved reviews, complaints,
//! referrals, exchange rates), replacing the report tables with freshly computed rows in one
//! transaction, and reading a report back in a fixed number of queries.

use std::collections::HashMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::DbConnection;
use super::schema::{
    complaints, exchange_rates, organisations, recruiters, referral_transitions, referrals,
    report_corridors, report_justice_counts, report_justice_organisations, report_rankings,
    report_refreshes, review_costs, reviews,
};
use crate::db_run;
use crate::domain::account::Sector;
use crate::domain::costs::CostCategory;
use crate::domain::country::CountryCode;
use crate::domain::currency::Currency;
use crate::domain::report::{
    Breakdown, ComplaintFact, CorridorRow, JusticeCount, OrganisationRow, RankingRow, RankingSort,
    Rate, Rates, ReferralFact, ReportQuery, ReviewFact, SdgAggregate, decode_money, encode_money,
};
use crate::domain::review::Gender;

/// Everything a refresh reads.
#[derive(Debug, Default)]
pub struct Facts {
    pub reviews: Vec<ReviewFact>,
    pub complaints: Vec<ComplaintFact>,
    pub referrals: Vec<ReferralFact>,
    /// Recruiter id → licensing country ('' for none).
    pub countries: HashMap<i64, String>,
    /// (currency, year) → billionths of a dollar per unit.
    pub rates: Rates,
}

/// Everything a refresh writes.
#[derive(Debug, Default)]
pub struct Tables {
    pub corridors: Vec<CorridorRow>,
    pub rankings: Vec<RankingRow>,
    pub justice_counts: Vec<JusticeCount>,
    pub organisations: Vec<OrganisationRow>,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = reviews)]
struct ReviewFactRow {
    id: i64,
    recruiter_id: i64,
    origin: String,
    destination: String,
    sector: Option<String>,
    gender: Option<String>,
    departure_year: i32,
    currency: Option<String>,
    total_cost: Option<i64>,
    first_month_wage: Option<i64>,
    charged_any: Option<bool>,
    cost_ratio_bp: Option<i64>,
    rating_overall: i16,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = complaints)]
struct ComplaintFactRow {
    id: i64,
    recruiter_id: i64,
    origin: String,
    destination: String,
    sector: Option<String>,
    departure_year: Option<i32>,
    issues: String,
    withdrawn: bool,
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = referrals)]
struct ReferralFactRow {
    id: i64,
    complaint_id: i64,
    organisation_id: i64,
    status: String,
    opened_on: NaiveDateTime,
    acknowledge_by: NaiveDateTime,
    outcome_remedies: Option<String>,
    outcome_money_minor: Option<i64>,
    outcome_money_currency: Option<String>,
}

/// Approved reviews read per query: a refresh holds the facts, never a million rows of
/// strings at once.
const FACT_CHUNK: i64 = 50_000;

fn country(code: &str) -> Option<&'static str> {
    CountryCode::parse(code).map(|c| c.as_str())
}

/// Reads every fact in one transaction (one snapshot on SQLite). Reviews come in chunks of
/// [`FACT_CHUNK`] by id, each with its paid cost categories; codes become the domain's static
/// strings.
pub fn load_facts(conn: &mut DbConnection, until: NaiveDateTime) -> QueryResult<Facts> {
    // Reads only: a deferred transaction, so no write lock is held while it reads (a
    // transaction that writes goes through `db::transaction`).
    conn.transaction(|conn| {
        let reviews = review_facts(conn, until)?;
        let (referrals, statuses) = referral_facts(conn, until)?;
        let complaints = complaint_facts(conn, &statuses, until)?;
        // Only listed recruiters are ranked: a name waiting for a moderator is not public.
        let countries = recruiters::table
            .filter(recruiters::listing.eq(crate::db::recruiters::LISTED))
            .select((recruiters::id, recruiters::licensing_country))
            .load::<(i64, Option<String>)>(conn)?
            .into_iter()
            .map(|(id, c)| (id, c.unwrap_or_default()))
            .collect();
        let rates = exchange_rates::table
            .select((
                exchange_rates::currency,
                exchange_rates::year,
                exchange_rates::usd_per_unit_nano,
            ))
            .load::<(String, i32, i64)>(conn)?
            .into_iter()
            .filter_map(|(c, y, r)| Some(((Currency::parse(&c)?.as_str(), y), r)))
            .collect();
        Ok(Facts {
            reviews,
            complaints,
            referrals,
            countries,
            rates,
        })
    })
}

/// The approved reviews, read in chunks of [`FACT_CHUNK`] with the cost categories each paid.
fn review_facts(conn: &mut DbConnection, until: NaiveDateTime) -> QueryResult<Vec<ReviewFact>> {
    let mut reviews = Vec::new();
    let mut after = 0i64;
    loop {
        let rows: Vec<ReviewFactRow> = reviews::table
            .filter(reviews::status.eq("approved"))
            .filter(reviews::created_at.lt(until))
            .filter(reviews::id.gt(after))
            .order(reviews::id)
            .limit(FACT_CHUNK)
            .select(ReviewFactRow::as_select())
            .load(conn)?;
        let (Some(first), Some(last)) = (rows.first().map(|r| r.id), rows.last().map(|r| r.id))
        else {
            break;
        };
        after = last;
        let paid: Vec<(i64, String)> = review_costs::table
            .filter(review_costs::review_id.between(first, last))
            .filter(review_costs::paid.eq(true))
            .select((review_costs::review_id, review_costs::category))
            .load(conn)?;
        let mut masks: HashMap<i64, u16> = HashMap::with_capacity(rows.len());
        for (review_id, category) in paid {
            if let Some(c) = CostCategory::parse(&category) {
                *masks.entry(review_id).or_default() |= 1 << c.index();
            }
        }
        let full = rows.len() as i64 == FACT_CHUNK;
        reviews.extend(rows.into_iter().filter_map(|r| {
            Some(ReviewFact {
                paid: masks.get(&r.id).copied().unwrap_or(0),
                recruiter_id: r.recruiter_id,
                origin: country(&r.origin)?,
                destination: country(&r.destination)?,
                sector: r
                    .sector
                    .as_deref()
                    .and_then(Sector::parse)
                    .map(|s| s.as_str()),
                gender: r
                    .gender
                    .as_deref()
                    .and_then(Gender::parse)
                    .map(|g| g.as_str()),
                year: r.departure_year,
                currency: r
                    .currency
                    .as_deref()
                    .and_then(Currency::parse)
                    .map(|c| c.as_str()),
                total_cost: r.total_cost,
                first_wage: r.first_month_wage,
                charged_any: r.charged_any,
                ratio_bp: r.cost_ratio_bp,
                rating: r.rating_overall,
            })
        }));
        if !full {
            break;
        }
    }
    Ok(reviews)
}

/// Each complaint's referral statuses: complaint id → statuses.
type Statuses = HashMap<i64, Vec<String>>;

/// Every referral opened before `until` with when it was first acknowledged and resolved
/// before `until`, and each complaint's referral statuses.
fn referral_facts(
    conn: &mut DbConnection,
    until: NaiveDateTime,
) -> QueryResult<(Vec<ReferralFact>, Statuses)> {
    let referral_rows: Vec<ReferralFactRow> = referrals::table
        .filter(referrals::opened_on.lt(until))
        .select(ReferralFactRow::as_select())
        .load(conn)?;
    // The organisation's first step out of `new` (not the worker's withdrawal, which
    // has no actor), and when it was resolved.
    let steps: Vec<(i64, NaiveDateTime, Option<String>, Option<String>)> =
        referral_transitions::table
            .filter(
                referral_transitions::from_status
                    .eq("new")
                    .and(referral_transitions::to_status.is_not_null())
                    .and(referral_transitions::actor_id.is_not_null())
                    .or(referral_transitions::to_status.eq("resolved")),
            )
            .filter(referral_transitions::occurred_at.lt(until))
            .select((
                referral_transitions::referral_id,
                referral_transitions::occurred_at,
                referral_transitions::from_status,
                referral_transitions::to_status,
            ))
            .load(conn)?;
    let mut acknowledged: HashMap<i64, NaiveDateTime> = HashMap::new();
    let mut resolved: HashMap<i64, NaiveDateTime> = HashMap::new();
    for (id, at, from, to) in steps {
        let slot = if to.as_deref() == Some("resolved") {
            &mut resolved
        } else if from.as_deref() == Some("new") {
            &mut acknowledged
        } else {
            continue;
        };
        slot.entry(id)
            .and_modify(|t| *t = (*t).min(at))
            .or_insert(at);
    }
    let mut statuses = Statuses::new();
    let referrals = referral_rows
        .into_iter()
        .map(|r| {
            statuses
                .entry(r.complaint_id)
                .or_default()
                .push(r.status.clone());
            ReferralFact {
                organisation_id: r.organisation_id,
                opened_on: r.opened_on,
                acknowledge_by: r.acknowledge_by,
                acknowledged_at: acknowledged.get(&r.id).copied(),
                resolved_at: resolved.get(&r.id).copied(),
                remedies: r.outcome_remedies,
                money: r.outcome_money_currency.zip(r.outcome_money_minor),
            }
        })
        .collect();
    Ok((referrals, statuses))
}

/// Every complaint received before `until`, open or resolved as its referrals say.
fn complaint_facts(
    conn: &mut DbConnection,
    statuses: &Statuses,
    until: NaiveDateTime,
) -> QueryResult<Vec<ComplaintFact>> {
    let complaint_rows: Vec<ComplaintFactRow> = complaints::table
        .filter(complaints::received_on.lt(until))
        .select(ComplaintFactRow::as_select())
        .load(conn)?;
    let complaints = complaint_rows
        .into_iter()
        .filter_map(|c| {
            let list = statuses.get(&c.id).map(Vec::as_slice).unwrap_or(&[]);
            let resolved = list.iter().any(|s| s == "resolved");
            let any_open = list.is_empty() || list.iter().any(|s| s != "resolved" && s != "closed");
            Some(ComplaintFact {
                recruiter_id: c.recruiter_id,
                origin: country(&c.origin)?,
                destination: country(&c.destination)?,
                sector: c
                    .sector
                    .as_deref()
                    .and_then(Sector::parse)
                    .map(|s| s.as_str()),
                year: c.departure_year,
                issues: c.issues,
                open: !c.withdrawn && !resolved && any_open,
                resolved,
            })
        })
        .collect();
    Ok(complaints)
}

#[derive(Insertable)]
#[diesel(table_name = report_corridors)]
struct NewCorridor<'a> {
    breakdown: &'a str,
    breakdown_value: &'a str,
    origin: &'a str,
    destination: &'a str,
    workers: i64,
    ratio_workers: Option<i64>,
    ratio_mean_bp: Option<i64>,
    ratio_median_bp: Option<i64>,
    fee_share_bp: Option<i64>,
    usd_workers: Option<i64>,
    usd_mean_cents: Option<i64>,
    usd_missing: Option<i64>,
    category_share_bp: String,
    sdg_workers: Option<i64>,
    sdg_ratio_bp: Option<i64>,
    sdg_cost_mean_cents: Option<i64>,
    sdg_earnings_mean_cents: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = report_rankings)]
struct NewRanking<'a> {
    breakdown: &'a str,
    breakdown_value: &'a str,
    recruiter_id: i64,
    licensing_country: &'a str,
    reviews: Option<i64>,
    rating_milli: Option<i64>,
    charged_share_bp: Option<i64>,
    ratio_median_bp: Option<i64>,
    complaints_open: Option<i64>,
    complaints_resolved: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = report_justice_counts)]
struct NewCount<'a> {
    kind: &'a str,
    item: &'a str,
    complaints: Option<i64>,
}

#[derive(Insertable)]
#[diesel(table_name = report_justice_organisations)]
struct NewOrganisation {
    organisation_id: i64,
    referrals: i64,
    acknowledged_in_time_bp: Option<i64>,
    acknowledge_median_days: Option<i64>,
    resolve_median_days: Option<i64>,
    resolved_share_bp: Option<i64>,
    documents_returned: Option<i64>,
    licence_actions: Option<i64>,
    money_recovered: String,
}

/// Category shares as stored: basis points in `CostCategory::ALL` order, `-` if hidden.
fn encode_shares(shares: &[Option<i64>]) -> String {
    shares
        .iter()
        .map(|s| s.map_or("-".to_owned(), |v| v.to_string()))
        .collect::<Vec<_>>()
        .join(",")
}

fn decode_shares(text: &str) -> Vec<Option<i64>> {
    text.split(',').map(|s| s.parse().ok()).collect()
}

/// Rows per multi-row insert (well under SQLite's bound-variable limit).
const CHUNK: usize = 500;

/// Replaces every report table with `tables` and records the refresh, in one transaction:
/// readers see the old figures or the new ones, never a mix. Concurrent refreshes queue
/// (the first statement takes the write lock on SQLite, an explicit lock on PostgreSQL).
pub fn replace(
    conn: &mut DbConnection,
    tables: &Tables,
    now: NaiveDateTime,
    duration_ms: i64,
) -> QueryResult<()> {
    super::transaction(conn, |conn| {
        if let DbConnection::Postgresql(c) = &mut *conn {
            use diesel::connection::SimpleConnection;
            c.batch_execute("LOCK TABLE report_refreshes IN EXCLUSIVE MODE")?;
        }
        diesel::delete(report_refreshes::table).execute(conn)?;
        diesel::delete(report_corridors::table).execute(conn)?;
        diesel::delete(report_rankings::table).execute(conn)?;
        diesel::delete(report_justice_counts::table).execute(conn)?;
        diesel::delete(report_justice_organisations::table).execute(conn)?;
        let corridors: Vec<NewCorridor> = tables
            .corridors
            .iter()
            .map(|r| NewCorridor {
                breakdown: r.breakdown,
                breakdown_value: &r.breakdown_value,
                origin: &r.origin,
                destination: &r.destination,
                workers: r.workers,
                ratio_workers: r.ratio_workers,
                ratio_mean_bp: r.ratio_mean_bp,
                ratio_median_bp: r.ratio_median_bp,
                fee_share_bp: r.fee_share_bp,
                usd_workers: r.usd_workers,
                usd_mean_cents: r.usd_mean_cents,
                usd_missing: r.usd_missing,
                category_share_bp: encode_shares(&r.category_share_bp),
                sdg_workers: r.sdg.workers,
                sdg_ratio_bp: r.sdg.ratio_bp,
                sdg_cost_mean_cents: r.sdg.cost_mean_cents,
                sdg_earnings_mean_cents: r.sdg.earnings_mean_cents,
            })
            .collect();
        for chunk in corridors.chunks(CHUNK) {
            db_run!(&mut *conn, c => diesel::insert_into(report_corridors::table).values(chunk).execute(c))?;
        }
        let rankings: Vec<NewRanking> = tables
            .rankings
            .iter()
            .map(|r| NewRanking {
                breakdown: r.breakdown,
                breakdown_value: &r.breakdown_value,
                recruiter_id: r.recruiter_id,
                licensing_country: &r.licensing_country,
                reviews: r.reviews,
                rating_milli: r.rating_milli,
                charged_share_bp: r.charged_share_bp,
                ratio_median_bp: r.ratio_median_bp,
                complaints_open: r.complaints_open,
                complaints_resolved: r.complaints_resolved,
            })
            .collect();
        for chunk in rankings.chunks(CHUNK) {
            db_run!(&mut *conn, c => diesel::insert_into(report_rankings::table).values(chunk).execute(c))?;
        }
        let counts: Vec<NewCount> = tables
            .justice_counts
            .iter()
            .map(|r| NewCount {
                kind: r.kind,
                item: &r.item,
                complaints: r.complaints,
            })
            .collect();
        for chunk in counts.chunks(CHUNK) {
            db_run!(&mut *conn, c => diesel::insert_into(report_justice_counts::table).values(chunk).execute(c))?;
        }
        let orgs: Vec<NewOrganisation> = tables
            .organisations
            .iter()
            .map(|r| NewOrganisation {
                organisation_id: r.organisation_id,
                referrals: r.referrals,
                acknowledged_in_time_bp: r.acknowledged_in_time_bp,
                acknowledge_median_days: r.acknowledge_median_days,
                resolve_median_days: r.resolve_median_days,
                resolved_share_bp: r.resolved_share_bp,
                documents_returned: r.documents_returned,
                licence_actions: r.licence_actions,
                money_recovered: encode_money(&r.money_recovered),
            })
            .collect();
        for chunk in orgs.chunks(CHUNK) {
            db_run!(&mut *conn, c => diesel::insert_into(report_justice_organisations::table).values(chunk).execute(c))?;
        }
        diesel::insert_into(report_refreshes::table)
            .values((
                report_refreshes::id.eq(1),
                report_refreshes::refreshed_at.eq(now),
                report_refreshes::duration_ms.eq(duration_ms),
            ))
            .execute(conn)?;
        Ok(())
    })
}

/// When the figures were computed; `None` before the first refresh.
pub fn refreshed_at(conn: &mut DbConnection) -> QueryResult<Option<NaiveDateTime>> {
    report_refreshes::table
        .select(report_refreshes::refreshed_at)
        .first(conn)
        .optional()
}

#[derive(Queryable, Selectable)]
#[diesel(table_name = report_corridors)]
struct CorridorStored {
    breakdown: String,
    breakdown_value: String,
    origin: String,
    destination: String,
    workers: i64,
    ratio_workers: Option<i64>,
    ratio_mean_bp: Option<i64>,
    ratio_median_bp: Option<i64>,
    fee_share_bp: Option<i64>,
    usd_workers: Option<i64>,
    usd_mean_cents: Option<i64>,
    usd_missing: Option<i64>,
    category_share_bp: String,
    sdg_workers: Option<i64>,
    sdg_ratio_bp: Option<i64>,
    sdg_cost_mean_cents: Option<i64>,
    sdg_earnings_mean_cents: Option<i64>,
}

/// The breakdowns a stored row can have, as the domain's static words.
const BREAKDOWNS: [&str; 5] = ["all", "destination", "sector", "year", "gender"];

impl CorridorStored {
    fn into_row(self) -> Option<CorridorRow> {
        Some(CorridorRow {
            breakdown: BREAKDOWNS.into_iter().find(|b| *b == self.breakdown)?,
            breakdown_value: self.breakdown_value,
            origin: self.origin,
            destination: self.destination,
            workers: self.workers,
            ratio_workers: self.ratio_workers,
            ratio_mean_bp: self.ratio_mean_bp,
            ratio_median_bp: self.ratio_median_bp,
            fee_share_bp: self.fee_share_bp,
            usd_workers: self.usd_workers,
            usd_mean_cents: self.usd_mean_cents,
            usd_missing: self.usd_missing,
            category_share_bp: decode_shares(&self.category_share_bp),
            sdg: SdgAggregate {
                workers: self.sdg_workers,
                ratio_bp: self.sdg_ratio_bp,
                cost_mean_cents: self.sdg_cost_mean_cents,
                earnings_mean_cents: self.sdg_earnings_mean_cents,
            },
        })
    }
}

/// The corridor cells of one breakdown, by origin then destination (one query).
pub fn corridors(conn: &mut DbConnection, breakdown: &Breakdown) -> QueryResult<Vec<CorridorRow>> {
    let (kind, value) = breakdown.key();
    let rows: Vec<CorridorStored> = report_corridors::table
        .filter(report_corridors::breakdown.eq(kind))
        .filter(report_corridors::breakdown_value.eq(&value))
        .order((report_corridors::origin, report_corridors::destination))
        .select(CorridorStored::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(CorridorStored::into_row)
        .collect())
}

/// Every published corridor cell, every breakdown, in the table's key order (one query):
/// the open-data download.
pub fn all_corridors(conn: &mut DbConnection) -> QueryResult<Vec<CorridorRow>> {
    let rows: Vec<CorridorStored> = report_corridors::table
        .order((
            report_corridors::breakdown,
            report_corridors::breakdown_value,
            report_corridors::origin,
            report_corridors::destination,
        ))
        .select(CorridorStored::as_select())
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(CorridorStored::into_row)
        .collect())
}

/// A published ranking row of any breakdown, with the recruiter's public id and name.
#[derive(Debug, Clone)]
pub struct RankingExport {
    pub breakdown: String,
    pub breakdown_value: String,
    pub recruiter: RankedRecruiter,
}

/// Every published ranking row, every breakdown, by breakdown and recruiter (one query):
/// the open-data download.
pub fn all_rankings(conn: &mut DbConnection) -> QueryResult<Vec<RankingExport>> {
    let rows: Vec<(String, String, RankedRecruiter)> = report_rankings::table
        .inner_join(recruiters::table)
        .order((
            report_rankings::breakdown,
            report_rankings::breakdown_value,
            report_rankings::recruiter_id,
        ))
        .select((
            report_rankings::breakdown,
            report_rankings::breakdown_value,
            (
                recruiters::public_id,
                recruiters::name,
                report_rankings::licensing_country,
                report_rankings::reviews,
                report_rankings::rating_milli,
                report_rankings::charged_share_bp,
                report_rankings::ratio_median_bp,
                report_rankings::complaints_open,
                report_rankings::complaints_resolved,
            ),
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(breakdown, breakdown_value, recruiter)| RankingExport {
            breakdown,
            breakdown_value,
            recruiter,
        })
        .collect())
}

/// A ranking row with the recruiter's public id and name.
#[derive(Debug, Clone, Queryable)]
pub struct RankedRecruiter {
    pub public_id: String,
    pub name: String,
    pub licensing_country: String,
    pub reviews: Option<i64>,
    pub rating_milli: Option<i64>,
    pub charged_share_bp: Option<i64>,
    pub ratio_median_bp: Option<i64>,
    pub complaints_open: Option<i64>,
    pub complaints_resolved: Option<i64>,
}

/// A page of rankings. Rows with the sort figure come first, in its order, read along the
/// index `(breakdown, breakdown_value, figure, recruiter_id)`; rows whose figure is withheld
/// follow, by recruiter. One query for a page within the ranked rows; a page that reaches
/// past them costs a count and one more query. Returns the rows and whether a next page
/// exists.
pub fn rankings(
    conn: &mut DbConnection,
    query: &ReportQuery,
    page_size: i64,
) -> QueryResult<(Vec<RankedRecruiter>, bool)> {
    let (kind, value) = query.breakdown.key();
    let country = query.licensing_country.map(|c| c.as_str());
    let offset = (query.page - 1) * page_size;
    macro_rules! base {
        () => {{
            let mut q = report_rankings::table
                .inner_join(recruiters::table)
                .filter(report_rankings::breakdown.eq(kind))
                .filter(report_rankings::breakdown_value.eq(value.clone()))
                .into_boxed();
            if let Some(country) = country {
                q = q.filter(report_rankings::licensing_country.eq(country));
            }
            q
        }};
    }
    macro_rules! page_by {
        ($col:expr) => {{
            let ranked = base!().filter($col.is_not_null()).select((
                recruiters::public_id,
                recruiters::name,
                report_rankings::licensing_country,
                report_rankings::reviews,
                report_rankings::rating_milli,
                report_rankings::charged_share_bp,
                report_rankings::ratio_median_bp,
                report_rankings::complaints_open,
                report_rankings::complaints_resolved,
            ));
            let ranked = if query.descending {
                ranked.order(($col.desc(), report_rankings::recruiter_id.desc()))
            } else {
                ranked.order(($col.asc(), report_rankings::recruiter_id.asc()))
            };
            let mut rows: Vec<RankedRecruiter> =
                ranked.offset(offset).limit(page_size + 1).load(conn)?;
            if rows.len() as i64 <= page_size {
                let shown: i64 = base!()
                    .filter($col.is_not_null())
                    .count()
                    .get_result(conn)?;
                let rest: Vec<RankedRecruiter> = base!()
                    .filter($col.is_null())
                    .select((
                        recruiters::public_id,
                        recruiters::name,
                        report_rankings::licensing_country,
                        report_rankings::reviews,
                        report_rankings::rating_milli,
                        report_rankings::charged_share_bp,
                        report_rankings::ratio_median_bp,
                        report_rankings::complaints_open,
                        report_rankings::complaints_resolved,
                    ))
                    .order(report_rankings::recruiter_id)
                    .offset((offset - shown).max(0))
                    .limit(page_size + 1 - rows.len() as i64)
                    .load(conn)?;
                rows.extend(rest);
            }
            rows
        }};
    }
    let mut rows = match query.sort {
        RankingSort::Rating => page_by!(report_rankings::rating_milli),
        RankingSort::Fees => page_by!(report_rankings::charged_share_bp),
        RankingSort::Cost => page_by!(report_rankings::ratio_median_bp),
        RankingSort::Open => page_by!(report_rankings::complaints_open),
        RankingSort::Resolved => page_by!(report_rankings::complaints_resolved),
    };
    let more = rows.len() as i64 > page_size;
    rows.truncate(page_size as usize);
    Ok((rows, more))
}

/// The complaint counts (one query).
pub fn justice_counts(conn: &mut DbConnection) -> QueryResult<Vec<JusticeCount>> {
    let rows: Vec<(String, String, Option<i64>)> = report_justice_counts::table
        .select((
            report_justice_counts::kind,
            report_justice_counts::item,
            report_justice_counts::complaints,
        ))
        .order((report_justice_counts::kind, report_justice_counts::item))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(kind, item, complaints)| {
            let kind = ["total", "indicator", "abuse", "corridor"]
                .into_iter()
                .find(|k| *k == kind)?;
            Some(JusticeCount {
                kind,
                item,
                complaints,
            })
        })
        .collect())
}

/// Each listed organisation's record with its name, by name (one query).
pub fn justice_organisations(
    conn: &mut DbConnection,
) -> QueryResult<Vec<(String, String, OrganisationRow)>> {
    type Row = (
        String,
        String,
        i64,
        i64,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        Option<i64>,
        String,
    );
    let rows: Vec<Row> = report_justice_organisations::table
        .inner_join(organisations::table)
        .order((organisations::name, organisations::id))
        .select((
            organisations::name,
            organisations::kind,
            report_justice_organisations::organisation_id,
            report_justice_organisations::referrals,
            report_justice_organisations::acknowledged_in_time_bp,
            report_justice_organisations::acknowledge_median_days,
            report_justice_organisations::resolve_median_days,
            report_justice_organisations::resolved_share_bp,
            report_justice_organisations::documents_returned,
            report_justice_organisations::licence_actions,
            report_justice_organisations::money_recovered,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.0,
                r.1,
                OrganisationRow {
                    organisation_id: r.2,
                    referrals: r.3,
                    acknowledged_in_time_bp: r.4,
                    acknowledge_median_days: r.5,
                    resolve_median_days: r.6,
                    resolved_share_bp: r.7,
                    documents_returned: r.8,
                    licence_actions: r.9,
                    money_recovered: decode_money(&r.10),
                },
            )
        })
        .collect())
}

/// Stores imported rates, all or nothing: a (currency, year) already present takes the new
/// rate. Returns (added, replaced).
pub fn import_rates(
    conn: &mut DbConnection,
    rates: &[Rate],
    now: NaiveDateTime,
) -> QueryResult<(usize, usize)> {
    super::transaction(conn, |conn| {
        let mut replaced = 0;
        for rate in rates {
            replaced += diesel::delete(
                exchange_rates::table
                    .filter(exchange_rates::currency.eq(rate.currency.as_str()))
                    .filter(exchange_rates::year.eq(rate.year)),
            )
            .execute(conn)?;
            diesel::insert_into(exchange_rates::table)
                .values((
                    exchange_rates::currency.eq(rate.currency.as_str()),
                    exchange_rates::year.eq(rate.year),
                    exchange_rates::usd_per_unit_nano.eq(rate.usd_per_unit_nano),
                    exchange_rates::imported_at.eq(now),
                ))
                .execute(conn)?;
        }
        Ok((rates.len() - replaced, replaced))
    })
}
