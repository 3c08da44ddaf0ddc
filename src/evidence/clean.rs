//! Cleaning what a worker sends before it is sealed: a phone's photo carries GPS coordinates,
//! the phone's model and a thumbnail; a PDF its author and software; a recording its tags.
//!
//! - Photos are decoded (the `image` crate, within pixel and memory limits checked before
//!   any pixel is decoded), turned upright by their orientation tag, and encoded again:
//!   nothing but pixels survives. PNG stays PNG (screenshots); JPEG and WebP become JPEG.
//!   HEIC is decoded by libheif in a process of its own (`heif`) and becomes JPEG.
//! - PDFs are parsed (`lopdf`) and written again without their document information,
//!   XMP metadata and page-piece data; one that cannot be read, or is encrypted, is refused.
//! - Voice notes keep their sound and lose their tags: MP3's ID3 and APE tags are cut off;
//!   Ogg's comment packet is overwritten in place (page checksums recomputed); MPEG-4's
//!   `udta`, `meta` and `uuid` boxes become zeroed `free` boxes (offsets unchanged); AMR has
//!   no tags.

use std::io::Cursor;

use super::sniff::{Format, Kind, format_of};

/// A photo's sides and pixels at most (a 50,000 × 50,000 PNG is refused before decoding).
pub const MAX_SIDE: u32 = 12_000;
pub const MAX_PIXELS: u64 = 40_000_000;
/// What decoding one photo may allocate.
const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// JPEG quality of re-encoded photos: text on a contract stays legible.
const JPEG_QUALITY: u8 = 88;

/// A file ready to be sealed.
#[derive(Debug)]
pub struct Cleaned {
    pub bytes: Vec<u8>,
    pub kind: Kind,
    /// What it is served as.
    pub content_type: &'static str,
}

/// The extension a file of this (cleaned) type is saved under.
pub fn extension_of(content_type: &str) -> Option<&'static str> {
    Some(match content_type {
        "image/jpeg" => "jpg",
        "image/png" => "png",
        "application/pdf" => "pdf",
        "audio/mpeg" => "mp3",
        "audio/amr" => "amr",
        "audio/ogg" => "ogg",
        "audio/mp4" => "m4a",
        _ => return None,
    })
}

/// Why a file was not taken (each said to the person in their language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not one of the accepted formats, by its bytes.
    NotAccepted,
    /// The right kind of file, but damaged, truncated or encrypted.
    Unreadable,
    /// A photo larger than [`MAX_SIDE`] or [`MAX_PIXELS`].
    TooManyPixels,
}

impl Refusal {
    pub fn message_key(self) -> &'static str {
        match self {
            Refusal::NotAccepted => "error-evidence-type",
            Refusal::Unreadable => "error-evidence-unreadable",
            Refusal::TooManyPixels => "error-evidence-pixels",
        }
    }
}

/// Cleans a file as [`clean_in`] does, with HEIC photos decoded in the system's temporary
/// folder.
pub fn clean(bytes: Vec<u8>) -> Result<Cleaned, Refusal> {
    clean_in(bytes, &std::env::temp_dir())
}

/// Cleans a file: told by its bytes, then as its kind needs. A HEIC photo is decoded by its
/// own process (`heif`), the links it needs made in `work_dir`, and then re-encoded as JPEG.
pub fn clean_in(bytes: Vec<u8>, work_dir: &std::path::Path) -> Result<Cleaned, Refusal> {
    let format = format_of(&bytes).ok_or(Refusal::NotAccepted)?;
    match format {
        Format::Jpeg | Format::Png | Format::Webp => photo(&bytes, format),
        Format::Heic => {
            let png = super::heif::to_png(&bytes, work_dir)?;
            drop(bytes);
            photo(&png, Format::Heic)
        }
        Format::Pdf => pdf(&bytes),
        Format::Mp3 => mp3(bytes),
        Format::Amr => Ok(voice(bytes, "audio/amr")),
        Format::Ogg => ogg(bytes),
        Format::M4a => m4a(bytes),
    }
}

fn voice(bytes: Vec<u8>, content_type: &'static str) -> Cleaned {
    Cleaned {
        bytes,
        kind: Kind::VoiceNote,
        content_type,
    }
}

