//! Evidence (issue 15): a worker adds photos, documents and voice notes on `/track`; they are
//! cleaned (a photo's GPS is gone, parsed back), sealed (the store holds no plaintext), shown
//! only to the kinds of organisation the worker chose, served so they cannot run; hostile and
//! oversized uploads are refused with nothing stored; retention takes the files with it.

use diesel::prelude::*;
use fairrecruit::db::schema::evidence_files;
use fairrecruit::evidence::samples::jpeg_with_gps;
use reqwest::multipart::{Form, Part};

use super::{World, complaint, file_api, referrals_by_org, world, world_with};
use crate::helpers::{Browser, TestApp};

/// A complaint shared with the inspectorate and the union; its receipt.
async fn filed(w: &World) -> String {
    let (status, body) = file_api(
        &w.app,
        complaint(&w.recruiter, &["labour_inspectorate", "trade_union"]),
    )
    .await;
    assert_eq!(status, 201, "{body}");
    body["receipt"].as_str().unwrap().to_owned()
}

/// The complaint's referrals: (to the inspectorate, to the union).
pub(super) async fn referrals(w: &World) -> (i64, i64) {
    let all = referrals_by_org(&w.app).await;
    let to = |org: i64| all.iter().find(|(_, o)| *o == org).unwrap().0;
    (to(w.inspectorate), to(w.union))
}

/// Posts a multipart form as a page sends it: the CSRF token first, the text fields in the
/// order given, the files last. The status and the page.
pub(super) async fn post_multipart(
    browser: &Browser,
    path: &str,
    fields: &[(&str, &str)],
    files: Vec<(&str, Vec<u8>)>,
) -> (u16, String) {
    let mut form = Form::new().text("csrf", browser.csrf().await);
    for (name, value) in fields {
        form = form.text(name.to_string(), value.to_string());
    }
    for (name, bytes) in files {
        form = form.part("files", Part::bytes(bytes).file_name(name.to_owned()));
    }
    send_multipart(browser, path, form).await
}

