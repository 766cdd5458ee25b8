// Issue 7, points 1 and 2 on the JS side (the npm package in Node, the wasm build):
//  - lone surrogates, which only a JS string can hold: random strings keep every span valid;
//  - the bad-input matrix through summarize() and keywords(): each case gives a sensible
//    result or an Error that names the cause, never a crash (`RuntimeError: unreachable`,
//    a panic), and the next call still gives the same result as before.
// The CLI's matrix (native and npm bin) is in bad-input-cli.test.mjs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedText, rng, spanProblems, wellFormed } from './contract-text.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');

const tz = await import('../../js/node.js');
const core = await import('../../js/core.js');
await tz.init();

// A panic would be logged by the wasm's panic hook through console.error: count those.
const consoleErrors = [];
const consoleError = console.error;
let quiet = false; // set while a case is expected to log a panic
console.error = (...args) => {
  consoleErrors.push(args.map(String).join(' '));
  if (!quiet) consoleError(...args);
};

const BASELINE = tz.summarize(SEED);
const BASELINE_KEYWORDS = tz.keywords(SEED);

/** The module still works, and gives the same bytes as before the bad case. */
function stillWorks(what) {
  assert.deepEqual(tz.summarize(SEED), BASELINE, `${what}: the next call gives another result`);
  assert.deepEqual(tz.keywords(SEED), BASELINE_KEYWORDS, `${what}: the next keywords() call gives another result`);
  assert.deepEqual(consoleErrors, [], `${what}: something was logged to console.error`);
}

