#!/usr/bin/env python3
"""Build src/data/dict.bin from jieba's dict.txt (MIT, see NOTICE).

Run once when the source dictionary changes; the output is committed, so a build
never needs this script or Python.

    python3 tools/build_dict.py ~/.cargo/registry/src/*/jieba-rs-0.11.0/src/data/dict.txt

Format (little-endian), columns stored apart so HTTP gzip/brotli compress well:
  b"TRZD" version:u8 count:u32
  tag_count:u8, then each tag as len:u8 + ASCII bytes
  256 x u32: the frequency of each bucket (exact integers, so decoding needs no
             floating point and is identical on every platform)
  count x u8: bytes shared with the previous word (front coding, capped at 255)
  count x (suffix bytes + b"\\n")
  count x u8: frequency bucket, round(16 ln f)
  count x u8: tag index
"""
import math
import struct
import sys

BUCKET_SCALE = 16.0


def main(src, dst):
    entries = []
    for line in open(src, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 2:
            continue
        word, freq = parts[0], int(parts[1])
        tag = parts[2] if len(parts) > 2 else ""
        entries.append((word.encode("utf-8"), freq, tag))
    entries.sort(key=lambda e: e[0])

    tags = sorted({t for _, _, t in entries})
    assert len(tags) < 256
    tag_index = {t: i for i, t in enumerate(tags)}

    table = [max(1, round(math.exp(b / BUCKET_SCALE))) for b in range(256)]
    buckets = [min(255, round(BUCKET_SCALE * math.log(f))) if f > 0 else 0 for _, f, _ in entries]

    prefixes, suffixes = bytearray(), bytearray()
    prev = b""
    for word, _, _ in entries:
        n = 0
        limit = min(len(prev), len(word), 255)
        while n < limit and prev[n] == word[n]:
            n += 1
        prefixes.append(n)
        suffixes += word[n:] + b"\n"
        prev = word

    out = bytearray(b"TRZD")
    out += struct.pack("<BI", 1, len(entries))
    out += struct.pack("<B", len(tags))
    for t in tags:
        out += struct.pack("<B", len(t)) + t.encode("ascii")
    out += struct.pack("<256I", *table)
    out += prefixes + suffixes + bytes(buckets) + bytes(tag_index[t] for _, _, t in entries)
    open(dst, "wb").write(out)
    print(f"{len(entries)} entries, {len(tags)} tags, {len(out)} bytes -> {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else "src/data/dict.bin")
