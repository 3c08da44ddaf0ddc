//! Evidence: photos, documents and voice notes a worker adds to their complaint. What a file
//! is comes from its bytes (`sniff`); it is cleaned of what identifies the phone or the place
//! (`clean`), sealed with the complaint's content key, and written under a generated name to
//! a [`store::FileStore`]; its row (`db::evidence`) names who may read it.

pub mod clean;
pub mod heif;
pub mod http;
pub mod samples;
pub mod sniff;
pub mod spool;
pub mod store;

/// How much a person may send; each a setting (`serve --help`, README "Evidence").
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Files in one message (one upload).
    pub files_per_message: usize,
    /// Bytes of one file as sent.
    pub file_bytes: usize,
    /// Bytes of every file of one complaint together, as stored.
    pub complaint_bytes: u64,
}

pub const FILES_PER_MESSAGE: usize = 5;
pub const FILE_MB: usize = 10;
pub const COMPLAINT_MB: u64 = 50;

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            files_per_message: FILES_PER_MESSAGE,
            file_bytes: FILE_MB * 1024 * 1024,
            complaint_bytes: COMPLAINT_MB * 1024 * 1024,
        }
    }
}

/// A file as it arrived: the name the device gave it and its bytes, spooled.
pub struct Upload {
    pub name: String,
    pub data: spool::Spooled,
}

/// What the service needs to take and serve evidence, shared by every worker.
pub struct Evidence {
    pub store: std::sync::Arc<dyn store::FileStore>,
    pub limits: Limits,
    /// Where uploads are spooled as they arrive (`spool`).
    pub spool_dir: std::path::PathBuf,
    /// Photos are decoded one at a time per server (a decoded photo is many times its file):
    /// what keeps many uploads at once within the memory budget.
    pub cleaning: tokio::sync::Semaphore,
}

impl Evidence {
    pub fn new(
        store: std::sync::Arc<dyn store::FileStore>,
        limits: Limits,
        spool_dir: std::path::PathBuf,
    ) -> Evidence {
        Evidence {
            store,
            limits,
            spool_dir,
            cleaning: tokio::sync::Semaphore::new(1),
        }
    }
}

/// A file name as a person's device sent it, made safe to keep and show: the last path
/// part only, without control, format or direction-override characters, at most 120
/// characters.
pub fn display_name(sent: &str) -> String {
    let last = sent.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut buf = [0u8; 4];
    let kept: String = last
        .chars()
        .filter(|c| !crate::domain::text::has_forbidden_chars(c.encode_utf8(&mut buf)))
        .take(120)
        .collect();
    let kept = kept.trim().trim_start_matches('.').to_owned();
    if kept.is_empty() {
        "-".to_owned()
    } else {
        kept
    }
}

/// A name for a file in the store: random, so nothing about it can be guessed or learnt
/// from it.
pub fn stored_name() -> String {
    format!("{}.sealed", crate::auth::random_hex(16))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sent_names_are_kept_without_paths_controls_or_overrides() {
        assert_eq!(display_name("../../etc/passwd"), "passwd");
        assert_eq!(display_name("C:\\Users\\me\\contract.pdf"), "contract.pdf");
        assert_eq!(display_name("gpj.\u{202E}exe.photo"), "gpj.exe.photo");
        assert_eq!(display_name("a\0b"), "ab");
        assert_eq!(display_name(&"x".repeat(5000)).chars().count(), 120);
        assert_eq!(display_name(".."), "-");
    }
}
