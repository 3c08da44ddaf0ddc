//! Complaint receipts: what a receipt is stored as, and the key pair it stands for.
//!
//! One argon2id run (the password parameters) turns a receipt into 32 bytes, with a salt
//! kept per installation (`installation.receipt_salt`). From those bytes come:
//! - the **look-up hash** stored with the complaint: HMAC of the bytes with a key derived
//!   from the service secret, so that a stolen database alone cannot even test a guess. The
//!   secret is a list (current first, then previous ones): a receipt hashed under a previous
//!   secret is still found, and re-hashed under the current one;
//! - the **receipt's key pair**, to which the complaint's keys are sealed for the worker: it
//!   depends on the receipt and the salt only, so a new service secret never loses it.

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::AuthState;
use crate::domain::complaint::Receipt;
use crate::error::AppError;
use crate::seal::{Key, SecretKey};

/// What a receipt opens: the look-up hashes to try (current secret first) and the key pair.
pub struct ReceiptKeys {
    pub lookups: Vec<String>,
    pub secret: SecretKey,
    /// The hash receipts were stored as before sealing (seal-existing's match).
    legacy: String,
}

impl ReceiptKeys {
    /// The hash to store now.
    pub fn current(&self) -> &str {
        &self.lookups[0]
    }

    pub fn legacy(&self) -> &str {
        &self.legacy
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The look-up hash of a receipt's argon2id bytes under one secret's look-up key.
pub fn lookup_hash(lookup_key: &[u8; 32], raw: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(lookup_key).expect("HMAC takes keys of any length");
    mac.update(raw);
    hex(&mac.finalize().into_bytes())
}

/// The receipt's key pair from its argon2id bytes.
pub fn secret_of(raw: &Key) -> SecretKey {
    SecretKey::from_key(&raw.subkey("fairrecruit receipt key pair v1"))
}

/// Derives a receipt's keys synchronously (the demo's seed, seal-existing, tests).
pub fn derive_with(salt: &[u8], lookup_keys: &[[u8; 32]], receipt: &Receipt) -> ReceiptKeys {
    let raw = Key::derive(receipt.digits().as_bytes(), salt);
    ReceiptKeys {
        lookups: lookup_keys
            .iter()
            .map(|k| lookup_hash(k, raw.bytes()))
            .collect(),
        secret: secret_of(&raw),
        legacy: hex(raw.bytes()),
    }
}

/// Derives on the password threads (19 MiB each), in the receipts' own lane (bounded queue:
/// 429 when full), so receipts never take the sign-in's place.
pub async fn derive(auth: &AuthState, receipt: Receipt) -> Result<ReceiptKeys, AppError> {
    let salt = auth.keys.receipt_salt().to_vec();
    let lookups = auth.keys.receipt_lookup_keys().to_vec();
    auth.hasher
        .run(super::password::Lane::Receipts, move || {
            derive_with(&salt, &lookups, &receipt)
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_gives_the_same_hash_per_secret_and_the_same_key_pair_whatever_the_secret() {
        let receipt = Receipt::parse("1234-5678-9012-3456").unwrap();
        let salt = [7u8; 16];
        let a = derive_with(&salt, &[[1; 32], [2; 32]], &receipt);
        let b = derive_with(&salt, &[[2; 32]], &receipt);
        assert_eq!(a.lookups.len(), 2);
        assert_eq!(a.current().len(), 64);
        assert_ne!(a.lookups[0], a.lookups[1]);
        // Under the previous secret, the same hash as when it was the current one.
        assert_eq!(a.lookups[1], b.lookups[0]);
        assert_eq!(a.secret.public_key(), b.secret.public_key());
        let other = Receipt::parse("1234-5678-9012-3457").unwrap();
        let c = derive_with(&salt, &[[1; 32]], &other);
        assert_ne!(a.current(), c.current());
        assert_ne!(a.secret.public_key(), c.secret.public_key());
        assert!(!a.current().contains("1234"));
        // Another installation's salt, another key pair.
        let d = derive_with(&[8u8; 16], &[[1; 32]], &receipt);
        assert_ne!(a.secret.public_key(), d.secret.public_key());
    }
}
