use std::io::IsTerminal;

use clap::Parser;
use fairrecruit::cli::{Cli, Command, ServeArgs};
use fairrecruit::config::Config;
use fairrecruit::startup::{self, Application};
use fairrecruit::{db, import, telemetry};

fn main() -> anyhow::Result<()> {
    fairrecruit::memory::return_large_allocations();
    fairrecruit::memory::install_tls();
    let cli = Cli::parse();
    telemetry::init(&cli.global.log, &cli.global.log_format);
    match &cli.command {
        None => serve(&cli, &ServeArgs::parse_defaults()),
        Some(Command::Serve(args)) => serve(&cli, args),
        Some(Command::Migrate) => {
            let config = cli.config(&ServeArgs::parse_defaults());
            let pool = db::build_pool(&config.database_url, 1);
            let mut conn = pool.get()?;
            db::run_migrations(&mut conn)?;
            println!("migrations applied ({})", config.database_url.engine());
            Ok(())
        }
        Some(Command::ImportRecruiters(args)) => import_recruiters(&cli, args),
        Some(Command::ImportReviews { file, withdraw }) => {
            import_reviews(&cli, file.as_deref(), withdraw.as_deref())
        }
        Some(Command::CreateUser {
            role,
            username,
            org,
            lead,
        }) => create_user(&cli, role, username, *org, *lead),
        Some(Command::PartnerKey {
            organisation,
            name,
            days,
            revoke,
        }) => with_database(&cli, |conn| {
            fairrecruit::app::partner::key_command(
                conn,
                organisation,
                name.as_deref(),
                *days,
                *revoke,
            )
        }),
        Some(Command::RecomputeScores) => recompute_scores(&cli),
        Some(Command::ImportRates { file }) => with_database(&cli, |conn| {
            fairrecruit::reports::commands::import_rates(conn, file)
        }),
        Some(Command::RefreshReports) => {
            with_database(&cli, fairrecruit::reports::commands::refresh_reports)
        }
        Some(Command::CheckConfig(args)) => check_config(&cli, args),
        Some(Command::SealExisting) => seal_existing(&cli),
        Some(Command::Backup { file }) => backup(&cli, file, false),
        Some(Command::Restore { file }) => backup(&cli, file, true),
        Some(Command::DemoCode) => {
            use fairrecruit::auth::second_factor::{STEP_SECS, Secret, unix_now};
            let secret = Secret::from_base32(fairrecruit::demo::cases::SECOND_FACTOR)
                .ok_or_else(|| anyhow::anyhow!("the demo second factor is base32"))?;
            let now = unix_now();
            println!(
                "{} (for {} more seconds)",
                secret.code_at(now),
                STEP_SECS - now % STEP_SECS
            );
            Ok(())
        }
    }
}

/// Exit code of a refused start: the settings are wrong, not the machine.
const BAD_SETTINGS: i32 = 2;

/// `backup FILE` and `restore FILE` (SQLite); what they refuse exits with 2.
fn backup(cli: &Cli, file: &std::path::Path, restore: bool) -> anyhow::Result<()> {
    use fairrecruit::backup::{self, Refused};
    let config = cli.config(&ServeArgs::parse_defaults());
    let done = match &config.database_url {
        db::DatabaseUrl::Postgres(_) => Err(Refused::Postgres.into()),
        db::DatabaseUrl::Sqlite(path) if restore => backup::restore(path, file)
            .map(|()| format!("restored {} from {}", path.display(), file.display())),
        db::DatabaseUrl::Sqlite(path) => backup::backup(path, file).map(|bytes| {
            format!(
                "backed up {} to {} ({bytes} bytes)",
                path.display(),
                file.display()
            )
        }),
    };
    match done {
        Ok(said) => {
            println!("{said}");
            Ok(())
        }
        Err(e) if e.is::<Refused>() => {
            eprintln!("fairrecruit: {e}");
            std::process::exit(BAD_SETTINGS);
        }
        Err(e) => Err(e),
    }
}

/// `check-config`: what `serve` would use, and what a public service must not start with.
fn check_config(cli: &Cli, args: &ServeArgs) -> anyhow::Result<()> {
    let config = cli.config(args);
    for (name, value) in startup::describe(&config) {
        println!("{name}: {value}");
    }
    let problems = startup::production_check(&config)?;
    if problems.is_empty() {
        println!("problems: none");
        return Ok(());
    }
    for problem in &problems {
        println!("problem: {problem}");
    }
    std::process::exit(BAD_SETTINGS);
}

