//! The review form (`/recruiters/{id}/review`), its thank-you page, and the scorecard and
//! review list of a recruiter's profile.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::forms::{
    FormError, Opt, choices, country_options, currency_options, refused, refused_after, see_other,
};
use super::{Frame, Nav, html};
use crate::app::reviews::{Sent, may_review, submit};
use crate::auth::csrf::{CsrfForm, CsrfToken};
use crate::auth::{AuthState, MaybeUser, bridge, session};
use crate::db::reviews::{self, KeptScores, PublicReview};
use crate::db::{self, Pool};
use crate::domain::account::Sector;
use crate::domain::costs::{CostCategory, Lender, PaidTo, VisaType};
use crate::domain::currency::Currency;
use crate::domain::recruiter::PublicId;
use crate::domain::review::{
    Check, Dimension, Gender, ReviewInput, ReviewListQuery, Scorecard, Shown, TEXT_LANGUAGES,
};
use crate::error::{AppError, InputError};
use crate::i18n::{self, Tr};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::resource("/recruiters/{id}/review")
            // 100 KB of pasted text must reach the form's own check (a 400 beside the
            // field), not the general 64 KiB limit.
            .app_data(web::PayloadConfig::new(FORM_BODY_MAX))
            .get(review_form)
            .post(submit_review),
    )
    .service(web::resource("/recruiters/{id}/review/sent").get(sent));
}

/// Largest review form body: 100 KB of text in a three-byte script, percent-encoded, is
/// 300 KB; such a form must reach the check that answers "too long" beside the field.
pub const FORM_BODY_MAX: usize = 512 * 1024;

/// A cost category's row of the form.
pub struct CostLine {
    pub label: String,
    pub hint: String,
    pub fields: [&'static str; 4],
    pub paid: String,
    pub amount: String,
    pub paid_to: Vec<Opt>,
    pub receipt: String,
}

/// A yes / no / not saying question.
pub struct YesNo {
    pub field: &'static str,
    pub label: String,
    pub value: String,
}

/// A 1–5 rating question.
pub struct RatingLine {
    pub field: &'static str,
    pub label: String,
    pub value: String,
}

#[derive(Template)]
#[template(path = "reviews/form.html")]
struct ReviewFormPage {
    tr: Tr,
    nav: Nav,
    csrf: String,
    recruiter_id: String,
    recruiter_name: String,
    is_sub_agent: bool,
    signed_in_worker: bool,
    form: ReviewInput,
    errors: FormError,
    countries: Vec<Opt>,
    destinations: Vec<Opt>,
    currencies: Vec<Opt>,
    sectors: Vec<Opt>,
    visa_types: Vec<Opt>,
    genders: Vec<Opt>,
    lenders: Vec<Opt>,
    languages: Vec<Opt>,
    costs: Vec<CostLine>,
    checks: Vec<YesNo>,
    loan_q: YesNo,
    again_q: YesNo,
    ratings: Vec<RatingLine>,
    overall: String,
    open_costs: bool,
    open_loan: bool,
    open_wages: bool,
    open_checks: bool,
    open_ratings: bool,
    open_text: bool,
    year_max: i32,
    /// The browser's draft may fill the form: not a stored review being edited.
    draft_restore: bool,
}

/// The currency a worker of this language most likely paid in.
fn default_currency(lang: &str) -> &'static str {
    match lang {
        "ne" => "NPR",
        "bn" => "BDT",
        "hi" => "INR",
        "ur" => "PKR",
        "fil" => "PHP",
        "id" => "IDR",
        "my" => "MMK",
        "si" | "ta" => "LKR",
        "km" => "KHR",
        "vi" => "VND",
        "th" => "THB",
        "sw" => "KES",
        "am" => "ETB",
        _ => "",
    }
}

/// The country a worker of this language most likely left.
fn default_origin(lang: &str) -> &'static str {
    match lang {
        "ne" => "NP",
        "bn" => "BD",
        "hi" => "IN",
        "ur" => "PK",
        "fil" => "PH",
        "id" => "ID",
        "my" => "MM",
        "si" | "ta" => "LK",
        "km" => "KH",
        "vi" => "VN",
        "th" => "TH",
        "sw" => "KE",
        "am" => "ET",
        _ => "",
    }
}

