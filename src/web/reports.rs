//! Report pages: `/reports` (the list), `/reports/recruiters`, `/reports/corridors` and
//! `/reports/justice`, each as a page with SVG bar charts drawn by the templates, or as CSV
//! with `?format=csv`. Every figure comes already suppressed from the report tables, so the
//! page, the CSV and the API show the same cells.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDateTime;

use super::forms::{Opt, choices, country_options};
use super::{Frame, Nav, html};
use crate::clock;
use crate::db::reports::RankedRecruiter;
use crate::db::{self, Pool};
use crate::domain::account::Sector;
use crate::domain::complaint::Issue;
use crate::domain::costs::CostCategory;
use crate::domain::currency::Currency;
use crate::domain::report::{
    Breakdown, CorridorRow, Format, JusticeCount, OrganisationRow, RANKING_PAGE_SIZE, RankingSort,
    Report, ReportQuery, SdgAggregate,
};
use crate::domain::review::Gender;
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::reports::{csv, open_data};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/reports").get(index))
        .service(web::resource("/reports/recruiters").get(rankings))
        .service(web::resource("/reports/corridors").get(corridors))
        .service(web::resource("/reports/justice").get(justice));
}

// ---------------------------------------------------------------------------------------
// Numbers as people read them

/// Basis points as a percentage with one decimal: 4,250 → `42.5`.
fn percent(bp: i64) -> String {
    let tenths = (bp + 5) / 10;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Basis points of a month's wage as months with two decimals: 21,500 → `2.15`.
fn months(bp: i64) -> String {
    let hundredths = (bp + 50) / 100;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

/// Thousandths of a star: 4,111 → `4.1`.
fn stars(milli: i64) -> String {
    let tenths = (milli + 50) / 100;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// A figure for the page: the value's words, or "fewer than 5" when suppressed.
fn shown(tr: &Tr, value: Option<String>) -> String {
    value.unwrap_or_else(|| tr.t("reports-suppressed"))
}

fn share_text(tr: &Tr, bp: Option<i64>) -> String {
    shown(
        tr,
        bp.map(|v| tr.t_s("reports-percent", "value", &percent(v))),
    )
}

fn months_text(tr: &Tr, bp: Option<i64>) -> String {
    shown(
        tr,
        bp.map(|v| tr.t_s("reports-months", "value", &months(v))),
    )
}

fn count_text(tr: &Tr, n: Option<i64>) -> String {
    shown(tr, n.map(|v| v.to_string()))
}

fn usd_text(tr: &Tr, cents: Option<i64>) -> String {
    let usd = Currency::parse("USD");
    shown(
        tr,
        cents
            .zip(usd)
            .map(|(c, usd)| tr.t_s("reports-usd", "value", &usd.format(c))),
    )
}

fn days_text(tr: &Tr, days: Option<i64>) -> String {
    shown(tr, days.map(|d| tr.t_n("reports-days", "count", &d)))
}

/// "Figures as of …": the day and hour of the last refresh (UTC), or that none ran yet.
pub(super) fn freshness(tr: &Tr, at: Option<NaiveDateTime>) -> String {
    match at {
        Some(at) => tr.t_s(
            "reports-freshness",
            "time",
            &at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ),
        None => tr.t("reports-not-yet"),
    }
}

// ---------------------------------------------------------------------------------------
// Charts: horizontal bars, drawn by `templates/reports/chart.html`

/// Width of the drawing, in its own units; the SVG scales to the screen or the page.
const CHART_WIDTH: i64 = 320;
const ROW_HEIGHT: i64 = 34;
/// Characters of a bar's label that fit the drawing's width at its font size.
const LABEL_MAX: usize = 48;

pub struct Bar {
    pub label: String,
    pub text_y: i64,
    pub bar_y: i64,
    pub bar_x: i64,
    pub width: i64,
}

pub struct Chart {
    pub id: &'static str,
    pub title: String,
    pub height: i64,
    pub width: i64,
    /// Where labels start: the right edge in Arabic and Urdu. The label's text runs in the
    /// page's direction from there (`direction` and `text-anchor="start"` in the template:
    /// "end" under an inherited right-to-left direction would draw the label off the chart).
    pub label_x: i64,
    pub bars: Vec<Bar>,
}

/// A chart of `(label, value)` bars scaled to the largest value; suppressed values are left
/// out by the caller.
fn chart(tr: &Tr, id: &'static str, title: String, items: Vec<(String, i64)>) -> Chart {
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let rtl = tr.locale.rtl;
    let bars = items
        .into_iter()
        .enumerate()
        .map(|(i, (label, value))| {
            // A label longer than the drawing is cut, not clipped mid-letter.
            let label = if label.chars().count() > LABEL_MAX {
                let mut cut: String = label.chars().take(LABEL_MAX - 1).collect();
                cut.push('\u{2026}');
                cut
            } else {
                label
            };
            let width = (value.max(0) * CHART_WIDTH / max).max(1);
            let top = i as i64 * ROW_HEIGHT;
            Bar {
                label,
                text_y: top + 13,
                bar_y: top + 17,
                bar_x: if rtl { CHART_WIDTH - width } else { 0 },
                width,
            }
        })
        .collect::<Vec<_>>();
    Chart {
        id,
        title,
        height: (bars.len() as i64 * ROW_HEIGHT).max(ROW_HEIGHT),
        width: CHART_WIDTH,
        label_x: if rtl { CHART_WIDTH } else { 0 },
        bars,
    }
}

// ---------------------------------------------------------------------------------------
// Shared

fn query_of(req: &HttpRequest, report: Report) -> Result<ReportQuery, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let year = clock::this_year();
    Ok(ReportQuery::from_pairs(report, &pairs, true, year)?)
}

/// The same address with `format=csv` (other settings kept).
fn csv_href(req: &HttpRequest) -> String {
    let mut pairs: Vec<(String, String)> = crate::query::parse_pairs(req.query_string())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "format" && k != "page")
        .collect();
    pairs.push(("format".into(), "csv".into()));
    // A same-page reference: the request path is never written into a link.
    format!(
        "?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

fn csv_response(
    name: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<HttpResponse, AppError> {
    let body = csv::document(header, rows).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"fairrecruit-{name}.csv\""),
        ))
        .body(body))
}

