//! Evidence: photos, documents and voice notes a worker adds to their complaint. What a file
//! is comes from its bytes (`sniff`); it is cleaned of what identifies the phone or the place
//! (`clean`), sealed with the complaint's content key, and written under a generated name to
//! a [`store::FileStore`]; its row (`db::evidence`) names who may read it.

pub mod clean;
pub mod samples;
pub mod sniff;
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

/// A name for a file in the store: random, so nothing about it can be guessed or learnt
/// from it.
pub fn stored_name() -> String {
    format!("{}.sealed", crate::auth::random_hex(16))
}
