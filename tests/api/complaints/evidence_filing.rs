//! Files sent with the complaint form itself (issue 15): filed in the complaint's own
//! transaction, cleaned and sealed with its key, opened only by the kinds the worker chose for
//! them; a refusal of any part brings the form back with everything typed, says the files
//! must be chosen again, and keeps nothing — no complaint, no file row, nothing in the store.

use fairrecruit::evidence::samples::jpeg_with_gps;
use reqwest::multipart::{Form, Part};

use super::evidence::{file_rows, holds, pdf, post_multipart, referrals, send_multipart, stored};
use super::{World, count_complaints, world, world_with};
use crate::helpers::Browser;

/// What a test sends: text fields in the order given, then the files.
type Files<'a> = Vec<(&'a str, Vec<u8>)>;

/// Posts the complaint form as the page sends it (multipart, CSRF token first, files last).
async fn file_with(browser: &Browser, fields: &[(&str, &str)], files: Files<'_>) -> (u16, String) {
    post_multipart(browser, "/complaints/new?lang=en", fields, files).await
}

/// The form's fields: shared with the inspectorate and the union, a description typed, the
/// files shared with `files_for`.
fn fields<'a>(w: &'a World, files_for: &[&'a str]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("recruiter", w.recruiter.as_str()),
        ("origin", "NP"),
        ("destination", "QA"),
        ("share_with", "labour_inspectorate"),
        ("share_with", "trade_union"),
        (
            "description",
            "The contract changed on arrival: wage < promised & \"no days off\"",
        ),
    ];
    for kind in files_for {
        fields.push(("files_shared_with", kind));
    }
    fields
}