fn sector_options(tr: &Tr, breakdown: &Breakdown) -> Vec<Opt> {
    let chosen = match breakdown {
        Breakdown::Sector(s) => vec![s.as_str().to_owned()],
        _ => vec![],
    };
    choices(
        tr,
        Sector::ALL,
        |s| s.as_str(),
        |s| s.message_key(),
        &chosen,
    )
}

fn gender_options(tr: &Tr, breakdown: &Breakdown) -> Vec<Opt> {
    let chosen = match breakdown {
        Breakdown::Gender(g) => vec![g.as_str().to_owned()],
        _ => vec![],
    };
    choices(
        tr,
        Gender::ALL,
        |g| g.as_str(),
        |g| g.message_key(),
        &chosen,
    )
}

fn year_value(breakdown: &Breakdown) -> String {
    match breakdown {
        Breakdown::Year(y) => y.to_string(),
        _ => String::new(),
    }
}

/// "Nepal → Qatar" in the reader's language; the arrow points the way the script reads.
fn corridor_name(tr: &Tr, origin: &str, destination: &str) -> String {
    let arrow = if tr.locale.rtl {
        '\u{2190}'
    } else {
        '\u{2192}'
    };
    format!("{} {arrow} {}", tr.country(origin), tr.country(destination))
}

// ---------------------------------------------------------------------------------------
// /reports

#[derive(Template)]
#[template(path = "reports/index.html")]
struct IndexPage {
    tr: Tr,
    nav: Nav,
}

async fn index(frame: Frame) -> Result<HttpResponse, AppError> {
    html(&IndexPage {
        tr: frame.tr,
        nav: frame.nav,
    })
}

// ---------------------------------------------------------------------------------------
// /reports/recruiters

