// `npm run bench`: one table of download size, start-up, per-call speed, scaling and memory,
// textrank-zh next to jieba-wasm 2.4.0, all measured in this run on this machine (issue 6).
// `npm run bench -- --out BENCH.md` also writes it to a file (keeping the notes after the
// NOTES marker there). Takes 1–2 minutes once built; a fresh clone builds first.
//
// What it does, in order:
//   1. builds dist/ (npm run build) and the native example `bench` (examples/bench.rs);
//      installs jieba-wasm@2.4.0 once into ~/.cache/textrank-zh/bench (the peer, never a
//      dependency of the package);
//   2. Chromium (playwright-core, the browser tests' launcher): each page is loaded in a
//      fresh browser context (empty cache), 5 times, interleaved; served from 127.0.0.1,
//      uncompressed, no-store. "Cold navigation → first summary" is performance.now() when
//      the result is on the page (0 = the navigation's start):
//        - the bare page (bench/bare.html): an inline module script (bench/bare.js) that
//          imports the package's index.js, awaits init() and shows summarize()'s result;
//          once more with the README's preload hints (bench/bare-hints.html);
//        - the demo page (the static build of www/, `npm run build:site`): its
//          'textrank-zh:first-summary' performance mark, set when the sample's summary shows;
//        - jieba-wasm's bare page (bench/jieba.html), the same for its init and first cut();
//        - bench/profile.html: the bare page's steps timed one by one (where the time goes).
//      The bytes downloaded are those of every file the server sent before the first summary;
//      gzip -9 and brotli 11 of each file are what an HTTP server could send instead.
//   3. Node: init in fresh processes; per-call medians and the wasm memory over 10,000 calls;
//      one fresh process per scaling size (10 KB … 5 MB of bench/corpus.mjs's varied text).
//   4. native: the same per-call and scaling figures from examples/bench.rs.
// No test depends on these numbers; `npm test` never runs this.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { corpus, evalTexts, EVAL_DIR } from '../bench/corpus.mjs';
import { TARGET_DIR } from './lib.mjs';

const SCRIPT = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SCRIPT), '..');
const SEED_FILE = path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt');
const JIEBA_WASM = 'jieba-wasm@2.4.0';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const SIZES = [['10 KB', 1e4], ['100 KB', 1e5], ['1 MB', 1e6], ['5 MB', 5e6]];

/** Peak resident set of this process (Linux VmHWM), in MB, or null. */
function peakRssMb() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? (Number(m[1]) * 1024) / 1e6 : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- child processes (Node)

