// The npm package in Node: init, results, options, errors, user words, crash recovery.
// Needs the wasm build (`npm run build`); `npm test` builds it first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
const WASM = path.join(ROOT, 'dist', 'textrank_zh_bg.wasm');
if (!existsSync(WASM)) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');

const tz = await import('../../js/node.js');
const core = await import('../../js/core.js');

/** The wasm CLI's --json output for the seed, parsed (CLI parity with native is tested apart). */
function cliJson(args) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'js', 'cli.js'), ...args], { encoding: 'utf8', input: SEED });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

// Runs `code` (an async function body with `tz` in scope) in a fresh Node process, whose
// module state has no init() yet. Returns what the body returns, through JSON.
function fresh(code) {
  const script = `import * as tz from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'js', 'node.js')).href)};
    const out = await (async () => { ${code} })();
    process.stdout.write(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test('anything called before init() throws "call init() first"', () => {
  const out = fresh(`
    const msgs = [];
    for (const f of [() => tz.summarize('x'), () => tz.keywords('x'), () => tz.addUserWords([]), () => tz.version()]) {
      try { f(); msgs.push('no error'); } catch (e) { msgs.push(e instanceof Error && e.message); }
    }
    const pending = tz.init();
    try { tz.summarize('x'); } catch (e) { msgs.push(e.message); }
    await pending;
    msgs.push(tz.summarize('国务院日前印发意见。').sentences.length);
    return msgs;`);
  assert.deepEqual(out, Array(5).fill('textrank-zh: call init() first').concat([1]));
});

test('init() is idempotent and needs no fetch in Node', async () => {
  const out = fresh(`
    globalThis.fetch = () => { throw new Error('fetch was called'); };
    const progress = [];
    const a = tz.init({ onProgress: (l, t) => progress.push([l, t]) });
    const b = tz.init();
    await Promise.all([a, b, tz.init()]);
    await tz.init();
    return { progress, same: tz.summarize('国务院日前印发意见。').sentences.length };`);
  const size = readFileSync(WASM).length;
  assert.deepEqual(out, { progress: [[size, size]], same: 1 });
});

test('init() takes the wasm as a path, a file URL, bytes or a WebAssembly.Module, and a dict', () => {
  const sources = {
    path: `'${WASM}'`,
    fileUrl: `new URL('${pathToFileURL(WASM).href}')`,
    fileUrlString: `'${pathToFileURL(WASM).href}'`,
    buffer: `(await import('node:fs')).readFileSync('${WASM}')`,
    arrayBuffer: `new Uint8Array((await import('node:fs')).readFileSync('${WASM}')).buffer`,
    module: `await WebAssembly.compile((await import('node:fs')).readFileSync('${WASM}'))`,
  };
  for (const [kind, expr] of Object.entries(sources)) {
    const out = fresh(`await tz.init({ wasm: ${expr} }); return tz.keywords(${JSON.stringify(SEED)}).keywords[0].word;`);
    assert.equal(out, '人工智能', kind);
  }
  const dict = path.join(ROOT, 'src', 'data', 'dict.bin');
  const out = fresh(`await tz.init({ dict: '${dict}' }); return tz.keywords(${JSON.stringify(SEED)}).keywords[0].word;`);
  assert.equal(out, '人工智能', 'dict');
});

test('a wasm that cannot be loaded rejects with an Error naming it; init() can then be retried', () => {
  const out = fresh(`
    const msgs = [];
    for (const wasm of ['/no/such.wasm', new Uint8Array([1, 2, 3]), 42]) {
      try { await tz.init({ wasm }); msgs.push('no error'); } catch (e) { msgs.push(e instanceof Error && e.message); }
    }
    try { await tz.init({ dict: new Uint8Array([1, 2, 3]) }); msgs.push('no error'); } catch (e) { msgs.push(e.message); }
    await tz.init();
    msgs.push(tz.version());
    return msgs;`);
  assert.match(out[0], /^textrank-zh: cannot read \/no\/such\.wasm: ENOENT/);
  assert.match(out[1], /^textrank-zh: cannot load the WebAssembly module: /);
  assert.match(out[2], /^textrank-zh: init\(\) option `wasm` must be a URL, a string, a Response, a BufferSource or a WebAssembly.Module$/);
  assert.match(out[3], /^textrank-zh: /);
  assert.equal(out[4], '0.1.0');
});

await tz.init();

test('summarize() returns plain objects equal to the CLI --json output', () => {
  for (const options of [{}, { sentences: 5, keywords: 20 }, { ratio: 0.3, perStory: false }, { maxChars: 80, headlines: true }]) {
    const args = ['--json'];
    if (options.sentences !== undefined) args.push('--sentences', String(options.sentences));
    if (options.keywords !== undefined) args.push('--keywords', String(options.keywords));
    if (options.ratio !== undefined) args.push('--ratio', String(options.ratio));
    if (options.perStory === false) args.push('--no-per-story');
    if (options.maxChars !== undefined) args.push('--max-chars', String(options.maxChars));
    if (options.headlines) args.push('--headlines');
    const r = tz.summarize(SEED, options);
    assert.deepEqual(r, cliJson(args), JSON.stringify(options));
    assert.equal(Object.getPrototypeOf(r), Object.prototype);
    assert.equal(Object.getPrototypeOf(r.sentences[0] ?? {}), Object.prototype);
    assert.deepEqual(structuredClone(r), r);
  }
});

test('a story without a headline has title null (not undefined)', () => {
  const r = tz.summarize('国务院日前印发意见。意见提出推动人工智能发展。');
  assert.equal(r.stories.length, 1);
  assert.ok('title' in r.stories[0]);
  assert.equal(r.stories[0].title, null);
});

test('spans are UTF-16 offsets of the input, also after astral chars and lone surrogates', () => {
  const text = '😀𠀀前言\uD800。国务院日前印发意见。意见提出推动人工智能发展。\uDC00人工智能正在改变各行各业。';
  const r = tz.summarize(text, { sentences: 3 });
  assert.equal(r.sentences.length, 3);
  for (const s of r.sentences) {
    const slice = text.slice(s.start, s.end).replace(/[\uD800-\uDFFF]/g, '\uFFFD');
    assert.equal(slice, s.text);
  }
});

test('keywords() equals the keywords and keyphrases of summarize()', () => {
  const { keywords, keyphrases } = tz.summarize(SEED, { keywords: 15 });
  assert.deepEqual(tz.keywords(SEED, { keywords: 15 }), { keywords, keyphrases });
});

test('bad options name the option and its range; undefined values are absent', () => {
  const cases = [
    [{ sentences: -1 }, /^textrank-zh: invalid option `sentences`: must be an integer >= 0, got -1$/],
    [{ sentences: 1.5 }, /`sentences`: must be an integer >= 0/],
    [{ sentences: NaN }, /`sentences`: must be an integer >= 0, got NaN$/],
    [{ ratio: NaN }, /`ratio`: must be a number in \(0, 1\], got NaN$/],
    [{ diversity: Infinity }, /`diversity`: must be a number from 0 to 1, got Infinity$/],
    [{ maxChars: -Infinity }, /`maxChars`: must be an integer >= 1, got -Infinity$/],
    [{ keywords: '10' }, /`keywords`: must be an integer >= 0, got "10"$/],
    [{ perStory: 'no' }, /`perStory`: must be a boolean/],
    [{ headlines: 1 }, /`headlines`: must be a boolean/],
    [{ window: 1 }, /`window`: must be an integer from 2 to 10, got 1$/],
    [{ stopWords: [1] }, /`stopWords`/],
    [{ stopWords: 'x' }, /`stopWords`: must be an array of strings/],
    [{ maxInputChars: 0 }, /`maxInputChars`: must be an integer >= 1/],
    [{ sentences: 2, ratio: 0.5 }, /not both/],
    [{ Sentences: 2 }, /^textrank-zh: invalid option `Sentences`: unknown option; known options are/],
    [{ senteces: null }, /unknown option/],
    [{ sentences: 3n }, /`sentences`/],
    [{ sentences: () => 3 }, /`sentences`/],
    [{ sentences: Symbol('x') }, /`sentences`/],
    [[], /^textrank-zh: options must be a plain object, got an array$/],
    ['{}', /^textrank-zh: options must be a plain object, got "\{\}"$/],
    [7, /^textrank-zh: options must be a plain object, got 7$/],
  ];
  for (const [options, re] of cases) {
    const check = (e) => e instanceof Error && re.test(e.message);
    assert.throws(() => tz.summarize('国务院日前印发意见。', options), check, String(options));
    assert.throws(() => tz.keywords('国务院日前印发意见。', options), check, String(options));
  }
  assert.equal(tz.summarize('国务院日前印发意见。', { sentences: undefined, ratio: undefined, window: undefined }).sentences.length, 1);
  assert.equal(tz.summarize('国务院日前印发意见。', null).sentences.length, 1);
  assert.equal(tz.summarize('国务院日前印发意见。', { sentences: null }).sentences.length, 1);
});

test('non-string text and too-long input are Errors', () => {
  for (const [text, got] of [[undefined, 'undefined'], [null, 'null'], [5, '5'], [['a'], 'an array'], [{}, 'object']]) {
    assert.throws(() => tz.summarize(text), { message: `textrank-zh: \`text\` must be a string, got ${got}` });
  }
  assert.throws(() => tz.summarize('国务院日前印发意见。', { maxInputChars: 5 }), /^Error: textrank-zh: input is too long: 10 chars, the limit is 5/);
  assert.deepEqual(tz.summarize(''), { sentences: [], keywords: [], keyphrases: [], stories: [] });
});

