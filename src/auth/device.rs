//! Device cookies (OWASP's answer to lock-outs): after a successful sign-in, a browser (or an
//! API client) gets a token naming the account it signed into on this device. The per-account
//! delay after wrong guesses then applies to everyone *else*: a device that carries a valid
//! token for the account is delayed only by its own failures, so someone guessing a person's
//! password from anywhere can never keep them out of an account they have used here before.
//!
//! The token is `{nonce}.{HMAC(account key ‖ nonce)}`: it does not say whose account it is
//! (only the service can check it against a name typed), and nothing is stored.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::token::Keys;

/// How long a device is remembered after its last successful sign-in.
pub const LIFETIME_DAYS: i64 = 365;

fn mac(keys: &Keys, account_key: &str, nonce: &str) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(keys.device_key()).expect("HMAC takes keys of any length");
    mac.update(account_key.as_bytes());
    mac.update(&[0]);
    mac.update(nonce.as_bytes());
    mac
}

/// A new device token for the account whose lookup key is `account_key`.
pub fn issue(keys: &Keys, account_key: &str) -> String {
    let nonce = super::random_hex(12);
    let tag: String = mac(keys, account_key, &nonce)
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("{nonce}.{tag}")
}

/// The token's nonce (which names this device), when it was issued for this account.
pub fn verify(keys: &Keys, account_key: &str, token: &str) -> Option<String> {
    if token.len() > 128 {
        return None;
    }
    let (nonce, tag) = token.split_once('.')?;
    if nonce.is_empty() || tag.len() != 64 {
        return None;
    }
    let tag: Vec<u8> = (0..64)
        .step_by(2)
        .map(|i| u8::from_str_radix(tag.get(i..i + 2)?, 16).ok())
        .collect::<Option<_>>()?;
    mac(keys, account_key, nonce).verify_slice(&tag).ok()?;
    Some(nonce.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_device_token_opens_only_the_account_it_was_issued_for() {
        let keys = Keys::from_secret(&[7u8; 32]);
        let token = issue(&keys, "ramesh");
        let nonce = verify(&keys, "ramesh", &token).expect("valid");
        assert!(token.starts_with(&nonce));
        assert_eq!(verify(&keys, "sita", &token), None, "another account");
        assert_eq!(
            verify(&Keys::from_secret(&[8u8; 32]), "ramesh", &token),
            None
        );
        let mut forged = token.clone();
        forged.replace_range(0..1, if token.starts_with('a') { "b" } else { "a" });
        assert_eq!(verify(&keys, "ramesh", &forged), None);
        for junk in ["", ".", "abc", "x.yz", &"a".repeat(200)] {
            assert_eq!(verify(&keys, "ramesh", junk), None, "{junk}");
        }
        assert_ne!(issue(&keys, "ramesh"), token, "a fresh nonce each time");
    }
}