async function child(mode, args) {
  const seed = readFileSync(SEED_FILE, 'utf8');
  const out = (x) => process.stdout.write(JSON.stringify(x));
  if (mode === 'jieba-node') {
    // jieba-wasm's Node build compiles and instantiates its wasm when it is imported.
    const t0 = performance.now();
    const { createRequire } = await import('node:module');
    const jieba = createRequire(path.join(args[0], 'package.json'))('jieba-wasm');
    const t1 = performance.now();
    const words = jieba.cut(seed, true);
    const t2 = performance.now();
    out({ init: t1 - t0, first: t2 - t0, words: words.length });
    return;
  }
  const t0 = performance.now();
  const api = await import(pathToFileURL(path.join(ROOT, 'js', 'node.js')));
  const t1 = performance.now();
  await api.init();
  const t2 = performance.now();
  const first = api.summarize(seed, { sentences: 3 });
  const t3 = performance.now();
  if (first.sentences.length !== 3) throw new Error('no summary of the seed');
  // init() has run: the glue's init returns the live instance's exports, memory included.
  const { default: initWasm } = await import(pathToFileURL(path.join(ROOT, 'dist', 'textrank_zh.js')));
  const wasm = await initWasm();
  const memoryMb = () => wasm.memory.buffer.byteLength / 1e6;
  if (mode === 'init') {
    out({ import: t1 - t0, init: t2 - t1, first: t3 - t1, memoryMb: memoryMb() });
  } else if (mode === 'calls') {
    // The wasm memory after 10, 1,000 and 10,000 calls on varied texts (the eval texts and
    // the seed in turn, summarize and keywords alternately), then per-call medians.
    const texts = [seed, ...(evalTexts() ?? [])];
    const memory = { init: memoryMb() };
    for (let i = 1; i <= 10_000; i++) {
      const text = texts[i % texts.length];
      if (i % 2) api.summarize(text, { sentences: 3 });
      else api.keywords(text);
      if (i === 10 || i === 1000 || i === 10_000) memory[i] = memoryMb();
    }
    const time = (fn) => {
      const xs = [];
      for (let i = 0; i < 300; i++) {
        const s = performance.now();
        fn(seed, { sentences: 3 });
        xs.push(performance.now() - s);
      }
      return median(xs);
    };
    out({ memory, summarize: time(api.summarize), keywords: time(api.keywords) });
  } else if (mode === 'scale') {
    // As on a page: init, the seed summarized a few times, then this text pasted. The first
    // call is what the reader waits for (it also loads the text's dictionary words and
    // runs code V8 has not optimised yet); the next ones show the algorithm alone.
    const text = readFileSync(args[0], 'utf8');
    const runs = Number(args[1] ?? 1);
    for (let i = 0; i < 5; i++) api.summarize(seed);
    const times = [];
    let result;
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      result = api.summarize(text, { sentences: 3 });
      times.push(performance.now() - s);
    }
    if (!result.sentences.length) throw new Error('an empty summary');
    out({ first: times[0], ms: times.length > 1 ? Math.min(...times.slice(1)) : null, memoryMb: memoryMb(), peakRssMb: peakRssMb(), stories: result.stories.length });
  }
}

