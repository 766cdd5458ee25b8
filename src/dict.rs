//! The word list the segmenter is built from: jieba's dict.txt in a compact,
//! HTTP-compressible encoding (see tools/build_dict.py for the format).
//!
//! Why not jieba-rs `default-dict`: it embeds the list zstd-compressed, which
//! needs clang for wasm and cannot be shrunk by HTTP compression (3.27 MB gzip).
//! Building through `Jieba::empty()` + `add_word` from this format gives the same
//! segmentation from a file that gzips to about 1.08 MB.

use crate::Error;
use jieba_rs::Jieba;

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
const ONE_BYTE: usize = 192;

/// Builds a segmenter from a dictionary in our format.
pub fn load(bytes: &[u8]) -> Result<Jieba, Error> {
    let bad = |what: &str| Error::Dictionary(format!("the dictionary is invalid: {what}"));
    let mut r = Reader { buf: bytes, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("not a textrank-zh dictionary"));
    }
    if r.u8()? != 2 {
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
    let prefixes = r.take(count)?;
    let lengths = r.take(count)?;
    // Words are decoded into one buffer first: the packed column follows the
    // variable-length codes, so its position is only known at the end.
    let mut word: Vec<char> = Vec::with_capacity(32);
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(count); // byte ranges in `all`
    let mut all = String::with_capacity(count * 8);
    for i in 0..count {
        let keep = prefixes[i] as usize;
        if keep > word.len() {
            return Err(bad("prefix longer than the previous word"));
        }
        word.truncate(keep);
        for _ in 0..lengths[i] {
            let first = r.u8()? as usize;
            let rank = if first < ONE_BYTE { first } else { ONE_BYTE + ((first - ONE_BYTE) << 8 | r.u8()? as usize) };
            word.push(*table.get(rank).ok_or_else(|| bad("char code out of range"))?);
        }
        let start = all.len();
        all.extend(word.iter());
        words.push((start, all.len()));
    }
    let packed = r.take(count)?;
    let mut jieba = Jieba::empty();
    for (i, &(s, e)) in words.iter().enumerate() {
        let freq = freqs[(packed[i] >> 2) as usize];
        jieba.add_word(&all[s..e], Some(freq), Some(CLASS_TAGS[(packed[i] & 3) as usize]));
    }
    Ok(jieba)
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
    }

    #[test]
    fn rejects_garbage_and_truncation() {
        assert!(load(b"nope").is_err());
        assert!(load(&EMBEDDED[..EMBEDDED.len() / 2]).is_err());
        assert!(load(&[]).is_err());
    }
}