#[tokio::test]
async fn files_sent_with_the_complaint_are_filed_with_it_cleaned_and_for_the_chosen_only() {
    let w = world().await;
    let worker = w.app.browser();
    let (status, page) = file_with(
        &worker,
        &fields(&w, &["labour_inspectorate"]),
        vec![
            ("IMG_0042.jpg", jpeg_with_gps(320, 240)),
            ("contract.pdf", pdf()),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    // The receipt, and what happened to the files.
    let receipt = super::receipt_in(&page);
    assert!(page.contains("Your files were added to the complaint."));
    assert!(
        page.contains("Location data and the phone&#39;s details were removed from your photos.")
    );
    assert_eq!(count_complaints(&w.app).await, 1);
    let rows = file_rows(&w.app).await;
    assert_eq!(rows.len(), 2);
    // Sealed with the complaint's key: nothing readable in the store.
    for (name, bytes) in stored(&w.app).await {
        for word in [
            &b"Exif"[..],
            b"PhoneMaker",
            b"CANARYAUTHOR",
            b"%PDF",
            b"JFIF",
        ] {
            assert!(!holds(&bytes, word), "{name}");
        }
    }

    // The worker lists and opens them with the receipt.
    let res = worker
        .post_form("/track?lang=en", &[("receipt", receipt.as_str())])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let tracked = res.text().await.unwrap();
    assert!(tracked.contains("IMG_0042.jpg") && tracked.contains("contract.pdf"));

    // The inspectorate (chosen) opens the photo, cleaned; the union (not chosen) cannot.
    let (to_inspectorate, to_union) = referrals(&w).await;
    let inspector = w.app.signed_in("inspector_q").await;
    let photo = &rows[0].0;
    let res = inspector
        .get(&format!("/cases/{to_inspectorate}/files/{photo}"))
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let bytes = res.bytes().await.unwrap();
    assert!(!holds(&bytes, b"Exif") && !holds(&bytes, b"GPS"));
    assert_eq!(image::load_from_memory(&bytes).unwrap().width(), 320);
    let union = w.app.signed_in("union_n").await;
    let res = union.get(&format!("/cases/{to_union}/files/{photo}")).await;
    assert_eq!(res.status().as_u16(), 404);
}

#[tokio::test]
async fn the_form_without_files_files_as_before() {
    let w = world().await;
    let worker = w.app.browser();
    // A file input left empty still sends an empty part.
    let (status, page) = file_with(&worker, &fields(&w, &[]), vec![("", Vec::new())]).await;
    assert_eq!(status, 200, "{page}");
    assert!(!page.contains("Your files were added"));
    assert_eq!(count_complaints(&w.app).await, 1);
    assert!(file_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn the_complaint_budget_is_taken_once_and_before_any_file_is_read() {
    let w = world_with(|c| c.auth.complaint_rate.burst = 2).await;
    let worker = w.app.browser();
    let typed = fields(&w, &["trade_union"]);
    for _ in 0..2 {
        let (status, page) = file_with(&worker, &typed, vec![("p.jpg", jpeg_with_gps(9, 9))]).await;
        assert_eq!(status, 200, "{page}");
    }
    let (status, page) = file_with(&worker, &typed, vec![("p.jpg", jpeg_with_gps(9, 9))]).await;
    assert_eq!(status, 429, "{page}");
    assert!(page.contains("Choose the files again"));
    assert_eq!(count_complaints(&w.app).await, 2);
    assert_eq!(stored(&w.app).await.len(), 2);
}

/// (what, files shared with, files, what the page says).
type Refusal<'a> = (&'a str, Vec<&'a str>, Files<'a>, &'a str);

#[tokio::test]
async fn a_refusal_keeps_everything_typed_says_to_choose_the_files_again_and_keeps_nothing() {
    // Every try with files takes from the address's complaint budget: room for them all.
    let w = world_with(|c| {
        c.evidence.file_bytes = 300_000;
        c.auth.complaint_rate.burst = 50;
    })
    .await;
    let worker = w.app.browser();
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    let photo = || jpeg_with_gps(16, 16);
    let cases: Vec<Refusal> = vec![
        (
            "an SVG renamed .jpg",
            vec!["labour_inspectorate"],
            vec![("cat.jpg", svg.to_vec())],
            "This kind of file is not accepted.",
        ),
        (
            "no one chosen for the files",
            vec![],
            vec![("p.jpg", photo())],
            "Choose who may see the files",
        ),
        (
            "files for a kind the complaint is not shared with",
            vec!["legal_aid"],
            vec![("p.jpg", photo())],
            "Choose who may see the files",
        ),
        (
            "too large",
            vec!["trade_union"],
            vec![("big.pdf", vec![b'%'; 400_000])],
            "A file is larger than allowed.",
        ),
        (
            "too many",
            vec!["trade_union"],
            (0..6).map(|_| ("p.jpg", photo())).collect(),
            "Too many files at once.",
        ),
    ];
    for (what, files_for, files, says) in cases {
        let (status, page) = file_with(&worker, &fields(&w, &files_for), files).await;
        assert_eq!(status, 400, "{what}: {page}");
        assert!(page.contains(says), "{what}: {page}");
        assert!(page.contains("Choose the files again"), "{what}");
        // Everything typed comes back (escaped, without the override), ticks included.
        assert!(
            page.contains(
                "The contract changed on arrival: wage &#60; promised &#38; &#34;no days off&#34;"
            ),
            "{what}: {page}"
        );
        assert!(page.contains("value=\"trade_union\" checked"), "{what}");
        for kind in &files_for {
            assert!(
                page.contains(&format!(
                    "name=\"files_shared_with\" value=\"{kind}\" checked"
                )),
                "{what}: {kind}"
            );
        }
        assert_eq!(count_complaints(&w.app).await, 0, "{what}");
        assert!(file_rows(&w.app).await.is_empty(), "{what}");
        assert!(stored(&w.app).await.is_empty(), "{what}");
    }

    // A complaint refused for its own fields (no destination) keeps the files out too.
    let typed: Vec<_> = fields(&w, &["trade_union"])
        .into_iter()
        .filter(|(name, _)| *name != "destination")
        .collect();
    let (status, page) = file_with(&worker, &typed, vec![("p.jpg", photo())]).await;
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("Choose the files again"));
    assert_eq!(count_complaints(&w.app).await, 0);
    assert!(stored(&w.app).await.is_empty());
}

#[tokio::test]
async fn malformed_multipart_complaints_are_refused() {
    let w = world().await;
    let worker = w.app.browser();
    // An unknown field.
    let mut typed = fields(&w, &["trade_union"]);
    typed.push(("is_admin", "yes"));
    let (status, _) = file_with(&worker, &typed, vec![("p.jpg", jpeg_with_gps(9, 9))]).await;
    assert_eq!(status, 400);
    // The CSRF token not first, or missing: refused before anything is read.
    let form = Form::new()
        .text("origin", "NP")
        .text("csrf", worker.csrf().await);
    assert_eq!(
        send_multipart(&worker, "/complaints/new", form).await.0,
        403
    );
    // Text that is not UTF-8.
    let form = Form::new()
        .text("csrf", worker.csrf().await)
        .part("description", Part::bytes(vec![0xFF, 0xFE, b'a']));
    assert_eq!(
        send_multipart(&worker, "/complaints/new", form).await.0,
        400
    );
    // Text over the form's limit.
    let form = Form::new()
        .text("csrf", worker.csrf().await)
        .text("description", "x".repeat(70_000));
    assert_eq!(
        send_multipart(&worker, "/complaints/new", form).await.0,
        400
    );
    assert_eq!(count_complaints(&w.app).await, 0);
    assert!(file_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn a_store_that_is_down_refuses_the_complaint_with_a_503_and_keeps_nothing() {
    let w = super::evidence::world_with_store_down().await;
    let worker = w.app.browser();
    let (status, page) = file_with(
        &worker,
        &fields(&w, &["trade_union"]),
        vec![("p.jpg", jpeg_with_gps(9, 9))],
    )
    .await;
    assert_eq!(status, 503, "{page}");
    assert_eq!(count_complaints(&w.app).await, 0);
    assert!(file_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn the_api_files_a_complaint_with_its_files_in_one_request() {
    let w = world().await;
    let client = reqwest::Client::new();
    let json = super::complaint(&w.recruiter, &["labour_inspectorate", "trade_union"]);
    let send = |files: Vec<(&'static str, Vec<u8>)>, kinds: &[&str]| {
        let mut form = Form::new().text("complaint", json.to_string());
        for kind in kinds {
            form = form.text("files_shared_with", kind.to_string());
        }
        for (name, bytes) in files {
            form = form.part("files", Part::bytes(bytes).file_name(name));
        }
        client
            .post(w.app.url("/api/v1/complaints"))
            .multipart(form)
            .send()
    };
    // A file that is not accepted refuses the complaint: nothing is stored.
    let res = send(vec![("cat.jpg", b"<svg></svg>".to_vec())], &["trade_union"])
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["field"], "files", "{body}");
    assert_eq!(count_complaints(&w.app).await, 0);
    assert!(stored(&w.app).await.is_empty());

    let res = send(
        vec![("p.jpg", jpeg_with_gps(20, 10)), ("c.pdf", pdf())],
        &["trade_union"],
    )
    .await
    .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["referrals"], 2, "{body}");
    assert_eq!(
        body["files"]["files"].as_array().unwrap().len(),
        2,
        "{body}"
    );
    assert_eq!(body["files"]["location_removed"], true);
    assert_eq!(count_complaints(&w.app).await, 1);
    assert_eq!(file_rows(&w.app).await.len(), 2);
    // The union (chosen) opens the photo; the inspectorate (not chosen) does not.
    let (to_inspectorate, to_union) = referrals(&w).await;
    let photo = body["files"]["files"][0]["id"].as_str().unwrap().to_owned();
    let union = w.app.signed_in("union_n").await;
    let res = union.get(&format!("/cases/{to_union}/files/{photo}")).await;
    assert_eq!(res.status().as_u16(), 200);
    let inspector = w.app.signed_in("inspector_q").await;
    let res = inspector
        .get(&format!("/cases/{to_inspectorate}/files/{photo}"))
        .await;
    assert_eq!(res.status().as_u16(), 404);

    // Without a complaint part, or with one that is not the complaint's JSON: 400.
    for form in [
        Form::new().text("files_shared_with", "trade_union"),
        Form::new().text("complaint", "{\"is_admin\": true}"),
    ] {
        let res = client
            .post(w.app.url("/api/v1/complaints"))
            .multipart(form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 400);
    }
    assert_eq!(count_complaints(&w.app).await, 1);
}

#[tokio::test]
async fn a_heic_photo_from_an_iphone_is_taken_as_a_jpeg_without_its_location() {
    let w = world().await;
    let worker = w.app.browser();
    let Some(heic) = fairrecruit::evidence::samples::heic_with_gps(120, 80) else {
        // Without libheif's tools (CI installs them), HEIC is refused like any other format.
        let header = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
        let (status, page) = file_with(
            &worker,
            &fields(&w, &["trade_union"]),
            vec![("IMG_1.HEIC", header)],
        )
        .await;
        assert_eq!(status, 400, "{page}");
        assert!(page.contains("This kind of file is not accepted."));
        return;
    };
    let (status, page) = file_with(
        &worker,
        &fields(&w, &["labour_inspectorate"]),
        vec![("IMG_1.HEIC", heic)],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Location data and the phone&#39;s details were removed"));
    let (to_inspectorate, _) = referrals(&w).await;
    let photo = file_rows(&w.app).await[0].0.clone();
    let inspector = w.app.signed_in("inspector_q").await;
    let res = inspector
        .get(&format!("/cases/{to_inspectorate}/files/{photo}"))
        .await;
    assert_eq!(res.headers()["content-type"], "image/jpeg");
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.ends_with(".jpg"), "{disposition}");
    let bytes = res.bytes().await.unwrap();
    for word in [&b"Exif"[..], b"GPS", b"PhoneMaker"] {
        assert!(!holds(&bytes, word));
    }
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (120, 80));
}

/// The names waiting for the purge.
async fn due_names(app: &crate::helpers::TestApp) -> Vec<String> {
    use diesel::prelude::*;
    use fairrecruit::db::schema::file_purges;
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        file_purges::table
            .select(file_purges::stored_name)
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

#[tokio::test]
async fn the_purge_takes_only_what_no_row_names_without_listing_the_store() {
    let w = world().await;
    let worker = w.app.browser();
    let (status, _) = file_with(
        &worker,
        &fields(&w, &["trade_union"]),
        vec![("p.jpg", jpeg_with_gps(9, 9))],
    )
    .await;
    assert_eq!(status, 200);
    // Committed: nothing waits for the purge, and the purge, even hours later, keeps it.
    assert!(due_names(&w.app).await.is_empty());
    assert_eq!(super::evidence::purge(&w.app, 5).await, 0);
    assert_eq!(stored(&w.app).await.len(), 1);

    // A file written by an upload that never committed (a crash between the store and the
    // database): its name was recorded first, due an hour later.
    let (store, pool) = (w.app.store.clone(), w.app.pool.clone());
    let name = fairrecruit::evidence::stored_name();
    let written = name.clone();
    tokio::task::spawn_blocking(move || {
        let hour_later = fairrecruit::clock::now() + chrono::Duration::hours(1);
        fairrecruit::db::evidence::expect(
            &mut pool.get().unwrap(),
            std::slice::from_ref(&written),
            hour_later,
        )
        .unwrap();
        store.put(&written, b"sealed bytes".to_vec()).unwrap();
    })
    .await
    .unwrap();
    // An upload in flight is never taken: not before its hour.
    assert_eq!(super::evidence::purge(&w.app, 0).await, 0);
    assert_eq!(stored(&w.app).await.len(), 2);
    assert_eq!(super::evidence::purge(&w.app, 2).await, 1);
    let left = stored(&w.app).await;
    assert_eq!(left.len(), 1);
    assert_ne!(left[0].0, name);
    assert!(due_names(&w.app).await.is_empty());
}

#[tokio::test]
async fn a_complaint_with_files_sent_with_a_stale_token_comes_back_with_every_word() {
    let w = world().await;
    let worker = w.app.browser();
    let fresh = worker.csrf().await;
    // A token of another cookie: what a page kept open past its token, or restored from a
    // draft after a lost connection, sends.
    let mut form = Form::new().text("csrf", "ab".repeat(32));
    for (name, value) in fields(&w, &["labour_inspectorate"]) {
        form = form.text(name.to_owned(), value.to_owned());
    }
    form = form.part("files", Part::bytes(pdf()).file_name("contract.pdf"));
    let (status, page) = send_multipart(&worker, "/complaints/new?lang=en", form).await;
    assert_eq!(status, 403, "{page}");
    assert!(
        page.contains("This form had expired, so nothing was sent."),
        "{page}"
    );
    assert!(
        page.contains("wage &#60; promised &#38; &#34;no days off&#34;"),
        "{page}"
    );
    assert!(page.contains(&format!("name=\"csrf\" value=\"{fresh}\"")));
    assert!(page.contains("Choose the files again"), "{page}");
    assert_eq!(count_complaints(&w.app).await, 0);
    assert!(file_rows(&w.app).await.is_empty());
    assert!(stored(&w.app).await.is_empty(), "no file was read");
    // Without files, the same; and a token in the wrong place is refused as before.
    let mut form = Form::new().text("csrf", "cd".repeat(32));
    for (name, value) in fields(&w, &[]) {
        form = form.text(name.to_owned(), value.to_owned());
    }
    let (status, page) = send_multipart(&worker, "/complaints/new?lang=en", form).await;
    assert_eq!(status, 403);
    assert!(page.contains("had expired, so nothing was sent"));
    let form = Form::new()
        .text("origin", "NP")
        .text("csrf", "ab".repeat(32));
    let (status, page) = send_multipart(&worker, "/complaints/new?lang=en", form).await;
    assert_eq!(status, 403);
    assert!(!page.contains("had expired, so nothing was sent"));
    assert_eq!(count_complaints(&w.app).await, 0);
}
