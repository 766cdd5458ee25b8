// The demo page (www/) in headless Chromium, served as `npm start` serves it, under the
// page's Content-Security-Policy (scripts/serve.mjs). What a user would notice: the seed's
// summary on a first visit, live updates while typing, each control, highlights, the
// language and the text kept across reloads, copy/download/clear, keyboard access, errors
// and an engine restart in plain words, 360 px, dark theme. Every test also checks that no
// console error, page error, CSP violation or request to another origin happened.
// Run: node --test tests/browser/  (fails, never skips, when no Chromium is found)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './harness.mjs';
import { LOAD, assertClean, visitSite } from './site-helpers.mjs';
import { serveSite, siteFiles } from '../../scripts/serve.mjs';
import { SIZES, takeScreenshots } from '../../scripts/screenshot.mjs';
import { buildSite } from '../../scripts/site.mjs';
import * as node from '../../js/node.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// The sample as the page puts it in the box: from its first non-blank line (the file starts
// with two blank lines).
const SEED_FILE = readFileSync(path.join(ROOT, 'tests', 'fixtures', 'bulletin.txt'), 'utf8');
const SEED = SEED_FILE.replace(/^(?:[^\S\n]*\n)+/, '');
const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const squash = (s) => s.replace(/\s+/g, '');

let browser;
const visit = (t, options) => visitSite(browser, t, options);
before(async () => {
  await node.init();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

const summaryTexts = (page) => page.$$eval('#summary .sentence', (bs) => bs.map((b) => b.textContent));

/** Waits until the summary shows exactly `want` (the sentence texts); fails with what it shows. */
async function waitForSummary(page, want, what) {
  try {
    await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === w, JSON.stringify(want), LOAD);
  } catch {
    assert.deepEqual(await summaryTexts(page), want, what);
  }
}

async function waitForKeywords(page, want, what) {
  try {
    await page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('#keywords-list .chip .word')].map((b) => b.textContent)) === w, JSON.stringify(want), LOAD);
  } catch {
    assert.deepEqual(await page.$$eval('#keywords-list .chip .word', (ws) => ws.map((w) => w.textContent)), want, what);
  }
}

const texts = (result) => result.sentences.map((s) => s.text);
const words = (result) => result.keywords.map((k) => k.word);

test('first visit: the seed is pre-filled with a credit, and its 3-sentence summary shows, one sentence per story', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const expected = node.summarize(SEED, { sentences: 3, keywords: 10 });

  assert.equal(await page.inputValue('#text'), SEED, 'the sample bulletin is pre-filled');
  assert.ok(await page.isVisible('#credit'), 'with its credit line');
  assert.match(await page.textContent('#credit'), /新华社/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN', 'the UI is in Chinese');
  assert.equal(await page.textContent('h1 [data-i18n="title"]'), '新闻摘要');

  await waitForSummary(page, texts(expected));
  const shown = await summaryTexts(page);
  assert.equal(shown.length, 3);
  for (const s of shown) assert.ok(squash(SEED).includes(squash(s)), `${s} occurs in the text`);
  // Grouped by story: three stories, one sentence each, under the story's title.
  const stories = await page.$$eval('#summary .story', (ss) => ss.map((s) => ({
    title: s.querySelector('.story-title')?.textContent ?? null,
    count: s.querySelectorAll('.sentence').length,
  })));
  assert.deepEqual(stories.map((s) => s.count), [1, 1, 1]);
  assert.equal(expected.stories.length, 3);
  assert.deepEqual(stories.map((s) => s.title), expected.stories.map((s, i) => `${i + 1}${s.title ?? `第${i + 1}篇`}`));

  // Keywords as chips with a weight bar; keyphrases.
  await waitForKeywords(page, words(expected));
  const chipWords = await page.$$eval('#keywords-list .chip .word', (ws) => ws.map((w) => w.textContent));
  assert.ok(chipWords.includes('人工智能') && chipWords.includes('安宁疗护'), `keywords: ${chipWords}`);
  const bars = await page.$$eval('#keywords-list .chip .bar', (bs) => bs.map((b) => b.style.getPropertyValue('--w')));
  assert.equal(bars.length, 10);
  assert.equal(Number(bars[0]), 1, 'the top keyword has a full bar');
  assert.deepEqual(await page.$$eval('#keyphrases-list .phrase', (ps) => ps.map((p) => p.textContent)), expected.keyphrases.map((p) => p.phrase));

  // Each summary sentence is highlighted in the original.
  const marks = await page.$$eval('#original mark.hl[id]', (ms) => ms.map((m) => m.textContent));
  assert.deepEqual(marks, expected.sentences.map((s) => SEED.slice(s.start, s.end)));
  assert.equal(await page.$$eval('#original script, #original [onclick], #original [style]', (xs) => xs.length), 0);

  // Stats.
  const all = node.summarize(SEED, { ratio: 1, keywords: 0, keyphrases: 0, diversity: 0, perStory: false });
  await page.waitForFunction(() => /\d/.test(document.getElementById('stat-sentences').textContent));
  const stats = await page.$$eval('#stats dd', (dds) => dds.map((d) => d.textContent));
  assert.deepEqual(stats.slice(0, 3), [[...SEED].length.toLocaleString('zh-CN'), String(all.sentences.length), '3']);
  assert.match(stats[3], /^\d[\d,]*$/, 'milliseconds');

  // The loading state showed the download's progress.
  assert.ok(await page.isHidden('#loading'), 'the loading state is gone');

  const cold = await page.evaluate(() => performance.getEntriesByName('textrank-zh:first-summary')[0]?.startTime);
  assert.ok(cold > 0);
  t.diagnostic(`cold load (fresh origin, navigation start) to the first summary on screen: ${Math.round(cold)} ms`);
  await assertClean(page);
});

test('the loading state shows progress from init(), then goes away', async (t) => {
  const site = await serveSite();
  t.after(() => site.close());
  const page = await browser.context.newPage();
  t.after(() => page.close());
  await page.addInitScript(() => {
    window.__loading = [];
    new MutationObserver(() => {
      const text = document.getElementById('loading-text')?.textContent;
      const progress = document.getElementById('progress');
      if (text && window.__loading.at(-1)?.text !== text) window.__loading.push({ text, value: progress?.value, max: progress?.max });
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto(site.url);
  await page.waitForSelector('#summary .sentence', LOAD);
  const seen = await page.evaluate(() => window.__loading);
  const mb = (readFileSync(path.join(ROOT, 'dist', 'textrank_zh_bg.wasm')).length / 1e6).toFixed(1);
  assert.ok(seen.some((s) => s.text === `正在加载摘要引擎……0.0 / ${mb} MB`), `progress shown: ${JSON.stringify(seen)}`);
  assert.ok(await page.isHidden('#loading'));
});

test('pasting and typing new text updates the summary', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.site.url).origin });

  // Clear, then paste the seed from the clipboard.
  await page.getByRole('button', { name: '清空' }).click();
  assert.equal(await page.inputValue('#text'), '');
  await page.waitForSelector('#summary .empty');
  assert.equal(await page.textContent('#stat-chars'), '0');
  await page.evaluate((seed) => navigator.clipboard.writeText(seed), SEED);
  await page.focus('#text');
  await page.keyboard.press('Control+V');
  assert.equal(await page.inputValue('#text'), SEED);
  const expected = node.summarize(SEED, { sentences: 3, keywords: 10 });
  await waitForSummary(page, texts(expected), 'the pasted seed is summarized');
  for (const s of await summaryTexts(page)) assert.ok(squash(SEED).includes(squash(s)));

  // Type a new text, key by key.
  await page.fill('#text', '');
  const typed = '国务院日前印发《关于深入实施“人工智能+”行动的意见》。';
  await page.keyboard.type(typed);
  await waitForSummary(page, [typed], 'one typed sentence');
  const more = '安宁疗护实践以终末期患者和家属为中心，以多学科协作模式进行。天津街头巷尾的“上合元素”悄然增多。';
  await page.keyboard.type(more);
  const value = await page.inputValue('#text');
  assert.equal(value, typed + more);
  await waitForSummary(page, texts(node.summarize(value, { sentences: 3 })), 'the summary follows the typing');
  assert.equal(await page.textContent('#stat-chars'), String([...value].length));
  await assertClean(page);
});

