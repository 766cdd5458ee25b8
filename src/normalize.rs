//! Pasted text as lines, the reader's text of a span, and UTF-16 offsets.
//! Every later stage works on byte ranges of the original, so spans can always be
//! reported against what the user pasted; a view that reads a char otherwise keeps its
//! byte length (`plain_spaces`).

use std::borrow::Cow;

/// A non-blank line: its trimmed byte range, and how many blank lines precede it.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub blanks_before: usize,
}

pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Han, kana and Hangul letters, and the CJK and full-width punctuation blocks (CONTRACT.md).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0xFF00..=0xFFEF
        | 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x1B000..=0x1B16F // kana
        | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF // Hangul
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0x20000..=0x3FFFF)
}

/// Han characters only: what a Chinese keyword is made of.
pub fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// The non-blank lines of `text`, trimmed of whitespace.
#[inline(never)]
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut blanks = 0;
    let mut line_start = 0;
    let mut chars = text.char_indices().peekable();
    let mut push = |start: usize, end: usize, blanks: &mut usize| {
        let slice = &text[start..end];
        let core = trim_blank(slice);
        if core.is_empty() {
            *blanks += 1;
            return;
        }
        let s = start + (core.as_ptr() as usize - slice.as_ptr() as usize);
        out.push(Line { start: s, end: s + core.len(), blanks_before: *blanks });
        *blanks = 0;
    };
    while let Some((i, c)) = chars.next() {
        if is_line_break(c) {
            push(line_start, i, &mut blanks);
            let mut next = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(j, '\n')) = chars.peek() {
                    chars.next();
                    next = j + 1;
                }
            }
            line_start = next;
        }
    }
    push(line_start, text.len(), &mut blanks);
    // The first line's count is leading blank lines: not a break between two lines.
    if let Some(first) = out.first_mut() {
        first.blanks_before = 0;
    }
    out
}

/// `text` with web pages' other spaces as ASCII spaces of the same byte length, so every
/// offset and every reader's text (`reader_text`) still lines up with what was pasted: a
/// no-break space (U+00A0, two bytes) and the typographic spaces (U+2002–U+200A, U+202F,
/// U+205F, three bytes) that copied pages carry, and the invisible ones between a page's
/// buttons (U+200B, U+2060, U+FEFF). The layout then sees `责编：周丽\u{a0}\u{a0}审核：王浩` as
/// the staff line it is, and `关注问题\u{200b}写回答` as two buttons.
pub fn plain_spaces(text: &str) -> Cow<'_, str> {
    let odd = |c: char| matches!(c, '\u{a0}' | '\u{2002}'..='\u{200b}' | '\u{202f}' | '\u{205f}' | '\u{2060}' | '\u{feff}');
    if !text.contains(odd) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if odd(c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// A line without the whitespace around it, nor the entity `&nbsp;` that a CMS's source view
/// leaves for an indent or an empty paragraph (`&nbsp;&nbsp;记者昨天…`, `&nbsp;`): a line of
/// them is blank. Only at a line's ends, so a sentence's text still slices back as pasted.
pub fn trim_blank(mut s: &str) -> &str {
    loop {
        let t = s.trim();
        let t = t.strip_prefix("&nbsp;").unwrap_or(t);
        let t = t.strip_suffix("&nbsp;").unwrap_or(t);
        if t.len() == s.len() {
            return t;
        }
        s = t;
    }
}

/// The text of `text[start..end]` as a reader should see it (CONTRACT.md): a
/// whitespace run holding a line break disappears next to a CJK char and
/// becomes one space otherwise; other whitespace is kept.
#[inline(never)]
pub fn reader_text(text: &str, start: usize, end: usize) -> String {
    reader_text_of(text, text, start, end)
}

/// `reader_text` of a view of `text` (`plain_spaces`, simplified chars), cut where the pasted
/// text's is: the view reads U+200B as spaces, which are no whitespace in the text, and the
/// two must stay the same length for the words' offsets to fit the sentence.
pub fn reader_text_of(text: &str, view: &str, start: usize, end: usize) -> String {
    let slice = &text[start..end];
    let shown = &view[start..end];
    if !slice.chars().any(is_line_break) {
        return shown.to_string();
    }
    let mut out = String::with_capacity(slice.len());
    let mut run_start: Option<usize> = None;
    let mut run_breaks = false;
    let mut prev: Option<char> = None;
    let flush = |out: &mut String, run: &str, breaks: bool, prev: Option<char>, next: Option<char>| {
        if !breaks {
            out.push_str(run);
        } else if !(prev.is_some_and(is_cjk) || next.is_some_and(is_cjk)) {
            out.push(' ');
        }
    };
    for (i, c) in slice.char_indices() {
        if c.is_whitespace() {
            if run_start.is_none() {
                run_start = Some(i);
                run_breaks = false;
            }
            run_breaks |= is_line_break(c);
            continue;
        }
        if let Some(rs) = run_start.take() {
            flush(&mut out, &shown[rs..i], run_breaks, prev, Some(c));
        }
        out.push_str(&shown[i..i + c.len_utf8()]);
        prev = Some(c);
    }
    if let Some(rs) = run_start {
        flush(&mut out, &shown[rs..], run_breaks, prev, None);
    }
    out
}

/// Converts ascending byte offsets to UTF-16 offsets in one forward pass;
/// a smaller offset than the last restarts from the beginning.
pub struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Offsets<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Offsets { text, byte: 0, utf16: 0 }
    }

    pub fn at(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.utf16 = 0;
        }
        let byte = byte.min(self.text.len());
        self.utf16 += self.text.get(self.byte..byte).map_or(0, |s| s.chars().map(char::len_utf16).sum());
        self.byte = byte;
        self.utf16
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_trimmed_and_count_blank_lines() {
        let text = "  标题\r\n\r\n正文一。\n\n\n\n正文二\u{2028}末行 ";
        let got: Vec<(&str, usize)> = lines(text).iter().map(|l| (&text[l.start..l.end], l.blanks_before)).collect();
        assert_eq!(got, [("标题", 0), ("正文一。", 1), ("正文二", 3), ("末行", 0)]);
        // A CMS's `&nbsp;` indent is no part of its line, and a line of them is blank; inside
        // a line it stays.
        let text = "&nbsp;&nbsp;标题&nbsp;
&nbsp;
&nbsp; 正文&nbsp;一。";
        let got: Vec<(&str, usize)> = lines(text).iter().map(|l| (&text[l.start..l.end], l.blanks_before)).collect();
        assert_eq!(got, [("标题", 0), ("正文&nbsp;一。", 1)]);
    }

    #[test]
    fn lone_cr_is_a_line_break() {
        let text = "甲。\r乙。";
        assert_eq!(lines(text).len(), 2);
    }

    #[test]
    fn reader_text_mends_column_breaks() {
        let text = "推动人\n\n工智能发展";
        assert_eq!(reader_text(text, 0, text.len()), "推动人工智能发展");
        let text = "Java\n  7.0 and\tmore";
        assert_eq!(reader_text(text, 0, text.len()), "Java 7.0 and\tmore");
        let text = "中 文";
        assert_eq!(reader_text(text, 0, text.len()), "中 文");
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs() {
        let text = "😀𠀀中";
        let mut o = Utf16Offsets::new(text);
        assert_eq!(o.at(4), 2);
        assert_eq!(o.at(8), 4);
        assert_eq!(o.at(text.len()), 5);
        assert_eq!(o.at(0), 0);
    }
}
