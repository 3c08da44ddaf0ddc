//! Process-wide settings made once, first thing: how the process uses memory, and its TLS
//! provider.
//!
//! Memory. With glibc, an allocation above the *mmap threshold* is
//! mapped on its own and unmapped when freed; but the threshold rises to the size of each
//! mapped block freed (up to 32 MiB), after which such blocks come from per-thread arenas
//! and are kept by the process. Argon2 (19 MiB per hash, on whichever blocking thread ran
//! it) and decoded evidence photos then stay resident: 16 complaints took a server from
//! 40 MB to 314 MB and it never gave it back. Fixing the threshold at 1 MiB keeps large
//! blocks mapped, and returned on free.

/// Call first thing in `main`, before any thread starts.
pub fn return_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets an allocator parameter; called before other threads exist.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
    }
}

/// Makes ring the process's TLS provider (rustls), as lettre uses it: the S3 client's HTTPS
/// has no bundled provider. Harmless when one is installed already.
pub fn install_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