function runChild(mode, ...args) {
  const r = spawnSync(process.execPath, [SCRIPT, '--child', mode, ...args], { encoding: 'utf8', maxBuffer: 1e8 });
  if (r.status !== 0) throw new Error(`bench child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

function native(...args) {
  const r = spawnSync(path.join(TARGET_DIR, 'release', 'examples', 'bench'), args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`examples/bench ${args.join(' ')} failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// ---------------------------------------------------------------- helpers

function quiet(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
  if (r.error || r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')}: ${r.error?.message ?? r.stderr}`);
  return r.stdout.trim();
}

/** jieba-wasm 2.4.0, installed once (npm, pinned) into the cache; its folder or an Error. */
function ensureJiebaWasm() {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const prefix = path.join(cache, 'textrank-zh', 'bench');
  const dir = path.join(prefix, 'node_modules', 'jieba-wasm');
  const ok = () => {
    try {
      return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version === '2.4.0';
    } catch {
      return false;
    }
  };
  if (!ok()) {
    mkdirSync(prefix, { recursive: true });
    try {
      quiet(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--prefix', prefix, JIEBA_WASM]);
    } catch (e) {
      return new Error(`cannot install ${JIEBA_WASM}: ${e.message.split('\n')[0]}`);
    }
    if (!ok()) return new Error(`${JIEBA_WASM} did not install`);
  }
  return dir;
}

function sizes(files) {
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const f of files) {
    const data = readFileSync(f);
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
    brotli += brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length;
  }
  return { raw, gzip, brotli, files: files.length };
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/**
 * A static server on 127.0.0.1 over URL-prefix mounts ([prefix, folder]), that logs the
 * file behind every response (`log`, cleared by the caller). `*.html` under /bench/ gets
 * the seed bulletin in place of {{SEED}}, and its `data-inline` script inlined.
 */
function serve(mounts, seed) {
  const log = [];
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
    let file = mount && path.normalize(path.join(mount[1], pathname.slice(mount[0].length)));
    if (file && !file.startsWith(path.resolve(mount[1]))) file = null;
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body = readFileSync(file);
    let logged = file;
    if (pathname.startsWith('/bench/') && file.endsWith('.html')) {
      // The seed goes into the page, and its script inline, as in the README's example.
      const html = body.toString('utf8')
        .replace('{{SEED}}', () => seed.replace(/&/g, '&amp;').replace(/</g, '&lt;'))
        .replace(/<script type="module" src="([a-z-]+\.js)" data-inline><\/script>/, (_, js) =>
          `<script type="module">\n${readFileSync(path.join(path.dirname(file), js), 'utf8')}</script>`);
      body = Buffer.from(html);
      logged = { file, bytes: body };
    }
    log.push(logged);
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({
      url: `http://127.0.0.1:${server.address().port}`,
      log,
      close: () => new Promise((r) => {
        server.closeAllConnections();
        server.close(r);
      }),
    }));
  });
}

// ---------------------------------------------------------------- Chromium

/** What the bench pages log once their figure is in window.__bench. */
const SIGNAL = 'textrank-zh-bench:done';

async function chromiumBench({ jiebaDir, siteDir, runs }) {
  const harness = await import(pathToFileURL(path.join(ROOT, 'tests', 'browser', 'harness.mjs')));
  const executablePath = await harness.findBrowser();
  if (!executablePath) return { error: 'no Chromium found (see `npm test`)' };
  const { chromium } = await import('playwright-core');
  const seed = readFileSync(SEED_FILE, 'utf8');
  const mounts = [
    ['/bench/', path.join(ROOT, 'bench')],
    ['/textrank-zh/js/', path.join(ROOT, 'js')],
    ['/textrank-zh/dist/', path.join(ROOT, 'dist')],
  ];
  if (!(jiebaDir instanceof Error)) mounts.push(['/jieba-wasm/', jiebaDir]);
  const bench = await serve(mounts, seed);
  const site = siteDir ? await serve([['/', siteDir]], seed) : null;
  const browser = await chromium.launch({ executablePath, headless: true, args: harness.CHROMIUM_ARGS });
  const pages = {
    bare: { url: `${bench.url}/bench/bare.html`, server: bench, done: () => window.__bench?.first, signal: true },
    hints: { url: `${bench.url}/bench/bare-hints.html`, server: bench, done: () => window.__bench?.first, signal: true },
    profile: { url: `${bench.url}/bench/profile.html`, server: bench, done: () => window.__bench?.first, steps: true, signal: true },
  };
  if (site) {
    pages.demo = {
      url: `${site.url}/`,
      server: site,
      done: () => performance.getEntriesByName('textrank-zh:first-summary')[0]?.startTime,
    };
  }
  if (!(jiebaDir instanceof Error)) pages.jieba = { url: `${bench.url}/bench/jieba.html`, server: bench, done: () => window.__bench?.first, signal: true };
  const results = Object.fromEntries(Object.keys(pages).map((k) => [k, { times: [], steps: [], files: null }]));
  try {
    for (let i = 0; i < runs; i++) {
      for (const [name, p] of Object.entries(pages)) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        p.server.log.length = 0;
        // The bench pages log SIGNAL once their figure is set. Polling for it instead
        // (waitForFunction) runs Playwright's injected script in the page as soon as its
        // load event fires, which with a top-level await is before init() is done: 10-15 ms
        // of the main thread in the middle of the measured start-up (issue 6, BENCH.md).
        // The demo page (the built site, no bench code in it) is still polled.
        const signal = p.signal ? page.waitForEvent('console', { predicate: (m) => m.text() === SIGNAL, timeout: 60_000 }) : null;
        signal?.catch(() => {});
        await page.goto(p.url);
        let t;
        try {
          await signal;
          t = await (await page.waitForFunction(p.done, null, { timeout: 60_000 })).jsonValue();
        } catch (e) {
          throw new Error(`${name}: no first summary (${errors.join('; ') || e.message})`);
        }
        results[name].times.push(t);
        if (p.steps) results[name].steps.push(await page.evaluate(() => window.__bench.steps));
        results[name].files ??= [...p.server.log];
        await context.close();
      }
    }
    // Per-call medians in Chromium, on the bare page after its first summary.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(pages.bare.url);
    await page.waitForFunction(pages.bare.done, null, { timeout: 60_000 });
    results.perCall = await page.evaluate(() => window.__perCall(300));
    await context.close();
    results.version = browser.version();
  } finally {
    await browser.close();
    await bench.close();
    await site?.close();
  }
  return results;
}

// ---------------------------------------------------------------- the table