test('each control changes the output as its label says', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const seed = (options) => node.summarize(SEED, { keywords: 10, ...options });

  await page.getByLabel('摘要句数', { exact: true }).fill('5');
  await waitForSummary(page, texts(seed({ sentences: 5 })), '5 sentences');
  assert.equal((await summaryTexts(page)).length, 5);

  await page.getByLabel('按比例', { exact: true }).check();
  await waitForSummary(page, texts(seed({ ratio: 0.2 })), 'ratio 20 %');
  await page.getByLabel('摘要占正文的百分比', { exact: true }).fill('10');
  const tenth = seed({ ratio: 0.1 });
  await waitForSummary(page, texts(tenth), 'ratio 10 %');
  const body = node.summarize(SEED, { ratio: 1 }).sentences.length;
  assert.equal(tenth.sentences.length, Math.ceil(body * 0.1));

  await page.getByLabel('按字数', { exact: true }).check();
  await page.getByLabel('摘要字数上限', { exact: true }).fill('60');
  const capped = seed({ ratio: 1, maxChars: 60 });
  await waitForSummary(page, texts(capped), 'at most 60 chars');
  const total = (await summaryTexts(page)).reduce((n, s) => n + [...s].length, 0);
  assert.ok(total > 0 && total <= 60, `the summary has ${total} chars, at most 60`);

  await page.getByLabel('按句数', { exact: true }).check();
  await page.getByLabel('摘要句数', { exact: true }).fill('10');
  await waitForSummary(page, texts(seed({ sentences: 10 })), '10 sentences');
  await page.getByLabel('关键词数', { exact: true }).fill('3');
  await waitForKeywords(page, words(seed({ sentences: 10, keywords: 3 })), '3 keywords');

  // Redundancy control off = diversity 0, which picks other sentences for the seed at 10.
  const withoutControl = seed({ sentences: 10, keywords: 3, diversity: 0 });
  assert.notDeepEqual(texts(withoutControl), texts(seed({ sentences: 10 })), 'the seed shows the difference');
  await page.getByLabel('去除重复内容', { exact: true }).uncheck();
  await waitForSummary(page, texts(withoutControl), 'redundancy control off');
  await page.getByLabel('去除重复内容', { exact: true }).check();
  await waitForSummary(page, texts(seed({ sentences: 10 })), 'redundancy control on again');

  // The settings are kept on this device too.
  await page.reload();
  await waitForSummary(page, texts(seed({ sentences: 10 })), 'settings after a reload');
  assert.equal(await page.inputValue('#keywords'), '3');
  await assertClean(page);
});

