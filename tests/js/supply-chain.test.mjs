// Issue 7, point 5: what installing textrank-zh brings along.
//  - no install scripts (npm would run them on every user's machine) and no runtime dependencies;
//  - `npm pack` ships exactly what the `files` whitelist allows, and everything the exports need;
//  - every piece of shipped data has its licence in NOTICE and the README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

// Scripts npm runs when the package is installed (as a dependency, from a tarball or from
// git), and the implicit `node-gyp rebuild` that a binding.gyp triggers. `prepack` builds
// the tarball on our side and is not run on install from the registry.
const INSTALL_SCRIPTS = ['preinstall', 'install', 'postinstall', 'prepublish', 'preprepare', 'prepare', 'postprepare', 'dependencies', 'preuninstall', 'uninstall', 'postuninstall'];

test('package.json has no install scripts and no runtime dependencies', () => {
  for (const name of INSTALL_SCRIPTS) assert.equal(pkg.scripts?.[name], undefined, `scripts.${name} would run on install`);
  for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
    const value = pkg[field];
    assert.ok(value === undefined || (Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0), `${field}: ${JSON.stringify(value)}`);
  }
  assert.equal(pkg.gypfile, undefined);
  assert.ok(!existsSync(path.join(ROOT, 'binding.gyp')), 'a binding.gyp makes npm run node-gyp on install');
});

test('package-lock.json: only devDependencies, none of them with an install script', () => {
  const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const root = lock.packages[''];
  assert.equal(root.dependencies, undefined, 'runtime dependencies in the lock file');
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (where === '') continue;
    assert.ok(entry.dev === true, `${where} is not a devDependency`);
    assert.ok(!entry.hasInstallScript, `${where} runs an install script on npm ci`);
    if (entry.resolved) assert.match(entry.resolved, /^https:\/\/registry\.npmjs\.org\//, `${where} comes from ${entry.resolved}`);
    assert.match(entry.integrity ?? '', /^sha512-/, `${where} has no sha512 integrity`);
  }
});

