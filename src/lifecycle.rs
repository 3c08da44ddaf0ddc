//! How `serve` starts before its database is there and how it stops on a signal.
//!
//! - **Starting**: the database is made ready first (migrations, the receipt salt, the check
//!   that nothing is left unsealed, the demo data: [`Setup`]). When PostgreSQL cannot be
//!   reached yet (the database container starts after the application's, a fail-over), the
//!   server listens anyway and answers 503 to every request ([`gate`]) while it tries again
//!   every [`RETRY`], as a running server answers 503 while its database is away; the jobs start
//!   once the setup is done. Anything else that goes wrong in the setup stops the start.
//! - **Stopping**: SIGTERM or SIGINT ([`watch_signals`]) stops taking connections, lets the
//!   requests in flight finish (30 s at most) and tells the jobs through [`Stop`]: the mail
//!   deliverer finishes the mail it is sending and gives back the rest of its claim, so the
//!   process ends within the promised 30 seconds even when the mail server hangs.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServerHandle, ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::web;

use crate::auth::token::Keys;
use crate::db::{self, Pool};
use crate::error::AppError;

/// How often a server waiting for its database tries again.
pub const RETRY: Duration = Duration::from_secs(2);

/// A flag set once: "ready" for the database, "stopping" for the jobs.
#[derive(Debug, Clone, Default)]
pub struct Flag(Arc<AtomicBool>);

impl Flag {
    pub fn set(&self) {
        self.0.store(true, Ordering::Release);
    }

    pub fn is_set(&self) -> bool {
        self.0.load(Ordering::Acquire)
    }
}

/// The database is ready: requests are served.
pub type Ready = Flag;

/// The server is stopping: jobs finish what they hold and start nothing new.
pub type Stop = Flag;

/// What must be done with the database before a request is served.
#[derive(Clone)]
pub struct Setup {
    pub pool: Pool,
    pub keys: Keys,
    pub demo: bool,
}

/// Why the setup did not finish.
#[derive(Debug)]
pub enum SetupError {
    /// No connection to the database: worth waiting for.
    Unreachable(anyhow::Error),
    /// Anything else (a migration failed, content left unsealed): the start stops.
    Fatal(anyhow::Error),
}

impl From<SetupError> for anyhow::Error {
    fn from(e: SetupError) -> anyhow::Error {
        match e {
            SetupError::Unreachable(e) => e.context("the database cannot be reached"),
            SetupError::Fatal(e) => e,
        }
    }
}

impl Setup {
    /// Migrations, the installation's receipt salt, the sealing check and the demo data, on
    /// one connection.
    pub async fn attempt(&self) -> Result<(), SetupError> {
        let setup = self.clone();
        web::block(move || {
            let mut conn = setup
                .pool
                .get()
                .map_err(|e| SetupError::Unreachable(e.into()))?;
            setup.on(&mut conn).map_err(SetupError::Fatal)
        })
        .await
        .map_err(|e| SetupError::Fatal(e.into()))?
    }

    fn on(&self, conn: &mut db::DbConnection) -> anyhow::Result<()> {
        db::run_migrations(conn)?;
        // The installation's receipt salt (kept, so that a new secret keeps receipts).
        let salt = db::keys::receipt_salt(conn, self.keys.first_receipt_salt())?;
        self.keys.set_receipt_salt(salt);
        // Nothing is served while content stored before sealing is left in plain text.
        let left = db::sealing::unsealed(conn)?;
        anyhow::ensure!(
            !left.any(),
            "{} complaints, {} messages and {} notes were stored before sealing: run \
             `fairrecruit seal-existing` before `fairrecruit serve`",
            left.complaints,
            left.messages,
            left.notes
        );
        if self.demo {
            crate::demo::seed_if_empty(conn, &self.keys)?;
        }
        Ok(())
    }

    /// Tries every [`RETRY`] until the database answers, then marks the server ready. Returns
    /// the first error that is not a missing connection.
    pub async fn until_done(self, ready: &Ready) -> anyhow::Result<()> {
        loop {
            match self.attempt().await {
                Ok(()) => {
                    tracing::info!("the database is ready: serving");
                    ready.set();
                    return Ok(());
                }
                Err(SetupError::Unreachable(e)) => {
                    tracing::warn!(error = %e, "the database cannot be reached yet: answering 503 and trying again");
                    actix_web::rt::time::sleep(RETRY).await;
                }
                Err(fatal) => return Err(fatal.into()),
            }
        }
    }
}

/// Answers 503 (translated, with the usual error page or JSON) until the database is ready;
/// `/healthz` answers throughout.
pub async fn gate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // `/healthz` says the process is alive, which it is; `/readyz` says 503 with the rest.
    let ready = req.path() == "/healthz"
        || req
            .app_data::<web::Data<Ready>>()
            .is_none_or(|ready| ready.is_set());
    if ready {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let waiting = AppError::Unavailable("the database is not reachable yet".to_owned());
    Ok(req.error_response(waiting).map_into_boxed_body())
}

/// Stops the server on SIGTERM or SIGINT (gracefully: the requests in flight finish) and on
/// SIGQUIT (at once), telling the jobs through `stop` first. Only `serve` watches signals;
/// the tests' servers are stopped through their handle.
pub fn watch_signals(handle: ServerHandle, stop: Stop) {
    use actix_web::rt::signal::unix::{SignalKind, signal};
    actix_web::rt::spawn(async move {
        let kinds = [
            SignalKind::terminate(),
            SignalKind::interrupt(),
            SignalKind::quit(),
        ];
        let mut streams = Vec::new();
        for kind in kinds {
            match signal(kind) {
                Ok(stream) => streams.push((kind, stream)),
                Err(e) => tracing::warn!(error = %e, "cannot watch a stop signal"),
            }
        }
        let arrivals = streams.iter_mut().map(|(kind, stream)| {
            let kind = *kind;
            Box::pin(async move {
                stream.recv().await;
                kind
            })
        });
        let (kind, _, _) = futures_util::future::select_all(arrivals).await;
        let graceful = kind != SignalKind::quit();
        tracing::info!(graceful, "stop signal: stopping");
        stop.set();
        handle.stop(graceful).await;
    });
}
