//! Where a webhook may go: the URL's rules and the addresses it may reach. Checked when a
//! partner saves its URL and again, by the client's own resolver, each time it is sent, so
//! a name that later resolves to a private address (DNS rebinding) is refused as well.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::Url;

/// Longest URL a partner may save.
pub const URL_MAX: usize = 2000;

/// Why a URL or an address is refused; `message_key` is the Fluent key shown to the partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not a URL, too long, no host, or with a user name or password in it.
    Malformed,
    /// Not `https` (plain `http` only to loopback, and only when the setting allows it).
    NotHttps,
    /// The host is, or resolves to, an address inside a private network, loopback,
    /// link-local (cloud metadata) or otherwise not on the public internet.
    PrivateAddress,
    /// The host's name does not resolve.
    Unresolved,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::Malformed => "error-webhook-url-malformed",
            Refusal::NotHttps => "error-webhook-url-not-https",
            Refusal::PrivateAddress => "error-webhook-url-private",
            Refusal::Unresolved => "error-webhook-url-unresolved",
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Refusal::Malformed => "webhook URL malformed",
            Refusal::NotHttps => "webhook URL is not https",
            Refusal::PrivateAddress => "webhook host is a private or loopback address",
            Refusal::Unresolved => "webhook host does not resolve",
        })
    }
}

impl std::error::Error for Refusal {}

/// The URL's own rules, before any name is resolved: parsed, at most [`URL_MAX`]
/// characters, a host, no user name or password, `https` — or `http` to a loopback host
/// when `allow_loopback`. An address written in the URL is checked here too.
pub fn check_url(raw: &str, allow_loopback: bool) -> Result<Url, Refusal> {
    if raw.len() > URL_MAX || raw.chars().any(unwanted) {
        return Err(Refusal::Malformed);
    }
    let url = Url::parse(raw).map_err(|_| Refusal::Malformed)?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Refusal::Malformed);
    }
    let host = url.host().ok_or(Refusal::Malformed)?;
    let literal: Option<IpAddr> = match &host {
        url::Host::Ipv4(ip) => Some((*ip).into()),
        url::Host::Ipv6(ip) => Some((*ip).into()),
        url::Host::Domain(_) => None,
    };
    let loopback_name = matches!(&host, url::Host::Domain(d) if is_localhost(d));
    match url.scheme() {
        "https" => {}
        "http" if allow_loopback && (loopback_name || literal.is_some_and(is_loopback)) => {}
        "http" => return Err(Refusal::NotHttps),
        _ => return Err(Refusal::Malformed),
    }
    if loopback_name && !allow_loopback {
        return Err(Refusal::PrivateAddress);
    }
    if let Some(ip) = literal
        && refused(ip, allow_loopback)
    {
        return Err(Refusal::PrivateAddress);
    }
    Ok(url)
}

/// Characters no URL a partner types should hold: controls, spaces, bidirectional
/// overrides and marks (a URL that reads differently from what it is), and HTML's brackets
/// and quotes.
fn unwanted(c: char) -> bool {
    c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        || matches!(c, '<' | '>' | '"' | '\'' | '`')
}

fn is_localhost(domain: &str) -> bool {
    let d = domain.trim_end_matches('.').to_ascii_lowercase();
    d == "localhost" || d.ends_with(".localhost")
}

/// Resolves the URL's host (blocking) and checks every address: the URL is refused if ANY
/// of them is refused. Returns the checked addresses.
pub fn resolve_checked(url: &Url, allow_loopback: bool) -> Result<Vec<SocketAddr>, Refusal> {
    let host = url.host_str().ok_or(Refusal::Malformed)?;
    let host = host.trim_start_matches('[').trim_end_matches(']');
    let port = url.port_or_known_default().ok_or(Refusal::Malformed)?;
    let found: Vec<SocketAddr> = std::net::ToSocketAddrs::to_socket_addrs(&(host, port))
        .map_err(|_| Refusal::Unresolved)?
        .collect();
    all_allowed(found, allow_loopback)
}

/// The addresses, if none is refused (and there is at least one).
pub fn all_allowed(
    found: Vec<SocketAddr>,
    allow_loopback: bool,
) -> Result<Vec<SocketAddr>, Refusal> {
    if found.is_empty() {
        return Err(Refusal::Unresolved);
    }
    if found.iter().any(|a| refused(a.ip(), allow_loopback)) {
        return Err(Refusal::PrivateAddress);
    }
    Ok(found)
}

fn is_loopback(ip: IpAddr) -> bool {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.is_loopback(),
        IpAddr::V6(v6) => v6.is_loopback(),
    }
}

/// IPv4-mapped (`::ffff:a.b.c.d`) and IPv4-compatible (`::a.b.c.d`) IPv6 addresses, and
/// NAT64's well-known prefix, are judged as the IPv4 address they carry.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return IpAddr::V4(v4);
            }
            let s = v6.segments();
            let tail = Ipv4Addr::new((s[6] >> 8) as u8, s[6] as u8, (s[7] >> 8) as u8, s[7] as u8);
            if s[..6] == [0; 6] && !v6.is_loopback() && !v6.is_unspecified() {
                return IpAddr::V4(tail);
            }
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return IpAddr::V4(tail);
            }
            IpAddr::V6(v6)
        }
        v4 => v4,
    }
}