/** `npm pack --dry-run --json` without running prepack (the build is tested elsewhere). */
function packedFiles() {
  if (!existsSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm'))) throw new Error('dist/ is missing: run `npm run build` first');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const json = r.stdout.slice(r.stdout.indexOf('['));
  const [info] = JSON.parse(json);
  return { info, files: info.files.map((f) => f) };
}

test('npm pack lists exactly what the `files` whitelist allows, and all that the exports need', (t) => {
  const { info, files } = packedFiles();
  const paths = files.map((f) => f.path).sort();
  // npm always adds package.json, the README and licence files; the rest must match `files`.
  const always = /^(package\.json|README(\.md)?|LICEN[CS]E(-[A-Z]+)?(\.md|\.txt)?|NOTICE)$/i;
  const allowed = (p) => always.test(p) || pkg.files.some((w) => (w.endsWith('/') ? p.startsWith(w) : p === w));
  for (const p of paths) {
    assert.ok(allowed(p), `${p} is packed but not in the files whitelist`);
    // Of those folders only what the README shows or links ships: its image and the eval table.
    if (p !== 'docs/screenshot.png' && p !== 'eval/RESULTS.md') assert.doesNotMatch(p, /^(src|tests|eval|node_modules|www|scripts|target|tools|docs|bench|benches|examples|site|test-output|\.ci|\.git)\//, p);
    assert.doesNotMatch(p, /\.(rs|toml|lock|map|orig|rej|log|tgz|bak|swp)$|~$|(^|\/)\.[^/]+$/, `${p}: not something to ship`);
  }
  // Inside js/: only modules and their declarations.
  for (const p of paths.filter((x) => x.startsWith('js/'))) assert.match(p, /^js\/[\w-]+\.(js|d\.ts)$/, p);
  // Every whitelisted file is there, and every file the package.json points at.
  for (const w of pkg.files.filter((x) => !x.endsWith('/'))) assert.ok(paths.includes(w), `${w} is whitelisted but not packed`);
  const targets = [pkg.types, ...Object.values(pkg.bin ?? {}), ...(pkg.sideEffects || [])];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : v && Object.values(v).forEach(walk));
  walk(pkg.exports);
  for (const target of targets) assert.ok(paths.includes(target.replace(/^\.\//, '')), `${target} (from package.json) is not packed`);
  for (const p of ['package.json', 'README.md', 'LICENSE-MIT', 'LICENSE-APACHE', 'NOTICE']) assert.ok(paths.includes(p), `${p} is not packed`);
  // The bin is executable and starts with a shebang.
  const bin = files.find((f) => f.path === pkg.bin['textrank-zh']);
  assert.ok(bin.mode & 0o111, `${bin.path} is not executable (mode ${bin.mode.toString(8)})`);
  assert.match(readFileSync(path.join(ROOT, bin.path), 'utf8'), /^#!\/usr\/bin\/env node\n/);
  t.diagnostic(`npm pack: ${paths.length} files, ${(info.size / 1e6).toFixed(2)} MB packed, ${(info.unpackedSize / 1e6).toFixed(2)} MB unpacked: ${paths.join(', ')}`);
});

test('every file the README links to is in the package, so its links work where npm shows it', () => {
  const paths = new Set(packedFiles().files.map((f) => f.path));
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/i.test(l));
  assert.ok(links.includes('BENCH.md') && links.includes('eval/RESULTS.md'), `the README links its figures: ${links.join(', ')}`);
  for (const l of links) assert.ok(paths.has(l), `the README links ${l}, which the package does not hold`);
});

test('shipped code has no eval, no new Function, no connection but the wasm fetch', () => {
  const { files } = packedFiles();
  for (const { path: p } of files.filter((f) => /\.js$/.test(f.path))) {
    const src = readFileSync(path.join(ROOT, p), 'utf8');
    assert.doesNotMatch(src, /\beval\s*\(|new\s+Function\s*\(|\bimportScripts\s*\(/, `${p} evaluates strings as code`);
    assert.doesNotMatch(src, /XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection/, `${p} opens a connection`);
    assert.doesNotMatch(src, /['"`]\s*(https?:)?\/\/[a-z0-9]/i, `${p} has a remote URL in a string (links in comments are fine)`);
    // fetch() only in the loader (core.js: the wasm / dict URL init() is given) and the bindgen glue's init.
    if (/\bfetch\s*\(/.test(src)) assert.ok(['js/core.js', 'dist/textrank_zh.js'].includes(p), `${p} calls fetch`);
  }
});

test('every piece of shipped data has its licence in NOTICE and the README', () => {
  const notice = readFileSync(path.join(ROOT, 'NOTICE'), 'utf8');
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  // Everything in src/data/ is compiled into the wasm and the binary: NOTICE names each file.
  for (const name of readdirSync(path.join(ROOT, 'src', 'data'))) {
    assert.ok(notice.includes(`src/data/${name}`), `NOTICE does not name src/data/${name} and its licence`);
  }
  assert.match(notice, /src\/data\/dict\.bin[\s\S]*?jieba[\s\S]*?MIT License/);
  assert.match(notice, /src\/data\/stopwords\.txt[\s\S]*?same licence as the project/);
  assert.match(notice, /bulletin\.txt[\s\S]*?Xinhua News Agency/);
  assert.match(notice, /HMM[\s\S]*?MIT/);
  assert.match(notice, /src\/data\/t2s\.bin[\s\S]*?OpenCC[\s\S]*?Apache License/);
  // The README says it too, in its licence section.
  const section = readme.slice(readme.search(/^## Licen[cs]e/m));
  assert.ok(section.length > 0 && /^## Licen[cs]e/.test(section), 'the README has a licence section');
  assert.match(section, /MIT OR Apache-2\.0/);
  assert.match(section, /jieba[^\n]*dictionary[\s\S]*?MIT/i);
  assert.match(section, /stop[- ]word/i);
  assert.match(section, /Xinhua/);
  assert.match(section, /OpenCC[^\n]*Apache-2\.0/);
  assert.match(section, /NOTICE/);
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  const cargo = readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  assert.match(cargo, /^license = "MIT OR Apache-2\.0"$/m);
});
