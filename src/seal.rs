//! Sealing: the cryptography that keeps a complaint's words readable only by those it was
//! meant for (issue 14). Nothing here is home-made: public-key sealing is NaCl's sealed box
//! (`crypto_box`: X25519, XSalsa20-Poly1305, an ephemeral key per box), symmetric sealing is
//! XChaCha20-Poly1305 (`chacha20poly1305`, random 192-bit nonces), and keys from passwords,
//! receipts and recovery codes come from argon2id with the password parameters.
//!
//! The key hierarchy (see README "Who can read what"):
//! - each complaint has two random keys: its **content key** (the worker's words, messages,
//!   notes, outcome notes) and its **contact key** (contact details and safe times);
//! - each is wrapped (sealed box) for every holder: the organisations it was routed to (the
//!   contact key only for kinds the worker allowed to contact them), the worker's receipt key
//!   pair (derived from the receipt) and, when the worker chose it, their account's key pair;
//! - each organisation has a key pair; its secret key is wrapped for each member who was
//!   given it (sealed box to the member's own public key) and once with its recovery code;
//! - each account has a key pair whose secret key is wrapped with a key derived from the
//!   password, and, for a signed-in session, with a random key that only the session's token
//!   carries.

use argon2::Argon2;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, Zeroizing};

/// What each sealed text is for (bound to its ciphertext).
pub mod purpose {
    /// The worker's own words (content key).
    pub const DESCRIPTION: &str = "complaint description";
    /// Contact details and safe times (contact key).
    pub const CONTACT: &str = "complaint contact";
    pub const SAFE_TIMES: &str = "complaint safe times";
    /// A message between the worker and an organisation (content key).
    pub const MESSAGE: &str = "referral message";
    /// An evidence file's bytes, and what is kept about it (its original name).
    pub const FILE: &str = "evidence file";
    pub const FILE_DETAILS: &str = "evidence file details";
}

/// The prefix of every sealed text this release writes (the format's version).
const TEXT_PREFIX: &str = "s1.";

/// Sealed content that does not open: wrong key, tampered or truncated. Callers answer it
/// as "cannot be opened", never with partial plaintext.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("sealed content could not be opened")]
pub struct Unopenable;

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source is available");
    bytes
}

/// A symmetric key: a complaint's content or contact key, or a key that wraps another.
#[derive(Clone, PartialEq, Eq)]
pub struct Key(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(****)")
    }
}

impl Key {
    pub fn generate() -> Key {
        Key(Zeroizing::new(random()))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Key, Unopenable> {
        let array: [u8; 32] = bytes.try_into().map_err(|_| Unopenable)?;
        Ok(Key(Zeroizing::new(array)))
    }

    pub fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// As carried in a session token.
    pub fn to_text(&self) -> String {
        B64.encode(self.0.as_slice())
    }

    pub fn from_text(text: &str) -> Result<Key, Unopenable> {
        let bytes = Zeroizing::new(B64.decode(text).map_err(|_| Unopenable)?);
        Key::from_bytes(&bytes)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_slice().into())
    }