test('a bad number is marked on its field and named in words; the summary keeps the last valid value', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const seed = (options) => node.summarize(SEED, { keywords: 10, ...options });
  const field = (id) => page.$eval(`#${id}`, (e) => ({
    valid: e.validity.valid,
    ariaInvalid: e.getAttribute('aria-invalid'),
    describedBy: e.getAttribute('aria-describedby'),
    border: getComputedStyle(e).borderTopColor,
  }));
  const message = () => page.$eval('#field-error', (e) => (e.hidden || !e.checkVisibility() ? null : e.textContent));
  await waitForSummary(page, texts(seed({ sentences: 3 })));
  const validBorder = (await field('sentences')).border;
  for (const id of ['sentences', 'ratio', 'max-chars', 'keywords']) {
    const f = await field(id);
    assert.ok(f.valid, `#${id} starts valid (its default matches its min, max and step)`);
    assert.equal(f.ariaInvalid, null);
  }
  assert.equal(await message(), null, 'no message while every value is valid');
  assert.equal(await page.$eval('#field-error', (e) => [e.getAttribute('role'), !!e.closest('#controls')].join()), 'alert,true', 'the message is an alert next to the controls');

  /** Types `value` into the field; it must be marked, and the message must match `said`. */
  async function bad(id, value, said) {
    await page.fill(`#${id}`, value);
    const f = await field(id);
    assert.equal(f.valid, false, `#${id} = ${JSON.stringify(value)} is invalid`);
    assert.equal(f.ariaInvalid, 'true', `#${id} = ${JSON.stringify(value)}: aria-invalid`);
    assert.match(f.describedBy ?? '', /^(\S+ )?field-error$/, `#${id} = ${JSON.stringify(value)}: described by the message`);
    assert.notEqual(f.border, validBorder, `#${id} = ${JSON.stringify(value)} has the invalid border, not ${validBorder}`);
    await page.waitForFunction(() => !document.getElementById('field-error').hidden);
    assert.match(await message(), said, `#${id} = ${JSON.stringify(value)}: the message`);
  }
  /** Another control's change forces a new summary: once it shows, the bad value had its chance. */
  async function settle(id, value, want, what) {
    await page.fill(`#${id}`, value);
    await waitForSummary(page, texts(want), what);
    await waitForKeywords(page, words(want), what);
  }

  // 句数: an integer >= 0 (the API's range); 0 shows no sentence, and more than there are shows all.
  await page.fill('#sentences', '5');
  await waitForSummary(page, texts(seed({ sentences: 5 })));
  for (const [value, k] of [['-2', 5], ['2.5', 6], ['', 7]]) {
    await bad('sentences', value, /^句数须为 0 或更大的整数。摘要仍按上一个有效值计算。$/);
    await settle('keywords', String(k), seed({ sentences: 5, keywords: k }), `句数 ${JSON.stringify(value)} is not used: still 5 sentences`);
  }
  await page.fill('#sentences', '0');
  assert.ok((await field('sentences')).valid, '0 sentences is valid');
  await page.waitForFunction(() => document.getElementById('field-error').hidden);
  await page.waitForFunction(() => document.querySelector('#summary .empty')?.textContent === '句数为 0，只列出关键词。', null, LOAD);
  await waitForKeywords(page, words(seed({ sentences: 0, keywords: 7 })), 'keywords at 0 sentences');
  await page.fill('#sentences', '1000');
  assert.ok((await field('sentences')).valid, '1000 sentences is valid');
  await waitForSummary(page, texts(seed({ sentences: 1000 })), 'more sentences than the body has: all of them');
  assert.equal((await summaryTexts(page)).length, node.summarize(SEED, { ratio: 1 }).sentences.length);

  // 比例: a whole percentage 1–100 (ratio in (0, 1]). Typing in it selects it.
  await page.fill('#ratio', '10');
  await waitForSummary(page, texts(seed({ ratio: 0.1, keywords: 7 })));
  for (const [value, k] of [['0', 4], ['101', 5], ['12.5', 6], ['-5', 7]]) {
    await bad('ratio', value, /^比例须为 1 到 100 之间的整数。摘要仍按上一个有效值计算。$/);
    assert.ok(await page.isChecked('#mode-ratio'));
    await settle('keywords', String(k), seed({ ratio: 0.1, keywords: k }), `比例 ${value} is not used: still 10 %`);
  }
  await page.fill('#ratio', '10');

  // 字数: an integer >= 1; it never says "nothing fits in 1 char" for a 0 that it shows.
  await page.fill('#max-chars', '100');
  await waitForSummary(page, texts(seed({ ratio: 1, maxChars: 100, keywords: 7 })));
  for (const [value, k] of [['0', 4], ['-10', 5], ['99.5', 6]]) {
    await bad('max-chars', value, /^字数上限须为 1 或更大的整数。摘要仍按上一个有效值计算。$/);
    await settle('keywords', String(k), seed({ ratio: 1, maxChars: 100, keywords: k }), `字数 ${value} is not used: still 100`);
    assert.equal(await page.$$eval('#summary .empty', (es) => es.length), 0, 'no "nothing fits" message');
  }
  await page.fill('#max-chars', '100');

  // 关键词数: an integer >= 0. Two bad fields: both are named.
  await page.fill('#keywords', '8');
  await waitForKeywords(page, words(seed({ ratio: 1, maxChars: 100, keywords: 8 })));
  await page.fill('#sentences', '-1');
  await bad('keywords', '-3', /^句数须为 0 或更大的整数。关键词数须为 0 或更大的整数。摘要仍按上一个有效值计算。$/);
  await settle('max-chars', '150', seed({ ratio: 1, maxChars: 150, keywords: 8 }), '关键词数 -3 is not used: still 8');

  // Settings are saved only when valid: a reload brings back the last valid values.
  await page.reload();
  await waitForSummary(page, texts(seed({ ratio: 1, maxChars: 150, keywords: 8 })), 'after a reload');
  assert.deepEqual(await page.$$eval('#sentences, #keywords', (es) => es.map((e) => e.value)), ['1000', '8']);
  assert.equal(await message(), null);

  // In English, and in the dark theme.
  await page.fill('#ratio', '0');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await message(), 'Ratio: enter a whole percentage from 1 to 100. The summary uses the last valid value.');
  await page.fill('#max-chars', '');
  assert.equal(await message(), 'Ratio: enter a whole percentage from 1 to 100. Characters: enter a whole number, 1 or more. The summary uses the last valid value.');
  await page.emulateMedia({ colorScheme: 'dark' });
  const darkValid = await page.$eval('#sentences', (e) => getComputedStyle(e).borderTopColor);
  const darkInvalid = (await field('ratio')).border;
  assert.notEqual(darkInvalid, darkValid, 'marked in the dark theme too');
  assert.notEqual(darkInvalid, validBorder);
  await page.fill('#ratio', '20');
  await page.fill('#max-chars', '140');
  await page.waitForFunction(() => document.getElementById('field-error').hidden);
  assert.equal((await field('ratio')).ariaInvalid, null);
  await assertClean(page);
});

test('a text of one headline shows it once, as the summary, not also as its title', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const headline = '国务院日前印发《关于深入实施“人工智能+”行动的意见》';
  const result = node.summarize(headline, { sentences: 3 });
  assert.equal(result.stories[0].title, headline, 'the package reads the line as a headline');
  assert.deepEqual(texts(result), [headline], 'and summarizes the text by it');
  await page.fill('#text', headline);
  await waitForSummary(page, [headline]);
  assert.equal(await page.$$eval('#summary .story-title', (hs) => hs.length), 0, 'no title over the same words');
  await assertClean(page);
});

test('the character budget: 140 is valid, the arrows step by 1, a typed 166 is kept', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const state = () => page.$eval('#max-chars', (e) => ({ value: e.value, valid: e.validity.valid }));
  assert.deepEqual(await state(), { value: '140', valid: true }, 'the default is not a step mismatch');
  await page.focus('#max-chars');
  await page.keyboard.press('ArrowUp');
  assert.deepEqual(await state(), { value: '141', valid: true });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await state(), { value: '139', valid: true });
  assert.ok(await page.isChecked('#mode-chars'), 'the arrows select the mode');
  await page.fill('#max-chars', '166');
  assert.deepEqual(await state(), { value: '166', valid: true });
  const want = node.summarize(SEED, { ratio: 1, maxChars: 166, keywords: 10 });
  assert.notDeepEqual(texts(want), texts(node.summarize(SEED, { ratio: 1, maxChars: 140 })), '166 differs from 140 on the seed: room for one more story sentence');
  await waitForSummary(page, texts(want), 'at most 166 chars');
  assert.ok(await page.isHidden('#field-error'));
  await assertClean(page);
});

test('Chinese content carries lang="zh" in the English UI; the UI\'s own words do not', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  // Every body sentence shows; story 2 of the seed has no headline, so the UI's "Story 2" shows too.
  await page.fill('#sentences', '52');
  await waitForSummary(page, texts(node.summarize(SEED, { sentences: 52 })));
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  const report = await page.evaluate(() => {
    const langOf = (node) => (node.nodeType === 1 ? node : node.parentElement).closest('[lang]').lang;
    const han = /\p{Script=Han}/u;
    const wrong = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let count = 0;
    for (let n; (n = walker.nextNode()); ) {
      if (!han.test(n.data) || n.parentElement.closest('.visually-hidden, [hidden]')) continue;
      count++;
      if (!/^zh\b/.test(langOf(n))) wrong.push(`${n.parentElement.localName}.${n.parentElement.className}: ${n.data.slice(0, 20)} (${langOf(n)})`);
    }
    // What the UI says in English around the content is not marked as Chinese.
    const english = [];
    for (const e of document.querySelectorAll('#summary *, #keywords-list *, #keyphrases-list *, #original, #original *, #text')) {
      for (const attr of ['title', 'aria-label']) {
        const v = e.getAttribute(attr);
        if (v && !han.test(v) && /^zh\b/.test(langOf(e))) english.push(`${e.localName}.${e.className} [${attr}=${v}]`);
      }
      for (const c of e.childNodes) {
        if (c.nodeType === 3 && /[A-Za-z]{3}/.test(c.data) && !han.test(c.data) && /^zh\b/.test(langOf(c)) && !e.closest('#original')) english.push(`${e.localName}.${e.className}: ${c.data}`);
      }
    }
    return {
      count, wrong, english,
      textarea: document.getElementById('text').lang,
      containers: ['#summary .sentence', '#summary .story-title .title', '#keywords-list .word', '#keyphrases-list .phrase', '#original .para']
        .map((s) => [s, document.querySelector(s) && langOf(document.querySelector(s).firstChild ?? document.querySelector(s))]),
      untitled: [...document.querySelectorAll('#summary .untitled')].map((e) => [e.textContent, langOf(e)]),
    };
  });
  assert.ok(report.count > 50, `Chinese text nodes checked: ${report.count}`);
  assert.deepEqual(report.wrong, [], 'every Chinese text is under lang="zh…"');
  assert.equal(report.textarea, 'zh', 'the textarea');
  for (const [selector, lang] of report.containers) assert.equal(lang, 'zh', selector);
  assert.deepEqual(report.english, [], 'no English UI text or label is marked Chinese');
  assert.ok(report.untitled.length > 0 && report.untitled.every(([text, lang]) => /^Story \d+$/.test(text) && lang === 'en'), JSON.stringify(report.untitled));
  // The empty state is the UI's words too.
  await page.fill('#text', '');
  await page.waitForSelector('#summary .empty');
  assert.equal(await page.$eval('#summary .empty', (e) => e.closest('[lang]').lang), 'en');
  await assertClean(page);
});

