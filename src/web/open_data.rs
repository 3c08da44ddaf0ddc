//! Open data (issue 19 item 5): `/reports/download` lists every published report table with
//! its CSV and JSON files, the data dictionary (each column's unit and definition, in the
//! reader's language), the suppression rule and the licence; `/reports/download/{file}`
//! serves `corridors.csv`, `recruiters.json`, … and `dictionary.csv` / `dictionary.json`.
//! The files carry stable English column names; only the dictionary is translated. Every
//! figure comes from the kept report tables, already suppressed: nothing here reads a review
//! or a complaint.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use serde_json::{Value, json};

use super::{Frame, Nav, html};
use crate::db::{self, Pool};
use crate::error::{AppError, InputError};
use crate::i18n::{Arg, Tr};
use crate::reports::csv;
use crate::reports::open_data::{Column, Export, Licence, Table};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/reports/download").get(page))
        .service(web::resource("/reports/download/{file}").get(file));
}

/// Only `lang` (the language negotiation's) may be in the address; anything else is a 400.
fn only_lang(req: &HttpRequest) -> Result<(), AppError> {
    let pairs = crate::query::parse_pairs(req.query_string())?;
    match pairs.iter().find(|(k, _)| k != "lang") {
        Some(_) => Err(InputError::new("query", "error-unknown-parameter").into()),
        None => Ok(()),
    }
}

/// A column as the dictionary gives it, in the reader's language.
pub struct Entry {
    pub name: &'static str,
    pub unit: &'static str,
    pub unit_label: String,
    pub definition: String,
}

/// Fluent's isolation marks are for pages; a file's text goes without them.
fn bare(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn entry(tr: &Tr, column: &Column) -> Entry {
    let definition = match column.category {
        Some(category) => tr.t_args(
            column.definition,
            &[("category", Arg::Text(tr.t(category.message_key())))],
        ),
        None => tr.t(column.definition),
    };
    Entry {
        name: column.name,
        unit: column.unit.name(),
        unit_label: bare(tr.t(column.unit.message_key())),
        definition: bare(definition),
    }
}

pub struct TableEntry {
    pub name: &'static str,
    pub title: String,
    pub about: String,
    pub columns: Vec<Entry>,
}

fn dictionary(tr: &Tr) -> Vec<TableEntry> {
    Table::ALL
        .iter()
        .map(|t| TableEntry {
            name: t.name(),
            title: tr.t(t.title_key()),
            about: tr.t(t.about_key()),
            columns: t.columns().iter().map(|c| entry(tr, c)).collect(),
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// /reports/download

#[derive(Template)]
#[template(path = "reports/download.html")]
struct DownloadPage {
    tr: Tr,
    nav: Nav,
    freshness: String,
    licence: String,
    licence_url: Option<String>,
    tables: Vec<TableEntry>,
}

async fn page(
    req: HttpRequest,
    frame: Frame,
    pool: web::Data<Pool>,
    licence: web::Data<Licence>,
) -> Result<HttpResponse, AppError> {
    only_lang(&req)?;
    let at = db::run(&pool, |conn| Ok(db::reports::refreshed_at(conn)?)).await?;
    let tr = frame.tr;
    html(&DownloadPage {
        freshness: super::reports::freshness(&tr, at),
        licence: tr.t_s("reports-data-licence", "licence", &licence.name),
        licence_url: licence.url.clone(),
        tables: dictionary(&tr),
        tr,
        nav: frame.nav,
    })
}

// ---------------------------------------------------------------------------------------
// /reports/download/{file}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
}

/// `corridors.csv` → (table or the dictionary, format); anything else is not a file here.
fn parse_file(name: &str) -> Option<(Option<Table>, Format)> {
    let (stem, extension) = name.rsplit_once('.')?;
    let format = match extension {
        "csv" => Format::Csv,
        "json" => Format::Json,
        _ => return None,
    };
    match stem {
        "dictionary" => Some((None, format)),
        _ => Some((Some(Table::parse(stem)?), format)),
    }
}

fn attachment(name: &str, content_type: &str, body: String) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"fairrecruit-{name}\""),
        ))
        .body(body)
}

