//! The authorization matrix: every route the service mounts, and for each kind of caller —
//! anonymous, each role, and a member of another organisation — whether it is let in. A
//! route missing from the matrix fails the test, so nothing is mounted without a decision
//! about who may use it.

use std::collections::BTreeSet;

use crate::helpers::{Browser, PASSWORD, TestApp, sample_csv, spawn_app_with};

/// Who may use a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Everyone, signed in or not.
    Public,
    /// Any signed-in account.
    SignedIn,
    /// Staff of any organisation (inspectors, union officers, caseworkers).
    AnyStaff,
    /// Staff of the referral's organisation; staff of another organisation get 404 (as for
    /// a referral that does not exist), everyone else 403.
    ReferralStaff,
    /// Administrators only.
    Admin,
    /// Administrators and the staff of the organisation in the path.
    OrganisationStaff,
    /// Workers and people without an account: reviews. Staff judge reviews, they do not
    /// write them.
    WorkersAndAnonymous,
    /// Moderators only.
    Moderator,
    /// Leads of an organisation (its key: make, give, recover); `inspector_m` is one.
    OrgLead,
    /// A one-time link (a password reset): the matrix names one that does not exist, so every
    /// caller, signed in or not, gets 404.
    Link,
    /// Any signed-in account, on something of its own (one of its sessions): the matrix names
    /// one that is nobody's, so every signed-in caller gets 404, as for another person's.
    Own,
    /// Workers' accounts only (turning their own second factor off: staff must keep theirs).
    Worker,
    /// An intake partner's key (issue 18): every account's token gets 401 here; the partner's
    /// key is let in (and gets 403 on every other API route).
    PartnerKey,
    /// A file of a referral, for the referral's own staff when the worker shared it with
    /// their kind of organisation: the matrix names one that does not exist, so every member
    /// of staff gets 404 (as for a file not shared with them), everyone else 403.
    ReferralFile,
}

use Access::*;

