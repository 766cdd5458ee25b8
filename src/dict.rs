//! The word list the segmenter is built from: jieba's dict.txt in a compact,
//! HTTP-compressible encoding (see tools/build_dict.py for the format).
//!
//! Why not jieba-rs `default-dict`: it embeds the list zstd-compressed, which
//! needs clang for wasm and cannot be shrunk by HTTP compression (3.27 MB gzip).
//! Building through `Jieba::empty()` + `add_word` from this format gives the same
//! segmentation from a file that gzips to about 0.93 MB.

use crate::Error;
use jieba_rs::Jieba;
use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::ops::Range;

/// The dictionary compiled into the crate.
pub static EMBEDDED: &[u8] = include_bytes!("data/dict.bin");

const MAGIC: &[u8; 4] = b"TRZD";

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        let end = end.ok_or_else(|| Error::Dictionary("the dictionary is truncated".into()))?;
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, Error> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
}

/// The POS tag stored for each class of word: only the class is kept (see
/// tools/build_dict.py), and `tokens::Tokenizer` reads these tags back.
const CLASS_TAGS: [&str; 4] = ["u", "n", "a", "v"];
/// The first of the codes that mark an idiom (`IDIOM + bucket`): idioms keep their own tag,
/// `i`, which the keyword list leaves out and everything else reads as other content.
const IDIOM: u8 = 56 << 2;

/// The frequency bucket and the POS tag of a word's `packed` byte.
fn unpack(p: u8) -> (usize, &'static str) {
    if p >= IDIOM {
        ((p - IDIOM) as usize, "i")
    } else {
        ((p >> 2) as usize, CLASS_TAGS[(p & 3) as usize])
    }
}
const ONE_BYTE: usize = 192;

/// Where the columns of a dictionary file are.
struct Layout {
    table: Vec<char>,
    freqs: [usize; 64],
    shape: Range<usize>,
    first: Range<usize>,
    rest: Range<usize>,
    packed: Range<usize>,
}

fn bad(what: &str) -> Error {
    Error::Dictionary(format!("the dictionary is invalid: {what}"))
}

fn layout(bytes: &[u8]) -> Result<Layout, Error> {
    let mut r = Reader { buf: bytes, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("not a textrank-zh dictionary"));
    }
    if r.u8()? != 4 {
        return Err(bad("unsupported version"));
    }
    let count = r.u32()? as usize;
    let chars = r.u32()? as usize;
    let table_len = r.u32()? as usize;
    let table = std::str::from_utf8(r.take(table_len)?).map_err(|_| bad("char table is not UTF-8"))?;
    let table: Vec<char> = table.chars().collect();
    if table.len() != chars {
        return Err(bad("char table size"));
    }
    let mut freqs = [0usize; 64];
    for f in freqs.iter_mut() {
        *f = r.u32()? as usize;
    }
    let (shape_len, first_len, rest_len) = (r.u32()? as usize, r.u32()? as usize, r.u32()? as usize);
    let mut column = |len: usize| -> Result<Range<usize>, Error> {
        let start = r.pos;
        r.take(len)?;
        Ok(start..r.pos)
    };
    let (shape, first, rest, packed) = (column(shape_len)?, column(first_len)?, column(rest_len)?, column(count)?);
    if r.pos != bytes.len() {
        return Err(bad("trailing bytes"));
    }
    Ok(Layout { table, freqs, shape, first, rest, packed })
}

/// Calls `f(ranks, keep, packed)` for every word, in the file's order: `ranks` are the
/// table ranks of its chars, the first `keep` of them shared with the previous word.
/// `f` returns a depth: the words that follow and share more chars than that with this
/// one (the words under a prefix `f` has no use for) are passed over unread; `usize::MAX`
/// passes over none.
fn walk(bytes: &[u8], l: &Layout, mut f: impl FnMut(&[usize], usize, u8) -> usize) -> Result<(), Error> {
    // Plain cursors, no Result per byte: this loop runs over all ~349,000 words for each
    // text the wasm build admits, first in V8's baseline compiler. Reading past a column's
    // end gives 0; the column sizes are checked at the end.
    let mut shape = Column { buf: &bytes[l.shape.clone()], pos: 0 };
    let mut first = Column { buf: &bytes[l.first.clone()], pos: 0 };
    let mut rest = Column { buf: &bytes[l.rest.clone()], pos: 0 };
    let mut ranks: Vec<usize> = Vec::with_capacity(32);
    let mut pass_deeper = usize::MAX;
    for &p in &bytes[l.packed.clone()] {
        let s = shape.byte();
        let (keep, new) = if s == 0xFF { (shape.byte(), shape.byte()) } else { (s >> 4, s & 15) };
        if keep > pass_deeper {
            // Under a prefix `f` passed over: its chars at `pass_deeper` and before are
            // the current word's, so skipping the codes keeps `ranks` right for the next.
            first.skip();
            for _ in 1..new {
                rest.skip();
            }
            continue;
        }
        if keep > ranks.len() || new == 0 {
            return Err(bad("word shape"));
        }
        let step = first.code();
        let rank = match ranks.get(keep) {
            Some(&prev) => prev + 1 + step,
            None => step,
        };
        ranks.truncate(keep);
        ranks.push(rank);
        for _ in 1..new {
            ranks.push(rest.code());
        }
        if ranks[keep..].iter().any(|&r| r >= l.table.len()) {
            return Err(bad("char code out of range"));
        }
        pass_deeper = f(&ranks, keep, p);
    }
    if shape.pos != shape.buf.len() || first.pos != first.buf.len() || rest.pos != rest.buf.len() {
        return Err(bad("column sizes"));
    }
    Ok(())
}

