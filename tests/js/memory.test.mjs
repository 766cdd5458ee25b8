// Issue 7, point 3: 10,000 calls on varied ~10 KB texts keep the wasm memory bounded.
// The texts are made from the sample bulletin (and, when ../shared/eval is there, its
// texts): sentences drawn at random, some cut mid-sentence, stories split by blank lines,
// random Han and digits mixed in, so that no two texts are alike. Prints the wasm memory
// (memory.buffer.byteLength) after 10, 1,000 and 10,000 calls and the JS heap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { rng } from './contract-text.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');
const tz = await import('../../js/node.js');
const { default: initWasm } = await import('../../dist/textrank_zh.js');

const CALLS = 10_000;
const TARGET_BYTES = 10_000;

/** Source texts: the seed, plus ../shared/eval/*.jsonl `text` fields when present. */
function sources() {
  const texts = [readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8')];
  const evalDir = path.join(ROOT, '..', 'shared', 'eval');
  if (existsSync(evalDir)) {
    for (const name of readdirSync(evalDir).filter((n) => n.endsWith('.jsonl'))) {
      for (const line of readFileSync(path.join(evalDir, name), 'utf8').split('\n')) {
        try {
          const t = JSON.parse(line)?.text;
          if (typeof t === 'string' && t.length > 20) texts.push(t);
        } catch {
          // not a JSON line
        }
      }
    }
  }
  return texts;
}

function gcFunction() {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

test(`memory: ${CALLS.toLocaleString('en')} calls on varied ~10 KB texts keep the wasm memory bounded`, async (t) => {
  await tz.init();
  const wasm = await initWasm(); // the instance init() started: its exports, memory included
  const memory = () => wasm.memory.buffer.byteLength;
  const gc = gcFunction();
  const texts = sources();
  const units = texts.flatMap((s) => s.split(/(?<=[。！？!?\n])/)).filter((u) => u.length > 0);
  const chars = Array.from(new Set(texts.join('').replace(/[^\u4e00-\u9fff]/g, '')));
  const r = rng(0x3e3_0007);

  function text() {
    let s = '';
    let size = 0;
    while (size < TARGET_BYTES) {
      const u = r.pick(units);
      const roll = r.next();
      let piece;
      if (roll < 0.1) piece = u.slice(0, r.int(1, u.length)); // cut mid-sentence
      else if (roll < 0.15) piece = '\n\n\n'; // a story break
      else if (roll < 0.2) {
        piece = '';
        for (let n = r.int(2, 8); n > 0; n--) piece += r.pick(chars); // new "words"
        piece += r.pick(['。', '，', '', '\n', String(r.int(0, 99999))]);
      } else piece = u;
      s += piece;
      size += Buffer.byteLength(piece);
    }
    return s;
  }

  const figures = { 0: memory() };
  const heap = {};
  let bytes = 0;
  let sentences = 0;
  const t0 = performance.now();
  for (let i = 1; i <= CALLS; i++) {
    const s = text();
    bytes += Buffer.byteLength(s);
    const options = i % 7 === 0 ? { ratio: 0.2, keywords: 20 } : { sentences: 1 + (i % 5), maxChars: i % 3 === 0 ? 300 : undefined };
    if (i % 10 === 0) tz.keywords(s, options);
    else sentences += tz.summarize(s, options).sentences.length;
    if (i === 10 || i === 1000 || i === CALLS || i % 2500 === 0) {
      figures[i] = memory();
      gc();
      heap[i] = process.memoryUsage().heapUsed;
    }
  }
  const seconds = (performance.now() - t0) / 1000;
  const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;
  t.diagnostic(`wasm memory after init(): ${mb(figures[0])}`);
  t.diagnostic(`wasm memory after 10 / 1,000 / 2,500 / 5,000 / 7,500 / 10,000 calls: ${[10, 1000, 2500, 5000, 7500, CALLS].map((i) => mb(figures[i])).join(' / ')}`);
  t.diagnostic(`JS heap after gc at the same points: ${[10, 1000, 2500, 5000, 7500, CALLS].map((i) => mb(heap[i])).join(' / ')}`);
  t.diagnostic(`${CALLS} calls, ${(bytes / CALLS / 1000).toFixed(1)} KB per text on average, ${sentences} summary sentences, ${seconds.toFixed(1)} s (${((seconds * 1000) / CALLS).toFixed(2)} ms per call)`);
  // Bounded: after warm-up (1,000 calls) the wasm memory may grow by at most 8 MiB more
  // (allocator fragmentation), and the JS heap keeps nothing of the calls.
  assert.ok(figures[CALLS] - figures[1000] <= 8 * 2 ** 20, `wasm memory grew from ${mb(figures[1000])} to ${mb(figures[CALLS])}`);
  assert.ok(figures[CALLS] <= 256 * 2 ** 20, `wasm memory ${mb(figures[CALLS])}`);
  assert.ok(heap[CALLS] - heap[1000] <= 16 * 2 ** 20, `JS heap grew from ${mb(heap[1000])} to ${mb(heap[CALLS])}`);
});
