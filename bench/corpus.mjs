// Long inputs of varied real text for `npm run bench` and the scale test: news, long news,
// abstracts and bulletins from ../shared/eval (LCSTS, CLTS, CSL, the bulletin set) laid out
// as one long paste, stories apart by two blank lines.
//
// The eval texts add up to about 0.33 MB. Each pass uses every text once, in a new seeded
// order; from the second pass on, the sentences inside each text are also shuffled (seeded),
// so no story is repeated verbatim: 5 MB is about 15 passes. Deterministic: the same
// size gives the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EVAL_DIR = path.resolve(ROOT, '..', 'shared', 'eval');
const FILES = ['dev.jsonl', 'clts-samples.jsonl', 'keywords-dev.jsonl', 'bulletins-dev.jsonl'];

/** The eval texts, or null when ../shared/eval is absent. */
export function evalTexts(dir = EVAL_DIR) {
  if (!FILES.every((f) => existsSync(path.join(dir, f)))) return null;
  const texts = [];
  for (const f of FILES) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (line.trim()) texts.push(JSON.parse(line).text);
    }
  }
  return texts;
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every machine. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle(xs, random) {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Sentences with their end punctuation (and closing quotes) kept. */
function sentences(text) {
  return text.match(/[^。！？!?\n]+[。！？!?]*[”’"」』）)]*\n*|\n+/g) ?? [text];
}

/**
 * About `bytes` bytes (UTF-8) of text, never more, cut at a story boundary.
 * @param {number} bytes
 * @param {string[]} texts the source texts (evalTexts())
 */
export function corpus(bytes, texts) {
  const random = rng(20250826);
  const parts = [];
  let size = 0;
  const sep = '\n\n\n';
  for (let pass = 0; ; pass++) {
    for (const text of shuffle(texts, random)) {
      const story = pass === 0 ? text : shuffle(sentences(text), random).join('').trim();
      const add = Buffer.byteLength(story) + (parts.length ? sep.length : 0);
      if (size + add > bytes) {
        if (size > 0) return parts.join(sep);
        continue; // a first text larger than the budget: try the next one
      }
      parts.push(story);
      size += add;
    }
  }
}