/// A column of the file read one byte at a time; past its end it reads 0 (and `pos`
/// keeps counting, so the end check in `walk` sees it).
struct Column<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Column<'_> {
    #[inline(always)]
    fn byte(&mut self) -> usize {
        let b = self.buf.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b as usize
    }
    /// A number of the `first` and `rest` columns: one byte below ONE_BYTE, else two.
    #[inline(always)]
    fn code(&mut self) -> usize {
        let b = self.byte();
        if b < ONE_BYTE {
            b
        } else {
            ONE_BYTE + ((b - ONE_BYTE) << 8 | self.byte())
        }
    }
    #[inline(always)]
    fn skip(&mut self) {
        if self.byte() >= ONE_BYTE {
            self.pos += 1;
        }
    }
}

/// Builds a segmenter from a dictionary in our format.
pub fn load(bytes: &[u8]) -> Result<Jieba, Error> {
    let l = layout(bytes)?;
    let mut jieba = Jieba::empty();
    let mut word = String::with_capacity(64);
    walk(bytes, &l, |ranks, _, p| {
        word.clear();
        word.extend(ranks.iter().map(|&r| l.table[r]));
        let (bucket, tag) = unpack(p);
        jieba.add_word(&word, Some(l.freqs[bucket]), Some(tag));
        usize::MAX
    })?;
    Ok(jieba)
}

/// A word that is never looked up: jieba-rs segments by dictionary only runs of Han and
/// ASCII alphanumeric chars, and splits everything else (these private-use chars too)
/// into single chars without a lookup.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by src/wasm.rs
const PLACEHOLDER: &str = "\u{F8FE}\u{F8FF}";

/// The dictionary loaded lazily, for the wasm build: a word is added to the segmenter
/// only once every char of it, and every pair of adjacent chars, has been seen in an
/// input (`admit`). A word a text contains passes that test, so the segmenter has every
/// word the text can match, while the first summary waits for a few thousand words
/// instead of all ~349,000. The placeholder carries the frequency of the words not added
/// yet, so the total frequency is the full dictionary's; the order words are added in
/// does not matter to jieba-rs: results are those of the full dictionary.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by src/wasm.rs
pub(crate) struct Lazy {
    bytes: Cow<'static, [u8]>,
    layout: Layout,
    /// rank + 1 of each BMP char in the table (0: not in it); astral chars apart.
    bmp: Vec<u16>,
    astral: FxHashMap<char, usize>,
    /// The chars (by rank) and the pairs of adjacent chars (`pair`) seen so far.
    chars: Vec<bool>,
    pairs: FxHashSet<u32>,
    /// The words not added yet, and their total frequency.
    left: usize,
    pending: usize,
    /// Walks over the file so far: each text with new chars or pairs costs one.
    walks: usize,
}

/// After this many walks, the next one adds every word left: a stream of different
/// texts pays for a few walks and then one full build, not a walk per text.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by src/wasm.rs
const MAX_WALKS: usize = 4;

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by src/wasm.rs
fn pair(a: usize, b: usize) -> u32 {
    (a as u32) << 16 | b as u32
}

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // used by src/wasm.rs
impl Lazy {
    /// The segmenter with no word but the placeholder. A file other than the embedded
    /// one is checked whole here, so that its errors come now and not at a later call.
    pub fn new(bytes: Cow<'static, [u8]>) -> Result<(Lazy, Jieba), Error> {
        let layout = layout(&bytes)?;
        if bytes.as_ptr() != EMBEDDED.as_ptr() {
            walk(&bytes, &layout, |_, _, _| usize::MAX)?;
        }
        let packed = &bytes[layout.packed.clone()];
        let pending = packed.iter().map(|&p| layout.freqs[unpack(p).0]).sum();
        let left = packed.len();
        let mut bmp = vec![0u16; 0x10000];
        let mut astral = FxHashMap::default();
        for (rank, &c) in layout.table.iter().enumerate() {
            match u16::try_from(c as u32) {
                Ok(i) => bmp[i as usize] = rank as u16 + 1,
                Err(_) => drop(astral.insert(c, rank)),
            }
        }
        let mut jieba = Jieba::empty();
        jieba.add_word(PLACEHOLDER, Some(pending), Some("x"));
        let chars = vec![false; layout.table.len()];
        Ok((Lazy { bytes, layout, bmp, astral, chars, pairs: FxHashSet::default(), left, pending, walks: 0 }, jieba))
    }