/** Runs f; returns { result } or { error }, and checks that an error is a plain, named Error. */
function attempt(what, f) {
  try {
    return { result: f() };
  } catch (e) {
    assert.ok(e instanceof Error, `${what}: threw a non-Error ${String(e)}`);
    assert.equal(e.constructor, Error, `${what}: threw ${e.constructor?.name}: ${e.message}`);
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what}: ${e.message}`);
    assert.ok(!core.isCrashError(e), `${what}: the wasm instance crashed: ${e.message}`);
    assert.doesNotMatch(e.message, /unreachable|panicked|internal error|RuntimeError/, what);
    assert.match(e.message, /^textrank-zh: \S/, `${what}: the message does not start with "textrank-zh: "`);
    return { error: e };
  }
}

function expectError(what, f, re) {
  const r = attempt(what, f);
  assert.ok(r.error, `${what}: no error, got ${JSON.stringify(r.result)?.slice(0, 200)}`);
  assert.match(r.error.message, re, what);
  stillWorks(what);
  return r.error;
}

function expectResult(what, text, options) {
  const r = attempt(what, () => tz.summarize(text, options));
  assert.ok(r.result, `${what}: ${r.error?.message}`);
  assert.deepEqual(spanProblems(text, r.result, options ?? {}), [], what);
  const k = attempt(`${what} (keywords)`, () => tz.keywords(text, options));
  assert.deepEqual(k.result, { keywords: r.result.keywords, keyphrases: r.result.keyphrases }, `${what}: keywords() differs`);
  stillWorks(what);
  return r.result;
}

// ---------------------------------------------------------------- point 1: lone surrogates

const PIECES = [
  // news text and markers
  '国务院日前印发意见。', '人工智能技术加速迭代演进，', '安宁疗护', '有助于推动人', '工智能赋能发展。', '问：', '答：',
  '新华社北京8月26日电', '（记者李恒）', '新华社发', '（完）', '国内要闻', '“', '”', '……', '。', '，', 'It works. ',
  // line breaks and whitespace, format and odd chars
  '\n', '\n\n', '\n\n\n', '\r\n', '\r', '\u2028', '\u2029', ' ', '\t', '\u3000', '\u00a0', '\u0085', '\ufeff', '\u200b',
  '\u200d', '\u200f', '\u202e', '\u0000', '\ufffd', '\ue000', 'e\u0301', '😀', '👩\u200d👩\u200d👧', '𠀀', '𪚥', '\u{10ffff}',
  // lone surrogates, and halves of pairs that a neighbour piece may complete
  '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '😀'.slice(0, 1), '😀'.slice(1), '𠀀'.slice(0, 1), '𠀀'.slice(1),
  '\uD800\uD800', '\uDC00\uDC00', '\uDC00\uD800',
];

function randomPiece(r) {
  const roll = r.next();
  if (roll < 0.55) return r.pick(PIECES);
  if (roll < 0.7) {
    // a lone surrogate from anywhere in the range
    return String.fromCharCode(r.int(0xd800, 0xdfff));
  }
  if (roll < 0.85) {
    // random Han
    let s = '';
    for (let n = r.int(1, 12); n > 0; n--) s += String.fromCodePoint(r.int(0x4e00, 0x9fff));
    return s;
  }
  // any code unit, or any code point
  return r.chance(0.5) ? String.fromCharCode(r.int(0, 0xffff)) : String.fromCodePoint(r.int(0, 0x10ffff));
}

function randomOptions(r) {
  const o = {};
  if (r.chance(0.5)) o.sentences = r.int(0, 8);
  else if (r.chance(0.5)) o.ratio = r.int(1, 100) / 100;
  if (r.chance(0.3)) o.maxChars = r.int(1, 200);
  if (r.chance(0.5)) o.keywords = r.int(0, 15);
  if (r.chance(0.3)) o.keyphrases = r.int(0, 8);
  if (r.chance(0.3)) o.window = r.int(2, 10);
  if (r.chance(0.3)) o.diversity = r.next();
  if (r.chance(0.3)) o.perStory = r.chance(0.5);
  if (r.chance(0.3)) o.headlines = r.chance(0.5);
  return o;
}

const SURROGATE_CASES = 5000;

test(`lone surrogates: ${SURROGATE_CASES} random strings keep every span valid (slice, U+FFFD rule, boundaries)`, (t) => {
  const r = rng(0x7e57_0007);
  let lone = 0;
  let sentences = 0;
  for (let i = 0; i < SURROGATE_CASES; i++) {
    let text = '';
    for (let n = r.int(0, 40); n > 0; n--) text += randomPiece(r);
    const options = randomOptions(r);
    if (wellFormed(text) !== text) lone++;
    const res = attempt(`case ${i}`, () => tz.summarize(text, options));
    assert.ok(res.result, `case ${i} ${JSON.stringify(text)} ${JSON.stringify(options)}: ${res.error?.message}`);
    const problems = spanProblems(text, res.result, options);
    assert.deepEqual(problems, [], `case ${i}: ${JSON.stringify(text)} ${JSON.stringify(options)}`);
    // Same answer as for the string with U+FFFD in place of each lone surrogate: nothing moves.
    assert.deepEqual(tz.summarize(wellFormed(text), options), res.result, `case ${i}: differs from its well-formed twin`);
    sentences += res.result.sentences.length;
  }
  assert.ok(lone > SURROGATE_CASES / 2, `only ${lone} cases had a lone surrogate`);
  assert.deepEqual(consoleErrors, []);
  t.diagnostic(`${SURROGATE_CASES} cases, ${lone} with lone surrogates, ${sentences} sentences checked`);
});

test('lone surrogates: hand-picked cases', () => {
  for (const text of [
    '\uD800', '\uDC00', '\uD800。国务院日前印发意见。', '国务院日前印发意见。\uDC00', '国务院\uD800日前印发意见。\uDFFF意见提出。',
    '\uDC00\uD800国务院日前印发意见。', '😀'.slice(0, 1) + '\n\n\n' + '国务院日前印发意见。', '国务院日前印发意见\uD83D\n发展。',
  ]) {
    const r = expectResult(JSON.stringify(text), text, { sentences: 5 });
    for (const s of r.sentences) assert.equal(expectedText(text.slice(s.start, s.end)), s.text);
  }
});

// ---------------------------------------------------------------- point 2: the bad-input matrix

test('non-string text is an Error naming `text` and what it got', () => {
  const cases = [
    [null, 'null'], [undefined, 'undefined'], [42, '42'], [NaN, 'NaN'], [{}, 'object'], [{ text: '国务院' }, 'object'],
    [new ArrayBuffer(8), 'object'], [new Uint8Array([0xe5, 0x9b, 0xbd]), 'object'], [['国务院'], 'an array'],
    [new String('国务院日前印发意见。'), 'object'], [Symbol('x'), 'symbol'], [10n, 'bigint'], [() => '国务院', 'function'], [true, 'boolean'],
  ];
  for (const [text, got] of cases) {
    for (const f of [tz.summarize, tz.keywords]) {
      expectError(`${f.name}(${got})`, () => f(text), new RegExp(`^textrank-zh: \`text\` must be a string, got ${got.replace(/[()]/g, '\\$&')}$`));
    }
  }
});

