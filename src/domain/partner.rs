//! Intake partners (issue 18): an NGO or union that takes a worker's complaint or review
//! through a chat app or a hotline and files it with an API key. What the worker agreed to is
//! recorded with what was filed (the attestation); the partner's own reference names the
//! conversation in its status webhooks and its look-ups.

use chrono::{DateTime, Duration, NaiveDateTime};

use crate::domain::text;
use crate::error::InputError;

/// The partner's reference for a complaint: 1 to this many visible ASCII characters.
pub const REFERENCE_MAX: usize = 100;
/// A consent older than this is refused: ask the worker again.
pub const CONSENT_MAX_AGE_DAYS: i64 = 30;
/// A consent dated this far after the server's clock is accepted (the partner's clock).
pub const CLOCK_SKEW_MINUTES: i64 = 5;

word_enum!(
    /// Where the worker spoke to the partner.
    IntakeChannel, "intake-channel", {
        Whatsapp = "whatsapp",
        Viber = "viber",
        Messenger = "messenger",
        Telegram = "telegram",
        Signal = "signal",
        Sms = "sms",
        Hotline = "hotline",
        InPerson = "in_person",
        Other = "other",
    }
);

/// What the worker agreed to, as the partner attests it: the language the consent was asked
/// in, the channel, and when. What the worker agreed to share (which kinds of organisation
/// receive the case and which may contact the worker) is the complaint's own `share_with`
/// and `contact_with`, stored beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attestation {
    pub language: &'static str,
    pub channel: IntakeChannel,
    pub consented_at: NaiveDateTime,
}

impl Attestation {
    /// Checks an attestation as sent: `language` one of the shipped locales, `channel` a
    /// known channel, `consented_at` an RFC 3339 time neither in the future (beyond a few
    /// minutes of clock skew) nor older than [`CONSENT_MAX_AGE_DAYS`]. Errors name the
    /// field as `attestation.<name>`.
    pub fn parse(
        language: &str,
        channel: &str,
        consented_at: &str,
        now: NaiveDateTime,
    ) -> Result<Attestation, InputError> {
        let language = crate::i18n::LOCALES
            .iter()
            .find(|l| l.code == language.trim())
            .map(|l| l.code)
            .ok_or(InputError::new(
                "attestation.language",
                "error-attestation-language",
            ))?;
        let channel = IntakeChannel::parse(channel.trim()).ok_or(InputError::new(
            "attestation.channel",
            "error-attestation-channel",
        ))?;
        let when = DateTime::parse_from_rfc3339(consented_at.trim())
            .map(|t| t.naive_utc())
            .map_err(|_| InputError::new("attestation.consented_at", "error-attestation-time"))?;
        let too_new = when > now + Duration::minutes(CLOCK_SKEW_MINUTES);
        let too_old = when < now - Duration::days(CONSENT_MAX_AGE_DAYS);
        if too_new || too_old {
            return Err(InputError::new(
                "attestation.consented_at",
                "error-attestation-time",
            ));
        }
        Ok(Attestation {
            language,
            channel,
            consented_at: when,
        })
    }
}

/// The partner's reference as typed: visible ASCII only (it travels in URLs, headers and the
/// partner's logs), 1 to [`REFERENCE_MAX`] characters.
pub fn parse_reference(typed: &str) -> Result<String, InputError> {
    let reference = typed.trim();
    let valid = (1..=REFERENCE_MAX).contains(&reference.len())
        && reference.bytes().all(|b| b.is_ascii_graphic())
        && !text::has_forbidden_chars(reference);
    if valid {
        Ok(reference.to_owned())
    } else {
        Err(InputError::new(
            "partner_reference",
            "error-partner-reference",
        ))
    }
}

/// A key's name: at most this many characters.
pub const KEY_NAME_MAX: usize = 100;
/// A key's life: at most a year.
pub const KEY_DAYS_MAX: i64 = 365;

/// A key to make, as an administrator typed it (the page or `partner-key`): its name (1 to
/// [`KEY_NAME_MAX`] characters, no controls or direction overrides) and how many days it is
/// valid (1 to [`KEY_DAYS_MAX`]).
pub fn key_request(name: &str, days: &str) -> Result<(String, i64), InputError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > KEY_NAME_MAX || text::has_forbidden_chars(name) {
        return Err(InputError::new("name", "error-partner-key-name"));
    }
    let days = days
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|d| (1..=KEY_DAYS_MAX).contains(d))
        .ok_or(InputError::new("days", "error-partner-key-days"))?;
    Ok((name.to_owned(), days))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        DateTime::parse_from_rfc3339("2026-12-04T12:00:00Z")
            .unwrap()
            .naive_utc()
    }

    #[test]
    fn an_attestation_names_a_shipped_language_a_channel_and_a_recent_time() {
        let ok = Attestation::parse("ne", "whatsapp", "2026-12-04T11:30:00+05:45", now())
            .expect("valid");
        assert_eq!(ok.language, "ne");
        assert_eq!(ok.channel, IntakeChannel::Whatsapp);
        assert_eq!(ok.consented_at.to_string(), "2026-12-04 05:45:00");
        let field = |l: &str, c: &str, t: &str| Attestation::parse(l, c, t, now()).unwrap_err();
        assert_eq!(
            field("xx", "sms", "2026-12-04T11:00:00Z").field,
            "attestation.language"
        );
        assert_eq!(
            field("ne", "carrier pigeon", "2026-12-04T11:00:00Z").field,
            "attestation.channel"
        );
        for time in [
            "yesterday",
            "2026-12-04 11:00",
            "2026-12-04T12:10:00Z",
            "2026-10-01T00:00:00Z",
        ] {
            assert_eq!(field("ne", "sms", time).field, "attestation.consented_at");
        }
        assert!(Attestation::parse("ar", "hotline", "2026-12-04T12:04:00Z", now()).is_ok());
    }

    #[test]
    fn a_key_has_a_name_and_a_life_of_at_most_a_year() {
        assert_eq!(
            key_request(" WhatsApp bot ", "90").unwrap(),
            ("WhatsApp bot".into(), 90)
        );
        for (name, days, field) in [
            ("", "30", "name"),
            ("bot \u{202e}", "30", "name"),
            (&*"n".repeat(101), "30", "name"),
            ("bot", "0", "days"),
            ("bot", "366", "days"),
            ("bot", "ten", "days"),
        ] {
            assert_eq!(
                key_request(name, days).unwrap_err().field,
                field,
                "{name} {days}"
            );
        }
    }

    #[test]
    fn references_are_short_visible_ascii() {
        assert_eq!(parse_reference("  wa-2291/77 ").unwrap(), "wa-2291/77");
        let long = "x".repeat(REFERENCE_MAX + 1);
        for bad in [
            "",
            " ",
            "a b",
            "ref\u{202e}",
            "नेपाल",
            "tab\there",
            long.as_str(),
        ] {
            assert!(parse_reference(bad).is_err(), "{bad:?}");
        }
    }
}
