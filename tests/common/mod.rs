//! Shared by the integration tests: one Summarizer (the dictionary costs 50–75 ms)
//! and CONTRACT.md's span rule.
#![allow(dead_code)]

use std::sync::OnceLock;
use textrank_zh::{Summarizer, Summary};

pub const SEED: &str = include_str!("../fixtures/bulletin.txt");

pub fn shared() -> &'static Summarizer {
    static S: OnceLock<Summarizer> = OnceLock::new();
    S.get_or_init(|| Summarizer::new().expect("built-in dictionary"))
}

fn is_cjk(c: char) -> bool {
    // Han, Hiragana, Katakana (with its extensions) and Hangul, and the CJK and full-width punctuation blocks.
    matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFFEF
        | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x1B000..=0x1B16F
        | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// CONTRACT.md: `text` is the UTF-16 slice with whitespace runs holding a line
/// break removed next to CJK and replaced by one space otherwise.
pub fn expected_text(slice: &str) -> String {
    let chars: Vec<char> = slice.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let j = (i..chars.len()).find(|&k| !chars[k].is_whitespace()).unwrap_or(chars.len());
            let run = &chars[i..j];
            if run.iter().any(|&c| is_break(c)) {
                let cjk = i > 0 && is_cjk(chars[i - 1]) || j < chars.len() && is_cjk(chars[j]);
                if !cjk {
                    out.push(' ');
                }
            } else {
                out.extend(run);
            }
            i = j;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

/// Slices `input` by UTF-16 units as JS would.
pub fn js_slice(input: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = input.encode_utf16().collect();
    assert!(start <= end && end <= units.len(), "span {start}..{end} outside input of {} units", units.len());
    String::from_utf16(&units[start..end]).expect("span splits a surrogate pair")
}

pub fn assert_spans_match(input: &str, r: &Summary) {
    for s in &r.sentences {
        let slice = js_slice(input, s.start, s.end);
        assert_eq!(slice.trim(), slice, "span has outer whitespace");
        assert_eq!(expected_text(&slice), s.text, "span {}..{} does not match its text", s.start, s.end);
        assert_eq!(&input[s.byte_start..s.byte_end], slice, "byte range and UTF-16 span disagree");
    }
    for st in &r.stories {
        let slice = js_slice(input, st.start, st.end);
        assert_eq!(slice.trim(), slice, "story span has outer whitespace");
    }
}
