//! Builds the application: pool, migrations, demo data, routes, middleware, bound listener.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::{Compress, DefaultHeaders, from_fn};
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;
use utoipa_actix_web::AppExt;

use crate::auth::AuthState;
use crate::config::{Config, Timeouts};
use crate::db::{self, Pool};
use crate::lifecycle::{Ready, Setup, SetupError, Stop};
use crate::notify::mail::Mailer;
use crate::telemetry::PrivateRootSpan;
use crate::{api, auth, i18n, web as pages};

/// Largest request body accepted anywhere.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub struct Application {
    port: u16,
    address: String,
    server: Server,
    pool: Pool,
    /// None when this instance does not deliver mail.
    mailer: Option<Mailer>,
    /// None when this instance does not deliver partners' webhooks (as for mail).
    webhooks: Option<crate::notify::webhook::Sender>,
    /// Days after which the retention job purges audit events.
    purge_after_days: i64,
    /// Where evidence files are kept (the retention job removes those no row names).
    store: std::sync::Arc<dyn crate::evidence::store::FileStore>,
    /// A SQLite database is marked as in use while this runs (`backup::hold`), so that
    /// `fairrecruit restore` refuses to replace it.
    _in_use: Option<crate::backup::InUse>,
    /// The database setup still to do when the database could not be reached at the start.
    pending: Option<Setup>,
    /// Set once the database is set up; until then every request is answered 503.
    ready: Ready,
    /// Set when the server stops: the jobs finish what they hold.
    stop: Stop,
}

/// What a public service must not start with ([`Config::production_problems`]); the database
/// is opened (and migrated, as `serve` would) only to see whether `--demo` meets real data.
pub fn production_check(config: &Config) -> anyhow::Result<Vec<String>> {
    let non_demo_data = if config.demo && config.is_public() {
        let pool = db::build_pool(&config.database_url, 1);
        let mut conn = pool.get()?;
        db::run_migrations(&mut conn)?;
        db::recruiters::any_outside_demo(&mut conn)?
    } else {
        false
    };
    Ok(config.production_problems(non_demo_data))
}

