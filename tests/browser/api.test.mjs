// The package in headless Chromium, served from this repository (after `npm run build`)
// under a strict Content-Security-Policy: init and its wasm sources, progress, results,
// errors, crash recovery on the main thread, and the Worker client.
// Run: node --test tests/browser/  (fails, never skips, when no Chromium is found)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, median, openPage, serveStatic } from './harness.mjs';
import * as node from '../../js/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
const WASM_BYTES = readFileSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm')).length;

let server;
let browser;
let expected;

before(async () => {
  await node.init();
  expected = node.summarize(SEED, { sentences: 3 });
  server = await serveStatic(ROOT);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function apiPage() {
  const page = await openPage(browser.context, `${server.url}/tests/browser/pages/api.html`);
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  return page;
}

test('init() with progress, then summarize() gives the same plain object as in Node', async (t) => {
  const page = await apiPage();
  const r = await page.evaluate(async (seed) => {
    const out = { progress: [] };
    try {
      tz.summarize(seed);
    } catch (e) {
      out.before = { isError: e instanceof Error, message: e.message };
    }
    const t0 = performance.now();
    const first = tz.init({ onProgress: (loaded, total) => out.progress.push([loaded, total]) });
    const second = tz.init();
    await Promise.all([first, second]);
    const result = tz.summarize(seed, { sentences: 3 });
    out.ms = performance.now() - t0;
    out.result = result;
    out.plain = Object.getPrototypeOf(result) === Object.prototype && Object.getPrototypeOf(result.sentences[0]) === Object.prototype;
    out.cloneEqual = JSON.stringify(structuredClone(result)) === JSON.stringify(result);
    out.slices = result.sentences.map((s) => seed.slice(s.start, s.end));
    out.version = tz.version();
    await tz.init(); // idempotent after it finished
    return out;
  }, SEED);
  assert.deepEqual(r.before, { isError: true, message: 'textrank-zh: call init() first' });
  assert.deepEqual(r.result, expected);
  assert.ok(r.plain, 'results are plain objects');
  assert.ok(r.cloneEqual, 'results survive structuredClone');
  assert.equal(r.result.sentences.length, 3);
  for (const [i, s] of r.result.sentences.entries()) {
    assert.equal(r.slices[i].replace(/\s+/g, ''), s.text.replace(/\s+/g, ''), 'input.slice(start, end) is the sentence');
  }
  assert.equal(r.version, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  // Progress: starts at 0, grows, ends with loaded === total === the file size.
  assert.ok(r.progress.length >= 2, `progress was reported: ${JSON.stringify(r.progress)}`);
  assert.deepEqual(r.progress[0], [0, WASM_BYTES]);
  assert.deepEqual(r.progress.at(-1), [WASM_BYTES, WASM_BYTES]);
  for (let i = 1; i < r.progress.length; i++) assert.ok(r.progress[i][0] >= r.progress[i - 1][0]);
  assert.deepEqual(page.pageErrors, []);
  t.diagnostic(`Chromium: init() to first summary of the seed: ${r.ms.toFixed(0)} ms`);
  await page.close();
});

test('every wasm source init() takes works: URL, string, Response, ArrayBuffer, Uint8Array, Module', async () => {
  for (const kind of ['url', 'string', 'response', 'arraybuffer', 'uint8array', 'module']) {
    const page = await apiPage();
    const r = await page.evaluate(async ({ seed, kind }) => {
      const href = '/dist/textrank_zh_bg.wasm';
      const sources = {
        url: async () => new URL(href, location.href),
        string: async () => href,
        response: async () => fetch(href),
        arraybuffer: async () => (await fetch(href)).arrayBuffer(),
        uint8array: async () => new Uint8Array(await (await fetch(href)).arrayBuffer()),
        module: async () => WebAssembly.compileStreaming(fetch(href)),
      };
      await tz.init({ wasm: await sources[kind]() });
      return tz.summarize(seed, { sentences: 3 });
    }, { seed: SEED, kind });
    assert.deepEqual(r, expected, kind);
    await page.close();
  }
});

test('a wasm that cannot be loaded rejects with an Error naming it, and init() can be retried', async () => {
  const page = await apiPage();
  const r = await page.evaluate(async () => {
    const out = {};
    try {
      await tz.init({ wasm: '/no/such.wasm' });
    } catch (e) {
      out.isError = e instanceof Error;
      out.message = e.message;
    }
    try {
      await tz.init({ wasm: '/tests/browser/pages/api.html' });
    } catch (e) {
      out.html = e.message;
    }
    try {
      tz.summarize('x');
    } catch (e) {
      out.after = e.message;
    }
    try {
      await tz.init({ wasm: '/dist/textrank_zh_bg.wasm', bogus: 1 });
    } catch (e) {
      out.unknown = e.message;
    }
    await tz.init();
    out.ok = tz.summarize('国务院日前印发意见。', { sentences: 1 }).sentences.length;
    return out;
  });
  assert.ok(r.isError);
  assert.match(r.message, /^textrank-zh: cannot fetch .*\/no\/such\.wasm: HTTP 404$/);
  assert.match(r.html, /api\.html is not a WebAssembly file \(the server sent an HTML page\); with `vite dev`, add optimizeDeps/);
  assert.equal(r.after, 'textrank-zh: call init() first');
  assert.match(r.unknown, /unknown init\(\) option `bogus`/);
  assert.equal(r.ok, 1);
});

test('bad options and input throw Errors that name the cause', async () => {
  const page = await apiPage();
  const r = await page.evaluate(async () => {
    await tz.init();
    const cases = [
      [{ ratio: NaN }], [{ sentences: Infinity }], [{ sentences: '3' }], [{ window: 11 }], [{ senteces: 1 }],
      [{ sentences: 2, ratio: 0.5 }], ['3'], [{ stopWords: 'x' }],
    ];
    const out = cases.map(([o]) => {
      try {
        tz.summarize('国务院日前印发意见。', o);
        return 'no error';
      } catch (e) {
        return `${e instanceof Error && e.constructor === Error}|${e.message}`;
      }
    });
    for (const text of [undefined, 42, null, { text: 'x' }]) {
      try {
        tz.summarize(text);
        out.push('no error');
      } catch (e) {
        out.push(`${e instanceof Error}|${e.message}`);
      }
    }
    out.push(tz.summarize('国务院日前印发意见。', { sentences: undefined, ratio: undefined }).sentences.length);
    return out;
  });
  const want = [
    /^true\|textrank-zh: invalid option `ratio`: must be a number in \(0, 1\], got NaN$/,
    /^true\|textrank-zh: invalid option `sentences`: must be an integer >= 0, got Infinity$/,
    /^true\|textrank-zh: invalid option `sentences`: must be an integer >= 0, got "3"$/,
    /^true\|textrank-zh: invalid option `window`: must be an integer from 2 to 10, got 11$/,
    /^true\|textrank-zh: invalid option `senteces`: unknown option; known options are sentences, ratio/,
    /^true\|textrank-zh: invalid option `ratio`: give either `sentences` or `ratio`, not both$/,
    /^true\|textrank-zh: options must be a plain object, got "3"$/,
    /^true\|textrank-zh: invalid option `stopWords`/,
    /^true\|textrank-zh: `text` must be a string, got undefined$/,
    /^true\|textrank-zh: `text` must be a string, got 42$/,
    /^true\|textrank-zh: `text` must be a string, got null$/,
    /^true\|textrank-zh: `text` must be a string, got object$/,
  ];
  want.forEach((re, i) => assert.match(String(r[i]), re));
  assert.equal(r.at(-1), 1, 'undefined option values mean "absent"');
});

test('a crash on the main thread fails that call with an Error that says so; the next call works', async () => {
  const page = await apiPage();
  const r = await page.evaluate(async () => {
    await tz.init();
    const text = '市民在海河岸边欣赏夜景。游客来到天津参观。';
    const hasWord = () => tz.keywords(text).keywords.some((k) => k.word === '海河岸边');
    const out = [hasWord()];
    tz.addUserWords([{ word: '海河岸边', freq: 100000, pos: 'ns' }]);
    out.push(hasWord());
    for (const kind of ['trap', 'panic']) {
      try {
        tzCore.selftestCrash(kind);
      } catch (e) {
        out.push(`${e instanceof Error}|${e.message}`);
      }
      out.push(hasWord());
    }
    return out;
  });
  assert.deepEqual(r.slice(0, 2), [false, true], 'a user word changes later calls');
  r.splice(0, 2);
  assert.match(r[0], /^true\|textrank-zh: the WebAssembly instance crashed \(RuntimeError: unreachable\); a new instance was started, and this call failed$/);
  assert.equal(r[1], true, 'user words survive the restart');
  assert.match(r[2], /^true\|textrank-zh: the WebAssembly instance crashed \(TextrankZhPanic: internal error: panicked at .*self-test panic\)/s);
  assert.equal(r[3], true);
});

test('Worker client: ready, results, supersession (AbortError), errors, restart after a crash', async () => {
  const page = await apiPage();
  const r = await page.evaluate(async (seed) => {
    const out = {};
    let crashNext = false;
    const progress = [];
    const s = createSummarizer({
      onProgress: (loaded, total) => progress.push([loaded, total]),
      // The test's hook: make the next request crash the wasm instance for real.
      createWorker: () => {
        const w = new Worker(new URL('/js/worker-thread.js', location.href), { type: 'module' });
        const post = w.postMessage.bind(w);
        w.postMessage = (m) => post(crashNext && m.type === 'summarize' ? { ...m, selftestCrash: 'trap' } : m);
        return w;
      },
    });
    await s.ready;
    out.progressLast = progress.at(-1);
    out.result = await s.summarize(seed, { sentences: 3 });
    const settle = (p) => p.then((v) => ({ ok: v.sentences.length }), (e) => ({ name: e.name, dom: e instanceof DOMException, message: e.message }));
    const three = [s.summarize(seed, { sentences: 1 }), s.summarize(seed, { sentences: 2 }), s.summarize(seed, { sentences: 4 })].map(settle);
    out.superseded = await Promise.all(three);
    out.badOption = await settle(s.summarize(seed, { window: 1 }));
    crashNext = true;
    out.crash = await settle(s.summarize(seed));
    crashNext = false;
    await s.ready;
    out.afterCrash = await settle(s.summarize(seed, { sentences: 2 }));
    const pending = settle(s.summarize(seed));
    s.terminate();
    out.terminated = await pending;
    out.afterTerminate = await settle(s.summarize(seed));

    const broken = createSummarizer({ createWorker: () => new Worker('/no/such-worker.js', { type: 'module' }) });
    out.broken = await broken.ready.then(() => 'ready', (e) => `${e instanceof Error}|${e.message}`);
    return out;
  }, SEED);
  assert.deepEqual(r.result, expected);
  assert.deepEqual(r.progressLast, [WASM_BYTES, WASM_BYTES]);
  assert.deepEqual(r.superseded.slice(0, 2).map((x) => [x.name, x.dom]), [['AbortError', true], ['AbortError', true]]);
  assert.deepEqual(r.superseded[2], { ok: 4 });
  assert.match(r.badOption.message, /^textrank-zh: invalid option `window`/);
  assert.match(r.crash.message, /^textrank-zh: the summarizer's WebAssembly instance died \(.*RuntimeError: unreachable.*\); a new one was started, and this request failed$/);
  assert.deepEqual(r.afterCrash, { ok: 2 });
  assert.equal(r.terminated.name, 'AbortError');
  assert.match(r.afterTerminate.message, /terminated/);
  assert.match(r.broken, /^true\|textrank-zh: the Worker could not start/);
});

test('measure: init() to first summary of the seed in Chromium, median of 5 fresh pages', async (t) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const page = await apiPage();
    times.push(await page.evaluate(async (seed) => {
      const t0 = performance.now();
      await tz.init();
      tz.summarize(seed, { sentences: 3 });
      return performance.now() - t0;
    }, SEED));
    await page.close();
  }
  t.diagnostic(`Chromium: init() to first summary, median of 5: ${median(times).toFixed(0)} ms (${times.map((x) => x.toFixed(0)).join(', ')})`);
  assert.equal(times.length, 5);
});