/// The rows of the cost section, as typed.
fn cost_lines(tr: &Tr, form: &ReviewInput) -> Vec<CostLine> {
    CostCategory::ALL
        .iter()
        .map(|c| {
            let fields = c.fields();
            CostLine {
                label: tr.t(c.message_key()),
                hint: tr.t(&format!("{}-hint", c.message_key())),
                fields,
                paid: form.get(fields[0]).to_owned(),
                amount: form.get(fields[1]).to_owned(),
                paid_to: choices(
                    tr,
                    PaidTo::ALL,
                    |v| v.as_str(),
                    |v| v.message_key(),
                    &[form.get(fields[2]).to_owned()],
                ),
                receipt: form.get(fields[3]).to_owned(),
            }
        })
        .collect()
}

/// The languages a review's text may be in; the chosen one, else the page's own, selected.
fn language_options(tr: &Tr, chosen: &str) -> Vec<Opt> {
    let mut languages: Vec<Opt> = TEXT_LANGUAGES
        .iter()
        .map(|code| Opt {
            value: (*code).to_owned(),
            label: match i18n::find(code) {
                Some(locale) => Tr::autonym(locale),
                None => tr.t("review-language-other"),
            },
            selected: *code == chosen,
        })
        .collect();
    if chosen.is_empty()
        && let Some(own) = languages.iter_mut().find(|o| o.value == tr.lang())
    {
        own.selected = true;
    }
    languages
}

impl ReviewFormPage {
    fn new(
        frame: Frame,
        csrf: String,
        recruiter: &(String, String, bool, Vec<String>),
        signed_in_worker: bool,
        form: ReviewInput,
        errors: FormError,
    ) -> ReviewFormPage {
        let tr = frame.tr;
        let yes_no = |field: &'static str, key: &str| YesNo {
            field,
            label: tr.t(key),
            value: form.get(field).to_owned(),
        };
        let costs = cost_lines(&tr, &form);
        let checks = Check::ALL
            .iter()
            .map(|c| yes_no(c.field(), c.message_key()))
            .collect();
        let ratings = Dimension::ALL
            .iter()
            .filter(|d| **d != Dimension::Overall)
            .map(|d| RatingLine {
                field: d.field(),
                label: tr.t(d.message_key()),
                value: form.get(d.field()).to_owned(),
            })
            .collect();
        let cost_fields: Vec<&str> = CostCategory::ALL.iter().flat_map(|c| c.fields()).collect();
        let typed = |fields: &[&str]| fields.iter().any(|f| !form.get(f).trim().is_empty());
        let check_fields: Vec<&str> = Check::ALL.iter().map(|c| c.field()).collect();
        let rating_fields: Vec<&str> = Dimension::ALL
            .iter()
            .filter(|d| **d != Dimension::Overall)
            .map(|d| d.field())
            .collect();
        let languages = language_options(&tr, form.get("body_language"));
        ReviewFormPage {
            nav: frame.nav,
            csrf,
            recruiter_id: recruiter.0.clone(),
            recruiter_name: recruiter.1.clone(),
            is_sub_agent: recruiter.2,
            signed_in_worker,
            countries: country_options(&tr, form.get("origin")),
            destinations: country_options(&tr, form.get("destination")),
            currencies: currency_options(form.get("currency")),
            sectors: choices(
                &tr,
                Sector::ALL,
                |v| v.as_str(),
                |v| v.message_key(),
                &[form.get("sector").to_owned()],
            ),
            visa_types: choices(
                &tr,
                VisaType::ALL,
                |v| v.as_str(),
                |v| v.message_key(),
                &[form.get("visa_type").to_owned()],
            ),
            genders: choices(
                &tr,
                Gender::ALL,
                |v| v.as_str(),
                |v| v.message_key(),
                &[form.get("gender").to_owned()],
            ),
            lenders: choices(
                &tr,
                Lender::ALL,
                |v| v.as_str(),
                |v| v.message_key(),
                &[form.get("lender").to_owned()],
            ),
            languages,
            costs,
            checks,
            loan_q: yes_no("took_loan", "review-field-took-loan"),
            again_q: yes_no("use_again", "review-field-use-again"),
            ratings,
            overall: form.get("rating_overall").to_owned(),
            open_costs: errors.any_of(&cost_fields) || errors.is("currency") || typed(&cost_fields),
            open_loan: errors.any_of(&["took_loan", "lender", "loan_interest"])
                || typed(&["took_loan", "lender", "loan_interest"]),
            open_wages: errors.any_of(&["promised_wage", "first_wage"])
                || typed(&["promised_wage", "first_wage"]),
            open_checks: errors.any_of(&check_fields) || typed(&check_fields),
            open_ratings: errors.any_of(&rating_fields)
                || errors.is("use_again")
                || typed(&rating_fields)
                || typed(&["use_again"]),
            open_text: errors.any_of(&["body", "body_language"]) || typed(&["body"]),
            year_max: crate::clock::this_year(),
            draft_restore: true,
            form,
            errors,
            tr,
        }
    }
}

