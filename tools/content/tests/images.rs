use super::*;

fn png(width: u32, height: u32) -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR".to_vec();
    bytes.extend(width.to_be_bytes());
    bytes.extend(height.to_be_bytes());
    bytes.extend([8, 2, 0, 0, 0, 0, 0, 0, 0]);
    bytes
}

fn jpeg(width: u16, height: u16) -> Vec<u8> {
    let mut bytes = vec![0xFF, 0xD8];
    // An APP0 segment first, as real files have, so the reader must skip it.
    bytes.extend([0xFF, 0xE0, 0x00, 0x06, b'J', b'F', b'I', b'F']);
    bytes.extend([0xFF, 0xC0, 0x00, 0x11, 0x08]);
    bytes.extend(height.to_be_bytes());
    bytes.extend(width.to_be_bytes());
    bytes.extend([3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
    bytes
}

#[test]
fn reads_png_ihdr() {
    assert_eq!(png_size(&png(1200, 800)), Some((1200, 800)));
    assert_eq!(png_size(b"not a png at all, really"), None);
    assert_eq!(png_size(&png(1, 1)[..20]), None);
}

#[test]
fn reads_jpeg_start_of_frame() {
    assert_eq!(jpeg_size(&jpeg(640, 480)), Some((640, 480)));
    let mut progressive = jpeg(300, 200);
    progressive[11] = 0xC2;
    assert_eq!(jpeg_size(&progressive), Some((300, 200)));
    assert_eq!(jpeg_size(&[0xFF, 0xD8, 0xFF]), None);
    assert_eq!(jpeg_size(b"GIF89a"), None);
}

#[test]
fn reads_svg_attributes_or_view_box() {
    let both = br#"<?xml version="1.0"?><!-- <svgish> --><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 10 10"></svg>"#;
    assert_eq!(svg_size(both), Some((1200, 675)));
    assert_eq!(svg_size(br#"<svg viewBox="0 0 1200 800"/>"#), Some((1200, 800)));
    assert_eq!(svg_size(br#"<svg width="100%" height="100%" viewBox="0,0,40.4,30"></svg>"#), Some((40, 30)));
    assert_eq!(svg_size(br#"<svg width='64px' height='48px'>"#), Some((64, 48)));
    assert_eq!(svg_size(br#"<svg stroke-width="3" viewBox="0 0 8 6">"#), Some((8, 6)));
    assert_eq!(svg_size(b"<svg>"), None);
    assert_eq!(svg_size(b"plain text"), None);
}

#[test]
fn reads_files_by_extension() {
    let dir = std::env::temp_dir().join(format!("gazette-images-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let files: [(&str, Vec<u8>); 3] = [
        ("a.png", png(20, 10)),
        ("b.JPG", jpeg(30, 20)),
        ("c.svg", br#"<svg width="4" height="3"/>"#.to_vec()),
    ];
    for (name, bytes) in &files {
        std::fs::write(dir.join(name), bytes).expect("fixture written");
    }
    assert_eq!(intrinsic_size(&dir.join("a.png")), Ok(Some((20, 10))));
    assert_eq!(intrinsic_size(&dir.join("b.JPG")), Ok(Some((30, 20))));
    assert_eq!(intrinsic_size(&dir.join("c.svg")), Ok(Some((4, 3))));
    assert_eq!(intrinsic_size(&dir.join("d.webp")), Ok(None));
    assert!(intrinsic_size(&dir.join("missing.png")).is_err());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn aspect_tolerance_is_two_percent() {
    assert!(aspect_matches((1200, 675), (1200, 675)));
    assert!(aspect_matches((600, 338), (1200, 675)));
    assert!(aspect_matches((1200, 685), (1200, 675)));
    assert!(!aspect_matches((1200, 800), (1200, 675)));
}

#[test]
fn sources_are_local_paths_or_https() {
    assert_eq!(classify("images/a.svg"), Ok(Source::Local("images/a.svg")));
    assert_eq!(classify("https://cdn.example/a.jpg"), Ok(Source::Remote));
    for bad in [
        "http://x/a.png",
        "/images/a.svg",
        "../secret.png",
        "images//a.svg",
        "a b.png",
        "data:image/png",
        "images/a.svg?x",
        "https://",
    ] {
        assert!(classify(bad).is_err(), "{bad:?} must be refused");
    }
}