test('the highlight hint names no colour (the dark theme\'s highlight is not yellow)', async (t) => {
  const page = await visit(t, { colorScheme: 'dark' });
  await page.waitForSelector('#original mark.hl', LOAD);
  const hint = () => page.textContent('[data-i18n="originalHint"]');
  const colour = /黄|橙|琥珀|yellow|amber|orange/i;
  assert.equal(await hint(), '标亮的是入选摘要的句子。点击摘要中的句子，可跳到它在原文中的位置。');
  assert.doesNotMatch(await hint(), colour);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await hint(), 'Highlighted sentences are in the summary. Click a summary sentence to jump to it here.');
  assert.doesNotMatch(await hint(), colour);
  await assertClean(page);
});

test('language toggle and the text survive a reload; "load sample" brings the seed back', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('h1 [data-i18n="title"]'), 'News summary');
  assert.equal(await page.textContent('#summary .story-title'), `1${node.summarize(SEED).stories[0].title}`);
  assert.equal(await page.textContent('#summary .story:nth-child(2) .story-title'), '2Story 2');

  const mine = '新华社北京8月26日电 国家卫生健康委组织有关专家，对安宁疗护实践指南进行了修订。修订后的指南进一步规范安宁疗护实践行为。';
  await page.fill('#text', mine);
  const want = texts(node.summarize(mine, { sentences: 3 }));
  await waitForSummary(page, want);
  assert.ok(await page.isHidden('#credit'), 'no credit line under the user\'s own text');

  await page.reload();
  assert.equal(await page.inputValue('#text'), mine, 'the text came back');
  assert.equal(await page.getAttribute('html', 'lang'), 'en', 'English is remembered');
  assert.equal(await page.textContent('#sample'), 'Load sample');
  await waitForSummary(page, want, 'and its summary');

  await page.getByRole('button', { name: 'Load sample' }).click();
  assert.equal(await page.inputValue('#text'), SEED);
  assert.ok(await page.isVisible('#credit'));
  assert.match(await page.textContent('#credit'), /Xinhua News Agency/);
  await waitForSummary(page, texts(node.summarize(SEED)));

  await page.getByRole('button', { name: '切换到中文' }).click();
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await assertClean(page);
});

test('clicking a summary sentence scrolls to its highlight and flashes it; keyboard works too', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const inView = (id) => page.evaluate((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, id);
  assert.equal(await inView('hl-2'), false, 'the third highlight starts off screen');

  await page.click('#summary .sentence[data-i="2"]');
  await page.waitForFunction(() => {
    const r = document.getElementById('hl-2').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  assert.ok(await page.$eval('#hl-2', (m) => m.classList.contains('flash')), 'it flashes');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'hl-2', 'focus moves to it');

  // With the keyboard: Tab from "download JSON" to the first summary sentence, Enter.
  await page.evaluate(() => scrollTo(0, 0));
  await page.focus('#download');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '0');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.id === 'hl-0');
  assert.ok(await page.$eval('#hl-0', (m) => m.classList.contains('flash')));
  await assertClean(page);
});

/** Resolves once the page has not scrolled for 20 frames (a smooth scroll has ended). */
const scrollSettled = (page) => page.evaluate(() => new Promise((resolve) => {
  let last = scrollY;
  let still = 0;
  const frame = () => {
    if (scrollY === last) still++;
    else [last, still] = [scrollY, 0];
    if (still >= 20) resolve();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}));
const inViewport = (page, id) => page.evaluate((id) => {
  const r = document.getElementById(id).getBoundingClientRect();
  return r.top >= 0 && r.bottom <= innerHeight ? true : `${Math.round(r.top)}..${Math.round(r.bottom)} of ${innerHeight}`;
}, id);

test('on a phone, with smooth scrolling, a tapped summary sentence ends up on screen in the original; a button goes back', async (t) => {
  const page = await visit(t, { size: { width: 390, height: 844 } });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await waitForSummary(page, texts(node.summarize(SEED)));
  for (const i of [1, 2, 0]) {
    await page.locator('#summary').scrollIntoViewIfNeeded();
    await page.click(`#summary .sentence[data-i="${i}"]`);
    await scrollSettled(page);
    assert.equal(await inViewport(page, `hl-${i}`), true, `highlight ${i} is on screen`);
  }
  // Back to the summary sentence it came from.
  assert.ok(await page.isVisible('#back'));
  assert.equal(await page.textContent('#back'), '↑ 回到摘要');
  await page.click('#back');
  await scrollSettled(page);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.i), '0', 'focus is back on the sentence');
  assert.equal(await page.evaluate(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }), true);
  assert.ok(await page.isHidden('#back'));
  await assertClean(page);
});

