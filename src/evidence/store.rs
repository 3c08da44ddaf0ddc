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
    /// Takes the bytes (a sealed file is never copied to be stored).
    fn put(&self, name: &str, bytes: Vec<u8>) -> io::Result<()>;
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
    fn put(&self, name: &str, bytes: Vec<u8>) -> io::Result<()> {
        use std::io::Write;
        let path = self.path(name)?;
        let partial = self.dir.join(format!("{name}.partial"));
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(&bytes)?;
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

/// The store the settings name: the bucket when one is set, else the folder.
pub fn open(
    s3: Option<&S3Settings>,
    folder: &std::path::Path,
) -> io::Result<std::sync::Arc<dyn FileStore>> {
    Ok(match s3 {
        Some(settings) => std::sync::Arc::new(S3Store::new(settings)?),
        None => std::sync::Arc::new(FolderStore::new(folder.to_path_buf())?),
    })
}

/// Where an S3-compatible bucket is and how to sign in to it (`FAIRRECRUIT_S3_*`).
#[derive(Clone)]
pub struct S3Settings {
    pub bucket: String,
    /// `https://s3.eu-central-1.amazonaws.com`, or a MinIO or other server's address; plain
    /// `http://` is taken only for a server on this machine or a private network.
    pub endpoint: Option<String>,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .finish_non_exhaustive()
    }
}

/// An S3-compatible bucket (`object_store`), for installations running several servers. Its
/// calls run on a small runtime of its own, so the store can be used from any blocking
/// thread, as the folder is.
pub struct S3Store {
    store: object_store::aws::AmazonS3,
    /// Always `Some` until dropped (a runtime may not block while it is dropped from async
    /// code, so it is let go in the background).
    runtime: Option<tokio::runtime::Runtime>,
}

impl Drop for S3Store {
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

impl S3Store {
    pub fn new(settings: &S3Settings) -> io::Result<S3Store> {
        let mut builder = object_store::aws::AmazonS3Builder::new()
            .with_bucket_name(&settings.bucket)
            .with_region(&settings.region)
            .with_access_key_id(&settings.access_key_id)
            .with_secret_access_key(&settings.secret_access_key)
            // A person is waiting: a few quick tries, then "try again" (503).
            .with_retry(object_store::RetryConfig {
                backoff: object_store::BackoffConfig {
                    init_backoff: std::time::Duration::from_millis(100),
                    max_backoff: std::time::Duration::from_secs(2),
                    base: 2.0,
                },
                max_retries: 3,
                retry_timeout: std::time::Duration::from_secs(15),
            });
        if let Some(endpoint) = &settings.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        let store = builder.build().map_err(io::Error::other)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("s3-store")
            .enable_all()
            .build()?;
        Ok(S3Store {
            store,
            runtime: Some(runtime),
        })
    }

    fn run<T>(
        &self,
        work: impl std::future::Future<Output = object_store::Result<T>>,
    ) -> io::Result<T> {
        let runtime = self
            .runtime
            .as_ref()
            .ok_or_else(|| io::Error::other("the store is closing"))?;
        runtime.block_on(work).map_err(|e| match e {
            object_store::Error::NotFound { .. } => io::Error::new(io::ErrorKind::NotFound, e),
            other => io::Error::other(other),
        })
    }
}

impl FileStore for S3Store {
    fn put(&self, name: &str, bytes: Vec<u8>) -> io::Result<()> {
        use object_store::ObjectStoreExt;
        let path = object_store::path::Path::from(name);
        let payload = object_store::PutPayload::from(bytes);
        self.run(self.store.put(&path, payload)).map(drop)
    }

    fn get(&self, name: &str) -> io::Result<Vec<u8>> {
        use object_store::ObjectStoreExt;
        let path = object_store::path::Path::from(name);
        self.run(async {
            let found = self.store.get(&path).await?;
            found.bytes().await
        })
        .map(|bytes| bytes.to_vec())
    }

    fn delete(&self, name: &str) -> io::Result<()> {
        use object_store::ObjectStoreExt;
        let path = object_store::path::Path::from(name);
        match self.run(self.store.delete(&path)) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            other => other,
        }
    }

    fn list(&self) -> io::Result<Vec<(String, SystemTime)>> {
        use futures_util::TryStreamExt;
        use object_store::ObjectStore;
        let listed: Vec<object_store::ObjectMeta> =
            self.run(self.store.list(None).try_collect())?;
        Ok(listed
            .into_iter()
            .map(|meta| {
                (
                    meta.location.to_string(),
                    SystemTime::from(meta.last_modified),
                )
            })
            .collect())
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
        store.put(&name, b"sealed bytes".to_vec()).unwrap();
        assert_eq!(store.get(&name).unwrap(), b"sealed bytes");
        assert_eq!(store.list().unwrap().len(), 1);
        for bad in ["../etc/passwd", "x.sealed", &format!("../{name}")] {
            assert!(store.put(bad, b"x".to_vec()).is_err(), "{bad}");
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
