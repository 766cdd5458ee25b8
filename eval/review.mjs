#!/usr/bin/env node
// Scores the summaries and keywords of a blind review round against an editor's labels, so a
// layout or keyword rule can be checked against the pastes it was not written for.
//
//   node eval/review.mjs [--round eval/review/round29] [--cli target/release/textrank-zh] [-v]
//
// A round is a folder of pastes (`*.txt`: pages, mails, posts and documents as a select-all copy
// gives them, written for this project, with invented names and figures), its MANIFEST.md (what
// each paste is) and labels.jsonl: for each paste, sentences labelled KEY / OK / JUNK and
// keywords labelled GOOD / OK / BAD by an editor who saw the paste but not which build picked
// what. The CLI is run at 3 sentences and 10 keywords; a pick no label covers is listed as
// unjudged (a new pick to be labelled before the counts compare).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    round: { type: 'string', default: path.join(ROOT, 'eval/review/round29') },
    cli: { type: 'string', default: path.join(ROOT, 'target/release/textrank-zh') },
    v: { type: 'boolean', default: false },
  },
});
if (!existsSync(values.cli)) {
  console.error(`no CLI at ${values.cli}: build it with \`cargo build --release --bin textrank-zh\`, or pass --cli`);
  process.exit(1);
}
const files = readdirSync(values.round).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`no pastes (*.txt) in ${values.round}`);
  process.exit(1);
}
const input = files.map((f) => JSON.stringify({ id: f.slice(0, -4), text: readFileSync(path.join(values.round, f), 'utf8') })).join('\n');
const out = execFileSync(values.cli, ['--jsonl', '--sentences', '3', '--keywords', '10'], { input, maxBuffer: 1 << 28 }).toString();

const sentenceLabel = new Map();
const keywordLabel = new Map();
for (const line of readFileSync(path.join(values.round, 'labels.jsonl'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const { id, sentences = [], keywords = [] } = JSON.parse(line);
  for (const s of sentences) sentenceLabel.set(`${id}\u0000${s.text}`, s.label);
  for (const k of keywords) keywordLabel.set(`${id}\u0000${k.text}`, k.label);
}

const count = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
const sentences = new Map();
const keywords = new Map();
const junkPastes = new Set();
const listed = [];
for (const line of out.split('\n')) {
  if (!line.trim()) continue;
  const r = JSON.parse(line);
  if (r.error) {
    listed.push(`${r.id} ERROR ${r.error}`);
    continue;
  }
  for (const s of r.sentences) {
    const label = sentenceLabel.get(`${r.id}\u0000${s.text}`) ?? 'UNJUDGED';
    count(sentences, label);
    if (label === 'JUNK') junkPastes.add(r.id);
    if (label === 'JUNK' || label === 'UNJUDGED') listed.push(`${r.id} ${label} ${s.text.slice(0, 80)}`);
  }
  for (const k of r.keywords) {
    const label = keywordLabel.get(`${r.id}\u0000${k.word}`) ?? 'UNJUDGED';
    count(keywords, label);
    if (values.v && (label === 'BAD' || label === 'UNJUDGED')) listed.push(`${r.id} keyword ${label} ${k.word}`);
  }
}
const show = (m, order) => order.map((k) => `${k} ${m.get(k) ?? 0}`).join(', ');
console.log(`${path.relative(ROOT, values.round)}: ${files.length} pastes`);
console.log(`sentences: ${show(sentences, ['KEY', 'OK', 'JUNK', 'UNJUDGED'])}; pastes with a JUNK pick: ${junkPastes.size}`);
console.log(`keywords: ${show(keywords, ['GOOD', 'OK', 'BAD', 'UNJUDGED'])}`);
for (const l of listed) console.log(`  ${l}`);