test('a long text (its paragraphs laid out only on screen): a jump deep into it ends on the highlight, phone and desktop', async (t) => {
  // 25 variants of the sample (about 70,000 chars), every body sentence in the summary.
  const long = Array.from({ length: 25 }, (_, i) => SEED.replace(/8月/g, `${i + 1}月`)).join('\n\n');
  for (const size of [{ width: 390, height: 844 }, { width: 1366, height: 800 }]) {
    const page = await visit(t, { size });
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.waitForSelector('#summary .sentence', LOAD);
    await page.fill('#sentences', '200');
    await page.evaluate((long) => {
      const area = document.getElementById('text');
      area.value = long;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, long);
    const n = node.summarize(long, { sentences: 200 }).sentences.length;
    assert.ok(n > 50);
    await page.waitForFunction((n) => document.querySelectorAll('#summary .sentence').length === n && document.getElementById('work-status').textContent === '', n, LOAD);
    assert.ok(await page.$eval('#original', (e) => e.classList.contains('lazy')), 'paragraphs are laid out on screen only');
    for (const i of [n - 1, n - 2, Math.floor(n / 2)]) {
      await page.evaluate(() => scrollTo(0, 0));
      await page.locator(`#summary .sentence[data-i="${i}"]`).scrollIntoViewIfNeeded();
      await page.click(`#summary .sentence[data-i="${i}"]`);
      await scrollSettled(page);
      assert.equal(await inViewport(page, `hl-${i}`), true, `${size.width} px: highlight ${i} of ${n} is on screen`);
    }
    await assertClean(page);
  }
});

test('every control is labelled and reachable with Tab', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll('button, input, textarea, select, [tabindex="0"]')]
    .filter((e) => {
      if (e.labels?.length) return ![...e.labels].some((l) => l.textContent.trim());
      return !(e.getAttribute('aria-label') || e.textContent.trim());
    })
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.deepEqual(unlabelled, []);

  const reached = new Set();
  await page.focus('body');
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => {
      const e = document.activeElement;
      return e.id || (e.classList.contains('sentence') ? 'sentence' : e.tagName.toLowerCase());
    }));
  }
  for (const id of ['lang', 'sample', 'clear', 'text', 'mode-sentences', 'sentences', 'ratio', 'max-chars', 'keywords', 'redundancy', 'copy', 'download', 'sentence', 'original']) {
    assert.ok(reached.has(id), `Tab reaches #${id} (reached: ${[...reached]})`);
  }
  // Arrow keys move between the length modes, as radio buttons do.
  await page.focus('#mode-sentences');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'mode-ratio');
  await waitForSummary(page, texts(node.summarize(SEED, { ratio: 0.2 })));
  await assertClean(page);
});

test('Tab follows what the eye reads: text box, then settings, then summary (desktop and phone)', async (t) => {
  for (const size of [{ width: 1366, height: 800 }, { width: 390, height: 844 }]) {
    const page = await visit(t, { size });
    await page.waitForSelector('#summary .sentence', LOAD);
    await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);
    const order = [];
    await page.focus('#lang');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
    }
    assert.deepEqual(order.slice(0, order.indexOf('copy') + 1),
      ['sample', 'clear', 'text', 'remember', 'mode-sentences', 'sentences', 'ratio', 'max-chars', 'keywords', 'redundancy', 'copy'], `${size.width} px`);
    // Each control reached later is below the one before it, or in the column to its right.
    const boxes = await page.evaluate((ids) => ids.map((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return { id, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left };
    }), ['text', 'remember', 'mode-sentences', 'keywords', 'copy']);
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1], boxes[i]];
      assert.ok(b.top >= a.bottom - 2 || b.left > a.left + 300, `${size.width} px: #${b.id} comes after #${a.id} on screen (${JSON.stringify([a, b])})`);
    }
    await assertClean(page);
  }
});

test('small words: the skip link, what the ratio is a share of, keywords 0 lists no keyphrases, "copied" moves nothing, the sample starts with text', async (t) => {
  const page = await visit(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.site.url).origin });
  await waitForSummary(page, texts(node.summarize(SEED)));
  assert.ok(SEED_FILE.startsWith('\n'), 'the sample file starts with a blank line');
  assert.match(await page.inputValue('#text'), /^\S/, 'the box starts with the headline, not blank lines');
  assert.equal(await page.textContent('a.skip'), '跳到摘要');
  assert.equal(await page.$eval('#ratio', (e) => e.parentElement.textContent.replace(/\s+/g, ' ').trim()), '按比例 摘要占正文的百分比 % 的正文句子');

  // "已复制" shows in a line kept for it: the summary does not move.
  await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);
  const top = () => page.$eval('#summary', (e) => e.getBoundingClientRect().top);
  const before = await top();
  await page.click('#copy');
  // Measured while it shows, in one task: "已复制" goes again after a while.
  const shown = await page.waitForFunction(() => {
    const status = document.getElementById('copy-status');
    if (status.textContent !== '已复制') return null;
    const box = status.getBoundingClientRect();
    return { top: document.getElementById('summary').getBoundingClientRect().top, visible: box.width > 0 && box.height > 0 };
  });
  assert.deepEqual(await shown.jsonValue(), { top: before, visible: true }, 'no layout shift when "copied" shows, and it shows');

  // Keywords 0: no keywords and no keyphrases (the page's one control for both).
  await page.fill('#keywords', '0');
  await page.waitForFunction(() => document.querySelectorAll('#keywords-list .chip').length === 0 && document.querySelectorAll('#keyphrases-list .phrase').length === 0, null, LOAD);
  assert.deepEqual(await page.$$eval('#keyphrases-list li', (ls) => ls.map((l) => l.textContent)), ['无']);
  await page.waitForFunction(() => !document.getElementById('download').disabled, null, LOAD);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.deepEqual([json.keywords, json.keyphrases], [[], []]);
  await page.fill('#keywords', '3');
  await page.waitForFunction(() => document.querySelectorAll('#keyphrases-list .phrase').length > 0, null, LOAD);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.textContent('a.skip'), 'Skip to summary');
  assert.equal(await page.$eval('#ratio + .unit', (e) => e.textContent), '% of body sentences');
  assert.equal(await page.$eval('#keywords', (e) => document.getElementById(e.getAttribute('aria-describedby')).textContent), '0 lists no keywords and no keyphrases');
  await assertClean(page);
});

test('copy summary, download JSON and clear', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.site.url).origin });
  const expected = node.summarize(SEED, { sentences: 3, keywords: 10 });
  await waitForSummary(page, texts(expected));

  await page.getByRole('button', { name: '复制摘要' }).click();
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === '已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const want = expected.sentences.map((s) => [expected.stories[s.story].title, s.text].filter(Boolean).join('\n')).join('\n\n');
  assert.equal(copied, want);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 JSON' }).click()]);
  assert.equal(download.suggestedFilename(), 'summary.json');
  assert.deepEqual(JSON.parse(readFileSync(await download.path(), 'utf8')), expected);

  await page.getByRole('button', { name: '清空' }).click();
  assert.equal(await page.inputValue('#text'), '');
  await page.waitForSelector('#summary .empty');
  assert.equal(await page.$$eval('#original mark', (ms) => ms.length), 0);
  assert.ok(await page.isDisabled('#copy'));
  await page.reload();
  assert.equal(await page.inputValue('#text'), '', 'a cleared text stays cleared (no sample on a return visit)');
  await page.waitForSelector('#summary .empty');
  await assertClean(page);
});

