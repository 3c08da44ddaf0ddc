//! Signed session tokens: HS256 JWTs carrying the account, a unique id (for single logout)
//! and the account's token version (for logout everywhere), and the secret they are signed with.

use std::path::Path;

use hmac::{Hmac, Mac};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// Who issues and who accepts the tokens.
pub const ISSUER: &str = "fairrecruit";
pub const AUDIENCE: &str = "fairrecruit";
/// How long a session lasts before the person signs in again.
pub const LIFETIME_SECS: u64 = 12 * 60 * 60;
/// Clock difference tolerated between issue and check.
const LEEWAY_SECS: u64 = 5;
const MIN_SECRET_BYTES: usize = 32;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Claims {
    /// The account id.
    pub sub: String,
    pub exp: u64,
    pub iat: u64,
    pub iss: String,
    pub aud: String,
    /// Unique per token: a logout revokes this one token.
    pub jti: String,
    /// The account's token version when the token was issued.
    pub ver: i64,
    /// The session's key, which opens the account's secret key as this session stored it
    /// (`seal::session_wrap`): only the token carries it, never the database.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
}

impl Claims {
    pub fn user_id(&self) -> Option<i64> {
        self.sub.parse().ok()
    }
}

/// The keys derived from the one service secret: one for tokens, one for CSRF tokens, so a
/// value made for one purpose is never valid for the other.
#[derive(Clone)]
pub struct Keys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
    csrf: [u8; 32],
    /// One look-up key per secret, current first (`auth::receipt`).
    receipt_lookups: Vec<[u8; 32]>,
    /// The salt receipts were hashed with before the installation kept its own.
    first_receipt_salt: [u8; 16],
    /// The installation's receipt salt, read from the database at start.
    receipt_salt: std::sync::Arc<std::sync::OnceLock<Vec<u8>>>,
    bridge: [u8; 32],
    device: [u8; 32],
    /// The key throttle rows in the database are named with (`auth::throttle::Shared`).
    throttle: [u8; 32],
    /// The key idempotency rows are named and sealed with (`api::idempotency`).
    idempotency: [u8; 32],
    /// One key per secret, current first, for the TOTP secrets of second factors
    /// (`auth::second_factor`): a new service secret seals with the new key and still
    /// opens what the old one sealed.
    second_factor: Vec<crate::seal::Key>,
    /// The same, for partners' webhook signing secrets (`notify::webhook`).
    webhook: Vec<crate::seal::Key>,
}

impl Keys {
    pub fn from_secret(secret: &[u8]) -> Keys {
        Keys::from_secrets(&[secret.to_vec()])
    }

    /// Keys from the service secrets, current first: tokens, CSRF, device and review links
    /// use the current one only (a new secret signs everybody out); receipts are looked up
    /// under each (a new secret keeps receipts working).
    pub fn from_secrets(secrets: &[Vec<u8>]) -> Keys {
        let secret = secrets.first().map(Vec::as_slice).unwrap_or_default();
        let legacy_receipt_key = derive(secret, b"fairrecruit receipt v1");
        let mut first_receipt_salt = [0u8; 16];
        first_receipt_salt
            .copy_from_slice(&derive(&legacy_receipt_key, b"complaint receipt salt")[..16]);
        let token_key = derive(secret, b"fairrecruit token v1");
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = LEEWAY_SECS;
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iat", "iss", "aud", "sub"]);
        // A token that says it is not valid yet is refused (jsonwebtoken checks `nbf` only
        // when asked).
        validation.validate_nbf = true;
        Keys {
            encoding: EncodingKey::from_secret(&token_key),
            decoding: DecodingKey::from_secret(&token_key),
            validation,
            csrf: derive(secret, b"fairrecruit csrf v1"),
            receipt_lookups: secrets
                .iter()
                .map(|s| derive(s, b"fairrecruit receipt lookup v2"))
                .collect(),
            first_receipt_salt,
            receipt_salt: Default::default(),
            bridge: derive(secret, b"fairrecruit review bridge v1"),
            device: derive(secret, b"fairrecruit device v1"),
            throttle: derive(secret, b"fairrecruit throttle v1"),
            idempotency: derive(secret, b"fairrecruit idempotency v1"),
            second_factor: secrets
                .iter()
                .map(|s| {
                    crate::seal::Key::from_bytes(&derive(s, b"fairrecruit second factor v1"))
                        .expect("a derived key is 32 bytes")
                })
                .collect(),
            webhook: secrets
                .iter()
                .map(|s| {
                    crate::seal::Key::from_bytes(&derive(s, b"fairrecruit partner webhook v1"))
                        .expect("a derived key is 32 bytes")
                })
                .collect(),
        }
    }

