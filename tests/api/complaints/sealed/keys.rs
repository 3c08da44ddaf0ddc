//! An organisation's key as people come and go: made by a lead, given, kept through a
//! password change, lost by an administrator's reset, restored with the recovery code; and
//! referring a case on.

use super::*;

/// An organisation covering AE whose lead made its key, a member not given it yet, an
/// administrator, and a complaint to it.
struct Keyed {
    lead: i64,
    member: i64,
    /// The recovery code shown when the key was made.
    code: String,
    lead_browser: crate::helpers::Browser,
    /// The complaint's referral there.
    id: i64,
}

async fn keyed(app: &TestApp, recruiter: &str) -> Keyed {
    let org = keyless_organisation(app, "Emirates Inspectorate", "labour_inspectorate", "AE").await;
    let lead = app
        .create_account("inspector", "lead_ae", Some((org, true)))
        .await;
    let member = app
        .create_account("inspector", "member_ae", Some((org, false)))
        .await;
    app.create_account("admin", "admin_k", None).await;
    // The lead makes the key; the recovery code is shown once.
    let lead_browser = app.signed_in("lead_ae").await;
    let res = lead_browser
        .post_form("/organisation/key?lang=en", &[])
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let code = code_in(&res.text().await.unwrap());
    let (_, again) = lead_browser.get_text("/organisation/key?lang=en").await;
    assert!(!again.contains(&code), "shown once");
    assert!(again.contains("You hold the key."));
    let mut body = complaint(recruiter, &["labour_inspectorate"]);
    body["destination"] = json!("AE");
    body["description"] = json!("Wages unpaid for SEALEDKEY77 months");
    let (s, _) = file_api(app, body).await;
    assert_eq!(s, 201);
    let rows = referrals_by_org(app).await;
    let id = rows.iter().find(|(_, o)| *o == org).unwrap().0;
    Keyed {
        lead,
        member,
        code,
        lead_browser,
        id,
    }
}

async fn give(k: &Keyed, to: i64) {
    let res = k
        .lead_browser
        .post_form(&format!("/organisation/key/give/{to}"), &[])
        .await;
    assert_eq!(res.status().as_u16(), 303);
}

#[tokio::test]
async fn a_lead_makes_the_key_and_gives_it_and_a_password_change_keeps_it() {
    let w = world().await;
    let app = &w.app;
    let k = keyed(app, &w.recruiter).await;
    let id = k.id;
    assert!(case_text(app, "lead_ae", id).await.contains("SEALEDKEY77"));
    // A member not given the key yet sees the facts, why not the words, and who can help.
    let page = case_text(app, "member_ae", id).await;
    assert!(!page.contains("SEALEDKEY77"));
    assert!(page.contains("You do not hold your organisation"));
    assert!(page.contains("Leads who can give it:"));
    assert!(page.contains("lead_ae"));
    give(&k, k.member).await;
    assert!(
        case_text(app, "member_ae", id)
            .await
            .contains("SEALEDKEY77")
    );

    // The member's own password change keeps it, in this session and the next.
    let member_browser = app.signed_in("member_ae").await;
    let res = member_browser
        .post_form(
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "a brand new passphrase 77"),
                ("new_password_confirm", "a brand new passphrase 77"),
            ],
        )
        .await;
    assert_eq!(res.status().as_u16(), 303);
    let (_, page) = member_browser.get_text(&format!("/cases/{id}")).await;
    assert!(page.contains("SEALEDKEY77"), "the same session");
    let fresh = app.browser();
    let signed = fresh
        .sign_in("member_ae", "a brand new passphrase 77")
        .await;
    assert_eq!(signed, 303);
    let (_, page) = fresh.get_text(&format!("/cases/{id}")).await;
    assert!(page.contains("SEALEDKEY77"), "a new sign-in");
}