test('"load sample" and "clear" can be undone: an Undo button brings the text back (and saves it), and so does Ctrl+Z in the box', async (t) => {
  const page = await visit(t);
  await waitForSummary(page, texts(node.summarize(SEED)));
  const mine = '新华社北京9月1日电 记者从国家统计局获悉，8月份全国居民消费价格同比上涨0.5%。其中，城市上涨0.6%，农村上涨0.3%。';
  await page.fill('#text', mine);
  await waitForSummary(page, texts(node.summarize(mine)));
  const saved = () => page.evaluate(() => localStorage.getItem('textrank-zh.text'));
  await page.waitForFunction((mine) => localStorage.getItem('textrank-zh.text') === mine, mine);
  assert.ok(await page.isHidden('#undo-bar'), 'no Undo before anything was replaced');

  // Clear, then Undo.
  await page.getByRole('button', { name: '清空' }).click();
  assert.equal(await page.inputValue('#text'), '');
  assert.equal(await saved(), '', 'clearing still clears what is saved at once');
  assert.ok(await page.isVisible('#undo-bar'));
  assert.equal(await page.textContent('#undo-text'), '原文已清空。');
  await page.getByRole('button', { name: '撤销' }).click();
  assert.equal(await page.inputValue('#text'), mine, 'Undo brings the text back');
  assert.equal(await saved(), mine, 'and saves it again');
  assert.ok(await page.isHidden('#undo-bar'));
  await waitForSummary(page, texts(node.summarize(mine)));

  // Load sample, then Undo.
  await page.getByRole('button', { name: '载入示例' }).click();
  await page.waitForFunction(() => document.getElementById('text').value.length > 1000);
  assert.equal(await page.textContent('#undo-text'), '原文已换成示例稿件。');
  await page.getByRole('button', { name: '撤销' }).click();
  assert.equal(await page.inputValue('#text'), mine);
  assert.ok(await page.isHidden('#credit'));

  // Ctrl+Z in the box undoes "clear" and "load sample" too (they are edits of the textarea).
  await page.getByRole('button', { name: '清空' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'text');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.inputValue('#text'), mine, 'Ctrl+Z after clear');
  assert.ok(await page.isHidden('#undo-bar'), 'an edit of the text ends the offer');
  await page.waitForFunction((mine) => localStorage.getItem('textrank-zh.text') === mine, mine);
  await page.getByRole('button', { name: '载入示例' }).click();
  await page.waitForFunction(() => document.getElementById('text').value.length > 1000);
  await page.focus('#text');
  await page.keyboard.press('Control+Z');
  assert.equal(await page.inputValue('#text'), mine, 'Ctrl+Z after load sample');
  await waitForSummary(page, texts(node.summarize(mine)));

  // Typing on after a clear ends the offer; English words.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  assert.equal(await page.textContent('#undo-text'), 'The text was cleared.');
  assert.ok(await page.getByRole('button', { name: 'Undo' }).isVisible());
  await page.keyboard.type('新');
  assert.ok(await page.isHidden('#undo-bar'));
  // Nothing to undo when the box was empty already.
  await page.fill('#text', '');
  await page.getByRole('button', { name: 'Clear' }).click();
  assert.ok(await page.isHidden('#undo-bar'));
  await assertClean(page);
});

test('"copy summary" under a character budget copies no more than the budget: the sentences only, no headlines', async (t) => {
  const page = await visit(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.site.url).origin });
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.check('#mode-chars');
  const want = node.summarize(SEED, { ratio: 1, maxChars: 140, keywords: 10 });
  assert.ok(want.sentences.some((s) => want.stories[s.story].title), 'a picked sentence has a headline over it');
  await waitForSummary(page, texts(want));
  await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === '已复制');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok([...copied].length <= 140, `copied ${[...copied].length} chars: ${copied}`);
  assert.equal(copied, texts(want).join(''));
  // By sentences, the copy keeps the headlines (the budget is not the user's).
  await page.check('#mode-sentences');
  await waitForSummary(page, texts(node.summarize(SEED)));
  await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);
  await page.click('#copy');
  const full = node.summarize(SEED);
  await page.waitForFunction((want) => navigator.clipboard.readText().then((c) => c === want),
    full.sentences.map((s) => [full.stories[s.story].title, s.text].filter(Boolean).join('\n')).join('\n\n'));
  await assertClean(page);
});

test('screen readers: the summary is not a live region; a short polite status says it was updated', async (t) => {
  const page = await visit(t);
  await waitForSummary(page, texts(node.summarize(SEED)));
  const live = () => page.evaluate(() => ({
    summary: document.querySelector('#summary').closest('[aria-live], [role="status"], [role="alert"], [role="log"]')?.id ?? null,
    keywords: document.querySelector('#keywords-list').closest('[aria-live], [role="status"], [role="alert"], [role="log"]')?.id ?? null,
    announce: [document.getElementById('announce').getAttribute('role'), document.getElementById('announce').textContent],
  }));
  await page.waitForFunction(() => document.getElementById('announce').textContent !== '', null, LOAD);
  assert.deepEqual(await live(), { summary: null, keywords: null, announce: ['status', '摘要已更新：3 句。'] });
  await page.fill('#sentences', '1');
  await waitForSummary(page, texts(node.summarize(SEED, { sentences: 1 })));
  await page.waitForFunction(() => document.getElementById('announce').textContent === '摘要已更新：1 句。', null, LOAD);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.fill('#sentences', '2');
  await waitForSummary(page, texts(node.summarize(SEED, { sentences: 2 })));
  await page.waitForFunction(() => document.getElementById('announce').textContent === 'Summary updated: 2 sentences.', null, LOAD);
  assert.ok(await page.$eval('#announce', (e) => getComputedStyle(e).clipPath !== 'none'), 'for screen readers only');
  await assertClean(page);
});