    /// A new token for the account; the claims are returned for the caller to record.
    pub fn issue(&self, user_id: i64, token_version: i64) -> anyhow::Result<(String, Claims)> {
        let now = jsonwebtoken::get_current_timestamp();
        let claims = Claims {
            sub: user_id.to_string(),
            exp: now + LIFETIME_SECS,
            iat: now,
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            jti: crate::auth::random_hex(16),
            ver: token_version,
            key: Some(crate::seal::Key::generate().to_text()),
        };
        Ok((self.sign(&claims)?, claims))
    }

    /// Signs claims as given (HS256 with the token key); any serialisable claims, so that
    /// tests can sign what this service never issues.
    pub fn sign(&self, claims: &impl Serialize) -> anyhow::Result<String> {
        Ok(jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            claims,
            &self.encoding,
        )?)
    }

    /// The claims of a token that is well signed, unexpired and ours; `None` otherwise,
    /// whatever the reason (the caller answers 401 without detail).
    pub fn verify(&self, token: &str) -> Option<Claims> {
        if token.len() > 2048 {
            return None;
        }
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|data| data.claims)
            .filter(|claims| claims.user_id().is_some() && !claims.jti.is_empty())
    }

    /// The keys TOTP secrets are sealed with, current first.
    pub fn second_factor_keys(&self) -> &[crate::seal::Key] {
        &self.second_factor
    }

    /// Keys for partners' webhook secrets, current first (seal with the first, open with any).
    pub fn webhook_keys(&self) -> &[crate::seal::Key] {
        &self.webhook
    }

    pub fn csrf_key(&self) -> &[u8; 32] {
        &self.csrf
    }

    /// The look-up keys of receipts, current secret first (see `auth::receipt`).
    pub fn receipt_lookup_keys(&self) -> &[[u8; 32]] {
        &self.receipt_lookups
    }

    /// The salt to keep as the installation's receipt salt when it has none yet: the one
    /// receipts were hashed with before (so that their hashes stay valid).
    pub fn first_receipt_salt(&self) -> &[u8; 16] {
        &self.first_receipt_salt
    }

    /// Sets the installation's receipt salt, as stored (once, at start).
    pub fn set_receipt_salt(&self, salt: Vec<u8>) {
        let _ = self.receipt_salt.set(salt);
    }

    /// The installation's receipt salt (before it is read from the database: the first one).
    pub fn receipt_salt(&self) -> &[u8] {
        self.receipt_salt
            .get()
            .map_or(self.first_receipt_salt.as_slice(), Vec::as_slice)
    }

    /// The key of review → complaint links (see `auth::bridge`).
    pub fn bridge_key(&self) -> &[u8; 32] {
        &self.bridge
    }

    /// Signs device cookies (see `auth::device`).
    pub fn throttle_key(&self) -> [u8; 32] {
        self.throttle
    }

    pub fn idempotency_key(&self) -> [u8; 32] {
        self.idempotency
    }

    pub fn device_key(&self) -> &[u8; 32] {
        &self.device
    }
}

fn derive(secret: &[u8], purpose: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(purpose);
    mac.finalize().into_bytes().into()
}

