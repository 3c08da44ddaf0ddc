//! The signature on every webhook: `FairRecruit-Signature: t=<unix seconds>,v1=<hex
//! HMAC-SHA256(secret, "<t>.<body>")>`. A receiver recomputes it with its secret, compares
//! in constant time, refuses a `t` more than [`TOLERANCE_SECS`] from its own clock, and
//! remembers `FairRecruit-Event-Id` to drop a replay (README, "Status webhooks").

use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const SIGNATURE_HEADER: &str = "FairRecruit-Signature";
pub const EVENT_ID_HEADER: &str = "FairRecruit-Event-Id";
pub const EVENT_TYPE_HEADER: &str = "FairRecruit-Event";

/// How far a signature's time may be from the receiver's clock.
pub const TOLERANCE_SECS: i64 = 300;

/// A new signing secret, as shown once to the partner: `whsec_` and 64 hex digits.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system's random source");
    format!("whsec_{}", to_hex(&bytes))
}

fn mac(secret: &str, t: i64, body: &[u8]) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes keys of any length");
    mac.update(t.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    mac
}

/// The header's value for `body` sent at unix time `t`.
pub fn signature(secret: &str, t: i64, body: &[u8]) -> String {
    format!(
        "t={t},v1={}",
        to_hex(&mac(secret, t, body).finalize().into_bytes())
    )
}

/// What a receiver does (used by the tests and documented for partners): true when the
/// header is well formed, its time within [`TOLERANCE_SECS`] of `now`, and a `v1` matches.
pub fn verify(secret: &str, header: &str, body: &[u8], now: i64) -> bool {
    let mut t = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => t = v.parse::<i64>().ok(),
            Some(("v1", v)) => signatures.extend(from_hex(v)),
            _ => {}
        }
    }
    let Some(t) = t else { return false };
    if (now - t).abs() > TOLERANCE_SECS {
        return false;
    }
    signatures
        .iter()
        .any(|s| mac(secret, t, body).verify_slice(s).is_ok())
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_with_its_secret_only_and_only_in_time() {
        let body = br#"{"type":"referral.acknowledged"}"#;
        let header = signature("whsec_one", 1_000_000, body);
        assert!(header.starts_with("t=1000000,v1="));
        assert!(verify("whsec_one", &header, body, 1_000_100));
        assert!(!verify("whsec_two", &header, body, 1_000_100));
        assert!(!verify("whsec_one", &header, b"{}", 1_000_100));
        assert!(!verify(
            "whsec_one",
            &header,
            body,
            1_000_000 + TOLERANCE_SECS + 1
        ));
        assert!(!verify("whsec_one", "v1=00", body, 1_000_000));
        let secret = new_secret();
        assert_eq!(secret.len(), 6 + 64);
        assert_ne!(secret, new_secret());
    }
}
