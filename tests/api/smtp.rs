//! A real SMTP listener for tests: `mailin`'s SMTP session (RFC 5321, dot-stuffing) behind
//! a loopback port, keeping what it receives for `mail-parser` to read. It can be told to
//! answer 451 (try later) or 550 (refused), or be stopped and started again on the same port
//! (a mail server that is down, then back).
//!
//! Why `mailin` and not `mailin-embedded`, its server around the same session: that server's
//! `serve` accepts for ever on its own socket, with no way to stop it or give the port back,
//! so an outage could not be played. The accept loop below is the part it would have given.

use std::io::{BufRead, BufReader};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use mail_parser::MessageParser;
use mailin::{Action, Handler, Response, SessionBuilder};

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
    /// A header's value (the first with that name), unfolded, as sent: not decoded from
    /// RFC 2047 words, so a test sees whether a subject went out plain.
    pub fn header(&self, name: &str) -> Option<String> {
        let message = MessageParser::default().parse(self.data.as_bytes())?;
        let raw = message.header_raw(name)?;
        // Unfolding (RFC 5322 2.2.3): a line break followed by white space is that space.
        Some(raw.replace("\r\n", "").replace('\n', "").trim().to_owned())
    }

    /// Every text part (plain and HTML), decoded from quoted-printable or base64 and from
    /// its charset: what a reader would see.
    pub fn text(&self) -> String {
        let mut out = String::new();
        if let Some(message) = MessageParser::default().parse(self.data.as_bytes()) {
            for part in message.parts.iter().filter(|p| p.is_text()) {
                out.push_str(part.text_contents().unwrap_or_default());
                out.push('\n');
            }
        }
        // Without Fluent's bidi isolation marks around values, as a reader sees the text.
        out.replace(['\u{2068}', '\u{2069}'], "")
    }
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Received>>,
    mode: Mutex<Option<Mode>>,
}

impl Shared {
    fn mode(&self) -> Mode {
        self.mode.lock().unwrap().unwrap_or(Mode::Accept)
    }
}

/// The listener's side of one SMTP conversation: `mailin` calls it at each step.
struct Recorder {
    shared: Arc<Shared>,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Recorder {
    fn mail(&mut self, _ip: std::net::IpAddr, _domain: &str, _from: &str) -> Response {
        if self.shared.mode() == Mode::Refuse {
            Response::custom(550, "5.7.1 sender refused".into())
        } else {
            mailin::response::OK
        }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _8bit: bool, to: &[String]) -> Response {
        self.to = to.to_vec();
        self.data.clear();
        mailin::response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if self.shared.mode() == Mode::TryLater {
            // mailin keeps a session whose data was refused in its data state, where the
            // client's next command would be read as message text: so the 451 closes the
            // connection, as a busy server may.
            let mut later = Response::custom(451, "4.3.0 try again later".into());
            later.action = Action::Close;
            return later;
        }
        self.shared.received.lock().unwrap().push(Received {
            to: std::mem::take(&mut self.to),
            data: String::from_utf8_lossy(&std::mem::take(&mut self.data)).into_owned(),
        });
        mailin::response::OK
    }
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

/// Feeds one client's lines to a `mailin` session and writes back its answers.
fn converse(stream: TcpStream, shared: &Arc<Shared>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    let mut writer = stream.try_clone()?;
    let ip = stream.peer_addr()?.ip();
    let mut reader = BufReader::new(stream);
    let recorder = Recorder {
        shared: shared.clone(),
        to: Vec::new(),
        data: Vec::new(),
    };
    let mut session = SessionBuilder::new("test.invalid").build(ip, recorder);
    session.greeting().write_to(&mut writer)?;
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        let response = session.process(&line);
        match response.action {
            Action::NoReply => {}
            Action::Reply => response.write_to(&mut writer)?,
            // No STARTTLS is offered, so an upgrade is never agreed; end either way.
            Action::Close | Action::UpgradeTls => {
                response.write_to(&mut writer)?;
                return Ok(());
            }
        }
    }
}
