// Helpers shared by the npm scripts: run a command loudly, find tools, fail clearly.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST = path.join(ROOT, 'dist');
/** Where cargo builds: CARGO_TARGET_DIR when set (relative to the repo, where cargo runs), else ./target. */
export const TARGET_DIR = path.resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target');
/** The native CLI that `cargo build --release --bin textrank-zh` makes. */
export const NATIVE_CLI = path.join(TARGET_DIR, 'release', process.platform === 'win32' ? 'textrank-zh.exe' : 'textrank-zh');

/** Runs a command with inherited stdio from the repo root; exits the process if it fails. */
export function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`\`${[cmd, ...args].join(' ')}\` exited with ${r.status ?? r.signal}`);
  return r;
}

/** Runs a command quietly and returns its trimmed stdout, or null when it fails. */
export function output(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', ...opts });
  return !r.error && r.status === 0 ? r.stdout.trim() : null;
}

/** True when `cmd --version` runs. */
export function has(cmd) {
  const r = spawnSync(cmd, ['--version'], { stdio: 'ignore' });
  return !r.error && r.status === 0;
}

export function fail(msg) {
  console.error(`\ntextrank-zh: ${msg}`);
  process.exit(1);
}

/** Rust is the one thing the scripts cannot install for you. */
export function requireRust() {
  if (!has('cargo')) {
    fail('cargo not found. Install Rust with rustup (https://rustup.rs), then run this again.');
  }
}

export function sha256(data) {
  return createHash('sha256').update(data).digest('hex');
}

/** The version of a package in Cargo.lock, e.g. lockedVersion('wasm-bindgen'). */
export function lockedVersion(name) {
  const lock = readFileSync(path.join(ROOT, 'Cargo.lock'), 'utf8');
  const m = lock.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${name}"\\nversion = "([^"]+)"`));
  if (!m) fail(`${name} is not in Cargo.lock`);
  return m[1];
}

/** Where the scripts install tools of their own (wasm-bindgen-cli), shared by every clone. */
export function toolsDir() {
  const cache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(cache, 'textrank-zh', 'tools');
}

/**
 * npm devDependencies: runs `npm ci` (or `npm install` without a lock file) when
 * node_modules is missing or was installed from another package-lock.json.
 */
export function ensureNodeModules() {
  const lockFile = path.join(ROOT, 'package-lock.json');
  const stamp = path.join(ROOT, 'node_modules', '.textrank-zh-installed');
  const want = sha256(readFileSync(existsSync(lockFile) ? lockFile : path.join(ROOT, 'package.json')));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  run(npm, existsSync(lockFile) ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund']);
  const now = sha256(readFileSync(existsSync(lockFile) ? lockFile : path.join(ROOT, 'package.json')));
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, now);
}

/** Seconds since `t0` (from performance.now()), for step timings. */
export function since(t0) {
  return `${((performance.now() - t0) / 1000).toFixed(1)} s`;
}
