//! Traditional Chinese read through simplified chars. The dictionary, the stop words and
//! the bulletin markers (`新华社`, `记者`, `责任编辑`) are simplified, so a text written in
//! traditional chars is analysed as its char-by-char simplified form. Every mapped char
//! keeps its UTF-8 length, so byte offsets into the view are offsets into the input, and
//! everything a user sees (sentences, keywords, titles) is still cut from what they pasted.

use std::borrow::Cow;
use std::sync::OnceLock;

static TABLE: &str = include_str!("data/t2s.txt");

/// The Han block the table covers (CJK Unified Ideographs, Extension A included).
const FIRST: u32 = 0x3400;
const LAST: u32 = 0x9FFF;
/// Marks a simplified-only char in `Table::map`.
const SIMPLIFIED: u16 = 1;

struct Table {
    /// Per char of FIRST..=LAST: its simplified form, SIMPLIFIED, or 0 (the same in both).
    map: Vec<u16>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut map = vec![0u16; (LAST - FIRST + 1) as usize];
        let slot = |c: char| (c as u32).checked_sub(FIRST).filter(|&i| i <= LAST - FIRST).map(|i| i as usize);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut chars = line.chars();
            match (chars.next(), chars.next()) {
                (Some(t), Some(s)) => {
                    if let (Some(i), Ok(v)) = (slot(t), u16::try_from(s as u32)) {
                        map[i] = v;
                    }
                }
                (Some(s), None) => {
                    if let Some(i) = slot(s) {
                        map[i] = SIMPLIFIED;
                    }
                }
                _ => {}
            }
        }
        Table { map }
    })
}

impl Table {
    fn get(&self, c: char) -> u16 {
        (c as u32).checked_sub(FIRST).and_then(|i| self.map.get(i as usize)).copied().unwrap_or(0)
    }

    /// The simplified form of `c`, if it has one of the same UTF-8 length.
    fn simplified(&self, c: char) -> Option<char> {
        match self.get(c) {
            0 | SIMPLIFIED => None,
            v => char::from_u32(u32::from(v)).filter(|s| s.len_utf8() == c.len_utf8()),
        }
    }
}

/// Whether `text` is written in traditional chars: more traditional-only chars than
/// simplified-only ones. One decision per text, so a simplified text is never touched
/// (its `乾隆` and `著名` stay as written).
pub fn is_traditional(text: &str) -> bool {
    let t = table();
    let (mut traditional, mut simplified) = (0usize, 0usize);
    for c in text.chars() {
        match t.get(c) {
            0 => {}
            SIMPLIFIED => simplified += 1,
            _ => traditional += 1,
        }
    }
    traditional > simplified
}

/// `text` char by char in simplified form, with every byte offset unchanged.
pub fn to_simplified(text: &str) -> Cow<'_, str> {
    let t = table();
    let Some(first) = text.char_indices().find(|&(_, c)| t.simplified(c).is_some()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first.0]);
    out.extend(text[first.0..].chars().map(|c| t.simplified(c).unwrap_or(c)));
    Cow::Owned(out)
}

/// What the pipeline reads: the simplified form of a traditional text, else the text.
pub fn view(text: &str) -> Cow<'_, str> {
    if is_traditional(text) {
        to_simplified(text)
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_text_reads_as_simplified_with_the_same_offsets() {
        let text = "新華社香港8月26日電（記者劉歡）香港特區政府發言人表示，經濟穩定增長。";
        let v = view(text);
        assert_eq!(v, "新华社香港8月26日电（记者刘欢）香港特区政府发言人表示，经济稳定增长。");
        assert_eq!(v.len(), text.len());
        assert!(text.char_indices().zip(v.char_indices()).all(|((a, _), (b, _))| a == b));
    }

    #[test]
    fn simplified_text_is_left_as_written() {
        for text in ["乾隆年间，著名学者在此著书。", "国务院日前印发《意见》。", "", "abc 123"] {
            assert!(matches!(view(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn taiwan_and_hong_kong_variants_are_simplified_too() {
        assert_eq!(to_simplified("裡面"), "里面");
        assert_eq!(to_simplified("衞生"), "卫生");
    }
}
