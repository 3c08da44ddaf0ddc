//! What an outside probe found (issue 23): links never built from the request path, HEAD
//! answered as GET, slow senders cut off, undecodable form bytes refused on their field,
//! tokens not valid yet refused (in auth/tokens.rs) and refer-on within the complaint's
//! countries (in complaints/casework.rs).

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::helpers::{TestApp, sample_csv, spawn_app, spawn_app_with};

fn host_of(app: &TestApp) -> String {
    app.address.trim_start_matches("http://").to_owned()
}

/// Sends `request` as raw bytes and reads the answer until the server closes (at most
/// `within`; a server that keeps the connection open longer fails the test).
async fn raw(app: &TestApp, request: &[u8], within: Duration) -> String {
    let mut stream = TcpStream::connect(host_of(app)).await.unwrap();
    stream.write_all(request).await.unwrap();
    let mut answer = Vec::new();
    tokio::time::timeout(within, stream.read_to_end(&mut answer))
        .await
        .expect("the server closes the connection")
        .ok();
    String::from_utf8_lossy(&answer).into_owned()
}

/// Every `href="…"` of a page.
fn hrefs(page: &str) -> Vec<&str> {
    page.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

#[tokio::test]
async fn no_link_is_built_from_the_request_path() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    for path in [
        "//evil.example/",
        "/\\evil.example/",
        "//evil.example/reports?lang=ne",
    ] {
        let request = format!("GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        let answer = raw(&app, request.as_bytes(), Duration::from_secs(20)).await;
        assert!(answer.starts_with("HTTP/1.1 404"), "{path}: {answer}");
        assert!(!answer.contains("evil.example"), "{path} is written back");
        let body = &answer[answer.find("\r\n\r\n").unwrap()..];
        for href in hrefs(body) {
            assert!(
                href.starts_with('/') && !href.starts_with("//")
                    || href.starts_with('?')
                    || href.starts_with('#'),
                "{path}: {href}"
            );
        }
    }
    // Pages whose links keep the query (language switcher, CSV, pages of a report) write
    // the route's own path or the query alone.
    for page in [
        "/recruiters?q=everest",
        "/reports/recruiters",
        "/reports/corridors",
        "/reports/justice",
    ] {
        let (status, html) = app.get_text(page).await;
        assert_eq!(status, 200, "{page}");
        let links = hrefs(&html);
        assert!(
            links
                .iter()
                .any(|h| h.contains("?") && h.contains("lang=ar")),
            "{page}"
        );
        for href in links {
            assert!(
                !href.starts_with("//") && !href.contains('\\') && !href.contains("://"),
                "{page}: {href}"
            );
        }
    }
}

#[tokio::test]
async fn head_is_answered_as_get_without_a_body() {
    let app = spawn_app().await;
    for path in ["/", "/recruiters", "/api/v1/recruiters", "/healthz"] {
        let get = app.client.get(app.url(path)).send().await.unwrap();
        let head = app.client.head(app.url(path)).send().await.unwrap();
        assert_eq!(head.status(), get.status(), "{path}");
        assert_eq!(
            head.headers().get("content-type"),
            get.headers().get("content-type"),
            "{path}"
        );
        assert!(head.bytes().await.unwrap().is_empty(), "{path}");
    }
    // HEAD where only POST is allowed is still a 405.
    let res = app
        .client
        .head(app.url("/api/v1/auth/token"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 405);
}

#[tokio::test]
async fn a_dripping_client_is_cut_off_while_a_slow_phone_upload_succeeds() {
    let app = spawn_app_with(|c| {
        c.timeouts.body = Duration::from_secs(2);
        c.timeouts.header = Duration::from_secs(2);
    })
    .await;
    app.import_csv(&sample_csv()).await;
    // 100 bytes announced, one sent every 250 ms (25 s in all): answered 408 and closed
    // after about 2 s, well before the drip would end.
    let answer = slow_send(
        &app,
        b"POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n",
        vec![b" ".to_vec(); 100],
        Duration::from_millis(250),
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("request_timeout"), "{answer}");

    // Headers that never end: the connection is closed too.
    let answer = raw(
        &app,
        b"GET / HTTP/1.1\r\nHost: x\r\n",
        Duration::from_secs(20),
    )
    .await;
    assert!(!answer.contains("200 OK"), "{answer}");

    // The largest review the API takes (256 KiB) in 16 KiB pieces over about a second, as
    // a slow phone sends it: it arrives and is answered on its merits (the text is too
    // long: a 400 on `text`, not a 408).
    let id = app.id_of("NP-0001").await;
    let text = "ब".repeat(80_000);
    let body = format!(
        r#"{{"recruiter_id":"{id}","origin":"NP","destination":"QA","departure_year":2024,"ratings":{{"overall":3}},"text":"{text}"}}"#
    );
    assert!(body.len() > 200 * 1024 && body.len() <= 256 * 1024);
    let head = format!(
        "POST /api/v1/reviews HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let chunks = body
        .as_bytes()
        .chunks(16 * 1024)
        .map(<[u8]>::to_vec)
        .collect();
    let answer = slow_send(&app, head.as_bytes(), chunks, Duration::from_millis(60)).await;
    assert!(
        answer.starts_with("HTTP/1.1 400"),
        "{}",
        &answer[..answer.len().min(300)]
    );
    assert!(answer.contains("\"field\":\"text\""));
}

/// Sends `head`, then each chunk after `pause`, while reading the answer until the server
/// closes the connection (at most 20 s).
async fn slow_send(app: &TestApp, head: &[u8], chunks: Vec<Vec<u8>>, pause: Duration) -> String {
    let stream = TcpStream::connect(host_of(app)).await.unwrap();
    let (mut read, mut write) = stream.into_split();
    write.write_all(head).await.unwrap();
    let sender = tokio::spawn(async move {
        for chunk in chunks {
            tokio::time::sleep(pause).await;
            if write.write_all(&chunk).await.is_err() {
                break;
            }
        }
        write
    });
    let mut answer = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), read.read_to_end(&mut answer))
        .await
        .expect("the server answers and closes")
        .ok();
    sender.abort();
    String::from_utf8_lossy(&answer).into_owned()
}

/// A form body with the CSRF token of `browser` and `rest` as raw, already-encoded text.
async fn raw_form(browser: &crate::helpers::Browser, path: &str, rest: &str) -> (u16, String) {
    browser.post_raw_form(path, rest.as_bytes()).await
}

#[tokio::test]
async fn undecodable_form_bytes_are_refused_on_their_field_and_the_rest_comes_back() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    let browser = app.browser();
    // A review whose story is not UTF-8: 400, the story's field says so, the occupation
    // typed beside it comes back, nothing is stored.
    let (status, page) = raw_form(
        &browser,
        &format!("/recruiters/{id}/review?lang=en"),
        "origin=NP&destination=QA&departure_year=2024&rating_overall=3&occupation=Mason&body=ok%C3%28",
    )
    .await;
    assert_eq!(status, 400);
    assert!(page.contains("could not be read"), "{page}");
    assert!(page.contains("value=\"Mason\""));
    let (_, queue) = {
        let pool = app.pool.clone();
        tokio::task::spawn_blocking(move || {
            fairrecruit::db::reviews::queue(&mut pool.get().unwrap(), 10).unwrap()
        })
        .await
        .unwrap()
    };
    assert_eq!(queue, 0, "nothing stored");
    // Sign-in with such a password or name: a 400 on the field, not a failed sign-in.
    app.create_account("worker", "worker_one", None).await;
    for (field, body) in [
        (
            "password",
            "username=worker_one&password=%C3%28%C3%28%C3%28%C3%28%C3%28",
        ),
        ("username", "username=worker%FF&password=whatever-it-is"),
    ] {
        let (status, page) = raw_form(&browser, "/login?lang=en", body).await;
        assert_eq!(status, 400, "{field}");
        assert!(page.contains("could not be read"), "{field}");
    }
    let (status, page) = raw_form(
        &app.browser(),
        "/register?lang=en",
        "username=new%C3%28name&password=monsoon-tea-garden-47&password_confirm=monsoon-tea-garden-47",
    )
    .await;
    assert_eq!(status, 400, "{page}");
    assert!(page.contains("could not be read"), "{page}");
}

