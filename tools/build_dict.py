#!/usr/bin/env python3
"""Build src/data/dict.bin from jieba's dict.txt (MIT, see NOTICE).

Run once when the source dictionary changes; the output is committed, so a build
never needs this script or Python.

    python3 tools/build_dict.py ~/.cargo/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt

Format v2 (little-endian). Columns are stored apart and chars are coded by
frequency rank, so HTTP gzip/brotli compress the file well (about 1.08 MB gzip
for the full 349,045-word list):
  b"TRZD" version:u8=2 count:u32
  chars:u32 table_bytes:u32, then the char table (UTF-8), most frequent first
  64 x u32: the frequency of each bucket (exact integers: decoding needs no
            floating point and is identical on every platform)
  count x u8: chars shared with the previous word (front coding)
  count x u8: chars in the rest of the word
  the rest of every word, each char as its rank r in the table:
      r < 192: one byte r;  else two bytes 192 + (r - 192) / 256, (r - 192) % 256
  count x u8: bucket << 2 | class, bucket = round(4 ln f) (0-63), class:
      0 function word, 1 noun-like, 2 modifier, 3 other content (see src/tokens.rs)

Only the class of a POS tag is kept: it is all the keyword filter uses.
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


def tag_class(tag):
    if tag in FUNCTION or tag.startswith("u"):
        return 0
    if tag == "" or tag.startswith("n") or tag in NOUN_LIKE:
        return 1
    if tag in MODIFIER:
        return 2
    return 3


def main(src, dst, min_freq=1):
    entries = []
    for line in open(src, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        if int(parts[1]) < min_freq:
            continue
        entries.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    entries.sort(key=lambda e: e[0].encode("utf-8"))

    counts = collections.Counter(c for w, _, _ in entries for c in w)
    # Most frequent first; ties by code point so the table is reproducible.
    table = [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    rank = {c: i for i, c in enumerate(table)}
    assert len(table) - ONE_BYTE < 64 * 256

    freqs = [max(1, round(math.exp(b / SCALE))) for b in range(64)]
    prefixes, lengths, codes, packed = bytearray(), bytearray(), bytearray(), bytearray()
    prev = ""
    for word, freq, tag in entries:
        n = 0
        limit = min(len(prev), len(word), 255)
        while n < limit and prev[n] == word[n]:
            n += 1
        rest = word[n:]
        assert len(rest) < 256
        prefixes.append(n)
        lengths.append(len(rest))
        for c in rest:
            r = rank[c]
            if r < ONE_BYTE:
                codes.append(r)
            else:
                r -= ONE_BYTE
                codes += bytes([ONE_BYTE + (r >> 8), r & 0xFF])
        bucket = min(63, round(SCALE * math.log(freq))) if freq > 0 else 0
        packed.append(bucket << 2 | tag_class(tag))
        prev = word

    table_bytes = "".join(table).encode("utf-8")
    out = bytearray(b"TRZD")
    out += struct.pack("<BI", 2, len(entries))
    out += struct.pack("<II", len(table), len(table_bytes)) + table_bytes
    out += struct.pack("<64I", *freqs)
    out += prefixes + lengths + codes + packed
    open(dst, "wb").write(out)
    print(f"{len(entries)} entries, {len(table)} chars, {len(out)} bytes -> {dst}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--min-freq=")]
    min_freq = next((int(a.split("=")[1]) for a in sys.argv[1:] if a.startswith("--min-freq=")), 1)
    main(args[0], args[1] if len(args) > 1 else "src/data/dict.bin", min_freq)
