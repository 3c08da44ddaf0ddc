//! The administration pages: organisations, staff, the recruiter directory and the audit log,
//! used through their forms as an administrator's browser would.

use fairrecruit::db::accounts::{self, Outcome};

use crate::helpers::{Browser, PASSWORD, TestApp, sample_csv, spawn_app};

/// An administrator, signed in.
async fn admin_of(app: &TestApp) -> Browser {
    app.create_account("admin", "root_admin", None).await;
    app.signed_in("root_admin").await
}

fn count_events(app: &TestApp, event: &str) -> i64 {
    accounts::count_events(&mut app.pool.get().unwrap(), event, Outcome::Success).unwrap()
}

fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .map(|l| l.to_str().unwrap().to_owned())
        .unwrap_or_default()
}

#[tokio::test]
async fn admin_creates_an_organisation_through_the_form_and_it_is_listed() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let (status, page) = admin.get_text("/admin/organisations?lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains("Add an organisation"), "{page}");

    let res = admin
        .post_form(
            "/admin/organisations",
            &[
                ("name", "Qatar Labour Inspectorate"),
                ("kind", "labour_inspectorate"),
                ("countries", "qa, AE"),
                ("sectors", "construction"),
                ("sectors", "domestic_work"),
                ("acknowledge_days", "7"),
                ("answer_days", "60"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let target = location(&res);
    assert!(target.starts_with("/admin/organisations/"), "{target}");
    assert_eq!(count_events(&app, "organisation_created"), 1);

    let (status, page) = admin.get_text(&format!("{target}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(page.contains("Qatar Labour Inspectorate"));
    assert!(
        page.contains("Qatar") && page.contains("United Arab Emirates"),
        "{page}"
    );
    // Fluent isolates the number (U+2068 … U+2069).
    assert!(
        page.contains("Answer within \u{2068}60\u{2069} days"),
        "{page}"
    );
    // The edit form holds the stored values.
    assert!(page.contains("value=\"AE, QA\""), "{page}");
    assert!(page.contains("value=\"construction\" checked"), "{page}");

    let (_, list) = admin.get_text("/admin/organisations?lang=en").await;
    assert!(list.contains("Qatar Labour Inspectorate"));
    assert!(list.contains(&format!("href=\"{target}\"")), "{list}");

    // An edit is saved and audited too.
    let res = admin
        .post_form(
            &target,
            &[
                ("name", "Qatar Labour Inspectorate (Doha)"),
                ("kind", "labour_inspectorate"),
                ("countries", "QA"),
                ("acknowledge_days", "5"),
                ("answer_days", "60"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(count_events(&app, "organisation_updated"), 1);
    let (_, page) = admin.get_text(&format!("{target}?lang=en")).await;
    assert!(page.contains("Qatar Labour Inspectorate (Doha)"));
    assert!(!page.contains("United Arab Emirates"), "countries replaced");
}

#[tokio::test]
async fn a_refused_organisation_comes_back_with_everything_typed() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let res = admin
        .post_form(
            "/admin/organisations?lang=en",
            &[
                ("name", "Migrant Workers Union"),
                ("kind", "trade_union"),
                ("countries", ""),
                ("sectors", "fishing"),
                ("acknowledge_days", "3"),
                ("answer_days", "45"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("value=\"Migrant Workers Union\""), "{page}");
    assert!(page.contains("value=\"trade_union\" selected"), "{page}");
    assert!(page.contains("value=\"fishing\" checked"), "{page}");
    assert!(page.contains("value=\"45\""), "{page}");
    assert!(page.contains("id=\"countries\""));
    let countries = &page[page.find("id=\"countries\"").unwrap()..];
    assert!(
        countries[..countries.find('>').unwrap()].contains("aria-invalid=\"true\""),
        "the refused field is marked"
    );
    assert_eq!(count_events(&app, "organisation_created"), 0);
    let (_, list) = admin.get_text("/admin/organisations?lang=en").await;
    assert!(!list.contains("Migrant Workers Union"));
}

#[tokio::test]
async fn admin_creates_a_staff_member_who_can_sign_in() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let union = app
        .create_organisation("Building Workers Union", "trade_union", &["QA"])
        .await;
    let (status, page) = admin.get_text("/admin/staff?lang=en").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("Building Workers Union"),
        "organisation offered"
    );
    assert!(
        !page.contains("value=\"worker\""),
        "workers register themselves"
    );

    let union_id = union.to_string();
    let res = admin
        .post_form(
            "/admin/staff",
            &[
                ("username", "union_officer_1"),
                ("password", PASSWORD),
                ("role", "union_officer"),
                ("organisation", &union_id),
                ("lead", "on"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let target = location(&res);
    assert!(target.starts_with("/admin/staff/"), "{target}");
    assert_eq!(count_events(&app, "account_created"), 2);

    // The first sign-in leads to setting up the second factor, which the API then asks for.
    let officer = app.browser();
    let res = officer
        .post_form(
            "/login",
            &[("username", "union_officer_1"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(location(&res), "/account/two-factor");
    let (key, _) = crate::helpers::enrol(&officer).await;
    crate::helpers::forget_last_code(&app.pool, "union_officer_1").await;
    let code = fairrecruit::auth::second_factor::Secret::from_base32(&key)
        .unwrap()
        .code_at(fairrecruit::auth::second_factor::unix_now());
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/token"))
        .json(&serde_json::json!({
            "username": "union_officer_1", "password": PASSWORD, "code": code,
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 200);
    let token = res.json::<serde_json::Value>().await.unwrap()["access_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let me: serde_json::Value = reqwest::Client::new()
        .get(app.url("/api/v1/me"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["role"], "union_officer", "{me}");
    assert_eq!(me["organisation"]["id"], union, "{me}");
    assert_eq!(me["organisation"]["role"], "lead", "{me}");

    let (_, list) = admin.get_text("/admin/staff?lang=en").await;
    assert!(list.contains("union_officer_1"));
    let (status, page) = admin.get_text(&format!("{target}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(page.contains("union_officer_1"));
    assert!(
        page.contains("id=\"lead\" name=\"lead\" value=\"on\" checked"),
        "{page}"
    );

    // A role that does not fit the organisation is refused, with what was typed kept and
    // the password never shown back.
    let res = admin
        .post_form(
            "/admin/staff?lang=en",
            &[
                ("username", "caseworker_1"),
                ("password", PASSWORD),
                ("role", "caseworker"),
                ("organisation", &union_id),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("value=\"caseworker_1\""));
    assert!(!page.contains(PASSWORD));
    assert_eq!(count_events(&app, "account_created"), 2);
}

#[tokio::test]
async fn a_role_change_ends_the_sessions_at_once_and_is_audited() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let inspectorate = app
        .create_organisation("Inspectorate", "labour_inspectorate", &["QA"])
        .await;
    let ivan = app
        .create_account("inspector", "ivan", Some((inspectorate, false)))
        .await;
    let ivan_browser = app.signed_in("ivan").await;
    assert_eq!(ivan_browser.get("/account").await.status().as_u16(), 200);

    let res = admin
        .post_form(
            &format!("/admin/staff/{ivan}"),
            &[("role", "moderator"), ("organisation", "")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);

    let res = ivan_browser.get("/account").await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(location(&res).starts_with("/login"), "{}", location(&res));
    assert_eq!(count_events(&app, "role_changed"), 1);
    assert_eq!(count_events(&app, "organisation_changed"), 1);
    let (_, audit) = admin.get_text("/admin/audit?lang=en").await;
    assert!(
        audit.contains("Role: Labour inspector → Moderator"),
        "{audit}"
    );
    assert!(audit.contains("Role changed"));

    // Disabling and enabling are recorded too; saving without a change records nothing.
    let res = admin
        .post_form(
            &format!("/admin/staff/{ivan}"),
            &[("role", "moderator"), ("disabled", "on")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(count_events(&app, "account_disabled"), 1);
    assert_eq!(app.browser().sign_in("ivan", PASSWORD).await, 401);
    let res = admin
        .post_form(
            &format!("/admin/staff/{ivan}"),
            &[("role", "moderator"), ("disabled", "on")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(count_events(&app, "account_disabled"), 1);
    assert_eq!(count_events(&app, "role_changed"), 1);
    admin
        .post_form(&format!("/admin/staff/{ivan}"), &[("role", "moderator")])
        .await;
    assert_eq!(count_events(&app, "account_enabled"), 1);
}

#[tokio::test]
async fn an_admin_cannot_demote_or_disable_themselves() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let (_, page) = admin.get_text("/admin/staff?lang=en").await;
    let marker = "href=\"/admin/staff/";
    let start = page.find(marker).unwrap() + marker.len();
    let own = &page[start..start + page[start..].find('"').unwrap()];
    for fields in [
        vec![("role", "moderator")],
        vec![("role", "admin"), ("disabled", "on")],
    ] {
        let res = admin
            .post_form(&format!("/admin/staff/{own}?lang=en"), &fields)
            .await;
        assert_eq!(res.status().as_u16(), 400, "{fields:?}");
        let page = res.text().await.unwrap();
        assert!(page.contains("aria-invalid=\"true\""), "{page}");
    }
    assert_eq!(
        admin.get("/admin").await.status().as_u16(),
        200,
        "still an admin"
    );
    assert_eq!(count_events(&app, "role_changed"), 0);
}

#[tokio::test]
async fn staff_see_their_own_organisation_only_and_nothing_else_of_administration() {
    let app = spawn_app().await;
    let a = app
        .create_organisation("Inspectorate A", "labour_inspectorate", &["QA"])
        .await;
    let b = app
        .create_organisation("Inspectorate B", "labour_inspectorate", &["AE"])
        .await;
    app.create_account("inspector", "inspector_a", Some((a, false)))
        .await;
    let inspector = app.signed_in("inspector_a").await;
    let (status, page) = inspector
        .get_text(&format!("/admin/organisations/{a}?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("Inspectorate A") && page.contains("inspector_a"));
    assert!(
        !page.contains("method=\"post\" action=\"/admin/organisations"),
        "no edit form"
    );
    assert_eq!(
        inspector
            .get(&format!("/admin/organisations/{b}"))
            .await
            .status()
            .as_u16(),
        403
    );
    for path in [
        "/admin",
        "/admin/staff",
        "/admin/organisations",
        "/admin/audit",
        "/admin/recruiters",
    ] {
        assert_eq!(inspector.get(path).await.status().as_u16(), 403, "{path}");
    }
    let res = inspector
        .post_form(
            &format!("/admin/organisations/{a}"),
            &[
                ("name", "Taken over"),
                ("kind", "labour_inspectorate"),
                ("countries", "QA"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 403);

    let admin = admin_of(&app).await;
    assert_eq!(
        admin
            .get("/admin/organisations/999999")
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        admin
            .get("/admin/organisations/abc")
            .await
            .status()
            .as_u16(),
        404
    );
    assert_eq!(
        admin.get("/admin/staff/999999").await.status().as_u16(),
        404
    );
    assert_eq!(
        admin
            .get("/admin/recruiters/nosuchid")
            .await
            .status()
            .as_u16(),
        404
    );
    let res = admin
        .client
        .delete(admin.url("/admin/staff"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 405);
}

#[tokio::test]
async fn workers_and_visitors_are_kept_out_of_administration() {
    let app = spawn_app().await;
    app.create_account("worker", "wanda", None).await;
    let worker = app.signed_in("wanda").await;
    assert_eq!(worker.get("/admin").await.status().as_u16(), 403);
    assert_eq!(
        worker.get("/admin/organisations/1").await.status().as_u16(),
        403
    );
    let res = app.browser().get("/admin").await;
    assert_eq!(res.status().as_u16(), 303);
    assert!(location(&res).starts_with("/login"));
}

#[tokio::test]
async fn admin_changes_a_recruiters_status_and_the_public_profile_shows_it() {
    let app = spawn_app().await;
    app.import_csv(&sample_csv()).await;
    let id = app.id_of("NP-0001").await;
    let admin = admin_of(&app).await;
    let (status, page) = admin.get_text("/admin/recruiters?q=everest&lang=en").await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/admin/recruiters/{id}")), "{page}");
    let (status, page) = admin
        .get_text(&format!("/admin/recruiters/{id}?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"Everest Manpower Services\""));
    assert!(page.contains("value=\"AE, QA\""), "{page}");

    let res = admin
        .post_form(
            &format!("/admin/recruiters/{id}"),
            &[
                ("name", "Everest Manpower Services"),
                ("licence_number", "NP-0001"),
                ("licensing_country", "NP"),
                ("licence_status", "suspended"),
                ("address", "Kathmandu, Nepal"),
                ("destinations", "QA AE MY"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(count_events(&app, "recruiter_updated"), 1);

    let (status, profile) = app.get_text(&format!("/recruiters/{id}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(profile.contains("Licence suspended"), "{profile}");
    assert!(profile.contains("Malaysia"), "{profile}");
    let history = &profile[profile.find("Licence history").unwrap()..];
    assert_eq!(history.matches("<time ").count(), 2, "{history}");
    let (_, audit) = admin.get_text("/admin/audit?lang=en").await;
    assert!(
        audit.contains("Licence status: Licence active → Licence suspended"),
        "{audit}"
    );

    // A licence number another recruiter holds in that country is refused.
    let res = admin
        .post_form(
            "/admin/recruiters?lang=en",
            &[
                ("name", "Copycat Manpower"),
                ("licence_number", "NP-0002"),
                ("licensing_country", "np"),
                ("licence_status", "active"),
                ("destinations", "QA"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("value=\"Copycat Manpower\""));
    // The same number in another country is another licence.
    let res = admin
        .post_form(
            "/admin/recruiters",
            &[
                ("name", "Copycat Manpower"),
                ("licence_number", "NP-0002"),
                ("licensing_country", "IN"),
                ("licence_status", "active"),
                ("destinations", "QA"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let target = location(&res);
    let new_id = target.strip_prefix("/admin/recruiters/").unwrap();
    let (status, profile) = app.get_text(&format!("/recruiters/{new_id}?lang=en")).await;
    assert_eq!(status, 200);
    assert!(profile.contains("Copycat Manpower") && profile.contains("Licence active"));
    assert_eq!(count_events(&app, "recruiter_created"), 1);
}

#[tokio::test]
async fn hostile_input_is_escaped_or_refused() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let org = |name: &'static str| {
        [
            ("name", name),
            ("kind", "trade_union"),
            ("countries", "NP"),
            ("acknowledge_days", "7"),
            ("answer_days", "90"),
        ]
    };
    let res = admin
        .post_form(
            "/admin/organisations",
            &org("<script>alert(1)</script> Union"),
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, list) = admin.get_text("/admin/organisations?lang=en").await;
    assert!(!list.contains("<script>alert"));
    assert!(list.contains("&#60;script&#62;alert(1)"), "{list}");

    let res = admin
        .post_form("/admin/organisations", &org("Over\u{202E}ride Union"))
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(!page.contains('\u{202E}'), "never shown raw");
    let long: &'static str = Box::leak("x".repeat(201).into_boxed_str());
    let res = admin.post_form("/admin/organisations", &org(long)).await;
    assert_eq!(res.status().as_u16(), 400);
    assert_eq!(count_events(&app, "organisation_created"), 1);

    // A field the form does not have.
    let mut fields = org("Extra Union").to_vec();
    fields.push(("is_admin", "1"));
    let res = admin.post_form("/admin/organisations", &fields).await;
    assert_eq!(res.status().as_u16(), 400);
    // No CSRF token.
    let res = admin
        .client
        .post(admin.url("/admin/organisations"))
        .form(&org("Forged Union"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    let res = admin
        .client
        .post(admin.url("/admin/staff"))
        .form(&[
            ("username", "forged"),
            ("password", PASSWORD),
            ("role", "admin"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 403);
    assert_eq!(count_events(&app, "organisation_created"), 1);

    // Recruiters: oversized and hidden-character text is refused.
    let long_name: String = "y".repeat(301);
    for (field, value) in [
        ("name", long_name.as_str()),
        ("name", "Evil\u{202E}Corp"),
        ("address", "Line\u{0007}"),
        ("licensing_country", "XX"),
        ("destinations", "QA, Mars"),
    ] {
        let mut fields = vec![
            ("name", "Fine Name"),
            ("licence_number", "Z-1"),
            ("licensing_country", "NP"),
            ("licence_status", "active"),
            ("address", ""),
            ("destinations", "QA"),
        ];
        for f in fields.iter_mut() {
            if f.0 == field {
                f.1 = value;
            }
        }
        let res = admin.post_form("/admin/recruiters", &fields).await;
        assert_eq!(res.status().as_u16(), 400, "{field}: {value:?}");
        let page = res.text().await.unwrap();
        assert!(!page.contains('\u{202E}') && !page.contains('\u{0007}'));
    }
    assert_eq!(count_events(&app, "recruiter_created"), 0);
}

#[tokio::test]
async fn the_overview_counts_and_shows_the_latest_events() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    app.create_organisation("Legal Aid Doha", "legal_aid", &["QA"])
        .await;
    app.create_account("worker", "w_one", None).await;
    app.create_account("worker", "w_two", None).await;
    let (status, page) = admin.get_text("/admin?lang=en").await;
    assert_eq!(status, 200);
    assert!(
        page.contains("<dd>1</dd>"),
        "one organisation, one staff account: {page}"
    );
    assert!(page.contains("<dd>2</dd>"), "two workers: {page}");
    assert!(
        page.contains("Account created") && page.contains("Sign-in"),
        "{page}"
    );
    assert!(page.contains("root_admin"));
    assert!(page.contains("href=\"/admin/audit\""));
}

#[tokio::test]
async fn an_admin_sets_a_new_password_for_staff_who_lost_theirs() {
    let app = spawn_app().await;
    let admin = admin_of(&app).await;
    let moderator = app.create_account("moderator", "forgetful", None).await;
    let worker = app.create_account("worker", "a_worker", None).await;
    let old_session = app.signed_in("forgetful").await;
    let new_password = "harbour-kite-saffron-12";
    let res = admin
        .post_form(
            &format!("/admin/staff/{moderator}/password"),
            &[("new_password", new_password)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    assert_eq!(
        old_session.get("/account").await.status().as_u16(),
        303,
        "signed out"
    );
    assert_eq!(app.browser().sign_in("forgetful", PASSWORD).await, 401);
    assert_eq!(app.browser().sign_in("forgetful", new_password).await, 303);
    assert_eq!(count_events(&app, "password_reset"), 1);
    let (_, audit) = admin.get_text("/admin/audit?lang=en").await;
    assert!(audit.contains("Password set by an administrator"));
    // Weak passwords, one's own account and workers' accounts are refused.
    let res = admin
        .post_form(
            &format!("/admin/staff/{moderator}/password?lang=en"),
            &[("new_password", "password1")],
        )
        .await;
    assert_eq!(res.status().as_u16(), 400);
    assert!(res.text().await.unwrap().contains("too easy to guess"));
    let own = admin
        .post_form(
            "/admin/staff/1/password?lang=en",
            &[("new_password", new_password)],
        )
        .await;
    assert_eq!(own.status().as_u16(), 400);
    assert!(own.text().await.unwrap().contains("your account page"));
    let res = admin
        .post_form(
            &format!("/admin/staff/{worker}/password"),
            &[("new_password", new_password)],
        )
        .await;
    assert_eq!(res.status().as_u16(), 404);
    assert_eq!(count_events(&app, "password_reset"), 1);
}
