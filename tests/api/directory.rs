//! The recruiter directory through the JSON API: search, filters, pages, profiles.

use crate::helpers::{sample_csv, spawn_app};

fn names(body: &serde_json::Value) -> Vec<String> {
    body["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn search_ignores_case_accents_and_word_order() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    for q in [
        "societe%20GENERALE",
        "G%C3%A9n%C3%A9rale",
        "placement%20soci%C3%A9t%C3%A9",
        "n%C3%A9rale",
    ] {
        let (status, body) = app.get_json(&format!("/api/v1/recruiters?q={q}")).await;
        assert_eq!(status, 200);
        assert_eq!(names(&body), vec!["Société Générale de Placement"], "q={q}");
    }
    let (_, body) = app.get_json("/api/v1/recruiters?q=manpower+everest").await;
    assert_eq!(names(&body), vec!["Everest Manpower Services"]);
    let (_, body) = app.get_json("/api/v1/recruiters?q=nothing+like+this").await;
    assert!(names(&body).is_empty());
}

#[tokio::test]
async fn search_finds_nepali_and_arabic_names() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    // A Devanagari substring.
    let (_, body) = app
        .get_json(
            "/api/v1/recruiters?q=%E0%A4%B5%E0%A5%88%E0%A4%A6%E0%A5%87%E0%A4%B6%E0%A4%BF%E0%A4%95",
        )
        .await;
    assert_eq!(names(&body), vec!["नमूना वैदेशिक रोजगार"]);
    // Arabic typed with harakat and a plain alef matches the stored "الأمانة".
    let q = "%D8%A7%D9%84%D8%A7%D9%85%D9%8E%D8%A7%D9%86%D8%A9";
    let (_, body) = app.get_json(&format!("/api/v1/recruiters?q={q}")).await;
    assert_eq!(names(&body), vec!["مكتب الأمانة للاستقدام"]);
}

#[tokio::test]
async fn search_by_licence_number_ignores_separators() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    for q in ["NP-0002", "np0002", "np%200002"] {
        let (_, body) = app.get_json(&format!("/api/v1/recruiters?q={q}")).await;
        assert_eq!(names(&body), vec!["Himalaya Fair Jobs"], "q={q}");
    }
}

#[tokio::test]
async fn a_short_query_matches_the_start_of_names() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (_, body) = app.get_json("/api/v1/recruiters?q=Hi").await;
    assert_eq!(names(&body), vec!["Himalaya Fair Jobs"]);
}

#[tokio::test]
async fn filters_combine_country_destination_and_status() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (_, body) = app.get_json("/api/v1/recruiters?country=NP").await;
    assert_eq!(
        names(&body),
        vec![
            "Everest Manpower Services",
            "Himalaya Fair Jobs",
            "नमूना वैदेशिक रोजगार"
        ]
    );
    let (_, body) = app.get_json("/api/v1/recruiters?destination=SA").await;
    assert_eq!(
        names(&body),
        vec![
            "Himalaya Fair Jobs",
            "Manila Bay Global Staffing",
            "مكتب الأمانة للاستقدام"
        ]
    );
    let (_, body) = app
        .get_json("/api/v1/recruiters?country=np&destination=qa&status=active")
        .await;
    assert_eq!(
        names(&body),
        vec!["Everest Manpower Services", "नमूना वैदेशिक रोजगार"]
    );
    let (_, body) = app
        .get_json("/api/v1/recruiters?q=himalaya&status=active")
        .await;
    assert!(names(&body).is_empty());
    let first = &body["items"];
    assert!(first.as_array().unwrap().is_empty());
}

#[tokio::test]
async fn results_come_in_pages_sorted_by_name() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let (_, all) = app.get_json("/api/v1/recruiters?per_page=100").await;
    let all = names(&all);
    assert_eq!(all.len(), 8);
    let mut collected = Vec::new();
    for page in 1..=3 {
        let (status, body) = app
            .get_json(&format!("/api/v1/recruiters?per_page=3&page={page}"))
            .await;
        assert_eq!(status, 200);
        assert_eq!(body["has_more"], page < 3, "page {page}");
        assert_eq!(body["page"], page);
        collected.extend(names(&body));
    }
    assert_eq!(collected, all);
    let (status, body) = app.get_json("/api/v1/recruiters?page=500").await;
    assert_eq!(status, 200);
    assert!(names(&body).is_empty());
}

