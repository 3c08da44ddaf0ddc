//! Where sealed files live. The database holds their rows; a store holds their bytes under
//! generated names. `FolderStore` is the embedded default (`<data dir>/files`); a store
//! several servers share (S3-compatible object storage) implements the same trait.
//!
//! A file is written before the transaction that adds its row; if that transaction rolls
//! back the file is deleted at once, and whatever a crash left behind — and files whose rows
//! retention deleted — is removed by the hourly purge (`orphans`).

use std::io;
use std::path::PathBuf;
use std::time::SystemTime;

pub trait FileStore: Send + Sync {
    fn put(&self, name: &str, bytes: &[u8]) -> io::Result<()>;
    fn get(&self, name: &str) -> io::Result<Vec<u8>>;
    fn delete(&self, name: &str) -> io::Result<()>;
    /// Every name in the store and when it was written.
    fn list(&self) -> io::Result<Vec<(String, SystemTime)>>;
}

/// A folder of files, each written to a temporary name, synced and renamed into place (a
/// crash leaves a whole file or none).
pub struct FolderStore {
    dir: PathBuf,
}

impl FolderStore {
    pub fn new(dir: PathBuf) -> io::Result<FolderStore> {
        std::fs::create_dir_all(&dir)?;
        Ok(FolderStore { dir })
    }

    /// Only names this service makes (`evidence::stored_name`): nothing can reach outside
    /// the folder.
    fn path(&self, name: &str) -> io::Result<PathBuf> {
        let valid = name.len() == 39
            && name.ends_with(".sealed")
            && name[..32].bytes().all(|b| b.is_ascii_hexdigit());
        if valid {
            Ok(self.dir.join(name))
        } else {
            Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "not a stored name",
            ))
        }
    }
}

impl FileStore for FolderStore {
    fn put(&self, name: &str, bytes: &[u8]) -> io::Result<()> {
        use std::io::Write;
        let path = self.path(name)?;
        let partial = self.dir.join(format!("{name}.partial"));
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&partial, &path)
    }

    fn get(&self, name: &str) -> io::Result<Vec<u8>> {
        std::fs::read(self.path(name)?)
    }

    fn delete(&self, name: &str) -> io::Result<()> {
        match std::fs::remove_file(self.path(name)?) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    fn list(&self) -> io::Result<Vec<(String, SystemTime)>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(&self.dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let written = entry.metadata()?.modified()?;
            names.push((name, written));
        }
        Ok(names)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_store_keeps_files_under_generated_names_only() {
        let dir = tempfile_dir();
        let store = FolderStore::new(dir.clone()).unwrap();
        let name = crate::evidence::stored_name();
        store.put(&name, b"sealed bytes").unwrap();
        assert_eq!(store.get(&name).unwrap(), b"sealed bytes");
        assert_eq!(store.list().unwrap().len(), 1);
        for bad in ["../etc/passwd", "x.sealed", &format!("../{name}")] {
            assert!(store.put(bad, b"x").is_err(), "{bad}");
            assert!(store.get(bad).is_err(), "{bad}");
        }
        store.delete(&name).unwrap();
        store.delete(&name).unwrap();
        assert!(store.list().unwrap().is_empty());
        std::fs::remove_dir_all(dir).unwrap();
    }

    fn tempfile_dir() -> PathBuf {
        std::env::temp_dir().join(format!("fr-store-{}", crate::auth::random_hex(8)))
    }
}
