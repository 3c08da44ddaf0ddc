//! Complaint receipts stored as hashes only: argon2id with a salt fixed per installation
//! (derived with HMAC from the service secret), so that the same receipt always gives the
//! same hash and can be looked up, while a stolen database alone reveals no receipt.
//! Changing the service secret makes every receipt unusable (as it signs everyone out).

use argon2::Argon2;
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::AuthState;
use crate::domain::complaint::Receipt;
use crate::error::AppError;

/// The parameters passwords use (OWASP: m = 19456 KiB, t = 2, p = 1).
fn argon2() -> Argon2<'static> {
    let params = argon2::Params::new(19_456, 2, 1, Some(32)).expect("valid argon2 parameters");
    Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params)
}

/// The installation's salt: 16 bytes of HMAC(receipt key, "salt").
fn salt(key: &[u8; 32]) -> [u8; 16] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(b"complaint receipt salt");
    let tag = mac.finalize().into_bytes();
    let mut salt = [0u8; 16];
    salt.copy_from_slice(&tag[..16]);
    salt
}

/// The stored form of a receipt: hex of a 32-byte argon2id output.
pub fn hash_with(key: &[u8; 32], receipt: &Receipt) -> Result<String, AppError> {
    let mut out = [0u8; 32];
    argon2()
        .hash_password_into(receipt.digits().as_bytes(), &salt(key), &mut out)
        .map_err(|e| AppError::Internal(format!("receipt hashing: {e}")))?;
    Ok(out.iter().map(|b| format!("{b:02x}")).collect())
}

/// Hashes on the password threads (19 MiB each), in the receipts' own lane (bounded queue:
/// 429 when full), so receipts never take the sign-in's place.
pub async fn hash(auth: &AuthState, receipt: Receipt) -> Result<String, AppError> {
    let key = *auth.keys.receipt_key();
    auth.hasher
        .run(super::password::Lane::Receipts, move || {
            hash_with(&key, &receipt)
        })
        .await?
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_receipt_gives_the_same_hash_per_installation_only() {
        let receipt = Receipt::parse("1234-5678-9012-3456").unwrap();
        let a = hash_with(&[1; 32], &receipt).unwrap();
        assert_eq!(a, hash_with(&[1; 32], &receipt).unwrap());
        assert_eq!(a.len(), 64);
        assert_ne!(a, hash_with(&[2; 32], &receipt).unwrap());
        let other = Receipt::parse("1234-5678-9012-3457").unwrap();
        assert_ne!(a, hash_with(&[1; 32], &other).unwrap());
        assert!(!a.contains("1234"));
    }
}
