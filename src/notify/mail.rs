//! Mail: the settings, the transports (SMTP through lettre, or `.eml` files under the data
//! folder) and the composition of one outbox row into a localized message.

use std::path::PathBuf;
use std::time::Duration;

use askama::Template;
use lettre::message::header::ContentType;
use lettre::message::{Mailbox, MultiPart, SinglePart};
use lettre::{Message, SmtpTransport, Transport as _};

use crate::db::outbox::Claimed;
use crate::db::watchlist::{Change, NewComplaints, Summary};
use crate::domain::notice::Kind;
use crate::i18n::{self, Tr};

/// Mail settings, from `FAIRRECRUIT_SMTP_URL`, `FAIRRECRUIT_MAIL_FROM` and
/// `FAIRRECRUIT_PUBLIC_URL`.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://host:port` (add `?tls=required` for STARTTLS), `smtps://host` for TLS from
    /// the start; user and password in the URL. None: write files under `mail_dir`.
    pub smtp_url: Option<String>,
    /// Where the file transport writes, `<data dir>/mail` by default.
    pub mail_dir: PathBuf,
    /// The sender, `FairRecruit <noreply@example.org>`.
    pub from: String,
    /// The address links in mails start with.
    pub public_url: String,
    /// Run the delivery worker inside `serve` (tests that drive delivery themselves turn it
    /// off).
    pub deliver: bool,
}

impl MailConfig {
    pub fn new(data_dir: &std::path::Path, public_url: Option<&str>, bind: &str) -> MailConfig {
        MailConfig {
            smtp_url: None,
            mail_dir: data_dir.join("mail"),
            from: DEFAULT_FROM.into(),
            public_url: public_url
                .map(|u| u.trim_end_matches('/').to_owned())
                .unwrap_or_else(|| format!("http://{bind}")),
            deliver: true,
        }
    }
}

pub const DEFAULT_FROM: &str = "FairRecruit <noreply@localhost>";

/// How long one SMTP conversation may take before it counts as a transient failure.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(20);

/// Where mails go.
#[derive(Clone)]
pub enum Transport {
    Smtp(Box<SmtpTransport>),
    Files(PathBuf),
}

/// Why a mail did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    /// Worth trying again later: no connection, a timeout, a 4xx answer. A 5xx answer is
    /// permanent.
    pub transient: bool,
    pub message: String,
}