/// `seal-existing`: seals what was stored before sealing and prints the recovery code of
/// each organisation key it made (shown once: hand each to that organisation's lead, whose
/// first use of it replaces it with a code only they have seen).
fn seal_existing(cli: &Cli) -> anyhow::Result<()> {
    let config = cli.config(&ServeArgs::parse_defaults());
    let secrets = fairrecruit::auth::token::load_secrets(
        config.auth.jwt_secret.as_deref(),
        &config.auth.data_dir,
    )?;
    let keys = fairrecruit::auth::token::Keys::from_secrets(&secrets);
    with_database(cli, |conn| {
        db::keys::receipt_salt(conn, keys.first_receipt_salt())?;
        let lookup = keys
            .receipt_lookup_keys()
            .first()
            .ok_or_else(|| anyhow::anyhow!("no service secret"))?;
        let sealed =
            db::sealing::seal_existing(conn, lookup).map_err(|e| anyhow::anyhow!("{e}"))?;
        // The plain text the rows held, out of the database's files too.
        db::sealing::compact(conn)?;
        for (id, name, code) in &sealed.new_keys {
            println!(
                "organisation {id} ({name}): recovery code {}",
                code.grouped()
            );
        }
        let c = sealed.counts;
        println!(
            "sealed: {} complaints, {} messages, {} notes",
            c.complaints, c.messages, c.notes
        );
        Ok(())
    })
}

/// Runs a command on one migrated connection.
fn with_database(
    cli: &Cli,
    work: impl FnOnce(&mut db::DbConnection) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let config = cli.config(&ServeArgs::parse_defaults());
    let pool = db::build_pool(&config.database_url, 1);
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    work(&mut conn)
}

/// `recompute-scores`: rebuilds the kept scorecards from the reviews and reports whether
/// the kept ones had drifted.
fn recompute_scores(cli: &Cli) -> anyhow::Result<()> {
    use fairrecruit::db::reviews;
    let config = cli.config(&ServeArgs::parse_defaults());
    let pool = db::build_pool(&config.database_url, 1);
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    let started = std::time::Instant::now();
    let before = reviews::all_kept(&mut conn)?;
    let (read, scored) = reviews::recompute_all(&mut conn)?;
    let after = reviews::all_kept(&mut conn)?;
    println!(
        "scorecards rebuilt: {read} approved reviews, {scored} recruiters, {:.1} s; {}",
        started.elapsed().as_secs_f64(),
        if before == after {
            "the kept scorecards were already exact"
        } else {
            "the kept scorecards differed and are now corrected"
        }
    );
    Ok(())
}

/// The new account's password: typed twice without echo at a terminal, else the first line
/// of standard input (for scripts).
fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password: ")?;
        let again = rpassword::prompt_password("Password again: ")?;
        anyhow::ensure!(first == again, "the two passwords differ");
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}

/// `create-user`: the password comes from standard input (hidden at a terminal) so that it
/// never shows in the process list or the shell history.
fn create_user(
    cli: &Cli,
    role: &str,
    username: &str,
    org: Option<i64>,
    lead: bool,
) -> anyhow::Result<()> {
    use fairrecruit::db::accounts::{self, NewAccount};
    use fairrecruit::domain::account::{NewPassword, OrgRole, Role, Username};
    use fairrecruit::i18n::{self, Tr};

    i18n::init().map_err(|e| anyhow::anyhow!("locales: {e}"))?;
    let tr = Tr::new(i18n::DEFAULT);
    let explain =
        |e: fairrecruit::error::InputError| anyhow::anyhow!("{}: {}", e.field, tr.t(e.message_key));
    let role = Role::parse(role).ok_or_else(|| {
        let all: Vec<&str> = Role::ALL.iter().map(Role::as_str).collect();
        anyhow::anyhow!("--role must be one of {}", all.join(", "))
    })?;
    let username = Username::parse(username).map_err(explain)?;
    let typed = read_password()?;
    let password = NewPassword::parse("password", &typed, &[&username.display]).map_err(explain)?;
    let hash = fairrecruit::auth::password::hash_now(password.expose())?;
    let config = cli.config(&ServeArgs::parse_defaults());
    let pool = db::build_pool(&config.database_url, 1);
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    let organisation = org.map(|id| (id, if lead { OrgRole::Lead } else { OrgRole::Member }));
    let new = NewAccount {
        username: &username,
        role,
        organisation,
        password_hash: &hash,
    };
    let id = accounts::create_checked(&mut conn, &new, None).map_err(|e| match e {
        fairrecruit::error::AppError::Input(input) => explain(input),
        other => anyhow::anyhow!("{other}"),
    })?;
    println!("created {role} {} (id {id})", username.display);
    Ok(())
}