#[tokio::test]
async fn a_flood_of_anonymous_complaints_is_throttled_and_never_refuses_a_sign_in() {
    let app = spawn_app_with(|c| c.auth.trust_forwarded_for = true).await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    app.create_account("worker", "worker_one", None).await;
    let flood = (0..40).map(|_| {
        let url = app.url("/api/v1/complaints");
        let recruiter = recruiter.clone();
        async move {
            let res = reqwest::Client::new()
                .post(url)
                .header("x-forwarded-for", "203.0.113.7")
                .json(&serde_json::json!({
                    "recruiter": recruiter, "origin": "NP", "destination": "QA",
                    "share_with": ["labour_inspectorate"],
                }))
                .send()
                .await
                .unwrap();
            let retry = res.headers().contains_key("retry-after");
            (res.status().as_u16(), retry)
        }
    });
    let sign_ins = (0..6).map(|_| {
        let url = app.url("/api/v1/auth/token");
        async move {
            reqwest::Client::new()
                .post(url)
                .header("x-forwarded-for", "198.51.100.2")
                .json(&serde_json::json!({"username": "worker_one", "password": crate::helpers::PASSWORD}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    });
    let (filed, signed) = tokio::join!(
        futures_util::future::join_all(flood),
        futures_util::future::join_all(sign_ins)
    );
    assert!(signed.iter().all(|s| *s == 200), "sign-ins: {signed:?}");
    let accepted = filed.iter().filter(|(s, _)| *s == 201).count();
    assert_eq!(accepted, 5, "{filed:?}");
    assert!(
        filed
            .iter()
            .all(|(s, retry)| *s == 201 || (*s == 429 && *retry))
    );
    // Another address still files.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .header("x-forwarded-for", "198.51.100.9")
        .json(&serde_json::json!({
            "recruiter": recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
}

#[tokio::test]
async fn look_alike_usernames_are_refused_and_old_keys_are_recomputed() {
    let app = spawn_app().await;
    let browser = app.browser();
    let register = |name: &'static str| {
        let browser = &browser;
        async move {
            let res = browser
                .post_form(
                    "/register?lang=en",
                    &[
                        ("username", name),
                        ("password", crate::helpers::PASSWORD),
                        ("password_confirm", crate::helpers::PASSWORD),
                    ],
                )
                .await;
            let status = res.status().as_u16();
            (status, res.text().await.unwrap())
        }
    };
    assert_eq!(register("lkzq83960user").await.0, 303);
    for look_alike in [
        "lkzq83960us\u{0435}r", // Cyrillic е
        "\u{FF4C}kzq83960user", // full-width ｌ
        "LKZQ83960USER",
    ] {
        let (status, page) = register(look_alike).await;
        assert_eq!(status, 400, "{look_alike}");
        assert!(page.contains("looks too much like"), "{look_alike}");
    }
    // Zero-width joiners only change how a name looks: refused.
    let (status, page) = register("ram\u{200D}kumar").await;
    assert_eq!(status, 400);
    assert!(page.contains("letters, digits"));

    // Keys stored before skeletons (here: written as the old rule made them) are
    // recomputed; a key that would clash with another account's stays as it was.
    app.create_account("worker", "s\u{0435}ta", None).await; // Cyrillic е
    app.create_account("worker", "gita", None).await;
    let pool = app.pool.clone();
    let keys = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        use fairrecruit::db::schema::users;
        let mut conn = pool.get().unwrap();
        for (name, old_key) in [
            ("s\u{0435}ta", "s\u{0435}ta"),
            ("lkzq83960user", "lkzq83960user"),
        ] {
            diesel::update(users::table.filter(users::username.eq(name)))
                .set(users::username_key.eq(old_key))
                .execute(&mut conn)
                .unwrap();
        }
        fairrecruit::db::accounts::rekey_usernames(&mut conn).unwrap();
        users::table
            .order(users::id)
            .select((users::username, users::username_key))
            .load::<(String, String)>(&mut conn)
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        keys.contains(&("s\u{0435}ta".to_owned(), "seta".to_owned())),
        "{keys:?}"
    );
    assert!(keys.contains(&("gita".to_owned(), "gita".to_owned())));
    // And the recomputed account signs in as before.
    assert_eq!(
        app.browser()
            .sign_in("s\u{0435}ta", crate::helpers::PASSWORD)
            .await,
        303
    );
}

#[tokio::test]
async fn someone_guessing_a_password_never_keeps_the_owner_out_of_a_device_they_used() {
    let app = spawn_app_with(|c| c.auth.trust_forwarded_for = true).await;
    app.create_account("worker", "ramesh_k", None).await;
    // The owner signs in on their phone once: it is remembered.
    let phone = app.browser();
    assert_eq!(
        phone.sign_in("ramesh_k", crate::helpers::PASSWORD).await,
        303
    );
    // Someone else guesses from other addresses until the account is delayed.
    let guess = |n: usize| {
        let url = app.url("/api/v1/auth/token");
        async move {
            reqwest::Client::new()
                .post(url)
                .header("x-forwarded-for", format!("203.0.113.{n}"))
                .json(&serde_json::json!({"username": "ramesh_k", "password": "wrong-guess-123"}))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }
    };
    for n in 0..5 {
        assert_eq!(guess(n).await, 401);
    }
    assert_eq!(
        guess(9).await,
        429,
        "the account is delayed for everyone else"
    );
    // The owner's phone is not: its own record is clean.
    assert_eq!(
        phone.sign_in("ramesh_k", crate::helpers::PASSWORD).await,
        303
    );
    // A browser that never signed in here waits like the guesser.
    assert_eq!(
        app.browser()
            .sign_in("ramesh_k", crate::helpers::PASSWORD)
            .await,
        429
    );
    // The API does the same with the `device` it answered.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let first: serde_json::Value = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({"username": "ramesh_k", "password": crate::helpers::PASSWORD}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let device = first["device"].as_str().unwrap().to_owned();
    for n in 10..15 {
        assert_eq!(guess(n).await, 401);
    }
    assert_eq!(guess(19).await, 429);
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({
            "username": "ramesh_k", "password": crate::helpers::PASSWORD, "device": device,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    // Another account's device token is worth nothing here.
    app.create_account("worker", "sita_b", None).await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({
            "username": "sita_b", "password": "wrong-guess-123", "device": device,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 401);
}

/// The `Location` of a redirect.
fn location(res: &reqwest::Response) -> String {
    res.headers()["location"].to_str().unwrap().to_owned()
}

/// What the public directory finds for `q`, by name (the API and the page).
async fn directory_names(app: &TestApp, q: &str) -> Vec<String> {
    let (status, json) = app.get_json(&format!("/api/v1/recruiters?q={q}")).await;
    assert_eq!(status, 200, "{json}");
    let names: Vec<String> = json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_owned())
        .collect();
    let (_, page) = app.get_text(&format!("/recruiters?q={q}&lang=en")).await;
    for name in &names {
        assert!(page.contains(name.as_str()), "the page lists {name}");
    }
    names
}

#[tokio::test]
async fn names_typed_by_workers_reach_the_directory_only_after_a_moderator_and_a_publication() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    app.create_account("moderator", "mod_a", None).await;
    let moderator = app.signed_in("mod_a").await;
    // Two sub-agents named in anonymous complaints: a broker, and an insult about a person.
    for (name, country) in [("Broker Hari Bahadur", "NP"), ("Sita Is A Liar", "NP")] {
        let res = reqwest::Client::new()
            .post(app.url("/api/v1/complaints"))
            .json(&serde_json::json!({
                "sub_agent_name": name, "sub_agent_country": country,
                "origin": "NP", "destination": "QA", "share_with": ["trade_union"],
                "description": "He kept my passport."
            }))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status().as_u16(), 201);
    }
    // A look-alike of a listed agency (Cyrillic е) named in another.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .json(&serde_json::json!({
            "sub_agent_name": "Everest Manpower Servic\u{0435}s",
            "origin": "NP", "destination": "QA", "share_with": ["trade_union"]
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    assert!(directory_names(&app, "hari").await.is_empty());
    assert!(directory_names(&app, "liar").await.is_empty());

    // The moderator sees the names, alphabetically, with nothing of the complaints.
    let (status, page) = moderator.get_text("/moderate/names?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("Broker Hari Bahadur") && page.contains("Sita Is A Liar"));
    assert!(!page.contains("passport") && !page.contains("/cases/"));
    let everest = app.id_of("NP-0001").await;
    assert!(
        page.contains(&format!("href=\"/recruiters/{everest}\"")),
        "the look-alike links to the listed agency"
    );
    let id_of = |name: &str| {
        let at = page.find(name).unwrap();
        let rest = &page[at..];
        let from = rest.find("/moderate/names/").unwrap() + "/moderate/names/".len();
        rest[from..from + 12].to_owned()
    };
    let (hari, liar) = (id_of("Broker Hari Bahadur"), id_of("Sita Is A Liar"));
    // The public profile of a waiting name is not found either.
    assert_eq!(app.get(&format!("/recruiters/{hari}")).await.status(), 404);
    assert_eq!(
        app.get(&format!("/api/v1/recruiters/{hari}"))
            .await
            .status(),
        404
    );

    // Workers and staff cannot decide; a moderator approves one and refuses the other.
    app.create_account("worker", "worker_w", None).await;
    let worker = app.signed_in("worker_w").await;
    let res = worker
        .post_form(&format!("/moderate/names/{hari}"), &[("action", "approve")])
        .await;
    assert_eq!(res.status().as_u16(), 403);
    let res = moderator
        .post_form(&format!("/moderate/names/{hari}"), &[("action", "list_it")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let res = moderator
        .post_form(&format!("/moderate/names/{hari}"), &[("action", "approve")])
        .await;
    assert_eq!(location(&res), "/moderate/names?done=approved");
    let res = moderator
        .post_form(&format!("/moderate/names/{liar}"), &[("action", "refuse")])
        .await;
    assert_eq!(location(&res), "/moderate/names?done=refused");
    let res = moderator
        .post_form(&format!("/moderate/names/{liar}"), &[("action", "approve")])
        .await;
    assert_eq!(location(&res), "/moderate/names?done=gone", "decided once");
    // Approved is not yet listed: the name waits for the weekly publication, so its
    // appearance says nothing of when it was named.
    assert!(directory_names(&app, "hari").await.is_empty());
    let (_, page) = moderator.get_text("/moderate/names?lang=en").await;
    assert!(!page.contains("Broker Hari Bahadur") && !page.contains("Sita Is A Liar"));
    let pool = app.pool.clone();
    tokio::task::spawn_blocking(move || {
        let now = chrono::Utc::now().naive_utc();
        fairrecruit::reports::publish_if_due(&mut pool.get().unwrap(), now).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(directory_names(&app, "hari").await, ["Broker Hari Bahadur"]);
    assert_eq!(app.get(&format!("/recruiters/{hari}")).await.status(), 200);
    assert!(directory_names(&app, "liar").await.is_empty());
    assert_eq!(app.get(&format!("/recruiters/{liar}")).await.status(), 404);
}

#[tokio::test]
async fn an_administrator_is_warned_of_a_name_that_looks_like_a_listed_agency() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    app.create_account("admin", "admin_a", None).await;
    let admin = app.signed_in("admin_a").await;
    let everest = app.id_of("NP-0001").await;
    let fields = |name: &'static str, licence: &'static str| {
        vec![
            ("name", name),
            ("licence_number", licence),
            ("licensing_country", "NP"),
            ("licence_status", "active"),
            ("destinations", "QA"),
        ]
    };
    // Cyrillic е and full-width Ｅ: refused with a warning that links the listed agency,
    // everything typed kept; nothing stored.
    for name in [
        "Everest Manpower Servic\u{0435}s",
        "\u{FF25}verest Manpower Services",
    ] {
        let res = admin
            .post_form("/admin/recruiters?lang=en", &fields(name, "NP-7777"))
            .await;
        assert_eq!(res.status().as_u16(), 409, "{name}");
        let page = res.text().await.unwrap();
        assert!(page.contains("looks like the name of a listed agency"));
        assert!(page.contains(&format!("href=\"/admin/recruiters/{everest}\"")));
        assert!(page.contains(&format!("value=\"{name}\"")));
        assert!(page.contains("value=\"NP-7777\""));
    }
    assert!(
        app.get_json("/api/v1/recruiters?q=NP-7777").await.1["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    // Ticked as a different agency: saved.
    let mut confirmed = fields("Everest Manpower Servic\u{0435}s", "NP-7777");
    confirmed.push(("different_agency", "1"));
    let res = admin.post_form("/admin/recruiters", &confirmed).await;
    assert_eq!(res.status().as_u16(), 303);
    let created = location(&res);
    // Renaming an agency to a look-alike warns the same way; keeping its name does not.
    let himalaya = app.id_of("NP-0002").await;
    let res = admin
        .post_form(
            &format!("/admin/recruiters/{himalaya}?lang=en"),
            &fields("EVEREST manpower services", "NP-0002"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 409);
    let res = admin
        .post_form(
            &created,
            &fields("Everest Manpower Servic\u{0435}s", "NP-7777"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303, "its own name is no clash");
}

#[test]
fn directory_rows_stored_before_names_waited_are_keyed_and_their_sub_agents_wait() {
    use diesel::prelude::*;
    use fairrecruit::db::{self, DbConnection, schema::recruiters};
    let (url, _db) = crate::helpers::fresh_database();
    let pool = db::build_pool(&url, 1);
    let mut pooled = pool.get().unwrap();
    let conn: &mut DbConnection = &mut pooled;
    db::run_migrations_through(conn, "2026-12-03-000014").unwrap();
    // As the release before stored them: a listed agency (its licence folded the old way,
    // which kept the marks upper-casing adds) and a sub-agent a complaint named, public.
    for row in [
        "1, 'abcdefghijkm', 'Gulf Recru\u{0456}tment', 'gulf recru\u{0456}tment', 'K\u{0390}7', \
         'K\u{0399}\u{0308}\u{0301}7', FALSE",
        "2, 'abcdefghijkn', 'Broker Hari', 'broker hari', NULL, NULL, TRUE",
    ] {
        diesel::sql_query(format!(
            "INSERT INTO recruiters (id, public_id, name, name_norm, licence_number, \
             licence_norm, is_sub_agent, created_at, updated_at) \
             VALUES ({row}, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        ))
        .execute(conn)
        .unwrap();
    }

    db::run_migrations(conn).unwrap();

    let rows: Vec<(String, String, Option<String>)> = recruiters::table
        .order(recruiters::id)
        .select((
            recruiters::listing,
            recruiters::name_key,
            recruiters::licence_norm,
        ))
        .load(conn)
        .unwrap();
    assert_eq!(
        rows,
        vec![
            (
                "listed".to_owned(),
                fairrecruit::domain::text::name_key("Gulf Recruitment"),
                Some("K\u{03AA}7".to_owned())
            ),
            ("pending".to_owned(), "broker hari".to_owned(), None),
        ]
    );
}

#[tokio::test]
async fn a_complaint_with_files_dripping_past_its_upload_time_is_cut_off_and_nothing_is_kept() {
    let app = spawn_app_with(|c| {
        c.timeouts.body = Duration::from_secs(1);
        c.timeouts.upload = Duration::from_secs(3);
    })
    .await;
    let boundary = "drip";
    // The complaint form's body (multipart) dripping a byte every 250 ms: the upload's own
    // time (3 s here, 600 s by default) cuts it off with a 408 — later than a form's body
    // time (1 s), long before the drip would end. (The drip is the CSRF token, the first
    // part: a body that is not a form at all is refused before any file.)
    let head = format!(
        "POST /complaints/new HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 100000\r\n\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n"
    );
    let started = std::time::Instant::now();
    let answer = slow_send(
        &app,
        head.as_bytes(),
        vec![b"a".to_vec(); 100],
        Duration::from_millis(250),
    )
    .await;
    let took = started.elapsed();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        took >= Duration::from_secs(2) && took < Duration::from_secs(15),
        "{took:?}"
    );
    let pool = app.pool.clone();
    let complaints: i64 = tokio::task::spawn_blocking(move || {
        use diesel::prelude::*;
        fairrecruit::db::schema::complaints::table
            .count()
            .get_result(&mut pool.get().unwrap())
            .unwrap()
    })
    .await
    .unwrap();
    assert_eq!(complaints, 0);
}
