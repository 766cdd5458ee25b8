// The JS API loads the dictionary lazily (src/dict.rs `Lazy`, src/wasm.rs): each call adds
// the words its text can use. Its results must be exactly those of the full dictionary,
// which the native CLI builds at once. Compared here call by call, in one instance that
// grows from empty (the seed, then every ../shared/eval text when it is there, then past
// the point where the rest of the dictionary is loaded at once), with user words, and
// each text of a few as the first call of a fresh instance.
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NATIVE_CLI as NATIVE } from '../../scripts/lib.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evalTexts } from '../../bench/corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
// The seed in traditional chars: segmented in simplified chars, so the dictionary must
// admit the words of the simplified view, not of the text as pasted.
const TRADITIONAL = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin-traditional.txt'), 'utf8');
if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');
const build = spawnSync('cargo', ['build', '--release', '--bin', 'textrank-zh'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`cargo build --release --bin textrank-zh failed:\n${build.stderr}`);

const FIELDS = ['sentences', 'keywords', 'keyphrases', 'stories'];

/** The native CLI's --jsonl results for `texts` (full dictionary), one per text. */
function native(texts, args = []) {
  const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
  const r = spawnSync(NATIVE, ['--jsonl', '--keywords', '20', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

test('the lazily loaded dictionary gives the full dictionary\'s results, call after call', async () => {
  const tz = await import('../../js/node.js');
  await tz.init();
  const texts = [TRADITIONAL, SEED, 'T恤和B超、3D打印', SEED.slice(0, 300), ...(evalTexts() ?? []), '风马牛不相及的蝴蝶翩翩起舞。他说：“这是我们共同的责任。”'];
  const expected = native(texts);
  texts.forEach((text, i) => {
    const got = tz.summarize(text, { keywords: 20 });
    for (const k of FIELDS) assert.deepEqual(got[k], expected[i][k], `text ${i}: ${k}`);
    if (i % 7 === 0) assert.deepEqual(tz.keywords(text, { keywords: 20 }).keywords, expected[i].keywords, `text ${i}: keywords()`);
  });
});

test('user words (with and without a frequency) on a lazily loaded dictionary', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-lazy-'));
  try {
    const dict = path.join(tmp, 'user.txt');
    writeFileSync(dict, '智能原生\n安宁疗护 5000 n\n海河岸边 nz\n');
    const [expected] = native([SEED], ['--user-dict', dict]);
    // A fresh process: the words are added before any text has loaded their chars.
    const script = `import * as tz from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'js', 'node.js')).href)};
      await tz.init();
      tz.addUserWords([{ word: '智能原生' }, { word: '安宁疗护', freq: 5000, pos: 'n' }, { word: '海河岸边', pos: 'nz' }]);
      process.stdout.write(JSON.stringify(tz.summarize(${JSON.stringify(SEED)}, { keywords: 20 })));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT, maxBuffer: 1 << 28 });
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(r.stdout);
    for (const k of FIELDS) assert.deepEqual(got[k], expected[k], k);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

/** `summarize(text)` as the first call of a fresh instance (a worker thread each). */
function firstCall(text) {
  const code = `const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then(async (tz) => {
      await tz.init();
      parentPort.postMessage(JSON.stringify(tz.summarize(workerData.text, { keywords: 20 })));
    });`;
  const url = pathToFileURL(path.join(ROOT, 'js', 'node.js')).href;
  const w = new Worker(code, { eval: true, workerData: { url, text } });
  return new Promise((resolve, reject) => {
    w.once('message', (m) => resolve(JSON.parse(m)));
    w.once('error', reject);
  }).finally(() => w.terminate());
}

// A word cut by a column break (`意` / `大利`) is read whole, so a fresh instance must load
// it although the pasted text never has its chars side by side.
test('a fresh instance gives the full dictionary\'s results on a text with words cut by column breaks', async () => {
  const broken = '俄罗斯已失去了全球第八大经济体的地位。\n\n现在看来，意\n\n大利、印度、加拿大和澳\r\n大利亚的经济规模可能已经超过俄罗斯。\n\n分析人士指出，卢布贬值是主要原因。';
  const bulletins = existsSync(path.join(ROOT, '..', 'shared', 'eval', 'bulletins-dev.jsonl'))
    ? readFileSync(path.join(ROOT, '..', 'shared', 'eval', 'bulletins-dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text)
    : (console.log('# ../shared/eval is absent: only the made-up text, not the 60 dev bulletins, in fresh instances'), []);
  const texts = [broken, ...bulletins];
  const expected = native(texts);
  for (const [i, text] of texts.entries()) {
    const got = await firstCall(text);
    for (const k of FIELDS) assert.deepEqual(got[k], expected[i][k], `text ${i}: ${k}`);
  }
  assert.ok(expected[0].keywords.some((k) => k.word === '意大利'), JSON.stringify(expected[0].keywords));
});