/// Posts a multipart form built by the test, as is.
pub(super) async fn send_multipart(browser: &Browser, path: &str, form: Form) -> (u16, String) {
    let res = browser
        .client
        .post(browser.url(path))
        .multipart(form)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

/// Posts an upload from `/track` as `browser`.
async fn upload(
    browser: &Browser,
    receipt: &str,
    shared_with: &[&str],
    files: Vec<(&str, Vec<u8>)>,
) -> (u16, String) {
    let mut fields = vec![("receipt", receipt)];
    fields.extend(shared_with.iter().map(|kind| ("shared_with", *kind)));
    post_multipart(browser, "/track/files?lang=en", &fields, files).await
}

/// A world whose file store is down: on S3 a server that does not answer, in a folder the
/// folder turned into a file.
pub(super) async fn world_with_store_down() -> World {
    let w = world_with(|c| {
        if let Some(s3) = c.s3.as_mut() {
            s3.endpoint = Some("http://127.0.0.1:9".into());
        }
    })
    .await;
    if std::env::var("FAIRRECRUIT_TEST_STORE").as_deref() != Ok("s3") {
        std::fs::remove_dir_all(&w.app.files_dir).unwrap();
        std::fs::write(&w.app.files_dir, b"not a folder").unwrap();
    }
    w
}

pub(super) async fn file_rows(app: &TestApp) -> Vec<(String, String)> {
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        evidence_files::table
            .order(evidence_files::id)
            .select((evidence_files::public_id, evidence_files::stored_name))
            .load(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap()
}

/// Every file in the store (the folder, or the test's bucket) and its bytes.
pub(super) async fn stored(app: &TestApp) -> Vec<(String, Vec<u8>)> {
    let store = app.store.clone();
    tokio::task::spawn_blocking(move || {
        store
            .list()
            .unwrap_or_default()
            .into_iter()
            .map(|(name, _)| {
                let bytes = store.get(&name).unwrap();
                (name, bytes)
            })
            .collect()
    })
    .await
    .unwrap()
}

/// Runs the purge as the hourly job would, `hours` from now; how many files it removed.
pub(super) async fn purge(app: &TestApp, hours: i64) -> usize {
    let (store, pool) = (app.store.clone(), app.pool.clone());
    tokio::task::spawn_blocking(move || {
        let at = fairrecruit::clock::now() + chrono::Duration::hours(hours);
        fairrecruit::app::evidence::purge_orphans(&mut pool.get().unwrap(), store.as_ref(), at)
            .unwrap()
    })
    .await
    .unwrap()
}

pub(super) fn holds(bytes: &[u8], word: &[u8]) -> bool {
    bytes.windows(word.len()).any(|w| w == word)
}

/// A tiny PDF carrying an author and a word to look for.
pub(super) fn pdf() -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Author (CANARYAUTHOR) /Producer (PhoneMaker Scanner) >>",
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[tokio::test]
async fn a_worker_adds_a_photo_its_location_is_gone_and_only_the_chosen_organisations_open_it() {
    let w = world().await;
    let receipt = filed(&w).await;
    let worker = w.app.browser();
    let long_name = format!("../../{}\u{202E}gpj.exe", "x".repeat(5000));
    let (status, page) = upload(
        &worker,
        &receipt,
        &["labour_inspectorate"],
        vec![
            (&long_name, jpeg_with_gps(320, 240)),
            ("contract.pdf", pdf()),
        ],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Your files were added to the complaint."));
    assert!(
        page.contains("Location data and the phone&#39;s details were removed from your photos.")
    );
    // The worker sees what they sent, the name without its path or override.
    assert!(page.contains("contract.pdf"));
    assert!(!page.contains("../"));
    assert!(!page.contains('\u{202E}'));

    // Sealed: the store holds generated names and no plaintext of either file.
    let rows = file_rows(&w.app).await;
    assert_eq!(rows.len(), 2);
    let files = stored(&w.app).await;
    assert_eq!(files.len(), 2);
    for (name, bytes) in &files {
        assert!(rows.iter().any(|(_, stored)| stored == name), "{name}");
        for word in [
            &b"Exif"[..],
            b"PhoneMaker",
            b"CANARYAUTHOR",
            b"%PDF",
            b"JFIF",
        ] {
            assert!(
                !holds(bytes, word),
                "{name} holds {}",
                String::from_utf8_lossy(word)
            );
        }
    }

    // The inspectorate opens the photo: cleaned (no Exif, no GPS, parsed back), served safely.
    let (to_inspectorate, to_union) = referrals(&w).await;
    let inspector = w.app.signed_in("inspector_q").await;
    let (_, case) = inspector
        .get_text(&format!("/cases/{to_inspectorate}?lang=en"))
        .await;
    let (photo, document) = (&rows[0].0, &rows[1].0);
    assert!(case.contains(&format!("/cases/{to_inspectorate}/files/{photo}")));
    let res = inspector
        .get(&format!("/cases/{to_inspectorate}/files/{photo}"))
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let headers = res.headers().clone();
    assert_eq!(headers["content-type"], "image/jpeg");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("sandbox")
    );
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("inline"), "{disposition}");
    // Saved as what it now is: the sent name, ending in `.jpg`.
    assert!(disposition.ends_with(".jpg"), "{disposition}");
    let bytes = res.bytes().await.unwrap();
    assert!(!holds(&bytes, b"Exif") && !holds(&bytes, b"GPS") && !holds(&bytes, b"PhoneMaker"));
    let decoded = image::load_from_memory(&bytes).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (320, 240));
    // The PDF is a download, without its author.
    let res = inspector
        .get(&format!("/cases/{to_inspectorate}/files/{document}"))
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let disposition = res.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    assert!(disposition.contains("contract.pdf"));
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(!holds(&bytes, b"CANARYAUTHOR"));

    // The union was not chosen: not listed, and the same 404 as a file that does not exist.
    let union = w.app.signed_in("union_n").await;
    let (_, case) = union.get_text(&format!("/cases/{to_union}?lang=en")).await;
    assert!(!case.contains(photo.as_str()));
    for path in [
        format!("/cases/{to_union}/files/{photo}"),
        format!("/cases/{to_union}/files/{}", "0".repeat(32)),
        format!("/cases/{to_inspectorate}/files/{photo}"),
        format!("/cases/{to_union}/files/..%2f..%2fetc"),
    ] {
        assert_eq!(union.get(&path).await.status().as_u16(), 404, "{path}");
    }
}

/// (what, kinds ticked, files, what the page says).
type Refused<'a> = (&'a str, Vec<&'a str>, Vec<(&'a str, Vec<u8>)>, &'a str);

