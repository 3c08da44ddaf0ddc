//! An upload's files are spooled to disk as they arrive, not held in memory: each in an
//! unnamed temporary file (gone when it is closed, or when the process dies) and encrypted
//! with a random key only this process holds (XChaCha20), so no plaintext of a worker's
//! file reaches the disk. A file is read back into memory once, when its turn to be cleaned
//! comes (`app::evidence`), one at a time per server.

use std::io::{self, Read, Seek, Write};
use std::path::Path;

use chacha20::XChaCha20;
use chacha20::cipher::{KeyIvInit, StreamCipher};
use zeroize::Zeroizing;

pub struct Spooled {
    file: std::fs::File,
    len: usize,
    key: Zeroizing<[u8; 32]>,
    nonce: [u8; 24],
    cipher: XChaCha20,
}

impl Spooled {
    pub fn new(dir: &Path) -> io::Result<Spooled> {
        std::fs::create_dir_all(dir)?;
        let file = tempfile::tempfile_in(dir)?;
        let mut key = Zeroizing::new([0u8; 32]);
        let mut nonce = [0u8; 24];
        getrandom::fill(key.as_mut_slice())
            .and_then(|()| getrandom::fill(&mut nonce))
            .map_err(|e| io::Error::other(e.to_string()))?;
        let cipher = XChaCha20::new(key.as_ref().into(), (&nonce).into());
        Ok(Spooled {
            file,
            len: 0,
            key,
            nonce,
            cipher,
        })
    }

    /// Appends a chunk (a few kilobytes as the network brings them: a write to the page
    /// cache, not worth a thread hop).
    pub fn write(&mut self, chunk: &[u8]) -> io::Result<()> {
        let mut sealed = chunk.to_vec();
        self.cipher.apply_keystream(&mut sealed);
        self.file.write_all(&sealed)?;
        self.len += chunk.len();
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The file's bytes, read back once into one buffer of its exact size.
    pub fn read(mut self) -> io::Result<Vec<u8>> {
        self.file.rewind()?;
        let mut bytes = Vec::with_capacity(self.len);
        self.file.read_to_end(&mut bytes)?;
        let mut cipher = XChaCha20::new(self.key.as_ref().into(), (&self.nonce).into());
        cipher.apply_keystream(&mut bytes);
        Ok(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spooled_file_comes_back_whole_and_is_never_plain_on_disk() {
        let dir = std::env::temp_dir().join(format!("fr-spool-{}", crate::auth::random_hex(6)));
        let mut spooled = Spooled::new(&dir).unwrap();
        spooled.write(b"CANARY-PLAIN-").unwrap();
        spooled.write(b"TEXT").unwrap();
        assert_eq!(spooled.len(), 17);
        // Unnamed: nothing in the folder to find.
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
        let mut on_disk = Vec::new();
        spooled.file.rewind().unwrap();
        spooled.file.read_to_end(&mut on_disk).unwrap();
        assert!(!on_disk.windows(6).any(|w| w == b"CANARY"));
        assert_eq!(spooled.read().unwrap(), b"CANARY-PLAIN-TEXT");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
