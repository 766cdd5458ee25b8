// CLI parity: the npm bin (Node running the Rust CLI compiled to wasm) and the native
// cargo binary print the same bytes on stdout and stderr and exit with the same code.
// Builds both first (no-ops when they are up to date), so neither is stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NATIVE_CLI as NATIVE } from '../../scripts/lib.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt');
const NPM_BIN = path.join(ROOT, 'js', 'cli.js');
const DEV = path.join(ROOT, '..', 'shared', 'eval', 'dev.jsonl');

const build = spawnSync('cargo', ['build', '--release', '--bin', 'textrank-zh'], { cwd: ROOT, encoding: 'utf8' });
if (build.status !== 0) throw new Error(`cargo build --release --bin textrank-zh failed:\n${build.stderr}`);
const wasm = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
if (wasm.status !== 0) throw new Error(`npm run build failed:\n${wasm.stdout}\n${wasm.stderr}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-parity-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function both(args, input) {
  const opts = { cwd: ROOT, input: input ?? '', maxBuffer: 1 << 28 };
  const native = spawnSync(NATIVE, args, opts);
  const npm = spawnSync(process.execPath, [NPM_BIN, ...args], opts);
  return { native, npm };
}

// Byte-identical by construction: one Rust CLI, and the core takes ln/pow from the
// `libm` crate on both sides (the platform libm and Rust's wasm libm differ in the last
// bit). Any difference fails; the walk below only says where it is.
const NUMBER_TOLERANCE = 0;

/** Walks two parsed JSON values; numbers may differ by NUMBER_TOLERANCE, nothing else. */
function compareJson(a, b, where, diffs) {
  if (typeof a === 'number' && typeof b === 'number' && a !== b) {
    assert.ok(/\.(score|weight)$/.test(where), `${where}: ${a} vs ${b}`);
    assert.ok(Math.abs(a - b) <= NUMBER_TOLERANCE, `${where}: ${a} vs ${b}`);
    diffs.push(`${where}: native ${a}, wasm ${b}`);
    return;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    assert.equal(Array.isArray(a), Array.isArray(b), where);
    const keys = Object.keys(a);
    assert.deepEqual(Object.keys(b), keys, `${where}: keys`);
    for (const k of keys) compareJson(a[k], b[k], `${where}.${k}`, diffs);
    return;
  }
  assert.equal(b, a, where);
}

function assertSame(args, input) {
  const { native, npm } = both(args, input);
  const what = `textrank-zh ${args.join(' ')}`;
  assert.equal(npm.stderr.toString(), native.stderr.toString(), `${what}: stderr`);
  assert.equal(npm.status, native.status, `${what}: exit code`);
  if (!npm.stdout.equals(native.stdout)) {
    // Not byte-identical: the JSON may differ only in a last rounded digit; anything else fails.
    const a = native.stdout.toString().trimEnd().split('\n');
    const b = npm.stdout.toString().trimEnd().split('\n');
    assert.equal(b.length, a.length, `${what}: number of lines`);
    const diffs = [];
    a.forEach((line, i) => {
      if (line === b[i]) return;
      let x, y;
      try {
        x = JSON.parse(line);
        y = JSON.parse(b[i]);
      } catch {
        assert.equal(b[i], line, `${what}: line ${i + 1}`);
      }
      compareJson(x, y, `${what}: line ${i + 1}`, diffs);
    });
    console.log(`cli-parity: NOT byte-identical for \`${what}\`: ${diffs.length} score(s)/weight(s) differ (libm rounding; see the note above):\n  ${diffs.join('\n  ')}`);
  }
  return native;
}

test('same bytes on the seed bulletin with several flag sets', () => {
  const sets = [
    [],
    ['--json'],
    ['--sentences', '5', '--keywords', '20', '--keyphrases', '8', '--json'],
    ['--ratio', '0.3', '--no-per-story', '--json'],
    ['--max-chars', '80', '--headlines', '--json'],
    ['--window', '6', '--diversity', '0', '--json'],
    ['--sentences=2', '--keywords=3'],
  ];
  for (const flags of sets) {
    const out = assertSame([...flags, SEED]);
    assert.equal(out.status, 0);
    assert.ok(out.stdout.length > 100);
  }
});

