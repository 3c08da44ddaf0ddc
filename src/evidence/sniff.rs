//! What a file is, decided by its bytes alone (never by its name or the type the client
//! declared).

/// A format evidence may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jpeg,
    Png,
    Webp,
    Pdf,
    Mp3,
    Amr,
    /// Ogg with Opus or Vorbis (WhatsApp's and many recorders' voice notes).
    Ogg,
    /// MPEG-4 audio (AAC in `.m4a`, what most Android recorders make).
    M4a,
    /// HEIF with HEVC pictures (what iPhones take photos in).
    Heic,
}

/// What a person sent, as the pages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Photo,
    Document,
    VoiceNote,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Photo => "photo",
            Kind::Document => "document",
            Kind::VoiceNote => "voice",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        [Kind::Photo, Kind::Document, Kind::VoiceNote]
            .into_iter()
            .find(|k| k.as_str() == s)
    }
}

impl Format {
    pub fn kind(self) -> Kind {
        match self {
            Format::Jpeg | Format::Png | Format::Webp | Format::Heic => Kind::Photo,
            Format::Pdf => Kind::Document,
            Format::Mp3 | Format::Amr | Format::Ogg | Format::M4a => Kind::VoiceNote,
        }
    }
}

/// The format of `bytes`, or `None` for anything not accepted (SVG, HTML, HEIC for now,
/// archives, programs, a file renamed to look like a photo).
pub fn format_of(bytes: &[u8]) -> Option<Format> {
    let starts = |magic: &[u8]| bytes.starts_with(magic);
    if starts(&[0xFF, 0xD8, 0xFF]) {
        Some(Format::Jpeg)
    } else if starts(b"\x89PNG\r\n\x1a\n") {
        Some(Format::Png)
    } else if bytes.len() >= 12 && starts(b"RIFF") && &bytes[8..12] == b"WEBP" {
        Some(Format::Webp)
    } else if starts(b"%PDF-") {
        Some(Format::Pdf)
    } else if starts(b"#!AMR\n") || starts(b"#!AMR-WB\n") {
        Some(Format::Amr)
    } else if starts(b"OggS") {
        ogg_codec(bytes).then_some(Format::Ogg)
    } else if is_heic(bytes) {
        Some(Format::Heic)
    } else if is_m4a(bytes) {
        Some(Format::M4a)
    } else if is_mp3(bytes) {
        Some(Format::Mp3)
    } else {
        None
    }
}

/// An Ogg stream whose first packet is an Opus or Vorbis identification header.
fn ogg_codec(bytes: &[u8]) -> bool {
    let Some(&segments) = bytes.get(26) else {
        return false;
    };
    let body = 27 + usize::from(segments);
    let first = bytes.get(body..body + 8).unwrap_or_default();
    first.starts_with(b"OpusHead") || first.starts_with(b"\x01vorbis")
}

/// An ISO media file whose brand is HEIC's: `heic`/`heix` (and their sequence brands), or
/// the generic `mif1` listing `heic` among its compatible brands.
fn is_heic(bytes: &[u8]) -> bool {
    if bytes.len() < 16 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    let heic_brands: [&[u8]; 4] = [b"heic", b"heix", b"hevc", b"hevx"];
    if heic_brands.contains(&&bytes[8..12]) {
        return true;
    }
    let size = u32::from_be_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]) as usize;
    let compatible = bytes
        .get(16..size.min(bytes.len()).min(64))
        .unwrap_or_default();
    (&bytes[8..12] == b"mif1" || &bytes[8..12] == b"msf1")
        && compatible
            .chunks_exact(4)
            .any(|brand| heic_brands.contains(&brand))
}

/// An ISO media file whose brand is an audio one.
fn is_m4a(bytes: &[u8]) -> bool {
    if bytes.len() < 12 || &bytes[4..8] != b"ftyp" {
        return false;
    }
    matches!(
        &bytes[8..12],
        b"M4A " | b"M4B " | b"mp42" | b"isom" | b"3gp4" | b"3gp5"
    )
}

/// MP3: an ID3v2 tag, or an MPEG audio frame header (11 sync bits, layer III).
fn is_mp3(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"ID3") {
        return true;
    }
    bytes.len() >= 4 && bytes[0] == 0xFF && bytes[1] & 0xE0 == 0xE0 && bytes[1] & 0x06 == 0x02
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(
            format_of(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0]),
            Some(Format::Jpeg)
        );
        assert_eq!(format_of(b"\x89PNG\r\n\x1a\n...."), Some(Format::Png));
        assert_eq!(format_of(b"RIFF\0\0\0\0WEBPVP8 "), Some(Format::Webp));
        assert_eq!(format_of(b"%PDF-1.7\n"), Some(Format::Pdf));
        assert_eq!(format_of(b"#!AMR\n\x3c"), Some(Format::Amr));
        assert_eq!(format_of(b"ID3\x04\0\0\0\0\0\0"), Some(Format::Mp3));
        assert_eq!(format_of(b"\0\0\0\x20ftypM4A \0\0\0\0"), Some(Format::M4a));
        assert_eq!(
            format_of(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
            Some(Format::Heic)
        );
        assert_eq!(
            format_of(b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic"),
            Some(Format::Heic)
        );
        // A HEIF holding AVIF or JPEG pictures is not taken as HEIC.
        assert_eq!(format_of(b"\0\0\0\x18ftypmif1\0\0\0\0mif1avif"), None);
        // What is refused, whatever its name says.
        for refused in [
            &b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"[..],
            b"<!DOCTYPE html><html>",
            b"PK\x03\x04zip",
            b"MZ\x90\0",
            b"",
        ] {
            assert_eq!(
                format_of(refused),
                None,
                "{:?}",
                String::from_utf8_lossy(refused)
            );
        }
    }
}
