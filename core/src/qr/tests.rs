use super::*;

/// Scans `qr` with rqrr, an independent decoder, as a camera would see it: a quiet zone of four
/// modules, each module 4 × 4 pixels.
fn scan(qr: &Qr) -> String {
    let scale = 4;
    let side = (qr.size + 8) * scale;
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
        let (mx, my) = (x / scale, y / scale);
        let inside = (4..qr.size + 4).contains(&mx) && (4..qr.size + 4).contains(&my);
        if inside && qr.dark(mx - 4, my - 4) {
            0
        } else {
            255
        }
    });
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one code found");
    let (meta, content) = grids[0].decode().expect("decodes");
    assert_eq!(meta.ecc_level, 0, "level M"); // rqrr numbers M as 0, as the format bits do
    content
}

#[test]
fn a_transfer_link_scans_back_exactly() {
    let link = "https://www.example.fr/agenda/jeunesse/programme/#transfert=atelier-1.atelier-3";
    let qr = Qr::encode(link.as_bytes()).unwrap();
    assert_eq!(scan(&qr), link);
}

#[test]
fn every_version_scans_back() {
    // Lengths that need each version from 1 to 20, UTF-8 included.
    let mut checked = std::collections::BTreeSet::new();
    for len in (1..=660).step_by(7) {
        let text: String = "é-atelier-".chars().cycle().take(len).collect();
        let Some(qr) = Qr::encode(text.as_bytes()) else {
            assert!(text.len() > 666, "{} bytes refused", text.len());
            continue;
        };
        checked.insert((qr.size - 17) / 4);
        assert_eq!(scan(&qr), text, "{} bytes", text.len());
    }
    assert_eq!(checked.len(), 20, "versions seen: {checked:?}");
}

#[test]
fn sizes_follow_the_versions_and_too_long_is_refused() {
    assert_eq!(Qr::encode(b"a").unwrap().size, 21);
    // Version 1-M holds 14 bytes, version 2-M 26.
    assert_eq!(Qr::encode(&[b'a'; 14]).unwrap().size, 21);
    assert_eq!(Qr::encode(&[b'a'; 15]).unwrap().size, 25);
    assert_eq!(Qr::encode(&[b'a'; 26]).unwrap().size, 25);
    assert!(Qr::encode(&[b'a'; 666]).is_some());
    assert!(Qr::encode(&[b'a'; 667]).is_none());
}

#[test]
fn the_svg_path_draws_each_dark_run_once() {
    let qr = Qr::encode(b"journee").unwrap();
    let path = qr.svg_path(4);
    let dark = (0..qr.size)
        .flat_map(|y| (0..qr.size).map(move |x| (x, y)))
        .filter(|&(x, y)| qr.dark(x, y))
        .count();
    let drawn: usize = path
        .split('h')
        .skip(1)
        .step_by(2)
        .map(|n| n.split('v').next().unwrap().parse::<usize>().unwrap())
        .sum();
    assert_eq!(drawn, dark);
    // The top-left finder starts at the quiet zone's edge.
    assert!(path.starts_with("M4 4h7v1h-7z"), "{path}");
}