test('same bytes reading standard input, with user words and stop words from files', () => {
  const seed = readFileSync(SEED);
  assertSame(['--json'], seed);
  assertSame(['--json', '-'], seed);
  const dict = path.join(tmp, 'user.txt');
  const stop = path.join(tmp, 'stop.txt');
  writeFileSync(dict, '安宁疗护实践 100000 n\n海河岸边 50000\n');
  writeFileSync(stop, '发展\n意见\n');
  const out = assertSame(['--user-dict', dict, '--stop-words', stop, '--json', SEED]);
  assert.doesNotMatch(JSON.parse(out.stdout).keywords.map((k) => k.word).join(' '), /^发展 /);
});

test('same bytes for --jsonl on the first 50 lines of ../shared/eval/dev.jsonl', (t) => {
  if (!existsSync(DEV)) {
    t.diagnostic(`skipped the dev.jsonl part: ${DEV} is absent (../shared is not next to this clone)`);
    console.log(`cli-parity: skipped --jsonl on dev.jsonl because ${DEV} is absent (no ../shared next to this clone)`);
    return;
  }
  const lines = readFileSync(DEV, 'utf8').split('\n').slice(0, 50).join('\n') + '\n';
  const out = assertSame(['--jsonl', '--sentences', '1'], lines);
  assert.equal(out.stdout.toString().trim().split('\n').length, 50);
});

test('same bytes, stderr and exit codes for --help, --version and errors', () => {
  const cases = [
    [['--help'], 0],
    [['--version'], 0],
    [['--bogus', SEED], 2],
    [['--window', '11', SEED], 2],
    [['--sentences', '2', '--ratio', '0.5', SEED], 2],
    [['--sentences'], 2],
    [['--json=1', SEED], 2],
    [[path.join(tmp, 'no-such-file.txt')], 1],
    [[tmp], 1],
    [['--max-input-chars', '10', SEED], 1],
    [['--user-dict', path.join(tmp, 'missing.txt'), SEED], 1],
  ];
  for (const [args, code] of cases) {
    const out = assertSame(args);
    assert.equal(out.status, code, args.join(' '));
  }
  const bad = assertSame(['--json'], Buffer.from([0xe4, 0xbd, 0xa0, 0xff, 0xfe]));
  assert.equal(bad.status, 1);
  assert.match(bad.stderr.toString(), /not valid UTF-8/);
});

test('same bytes for --jsonl with a bad line: an error line, the batch goes on, exit 1', () => {
  const input = [
    JSON.stringify({ id: 'a', text: '国务院日前印发意见。意见提出推动人工智能发展。' }),
    '{"id": "b", "text": 5}',
    'not json',
    '',
    JSON.stringify({ id: 7, text: '人工智能正在改变各行各业。' }),
  ].join('\n');
  const out = assertSame(['--jsonl'], input);
  assert.equal(out.status, 1);
  const lines = out.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => l.id), ['a', 'b', null, 7]);
  assert.deepEqual(lines.map((l) => l.line ?? null), [null, 2, 3, null]);
  // Invalid UTF-8 in one line: that line fails, the rest is summarized (stdin is read as bytes).
  const bytes = Buffer.concat([Buffer.from(`${input}\n{"id": 8, "text": "`), Buffer.from([0xff]), Buffer.from('"}\n'), Buffer.from(`${JSON.stringify({ id: 9, text: '好的文本人工智能。' })}\n`)]);
  const mixed = assertSame(['--jsonl'], bytes);
  assert.equal(mixed.status, 1);
  const got = mixed.stdout.toString().trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(got.map((l) => [l.id, l.line ?? null]), [['a', null], ['b', 2], [null, 3], [7, null], [8, 6], [9, null]]);
  assert.match(got[4].error, /not valid UTF-8/);
});