/// (method, route pattern, who may use it). Routes ending the caller's session are marked by
/// [`ENDS_SESSION`] and get a fresh session each.
const MATRIX: &[(&str, &str, Access)] = &[
    ("GET", "/", Public),
    ("GET", "/recruiters", Public),
    ("GET", "/recruiters/{id}", Public),
    ("GET", "/rights", Public),
    ("GET", "/language", Public),
    ("GET", "/static/app.css", Public),
    // Drafts kept in the browser (issue 18): the script and the service worker.
    ("GET", "/static/drafts-1.js", Public),
    ("GET", "/sw.js", Public),
    ("GET", "/healthz", Public),
    ("GET", "/readyz", Public),
    ("GET", "/register", Public),
    ("POST", "/register", Public),
    ("GET", "/login", Public),
    ("POST", "/login", Public),
    ("POST", "/logout", Public),
    ("GET", "/account", SignedIn),
    ("POST", "/account/password", SignedIn),
    ("POST", "/account/email", SignedIn),
    ("POST", "/account/sessions", SignedIn),
    ("GET", "/account/two-factor", SignedIn),
    ("POST", "/account/two-factor", SignedIn),
    ("POST", "/account/two-factor/off", Worker),
    // Complaints (issue 5).
    ("GET", "/complaints/new", Public),
    ("POST", "/complaints/new", Public),
    ("GET", "/track", Public),
    ("POST", "/track", Public),
    ("POST", "/track/message", Public),
    ("POST", "/track/withdraw", Public),
    ("GET", "/inspect", AnyStaff),
    ("GET", "/cases/{id}", ReferralStaff),
    ("POST", "/cases/{id}/action", ReferralStaff),
    ("POST", "/cases/{id}/message", ReferralStaff),
    ("POST", "/cases/{id}/priority", ReferralStaff),
    ("POST", "/cases/{id}/refer", ReferralStaff),
    ("POST", "/cases/{id}/group", ReferralStaff),
    ("GET", "/admin/complaints", Admin),
    ("POST", "/admin/complaints", Admin),
    ("POST", "/api/v1/complaints", Public),
    ("POST", "/api/v1/track", Public),
    ("GET", "/api/v1/cases", AnyStaff),
    ("GET", "/api/v1/cases/{id}", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/actions", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/messages", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/priority", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/refer", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/group", ReferralStaff),
    ("POST", "/api/v1/track/messages", Public),
    ("POST", "/api/v1/track/withdraw", Public),
    ("GET", "/admin", Admin),
    ("GET", "/admin/organisations", Admin),
    ("POST", "/admin/organisations", Admin),
    ("GET", "/admin/organisations/{id}", OrganisationStaff),
    ("POST", "/admin/organisations/{id}", Admin),
    ("GET", "/admin/staff", Admin),
    ("POST", "/admin/staff", Admin),
    ("GET", "/admin/staff/{id}", Admin),
    ("POST", "/admin/staff/{id}", Admin),
    ("POST", "/admin/staff/{id}/password", Admin),
    ("POST", "/admin/staff/{id}/second-factor", Admin),
    ("GET", "/admin/recruiters", Admin),
    ("POST", "/admin/recruiters", Admin),
    ("GET", "/admin/recruiters/{id}", Admin),
    ("POST", "/admin/recruiters/{id}", Admin),
    ("GET", "/admin/audit", Admin),
    // Notifications (issue 6).
    ("POST", "/account/notifications", SignedIn),
    ("POST", "/account/sessions/{id}/end", Own),
    ("GET", "/admin/mail", Admin),
    ("POST", "/admin/mail/retry", Admin),
    ("POST", "/admin/mail/{id}/retry", Admin),
    ("GET", "/watchlist", AnyStaff),
    ("POST", "/watchlist", AnyStaff),
    ("POST", "/watchlist/{id}/remove", AnyStaff),
    ("GET", "/recruiters/{id}/review", WorkersAndAnonymous),
    ("POST", "/recruiters/{id}/review", WorkersAndAnonymous),
    ("GET", "/recruiters/{id}/review/sent", Public),
    ("GET", "/moderate", Moderator),
    ("GET", "/moderate/names", Moderator),
    ("POST", "/moderate/names/{id}", Moderator),
    ("GET", "/moderate/{id}", Moderator),
    ("POST", "/moderate/{id}", Moderator),
    ("GET", "/api/v1/recruiters", Public),
    ("GET", "/api/v1/recruiters/{id}", Public),
    ("GET", "/api/v1/openapi.json", Public),
    ("GET", "/api/docs", Public),
    // (From this machine, as the tests are; see tests/api/metrics.rs for everyone else.)
    ("GET", "/metrics", Public),
    ("POST", "/api/v1/auth/token", Public),
    ("POST", "/api/v1/auth/logout", SignedIn),
    ("GET", "/api/v1/me", SignedIn),
    ("POST", "/api/v1/reviews", WorkersAndAnonymous),
    ("GET", "/api/v1/recruiters/{id}/scorecard", Public),
    ("GET", "/api/v1/recruiters/{id}/reviews", Public),
    // Aggregated reports (issue 7): public.
    ("GET", "/reports", Public),
    ("GET", "/reports/recruiters", Public),
    ("GET", "/reports/corridors", Public),
    ("GET", "/reports/justice", Public),
    // Open data (issue 19): every published table, its dictionary and licence.
    ("GET", "/reports/download", Public),
    ("GET", "/reports/download/{file}", Public),
    ("GET", "/api/v1/reports/recruiters", Public),
    ("GET", "/api/v1/reports/corridors", Public),
    ("GET", "/api/v1/reports/justice", Public),
    // Sealed cases (issue 14): an organisation's key.
    ("GET", "/organisation/key", AnyStaff),
    ("POST", "/organisation/key", OrgLead),
    ("POST", "/organisation/key/give/{id}", OrgLead),
    ("POST", "/organisation/key/recover", OrgLead),
    ("POST", "/organisation/retention", OrgLead),
    ("POST", "/track/delete", Public),
    ("POST", "/api/v1/track/delete", Public),
    // Password reset by mail (issue 16).
    ("GET", "/login/reset", Public),
    ("POST", "/login/reset", Public),
    ("GET", "/login/reset/{token}", Link),
    ("POST", "/login/reset/{token}", Link),
    ("POST", "/track/files", Public),
    ("POST", "/track/files/open", Public),
    ("POST", "/api/v1/track/files/open", Public),
    ("POST", "/cases/{id}/files", ReferralStaff),
    ("POST", "/api/v1/cases/{id}/files", ReferralStaff),
    ("GET", "/cases/{id}/files/{file}", ReferralFile),
    ("POST", "/api/v1/track/files", Public),
    ("GET", "/api/v1/cases/{id}/files/{file}", ReferralFile),
    // Intake partners (issue 18): their keys, made by administrators, and their API.
    ("GET", "/admin/organisations/{id}/keys", Admin),
    ("POST", "/admin/organisations/{id}/keys", Admin),
    ("POST", "/admin/organisations/{id}/keys/{key}/revoke", Admin),
    ("POST", "/api/v1/partner/complaints", PartnerKey),
    ("GET", "/api/v1/partner/complaints/{reference}", PartnerKey),
    (
        "POST",
        "/api/v1/partner/complaints/{reference}/conversation",
        PartnerKey,
    ),
    (
        "POST",
        "/api/v1/partner/complaints/{reference}/messages",
        PartnerKey,
    ),
    ("POST", "/api/v1/partner/reviews", PartnerKey),
    ("GET", "/api/v1/partner/webhook", PartnerKey),
    ("PUT", "/api/v1/partner/webhook", PartnerKey),
    ("DELETE", "/api/v1/partner/webhook", PartnerKey),
];

const ENDS_SESSION: &[&str] = &["/logout", "/account/sessions", "/api/v1/auth/logout"];

/// The callers: (username, role, organisation slot). Organisation A is the one in the
/// matrix's `/admin/organisations/{id}` path; `other_org` is an inspector of organisation D.
const CALLERS: &[(&str, &str, Option<usize>)] = &[
    ("worker_m", "worker", None),
    ("moderator_m", "moderator", None),
    ("inspector_m", "inspector", Some(0)),
    ("union_m", "union_officer", Some(1)),
    ("caseworker_m", "caseworker", Some(2)),
    ("admin_m", "admin", None),
    ("other_org", "inspector", Some(3)),
];

/// Route patterns the source mounts: `web::resource("…")` in src/, and the API's paths from
/// the OpenAPI document (which is generated from the mounted handlers).
fn mounted_html_routes() -> BTreeSet<String> {
    let mut routes = BTreeSet::new();
    let mut stack = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for (i, _) in source.match_indices("web::resource(\"") {
                    let rest = &source[i + "web::resource(\"".len()..];
                    routes.insert(rest[..rest.find('"').unwrap()].to_owned());
                }
            }
        }
    }
    routes
}

