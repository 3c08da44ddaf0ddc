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

//!
//! Arenas. glibc gives each thread that allocates while another holds an arena a new one, up
//! to eight per core; each keeps what its threads freed. A server with 8 workers, 8 pooled
//! connections' blocking threads and the jobs ended up with a dozen arenas, each holding a
//! few MiB of what a burst left: 119 MiB under 64 connections of pages where the same load in a
//! fresh process held 95. One arena per core (at least two) bounds that at little cost in
//! contention (measured: README, "Under concurrency"). And [`give_back`], run by a job,
//! returns the free pages of every arena (`malloc_trim`), which glibc does by itself only for
//! the top of the main heap.

/// Call first thing in `main`, before any thread starts.
pub fn return_large_allocations() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        let arenas = libc::c_int::try_from(cores.max(2)).unwrap_or(2);
        // An operator's own MALLOC_ARENA_MAX (read by glibc) is left as it is.
        let chosen = std::env::var_os("MALLOC_ARENA_MAX").is_some();
        // SAFETY: mallopt only sets an allocator parameter; called before other threads exist.
        unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 1024 * 1024);
            if !chosen {
                libc::mallopt(libc::M_ARENA_MAX, arenas);
            }
        }
    }
}

/// Returns the free memory of every allocator arena to the system.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim is thread-safe (it takes each arena's lock in turn).
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Makes ring the process's TLS provider (rustls), as lettre uses it: the S3 client's HTTPS
/// has no bundled provider. Harmless when one is installed already.
pub fn install_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}
