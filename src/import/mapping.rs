//! How a licence list as published maps onto the import's fields: which column holds each
//! field (`--map licence_number=RL No.`), a value every row shares (`--country BD`), and what
//! the authority's status words mean (`--status "Forever Banned=revoked"`). Given on the
//! command line or in a small mapping file (`--mapping FILE`, format in [`Mapping::parse_file`]).

use super::COLUMNS;
use crate::domain::recruiter::LicenceStatus;

/// The mapping of one import. Empty: the file's header names the fields themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Mapping {
    /// (field, the file's column header) pairs.
    pub columns: Vec<(&'static str, String)>,
    /// (field, the value of every row) pairs, for a list that has no column for it.
    pub fixed: Vec<(&'static str, String)>,
    /// (status word as folded by [`fold_word`], status) pairs.
    pub statuses: Vec<(String, LicenceStatus)>,
}

/// A status word as compared: trimmed, lower-cased, inner spaces collapsed
/// (`Valid/Good  Standing` is `valid/good standing`).
pub fn fold_word(word: &str) -> String {
    word.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn field(name: &str, said: &str) -> Result<&'static str, String> {
    let wanted = name.trim().to_ascii_lowercase();
    COLUMNS
        .iter()
        .find(|c| **c == wanted)
        .copied()
        .ok_or_else(|| {
            format!(
                "{said}: `{}` is not a field (fields: {})",
                name.trim(),
                COLUMNS.join(", ")
            )
        })
}

/// Splits `a=b`, both sides trimmed; `said` names the setting in the message.
fn pair<'a>(item: &'a str, said: &str) -> Result<(&'a str, &'a str), String> {
    let (left, right) = item
        .split_once('=')
        .ok_or_else(|| format!("{said}: `{}` is not NAME=VALUE", item.trim()))?;
    if left.trim().is_empty() {
        return Err(format!("{said}: `{}` names nothing", item.trim()));
    }
    Ok((left.trim(), right.trim()))
}

impl Mapping {
    pub fn is_empty(&self) -> bool {
        self.columns.is_empty() && self.fixed.is_empty() && self.statuses.is_empty()
    }

    /// `field=column` (one pair of `--map`, or a line of the file's `[columns]`).
    pub fn add_column(&mut self, item: &str, said: &str) -> Result<(), String> {
        let (name, column) = pair(item, said)?;
        let name = field(name, said)?;
        if column.is_empty() {
            return Err(format!("{said}: `{name}` is mapped to no column"));
        }
        if self.columns.iter().any(|(f, _)| *f == name) {
            return Err(format!("{said}: `{name}` is mapped twice"));
        }
        self.columns.push((name, column.to_owned()));
        Ok(())
    }

    /// `field=value` every row shares (`--country`, or a line of the file's `[fixed]`).
    pub fn add_fixed(&mut self, item: &str, said: &str) -> Result<(), String> {
        let (name, value) = pair(item, said)?;
        let name = field(name, said)?;
        if matches!(name, "name" | "licence_number") {
            return Err(format!(
                "{said}: `{name}` differs on every row; map it to a column"
            ));
        }
        if self.fixed.iter().any(|(f, _)| *f == name) {
            return Err(format!("{said}: `{name}` is given twice"));
        }
        self.fixed.push((name, value.to_owned()));
        Ok(())
    }

    /// `Word=status` (one pair of `--status`, or a line of the file's `[status]`). A word
    /// mapped to nothing, or to anything but a status, is refused: the list would otherwise
    /// be read with a guess.
    pub fn add_status(&mut self, item: &str, said: &str) -> Result<(), String> {
        let (word, status) = pair(item, said)?;
        if status.is_empty() {
            return Err(format!(
                "{said}: status `{word}` is mapped to nothing (one of active, suspended, \
                 revoked, expired)"
            ));
        }
        let status: LicenceStatus = status.parse().map_err(|_| {
            format!(
                "{said}: status `{word}` is mapped to `{status}`, which is not one of active, \
                 suspended, revoked, expired"
            )
        })?;
        let word = fold_word(word);
        match self.statuses.iter().find(|(w, _)| *w == word) {
            Some((_, s)) if *s != status => Err(format!(
                "{said}: status `{word}` is mapped to both {s} and {status}"
            )),
            Some(_) => Ok(()),
            None => {
                self.statuses.push((word, status));
                Ok(())
            }
        }
    }