fn photo(bytes: &[u8], format: Format) -> Result<Cleaned, Refusal> {
    use image::{ImageDecoder, ImageFormat};
    let mut reader = image::ImageReader::new(Cursor::new(bytes));
    reader.set_format(match format {
        // (A HEIC photo arrives here as its decoder's PNG.)
        Format::Png | Format::Heic => ImageFormat::Png,
        Format::Webp => ImageFormat::WebP,
        _ => ImageFormat::Jpeg,
    });
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(too_large_or_unreadable)?;
    let (width, height) = decoder.dimensions();
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(Refusal::TooManyPixels);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut decoded =
        image::DynamicImage::from_decoder(decoder).map_err(too_large_or_unreadable)?;
    decoded.apply_orientation(orientation);
    let mut out = Cursor::new(Vec::new());
    let content_type = if format == Format::Png {
        decoded
            .write_to(&mut out, ImageFormat::Png)
            .map_err(|_| Refusal::Unreadable)?;
        "image/png"
    } else {
        let rgb = decoded.to_rgb8();
        drop(decoded);
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY);
        rgb.write_with_encoder(encoder)
            .map_err(|_| Refusal::Unreadable)?;
        "image/jpeg"
    };
    Ok(Cleaned {
        bytes: out.into_inner(),
        kind: Kind::Photo,
        content_type,
    })
}

fn too_large_or_unreadable(e: image::ImageError) -> Refusal {
    match e {
        image::ImageError::Limits(_) => Refusal::TooManyPixels,
        _ => Refusal::Unreadable,
    }
}

fn pdf(bytes: &[u8]) -> Result<Cleaned, Refusal> {
    let mut doc = lopdf::Document::load_mem(bytes).map_err(|_| Refusal::Unreadable)?;
    if doc.is_encrypted() {
        return Err(Refusal::Unreadable);
    }
    if let Some(lopdf::Object::Reference(info)) = doc.trailer.remove(b"Info") {
        doc.objects.remove(&info);
    }
    if let Ok(catalog) = doc.catalog_mut() {
        catalog.remove(b"Metadata");
        catalog.remove(b"PieceInfo");
    }
    // XMP streams attached to pages, fonts or images, and the document information wherever
    // it was also kept.
    let metadata: Vec<lopdf::ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, object)| {
            object.as_stream().is_ok_and(|stream| {
                stream
                    .dict
                    .get(b"Type")
                    .and_then(|t| t.as_name())
                    .is_ok_and(|name| name == b"Metadata")
            })
        })
        .map(|(id, _)| *id)
        .collect();
    for id in metadata {
        doc.objects.remove(&id);
    }
    for object in doc.objects.values_mut() {
        if let Ok(dict) = object.as_dict_mut() {
            dict.remove(b"Metadata");
            dict.remove(b"PieceInfo");
        }
    }
    // Whatever nothing refers to any more (the information, old revisions' objects) goes.
    doc.prune_objects();
    let mut out = Vec::new();
    doc.save_to(&mut out).map_err(|_| Refusal::Unreadable)?;
    Ok(Cleaned {
        bytes: out,
        kind: Kind::Document,
        content_type: "application/pdf",
    })
}

/// MP3 without its ID3v2 tag (front), ID3v1 (last 128 bytes) and APEv2 tag (end).
fn mp3(mut bytes: Vec<u8>) -> Result<Cleaned, Refusal> {
    let mut start = 0usize;
    if bytes.starts_with(b"ID3") && bytes.len() >= 10 {
        let size = bytes[6..10]
            .iter()
            .fold(0usize, |acc, b| (acc << 7) | usize::from(b & 0x7F));
        let footer = if bytes[5] & 0x10 != 0 { 10 } else { 0 };
        start = 10 + size + footer;
    }
    let mut end = bytes.len();
    if end >= start + 128 && &bytes[end - 128..end - 125] == b"TAG" {
        end -= 128;
    }
    if end >= start + 32 && &bytes[end - 32..end - 24] == b"APETAGEX" {
        let size = u32::from_le_bytes(bytes[end - 20..end - 16].try_into().unwrap_or_default());
        let flags = u32::from_le_bytes(bytes[end - 12..end - 8].try_into().unwrap_or_default());
        let header = if flags & 0x8000_0000 != 0 { 32 } else { 0 };
        end = end
            .checked_sub(size as usize + header)
            .filter(|e| *e >= start)
            .ok_or(Refusal::Unreadable)?;
    }
    let audio = bytes.get(start..end).ok_or(Refusal::Unreadable)?;
    if audio.len() < 4 || audio[0] != 0xFF || audio[1] & 0xE0 != 0xE0 {
        return Err(Refusal::Unreadable);
    }
    bytes.truncate(end);
    bytes.drain(..start);
    Ok(voice(bytes, "audio/mpeg"))
}

