// `npm test`: installs what is missing, builds, and runs every test:
//   Rust tests; Node tests of the package, the eval scorer and CLI parity (tests/js/);
//   the .d.ts files under tsc --strict; the package in headless Chromium (tests/browser/);
//   consumer tests against the packed tarball (tests/consumer/); then the size report.
// Installs: npm devDependencies when node_modules is missing or stale; as root, Debian's
// chromium and fonts-wqy-zenhei when no browser is found. Without a browser and without
// root it says what to install and fails: browser tests are never skipped.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from './build.mjs';
import { ROOT, ensureNodeModules, fail, has, requireRust, run, since } from './lib.mjs';

const t0 = performance.now();
const steps = [];
function step(name, fn) {
  const s = performance.now();
  console.log(`\n=== ${name}`);
  const r = fn();
  steps.push([name, since(s)]);
  return r;
}
async function stepAsync(name, fn) {
  const s = performance.now();
  console.log(`\n=== ${name}`);
  const r = await fn();
  steps.push([name, since(s)]);
  return r;
}

requireRust();
step('npm devDependencies', ensureNodeModules);

const harness = await import(pathToFileURL(path.join(ROOT, 'tests', 'browser', 'harness.mjs')));
await stepAsync('browser', async () => {
  let found;
  try {
    found = await harness.findBrowser();
  } catch (e) {
    fail(e.message);
  }
  if (!found) {
    const root = process.getuid?.() === 0;
    if (root && has('apt-get')) {
      console.log('No Chromium found; installing Debian chromium and fonts-wqy-zenhei (running as root).');
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      run('apt-get', ['update'], { env });
      run('apt-get', ['install', '-y', 'chromium', 'fonts-wqy-zenhei'], { env });
      found = await harness.findBrowser();
    }
    if (!found) fail(`${harness.INSTALL_HINT}\nThe browser tests are part of \`npm test\`; install a browser and run it again.`);
  }
  console.log(`Chromium: ${found}`);
});

step('build the wasm package', () => build());
step('cargo test', () => run('cargo', ['test']));
step('native CLI and baseline', () => run('cargo', ['build', '--release', '--bin', 'textrank-zh', '--example', 'baseline']));
step('Node tests (tests/js/)', () => run(process.execPath, ['--test', 'tests/js/']));
step('type declarations (tsc --strict)', () => {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!existsSync(tsc)) fail('typescript is missing from node_modules');
  run(process.execPath, [tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', 'js/index.d.ts', 'js/worker.d.ts', 'js/element.d.ts']);
});
step('browser tests (tests/browser/)', () => run(process.execPath, ['--test', 'tests/browser/']));
step('consumer tests on the packed tarball (tests/consumer/)', () => run(process.execPath, ['--test', 'tests/consumer/']));
step('size report', () => run(process.execPath, ['scripts/size.mjs', '--no-build']));

console.log('\nSteps:');
for (const [name, time] of steps) console.log(`  ${time.padStart(8)}  ${name}`);
console.log(`\nAll tests passed in ${since(t0)}.`);
