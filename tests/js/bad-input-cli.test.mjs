// Issue 7, point 2 for the command line: the bad-input matrix through the native binary
// and the npm bin (Node running the same Rust CLI compiled to wasm). Every case must exit
// with CONTRACT.md's code (0 success, 1 bad input, 2 bad usage), print its message on
// stderr as `textrank-zh: …` and never a panic or a JS stack, and both CLIs must print
// the same bytes. Spans of --json output are checked against the input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NATIVE_CLI as NATIVE } from '../../scripts/lib.mjs';
import { fileURLToPath } from 'node:url';
import { spanProblems } from './contract-text.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
const NPM_BIN = path.join(ROOT, 'js', 'cli.js');
if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/textrank_zh_bg.wasm is missing: run `npm run build` first');
const build = spawnSync('cargo', ['build', '--release', '--bin', 'textrank-zh'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`cargo build --release --bin textrank-zh failed:\n${build.stderr}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-bad-input-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
function file(name, content) {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
}

const HAN = SEED.replace(/[^\u4e00-\u9fff]/g, '');
const repeatTo = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const USAGE_HINT = 'Try `textrank-zh --help`.\n';
let runs = 0;

/**
 * Runs both CLIs on `args` with `input` on stdin; asserts the exit code, a clean stderr and
 * byte parity; returns the native output.
 */
function cli(args, input, code, stderrRe) {
  const what = `textrank-zh ${args.map((a) => (a.length > 60 ? `${a.slice(0, 60)}…` : a)).join(' ')}`;
  const opts = { cwd: tmp, input: input ?? '', maxBuffer: 1 << 28 };
  const native = spawnSync(NATIVE, args, opts);
  const npm = spawnSync(process.execPath, [NPM_BIN, ...args], opts);
  runs += 2;
  for (const [name, r] of [['native', native], ['npm', npm]]) {
    const err = r.stderr.toString();
    assert.equal(r.status, code, `${what} (${name}): exit ${r.status ?? r.signal}, stderr ${err}`);
    assert.doesNotMatch(err, /panick|RUST_BACKTRACE|RuntimeError|unreachable|\n\s+at |node:internal|Error:/, `${what} (${name}): ${err}`);
    if (code === 0) assert.equal(err, '', `${what} (${name}): a message on success`);
    else assert.match(err, /^textrank-zh: \S[^\n]*\n/, `${what} (${name}): ${err}`);
    if (code === 2) {
      assert.ok(err.endsWith(USAGE_HINT), `${what} (${name}): ${err}`);
      assert.equal(r.stdout.length, 0, `${what} (${name}): output on a usage error`);
    }
    if (stderrRe) assert.match(err, stderrRe, `${what} (${name})`);
  }
  assert.equal(npm.stderr.toString(), native.stderr.toString(), `${what}: stderr differs between native and npm`);
  assert.ok(npm.stdout.equals(native.stdout), `${what}: stdout differs between native and npm`);
  return native;
}

/** --json on `text` (as UTF-8 on stdin): exit 0, valid spans; returns the parsed result. */
function json(text, extra = []) {
  const out = cli(['--json', ...extra], Buffer.from(text, 'utf8'), 0);
  const lines = out.stdout.toString().split('\n');
  assert.equal(lines.length, 2, 'one line of JSON');
  const r = JSON.parse(lines[0]);
  const input = text.startsWith('\ufeff') ? text.slice(1) : text;
  assert.deepEqual(spanProblems(input, r), []);
  return r;
}

test('bad usage exits 2 and names the flag and its range', () => {
  const cases = [
    [['--sentences', '-1'], /^textrank-zh: --sentences: must be an integer >= 0, got -1\n/],
    [['--sentences', 'NaN'], /--sentences: must be an integer >= 0, got "NaN"/],
    [['--sentences', 'inf'], /--sentences: must be an integer >= 0, got "inf"/],
    [['--sentences', '1.5'], /--sentences: must be an integer >= 0, got 1\.5/],
    [['--sentences', 'three'], /--sentences: must be an integer >= 0, got "three"/],
    [['--sentences='], /--sentences: must be an integer >= 0, got ""/],
    [['--sentences'], /--sentences needs a value/],
    [['--ratio', '0'], /--ratio: must be a number in \(0, 1\], got 0/],
    [['--ratio', '1.5'], /--ratio: must be a number in \(0, 1\]/],
    [['--ratio', '-0.1'], /--ratio: must be a number in \(0, 1\]/],
    [['--ratio', 'nan'], /--ratio: must be a number in \(0, 1\], got "nan"/],
    [['--ratio', 'Infinity'], /--ratio: must be a number in \(0, 1\], got "Infinity"/],
    [['--max-chars', '0'], /--max-chars: must be an integer >= 1, got 0/],
    [['--keywords', '-1'], /--keywords: must be an integer >= 0/],
    [['--keyphrases', 'x'], /--keyphrases: must be an integer >= 0/],
    [['--window', '1'], /--window: must be an integer from 2 to 10, got 1/],
    [['--window', '11'], /--window: must be an integer from 2 to 10, got 11/],
    [['--diversity', '2'], /--diversity: must be a number from 0 to 1, got 2/],
    [['--diversity', '-1'], /--diversity: must be a number from 0 to 1/],
    [['--max-input-chars', '0'], /--max-input-chars: must be an integer >= 1, got 0/],
    [['--bogus'], /unknown option --bogus/],
    [['-x'], /unknown option -x/],
    [['--sentences', '3', '--ratio', '0.5'], /^textrank-zh: give either --sentences or --ratio, not both\n/],
    [['--sentences', '1', '--sentences', '2'], /--sentences given twice/],
    [['--json=yes'], /--json/],
    [['a.txt', 'b.txt'], /.+/],
  ];
  for (const [args, re] of cases) cli(args, SEED, 2, re);
});

test('bad input exits 1 and says why', () => {
  cli([], Buffer.from([0x41, 0xff, 0xfe, 0x42]), 1, /^textrank-zh: the input is not valid UTF-8 \(at byte 1\)\n$/);
  cli([], Buffer.from('\ufeff国务院日前印发意见。', 'utf16le'), 1, /not valid UTF-8 \(at byte 0\)/);
  cli(['missing.txt'], '', 1, /^textrank-zh: cannot read missing\.txt: No such file or directory \(os error 2\)\n$/);
  cli([tmp], '', 1, /^textrank-zh: cannot read .*: Is a directory \(os error 21\)\n$/);
  cli(['--stop-words', 'missing.txt'], SEED, 1, /cannot read stop words missing\.txt/);
  cli(['--user-dict', 'missing.txt'], SEED, 1, /cannot read user dictionary missing\.txt/);
  cli(['--user-dict', file('bad-dict.txt', Buffer.from([0xc3, 0x28]))], SEED, 1, /the user dictionary is not valid UTF-8/);
  file('bad-dict2.txt', '海河岸边 0\n'); // the CLIs run in `tmp`: a relative path is quoted as given
  cli(['--user-dict', 'bad-dict2.txt'], SEED, 1, /^textrank-zh: user dictionary bad-dict2\.txt, line 1: bad frequency `0`\n$/);
  cli(['--user-dict', file('bad-dict3.txt', '海河 1 n extra\n')], SEED, 1, /user dictionary .*bad-dict3\.txt, line 1: expected `word \[freq\] \[pos\]`/);
  cli(['--max-input-chars', '5'], '国务院日前印发意见。', 1, /^textrank-zh: input is too long: 10 chars, the limit is 5 \(raise maxInputChars \/ --max-input-chars\)\n$/);
  cli([], 'a'.repeat(4_000_001), 1, /input is too long: 4000001 chars, the limit is 4000000/);
});

test('--jsonl: a line that is not {id, text: string} gives an error line, the batch goes on, exit 1', () => {
  const lines = [
    { id: 'ok1', text: '国务院日前印发意见。' },
    { id: 1, text: null },
    { id: 2, text: 42 },
    { id: 3, text: { a: 1 } },
    { id: 4, text: ['国务院'] },
    { id: 5 },
    [1, 2],
    'just a string',
    null,
    { id: 'ok2', text: '意见提出推动人工智能发展。' },
  ].map((x) => JSON.stringify(x));
  lines.splice(5, 0, 'not json {', '', '   ');
  const out = cli(['--jsonl', '--sentences', '1'], `${lines.join('\n')}\n`, 1, /^textrank-zh: 9 line\(s\) failed\n$/);
  const got = out.stdout.toString().trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(got.length, 11);
  assert.equal(got[0].id, 'ok1');
  assert.equal(got.at(-1).id, 'ok2');
  assert.deepEqual(got.slice(1, -1).map((g) => [g.id, g.line, typeof g.error]), [
    [1, 2, 'string'], [2, 3, 'string'], [3, 4, 'string'], [4, 5, 'string'], [null, 6, 'string'],
    [5, 9, 'string'], [null, 10, 'string'], [null, 11, 'string'], [null, 12, 'string'],
  ]);
  assert.match(got[1].error, /`text` must be a string/);
  // an over-long line fails alone
  const long = JSON.stringify({ id: 'long', text: 'a'.repeat(20) });
  const o2 = cli(['--jsonl', '--max-input-chars', '10'], `${long}\n${JSON.stringify({ id: 'short', text: '国务院' })}\n`, 1);
  const [a, b] = o2.stdout.toString().trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.match(a.error, /input is too long: 20 chars, the limit is 10/);
  assert.equal(b.id, 'short');
});

test('odd but valid input gives a result and exit 0', () => {
  // empty, one character, NUL, lone CR, BOM, control characters
  assert.equal(cli([], '', 0).stdout.toString(), 'keywords:\n', 'no keywords: no trailing space');
  for (const text of ['', '国', 'a', '\u0000', '\r', '\ufeff', '\ufeff国务院日前印发意见。', '国务院\u0000日前\r印发意见。\r\r意见提出。', '\u0007\u001b[31m红色\u001b[0m。']) {
    json(text);
  }
  let r = json('\ufeff国务院日前印发意见。');
  assert.equal(r.sentences[0].start, 0, 'spans count from after the BOM');

  // a 100,000-character sentence without punctuation
  r = json(repeatTo(HAN, 100_000));
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end]), [[0, 100_000]]);

  // only punctuation, only whitespace, only English
  assert.deepEqual(json('。，、；：？！“”（）《》……——.,;:!?'.repeat(100)).keywords, []);
  assert.deepEqual(json(' \t\n\r\u3000\u00a0\u2028\u2029'.repeat(500)), { sentences: [], keywords: [], keyphrases: [], stories: [] });
  assert.ok(json('The quick brown fox jumps over the lazy dog. It was not amused!\n'.repeat(50)).sentences.length > 0);

  // Traditional Chinese, Japanese
  assert.equal(json('國務院日前印發《關於深入實施「人工智能+」行動的意見》。意見提出，到2027年，率先實現人工智能與六大重點領域廣泛深度融合。新一代智能終端、智能體等應用普及率超過70%。').sentences.length, 3);
  assert.equal(json('政府は二十六日、人工知能の活用を推進する新たな方針を閣議決定した。企業や大学との連携を強化し、研究開発を加速させる。専門家は「大きな一歩だ」と評価している。').sentences.length, 3);

  // 1,000 identical sentences: picked once
  const same = '国务院日前印发《关于深入实施“人工智能+”行动的意见》。';
  assert.deepEqual(json(same.repeat(1000)).sentences.map((s) => s.text), [same]);

  // --help, --version
  assert.match(cli(['--help'], '', 0).stdout.toString(), /^Usage: textrank-zh/);
  assert.match(cli(['--version'], '', 0).stdout.toString(), /^textrank-zh \d+\.\d+\.\d+\n$/);
});

test('a 10 MB single line: exit 1 over the default limit as ASCII, 0 with a raised limit; 10 MB of Han fits', () => {
  const ascii = 'a'.repeat(10_000_000);
  cli([], ascii, 1, /^textrank-zh: input is too long: 10000000 chars, the limit is 4000000 \(raise maxInputChars \/ --max-input-chars\)\n$/);
  let r = json(ascii, ['--max-input-chars', '10000000', '--keywords', '3']);
  assert.deepEqual(r.sentences.map((s) => [s.start, s.end]), [[0, 10_000_000]]);
  r = json(repeatTo(HAN, 3_333_333));
  assert.equal(r.sentences.length, 1);
});

// Counts above 2^32 - 1 saturate alike natively (64-bit usize) and in the npm bin (wasm32).
test('counts above 2^32 - 1: the same answer natively and from npm', () => {
  for (const flag of ['--sentences', '--keywords', '--keyphrases', '--max-chars', '--max-input-chars']) {
    cli([flag, '5000000000'], SEED, 0);
  }
});

// A user word's frequency above 2^32 - 1 saturates there, natively and in wasm32 alike.
test('a user-dictionary frequency above 2^32 - 1: the same answer natively and from npm', () => {
  cli(['--user-dict', file('big-freq.txt', '海河岸边 5000000000\n')], SEED, 0);
});

// Whole numbers have no upper limit (they saturate), and a message quotes the argument as typed.
test('huge integer flags are in range; an error quotes the argument itself', () => {
  const all = cli(['--json', '--sentences', '99'], SEED, 0).stdout;
  for (const n of ['9007199254740993', '1e20', '1' + '0'.repeat(400), '1e400']) {
    assert.ok(cli(['--json', '--sentences', n], SEED, 0).stdout.equals(all), n);
    cli(['--keywords', n, '--keyphrases', n, '--max-chars', n, '--max-input-chars', n], SEED, 0);
  }
  cli(['--window', '9007199254740993'], SEED, 2, /^textrank-zh: --window: must be an integer from 2 to 10, got 9007199254740993\n/);
  cli(['--keywords', '-9007199254740993'], SEED, 2, /^textrank-zh: --keywords: must be an integer >= 0, got -9007199254740993\n/);
  cli(['--sentences', '2.50'], SEED, 2, /^textrank-zh: --sentences: must be an integer >= 0, got 2\.50\n/);
  cli(['--diversity', '1e400'], SEED, 2, /^textrank-zh: --diversity: must be a number from 0 to 1, got 1e400\n/);
});

test('a user dictionary: comment lines are skipped; over the frequency budget, the file and line are named', () => {
  const words = Array.from({ length: 25 }, (_, i) => `新词${i} 100000000\n`).join('');
  file('budget.txt', `# 自定义词典\n${words}`);
  cli(['--user-dict', 'budget.txt'], SEED, 1,
    /^textrank-zh: user dictionary budget\.txt, line 22: the frequencies of all user words may add up to at most 2000000000 \(each counts at most 100000000\); this word brings them to 2100000000\n$/);
  // Without the dictionary the text's keyword is `低空`, never `低空经济`.
  const text = '加快发展低空经济是推动高质量发展的内在要求和重要着力点，必须继续做好创新这篇大文章。';
  const out = cli(['--json', '--keywords', '300', '--user-dict', file('commented.txt', '# 以下为 新词\n#低空经济 50000 n\n低空经济 50000 n\n')], text, 0);
  const kws = JSON.parse(out.stdout).keywords.map((k) => k.word);
  assert.ok(kws.includes('低空经济'), kws.join(' '));
  assert.ok(!kws.some((w) => w.includes('#')), kws.join(' '));
});

