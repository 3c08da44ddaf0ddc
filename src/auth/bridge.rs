//! The review → complaint bridge: after a review that reports a possible abuse, the worker
//! gets a link that opens a confidential complaint prefilled with that review's facts. The
//! link carries a token only its sender has — the review's public id, an expiry and an HMAC
//! of both — so nobody else can read a review's private facts (costs, wages, checklist)
//! through the complaint form, and the link stops working after [`LIFETIME_SECS`].

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::token::Keys;

/// How long a bridge link works: long enough to read the page and decide.
pub const LIFETIME_SECS: i64 = 2 * 60 * 60;

fn mac(keys: &Keys, message: &str) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(keys.bridge_key()).expect("HMAC takes keys of any length");
    mac.update(message.as_bytes());
    mac
}

/// `{review public id}.{expiry, unix seconds}.{HMAC, hex}`.
pub fn issue(keys: &Keys, review_public_id: &str, now: i64) -> String {
    let message = format!("{review_public_id}.{}", now + LIFETIME_SECS);
    let tag: String = mac(keys, &message)
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{message}.{tag}")
}

/// The review's public id, when the token is ours, intact and not expired.
pub fn verify(keys: &Keys, token: &str, now: i64) -> Option<String> {
    if token.len() > 128 {
        return None;
    }
    let (message, tag) = token.rsplit_once('.')?;
    let (public_id, expiry) = message.split_once('.')?;
    let expiry: i64 = expiry.parse().ok()?;
    if tag.len() != 64 || expiry < now {
        return None;
    }
    let tag: Vec<u8> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(tag.get(i..i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    mac(keys, message).verify_slice(&tag).ok()?;
    Some(public_id.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_an_intact_unexpired_token_opens_the_bridge() {
        let keys = Keys::from_secret(&[7u8; 32]);
        let token = issue(&keys, "abcdefghjkmn", 1_000);
        assert_eq!(
            verify(&keys, &token, 1_000).as_deref(),
            Some("abcdefghjkmn")
        );
        assert_eq!(
            verify(&keys, &token, 1_000 + LIFETIME_SECS).as_deref(),
            Some("abcdefghjkmn")
        );
        assert_eq!(
            verify(&keys, &token, 1_001 + LIFETIME_SECS),
            None,
            "expired"
        );
        let other = Keys::from_secret(&[8u8; 32]);
        assert_eq!(verify(&other, &token, 1_000), None, "another installation");
        let forged = token.replacen("abcdefghjkmn", "zzzzzzzzzzzz", 1);
        assert_eq!(verify(&keys, &forged, 1_000), None, "another review");
        let longer = token.replacen(&format!(".{}.", 1_000 + LIFETIME_SECS), ".99999999999.", 1);
        assert_eq!(verify(&keys, &longer, 1_000), None, "a later expiry");
        for junk in ["", "a.b", "a.b.c", "..", "x.1.zz", &"a".repeat(500)] {
            assert_eq!(verify(&keys, junk, 1_000), None, "{junk}");
        }
    }
}