    /// Seals bytes; `purpose` is bound to the ciphertext (a note's ciphertext cannot be
    /// passed off as a message's).
    pub fn seal_bytes(&self, purpose: &str, plain: &[u8]) -> String {
        let nonce: [u8; 24] = random();
        let sealed = self
            .cipher()
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: plain,
                    aad: purpose.as_bytes(),
                },
            )
            .expect("XChaCha20-Poly1305 seals any length this service stores");
        let mut out = Vec::with_capacity(24 + sealed.len());
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&sealed);
        format!("{TEXT_PREFIX}{}", B64.encode(out))
    }

    pub fn open_bytes(
        &self,
        purpose: &str,
        sealed: &str,
    ) -> Result<Zeroizing<Vec<u8>>, Unopenable> {
        let raw = sealed.strip_prefix(TEXT_PREFIX).ok_or(Unopenable)?;
        let raw = B64.decode(raw).map_err(|_| Unopenable)?;
        if raw.len() < 24 + 16 {
            return Err(Unopenable);
        }
        let (nonce, body) = raw.split_at(24);
        let nonce: [u8; 24] = nonce.try_into().map_err(|_| Unopenable)?;
        self.cipher()
            .decrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: body,
                    aad: purpose.as_bytes(),
                },
            )
            .map(Zeroizing::new)
            .map_err(|_| Unopenable)
    }

    /// Seals a file's bytes in place (no second copy of a large file): the ciphertext, its
    /// tag, then the nonce.
    pub fn seal_file(&self, purpose: &str, mut bytes: Vec<u8>) -> Vec<u8> {
        use chacha20poly1305::aead::AeadInPlace;
        let nonce: [u8; 24] = random();
        bytes.reserve_exact(16 + 24);
        self.cipher()
            .encrypt_in_place(&XNonce::from(nonce), purpose.as_bytes(), &mut bytes)
            .expect("XChaCha20-Poly1305 seals any length this service stores");
        bytes.extend_from_slice(&nonce);
        bytes
    }

    /// Opens what [`Key::seal_file`] sealed, in place.
    pub fn open_file(&self, purpose: &str, mut bytes: Vec<u8>) -> Result<Vec<u8>, Unopenable> {
        use chacha20poly1305::aead::AeadInPlace;
        if bytes.len() < 24 + 16 {
            return Err(Unopenable);
        }
        let nonce: [u8; 24] = bytes[bytes.len() - 24..]
            .try_into()
            .map_err(|_| Unopenable)?;
        bytes.truncate(bytes.len() - 24);
        self.cipher()
            .decrypt_in_place(&XNonce::from(nonce), purpose.as_bytes(), &mut bytes)
            .map_err(|_| Unopenable)?;
        Ok(bytes)
    }

    pub fn seal_text(&self, purpose: &str, plain: &str) -> String {
        self.seal_bytes(purpose, plain.as_bytes())
    }

    pub fn open_text(&self, purpose: &str, sealed: &str) -> Result<String, Unopenable> {
        let bytes = self.open_bytes(purpose, sealed)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| Unopenable)
    }

    /// Wraps another key (for a session: the account's secret key).
    pub fn wrap(&self, purpose: &str, secret: &SecretKey) -> String {
        self.seal_bytes(purpose, secret.0.to_bytes().as_slice())
    }

    pub fn unwrap(&self, purpose: &str, wrapped: &str) -> Result<SecretKey, Unopenable> {
        SecretKey::from_bytes(&self.open_bytes(purpose, wrapped)?)
    }

    /// A key from something a person knows (a password, a recovery code) or holds (a
    /// receipt): argon2id with the password parameters and the given salt (16 bytes).
    pub fn derive(secret: &[u8], salt: &[u8]) -> Key {
        let params = argon2::Params::new(19_456, 2, 1, Some(32)).expect("valid argon2 parameters");
        let argon = Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon
            .hash_password_into(secret, salt, out.as_mut_slice())
            .expect("argon2 takes any secret and a 16-byte salt");
        Key(out)
    }

    /// A key for another purpose from this one (HMAC-SHA256 with the purpose).
    pub fn subkey(&self, purpose: &str) -> Key {
        use hmac::{Hmac, Mac};
        let mut mac = <Hmac<sha2::Sha256> as Mac>::new_from_slice(self.0.as_slice())
            .expect("HMAC takes keys of any length");
        mac.update(purpose.as_bytes());
        let mut out = Zeroizing::new([0u8; 32]);
        out.copy_from_slice(&mac.finalize().into_bytes());
        Key(out)
    }
}

/// A salt for [`Key::derive`], stored beside what it protects.
pub fn new_salt() -> String {
    B64.encode(random::<16>())
}

pub fn salt_bytes(text: &str) -> Result<Vec<u8>, Unopenable> {
    B64.decode(text).map_err(|_| Unopenable)
}

/// An X25519 public key: an organisation's, an account's or a receipt's.
#[derive(Clone, PartialEq, Eq)]
pub struct PublicKey(crypto_box::PublicKey);

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.to_text())
    }
}

