//! The stored keys of sealed cases (issue 14): accounts' key pairs, organisations' key pairs
//! and who was given them, and each complaint's keys sealed to each of its holders. What the
//! keys mean and how they are made: `crate::seal`.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConnection;
use crate::db::schema::{
    account_keys, complaint_keys, installation, key_grants, organisation_keys, organisations, users,
};
use crate::db_run;
use crate::seal::{Key, Keyring, PublicKey, RecoveryCode, SecretKey, Unopenable};

/// The installation's receipt salt: the stored one, or `first` stored now (the salt receipts
/// were hashed with before this table existed, so that their hashes stay valid).
pub fn receipt_salt(conn: &mut DbConnection, first: &[u8; 16]) -> QueryResult<Vec<u8>> {
    let stored: Option<String> = installation::table
        .find(1)
        .select(installation::receipt_salt)
        .first(conn)
        .optional()?;
    if let Some(salt) = stored.and_then(|s| crate::seal::salt_bytes(&s).ok()) {
        return Ok(salt);
    }
    use base64::Engine;
    let text = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(first);
    db_run!(&mut *conn, c => diesel::insert_into(installation::table)
        .values((installation::id.eq(1), installation::receipt_salt.eq(&text)))
        .on_conflict_do_nothing()
        .execute(c))?;
    let salt: String = installation::table
        .find(1)
        .select(installation::receipt_salt)
        .first(conn)?;
    Ok(crate::seal::salt_bytes(&salt).unwrap_or_else(|_| first.to_vec()))
}

// ---------------------------------------------------------------------------------------
// Accounts

pub fn keyring_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Option<Keyring>> {
    account_keys::table
        .find(user_id)
        .select((
            account_keys::public_key,
            account_keys::salt,
            account_keys::wrapped,
        ))
        .first::<(String, String, String)>(conn)
        .optional()
        .map(|row| {
            row.map(|(public_key, salt, wrapped)| Keyring {
                public_key,
                salt,
                wrapped,
            })
        })
}

/// Stores an account's keyring (a new one, or the same key pair wrapped with a new password).
pub fn store_keyring(conn: &mut DbConnection, user_id: i64, ring: &Keyring) -> QueryResult<()> {
    diesel::delete(account_keys::table.find(user_id)).execute(conn)?;
    diesel::insert_into(account_keys::table)
        .values((
            account_keys::user_id.eq(user_id),
            account_keys::public_key.eq(&ring.public_key),
            account_keys::salt.eq(&ring.salt),
            account_keys::wrapped.eq(&ring.wrapped),
        ))
        .execute(conn)
        .map(drop)
}

/// A new key pair for an account whose password was set by someone else (an administrator's
/// reset): the old one is gone, and with it every organisation key it was given, until a
/// lead gives them again.
pub fn replace_keyring(conn: &mut DbConnection, user_id: i64, ring: &Keyring) -> QueryResult<()> {
    diesel::delete(key_grants::table.filter(key_grants::user_id.eq(user_id))).execute(conn)?;
    store_keyring(conn, user_id, ring)
}

/// Forgets an account's key pair and every organisation key given to it.
pub fn forget_keyring(conn: &mut DbConnection, user_id: i64) -> QueryResult<()> {
    diesel::delete(key_grants::table.filter(key_grants::user_id.eq(user_id))).execute(conn)?;
    diesel::delete(account_keys::table.find(user_id))
        .execute(conn)
        .map(drop)
}

fn public_key_of(conn: &mut DbConnection, user_id: i64) -> QueryResult<Option<PublicKey>> {
    let text: Option<String> = account_keys::table
        .find(user_id)
        .select(account_keys::public_key)
        .first(conn)
        .optional()?;
    Ok(text.and_then(|t| PublicKey::from_text(&t).ok()))
}

// ---------------------------------------------------------------------------------------
// Organisations

