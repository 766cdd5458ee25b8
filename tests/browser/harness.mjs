// Browser test helpers: find Chromium, launch it headless through playwright-core, and
// serve a folder on 127.0.0.1 with the MIME types and a strict Content-Security-Policy.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

/** Where we look, in order: $CHROME_PATH, the system Chromium, Playwright's own. */
export const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const INSTALL_HINT = `No Chromium found. Looked at $CHROME_PATH, ${SYSTEM_BROWSERS.join(', ')}, and Playwright's own browser.
Install one of:
  Debian/Ubuntu:  sudo apt-get install -y chromium fonts-wqy-zenhei
  Playwright's:   npx playwright install chromium
  or set CHROME_PATH to a Chrome/Chromium executable.`;

/** Path of a Chromium executable, or null. */
export async function findBrowser() {
  const env = process.env.CHROME_PATH;
  if (env) {
    if (existsSync(env)) return env;
    throw new Error(`CHROME_PATH is set to ${env}, which does not exist`);
  }
  for (const p of SYSTEM_BROWSERS) if (existsSync(p)) return p;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('which', [name], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  try {
    const { chromium } = await import('playwright-core');
    const p = chromium.executablePath();
    if (p && existsSync(p)) return p;
  } catch {
    // playwright-core not installed or no registry entry
  }
  return null;
}

// The machine's network is closed: no background traffic, no GPU, a fresh profile.
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
];

/**
 * Launches headless Chromium with a fresh user-data-dir (Playwright's persistent context in
 * a new temp folder, removed on close). Fails, never skips, when there is no browser.
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, close: () => Promise<void> }>}
 */
export async function launchBrowser() {
  const executablePath = await findBrowser();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const { chromium } = await import('playwright-core');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: CHROMIUM_ARGS });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a page that fails the test on uncaught errors; console lines are kept. */
export async function openPage(context, url) {
  const page = await context.newPage();
  page.consoleLines = [];
  page.pageErrors = [];
  page.on('console', (m) => page.consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => page.pageErrors.push(e));
  await page.goto(url);
  return page;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};

// What a strict site allows: scripts from itself only, no inline script, no eval; wasm
// compilation needs 'wasm-unsafe-eval'; Workers from itself or from blob: URLs.
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; connect-src 'self'";

/** Serves `root` on 127.0.0.1 (a free port). Returns { url, close }. */
export function serveStatic(root) {
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'content-security-policy': STRICT_CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(r);
        }),
      });
    });
  });
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