impl PublicKey {
    pub fn to_text(&self) -> String {
        B64.encode(self.0.as_bytes())
    }

    pub fn from_text(text: &str) -> Result<PublicKey, Unopenable> {
        let bytes: [u8; 32] = B64
            .decode(text)
            .map_err(|_| Unopenable)?
            .try_into()
            .map_err(|_| Unopenable)?;
        Ok(PublicKey(crypto_box::PublicKey::from(bytes)))
    }

    /// Wraps a symmetric key for the holder of the matching secret key (a sealed box: only
    /// they can open it, and the sealer keeps nothing that opens it).
    pub fn wrap_key(&self, key: &Key) -> String {
        self.seal(key.bytes())
    }

    /// Wraps a secret key (an organisation's, for one of its members).
    pub fn wrap_secret(&self, secret: &SecretKey) -> String {
        self.seal(secret.0.to_bytes().as_slice())
    }

    /// Seals a text for the holder of the matching secret key: an organisation's own notes
    /// (internal notes, the reasons it records), which only its members read.
    pub fn seal_text(&self, plain: &str) -> String {
        self.seal(plain.as_bytes())
    }

    fn seal(&self, plain: &[u8]) -> String {
        let sealed = self
            .0
            .seal(&mut crypto_box::aead::OsRng, plain)
            .expect("a sealed box takes any length");
        format!("{TEXT_PREFIX}{}", B64.encode(sealed))
    }
}

/// An X25519 secret key; zeroed when dropped.
#[derive(Clone)]
pub struct SecretKey(crypto_box::SecretKey);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(****)")
    }
}

impl SecretKey {
    pub fn generate() -> SecretKey {
        SecretKey(crypto_box::SecretKey::from(random::<32>()))
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<SecretKey, Unopenable> {
        let mut array: [u8; 32] = bytes.try_into().map_err(|_| Unopenable)?;
        let key = crypto_box::SecretKey::from(array);
        array.zeroize();
        Ok(SecretKey(key))
    }

    /// The key pair a symmetric key stands for (a receipt's: derived, never stored).
    pub fn from_key(key: &Key) -> SecretKey {
        SecretKey(crypto_box::SecretKey::from(*key.bytes()))
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.public_key())
    }

    fn open(&self, wrapped: &str) -> Result<Zeroizing<Vec<u8>>, Unopenable> {
        let raw = wrapped.strip_prefix(TEXT_PREFIX).ok_or(Unopenable)?;
        let raw = B64.decode(raw).map_err(|_| Unopenable)?;
        self.0
            .unseal(&raw)
            .map(Zeroizing::new)
            .map_err(|_| Unopenable)
    }

    pub fn open_text(&self, sealed: &str) -> Result<String, Unopenable> {
        String::from_utf8(self.open(sealed)?.to_vec()).map_err(|_| Unopenable)
    }

    pub fn unwrap_key(&self, wrapped: &str) -> Result<Key, Unopenable> {
        Key::from_bytes(&self.open(wrapped)?)
    }

    pub fn unwrap_secret(&self, wrapped: &str) -> Result<SecretKey, Unopenable> {
        SecretKey::from_bytes(&self.open(wrapped)?)
    }
}

/// An account's key pair as stored: the public key, the salt and the secret key wrapped
/// with a key derived from the password.
#[derive(Debug, Clone)]
pub struct Keyring {
    pub public_key: String,
    pub salt: String,
    pub wrapped: String,
}

/// The purpose the password-derived key wraps an account's secret key for.
const KEYRING: &str = "account keyring";
/// The purpose a session's key wraps an account's secret key for.
const SESSION: &str = "session keyring";
/// The purpose a recovery code's key wraps an organisation's secret key for.
const RECOVERY: &str = "organisation recovery";

impl Keyring {
    /// A new key pair for an account, wrapped with its password: the keyring to store and
    /// the secret key (for the session being opened).
    pub fn generate(password: &str) -> (Keyring, SecretKey) {
        let secret = SecretKey::generate();
        (Keyring::wrap(&secret, password), secret)
    }

