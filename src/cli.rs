//! The command line: `serve` (the default), `migrate`, imports, `create-user`, reports, backups
//! and `check-config`.
//! Every flag has a `FAIRRECRUIT_*` environment variable.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::auth::AuthConfig;
use crate::config::{Config, Timeouts};
use crate::db::DatabaseUrl;
use crate::notify::mail::MailConfig;

#[derive(Debug, Parser)]
#[command(
    name = "fairrecruit",
    version,
    about = "FairRecruit: look recruiters up, review them, complain safely"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Args, Clone)]
pub struct GlobalArgs {
    /// PostgreSQL URL (`postgres://…`) or a SQLite file path (optionally `sqlite://path`).
    #[arg(
        long,
        global = true,
        env = "FAIRRECRUIT_DATABASE_URL",
        default_value = "./data/fairrecruit.db"
    )]
    pub database_url: String,
    /// Log filter, in tracing's syntax (e.g. `info`, `fairrecruit=debug,actix_web=info`).
    #[arg(long, global = true, env = "FAIRRECRUIT_LOG", default_value = "info")]
    pub log: String,
    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, global = true, env = "FAIRRECRUIT_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    pub log_format: String,
    /// Folder for files the service keeps beside the database (the generated token secret).
    #[arg(
        long,
        global = true,
        env = "FAIRRECRUIT_DATA_DIR",
        default_value = "./data"
    )]
    pub data_dir: PathBuf,
}

/// `import-recruiters`' file and how to read it.
#[derive(Debug, Args)]
pub struct ImportRecruitersArgs {
    /// The list: `.csv`, `.xlsx` or `.ods`.
    pub file: PathBuf,
    /// Which column holds each field, e.g. `licence_number=RL No.,name=Name of Agency`
    /// (fields: name, licence_number, licensing_country, licence_status, address,
    /// destinations). Other columns are passed over.
    #[arg(long, value_name = "FIELD=COLUMN,...")]
    pub map: Option<String>,
    /// What the list's status words mean, e.g. `Forever Banned=revoked,Valid/Good
    /// Standing=active`. A row whose word is not mapped is rejected with its line.
    #[arg(long, value_name = "WORD=STATUS,...")]
    pub status: Option<String>,
    /// The licensing country of every row, for a list that has no column for it.
    #[arg(long, value_name = "CC")]
    pub country: Option<String>,
    /// A mapping file: sections `[columns]`, `[status]` and `[fixed]` (README, "Licence
    /// lists as published").
    #[arg(long, value_name = "FILE")]
    pub mapping: Option<PathBuf>,
    /// What an agency of the list's countries that the list no longer names becomes:
    /// `expired` (with a dated licence event), or `keep` (the default: left as it was).
    #[arg(long, value_name = "STATUS", default_value = "keep", value_parser = ["keep", "expired"])]
    pub missing_means: String,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web service (what runs when no subcommand is given).
    Serve(ServeArgs),
    /// Apply database migrations and exit.
    Migrate,
    /// Import a licence list (CSV, XLSX or ODS): with the header
    /// `name,licence_number,licensing_country,licence_status,address,destinations`, or the
    /// list as published, read through a column and status mapping.
    ImportRecruiters(ImportRecruitersArgs),
    /// Load reviews collected on paper, by a partner or by telephone (the template
    /// `templates/import/reviews.csv`, as CSV, XLSX or ODS) into the moderation queue, as one
    /// batch; or withdraw a batch before any of it is approved.
    ImportReviews {
        /// The file of reviews.
        #[arg(required_unless_present = "withdraw")]
        file: Option<PathBuf>,
        /// Withdraw this batch (as printed by the import) instead of importing.
        #[arg(long, value_name = "BATCH", conflicts_with = "file")]
        withdraw: Option<String>,
    },
    /// Create an account (the first administrator is made this way). The password is read
    /// from standard input, one line.
    CreateUser {
        /// worker, moderator, inspector, union_officer, caseworker or admin.
        #[arg(long)]
        role: String,
        #[arg(long)]
        username: String,
        /// The organisation (id) of an inspector, union officer or caseworker.
        #[arg(long)]
        org: Option<i64>,
        /// Make the staff member a lead of the organisation (leads are told of escalations).
        #[arg(long)]
        lead: bool,
    },
    /// Make an API key for an intake partner and print it (shown this once; only its hash is
    /// kept), or revoke one. Audited as on the administrators' page.
    PartnerKey {
        /// The intake partner: its id, or its exact name.
        #[arg(long)]
        organisation: String,
        /// What the key is for (e.g. "WhatsApp bot"), when making one.
        #[arg(long, required_unless_present = "revoke")]
        name: Option<String>,
        /// Days the new key is valid, 1 to 365.
        #[arg(long, default_value_t = 365)]
        days: i64,
        /// Revoke this key (its id: the number after `frp_`) instead of making one.
        #[arg(long, value_name = "KEY_ID", conflicts_with = "name")]
        revoke: Option<i64>,
    },
    /// Rebuild every recruiter's scorecard from the approved reviews (the kept scorecards
    /// are otherwise changed with each moderation); says whether anything differed.
    RecomputeScores,
    /// Import exchange rates to US dollars: CSV with header `currency,year,usd_per_unit`
    /// (e.g. `NPR,2024,0.0075`). Every row is checked; one bad row imports nothing.
    ImportRates {
        /// The CSV file.
        file: PathBuf,
    },
    /// Publish the report tables now, from everything filed so far (`serve` publishes them
    /// every Monday at 00:00 UTC).
    RefreshReports,
    /// Copy a live SQLite database to FILE as one consistent snapshot (PostgreSQL: pg_dump,
    /// see the README). FILE must not exist.
    Backup { file: PathBuf },
    /// Replace the SQLite database with the copy in FILE, after checking it; refused while a
    /// `serve` has the database open. The replaced database is kept as `<database>.replaced`.
    Restore { file: PathBuf },
    /// Seal the complaints, messages and notes stored before sealing (`serve` refuses to
    /// start while any are left), in one transaction; makes a key pair for each organisation
    /// without one and prints its recovery code, once, for its lead.
    SealExisting,
    /// Print the code of the moment for the demo staff's published second factor (README,
    /// "Try it"), as an authenticator app would show it.
    DemoCode,
    /// Print the settings `serve` would use and what a public (https) service must not start
    /// with; exits with 2 when there is such a problem, as `serve` does.
    CheckConfig(ServeArgs),
}