/// The service secrets, current first: `FAIRRECRUIT_JWT_SECRET` when set (a comma-separated
/// list, each at least 32 bytes: the current secret, then previous ones kept so that
/// receipts hashed under them still work), otherwise one random secret kept in
/// `<data dir>/jwt-secret` (mode 0600), made on first start, so that a restart does not sign
/// everybody out.
pub fn load_secrets(configured: Option<&str>, data_dir: &Path) -> anyhow::Result<Vec<Vec<u8>>> {
    if let Some(list) = configured {
        let secrets: Vec<Vec<u8>> = list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| s.as_bytes().to_vec())
            .collect();
        anyhow::ensure!(
            !secrets.is_empty() && secrets.iter().all(|s| s.len() >= MIN_SECRET_BYTES),
            "FAIRRECRUIT_JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes (each, in a comma-separated list)"
        );
        return Ok(secrets);
    }
    Ok(vec![load_secret(None, data_dir)?])
}

/// One service secret: as configured (at least 32 bytes), or the one kept in the data folder.
pub fn load_secret(configured: Option<&str>, data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    if let Some(secret) = configured {
        anyhow::ensure!(
            secret.len() >= MIN_SECRET_BYTES,
            "FAIRRECRUIT_JWT_SECRET must be at least {MIN_SECRET_BYTES} bytes"
        );
        return Ok(secret.as_bytes().to_vec());
    }
    let path = data_dir.join("jwt-secret");
    match std::fs::read_to_string(&path) {
        Ok(stored) if stored.trim().len() >= MIN_SECRET_BYTES => {
            return Ok(stored.trim().as_bytes().to_vec());
        }
        Ok(_) => anyhow::bail!(
            "{} is too short; delete it to make a new one",
            path.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => anyhow::bail!("cannot read {}: {e}", path.display()),
    }
    std::fs::create_dir_all(data_dir)
        .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", data_dir.display()))?;
    let secret = crate::auth::random_hex(32);
    write_private(&path, &secret)
        .map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    tracing::info!(path = %path.display(), "generated a token secret");
    Ok(secret.into_bytes())
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> Keys {
        Keys::from_secret(b"0123456789abcdef0123456789abcdef")
    }

    #[test]
    fn issued_tokens_verify_and_carry_the_version() {
        let (token, claims) = keys().issue(42, 3).unwrap();
        let back = keys().verify(&token).unwrap();
        assert_eq!(back, claims);
        assert_eq!(back.user_id(), Some(42));
        assert_eq!(back.ver, 3);
    }

    #[test]
    fn tampered_foreign_and_unsigned_tokens_fail() {
        let (token, _) = keys().issue(1, 0).unwrap();
        let mut flipped = token.clone().into_bytes();
        let last = flipped.len() - 3;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        assert!(
            keys()
                .verify(std::str::from_utf8(&flipped).unwrap())
                .is_none()
        );
        let other = Keys::from_secret(b"another secret of at least 32 bytes!");
        assert!(other.verify(&token).is_none());
        // alg: none, with the same claims.
        let parts: Vec<&str> = token.split('.').collect();
        let none_header = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0";
        assert!(
            keys()
                .verify(&format!("{none_header}.{}.", parts[1]))
                .is_none()
        );
    }

    #[test]
    fn secrets_are_generated_once_with_private_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let first = load_secret(None, dir.path()).unwrap();
        let second = load_secret(None, dir.path()).unwrap();
        assert_eq!(first, second);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join("jwt-secret"))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert!(load_secret(Some("short"), dir.path()).is_err());
        let list = "0123456789abcdef0123456789abcdef, fedcba9876543210fedcba9876543210";
        let both = load_secrets(Some(list), dir.path()).unwrap();
        assert_eq!(both.len(), 2);
        assert_eq!(both[1], b"fedcba9876543210fedcba9876543210");
        assert!(load_secrets(Some("0123456789abcdef0123456789abcdef,short"), dir.path()).is_err());
        assert_eq!(load_secrets(None, dir.path()).unwrap(), vec![first]);
    }
}
