//! Open data (issue 19 item 5): every published report table, whole (every breakdown), as
//! CSV and JSON with stable English column names, and the data dictionary's facts — each
//! column's unit and the Fluent key of its definition — and the licence the operator chose.
//! Only the kept report tables are read: they hold figures already suppressed (k = 5) and
//! rounded, no free text, no case and no worker, so nothing exported can identify anyone.

use chrono::NaiveDateTime;
use serde_json::{Map, Value, json};

use super::csv;
use crate::db::reports::RankingExport;
use crate::domain::costs::CostCategory;
use crate::domain::report::{CorridorRow, JusticeCount, OrganisationRow};

// ---------------------------------------------------------------------------------------
// The licence

/// The licence published data are offered under (`FAIRRECRUIT_OPEN_DATA_LICENCE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Licence {
    /// As people cite it: `CC BY 4.0`.
    pub name: String,
    /// The licence's text, for the licences this service knows.
    pub url: Option<String>,
}

/// The default: Creative Commons Attribution 4.0 (reuse with credit).
pub const DEFAULT_LICENCE: &str = "CC-BY-4.0";

/// Licences known by their SPDX identifier: (identifier, name, address of the text).
const KNOWN: [(&str, &str, &str); 7] = [
    (
        "CC-BY-4.0",
        "CC BY 4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    (
        "CC-BY-SA-4.0",
        "CC BY-SA 4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC0-1.0",
        "CC0 1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    (
        "ODbL-1.0",
        "ODbL 1.0",
        "https://opendatacommons.org/licenses/odbl/1-0/",
    ),
    (
        "ODC-By-1.0",
        "ODC-By 1.0",
        "https://opendatacommons.org/licenses/by/1-0/",
    ),
    (
        "PDDL-1.0",
        "PDDL 1.0",
        "https://opendatacommons.org/licenses/pddl/1-0/",
    ),
    (
        "OGL-UK-3.0",
        "Open Government Licence v3.0",
        "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    ),
];

/// The longest licence name shown as given.
const NAME_MAX: usize = 200;

impl Licence {
    /// An SPDX identifier of a licence this service knows (or its name, in any case) gets its
    /// name and address; any other text is shown as given (control characters dropped, at
    /// most 200 characters), for a national licence this list does not hold. Empty: the
    /// default.
    pub fn from_setting(setting: &str) -> Licence {
        let text: String = setting
            .chars()
            .filter(|c| !crate::domain::text::has_forbidden_chars(c.encode_utf8(&mut [0; 4])))
            .take(NAME_MAX)
            .collect();
        let text = text.trim();
        let text = if text.is_empty() {
            DEFAULT_LICENCE
        } else {
            text
        };
        match KNOWN
            .iter()
            .find(|(id, name, _)| id.eq_ignore_ascii_case(text) || name.eq_ignore_ascii_case(text))
        {
            Some((_, name, url)) => Licence {
                name: (*name).to_owned(),
                url: Some((*url).to_owned()),
            },
            None => Licence {
                name: text.to_owned(),
                url: None,
            },
        }
    }

    /// `CC BY 4.0 (https://…)`, for `check-config`.
    pub fn describe(&self) -> String {
        match &self.url {
            Some(url) => format!("{} ({url})", self.name),
            None => self.name.clone(),
        }
    }

    fn to_json(&self) -> Value {
        json!({ "name": self.name, "url": self.url })
    }
}

impl Default for Licence {
    fn default() -> Licence {
        Licence::from_setting(DEFAULT_LICENCE)
    }
}

// ---------------------------------------------------------------------------------------
// Tables, columns and units

/// A published table, by its name in the download's address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Corridors,
    Recruiters,
    Complaints,
    Organisations,
}

/// What a column's values are, for the dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Code,
    Text,
    Workers,
    /// Complaints or referrals, rounded to the nearest 5.
    Cases,
    Percent,
    Months,
    UsdCents,
    Stars,
    Days,
    Money,
}

