//! People and organisations: roles, organisation kinds and deadlines, and the rules for
//! usernames and passwords.

use unicode_normalization::UnicodeNormalization;

use super::country::CountryCode;
use super::text;
use crate::error::InputError;

/// An enum whose values are stored and sent as fixed snake_case words, each with a Fluent
/// label `<prefix>-<word with dashes>`.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident, $prefix:literal, { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(&self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }

            /// The Fluent key of this value's label.
            pub fn message_key(&self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, "-", $word)),+ }
            }

            pub fn parse(s: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.as_str() == s)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

word_enum!(
    /// What a person may do. Inspectors, union officers and caseworkers act for an
    /// organisation; workers, moderators and administrators do not belong to one.
    Role, "role", {
        Worker = "worker",
        Moderator = "moderator",
        Inspector = "inspector",
        UnionOfficer = "union_officer",
        Caseworker = "caseworker",
        Admin = "admin",
    }
);

impl Role {
    /// Staff of an organisation: they see that organisation's cases.
    pub fn belongs_to_organisation(&self) -> bool {
        matches!(
            self,
            Role::Inspector | Role::UnionOfficer | Role::Caseworker
        )
    }

    /// The organisation kinds a member of this role can belong to.
    pub fn fits(&self, kind: OrganisationKind) -> bool {
        match self {
            Role::Inspector => matches!(
                kind,
                OrganisationKind::LabourInspectorate | OrganisationKind::OriginAuthority
            ),
            Role::UnionOfficer => kind == OrganisationKind::TradeUnion,
            Role::Caseworker => kind == OrganisationKind::LegalAid,
            _ => false,
        }
    }
}

word_enum!(
    /// A staff member's standing in their organisation; leads are told of escalations.
    OrgRole, "org-role", {
        Member = "member",
        Lead = "lead",
    }
);

word_enum!(
    /// What an organisation is. None of them enforces immigration law.
    OrganisationKind, "organisation-kind", {
        LabourInspectorate = "labour_inspectorate",
        OriginAuthority = "origin_authority",
        TradeUnion = "trade_union",
        LegalAid = "legal_aid",
        IntakePartner = "intake_partner",
    }
);

impl OrganisationKind {
    /// The kinds a case may be referred to, and so the kinds a worker consents to: every
    /// kind but the intake partner, which files for workers and never receives a referral.
    pub const REFERRAL: &'static [OrganisationKind] = &[
        OrganisationKind::LabourInspectorate,
        OrganisationKind::OriginAuthority,
        OrganisationKind::TradeUnion,
        OrganisationKind::LegalAid,
    ];

    /// A kind that may receive referrals (every kind but `intake_partner`).
    pub fn receives_referrals(self) -> bool {
        self != OrganisationKind::IntakePartner
    }

    /// A referral kind parsed from its word; `intake_partner` is not one.
    pub fn parse_referral(s: &str) -> Option<OrganisationKind> {
        Self::parse(s).filter(|k| k.receives_referrals())
    }
}

word_enum!(
    /// Sectors an organisation may limit itself to.
    Sector, "sector", {
        Agriculture = "agriculture",
        Construction = "construction",
        DomesticWork = "domestic_work",
        Manufacturing = "manufacturing",
        Hospitality = "hospitality",
        Fishing = "fishing",
        Care = "care",
        Security = "security",
        Transport = "transport",
        Retail = "retail",
        Other = "other",
    }
);

pub const USERNAME_MIN: usize = 3;
pub const USERNAME_MAX: usize = 32;
pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;

/// A username as typed (NFKC) and the key that makes it unique: letters of any script,
/// digits, `.`, `_` and `-`, 3 to 32 characters. No email, no phone number needed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Username {
    pub display: String,
    pub key: String,
}

impl Username {
    pub fn parse(input: &str) -> Result<Username, InputError> {
        let display: String = input.trim().nfkc().collect();
        if display.contains(text::UNREADABLE) {
            return Err(InputError::new("username", "error-form-encoding"));
        }
        let length = display.chars().count();
        if length == 0 {
            return Err(InputError::new("username", "error-username-required"));
        }
        if !(USERNAME_MIN..=USERNAME_MAX).contains(&length) {
            return Err(InputError::new("username", "error-username-length"));
        }
        // Letters and digits of any script, with their combining marks (Devanagari vowel
        // signs and virama, Arabic harakat); no zero-width joiners, which only change how
        // a name looks; it starts with a letter or digit.
        let allowed = |c: char| {
            c.is_alphanumeric()
                || unicode_normalization::char::is_combining_mark(c)
                || matches!(c, '.' | '_' | '-')
        };
        if text::has_forbidden_chars(&display)
            || !display.chars().all(allowed)
            || !display.starts_with(char::is_alphanumeric)
        {
            return Err(InputError::new("username", "error-username-characters"));
        }
        let key = Username::key_of(&display);
        Ok(Username { display, key })
    }

