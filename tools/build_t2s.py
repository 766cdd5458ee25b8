#!/usr/bin/env python3
"""Build src/data/t2s.bin from OpenCC's character tables (Apache-2.0, see NOTICE).

Run once when the source tables change; the output is committed, so a build never
needs this script or Python. The tables ship in the PyPI package
opencc-python-reimplemented (0.1.7):

    pip install opencc-python-reimplemented==0.1.7
    python3 tools/build_t2s.py "$(python3 -c 'import opencc, os; print(os.path.dirname(opencc.__file__))')/dictionary"

Two lists, both of chars in U+3400..U+9FFF:
  pairs `T -> S`: the traditional char T reads as the simplified char S
                  (TSCharacters' first candidate; a TWVariantsRev/HKVariantsRev variant
                  by way of its standard form);
  singles `S`:    a simplified char no traditional text uses (a key of STCharacters
                  whose candidates do not include itself, and no Taiwan or Hong Kong
                  standard form in TWVariants/HKVariants): evidence that a text is
                  written in simplified chars.
Format (little-endian), about 9 KB gzip where the same lists as UTF-8 text take 20:
  b"T2S1" pairs:u16 singles:u16
  pairs x varint: each T minus the previous T (the first minus 0), T ascending
  pairs x u16:    each S, in the same order
  singles x varint: each S minus the previous one, ascending
  (varint: 7 bits per byte, low bits first, high bit set on all bytes but the last)
Only BMP Han chars whose UTF-8 form is 3 bytes are kept on both sides, so mapping
a text leaves every byte offset where it was (src/simplify.rs relies on it).
"""
import os
import struct
import sys


def read(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                continue
            key, vals = line.split("\t")
            out[key] = vals.split(" ")
    return out


def han(c):
    return len(c) == 1 and (0x3400 <= ord(c) <= 0x4DBF or 0x4E00 <= ord(c) <= 0x9FFF)


def main(folder):
    ts = read(os.path.join(folder, "TSCharacters.txt"))
    st = read(os.path.join(folder, "STCharacters.txt"))
    rev = {}
    for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for k, v in read(os.path.join(folder, name)).items():
            rev.setdefault(k, v[0])
    pairs = {}
    for t, vals in ts.items():
        pairs[t] = vals[0]
    # A Taiwan or Hong Kong variant counts when its standard form has a simplified one
    # (`裡` -> `裏` -> `里`, `衞` -> `衛` -> `卫`); `抬` -> `擡` and `著` -> `着` do not.
    for t, std in rev.items():
        if t not in ts and std in ts:
            pairs[t] = ts[std][0]
    # A variant whose standard form is written alike in both scripts reads as that form
    # (`痺` -> `痹`, `簷` -> `檐`, Hong Kong's `衹` -> `只`, which TSCharacters keeps as
    # itself); not `抬`, which simplified text writes too (its standard form `擡` is the
    # traditional one), and not `著`, which src/simplify.rs reads by its neighbours.
    traditional_forms = {c for k, vals in st.items() for c in vals if c != k}
    for t, std in rev.items():
        if ts.get(t, [t])[0] == t and std not in ts and std not in traditional_forms and t not in ("著", "抬"):
            pairs[t] = std
    # A char simplified text also uses as it is (`么` in `什么`) is never mapped.
    pairs = {t: s for t, s in pairs.items() if s != t and t not in st and han(t) and han(s)}
    assert not any(s in pairs for s in pairs.values()), "a simplified form is itself mapped"
    # Taiwan's and Hong Kong's standard forms (`峰`, `群`, `税`, `温`) are no evidence of
    # simplified text, though OpenCC's own traditional standard writes them otherwise.
    regional = set()
    for name in ("TWVariants.txt", "HKVariants.txt"):
        regional |= {c for vals in read(os.path.join(folder, name)).values() for c in vals}
    simplified = sorted(k for k, v in st.items() if han(k) and k not in v and k not in pairs and k not in regional)
    def varint(n):
        out = bytearray()
        while True:
            b, n = n & 0x7F, n >> 7
            out.append(b | 0x80 if n else b)
            if not n:
                return bytes(out)

    data = bytearray(b"T2S1" + struct.pack("<HH", len(pairs), len(simplified)))
    prev = 0
    for t in sorted(pairs):
        data += varint(ord(t) - prev)
        prev = ord(t)
    for t in sorted(pairs):
        data += struct.pack("<H", ord(pairs[t]))
    prev = 0
    for c in simplified:
        data += varint(ord(c) - prev)
        prev = ord(c)
    with open(os.path.join(os.path.dirname(__file__), "..", "src", "data", "t2s.bin"), "wb") as f:
        f.write(bytes(data))
    print(f"{len(pairs)} pairs, {len(simplified)} simplified-only chars", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