/// One Ogg page: where it starts, its header's and body's lengths.
struct Page {
    at: usize,
    header: usize,
    body: usize,
}

fn ogg_pages(bytes: &[u8]) -> Result<Vec<Page>, Refusal> {
    let mut pages = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if bytes.get(at..at + 4) != Some(b"OggS") {
            return Err(Refusal::Unreadable);
        }
        let segments = usize::from(*bytes.get(at + 26).ok_or(Refusal::Unreadable)?);
        let lacing = bytes
            .get(at + 27..at + 27 + segments)
            .ok_or(Refusal::Unreadable)?;
        let body = lacing.iter().map(|l| usize::from(*l)).sum();
        let header = 27 + segments;
        if at + header + body > bytes.len() {
            return Err(Refusal::Unreadable);
        }
        pages.push(Page { at, header, body });
        at += header + body;
    }
    Ok(pages)
}

/// Ogg with its comment packet (the second) emptied in place: the same length, a vendor
/// string of spaces and no comments; the pages it touched get their checksums again.
fn ogg(mut bytes: Vec<u8>) -> Result<Cleaned, Refusal> {
    let pages = ogg_pages(&bytes)?;
    // Byte ranges of the second packet, and the pages they are on.
    let mut ranges: Vec<(usize, usize, usize)> = Vec::new();
    let mut packet = 0;
    'pages: for (index, page) in pages.iter().enumerate() {
        let mut offset = page.at + page.header;
        for &lace in &bytes[page.at + 27..page.at + page.header] {
            let lace = usize::from(lace);
            if packet == 1 && lace > 0 {
                ranges.push((index, offset, offset + lace));
            }
            offset += lace;
            if lace < 255 {
                packet += 1;
                if packet > 1 {
                    break 'pages;
                }
            }
        }
    }
    let length: usize = ranges.iter().map(|(_, from, to)| to - from).sum();
    let opus = ranges
        .first()
        .is_some_and(|(_, from, _)| bytes[*from..].starts_with(b"OpusTags"));
    let (head, tail): (&[u8], &[u8]) = if opus {
        (b"OpusTags", b"")
    } else {
        (b"\x03vorbis", b"\x01")
    };
    let fixed = head.len() + 4 + 4 + tail.len();
    if length < fixed {
        return Err(Refusal::Unreadable);
    }
    let vendor = u32::try_from(length - fixed).map_err(|_| Refusal::Unreadable)?;
    let mut replacement = Vec::with_capacity(length);
    replacement.extend_from_slice(head);
    replacement.extend_from_slice(&vendor.to_le_bytes());
    replacement.resize(replacement.len() + vendor as usize, b' ');
    replacement.extend_from_slice(&0u32.to_le_bytes());
    replacement.extend_from_slice(tail);
    let mut written = 0;
    for (_, from, to) in &ranges {
        let n = to - from;
        bytes[*from..*to].copy_from_slice(&replacement[written..written + n]);
        written += n;
    }
    let mut touched: Vec<usize> = ranges.iter().map(|(page, _, _)| *page).collect();
    touched.dedup();
    for index in touched {
        let page = &pages[index];
        let end = page.at + page.header + page.body;
        bytes[page.at + 22..page.at + 26].fill(0);
        let crc = ogg_crc(&bytes[page.at..end]);
        bytes[page.at + 22..page.at + 26].copy_from_slice(&crc.to_le_bytes());
    }
    Ok(voice(bytes, "audio/ogg"))
}

/// Ogg's page checksum: CRC-32 with polynomial 0x04C11DB7, not reflected, starting at 0.
fn ogg_crc(data: &[u8]) -> u32 {
    let mut crc = 0u32;
    for &byte in data {
        crc ^= u32::from(byte) << 24;
        for _ in 0..8 {
            crc = if crc & 0x8000_0000 != 0 {
                (crc << 1) ^ 0x04C1_1DB7
            } else {
                crc << 1
            };
        }
    }
    crc
}

