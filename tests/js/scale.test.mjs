// Issue 6, point 4: a 5 MB paste of varied real text returns a valid summary in Node wasm.
// Correctness only: the timings are in `npm run bench` (BENCH.md), never asserted here.
// The text is bench/corpus.mjs's (the ../shared/eval texts in shuffled passes); without
// ../shared it is built the same way from the sample bulletin alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpus, evalTexts } from '../../bench/corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');
const tz = await import('../../js/node.js');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');

test('a 5 MB paste of varied text returns a valid summary (Node wasm)', async () => {
  await tz.init();
  const text = corpus(5e6, evalTexts() ?? [SEED]);
  const bytes = Buffer.byteLength(text);
  assert.ok(bytes > 4.9e6 && bytes <= 5e6, `${bytes} bytes`);

  const before = tz.summarize(SEED);
  const r = tz.summarize(text, { sentences: 5, keywords: 10 });
  assert.equal(r.sentences.length, 5);
  let lastIndex = -1;
  for (const s of r.sentences) {
    assert.ok(s.start < s.end && s.end <= text.length, `span ${s.start}..${s.end}`);
    assert.ok(s.index > lastIndex, 'document order');
    lastIndex = s.index;
    assert.ok(s.story >= 0 && s.story < r.stories.length);
    const story = r.stories[s.story];
    assert.ok(story.start <= s.start && s.end <= story.end, 'the sentence lies in its story');
    assert.ok(s.text.length > 0 && !s.text.includes('\n'), s.text);
    assert.ok(Number.isFinite(s.score));
  }
  // Every story of the paste, in order, inside the text.
  assert.ok(r.stories.length > 1000, `${r.stories.length} stories`);
  for (let i = 1; i < r.stories.length; i++) assert.ok(r.stories[i - 1].end <= r.stories[i].start);
  assert.ok(r.stories.at(-1).end <= text.length);
  assert.equal(r.keywords.length, 10);
  assert.equal(r.keywords[0].weight, 1);
  // A term can run across a line break that paste repair joined (CONTRACT: a break between
  // CJK chars is removed), so look for it in the text without its line breaks.
  const joined = text.replace(/\s*\n\s*/g, '');
  for (const k of r.keywords) assert.ok(k.weight > 0 && k.weight <= 1 && joined.includes(k.word), k.word);

  // The same instance still answers a small text afterwards, exactly as before.
  assert.deepEqual(tz.summarize(SEED), before);
});
