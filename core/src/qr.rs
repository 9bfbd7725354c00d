//! QR codes (ISO/IEC 18004) for the link that carries a participant's choices to another
//! device, drawn in the browser, offline: the `qrcodegen` crate (Project Nayuki's reference
//! encoder) in byte mode, error correction level M without boost, versions 1 to 20 (up to 666
//! bytes, far more than a transfer link needs), its own mask choice. It replaced a hand-written
//! encoder for 376 B gzip more in the tools' wasm (BENCHMARKS.md), well within their budget.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// A square of modules, `true` for dark; no quiet zone.
pub struct Qr {
    pub size: usize,
    code: QrCode,
}

impl Qr {
    /// The smallest code that holds `data`, or `None` when it is too long.
    pub fn encode(data: &[u8]) -> Option<Qr> {
        let code = QrCode::encode_segments_advanced(
            &[QrSegment::make_bytes(data)],
            QrCodeEcc::Medium,
            Version::new(1),
            Version::new(20),
            None,
            false,
        )
        .ok()?;
        Some(Qr {
            size: code.size() as usize,
            code,
        })
    }

    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.code.get_module(x as i32, y as i32)
    }

    /// The dark modules as one SVG path, a rectangle per horizontal run, offset by `margin`
    /// modules (the quiet zone).
    pub fn svg_path(&self, margin: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.dark(x, y) {
                    x += 1;
                }
                let len = x - start;
                d.push_str(&format!(
                    "M{} {}h{len}v1h-{len}z",
                    start + margin,
                    y + margin
                ));
            }
        }
        d
    }
}

#[cfg(test)]
mod tests;