#[tokio::test]
async fn refused_uploads_say_why_keep_the_choices_and_store_nothing() {
    let w = world_with(|c| c.evidence.file_bytes = 300_000).await;
    let receipt = filed(&w).await;
    let worker = w.app.browser();
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec();
    // A PNG declaring 50,000 × 50,000 pixels in a few bytes.
    let bomb = fairrecruit::evidence::samples::png_declaring(50_000, 50_000);
    let polyglot = [
        &b"%PDF-1.4\n<html><script>alert(1)</script>"[..],
        &jpeg_with_gps(8, 8),
    ]
    .concat();
    let cases: Vec<Refused> = vec![
        (
            "svg",
            vec!["trade_union"],
            vec![("photo.jpg", svg)],
            "This kind of file is not accepted",
        ),
        (
            "html",
            vec!["trade_union"],
            vec![("letter.jpg", b"<!DOCTYPE html><p>hi</p>".to_vec())],
            "This kind of file is not accepted",
        ),
        (
            "bomb",
            vec!["trade_union"],
            vec![("big.png", bomb)],
            "A photo is too large",
        ),
        (
            "polyglot",
            vec!["trade_union"],
            vec![("x.pdf", polyglot)],
            "could not be read",
        ),
        (
            "too large",
            vec!["trade_union"],
            vec![("big.jpg", vec![0xFF; 400_000])],
            "larger than allowed",
        ),
        (
            "too many",
            vec!["trade_union"],
            (0..6).map(|_| ("p.jpg", jpeg_with_gps(8, 8))).collect(),
            "Too many files",
        ),
        (
            "no one",
            vec![],
            vec![("p.jpg", jpeg_with_gps(8, 8))],
            "Choose who may see",
        ),
        (
            "not shared",
            vec!["legal_aid"],
            vec![("p.jpg", jpeg_with_gps(8, 8))],
            "Choose who may see",
        ),
        (
            "nothing",
            vec!["trade_union"],
            vec![],
            "Choose at least one file",
        ),
    ];
    for (what, share, files, says) in cases {
        let (status, page) = upload(&worker, &receipt, &share, files).await;
        assert_eq!(status, 400, "{what}: {page}");
        assert!(page.contains(says), "{what}: {page}");
        assert!(page.contains("Choose the files again"), "{what}");
        assert!(file_rows(&w.app).await.is_empty(), "{what}");
        assert!(stored(&w.app).await.is_empty(), "{what}");
    }
    // The ticked choice comes back ticked.
    let (_, page) = upload(
        &worker,
        &receipt,
        &["trade_union"],
        vec![("a.exe", b"MZ".to_vec())],
    )
    .await;
    assert!(page.contains("value=\"trade_union\" checked"));
    assert!(!page.contains("value=\"labour_inspectorate\" checked"));
}

#[tokio::test]
async fn malformed_uploads_are_refused_before_anything_is_stored() {
    let w = world().await;
    let receipt = filed(&w).await;
    let worker = w.app.browser();
    // Unknown fields, a missing or late CSRF token, a body that is not multipart, a cut-off
    // upload: clear refusals, nothing stored.
    let token = worker.csrf().await;
    let send = |form: Form| {
        worker
            .client
            .post(worker.url("/track/files"))
            .multipart(form)
            .send()
    };
    let unknown = Form::new()
        .text("csrf", token.clone())
        .text("receipt", receipt.clone())
        .text("admin", "1");
    assert_eq!(send(unknown).await.unwrap().status().as_u16(), 400);
    let late = Form::new()
        .text("receipt", receipt.clone())
        .text("csrf", token.clone());
    assert_eq!(send(late).await.unwrap().status().as_u16(), 403);
    let res = worker
        .post_form("/track/files", &[("receipt", &receipt)])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let mut cut = format!(
        "--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n--XYZ\r\n\
         Content-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n\r\n"
    )
    .into_bytes();
    cut.extend_from_slice(&[0xFF, 0xD8, 0xFF]);
    let res = worker
        .client
        .post(worker.url("/track/files"))
        .header("content-type", "multipart/form-data; boundary=XYZ")
        .body(cut)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    // A receipt that names nothing: refused before any file is taken in.
    let (status, page) = upload(
        &worker,
        "1234 5678 9012 3456",
        &["trade_union"],
        vec![("p.jpg", jpeg_with_gps(8, 8))],
    )
    .await;
    assert_eq!(status, 404, "{page}");
    assert!(file_rows(&w.app).await.is_empty());
    assert!(stored(&w.app).await.is_empty());
}