/// (public id, name, is sub-agent, destinations) of the recruiter, or 404.
async fn recruiter_of(
    pool: &Pool,
    id: &PublicId,
) -> Result<(String, String, bool, Vec<String>), AppError> {
    let id = id.clone();
    let profile = db::run(pool, move |conn| {
        crate::db::recruiters::profile(conn, &id)?.ok_or(AppError::NotFound)
    })
    .await?;
    Ok((
        profile.recruiter.public_id,
        profile.recruiter.name,
        profile.recruiter.is_sub_agent,
        profile.destinations,
    ))
}

async fn review_form(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    MaybeUser(user): MaybeUser,
    path: web::Path<String>,
    pool: web::Data<Pool>,
) -> Result<HttpResponse, AppError> {
    may_review(user.as_ref())?;
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let recruiter = recruiter_of(&pool, &id).await?;
    // `?year=2024`: a signed-in worker edits their review of that departure year.
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let mut year = None;
    for (key, value) in &pairs {
        match key.as_str() {
            "lang" => {}
            "year" => {
                year = Some(
                    value
                        .parse::<i32>()
                        .map_err(|_| InputError::new("year", "error-review-year"))?,
                )
            }
            _ => return Err(InputError::new("query", "error-unknown-parameter").into()),
        }
    }
    let own = match (&user, year) {
        (Some(u), Some(year)) => {
            let author = u.id;
            db::run(&pool, move |conn| {
                Ok(reviews::own(conn, author, &id, year)?)
            })
            .await?
        }
        _ => None,
    };
    let lang = frame.tr.lang();
    let editing = own.is_some();
    let form = match own {
        Some(stored) => ReviewInput::of(&stored.draft),
        None => {
            let mut form = ReviewInput::default();
            form.set("origin", default_origin(lang).to_owned());
            form.set("currency", default_currency(lang).to_owned());
            // The recruiter's only destination is the likely one.
            if let [only] = recruiter.3.as_slice() {
                form.set("destination", only.clone());
            }
            form
        }
    };
    let mut page = ReviewFormPage::new(
        frame,
        csrf.0,
        &recruiter,
        user.is_some(),
        form,
        FormError::none(),
    );
    // A stored review being edited: what the server shows wins over a draft.
    page.draft_restore = !editing;
    html(&page)
}