test('text over the size limit is an Error naming the count and the limit', () => {
  const over = 'a'.repeat(4_000_001);
  expectError('4,000,001 chars', () => tz.summarize(over), /^textrank-zh: input is too long: 4000001 chars, the limit is 4000000 \(raise maxInputChars \/ --max-input-chars\)$/);
  expectError('keywords() 4,000,001 chars', () => tz.keywords(over), /input is too long: 4000001 chars/);
  // Chars are code points: 4,000,000 astral chars (8,000,000 UTF-16 units) are within the limit.
  const astral = '𠀀'.repeat(1_000_001);
  expectError('1,000,001 astral chars, limit 1,000,000', () => tz.summarize(astral, { maxInputChars: 1_000_000 }), /input is too long: 1000001 chars, the limit is 1000000/);
  expectResult('1,000,000 astral chars, limit 1,000,000', astral.slice(2), { maxInputChars: 1_000_000 });
  expectError('limit 5', () => tz.summarize('国务院日前印发意见。', { maxInputChars: 5 }), /input is too long: 10 chars, the limit is 5/);
});

test('invalid options are Errors naming the option and its valid range', () => {
  const ranges = {
    sentences: 'an integer >= 0', ratio: 'a number in \\(0, 1\\]', maxChars: 'an integer >= 1', keywords: 'an integer >= 0',
    keyphrases: 'an integer >= 0', window: 'an integer from 2 to 10', diversity: 'a number from 0 to 1',
    maxInputChars: 'an integer >= 1',
  };
  const bad = {
    // Huge values are quoted as JS prints them (-9007199254740992, 1e+21), not as floats.
    sentences: [-1, 1.5, NaN, Infinity, -Infinity, '3', true, [3], {}, -(2 ** 53), -1e21, 1e15 + 0.5],
    ratio: [0, -0.5, 1.0001, NaN, Infinity, -Infinity, '0.5', false, 2 ** 53, 1e21, 1e-7 - 1],
    maxChars: [0, -1, 2.5, NaN, Infinity, '100', -(2 ** 60)],
    keywords: [-1, 0.5, NaN, Infinity, '10', -1e20],
    keyphrases: [-1, NaN, -Infinity, '5'],
    window: [0, 1, 11, -2, 4.5, NaN, Infinity, '4', 2 ** 53, 1e20, 1e21, Number.MAX_VALUE],
    diversity: [-0.1, 1.1, NaN, Infinity, -Infinity, '0.5', 2 ** 53],
    maxInputChars: [0, -1, NaN, Infinity, '4000000'],
  };
  let n = 0;
  for (const [key, values] of Object.entries(bad)) {
    for (const value of values) {
      const what = `{ ${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)} }`;
      const got = value === null ? 'null' : typeof value === 'string' ? `"${value}"` : Number.isNaN(value) ? 'NaN' : typeof value === 'number' ? String(value) : '.*';
      const re = new RegExp(`^textrank-zh: invalid option \`${key}\`: must be ${ranges[key]}, got ${got.replace(/[.+]/g, (c) => (got === '.*' ? c : `\\${c}`))}`);
      expectError(what, () => tz.summarize('国务院日前印发意见。', { [key]: value }), re);
      expectError(`keywords() ${what}`, () => tz.keywords('国务院日前印发意见。', { [key]: value }), re);
      n++;
    }
  }
  for (const [options, re] of [
    [{ perStory: 'yes' }, /^textrank-zh: invalid option `perStory`: must be a boolean/],
    [{ headlines: 0 }, /^textrank-zh: invalid option `headlines`: must be a boolean/],
    [{ stopWords: '的' }, /^textrank-zh: invalid option `stopWords`: must be an array of strings/],
    [{ stopWords: [1] }, /^textrank-zh: invalid option `stopWords`/],
    [{ stopWords: [null] }, /^textrank-zh: invalid option `stopWords`/],
    [{ senteces: 3 }, /^textrank-zh: invalid option `senteces`: unknown option; known options are sentences, ratio, maxChars/],
    [{ max_chars: 3 }, /^textrank-zh: invalid option `max_chars`: unknown option/],
    [{ '': 1 }, /^textrank-zh: invalid option ``: unknown option/],
    [JSON.parse('{"__proto__": {"sentences": 1}}'), /^textrank-zh: invalid option `__proto__`: unknown option/],
    [{ sentences: 2, ratio: 0.5 }, /^textrank-zh: invalid option `ratio`: give either `sentences` or `ratio`, not both$/],
    [{ sentences: 0, ratio: 1 }, /not both/],
    [{ get sentences() { throw new Error('boom'); } }, /^textrank-zh: cannot read option `sentences`$/],
    ['{"sentences": 1}', /^textrank-zh: options must be a plain object, got "\{\\"sentences\\": 1\}"$/],
    [3, /^textrank-zh: options must be a plain object, got 3$/],
    [[1], /^textrank-zh: options must be a plain object, got an array$/],
    [() => {}, /^textrank-zh: options must be a plain object, got function$/],
    // A Map's entries or a Date are not options, and used to be ignored without a word.
    [new Map([['sentences', 5]]), /^textrank-zh: options must be a plain object, got a Map$/],
    [new Date(0), /^textrank-zh: options must be a plain object, got a Date$/],
    [new (class Settings { sentences = 1; })(), /^textrank-zh: options must be a plain object, got a Settings$/],
    [{ stopWords: '人工智能' }, /^textrank-zh: invalid option `stopWords`: must be an array of strings, got "人工智能"$/],
    [{ stopWords: ['意见', null] }, /^textrank-zh: invalid option `stopWords`: every item must be a string, got null at index 1$/],
    // A hole is refused where it stands, before a huge sparse array is copied (it used to panic).
    [{ stopWords: new Array(1e8) }, /^textrank-zh: invalid option `stopWords`: every item must be a string, got undefined at index 0$/],
    [{ stopWords: ['意见', , '会议'] }, /^textrank-zh: invalid option `stopWords`: every item must be a string, got undefined at index 1$/],
  ]) {
    const what = Object.getOwnPropertyDescriptor(options ?? {}, 'sentences')?.get ? 'a throwing getter' : JSON.stringify(options) ?? String(options);
    expectError(what, () => tz.summarize('国务院日前印发意见。', options), re);
    n++;
  }
  assert.ok(n > 60);
  // Absent means default: undefined, null, a Symbol key, an object with no own keys.
  for (const options of [undefined, null, {}, { sentences: undefined }, { ratio: null }, { [Symbol('s')]: 1 }, Object.create({ sentences: 1 }), Object.create(null)]) {
    assert.deepEqual(tz.summarize(SEED, options), BASELINE, JSON.stringify(options) ?? 'undefined');
  }
});