/// A word is first looked for by walking the names in order (`WALK_ROWS`, 2,000 rows past the
/// page), then through the trigram index when the walk did not fill the page: both give the
/// first matches in name order, pages included.
#[tokio::test]
async fn a_word_gives_the_first_matches_in_name_order_however_common() {
    let app = spawn_app().await;
    let mut csv = String::from(crate::helpers::HEADER);
    let mut listed = Vec::new();
    for i in 0..2_300 {
        // Early in name order: "agency 0000" …; five of them also say "comet".
        let name = if i % 400 == 7 {
            format!("Agency {i:04} Comet")
        } else {
            format!("Agency {i:04}")
        };
        csv.push_str(&format!("{name},A-{i},NP,active,,QA\n"));
        listed.push(name);
    }
    for i in 0..30 {
        // Past the walk: "zephyr comet 00" ….
        let name = format!("Zephyr Comet {i:02}");
        csv.push_str(&format!("{name},Z-{i},NP,active,,QA\n"));
        listed.push(name);
    }
    app.import_csv(&csv).await;
    listed.sort_by_key(|n| n.to_lowercase());
    let expected = |word: &str, page: usize, per_page: usize| -> Vec<String> {
        let all: Vec<&String> = listed
            .iter()
            .filter(|n| n.to_lowercase().contains(word))
            .collect();
        all.iter()
            .skip((page - 1) * per_page)
            .take(per_page)
            .map(|n| n.to_string())
            .collect()
    };
    for (word, page, per_page) in [
        ("agency", 1, 20),  // every name in the walk matches: the walk fills the page
        ("agency", 3, 50),  // a later page, still within the walk
        ("comet", 1, 20),   // 6 in the walk, the rest past it: the index's matches
        ("comet", 2, 20),   // the second page of those
        ("zephyr", 1, 100), // none in the walk
        ("0007", 1, 20),    // one match, early
    ] {
        let (status, body) = app
            .get_json(&format!(
                "/api/v1/recruiters?q={word}&page={page}&per_page={per_page}"
            ))
            .await;
        assert_eq!(status, 200);
        assert_eq!(
            names(&body),
            expected(word, page, per_page),
            "{word} page {page}"
        );
    }
}

#[tokio::test]
async fn a_profile_shows_licence_history_newest_first() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    app.import_csv(&sample_csv().replace("NP-0001,NP,active", "NP-0001,NP,revoked"))
        .await;
    let id = app.id_of("NP-0001").await;
    let (status, body) = app.get_json(&format!("/api/v1/recruiters/{id}")).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["name"], "Everest Manpower Services");
    assert_eq!(body["licence_status"], "revoked");
    assert_eq!(body["licensing_country"], "NP");
    assert_eq!(body["address"], "Kathmandu, Nepal");
    assert_eq!(body["destinations"], serde_json::json!(["AE", "QA"]));
    let history: Vec<&str> = body["licence_history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(history, vec!["revoked", "active"]);
    // Public ids are random, not counters.
    assert_eq!(id.len(), 12);
    assert_ne!(id, app.id_of("NP-0002").await);
}

#[tokio::test]
async fn unknown_and_malformed_ids_are_not_found() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    for id in ["0000000000aa", "1", "%3Cscript%3E", "'%20OR%201=1--"] {
        let (status, body) = app.get_json(&format!("/api/v1/recruiters/{id}")).await;
        assert_eq!(status, 404, "{id}");
        assert_eq!(body["code"], "not_found");
    }
}

