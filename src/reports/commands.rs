//! The report commands: `fairrecruit import-rates FILE.csv` and `fairrecruit
//! refresh-reports`. They print what they did; a refused rates file changes nothing.

use std::path::Path;

use crate::clock;
use crate::db::DbConnection;

/// Checks every row of a rates file; stores them all only when every row is valid, then
/// rebuilds the reports so the dollar figures use them. Row errors go to standard error as
/// `line N: reason` and make the command fail.
pub fn import_rates(conn: &mut DbConnection, path: &Path) -> anyhow::Result<()> {
    let file = std::fs::File::open(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let rates = match super::rates::parse_file(std::io::BufReader::new(file)) {
        Ok(rates) => rates,
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            anyhow::bail!("{} row(s) refused; nothing was imported", errors.len());
        }
    };
    let now = clock::now();
    let (added, replaced) = crate::db::reports::import_rates(conn, &rates, now)?;
    println!("rates: added {added}, replaced {replaced}");
    refresh_reports(conn)
}

/// Rebuilds the report tables now.
pub fn refresh_reports(conn: &mut DbConnection) -> anyhow::Result<()> {
    let now = clock::now();
    let done = super::refresh(conn, now).map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "reports refreshed: {} approved reviews, {} complaints, {} referrals \
         (read and computed in {} ms, {} ms with writing)",
        done.reviews, done.complaints, done.referrals, done.duration_ms, done.total_ms
    );
    Ok(())
}