pub struct RankingLine {
    pub rank: i64,
    pub public_id: String,
    pub name: String,
    pub country: String,
    pub reviews: String,
    pub rating: String,
    pub charged: String,
    pub ratio: String,
    pub open: String,
    pub resolved: String,
}

#[derive(Template)]
#[template(path = "reports/rankings.html")]
struct RankingsPage {
    tr: Tr,
    nav: Nav,
    freshness: String,
    countries: Vec<Opt>,
    destinations: Vec<Opt>,
    sectors: Vec<Opt>,
    sorts: Vec<Opt>,
    year: String,
    ascending: bool,
    lines: Vec<RankingLine>,
    charts: Vec<Chart>,
    csv_href: String,
    previous_href: Option<String>,
    next_href: Option<String>,
}

fn page_href(req: &HttpRequest, page: i64) -> String {
    let mut pairs: Vec<(String, String)> = crate::query::parse_pairs(req.query_string())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "page")
        .collect();
    pairs.push(("page".into(), page.to_string()));
    // A same-page reference: the request path is never written into a link.
    format!(
        "?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

/// The figure a ranking is sorted by, for its chart.
fn sort_value(row: &RankedRecruiter, sort: RankingSort) -> Option<i64> {
    match sort {
        RankingSort::Rating => row.rating_milli,
        RankingSort::Fees => row.charged_share_bp,
        RankingSort::Cost => row.ratio_median_bp,
        RankingSort::Open => row.complaints_open,
        RankingSort::Resolved => row.complaints_resolved,
    }
}

pub const RANKING_CSV_HEADER: [&str; 10] = [
    "rank",
    "recruiter_id",
    "name",
    "licensing_country",
    "reviews",
    "rating_bayesian",
    "charged_share_percent",
    "cost_ratio_median_months",
    "complaints_open",
    "complaints_resolved",
];

async fn rankings(
    req: HttpRequest,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let query = query_of(&req, Report::Rankings)?;
    let q = query.clone();
    let (at, (rows, more)) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::rankings(conn, &q, RANKING_PAGE_SIZE)?,
        ))
    })
    .await?;
    let first_rank = (query.page - 1) * RANKING_PAGE_SIZE + 1;
    if query.format == Format::Csv {
        let lines: Vec<Vec<String>> = rows
            .iter()
            .enumerate()
            .map(|(i, r)| {
                vec![
                    (first_rank + i as i64).to_string(),
                    r.public_id.clone(),
                    r.name.clone(),
                    r.licensing_country.clone(),
                    csv::cell(r.reviews),
                    r.rating_milli
                        .map_or_else(String::new, |m| format!("{}.{:03}", m / 1000, m % 1000)),
                    csv::decimal(r.charged_share_bp, true),
                    csv::decimal(r.ratio_median_bp, false),
                    csv::cell(r.complaints_open),
                    csv::cell(r.complaints_resolved),
                ]
            })
            .collect();
        return csv_response("recruiters", &RANKING_CSV_HEADER, &lines);
    }
    let tr = frame.tr;
    let sort_label = tr.t(query.sort.message_key());
    let chart_items = rows
        .iter()
        .take(10)
        .filter_map(|r| {
            let v = sort_value(r, query.sort)?;
            let text = match query.sort {
                RankingSort::Rating => stars(v),
                RankingSort::Fees => tr.t_s("reports-percent", "value", &percent(v)),
                RankingSort::Cost => tr.t_s("reports-months", "value", &months(v)),
                RankingSort::Open | RankingSort::Resolved => v.to_string(),
            };
            Some((format!("{}: {text}", r.name), v))
        })
        .collect();
    let charts = vec![chart(
        &tr,
        "ranking-chart",
        tr.t_s("reports-chart-ranking", "measure", &sort_label),
        chart_items,
    )];
    let lines = rows
        .into_iter()
        .enumerate()
        .map(|(i, r)| RankingLine {
            rank: first_rank + i as i64,
            country: if r.licensing_country.is_empty() {
                tr.t("reports-no-licence")
            } else {
                tr.country(&r.licensing_country)
            },
            reviews: count_text(&tr, r.reviews),
            rating: shown(&tr, r.rating_milli.map(stars)),
            charged: share_text(&tr, r.charged_share_bp),
            ratio: months_text(&tr, r.ratio_median_bp),
            open: count_text(&tr, r.complaints_open),
            resolved: count_text(&tr, r.complaints_resolved),
            public_id: r.public_id,
            name: r.name,
        })
        .collect();
    let (destination, chosen_country) = (
        match &query.breakdown {
            Breakdown::Destination(c) => c.as_str(),
            _ => "",
        },
        query.licensing_country.map_or("", |c| c.as_str()),
    );
    let sorts = RankingSort::ALL
        .iter()
        .map(|s| Opt {
            value: s.as_str().to_owned(),
            label: tr.t(s.message_key()),
            selected: *s == query.sort,
        })
        .collect();
    html(&RankingsPage {
        freshness: freshness(&tr, at),
        countries: country_options(&tr, chosen_country),
        destinations: country_options(&tr, destination),
        sectors: sector_options(&tr, &query.breakdown),
        sorts,
        year: year_value(&query.breakdown),
        ascending: !query.descending,
        lines,
        charts,
        csv_href: csv_href(&req),
        previous_href: (query.page > 1).then(|| page_href(&req, query.page - 1)),
        next_href: more.then(|| page_href(&req, query.page + 1)),
        tr,
        nav: frame.nav,
    })
}

