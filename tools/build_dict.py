#!/usr/bin/env python3
"""Build src/data/dict.bin from jieba's dict.txt (MIT, see NOTICE).

Run once when the source dictionary changes; the output is committed, so a build
never needs this script or Python.

    python3 tools/build_dict.py ~/.cargo/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt --supplement=tools/supplement.txt

Format v4 (little-endian). Columns are stored apart, chars are coded by frequency
rank and words are sorted by their rank sequence, so HTTP gzip/brotli compress the
file well (about 0.93 MB gzip for the full 349,045-word list and the words of the supplement):
  b"TRZD" version:u8=4 count:u32
  chars:u32 table_bytes:u32, then the char table (UTF-8), most frequent first
  64 x u32: the frequency of each bucket (exact integers: decoding needs no
            floating point and is identical on every platform)
  shape_bytes:u32 first_bytes:u32 rest_bytes:u32: the sizes of the next three columns
  shape: per word, keep << 4 | new (one byte) when both are < 15, else 0xFF keep new;
         keep = chars shared with the previous word (front coding), new = chars after
         them (>= 1: the words are distinct and sorted)
  first: per word, its first new char: when the previous word has a char at that
         position, the rank difference to it minus 1 (sorted by rank, it is larger),
         else the rank itself
  rest: the other new chars of every word, as ranks
      (each number n: n < 192: one byte n;  else two bytes 192 + (n - 192) / 256,
       (n - 192) % 256)
  count x u8: bucket << 2 | class, bucket = round(4 ln f) (0-55: jieba's most
      frequent word has 883,634), class:
      0 function word, 1 noun-like, 2 modifier, 3 other content (see src/tokens.rs);
      or, for an idiom (jieba's tag `i`), IDIOM + bucket (224-255: its buckets are
      0-30): the spare codes above bucket 55 keep idioms apart at no cost in size

Sorting by rank rather than by code point makes the siblings of a prefix small steps
apart (frequent chars have small ranks), which is what shrinks `first` (v2 stored
every char as its rank: 1.08 MB gzip). The order words are added in does not change
segmentation: jieba-rs sums frequencies and breaks route ties by position.

Only the class of a POS tag is kept: it is all the keyword filter uses. Idioms are
the one tag kept apart (v3 folded them into other content): like jieba's own TextRank,
the keyword list leaves them out (`阳光灿烂`, `时过境迁`), while they still count as
other content everywhere else.
"""
import collections
import math
import struct
import sys

SCALE = 4.0
ONE_BYTE = 192

FUNCTION = {"m", "mq", "mg", "q", "t", "tg", "r", "rr", "rz", "rg", "p", "c", "y", "e", "o", "h", "k", "f", "d", "dg", "df", "zg"}
NOUN_LIKE = {"vn", "an", "j", "x", "nz", "l", "s"}
MODIFIER = {"a", "ag", "b", "z"}
# The first code above every bucket << 2 | class (buckets 0-55).
IDIOM = 56 << 2


def tag_class(tag):
    if tag in FUNCTION or tag.startswith("u"):
        return 0
    if tag == "" or tag.startswith("n") or tag in NOUN_LIKE:
        return 1
    if tag in MODIFIER:
        return 2
    return 3


def main(src, dst, min_freq=1, supplement=None):
    entries = []
    for line in open(src, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        if int(parts[1]) < min_freq:
            continue
        entries.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    # Words jieba's list lacks (tools/supplement.txt); a word it has stays as it is.
    if supplement:
        known = {w for w, _, _ in entries}
        for line in open(supplement, encoding="utf-8"):
            parts = line.split()
            if len(parts) < 2 or parts[0].startswith("#") or parts[0] in known:
                continue
            entries.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
            known.add(parts[0])
            # A bureau's or department's head is its 局长 or 厅长: without the title as a word,
            # `人社局长王某` reads `人社局` + `长王` + `某`.
            if parts[0][-1] in "局厅" and parts[0] + "长" not in known:
                entries.append((parts[0] + "长", int(parts[1]), "n"))
                known.add(parts[0] + "长")

    counts = collections.Counter(c for w, _, _ in entries for c in w)
    # Most frequent first; ties by code point so the table is reproducible.
    table = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    rank = {c: i for i, c in enumerate(table)}
    assert len(table) - ONE_BYTE < 64 * 256
    entries = sorted(([rank[c] for c in w], f, t) for w, f, t in entries)

    def code(out, n):
        if n < ONE_BYTE:
            out.append(n)
        else:
            n -= ONE_BYTE
            out += bytes([ONE_BYTE + (n >> 8), n & 0xFF])

    freqs = [max(1, round(math.exp(b / SCALE))) for b in range(64)]
    shape, first, rest, packed = bytearray(), bytearray(), bytearray(), bytearray()
    prev = []
    for word, freq, tag in entries:
        keep = 0
        limit = min(len(prev), len(word))
        while keep < limit and prev[keep] == word[keep]:
            keep += 1
        new = len(word) - keep
        assert new >= 1, "duplicate word"
        if keep < 15 and new < 15:
            shape.append(keep << 4 | new)
        else:
            assert keep < 256 and new < 256
            shape += bytes([0xFF, keep, new])
        if keep < len(prev):
            code(first, word[keep] - prev[keep] - 1)
        else:
            code(first, word[keep])
        for r in word[keep + 1:]:
            code(rest, r)
        bucket = min(63, round(SCALE * math.log(freq))) if freq > 0 else 0
        if tag == "i":
            assert bucket < 256 - IDIOM, "idiom bucket"
            packed.append(IDIOM + bucket)
        else:
            assert bucket < IDIOM >> 2, "bucket"
            packed.append(bucket << 2 | tag_class(tag))
        prev = word

    table_bytes = "".join(table).encode("utf-8")
    out = bytearray(b"TRZD")
    out += struct.pack("<BI", 4, len(entries))
    out += struct.pack("<II", len(table), len(table_bytes)) + table_bytes
    out += struct.pack("<64I", *freqs)
    out += struct.pack("<III", len(shape), len(first), len(rest))
    out += shape + first + rest + packed
    open(dst, "wb").write(out)
    print(f"{len(entries)} entries, {len(table)} chars, {len(out)} bytes -> {dst}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    min_freq = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--min-freq=")), 1)
    supplement = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--supplement=")), None)
    main(args[0], args[1] if len(args) > 1 else "src/data/dict.bin", min_freq, supplement)
