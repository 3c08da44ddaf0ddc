//! `serve --demo`: a clearly fictional directory so a newcomer sees a living site. Every name
//! says "(demo)" and every licence number starts with "DEMO-"; none is a real agency.

pub mod cases;
pub mod reports;
pub mod reviews;

use chrono::Duration;

use crate::clock;
use crate::db::DbConnection;
use crate::db::accounts;
use crate::db::recruiters::{self, Listing};
use crate::domain::account::OrganisationDraft;
use crate::domain::recruiter::{LicenceStatus, PublicId};
use crate::error::AppError;

const SOURCE: &str = "demo";

/// (name, licence number, licensing country, status, address, destinations)
type Agency = (
    &'static str,
    &'static str,
    &'static str,
    LicenceStatus,
    &'static str,
    &'static [&'static str],
);

const AGENCIES: &[Agency] = &[
    (
        "Sagarmatha Overseas Placement (demo)",
        "DEMO-NP-0101",
        "NP",
        LicenceStatus::Active,
        "Fictional Marg 1, Kathmandu",
        &["QA", "AE", "MY"],
    ),
    (
        "Himalaya Fair Jobs (demo)",
        "DEMO-NP-0102",
        "NP",
        LicenceStatus::Active,
        "Imaginary Chowk 7, Pokhara",
        &["QA", "SA"],
    ),
    (
        "Everest Manpower Services (demo)",
        "DEMO-NP-0103",
        "NP",
        LicenceStatus::Suspended,
        "Sample Road 12, Kathmandu",
        &["QA", "KW"],
    ),
    (
        "Annapurna Recruitment (demo)",
        "DEMO-NP-0104",
        "NP",
        LicenceStatus::Revoked,
        "Example Tole 3, Biratnagar",
        &["QA", "MY", "AE"],
    ),
    (
        "Lumbini Human Resources (demo)",
        "DEMO-NP-0105",
        "NP",
        LicenceStatus::Expired,
        "Placeholder Path 9, Butwal",
        &["MY"],
    ),
    (
        "Manila Bay Global Staffing (demo)",
        "DEMO-PH-0201",
        "PH",
        LicenceStatus::Active,
        "Fictional Avenue 21, Manila",
        &["SA", "HK", "AE"],
    ),
    (
        "Visayas Care Workers Agency (demo)",
        "DEMO-PH-0202",
        "PH",
        LicenceStatus::Active,
        "Sample Street 4, Cebu",
        &["SA", "HK"],
    ),
    (
        "Luzon Seafarers & Builders (demo)",
        "DEMO-PH-0203",
        "PH",
        LicenceStatus::Suspended,
        "Example Road 8, Quezon City",
        &["SA", "QA"],
    ),
    (
        "Padma River Overseas (demo)",
        "DEMO-BD-0301",
        "BD",
        LicenceStatus::Active,
        "Imaginary Lane 5, Dhaka",
        &["MY", "SA"],
    ),
    (
        "Sundarban Manpower Export (demo)",
        "DEMO-BD-0302",
        "BD",
        LicenceStatus::Revoked,
        "Sample Bazar 2, Chattogram",
        &["MY"],
    ),
    (
        "Jamuna Skills International (demo)",
        "DEMO-BD-0303",
        "BD",
        LicenceStatus::Active,
        "Example Road 17, Sylhet",
        &["MY", "AE", "QA"],
    ),
    (
        "Golden Land Job Centre (demo)",
        "DEMO-MM-0401",
        "MM",
        LicenceStatus::Active,
        "Fictional Street 30, Yangon",
        &["TH"],
    ),
    (
        "Irrawaddy Workers Link (demo)",
        "DEMO-MM-0402",
        "MM",
        LicenceStatus::Expired,
        "Sample Road 6, Mandalay",
        &["TH", "MY"],
    ),
    (
        "Nusantara Domestic Placement (demo)",
        "DEMO-ID-0501",
        "ID",
        LicenceStatus::Active,
        "Jalan Contoh 11, Jakarta",
        &["HK", "SG", "TW"],
    ),
    (
        "Java Care Agency (demo)",
        "DEMO-ID-0502",
        "ID",
        LicenceStatus::Suspended,
        "Jalan Fiktif 2, Surabaya",
        &["HK"],
    ),
    (
        "Société Générale de Placement (démo)",
        "DEMO-MA-0601",
        "MA",
        LicenceStatus::Active,
        "Rue Exemple 4, Casablanca",
        &["ES", "FR"],
    ),
    (
        "مكتب الأمانة للاستقدام (تجريبي)",
        "DEMO-SA-0701",
        "SA",
        LicenceStatus::Active,
        "شارع المثال 1، الرياض",
        &["SA"],
    ),
    (
        "नमूना वैदेशिक रोजगार (डेमो)",
        "DEMO-NP-0106",
        "NP",
        LicenceStatus::Active,
        "काल्पनिक मार्ग ४, ललितपुर",
        &["QA", "AE"],
    ),
];

