// CONTRACT.md's rule for a sentence's `text`, in JS, for the robustness tests: the
// UTF-16 slice of the input, lone surrogates read as U+FFFD (one unit each), and every
// whitespace run holding a line break removed next to CJK, else replaced by one space.
// (The same rule as tests/common/mod.rs `expected_text` on the Rust side.)

/** Han, Hiragana, Katakana (and extensions), Hangul, CJK and full-width punctuation. */
export function isCjk(cp) {
  return (
    (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff) || (cp >= 0x1b000 && cp <= 0x1b16f) ||
    (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0x3130 && cp <= 0x318f) || (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3ffff)
  );
}

// Unicode White_Space, as Rust's char::is_whitespace (not JS \s, which has U+FEFF and lacks U+0085).
const WHITE = /^\p{White_Space}$/u;
const BREAK = /^[\n\r\u2028\u2029]$/;

/** Lone surrogates become U+FFFD, one unit each (String.prototype.toWellFormed). */
export function wellFormed(s) {
  return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** The `text` CONTRACT.md expects for `input.slice(start, end)`. */
export function expectedText(slice) {
  const chars = Array.from(wellFormed(slice));
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (WHITE.test(chars[i])) {
      let j = i;
      while (j < chars.length && WHITE.test(chars[j])) j++;
      const run = chars.slice(i, j);
      if (run.some((c) => BREAK.test(c))) {
        const cjk = (i > 0 && isCjk(chars[i - 1].codePointAt(0))) || (j < chars.length && isCjk(chars[j].codePointAt(0)));
        if (!cjk) out += ' ';
      } else {
        out += run.join('');
      }
      i = j;
    } else {
      out += chars[i];
      i++;
    }
  }
  return out;
}

/** True when offset `i` of `s` does not split a (valid) surrogate pair. */
export function onBoundary(s, i) {
  if (i <= 0 || i >= s.length) return i === 0 || i === s.length;
  const prev = s.charCodeAt(i - 1);
  const cur = s.charCodeAt(i);
  return !(prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff);
}

/**
 * Every span of a result (sentences and stories) checked against `input`; returns a list of
 * problems (empty when all is well).
 */
export function spanProblems(input, result, options = {}) {
  const problems = [];
  for (const s of result.sentences) {
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= input.length)) {
      problems.push(`sentence span ${s.start}..${s.end} outside 0..${input.length}`);
      continue;
    }
    if (!onBoundary(input, s.start) || !onBoundary(input, s.end)) problems.push(`sentence span ${s.start}..${s.end} splits a surrogate pair`);
    const slice = input.slice(s.start, s.end);
    if (slice !== slice.replace(/^\p{White_Space}+|\p{White_Space}+$/gu, '')) problems.push(`sentence span ${s.start}..${s.end} has outer whitespace`);
    const want = expectedText(slice);
    if (want !== s.text) problems.push(`sentence ${s.start}..${s.end}: text ${JSON.stringify(s.text)} but the slice reads ${JSON.stringify(want)}`);
    if (!(s.story >= 0 && s.story < result.stories.length)) problems.push(`sentence story ${s.story} of ${result.stories.length}`);
  }
  for (let i = 1; i < result.sentences.length; i++) {
    if (result.sentences[i - 1].index >= result.sentences[i].index) problems.push('sentences not in document order');
  }
  for (const st of result.stories) {
    if (!(st.start >= 0 && st.start < st.end && st.end <= input.length) || !onBoundary(input, st.start) || !onBoundary(input, st.end)) {
      problems.push(`story span ${st.start}..${st.end}`);
    }
  }
  if (options.maxChars !== undefined) {
    const total = result.sentences.reduce((n, s) => n + Array.from(s.text).length, 0);
    if (total > options.maxChars) problems.push(`${total} chars > maxChars ${options.maxChars}`);
  }
  return problems;
}

/** A small seeded PRNG (mulberry32), so every run tries the same cases. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    chance: (p) => next() < p,
  };
}