// ---------------------------------------------------------------------------------------
// /reports/corridors

pub struct CorridorLine {
    pub name: String,
    pub workers: String,
    pub ratio_mean: String,
    pub ratio_median: String,
    /// The ratio of averages, and the two averages it divides.
    pub sdg_ratio: String,
    pub sdg_terms: String,
    pub fee_share: String,
    pub usd_mean: String,
    pub usd_missing: String,
    pub categories: Vec<String>,
}

#[derive(Template)]
#[template(path = "reports/corridors.html")]
struct CorridorsPage {
    tr: Tr,
    nav: Nav,
    freshness: String,
    sectors: Vec<Opt>,
    genders: Vec<Opt>,
    year: String,
    category_labels: Vec<String>,
    lines: Vec<CorridorLine>,
    charts: Vec<Chart>,
    csv_href: String,
}

/// The page's CSV: the open-data corridor table's columns without the breakdown.
pub fn corridor_csv_header() -> Vec<&'static str> {
    open_data::corridor_columns()
        .iter()
        .map(|c| c.name)
        .collect()
}

async fn corridors(
    req: HttpRequest,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let query = query_of(&req, Report::Corridors)?;
    let breakdown = query.breakdown.clone();
    let (at, rows) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::corridors(conn, &breakdown)?,
        ))
    })
    .await?;
    if query.format == Format::Csv {
        let lines: Vec<Vec<String>> = rows.iter().map(corridor_csv_row).collect();
        return csv_response("corridors", &corridor_csv_header(), &lines);
    }
    let tr = frame.tr;
    let chart_items = rows
        .iter()
        .filter_map(|r| {
            let v = r.ratio_mean_bp?;
            Some((
                format!(
                    "{}: {}",
                    corridor_name(&tr, &r.origin, &r.destination),
                    tr.t_s("reports-months", "value", &months(v))
                ),
                v,
            ))
        })
        .collect();
    let fee_items = rows
        .iter()
        .filter_map(|r| {
            let v = r.fee_share_bp?;
            Some((
                format!(
                    "{}: {}",
                    corridor_name(&tr, &r.origin, &r.destination),
                    tr.t_s("reports-percent", "value", &percent(v))
                ),
                v,
            ))
        })
        .collect();
    let charts = vec![
        chart(&tr, "ratio-chart", tr.t("reports-chart-ratio"), chart_items),
        chart(&tr, "fee-chart", tr.t("reports-chart-fees"), fee_items),
    ];
    let lines = rows
        .iter()
        .map(|r| CorridorLine {
            name: corridor_name(&tr, &r.origin, &r.destination),
            workers: r.workers.to_string(),
            ratio_mean: months_text(&tr, r.ratio_mean_bp),
            ratio_median: months_text(&tr, r.ratio_median_bp),
            sdg_ratio: months_text(&tr, r.sdg.ratio_bp),
            sdg_terms: sdg_terms(&tr, &r.sdg),
            fee_share: share_text(&tr, r.fee_share_bp),
            usd_mean: usd_text(&tr, r.usd_mean_cents),
            usd_missing: count_text(&tr, r.usd_missing),
            categories: r
                .category_share_bp
                .iter()
                .map(|bp| share_text(&tr, *bp))
                .collect(),
        })
        .collect();
    html(&CorridorsPage {
        freshness: freshness(&tr, at),
        sectors: sector_options(&tr, &query.breakdown),
        genders: gender_options(&tr, &query.breakdown),
        year: year_value(&query.breakdown),
        category_labels: CostCategory::ALL
            .iter()
            .map(|c| tr.t(c.message_key()))
            .collect(),
        lines,
        charts,
        csv_href: csv_href(&req),
        tr,
        nav: frame.nav,
    })
}

