//! Traditional Chinese read through simplified chars. The dictionary, the stop words and
//! the bulletin markers (`新华社`, `记者`, `责任编辑`) are simplified, so a text written in
//! traditional chars is analysed as its char-by-char simplified form. Every mapped char
//! keeps its UTF-8 length, so byte offsets into the view are offsets into the input, and
//! everything a user sees (sentences, keywords, titles) is still cut from what they pasted.

use std::borrow::Cow;
use std::sync::OnceLock;

/// OpenCC's pairs and simplified-only chars, encoded by tools/build_t2s.py.
static TABLE: &[u8] = include_bytes!("data/t2s.bin");

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
    // The table is compiled in and checked by the tests: a bad one reads as no table.
    T.get_or_init(|| decode(TABLE).unwrap_or(Table { map: Vec::new() }))
}

/// tools/build_t2s.py's format: b"T2S1", the counts, then the pairs' traditional chars
/// as ascending varint deltas, their simplified chars as u16, and the simplified-only
/// chars as ascending varint deltas.
fn decode(bytes: &[u8]) -> Option<Table> {
    let rest = bytes.strip_prefix(b"T2S1")?;
    let (counts, mut rest) = rest.split_at_checked(4)?;
    let pairs = usize::from(u16::from_le_bytes([counts[0], counts[1]]));
    let singles = usize::from(u16::from_le_bytes([counts[2], counts[3]]));
    let varint = |at: &mut &[u8]| -> Option<u32> {
        let mut n = 0u32;
        for shift in (0..21).step_by(7) {
            let (&b, tail) = at.split_first()?;
            *at = tail;
            n |= u32::from(b & 0x7F) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    };
    let slot = |c: u32| c.checked_sub(FIRST).filter(|&i| i <= LAST - FIRST).map(|i| i as usize);
    let mut map = vec![0u16; (LAST - FIRST + 1) as usize];
    let mut keys = Vec::with_capacity(pairs);
    let mut c = 0u32;
    for _ in 0..pairs {
        c = c.checked_add(varint(&mut rest)?)?;
        keys.push(slot(c)?);
    }
    let (values, mut rest) = rest.split_at_checked(2 * pairs)?;
    for (k, v) in keys.into_iter().zip(values.chunks_exact(2)) {
        let v = u16::from_le_bytes([v[0], v[1]]);
        slot(u32::from(v))?; // a Han char of the same UTF-8 length
        map[k] = v;
    }
    let mut c = 0u32;
    for _ in 0..singles {
        c = c.checked_add(varint(&mut rest)?)?;
        map[slot(c)?] = SIMPLIFIED;
    }
    rest.is_empty().then_some(Table { map })
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

    /// Traditional-only and simplified-only chars in `text`.
    fn count(&self, text: &str) -> (usize, usize) {
        let (mut traditional, mut simplified) = (0, 0);
        for c in text.chars() {
            match self.get(c) {
                0 => {}
                SIMPLIFIED => simplified += 1,
                _ => traditional += 1,
            }
        }
        (traditional, simplified)
    }
}

/// `c` in simplified form (itself when it has none of the same UTF-8 length).
pub fn simplified_char(c: char) -> char {
    table().simplified(c).unwrap_or(c)
}

/// `text` char by char in simplified form, with every byte offset unchanged.
pub fn to_simplified(text: &str) -> Cow<'_, str> {
    let t = table();
    let Some(first) = text.char_indices().find(|&(_, c)| c == '著' || t.simplified(c).is_some()) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..first.0]);
    let mut chars = text[first.0..].chars().peekable();
    let mut prev = out.chars().next_back();
    while let Some(c) = chars.next() {
        let s = match c {
            '著' => zhe(prev, chars.peek().copied()),
            // `乾` is `干` (dry) except in names: `乾隆`, `乾坤`, `乾清宫`, `乾陵`.
            '乾' if chars.peek().is_some_and(|n| "隆坤清陵卦元".contains(*n)) => '乾',
            _ => t.simplified(c).unwrap_or(c),
        };
        out.push(s);
        prev = Some(s);
    }
    Cow::Owned(out)
}

/// Taiwan and Hong Kong write the particle `着` as `著` (`隨著`, `意味著`), and `著` also
/// stays in `著名`, `顯著`: the particle unless a word of the second kind is at hand.
fn zhe(prev: Option<char>, next: Option<char>) -> char {
    const BEFORE: &str = "显卓土巨名原遗专论编合新拙昭";
    const AFTER: &str = "名作述称稱书書录錄者";
    if prev.is_some_and(|c| BEFORE.contains(c)) || next.is_some_and(|c| AFTER.contains(c)) {
        '著'
    } else {
        '着'
    }
}

