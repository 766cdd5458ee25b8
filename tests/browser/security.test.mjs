// Issue 7 in the browser: the Worker client on bad input, and the demo page (www/index.html)
// and the <textrank-summary> element (www/embed.html) against what people paste.
//  - XSS payloads pasted into the page and into the element are only ever rendered as text:
//    no script runs (a global flag the payloads would set, and a dialog listener), no element
//    of theirs is created; checked under the page's CSP and again with the CSP removed, so
//    that the rendering, not only the policy, is what stops them.
//  - Under the CSP: no securitypolicyviolation event, no console error.
//  - Once loaded, the page makes no network request while it summarizes (every request of
//    the browser context, Workers included, is intercepted and counted).
//  - A 5 MB paste: the longest main-thread task while it works is measured and printed (a
//    PerformanceObserver for long tasks and a requestAnimationFrame gap probe), not asserted.
// Run: node --test tests/browser/  (fails, never skips, when no Chromium is found)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, openPage, serveStatic } from './harness.mjs';
import { LOAD, assertClean, visitSite } from './site-helpers.mjs';
import { serveSite } from '../../scripts/serve.mjs';
import * as node from '../../js/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SEED = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');

let browser;
before(async () => {
  await node.init();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------- payloads

/** Each payload calls __pwn(name) (or alert) if it ever runs. */
const PAYLOADS = [
  ['img onerror', `<img src=x onerror="__pwn('img')">`],
  ['script', `<script>__pwn('script')</script>`],
  ['script src', `<script src="data:text/javascript,__pwn('script-src')"></script>`],
  ['javascript: URL', `<a href="javascript:__pwn('js-url')">点此</a> javascript:__pwn('bare-js-url')`],
  ['</textarea>', `</textarea><img src=x onerror="__pwn('textarea')"><textarea>`],
  ['svg onload', `<svg onload="__pwn('svg')"><script>__pwn('svg-script')</script></svg>`],
  ['svg/onload', `<svg/onload=alert('svg2')>`],
  ['iframe srcdoc', `<iframe srcdoc="<script>parent.__pwn('iframe')</script>"></iframe>`],
  ['attribute breakout', `"><img src=x onerror=__pwn('attr')>'><img src=x onerror=__pwn('attr2')>`],
  ['details ontoggle', `<details open ontoggle="__pwn('details')">x</details>`],
  ['autofocus onfocus', `<input autofocus onfocus="__pwn('focus')">`],
  ['mXSS', `<math><mtext><table><mglyph><style><img src=x onerror=__pwn('mxss')></style></mglyph></table></mtext></math>`],
  ['noscript', `<noscript><p title="</noscript><img src=x onerror=__pwn('noscript')>"></noscript>`],
  ['meta refresh', `<meta http-equiv="refresh" content="0;url=javascript:__pwn('meta')">`],
  ['base href', `<base href="http://evil.invalid/">`],
  ['object data', `<object data="data:text/html,<script>parent.__pwn('object')</script>"></object>`],
  ['style import', `<style>@import 'http://evil.invalid/x.css';body{display:none}</style>`],
  ['template injection', '${__pwn(`tpl`)}{{constructor.constructor("__pwn(\'angular\')")()}}'],
  ['alert', `<img src=x onerror=alert(document.domain)><body onload=alert('body')>`],
];

/** A bulletin whose headlines, sentences and words carry every payload. */
function payloadText() {
  return PAYLOADS.map(([, p], i) => [
    `${p}新闻标题${i + 1}`,
    `新华社北京8月26日电 国务院日前印发意见${p}，推动人工智能与各行业深度融合。`,
    `意见提出${p}，到2027年率先实现人工智能与六大重点领域广泛深度融合${i + 1}。`,
    `${p}`,
  ].join('\n')).join('\n\n\n');
}

/** Before the page's scripts: the flag the payloads would set. */
function watchPayloads() {
  window.__pwned = [];
  window.__pwn = (name) => window.__pwned.push(name);
}

/** Counts dialogs (alert/confirm/prompt) and dismisses them. */
function watchDialogs(page) {
  page.dialogs = [];
  page.on('dialog', (d) => {
    page.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
}

/**
 * Elements in the document and in every open shadow root that a payload could have made:
 * any element with an on* attribute, javascript: URLs, and elements of tags the page never
 * renders from a result, inside `containers` (selectors; '' = the whole document).
 */
async function injected(page, containers) {
  return page.evaluate((containers) => {
    const out = [];
    const roots = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    }
    const bad = 'img, script, svg, iframe, object, embed, math, details, input, meta, base, style, noscript, link, a, textarea, form, video, audio, source, frame, frameset';
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        for (const a of el.attributes) {
          if (/^on/i.test(a.name)) out.push(`<${el.localName} ${a.name}>`);
          if (/^\s*javascript:/i.test(a.value)) out.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
        }
      }
    }
    for (const selector of containers) {
      const scopes = selector === '::shadow' ? roots.slice(1) : [...document.querySelectorAll(selector)];
      for (const scope of scopes) for (const el of scope.querySelectorAll(bad)) out.push(`${selector} <${el.localName}>`);
    }
    // The page's own scripts are module scripts from its own origin; nothing else.
    for (const s of document.scripts) if (!s.src || new URL(s.src).origin !== location.origin) out.push(`<script ${s.src || 'inline'}>`);
    if (document.querySelector('base, meta[http-equiv]')) out.push('<base> or <meta http-equiv>');
    return out;
  }, containers);
}

/** Pastes `text` into the focused field for real, through the clipboard (Control+V). */
async function paste(page, selector, text) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.focus(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue(selector), text, 'the paste arrived');
}

