//! API tokens: who they identify, which are refused, and the bearer scheme in the OpenAPI
//! document.

use fairrecruit::auth::token::{AUDIENCE, Claims, ISSUER, Keys};
use fairrecruit::db::accounts::Outcome;

use crate::helpers::{PASSWORD, spawn_app};

use super::{audit_count, me};

#[tokio::test]
async fn api_tokens_identify_the_caller_until_logout() {
    let app = spawn_app().await;
    let org = app
        .create_organisation("Inspectorate of Qatar", "labour_inspectorate", &["QA"])
        .await;
    app.create_account("inspector", "insp_qa", Some((org, true)))
        .await;
    let (status, body) = me(&app, "").await;
    assert_eq!(status, 401);
    assert_eq!(body["code"], "unauthorized");
    let token = app.api_token("insp_qa", PASSWORD).await;
    let (status, body) = me(&app, &token).await;
    assert_eq!(status, 200);
    assert_eq!(body["username"], "insp_qa");
    assert_eq!(body["role"], "inspector");
    assert_eq!(body["organisation"]["id"], org);
    assert_eq!(body["organisation"]["kind"], "labour_inspectorate");
    assert_eq!(body["organisation"]["role"], "lead");
    // Never from the URL.
    let (status, _) = app
        .get_json(&format!("/api/v1/me?access_token={token}"))
        .await;
    assert_eq!(status, 401);
    let other = app.api_token("insp_qa", PASSWORD).await;
    let res = reqwest::Client::new()
        .post(app.url("/api/v1/auth/logout"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 204);
    assert_eq!(me(&app, &token).await.0, 401, "revoked");
    assert_eq!(me(&app, &other).await.0, 200, "only that token");
    assert_eq!(audit_count(&app, "sign_out", Outcome::Success).await, 1);
}

#[tokio::test]
async fn forged_expired_and_foreign_tokens_are_refused() {
    let app = spawn_app().await;
    let id = app.create_account("worker", "worker_one", None).await;
    let keys = Keys::from_secret(app.jwt_secret.as_bytes());
    let now = jsonwebtoken::get_current_timestamp();
    let claims = Claims {
        sub: id.to_string(),
        exp: now + 600,
        iat: now,
        iss: ISSUER.into(),
        aud: AUDIENCE.into(),
        jti: "abc".into(),
        ver: 0,
        key: None,
    };
    let good = keys.sign(&claims).unwrap();
    assert_eq!(me(&app, &good).await.0, 200, "the control token works");
    // Not valid before a time to come: refused; before a time past: accepted.
    for (nbf, expected) in [(now + 600, 401), (now - 60, 200)] {
        let mut with_nbf = serde_json::to_value(&claims).unwrap();
        with_nbf["nbf"] = serde_json::json!(nbf);
        let token = keys.sign(&with_nbf).unwrap();
        assert_eq!(me(&app, &token).await.0, expected, "nbf {nbf} at {now}");
    }
    let mut forged = Vec::new();
    for (what, changed) in [
        (
            "expired",
            Claims {
                exp: now - 60,
                iat: now - 700,
                ..claims.clone()
            },
        ),
        (
            "audience",
            Claims {
                aud: "someone-else".into(),
                ..claims.clone()
            },
        ),
        (
            "issuer",
            Claims {
                iss: "someone-else".into(),
                ..claims.clone()
            },
        ),
        (
            "old version",
            Claims {
                ver: -1,
                key: None,
                ..claims.clone()
            },
        ),
        (
            "unknown account",
            Claims {
                sub: "999999".into(),
                ..claims.clone()
            },
        ),
    ] {
        forged.push((what, keys.sign(&changed).unwrap()));
    }
    let other_key = Keys::from_secret(b"a different secret of 32 bytes or more");
    forged.push(("other key", other_key.sign(&claims).unwrap()));
    let mut flipped = good.clone().into_bytes();
    let i = flipped.len() - 5;
    flipped[i] = if flipped[i] == b'a' { b'b' } else { b'a' };
    forged.push(("flipped bit", String::from_utf8(flipped).unwrap()));
    let payload = good.split('.').nth(1).unwrap();
    forged.push((
        "alg none",
        format!("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.{payload}."),
    ));
    forged.push(("garbage", "not-a-token".into()));
    for (what, token) in forged {
        let (status, body) = me(&app, &token).await;
        assert_eq!(status, 401, "{what}");
        assert_eq!(
            body["code"], "unauthorized",
            "{what}: no detail beyond the code"
        );
    }
}

#[tokio::test]
async fn the_openapi_document_declares_the_bearer_scheme_its_operations_use() {
    let app = spawn_app().await;
    let (_, doc) = app.get_json("/api/v1/openapi.json").await;
    let schemes = &doc["components"]["securitySchemes"];
    assert_eq!(schemes["bearer"]["scheme"], "bearer");
    assert_eq!(schemes["partner_key"]["scheme"], "bearer");
    let mut secured = Vec::new();
    for (path, operations) in doc["paths"].as_object().unwrap() {
        for (method, operation) in operations.as_object().unwrap() {
            for requirement in operation["security"].as_array().into_iter().flatten() {
                for name in requirement.as_object().unwrap().keys() {
                    assert!(
                        schemes[name].is_object(),
                        "{method} {path} uses undeclared {name}"
                    );
                    secured.push(format!("{method} {path}"));
                }
            }
        }
    }
    secured.sort();
    assert_eq!(
        secured,
        [
            "delete /api/v1/partner/webhook",
            "get /api/v1/cases",
            "get /api/v1/cases/{id}",
            "get /api/v1/cases/{id}/files/{file}",
            "get /api/v1/me",
            "get /api/v1/partner/complaints/{reference}",
            "get /api/v1/partner/webhook",
            "post /api/v1/auth/logout",
            "post /api/v1/cases/{id}/actions",
            "post /api/v1/cases/{id}/files",
            "post /api/v1/cases/{id}/group",
            "post /api/v1/cases/{id}/messages",
            "post /api/v1/cases/{id}/priority",
            "post /api/v1/cases/{id}/refer",
            "post /api/v1/partner/complaints",
            "post /api/v1/partner/complaints/{reference}/conversation",
            "post /api/v1/partner/complaints/{reference}/messages",
            "post /api/v1/partner/reviews",
            "post /api/v1/reviews",
            "put /api/v1/partner/webhook",
        ]
    );
}
