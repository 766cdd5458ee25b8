// The demo site's layout and a small static server for it, shared by `npm start`,
// `npm run build:site`, `npm run screenshot` and the page's browser tests.
//
// The site is www/ plus the package's browser files, mapped like this (a static build copies
// exactly these files, so what `npm start` serves is what a static host will serve):
//   /                      → www/                (index.html, embed.html, app.js, app.css, …)
//   /textrank-zh/js/…      → js/                 (the package's browser modules)
//   /textrank-zh/dist/…    → dist/               (the wasm-bindgen glue and the .wasm)
//   /sample.txt            → tests/fixtures/bulletin.txt   (the seed bulletin, Xinhua)
//   /licenses/…            → NOTICE, LICENSE-MIT, LICENSE-APACHE (the shipped data's licences)
// Every response carries the strict Content-Security-Policy the page is built for.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The policy the page and the element are tested under (issue 4), and that `npm start` sends. */
export const PAGE_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** The package's files a browser needs (no Node entry, no CLI, no types). */
export const PACKAGE_JS = ['index.js', 'core.js', 'worker.js', 'worker-thread.js', 'element.js'];
export const PACKAGE_DIST = ['textrank_zh.js', 'textrank_zh_bg.wasm'];
/** The licences of what the site ships (the wasm holds jieba's MIT and OpenCC's Apache-2.0 data). */
export const LICENSES = { 'NOTICE.txt': 'NOTICE', 'LICENSE-MIT.txt': 'LICENSE-MIT', 'LICENSE-APACHE.txt': 'LICENSE-APACHE' };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentType(file) {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/**
 * The type of a URL path served from `file`: by the URL's name, as a static host decides it
 * (/licenses/NOTICE.txt comes from NOTICE, which has no extension), else by the file's.
 */
export function urlContentType(pathname, file) {
  const name = pathname.endsWith('/') ? 'index.html' : pathname;
  return contentType(path.extname(name) ? name : file);
}

/** Headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages): the CSP, and
 * UTF-8 for the text files (the licences and the sample hold Chinese; a bare text/plain is
 * often read as Latin-1). */
export const STATIC_HEADERS = `/*
  Content-Security-Policy: ${PAGE_CSP}
/licenses/*
  Content-Type: text/plain; charset=utf-8
/sample.txt
  Content-Type: text/plain; charset=utf-8
`;

/** Every file of the site: [url path, source file] pairs. */
export function siteFiles() {
  const files = [];
  const www = path.join(ROOT, 'www');
  const walk = (dir, prefix) => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file, `${prefix}${name}/`);
      else files.push([`${prefix}${name}`, file]);
    }
  };
  walk(www, '/');
  for (const name of PACKAGE_JS) files.push([`/textrank-zh/js/${name}`, path.join(ROOT, 'js', name)]);
  for (const name of PACKAGE_DIST) files.push([`/textrank-zh/dist/${name}`, path.join(ROOT, 'dist', name)]);
  files.push(['/sample.txt', path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt')]);
  for (const [name, file] of Object.entries(LICENSES)) files.push([`/licenses/${name}`, path.join(ROOT, file)]);
  return files;
}

/** The file behind a URL path, or null. Reads the folders live, so edits show on reload. */
export function resolvePath(pathname) {
  if (pathname.endsWith('/')) pathname += 'index.html';
  const mounts = [
    ['/textrank-zh/js/', path.join(ROOT, 'js'), (rest) => PACKAGE_JS.includes(rest)],
    ['/textrank-zh/dist/', path.join(ROOT, 'dist'), (rest) => PACKAGE_DIST.includes(rest)],
  ];
  if (pathname === '/sample.txt') return path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt');
  if (pathname.startsWith('/licenses/')) {
    const name = pathname.slice('/licenses/'.length);
    return Object.hasOwn(LICENSES, name) ? path.join(ROOT, LICENSES[name]) : null;
  }
  for (const [prefix, dir, allowed] of mounts) {
    if (pathname.startsWith(prefix)) {
      const rest = pathname.slice(prefix.length);
      return allowed(rest) ? path.join(dir, rest) : null;
    }
  }
  const www = path.join(ROOT, 'www');
  const file = path.normalize(path.join(www, pathname));
  if (!file.startsWith(www + path.sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) return path.join(file, 'index.html');
  return file;
}

/**
 * Serves the site (or `dir`, a static build) with the page's CSP.
 * @param {{ port?: number, host?: string, dir?: string, log?: boolean }} [options]
 * @returns {Promise<{ url: string, port: number, server: http.Server, close: () => Promise<void> }>}
 */
export function serveSite({ port = 0, host = '127.0.0.1', dir, log = false } = {}) {
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      // Prefixed, not resolved against a base: `//` would read as a scheme-relative URL.
      pathname = decodeURIComponent(new URL(`http://x${req.url.startsWith('/') ? '' : '/'}${req.url}`).pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file;
    if (dir) {
      file = path.normalize(path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
      if (!file.startsWith(path.resolve(dir) + path.sep)) file = null;
    } else {
      file = resolvePath(pathname);
    }
    const headers = { 'content-security-policy': PAGE_CSP, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, headers).end();
      return;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      if (log) console.log(`404 ${pathname}`);
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': urlContentType(pathname, file), 'content-length': statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const actual = server.address().port;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        server,
        close: () => new Promise((r) => {
          server.closeAllConnections();
          server.close(() => r());
        }),
      });
    });
  });
}