impl Unit {
    /// The stable English name in the JSON dictionary.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Code => "code",
            Unit::Text => "text",
            Unit::Workers => "workers",
            Unit::Cases => "cases_rounded_to_5",
            Unit::Percent => "percent",
            Unit::Months => "months_of_first_wage",
            Unit::UsdCents => "usd_cents",
            Unit::Stars => "stars",
            Unit::Days => "days",
            Unit::Money => "currency_and_minor_units",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Unit::Code => "reports-unit-code",
            Unit::Text => "reports-unit-text",
            Unit::Workers => "reports-unit-workers",
            Unit::Cases => "reports-unit-cases",
            Unit::Percent => "reports-unit-percent",
            Unit::Months => "reports-unit-months",
            Unit::UsdCents => "reports-unit-usd-cents",
            Unit::Stars => "reports-unit-stars",
            Unit::Days => "reports-unit-days",
            Unit::Money => "reports-unit-money",
        }
    }
}

/// A column of a published table: its stable name, unit and definition (a Fluent key; the
/// cost category's own key is its `$category` for the per-category shares).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    pub unit: Unit,
    pub definition: &'static str,
    pub category: Option<CostCategory>,
}

const fn col(name: &'static str, unit: Unit, definition: &'static str) -> Column {
    Column {
        name,
        unit,
        definition,
        category: None,
    }
}

const BREAKDOWN: [Column; 2] = [
    col("breakdown", Unit::Code, "reports-col-breakdown"),
    col("breakdown_value", Unit::Code, "reports-col-breakdown-value"),
];

/// The corridor report's columns after the breakdown; the per-category shares follow.
const CORRIDOR: [Column; 14] = [
    col("origin", Unit::Code, "reports-col-origin"),
    col("destination", Unit::Code, "reports-col-destination"),
    col("workers", Unit::Workers, "reports-col-workers"),
    col(
        "workers_with_ratio",
        Unit::Workers,
        "reports-col-workers-with-ratio",
    ),
    col(
        "cost_ratio_mean_months",
        Unit::Months,
        "reports-ratio-mean-definition",
    ),
    col(
        "cost_ratio_median_months",
        Unit::Months,
        "reports-ratio-median-definition",
    ),
    col("sdg_workers", Unit::Workers, "reports-col-sdg-workers"),
    col(
        "sdg_ratio_of_averages_months",
        Unit::Months,
        "reports-sdg-ratio-definition",
    ),
    col(
        "sdg_cost_mean_usd_cents",
        Unit::UsdCents,
        "reports-col-sdg-cost-mean",
    ),
    col(
        "sdg_earnings_mean_usd_cents",
        Unit::UsdCents,
        "reports-col-sdg-earnings-mean",
    ),
    col(
        "paid_any_fee_percent",
        Unit::Percent,
        "reports-col-paid-any-fee",
    ),
    col(
        "workers_with_usd",
        Unit::Workers,
        "reports-col-workers-with-usd",
    ),
    col(
        "cost_mean_usd_cents",
        Unit::UsdCents,
        "reports-col-cost-mean-usd",
    ),
    col(
        "workers_without_rate",
        Unit::Workers,
        "reports-col-workers-without-rate",
    ),
];

/// One share per ILO cost category, in `CostCategory::ALL` order.
const CATEGORY_NAMES: [&str; 9] = [
    "paid_fee_percent",
    "paid_medical_percent",
    "paid_insurance_percent",
    "paid_skills_percent",
    "paid_training_percent",
    "paid_equipment_percent",
    "paid_travel_percent",
    "paid_administrative_percent",
    "paid_illegitimate_percent",
];

const RECRUITER: [Column; 9] = [
    col("recruiter_id", Unit::Code, "reports-col-recruiter-id"),
    col("name", Unit::Text, "reports-col-name"),
    col(
        "licensing_country",
        Unit::Code,
        "reports-col-licensing-country",
    ),
    col("reviews", Unit::Workers, "reports-col-reviews"),
    col("rating_bayesian", Unit::Stars, "reports-col-rating"),
    col(
        "charged_share_percent",
        Unit::Percent,
        "reports-col-charged-share",
    ),
    col(
        "cost_ratio_median_months",
        Unit::Months,
        "reports-ratio-median-definition",
    ),
    col(
        "complaints_open",
        Unit::Cases,
        "reports-col-complaints-open",
    ),
    col(
        "complaints_resolved",
        Unit::Cases,
        "reports-col-complaints-resolved",
    ),
];

