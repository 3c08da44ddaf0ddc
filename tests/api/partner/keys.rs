//! A partner key's life: registered and issued by an administrator (shown once, audited),
//! used, revoked or expired (one 401 for every key that does not open), and kept to its
//! scope: a valid key outside `/api/v1/partner` is a 403, a staff token inside it a 401.

use diesel::prelude::*;
use fairrecruit::db::schema::{audit_events, organisations, partner_keys};
use reqwest::StatusCode;

use super::{complaint, issue_key, world};
use crate::helpers::{PASSWORD, between, field_value};

#[tokio::test]
async fn an_administrator_registers_a_partner_issues_a_key_shown_once_and_revokes_it() {
    let w = world().await;
    w.app.create_account("admin", "root_admin", None).await;
    let admin = w.app.signed_in("root_admin").await;
    let res = admin
        .post_form(
            "/admin/organisations",
            &[
                ("name", "Viber Help Desk"),
                ("kind", "intake_partner"),
                ("countries", "NP"),
                ("acknowledge_days", "7"),
                ("answer_days", "90"),
            ],
        )
        .await;
    assert_eq!(
        res.status().as_u16(),
        303,
        "the kind is allowed (migration 000029)"
    );
    let partner: i64 = fairrecruit::db::run(&w.app.pool, |conn| {
        Ok(organisations::table
            .filter(organisations::name.eq("Viber Help Desk"))
            .select(organisations::id)
            .first(conn)?)
    })
    .await
    .unwrap();
    let (status, page) = admin
        .get_text(&format!("/admin/organisations/{partner}?lang=en"))
        .await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!("/admin/organisations/{partner}/keys")));
    let keys = format!("/admin/organisations/{partner}/keys");

    // Refused forms come back with what was typed.
    let res = admin
        .post_form(&keys, &[("name", "bot \u{202e}evil"), ("days", "30")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("error-message"));
    assert!(page.contains("bot"), "the name typed is shown back");
    let res = admin
        .post_form(&keys, &[("name", "<script>x</script>"), ("days", "0")])
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(!page.contains("<script>x"), "escaped");
    assert_eq!(field_value(&page, "days"), "0");

    // Made: shown in this answer only.
    let res = admin
        .post_form(&keys, &[("name", "WhatsApp bot"), ("days", "90")])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    assert_eq!(
        res.headers()
            .get("cache-control")
            .unwrap()
            .to_str()
            .unwrap(),
        "no-store"
    );
    let page = res.text().await.unwrap();
    let key = between(&page, "<code class=\"secret\" dir=\"ltr\">", "</code>");
    assert!(key.starts_with("frp_"), "{key}");
    let (_, again) = admin.get_text(&format!("{keys}?lang=en")).await;
    assert!(!again.contains(&key), "never shown again");
    assert!(again.contains("WhatsApp bot") && again.contains("active"));
    // Only its hash is stored.
    let stored: Vec<String> = fairrecruit::db::run(&w.app.pool, |conn| {
        Ok(partner_keys::table
            .select(partner_keys::secret_hash)
            .load(conn)?)
    })
    .await
    .unwrap();
    assert!(
        stored
            .iter()
            .all(|h| h.len() == 64 && !key.contains(h.as_str()))
    );

    // It opens the partner's routes, and notes when it was used.
    let (status, _) = w
        .send(reqwest::Method::GET, "/api/v1/partner/webhook", &key, None)
        .await;
    assert_eq!(status, StatusCode::OK);
    let (_, listed) = admin.get_text(&format!("{keys}?lang=en")).await;
    assert!(!listed.contains(">never<"), "last used is shown");

    // Revoked: a 401 from now on, and both steps are in the audit log.
    let key_id: i64 = key
        .trim_start_matches("frp_")
        .split('_')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    let res = admin
        .post_form(&format!("{keys}/{key_id}/revoke"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (status, _) = w
        .send(reqwest::Method::GET, "/api/v1/partner/webhook", &key, None)
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let res = admin
        .post_form(&format!("{keys}/{key_id}/revoke"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 404, "revoked once");
    let events: Vec<String> = fairrecruit::db::run(&w.app.pool, move |conn| {
        Ok(audit_events::table
            .filter(audit_events::event.like("partner_key_%"))
            .filter(audit_events::organisation_id.eq(partner))
            .order(audit_events::id)
            .select(audit_events::event)
            .load(conn)?)
    })
    .await
    .unwrap();
    assert_eq!(events, ["partner_key_issued", "partner_key_revoked"]);

    // Keys are for intake partners only; other staff never see the page.
    let (status, _) = admin
        .get_text(&format!("/admin/organisations/{}/keys", w.partner + 100))
        .await;
    assert_eq!(status, 404);
    let inspector = w.app.signed_in("inspector_q").await;
    let (status, _) = inspector.get_text(&keys).await;
    assert_eq!(status, 403);
}

#[tokio::test]
async fn keys_that_do_not_open_all_get_the_same_401() {
    let w = world().await;
    let expired = issue_key(&w.app, w.partner, -1).await;
    let (id, _) = w.key.trim_start_matches("frp_").split_once('_').unwrap();
    let wrong_secret = format!("frp_{id}_{}", "0".repeat(64));
    let mut bodies = Vec::new();
    for key in [
        expired.as_str(),
        wrong_secret.as_str(),
        "frp_999999_0000000000000000000000000000000000000000000000000000000000000000",
        "frp_1_short",
        "not-a-key",
        "frp_\u{202e}1_x",
    ] {
        let res = w
            .app
            .client
            .post(w.app.url("/api/v1/partner/complaints"))
            .header("Authorization", format!("Bearer {key}"))
            .json(&complaint(&w.recruiter, "k-1"))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "{key}");
        bodies.push(res.text().await.unwrap());
    }
    assert!(bodies.windows(2).all(|b| b[0] == b[1]), "{bodies:?}");
    let res = w
        .app
        .client
        .get(w.app.url("/api/v1/partner/webhook"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::UNAUTHORIZED, "no key");
    assert_eq!(w.count_complaints().await, 0);
}

#[tokio::test]
async fn a_key_opens_the_partner_routes_only_and_staff_tokens_do_not_open_them() {
    let w = world().await;
    // A valid key elsewhere: 403, and nothing filed as nobody.
    for (method, path) in [
        (reqwest::Method::GET, "/api/v1/cases"),
        (reqwest::Method::GET, "/api/v1/auth/me"),
        (reqwest::Method::POST, "/api/v1/complaints"),
    ] {
        let (status, body) = w
            .send(
                method.clone(),
                path,
                &w.key.clone(),
                Some(&complaint(&w.recruiter, "s-1")["complaint"]),
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{method} {path}: {body}");
    }
    assert_eq!(w.count_complaints().await, 0);
    // An invalid key elsewhere: 401, not a request made as nobody.
    let (status, _) = w
        .send(
            reqwest::Method::POST,
            "/api/v1/complaints",
            "frp_1_0000000000000000000000000000000000000000000000000000000000000000",
            Some(&complaint(&w.recruiter, "s-2")["complaint"]),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(w.count_complaints().await, 0);
    // A staff token on a partner route: 401.
    let token = w.app.api_token("inspector_q", PASSWORD).await;
    let (status, _) = w
        .send(
            reqwest::Method::POST,
            "/api/v1/partner/complaints",
            &token,
            Some(&complaint(&w.recruiter, "s-3")),
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // The public routes stay open without any key.
    let res = w
        .app
        .client
        .get(w.app.url("/api/v1/recruiters"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), StatusCode::OK);
}