/// MPEG-4 audio with its tag boxes (`udta`, `meta`, `uuid`) at the top, in `moov` and in
/// each `trak` turned into zeroed `free` boxes, so no offset moves.
fn m4a(mut bytes: Vec<u8>) -> Result<Cleaned, Refusal> {
    let length = bytes.len();
    free_tags(&mut bytes, 0, length, 0)?;
    Ok(voice(bytes, "audio/mp4"))
}

fn free_tags(bytes: &mut [u8], from: usize, to: usize, depth: u8) -> Result<(), Refusal> {
    let mut at = from;
    while at + 8 <= to {
        let size32 = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap_or_default());
        let (size, header) = match size32 {
            0 => (to - at, 8),
            1 => {
                let large = bytes
                    .get(at + 8..at + 16)
                    .and_then(|b| b.try_into().ok())
                    .map(u64::from_be_bytes)
                    .ok_or(Refusal::Unreadable)?;
                (usize::try_from(large).map_err(|_| Refusal::Unreadable)?, 16)
            }
            n => (n as usize, 8),
        };
        if size < header || at + size > to {
            return Err(Refusal::Unreadable);
        }
        let kind: [u8; 4] = bytes[at + 4..at + 8].try_into().unwrap_or_default();
        match &kind {
            b"udta" | b"meta" | b"uuid" => {
                bytes[at + 4..at + 8].copy_from_slice(b"free");
                bytes[at + header..at + size].fill(0);
            }
            b"moov" | b"trak" if depth < 2 => {
                free_tags(bytes, at + header, at + size, depth + 1)?;
            }
            _ => {}
        }
        at += size;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jpeg_with_gps() -> Vec<u8> {
        crate::evidence::samples::jpeg_with_gps(64, 48)
    }

    #[test]
    fn a_photo_loses_its_gps_and_everything_but_its_pixels() {
        let sent = jpeg_with_gps();
        assert!(sent.windows(4).any(|w| w == b"Exif"));
        let cleaned = clean(sent).unwrap();
        assert_eq!(cleaned.kind, Kind::Photo);
        assert_eq!(cleaned.content_type, "image/jpeg");
        assert!(!cleaned.bytes.windows(4).any(|w| w == b"Exif"));
        assert!(!cleaned.bytes.windows(4).any(|w| w == b"GPS\0"));
        let again = image::load_from_memory(&cleaned.bytes).unwrap();
        assert_eq!((again.width(), again.height()), (64, 48));
    }

    #[test]
    fn a_heic_photo_is_decoded_apart_and_comes_out_a_jpeg_without_its_exif() {
        let Some(heic) = crate::evidence::samples::heic_with_gps(64, 48) else {
            // Without libheif's tools HEIC is a format not accepted, like any other.
            assert!(!crate::evidence::heif::available());
            let refused = clean(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec());
            assert_eq!(refused.unwrap_err(), Refusal::NotAccepted);
            return;
        };
        assert!(heic.windows(10).any(|w| w == b"PhoneMaker"));
        let cleaned = clean(heic.clone()).unwrap();
        assert_eq!(cleaned.kind, Kind::Photo);
        assert_eq!(cleaned.content_type, "image/jpeg");
        for word in [&b"Exif"[..], b"GPS\0", b"PhoneMaker"] {
            assert!(!cleaned.bytes.windows(word.len()).any(|w| w == word));
        }
        let again = image::load_from_memory(&cleaned.bytes).unwrap();
        assert_eq!((again.width(), again.height()), (64, 48));
        // A HEIC cut short, or only its header, is unreadable, not a panic nor a hang.
        let mut cut = heic;
        cut.truncate(cut.len() / 2);
        assert_eq!(clean(cut).unwrap_err(), Refusal::Unreadable);
        let header = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic".to_vec();
        assert_eq!(clean(header).unwrap_err(), Refusal::Unreadable);
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_decoding() {
        // A PNG header declaring 50,000 × 50,000 pixels, and almost nothing after it.
        let png = crate::evidence::samples::png_declaring(50_000, 50_000);
        assert_eq!(clean(png).unwrap_err(), Refusal::TooManyPixels);
        // Truncated and damaged files are unreadable, not a panic.
        let mut truncated = jpeg_with_gps();
        truncated.truncate(200);
        assert_eq!(clean(truncated).unwrap_err(), Refusal::Unreadable);
        assert_eq!(
            clean(b"%PDF-1.4\nnot really".to_vec()).unwrap_err(),
            Refusal::Unreadable
        );
    }

    #[test]
    fn mp3_tags_are_cut_off() {
        let mut mp3 = b"ID3\x04\x00\x00\x00\x00\x00\x0aTIT2secret".to_vec();
        mp3.extend_from_slice(&[0xFF, 0xFB, 0x90, 0x64]);
        mp3.extend_from_slice(&[0u8; 400]);
        let mut v1 = b"TAG".to_vec();
        v1.extend_from_slice(&[b'x'; 125]);
        mp3.extend_from_slice(&v1);
        let cleaned = clean(mp3).unwrap();
        assert!(cleaned.bytes.starts_with(&[0xFF, 0xFB]));
        assert_eq!(cleaned.bytes.len(), 404);
    }

    #[test]
    fn m4a_tag_boxes_become_free_space() {
        let boxed = |kind: &[u8], body: &[u8]| {
            let mut b = u32::try_from(body.len() + 8)
                .unwrap()
                .to_be_bytes()
                .to_vec();
            b.extend_from_slice(kind);
            b.extend_from_slice(body);
            b
        };
        let udta = boxed(b"udta", &boxed(b"\xa9xyz", b"+25.2854+051.5310/"));
        let mut moov_body = boxed(b"mvhd", &[0u8; 20]);
        moov_body.extend_from_slice(&udta);
        let mut file = boxed(b"ftyp", b"M4A \0\0\0\0");
        file.extend_from_slice(&boxed(b"moov", &moov_body));
        file.extend_from_slice(&boxed(b"mdat", &[7u8; 32]));
        let length = file.len();
        let cleaned = clean(file).unwrap();
        assert_eq!(cleaned.bytes.len(), length);
        assert!(!cleaned.bytes.windows(7).any(|w| w == b"+25.285"));
        assert!(cleaned.bytes.windows(4).any(|w| w == b"free"));
        assert!(cleaned.bytes.windows(4).any(|w| w == b"mdat"));
    }

    #[test]
    fn ogg_comments_are_blanked_and_pages_stay_valid() {
        let page = |serial_seq: u32, flags: u8, packet: &[u8]| {
            let mut p = b"OggS\0".to_vec();
            p.push(flags);
            p.extend_from_slice(&0u64.to_le_bytes());
            p.extend_from_slice(&7u32.to_le_bytes());
            p.extend_from_slice(&serial_seq.to_le_bytes());
            p.extend_from_slice(&[0; 4]);
            p.push(1);
            p.push(u8::try_from(packet.len()).unwrap());
            p.extend_from_slice(packet);
            let crc = ogg_crc(&p);
            p[22..26].copy_from_slice(&crc.to_le_bytes());
            p
        };
        let mut head = b"OpusHead\x01\x01\x38\x01\x80\xbb\0\0\0\0\0".to_vec();
        head.truncate(19);
        let mut tags = b"OpusTags".to_vec();
        tags.extend_from_slice(&6u32.to_le_bytes());
        tags.extend_from_slice(b"phone1");
        tags.extend_from_slice(&1u32.to_le_bytes());
        let comment = b"LOCATION=Doha 25.28,51.53";
        tags.extend_from_slice(&u32::try_from(comment.len()).unwrap().to_le_bytes());
        tags.extend_from_slice(comment);
        let mut file = page(0, 2, &head);
        file.extend_from_slice(&page(1, 0, &tags));
        file.extend_from_slice(&page(2, 4, &[0xFC, 0xFF, 0xFE]));
        let length = file.len();
        let cleaned = clean(file).unwrap();
        assert_eq!(cleaned.bytes.len(), length);
        assert!(!cleaned.bytes.windows(8).any(|w| w == b"LOCATION"));
        assert!(!cleaned.bytes.windows(6).any(|w| w == b"phone1"));
        // Every page's checksum still holds.
        for page in ogg_pages(&cleaned.bytes).unwrap() {
            let mut copy = cleaned.bytes[page.at..page.at + page.header + page.body].to_vec();
            let stored = u32::from_le_bytes(copy[22..26].try_into().unwrap());
            copy[22..26].fill(0);
            assert_eq!(ogg_crc(&copy), stored);
        }
    }
}