async fn file(
    req: HttpRequest,
    frame: Frame,
    name: web::Path<String>,
    pool: web::Data<Pool>,
    licence: web::Data<Licence>,
) -> Result<HttpResponse, AppError> {
    only_lang(&req)?;
    let (table, format) = parse_file(&name).ok_or(AppError::NotFound)?;
    let Some(table) = table else {
        return dictionary_file(&frame.tr, format, &licence, &name);
    };
    let (at, export) = db::run(&pool, move |conn| {
        let at = db::reports::refreshed_at(conn)?;
        let export = match table {
            Table::Corridors => Export::corridors(&db::reports::all_corridors(conn)?),
            Table::Recruiters => Export::recruiters(&db::reports::all_rankings(conn)?),
            Table::Complaints => Export::complaints(&db::reports::justice_counts(conn)?),
            Table::Organisations => {
                Export::organisations(&db::reports::justice_organisations(conn)?)
            }
        };
        Ok((at, export))
    })
    .await?;
    Ok(match format {
        Format::Csv => attachment(
            &name,
            "text/csv; charset=utf-8",
            export
                .csv()
                .map_err(|e| AppError::Internal(e.to_string()))?,
        ),
        Format::Json => attachment(
            &name,
            "application/json",
            export.json(at, &licence).to_string(),
        ),
    })
}

/// The data dictionary in the reader's language: each table's columns with their unit and
/// definition, the suppression rule and the licence.
fn dictionary_file(
    tr: &Tr,
    format: Format,
    licence: &Licence,
    name: &str,
) -> Result<HttpResponse, AppError> {
    let tables = dictionary(tr);
    let suppression = bare(tr.t("reports-data-suppression"));
    match format {
        Format::Csv => {
            let mut rows: Vec<Vec<String>> = tables
                .iter()
                .flat_map(|t| {
                    t.columns.iter().map(|c| {
                        vec![
                            t.name.to_owned(),
                            c.name.to_owned(),
                            c.unit.to_owned(),
                            c.unit_label.clone(),
                            c.definition.clone(),
                        ]
                    })
                })
                .collect();
            rows.push(vec![
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                suppression,
            ]);
            rows.push(vec![
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                bare(tr.t_s("reports-data-licence", "licence", &licence.describe())),
            ]);
            let header = ["table", "column", "unit", "unit_label", "definition"];
            let body =
                csv::document(&header, &rows).map_err(|e| AppError::Internal(e.to_string()))?;
            Ok(attachment(name, "text/csv; charset=utf-8", body))
        }
        Format::Json => {
            let tables: Vec<Value> = tables
                .iter()
                .map(|t| {
                    json!({
                        "table": t.name,
                        "title": t.title,
                        "description": t.about,
                        "files": {
                            "csv": format!("/reports/download/{}.csv", t.name),
                            "json": format!("/reports/download/{}.json", t.name),
                        },
                        "columns": t.columns.iter().map(|c| json!({
                            "name": c.name,
                            "unit": c.unit,
                            "unit_label": c.unit_label,
                            "definition": c.definition,
                        })).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let body = json!({
                "language": tr.lang(),
                "licence": { "name": licence.name, "url": licence.url },
                "suppression": suppression,
                "tables": tables,
            });
            Ok(attachment(name, "application/json", body.to_string()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_known_files_are_files() {
        assert_eq!(
            parse_file("corridors.csv"),
            Some((Some(Table::Corridors), Format::Csv))
        );
        assert_eq!(parse_file("dictionary.json"), Some((None, Format::Json)));
        for bad in [
            "corridors",
            "corridors.CSV",
            "corridors.xlsx",
            "reviews.csv",
            ".csv",
            "corridors.csv.json",
            "../corridors.csv",
            "",
        ] {
            assert_eq!(parse_file(bad), None, "{bad}");
        }
    }
}
