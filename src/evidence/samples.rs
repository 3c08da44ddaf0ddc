//! Sample files with what cleaning must remove, for the tests and the upload benchmark.

/// An Exif block (`Exif\0\0` and a little-endian TIFF) with a GPS IFD placing the phone in
/// Doha (25.2854 N, 51.5310 E) and a camera model, as a phone writes it into a photo.
pub fn exif_with_gps() -> Vec<u8> {
    let mut tiff = Vec::new();
    tiff.extend_from_slice(b"II*\0");
    tiff.extend_from_slice(&8u32.to_le_bytes());
    // IFD0: Model (0x0110, ASCII) and the GPS IFD pointer (0x8825, LONG).
    let model = b"PhoneMaker X1\0";
    let ifd0_entries = 2u16;
    let ifd0_size = 2 + 12 * usize::from(ifd0_entries) + 4;
    let model_at = 8 + ifd0_size;
    let gps_at = model_at + model.len();
    tiff.extend_from_slice(&ifd0_entries.to_le_bytes());
    entry(&mut tiff, 0x0110, 2, model.len() as u32, model_at as u32);
    entry(&mut tiff, 0x8825, 4, 1, gps_at as u32);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(model);
    // GPS IFD: latitude ref, latitude, longitude ref, longitude (degrees, minutes, seconds).
    let gps_entries = 4u16;
    let gps_size = 2 + 12 * usize::from(gps_entries) + 4;
    let rationals_at = gps_at + gps_size;
    tiff.extend_from_slice(&gps_entries.to_le_bytes());
    entry(&mut tiff, 0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"));
    entry(&mut tiff, 0x0002, 5, 3, rationals_at as u32);
    entry(&mut tiff, 0x0003, 2, 2, u32::from_le_bytes(*b"E\0\0\0"));
    entry(&mut tiff, 0x0004, 5, 3, (rationals_at + 24) as u32);
    tiff.extend_from_slice(&0u32.to_le_bytes());
    for (value, scale) in [(25, 1), (17, 1), (744, 100), (51, 1), (31, 1), (516, 100)] {
        tiff.extend_from_slice(&(value as u32).to_le_bytes());
        tiff.extend_from_slice(&(scale as u32).to_le_bytes());
    }
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend_from_slice(&tiff);
    exif
}

fn entry(out: &mut Vec<u8>, tag: u16, kind: u16, count: u32, value: u32) {
    out.extend_from_slice(&tag.to_le_bytes());
    out.extend_from_slice(&kind.to_le_bytes());
    out.extend_from_slice(&count.to_le_bytes());
    out.extend_from_slice(&value.to_le_bytes());
}

/// A small JPEG photo (`width` × `height`) carrying [`exif_with_gps`] in an APP1 segment.
pub fn jpeg_with_gps(width: u32, height: u32) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut plain = std::io::Cursor::new(Vec::new());
    pixels
        .write_to(&mut plain, image::ImageFormat::Jpeg)
        .expect("a JPEG encodes into memory");
    let plain = plain.into_inner();
    let exif = exif_with_gps();
    let mut with = plain[..2].to_vec();
    with.extend_from_slice(&[0xFF, 0xE1]);
    with.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    with.extend_from_slice(&exif);
    with.extend_from_slice(&plain[2..]);
    with
}

/// A PNG that declares `width` × `height` pixels and holds almost nothing else: a
/// decompression bomb's header, which cleaning must refuse before decoding.
pub fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend_from_slice(&13u32.to_be_bytes());
    png.extend_from_slice(&ihdr);
    png.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    png
}

/// PNG's chunk checksum (CRC-32, reflected, polynomial 0xEDB88320).
fn crc32(data: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A HEIC photo carrying [`exif_with_gps`], made by libheif's `heif-enc` from
/// [`jpeg_with_gps`] (it keeps the JPEG's Exif); `None` where `heif-enc` is not installed.
pub fn heic_with_gps(width: u32, height: u32) -> Option<Vec<u8>> {
    let dir = tempfile::tempdir().ok()?;
    let (jpeg, heic) = (dir.path().join("in.jpg"), dir.path().join("out.heic"));
    std::fs::write(&jpeg, jpeg_with_gps(width, height)).ok()?;
    let made = std::process::Command::new("heif-enc")
        .arg("-q")
        .arg("60")
        .arg(&jpeg)
        .arg("-o")
        .arg(&heic)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .ok()?;
    made.success().then(|| std::fs::read(&heic).ok()).flatten()
}