#[tokio::test]
async fn the_complaint_limit_and_retention() {
    let w = world_with(|c| c.evidence.complaint_bytes = 60_000).await;
    let receipt = filed(&w).await;
    let worker = w.app.browser();
    let photo = || ("p.jpg", jpeg_with_gps(160, 120));
    let (status, page) = upload(&worker, &receipt, &["trade_union"], vec![photo()]).await;
    assert_eq!(status, 200, "{page}");
    // Past the complaint's total: refused, and the file written for it removed again.
    let many: Vec<_> = (0..5)
        .map(|i| ("p.jpg", jpeg_with_gps(400 + i, 300)))
        .collect();
    let (status, page) = upload(&worker, &receipt, &["trade_union"], many).await;
    assert_eq!(status, 400);
    assert!(page.contains("keeps as many files as it can"));
    assert_eq!(file_rows(&w.app).await.len(), 1);
    assert_eq!(stored(&w.app).await.len(), 1);

    // The worker deletes what they wrote: the rows go now, the bytes at the next purge.
    let res = worker
        .post_form(
            "/track/delete",
            &[("receipt", &receipt), ("confirm_delete", "yes")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(file_rows(&w.app).await.is_empty());
    assert_eq!(stored(&w.app).await.len(), 1);
    assert_eq!(purge(&w.app, 0).await, 1);
    assert!(stored(&w.app).await.is_empty());
    assert_eq!(purge(&w.app, 0).await, 0);
}

#[tokio::test]
async fn the_api_takes_files_by_receipt_and_the_chosen_staff_read_them() {
    let w = world().await;
    let receipt = filed(&w).await;
    let send = |receipt: String, name: &'static str, bytes: Vec<u8>| {
        let form = Form::new()
            .text("receipt", receipt)
            .text("shared_with", "labour_inspectorate")
            .part("files", Part::bytes(bytes).file_name(name));
        reqwest::Client::new()
            .post(w.app.url("/api/v1/track/files"))
            .multipart(form)
            .send()
    };
    let res = send(receipt.clone(), "payslip.jpg", jpeg_with_gps(64, 64))
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["location_removed"], true);
    let id = body["files"][0]["id"].as_str().unwrap().to_owned();
    assert_eq!(body["files"][0]["kind"], "photo");
    // Refusals are JSON on their field; an unknown receipt is a 404.
    let res = send(receipt.clone(), "x.jpg", b"<svg/>".to_vec())
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 400);
    let refused: serde_json::Value = res.json().await.unwrap();
    assert_eq!(refused["field"], "files");
    let res = send("1234 5678 9012 3456".into(), "x.jpg", jpeg_with_gps(8, 8))
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(file_rows(&w.app).await.len(), 1);

    // The worker's view lists it by name.
    let (_, tracked) = super::track_api(&w.app, &receipt).await;
    assert_eq!(tracked["files"][0]["name"], "payslip.jpg");

    let (to_inspectorate, to_union) = referrals(&w).await;
    let token = w
        .app
        .api_token("inspector_q", crate::helpers::PASSWORD)
        .await;
    let (_, case) =
        super::api_get(&w.app, &token, &format!("/api/v1/cases/{to_inspectorate}")).await;
    assert_eq!(case["files"][0]["id"], id.as_str());
    let res = reqwest::Client::new()
        .get(
            w.app
                .url(&format!("/api/v1/cases/{to_inspectorate}/files/{id}")),
        )
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let bytes = res.bytes().await.unwrap();
    assert!(!holds(&bytes, b"Exif"));
    let union = w.app.api_token("union_n", crate::helpers::PASSWORD).await;
    let (_, case) = super::api_get(&w.app, &union, &format!("/api/v1/cases/{to_union}")).await;
    assert_eq!(case["files"].as_array().unwrap().len(), 0);
    let res = reqwest::Client::new()
        .get(w.app.url(&format!("/api/v1/cases/{to_union}/files/{id}")))
        .bearer_auth(&union)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 404);
}