#[derive(Debug, Args, Clone, Default)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "FAIRRECRUIT_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
    /// Fill an empty database with a clearly fictional demo data set.
    #[arg(long, env = "FAIRRECRUIT_DEMO")]
    pub demo: bool,
    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "FAIRRECRUIT_WORKERS")]
    pub workers: Option<usize>,
    /// Most database connections held open.
    #[arg(long, env = "FAIRRECRUIT_DB_POOL_SIZE", default_value_t = 8)]
    pub db_pool_size: u32,
    /// The address people reach the service at (`https://…` makes cookies Secure and
    /// `__Host-`); forms must come from its origin.
    #[arg(long, env = "FAIRRECRUIT_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Secret that signs session tokens (32 bytes or more). When unset, one is generated and
    /// kept in the data folder. A comma-separated list rotates it: the new secret first,
    /// then previous ones, kept so that complaint receipts hashed under them still work
    /// (everyone is signed out).
    #[arg(long, env = "FAIRRECRUIT_JWT_SECRET", hide_env_values = true)]
    pub jwt_secret: Option<String>,
    /// Behind a reverse proxy: count sign-in attempts by the last `X-Forwarded-For` address.
    #[arg(long, env = "FAIRRECRUIT_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,
    /// Mail server for notifications: `smtp://user:password@host:587?tls=required`
    /// (STARTTLS), `smtps://user:password@host` (TLS), `smtp://host:25` (plain, local
    /// relays only). When unset, each mail is written as an `.eml` file under
    /// `<data dir>/mail`.
    #[arg(long, env = "FAIRRECRUIT_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// Days after which audit events are purged (sealed case content follows each
    /// organisation's own retention).
    #[arg(long, env = "FAIRRECRUIT_PURGE_AFTER_DAYS", default_value_t = crate::config::PURGE_AFTER_DAYS)]
    pub purge_after_days: i64,
    /// The sender of notifications, e.g. `FairRecruit <noreply@example.org>`.
    #[arg(long, env = "FAIRRECRUIT_MAIL_FROM", default_value = crate::notify::mail::DEFAULT_FROM)]
    pub mail_from: String,
    /// Seconds a client has to send a request's line and headers.
    #[arg(long, env = "FAIRRECRUIT_HEADER_TIMEOUT", default_value_t = crate::config::HEADER_TIMEOUT_SECS)]
    pub header_timeout: u64,
    /// Seconds a client has to send a request's whole body once its headers are in; a
    /// slower body is answered 408 and the connection closed.
    #[arg(long, env = "FAIRRECRUIT_BODY_TIMEOUT", default_value_t = crate::config::BODY_TIMEOUT_SECS)]
    pub body_timeout: u64,
    /// Seconds a client has to send an upload of evidence (files are larger than forms).
    #[arg(long, env = "FAIRRECRUIT_UPLOAD_TIMEOUT", default_value_t = crate::config::UPLOAD_TIMEOUT_SECS)]
    pub upload_timeout: u64,
    /// Evidence files in one message.
    #[arg(long, env = "FAIRRECRUIT_EVIDENCE_MAX_FILES", default_value_t = crate::evidence::FILES_PER_MESSAGE)]
    pub evidence_max_files: usize,
    /// Megabytes of one evidence file as sent.
    #[arg(long, env = "FAIRRECRUIT_EVIDENCE_MAX_FILE_MB", default_value_t = crate::evidence::FILE_MB)]
    pub evidence_max_file_mb: usize,
    /// Megabytes of all of one complaint's evidence together.
    #[arg(long, env = "FAIRRECRUIT_EVIDENCE_MAX_COMPLAINT_MB", default_value_t = crate::evidence::COMPLAINT_MB)]
    pub evidence_max_complaint_mb: u64,
    /// Keep evidence files in this S3-compatible bucket instead of `<data dir>/files` (for
    /// several servers).
    #[arg(long, env = "FAIRRECRUIT_S3_BUCKET")]
    pub s3_bucket: Option<String>,
    /// The S3 server's address, e.g. `https://s3.eu-central-1.amazonaws.com` or a MinIO
    /// server's; unset: AWS for the region.
    #[arg(long, env = "FAIRRECRUIT_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
    #[arg(long, env = "FAIRRECRUIT_S3_REGION", default_value = "us-east-1")]
    pub s3_region: String,
    #[arg(long, env = "FAIRRECRUIT_S3_ACCESS_KEY_ID", hide_env_values = true)]
    pub s3_access_key_id: Option<String>,
    #[arg(long, env = "FAIRRECRUIT_S3_SECRET_ACCESS_KEY", hide_env_values = true)]
    pub s3_secret_access_key: Option<String>,
    /// Addresses that may read `/metrics` without the token (comma-separated; empty for
    /// none). A request that came through a proxy is never let in by its address.
    #[arg(
        long,
        env = "FAIRRECRUIT_METRICS_FROM",
        value_delimiter = ',',
        default_value = "127.0.0.1,::1"
    )]
    pub metrics_from: Vec<String>,
    /// A bearer token that lets a scraper read `/metrics` from anywhere.
    #[arg(long, env = "FAIRRECRUIT_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// The licence the open data at `/reports/download` are offered under: an SPDX
    /// identifier this service knows (`CC-BY-4.0`, `CC-BY-SA-4.0`, `CC0-1.0`, `ODbL-1.0`,
    /// `ODC-By-1.0`, `PDDL-1.0`, `OGL-UK-3.0`: named and linked), or any other licence's name,
    /// shown as given.
    #[arg(
        long,
        env = "FAIRRECRUIT_OPEN_DATA_LICENCE",
        default_value = crate::reports::open_data::DEFAULT_LICENCE
    )]
    pub open_data_licence: String,
    /// Let partners' status webhooks go to plain `http` on loopback addresses (tests and
    /// local development only; a public service refuses to start with it).
    #[arg(long, env = "FAIRRECRUIT_WEBHOOKS_ALLOW_LOOPBACK")]
    pub webhooks_allow_loopback: bool,
    /// Seconds a partner's server has to answer a status webhook (connecting: at most 5).
    #[arg(long, env = "FAIRRECRUIT_WEBHOOKS_TIMEOUT", default_value_t = crate::notify::webhook::TIMEOUT_SECS)]
    pub webhooks_timeout: u64,
}