test('edge values that are valid give results', () => {
  const text = SEED;
  for (const options of [
    { sentences: 0 }, { sentences: -0 }, { sentences: 1e3 }, { sentences: 2 ** 31 }, { ratio: 1 }, { ratio: Number.MIN_VALUE },
    { maxChars: 1 }, { maxChars: 2 ** 31 }, { keywords: 0, keyphrases: 0 }, { keywords: 2 ** 31 }, { window: 2 }, { window: 10 },
    { diversity: 0 }, { diversity: 1 }, { maxInputChars: SEED.length }, { maxInputChars: 2 ** 31 },
    { stopWords: [] }, { stopWords: ['', ' ', '\uD800', '的', 'x'.repeat(100_000)] }, { stopWords: Array(10_000).fill('人工智能') },
  ]) {
    expectResult(JSON.stringify(options), text, options);
  }
  assert.equal(tz.summarize(SEED, { sentences: 0 }).sentences.length, 0);
  assert.equal(tz.summarize(SEED, { maxChars: 1 }).sentences.length, 0, 'no sentence fits: the summary is empty');
});

// Counts above 2^32 - 1 are valid ("an integer >= 0"): the wasm build (32-bit usize) saturates
// them, as natively (this was a bug: it rejected them with a message whose range they satisfy).
test('counts above 2^32 - 1 are valid in wasm too, as natively', () => {
  for (const key of ['sentences', 'keywords', 'keyphrases', 'maxChars', 'maxInputChars']) {
    // No upper limit: 2 ** 53, 1e20 and the largest double are integers >= 0 too.
    for (const n of [2 ** 32, 5e9, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e20, 1e21, Number.MAX_VALUE]) {
      const r = attempt(key, () => tz.summarize(SEED, { [key]: n }));
      assert.ok(r.result, `{ ${key}: ${n} }: ${r.error?.message}`);
    }
  }
  assert.deepEqual(tz.summarize(SEED, { keywords: 5e9 }), tz.summarize(SEED, { keywords: 2 ** 31 }));
  assert.deepEqual(tz.summarize(SEED, { sentences: 1e20, keywords: 2 ** 53 }), tz.summarize(SEED, { sentences: 2 ** 31, keywords: 2 ** 31 }));
});