    /// The account's secret key wrapped with a (new) password.
    pub fn wrap(secret: &SecretKey, password: &str) -> Keyring {
        let salt = new_salt();
        let key = Key::derive(password.as_bytes(), &salt_bytes(&salt).unwrap_or_default());
        Keyring {
            public_key: secret.public_key().to_text(),
            wrapped: key.wrap(KEYRING, secret),
            salt,
        }
    }

    /// The secret key, with the password (argon2id: run it on the hashing threads).
    pub fn open(&self, password: &str) -> Result<SecretKey, Unopenable> {
        let key = Key::derive(password.as_bytes(), &salt_bytes(&self.salt)?);
        let secret = key.unwrap(KEYRING, &self.wrapped)?;
        // A keyring whose public key is not the secret key's was tampered with.
        if secret.public_key().to_text() != self.public_key {
            return Err(Unopenable);
        }
        Ok(secret)
    }
}

/// The account's secret key for a session: wrapped with the session's own key, which only
/// its token carries (the database alone opens nothing).
pub fn session_wrap(key: &Key, secret: &SecretKey) -> String {
    key.wrap(SESSION, secret)
}

pub fn session_open(key: &Key, wrapped: &str) -> Result<SecretKey, Unopenable> {
    key.unwrap(SESSION, wrapped)
}

/// A recovery code (an organisation's key, or a sign-in's second factor): 24 letters and
/// digits from an alphabet without look-alikes (about 120 bits), shown in groups of four, once.
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryCode(Zeroizing<String>);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(****)")
    }
}

const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 24;

impl RecoveryCode {
    pub fn generate() -> RecoveryCode {
        let mut code = String::with_capacity(CODE_LEN);
        while code.len() < CODE_LEN {
            for b in random::<32>() {
                // Rejection sampling keeps every symbol equally likely (31 × 8 = 248).
                if b < 248 && code.len() < CODE_LEN {
                    code.push(char::from(
                        CODE_ALPHABET[usize::from(b) % CODE_ALPHABET.len()],
                    ));
                }
            }
        }
        RecoveryCode(Zeroizing::new(code))
    }