const COMPLAINT: [Column; 3] = [
    col("section", Unit::Code, "reports-col-section"),
    col("item", Unit::Code, "reports-col-item"),
    col("complaints", Unit::Cases, "reports-col-complaints"),
];

const ORGANISATION: [Column; 10] = [
    col("organisation", Unit::Text, "reports-col-organisation"),
    col(
        "organisation_kind",
        Unit::Code,
        "reports-col-organisation-kind",
    ),
    col("referrals", Unit::Cases, "reports-col-referrals"),
    col(
        "acknowledged_in_time_percent",
        Unit::Percent,
        "reports-justice-method",
    ),
    col(
        "acknowledge_median_days",
        Unit::Days,
        "reports-col-acknowledge-days",
    ),
    col(
        "resolve_median_days",
        Unit::Days,
        "reports-col-resolve-days",
    ),
    col(
        "resolved_percent",
        Unit::Percent,
        "reports-col-resolved-share",
    ),
    col(
        "documents_returned",
        Unit::Cases,
        "reports-col-documents-returned",
    ),
    col(
        "licence_actions",
        Unit::Cases,
        "reports-col-licence-actions",
    ),
    col(
        "money_recovered",
        Unit::Money,
        "reports-col-money-recovered",
    ),
];

/// The corridor report's columns without the breakdown: the page's CSV.
pub fn corridor_columns() -> Vec<Column> {
    let mut columns: Vec<Column> = CORRIDOR.to_vec();
    columns.extend(
        CostCategory::ALL
            .iter()
            .zip(CATEGORY_NAMES)
            .map(|(c, name)| Column {
                name,
                unit: Unit::Percent,
                definition: "reports-col-paid-category",
                category: Some(*c),
            }),
    );
    columns
}

impl Table {
    pub const ALL: [Table; 4] = [
        Table::Corridors,
        Table::Recruiters,
        Table::Complaints,
        Table::Organisations,
    ];