    /// The lookup key of whatever was typed, valid or not (for login and throttling): its
    /// UTS #39 confusable skeleton, lower-cased, so that names that look alike (`usеr` with a
    /// Cyrillic е, `ＵＳＥＲ` in full width, `user`) are one name — the unique index on the key
    /// refuses a look-alike of an existing account.
    pub fn key_of(input: &str) -> String {
        let lowered: String = input.trim().nfkc().flat_map(char::to_lowercase).collect();
        text::skeleton(&lowered)
    }
}

/// A new password that passed the rules: 8 to 128 characters (checked before any hashing),
/// not a common or easily guessed one. Stored NFKC-normalised, so the same password typed on
/// another keyboard still matches.
#[derive(Clone)]
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword(***)")
    }
}

impl NewPassword {
    /// `field` names the form field at fault; `hints` are words the password must not lean
    /// on (the username).
    pub fn parse(
        field: &'static str,
        input: &str,
        hints: &[&str],
    ) -> Result<NewPassword, InputError> {
        let password =
            normalise_password(input).ok_or(InputError::new(field, "error-password-length"))?;
        if password.chars().any(|c| c.is_control()) {
            return Err(InputError::new(field, "error-password-characters"));
        }
        if password.contains(crate::domain::text::UNREADABLE) {
            return Err(InputError::new(field, "error-form-encoding"));
        }
        // zxcvbn scores 0–4; 0 and 1 are guessable within about a million tries (lists of
        // common passwords, keyboard walks, dates, the username itself).
        let score = zxcvbn::zxcvbn(&password, hints).score();
        if (score as u8) < 2 {
            return Err(InputError::new(field, "error-password-common"));
        }
        Ok(NewPassword(password))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// A password as typed at login, NFKC-normalised; `None` when its length is out of bounds
/// (such a password cannot match any stored one, and is never hashed).
pub fn normalise_password(input: &str) -> Option<String> {
    let length = input.chars().count();
    if !(PASSWORD_MIN..=PASSWORD_MAX).contains(&length) {
        return None;
    }
    Some(input.nfkc().collect())
}

/// An organisation's settings as an administrator enters them, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDraft {
    pub name: String,
    pub kind: OrganisationKind,
    pub countries: Vec<CountryCode>,
    pub sectors: Vec<Sector>,
    pub acknowledge_days: i32,
    pub answer_days: i32,
}

pub const DEFAULT_ACKNOWLEDGE_DAYS: i32 = 7;
pub const DEFAULT_ANSWER_DAYS: i32 = 90;
pub const ORGANISATION_NAME_MAX: usize = 200;

impl OrganisationDraft {
    pub fn parse(
        name: &str,
        kind: &str,
        countries: &[String],
        sectors: &[String],
        acknowledge_days: &str,
        answer_days: &str,
    ) -> Result<OrganisationDraft, InputError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(InputError::new("name", "error-organisation-name-required"));
        }
        if name.chars().count() > ORGANISATION_NAME_MAX || text::has_forbidden_chars(name) {
            return Err(InputError::new("name", "error-text-invalid"));
        }
        let kind = OrganisationKind::parse(kind)
            .ok_or(InputError::new("kind", "error-organisation-kind"))?;
        let mut codes = Vec::new();
        for country in countries.iter().filter(|c| !c.trim().is_empty()) {
            let code = CountryCode::parse(country)
                .ok_or(InputError::new("countries", "error-unknown-country"))?;
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        if codes.is_empty() {
            return Err(InputError::new("countries", "error-organisation-countries"));
        }
        let mut chosen = Vec::new();
        for sector in sectors.iter().filter(|s| !s.is_empty()) {
            let sector =
                Sector::parse(sector).ok_or(InputError::new("sectors", "error-sector-unknown"))?;
            if !chosen.contains(&sector) {
                chosen.push(sector);
            }
        }
        let acknowledge_days = parse_days("acknowledge_days", acknowledge_days, 365)?;
        let answer_days = parse_days("answer_days", answer_days, 730)?;
        if answer_days < acknowledge_days {
            return Err(InputError::new("answer_days", "error-deadline-order"));
        }
        Ok(OrganisationDraft {
            name: name.to_owned(),
            kind,
            countries: codes,
            sectors: chosen,
            acknowledge_days,
            answer_days,
        })
    }