#[tokio::test]
async fn every_mounted_route_is_in_the_matrix() {
    let app = crate::helpers::spawn_app().await;
    let in_matrix: BTreeSet<String> = MATRIX
        .iter()
        .map(|(_, route, _)| (*route).to_owned())
        .collect();
    for route in mounted_html_routes() {
        assert!(
            in_matrix.contains(&route),
            "{route} is mounted but not in the authorization matrix"
        );
    }
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    for (route, operations) in doc["paths"].as_object().unwrap() {
        for method in operations.as_object().unwrap().keys() {
            let method = method.to_uppercase();
            assert!(
                MATRIX.iter().any(|(m, r, _)| *m == method && r == route),
                "{method} {route} is in the API but not in the authorization matrix"
            );
        }
    }
}

/// What happened to a request, as far as access goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seen {
    Let,
    SentToLogin,
    Unauthorized,
    Forbidden,
    NotFound,
}

fn seen(method: &str, path: &str, res: &reqwest::Response) -> Seen {
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default();
    match status {
        303 if location.starts_with("/login") => Seen::SentToLogin,
        401 => Seen::Unauthorized,
        403 => Seen::Forbidden,
        404 => Seen::NotFound,
        200 | 204 | 303 | 400 if method != "GET" => Seen::Let,
        200 => Seen::Let,
        other => panic!("{method} {path}: unexpected status {other}"),
    }
}

