//! A real SMTP listener for tests: it speaks enough of RFC 5321 for lettre, keeps what it
//! receives, and can be told to answer 451 (try later) or 550 (refused), or be stopped and
//! started again on the same port (a mail server that is down, then back).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// How the listener answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept,
    /// 451 after the data: a transient failure.
    TryLater,
    /// 550 to the sender: a permanent failure.
    Refuse,
}

/// One mail as received: envelope and the message as sent (headers and body).
#[derive(Debug, Clone)]
pub struct Received {
    pub to: Vec<String>,
    pub data: String,
}

impl Received {
    /// A header's value (the first with that name), unfolded.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next()?;
        let mut value: Option<String> = None;
        for line in head.split("\r\n") {
            if let Some(v) = value.as_mut()
                && (line.starts_with(' ') || line.starts_with('\t'))
            {
                v.push_str(line.trim_start());
                continue;
            }
            if value.is_some() {
                break;
            }
            if let Some((n, v)) = line.split_once(':')
                && n.eq_ignore_ascii_case(name)
            {
                value = Some(v.trim().to_owned());
            }
        }
        value
    }

    /// Every text part, decoded from quoted-printable or base64: what a reader would see.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for part in self.data.split("\r\n--") {
            let Some((head, body)) = part.split_once("\r\n\r\n") else {
                continue;
            };
            let head_lower = head.to_ascii_lowercase();
            if !head_lower.contains("content-type: text/") {
                continue;
            }
            let body = body.split("\r\n--").next().unwrap_or(body);
            let bytes = if head_lower.contains("content-transfer-encoding: base64") {
                base64_decode(body)
            } else if head_lower.contains("content-transfer-encoding: quoted-printable") {
                quoted_printable_decode(body)
            } else {
                body.as_bytes().to_vec()
            };
            out.push_str(&String::from_utf8_lossy(&bytes));
            out.push('\n');
        }
        // Without Fluent's bidi isolation marks around values, as a reader sees the text.
        out.replace(['\u{2068}', '\u{2069}'], "")
    }
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for b in text.bytes() {
        let Some(v) = ALPHABET.iter().position(|a| *a == b) else {
            continue;
        };
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

fn quoted_printable_decode(text: &str) -> Vec<u8> {
    let bytes = text.replace("=\r\n", "").into_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(v) = u8::from_str_radix(&String::from_utf8_lossy(&bytes[i + 1..i + 3]), 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    mode: Mutex<Option<Mode>>,
}

pub struct SmtpListener {
    port: u16,
    shared: Arc<Shared>,
    running: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
}

impl SmtpListener {
    /// Listens on a free port.
    pub fn start() -> SmtpListener {
        let mut listener = SmtpListener {
            port: 0,
            shared: Arc::new(Shared::default()),
            running: None,
        };
        listener.listen();
        listener
    }

    fn listen(&mut self) {
        let socket = TcpListener::bind(("127.0.0.1", self.port)).expect("SMTP port free");
        self.port = socket.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let shared = self.shared.clone();
        let stopping = stop.clone();
        let handle = std::thread::spawn(move || {
            for stream in socket.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                if let Ok(stream) = stream {
                    let _ = converse(stream, &shared);
                }
            }
        });
        self.running = Some((stop, handle));
    }

    /// `smtp://127.0.0.1:<port>` (plain: a local listener).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// Closes the port: connections are refused until [`SmtpListener::restart`].
    pub fn stop(&mut self) {
        if let Some((stop, handle)) = self.running.take() {
            stop.store(true, Ordering::SeqCst);
            // Wake the accept loop so it sees the flag and drops the socket.
            let _ = TcpStream::connect(("127.0.0.1", self.port));
            handle.join().unwrap();
        }
    }

    /// Listens again on the same port.
    pub fn restart(&mut self) {
        if self.running.is_none() {
            self.listen();
        }
    }

    pub fn set_mode(&self, mode: Mode) {
        *self.shared.mode.lock().unwrap() = Some(mode);
    }

    pub fn received(&self) -> Vec<Received> {
        self.shared.received.lock().unwrap().clone()
    }
}

impl Drop for SmtpListener {
    fn drop(&mut self) {
        self.stop();
    }
}

fn converse(stream: TcpStream, shared: &Shared) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mode = || shared.mode.lock().unwrap().unwrap_or(Mode::Accept);
    writer.write_all(b"220 test.invalid ESMTP ready\r\n")?;
    let mut to = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        if command.starts_with("EHLO") {
            writer.write_all(b"250-test.invalid\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n")?;
        } else if command.starts_with("HELO") || command.starts_with("NOOP") {
            writer.write_all(b"250 ok\r\n")?;
        } else if command.starts_with("RSET") {
            to.clear();
            writer.write_all(b"250 ok\r\n")?;
        } else if command.starts_with("MAIL FROM") {
            to.clear();
            if mode() == Mode::Refuse {
                writer.write_all(b"550 5.7.1 sender refused\r\n")?;
            } else {
                writer.write_all(b"250 ok\r\n")?;
            }
        } else if command.starts_with("RCPT TO") {
            let address = line
                .trim_end()
                .split_once(':')
                .map(|(_, a)| a.trim().trim_start_matches('<').trim_end_matches('>'))
                .unwrap_or_default()
                .to_owned();
            to.push(address);
            writer.write_all(b"250 ok\r\n")?;
        } else if command == "DATA" {
            writer.write_all(b"354 end with .\r\n")?;
            let mut data = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                if line == ".\r\n" {
                    break;
                }
                // Dot-stuffing (RFC 5321 4.5.2).
                data.push_str(line.strip_prefix('.').unwrap_or(&line));
            }
            if mode() == Mode::TryLater {
                writer.write_all(b"451 4.3.0 try again later\r\n")?;
            } else {
                shared.received.lock().unwrap().push(Received {
                    to: std::mem::take(&mut to),
                    data,
                });
                writer.write_all(b"250 2.0.0 queued\r\n")?;
            }
        } else if command.starts_with("QUIT") {
            writer.write_all(b"221 bye\r\n")?;
            return Ok(());
        } else {
            writer.write_all(b"502 5.5.2 not implemented\r\n")?;
        }
    }
}