/// What the pipeline reads: each line of a traditional text in simplified chars, at the
/// same byte offsets. Decided line by line, so a traditional story pasted into a
/// simplified bulletin is read as well as the rest (and the other way round); a line of
/// a simplified text needs clear evidence (four traditional-only chars, more than its
/// simplified-only ones) to be read as traditional.
pub fn view(text: &str) -> Cow<'_, str> {
    let t = table();
    // The text as a whole is traditional with clearly more traditional-only chars than
    // simplified-only ones, so a short simplified text with a name such as `乾隆` does not
    // tip over; else no line of it has the two a simplified text's line needs.
    let (traditional, simplified) = t.count(text);
    let whole = traditional > 2 * simplified + 1;
    if !whole && traditional < 2 {
        return Cow::Borrowed(text);
    }
    let mut out: Option<String> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (tr, si) = t.count(line);
        // In a simplified text a line needs four traditional-only chars, or, when it has no
        // simplified-only one, two that are a fifth of its Han chars (`新華社北京8月26日電`).
        let convert = if whole {
            tr >= si
        } else {
            tr > si && (tr >= 4 || si == 0 && tr >= 2 && 5 * tr >= line.chars().filter(|&c| crate::normalize::is_han(c)).count())
        };
        if convert {
            let simple = to_simplified(line);
            if let Cow::Owned(simple) = simple {
                out.get_or_insert_with(|| text[..at].to_string()).push_str(&simple);
                at += line.len();
                continue;
            }
        }
        if let Some(o) = out.as_mut() {
            o.push_str(line);
        }
        at += line.len();
    }
    out.map_or(Cow::Borrowed(text), Cow::Owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_table_is_whole() {
        let t = decode(TABLE).expect("src/data/t2s.bin decodes");
        assert_eq!(t.map.iter().filter(|&&v| v > SIMPLIFIED).count(), 2960);
        assert_eq!(t.map.iter().filter(|&&v| v == SIMPLIFIED).count(), 2635);
        assert_eq!(t.simplified('發'), Some('发'));
        assert_eq!(t.get('们'), SIMPLIFIED);
        assert_eq!(t.get('中'), 0);
        assert!(decode(&TABLE[..TABLE.len() - 1]).is_none(), "a cut table is refused");
    }

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
        for text in ["乾隆年间，著名学者在此著书。", "乾隆皇帝下江南的故事流传很广。乾隆皇帝六次南巡。", "国务院日前印发《意见》。", "", "abc 123"]
        {
            assert!(matches!(view(text), Cow::Borrowed(_)), "{text}");
        }
    }

    #[test]
    fn each_line_is_read_in_its_own_script() {
        let text = "国务院日前印发关于深入实施人工智能行动的意见，强调要加快培育发展新质生产力。\n行政院會今天通過總預算案，國防經費創新高。\n";
        assert_eq!(view(text), "国务院日前印发关于深入实施人工智能行动的意见，强调要加快培育发展新质生产力。\n行政院会今天通过总预算案，国防经费创新高。\n");
        let text = "行政院會今天通過總預算案，國防經費創新高。\n他说：“这是我们的责任。”\n";
        assert_eq!(view(text), "行政院会今天通过总预算案，国防经费创新高。\n他说：“这是我们的责任。”\n");
    }

    #[test]
    fn the_particle_zhe_of_taiwan_is_simplified_and_the_zhu_of_words_stays() {
        assert_eq!(view("隨著輝達擴大下單，這意味著供應鏈將擴產。"), "随着辉达扩大下单，这意味着供应链将扩产。");
        assert_eq!(view("這位著名學者的著作成效顯著。"), "这位著名学者的著作成效显著。");
        // A short traditional dateline in a simplified paste: two chars of eight Han.
        let mixed = "国务院日前印发《意见》。\n新華社北京8月26日電\n";
        assert_eq!(view(mixed), "国务院日前印发《意见》。\n新华社北京8月26日电\n");
        assert_eq!(view("乾隆皇帝下江南。\n国务院日前印发《意见》。"), "乾隆皇帝下江南。\n国务院日前印发《意见》。");
        assert_eq!(view("乾隆年間的餅乾，乾燥後儲存。"), "乾隆年间的饼干，干燥后储存。");
        // Taiwan's and Hong Kong's own forms: `痺`, `簷`, `衹`.
        assert_eq!(view("手腳麻痺的鄰居在屋簷下衹說了一句話。"), "手脚麻痹的邻居在屋檐下只说了一句话。");
    }

    #[test]
    fn taiwan_and_hong_kong_variants_are_simplified_too() {
        assert_eq!(to_simplified("裡面"), "里面");
        assert_eq!(to_simplified("衞生"), "卫生");
    }
}