fn expected(access: Access, caller: Option<&str>, api: bool) -> Seen {
    if access == Link {
        return Seen::NotFound;
    }
    if access == PartnerKey {
        return Seen::Unauthorized;
    }
    let Some(username) = caller else {
        return match access {
            Public | WorkersAndAnonymous => Seen::Let,
            _ if api => Seen::Unauthorized,
            _ => Seen::SentToLogin,
        };
    };
    let allowed = match access {
        Public | SignedIn => true,
        AnyStaff => ["inspector_m", "union_m", "caseworker_m", "other_org"].contains(&username),
        ReferralFile
            if ["inspector_m", "union_m", "caseworker_m", "other_org"].contains(&username) =>
        {
            return Seen::NotFound;
        }
        ReferralFile => false,
        ReferralStaff if ["union_m", "caseworker_m", "other_org"].contains(&username) => {
            return Seen::NotFound;
        }
        ReferralStaff => username == "inspector_m",
        Admin => username == "admin_m",
        OrganisationStaff => username == "admin_m" || username == "inspector_m",
        WorkersAndAnonymous | Worker => username == "worker_m",
        Moderator => username == "moderator_m",
        OrgLead => username == "inspector_m",
        Own | Link => return Seen::NotFound,
        PartnerKey => false,
    };
    if allowed { Seen::Let } else { Seen::Forbidden }
}

/// A caller's ways in: a browser session and an API token.
struct Session {
    browser: Browser,
    token: Option<String>,
}

async fn session(app: &TestApp, caller: Option<&str>) -> Session {
    match caller {
        None => Session {
            browser: app.browser(),
            token: None,
        },
        Some(username) => Session {
            browser: app.signed_in(username).await,
            token: Some(app.api_token(username, PASSWORD).await),
        },
    }
}

async fn request(app: &TestApp, session: &Session, method: &str, path: &str) -> reqwest::Response {
    if path.starts_with("/api/") {
        let mut builder = session
            .browser
            .client
            .request(method.parse().unwrap(), app.url(path));
        if let Some(token) = &session.token {
            builder = builder.bearer_auth(token);
        }
        if method != "GET" {
            builder = builder.json(&serde_json::json!({}));
        }
        builder.send().await.unwrap()
    } else if method == "POST" {
        session.browser.post_form(path, &[]).await
    } else {
        session.browser.get(path).await
    }
}

