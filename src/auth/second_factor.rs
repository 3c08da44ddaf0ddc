//! A second factor for sign-in: time-based one-time codes (RFC 6238, the six digits every
//! authenticator app shows) and ten recovery codes. Staff must have one; workers may.
//!
//! The TOTP secret is sealed with a key derived from the service secret (`token::Keys`), so a
//! copy of the database alone cannot make codes. A code is accepted once: the last accepted
//! 30-second step is kept and only a later one passes (`db::second_factors::accept_step`,
//! one conditional update, so two servers cannot both accept it). Recovery codes are kept as
//! SHA-256 of the account and the code (120 random bits each) and used once.
//!
//! While enrolling, the new secret travels sealed in the form itself (bound to the account),
//! so showing the page writes nothing; it is stored when its first code is confirmed.

use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

use super::token::Keys;
use crate::db::{DbConnection, second_factors};
use crate::seal::{RecoveryCode, Unopenable};

/// Seconds a code lasts (RFC 6238's default, and what authenticator apps assume).
pub const STEP_SECS: u64 = 30;
const DIGITS: usize = 6;
/// 160 bits, as RFC 4226 recommends.
const SECRET_BYTES: usize = 20;
/// Recovery codes made at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// The name authenticator apps show beside the account.
const ISSUER: &str = "FairRecruit";
/// Bound to a stored secret's ciphertext.
const STORED: &str = "second factor secret";

/// A TOTP secret.
pub struct Secret(Zeroizing<Vec<u8>>);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(****)")
    }
}

impl Secret {
    pub fn generate() -> Secret {
        let mut bytes = vec![0u8; SECRET_BYTES];
        getrandom::fill(&mut bytes).expect("the operating system's random source is available");
        Secret(Zeroizing::new(bytes))
    }

    /// From its base32 text (spaces and case do not matter), as an authenticator app takes
    /// it: for the demo's published secret and for tests.
    pub fn from_base32(text: &str) -> Option<Secret> {
        let compact: String = text
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .collect::<String>()
            .to_ascii_uppercase();
        let bytes = totp_rs::Secret::Encoded(compact).to_bytes().ok()?;
        (bytes.len() >= 16).then(|| Secret(Zeroizing::new(bytes)))
    }

    /// Base32 (RFC 4648, unpadded), to type into an app that cannot scan.
    pub fn base32(&self) -> String {
        match totp_rs::Secret::Raw(self.0.to_vec()).to_encoded() {
            totp_rs::Secret::Encoded(text) => text,
            totp_rs::Secret::Raw(_) => String::new(),
        }
    }

    /// [`Secret::base32`] in groups of four, as shown on the page.
    pub fn shown(&self) -> String {
        crate::domain::text::grouped_by_four(&self.base32()).replace('-', " ")
    }

    fn totp(&self, account: &str) -> TOTP {
        TOTP::new_unchecked(
            Algorithm::SHA1,
            DIGITS,
            0,
            STEP_SECS,
            self.0.to_vec(),
            Some(ISSUER.to_owned()),
            account.replace(':', " "),
        )
    }

    /// The code for a moment (seconds since 1970).
    pub fn code_at(&self, unix: u64) -> String {
        self.totp("").generate(unix)
    }

    /// The 30-second step whose code was typed: the current one or either neighbour (a
    /// phone's clock a little off, a code typed as it turned); compared in constant time.
    pub fn step_of(&self, typed: &str, unix: u64) -> Option<u64> {
        let code: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let totp = self.totp("");
        let now = unix / STEP_SECS;
        let mut found = None;
        for step in [now.saturating_sub(1), now, now + 1] {
            let expected = totp.generate(step * STEP_SECS);
            if super::constant_time_eq(expected.as_bytes(), code.as_bytes()) && found.is_none() {
                found = Some(step);
            }
        }
        found
    }

    /// The `otpauth://totp/…` link an authenticator app scans.
    pub fn otpauth_url(&self, account: &str) -> String {
        self.totp(account).get_url()
    }