    /// Sector codes as stored: comma-separated.
    pub fn sectors_column(&self) -> String {
        self.sectors
            .iter()
            .map(Sector::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }
}

fn parse_days(field: &'static str, input: &str, max: i32) -> Result<i32, InputError> {
    match input.trim().parse::<i32>() {
        Ok(days) if (1..=max).contains(&days) => Ok(days),
        _ => Err(InputError::new(field, "error-deadline-days")),
    }
}

/// Sector codes read back from the stored column (unknown ones are skipped).
pub fn sectors_from_column(column: &str) -> Vec<Sector> {
    column.split(',').filter_map(Sector::parse).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_organisation_draft_may_be_an_intake_partner_but_not_an_unknown_kind() {
        let countries = ["NP".to_owned()];
        let parse =
            |kind: &str| OrganisationDraft::parse("Hotline", kind, &countries, &[], "7", "90");
        assert!(parse("legal_aid").is_ok());
        let partner = parse("intake_partner").expect("a partner");
        assert_eq!(partner.kind, OrganisationKind::IntakePartner);
        let refused = parse("recruiter").expect_err("refused");
        assert_eq!(refused.field, "kind");
        assert_eq!(refused.message_key, "error-organisation-kind");
    }

    #[test]
    fn usernames_of_any_script_fold_to_one_key() {
        let u = Username::parse("  Ramesh_K ").unwrap();
        assert_eq!(u.display, "Ramesh_K");
        // The key is a confusable skeleton (`m` and `rn` are one), the same whatever the
        // case or the look-alike letters typed.
        assert_eq!(u.key, Username::key_of("ramesh_k"));
        assert_eq!(u.key, Username::key_of("RAMESH_K"));
        assert_eq!(u.key, Username::key_of("ram\u{0435}sh_k"));
        assert_ne!(u.key, Username::key_of("ramesh_x"));
        assert!(Username::parse("राम.श्रेष्ठ").is_ok());
        assert!(Username::parse("সীতা_বেগম").is_ok());
        assert!(Username::parse("محمد.علي").is_ok());
        // Full-width letters are the same name as their ASCII forms.
        assert_eq!(
            Username::parse("ＲＡＭ").unwrap().key,
            Username::key_of("ram")
        );
    }

    #[test]
    fn usernames_refuse_spaces_controls_and_overrides() {
        for bad in [
            "ab",
            "has space",
            "a\u{202E}bcd",
            "nul\0byte",
            "<script>",
            "\u{094D}abc",
            "-abc",
            &"x".repeat(33),
        ] {
            assert!(Username::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn passwords_are_checked_for_length_before_anything_else() {
        assert_eq!(
            NewPassword::parse("password", "short", &[])
                .unwrap_err()
                .message_key,
            "error-password-length"
        );
        assert_eq!(
            NewPassword::parse("password", &"x".repeat(129), &[])
                .unwrap_err()
                .message_key,
            "error-password-length"
        );
    }

    #[test]
    fn common_and_username_based_passwords_are_refused() {
        for common in ["password1", "12345678", "qwertyuiop", "iloveyou1"] {
            assert_eq!(
                NewPassword::parse("password", common, &[])
                    .unwrap_err()
                    .message_key,
                "error-password-common",
                "{common}"
            );
        }
        assert!(NewPassword::parse("password", "ramesh2024", &["ramesh"]).is_err());
        assert!(NewPassword::parse("password", "kathmandu-rain-teacup-41", &[]).is_ok());
        assert!(NewPassword::parse("password", "मेरो पासवर्ड लामो छ", &[]).is_ok());
    }

    #[test]
    fn roles_fit_organisation_kinds() {
        assert!(Role::Inspector.fits(OrganisationKind::LabourInspectorate));
        assert!(Role::Inspector.fits(OrganisationKind::OriginAuthority));
        assert!(!Role::UnionOfficer.fits(OrganisationKind::LegalAid));
        assert!(!Role::Admin.belongs_to_organisation());
        assert_eq!(Role::UnionOfficer.message_key(), "role-union_officer");
    }

    #[test]
    fn organisations_need_countries_and_ordered_deadlines() {
        let ok = OrganisationDraft::parse(
            "Labour Inspectorate of Qatar",
            "labour_inspectorate",
            &["QA".into()],
            &[],
            "7",
            "90",
        )
        .unwrap();
        assert_eq!(ok.countries.len(), 1);
        let none = OrganisationDraft::parse("X", "trade_union", &[], &[], "7", "90");
        assert_eq!(none.unwrap_err().field, "countries");
        let order = OrganisationDraft::parse("X", "trade_union", &["NP".into()], &[], "30", "10");
        assert_eq!(order.unwrap_err().field, "answer_days");
    }
}