#[tokio::test]
async fn a_reset_loses_the_key_until_a_lead_gives_it_and_the_recovery_code_restores_it() {
    let w = world().await;
    let app = &w.app;
    let k = keyed(app, &w.recruiter).await;
    let id = k.id;
    give(&k, k.member).await;
    // An administrator's reset: the administrator cannot read, and the member loses the key.
    let admin = app.signed_in("admin_k").await;
    let (s, _) = admin.get_text(&format!("/cases/{id}")).await;
    assert_eq!(s, 403);
    let reset = reset_and_sign_in(
        app,
        &admin,
        k.member,
        "member_ae",
        "reset by the admin 9911",
    )
    .await;
    let (_, page) = reset.get_text(&format!("/cases/{id}?lang=en")).await;
    assert!(!page.contains("SEALEDKEY77"));
    assert!(page.contains("You do not hold your organisation"));
    give(&k, k.member).await;
    let (_, page) = reset.get_text(&format!("/cases/{id}")).await;
    assert!(page.contains("SEALEDKEY77"), "given again by the lead");

    // Every lead loses theirs: the recovery code restores it, and is replaced.
    let lead = reset_and_sign_in(app, &admin, k.lead, "lead_ae", "the lead forgot 5512").await;
    let (_, page) = lead.get_text(&format!("/cases/{id}")).await;
    assert!(!page.contains("SEALEDKEY77"));
    let wrong = [("code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")];
    let res = lead
        .post_form("/organisation/key/recover?lang=en", &wrong)
        .await;
    assert_eq!(res.status().as_u16(), 400);
    let page = res.text().await.unwrap();
    assert!(page.contains("This is not your organisation"));
    let typed = [("code", k.code.to_lowercase())];
    let typed: Vec<(&str, &str)> = typed.iter().map(|(f, v)| (*f, v.as_str())).collect();
    let res = lead
        .post_form("/organisation/key/recover?lang=en", &typed)
        .await;
    assert_eq!(res.status().as_u16(), 200);
    let next = code_in(&res.text().await.unwrap());
    assert_ne!(next, k.code);
    let (_, page) = lead.get_text(&format!("/cases/{id}")).await;
    assert!(
        page.contains("SEALEDKEY77"),
        "restored by the recovery code"
    );
    let res = lead
        .post_form("/organisation/key/recover", &[("code", &k.code)])
        .await;
    assert_eq!(res.status().as_u16(), 400, "the old code no longer works");
}

#[tokio::test]
async fn referring_on_seals_the_case_for_the_organisation_it_goes_to() {
    let w = world().await;
    let app = &w.app;
    let k = keyed(app, &w.recruiter).await;
    // Legal aid was consented to, but no such organisation existed when it was filed.
    let mut body = complaint(&w.recruiter, &["labour_inspectorate", "legal_aid"]);
    body["destination"] = json!("AE");
    body["description"] = json!("Referred on REFERON88");
    let (s, _) = file_api(app, body).await;
    assert_eq!(s, 201);
    let ours = referrals_by_org(app).await.last().unwrap().0;
    let legal = app
        .create_organisation("Legal aid of the Emirates", "legal_aid", &["AE"])
        .await;
    app.create_account("caseworker", "lawyer_ae", Some((legal, false)))
        .await;
    let token = app.api_token("lead_ae", PASSWORD).await;
    let (s, out) = api_post(
        app,
        &token,
        &format!("/api/v1/cases/{ours}/refer"),
        json!({"organisation": legal, "reason": "They take wage cases"}),
    )
    .await;
    assert_eq!(s, 201, "{out}");
    let new_id = out["referral"].as_i64().unwrap();
    let page = case_text(app, "lawyer_ae", new_id).await;
    assert!(
        page.contains("REFERON88"),
        "sealed for the new organisation"
    );
    // The first complaint, never referred there, stays closed to it.
    let lawyer = app.api_token("lawyer_ae", PASSWORD).await;
    let (s, _) = api_get(app, &lawyer, &format!("/api/v1/cases/{}", k.id)).await;
    assert_eq!(s, 404);
}

#[tokio::test]
async fn moving_to_another_organisation_or_being_disabled_leaves_the_key_behind() {
    use fairrecruit::db::accounts::{self, StaffChange};
    use fairrecruit::domain::account::{OrgRole, Role};
    let w = world().await;
    let app = &w.app;
    sealed_complaint(app, &w.recruiter, &["labour_inspectorate"]).await;
    let id = referrals_by_org(app).await[0].0;
    let moved = app
        .create_account("inspector", "moving_q", Some((w.inspectorate, false)))
        .await;
    let stays = app
        .create_account("inspector", "staying_q", Some((w.inspectorate, false)))
        .await;
    assert!(case_text(app, "moving_q", id).await.contains(CANARIES[0]));
    let (pool, union, inspectorate) = (app.pool.clone(), w.union, w.inspectorate);
    let grants = tokio::task::spawn_blocking(move || {
        use fairrecruit::db::schema::key_grants;
        let mut conn = pool.get().unwrap();
        let to_union = StaffChange {
            role: Role::UnionOfficer,
            organisation: Some((union, OrgRole::Member)),
            disabled: false,
        };
        accounts::update_staff(&mut conn, moved, &to_union).unwrap();
        let disabled = StaffChange {
            role: Role::Inspector,
            organisation: Some((inspectorate, OrgRole::Member)),
            disabled: true,
        };
        accounts::update_staff(&mut conn, stays, &disabled).unwrap();
        key_grants::table
            .filter(key_grants::user_id.eq_any([moved, stays]))
            .select((key_grants::user_id, key_grants::organisation_id))
            .load::<(i64, i64)>(&mut conn)
            .unwrap()
    })
    .await
    .unwrap();
    assert!(
        !grants.iter().any(|(_, org)| *org == w.inspectorate),
        "{grants:?}"
    );
}
