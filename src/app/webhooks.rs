//! A partner sets, rotates or removes its status-webhook endpoint. The URL is checked (rules
//! and every address its host resolves to) before anything is stored; the signing secret is
//! made here, sealed for storage, and returned once to be shown to the partner.

use crate::db::{self, Pool, webhooks};
use crate::error::{AppError, InputError};
use crate::notify::webhook::{Settings, address};

/// What saving answers: the URL as stored and, when a secret was made, the secret (shown
/// this once; only its sealed form is kept).
#[derive(Debug, Clone)]
pub struct Saved {
    pub url: String,
    pub secret: Option<String>,
}

/// Checks `raw_url` and stores it for the partner organisation; a new secret on the first
/// save or when `rotate`. A refused URL is an input error on `field`, with nothing stored.
pub async fn set_endpoint(
    pool: &Pool,
    organisation_id: i64,
    (field, raw_url): (&'static str, &str),
    rotate: bool,
    settings: Settings,
    keys: &[crate::seal::Key],
) -> Result<Saved, AppError> {
    let refused = |r: address::Refusal| AppError::from(InputError::new(field, r.message_key()));
    let url = address::check_url(raw_url.trim(), settings.allow_loopback).map_err(refused)?;
    let checked = url.clone();
    tokio::task::spawn_blocking(move || {
        address::resolve_checked(&checked, settings.allow_loopback)
    })
    .await
    .map_err(|e| AppError::Internal(format!("resolving a webhook host: {e}")))?
    .map_err(refused)?;
    let url = url.to_string();
    let existing = {
        let org = organisation_id;
        db::run(pool, move |conn| Ok(webhooks::endpoint(conn, org)?)).await?
    };
    let secret = (rotate || existing.is_none()).then(crate::notify::webhook::sign::new_secret);
    let sealed = match &secret {
        Some(s) => Some(
            webhooks::seal_secret(keys, s)
                .ok_or_else(|| AppError::Internal("no key for webhook secrets".into()))?,
        ),
        None => None,
    };
    let stored = url.clone();
    let now = crate::clock::now();
    db::run_write(pool, move |conn| {
        Ok(webhooks::save(
            conn,
            organisation_id,
            &stored,
            sealed.as_deref(),
            now,
        )?)
    })
    .await?;
    Ok(Saved { url, secret })
}

/// Removes the partner's endpoint (and the webhooks still waiting for it).
pub async fn remove_endpoint(pool: &Pool, organisation_id: i64) -> Result<bool, AppError> {
    db::run_write(pool, move |conn| {
        Ok(webhooks::remove(conn, organisation_id)?)
    })
    .await
}