test('addUserWords() affects later calls; bad entries name the item and key', () => {
  const text = '市民在海河岸边欣赏夜景。游客来到天津参观。';
  const has = () => tz.keywords(text).keywords.some((k) => k.word === '海河岸边');
  assert.equal(has(), false);
  tz.addUserWords([{ word: '海河岸边', freq: 100000, pos: 'ns' }]);
  assert.equal(has(), true);
  // One format for every refused item, whether the binding or the core refuses it.
  assert.throws(() => tz.addUserWords('x'), { message: 'textrank-zh: addUserWords: expected an array of { word, freq?, pos? }, got "x"' });
  const cases = [
    [[null], 0, 'must be an object { word, freq?, pos? }, got null'],
    [[{ word: 'a' }, { word: 3 }], 1, '`word` must be a string, got 3'],
    [[{ word: 'a', freq: NaN }], 0, '`freq` must be an integer >= 1, got NaN'],
    [[{ word: 'a', freq: 0 }], 0, '`freq` must be an integer >= 1, got 0'],
    [[{ word: 'a', freq: 1.5 }], 0, '`freq` must be an integer >= 1, got 1.5'],
    [[{ word: 'a', freq: -1e21 }], 0, '`freq` must be an integer >= 1, got -1e+21'],
    [[{ word: 'a' }, { word: 'a b' }], 1, '`word` must be non-empty and contain no whitespace, got "a b"'],
    [[{ word: '' }], 0, '`word` must be non-empty and contain no whitespace, got ""'],
    [[{ word: 'a', pos: 'n 1' }], 0, '`pos` must be a tag of 1-8 ASCII letters (e.g. n, nz, v), got "n 1"'],
    [[{ word: 'a', weight: 1 }], 0, 'unknown key `weight`; the keys are word, freq, pos'],
  ];
  for (const [words, i, message] of cases) {
    assert.throws(() => tz.addUserWords(words), { message: `textrank-zh: addUserWords: item ${i}: ${message}` }, message);
  }
});

