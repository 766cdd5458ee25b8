// Helpers of the page and element tests: a fresh origin per visit (so localStorage starts
// empty), served like `npm start` under the page's CSP, with a watch on console errors, page
// errors, CSP violations and requests.
import assert from 'node:assert/strict';
import { PAGE_CSP, serveSite } from '../../scripts/serve.mjs';
import { SIZES } from '../../scripts/screenshot.mjs';

export const LOAD = { timeout: 60_000 }; // a cold start on a busy 2-core machine

/**
 * A fresh origin (so localStorage starts empty: a first visit) with a page that records
 * console errors, page errors, CSP violations and every request. `init` runs before the page's
 * scripts; `pages` maps extra paths to HTML served with the page's CSP; `dir` serves a static
 * build (`npm run build:site`) instead of the live folders.
 */
export async function visitSite(browser, t, { size = SIZES.desktop, colorScheme = 'light', url = '', init, pages = {}, dir } = {}) {
  const site = await serveSite({ dir });
  const page = await browser.context.newPage();
  const seen = { console: [], errors: [], requests: [], downloads: [] };
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && seen.console.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('worker', (w) => w.on('console', (m) => m.type() === 'error' && seen.console.push(`worker: ${m.text()}`)));
  await page.addInitScript(() => {
    window.__csp = [];
    addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (init) await page.addInitScript(init);
  // Extra pages for a test, served from the same origin with the same CSP.
  for (const [pathname, html] of Object.entries(pages)) {
    await page.route(`${site.url}${pathname.replace(/^\//, '')}`, (route) => route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': PAGE_CSP },
      body: html,
    }));
  }
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  t.after(async () => {
    await page.close().catch(() => {});
    await site.close();
  });
  page.site = site;
  page.seen = seen;
  await page.goto(site.url + url);
  return page;
}

/** No console error, page error, CSP violation, or request that left the page's origin. */
export async function assertClean(page, { allowConsole = [] } = {}) {
  const csp = await page.evaluate(() => window.__csp);
  assert.deepEqual(csp, [], 'no CSP violations');
  assert.deepEqual(page.seen.errors, [], 'no page errors');
  const consoleLines = page.seen.console.filter((line) => !allowConsole.some((re) => re.test(line)));
  assert.deepEqual(consoleLines, [], 'no console errors or warnings');
  const origin = new URL(page.site.url).origin;
  const foreign = page.seen.requests.filter((u) => !u.startsWith(`${origin}/`) && !/^(blob|data):/.test(u));
  assert.deepEqual(foreign, [], 'no request left the page\'s origin');
}

