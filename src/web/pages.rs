//! Public pages: home, the recruiter directory, a recruiter's profile, know-your-rights.

use std::sync::OnceLock;

use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::forms::CostOpt;
use super::kept::{self, KeptPages, PageKey};
use super::reviews::ProfileReviews;
use super::{Frame, Nav, html, html_bytes, render};
use crate::clock;
use crate::db::recruiters::{LicenceEventRow, RecruiterListRow};
use crate::db::{self, Pool, recruiters, reviews};
use crate::domain::costs::CostCategory;
use crate::domain::country::CountryCode;
use crate::domain::recruiter::{LicenceStatus, PublicId, RecruiterSearch};
use crate::domain::review::ReviewListQuery;
use crate::domain::text;
use crate::error::AppError;
use crate::i18n::{self, Tr};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    tr: Tr,
    nav: Nav,
    recruiter_count: i64,
}

pub async fn home(frame: Frame, pool: web::Data<Pool>) -> Result<HttpResponse, AppError> {
    let recruiter_count = db::run(&pool, |conn| Ok(recruiters::count(conn)?)).await?;
    html(&HomePage {
        tr: frame.tr,
        nav: frame.nav,
        recruiter_count,
    })
}

/// A choice in a `<select>`: value, label, selected.
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub selected: bool,
}

/// A result line, with every word ready to print.
pub struct ResultLine {
    pub public_id: String,
    pub name: String,
    pub licence_number: Option<String>,
    pub country: Option<String>,
    pub status: Option<&'static str>,
    pub status_label: Option<String>,
    pub destinations: String,
    pub is_sub_agent: bool,
}

impl ResultLine {
    pub fn new(tr: &Tr, row: RecruiterListRow, destinations: &[String]) -> ResultLine {
        let status = row
            .licence_status
            .as_deref()
            .and_then(|s| s.parse::<LicenceStatus>().ok());
        ResultLine {
            public_id: row.public_id,
            name: row.name,
            licence_number: row.licence_number,
            country: row.licensing_country.as_deref().map(|c| tr.country(c)),
            status: status.map(|s| s.as_str()),
            status_label: status.map(|s| tr.t(s.message_key())),
            destinations: country_names(tr, destinations),
            is_sub_agent: row.is_sub_agent,
        }
    }

    /// A licence that exists and is not active: the profile warns against paying.
    fn not_active(&self) -> bool {
        self.status
            .is_some_and(|s| s != LicenceStatus::Active.as_str())
    }
}

#[derive(Template)]
#[template(path = "recruiters.html")]
struct RecruitersPage {
    tr: Tr,
    nav: Nav,
    query: String,
    countries: Vec<Choice>,
    destinations: Vec<Choice>,
    statuses: Vec<Choice>,
    results: Vec<ResultLine>,
    searched: bool,
    /// Filters stay open when one is set, folded on a text-only search (short on a phone).
    filtered: bool,
    page: i64,
    previous_href: Option<String>,
    next_href: Option<String>,
}

/// Every country as (code, name) in the reader's locale, sorted by the folded name so that
/// "Åland" sits among the A's; built once per locale (when it is first read), then reused
/// by every results page.
fn sorted_countries(tr: &Tr) -> &'static [(&'static str, String)] {
    type List = Vec<(&'static str, String)>;
    static LISTS: OnceLock<Vec<OnceLock<List>>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| i18n::LOCALES.iter().map(|_| OnceLock::new()).collect());
    lists[tr.locale.index()].get_or_init(|| {
        let mut list: List = CountryCode::all()
            .map(|c| (c.as_str(), tr.country(c.as_str())))
            .collect();
        list.sort_by_cached_key(|(_, name)| text::fold(name));
        list
    })
}

fn country_choices(tr: &Tr, selected: Option<CountryCode>) -> Vec<Choice> {
    let selected = selected.map(|c| c.as_str());
    sorted_countries(tr)
        .iter()
        .map(|(code, name)| Choice {
            value: code,
            label: name.clone(),
            selected: Some(*code) == selected,
        })
        .collect()
}

/// Joins country names for a line of text, in the person's language.
pub fn country_names(tr: &Tr, codes: &[String]) -> String {
    let separator = tr.list_separator();
    codes
        .iter()
        .map(|c| tr.country(c))
        .collect::<Vec<_>>()
        .join(&separator)
}

fn page_href(req: &HttpRequest, page: i64) -> String {
    let mut pairs: Vec<(String, String)> = crate::query::parse_pairs(req.query_string())
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k != "page")
        .collect();
    pairs.push(("page".into(), page.to_string()));
    format!(
        "/recruiters?{}",
        serde_urlencoded::to_string(&pairs).unwrap_or_default()
    )
}