/// The mailer: transport, sender and link base, ready to compose and send outbox rows.
#[derive(Clone)]
pub struct Mailer {
    transport: Transport,
    from: Mailbox,
    public_url: String,
    /// The part after `@` in Message-IDs: the sender's domain.
    id_domain: String,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let transport = match &self.transport {
            Transport::Smtp(_) => "smtp".to_owned(),
            Transport::Files(dir) => format!("files in {}", dir.display()),
        };
        f.debug_struct("Mailer")
            .field("transport", &transport)
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// Checks the settings once at start: a bad sender or SMTP URL stops the service with a
    /// clear message instead of failing every mail later.
    pub fn new(config: &MailConfig) -> anyhow::Result<Mailer> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("FAIRRECRUIT_MAIL_FROM {:?}: {e}", config.from))?;
        let transport = match config.smtp_url.as_deref() {
            Some(url) => {
                let smtp = SmtpTransport::from_url(url)
                    .map_err(|e| anyhow::anyhow!("FAIRRECRUIT_SMTP_URL: {e}"))?
                    .timeout(Some(SMTP_TIMEOUT))
                    .build();
                Transport::Smtp(Box::new(smtp))
            }
            None => Transport::Files(config.mail_dir.clone()),
        };
        Ok(Mailer {
            id_domain: from.email.domain().to_owned(),
            transport,
            from,
            public_url: config.public_url.trim_end_matches('/').to_owned(),
        })
    }

    /// Where mails go, for the log at start (never the SMTP password).
    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "smtp".into(),
            Transport::Files(dir) => dir.display().to_string(),
        }
    }

    /// The Message-ID of an outbox row: the same for every try, so a mail re-sent after a
    /// crash is recognisable (and can be dropped) as the same one.
    pub fn message_id(&self, outbox_id: i64) -> String {
        format!("<outbox-{outbox_id}@{}>", self.id_domain)
    }

    /// Composes the row into a message in the recipient's language: subject, plain text and
    /// simple HTML, made only of the row's kind, link and the few values it carries.
    pub fn compose(&self, row: &Claimed) -> Result<Message, SendError> {
        let permanent = |message: String| SendError {
            transient: false,
            message,
        };
        let to: Mailbox = row
            .recipient
            .parse()
            .map_err(|e| permanent(format!("recipient: {e}")))?;
        let kind = Kind::parse(&row.kind).ok_or_else(|| permanent(format!("kind {}", row.kind)))?;
        let text = Text::of(kind, row, &self.public_url);
        let html = MailHtml {
            tr: text.tr,
            greeting: &text.greeting,
            lines: &text.lines,
            link: &text.link,
            link_label: &text.link_label,
            footer: &text.footer,
            settings: &text.settings,
        }
        .render()
        .map_err(|e| permanent(format!("template: {e}")))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(text.subject.clone())
            // The day only, as in the outbox: a mail's Date never lines up to the second
            // with a complaint, a review or a sign-in.
            .date(day_start())
            .message_id(Some(self.message_id(row.id)))
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(text.plain()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(html),
                    ),
            )
            .map_err(|e| permanent(format!("message: {e}")))
    }

    /// Sends one message. The file transport writes `<id>.eml` (first to a temporary name,
    /// then renamed, so a reader never sees half a mail; a re-send overwrites the same file).
    pub fn send(&self, outbox_id: i64, message: &Message) -> Result<(), SendError> {
        match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).map(drop).map_err(|e| SendError {
                transient: !e.is_permanent(),
                message: e.to_string(),
            }),
            Transport::Files(dir) => {
                let transient = |e: std::io::Error| SendError {
                    transient: true,
                    message: format!("{}: {e}", dir.display()),
                };
                std::fs::create_dir_all(dir).map_err(transient)?;
                let path = dir.join(format!("{outbox_id}.eml"));
                let partial = dir.join(format!(".{outbox_id}.eml.part"));
                std::fs::write(&partial, message.formatted()).map_err(transient)?;
                std::fs::rename(&partial, &path).map_err(transient)?;
                tracing::info!(outbox_id, path = %path.display(), "mail written");
                Ok(())
            }
        }
    }
}

/// The words of one mail, in the recipient's language.
struct Text {
    tr: Tr,
    subject: String,
    greeting: String,
    lines: Vec<String>,
    link_label: String,
    link: String,
    footer: String,
    settings: String,
}

impl Text {
    fn of(kind: Kind, row: &Claimed, public_url: &str) -> Text {
        let tr = Tr::new(i18n::find(&row.language).unwrap_or(i18n::DEFAULT));
        let params: serde_json::Map<String, serde_json::Value> =
            serde_json::from_str(&row.params).unwrap_or_default();
        let args: Vec<(&str, i18n::Arg)> = params
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    serde_json::Value::Number(n) => i18n::Arg::Number(n.as_i64().unwrap_or(0)),
                    serde_json::Value::String(s) => i18n::Arg::Text(s.clone()),
                    other => i18n::Arg::Text(other.to_string()),
                };
                (name.as_str(), value)
            })
            .collect();
        let mut lines = vec![tr.t_args(&kind.body_key(), &args)];
        if kind == Kind::WatchSummary {
            let summary: Option<Summary> = serde_json::from_str(&row.params).ok();
            lines.extend(
                summary
                    .into_iter()
                    .flat_map(|s| s.recruiters)
                    .map(|change| watch_line(&tr, &change)),
            );
        }
        if kind == Kind::Digest {
            // One line per kind counted, in a fixed order.
            lines.extend(Kind::ALL.into_iter().filter_map(|k| {
                let count = params.get(k.as_str())?.as_i64()?;
                Some(tr.t_n(&k.digest_line_key(), "count", &count))
            }));
        }
        Text {
            // A subject line is short and shown by the mail client with its own direction;
            // Fluent's invisible isolation marks would only show up as odd characters.
            subject: tr
                .t_args(&kind.subject_key(), &args)
                .replace(['\u{2068}', '\u{2069}'], ""),
            greeting: tr.t("mail-greeting"),
            lines,
            link_label: tr.t("mail-open-link"),
            link: format!("{public_url}{}", row.link),
            footer: tr.t("mail-footer"),
            settings: format!("{public_url}/account"),
            tr,
        }
    }

    fn plain(&self) -> String {
        let mut out = format!("{}\n\n", self.greeting);
        for line in &self.lines {
            out.push_str(line);
            out.push('\n');
        }
        out.push_str(&format!(
            "\n{}\n{}\n\n-- \n{}\n{}\n",
            self.link_label, self.link, self.footer, self.settings
        ));
        out
    }
}