/// Makes an organisation's key pair: its secret key (to give to members now) and the
/// recovery code it is wrapped with (to show once; never stored).
pub fn make_organisation_key(
    conn: &mut DbConnection,
    organisation_id: i64,
    now: NaiveDateTime,
) -> QueryResult<(SecretKey, RecoveryCode)> {
    let secret = SecretKey::generate();
    let code = RecoveryCode::generate();
    let (salt, wrapped) = code.wrap(&secret);
    diesel::insert_into(organisation_keys::table)
        .values((
            organisation_keys::organisation_id.eq(organisation_id),
            organisation_keys::public_key.eq(secret.public_key().to_text()),
            organisation_keys::recovery_salt.eq(salt),
            organisation_keys::recovery_wrapped.eq(wrapped),
            organisation_keys::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok((secret, code))
}

/// Organisations without a key pair (made before sealing): `seal-existing` makes theirs.
pub fn organisations_without_key(conn: &mut DbConnection) -> QueryResult<Vec<(i64, String)>> {
    use diesel::dsl::{exists, not};
    organisations::table
        .filter(not(exists(organisation_keys::table.filter(
            organisation_keys::organisation_id.eq(organisations::id),
        ))))
        .order(organisations::id)
        .select((organisations::id, organisations::name))
        .load(conn)
}

/// The public keys of these organisations (those that have one).
pub fn organisation_public_keys(
    conn: &mut DbConnection,
    ids: &[i64],
) -> QueryResult<Vec<(i64, PublicKey)>> {
    let rows: Vec<(i64, String)> = organisation_keys::table
        .filter(organisation_keys::organisation_id.eq_any(ids))
        .select((
            organisation_keys::organisation_id,
            organisation_keys::public_key,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, text)| PublicKey::from_text(&text).ok().map(|k| (id, k)))
        .collect())
}

/// The recovery wrap of an organisation's secret key: (salt, wrapped).
pub fn recovery_of(
    conn: &mut DbConnection,
    organisation_id: i64,
) -> QueryResult<Option<(String, String)>> {
    organisation_keys::table
        .find(organisation_id)
        .select((
            organisation_keys::recovery_salt,
            organisation_keys::recovery_wrapped,
        ))
        .first(conn)
        .optional()
}

/// Wraps the organisation's secret key with a new recovery code (the old one stops working).
pub fn set_recovery(
    conn: &mut DbConnection,
    organisation_id: i64,
    salt: &str,
    wrapped: &str,
) -> QueryResult<()> {
    diesel::update(organisation_keys::table.find(organisation_id))
        .set((
            organisation_keys::recovery_salt.eq(salt),
            organisation_keys::recovery_wrapped.eq(wrapped),
        ))
        .execute(conn)
        .map(drop)
}

/// Gives a member the organisation's secret key, sealed to their own public key. `false`
/// when they have no key pair yet (they get one when they next sign in).
pub fn grant(
    conn: &mut DbConnection,
    organisation_id: i64,
    user_id: i64,
    secret: &SecretKey,
    now: NaiveDateTime,
) -> QueryResult<bool> {
    let Some(public) = public_key_of(conn, user_id)? else {
        return Ok(false);
    };
    diesel::delete(
        key_grants::table
            .filter(key_grants::organisation_id.eq(organisation_id))
            .filter(key_grants::user_id.eq(user_id)),
    )
    .execute(conn)?;
    diesel::insert_into(key_grants::table)
        .values((
            key_grants::organisation_id.eq(organisation_id),
            key_grants::user_id.eq(user_id),
            key_grants::wrapped.eq(public.wrap_secret(secret)),
            key_grants::granted_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// The organisation's secret key, opened with a member's own secret key; `None` when they
/// were not given it (or it was given to a key pair they no longer have).
pub fn organisation_secret(
    conn: &mut DbConnection,
    organisation_id: i64,
    user_id: i64,
    personal: &SecretKey,
) -> QueryResult<Option<SecretKey>> {
    let wrapped: Option<String> = key_grants::table
        .filter(key_grants::organisation_id.eq(organisation_id))
        .filter(key_grants::user_id.eq(user_id))
        .select(key_grants::wrapped)
        .first(conn)
        .optional()?;
    Ok(wrapped.and_then(|w| personal.unwrap_secret(&w).ok()))
}

/// A member of an organisation and whether they hold its key, for its key page.
#[derive(Debug, Clone, Queryable)]
pub struct MemberKey {
    pub user_id: i64,
    pub username: String,
    pub org_role: Option<String>,
    pub disabled: bool,
    pub has_keyring: bool,
    pub has_key: bool,
}

/// The organisation's staff and who holds its key: one query.
pub fn members_with_keys(
    conn: &mut DbConnection,
    organisation_id: i64,
) -> QueryResult<Vec<MemberKey>> {
    use diesel::dsl::exists;
    users::table
        .filter(users::organisation_id.eq(organisation_id))
        .order(users::username)
        .limit(super::complaints::LIST_MAX)
        .select((
            users::id,
            users::username,
            users::org_role,
            users::disabled,
            exists(account_keys::table.filter(account_keys::user_id.eq(users::id))),
            exists(
                key_grants::table
                    .filter(key_grants::organisation_id.eq(organisation_id))
                    .filter(key_grants::user_id.eq(users::id)),
            ),
        ))
        .load(conn)
}

// ---------------------------------------------------------------------------------------
// Complaints

/// Who holds a complaint's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holder {
    /// The worker, with the receipt.
    Receipt,
    /// The worker's account, when they chose to follow the complaint there.
    Account,
    Organisation(i64),
}

impl Holder {
    pub fn column(self) -> String {
        match self {
            Holder::Receipt => "receipt".into(),
            Holder::Account => "account".into(),
            Holder::Organisation(id) => format!("org:{id}"),
        }
    }
}

/// A complaint's two keys, open: its content key and, for those allowed to contact the
/// worker, its contact key.
#[derive(Debug, Clone)]
pub struct CaseKeys {
    pub content: Key,
    pub contact: Option<Key>,
}

impl CaseKeys {
    pub fn generate() -> CaseKeys {
        CaseKeys {
            content: Key::generate(),
            contact: Some(Key::generate()),
        }
    }
}

/// Seals a complaint's keys to a holder (the contact key only when `with_contact`); a holder
/// that already has them keeps what it has.
pub fn add_holder(
    conn: &mut DbConnection,
    complaint_id: i64,
    holder: Holder,
    public: &PublicKey,
    keys: &CaseKeys,
    with_contact: bool,
) -> QueryResult<()> {
    let contact = keys
        .contact
        .as_ref()
        .filter(|_| with_contact)
        .map(|k| public.wrap_key(k));
    let row = (
        complaint_keys::complaint_id.eq(complaint_id),
        complaint_keys::holder.eq(holder.column()),
        complaint_keys::content_key.eq(public.wrap_key(&keys.content)),
        complaint_keys::contact_key.eq(contact),
    );
    db_run!(&mut *conn, c => diesel::insert_into(complaint_keys::table)
        .values(row.clone())
        .on_conflict_do_nothing()
        .execute(c))
    .map(drop)
}

/// A holder's sealed keys for a complaint: (content, contact).
pub fn sealed_keys(
    conn: &mut DbConnection,
    complaint_id: i64,
    holder: Holder,
) -> QueryResult<Option<(String, Option<String>)>> {
    complaint_keys::table
        .filter(complaint_keys::complaint_id.eq(complaint_id))
        .filter(complaint_keys::holder.eq(holder.column()))
        .select((complaint_keys::content_key, complaint_keys::contact_key))
        .first(conn)
        .optional()
}

/// Opens a holder's sealed keys with its secret key.
pub fn open_keys(
    secret: &SecretKey,
    sealed: &(String, Option<String>),
) -> Result<CaseKeys, Unopenable> {
    Ok(CaseKeys {
        content: secret.unwrap_key(&sealed.0)?,
        contact: match &sealed.1 {
            Some(c) => Some(secret.unwrap_key(c)?),
            None => None,
        },
    })
}

/// The holders a complaint's keys are sealed to.
pub fn holders_of(conn: &mut DbConnection, complaint_id: i64) -> QueryResult<Vec<String>> {
    complaint_keys::table
        .filter(complaint_keys::complaint_id.eq(complaint_id))
        .select(complaint_keys::holder)
        .load(conn)
}

/// Whether a member of staff could open a referral's sealed content, and if not, why (each
/// said to them in their language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    Open,
    /// Their session began before sealing, or does not hold their key: sign in again.
    SignInAgain,
    /// They were not given their organisation's key (or were given it before a password
    /// reset): a lead gives it from the organisation's key page.
    NotGiven,
    /// The complaint reached the organisation after filing found nobody: its keys are sealed
    /// to the organisation when the worker next opens it.
    Waiting,
    /// Destroyed at the end of its retention, or by the worker.
    Destroyed,
}

impl Access {
    /// As the API names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Access::Open => "open",
            Access::SignInAgain => "sign_in_again",
            Access::NotGiven => "not_given",
            Access::Waiting => "waiting",
            Access::Destroyed => "destroyed",
        }
    }

    pub fn message_key(self) -> &'static str {
        match self {
            Access::Open => "sealed-open",
            Access::SignInAgain => "error-sealed-sign-in-again",
            Access::NotGiven => "error-sealed-not-given",
            Access::Waiting => "error-sealed-waiting",
            Access::Destroyed => "error-sealed-destroyed",
        }
    }
}
