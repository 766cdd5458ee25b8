// Consumer tests against the packed tarball, as a user installs it: `npm pack`, then a
// temp project that runs `npm install <tarball>` (plus vite and typescript from the npm
// registry) and uses the package:
//   a. a Node ESM import summarizes the seed (and tsc --strict type-checks a consumer);
//   b. a Vite production build of a ten-line app, served on 127.0.0.1 and opened in
//      headless Chromium, shows the summary;
//   c. the Worker client, bundled by Vite, works in Chromium, including supersession;
//   d. the CLI in --jsonl mode handles 3 lines, one bad (exit 1, 3 output lines);
//   e. the same app and Worker page built by webpack 5 work in Chromium too.
// Needs `npm run build` (npm pack runs it too, through `prepack`).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, serveStatic } from '../browser/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt');
const APP = path.join(ROOT, 'tests', 'consumer', 'app');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const VITE_VERSION = '6.4.6'; // vite 6 supports Node 20
const WEBPACK_VERSION = '5.113.0';
const WEBPACK_CLI_VERSION = '5.1.4'; // webpack-cli 6 and 7 need a newer Node

let dir;
let expected;

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0 && !opts.allowFail) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r;
}

before(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-consumer-'));
  const packed = sh(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT });
  // prepack's build log comes first; npm's JSON is the array that starts on a line of its own.
  const info = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[$/m)));
  const tarball = path.join(dir, info[0].filename);
  const files = info[0].files.map((f) => f.path).sort();
  // The package holds what a user needs and nothing else.
  for (const f of ['dist/textrank_zh.js', 'dist/textrank_zh_bg.wasm', 'js/index.js', 'js/node.js', 'js/core.js', 'js/index.d.ts', 'js/worker.js', 'js/worker-thread.js', 'js/element.js', 'js/cli.js', 'package.json', 'README.md']) {
    assert.ok(files.includes(f), `the tarball has ${f}`);
  }
  assert.deepEqual(files.filter((f) => /^(src|tests|scripts|target|eval)\//.test(f) && f !== 'eval/RESULTS.md'), []);

  const project = path.join(dir, 'project');
  cpSync(APP, project, { recursive: true });
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({
    name: 'textrank-zh-consumer', private: true, type: 'module',
    devDependencies: { vite: VITE_VERSION, webpack: WEBPACK_VERSION, 'webpack-cli': WEBPACK_CLI_VERSION },
  }, null, 2));
  sh(NPM, ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: project });
  sh(NPM, ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
  const seed = readFileSync(SEED, 'utf8');
  writeFileSync(path.join(project, 'seed.txt'), seed);
  const cli = sh(process.execPath, [path.join(ROOT, 'js', 'cli.js'), '--json', SEED]);
  expected = JSON.parse(cli.stdout);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('a. Node ESM import of the installed package summarizes the seed', () => {
  const project = path.join(dir, 'project');
  const pkg = JSON.parse(readFileSync(path.join(project, 'node_modules', 'textrank-zh', 'package.json'), 'utf8'));
  assert.deepEqual(pkg.dependencies ?? {}, {}, 'zero runtime dependencies');
  for (const s of ['preinstall', 'install', 'postinstall', 'prepare']) assert.equal(pkg.scripts?.[s], undefined, `no ${s} script`);
  const r = sh(process.execPath, ['node-consumer.mjs'], { cwd: project });
  assert.deepEqual(JSON.parse(r.stdout), expected);
});

test('a. tsc --noEmit --strict type-checks a consumer of the installed package', () => {
  const project = path.join(dir, 'project');
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = sh(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: project, allowFail: true });
  assert.equal(r.status, 0, `tsc:\n${r.stdout}${r.stderr}`);
  // And a mistake is caught.
  writeFileSync(path.join(project, 'bad.ts'), "import { summarize } from 'textrank-zh';\nsummarize('x', { sentence: 3 });\n");
  const bad = sh(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'bad.ts'], { cwd: project, allowFail: true });
  assert.notEqual(bad.status, 0);
  assert.match(bad.stdout, /'sentence' does not exist in type 'Options'/);
});

test('d. the CLI in --jsonl mode: 3 lines, one bad, gives 3 output lines and exit 1', () => {
  const project = path.join(dir, 'project');
  const input = [
    JSON.stringify({ id: 1, text: '国务院日前印发意见。意见提出推动人工智能发展。' }),
    JSON.stringify({ id: 2, text: ['not', 'a', 'string'] }),
    JSON.stringify({ id: 3, text: readFileSync(SEED, 'utf8') }),
  ].join('\n');
  const bin = path.join(project, 'node_modules', '.bin', process.platform === 'win32' ? 'textrank-zh.cmd' : 'textrank-zh');
  const r = sh(bin, ['--jsonl'], { cwd: project, input, allowFail: true });
  assert.equal(r.status, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  assert.equal(lines[0].id, 1);
  assert.equal(lines[0].summary.length > 0, true);
  assert.deepEqual(lines[1], { id: 2, line: 2, error: '`text` must be a string' });
  assert.deepEqual(lines[2].sentences, expected.sentences);
  assert.equal(r.stderr, 'textrank-zh: 1 line(s) failed\n');
});

/** Opens the built app and its Worker page in Chromium and checks what they show. */
async function checkApp(t, what, outDir) {
  const server = await serveStatic(outDir);
  const browser = await launchBrowser();
  try {
    const page = await openPage(browser.context, `${server.url}/`);
    await page.waitForSelector('#summary li', { timeout: 30000 });
    const shown = await page.$$eval('#summary li', (lis) => lis.map((li) => li.textContent));
    assert.deepEqual(shown, expected.sentences.map((s) => s.text));
    assert.equal(await page.textContent('#keywords'), expected.keywords.map((k) => k.word).join(' '));
    t.diagnostic(`${what} app (Chromium): init() to first summary ${await page.getAttribute('body', 'data-ms')} ms`);

    const worker = await openPage(browser.context, `${server.url}/worker.html`);
    await worker.waitForSelector('#done', { timeout: 30000 });
    const report = JSON.parse(await worker.textContent('#done'));
    assert.deepEqual(report.superseded, ['AbortError', 'AbortError']);
    assert.deepEqual(report.sentences, expected.sentences.map((s) => s.text));
    assert.deepEqual([...page.pageErrors, ...worker.pageErrors], []);
  } finally {
    await browser.close();
    await server.close();
  }
}

test('b + c. a Vite production build shows the summary in Chromium; its Worker client supersedes', async (t) => {
  const project = path.join(dir, 'project');
  sh(process.execPath, [path.join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: project });
  const assets = readdirSync(path.join(project, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `Vite emitted the wasm: ${assets.join(', ')}`);
  await checkApp(t, 'Vite', path.join(project, 'dist'));
});

test('e. a webpack 5 production build of the same app works in Chromium, Worker included', async (t) => {
  const project = path.join(dir, 'project');
  sh(process.execPath, [path.join(project, 'node_modules', 'webpack-cli', 'bin', 'cli.js')], { cwd: project });
  const out = path.join(project, 'dist-webpack');
  assert.ok(readdirSync(out).some((f) => f.endsWith('.wasm')), 'webpack emitted the wasm as an asset');
  const page = (script) => `<!doctype html>\n<meta charset="utf-8">\n<ol id="summary"></ol>\n<p id="keywords"></p>\n<script src="${script}"></script>\n`;
  writeFileSync(path.join(out, 'index.html'), page('main.js'));
  writeFileSync(path.join(out, 'worker.html'), page('worker.js'));
  await checkApp(t, 'webpack', out);
});
