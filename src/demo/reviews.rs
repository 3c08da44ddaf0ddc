//! Demo reviews for `serve --demo`: fictional workers' reviews, most published, so the
//! scorecards show figures, one agency below the 5-review threshold, and two reviews waiting
//! for a moderator (one with a phone number to redact). Every text says it is a demo.

use chrono::{Datelike, NaiveDateTime};

use crate::db::DbConnection;
use crate::db::reviews::{self, Decision};
use crate::domain::recruiter::PublicId;
use crate::domain::review::ReviewInput;
use crate::error::AppError;

/// (licence number of the agency, published, form fields)
type DemoReview = (&'static str, bool, &'static [(&'static str, &'static str)]);

#[rustfmt::skip]
const REVIEWS: &[DemoReview] = &[
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2024"), ("rating_overall", "4"),
        ("currency", "NPR"), ("cost_fee_paid", "no"), ("cost_medical_amount", "5000"), ("cost_medical_to", "other"),
        ("first_wage", "55000"), ("check_documents_kept", "no"), ("check_job_as_promised", "yes"),
        ("use_again", "yes"), ("rating_fees_honesty", "5"), ("body", "Demo review: the agency explained every cost and I paid only my medical test."), ("body_language", "en"),
    ]),
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2023"), ("rating_overall", "5"),
        ("currency", "NPR"), ("cost_fee_paid", "no"), ("cost_medical_amount", "4500"),
        ("first_wage", "60000"), ("check_documents_kept", "no"), ("check_job_as_promised", "yes"),
        ("use_again", "yes"), ("body", "डेमो समीक्षा: एजेन्सीले राम्रो सहयोग गर्‍यो।"), ("body_language", "ne"),
    ]),
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "AE"), ("departure_year", "2024"), ("rating_overall", "3"),
        ("currency", "NPR"), ("cost_fee_amount", "20000"), ("cost_fee_to", "sub_agent"), ("cost_medical_amount", "5000"),
        ("first_wage", "50000"), ("check_documents_kept", "no"), ("check_job_as_promised", "no"),
        ("use_again", "no"), ("body", "Demo review: a broker in my village asked for money the agency said was not needed."), ("body_language", "en"),
    ]),
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2025"), ("rating_overall", "4"),
        ("currency", "NPR"), ("cost_fee_paid", "no"), ("cost_travel_paid", "no"),
        ("first_wage", "58000"), ("check_documents_kept", "no"), ("check_job_as_promised", "yes"), ("use_again", "yes"),
    ]),
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "MY"), ("departure_year", "2022"), ("rating_overall", "4"),
        ("currency", "NPR"), ("cost_fee_paid", "no"), ("cost_medical_amount", "6000"),
        ("first_wage", "45000"), ("check_documents_kept", "no"), ("check_job_as_promised", "yes"), ("use_again", "yes"),
    ]),
    ("DEMO-NP-0101", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2024"), ("rating_overall", "5"),
        ("currency", "NPR"), ("cost_fee_paid", "no"),
        ("first_wage", "62000"), ("check_documents_kept", "no"), ("use_again", "yes"),
        ("body", "مراجعة تجريبية: كانت التجربة جيدة."), ("body_language", "ar"),
    ]),
    ("DEMO-NP-0103", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2024"), ("rating_overall", "1"),
        ("currency", "NPR"), ("cost_fee_amount", "150000"), ("cost_fee_to", "recruiter"), ("cost_fee_receipt", "no"),
        ("cost_medical_amount", "7000"), ("cost_administrative_amount", "25000"), ("took_loan", "yes"), ("lender", "moneylender"), ("loan_interest", "3"),
        ("promised_wage", "80000"), ("first_wage", "40000"), ("check_documents_kept", "yes"), ("check_contract_substituted", "yes"),
        ("check_job_as_promised", "no"), ("check_wage_as_promised", "no"), ("use_again", "no"),
        ("body", "Demo review: they kept my passport and the salary was half of what they promised."), ("body_language", "en"),
    ]),
    ("DEMO-NP-0103", true, &[
        ("origin", "NP"), ("destination", "KW"), ("departure_year", "2023"), ("rating_overall", "2"),
        ("currency", "NPR"), ("cost_fee_amount", "120000"), ("cost_fee_to", "recruiter"), ("cost_travel_amount", "30000"),
        ("promised_wage", "70000"), ("first_wage", "52000"), ("check_documents_kept", "yes"), ("check_job_as_promised", "no"), ("use_again", "no"),
    ]),
    ("DEMO-NP-0103", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2025"), ("rating_overall", "1"),
        ("currency", "NPR"), ("cost_fee_amount", "180000"), ("cost_illegitimate_amount", "20000"),
        ("first_wage", "45000"), ("check_documents_kept", "yes"), ("check_contract_substituted", "yes"), ("use_again", "no"),
        ("body", "डेमो समीक्षा: धेरै पैसा लियो, रसिद दिएन।"), ("body_language", "ne"),
    ]),
    ("DEMO-NP-0103", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2024"), ("rating_overall", "2"),
        ("currency", "NPR"), ("cost_fee_amount", "140000"),
        ("first_wage", "0"), ("check_documents_kept", "no"), ("check_wage_as_promised", "no"), ("use_again", "no"),
    ]),
    ("DEMO-NP-0103", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2022"), ("rating_overall", "1"),
        ("currency", "NPR"), ("cost_fee_amount", "160000"), ("cost_medical_amount", "8000"),
        ("first_wage", "48000"), ("check_documents_kept", "yes"), ("check_job_as_promised", "no"), ("use_again", "no"),
    ]),
    ("DEMO-NP-0102", true, &[
        ("origin", "NP"), ("destination", "SA"), ("departure_year", "2024"), ("rating_overall", "4"),
        ("body", "Demo review: only three reviews here, so the figures stay hidden."), ("body_language", "en"),
    ]),
    ("DEMO-NP-0102", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2023"), ("rating_overall", "3"),
    ]),
    ("DEMO-NP-0102", true, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2025"), ("rating_overall", "4"),
    ]),
    ("DEMO-NP-0103", false, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2025"), ("rating_overall", "1"),
        ("body", "Demo review waiting for a moderator: call me on +977 98-0000 0000 for details."), ("body_language", "en"),
    ]),
    ("DEMO-NP-0101", false, &[
        ("origin", "NP"), ("destination", "QA"), ("departure_year", "2025"), ("rating_overall", "4"),
        ("sub_agent", "Village Broker Ram (demo)"), ("cost_fee_amount", "10000"), ("currency", "NPR"),
        ("body", "Demo review naming a sub-agent."), ("body_language", "en"),
    ]),
];

/// Adds the demo reviews; `licence` maps a licence number to the agency's public id.
pub fn seed(
    conn: &mut DbConnection,
    public_id_of: impl Fn(&mut DbConnection, &str) -> Result<PublicId, AppError>,
    now: NaiveDateTime,
) -> Result<usize, AppError> {
    for (i, (licence, publish, fields)) in REVIEWS.iter().enumerate() {
        let input = ReviewInput::new(
            fields
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
        )?;
        let draft = input.draft(now.year()).map_err(|problems| {
            AppError::Internal(format!("demo review {i}: {:?}", problems.first()))
        })?;
        let recruiter = public_id_of(conn, licence)?;
        // Spread over the last months, so the list has dates.
        let when = now - chrono::Duration::days(7 * (REVIEWS.len() - i) as i64);
        let submitted = reviews::submit(conn, &recruiter, None, &draft, when)?;
        if *publish {
            let id = reviews::id_of(conn, &submitted.public_id)?;
            reviews::decide(
                conn,
                id,
                None,
                &Decision::Approve {
                    body: draft.body.clone(),
                },
                when,
            )?;
        }
    }
    Ok(REVIEWS.len())
}
