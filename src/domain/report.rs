//! The words of the aggregated reports, shared by `reports` (which computes them) and `db`
//! (which reads the facts and stores the rows): the facts a refresh reads, the rows it stores,
//! and what a report request may ask (breakdown, sort, format). Plain data, no SQL.

use std::collections::HashMap;

use chrono::NaiveDateTime;

use crate::domain::account::Sector;
use crate::domain::country::CountryCode;
use crate::domain::currency::Currency;
use crate::domain::review::Gender;
use crate::error::InputError;

// ---------------------------------------------------------------------------------------
// Facts a refresh reads

/// What one approved review tells the reports. Codes are the static strings of the domain's
/// tables, so a million facts hold no string of their own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewFact {
    pub recruiter_id: i64,
    pub origin: &'static str,
    pub destination: &'static str,
    pub sector: Option<&'static str>,
    /// The worker's gender when they said it (`Gender::as_str`); `None`: not said.
    pub gender: Option<&'static str>,
    pub year: i32,
    pub currency: Option<&'static str>,
    pub total_cost: Option<i64>,
    /// The first full month's net wage abroad, minor units of `currency` (the cost's).
    pub first_wage: Option<i64>,
    pub charged_any: Option<bool>,
    /// The worker's own cost ÷ first-month wage, basis points (undefined for a zero wage).
    pub ratio_bp: Option<i64>,
    pub rating: i16,
    /// Bit `i` set: paid for `CostCategory::ALL[i]`.
    pub paid: u16,
}

/// What one complaint tells the rankings and the justice report (never its text or dates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComplaintFact {
    pub recruiter_id: i64,
    pub origin: &'static str,
    pub destination: &'static str,
    pub sector: Option<&'static str>,
    pub year: Option<i32>,
    /// Comma-separated `Issue` words.
    pub issues: String,
    /// Still being handled: not withdrawn, not resolved, and an open referral (or none yet).
    pub open: bool,
    /// At least one referral resolved it.
    pub resolved: bool,
}

/// What one referral tells the report (never its text, its complaint or exact dates).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralFact {
    pub organisation_id: i64,
    pub opened_on: NaiveDateTime,
    pub acknowledge_by: NaiveDateTime,
    /// The organisation's first step out of `new` (acknowledging, or closing with a reason).
    pub acknowledged_at: Option<NaiveDateTime>,
    pub resolved_at: Option<NaiveDateTime>,
    /// Comma-separated `RemedyObtained` words of a resolved referral.
    pub remedies: Option<String>,
    /// Money recovered: (ISO 4217, minor units).
    pub money: Option<(String, i64)>,
}

/// One checked row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rate {
    pub currency: Currency,
    pub year: i32,
    pub usd_per_unit_nano: i64,
}

/// (ISO 4217 code, year) → billionths of a US dollar per unit.
pub type Rates = HashMap<(&'static str, i32), i64>;

// ---------------------------------------------------------------------------------------
// Rows a refresh stores

/// A published cell of the corridor report. `None` is a suppressed figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CorridorRow {
    pub breakdown: &'static str,
    pub breakdown_value: String,
    pub origin: String,
    pub destination: String,
    pub workers: i64,
    pub ratio_workers: Option<i64>,
    pub ratio_mean_bp: Option<i64>,
    pub ratio_median_bp: Option<i64>,
    pub fee_share_bp: Option<i64>,
    pub usd_workers: Option<i64>,
    pub usd_mean_cents: Option<i64>,
    /// Workers whose cost could not be converted (no rate for the currency and year).
    pub usd_missing: Option<i64>,
    /// In `CostCategory::ALL` order.
    pub category_share_bp: Vec<Option<i64>>,
    /// SDG 10.7.1 as national statistics offices publish it: the ratio of the averages.
    pub sdg: SdgAggregate,
}

/// SDG 10.7.1 as published (ILO & World Bank/KNOMAD guidelines, 2019): mean cost ÷ mean
/// first month's earnings over the workers who gave both and whose currency has a rate for
/// their year, both in US dollars. `None` is a suppressed figure (or, for the ratio, a
/// zero mean wage).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SdgAggregate {
    pub workers: Option<i64>,
    /// Mean cost ÷ mean first month's earnings, basis points of a month.
    pub ratio_bp: Option<i64>,
    pub cost_mean_cents: Option<i64>,
    pub earnings_mean_cents: Option<i64>,
}

/// A published ranking row; `None` is a suppressed figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankingRow {
    pub breakdown: &'static str,
    pub breakdown_value: String,
    pub recruiter_id: i64,
    pub licensing_country: String,
    pub reviews: Option<i64>,
    pub rating_milli: Option<i64>,
    pub charged_share_bp: Option<i64>,
    pub ratio_median_bp: Option<i64>,
    pub complaints_open: Option<i64>,
    pub complaints_resolved: Option<i64>,
}