    /// The QR code of [`Secret::otpauth_url`] as an inline SVG element (no script, no image
    /// request, no outside service).
    pub fn qr_svg(&self, account: &str) -> String {
        use qrcode::render::svg;
        match qrcode::QrCode::with_error_correction_level(
            self.otpauth_url(account).as_bytes(),
            qrcode::EcLevel::M,
        ) {
            Ok(code) => {
                let drawn = code
                    .render::<svg::Color<'_>>()
                    .min_dimensions(220, 220)
                    .quiet_zone(true)
                    .build();
                // Inline in the page: without the XML declaration.
                match drawn.find("<svg") {
                    Some(start) => drawn[start..].to_owned(),
                    None => String::new(),
                }
            }
            // An otpauth link is far below a QR code's capacity.
            Err(_) => String::new(),
        }
    }

    /// Sealed for storing, with the current service secret's key.
    pub fn seal(&self, keys: &Keys) -> String {
        keys.second_factor_keys()[0].seal_bytes(STORED, &self.0)
    }

    /// Opens a stored secret with whichever service secret sealed it.
    pub fn open(keys: &Keys, sealed: &str) -> Result<Secret, Unopenable> {
        keys.second_factor_keys()
            .iter()
            .find_map(|key| key.open_bytes(STORED, sealed).ok())
            .map(|bytes| Secret(Zeroizing::new(bytes.to_vec())))
            .ok_or(Unopenable)
    }

    /// Sealed for the enrolment form, for this account only.
    pub fn seal_pending(&self, keys: &Keys, user: i64) -> String {
        keys.second_factor_keys()[0].seal_bytes(&pending_purpose(user), &self.0)
    }

    /// The secret an enrolment form carried, if it was made for this account.
    pub fn open_pending(keys: &Keys, user: i64, sealed: &str) -> Option<Secret> {
        if sealed.len() > 512 {
            return None;
        }
        keys.second_factor_keys()[0]
            .open_bytes(&pending_purpose(user), sealed)
            .ok()
            .filter(|bytes| bytes.len() == SECRET_BYTES)
            .map(|bytes| Secret(Zeroizing::new(bytes.to_vec())))
    }
}

fn pending_purpose(user: i64) -> String {
    format!("second factor enrolment {user}")
}

/// What was typed in the code field: six digits from the app, or a recovery code.
pub enum Typed {
    Code(String),
    Recovery(RecoveryCode),
    /// Neither (empty, too long, other characters).
    Unreadable,
}

pub fn read(typed: &str) -> Typed {
    if typed.len() > 128 {
        return Typed::Unreadable;
    }
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == DIGITS && digits.bytes().all(|b| b.is_ascii_digit()) {
        return Typed::Code(digits);
    }
    match RecoveryCode::parse(typed) {
        Some(code) => Typed::Recovery(code),
        None => Typed::Unreadable,
    }
}

/// Ten new recovery codes, and what is stored of each.
pub fn new_recovery_codes(user: i64) -> (Vec<RecoveryCode>, Vec<String>) {
    let codes: Vec<RecoveryCode> = (0..RECOVERY_CODES)
        .map(|_| RecoveryCode::generate())
        .collect();
    let stored = codes.iter().map(|c| c.fingerprint(user)).collect();
    (codes, stored)
}

/// The outcome of a code typed for an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// The account has no second factor: nothing to check.
    NotSetUp,
    /// A code from the app, not used before.
    Code,
    /// A recovery code, now used; this many are left.
    Recovery { left: i64 },
    /// Wrong, reused, malformed or missing.
    Refused,
}

impl Check {
    pub fn passed(self) -> bool {
        matches!(self, Check::Code | Check::Recovery { .. })
    }
}

/// Checks what was typed against the account's second factor, using it up if it passes (a
/// code's step, or the recovery code). Call inside the transaction that acts on it.
pub fn check(
    conn: &mut DbConnection,
    keys: &Keys,
    user: i64,
    typed: Option<&str>,
    unix: u64,
) -> diesel::QueryResult<Check> {
    let Some(stored) = second_factors::of(conn, user)? else {
        return Ok(Check::NotSetUp);
    };
    Ok(match read(typed.unwrap_or_default()) {
        Typed::Code(code) => {
            let step = Secret::open(keys, &stored.secret)
                .ok()
                .and_then(|secret| secret.step_of(&code, unix));
            match step {
                Some(step) if second_factors::accept_step(conn, user, step)? => Check::Code,
                _ => Check::Refused,
            }
        }
        Typed::Recovery(code) => {
            match second_factors::use_recovery(conn, user, &code.fingerprint(user))? {
                Some(left) => Check::Recovery { left },
                None => Check::Refused,
            }
        }
        Typed::Unreadable => Check::Refused,
    })
}

