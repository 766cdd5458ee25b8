// `npm run screenshot`: refreshes the screenshots at the top of the README
// (docs/screenshot.png at desktop size, docs/screenshot-mobile.png at 375 px wide): the demo
// page on a first visit, with the sample bulletin, in headless Chromium (found as the browser
// tests find it). For Chinese glyphs install Debian's fonts-wqy-zenhei or fonts-noto-cjk.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, serveSite } from './serve.mjs';

export const SIZES = {
  desktop: { width: 1280, height: 860 },
  mobile: { width: 375, height: 812 },
};

/** Opens the page at `url` in `size`, waits for the first summary and its stats. */
export async function openSummarized(context, url, size, colorScheme = 'light') {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  await page.goto(url);
  await page.waitForSelector('#summary .sentence', { timeout: 60_000 });
  await page.waitForFunction(() => document.getElementById('loading').hidden && /\d/.test(document.getElementById('stat-sentences').textContent));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

/** Screenshots of the page, first visit, at desktop size and at 375 px: { name: path }. */
export async function takeScreenshots(context, url, dir, { desktop = 'screenshot.png', mobile = 'screenshot-mobile.png' } = {}) {
  mkdirSync(dir, { recursive: true });
  const out = {};
  for (const [name, file] of [['desktop', desktop], ['mobile', mobile]]) {
    const page = await openSummarized(context, url, SIZES[name]);
    out[name] = path.join(dir, file);
    await page.screenshot({ path: out[name] });
    await page.close();
  }
  return out;
}

if (process.argv[1]?.endsWith('scripts/screenshot.mjs')) {
  const { build } = await import('./build.mjs');
  build({ quiet: true });
  const harness = await import(pathToFileURL(path.join(ROOT, 'tests', 'browser', 'harness.mjs')));
  const site = await serveSite();
  const browser = await harness.launchBrowser();
  try {
    const out = await takeScreenshots(browser.context, site.url, path.join(ROOT, 'docs'));
    for (const file of Object.values(out)) console.log(`wrote ${path.relative(ROOT, file)}`);
  } finally {
    await browser.close();
    await site.close();
  }
}