const RESULT_CONTAINERS = ['#summary', '#keywords-list', '#keyphrases-list', '#original', '#notice', '#stats'];
const squash = (s) => s.replace(/\s+/g, '');

/** On the demo page: paste the payloads, wait for their summary, check nothing ran or was made. */
async function pastePayloadsOnPage(page) {
  const text = payloadText();
  await page.waitForSelector('#summary .sentence', LOAD);
  // Every body sentence, so that each payload is in the summary as well as in the original.
  await page.check('#mode-ratio');
  await page.fill('#ratio', '100');
  await paste(page, '#text', text);
  const expected = node.summarize(text, { ratio: 1, keywords: 10 });
  const want = JSON.stringify(expected.sentences.map((s) => s.text));
  await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === w, want, LOAD);
  const shown = await page.evaluate(() => ({
    summary: document.getElementById('summary').textContent,
    original: document.getElementById('original').textContent,
  }));
  let inSummary = 0;
  for (const [name, p] of PAYLOADS) {
    assert.ok(squash(shown.original).includes(squash(p)), `${name}: shown as text in the original`);
    if (shown.summary.includes(p)) inSummary++;
  }
  assert.ok(inSummary >= PAYLOADS.length - 2, `only ${inSummary} payloads shown as text in the summary`);
  // Let anything that was going to fire (onerror, onload, autofocus, meta refresh) fire.
  await page.waitForTimeout(500);
  assert.deepEqual(await injected(page, RESULT_CONTAINERS), [], 'no element or handler of a payload');
  assert.deepEqual(await page.evaluate(() => window.__pwned), [], 'no payload ran');
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
  assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/$/, 'still on the page');
  return text;
}