#[tokio::test]
async fn files_can_be_added_right_from_the_receipt_page() {
    let w = world().await;
    let worker = w.app.browser();
    let fields = [
        ("recruiter", w.recruiter.as_str()),
        ("origin", "NP"),
        ("destination", "QA"),
        ("share_with", "trade_union"),
    ];
    let (status, page) = super::file_form(&worker, &fields).await;
    assert_eq!(status, 200);
    // The receipt page offers the upload, for the kinds the complaint went to.
    assert!(page.contains("action=\"/track/files\""));
    assert!(page.contains("value=\"trade_union\" checked"));
    assert!(!page.contains("value=\"labour_inspectorate\""));
    let receipt = super::receipt_in(&page);
    let (status, page) = upload(
        &worker,
        &receipt,
        &["trade_union"],
        vec![(
            "note.mp3",
            [&[0xFF, 0xFB, 0x90, 0x64][..], &[0u8; 600]].concat(),
        )],
    )
    .await;
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("note.mp3"));
    assert!(!page.contains("removed from your photos"));
}

#[tokio::test]
async fn a_store_that_is_down_is_a_503_and_nothing_is_kept() {
    let w = world_with_store_down().await;
    let receipt = filed(&w).await;
    let worker = w.app.browser();
    let (status, page) = upload(
        &worker,
        &receipt,
        &["trade_union"],
        vec![("q.jpg", jpeg_with_gps(9, 9))],
    )
    .await;
    assert_eq!(status, 503, "{page}");
    assert!(file_rows(&w.app).await.is_empty());
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/track/files"))
        .multipart(
            Form::new()
                .text("receipt", receipt.clone())
                .text("shared_with", "trade_union")
                .part("files", Part::bytes(jpeg_with_gps(9, 9)).file_name("q.jpg")),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 503);
    assert!(file_rows(&w.app).await.is_empty());
}

#[tokio::test]
async fn staff_send_files_the_worker_opens_and_no_other_organisation_sees() {
    let w = world().await;
    let receipt = filed(&w).await;
    let (to_inspectorate, to_union) = referrals(&w).await;
    let inspector = w.app.signed_in("inspector_q").await;
    let form = Form::new()
        .text("csrf", inspector.csrf().await)
        .part("files", Part::bytes(pdf()).file_name("decision.pdf"));
    let res = inspector
        .client
        .post(inspector.url(&format!("/cases/{to_inspectorate}/files")))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 303);
    let (_, case) = inspector
        .get_text(&format!("/cases/{to_inspectorate}?lang=en"))
        .await;
    assert!(case.contains("decision.pdf") && case.contains("sent by your organisation"));
    let rows = file_rows(&w.app).await;
    assert_eq!(rows.len(), 1);
    let id = rows[0].0.clone();

    // The worker sees it and opens it with the receipt (in the body, never the address).
    let worker = w.app.browser();
    let res = worker
        .post_form("/track?lang=en", &[("receipt", &receipt)])
        .await;
    let page = res.text().await.unwrap();
    assert!(page.contains("decision.pdf") && page.contains("sent to you by the organisation"));
    let res = worker
        .post_form("/track/files/open", &[("receipt", &receipt), ("file", &id)])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert!(
        res.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let bytes = res.bytes().await.unwrap();
    assert!(bytes.starts_with(b"%PDF") && !holds(&bytes, b"CANARYAUTHOR"));
    let res = reqwest::Client::new()
        .post(w.app.url("/api/v1/track/files/open"))
        .json(&serde_json::json!({"receipt": receipt, "file": id}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let res = worker
        .post_form(
            "/track/files/open",
            &[("receipt", &receipt), ("file", &"0".repeat(32))],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);

    // The union (another organisation on the same complaint) neither sees nor opens it.
    let union = w.app.signed_in("union_n").await;
    let (_, case) = union.get_text(&format!("/cases/{to_union}?lang=en")).await;
    assert!(!case.contains("decision.pdf"));
    let path = format!("/cases/{to_union}/files/{id}");
    assert_eq!(union.get(&path).await.status().as_u16(), 404);
    // Nor can it send on the inspectorate's referral; the API takes the same upload.
    let token = w.app.api_token("union_n", crate::helpers::PASSWORD).await;
    let send = |referral: i64, token: String| {
        reqwest::Client::new()
            .post(w.app.url(&format!("/api/v1/cases/{referral}/files")))
            .bearer_auth(token)
            .multipart(Form::new().part("files", Part::bytes(pdf()).file_name("x.pdf")))
            .send()
    };
    assert_eq!(
        send(to_inspectorate, token.clone())
            .await
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    let res = send(to_union, token).await.unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let body: serde_json::Value = res.json().await.unwrap();
    assert_eq!(body["files"][0]["sent_by_staff"], true);
    assert_eq!(file_rows(&w.app).await.len(), 2);
}