test('"remember my text on this device": on by default; off deletes the saved text at once and keeps nothing after', async (t) => {
  const page = await visit(t);
  await waitForSummary(page, texts(node.summarize(SEED)));
  const saved = () => page.evaluate(() => localStorage.getItem('textrank-zh.text'));
  const box = page.getByRole('checkbox', { name: '在本设备上记住我的文本' });
  assert.ok(await box.isChecked(), 'on by default');
  const embargoed = '新华社北京9月1日电 记者从国家统计局获悉，8月份全国居民消费价格同比上涨0.5%。其中，城市上涨0.6%，农村上涨0.3%。';
  await page.fill('#text', embargoed);
  await page.waitForFunction((want) => localStorage.getItem('textrank-zh.text') === want, embargoed);

  await box.uncheck();
  assert.equal(await saved(), null, 'the saved text is deleted at once');
  assert.equal(await page.textContent('#privacy'), '文本不会上传，也不保存在本设备上：刷新或关闭页面后即消失。');
  await page.focus('#text');
  await page.keyboard.press('End');
  await page.keyboard.type('更多内容。');
  const typed = await page.inputValue('#text');
  await waitForSummary(page, texts(node.summarize(typed)));
  await page.getByRole('button', { name: '清空' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  assert.equal(await saved(), null, 'nothing is saved while it is off (typing, clear, undo)');
  await page.evaluate(() => dispatchEvent(new Event('pagehide')));
  assert.equal(await saved(), null, 'nor when the page is left');

  await page.reload();
  assert.notEqual(await page.inputValue('#text'), typed, 'the text does not come back');
  assert.equal(await page.inputValue('#text'), SEED, 'the sample shows instead, as on a first visit');
  assert.ok(!(await box.isChecked()), 'the choice is remembered');
  assert.ok(!(await page.evaluate(() => Object.values(localStorage).some((v) => v.includes('居民消费价格')))), 'no copy of the text anywhere in localStorage');

  // On again: the text in the box is saved at once.
  await page.fill('#text', embargoed);
  await box.check();
  assert.equal(await saved(), embargoed);
  assert.equal(await page.textContent('#privacy'), '文本只保存在本设备的浏览器里，不会上传。');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.ok(await page.getByRole('checkbox', { name: 'Remember my text on this device' }).isChecked());
  await page.getByRole('checkbox', { name: 'Remember my text on this device' }).uncheck();
  assert.equal(await page.textContent('#privacy'), 'Your text is never uploaded and not kept on this device: it is gone when you reload or close the page.');
  assert.equal(await saved(), null);
  await assertClean(page);
});

test('while a new text is summarized, the last text\'s summary cannot be copied or downloaded, its counts are not shown, and the page says it is working', async (t) => {
  const page = await visit(t);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.site.url).origin });
  await waitForSummary(page, texts(node.summarize(SEED)));
  await page.waitForFunction(() => /\d/.test(document.getElementById('stat-sentences').textContent), null, LOAD);
  assert.equal(await page.textContent('#work-status'), '', 'no working status when the summary is the newest');
  assert.ok(await page.isEnabled('#copy'));

  // A paste: the state right after it, before its summary can have come (the paste's
  // request starts in a later task than this script's).
  const mine = '新华社北京9月1日电 记者从国家统计局获悉，8月份全国居民消费价格同比上涨0.5%。其中，城市上涨0.6%，农村上涨0.3%。食品价格上涨1.2%，非食品价格上涨0.3%。';
  const during = await page.evaluate((mine) => {
    const area = document.getElementById('text');
    area.value = mine;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return {
      copy: document.getElementById('copy').disabled,
      download: document.getElementById('download').disabled,
      working: document.getElementById('work-status').textContent,
      busy: document.getElementById('summary').getAttribute('aria-busy'),
      stats: [...document.querySelectorAll('#stats dd')].map((d) => d.textContent),
      // Asked here, in the same task: the summary of so short a text may come before a
      // later call could look.
      visible: (() => {
        const status = document.getElementById('work-status');
        const box = status.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(status).visibility !== 'hidden';
      })(),
    };
  }, mine);
  assert.deepEqual(during, {
    copy: true, download: true, working: '正在计算……', busy: 'true',
    stats: [[...mine].length.toLocaleString('zh-CN'), '–', '–', '–'], visible: true,
  }, 'right after the paste');

  // Its summary comes: copy and download work again, on the new text.
  const want = node.summarize(mine, { sentences: 3, keywords: 10 });
  await waitForSummary(page, texts(want));
  await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);
  assert.equal(await page.textContent('#work-status'), '');
  assert.equal(await page.getAttribute('#summary', 'aria-busy'), 'false');
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent === '已复制');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want.sentences.map((s) => s.text).join(''));

  // A changed setting: the buttons wait for its summary too; the counts of the same text stay.
  const before = await page.$$eval('#stats dd', (dds) => dds.map((d) => d.textContent));
  const changed = await page.evaluate(() => {
    const field = document.getElementById('sentences');
    field.value = '1';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    return { copy: document.getElementById('copy').disabled, working: document.getElementById('work-status').textContent, chars: document.getElementById('stat-chars').textContent };
  });
  assert.deepEqual(changed, { copy: true, working: '正在计算……', chars: before[0] });
  await waitForSummary(page, texts(node.summarize(mine, { sentences: 1 })));
  await page.waitForFunction(() => !document.getElementById('copy').disabled, null, LOAD);

  // In English too.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  const english = await page.evaluate(() => {
    const area = document.getElementById('text');
    area.value += '这是新的一句。';
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    return document.getElementById('work-status').textContent;
  });
  assert.equal(english, 'Working…');
  await page.waitForFunction(() => document.getElementById('work-status').textContent === '', null, LOAD);
  await assertClean(page);
});

test('typing costs one summary per pause: the body sentences are counted once the text is quiet, and the original is not rebuilt when its highlights stay', async (t) => {
  // The page's timers run on a fake clock (the Worker's on the real one), so "quiet" is a
  // state the test sets, not a wait. Every request to the Worker is recorded.
  const page = await visit(t, { init: () => {
    window.__requests = [];
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (m, ...rest) {
      if (m?.type === 'summarize') window.__requests.push(m.options);
      return post.call(this, m, ...rest);
    };
  } });
  await page.clock.install();
  await page.reload();
  const until = async (fn, arg) => {
    for (let i = 0; i < 3000 && !(await page.evaluate(fn, arg)); i++) await page.clock.runFor(20);
    assert.ok(await page.evaluate(fn, arg), String(fn));
  };
  const isCount = (o) => o.ratio === 1 && o.keywords === 0;
  const requests = () => page.evaluate(() => window.__requests);
  await until((want) => JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === want, JSON.stringify(texts(node.summarize(SEED))));
  assert.deepEqual((await requests()).map(isCount), [false], 'the first summary, and no count yet');
  assert.equal(await page.textContent('#stat-sentences'), '–');
  await page.clock.runFor(1000);
  await until(() => /\d/.test(document.getElementById('stat-sentences').textContent));
  const all = node.summarize(SEED, { ratio: 1, keywords: 0, keyphrases: 0, diversity: 0, perStory: false });
  assert.equal(await page.textContent('#stat-sentences'), String(all.sentences.length));
  assert.deepEqual((await requests()).map(isCount), [false, true], 'counted once the text was quiet');

  // Three keystrokes, each summarized after its pause: three summaries, no count between them.
  await page.focus('#text');
  await page.keyboard.press('End');
  for (const c of ['新', '华', '社']) {
    const before = (await requests()).length;
    await page.keyboard.type(c);
    await page.clock.runFor(200);
    await until((n) => window.__requests.length > n && document.getElementById('work-status').textContent === '', before);
  }
  const typed = await page.inputValue('#text');
  await until((want) => JSON.stringify([...document.querySelectorAll('#summary .sentence')].map((b) => b.textContent)) === want, JSON.stringify(texts(node.summarize(typed))));
  assert.deepEqual((await requests()).slice(2).map(isCount), [false, false, false], 'one request per keystroke');
  await page.clock.runFor(1000);
  await until(() => /\d/.test(document.getElementById('stat-sentences').textContent));
  assert.deepEqual((await requests()).slice(2).map(isCount), [false, false, false, true]);

  // A setting that keeps the same highlights, and the language: the original's nodes stay.
  await page.$eval('#original .para', (p) => { p.__kept = true; });
  await page.fill('#keywords', '4');
  await page.clock.runFor(200);
  await until(() => document.querySelectorAll('#keywords-list .chip').length === 4);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.equal(await page.$eval('#original .para', (p) => p.__kept === true), true, 'the original was not rebuilt');
  // Other highlights: it is.
  await page.fill('#sentences', '1');
  await page.clock.runFor(200);
  await until(() => document.querySelectorAll('#summary .sentence').length === 1);
  assert.equal(await page.$eval('#original .para', (p) => p.__kept === true), false);
  assert.equal(await page.$$eval('#original mark.hl[id]', (ms) => ms.length), 1);
  await assertClean(page);
});