/// A complaint count: kind `total` (item ''), `indicator`, `abuse` or `corridor` (`NP-QA`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JusticeCount {
    pub kind: &'static str,
    pub item: String,
    pub complaints: Option<i64>,
}

/// An organisation's published record; `None` is a suppressed figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationRow {
    pub organisation_id: i64,
    pub referrals: i64,
    pub acknowledged_in_time_bp: Option<i64>,
    pub acknowledge_median_days: Option<i64>,
    pub resolve_median_days: Option<i64>,
    pub resolved_share_bp: Option<i64>,
    pub documents_returned: Option<i64>,
    pub licence_actions: Option<i64>,
    /// Per currency, minor units; currencies with fewer than K referrals left out.
    pub money_recovered: Vec<(String, i64)>,
}

/// `money_recovered` as stored: `NPR:1500000,QAR:200000`.
pub fn encode_money(money: &[(String, i64)]) -> String {
    money
        .iter()
        .map(|(c, m)| format!("{c}:{m}"))
        .collect::<Vec<_>>()
        .join(",")
}

pub fn decode_money(text: &str) -> Vec<(String, i64)> {
    text.split(',')
        .filter_map(|part| {
            let (c, m) = part.split_once(':')?;
            Some((c.to_owned(), m.parse().ok()?))
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// What a report request may ask

/// The output a report page was asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Csv,
}

/// The one finer cut a report is read at. Cells are kept per single cut (not for every
/// combination), which keeps the tables small and complementary suppression exact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Breakdown {
    All,
    Destination(CountryCode),
    Sector(Sector),
    Year(i32),
    /// Corridors only: gender is an optional answer, counted and never shown per review.
    Gender(Gender),
}

impl Breakdown {
    /// The stored (breakdown, value) pair.
    pub fn key(&self) -> (&'static str, String) {
        match self {
            Breakdown::All => ("all", String::new()),
            Breakdown::Destination(c) => ("destination", c.as_str().to_owned()),
            Breakdown::Sector(s) => ("sector", s.as_str().to_owned()),
            Breakdown::Year(y) => ("year", y.to_string()),
            Breakdown::Gender(g) => ("gender", g.as_str().to_owned()),
        }
    }
}

word_enum!(
    /// How rankings are ordered.
    RankingSort, "reports-sort", {
        Rating = "rating",
        Fees = "fees",
        Cost = "cost",
        Open = "open",
        Resolved = "resolved",
    }
);

/// Rankings per page.
pub const RANKING_PAGE_SIZE: i64 = 50;
pub const RANKING_MAX_PAGE: i64 = 1000;

/// A validated report request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportQuery {
    pub format: Format,
    pub breakdown: Breakdown,
    /// Rankings only.
    pub licensing_country: Option<CountryCode>,
    pub sort: RankingSort,
    /// Highest first (the default) or lowest first.
    pub descending: bool,
    pub page: i64,
}

/// Which report a query is for: each accepts its own parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Report {
    Rankings,
    Corridors,
    Justice,
}

