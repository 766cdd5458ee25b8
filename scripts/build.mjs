// `npm run build`: the npm package's wasm and glue in dist/, from a fresh machine.
// Every step is skipped when it is up to date:
//   1. rustup target add wasm32-unknown-unknown
//   2. wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version (cargo install, once,
//      into ~/.cache/textrank-zh/tools; without --locked: a locked dependency of it is
//      missing from some registries)
//   3. npm devDependencies (wasm-opt comes from the npm package `binaryen`)
//   4. cargo build --lib --target wasm32-unknown-unknown --profile wasm-release
//   5. wasm-bindgen --target web, then wasm-opt with the module's features listed
//      explicitly (`-all` would enable features that Node 20 and older browsers reject)
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DIST, ROOT, TARGET_DIR, ensureNodeModules, fail, lockedVersion, output, requireRust, run, sha256, since, toolsDir,
} from './lib.mjs';

const TARGET = 'wasm32-unknown-unknown';
const PROFILE = 'wasm-release';
// What the module uses: SIMD (jieba-rs's bytecount), and what rustc enables by default for
// wasm32 (bulk memory, sign-ext, non-trapping float-to-int, mutable globals, multi-value,
// reference types). All are in Chrome/Edge 91+, Firefox 89+, Safari 16.4+ and Node 20.
const WASM_FEATURES = [
  '--enable-simd', '--enable-bulk-memory', '--enable-sign-ext', '--enable-nontrapping-float-to-int',
  '--enable-mutable-globals', '--enable-multivalue', '--enable-reference-types',
];
// `--one-caller-inline-max-function-size`: by default wasm-opt inlines every function that has
// one caller, however large, which glued the whole summary into three 15–32 KB functions
// (Document::analyze, keywords::extract, Summarizer::summarize). Each contains hot loops,
// so V8 tiered each up to TurboFan during the first summary: 0.6–1 s of background compile
// on a 2-core machine, competing with the first summary itself. Kept apart (and with the
// core's loop-carrying helpers `#[inline(never)]`), only small hot functions tier up:
// TurboFan work 0.6–1 s -> 0.02–0.1 s, wasm fetched -> first summary 95 -> 59 ms (BENCH.md).
// `--converge` repeats the passes until the module stops shrinking: about 1 KB gzip smaller in
// all (`npm run size` 1.398 -> 1.397 MB on c328f00), the same code shape, seconds more build.
const WASM_OPT_ARGS = ['-O3', '--converge', '--one-caller-inline-max-function-size=100', ...WASM_FEATURES];

export function ensureWasmTarget() {
  const installed = output('rustup', ['target', 'list', '--installed']);
  if (installed === null) {
    // No rustup: accept a toolchain that already has the target.
    const sysroot = output('rustc', ['--print', 'sysroot']);
    if (sysroot && existsSync(path.join(sysroot, 'lib', 'rustlib', TARGET))) return;
    fail(`the Rust target ${TARGET} is missing and rustup is not available to add it`);
  }
  if (!installed.split('\n').includes(TARGET)) run('rustup', ['target', 'add', TARGET]);
}

/** Path of a wasm-bindgen binary whose version equals Cargo.lock's wasm-bindgen. */
export function ensureWasmBindgen() {
  const version = lockedVersion('wasm-bindgen');
  const want = `wasm-bindgen ${version}`;
  const root = path.join(toolsDir(), `wasm-bindgen-${version}`);
  const local = path.join(root, 'bin', process.platform === 'win32' ? 'wasm-bindgen.exe' : 'wasm-bindgen');
  for (const bin of [local, 'wasm-bindgen']) {
    if (output(bin, ['--version']) === want) return bin;
  }
  console.log(`\nInstalling wasm-bindgen-cli ${version} into ${root} (once; takes a few minutes)`);
  const t0 = performance.now();
  run('cargo', ['install', 'wasm-bindgen-cli', '--version', version, '--root', root]);
  console.log(`wasm-bindgen-cli installed in ${since(t0)}`);
  if (output(local, ['--version']) !== want) fail(`${local} does not report ${want}`);
  return local;
}

export function wasmOptPath() {
  return path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'wasm-opt.cmd' : 'wasm-opt');
}

export function build({ quiet = false } = {}) {
  const t0 = performance.now();
  requireRust();
  ensureWasmTarget();
  const bindgen = ensureWasmBindgen();
  ensureNodeModules();
  run('cargo', ['build', '--lib', '--target', TARGET, '--profile', PROFILE]);
  const input = path.join(TARGET_DIR, TARGET, PROFILE, 'textrank_zh.wasm');
  const js = path.join(DIST, 'textrank_zh.js');
  const wasm = path.join(DIST, 'textrank_zh_bg.wasm');
  const stampFile = path.join(DIST, '.build-stamp');
  const stamp = JSON.stringify({
    input: sha256(readFileSync(input)),
    bindgen: output(bindgen, ['--version']),
    wasmOpt: output(wasmOptPath(), ['--version']),
    args: WASM_OPT_ARGS,
  });
  if (existsSync(js) && existsSync(wasm) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    if (!quiet) console.log('\ndist/ is up to date');
  } else {
    const tmp = path.join(TARGET_DIR, 'wasm-bindgen-out');
    rmSync(tmp, { recursive: true, force: true });
    run(bindgen, [input, '--out-dir', tmp, '--target', 'web', '--no-typescript', '--experimental-reset-state-function']);
    mkdirSync(DIST, { recursive: true });
    run(wasmOptPath(), [path.join(tmp, 'textrank_zh_bg.wasm'), ...WASM_OPT_ARGS, '-o', wasm]);
    renameSync(path.join(tmp, 'textrank_zh.js'), js);
    writeFileSync(stampFile, stamp);
  }
  console.log(`\nbuilt dist/textrank_zh.js and dist/textrank_zh_bg.wasm (${(readFileSync(wasm).length / 1e6).toFixed(2)} MB) in ${since(t0)}`);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/build.mjs')) {
  build();
}