test('errors are shown in plain words: the engine cannot load; the engine restarts', async (t) => {
  // The wasm cannot be fetched.
  const page = await visit(t, { url: '#' });
  await page.route('**/textrank_zh_bg.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.reload();
  await page.waitForSelector('#notice:not([hidden])', LOAD);
  assert.match(await page.textContent('#notice'), /^摘要引擎没能加载：cannot fetch .*textrank_zh_bg\.wasm: HTTP 404。请检查网络后刷新页面。/);
  assert.ok(await page.isHidden('#loading'));
  await page.unroute('**/textrank_zh_bg.wasm');
  await assertClean(page, { allowConsole: [/Failed to load resource: the server responded with a status of 404/, /textrank_zh_bg\.wasm/] });

  // The Worker's wasm instance crashes on the first request (a test build of the Worker
  // entry, served once); the client starts a new Worker, and the page says so.
  const crashing = await visit(t, { url: '#' });
  let served = 0;
  await crashing.route('**/textrank-zh/js/worker-thread.js', async (route) => {
    const response = await route.fetch();
    let body = await response.text();
    if (served++ === 0) {
      body = body.replace("if (m.selftestCrash) selftestCrash(m.selftestCrash);", "selftestCrash('trap');");
      assert.match(body, /selftestCrash\('trap'\)/, 'the crash hook is in place');
    }
    await route.fulfill({ response, body });
  });
  await crashing.evaluate(() => localStorage.clear());
  await crashing.reload();
  await crashing.waitForSelector('#notice:not([hidden])', LOAD);
  assert.equal(await crashing.textContent('#notice'), '摘要引擎刚才出错，已自动重启，结果已重新计算。');
  await waitForSummary(crashing, texts(node.summarize(SEED)), 'the summary after the restart');
  assert.ok(served >= 2, 'a new Worker was started');
  await assertClean(crashing);
});

test('usable at 360 px: nothing overflows sideways; light and dark themes; screenshots', async (t) => {
  const page = await visit(t, { size: { width: 360, height: 740 } });
  await page.waitForSelector('#summary .sentence', LOAD);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow} px wider than the 360 px screen`);
  const narrow = await page.evaluate(() => [...document.querySelectorAll('button, input, textarea, .sentence, .chip')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.left < 0 || r.right > innerWidth); })
    .map((e) => e.id || e.className));
  assert.deepEqual(narrow, [], 'every control fits in the width');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const luminance = (c) => c.match(/\d+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) / 3;
  assert.ok(luminance(light) > 200 && luminance(dark) < 40, `light ${light}, dark ${dark}`);
  await assertClean(page);

  // Screenshots (ignored folder): desktop and 375 px, first visit, light; and dark desktop.
  const site = await serveSite();
  t.after(() => site.close());
  const out = await takeScreenshots(browser.context, site.url, SHOTS, { desktop: 'page-desktop.png', mobile: 'page-375.png' });
  const darkSite = await serveSite();
  t.after(() => darkSite.close());
  const darkPage = await browser.context.newPage();
  await darkPage.setViewportSize(SIZES.desktop);
  await darkPage.emulateMedia({ colorScheme: 'dark' });
  await darkPage.goto(darkSite.url);
  await darkPage.waitForSelector('#summary .sentence', LOAD);
  await darkPage.screenshot({ path: path.join(SHOTS, 'page-desktop-dark.png') });
  await darkPage.close();
  t.diagnostic(`screenshots: ${Object.values(out).map((f) => path.relative(ROOT, f)).join(', ')}, test-output/screenshots/page-desktop-dark.png`);
});

test('the checks above can see a CSP violation (the policy is enforced)', async (t) => {
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  await page.evaluate(() => {
    document.body.setAttribute('style', 'color: red'); // what the page never does
    const s = document.createElement('script');
    s.textContent = 'window.inlineRan = true';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__csp.length >= 2);
  assert.equal(await page.evaluate(() => window.inlineRan), undefined, 'inline script is blocked');
  assert.deepEqual((await page.evaluate(() => window.__csp)).map((v) => v.split(' ')[0]).sort(), ['script-src-elem', 'style-src-attr']);
});

test('npm run build:site: the static build works from a plain static server', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-site-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const { files } = buildSite(dir);
  assert.ok(files >= 10);
  const page = await visit(t, { dir });
  await waitForSummary(page, texts(node.summarize(SEED, { sentences: 3 })), 'the seed\'s summary from the static build');
  // The footer's licence link: the wasm ships jieba's (MIT) and OpenCC's (Apache-2.0) data.
  const notice = await page.evaluate(async () => {
    const href = document.querySelector('footer a[data-i18n="licenseLink"]').href;
    const r = await fetch(href);
    return { ok: r.ok, text: await r.text(), apache: (await fetch(new URL('LICENSE-APACHE.txt', href))).ok };
  });
  assert.ok(notice.ok && notice.apache, 'the licence files are served');
  assert.match(notice.text, /jieba[\s\S]*MIT License[\s\S]*OpenCC[\s\S]*Apache License/);
  await page.goto(`${page.site.url}embed.html`);
  await page.waitForFunction(() => document.getElementById('static')?.shadowRoot?.querySelectorAll('[part~="sentence"]').length === 1, null, LOAD);
  await assertClean(page);
});

test('every file of the site is served with its type: the licences open as UTF-8 text', async (t) => {
  // Under `npm start` the licences come from files without an extension (NOTICE, LICENSE-MIT).
  const page = await visit(t);
  await page.waitForSelector('#summary .sentence', LOAD);
  const href = await page.$eval('footer a[data-i18n="licenseLink"]', (a) => a.href);
  const response = await page.goto(href); // a download instead of a page throws here
  assert.equal(response.headers()['content-type'], 'text/plain; charset=utf-8');
  assert.match(await page.textContent('body'), /新华社/, 'decoded as UTF-8');

  const dir = mkdtempSync(path.join(os.tmpdir(), 'textrank-zh-site-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  buildSite(dir);
  const built = await serveSite({ dir });
  t.after(() => built.close());
  const typeOf = async (base, urlPath) => (await fetch(new URL(urlPath.slice(1), base), { method: 'HEAD' })).headers.get('content-type');
  for (const [urlPath] of siteFiles()) {
    const live = await typeOf(page.site.url, urlPath);
    assert.notEqual(live, 'application/octet-stream', urlPath);
    assert.equal(await typeOf(built.url, urlPath), live, `${urlPath}: the static build's type is npm start's`);
    if (urlPath.endsWith('.txt')) assert.equal(live, 'text/plain; charset=utf-8', urlPath);
  }
  // Static hosts that read _headers (Netlify, Cloudflare Pages) get the charset too.
  const headers = readFileSync(path.join(dir, '_headers'), 'utf8');
  assert.match(headers, /^\/licenses\/\*\n  Content-Type: text\/plain; charset=utf-8$/m);
  assert.match(headers, /^\/sample\.txt\n  Content-Type: text\/plain; charset=utf-8$/m);
});