/// Seconds since 1970, now.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", 8 digits there; the
    /// last six digits are what a 6-digit app shows.
    #[test]
    fn codes_match_the_rfc_test_vectors() {
        let secret = Secret(Zeroizing::new(b"12345678901234567890".to_vec()));
        for (time, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(secret.code_at(time), eight[2..], "at {time}");
        }
    }

    #[test]
    fn a_code_names_its_step_and_only_neighbouring_steps_pass() {
        let secret = Secret::generate();
        let now = 1_800_000_000;
        let code = secret.code_at(now);
        assert_eq!(secret.step_of(&code, now), Some(now / STEP_SECS));
        assert_eq!(
            secret.step_of(&code, now + STEP_SECS),
            Some(now / STEP_SECS)
        );
        assert_eq!(secret.step_of(&code, now + 3 * STEP_SECS), None);
        assert_eq!(
            secret.step_of(&format!("{} {}", &code[..3], &code[3..]), now),
            Some(now / STEP_SECS)
        );
        assert_eq!(secret.step_of("12345", now), None);
        assert_eq!(secret.step_of("١٢٣٤٥٦", now), None);
    }

    #[test]
    fn secrets_round_trip_through_base32_and_sealing() {
        let keys = Keys::from_secret(b"a service secret of thirty-two bytes!!");
        let secret = Secret::generate();
        let again = Secret::from_base32(&secret.shown().to_lowercase()).unwrap();
        assert_eq!(again.code_at(1_700_000_000), secret.code_at(1_700_000_000));
        let sealed = secret.seal(&keys);
        assert!(!sealed.contains(&secret.base32()));
        let opened = Secret::open(&keys, &sealed).unwrap();
        assert_eq!(opened.code_at(59), secret.code_at(59));
        // A form's pending secret opens only for the account it was made for.
        let pending = secret.seal_pending(&keys, 7);
        assert!(Secret::open_pending(&keys, 7, &pending).is_some());
        assert!(Secret::open_pending(&keys, 8, &pending).is_none());
        assert!(Secret::open(&keys, &pending).is_err());
        // After a new service secret, the old sealing still opens.
        let rotated = Keys::from_secrets(&[
            b"the next service secret, also 32 bytes".to_vec(),
            b"a service secret of thirty-two bytes!!".to_vec(),
        ]);
        assert!(Secret::open(&rotated, &sealed).is_ok());
    }

    #[test]
    fn the_qr_code_is_an_inline_svg_of_the_otpauth_link() {
        let secret = Secret::generate();
        let url = secret.otpauth_url("inspector:doha");
        assert!(url.starts_with("otpauth://totp/"), "{url}");
        assert!(url.contains(&secret.base32()));
        assert!(url.contains("issuer=FairRecruit"));
        let svg = secret.qr_svg("inspector");
        assert!(svg.starts_with("<svg"), "{}", &svg[..40.min(svg.len())]);
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn typed_codes_are_read_as_app_codes_or_recovery_codes() {
        assert!(matches!(read("123 456"), Typed::Code(c) if c == "123456"));
        let recovery = RecoveryCode::generate();
        assert!(matches!(
            read(&recovery.grouped().to_lowercase()),
            Typed::Recovery(_)
        ));
        assert!(matches!(read(""), Typed::Unreadable));
        assert!(matches!(read("12345"), Typed::Unreadable));
        assert!(matches!(read(&"1".repeat(5000)), Typed::Unreadable));
        let (shown, stored) = new_recovery_codes(3);
        assert_eq!(shown.len(), RECOVERY_CODES);
        assert_eq!(stored[0], shown[0].fingerprint(3));
        assert_ne!(stored[0], shown[0].fingerprint(4));
    }
}