#[tokio::test]
async fn the_openapi_document_describes_the_handlers() {
    let app = spawn_app().await;
    let (status, doc) = app.get_json("/api/v1/openapi.json").await;
    assert_eq!(status, 200);
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    let paths = doc["paths"].as_object().unwrap();
    assert!(
        paths.contains_key("/api/v1/recruiters"),
        "{:?}",
        paths.keys()
    );
    assert!(paths.contains_key("/api/v1/recruiters/{id}"));
    let params: Vec<&str> = doc["paths"]["/api/v1/recruiters"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    for name in ["q", "country", "destination", "status", "page", "per_page"] {
        assert!(params.contains(&name), "{name} missing from {params:?}");
    }
    assert!(doc["components"]["schemas"]["RecruiterPage"].is_object());
    assert!(doc["components"]["schemas"]["ErrorBody"].is_object());
    // What the server requires is marked required, so generated clients send it.
    let required = |schema: &str| -> Vec<String> {
        doc["components"]["schemas"][schema]["required"]
            .as_array()
            .unwrap_or_else(|| panic!("{schema} has no required list"))
            .iter()
            .map(|f| f.as_str().unwrap().to_owned())
            .collect()
    };
    let complaint = required("ComplaintRequest");
    for field in ["origin", "destination", "share_with"] {
        assert!(
            complaint.contains(&field.to_owned()),
            "{field}: {complaint:?}"
        );
    }
    let review = required("ReviewRequest");
    for field in [
        "recruiter_id",
        "origin",
        "destination",
        "departure_year",
        "ratings",
    ] {
        assert!(review.contains(&field.to_owned()), "{field}: {review:?}");
    }
}

#[tokio::test]
async fn a_results_page_and_a_profile_cost_a_fixed_number_of_queries() {
    use fairrecruit::db::recruiters;
    use fairrecruit::domain::recruiter::{PublicId, RecruiterSearch};
    let app = spawn_app().await;
    let search = |q: &str| {
        RecruiterSearch::from_pairs(
            &[
                ("q".to_owned(), q.to_owned()),
                ("per_page".to_owned(), "100".to_owned()),
            ],
            true,
        )
        .unwrap()
    };
    let agencies = |range: std::ops::Range<i32>| {
        let mut csv = String::from(crate::helpers::HEADER);
        for i in range {
            csv.push_str(&format!("Agency {i},A-{i},NP,active,,QA;AE;MY\n"));
        }
        csv
    };
    app.import_csv(&agencies(0..3)).await;
    let small = crate::helpers::count_queries(&app, |c| {
        assert_eq!(
            recruiters::search(c, &search("agency"))
                .unwrap()
                .items
                .len(),
            3
        );
    });
    app.import_csv(&agencies(3..300)).await;
    let large = crate::helpers::count_queries(&app, |c| {
        let page = recruiters::search(c, &search("agency")).unwrap();
        assert_eq!(page.items.len(), 100);
        assert!(page.items.iter().all(|(_, d)| d.len() == 3));
    });
    assert_eq!(small, large, "queries grew with the data");
    assert!(large <= 2, "{large} queries for one page");
    let id = PublicId::parse(&app.id_of("A-7").await).unwrap();
    let profile =
        crate::helpers::count_queries(&app, |c| recruiters::profile(c, &id).unwrap().unwrap());
    assert!(profile <= 3, "{profile} queries for a profile");
}

#[tokio::test]
async fn the_api_reference_page_shows_every_operation_and_type_without_script() {
    let app = spawn_app().await;
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    let res = app.get("/api/docs?lang=es").await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/html")
    );
    let csp = res.headers()["content-security-policy"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'none'"), "{csp}");
    let html = res.text().await.unwrap();
    // The page's own words in the reader's language; the API's descriptions as written.
    assert!(html.contains("<html lang=\"es\""));
    assert!(!html.contains("<script") && !html.contains("src=\"http"));
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in item.as_object().unwrap().keys() {
            let line = format!("{} {path}", method.to_uppercase());
            assert!(html.contains(&line), "{line}");
        }
    }
    for name in doc["components"]["schemas"].as_object().unwrap().keys() {
        assert!(html.contains(&format!("id=\"type-{name}\"")), "{name}");
    }
    // A complaint's required fields are marked so.
    let complaint = html
        .split("id=\"type-ComplaintRequest\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    for field in ["origin", "destination", "share_with"] {
        assert!(
            complaint.contains(&format!("<code>{field}</code> <strong>")),
            "{field}"
        );
    }
    // An unknown method on the page is a page's 405, not the JSON API's.
    let res = app.client.post(app.url("/api/docs")).send().await.unwrap();
    assert_eq!(res.status().as_u16(), 405);
}