test('addUserWords(): a huge freq is capped, not refused; the total is budgeted and a refused list adds nothing', () => {
  const text = '市民在湖滨步道欣赏夜景。游客来到湖滨步道参观。';
  const has = (w) => tz.keywords(text, { keywords: 50 }).keywords.some((k) => k.word === w);
  // 1e20 is an integer >= 1, as in a --user-dict file: it counts as 1e8.
  tz.addUserWords([{ word: '湖滨步道', freq: 1e20 }]);
  assert.ok(has('湖滨步道'));
  tz.addUserWords([{ word: '滨步', freq: 2 ** 53 }]);
  // 2 x 1e8 are spent above (and less than 5e7 by the tests before); then 5e7 and 17 x 1e8
  // fit in 2e9, and the 18th 1e8 (item 18) does not.
  const many = [{ word: '夜景步道', freq: 5e7 }, ...Array.from({ length: 25 }, (_, i) => ({ word: `夜景步道${i}`, freq: 1e9 }))];
  assert.throws(() => tz.addUserWords(many), {
    message: /^textrank-zh: addUserWords: item 18: the frequencies of all user words may add up to at most 2000000000 \(each counts at most 100000000\); this word brings them to 20\d{8}$/,
  });
  // Refused, the list spent none of the budget: 17 x 1e8 still fit.
  tz.addUserWords(many.slice(1, 18).map((w) => ({ ...w, freq: 1e8 })));
});

test('a crash fails that call with an Error that says so; the next call works, user words kept', () => {
  const text = '市民在海河岸边欣赏夜景。游客来到天津参观。';
  for (const kind of ['trap', 'panic']) {
    assert.throws(() => core.selftestCrash(kind), (e) => {
      assert.match(e.message, /^textrank-zh: the WebAssembly instance crashed \((RuntimeError: unreachable|TextrankZhPanic: internal error: panicked at .*self-test panic)\); a new instance was started, and this call failed$/s);
      assert.ok(core.isCrashError(e));
      return true;
    });
    assert.ok(tz.keywords(text).keywords.some((k) => k.word === '海河岸边'));
  }
});

test('version() is the version of package.json and Cargo.toml, and the CLI says it', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const cargo = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(tz.version(), pkg);
  assert.equal(cargo, pkg);
  const r = spawnSync(process.execPath, [path.join(ROOT, 'js', 'cli.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.stdout, `textrank-zh ${pkg}\n`);
});

test('textrank-zh/worker says it needs Web Workers in Node', async () => {
  const { createSummarizer } = await import('../../js/worker.js');
  assert.throws(() => createSummarizer(), /needs Web Workers/);
});