    fn rank(&self, c: char) -> Option<usize> {
        match u16::try_from(c as u32) {
            Ok(i) => (self.bmp[i as usize] as usize).checked_sub(1),
            Err(_) => self.astral.get(&c).copied(),
        }
    }

    /// Adds to `jieba` the words not added yet whose chars and pairs of adjacent chars
    /// are all in `text` or were seen before (all the words left, after `MAX_WALKS`).
    pub fn admit(&mut self, jieba: &mut Jieba, text: &str) -> Result<(), Error> {
        if self.left == 0 {
            return Ok(());
        }
        // What `text` brings: chars and pairs not seen before.
        let mut chars = Vec::new();
        let mut fresh = FxHashSet::default();
        let mut prev = None;
        for c in text.chars() {
            // The reader's text drops a line break between two CJK chars, so a word cut by a
            // column break (`意` / `大利`) is read whole: a pair spans whitespace.
            if c.is_whitespace() {
                continue;
            }
            let r = self.rank(c);
            if let Some(r) = r {
                if !self.chars[r] {
                    if chars.is_empty() {
                        chars = self.chars.clone();
                    }
                    chars[r] = true;
                }
                if let Some(p) = prev {
                    let key = pair(p, r);
                    if !self.pairs.contains(&key) {
                        fresh.insert(key);
                    }
                }
            }
            prev = r;
        }
        if chars.is_empty() && fresh.is_empty() {
            return Ok(());
        }
        if chars.is_empty() {
            chars = self.chars.clone();
        }
        self.walks += 1;
        let everything = self.walks > MAX_WALKS;
        let (l, before, pairs) = (&self.layout, &self.chars, &self.pairs);
        // For each char of the current word: do it and all before it pass, now / before?
        let mut now_ok: Vec<bool> = Vec::with_capacity(32);
        let mut before_ok: Vec<bool> = Vec::with_capacity(32);
        let mut word = String::with_capacity(64);
        let (mut added, mut added_freq) = (0, 0);
        walk(&self.bytes, l, |ranks, keep, p| {
            now_ok.truncate(keep);
            before_ok.truncate(keep);
            for k in keep..ranks.len() {
                let r = ranks[k];
                let (now, was) = match k {
                    0 => (chars[r], before[r]),
                    _ if !now_ok[k - 1] => (false, false),
                    _ => {
                        let key = pair(ranks[k - 1], r);
                        let old = pairs.contains(&key);
                        (old || fresh.contains(&key), before_ok[k - 1] && old)
                    }
                };
                now_ok.push(now);
                before_ok.push(was);
            }
            let last = ranks.len() - 1;
            if (everything || now_ok[last]) && !before_ok[last] {
                word.clear();
                word.extend(ranks.iter().map(|&r| l.table[r]));
                let (bucket, tag) = unpack(p);
                let freq = l.freqs[bucket];
                jieba.add_word(&word, Some(freq), Some(tag));
                added += 1;
                added_freq += freq;
            }
            // The words under a prefix that fails fail too: pass over them.
            match now_ok.iter().position(|&ok| !ok) {
                Some(k) if !everything => k,
                _ => usize::MAX,
            }
        })?;
        self.left -= added;
        self.pending -= added_freq;
        jieba.add_word(PLACEHOLDER, Some(self.pending), Some("x"));
        if self.left == 0 {
            self.pairs = FxHashSet::default();
        } else {
            self.chars = chars;
            self.pairs.extend(fresh);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_dictionary_segments_common_words() {
        let jieba = load(EMBEDDED).unwrap();
        assert!(jieba.has_word("人工智能"));
        assert!(jieba.has_word("高质量"));
        let words: Vec<&str> = jieba.cut("我们推动人工智能发展", true).iter().map(|t| t.word).collect();
        assert_eq!(words, ["我们", "推动", "人工智能", "发展"]);
        // Idioms keep their tag; other words only their class.
        let tags: Vec<&str> = jieba.tag("时过境迁人工智能", false).iter().map(|t| t.tag).collect();
        assert_eq!(tags, ["i", "n"]);
    }

    #[test]
    fn the_hmm_joins_words_the_dictionary_lacks() {
        // jieba's own example: `杭研` is in no dictionary; the HMM (vendor/jieba-macros, its
        // emission table rounded) joins it as jieba's unrounded model does.
        let jieba = load(EMBEDDED).unwrap();
        assert!(!jieba.has_word("杭研"));
        let words: Vec<&str> = jieba.cut("他来到了网易杭研大厦", true).iter().map(|t| t.word).collect();
        assert_eq!(words, ["他", "来到", "了", "网易", "杭研", "大厦"]);
    }

    #[test]
    fn rejects_garbage_and_truncation() {
        assert!(load(b"nope").is_err());
        assert!(load(&EMBEDDED[..EMBEDDED.len() / 2]).is_err());
        assert!(load(&[]).is_err());
        assert!(Lazy::new(Cow::Borrowed(&EMBEDDED[..EMBEDDED.len() - 1])).is_err());
        // A bad word shape shows only when the words are walked: `Lazy::new` walks them
        // for any file but the embedded one.
        let l = layout(EMBEDDED).unwrap();
        let mut bad = EMBEDDED.to_vec();
        bad[l.shape.start] = 0x0F;
        assert!(load(&bad).is_err());
        assert!(Lazy::new(Cow::Owned(bad)).is_err());
    }

    /// Everything the core asks the segmenter, for `text`.
    fn answers(jieba: &Jieba, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for t in jieba.tag(text, true) {
            out.push(format!("{}/{}", t.word, t.tag));
            out.push(jieba.suggest_freq(t.word).to_string());
        }
        out.extend(jieba.cut(text, false).iter().map(|t| t.word.to_string()));
        out
    }

    #[test]
    fn a_word_cut_by_a_column_break_is_admitted() {
        let full = load(EMBEDDED).unwrap();
        let (mut lazy, mut jieba) = Lazy::new(Cow::Borrowed(EMBEDDED)).unwrap();
        let pasted = "现在看来，意\n\n大利、印度和澳大\r\n 利亚的经济规模已经超过俄罗斯。";
        lazy.admit(&mut jieba, pasted).unwrap();
        assert!(jieba.has_word("意大利") && jieba.has_word("澳大利亚"));
        // What the segmenter is asked: the reader's text, the break dropped.
        let read = crate::normalize::reader_text(pasted, 0, pasted.len());
        assert_eq!(read, "现在看来，意大利、印度和澳大利亚的经济规模已经超过俄罗斯。");
        assert_eq!(answers(&jieba, &read), answers(&full, &read));
    }

    #[test]
    fn lazy_loading_answers_like_the_full_dictionary() {
        let full = load(EMBEDDED).unwrap();
        let (mut lazy, mut jieba) = Lazy::new(Cow::Borrowed(EMBEDDED)).unwrap();
        let seed = include_str!("../tests/fixtures/bulletin.txt");
        let mut texts: Vec<String> = [
            seed,
            "我们推动人工智能发展，T恤和B超、3D打印也在其中。",
            "安宁疗护服务体系相结合",
            seed,
            "深度学习模型在自然语言处理领域取得突破，研究人员表示将继续优化算法。",
            "上海合作组织天津峰会期间，海河两岸灯光璀璨。",
            "新华社北京8月27日电 国务院常务会议研究部署推进全国统一大市场建设。",
            "他说：“这是我们共同的责任。”",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // And the LCSTS dev texts, when ../shared is there.
        let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/dev.jsonl");
        if let Ok(lines) = std::fs::read_to_string(dev) {
            for line in lines.lines().take(120) {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                texts.push(v["text"].as_str().unwrap().to_string());
            }
        }
        for (i, text) in texts.iter().enumerate() {
            lazy.walks = 0; // never the final full walk here: every step is a partial one
            lazy.admit(&mut jieba, text).unwrap();
            assert_eq!(answers(&jieba, text), answers(&full, text), "text {i}");
        }
        assert!(lazy.left > 300_000, "{} words left", lazy.left);
        // Past MAX_WALKS every word is in, with the placeholder's frequency down to 0.
        lazy.walks = MAX_WALKS;
        lazy.admit(&mut jieba, "风马牛不相及的蝴蝶翩翩起舞").unwrap();
        assert_eq!((lazy.left, lazy.pending), (0, 0));
        assert!(jieba.has_word("高质量") && jieba.has_word("翩翩起舞"));
        for text in ["风马牛不相及的蝴蝶翩翩起舞", seed, &texts[texts.len() - 1]] {
            assert_eq!(answers(&jieba, text), answers(&full, text));
        }
    }
}