/// "US$ 4,290.00 ÷ US$ 480.00 (5 workers)": what the ratio of averages divides; empty when
/// it is withheld.
fn sdg_terms(tr: &Tr, sdg: &SdgAggregate) -> String {
    match (
        sdg.ratio_bp,
        sdg.cost_mean_cents,
        sdg.earnings_mean_cents,
        sdg.workers,
    ) {
        (Some(_), Some(cost), Some(earnings), Some(n)) => tr.t_args(
            "reports-sdg-terms",
            &[
                ("cost", Arg::Text(usd_text(tr, Some(cost)))),
                ("earnings", Arg::Text(usd_text(tr, Some(earnings)))),
                ("count", Arg::Number(n)),
            ],
        ),
        _ => String::new(),
    }
}

fn corridor_csv_row(r: &CorridorRow) -> Vec<String> {
    open_data::corridor_cells(r)
        .iter()
        .map(open_data::Cell::csv)
        .collect()
}

// ---------------------------------------------------------------------------------------
// /reports/justice

pub struct CountLine {
    pub label: String,
    pub complaints: String,
}

pub struct OrganisationLine {
    pub name: String,
    pub kind: String,
    pub referrals: String,
    pub in_time: String,
    pub acknowledge_days: String,
    pub resolve_days: String,
    pub resolved: String,
    pub documents: String,
    pub licence: String,
    pub money: Vec<String>,
}

#[derive(Template)]
#[template(path = "reports/justice.html")]
struct JusticePage {
    tr: Tr,
    nav: Nav,
    freshness: String,
    total: String,
    indicators: Vec<CountLine>,
    abuses: Vec<CountLine>,
    corridors: Vec<CountLine>,
    organisations: Vec<OrganisationLine>,
    charts: Vec<Chart>,
    csv_href: String,
}

pub const JUSTICE_CSV_HEADER: [&str; 11] = [
    "section",
    "item",
    "complaints_or_referrals",
    "acknowledged_in_time_percent",
    "acknowledge_median_days",
    "resolve_median_days",
    "resolved_percent",
    "documents_returned",
    "licence_actions",
    "money_recovered",
    "organisation_kind",
];

fn justice_csv(
    counts: &[JusticeCount],
    orgs: &[(String, String, OrganisationRow)],
) -> Vec<Vec<String>> {
    let blank = || vec![String::new(); 7];
    let mut rows: Vec<Vec<String>> = counts
        .iter()
        .map(|c| {
            let mut row = vec![c.kind.to_owned(), c.item.clone(), csv::cell(c.complaints)];
            row.extend(blank());
            row.push(String::new());
            row.truncate(11);
            row
        })
        .collect();
    for (name, kind, o) in orgs {
        rows.push(vec![
            "organisation".into(),
            name.clone(),
            o.referrals.to_string(),
            csv::decimal(o.acknowledged_in_time_bp, true),
            csv::cell(o.acknowledge_median_days),
            csv::cell(o.resolve_median_days),
            csv::decimal(o.resolved_share_bp, true),
            csv::cell(o.documents_returned),
            csv::cell(o.licence_actions),
            o.money_recovered
                .iter()
                .map(|(c, m)| format!("{c} {m}"))
                .collect::<Vec<_>>()
                .join("; "),
            kind.clone(),
        ]);
    }
    rows
}