impl ReportQuery {
    /// Parses decoded query pairs. `page` says whether this is a page (which takes
    /// `format=csv`) or the API (JSON only). Unknown, repeated or invalid parameters are a
    /// 400 naming the field; `lang` belongs to the language negotiation.
    pub fn from_pairs(
        report: Report,
        pairs: &[(String, String)],
        page: bool,
        this_year: i32,
    ) -> Result<ReportQuery, InputError> {
        let allowed: &[&'static str] = match report {
            Report::Rankings => &[
                "format",
                "country",
                "destination",
                "sector",
                "year",
                "sort",
                "order",
                "page",
            ],
            Report::Corridors => &["format", "sector", "year", "gender"],
            Report::Justice => &["format"],
        };
        let mut query = ReportQuery {
            format: Format::Html,
            breakdown: Breakdown::All,
            licensing_country: None,
            sort: RankingSort::Rating,
            descending: true,
            page: 1,
        };
        let mut seen: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            if key == "lang" {
                continue;
            }
            let Some(field) = allowed.iter().copied().find(|f| *f == key) else {
                return Err(InputError::new("query", "error-unknown-parameter"));
            };
            if field == "format" && !page {
                return Err(InputError::new("query", "error-unknown-parameter"));
            }
            if seen.contains(&field) {
                return Err(InputError::new(field, "error-repeated-parameter"));
            }
            seen.push(field);
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            let cut = |query: &mut ReportQuery, b: Breakdown| {
                if query.breakdown != Breakdown::All {
                    return Err(InputError::new(field, "error-report-one-breakdown"));
                }
                query.breakdown = b;
                Ok(())
            };
            match field {
                "format" => {
                    query.format = match value {
                        "html" => Format::Html,
                        "csv" => Format::Csv,
                        _ => return Err(InputError::new("format", "error-report-format")),
                    }
                }
                "country" => {
                    query.licensing_country = Some(
                        CountryCode::parse(value)
                            .ok_or_else(|| InputError::new("country", "error-invalid-country"))?,
                    )
                }
                "destination" => {
                    let c = CountryCode::parse(value)
                        .ok_or_else(|| InputError::new("destination", "error-invalid-country"))?;
                    cut(&mut query, Breakdown::Destination(c))?;
                }
                "sector" => {
                    let s = Sector::parse(value)
                        .ok_or_else(|| InputError::new("sector", "error-report-sector"))?;
                    cut(&mut query, Breakdown::Sector(s))?;
                }
                "gender" => {
                    let g = Gender::parse(value)
                        .ok_or_else(|| InputError::new("gender", "error-report-gender"))?;
                    cut(&mut query, Breakdown::Gender(g))?;
                }
                "year" => {
                    let y = value
                        .parse::<i32>()
                        .ok()
                        .filter(|y| {
                            (crate::domain::review::YEAR_MIN..=this_year + 1).contains(y)
                                && value.bytes().all(|b| b.is_ascii_digit())
                        })
                        .ok_or_else(|| InputError::new("year", "error-report-year"))?;
                    cut(&mut query, Breakdown::Year(y))?;
                }
                "sort" => {
                    query.sort = RankingSort::parse(value)
                        .ok_or_else(|| InputError::new("sort", "error-report-sort"))?
                }
                "order" => {
                    query.descending = match value {
                        "desc" => true,
                        "asc" => false,
                        _ => return Err(InputError::new("order", "error-report-order")),
                    }
                }
                _ => {
                    query.page = value
                        .parse::<i64>()
                        .ok()
                        .filter(|p| (1..=RANKING_MAX_PAGE).contains(p))
                        .ok_or_else(|| InputError::new("page", "error-report-page"))?
                }
            }
        }
        Ok(query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn queries_refuse_what_they_do_not_know() {
        let q = |report, list: &[(&str, &str)], page| {
            ReportQuery::from_pairs(report, &pairs(list), page, 2026)
        };
        let ok = q(
            Report::Rankings,
            &[
                ("country", "np"),
                ("year", "2024"),
                ("sort", "fees"),
                ("lang", "ne"),
            ],
            true,
        )
        .unwrap();
        assert_eq!(ok.breakdown, Breakdown::Year(2024));
        assert_eq!(ok.sort, RankingSort::Fees);
        assert_eq!(ok.licensing_country.unwrap().as_str(), "NP");
        for (list, field) in [
            (vec![("sort", "name")], "sort"),
            (vec![("year", "99999")], "year"),
            (vec![("year", "+2024")], "year"),
            (vec![("country", "XX")], "country"),
            (vec![("destination", "<script>")], "destination"),
            (vec![("year", "2024"), ("sector", "care")], "sector"),
            (vec![("page", "0")], "page"),
            (vec![("format", "pdf")], "format"),
            (vec![("x", "1")], "query"),
            (vec![("sort", "rating"), ("sort", "fees")], "sort"),
        ] {
            let err = q(Report::Rankings, &list, true).unwrap_err();
            assert_eq!(err.field, field, "{list:?}");
        }
        assert!(q(Report::Corridors, &[("destination", "QA")], true).is_err());
        assert_eq!(
            q(Report::Corridors, &[("gender", "woman")], false)
                .unwrap()
                .breakdown,
            Breakdown::Gender(Gender::Woman)
        );
        for list in [
            vec![("gender", "female")],
            vec![("gender", "Woman")],
            vec![("gender", "<script>")],
            vec![("gender", "woman"), ("gender", "man")],
            vec![("sector", "construction"), ("gender", "man")],
        ] {
            let err = q(Report::Corridors, &list, true).unwrap_err();
            assert_eq!(err.field, "gender", "{list:?}");
        }
        // Rankings have no gender cut: the parameter is unknown there.
        assert_eq!(
            q(Report::Rankings, &[("gender", "woman")], true)
                .unwrap_err()
                .field,
            "query"
        );
        assert!(q(Report::Justice, &[("format", "csv")], false).is_err());
        assert_eq!(
            q(Report::Justice, &[("format", "csv")], true)
                .unwrap()
                .format,
            Format::Csv
        );
    }
}