#[allow(clippy::too_many_arguments)] // actix extractors, one per argument
async fn submit_review(
    req: HttpRequest,
    frame: Frame,
    csrf: CsrfToken,
    MaybeUser(user): MaybeUser,
    path: web::Path<String>,
    form: Result<CsrfForm<ReviewInput>, actix_web::Error>,
    pool: web::Data<Pool>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, actix_web::Error> {
    // Who may review is settled before the form is read.
    may_review(user.as_ref())?;
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    // A field the form does not have, or one sent twice, refuses the whole form. A stale
    // token alone brings the form back with everything typed and a fresh token.
    let input = match form {
        Ok(CsrfForm(input)) => input,
        Err(e) => {
            let stale = matches!(e.as_error::<AppError>(), Some(AppError::CsrfFailed));
            let Some(input) = stale
                .then(|| crate::auth::csrf::refused_fields::<ReviewInput>(&req))
                .flatten()
            else {
                return Err(e);
            };
            let recruiter = recruiter_of(&pool, &id).await?;
            let errors = FormError::one("form", frame.tr.t("error-csrf-stale"));
            let visible = input.visible();
            let page =
                ReviewFormPage::new(frame, csrf.0, &recruiter, user.is_some(), visible, errors);
            return Ok(refused(StatusCode::FORBIDDEN, &page)?);
        }
    };
    if input.is_bot() {
        // Looks like success to the bot; nothing is stored.
        tracing::info!("review honeypot filled; dropped");
        return Ok(see_other(&format!("/recruiters/{id}/review/sent")));
    }
    let client = session::client_key(&req, &auth);
    let (status, problems, throttled) = match input.draft(crate::clock::this_year()) {
        Ok(draft) => match submit(&pool, &auth, user.as_ref(), &client, &id, draft).await {
            Ok(sent) => return Ok(see_other(&sent_location(&id, &sent))),
            Err(AppError::Input(problem)) => (StatusCode::BAD_REQUEST, vec![problem], None),
            Err(e @ AppError::TooManyRequests { .. }) => (
                StatusCode::TOO_MANY_REQUESTS,
                vec![InputError::new("form", e.message_key())],
                Some(e),
            ),
            Err(e) => return Err(e.into()),
        },
        Err(problems) => (StatusCode::BAD_REQUEST, problems, None),
    };
    // Only a refused form needs the recruiter again, to show the page (unknown: 404).
    let recruiter = recruiter_of(&pool, &id).await?;
    let errors = FormError::all(&frame.tr, &problems);
    let page = ReviewFormPage::new(
        frame,
        csrf.0,
        &recruiter,
        user.is_some(),
        input.visible(),
        errors,
    );
    Ok(match throttled {
        Some(e) => refused_after(&e, status, &page)?,
        None => refused(status, &page)?,
    })
}

/// Where a stored review leads: the "sent" page, which offers the way to a confidential
/// complaint when the review reports a possible abuse.
fn sent_location(id: &PublicId, sent: &Sent) -> String {
    match &sent.bridge {
        Some(token) => format!("/recruiters/{id}/review/sent?abuse=1&bridge={token}"),
        None => format!("/recruiters/{id}/review/sent"),
    }
}

#[derive(Template)]
#[template(path = "reviews/sent.html")]
struct SentPage {
    tr: Tr,
    nav: Nav,
    recruiter_id: String,
    abuse: bool,
    /// `/complaints/new?review=…`, while the bridge token is valid.
    complaint_href: Option<String>,
    signed_in: bool,
}

async fn sent(
    req: HttpRequest,
    frame: Frame,
    MaybeUser(user): MaybeUser,
    path: web::Path<String>,
    auth: web::Data<AuthState>,
) -> Result<HttpResponse, AppError> {
    let id = PublicId::parse(&path).ok_or(AppError::NotFound)?;
    let pairs = crate::query::parse_pairs(req.query_string())?;
    let abuse = pairs.iter().any(|(k, v)| k == "abuse" && v == "1");
    let now = chrono::Utc::now().timestamp();
    let complaint_href = pairs
        .iter()
        .find(|(k, _)| k == "bridge")
        .filter(|(_, token)| bridge::verify(&auth.keys, token, now).is_some())
        .map(|(_, token)| {
            format!(
                "/complaints/new?{}",
                serde_urlencoded::to_string([("review", token)]).unwrap_or_default()
            )
        });
    html(&SentPage {
        tr: frame.tr,
        nav: frame.nav,
        recruiter_id: id.to_string(),
        abuse,
        complaint_href,
        signed_in: user.is_some(),
    })
}

// ---------------------------------------------------------------------------------------
// The profile's scorecard and review list

/// A scorecard line: a label and its value, or "Not enough reviews yet".
pub struct ScoreLine {
    pub label: String,
    pub value: Option<String>,
}

/// The scorecard with every word ready to print.
pub struct ScoreView {
    pub review_count: i64,
    pub count_label: String,
    pub rating: Option<String>,
    pub lines: Vec<ScoreLine>,
    pub withheld: String,
}

fn percent(share: f64) -> String {
    format!("{}%", (share * 100.0).round() as i64)
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

impl ScoreView {
    pub fn new(tr: &Tr, card: &Scorecard) -> ScoreView {
        let mut lines = Vec::new();
        lines.push(ScoreLine {
            label: tr.t("score-rating-mean"),
            value: card.rating_mean.value().map(one_decimal),
        });
        for (d, shown) in Dimension::ALL.iter().zip(card.dimensions) {
            lines.push(ScoreLine {
                label: tr.t(d.message_key()),
                value: shown.value().map(one_decimal),
            });
        }
        for (key, shown) in [
            "score-share-charged",
            "score-share-documents",
            "score-share-substituted",
            "score-share-job-not",
            "score-share-again",
        ]
        .iter()
        .zip(card.shares)
        {
            lines.push(ScoreLine {
                label: tr.t(key),
                value: shown.value().map(percent),
            });
        }
        for (code, shown) in &card.cost_medians {
            lines.push(ScoreLine {
                label: tr.t_s("score-median-cost", "currency", code),
                value: match (shown, Currency::parse(code)) {
                    (Shown::Value(v), Some(c)) => Some(format!("{} {code}", c.format(*v))),
                    _ => None,
                },
            });
        }
        lines.push(ScoreLine {
            label: tr.t("score-median-ratio"),
            value: card.ratio_median_bp.value().map(|bp| {
                let tenths = (bp + 500) / 1000;
                tr.t_s(
                    "score-months-of-wages",
                    "months",
                    &format!("{}.{}", tenths / 10, tenths % 10),
                )
            }),
        });
        ScoreView {
            review_count: card.review_count,
            count_label: tr.t_n("score-review-count", "count", &card.review_count),
            rating: card.rating_bayesian.map(one_decimal),
            lines,
            withheld: tr.t("score-withheld"),
        }
    }
}

/// A public review with every word ready to print.
pub struct ReviewLine {
    pub date: String,
    pub corridor: String,
    pub year: i64,
    pub rating: i64,
    pub use_again: Option<String>,
    pub body: Option<String>,
    pub language: Option<String>,
    pub language_label: Option<String>,
}

impl ReviewLine {
    pub fn new(tr: &Tr, r: PublicReview) -> ReviewLine {
        let language_label = r
            .body_language
            .as_deref()
            .map(|code| match i18n::find(code) {
                Some(locale) => Tr::autonym(locale),
                None => tr.t("review-language-other"),
            });
        ReviewLine {
            date: crate::clock::day(r.created_at),
            corridor: format!("{} → {}", tr.country(&r.origin), tr.country(&r.destination)),
            year: i64::from(r.departure_year),
            rating: i64::from(r.rating_overall),
            use_again: r.would_use_again.map(|yes| {
                tr.t(if yes {
                    "review-would-use-again"
                } else {
                    "review-would-not-use-again"
                })
            }),
            body: r.body,
            language: r.body_language.filter(|code| code != "other"),
            language_label,
        }
    }
}

/// Everything the profile shows about reviews.
pub struct ProfileReviews {
    pub score: ScoreView,
    pub list: Vec<ReviewLine>,
    pub language_filter: Vec<Opt>,
    pub prev_href: Option<String>,
    pub next_href: Option<String>,
    pub page_label: String,
}

impl ProfileReviews {
    pub fn new(
        tr: &Tr,
        public_id: &str,
        kept: &KeptScores,
        totals: (i64, i64),
        rows: Vec<PublicReview>,
        more: bool,
        query: &ReviewListQuery,
    ) -> ProfileReviews {
        let card = Scorecard::new(&kept.sums, &kept.cost_medians, kept.ratio_median_bp, totals);
        let chosen = query.language.as_deref().unwrap_or("");
        let mut language_filter = vec![Opt {
            value: String::new(),
            label: tr.t("review-language-any"),
            selected: chosen.is_empty(),
        }];
        language_filter.extend(TEXT_LANGUAGES.iter().map(|code| Opt {
            value: (*code).to_owned(),
            label: match i18n::find(code) {
                Some(locale) => Tr::autonym(locale),
                None => tr.t("review-language-other"),
            },
            selected: *code == chosen,
        }));
        let href = |page: i64| {
            let mut pairs = vec![("page".to_owned(), page.to_string())];
            if let Some(l) = &query.language {
                pairs.push(("language".to_owned(), l.clone()));
            }
            format!(
                "/recruiters/{public_id}?{}#reviews",
                serde_urlencoded::to_string(&pairs).unwrap_or_default()
            )
        };
        ProfileReviews {
            score: ScoreView::new(tr, &card),
            list: rows.into_iter().map(|r| ReviewLine::new(tr, r)).collect(),
            language_filter,
            prev_href: (query.page > 1).then(|| href(query.page - 1)),
            next_href: more.then(|| href(query.page + 1)),
            page_label: tr.t_n("pager-page", "page", &query.page),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::review::{RejectReason, ReviewStatus};

    /// Labels built from codes at run time are not seen by the locale test's scan of
    /// literal keys: check each exists in English (the locale test checks every locale
    /// has the same keys as English).
    #[test]
    fn every_code_has_a_label() {
        crate::i18n::init().unwrap();
        let tr = Tr::new(crate::i18n::DEFAULT);
        let mut keys: Vec<String> = Vec::new();
        for c in CostCategory::ALL {
            keys.push(c.message_key().to_owned());
            keys.push(format!("{}-hint", c.message_key()));
        }
        keys.extend(PaidTo::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(Lender::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(VisaType::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(Gender::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(Check::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(Dimension::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(ReviewStatus::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(RejectReason::ALL.iter().map(|v| v.message_key().to_owned()));
        keys.extend(
            crate::domain::pii::Kind::ALL
                .iter()
                .map(|v| v.message_key().to_owned()),
        );
        for key in keys {
            assert_ne!(tr.t(&key), key, "{key} has no English label");
        }
    }
}
