// Pure scoring functions for the evaluation harness: no I/O, no dependencies.
// Scores are fractions in [0, 1]; the harness multiplies by 100 for display.

// JS \s already includes U+3000; it is listed because the project issue names it explicitly.
const WHITESPACE = /[\s\u3000]/gu;

/** Character tokens: whitespace removed, one token per code point (not per UTF-16 unit). */
export function charTokens(s) {
  return Array.from((s ?? '').replace(WHITESPACE, ''));
}

/** F1 = 2PR/(P+R); 0 when either side is 0 (which also covers empty prediction or reference). */
export function f1(p, r) {
  return p > 0 && r > 0 ? (2 * p * r) / (p + r) : 0;
}

function prf(hits, predTotal, refTotal) {
  const p = predTotal > 0 ? hits / predTotal : 0;
  const r = refTotal > 0 ? hits / refTotal : 0;
  return { p, r, f: f1(p, r) };
}

function ngramCounts(tokens, n) {
  const counts = new Map();
  for (let i = 0; i + n <= tokens.length; i++) {
    const gram = tokens.slice(i, i + n).join('\u0000');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Character ROUGE-N with clipped counts: {p, r, f}. */
export function rougeN(pred, ref, n) {
  const pc = ngramCounts(charTokens(pred), n);
  const rc = ngramCounts(charTokens(ref), n);
  let hits = 0;
  for (const [gram, c] of pc) hits += Math.min(c, rc.get(gram) ?? 0);
  return prf(hits, total(pc), total(rc));
}

/** Length of the longest common subsequence of two token arrays (two-row DP). */
export function lcsLength(a, b) {
  let prev = new Array(b.length + 1).fill(0);
  for (const x of a) {
    const cur = [0];
    for (let j = 0; j < b.length; j++) {
      cur.push(x === b[j] ? prev[j] + 1 : Math.max(prev[j + 1], cur[j]));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** Character ROUGE-L (LCS-based): {p, r, f}. */
export function rougeL(pred, ref) {
  const a = charTokens(pred);
  const b = charTokens(ref);
  return prf(lcsLength(a, b), a.length, b.length);
}

/** The three F1 scores used in the tables. */
export function rouge(pred, ref) {
  return { r1: rougeN(pred, ref, 1).f, r2: rougeN(pred, ref, 2).f, rl: rougeL(pred, ref).f };
}

/** Length of the intersection of half-open spans [a0, a1) and [b0, b1). */
export function overlap(a0, a1, b0, b1) {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** Index of the story whose span the sentence overlaps most (first on ties), or -1. */
export function storyOf(sentence, stories) {
  let best = -1;
  let bestLen = 0;
  stories.forEach((st, k) => {
    const len = overlap(sentence.start, sentence.end, st.start, st.end);
    if (len > bestLen) [best, bestLen] = [k, len];
  });
  return best;
}

/**
 * Scores one bulletin's selected sentences against its gold stories.
 * Returns per-story coverage and ROUGE-L (so the caller can average over all stories)
 * and the number of selected sentences touching a non-body span.
 */
export function scoreBulletin(sentences, doc) {
  const best = doc.stories.map(() => null);
  let nonbody = 0;
  for (const s of sentences) {
    if ((doc.nonbody ?? []).some(([a, b]) => overlap(s.start, s.end, a, b) > 0)) nonbody++;
    const k = storyOf(s, doc.stories);
    // Strictly greater: on equal scores the earlier sentence (document order) wins.
    if (k >= 0 && (best[k] === null || s.score > best[k].score)) best[k] = s;
  }
  return {
    covered: best.map((s) => s !== null),
    storyRL: best.map((s, k) => (s ? rougeL(s.text, doc.stories[k].summary).f : 0)),
    nonbody,
  };
}

/**
 * Keyword P/R/F1@k for one document by exact string match.
 * P divides by k even when fewer than k words were returned, so returning fewer is not a free win.
 */
export function prfAtK(predicted, gold, k) {
  const goldSet = new Set(gold);
  const top = new Set(predicted.slice(0, k));
  let hits = 0;
  for (const w of top) if (goldSet.has(w)) hits++;
  return prf(hits, k, goldSet.size);
}

export function mean(xs) {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function total(counts) {
  let n = 0;
  for (const c of counts.values()) n += c;
  return n;
}

/** mulberry32: tiny seeded PRNG, so the bootstrap interval is reproducible run to run. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Percentile bootstrap of the mean of `values`: {mean, lo, hi}. */
export function bootstrapMean(values, { resamples = 1000, seed = 20240601, level = 0.95 } = {}) {
  const rand = mulberry32(seed);
  const n = values.length;
  const means = [];
  for (let b = 0; b < resamples; b++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(rand() * n)];
    means.push(n ? sum / n : 0);
  }
  means.sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return {
    mean: mean(values),
    lo: means[Math.floor(resamples * tail)],
    hi: means[Math.ceil(resamples * (1 - tail)) - 1],
  };
}