/** On embed.html: paste into the followed textarea, and set the static element's own text. */
async function pastePayloadsIntoElement(page) {
  const text = payloadText();
  await page.waitForFunction(() => document.querySelector('#follower')?.result, null, LOAD);
  await paste(page, '#draft', text);
  const want = node.summarize(text, { sentences: 2, keywords: 6, keyphrases: 0 }).sentences.map((s) => s.text);
  const sentencesOf = (selector) => page.$eval(selector, (el) => [...el.shadowRoot.querySelectorAll('[part~="sentence"]')].map((s) => s.textContent));
  await page.waitForFunction(([w]) => JSON.stringify([...document.querySelector('#follower').shadowRoot.querySelectorAll('[part~="sentence"]')].map((s) => s.textContent)) === w, [JSON.stringify(want)], LOAD);
  assert.deepEqual(await sentencesOf('#follower'), want);
  assert.ok(want.some((s) => PAYLOADS.some(([, p]) => s.includes(p))), 'a payload is in the shown sentences');

  // The element's own text (light DOM text nodes) set to the payloads.
  await page.$eval('#static', (el, text) => {
    el.textContent = text;
  }, text);
  const wantStatic = node.summarize(text, { sentences: 1, keywords: 5, keyphrases: 0 }).sentences.map((s) => s.text);
  await page.waitForFunction(([w]) => JSON.stringify([...document.querySelector('#static').shadowRoot.querySelectorAll('[part~="sentence"]')].map((s) => s.textContent)) === w, [JSON.stringify(wantStatic)], LOAD);

  // A new element made by script around the payload text.
  await page.evaluate((text) => {
    const el = document.createElement('textrank-summary');
    el.id = 'made';
    el.setAttribute('sentences', '3');
    el.append(text);
    document.querySelector('main').append(el);
  }, text);
  await page.waitForFunction(() => document.querySelector('#made')?.result, null, LOAD);
  const made = await sentencesOf('#made');
  assert.ok(made.some((s) => PAYLOADS.some(([, p]) => s.includes(p))), 'the new element shows a payload as text');

  await page.waitForTimeout(500);
  assert.deepEqual(await injected(page, ['::shadow', '#events']), [], 'no element or handler of a payload');
  assert.deepEqual(await page.evaluate(() => window.__pwned), [], 'no payload ran');
  assert.deepEqual(page.dialogs, [], 'no dialog opened');
}

test(`XSS: ${PAYLOADS.length} payloads pasted into the page are shown as text, under its CSP with no violation; again after a reload`, async (t) => {
  const page = await visitSite(browser, t, { init: watchPayloads });
  watchDialogs(page);
  const text = await pastePayloadsOnPage(page);
  await assertClean(page);
  // The text is kept in localStorage and shown again after a reload: still only as text.
  await page.reload();
  await page.waitForFunction((n) => document.getElementById('text').value.length === n, text.length, LOAD);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.waitForTimeout(500);
  assert.deepEqual(await injected(page, RESULT_CONTAINERS), []);
  assert.deepEqual(await page.evaluate(() => window.__pwned), []);
  assert.deepEqual(page.dialogs, []);
  await assertClean(page);
  t.diagnostic(`payloads tried: ${PAYLOADS.map(([name]) => name).join(', ')}`);
});

test('XSS: the payloads pasted into <textrank-summary> (followed textarea, own text, a new element) are shown as text', async (t) => {
  const page = await visitSite(browser, t, { url: 'embed.html', init: watchPayloads });
  watchDialogs(page);
  await pastePayloadsIntoElement(page);
  await assertClean(page);
});

