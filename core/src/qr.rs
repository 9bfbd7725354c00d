//! A QR code encoder (ISO/IEC 18004), small enough for the page: byte mode, error correction
//! level M, versions 1 to 20 (up to 666 bytes, far more than a transfer link needs). It draws
//! the link that carries a participant's choices to another device, in the browser, offline.

/// A square of modules, `true` for dark, row by row; no quiet zone.
pub struct Qr {
    pub size: usize,
    modules: Vec<bool>,
}

/// Error correction codewords per block and number of blocks at level M, versions 1 to 20
/// (the standard's table 9).
const ECC_M: [(u8, u8); 20] = [
    (10, 1),
    (16, 1),
    (26, 1),
    (18, 2),
    (24, 2),
    (16, 4),
    (18, 4),
    (22, 4),
    (22, 5),
    (26, 5),
    (30, 5),
    (22, 8),
    (22, 9),
    (24, 9),
    (24, 10),
    (28, 10),
    (28, 11),
    (26, 13),
    (26, 14),
    (26, 16),
];

impl Qr {
    /// The smallest code that holds `data`, or `None` when it is too long.
    pub fn encode(data: &[u8]) -> Option<Qr> {
        let version =
            (1..=ECC_M.len()).find(|&v| data_bits(v) >= header_bits(v) + 8 * data.len())?;
        let codewords = codewords(version, data);
        let mut qr = Qr {
            size: 4 * version + 17,
            modules: Vec::new(),
        };
        let function = qr.function_patterns(version);
        qr.place(&codewords, &function);
        // Every mask is valid; the one with the lowest penalty scans best.
        let best = (0..8)
            .min_by_key(|&mask| {
                let mut trial = Qr {
                    size: qr.size,
                    modules: qr.modules.clone(),
                };
                trial.apply_mask(mask, &function);
                trial.format_bits(mask);
                trial.penalty()
            })
            .unwrap_or(0);
        qr.apply_mask(best, &function);
        qr.format_bits(best);
        Some(qr)
    }

    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.modules[y * self.size + x]
    }

    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = dark;
    }

    /// Draws finders, timing, alignment, the dark module and version bits; returns which modules
    /// they took (data goes everywhere else). Format bits are reserved here, written last.
    fn function_patterns(&mut self, version: usize) -> Vec<bool> {
        let size = self.size;
        self.modules = vec![false; size * size];
        let mut taken = vec![false; size * size];
        let mut put = |qr: &mut Qr, x: usize, y: usize, dark: bool| {
            qr.set(x, y, dark);
            taken[y * size + x] = true;
        };
        for i in 0..size {
            put(self, 6, i, i % 2 == 0);
            put(self, i, 6, i % 2 == 0);
        }
        // Finders with their light separators, clipped at the edges.
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4i32..=4 {
                for dx in -4i32..=4 {
                    let (x, y) = (cx as i32 + dx, cy as i32 + dy);
                    if (0..size as i32).contains(&x) && (0..size as i32).contains(&y) {
                        let ring = dx.abs().max(dy.abs());
                        put(self, x as usize, y as usize, ring != 2 && ring != 4);
                    }
                }
            }
        }
        let centres = alignment_centres(version, size);
        for &cy in &centres {
            for &cx in &centres {
                // Not over a finder.
                let last = size - 7;
                let corner = [(6, 6), (6, last), (last, 6)].contains(&(cx, cy));
                if corner {
                    continue;
                }
                for dy in -2i32..=2 {
                    for dx in -2i32..=2 {
                        let ring = dx.abs().max(dy.abs());
                        let (x, y) = ((cx as i32 + dx) as usize, (cy as i32 + dy) as usize);
                        put(self, x, y, ring != 1);
                    }
                }
            }
        }
        // Format areas, written by `format_bits`.
        for i in (0..9).filter(|&i| i != 6) {
            put(self, 8, i, false);
            put(self, i, 8, false);
        }
        for i in 0..8 {
            put(self, size - 1 - i, 8, false);
            put(self, 8, size - 1 - i, false);
        }
        put(self, 8, size - 8, true);
        if version >= 7 {
            let bits = bch(version as u32, 0x1F25, 12) | (version as u32) << 12;
            for i in 0..18 {
                let dark = (bits >> i) & 1 == 1;
                let (a, b) = (size - 11 + i % 3, i / 3);
                put(self, a, b, dark);
                put(self, b, a, dark);
            }
        }
        taken
    }

    /// The codewords' bits in the zigzag order: two columns at a time from the right, up then
    /// down, skipping the vertical timing column and every function module.
    fn place(&mut self, codewords: &[u8], function: &[bool]) {
        let size = self.size;
        let mut bit = 0;
        let mut right = size - 1;
        loop {
            if right == 6 {
                right = 5;
            }
            let upward = (right + 1) & 2 == 0;
            for step in 0..size {
                let y = if upward { size - 1 - step } else { step };
                for dx in 0..2 {
                    let x = right - dx;
                    if function[y * size + x] {
                        continue;
                    }
                    let dark = codewords
                        .get(bit / 8)
                        .is_some_and(|b| (b >> (7 - bit % 8)) & 1 == 1);
                    self.set(x, y, dark);
                    bit += 1;
                }
            }
            if right < 2 {
                break;
            }
            right -= 2;
        }
    }

    fn apply_mask(&mut self, mask: u8, function: &[bool]) {
        let size = self.size;
        for y in 0..size {
            for x in 0..size {
                let flip = match mask {
                    0 => (x + y) % 2 == 0,
                    1 => y % 2 == 0,
                    2 => x % 3 == 0,
                    3 => (x + y) % 3 == 0,
                    4 => (x / 3 + y / 2) % 2 == 0,
                    5 => x * y % 2 + x * y % 3 == 0,
                    6 => (x * y % 2 + x * y % 3) % 2 == 0,
                    _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
                };
                if flip && !function[y * size + x] {
                    let i = y * size + x;
                    self.modules[i] = !self.modules[i];
                }
            }
        }
    }

    /// Level M (`00`) and the mask, with their BCH code, in both copies.
    fn format_bits(&mut self, mask: u8) {
        let data = u32::from(mask);
        let bits = ((data << 10) | bch(data, 0x537, 10)) ^ 0x5412;
        let bit = |i: usize| (bits >> i) & 1 == 1;
        let size = self.size;
        for i in 0..6 {
            self.set(8, i, bit(i));
        }
        self.set(8, 7, bit(6));
        self.set(8, 8, bit(7));
        self.set(7, 8, bit(8));
        for i in 9..15 {
            self.set(14 - i, 8, bit(i));
        }
        for i in 0..8 {
            self.set(size - 1 - i, 8, bit(i));
        }
        for i in 8..15 {
            self.set(8, size - 15 + i, bit(i));
        }
    }

    /// The standard's four penalty rules: long runs, 2 × 2 blocks, finder look-alikes, balance.
    fn penalty(&self) -> u32 {
        let size = self.size;
        let mut score = 0usize;
        for horizontal in [true, false] {
            for a in 0..size {
                let at = |b: usize| {
                    if horizontal {
                        self.dark(b, a)
                    } else {
                        self.dark(a, b)
                    }
                };
                let mut run = 1;
                for b in 1..=size {
                    if b < size && at(b) == at(b - 1) {
                        run += 1;
                        continue;
                    }
                    if run >= 5 {
                        score += run - 2;
                    }
                    run = 1;
                }
                // 1:1:3:1:1 with four light modules on one side (outside counts as light).
                let lit = |b: i32| b >= 0 && (b as usize) < size && at(b as usize);
                for b in -4..size as i32 {
                    let core = [true, false, true, true, true, false, true];
                    if (0..7).all(|k| lit(b + k) == core[k as usize]) {
                        let before = (1..=4).all(|k| !lit(b - k));
                        let after = (7..11).all(|k| !lit(b + k));
                        if before || after {
                            score += 40;
                        }
                    }
                }
            }
        }
        for y in 1..size {
            for x in 1..size {
                let c = self.dark(x, y);
                if c == self.dark(x - 1, y)
                    && c == self.dark(x, y - 1)
                    && c == self.dark(x - 1, y - 1)
                {
                    score += 3;
                }
            }
        }
        let dark = self.modules.iter().filter(|&&d| d).count();
        score += 10 * (dark * 100 / (size * size)).abs_diff(50) / 5;
        score as u32
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

/// The remainder of `data` shifted by `degree`, divided by `generator` (format and version
/// information's BCH codes).
fn bch(data: u32, generator: u32, degree: u32) -> u32 {
    let mut rem = data << degree;
    for i in (degree..degree + 6).rev() {
        if (rem >> i) & 1 == 1 {
            rem ^= generator << (i - degree);
        }
    }
    rem
}

/// Where alignment patterns are centred, on each axis.
fn alignment_centres(version: usize, size: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = version / 7 + 2;
    let step = (version * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    let mut centres: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    centres.push(6);
    centres.reverse();
    centres
}

/// Modules left for data and error correction once the function patterns are drawn.
fn raw_modules(version: usize) -> usize {
    let v = version;
    let mut n = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if v >= 7 {
            n -= 36;
        }
    }
    n
}

fn total_codewords(version: usize) -> usize {
    raw_modules(version) / 8
}

fn data_codewords(version: usize) -> usize {
    let (ecc, blocks) = ECC_M[version - 1];
    total_codewords(version) - usize::from(ecc) * usize::from(blocks)
}

fn data_bits(version: usize) -> usize {
    data_codewords(version) * 8
}

/// Mode indicator and character count.
fn header_bits(version: usize) -> usize {
    4 + if version < 10 { 8 } else { 16 }
}

/// The data codewords (byte mode, terminator, padding), split into blocks, each followed by its
/// Reed–Solomon error correction, then interleaved.
fn codewords(version: usize, data: &[u8]) -> Vec<u8> {
    let capacity = data_codewords(version);
    let mut bits: Vec<bool> = Vec::with_capacity(capacity * 8);
    let mut push = |value: usize, len: usize| {
        for i in (0..len).rev() {
            bits.push((value >> i) & 1 == 1);
        }
    };
    push(0b0100, 4);
    push(data.len(), header_bits(version) - 4);
    for &b in data {
        push(usize::from(b), 8);
    }
    let terminator = (capacity * 8 - bits.len()).min(4);
    bits.extend(std::iter::repeat_n(false, terminator));
    while bits.len() % 8 != 0 {
        bits.push(false);
    }
    let mut bytes: Vec<u8> = bits
        .chunks(8)
        .map(|c| c.iter().fold(0, |acc, &b| (acc << 1) | u8::from(b)))
        .collect();
    for pad in [0xEC, 0x11].into_iter().cycle() {
        if bytes.len() >= capacity {
            break;
        }
        bytes.push(pad);
    }

    let (ecc, blocks) = ECC_M[version - 1];
    let (ecc, blocks) = (usize::from(ecc), usize::from(blocks));
    let total = total_codewords(version);
    let short = total / blocks - ecc;
    let long_blocks = total % blocks;
    let generator = rs_generator(ecc);
    let mut data_blocks = Vec::with_capacity(blocks);
    let mut ecc_blocks = Vec::with_capacity(blocks);
    let mut at = 0;
    for i in 0..blocks {
        let len = short + usize::from(i >= blocks - long_blocks);
        let block = &bytes[at..at + len];
        at += len;
        ecc_blocks.push(rs_remainder(block, &generator));
        data_blocks.push(block);
    }
    let mut out = Vec::with_capacity(total);
    for i in 0..=short {
        for b in &data_blocks {
            if let Some(&c) = b.get(i) {
                out.push(c);
            }
        }
    }
    for i in 0..ecc {
        for b in &ecc_blocks {
            out.push(b[i]);
        }
    }
    out
}

/// Multiplication in GF(256) modulo x⁸ + x⁴ + x³ + x² + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut product = 0;
    while b != 0 {
        if b & 1 == 1 {
            product ^= a;
        }
        let carry = a & 0x80 != 0;
        a <<= 1;
        if carry {
            a ^= 0x1D;
        }
        b >>= 1;
    }
    product
}

/// The generator polynomial (x − α⁰)(x − α¹)…(x − α^(degree−1)), its coefficients highest
/// first, the leading 1 left out.
fn rs_generator(degree: usize) -> Vec<u8> {
    let mut poly = vec![0u8; degree];
    poly[degree - 1] = 1;
    let mut root = 1u8;
    for _ in 0..degree {
        for j in 0..degree {
            poly[j] = gf_mul(poly[j], root);
            if j + 1 < degree {
                poly[j] ^= poly[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    poly
}

fn rs_remainder(data: &[u8], generator: &[u8]) -> Vec<u8> {
    let mut rem = vec![0u8; generator.len()];
    for &b in data {
        let factor = b ^ rem[0];
        rem.remove(0);
        rem.push(0);
        for (r, &g) in rem.iter_mut().zip(generator) {
            *r ^= gf_mul(g, factor);
        }
    }
    rem
}

#[cfg(test)]
mod tests;