test('--jsonl: a line with invalid UTF-8 fails alone, in both CLIs', () => {
  const input = Buffer.concat([
    Buffer.from('{"id":1,"text":"好的文本人工智能。"}\n{"id":2,"text":"'),
    Buffer.from([0xff]),
    Buffer.from('"}\n'),
    Buffer.from([0xfe, 0x0a]),
    Buffer.from('{"id":3,"text":"意见提出推动人工智能发展。"}\n'),
  ]);
  const out = cli(['--jsonl'], input, 1, /^textrank-zh: 2 line\(s\) failed\n$/);
  const got = out.stdout.toString().trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(got.map((g) => [g.id, g.line ?? null]), [[1, null], [2, 2], [null, 3], [3, null]]);
  assert.equal(got[0].summary, '好的文本人工智能。');
  assert.equal(got[1].error, 'the line is not valid UTF-8 (at byte 16 of the line)');
});

test('`--` ends the options; a repeated flag or --json with --jsonl is bad usage', () => {
  file('-x.txt', SEED);
  assert.ok(cli(['--json', '--', '-x.txt'], '', 0).stdout.equals(cli(['--json'], SEED, 0).stdout));
  cli(['--', '--json'], '', 1, /^textrank-zh: cannot read --json: No such file or directory/);
  cli(['--stop-words', 'a.txt', '--stop-words', 'b.txt'], SEED, 2, /^textrank-zh: --stop-words given twice\n/);
  cli(['--user-dict=a.txt', '--user-dict', 'b.txt'], SEED, 2, /^textrank-zh: --user-dict given twice\n/);
  cli(['--json', '--jsonl'], SEED, 2, /^textrank-zh: give either --json or --jsonl, not both\n/);
  cli(['--jsonl', '--json'], SEED, 2, /^textrank-zh: give either --json or --jsonl, not both\n/);
});

test('a full disk is a message and exit 1, a closed pipe is neither, in both CLIs', { skip: !existsSync('/dev/full') && 'no /dev/full here' }, () => {
  for (const [name, cmd, args] of [['native', NATIVE, []], ['npm', process.execPath, [NPM_BIN]]]) {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(cmd, [...args, '--json'], { input: SEED, stdio: ['pipe', fd, 'pipe'] });
      assert.equal(r.status, 1, `${name}: ${r.stderr}`);
      assert.equal(r.stderr.toString(), 'textrank-zh: cannot write the output: No space left on device (os error 28)\n', name);
    } finally {
      closeSync(fd);
    }
    const piped = spawnSync('bash', ['-c', 'set -o pipefail; "$@" | head -c 1 >/dev/null', 'bash', cmd, ...args, '--json'], { input: SEED.repeat(50) });
    assert.equal(piped.status, 0, `${name}: ${piped.stderr}`);
    assert.equal(piped.stderr.toString(), '', name);
  }
});

test('cases run', (t) => {
  t.diagnostic(`${runs} CLI runs (native and npm bin)`);
  assert.ok(runs > 100);
});
