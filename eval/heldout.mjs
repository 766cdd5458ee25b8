#!/usr/bin/env node
// Builds held-out sets from the public sources of the dev sets, to see how the dev figures carry
// over to texts no tuning ever saw. Nothing is downloaded and nothing is written into the repo:
// you point it at your own copies of the sources and at an output folder, then run
//   node eval/run.mjs --data OUT --only lcsts     (or --only csl)
//
// - LCSTS: PART_III.txt of github.com/wangle1218/text-summarization (data/). The dev set drew 300
//   pairs from the pairs with human label >= 3 and >= 2 sentences, deduplicated; the held-out
//   set is every other pair of that pool, cleaned the same way (see ../shared/eval/README.md).
// - CSL: benchmark/kg/test.tsv and benchmark/ts/test.tsv of github.com/ydli-ai/CSL (the test
//   split; the dev set came from the dev split), selected like the dev set: 2-8 keywords, none
//   with a space, no duplicates, abstract >= 100 chars. The abstract is the input.
//
// The held-out sets are for measuring only: choosing anything by them would make them dev sets.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node eval/heldout.mjs --out DIR [--lcsts PART_III.txt] [--csl CSL/benchmark] [--dev DIR]
  --lcsts FILE  LCSTS PART III in its <doc> format; writes DIR/dev.jsonl (the pairs not in the dev set)
  --csl DIR     CSL's benchmark folder (kg/test.tsv, ts/test.tsv); writes DIR/keywords-dev.jsonl
  --dev DIR     the dev sets, to leave their pairs out (default ../shared/eval)
`;

function die(msg, code = 1) {
  process.stderr.write(`heldout: ${msg}\n`);
  process.exit(code);
}

let opts;
try {
  opts = parseArgs({
    options: {
      out: { type: 'string' },
      lcsts: { type: 'string' },
      csl: { type: 'string' },
      dev: { type: 'string', default: path.join(ROOT, '..', 'shared', 'eval') },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (e) {
  die(`${e.message}\n${USAGE}`, 2);
}
if (opts.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!opts.out || (!opts.lcsts && !opts.csl)) die(`give --out and at least one of --lcsts, --csl\n${USAGE}`, 2);

const read = (file) => {
  if (!existsSync(file)) die(`${file} not found`);
  return readFileSync(file, 'utf8');
};
const jsonl = (items) => items.map((o) => JSON.stringify(o)).join('\n') + '\n';

// The dev sets' cleaning: HTML entities and tags out, whitespace runs to one space, and a space
// between two CJK chars (a layout space) dropped.
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function clean(s) {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu'), '');
}

mkdirSync(opts.out, { recursive: true });

if (opts.lcsts) {
  const devFile = path.join(opts.dev, 'dev.jsonl');
  const dev = read(devFile).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const devIds = new Set(dev.map((d) => d.id));
  const devTexts = new Set(dev.map((d) => d.text));
  const re = /<doc id=(\d+)>\s*<human_label>(\d+)<\/human_label>\s*<summary>([\s\S]*?)<\/summary>\s*<short_text>([\s\S]*?)<\/short_text>/g;
  const seen = new Set();
  const held = [];
  let pool = 0;
  for (const [, id, label, summary, shortText] of read(opts.lcsts).matchAll(re)) {
    if (Number(label) < 3) continue;
    const text = clean(shortText);
    if (text.split(/[。！？!?]/u).filter((s) => s.trim()).length < 2 || seen.has(text)) continue;
    seen.add(text);
    pool++;
    if (devIds.has(`lcsts-p3-${id}`) || devTexts.has(text)) continue;
    held.push({ id: `lcsts-p3-${id}`, text, summary: clean(summary) });
  }
  if (pool === 0) die(`${opts.lcsts}: no <doc> pairs found`);
  writeFileSync(path.join(opts.out, 'dev.jsonl'), jsonl(held));
  process.stderr.write(`heldout: LCSTS: ${held.length} held-out pairs (pool ${pool}, dev ${pool - held.length}) -> ${path.join(opts.out, 'dev.jsonl')}\n`);
}

if (opts.csl) {
  const rows = (f) => read(path.join(opts.csl, f)).split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
  const kg = rows('kg/test.tsv');
  const ts = rows('ts/test.tsv');
  const held = [];
  kg.forEach((row, i) => {
    const [abstract, title] = [ts[i]?.[1], ts[i]?.[2]];
    const keywords = (row[2] ?? '').split('_');
    // kg's text is the abstract, a space and the title; ts holds the two apart.
    if (!abstract || !row[1]?.startsWith(abstract)) return;
    if (keywords.length < 2 || keywords.length > 8 || keywords.some((k) => /\s/u.test(k) || !k) || new Set(keywords).size !== keywords.length) return;
    if ([...abstract].length < 100) return;
    held.push({ id: `csl-kg-test-${i + 1}`, text: abstract, title, keywords });
  });
  if (held.length === 0) die(`${opts.csl}: no usable kg/ts test rows`);
  writeFileSync(path.join(opts.out, 'keywords-dev.jsonl'), jsonl(held));
  process.stderr.write(`heldout: CSL: ${held.length} test docs -> ${path.join(opts.out, 'keywords-dev.jsonl')}\n`);
}
