//! The word list the segmenter is built from: jieba's dict.txt in a compact,
//! HTTP-compressible encoding (see tools/build_dict.py for the format).
//!
//! Why not jieba-rs `default-dict`: it embeds the list zstd-compressed, which
//! needs clang for wasm and cannot be shrunk by HTTP compression (3.27 MB gzip).
//! Building through `Jieba::empty()` + `add_word` from this format gives the same
//! segmentation from a file that gzips to about 1.3 MB.

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

/// Builds a segmenter from a dictionary in our format.
pub fn load(bytes: &[u8]) -> Result<Jieba, Error> {
    let bad = |what: &str| Error::Dictionary(format!("the dictionary is invalid: {what}"));
    let mut r = Reader { buf: bytes, pos: 0 };
    if r.take(4)? != MAGIC {
        return Err(bad("not a textrank-zh dictionary"));
    }
    if r.u8()? != 1 {
        return Err(bad("unsupported version"));
    }
    let count = r.u32()? as usize;
    let tag_count = r.u8()? as usize;
    let mut tags = Vec::with_capacity(tag_count);
    for _ in 0..tag_count {
        let len = r.u8()? as usize;
        let tag = std::str::from_utf8(r.take(len)?).map_err(|_| bad("tag is not UTF-8"))?;
        tags.push(tag);
    }
    let mut table = [0u32; 256];
    for slot in table.iter_mut() {
        *slot = r.u32()?;
    }
    let prefixes = r.take(count)?;
    // Suffixes are newline-terminated; their total length is only known by scanning.
    let rest = &bytes[r.pos..];
    let mut suffix_len = 0;
    let mut seen = 0;
    while seen < count {
        let nl = rest[suffix_len..].iter().position(|&b| b == b'\n').ok_or_else(|| bad("truncated words"))?;
        suffix_len += nl + 1;
        seen += 1;
    }
    let suffixes = r.take(suffix_len)?;
    let buckets = r.take(count)?;
    let tag_ids = r.take(count)?;

    let mut jieba = Jieba::empty();
    let mut word: Vec<u8> = Vec::with_capacity(64);
    let mut cursor = 0;
    for i in 0..count {
        let keep = prefixes[i] as usize;
        if keep > word.len() {
            return Err(bad("prefix longer than the previous word"));
        }
        word.truncate(keep);
        let nl = suffixes[cursor..].iter().position(|&b| b == b'\n').unwrap_or(0);
        word.extend_from_slice(&suffixes[cursor..cursor + nl]);
        cursor += nl + 1;
        let w = std::str::from_utf8(&word).map_err(|_| bad("word is not UTF-8"))?;
        let tag = tags.get(tag_ids[i] as usize).copied().ok_or_else(|| bad("tag index"))?;
        let freq = table[buckets[i] as usize] as usize;
        jieba.add_word(w, Some(freq), Some(tag));
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
