//! Who may do what, in one place. HTML and JSON handlers ask these functions; nothing else
//! decides access.

use super::User;
use crate::domain::account::{OrgRole, Role};

/// Administrators keep the directories, organisations and staff — not complaint content.
pub fn can_administer(user: &User) -> bool {
    user.role == Role::Admin
}

/// An organisation's page: administrators, and that organisation's own staff.
pub fn can_view_organisation(user: &User, organisation_id: i64) -> bool {
    can_administer(user) || member_of(user, organisation_id)
}

/// Moderators approve and redact reviews.
pub fn can_moderate(user: &User) -> bool {
    user.role == Role::Moderator
}

/// A referral is its organisation's own file: only that organisation's staff see it, and
/// administrators do not.
pub fn can_view_referral(user: &User, referral_organisation_id: i64) -> bool {
    user.role.belongs_to_organisation() && member_of(user, referral_organisation_id)
}

/// The organisation whose referrals the user works on: staff of an organisation only
/// (administrators manage people, not complaint content).
pub fn case_organisation(user: &User) -> Option<i64> {
    if user.role.belongs_to_organisation() {
        user.organisation_id
    } else {
        None
    }
}

/// Leads are told of escalations and overdue referrals.
pub fn is_lead_of(user: &User, organisation_id: i64) -> bool {
    member_of(user, organisation_id) && user.org_role == Some(OrgRole::Lead)
}

fn member_of(user: &User, organisation_id: i64) -> bool {
    user.organisation_id == Some(organisation_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::token::Claims;

    fn user(role: Role, organisation_id: Option<i64>, org_role: Option<OrgRole>) -> User {
        User {
            id: 1,
            second_factor: true,
            username: "u".into(),
            role,
            organisation_id,
            org_role,
            email: None,
            language: None,
            mail_notices: crate::domain::notice::MailNotices::Each,
            token: Claims {
                sub: "1".into(),
                exp: 0,
                iat: 0,
                iss: String::new(),
                aud: String::new(),
                jti: String::new(),
                ver: 0,
                key: None,
            },
            personal: None,
        }
    }

    #[test]
    fn staff_see_only_their_own_organisation() {
        let inspector = user(Role::Inspector, Some(7), Some(OrgRole::Member));
        assert!(can_view_referral(&inspector, 7));
        assert!(!can_view_referral(&inspector, 8));
        assert!(can_view_organisation(&inspector, 7));
        assert!(!can_view_organisation(&inspector, 8));
        assert!(!is_lead_of(&inspector, 7));
        assert!(is_lead_of(
            &user(Role::Caseworker, Some(7), Some(OrgRole::Lead)),
            7
        ));
    }

    #[test]
    fn administrators_manage_but_do_not_read_cases() {
        let admin = user(Role::Admin, None, None);
        assert!(can_administer(&admin));
        assert!(can_view_organisation(&admin, 7));
        assert!(!can_view_referral(&admin, 7));
        assert!(!can_moderate(&admin));
        let worker = user(Role::Worker, None, None);
        assert!(!can_administer(&worker) && !can_view_referral(&worker, 7));
        assert!(can_moderate(&user(Role::Moderator, None, None)));
    }
}