async fn justice(
    req: HttpRequest,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let query = query_of(&req, Report::Justice)?;
    let (at, counts, orgs) = db::run(&pool, move |conn| {
        Ok((
            db::reports::refreshed_at(conn)?,
            db::reports::justice_counts(conn)?,
            db::reports::justice_organisations(conn)?,
        ))
    })
    .await?;
    if query.format == Format::Csv {
        return csv_response("justice", &JUSTICE_CSV_HEADER, &justice_csv(&counts, &orgs));
    }
    let tr = frame.tr;
    let issue_label =
        |item: &str| Issue::parse(item).map_or_else(|| item.to_owned(), |i| tr.t(i.message_key()));
    // Indicators and abuses in the ILO's order (as the complaint form lists them); corridors
    // as stored, by origin and destination.
    let position =
        |item: &str| Issue::parse(item).and_then(|i| Issue::ALL.iter().position(|x| *x == i));
    let lines_of = |kind: &str| -> Vec<CountLine> {
        let mut rows: Vec<&JusticeCount> = counts.iter().filter(|c| c.kind == kind).collect();
        rows.sort_by_key(|c| position(&c.item));
        rows.into_iter()
            .map(|c| CountLine {
                label: match c.item.split_once('-') {
                    Some((o, d)) if kind == "corridor" => corridor_name(&tr, o, d),
                    _ => issue_label(&c.item),
                },
                complaints: count_text(&tr, c.complaints),
            })
            .collect()
    };
    let indicator_items = counts
        .iter()
        .filter(|c| c.kind == "indicator" || c.kind == "abuse")
        .filter_map(|c| {
            let n = c.complaints.filter(|n| *n > 0)?;
            Some((format!("{}: {n}", issue_label(&c.item)), n))
        })
        .collect();
    let total = counts
        .iter()
        .find(|c| c.kind == "total")
        .and_then(|c| c.complaints);
    let organisations = orgs
        .iter()
        .map(|(name, kind, o)| OrganisationLine {
            name: name.clone(),
            kind: crate::domain::account::OrganisationKind::parse(kind)
                .map_or_else(|| kind.clone(), |k| tr.t(k.message_key())),
            referrals: o.referrals.to_string(),
            in_time: share_text(&tr, o.acknowledged_in_time_bp),
            acknowledge_days: days_text(&tr, o.acknowledge_median_days),
            resolve_days: days_text(&tr, o.resolve_median_days),
            resolved: share_text(&tr, o.resolved_share_bp),
            documents: count_text(&tr, o.documents_returned),
            licence: count_text(&tr, o.licence_actions),
            money: o
                .money_recovered
                .iter()
                .filter_map(|(c, m)| {
                    let currency = Currency::parse(c)?;
                    Some(format!("{} {}", currency.as_str(), currency.format(*m)))
                })
                .collect(),
        })
        .collect();
    html(&JusticePage {
        freshness: freshness(&tr, at),
        total: count_text(&tr, total),
        indicators: lines_of("indicator"),
        abuses: lines_of("abuse"),
        corridors: lines_of("corridor"),
        organisations,
        charts: vec![chart(
            &tr,
            "issues-chart",
            tr.t("reports-chart-issues"),
            indicator_items,
        )],
        csv_href: csv_href(&req),
        tr,
        nav: frame.nav,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_round_half_up() {
        assert_eq!(percent(4_250), "42.5");
        assert_eq!(percent(6_667), "66.7");
        assert_eq!(months(21_500), "2.15");
        assert_eq!(months(20_000), "2.00");
        assert_eq!(stars(4_111), "4.1");
        assert_eq!(stars(4_950), "5.0");
    }
}
