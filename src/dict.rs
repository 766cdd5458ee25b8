//! The word list the segmenter is built from: jieba's dict.txt in a compact,
//! HTTP-compressible encoding (see tools/build_dict.py for the format).
//!
//! Why not jieba-rs `default-dict`: it embeds the list zstd-compressed, which
//! needs clang for wasm and cannot be shrunk by HTTP compression (3.27 MB gzip).
//! Building through `Jieba::empty()` + `add_word` from this format gives the same
//! segmentation from a file that gzips to about 0.92 MB.

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
    /// A number of the `first` and `rest` columns: one byte below ONE_BYTE, else two.
    fn code(&mut self) -> Result<usize, Error> {
        let first = self.u8()? as usize;
        Ok(if first < ONE_BYTE { first } else { ONE_BYTE + ((first - ONE_BYTE) << 8 | self.u8()? as usize) })
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
    if r.u8()? != 3 {
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
    let mut shape = Reader { buf: r.take(shape_len)?, pos: 0 };
    let mut first = Reader { buf: r.take(first_len)?, pos: 0 };
    let mut rest = Reader { buf: r.take(rest_len)?, pos: 0 };
    let packed = r.take(count)?;
    if r.pos != bytes.len() {
        return Err(bad("trailing bytes"));
    }
    // One pass: each word is decoded into `word` (front coding keeps its first `keep`
    // chars) and added at once. `ranks` and `ends` hold each char's rank and byte end.
    let mut word = String::with_capacity(64);
    let mut ranks: Vec<usize> = Vec::with_capacity(32);
    let mut ends: Vec<usize> = Vec::with_capacity(32);
    let mut jieba = Jieba::empty();
    for &p in packed {
        let s = shape.u8()?;
        let (keep, new) = if s == 0xFF { (shape.u8()? as usize, shape.u8()? as usize) } else { (s as usize >> 4, s as usize & 15) };
        if keep > ranks.len() || new == 0 {
            return Err(bad("word shape"));
        }
        let step = first.code()?;
        let rank = match ranks.get(keep) {
            Some(&prev) => prev + 1 + step,
            None => step,
        };
        ranks.truncate(keep);
        ends.truncate(keep);
        word.truncate(ends.last().copied().unwrap_or(0));
        for i in 0..new {
            let rank = if i == 0 { rank } else { rest.code()? };
            word.push(*table.get(rank).ok_or_else(|| bad("char code out of range"))?);
            ranks.push(rank);
            ends.push(word.len());
        }
        let freq = freqs[(p >> 2) as usize];
        jieba.add_word(&word, Some(freq), Some(CLASS_TAGS[(p & 3) as usize]));
    }
    if shape.pos != shape.buf.len() || first.pos != first.buf.len() || rest.pos != rest.buf.len() {
        return Err(bad("column sizes"));
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