/// Fills the directory when it is empty; a database with data is left alone.
/// (name, kind, countries covered, sectors): fictional organisations for the admin pages
/// and for routing complaints. Their demo staff and complaints come from `cases`.
const ORGANISATIONS: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "Labour Inspectorate of Qatar (demo)",
        "labour_inspectorate",
        &["QA"],
        &[],
    ),
    (
        "Department of Foreign Employment (demo)",
        "origin_authority",
        &["NP"],
        &[],
    ),
    (
        "Migrant Workers' Union (demo)",
        "trade_union",
        &["NP", "QA", "MY"],
        &[],
    ),
    (
        "Legal Aid for Domestic Workers (demo)",
        "legal_aid",
        &["PH", "SA", "HK"],
        &["domestic_work"],
    ),
    // An intake partner (issue 18): never receives a case; `partner-key` makes it a key
    // (scripts/partner_demo.py does).
    (
        "WhatsApp Hotline Nepal (demo)",
        "intake_partner",
        &["NP"],
        &[],
    ),
];

fn organisation_drafts() -> anyhow::Result<Vec<OrganisationDraft>> {
    let owned = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    ORGANISATIONS
        .iter()
        .map(|(name, kind, countries, sectors)| {
            OrganisationDraft::parse(name, kind, &owned(countries), &owned(sectors), "7", "90")
                .map_err(|e| anyhow::anyhow!("demo organisation {name}: {}", e.message_key))
        })
        .collect()
}

/// `receipt_key`: the installation's receipt keys (demo complaints with a published
/// receipt). Each demo organisation gets its key pair (the demo's recovery codes are not
/// kept: the demo's data is fictional).
pub fn seed_if_empty(
    conn: &mut DbConnection,
    receipt_key: &crate::auth::token::Keys,
) -> anyhow::Result<()> {
    if recruiters::any(conn)? {
        tracing::info!("database has data: demo data not added");
        return Ok(());
    }
    let listings: Vec<Listing> = AGENCIES
        .iter()
        .map(
            |(name, number, country, _, address, destinations)| Listing {
                name: (*name).to_owned(),
                licence_number: (*number).to_owned(),
                licensing_country: (*country).to_owned(),
                // Every agency starts active a year ago, so the history shows how a status changed.
                licence_status: LicenceStatus::Active,
                address: Some((*address).to_owned()),
                destinations: {
                    let mut d: Vec<String> = destinations.iter().map(|c| (*c).to_owned()).collect();
                    d.sort();
                    d
                },
            },
        )
        .collect();
    let now = clock::now();
    let current: Vec<Listing> = listings
        .iter()
        .zip(AGENCIES)
        .map(|(listing, agency)| Listing {
            licence_status: agency.3,
            ..listing.clone()
        })
        .collect();
    // Both steps or neither: a half-seeded directory would never be completed, since seeding
    // only happens on an empty database.
    let organisations = organisation_drafts()?;
    crate::db::transaction(conn, |conn| {
        recruiters::upsert_listings(conn, &listings, SOURCE, now - Duration::days(365))?;
        recruiters::upsert_listings(conn, &current, SOURCE, now - Duration::days(30))?;
        let mut organisation_keys = Vec::new();
        for draft in &organisations {
            let id = accounts::create_organisation(conn, draft)?;
            let (secret, _) = crate::db::keys::make_organisation_key(conn, id, now)?;
            organisation_keys.push((id, secret));
        }
        reviews::seed(
            conn,
            |conn, licence| {
                recruiters::public_id_by_licence(conn, licence)?
                    .and_then(|id| PublicId::parse(&id))
                    .ok_or(AppError::NotFound)
            },
            now,
        )?;
        cases::seed(conn, now, receipt_key, &organisation_keys)?;
        reports::seed(conn, now)?;
        Ok::<(), AppError>(())
    })
    .map_err(|e| anyhow::anyhow!("demo data: {e}"))?;
    crate::reports::refresh(conn, now).map_err(|e| anyhow::anyhow!("demo reports: {e}"))?;
    tracing::info!(
        recruiters = AGENCIES.len(),
        organisations = ORGANISATIONS.len(),
        "demo data added"
    );
    Ok(())
}