/// One watched recruiter's changes: "Agency: 3 new reviews; rating 3.2 → 3.5; …".
fn watch_line(tr: &Tr, change: &Change) -> String {
    let tenths = |t: i32| format!("{}.{}", t / 10, t % 10);
    let mut parts = Vec::new();
    if change.reviews > 0 {
        parts.push(tr.t_n("mail-watch-reviews", "count", &change.reviews));
    }
    if let Some((before, now)) = change.rating {
        parts.push(match before {
            Some(before) => tr.t_args(
                "mail-watch-rating",
                &[
                    ("from", i18n::Arg::Text(tenths(before))),
                    ("to", i18n::Arg::Text(tenths(now))),
                ],
            ),
            None => tr.t_s("mail-watch-rating-new", "to", &tenths(now)),
        });
    }
    if let Some(status) = change
        .licence
        .as_deref()
        .and_then(|s| s.parse::<crate::domain::recruiter::LicenceStatus>().ok())
    {
        parts.push(tr.t(status.message_key()));
    }
    match change.complaints {
        NewComplaints::Count(n) => parts.push(tr.t_n("mail-watch-complaints", "count", &n)),
        NewComplaints::Fewer => parts.push(tr.t("mail-watch-complaints-few")),
        NewComplaints::None => {}
    }
    tr.t_args(
        "mail-watch-line",
        &[
            ("recruiter", i18n::Arg::Text(change.name.clone())),
            ("changes", i18n::Arg::Text(tr.list(&parts))),
        ],
    )
}

#[derive(Template)]
#[template(path = "mail/notice.html")]
struct MailHtml<'a> {
    tr: Tr,
    greeting: &'a str,
    lines: &'a [String],
    link_label: &'a str,
    link: &'a str,
    footer: &'a str,
    settings: &'a str,
}

/// Midnight UTC of today, as a mail's `Date`.
fn day_start() -> std::time::SystemTime {
    let seconds = crate::clock::today().and_utc().timestamp();
    std::time::UNIX_EPOCH + std::time::Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(smtp_url: Option<&str>, from: &str) -> MailConfig {
        MailConfig {
            smtp_url: smtp_url.map(str::to_owned),
            from: from.into(),
            ..MailConfig::new(std::path::Path::new("/tmp"), None, "127.0.0.1:8080")
        }
    }

    #[test]
    fn smtp_urls_as_lettre_takes_them_and_mistakes_stop_the_start() {
        for url in [
            "smtp://127.0.0.1:25",
            "smtp://user:secret@mail.example.org:587?tls=required",
            "smtps://user:secret@mail.example.org",
        ] {
            let mailer = Mailer::new(&config(Some(url), DEFAULT_FROM)).unwrap();
            assert_eq!(mailer.describe(), "smtp", "{url}");
            assert!(!format!("{mailer:?}").contains("secret"));
        }
        assert!(Mailer::new(&config(Some("ftp://mail.example.org"), DEFAULT_FROM)).is_err());
        assert!(Mailer::new(&config(None, "not an address")).is_err());
        let files = Mailer::new(&config(None, "FairRecruit <mail@fair.example>")).unwrap();
        assert_eq!(files.describe(), "/tmp/mail");
        assert_eq!(files.message_id(42), "<outbox-42@fair.example>");
    }
}
