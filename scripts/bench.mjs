// `node scripts/bench.mjs [wasm-file] [runs]`: in Node, the time from init() to the first
// summary of the seed bulletin (each run in a fresh process), and the median time of one
// summarize() call. For choosing the wasm profile; no test depends on these numbers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './lib.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (process.argv[2] === '--child') {
  const wasmFile = process.argv[3];
  const api = await import(pathToFileURL(path.join(ROOT, 'js', 'node.js')));
  const text = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
  const bytes = readFileSync(wasmFile);
  const t0 = performance.now();
  await api.init({ wasm: bytes });
  const t1 = performance.now();
  api.summarize(text, { sentences: 3 });
  const t2 = performance.now();
  const calls = [];
  for (let i = 0; i < 40; i++) {
    const s = performance.now();
    api.summarize(text, { sentences: 3 });
    if (i >= 20) calls.push(performance.now() - s);
  }
  const big = Array(20).fill(text).join('\n\n\n');
  const bigCalls = [];
  for (let i = 0; i < 5; i++) {
    const s = performance.now();
    api.summarize(big, { sentences: 3 });
    bigCalls.push(performance.now() - s);
  }
  console.log(JSON.stringify({ init: t1 - t0, first: t2 - t0, call: median(calls), big: median(bigCalls) }));
} else {
  const wasmFile = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'));
  const runs = Number(process.argv[3] ?? 5);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--child', wasmFile], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    results.push(JSON.parse(r.stdout));
  }
  const f = (k) => `${median(results.map((r) => r[k])).toFixed(1)} (min ${Math.min(...results.map((r) => r[k])).toFixed(1)})`;
  console.log(`${path.basename(wasmFile)} ${(readFileSync(wasmFile).length / 1e6).toFixed(3)} MB: ` +
    `init ${f('init')} ms, init to first summary ${f('first')} ms, one summarize() ${f('call')} ms, of the seed x20 ${f('big')} ms (medians of ${runs} runs)`);
}