#[tokio::test]
async fn every_caller_gets_what_the_matrix_says() {
    let app = spawn_app_with(|config| {
        // Many sign-ins and reviews from one address: the throttles are tested elsewhere.
        config.auth.sign_in_rate.burst = 10_000;
        config.auth.review_rate.burst = 10_000;
    })
    .await;
    app.import_csv(&sample_csv()).await;
    let recruiter = app.id_of("NP-0001").await;
    let organisations = [
        app.create_organisation("Inspectorate A", "labour_inspectorate", &["QA"])
            .await,
        app.create_organisation("Union B", "trade_union", &["NP"])
            .await,
        app.create_organisation("Legal aid C", "legal_aid", &["NP", "QA"])
            .await,
        app.create_organisation("Inspectorate D", "labour_inspectorate", &["AE"])
            .await,
    ];
    // An intake partner: its keys page, a key an administrator may revoke, and the key the
    // partner's own pass uses.
    let partner = app
        .create_organisation("Hotline E", "intake_partner", &["NP"])
        .await;
    let revocable = crate::partner::issue_key(&app, partner, 30).await;
    let revocable_id = revocable
        .trim_start_matches("frp_")
        .split('_')
        .next()
        .unwrap()
        .to_owned();
    let partner_key = crate::partner::issue_key(&app, partner, 30).await;
    // A referral of organisation A (an inspectorate covering QA) only.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/complaints"))
        .json(&serde_json::json!({
            "recruiter": recruiter, "origin": "NP", "destination": "QA",
            "share_with": ["labour_inspectorate"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    let referral = crate::complaints::referral_ids(&app).await[0].to_string();
    // An inspector who is no caller, whose second factor the administrator resets (which
    // ends that person's sessions).
    let spare_id = app
        .create_account("inspector", "spare_m", Some((organisations[0], false)))
        .await;
    let mut staff_id = 0;
    for (username, role, slot) in CALLERS {
        let id = app
            .create_account(
                role,
                username,
                slot.map(|s| (organisations[s], *username == "inspector_m")),
            )
            .await;
        if *username == "inspector_m" {
            staff_id = id;
        }
    }
    // A review waiting for moderation, for `/moderate/{id}`.
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/reviews"))
        .json(&serde_json::json!({
            "recruiter_id": recruiter, "origin": "NP", "destination": "QA",
            "departure_year": 2024, "ratings": {"overall": 3}
        }))
        .send()
        .await
        .unwrap();
    let review: serde_json::Value = res.json().await.unwrap();
    let review_id = {
        let pool = app.pool.clone();
        let public_id = review["id"].as_str().unwrap().to_owned();
        tokio::task::spawn_blocking(move || {
            fairrecruit::db::reviews::id_of(&mut pool.get().unwrap(), &public_id).unwrap()
        })
        .await
        .unwrap()
    };
    let mut callers: Vec<Option<&str>> = vec![None];
    callers.extend(CALLERS.iter().map(|(u, _, _)| Some(*u)));
    let mut failures = Vec::new();
    for caller in callers {
        let mut current = session(&app, caller).await;
        // Session-ending routes last, each with a fresh session.
        let mut rows: Vec<_> = MATRIX.iter().collect();
        rows.sort_by_key(|(_, route, _)| ENDS_SESSION.contains(route));
        for (method, route, access) in rows {
            let path = match *route {
                cases if cases.starts_with("/cases/") || cases.starts_with("/api/v1/cases/") => {
                    cases
                        .replace("{id}", &referral)
                        .replace("{file}", &"0".repeat(32))
                }
                "/admin/organisations/{id}" => route.replace("{id}", &organisations[0].to_string()),
                keys if keys.starts_with("/admin/organisations/{id}/keys") => keys
                    .replace("{id}", &partner.to_string())
                    .replace("{key}", &revocable_id),
                partner_route if partner_route.starts_with("/api/v1/partner/") => {
                    partner_route.replace("{reference}", "nobody")
                }
                "/admin/staff/{id}"
                | "/admin/staff/{id}/password"
                | "/organisation/key/give/{id}" => route.replace("{id}", &staff_id.to_string()),
                "/admin/staff/{id}/second-factor" => route.replace("{id}", &spare_id.to_string()),
                "/moderate/{id}" => route.replace("{id}", &review_id.to_string()),
                "/admin/mail/{id}/retry" => route.replace("{id}", "1"),
                "/account/sessions/{id}/end" => route.replace("{id}", "0"),
                "/login/reset/{token}" => route.replace("{token}", &"0".repeat(64)),
                "/reports/download/{file}" => route.replace("{file}", "corridors.csv"),
                other => other.replace("{id}", &recruiter),
            };
            if ENDS_SESSION.contains(route) {
                current = session(&app, caller).await;
            }
            let res = request(&app, &current, method, &path).await;
            let got = seen(method, &path, &res);
            let want = expected(*access, caller, route.starts_with("/api/"));
            if got != want {
                failures.push(format!(
                    "{} {method} {path}: expected {want:?}, got {got:?}",
                    caller.unwrap_or("anonymous")
                ));
            }
        }
    }
    // The partner's key: let in on its own routes (a reference it never used is a 404),
    // refused with a 403 on every other route of the API.
    let keyed = Session {
        browser: app.browser(),
        token: Some(partner_key),
    };
    for (method, route, access) in MATRIX.iter().filter(|(_, r, _)| r.starts_with("/api/v1/")) {
        let path = route
            .replace("{reference}", "nobody")
            .replace("{id}", &referral)
            .replace("{file}", &"0".repeat(32));
        let res = request(&app, &keyed, method, &path).await;
        let got = seen(method, &path, &res);
        let want = match access {
            PartnerKey if *method == "GET" && route.contains("{reference}") => Seen::NotFound,
            PartnerKey => Seen::Let,
            _ => Seen::Forbidden,
        };
        if got != want {
            failures.push(format!(
                "partner key {method} {path}: expected {want:?}, got {got:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