// A JS string read from a file with a BOM starts with U+FEFF; the CLI strips it from files.
test('a leading BOM is laid out like leading whitespace; spans still index the string as given', () => {
  const bom = `\ufeff${SEED}`;
  const plain = tz.summarize(SEED, { sentences: 5 });
  const r = expectResult('the seed after a BOM', bom, { sentences: 5 });
  assert.notEqual(plain.stories[0].title, null);
  assert.deepEqual(r.stories.map((s) => s.title), plain.stories.map((s) => s.title));
  assert.deepEqual(r.sentences.map((s) => s.text), plain.sentences.map((s) => s.text));
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end]), plain.sentences.map((s) => [s.start + 1, s.end + 1]));
  assert.deepEqual(r.stories.map((s) => [s.start, s.end]), plain.stories.map((s) => [s.start + 1, s.end + 1]));
  for (const s of r.sentences) assert.equal(bom.slice(s.start, s.end), SEED.slice(s.start - 1, s.end - 1));
  assert.deepEqual(r.keywords, plain.keywords);
  assert.deepEqual(r.keyphrases, plain.keyphrases);
});

const HAN = SEED.replace(/[^\u4e00-\u9fff]/g, '');
const repeatTo = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);

test('odd but valid texts give sensible results', () => {
  // one character
  for (const c of ['国', 'a', '。', ' ', '\n', '\uD800', '😀', '\u0000', '\ufeff']) {
    const r = expectResult(`one character ${JSON.stringify(c)}`, c);
    assert.ok(r.sentences.length <= 1);
  }
  assert.deepEqual(tz.summarize('国').sentences.map((s) => s.text), ['国']);

  // a 100,000-character sentence without punctuation: one sentence, the whole of it
  const long = repeatTo(HAN, 100_000);
  let r = expectResult('100,000 chars without punctuation', long);
  assert.equal(r.sentences.length, 1);
  assert.deepEqual([r.sentences[0].start, r.sentences[0].end], [0, 100_000]);
  assert.ok(r.keywords.length > 0, 'it still has keywords');
  r = expectResult('100,000 chars without punctuation, maxChars 200', long, { maxChars: 200 });
  assert.equal(r.sentences.length, 0, 'no sentence fits in 200 chars');

  // only punctuation, only whitespace, only English
  r = expectResult('only punctuation', '。，、；：？！“”‘’（）《》……——.,;:!?()[]{}'.repeat(200));
  assert.deepEqual(r.keywords, []);
  for (const ws of [' \t\n\r\u3000\u00a0\u2028\u2029\u0085\u000b\u000c'.repeat(500), '\n'.repeat(10_000), '\r'.repeat(100)]) {
    assert.deepEqual(expectResult('only whitespace', ws), { sentences: [], keywords: [], keyphrases: [], stories: [] });
  }
  const english = 'The quick brown fox jumps over the lazy dog. It was not amused!\nNeither was the cat? '.repeat(50);
  r = expectResult('only English', english);
  assert.ok(r.sentences.length > 0);

  // Traditional Chinese and Japanese: sentences split on their punctuation, keywords from their words
  const traditional = '國務院日前印發《關於深入實施「人工智能+」行動的意見》。意見提出，到2027年，率先實現人工智能與六大重點領域廣泛深度融合。新一代智能終端、智能體等應用普及率超過70%。';
  r = expectResult('Traditional Chinese', traditional);
  assert.equal(r.sentences.length, 3);
  assert.ok(r.keywords.length > 0);
  const japanese = '政府は二十六日、人工知能の活用を推進する新たな方針を閣議決定した。企業や大学との連携を強化し、研究開発を加速させる。専門家は「大きな一歩だ」と評価している。';
  r = expectResult('Japanese', japanese);
  assert.equal(r.sentences.length, 3);
  assert.ok(r.keywords.length > 0);

  // 1,000 identical sentences: the sentence is picked once, not three times
  const same = '国务院日前印发《关于深入实施“人工智能+”行动的意见》。';
  r = expectResult('1,000 identical sentences', same.repeat(1000));
  assert.deepEqual(r.sentences.map((s) => s.text), [same]);
  r = expectResult('1,000 identical lines', `${same}\n`.repeat(1000));
  assert.deepEqual(r.sentences.map((s) => s.text), [same]);
});