pub async fn recruiters(
    req: HttpRequest,
    frame: Frame,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let search = RecruiterSearch::from_pairs(&pairs, false)?;
    let filtered =
        search.country.is_some() || search.destination.is_some() || search.status.is_some();
    let searched = search.text.is_some() || filtered;
    let query = search.clone();
    let page = db::run(&pool, move |conn| Ok(recruiters::search(conn, &query)?)).await?;
    let tr = frame.tr;
    let results = page
        .items
        .into_iter()
        .map(|(row, destinations)| ResultLine::new(&tr, row, &destinations))
        .collect();
    let statuses = LicenceStatus::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str(),
            label: tr.t(s.message_key()),
            selected: Some(*s) == search.status,
        })
        .collect();
    html(&RecruitersPage {
        tr,
        nav: frame.nav,
        query: search.raw_query.clone(),
        countries: country_choices(&tr, search.country),
        destinations: country_choices(&tr, search.destination),
        statuses,
        results,
        searched,
        filtered,
        page: search.page,
        previous_href: (search.page > 1).then(|| page_href(&req, search.page - 1)),
        next_href: page.has_more.then(|| page_href(&req, search.page + 1)),
    })
}

pub struct HistoryLine {
    pub date: String,
    pub status: &'static str,
    pub label: String,
}

impl HistoryLine {
    /// A licence's dated statuses, ready to print (a status no longer known is skipped).
    pub fn list(tr: &Tr, events: &[LicenceEventRow]) -> Vec<HistoryLine> {
        events
            .iter()
            .filter_map(|e| {
                let s = e.status.parse::<LicenceStatus>().ok()?;
                Some(HistoryLine {
                    date: clock::day(e.recorded_at),
                    status: s.as_str(),
                    label: tr.t(s.message_key()),
                })
            })
            .collect()
    }
}

#[derive(Template)]
#[template(path = "recruiter.html")]
struct RecruiterPage {
    tr: Tr,
    nav: Nav,
    r: ResultLine,
    not_active: bool,
    address: Option<String>,
    history: Vec<HistoryLine>,
    reviews: ProfileReviews,
}

/// A recruiter's profile: the directory entry, its licence history, its scorecard and a page
/// of its approved reviews — seven queries, whatever the number of reviews.
pub async fn recruiter(
    req: HttpRequest,
    path: web::Path<String>,
    pool: web::Data<Pool>,
    kept: web::Data<KeptPages>,
) -> Result<HttpResponse, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let query = ReviewListQuery::from_pairs(&pairs, false)?;
    // The plain first page, the one a shared link opens, is kept (`web::kept`); asked for by
    // its own path (its links to itself carry the path as asked, percent-escapes and all).
    let plain = pairs.iter().all(|(k, _)| k == "lang")
        && req.path().strip_prefix("/recruiters/") == Some(id.as_str());
    let key = plain.then(|| PageKey {
        subject: id.as_str().to_owned(),
        locale: Frame::locale_of(&req).code,
        signed_in: crate::auth::session::appears_signed_in(&req),
    });
    let generation = match &key {
        Some(key) => {
            let generation = kept::generation(&pool).await;
            if let Some(body) = kept.get(key, generation) {
                metrics::counter!("kept_pages_total", "outcome" => "served").increment(1);
                return Ok(html_bytes(body));
            }
            generation
        }
        None => 0,
    };
    let wanted = query.clone();
    let data = db::run(&pool, move |conn| {
        reviews::profile_page(
            conn,
            &id,
            wanted.language.as_deref(),
            wanted.page,
            wanted.per_page,
        )?
        .ok_or(AppError::NotFound)
    })
    .await?;
    let frame = Frame::for_request(&req);
    let profile = data.profile;
    let tr = frame.tr;
    let history = HistoryLine::list(&tr, &profile.history);
    let r = ResultLine::new(&tr, profile.recruiter, &profile.destinations);
    let reviews = ProfileReviews::new(
        &tr,
        &r.public_id,
        &data.kept,
        data.totals,
        data.reviews,
        data.more,
        &query,
    );
    let body = Bytes::from(render(&RecruiterPage {
        tr,
        nav: frame.nav,
        not_active: r.not_active(),
        r,
        address: profile.address,
        history,
        reviews,
    })?);
    if let Some(key) = key {
        metrics::counter!("kept_pages_total", "outcome" => "rendered").increment(1);
        kept.put(key, generation, body.clone());
    }
    Ok(html_bytes(body))
}

#[derive(Template)]
#[template(path = "rights.html")]
struct RightsPage {
    tr: Tr,
    nav: Nav,
    /// The ILO's related costs, in the words the review and complaint forms use.
    related_costs: Vec<CostOpt>,
}

pub async fn rights(frame: Frame) -> Result<HttpResponse, AppError> {
    let related_costs = CostCategory::ALL
        .iter()
        .filter(|c| c.is_related_cost())
        .map(|c| CostOpt::new(&frame.tr, *c, false))
        .collect();
    html(&RightsPage {
        tr: frame.tr,
        nav: frame.nav,
        related_costs,
    })
}

/// Anything no route matched.
pub async fn not_found() -> Result<HttpResponse, AppError> {
    Err(AppError::NotFound)
}