    /// `--map` and `--status` values: comma-separated pairs.
    pub fn add_list(
        &mut self,
        list: &str,
        said: &str,
        add: fn(&mut Mapping, &str, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        for item in list.split(',').filter(|i| !i.trim().is_empty()) {
            add(self, item, said)?;
        }
        Ok(())
    }

    /// A mapping file: `#` starts a comment line; sections `[columns]` (`field = column
    /// header`), `[status]` (`status word = active|suspended|revoked|expired`) and `[fixed]`
    /// (`field = value of every row`); a line is split at its first `=`. For example:
    ///
    /// ```text
    /// [columns]
    /// name = Name of Agency
    /// licence_number = License No.
    /// licence_status = Status
    /// [status]
    /// Valid/Good Standing = active
    /// Forever Banned = revoked
    /// [fixed]
    /// licensing_country = PH
    /// ```
    pub fn parse_file(&mut self, text: &str, file: &str) -> Result<(), String> {
        let mut section: Option<&str> = None;
        for (i, line) in text.lines().enumerate() {
            let line = line.trim().trim_start_matches('\u{feff}');
            let said = format!("{file} line {}", i + 1);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = match name.trim() {
                    "columns" => Some("columns"),
                    "status" => Some("status"),
                    "fixed" => Some("fixed"),
                    other => {
                        return Err(format!(
                            "{said}: unknown section `[{other}]` (sections: [columns], \
                             [status], [fixed])"
                        ));
                    }
                };
                continue;
            }
            match section {
                Some("columns") => self.add_column(line, &said)?,
                Some("status") => self.add_status(line, &said)?,
                Some(_) => self.add_fixed(line, &said)?,
                None => {
                    return Err(format!(
                        "{said}: a line before any section ([columns], [status], [fixed])"
                    ));
                }
            }
        }
        Ok(())
    }

    /// The status a word means: the mapping's, else a status's own name.
    pub fn status(&self, word: &str) -> Option<LicenceStatus> {
        let folded = fold_word(word);
        self.statuses
            .iter()
            .find(|(w, _)| *w == folded)
            .map(|(_, s)| *s)
            .or_else(|| word.parse().ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_line_pairs_and_a_file_make_one_mapping() {
        let mut m = Mapping::default();
        m.add_list(
            "licence_number=rl_no, name = Agency Name",
            "--map",
            Mapping::add_column,
        )
        .unwrap();
        m.add_list(
            "Forever Banned=revoked,Delisted=revoked,Valid/Good Standing=active",
            "--status",
            Mapping::add_status,
        )
        .unwrap();
        m.parse_file(
            "# PH list\n[fixed]\nlicensing_country = PH\n[status]\nSuspended = suspended\n",
            "ph.map",
        )
        .unwrap();
        assert_eq!(m.columns[0], ("licence_number", "rl_no".to_owned()));
        assert_eq!(m.fixed, vec![("licensing_country", "PH".to_owned())]);
        assert_eq!(
            m.status(" valid/good  STANDING"),
            Some(LicenceStatus::Active)
        );
        assert_eq!(m.status("Delisted"), Some(LicenceStatus::Revoked));
        assert_eq!(m.status("expired"), Some(LicenceStatus::Expired));
        assert_eq!(m.status("Cancelled"), None);
    }

    #[test]
    fn bad_mappings_are_refused_with_what_was_wrong() {
        let mut m = Mapping::default();
        for (item, add, needle) in [
            (
                "licence=rl_no",
                Mapping::add_column as fn(&mut Mapping, &str, &str) -> Result<(), String>,
                "not a field",
            ),
            ("name=", Mapping::add_column, "no column"),
            ("rl_no", Mapping::add_column, "NAME=VALUE"),
            ("Delisted=", Mapping::add_status, "mapped to nothing"),
            ("Delisted=gone", Mapping::add_status, "not one of"),
            ("name=Acme", Mapping::add_fixed, "map it to a column"),
        ] {
            let err = add(&mut m, item, "--x").unwrap_err();
            assert!(err.contains(needle), "{item}: {err}");
        }
        m.add_status("Banned=revoked", "--status").unwrap();
        assert!(
            m.add_status("BANNED=active", "--status")
                .unwrap_err()
                .contains("both")
        );
        let err = Mapping::default()
            .parse_file("[colums]\nname = x\n", "f")
            .unwrap_err();
        assert!(
            err.contains("f line 1") && err.contains("unknown section"),
            "{err}"
        );
        let err = Mapping::default()
            .parse_file("name = x\n", "f")
            .unwrap_err();
        assert!(err.contains("before any section"), "{err}");
    }
}