fn serve(cli: &Cli, args: &ServeArgs) -> anyhow::Result<()> {
    let config: Config = cli.config(args);
    let problems = startup::production_check(&config)?;
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("fairrecruit: {problem}");
        }
        eprintln!(
            "fairrecruit: not starting a public service like this (`fairrecruit check-config` \
             shows every setting)"
        );
        std::process::exit(BAD_SETTINGS);
    }
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(config).await?;
        tracing::info!(address = %app.address(), "FairRecruit listening");
        app.stop_on_signals();
        app.run_until_stopped().await?;
        Ok(())
    })
}

/// The mapping `import-recruiters` was given, from its flags and mapping file.
fn mapping_of(args: &fairrecruit::cli::ImportRecruitersArgs) -> anyhow::Result<import::Mapping> {
    use import::Mapping;
    let mut mapping = Mapping::default();
    let said = |e: String| anyhow::anyhow!("{e}");
    if let Some(file) = &args.mapping {
        let text = std::fs::read_to_string(file)
            .map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        mapping
            .parse_file(&text, &file.display().to_string())
            .map_err(said)?;
    }
    if let Some(map) = &args.map {
        mapping
            .add_list(map, "--map", Mapping::add_column)
            .map_err(said)?;
    }
    if let Some(status) = &args.status {
        mapping
            .add_list(status, "--status", Mapping::add_status)
            .map_err(said)?;
    }
    if let Some(country) = &args.country {
        mapping
            .add_fixed(&format!("licensing_country={country}"), "--country")
            .map_err(said)?;
    }
    Ok(mapping)
}

/// A progress bar on a terminal: over the bytes of a CSV file, or counting a spreadsheet's
/// rows (whose number is not known before reading).
fn progress_bar(path: &std::path::Path) -> anyhow::Result<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return Ok(indicatif::ProgressBar::hidden());
    }
    if import::rows::Kind::of(path)? == import::rows::Kind::Csv {
        let bar = indicatif::ProgressBar::new(std::fs::metadata(path)?.len());
        bar.set_style(indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} {elapsed} (eta {eta})",
        )?);
        Ok(bar)
    } else {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(indicatif::ProgressStyle::with_template(
            "{spinner} row {pos} {elapsed}",
        )?);
        Ok(bar)
    }
}

fn migrated_pool(cli: &Cli) -> anyhow::Result<db::Pool> {
    let config = cli.config(&ServeArgs::parse_defaults());
    let pool = db::build_pool(&config.database_url, 1);
    let mut conn = pool.get()?;
    db::run_migrations(&mut conn)?;
    drop(conn);
    Ok(pool)
}

fn import_recruiters(
    cli: &Cli,
    args: &fairrecruit::cli::ImportRecruitersArgs,
) -> anyhow::Result<()> {
    let path = args.file.as_path();
    let options = import::Options {
        mapping: mapping_of(args)?,
        missing: (args.missing_means == "expired")
            .then_some(fairrecruit::domain::recruiter::LicenceStatus::Expired),
    };
    let pool = migrated_pool(cli)?;
    let bar = progress_bar(path)?;
    let started = std::time::Instant::now();
    let source = format!(
        "import:{}",
        path.file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default()
    );
    let report = import::import_file(&pool, path, &options, &source, |p| bar.set_position(p))?;
    bar.finish_and_clear();
    for (line, reason) in &report.rejected {
        eprintln!("line {line}: {reason}");
    }
    println!(
        "inserted {}, updated {}, unchanged {}, rejected {} ({:.1} s)",
        report.inserted,
        report.updated,
        report.unchanged,
        report.rejected.len(),
        started.elapsed().as_secs_f64()
    );
    if options.missing.is_some() {
        if report.missing_not_marked {
            println!(
                "no longer listed: not marked, because rows were rejected (an agency on a \
                 rejected row would be taken for missing); fix them and import again"
            );
        } else {
            println!("no longer listed, now expired: {}", report.marked_missing);
        }
    }
    Ok(())
}

/// `import-reviews FILE` or `import-reviews --withdraw BATCH`.
fn import_reviews(
    cli: &Cli,
    file: Option<&std::path::Path>,
    withdraw: Option<&str>,
) -> anyhow::Result<()> {
    let pool = migrated_pool(cli)?;
    if let Some(batch) = withdraw {
        let n = import::reviews::withdraw(&pool, batch)?;
        println!("batch {batch} withdrawn: {n} reviews deleted");
        return Ok(());
    }
    let path = file.ok_or_else(|| anyhow::anyhow!("give the file of reviews"))?;
    let bar = progress_bar(path)?;
    let report = import::reviews::import_reviews(&pool, path, |p| bar.set_position(p))?;
    bar.finish_and_clear();
    for (line, reason) in &report.rejected {
        eprintln!("line {line}: {reason}");
    }
    println!(
        "batch {}: {} reviews waiting for moderation, rejected {}",
        report.batch,
        report.queued,
        report.rejected.len()
    );
    Ok(())
}