    /// Its name in the download's address and files.
    pub fn name(self) -> &'static str {
        match self {
            Table::Corridors => "corridors",
            Table::Recruiters => "recruiters",
            Table::Complaints => "complaints",
            Table::Organisations => "organisations",
        }
    }

    pub fn parse(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    pub fn title_key(self) -> &'static str {
        match self {
            Table::Corridors => "reports-corridors-title",
            Table::Recruiters => "reports-rankings-title",
            Table::Complaints => "reports-data-complaints-title",
            Table::Organisations => "reports-organisations-heading",
        }
    }

    pub fn about_key(self) -> &'static str {
        match self {
            Table::Corridors => "reports-data-corridors-about",
            Table::Recruiters => "reports-data-recruiters-about",
            Table::Complaints => "reports-data-complaints-about",
            Table::Organisations => "reports-data-organisations-about",
        }
    }

    pub fn columns(self) -> Vec<Column> {
        match self {
            Table::Corridors => BREAKDOWN.into_iter().chain(corridor_columns()).collect(),
            Table::Recruiters => BREAKDOWN.into_iter().chain(RECRUITER).collect(),
            Table::Complaints => COMPLAINT.to_vec(),
            Table::Organisations => ORGANISATION.to_vec(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Rows

/// One value as published: the CSV writes it as text, the JSON as a string, a number or
/// null (a suppressed figure is an empty cell in one and null in the other).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Int(Option<i64>),
    /// A decimal as the CSV writes it (`17.5912`), empty when suppressed.
    Decimal(String),
}

impl Cell {
    pub fn csv(&self) -> String {
        match self {
            Cell::Text(s) | Cell::Decimal(s) => s.clone(),
            Cell::Int(v) => csv::cell(*v),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Text(s) => Value::String(s.clone()),
            Cell::Int(v) => v.map_or(Value::Null, Value::from),
            Cell::Decimal(s) => s
                .parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
                .map_or(Value::Null, Value::Number),
        }
    }
}

fn months(bp: Option<i64>) -> Cell {
    Cell::Decimal(csv::decimal(bp, false))
}

fn percent(bp: Option<i64>) -> Cell {
    Cell::Decimal(csv::decimal(bp, true))
}

/// A corridor cell's figures without its breakdown (the page's CSV row).
pub fn corridor_cells(r: &CorridorRow) -> Vec<Cell> {
    let mut cells = vec![
        Cell::Text(r.origin.clone()),
        Cell::Text(r.destination.clone()),
        Cell::Int(Some(r.workers)),
        Cell::Int(r.ratio_workers),
        months(r.ratio_mean_bp),
        months(r.ratio_median_bp),
        Cell::Int(r.sdg.workers),
        months(r.sdg.ratio_bp),
        Cell::Int(r.sdg.cost_mean_cents),
        Cell::Int(r.sdg.earnings_mean_cents),
        percent(r.fee_share_bp),
        Cell::Int(r.usd_workers),
        Cell::Int(r.usd_mean_cents),
        Cell::Int(r.usd_missing),
    ];
    cells.extend(
        (0..CostCategory::ALL.len())
            .map(|i| percent(r.category_share_bp.get(i).copied().flatten())),
    );
    cells
}

/// A published table's rows, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Export {
    pub table: Table,
    pub rows: Vec<Vec<Cell>>,
}

impl Export {
    pub fn corridors(rows: &[CorridorRow]) -> Export {
        let rows = rows
            .iter()
            .map(|r| {
                let mut cells = vec![
                    Cell::Text(r.breakdown.to_owned()),
                    Cell::Text(r.breakdown_value.clone()),
                ];
                cells.extend(corridor_cells(r));
                cells
            })
            .collect();
        Export {
            table: Table::Corridors,
            rows,
        }
    }

    pub fn recruiters(rows: &[RankingExport]) -> Export {
        let rows = rows
            .iter()
            .map(|e| {
                let r = &e.recruiter;
                vec![
                    Cell::Text(e.breakdown.clone()),
                    Cell::Text(e.breakdown_value.clone()),
                    Cell::Text(r.public_id.clone()),
                    Cell::Text(r.name.clone()),
                    Cell::Text(r.licensing_country.clone()),
                    Cell::Int(r.reviews),
                    Cell::Decimal(
                        r.rating_milli
                            .map_or_else(String::new, |m| format!("{}.{:03}", m / 1000, m % 1000)),
                    ),
                    percent(r.charged_share_bp),
                    months(r.ratio_median_bp),
                    Cell::Int(r.complaints_open),
                    Cell::Int(r.complaints_resolved),
                ]
            })
            .collect();
        Export {
            table: Table::Recruiters,
            rows,
        }
    }

    pub fn complaints(rows: &[JusticeCount]) -> Export {
        let rows = rows
            .iter()
            .map(|c| {
                vec![
                    Cell::Text(c.kind.to_owned()),
                    Cell::Text(c.item.clone()),
                    Cell::Int(c.complaints),
                ]
            })
            .collect();
        Export {
            table: Table::Complaints,
            rows,
        }
    }

    pub fn organisations(rows: &[(String, String, OrganisationRow)]) -> Export {
        let rows = rows
            .iter()
            .map(|(name, kind, o)| {
                vec![
                    Cell::Text(name.clone()),
                    Cell::Text(kind.clone()),
                    Cell::Int(Some(o.referrals)),
                    percent(o.acknowledged_in_time_bp),
                    Cell::Int(o.acknowledge_median_days),
                    Cell::Int(o.resolve_median_days),
                    percent(o.resolved_share_bp),
                    Cell::Int(o.documents_returned),
                    Cell::Int(o.licence_actions),
                    Cell::Text(
                        o.money_recovered
                            .iter()
                            .map(|(c, m)| format!("{c} {m}"))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ]
            })
            .collect();
        Export {
            table: Table::Organisations,
            rows,
        }
    }

    /// The table as CSV (the reports' CSV rules: BOM, CRLF, RFC 4180, inert cells).
    pub fn csv(&self) -> Result<String, ::csv::Error> {
        let header: Vec<&str> = self.table.columns().iter().map(|c| c.name).collect();
        let rows: Vec<Vec<String>> = self
            .rows
            .iter()
            .map(|r| r.iter().map(Cell::csv).collect())
            .collect();
        csv::document(&header, &rows)
    }

    /// The table as JSON: its name, the publication, the licence, where the dictionary is,
    /// the column names in order, and one object per row keyed by them.
    pub fn json(&self, published_at: Option<NaiveDateTime>, licence: &Licence) -> Value {
        let columns = self.table.columns();
        let rows: Vec<Value> = self
            .rows
            .iter()
            .map(|r| {
                let object: Map<String, Value> = columns
                    .iter()
                    .zip(r)
                    .map(|(c, cell)| (c.name.to_owned(), cell.json()))
                    .collect();
                Value::Object(object)
            })
            .collect();
        json!({
            "table": self.table.name(),
            "published_at": published_at.map(|at| at.and_utc().to_rfc3339()),
            "licence": licence.to_json(),
            "dictionary": "/reports/download/dictionary.json",
            "columns": columns.iter().map(|c| c.name).collect::<Vec<_>>(),
            "rows": rows,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::report::SdgAggregate;

    fn corridor() -> CorridorRow {
        CorridorRow {
            breakdown: "year",
            breakdown_value: "2024".into(),
            origin: "PK".into(),
            destination: "SA".into(),
            workers: 6,
            ratio_workers: Some(6),
            ratio_mean_bp: Some(90_985),
            ratio_median_bp: Some(89_375),
            fee_share_bp: Some(10_000),
            usd_workers: Some(5),
            usd_mean_cents: Some(429_000),
            usd_missing: None,
            category_share_bp: vec![Some(10_000), None, Some(0)],
            sdg: SdgAggregate {
                workers: Some(5),
                ratio_bp: Some(89_375),
                cost_mean_cents: Some(429_000),
                earnings_mean_cents: Some(48_000),
            },
        }
    }

    #[test]
    fn every_row_has_a_cell_per_column_and_names_are_unique() {
        let exports = [
            Export::corridors(&[corridor()]),
            Export::complaints(&[JusticeCount {
                kind: "total",
                item: String::new(),
                complaints: Some(35),
            }]),
        ];
        for export in exports {
            let columns = export.table.columns();
            assert!(export.rows.iter().all(|r| r.len() == columns.len()));
        }
        for table in Table::ALL {
            let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
            let mut unique = names.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), names.len(), "{table:?}");
            assert!(names.iter().all(|n| !n.is_empty()));
            assert!(
                table
                    .columns()
                    .iter()
                    .all(|c| c.definition.starts_with("reports-"))
            );
            assert_eq!(Table::parse(table.name()), Some(table));
        }
        assert_eq!(Table::parse("reviews"), None);
    }

    #[test]
    fn csv_and_json_say_the_same_and_suppressed_is_empty_or_null() {
        let export = Export::corridors(&[corridor()]);
        let text = export.csv().unwrap();
        let mut lines = text.trim_start_matches('\u{FEFF}').split("\r\n");
        let header = lines.next().unwrap();
        assert!(header.starts_with("breakdown,breakdown_value,origin,destination,workers,"));
        let json = export.json(None, &Licence::default());
        let row = &json["rows"][0];
        assert_eq!(row["breakdown"], "year");
        assert_eq!(row["sdg_ratio_of_averages_months"], 8.9375);
        assert_eq!(row["sdg_workers"], 5);
        assert_eq!(row["workers_without_rate"], Value::Null);
        assert_eq!(row["paid_medical_percent"], Value::Null);
        assert_eq!(row["paid_insurance_percent"], 0.0);
        assert_eq!(json["licence"]["name"], "CC BY 4.0");
        assert_eq!(json["columns"][0], "breakdown");
        let cells: Vec<&str> = lines.next().unwrap().split(',').collect();
        assert_eq!(cells[9], "8.9375");
        assert_eq!(cells[15], "");
    }

    #[test]
    fn licences_are_known_by_identifier_or_shown_as_given() {
        let by = Licence::from_setting("cc-by-4.0");
        assert_eq!(by.name, "CC BY 4.0");
        assert!(by.url.unwrap().starts_with("https://creativecommons.org/"));
        assert_eq!(Licence::from_setting("CC0 1.0").name, "CC0 1.0");
        assert_eq!(Licence::from_setting("  ").name, "CC BY 4.0");
        let own = Licence::from_setting("Licence ouverte\u{202E} 2.0\n");
        assert_eq!(own.name, "Licence ouverte 2.0");
        assert_eq!(own.url, None);
        assert_eq!(
            Licence::from_setting(&"x".repeat(500)).name.chars().count(),
            200
        );
    }
}