const f1 = (x) => (x == null ? '–' : x.toFixed(1));
const f0 = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en'));
const f2 = (x) => (x == null ? '–' : x.toFixed(2));
const mb = (n) => (n / 1e6).toFixed(3);
const bytesCell = (s) => `${mb(s.raw)} / **${mb(s.gzip)}** / ${mb(s.brotli)} MB (${s.files} files)`;
const spread = (xs) => `**${f0(median(xs))} ms** (${f0(Math.min(...xs))}–${f0(Math.max(...xs))})`;
const yes = (ok) => (ok ? 'met' : '**not met**');

function fileSizes(log, filter) {
  const seen = new Map();
  for (const entry of log) {
    const file = typeof entry === 'string' ? entry : entry.file;
    if (!filter(file) || seen.has(file)) continue;
    seen.set(file, entry);
  }
  // A templated bench page counts as served, with the seed in it.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-bench-'));
  const files = [...seen.values()].map((entry, i) => {
    if (typeof entry === 'string') return entry;
    const f = path.join(tmp, `${i}.html`);
    writeFileSync(f, entry.bytes);
    return f;
  });
  const s = sizes(files);
  rmSync(tmp, { recursive: true, force: true });
  return s;
}

async function main() {
  const argv = process.argv.slice(2);
  const outFile = argv.includes('--out') ? path.resolve(argv[argv.indexOf('--out') + 1]) : null;
  const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 5;
  const t0 = performance.now();
  const load0 = os.loadavg();
  const say = (msg) => console.error(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(3)} s] ${msg}`);

  say('building dist/ and the native example');
  const { build } = await import('./build.mjs');
  const log = console.log;
  console.log = () => {}; // build() narrates; the table is what this prints
  try {
    build({ quiet: true });
  } finally {
    console.log = log;
  }
  quiet('cargo', ['build', '--quiet', '--release', '--example', 'bench']);

  say(`installing ${JIEBA_WASM} (once) into the cache`);
  const jiebaDir = ensureJiebaWasm();

  let siteDir = null;
  let siteNote = null;
  if (existsSync(path.join(ROOT, 'www', 'index.html')) && existsSync(path.join(ROOT, 'scripts', 'site.mjs'))) {
    siteDir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-site-'));
    const { buildSite } = await import('./site.mjs');
    buildSite(siteDir);
  } else {
    siteNote = 'the demo page (www/) is not there yet';
  }

  // Scaling inputs.
  const texts = evalTexts();
  const scaleDir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-scale-'));
  const scaleFiles = texts
    ? SIZES.map(([label, bytes]) => {
      const file = path.join(scaleDir, `${bytes}.txt`);
      writeFileSync(file, corpus(bytes, texts));
      return [label, file];
    })
    : [];

  say(`Chromium: ${runs} fresh contexts each for the bare page, the demo page, jieba-wasm and the profile`);
  let chrome;
  try {
    chrome = await chromiumBench({ jiebaDir, siteDir, runs });
  } catch (e) {
    chrome = { error: e.message };
  }

  say('Node: init in fresh processes');
  const inits = Array.from({ length: runs }, () => runChild('init'));
  const jiebaNode = jiebaDir instanceof Error ? null : Array.from({ length: runs }, () => runChild('jieba-node', path.dirname(path.dirname(jiebaDir))));
  say('Node: 10,000 calls (wasm memory), per-call medians');
  const calls = runChild('calls');
  say('native: per-call medians');
  const nativeSeed = native('seed', SEED_FILE);
  const scale = [];
  for (const [label, file] of scaleFiles) {
    say(`scaling: ${label}`);
    const bytes = statSync(file).size;
    const n = bytes <= 1e5 ? 10 : bytes <= 1e6 ? 7 : 3;
    scale.push({ label, bytes, node: runChild('scale', file, String(n)), native: native('scale', file, String(n)), runs: n });
  }
  rmSync(scaleDir, { recursive: true, force: true });
  const load1 = os.loadavg();

  // ------------------------------------------------------------ render
  const rows = [];
  const row = (measure, ours, peer, target, met) => rows.push(`| ${measure} | ${ours} | ${peer} | ${target} | ${met} |`);
  const jiebaErr = jiebaDir instanceof Error ? jiebaDir.message : null;
  const chromeErr = chrome.error ?? null;

  // Downloads.
  if (!chromeErr) {
    const pkg = fileSizes(chrome.bare.files, (f) => !f.startsWith(path.join(ROOT, 'bench')));
    const jieba = chrome.jieba ? fileSizes(chrome.jieba.files, (f) => f.includes(`${path.sep}jieba-wasm${path.sep}`)) : null;
    row('Download to the first summary: the package\'s files (raw / **gzip** / brotli)', bytesCell(pkg), jieba ? bytesCell(jieba) : jiebaErr,
      '≤ 1.4 MB gzip, half of jieba-wasm', yes(pkg.gzip <= 1.4e6 && (!jieba || pkg.gzip * 2 <= jieba.gzip)));
    if (chrome.demo) {
      const demo = fileSizes(chrome.demo.files, () => true);
      row('Download to the first summary: the whole demo page', bytesCell(demo), '', 'reported', '');
    } else {
      row('Download to the first summary: the whole demo page', siteNote ?? 'not measured', '', 'reported', '');
    }
    const bare = chrome.bare.times;
    const jt = chrome.jieba?.times;
    row(`Chromium cold navigation → first summary, bare page (median of ${runs} fresh contexts; min–max)`, spread(bare),
      jt ? `${spread(jt)} (first \`cut\`)` : jiebaErr, '≤ 200 ms', yes(median(bare) <= 200));
    const wasmFetches = chrome.hints.files.filter((f) => typeof f === 'string' && f.endsWith('.wasm')).length;
    row(`&nbsp;&nbsp;the same bare page with the README's preload hints (\`modulepreload\`, wasm \`preload\`)`, `${spread(chrome.hints.times)}${wasmFetches === 1 ? '' : ` (the wasm was fetched ${wasmFetches} times)`}`,
      '', '', '');
    row(`Chromium cold navigation → first summary, demo page (median of ${runs})`, chrome.demo ? spread(chrome.demo.times) : siteNote, '', 'reported', '');
    const steps = chrome.profile.steps;
    const m = (k) => median(steps.map((s) => s[k]));
    row('&nbsp;&nbsp;where the bare page\'s time goes (bench/profile.html, medians, ms from navigation)',
      `HTML in ${f0(m('htmlResponseEnd'))} · glue module in ${f0(m('glueResponseEnd'))} · modules run ${f0(m('module'))} · wasm fetched ${f0(m('wasmResponseEnd'))} · instantiated ${f0(m('instantiated'))} (+${f0(m('instantiated') - m('module'))}) · ` +
      `segmenter made ${f0(m('dictionary'))} (+${f0(m('dictionary') - m('instantiated'))}) · first summary, with its words of the dictionary, ${f0(m('summary'))} (+${f0(m('summary') - m('dictionary'))}) · a second one +${f1(m('second') - m('summary'))}`,
      '', '', '');
  } else {
    row('Download, Chromium start-up', `not measured: ${chromeErr}`, '', '', '');
  }
  row(`Node init: \`await init()\`, and init → first summary (median of ${runs} fresh processes)`,
    `**${f0(median(inits.map((r) => r.init)))} ms**, ${f0(median(inits.map((r) => r.first)))} ms (import ${f0(median(inits.map((r) => r.import)))} ms; wasm memory ${f1(inits[0].memoryMb)} MB)`,
    jiebaNode ? `${f0(median(jiebaNode.map((r) => r.init)))} ms, ${f0(median(jiebaNode.map((r) => r.first)))} ms (import = init; first \`cut\`)` : jiebaErr,
    'reported', '');
  const ratios = [];
  for (const op of ['summarize', 'keywords']) {
    const n = nativeSeed[`${op}_ms`];
    const node = calls[op];
    const cr = chromeErr ? null : chrome.perCall[op];
    ratios.push(node / n, ...(cr ? [cr / n] : []));
    row(`Per call \`${op}\` on the seed (median of 300): native / Node wasm / Chromium wasm`,
      `${f2(n)} / ${f2(node)} / ${cr ? f2(cr) : '–'} ms: wasm/native **${f2(node / n)}×** / **${cr ? f2(cr / n) : '–'}×**`, '',
      '≤ 2×', yes(node / n <= 2 && (!cr || cr / n <= 2)));
  }
  if (scale.length) {
    for (const s of scale) {
      const { node, native: nat } = s;
      row(`Scale ${s.label} (${node.stories.toLocaleString('en')} stories), \`summarize\`: Node wasm first call (as after a paste) / best of the next ${s.runs - 1}; native (median of ${s.runs})`,
        `**${f0(node.first)} ms** / ${f0(node.ms)} ms, wasm memory **${f1(node.memoryMb)} MB**, process peak ${f0(node.peakRssMb)} MB; native ${f0(nat.summarize_ms)} ms, peak ${f0(nat.peak_mb)} MB`, '',
        s.label === '1 MB' ? '≤ 1.5 s, ≤ 150 MB' : s.label === '5 MB' ? 'works' : '',
        s.label === '1 MB' ? yes(node.first <= 1500 && node.memoryMb <= 150) : s.label === '5 MB' ? yes(node.stories > 0) : '');
    }
    const a = scale.find((s) => s.label === '100 KB');
    const b = scale.find((s) => s.label === '1 MB');
    row('Growth 100 KB → 1 MB: time ratio, Node wasm next calls / first calls; native', `**${f1(b.node.ms / a.node.ms)}×** / ${f1(b.node.first / a.node.first)}×; ${f1(b.native.summarize_ms / a.native.summarize_ms)}×`, '', '≤ 12×', yes(b.node.ms / a.node.ms <= 12 && b.node.first / a.node.first <= 12));
  } else {
    row('Scale 10 KB … 5 MB', `not measured: ${EVAL_DIR} is absent`, '', '', '');
  }
  const mem = calls.memory;
  row('wasm memory (Node) after init / 10 / 1,000 / **10,000** calls on varied texts',
    `${f1(mem.init)} / ${f1(mem[10])} / ${f1(mem[1000])} / **${f1(mem[10000])} MB**`, '', 'flat', yes(mem[10000] === mem[10] || mem[10000] - mem[1000] <= 0));

  const commit = quiet('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = quiet('git', ['status', '--porcelain', '--untracked-files=no']) !== '';
  const cpu = os.cpus();
  const seconds = (performance.now() - t0) / 1000;
  const doc = `# textrank-zh benchmark (\`npm run bench\`)

Machine: ${cpu.length} cores, ${cpu[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; Chromium ${chrome.version ?? '–'}.
Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${commit}${dirty ? ' with uncommitted changes' : ''}, ${seconds.toFixed(0)} s; load average ${load0[0].toFixed(1)} at the start, ${load1[0].toFixed(1)} at the end (a shared machine: read the times as ± 20 %).
MB = 10^6 bytes. Pages are served from 127.0.0.1 uncompressed; gzip -9 and brotli 11 are what a server could send instead.

| Measure | textrank-zh | jieba-wasm 2.4.0 | Target | |
|---|---|---|---|---|
${rows.join('\n')}

Scaling text: bench/corpus.mjs, the ${texts ? texts.length : 0} texts of ../shared/eval (${texts ? (texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6).toFixed(2) : 0} MB) in seeded shuffled passes, sentences shuffled from the second pass on, stories two blank lines apart. Wasm memory is the linear memory's size (it never shrinks, so it is the peak); process peak is Node's VmHWM.
`;
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
  process.stdout.write(doc);
  if (outFile) {
    // A hand-written section after NOTES in the file is kept as it is.
    const NOTES = '\n<!-- notes: kept by npm run bench -->\n';
    const old = existsSync(outFile) ? readFileSync(outFile, 'utf8') : '';
    writeFileSync(outFile, old.includes(NOTES) ? doc + NOTES + old.split(NOTES)[1] : doc);
    say(`wrote ${path.relative(process.cwd(), outFile)}`);
  }
  say(`done in ${seconds.toFixed(0)} s`);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv.slice(4));
else await main();