/// The settings `serve` would use, one `name: value` line each, never a secret or a password.
pub fn describe(config: &Config) -> Vec<(&'static str, String)> {
    let secret = if config.auth.jwt_secret.is_some() {
        "from FAIRRECRUIT_JWT_SECRET".to_owned()
    } else {
        format!(
            "generated and kept in {}",
            config.auth.data_dir.join("jwt-secret").display()
        )
    };
    let mail = match &config.mail.smtp_url {
        Some(_) => "SMTP server from FAIRRECRUIT_SMTP_URL".to_owned(),
        None => format!(
            "written as .eml files under {} (nothing is sent)",
            config.mail.mail_dir.display()
        ),
    };
    vec![
        (
            "database",
            format!(
                "{} {}",
                config.database_url.engine(),
                config.database_url.redacted()
            ),
        ),
        ("listen", config.bind.clone()),
        (
            "public URL",
            match &config.auth.public_url {
                Some(url) if config.is_public() => {
                    format!("{url} (public: Secure __Host- cookies)")
                }
                Some(url) => format!("{url} (not https: local use)"),
                None => "none (local use)".to_owned(),
            },
        ),
        ("token secret", secret),
        ("mail", mail),
        ("mail sender", config.mail.from.clone()),
        (
            "demo data",
            if config.demo { "on" } else { "off" }.to_owned(),
        ),
        (
            "time limits",
            format!(
                "headers {} s, body {} s, upload {} s",
                config.timeouts.header.as_secs(),
                config.timeouts.body.as_secs(),
                config.timeouts.upload.as_secs()
            ),
        ),
        ("database connections", config.db_pool_size.to_string()),
        (
            "throttles",
            match config.database_url {
                db::DatabaseUrl::Postgres(_) => {
                    "counted in the database, shared by every server on it"
                }
                db::DatabaseUrl::Sqlite(_) => "counted in this server's memory",
            }
            .to_owned(),
        ),
        ("evidence files", evidence_store(config)),
        (
            "evidence limits",
            format!(
                "{} files an upload, {} MB a file, {} MB a complaint",
                config.evidence.files_per_message,
                config.evidence.file_bytes / (1024 * 1024),
                config.evidence.complaint_bytes / (1024 * 1024)
            ),
        ),
        (
            "metrics",
            format!(
                "/metrics from {}{}",
                match config.metrics.from.is_empty() {
                    true => "no address".to_owned(),
                    false => config
                        .metrics
                        .from
                        .iter()
                        .map(|a| a.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                },
                if config.metrics.token.is_some() {
                    ", or anywhere with the token"
                } else {
                    ""
                }
            ),
        ),
        (
            "open data licence",
            format!(
                "{}, for /reports/download",
                config.open_data_licence.describe()
            ),
        ),
        (
            "HEIC photos",
            if crate::evidence::heif::available() {
                format!("decoded by {}", crate::evidence::heif::PROGRAM)
            } else {
                format!(
                    "refused ({} is not installed)",
                    crate::evidence::heif::PROGRAM
                )
            },
        ),
    ]
}

/// Where evidence files are kept, without a secret.
fn evidence_store(config: &Config) -> String {
    match &config.s3 {
        Some(s3) => format!(
            "S3 bucket {} at {} ({})",
            s3.bucket,
            s3.endpoint.as_deref().unwrap_or("AWS"),
            s3.region
        ),
        None => format!("folder {}", config.files_dir.display()),
    }
}

impl Application {
    /// Loads the locales, prepares the database and binds the listener. Port 0 picks a free
    /// port, which tests read back with [`Application::port`].
    pub async fn build(config: Config) -> anyhow::Result<Application> {
        i18n::init().map_err(|e| anyhow::anyhow!("locales: {e}"))?;
        let url = &config.database_url;
        tracing::info!(engine = url.engine(), database = %url.redacted(), "opening database");
        let in_use = match &config.database_url {
            db::DatabaseUrl::Sqlite(path) => Some(crate::backup::hold(path)?),
            db::DatabaseUrl::Postgres(_) => None,
        };
        let pool = db::build_pool(&config.database_url, config.db_pool_size);
        // Several servers may share a PostgreSQL database: their throttles count there.
        let shared =
            matches!(config.database_url, db::DatabaseUrl::Postgres(_)).then(|| pool.clone());
        let auth = AuthState::new(&config.auth, shared)?;
        let mailer = Mailer::new(&config.mail)?;
        let mailer = config.mail.deliver.then_some(mailer);
        // The instance that delivers mail delivers partners' webhooks too.
        let webhooks = match config.mail.deliver {
            true => Some(crate::notify::webhook::Sender::new(
                config.webhooks,
                auth.keys.webhook_keys(),
                config.auth.public_url.as_deref(),
            )?),
            false => None,
        };
        let setup = Setup {
            pool: pool.clone(),
            keys: auth.keys.clone(),
            demo: config.demo,
        };
        let ready = Ready::default();
        // PostgreSQL may come after the application (containers, a fail-over): the server
        // then listens and answers 503 until it does. A SQLite file that cannot be opened
        // will not open later.
        let waits = matches!(config.database_url, db::DatabaseUrl::Postgres(_));
        let pending = match setup.attempt().await {
            Ok(()) => {
                ready.set();
                None
            }
            Err(SetupError::Unreachable(e)) if waits => {
                tracing::warn!(error = %e, "the database cannot be reached yet: answering 503 until it can");
                Some(setup)
            }
            Err(e) => return Err(e.into()),
        };

        let listener = TcpListener::bind(&config.bind)
            .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        let local = listener.local_addr()?;
        let store = crate::evidence::store::open(config.s3.as_ref(), &config.files_dir)
            .map_err(|e| anyhow::anyhow!("cannot use the evidence file store: {e}"))?;
        let spool = config.files_dir.with_file_name("spool");
        let evidence = crate::evidence::Evidence::new(store.clone(), config.evidence, spool);
        // The recorder is in place before the first request is counted.
        crate::metrics::handle();
        let server = run(
            listener,
            (pool.clone(), ready.clone()),
            auth,
            evidence,
            config.workers,
            (
                config.timeouts,
                config.metrics.clone(),
                config.open_data_licence.clone(),
                config.webhooks,
            ),
        )?;
        Ok(Application {
            pending,
            ready,
            stop: Stop::default(),
            store,
            port: local.port(),
            address: local.to_string(),
            server,
            pool,
            mailer,
            webhooks,
            purge_after_days: config.purge_after_days,
            _in_use: in_use,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    /// A handle to stop the server from elsewhere (tests stop theirs when they end).
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Stops the server on SIGTERM, SIGINT or SIGQUIT (`lifecycle::watch_signals`); `serve`
    /// calls it, tests do not.
    pub fn stop_on_signals(&self) {
        crate::lifecycle::watch_signals(self.server.handle(), self.stop.clone());
    }

    /// Serves until stopped, then finishes the requests in flight (graceful stop). The
    /// periodic jobs (`jobs::run_all`: escalation, mail, reports) run alongside, once the
    /// database is set up, and stop with the server. When the database setup fails for a
    /// reason other than a missing connection, the server stops and the error is returned.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let handle = self.server.handle();
        let stop = self.stop.clone();
        let (pending, ready) = (self.pending, self.ready);
        let jobs = Box::pin(async move {
            if let Some(setup) = pending {
                setup.until_done(&ready).await?;
            }
            crate::jobs::run_all(
                self.pool,
                (self.mailer, self.webhooks),
                self.purge_after_days,
                self.store,
                stop,
            )
            .await;
            anyhow::Ok(())
        });
        let served = match futures_util::future::select(self.server, jobs).await {
            futures_util::future::Either::Left((served, _)) => served,
            futures_util::future::Either::Right((Ok(()), _)) => Ok(()),
            futures_util::future::Either::Right((Err(e), server)) => {
                tracing::error!(error = %e, "the database setup failed: stopping");
                handle.stop(false).await;
                drop(server);
                Err(std::io::Error::other(format!("{e:#}")))
            }
        };
        // However the server ended, the mail deliverer gives back what it has not sent.
        self.stop.set();
        served
    }
}

fn run(
    listener: TcpListener,
    (pool, ready): (Pool, Ready),
    auth: AuthState,
    evidence: crate::evidence::Evidence,
    workers: Option<usize>,
    (timeouts, metrics, licence, webhooks): (
        Timeouts,
        crate::metrics::Access,
        crate::reports::open_data::Licence,
        crate::notify::webhook::Settings,
    ),
) -> anyhow::Result<Server> {
    // Blocking threads per worker: enough for every pooled connection and the writers
    // waiting for their turn, not actix's 256 — each one that ran keeps its touched stack and
    // its share of the allocator's memory, and a thread beyond the pool's size only waits.
    let blocking = pool.max_size() as usize + 8;
    let pool = web::Data::new(pool);
    let webhooks = web::Data::new(webhooks);
    let ready = web::Data::new(ready);
    let licence = web::Data::new(licence);
    let metrics = web::Data::new(metrics);
    let auth = web::Data::new(auth);
    let limits = web::Data::new(timeouts);
    let evidence = web::Data::new(evidence);
    let kept = web::Data::new(pages::kept::KeptPages::default());
    let mut server = HttpServer::new(move || {
        let (app, openapi) = App::new()
            .into_utoipa_app()
            .app_data(pool.clone())
            .app_data(auth.clone())
            .app_data(limits.clone())
            .app_data(evidence.clone())
            .app_data(metrics.clone())
            .app_data(ready.clone())
            .app_data(licence.clone())
            .app_data(webhooks.clone())
            .app_data(kept.clone())
            .app_data(web::PayloadConfig::new(MAX_BODY_BYTES))
            .app_data(web::JsonConfig::default().limit(MAX_BODY_BYTES))
            .app_data(web::FormConfig::default().limit(MAX_BODY_BYTES))
            .service(api::scope())
            .split_for_parts();
        app.app_data(web::Data::new(api::OpenApiDocument::new(openapi)))
            .configure(api::unlisted_routes)
            .configure(pages::routes)
            .default_service(web::to(pages::not_found))
            .wrap(from_fn(api::idempotency::idempotency))
            .wrap(from_fn(pages::limits::limits))
            .wrap(from_fn(crate::lifecycle::gate))
            .wrap(from_fn(auth::csrf::guard))
            .wrap(from_fn(pages::drafts::policy))
            .wrap(from_fn(pages::localize::localize))
            .wrap(from_fn(crate::metrics::record))
            .wrap(Compress::default())
            .wrap(security_headers())
            .wrap(TracingLogger::<PrivateRootSpan>::new())
    })
    .worker_max_blocking_threads(blocking)
    .client_request_timeout(timeouts.header)
    .listen(listener)?
    // `Application::stop_on_signals` watches them, and tells the jobs first.
    .disable_signals()
    .shutdown_timeout(30);
    if let Some(workers) = workers {
        server = server.workers(workers);
    }
    Ok(server.run())
}

/// Headers every response carries: no script at all (but the site's own on the two forms and
/// their "sent" pages: `web::drafts::policy`), no framing, no referrer, no sniffing.
fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; \
             form-action 'self'; frame-ancestors 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "no-referrer"))
        .add(("X-Frame-Options", "DENY"))
}
