// Helpers shared by the npm scripts: run a command loudly, find tools, fail clearly.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs a command with inherited stdio from the repo root; exits the process if it fails. */
export function run(cmd, args, opts = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts });
  if (r.error) fail(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) fail(`\`${[cmd, ...args].join(' ')}\` exited with ${r.status ?? r.signal}`);
  return r;
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