test('a 10 MB single line: over the default limit as ASCII, fine within a raised one; 10 MB of Han fits', () => {
  const ascii = 'a'.repeat(10_000_000);
  expectError('10 MB of ASCII', () => tz.summarize(ascii), /^textrank-zh: input is too long: 10000000 chars, the limit is 4000000 \(raise maxInputChars/);
  // Raising the limit is the user's choice: the whole line is one sentence, and it comes back.
  let r = expectResult('10 MB of ASCII, maxInputChars 10,000,000', ascii, { maxInputChars: 10_000_000 });
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end]), [[0, 10_000_000]]);
  r = expectResult('10 MB of ASCII, maxInputChars 10,000,000, maxChars 500', ascii, { maxInputChars: 10_000_000, maxChars: 500 });
  assert.deepEqual(r.sentences, []);
  // 10 MB of UTF-8 Han is 3.33 million chars: within the default limit.
  const han = repeatTo(HAN, 3_333_333);
  r = expectResult('10 MB of Han on one line', han);
  assert.equal(r.sentences.length, 1);
  assert.equal(r.keywords[0].word, '人工智能');
});

test('the seed pasted 600 times over (4.8 MB of bulletins, 1,800 stories) is summarized', () => {
  const big = `${SEED}\n\n\n`.repeat(600);
  const r = expectResult('the seed × 600', big, { maxInputChars: 10_000_000 });
  assert.ok(r.stories.length >= 1800, `${r.stories.length} stories`);
  assert.ok(r.sentences.length > 0);
});

// With a raised limit the wasm build still has at most 4 GiB of memory (about 40–180 bytes
// per input char), so a big enough input runs out of it. That must be an Error that says so,
// and the next call must work (a new instance). 120 million chars: the allocator fails
// (a trap); 150 million: a buffer over 2 GiB (a Rust panic, logged by the panic hook).
test('an input too large for wasm memory (raised limit): an Error that says out of memory; the next call works', (t) => {
  for (const n of [120_000_000, 150_000_000]) {
    const big = 'a'.repeat(n);
    let error;
    quiet = true;
    try {
      tz.summarize(big, { maxInputChars: 1e9 });
    } catch (e) {
      error = e;
    } finally {
      quiet = false;
    }
    if (!error) {
      t.diagnostic(`${n.toLocaleString('en')} chars fit in this engine's wasm memory`);
    } else {
      assert.ok(error instanceof Error && error.constructor === Error, String(error));
      assert.match(error.message, /^textrank-zh: the WebAssembly instance crashed \(out of memory at \d+ MiB: the input is too large for WebAssembly; lower maxInputChars, or use the native CLI\); a new instance was started, and this call failed$/);
      t.diagnostic(`${n.toLocaleString('en')} chars: ${error.message}`);
    }
    consoleErrors.length = 0; // the panic hook logs a panic (150 million chars) before the restart
    stillWorks(`${n} chars`);
  }
});