test('XSS: with the CSP removed, no payload runs either (the page and the element render text, not HTML)', async (t) => {
  const site = await serveSite();
  t.after(() => site.close());
  const page = await browser.context.newPage();
  t.after(() => page.close());
  // Strip the Content-Security-Policy from every response.
  await page.route(`${site.url}**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.addInitScript(watchPayloads);
  watchDialogs(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(site.url);
  assert.equal(await page.evaluate(() => document.querySelector('meta[http-equiv]')), null);
  await pastePayloadsOnPage(page);
  await page.goto(`${site.url}embed.html`);
  await pastePayloadsIntoElement(page);
  assert.deepEqual(errors, []);

  // The control: the same payloads put into the page as HTML do run, and are found.
  await page.evaluate((payloads) => {
    const scratch = document.createElement('div');
    scratch.id = 'scratch';
    for (const [, p] of payloads) {
      const div = document.createElement('div');
      div.innerHTML = p; // one container each: an open <textarea> or <style> must not swallow the next
      scratch.append(div);
    }
    document.body.append(scratch);
  }, PAYLOADS);
  await page.waitForFunction(() => window.__pwned.includes('img'), null, LOAD);
  assert.ok((await injected(page, ['#scratch'])).length > 10, 'the detector finds injected elements');
  for (let i = 0; i < 100 && page.dialogs.length === 0; i++) await page.waitForTimeout(100);
  assert.ok(page.dialogs.length > 0, 'the dialog listener sees alert()');
  t.diagnostic(`control: as HTML without a CSP, ${(await page.evaluate(() => window.__pwned)).length} payload handlers ran and ${page.dialogs.length} dialog(s) opened`);
});

// ---------------------------------------------------------------- network

test('once loaded, the page makes no network request while it summarizes (Workers included)', async (t) => {
  const requests = [];
  const record = (route) => {
    requests.push(route.request().url());
    return route.continue();
  };
  await browser.context.route('**/*', record);
  t.after(() => browser.context.unroute('**/*', record));

  const page = await visitSite(browser, t);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.waitForFunction(() => document.getElementById('loading').hidden, null, LOAD);
  await page.waitForLoadState('networkidle');
  // The interception sees the Worker's own requests: the wasm is fetched inside the Worker.
  assert.ok(requests.some((u) => u.endsWith('/textrank_zh_bg.wasm')), `the wasm fetch was seen: ${requests.join(', ')}`);
  const loaded = requests.length;

  // Type, paste, change every control, switch the language, click a sentence.
  await page.fill('#text', '');
  await page.keyboard.type('国务院日前印发《关于深入实施“人工智能+”行动的意见》。意见提出推动人工智能发展。');
  await page.waitForFunction(() => document.querySelectorAll('#summary .sentence').length === 2, null, LOAD);
  await paste(page, '#text', SEED);
  const seedSummary = node.summarize(SEED, { sentences: 3, keywords: 10 }).sentences.map((s) => s.text);
  await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === w, JSON.stringify(seedSummary), LOAD);
  await page.fill('#sentences', '5');
  await page.check('#mode-ratio');
  await page.fill('#ratio', '50');
  await page.check('#mode-chars');
  await page.fill('#max-chars', '200');
  await page.fill('#keywords', '20');
  await page.uncheck('#redundancy');
  await page.click('#lang');
  await page.click('#summary .sentence');
  await page.waitForFunction(() => document.getElementById('summary').getAttribute('aria-busy') === 'false', null, LOAD);
  await page.waitForTimeout(1000);
  const during = requests.slice(loaded);
  assert.deepEqual(during, [], 'requests while typing and summarizing');

  // The count works: a request made now, from the page, is seen.
  await page.evaluate(() => fetch('favicon.svg').then((r) => r.text()));
  assert.ok(requests.slice(loaded).some((u) => u.endsWith('/favicon.svg')), 'the control request was counted');
  t.diagnostic(`${loaded} requests to load the page, 0 while typing, pasting and summarizing`);
  await assertClean(page);
});

test('once loaded, the element makes no network request while it summarizes', async (t) => {
  const requests = [];
  const record = (route) => {
    requests.push(route.request().url());
    return route.continue();
  };
  await browser.context.route('**/*', record);
  t.after(() => browser.context.unroute('**/*', record));
  const page = await visitSite(browser, t, { url: 'embed.html' });
  await page.waitForFunction(() => document.querySelector('#follower')?.result && document.querySelector('#static')?.result, null, LOAD);
  await page.waitForLoadState('networkidle');
  const loaded = requests.length;
  await page.fill('#draft', '');
  await page.focus('#draft');
  await page.keyboard.type('国务院日前印发意见。意见提出推动人工智能发展。');
  await page.waitForFunction(() => document.querySelector('#follower').result?.sentences.length === 2, null, LOAD);
  await page.$eval('#static', (el) => el.setAttribute('sentences', '2'));
  await page.$eval('#follower', (el) => el.setAttribute('keywords', '3'));
  await page.waitForFunction(() => document.querySelector('#static').result?.sentences.length === 2, null, LOAD);
  await page.waitForTimeout(1000);
  assert.deepEqual(requests.slice(loaded), []);
  await assertClean(page);
});

// ---------------------------------------------------------------- a 5 MB paste

/** Before the page's scripts: long tasks and the longest gap between animation frames. */
function watchMainThread() {
  window.__long = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    window.__long = null; // no Long Tasks API
  }
  window.__probe = { running: false, last: 0, maxGap: 0, frames: 0 };
  window.__startProbe = () => {
    const p = window.__probe;
    Object.assign(p, { running: true, last: performance.now(), maxGap: 0, frames: 0, start: performance.now() });
    const tick = (now) => {
      if (!p.running) return;
      p.maxGap = Math.max(p.maxGap, now - p.last);
      p.last = now;
      p.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.__stopProbe = () => {
    const p = window.__probe;
    p.running = false;
    p.maxGap = Math.max(p.maxGap, performance.now() - p.last);
    p.end = performance.now();
    return p;
  };
}

test('a 5 MB paste: the summary arrives and the UI keeps going; the longest main-thread task is printed', async (t) => {
  const page = await visitSite(browser, t, { init: watchMainThread });
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.waitForFunction(() => document.getElementById('loading').hidden, null, LOAD);
  let big = '';
  while (Buffer.byteLength(big) < 5_000_000) big += `${SEED}\n\n\n`;
  const bytes = Buffer.byteLength(big);
  const expected = node.summarize(big, { sentences: 3, keywords: 10 });

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.evaluate((text) => navigator.clipboard.writeText(text), big);
  await page.focus('#text');
  await page.keyboard.press('Control+A');
  const t0 = await page.evaluate(() => {
    window.__startProbe();
    return performance.now();
  });
  await page.keyboard.press('Control+V');
  // Done when the summary of the big text is on screen and the character count shows it.
  const want = JSON.stringify(expected.sentences.map((s) => s.text));
  const chars = [...big].length.toLocaleString('zh-CN');
  await page.waitForFunction(([w, chars]) => document.getElementById('stat-chars').textContent === chars
    && JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === w, [want, chars], { timeout: 180_000 });
  // Typing still works right after: the page answers a keystroke.
  const m = await page.evaluate((t0) => {
    const probe = window.__stopProbe();
    const long = window.__long?.filter((e) => e.start >= t0) ?? null;
    return {
      total: probe.end - t0,
      maxGap: probe.maxGap,
      frames: probe.frames,
      longest: long ? Math.max(0, ...long.map((e) => e.duration)) : null,
      longCount: long?.length ?? null,
      longSum: long ? long.reduce((s, e) => s + e.duration, 0) : null,
      all: long ? long.map((e) => Math.round(e.duration)) : [],
    };
  }, t0);
  assert.equal(await page.inputValue('#text'), big);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  const line = `5 MB paste (${(bytes / 1e6).toFixed(2)} MB, ${chars} chars, ${expected.stories.length} stories): summary on screen after ${Math.round(m.total)} ms; ` +
    `longest main-thread task ${m.longest === null ? 'n/a' : `${Math.round(m.longest)} ms`} (${m.longCount} long tasks: ${m.all.join(', ')} ms); ` +
    `longest gap between animation frames ${Math.round(m.maxGap)} ms (${m.frames} frames)`;
  t.diagnostic(line);
  // For scale: laying out a textarea that holds the same 5 MB, which the browser must do for any paste.
  const layout = await page.evaluate(() => {
    const ta = document.createElement('textarea');
    ta.style.cssText = getComputedStyle(document.getElementById('text')).cssText;
    document.body.append(ta);
    const t0 = performance.now();
    ta.value = document.getElementById('text').value;
    void ta.scrollHeight;
    const ms = performance.now() - t0;
    ta.remove();
    return ms;
  });
  t.diagnostic(`for scale: Chromium alone takes ${Math.round(layout)} ms to lay out a textarea holding this text`);
});

// ---------------------------------------------------------------- the Worker client on bad input

test('Worker client: bad input is an Error naming the cause, and the next request works', async (t) => {
  const server = await serveStatic(ROOT);
  t.after(() => server.close());
  const page = await openPage(browser.context, `${server.url}/tests/browser/pages/api.html`);
  t.after(() => page.close());
  await page.waitForFunction(() => document.getElementById('status').textContent === 'ready');
  const expected = node.summarize(SEED, { sentences: 3 });
  const r = await page.evaluate(async (seed) => {
    const s = createSummarizer();
    await s.ready;
    const out = [];
    const lone = `\uD800国务院日前印发意见。\uDC00意见提出推动人工智能发展。${'😀'.slice(0, 1)}`;
    const cases = [
      ['null', null], ['undefined', undefined], ['number', 42], ['object', { text: seed }], ['ArrayBuffer', new ArrayBuffer(8)],
      ['over the limit', 'a'.repeat(4_000_001)], ['10 MB line', 'a'.repeat(10_000_000)],
      ['negative', seed, { sentences: -1 }], ['NaN', seed, { ratio: NaN }], ['Infinity', seed, { maxChars: Infinity }],
      ['string', seed, { keywords: '10' }], ['unknown key', seed, { sentence: 3 }], ['both', seed, { sentences: 2, ratio: 0.5 }],
      ['a function in options', seed, { sentences: () => 3 }],
      ['lone surrogates', lone, { sentences: 5 }], ['one char', '国'], ['empty', ''],
    ];
    for (const [name, text, options] of cases) {
      let result;
      try {
        const res = await s.summarize(text, options);
        const squash = (x) => x.replace(/\s+/g, '');
        const bad = res.sentences.filter((x) => squash(text.slice(x.start, x.end).toWellFormed()) !== squash(x.text));
        result = { ok: true, sentences: res.sentences.length, badSpans: bad.map((x) => [x.start, x.end, x.text]) };
      } catch (e) {
        result = { ok: false, isError: e instanceof Error, message: String(e?.message) };
      }
      const next = await s.summarize(seed, { sentences: 3 }).then((x) => x, (e) => ({ failed: String(e?.message) }));
      out.push({ name, result, next });
    }
    s.terminate();
    return out;
  }, SEED);
  const want = {
    null: /^textrank-zh: `text` must be a string, got null$/,
    undefined: /^textrank-zh: `text` must be a string, got undefined$/,
    number: /^textrank-zh: `text` must be a string, got 42$/,
    object: /^textrank-zh: `text` must be a string, got object$/,
    ArrayBuffer: /^textrank-zh: `text` must be a string, got object$/,
    'over the limit': /^textrank-zh: input is too long: 4000001 chars, the limit is 4000000/,
    '10 MB line': /^textrank-zh: input is too long: 10000000 chars, the limit is 4000000/,
    negative: /^textrank-zh: invalid option `sentences`: must be an integer >= 0, got -1$/,
    NaN: /^textrank-zh: invalid option `ratio`: must be a number in \(0, 1\], got NaN$/,
    Infinity: /^textrank-zh: invalid option `maxChars`: must be an integer >= 1, got Infinity$/,
    string: /^textrank-zh: invalid option `keywords`: must be an integer >= 0, got "10"$/,
    'unknown key': /^textrank-zh: invalid option `sentence`: unknown option/,
    both: /not both/,
    'a function in options': /^textrank-zh: cannot send the request to the Worker: /,
  };
  for (const { name, result, next } of r) {
    assert.deepEqual(next, expected, `${name}: the next request works`);
    if (want[name]) {
      assert.equal(result.ok, false, `${name}: no error`);
      assert.ok(result.isError, name);
      assert.match(result.message, want[name], name);
      assert.doesNotMatch(result.message, /unreachable|crashed|died/, name);
    } else {
      assert.ok(result.ok, `${name}: ${result.message}`);
      assert.deepEqual(result.badSpans, [], `${name}: spans match their text`);
    }
  }
  t.diagnostic(`${r.length} bad-input cases through the Worker client`);
  assert.deepEqual(page.pageErrors, []);
});
