//! The periodic jobs that run inside `serve`, beside the HTTP server, and stop with it.
//!
//! | Job | Work it calls | How often | Why several servers may run it at once |
//! |-----|---------------|-----------|----------------------------------------|
//! | [`escalation`] | `db::complaints::mark_overdue`: referrals past a deadline are marked and an escalation is recorded for the organisation's leads | every 5 minutes | It only reads when nothing is due. Its UPDATE sets the `*_escalated` flag on rows where it is still false, so a second server waits for the first's row locks, then finds them marked; escalation rows are guarded by their unique key. |
//! | [`mail`] | `notify::deliver::deliver_due`: sends the due outbox mail | every 3 seconds | Rows are claimed before they are sent (`db::outbox::claim`): `FOR UPDATE SKIP LOCKED` on PostgreSQL, one UPDATE under the single write lock on SQLite; a claim is a lease (`notify::LEASE`, one minute, renewed for each mail just before it is sent) counted in `attempts`, and marking checks that count, so a late deliverer cannot overwrite a newer claim. A crash between a send and its mark sends that one mail again, with the same Message-ID, when the lease runs out; a crash otherwise delays the claimed mail by about a minute; a stopping server gives back what it has not sent. |
//! | [`mail`] | `notify::deliver::upkeep`: daily digests, weekly watchlist summaries, deletion of old sent mail | every 10 minutes | Each digest is written in the transaction that marks the held mail it covers; each weekly summary in one transaction per watcher that checks again whether the week is already covered. Both only read when nothing is due. |
//! | [`reports`] | `reports::publish_if_due`: rebuilds the report tables from what was filed before the last Monday, 00:00 UTC | checks every 15 minutes, the first check when the figures fall due but not within a minute of the start | Nothing is read or written when the week's publication is out. Otherwise `db::reports::replace` swaps every table in one transaction (readers see the old figures or the new, never a mix); concurrent refreshes queue on the write lock (SQLite) or an explicit lock (PostgreSQL). |
//! | [`retention`] | `db::retention::purge`: destroys sealed case content whose retention passed; purges revoked tokens and sessions past expiry and old audit events | every hour | One transaction per run. Destroying sets columns to NULL and deletes keys: a second server doing the same finds nothing left, or repeats a no-op. |
//! | [`webhooks`] | `notify::webhook::deliver_due`: sends the due status webhooks to intake partners | every 3 seconds | The same outbox rows, claims and leases as mail (`channel = 'webhook'`), so the same reasoning holds; a webhook sent twice carries the same event id for the partner to drop. |
//! | [`memory`] | `memory::give_back`: the allocator's free pages go back to the system | every 10 seconds | It touches no data. |
//!
//! A failed run (database down, mail server away) is logged and the next one tries again.

pub mod escalation;
pub mod mail;
pub mod memory;
pub mod reports;
pub mod retention;
pub mod webhooks;

use crate::db::Pool;
use crate::notify::mail::Mailer;

/// Runs every job, forever; the mail and webhook jobs only when this instance delivers.
/// `serve` races this against the server, so the jobs stop when it does.
pub async fn run_all(
    pool: Pool,
    (mailer, senders): (Option<Mailer>, Option<crate::notify::webhook::Sender>),
    purge_after_days: i64,
    store: std::sync::Arc<dyn crate::evidence::store::FileStore>,
    stop: crate::lifecycle::Stop,
) {
    let escalation = escalation::run_periodically(pool.clone());
    let reports = reports::run_periodically(pool.clone());
    let retention = retention::run_periodically(pool.clone(), purge_after_days, store);
    let hooks = senders.map(|s| webhooks::run_periodically(pool.clone(), s, stop.clone()));
    let hooks = async move {
        if let Some(hooks) = hooks {
            hooks.await;
        }
    };
    let always = futures_util::future::join5(
        escalation,
        reports,
        retention,
        hooks,
        memory::run_periodically(),
    );
    match mailer {
        Some(mailer) => {
            let delivery = mail::run_periodically(pool, mailer, stop);
            futures_util::future::join(always, delivery).await;
        }
        None => {
            always.await;
        }
    }
}