    /// As typed: case, spaces and dashes do not matter (the alphabet has no `O`, `0`, `I`,
    /// `L` or `1` to mistake).
    pub fn parse(typed: &str) -> Option<RecoveryCode> {
        if typed.len() > 128 {
            return None;
        }
        let code = crate::domain::text::without_separators(typed).to_ascii_uppercase();
        (code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b)))
            .then(|| RecoveryCode(Zeroizing::new(code)))
    }

    /// `ABCD-EFGH-…`, for showing once.
    pub fn grouped(&self) -> String {
        crate::domain::text::grouped_by_four(&self.0)
    }

    /// What is stored of a sign-in recovery code (`auth::second_factor`): SHA-256 of the
    /// account and the code, as hex. The code's 120 random bits make a slow hash needless.
    pub fn fingerprint(&self, account: i64) -> String {
        use sha2::Digest;
        let digest = sha2::Sha256::new()
            .chain_update(b"fairrecruit sign-in recovery code\0")
            .chain_update(account.to_string().as_bytes())
            .chain_update(b"\0")
            .chain_update(self.0.as_bytes())
            .finalize();
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// An organisation's secret key wrapped with this code: (salt, wrapped).
    pub fn wrap(&self, secret: &SecretKey) -> (String, String) {
        let salt = new_salt();
        let key = Key::derive(self.0.as_bytes(), &salt_bytes(&salt).unwrap_or_default());
        (salt.clone(), key.wrap(RECOVERY, secret))
    }

    pub fn open(&self, salt: &str, wrapped: &str) -> Result<SecretKey, Unopenable> {
        let key = Key::derive(self.0.as_bytes(), &salt_bytes(salt)?);
        key.unwrap(RECOVERY, wrapped)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_text_opens_only_with_its_key_and_purpose() {
        let key = Key::generate();
        let sealed = key.seal_text("description", "Passport held by Canary Agency");
        assert!(sealed.starts_with(TEXT_PREFIX));
        assert!(!sealed.contains("Canary"));
        assert_eq!(
            key.open_text("description", &sealed).unwrap(),
            "Passport held by Canary Agency"
        );
        assert_eq!(key.open_text("message", &sealed), Err(Unopenable));
        assert_eq!(
            Key::generate().open_text("description", &sealed),
            Err(Unopenable)
        );
        // Two seals of the same words differ (random nonces).
        assert_ne!(
            sealed,
            key.seal_text("description", "Passport held by Canary Agency")
        );
        // Tampering anywhere, truncation, junk and plain text all refuse.
        let mut bytes = sealed.clone().into_bytes();
        let last = bytes.len() - 5;
        bytes[last] = if bytes[last] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(bytes).unwrap();
        for bad in [
            tampered.as_str(),
            &sealed[..sealed.len() - 10],
            "s1.",
            "s1.!!!",
            "plain words",
            "",
        ] {
            assert_eq!(key.open_text("description", bad), Err(Unopenable), "{bad}");
        }
    }

    #[test]
    fn keys_wrapped_for_a_public_key_open_only_with_its_secret() {
        let holder = SecretKey::generate();
        let content = Key::generate();
        let wrapped = holder.public_key().wrap_key(&content);
        assert_eq!(holder.unwrap_key(&wrapped).unwrap(), content);
        assert!(SecretKey::generate().unwrap_key(&wrapped).is_err());
        let organisation = SecretKey::generate();
        let granted = holder.public_key().wrap_secret(&organisation);
        let opened = holder.unwrap_secret(&granted).unwrap();
        assert_eq!(opened.public_key(), organisation.public_key());
        let round = PublicKey::from_text(&holder.public_key().to_text()).unwrap();
        assert_eq!(round, holder.public_key());
        assert!(PublicKey::from_text("short").is_err());
    }

    #[test]
    fn a_keyring_opens_with_its_password_only_and_a_session_with_its_key() {
        let (ring, secret) = Keyring::generate("correct horse battery staple");
        assert_eq!(
            ring.open("correct horse battery staple")
                .unwrap()
                .public_key(),
            secret.public_key()
        );
        assert!(ring.open("wrong horse battery staple").is_err());
        let rewrapped = Keyring::wrap(&secret, "a brand new passphrase");
        assert_eq!(rewrapped.public_key, ring.public_key);
        assert!(rewrapped.open("correct horse battery staple").is_err());
        // A keyring whose public key was swapped is refused.
        let mut swapped = rewrapped.clone();
        swapped.public_key = SecretKey::generate().public_key().to_text();
        assert!(swapped.open("a brand new passphrase").is_err());
        let session = Key::generate();
        let wrapped = session_wrap(&session, &secret);
        let back = Key::from_text(&session.to_text()).unwrap();
        assert_eq!(
            session_open(&back, &wrapped).unwrap().public_key(),
            secret.public_key()
        );
        assert!(session_open(&Key::generate(), &wrapped).is_err());
    }

    #[test]
    fn recovery_codes_are_typed_forgivingly_and_open_their_wrap() {
        let code = RecoveryCode::generate();
        let grouped = code.grouped();
        assert_eq!(grouped.len(), 24 + 5);
        assert_ne!(code, RecoveryCode::generate());
        let typed = format!("  {} ", grouped.to_lowercase().replace('-', " "));
        assert_eq!(RecoveryCode::parse(&typed).unwrap(), code);
        for bad in [
            "",
            "ABCD",
            "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ0",
            "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3",
            "ABCD-EFGH-JKMN-PQRS-TUVW-XY€",
        ] {
            assert!(RecoveryCode::parse(bad).is_none(), "{bad}");
        }
        let organisation = SecretKey::generate();
        let (salt, wrapped) = code.wrap(&organisation);
        assert_eq!(
            code.open(&salt, &wrapped).unwrap().public_key(),
            organisation.public_key()
        );
        assert!(RecoveryCode::generate().open(&salt, &wrapped).is_err());
        assert_eq!(format!("{code:?}"), "RecoveryCode(****)");
    }
}
