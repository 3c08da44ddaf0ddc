//! HEIC photos (what iPhones record) decoded by libheif's `heif-convert` (Debian's
//! `libheif-examples`), run as a process of its own: a C decoder of untrusted bytes is kept
//! out of the service's memory, bounded in address space and CPU time, and killed past a
//! deadline. Its input and its PNG output are memory files (`memfd`), never a file on disk.
//! The PNG then goes through the same decoding, limits and re-encoding as any photo.
//!
//! Where `heif-convert` is not installed, HEIC is refused like any format not accepted.
//! (Browsers on iPhones send JPEG from a file input unless the page asks for HEIC, so the
//! pages work either way; HEIC arrives through the API.)

use std::time::{Duration, Instant};

use super::clean::Refusal;

/// The decoder's program name, found on `PATH`.
pub const PROGRAM: &str = "heif-convert";
/// What the decoder may map: a 40-megapixel photo decoded and written as PNG fits.
const ADDRESS_SPACE: u64 = 1024 * 1024 * 1024;
/// Seconds of CPU it may use, and of waiting for it.
const CPU_SECONDS: u64 = 20;
const DEADLINE: Duration = Duration::from_secs(30);

/// Is the decoder installed (asked once)?
pub fn available() -> bool {
    static FOUND: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *FOUND.get_or_init(|| {
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(PROGRAM).is_file())
        })
    })
}

/// Decodes a HEIC file's primary image to PNG (no metadata: `heif-convert` writes EXIF and
/// XMP only when asked). Unreadable when the decoder fails, runs out of its limits or time.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
pub fn to_png(heic: &[u8], work_dir: &std::path::Path) -> Result<Vec<u8>, Refusal> {
    use std::io::{Read, Seek, Write};
    use std::os::fd::AsRawFd;
    use std::os::unix::process::CommandExt;

    if !available() {
        return Err(Refusal::NotAccepted);
    }
    let unreadable = |e: std::io::Error| {
        tracing::info!(error = %e, "a HEIC photo was not decoded");
        Refusal::Unreadable
    };
    let mut input = memory_file(c"heic-in").map_err(unreadable)?;
    input.write_all(heic).map_err(unreadable)?;
    let mut output = memory_file(c"png-out").map_err(unreadable)?;
    // The decoder names its output's format by the file's suffix: links named for it lead to
    // the memory files, which the child holds as descriptors 3 and 4.
    let links = tempfile::Builder::new()
        .prefix("heif-")
        .tempdir_in(work_dir)
        .map_err(unreadable)?;
    let (in_link, out_link) = (links.path().join("in.heic"), links.path().join("out.png"));
    std::os::unix::fs::symlink("/proc/self/fd/3", &in_link).map_err(unreadable)?;
    std::os::unix::fs::symlink("/proc/self/fd/4", &out_link).map_err(unreadable)?;
    let (in_fd, out_fd) = (input.as_raw_fd(), output.as_raw_fd());
    let mut command = std::process::Command::new(PROGRAM);
    command
        .arg("--quiet")
        .arg(&in_link)
        .arg(&out_link)
        .env_clear()
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: between fork and exec only async-signal-safe calls (dup2, setrlimit), on
    // descriptors this process owns until the child has execed.
    unsafe {
        command.pre_exec(move || {
            // Copies above 4 first, so that neither lands on the other's place.
            let (from_in, from_out) = (
                libc::fcntl(in_fd, libc::F_DUPFD, 5),
                libc::fcntl(out_fd, libc::F_DUPFD, 5),
            );
            if from_in < 0
                || from_out < 0
                || libc::dup2(from_in, 3) < 0
                || libc::dup2(from_out, 4) < 0
            {
                return Err(std::io::Error::last_os_error());
            }
            let limit = |resource, value: u64| {
                let rlimit = libc::rlimit {
                    rlim_cur: value,
                    rlim_max: value,
                };
                libc::setrlimit(resource, &rlimit)
            };
            if limit(libc::RLIMIT_AS, ADDRESS_SPACE) != 0
                || limit(libc::RLIMIT_CPU, CPU_SECONDS) != 0
                || limit(libc::RLIMIT_CORE, 0) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = command.spawn().map_err(unreadable)?;
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().map_err(unreadable)? {
            break status;
        }
        if started.elapsed() > DEADLINE {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Refusal::Unreadable);
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    if !status.success() {
        return Err(Refusal::Unreadable);
    }
    let mut png = Vec::new();
    output.rewind().map_err(unreadable)?;
    output.read_to_end(&mut png).map_err(unreadable)?;
    Ok(png)
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn to_png(_heic: &[u8], _work_dir: &std::path::Path) -> Result<Vec<u8>, Refusal> {
    Err(Refusal::NotAccepted)
}

/// An anonymous file in memory, closed on exec (the child gets copies at 3 and 4).
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn memory_file(name: &std::ffi::CStr) -> std::io::Result<std::fs::File> {
    use std::os::fd::FromRawFd;
    // SAFETY: memfd_create returns a new descriptor this function then owns, or -1.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh, open descriptor owned by nobody else.
    Ok(unsafe { std::fs::File::from_raw_fd(fd) })
}
