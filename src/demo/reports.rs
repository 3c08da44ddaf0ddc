//! `serve --demo`, reports part: enough fictional workers for every report to show figures
//! above the k = 5 threshold — more published reviews in the NP→QA and PH→SA corridors,
//! a gender breakdown with published cells, resolved complaints the demo inspectorate
//! answered at different speeds, and exchange rates for the corridors' currencies. Every
//! story is made up.

use chrono::{Datelike, Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::complaints::{self as store, FiledBy};
use crate::db::reviews::{self, Decision};
use crate::db::schema::{organisations, recruiters, referrals, users};
use crate::domain::complaint::{CaseAction, ComplaintInput, Filer, Outcome};
use crate::domain::recruiter::PublicId;
use crate::domain::report::Rate;
use crate::domain::review::ReviewInput;
use crate::error::AppError;
use crate::reports::rates::parse_rate;

/// (licence, origin, destination, year, sector, currency, fee, medical, travel, first wage,
/// rating)
type DemoWorker = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

#[rustfmt::skip]
const WORKERS: &[DemoWorker] = &[
    ("DEMO-NP-0104", "NP", "QA", "2024", "construction", "NPR", "120000", "6000", "0", "52000", "2"),
    ("DEMO-NP-0104", "NP", "QA", "2024", "construction", "NPR", "100000", "5000", "15000", "50000", "2"),
    ("DEMO-NP-0104", "NP", "QA", "2023", "construction", "NPR", "90000", "5500", "0", "48000", "3"),
    ("DEMO-NP-0104", "NP", "QA", "2024", "hospitality", "NPR", "0", "5000", "0", "56000", "4"),
    ("DEMO-NP-0104", "NP", "QA", "2025", "construction", "NPR", "130000", "7000", "20000", "0", "1"),
    ("DEMO-NP-0104", "NP", "QA", "2024", "construction", "NPR", "110000", "6000", "0", "51000", "2"),
    ("DEMO-NP-0101", "NP", "QA", "2024", "construction", "NPR", "0", "5000", "0", "60000", "5"),
    ("DEMO-NP-0101", "NP", "QA", "2024", "hospitality", "NPR", "0", "4000", "0", "58000", "4"),
    ("DEMO-NP-0101", "NP", "QA", "2023", "construction", "NPR", "0", "4500", "0", "57000", "4"),
    ("DEMO-PH-0201", "PH", "SA", "2024", "domestic_work", "PHP", "0", "2500", "0", "22000", "4"),
    ("DEMO-PH-0201", "PH", "SA", "2024", "domestic_work", "PHP", "15000", "2500", "0", "20000", "3"),
    ("DEMO-PH-0201", "PH", "SA", "2023", "domestic_work", "PHP", "0", "3000", "0", "21000", "5"),
    ("DEMO-PH-0201", "PH", "SA", "2024", "domestic_work", "PHP", "20000", "2800", "0", "19000", "2"),
    ("DEMO-PH-0201", "PH", "SA", "2025", "domestic_work", "PHP", "0", "2600", "0", "23000", "4"),
    ("DEMO-PH-0201", "PH", "SA", "2024", "domestic_work", "PHP", "0", "2700", "0", "22500", "4"),
];

/// The gender each of [`WORKERS`] gave ("": not said). NP→QA has 5 women (a published cell)
/// and 4 men (too few: suppressed, and not derivable, as the other demo reviews of the
/// corridor did not say); PH→SA has 6 women.
const GENDERS: [&str; 15] = [
    "woman", "man", "woman", "woman", "man", "man", "woman", "woman", "man", // NP→QA
    "woman", "woman", "woman", "woman", "woman", "woman", // PH→SA
];

/// (currency, year, US dollars per unit): fictional but plausible.
const RATES: &[(&str, i32, &str)] = &[
    ("NPR", 2022, "0.0078"),
    ("NPR", 2023, "0.0076"),
    ("NPR", 2024, "0.0075"),
    ("NPR", 2025, "0.0073"),
    ("PHP", 2023, "0.018"),
    ("PHP", 2024, "0.0175"),
    ("PHP", 2025, "0.0172"),
    ("QAR", 2024, "0.2747"),
];

/// Complaints the demo inspectorate resolved: (days ago filed, days to acknowledge, days
/// to resolve, remedies, money in QAR).
const RESOLVED: &[(i64, i64, i64, &[&str], &str)] = &[
    (
        120,
        2,
        45,
        &["money_recovered", "documents_returned"],
        "3000",
    ),
    (110, 4, 60, &["documents_returned"], ""),
    (100, 1, 30, &["money_recovered"], "2500"),
    (95, 6, 50, &["licence_action", "documents_returned"], ""),
    (
        90,
        3,
        40,
        &["money_recovered", "documents_returned"],
        "4000",
    ),
    (85, 9, 70, &["documents_returned", "licence_action"], ""),
    (
        80,
        2,
        35,
        &["money_recovered", "documents_returned"],
        "1800",
    ),
    (75, 5, 55, &["money_recovered"], "2200"),
];

fn recruiter(conn: &mut DbConnection, licence: &str) -> Result<PublicId, AppError> {
    let id: String = recruiters::table
        .filter(recruiters::licence_number.eq(licence))
        .select(recruiters::public_id)
        .first(conn)?;
    PublicId::parse(&id).ok_or(AppError::NotFound)
}

/// Adds the demo report data (in the caller's transaction).
pub fn seed(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), AppError> {
    approved_reviews(conn, now)?;
    rates(conn, now)?;
    resolved_complaints(conn, now)
}

/// The workers of [`WORKERS`], each with an approved review.
fn approved_reviews(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), AppError> {
    for (i, w) in WORKERS.iter().enumerate() {
        let (
            licence,
            origin,
            destination,
            year,
            sector,
            currency,
            fee,
            medical,
            travel,
            wage,
            rating,
        ) = *w;
        let mut fields = vec![
            ("origin", origin),
            ("destination", destination),
            ("departure_year", year),
            ("sector", sector),
            ("currency", currency),
            ("first_wage", wage),
            ("rating_overall", rating),
            ("gender", GENDERS[i]),
        ];
        for (paid, amount, value) in [
            ("cost_fee_paid", "cost_fee_amount", fee),
            ("cost_medical_paid", "cost_medical_amount", medical),
            ("cost_travel_paid", "cost_travel_amount", travel),
        ] {
            if value == "0" {
                fields.push((paid, "no"));
            } else {
                fields.push((amount, value));
            }
        }
        let input = ReviewInput::new(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        )?;
        let draft = input.draft(now.year()).map_err(|problems| {
            AppError::Internal(format!("demo report review {i}: {:?}", problems.first()))
        })?;
        let id = recruiter(conn, licence)?;
        let when = now - Duration::days(3 * (WORKERS.len() - i) as i64);
        let submitted = reviews::submit(conn, &id, None, &draft, when)?;
        let review = reviews::id_of(conn, &submitted.public_id)?;
        reviews::decide(conn, review, None, &Decision::Approve { body: None }, when)?;
    }
    Ok(())
}

/// Exchange rates for the currencies the demo workers paid in.
fn rates(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), AppError> {
    let rates: Vec<Rate> = RATES
        .iter()
        .filter_map(|(code, year, rate)| {
            Some(Rate {
                currency: crate::domain::currency::Currency::parse(code)?,
                year: *year,
                usd_per_unit_nano: parse_rate(rate)?,
            })
        })
        .collect();
    crate::db::reports::import_rates(conn, &rates, now)?;
    Ok(())
}

/// Complaints the demo inspectorate answered and resolved, for the access-to-justice report.
fn resolved_complaints(conn: &mut DbConnection, now: NaiveDateTime) -> Result<(), AppError> {
    let qatar: i64 = organisations::table
        .filter(organisations::name.eq("Labour Inspectorate of Qatar (demo)"))
        .select(organisations::id)
        .first(conn)?;
    let inspector: i64 = users::table
        .filter(users::username.eq("demo_inspector"))
        .select(users::id)
        .first(conn)?;
    let annapurna = recruiter(conn, "DEMO-NP-0104")?.to_string();
    for (i, (filed, ack, resolve, remedies, money)) in RESOLVED.iter().enumerate() {
        let input = ComplaintInput {
            recruiter: annapurna.clone(),
            origin: "NP".into(),
            destination: "QA".into(),
            sector: "construction".into(),
            issues: ["fees_charged", "retention_of_documents", "deception"][..1 + i % 3]
                .iter()
                .map(|s| (*s).to_owned())
                .collect(),
            share_with: vec!["labour_inspectorate".into()],
            ..ComplaintInput::default()
        };
        let draft = input.parse(Filer::Anonymous, now.year())?;
        let opened = now - Duration::days(*filed);
        // Nobody holds these complaints' receipts: a random look-up hash, and keys sealed
        // to a key pair that is thrown away.
        let unheld = store::Unheld::new(&crate::auth::random_hex(32));
        let complaint = store::file(conn, &draft, &unheld.sealing(), FiledBy::default(), opened)?;
        let referral: i64 = referrals::table
            .filter(referrals::complaint_id.eq(complaint.complaint_id))
            .filter(referrals::organisation_id.eq(qatar))
            .select(referrals::id)
            .first(conn)?;
        let remedies: Vec<String> = remedies.iter().map(|s| (*s).to_owned()).collect();
        let (amount, currency) = if money.is_empty() {
            ("", "")
        } else {
            (*money, "QAR")
        };
        let outcome = Outcome::parse(&remedies, amount, currency)?;
        for (action, day) in [
            (CaseAction::Acknowledge, *ack),
            (CaseAction::Investigate, *ack + 1),
            (CaseAction::Resolve(outcome), *resolve),
        ] {
            store::act(
                conn,
                referral,
                qatar,
                inspector,
                &action,
                None,
                false,
                opened + Duration::days(day),
            )?;
        }
    }
    Ok(())
}
