// The <textrank-summary> element (js/element.js) in headless Chromium under the page's CSP:
// www/embed.html (its own text, `for=` a textarea, the `summary` event, ::part() and custom
// properties), a page at another path, attribute changes, and the main-thread fallback.
// Run: node --test tests/browser/  (fails, never skips, when no Chromium is found)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './harness.mjs';
import { LOAD, assertClean, visitSite } from './site-helpers.mjs';
import { readFileSync } from 'node:fs';
import * as node from '../../js/node.js';

const SEED = readFileSync(new URL('../fixtures/bulletin.txt', import.meta.url), 'utf8');

let browser;
const visit = (t, options) => visitSite(browser, t, options);
before(async () => {
  await node.init();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Records every `summary` event before the page's scripts run. */
const recordEvents = () => {
  window.__events = [];
  document.addEventListener('summary', (e) => window.__events.push({ id: e.target.id, detail: e.detail }));
};

/** What an element shows: its sentences and keywords (shadow DOM). */
function shown(page, selector) {
  return page.$eval(selector, (el) => ({
    sentences: [...el.shadowRoot.querySelectorAll('[part~="sentence"]')].map((s) => s.textContent),
    keywords: [...el.shadowRoot.querySelectorAll('[part~="keyword-text"]')].map((s) => s.textContent),
    status: el.shadowRoot.querySelector('[part~="status"]').textContent,
  }));
}

async function waitForShown(page, selector, result) {
  const want = { sentences: result.sentences.map((s) => s.text), keywords: result.keywords.map((k) => k.word) };
  try {
    await page.waitForFunction(([selector, want]) => {
      const root = document.querySelector(selector)?.shadowRoot;
      if (!root) return false;
      const got = {
        sentences: [...root.querySelectorAll('[part~="sentence"]')].map((s) => s.textContent),
        keywords: [...root.querySelectorAll('[part~="keyword-text"]')].map((s) => s.textContent),
      };
      return JSON.stringify(got) === JSON.stringify(want);
    }, [selector, want], LOAD);
  } catch {
    const got = await shown(page, selector);
    assert.deepEqual({ sentences: got.sentences, keywords: got.keywords }, want, `${selector} shows the summary (status: ${got.status})`);
  }
}

test('embed.html: the element summarizes its own text, follows a textarea, and fires `summary` events', async (t) => {
  const page = await visit(t, { url: 'embed.html', init: recordEvents });
  const staticText = await page.$eval('#static', (el) => el.textContent);
  const staticResult = node.summarize(staticText, { sentences: 1, keywords: 5, keyphrases: 0 });
  await waitForShown(page, '#static', staticResult);
  assert.equal(staticResult.sentences.length, 1);

  // for="draft": the textarea's text, then whatever is typed into it.
  const draft = await page.inputValue('#draft');
  await waitForShown(page, '#follower', node.summarize(draft, { sentences: 2, keywords: 6, keyphrases: 0 }));
  const typed = '国务院日前印发《关于深入实施“人工智能+”行动的意见》。国家发展改革委有关负责人26日进行了解读。当前，人工智能技术加速迭代演进。';
  await page.fill('#draft', typed);
  const typedResult = node.summarize(typed, { sentences: 2, keywords: 6, keyphrases: 0 });
  await waitForShown(page, '#follower', typedResult);
  await page.focus('#draft');
  await page.keyboard.press('End');
  await page.keyboard.type('人工智能正从试验探索迈向价值创造阶段。');
  const more = await page.inputValue('#draft');
  await waitForShown(page, '#follower', node.summarize(more, { sentences: 2, keywords: 6, keyphrases: 0 }));

  // The `summary` events carry the results.
  const events = await page.evaluate(() => window.__events);
  assert.deepEqual(events.find((e) => e.id === 'static').detail, staticResult);
  assert.deepEqual(events.filter((e) => e.id === 'follower').at(-1).detail, node.summarize(more, { sentences: 2, keywords: 6, keyphrases: 0 }));
  assert.ok(events.some((e) => e.id === 'follower' && JSON.stringify(e.detail) === JSON.stringify(typedResult)));
  assert.deepEqual(await page.$eval('#follower', (el) => el.result), node.summarize(more, { sentences: 2, keywords: 6, keyphrases: 0 }));
  // The demo's own listener shows them on the page.
  assert.match(await page.textContent('#events li'), /^#follower: 2 句 sentences, 6 个关键词 keywords/);

  // Styled from outside: ::part(sentence) sets the size, --textrank-accent the bar colour.
  const style = await page.$eval('#follower', (el) => {
    const s = getComputedStyle(el.shadowRoot.querySelector('[part~="sentence"]'));
    return { size: s.fontSize, border: s.borderInlineStartColor, accent: getComputedStyle(document.documentElement).getPropertyValue('--accent').trim() };
  });
  assert.equal(style.size, '17px');
  assert.equal(style.border, 'rgb(163, 32, 28)', `the accent ${style.accent} reaches the shadow DOM`);
  await assertClean(page);
});

test('one script tag from any path; attributes change the output; the main thread when there is no Worker', async (t) => {
  const text = '新华社北京8月26日电 国家卫生健康委组织有关专家，对2017年印发的《安宁疗护实践指南（试行）》进行了修订。安宁疗护实践以终末期患者和家属为中心，以多学科协作模式进行。主要内容包括疼痛及其他症状控制，舒适照护，心理、精神及社会支持等。';
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><title>t</title>
<script type="module" src="../../../textrank-zh/js/element.js"></script>
<textrank-summary id="a" sentences="1" keywords="3">${text}</textrank-summary>`;
  for (const noWorker of [false, true]) {
    const page = await visit(t, {
      url: 'some/deep/path/page.html',
      pages: { 'some/deep/path/page.html': html },
      init: noWorker ? () => { delete window.Worker; } : undefined,
    });
    await waitForShown(page, '#a', node.summarize(text, { sentences: 1, keywords: 3, keyphrases: 0 }));
    assert.equal(await page.$eval('#a', (el) => el.shadowRoot.querySelector('[part~="summary-label"]').textContent), 'Summary', 'labels follow lang="en"');
    await page.$eval('#a', (el) => el.setAttribute('sentences', '2'));
    await waitForShown(page, '#a', node.summarize(text, { sentences: 2, keywords: 3, keyphrases: 0 }));
    // A new text in the element, and keyphrases asked for.
    await page.$eval('#a', (el, seed) => {
      el.textContent = seed;
      el.setAttribute('keyphrases', '2');
    }, SEED);
    const seedResult = node.summarize(SEED, { sentences: 2, keywords: 3, keyphrases: 2 });
    await waitForShown(page, '#a', seedResult);
    assert.ok(seedResult.keyphrases.length > 0);
    await page.waitForFunction((want) => JSON.stringify([...document.getElementById('a').shadowRoot.querySelectorAll('[part~="keyphrase"]')].map((p) => p.textContent)) === want,
      JSON.stringify(seedResult.keyphrases.map((p) => p.phrase)), LOAD);
    // A bad attribute value is shown in plain words (the page is lang="en").
    await page.$eval('#a', (el) => el.setAttribute('sentences', 'many'));
    await page.waitForFunction(() => document.getElementById('a').shadowRoot.querySelector('[part~="status"]').textContent === 'No summary: the sentences attribute has an invalid value.', null, LOAD);
    // ...and the summary of the earlier options is gone, not left beside the error.
    const stale = await page.$eval('#a', (el) => ({
      result: el.result,
      items: el.shadowRoot.querySelectorAll('[part~="sentence"], [part~="keyword"], [part~="keyphrase"]').length,
      visible: [...el.shadowRoot.querySelectorAll('section')].filter((s) => !s.hidden).length,
    }));
    assert.deepEqual(stale, { result: null, items: 0, visible: 0 });
    const workers = await page.evaluate(() => typeof Worker);
    assert.equal(workers, noWorker ? 'undefined' : 'function');
    // The package's exact message is for the developer, in the console.
    assert.ok(page.seen.console.some((line) => /^error: <textrank-summary id="a">: textrank-zh: invalid option `sentences`/.test(line)), page.seen.console.join('\n'));
    await assertClean(page, { allowConsole: [/<textrank-summary id="a">: textrank-zh: invalid option `sentences`/] });
  }
});

test('what a reader sees: an empty followed textarea gives a hint; a bad attribute a short message in their language (the exact one in the console and the event)', async (t) => {
  const page = await visit(t, { url: 'embed.html', init: () => {
    window.__errors = [];
    document.addEventListener('summaryerror', (e) => window.__errors.push({ id: e.target.id, message: e.detail.message, isError: e.detail instanceof Error }));
  } });
  const draft = await page.inputValue('#draft');
  await waitForShown(page, '#follower', node.summarize(draft, { sentences: 2, keywords: 6, keyphrases: 0 }));
  const status = () => page.$eval('#follower', (el) => {
    const s = el.shadowRoot.querySelector('[part~="status"]');
    return s.checkVisibility() ? s.textContent : null;
  });
  await page.fill('#draft', '');
  await page.waitForFunction(() => document.getElementById('follower').shadowRoot.querySelectorAll('[part~="sentence"]').length === 0, null, LOAD);
  await page.waitForFunction(() => document.getElementById('follower').shadowRoot.querySelector('[part~="status"]').textContent !== '', null, LOAD);
  assert.equal(await status(), '在输入框中输入或粘贴文字，这里会显示摘要。', 'the empty box says what to do');

  await page.fill('#draft', draft);
  await waitForShown(page, '#follower', node.summarize(draft, { sentences: 2, keywords: 6, keyphrases: 0 }));
  await page.$eval('#follower', (el) => el.setAttribute('sentences', '-2'));
  await page.waitForFunction(() => document.getElementById('follower').shadowRoot.querySelector('[part~="status"]').textContent.startsWith('无法生成摘要'), null, LOAD);
  assert.equal(await status(), '无法生成摘要：属性 sentences 的值无效。');
  assert.doesNotMatch(await status(), /invalid|must be/, 'no English developer message among the Chinese labels');
  const exact = 'textrank-zh: invalid option `sentences`: must be an integer >= 0, got -2';
  assert.deepEqual(await page.evaluate(() => window.__errors), [{ id: 'follower', message: exact, isError: true }], 'the event has the exact message');
  assert.ok(page.seen.console.includes(`error: <textrank-summary id="follower">: ${exact}`), page.seen.console.join('\n'));
  // max-chars is named as the attribute is written.
  await page.$eval('#follower', (el) => { el.setAttribute('sentences', '2'); el.setAttribute('max-chars', '0'); });
  await page.waitForFunction(() => document.getElementById('follower').shadowRoot.querySelector('[part~="status"]').textContent === '无法生成摘要：属性 max-chars 的值无效。', null, LOAD);
  await page.$eval('#follower', (el) => el.removeAttribute('max-chars'));
  await waitForShown(page, '#follower', node.summarize(draft, { sentences: 2, keywords: 6, keyphrases: 0 }));
  assert.equal(await status(), null, 'the message goes once the value is good');
  await assertClean(page, { allowConsole: [/^error: <textrank-summary id="follower">: textrank-zh: invalid option `(sentences|maxChars)`/] });
});