/// `ServeArgs` from the environment and defaults alone, for commands that take no flags.
#[derive(Parser)]
struct ServeOnly {
    #[command(flatten)]
    args: ServeArgs,
}

impl ServeArgs {
    pub fn parse_defaults() -> ServeArgs {
        ServeOnly::parse_from(["fairrecruit"]).args
    }
}

impl Cli {
    pub fn config(&self, serve: &ServeArgs) -> Config {
        Config {
            bind: serve.bind.clone(),
            database_url: DatabaseUrl::parse(&self.global.database_url),
            demo: serve.demo,
            workers: serve.workers,
            db_pool_size: serve.db_pool_size.max(1),
            timeouts: Timeouts {
                header: std::time::Duration::from_secs(serve.header_timeout.max(1)),
                body: std::time::Duration::from_secs(serve.body_timeout.max(1)),
                upload: std::time::Duration::from_secs(serve.upload_timeout.max(1)),
            },
            auth: AuthConfig {
                jwt_secret: serve.jwt_secret.clone().filter(|s| !s.is_empty()),
                public_url: serve.public_url.clone().filter(|s| !s.is_empty()),
                trust_forwarded_for: serve.trust_forwarded_for,
                ..AuthConfig::defaults(self.global.data_dir.clone())
            },
            mail: MailConfig {
                smtp_url: serve.smtp_url.clone().filter(|s| !s.is_empty()),
                from: serve.mail_from.clone(),
                ..MailConfig::new(
                    &self.global.data_dir,
                    serve.public_url.as_deref().filter(|s| !s.is_empty()),
                    &serve.bind,
                )
            },
            purge_after_days: serve.purge_after_days.max(1),
            evidence: crate::evidence::Limits {
                files_per_message: serve.evidence_max_files.max(1),
                file_bytes: serve.evidence_max_file_mb.max(1) * 1024 * 1024,
                complaint_bytes: serve.evidence_max_complaint_mb.max(1) * 1024 * 1024,
            },
            files_dir: self.global.data_dir.join("files"),
            s3: serve
                .s3_bucket
                .clone()
                .filter(|b| !b.is_empty())
                .map(|bucket| crate::evidence::store::S3Settings {
                    bucket,
                    endpoint: serve.s3_endpoint.clone().filter(|e| !e.is_empty()),
                    region: serve.s3_region.clone(),
                    access_key_id: serve.s3_access_key_id.clone().unwrap_or_default(),
                    secret_access_key: serve.s3_secret_access_key.clone().unwrap_or_default(),
                }),
            metrics: crate::metrics::Access {
                from: serve
                    .metrics_from
                    .iter()
                    .filter_map(|a| a.trim().parse().ok())
                    .collect(),
                token: serve.metrics_token.clone().filter(|t| t.len() >= 16),
            },
            open_data_licence: crate::reports::open_data::Licence::from_setting(
                &serve.open_data_licence,
            ),
            webhooks: crate::notify::webhook::Settings::new(
                serve.webhooks_allow_loopback,
                std::time::Duration::from_secs(serve.webhooks_timeout.max(1)),
            ),
        }
    }
}