/// Whether a webhook may not connect to `ip`: anything but a public unicast address
/// (loopback allowed only when `allow_loopback`, for tests).
pub fn refused(ip: IpAddr, allow_loopback: bool) -> bool {
    match canonical(ip) {
        IpAddr::V4(v4) => {
            if v4.is_loopback() {
                return !allow_loopback;
            }
            refused_v4(v4)
        }
        IpAddr::V6(v6) => {
            if v6.is_loopback() {
                return !allow_loopback;
            }
            refused_v6(v6)
        }
    }
}

fn refused_v4(ip: Ipv4Addr) -> bool {
    let [a, b, c, _] = ip.octets();
    ip.is_private()                                   // 10/8, 172.16/12, 192.168/16
        || ip.is_link_local()                         // 169.254/16, cloud metadata
        || ip.is_unspecified()                        // 0.0.0.0
        || a == 0                                     // "this network"
        || ip.is_multicast()                          // 224/4
        || ip.is_broadcast()
        || a >= 240                                   // reserved
        || (a == 100 && (64..128).contains(&b))       // CGNAT 100.64/10
        || (a == 192 && b == 0 && c == 0)             // IETF protocol assignments
        || ip.is_documentation()                      // 192.0.2/24, 198.51.100/24, 203.0.113/24
        || (a == 198 && (b == 18 || b == 19))         // benchmarking 198.18/15
        || (a == 192 && b == 88 && c == 99) // 6to4 relay anycast
}

fn refused_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    ip.is_unspecified()
        || ip.is_multicast()                          // ff00::/8
        || (s[0] & 0xfe00) == 0xfc00                  // unique local fc00::/7
        || (s[0] & 0xffc0) == 0xfe80                  // link-local fe80::/10
        || (s[0] & 0xffc0) == 0xfec0                  // site-local (deprecated) fec0::/10
        || (s[0] == 0x2001 && s[1] == 0x0db8)         // documentation 2001:db8::/32
        || (s[0] == 0x2001 && s[1] < 0x0200)          // IETF special purpose 2001::/23
        || s[0] == 0x2002                             // 6to4: carries any IPv4 address
        || (s[0] == 0x0100 && s[1..4] == [0, 0, 0]) // discard 100::/64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn private_loopback_and_special_addresses_are_refused() {
        for s in [
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "192.0.2.10",
            "198.18.0.1",
            "127.0.0.1",
            "::1",
            "::",
            "fc00::1",
            "fd12::1",
            "fe80::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "::ffff:169.254.169.254",
            "::10.0.0.1",
            "64:ff9b::a00:1",
            "2001:db8::1",
            "2002:a00:1::",
        ] {
            assert!(refused(ip(s), false), "{s} should be refused");
        }
        for s in [
            "93.184.216.34",
            "1.1.1.1",
            "2606:4700::1111",
            "::ffff:1.1.1.1",
        ] {
            assert!(!refused(ip(s), false), "{s} should be allowed");
        }
    }

    #[test]
    fn loopback_only_when_allowed() {
        assert!(!refused(ip("127.0.0.1"), true));
        assert!(!refused(ip("::1"), true));
        assert!(!refused(ip("::ffff:127.0.0.1"), true));
        assert!(refused(ip("10.0.0.1"), true));
    }

    #[test]
    fn url_rules() {
        assert!(check_url("https://partner.example.org/hooks", false).is_ok());
        let refused_with = |raw: &str, allow| check_url(raw, allow).unwrap_err();
        assert_eq!(
            refused_with("http://partner.example.org/", false),
            Refusal::NotHttps
        );
        assert_eq!(
            refused_with("http://partner.example.org/", true),
            Refusal::NotHttps
        );
        assert_eq!(
            refused_with("https://u:p@partner.example.org/", false),
            Refusal::Malformed
        );
        assert_eq!(
            refused_with("https://u@partner.example.org/", false),
            Refusal::Malformed
        );
        assert_eq!(
            refused_with("ftp://partner.example.org/", false),
            Refusal::Malformed
        );
        assert_eq!(refused_with("not a url", false), Refusal::Malformed);
        assert_eq!(
            refused_with("https://10.0.0.1/", false),
            Refusal::PrivateAddress
        );
        assert_eq!(
            refused_with("https://169.254.169.254/", false),
            Refusal::PrivateAddress
        );
        assert_eq!(
            refused_with("https://[::1]/", false),
            Refusal::PrivateAddress
        );
        assert_eq!(
            refused_with("https://127.0.0.1/", false),
            Refusal::PrivateAddress
        );
        assert_eq!(
            refused_with("https://localhost/", false),
            Refusal::PrivateAddress
        );
        assert_eq!(
            refused_with("https://0x7f.1/", false),
            Refusal::PrivateAddress
        );
        let long = format!("https://partner.example.org/{}", "a".repeat(URL_MAX));
        assert_eq!(refused_with(&long, false), Refusal::Malformed);
        assert!(check_url("http://127.0.0.1:8080/hook", true).is_ok());
        assert!(check_url("http://localhost:8080/hook", true).is_ok());
        assert!(check_url("http://[::1]:8080/hook", true).is_ok());
    }
}
