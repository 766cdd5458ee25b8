// The demo page: paste a bulletin, see its summary at once. No framework: a textarea, a
// form of controls, and a Worker (the package's `textrank-zh/worker`) that does the work.
// Everything the user typed is put into the page as text nodes (never as HTML), and the
// text is kept in this browser's localStorage only.
import { createSummarizer } from './textrank-zh/js/worker.js';
import { translate } from './i18n.js';

const KEY_LANG = 'textrank-zh.lang';
const KEY_TEXT = 'textrank-zh.text';
const KEY_SETTINGS = 'textrank-zh.settings';
const KEY_REMEMBER = 'textrank-zh.remember'; // '0': the text is not kept on this device
const TYPING_DELAY = 180; // ms of quiet before a keystroke's text is summarized
// ms of quiet before the body sentences of a new text are counted: the count is a second
// summary of the whole text (the API has no cheaper one), so it must not run between keystrokes,
// where it made each keystroke's summary wait for it (~100 ms more per keystroke on 1 MB).
const COUNT_DELAY = 1000;
const DEFAULTS = { mode: 'sentences', sentences: 3, ratio: 20, maxChars: 140, keywords: 10, redundancy: true };

const $ = (id) => document.getElementById(id);
const el = {
  lang: $('lang'),
  loading: $('loading'),
  loadingText: $('loading-text'),
  progress: $('progress'),
  notice: $('notice'),
  text: $('text'),
  credit: $('credit'),
  notSaved: $('not-saved'),
  remember: $('remember'),
  privacy: $('privacy'),
  sample: $('sample'),
  clear: $('clear'),
  undoBar: $('undo-bar'),
  undoText: $('undo-text'),
  undo: $('undo'),
  form: $('controls'),
  fieldError: $('field-error'),
  sentences: $('sentences'),
  ratio: $('ratio'),
  maxChars: $('max-chars'),
  keywords: $('keywords'),
  redundancy: $('redundancy'),
  copy: $('copy'),
  copyStatus: $('copy-status'),
  workStatus: $('work-status'),
  download: $('download'),
  summary: $('summary'),
  announce: $('announce'),
  keywordsList: $('keywords-list'),
  keyphrasesList: $('keyphrases-list'),
  statChars: $('stat-chars'),
  statSentences: $('stat-sentences'),
  statStories: $('stat-stories'),
  statMs: $('stat-ms'),
  original: $('original'),
  back: $('back'),
};

// ---- storage (this device only; a browser that refuses storage still gets a working page)

const store = {
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key, value) {
    try {
      localStorage.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key) {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing was stored
    }
  },
};

// ---- language

let lang = store.get(KEY_LANG) === 'en' ? 'en' : 'zh';
const t = (key, vars) => translate(lang, key, vars);

function applyLanguage() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('pageTitle');
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll('[data-i18n-aria-label]')) node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  el.lang.lang = lang === 'en' ? 'zh-CN' : 'en';
  if (loadState) showLoading(loadState);
  if (noticeState) showNotice(noticeState.key, noticeState.vars);
  if (undoState) el.undoText.textContent = t(undoState.key);
  showFieldErrors();
  render();
}

el.lang.addEventListener('click', () => {
  lang = lang === 'en' ? 'zh' : 'en';
  store.set(KEY_LANG, lang);
  applyLanguage();
});

// ---- settings

// The number fields check their own values (min, max, step, required in index.html: the API's
// ranges of CONTRACT.md, the ratio as a whole percentage). An invalid value is marked on its
// field (:invalid, aria-invalid), named in #field-error, and not used: the summary keeps the
// field's last valid value, which is also what is saved.
const FIELDS = [
  { key: 'sentences', input: el.sentences, message: 'invalidSentences' },
  { key: 'ratio', input: el.ratio, message: 'invalidRatio' },
  { key: 'maxChars', input: el.maxChars, message: 'invalidChars' },
  { key: 'keywords', input: el.keywords, message: 'invalidKeywords' },
];
// Counts past 2^32 - 1 mean "all" to the API, which saturates there (and rejects >= 9e15).
const MAX_COUNT = 2 ** 32 - 1;
let settings = { ...DEFAULTS }; // the last valid settings: what the summary uses

/** A number field's value, or null while it is invalid (out of range, not whole, empty, not a number). */
function fieldValue(input) {
  const n = Number(input.value);
  return input.validity.valid && input.value.trim() !== '' && Number.isFinite(n) ? Math.min(n, MAX_COUNT) : null;
}

function loadSettings() {
  let saved = {};
  try {
    saved = JSON.parse(store.get(KEY_SETTINGS) ?? '{}') ?? {};
  } catch {
    saved = {};
  }
  const s = { ...DEFAULTS, ...saved };
  const radio = el.form.querySelector(`input[name="mode"][value="${CSS.escape(String(s.mode))}"]`);
  (radio ?? el.form.querySelector('input[name="mode"][value="sentences"]')).checked = true;
  for (const { key, input } of FIELDS) {
    input.value = s[key];
    if (fieldValue(input) === null) input.value = DEFAULTS[key]; // saved by an older page, or edited
  }
  el.redundancy.checked = s.redundancy !== false;
  updateSettings();
}

/** Takes the valid fields into `settings`, and marks and names the invalid ones. */
function updateSettings() {
  settings.mode = el.form.elements.mode.value || 'sentences';
  settings.redundancy = el.redundancy.checked;
  for (const { key, input } of FIELDS) {
    const value = fieldValue(input);
    if (value !== null) settings[key] = value;
  }
  showFieldErrors();
}

function showFieldErrors() {
  const invalid = FIELDS.filter(({ input }) => fieldValue(input) === null);
  for (const { input } of FIELDS) {
    const own = (input.dataset.describedby ??= input.getAttribute('aria-describedby') ?? ''); // its hint, if any
    if (invalid.some((f) => f.input === input)) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${own} field-error`.trim());
    } else {
      input.removeAttribute('aria-invalid');
      if (own) input.setAttribute('aria-describedby', own);
      else input.removeAttribute('aria-describedby');
    }
  }
  const words = invalid.length ? [...invalid.map((f) => t(f.message)), t('invalidKept')].join(lang === 'en' ? ' ' : '') : '';
  if (el.fieldError.textContent !== words) el.fieldError.textContent = words; // an alert: say it once
  el.fieldError.hidden = !invalid.length;
}

/** A story's title as the summary shows it: none when it only repeats the story's sentences. */
function shownTitle(title, sentences) {
  return title !== null && sentences.length > 0 && sentences.every((s) => s.text === title) ? null : title;
}

/** The package's options for the settings (see CONTRACT.md). */
function toOptions(s) {
  const o = {};
  if (s.mode === 'ratio') o.ratio = s.ratio / 100;
  else if (s.mode === 'maxChars') {
    // As many of the best sentences as fit.
    o.ratio = 1;
    o.maxChars = s.maxChars;
  } else o.sentences = s.sentences;
  o.keywords = s.keywords;
  if (s.keywords === 0) o.keyphrases = 0; // the page has one control for both: 0 lists neither
  if (!s.redundancy) o.diversity = 0;
  return o;
}

el.form.addEventListener('submit', (e) => e.preventDefault());
el.form.addEventListener('input', (e) => {
  // Typing in a mode's number field selects that mode.
  const mode = { sentences: 'sentences', 'ratio': 'ratio', 'max-chars': 'maxChars' }[e.target.id];
  if (mode) el.form.querySelector(`input[name="mode"][value="${mode}"]`).checked = true;
  updateSettings();
  store.set(KEY_SETTINGS, JSON.stringify(settings));
  schedule(e.target.type === 'number' ? TYPING_DELAY : 0);
});
el.form.addEventListener('change', () => {
  // A number field also fires `change` when it loses focus (to a click on a summary sentence,
  // say): summarize again only if a setting changed.
  const before = JSON.stringify(settings);
  updateSettings();
  if (JSON.stringify(settings) === before) return;
  store.set(KEY_SETTINGS, JSON.stringify(settings));
  schedule(0);
});

// ---- the text

let sampleText = null;
async function getSample() {
  if (sampleText === null) {
    const response = await fetch(new URL('sample.txt', import.meta.url));
    if (!response.ok) throw new Error(`sample.txt: HTTP ${response.status}`);
    sampleText = withoutLeadingBlankLines(await response.text());
  }
  return sampleText;
}

/** The text from its first non-blank line (the sample file starts with two blank lines). */
function withoutLeadingBlankLines(text) {
  return text.replace(/^(?:[^\S\n]*\n)+/, '');
}

function updateCredit() {
  el.credit.hidden = !(sampleText !== null && withoutLeadingBlankLines(el.text.value) === sampleText);
}

// "Remember my text on this device" (on by default): when off, the text is never written to
// localStorage, and what was kept is deleted at once (a shared newsroom computer).
let remember = store.get(KEY_REMEMBER) !== '0';

let saveTimer = 0;
function saveText() {
  clearTimeout(saveTimer);
  saveTimer = 0;
  el.notSaved.hidden = !remember || store.set(KEY_TEXT, el.text.value);
}

function showRemember() {
  el.remember.checked = remember;
  el.privacy.dataset.i18n = remember ? 'privacy' : 'privacyOff';
  el.privacy.textContent = t(el.privacy.dataset.i18n);
}

el.remember.addEventListener('change', () => {
  remember = el.remember.checked;
  if (remember) {
    store.remove(KEY_REMEMBER);
    saveText();
  } else {
    clearTimeout(saveTimer);
    saveTimer = 0;
    store.remove(KEY_TEXT);
    store.set(KEY_REMEMBER, '0');
    el.notSaved.hidden = true;
  }
  showRemember();
});
function saveTextSoon() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveText, 300);
}
addEventListener('pagehide', () => saveTimer && saveText());

function setText(value) {
  el.text.value = value;
  updateCredit();
  saveText();
  schedule(0);
}

// "Load sample" and "clear" replace the text as an edit of the textarea (so Ctrl+Z in the box
// brings the old text back), and offer "Undo" until the next edit; Undo restores the text and
// what is saved of it.
let undoState = null; // { key, text }: the text before the last "load sample" or "clear"
let replacing = false;

function replaceText(value, undoKey) {
  const before = el.text.value;
  if (before === value) return;
  const area = el.text;
  replacing = true;
  try {
    area.focus();
    area.select();
    // execCommand is deprecated but is still the one edit that joins the textarea's undo history.
    const ok = value === '' ? document.execCommand('delete') : document.execCommand('insertText', false, value);
    if (!ok || area.value !== value) area.value = value;
  } catch {
    area.value = value;
  } finally {
    replacing = false;
  }
  area.setSelectionRange(0, 0);
  area.scrollTop = 0;
  updateCredit();
  saveText();
  schedule(0);
  showUndo(undoKey && before.trim() !== '' ? { key: undoKey, text: before } : null);
}

function showUndo(state) {
  undoState = state;
  el.undoText.textContent = state ? t(state.key) : '';
  el.undoBar.hidden = !state;
}

el.text.addEventListener('input', (e) => {
  if (!replacing && undoState) showUndo(null); // the user edits on: their own undo takes over
  updateCredit();
  saveTextSoon();
  schedule(/^insertFrom(Paste|Drop)$/.test(e.inputType ?? '') ? 0 : TYPING_DELAY);
});

el.sample.addEventListener('click', async () => {
  try {
    replaceText(await getSample(), 'sampleLoaded');
  } catch (e) {
    showNotice('errorOther', { message: e.message });
  }
});

el.clear.addEventListener('click', () => {
  replaceText('', 'cleared');
  el.text.focus();
});

el.undo.addEventListener('click', () => {
  if (!undoState) return;
  replaceText(undoState.text, null);
});

// ---- the engine

let engine = null;
let loadState = { key: 'loading' };
let noticeState = null;

function mb(bytes) {
  return (bytes / 1e6).toFixed(1);
}

function showLoading(state) {
  loadState = state;
  el.loadingText.textContent = t(state.key, state.vars);
  if (state.total) {
    el.progress.max = state.total;
    el.progress.value = state.loaded;
  } else if (state.key === 'starting' || state.key === 'loading') {
    el.progress.removeAttribute('value'); // indeterminate
  }
}

function hideLoading() {
  loadState = null;
  el.loading.hidden = true;
}

function showNotice(key, vars) {
  noticeState = { key, vars };
  el.notice.textContent = t(key, vars);
  el.notice.hidden = false;
}

function hideNotice() {
  noticeState = null;
  el.notice.hidden = true;
  el.notice.textContent = '';
}

function startEngine() {
  try {
    engine = createSummarizer({
      onProgress(loaded, total) {
        if (total !== null && loaded >= total) showLoading({ key: 'starting' });
        else if (total) showLoading({ key: 'loadingProgress', vars: { loaded: mb(loaded), total: mb(total) }, loaded, total });
        else showLoading({ key: 'loadingBytes', vars: { loaded: mb(loaded) } });
      },
    });
  } catch (e) {
    engine = null;
    hideLoading();
    showNotice('errorInit', { message: plain(e) });
    return;
  }
  engine.ready.then(hideLoading, (e) => {
    hideLoading();
    showNotice('errorInit', { message: plain(e) });
  });
}

/** An Error's message without the package's prefix. */
function plain(e) {
  return String(e?.message ?? e).replace(/^textrank-zh: /, '');
}

function isRestart(e) {
  return /a new one was started/.test(String(e?.message));
}

// ---- summarizing

let seq = 0; // the newest request; results of older ones are dropped
let timer = 0;
let current = null; // { text, result, ms, settings, bodySentences }
// The body sentence count depends on the text alone: a change of options reuses it.
let counted = { text: null, n: null };
let countTimer = 0;
let firstShown = false;
// A summary of the text and settings now on screen is on its way: until it comes, what shows
// is the last text's (dimmed), it cannot be copied or downloaded, and its counts are not shown.
let pending = false;

function schedule(delay) {
  clearTimeout(timer);
  clearTimeout(countTimer);
  timer = setTimeout(run, delay);
  setPending(true);
}

function setPending(on) {
  pending = on;
  renderState();
}

/** Ends the pending state once the newest request has its answer (and no newer one waits). */
function settled() {
  if (!timer) setPending(false);
}

async function run() {
  timer = 0;
  const id = ++seq;
  const text = el.text.value;
  const asked = { ...settings };
  if (!engine) {
    setPending(false);
    return;
  }
  if (text.trim() === '') {
    current = { text, result: null, ms: null, settings: asked, bodySentences: 0 };
    el.announce.textContent = '';
    render();
    settled();
    return;
  }
  let restarted = false;
  for (;;) {
    try {
      try {
        await engine.ready;
      } catch {
        if (id === seq) settled();
        return; // the engine could not start: the notice says so (startEngine)
      }
      if (id !== seq) return;
      const t0 = performance.now();
      const result = await engine.summarize(text, toOptions(asked));
      const ms = performance.now() - t0;
      if (id !== seq) return;
      if (restarted) showNotice('restarted');
      else if (noticeState && noticeState.key !== 'restarted') hideNotice();
      // Every body sentence was asked for: the count is the summary's length.
      if (asked.mode === 'ratio' && asked.ratio === 100) counted = { text, n: result.sentences.length };
      const known = counted.text === text ? counted.n : null;
      current = { text, result, ms, settings: asked, bodySentences: known };
      render();
      settled();
      // Screen readers hear this short line, not the whole summary again after each pause.
      const n = result.sentences.length;
      el.announce.textContent = t(n === 1 ? 'updatedOne' : 'updated', { n });
      if (!firstShown && result.sentences.length) {
        firstShown = true;
        performance.mark('textrank-zh:first-summary');
      }
      if (known === null && !timer) {
        clearTimeout(countTimer);
        countTimer = setTimeout(() => countSentences(id, text), COUNT_DELAY);
      }
      return;
    } catch (e) {
      if (e?.name === 'AbortError' || id !== seq) return; // superseded by a newer request
      if (isRestart(e) && !restarted) {
        // The Worker died and a new one was started: say so, and try this text once more.
        restarted = true;
        showNotice('restarted');
        continue;
      }
      const tooLong = /input is too long: (\d+) chars, the limit is (\d+)/.exec(e?.message ?? '');
      if (restarted) showNotice('restartedFailed', { message: plain(e) });
      else if (tooLong) showNotice('errorTooLong', { n: tooLong[1], max: tooLong[2] });
      else if (engine && /could not start/.test(e?.message)) showNotice('errorInit', { message: plain(e) });
      else showNotice('errorOther', { message: plain(e) });
      settled();
      return;
    }
  }
}

/** The number of body sentences: every sentence the summarizer could pick (ratio 1). */
async function countSentences(id, text) {
  countTimer = 0;
  if (id !== seq || timer) return;
  try {
    const all = await engine.summarize(text, { ratio: 1, keywords: 0, keyphrases: 0, diversity: 0, perStory: false });
    if (id !== seq || !current || current.text !== text) return;
    counted = { text, n: all.sentences.length };
    current.bodySentences = counted.n;
    renderState();
  } catch {
    // superseded by a newer request, or it failed: the count stays blank
  }
}

// ---- rendering (text nodes and elements only: the user's text is never parsed as HTML)

function h(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Chinese content (the user's text and what is taken from it): lang="zh" whatever the UI's language. */
function zh(node) {
  node.lang = 'zh';
  return node;
}

function format(n) {
  return n === null || n === undefined ? '–' : n.toLocaleString(lang === 'en' ? 'en' : 'zh-CN');
}

function codePoints(s) {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function render() {
  if (!current) {
    renderState();
    return;
  }
  const { text, result, settings: asked } = current;
  el.summary.dataset.state = result ? 'result' : 'empty';
  const stories = result?.stories ?? [];

  // The summary, grouped by story, in document order.
  const groups = [];
  for (const [i, s] of (result?.sentences ?? []).entries()) {
    let g = groups.at(-1);
    if (!g || g.story !== s.story) groups.push((g = { story: s.story, items: [] }));
    g.items.push([i, s]);
  }
  const summaryNodes = [];
  if (!result) summaryNodes.push(h('p', 'empty', t('emptyInput')));
  else if (!groups.length) {
    const why = asked.mode === 'maxChars' ? t('emptyChars', { n: asked.maxChars })
      : asked.mode === 'sentences' && asked.sentences === 0 ? t('emptyZero') : t('emptySummary');
    summaryNodes.push(h('p', 'empty', why));
  }
  for (const g of groups) {
    const section = h('section', 'story');
    // A text of headlines only is summarized by them: a title that is the story's one
    // summary sentence is not shown twice.
    const title = shownTitle(stories[g.story]?.title ?? null, g.items.map(([, s]) => s));
    if (stories.length > 1 || title !== null) {
      const heading = h('h3', 'story-title');
      if (stories.length > 1) heading.append(h('span', 'story-n', String(g.story + 1)));
      heading.append(title === null ? h('span', 'untitled', t('story', { n: g.story + 1 })) : zh(h('span', 'title', title)));
      section.append(heading);
    }
    const list = h('ol', 'sentences');
    for (const [i, s] of g.items) {
      const item = h('li');
      const button = h('button', 'sentence');
      button.append(zh(h('span', null, s.text))); // the button's title is in the UI's language
      button.type = 'button';
      button.dataset.i = String(i);
      button.title = t('jump');
      item.append(button);
      list.append(item);
    }
    section.append(list);
    summaryNodes.push(section);
  }
  el.summary.replaceChildren(...summaryNodes);

  // Keywords with a weight bar, keyphrases.
  el.keywordsList.replaceChildren(...(result?.keywords ?? []).map((k) => {
    const chip = h('li', 'chip');
    chip.title = t('weight', { w: k.weight.toFixed(2) });
    const bar = h('span', 'bar');
    bar.setAttribute('aria-hidden', 'true');
    bar.style.setProperty('--w', String(Math.max(0.04, k.weight)));
    chip.append(zh(h('span', 'word', k.word)), bar, h('span', 'visually-hidden', `, ${t('weight', { w: k.weight.toFixed(2) })}`));
    return chip;
  }));
  if (result && !result.keywords.length) el.keywordsList.replaceChildren(h('li', 'none', t('noKeywords')));
  el.keyphrasesList.replaceChildren(...(result?.keyphrases ?? []).map((p) => {
    const item = h('li', 'phrase');
    item.append(zh(h('span', null, p.phrase)));
    item.title = t('weight', { w: p.weight.toFixed(2) });
    return item;
  }));
  if (result && !result.keyphrases.length) el.keyphrasesList.replaceChildren(h('li', 'none', t('noKeywords')));

  renderOriginal(text, result);
  renderState();
}

/**
 * What depends on whether the result on screen is the newest: the working status, the stats
 * (the counts of the text in the box, never the last text's) and the copy/download buttons.
 */
function renderState() {
  el.summary.setAttribute('aria-busy', String(pending || !current));
  el.workStatus.textContent = pending ? t('working') : '';
  const text = el.text.value;
  const fresh = current !== null && current.text === text;
  const result = fresh ? current.result : null;
  el.statChars.textContent = format(codePoints(text));
  el.statSentences.textContent = !fresh ? '–' : format(result ? current.bodySentences : 0);
  el.statStories.textContent = !fresh ? '–' : format(result?.stories.length ?? 0);
  el.statMs.textContent = !fresh || current.ms === null ? '–' : format(Math.max(1, Math.round(current.ms)));
  el.copy.disabled = el.download.disabled = pending || !result?.sentences.length;
}

/**
 * The original as paragraphs (a blank line starts one), a rule between stories, and every
 * summary sentence in <mark>s (spans are UTF-16 offsets into `text`; a sentence that a
 * column break cut across a blank line gets one <mark> per paragraph). Runs of blank lines
 * show as one paragraph break; everything else is the text as it was typed.
 */
let shownOriginal = { text: null, key: null }; // what the original view shows now

function renderOriginal(text, result) {
  // Each sentence with its index in the result (the id of its highlight).
  const sentences = (result?.sentences ?? []).map((s, i) => ({ ...s, i })).filter((s, k, all) => s.start >= (all[k - 1]?.end ?? 0) && s.end <= text.length);
  const storyStarts = new Set((result?.stories ?? []).slice(1).map((s) => s.start));
  // The same text with the same highlights (another keyword count, the language, a setting
  // that picks the same sentences): keep the view as it is (on 1 MB a rebuild takes ~100 ms).
  const key = JSON.stringify([sentences.map((s) => [s.i, s.start, s.end]), [...storyStarts]]);
  if (shownOriginal.text === text && shownOriginal.key === key) return;
  shownOriginal = { text, key };
  const breaks = [];
  const blank = /[^\S\n]*\n(?:[^\S\n]*\n)+[^\S\n]*|^\s+|\s+$/g;
  for (let m; (m = blank.exec(text)); ) {
    if (m[0] === '') {
      blank.lastIndex++;
      continue;
    }
    breaks.push([m.index, m.index + m[0].length]);
  }
  // Cut points: sentence and paragraph boundaries.
  const cuts = new Set([0, text.length]);
  for (const s of sentences) cuts.add(s.start).add(s.end);
  for (const [a, b] of breaks) cuts.add(a).add(b);
  for (const start of storyStarts) cuts.add(start);
  const points = [...cuts].sort((a, b) => a - b);

  const out = [];
  let para = null;
  let sIdx = 0;
  let bIdx = 0;
  let marked = new Set();
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    while (bIdx < breaks.length && breaks[bIdx][1] <= a) bIdx++;
    if (bIdx < breaks.length && breaks[bIdx][0] <= a && b <= breaks[bIdx][1]) {
      para = null; // a blank run: the paragraph ends here
      continue;
    }
    if (storyStarts.has(a) && out.length) {
      out.push(h('hr', 'story-break'));
      para = null;
    }
    if (!para) {
      para = zh(h('p', 'para'));
      out.push(para);
    }
    while (sIdx < sentences.length && sentences[sIdx].end <= a) sIdx++;
    const s = sentences[sIdx];
    const piece = text.slice(a, b);
    if (s && s.start <= a && b <= s.end) {
      const { i } = s;
      const mark = h('mark', 'hl', piece);
      mark.dataset.i = String(i);
      if (!marked.has(i)) {
        marked.add(i);
        mark.id = `hl-${i}`;
        mark.tabIndex = -1;
      }
      para.append(mark);
    } else {
      para.append(piece);
    }
  }
  el.original.classList.toggle('lazy', text.length > LAZY_CHARS);
  el.original.replaceChildren(...out);
  el.back.hidden = true;
}

// Texts longer than this lay out only the paragraphs on screen (content-visibility, app.css).
const LAZY_CHARS = 50_000;

/**
 * Scrolls a highlight to the middle of the screen. Under content-visibility (long texts) the
 * paragraphs not yet laid out have an estimated height, and those that come on screen during
 * a scroll take their real one, moving everything below: a smooth scroll aimed at the
 * estimate ended ~1,000 px short on a phone. So for a long text the paragraphs around the
 * highlight (a screen and a half above it, a screen below) are laid out for real first, and
 * the jump is instant; it is aimed again in the next frames should anything still move.
 */
function jumpTo(mark) {
  const lazy = el.original.classList.contains('lazy');
  const smooth = !lazy && !matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (lazy) {
    const para = mark.closest('.para');
    let above = 0;
    for (let p = para; p && above < innerHeight * 1.5; p = p.previousElementSibling) {
      p.classList.add('real');
      above += p.getBoundingClientRect().height;
    }
    let below = 0;
    for (let p = para?.nextElementSibling; p && below < innerHeight; p = p.nextElementSibling) {
      p.classList.add('real');
      below += p.getBoundingClientRect().height;
    }
  }
  mark.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
  if (!lazy) return;
  let tries = 30;
  let still = 0;
  let last = mark.getBoundingClientRect().top;
  const again = () => {
    if (!mark.isConnected) return;
    const top = mark.getBoundingClientRect().top;
    if (Math.abs(top - last) <= 1) still++;
    else {
      still = 0;
      mark.scrollIntoView({ block: 'center' });
    }
    last = mark.getBoundingClientRect().top;
    if (still < 5 && --tries > 0) requestAnimationFrame(again);
  };
  requestAnimationFrame(again);
}

let jumpedFrom = null; // the summary sentence of the last jump, for "back to the summary"

el.summary.addEventListener('click', (e) => {
  const button = e.target.closest('button.sentence');
  if (!button) return;
  const mark = $(`hl-${button.dataset.i}`);
  if (!mark) return;
  jumpTo(mark);
  mark.focus({ preventScroll: true });
  jumpedFrom = button.dataset.i;
  el.back.hidden = false;
  const pieces = el.original.querySelectorAll(`mark[data-i="${button.dataset.i}"]`);
  for (const piece of pieces) piece.classList.remove('flash');
  void mark.offsetWidth; // restart the animation
  for (const piece of pieces) piece.classList.add('flash');
});

el.back.addEventListener('click', () => {
  const target = el.summary.querySelector(`button.sentence[data-i="${jumpedFrom}"]`) ?? $('summary-heading');
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
  target.focus({ preventScroll: true });
  el.back.hidden = true;
});
el.original.addEventListener('animationend', (e) => e.target.classList?.remove('flash'));

// ---- copy, download

function summaryText() {
  const { result, settings: asked } = current ?? {};
  if (!result) return '';
  // A character budget (140 for a post) is the budget of what is copied: the sentences only,
  // run together, no headlines or blank lines, so the copy is as long as the summary counts.
  if (asked.mode === 'maxChars') return result.sentences.map((s) => s.text).join('');
  const out = [];
  let story = -1;
  for (const s of result.sentences) {
    if (s.story !== story) {
      story = s.story;
      const title = shownTitle(result.stories[story]?.title ?? null, result.sentences.filter((x) => x.story === story));
      if (out.length) out.push('');
      if (title && result.stories.length > 1) out.push(title);
      out.push(s.text);
    } else {
      out[out.length - 1] += s.text;
    }
  }
  return out.join('\n');
}

let copyTimer = 0;
el.copy.addEventListener('click', async () => {
  if (pending) return; // the summary on screen is not the newest text's
  const text = summaryText();
  let ok = false;
  try {
    await navigator.clipboard.writeText(text);
    ok = true;
  } catch {
    // No clipboard permission: fall back to a selected, off-screen textarea.
    const area = h('textarea', 'offscreen');
    area.value = text;
    document.body.append(area);
    area.select();
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    el.copy.focus();
  }
  el.copyStatus.textContent = t(ok ? 'copied' : 'copyFailed');
  clearTimeout(copyTimer);
  copyTimer = setTimeout(() => (el.copyStatus.textContent = ''), 2500);
});

el.download.addEventListener('click', () => {
  if (pending || !current?.result) return;
  const blob = new Blob([`${JSON.stringify(current.result, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = h('a');
  a.href = url;
  a.download = 'summary.json';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
});

// ---- start

loadSettings();
showRemember();
applyLanguage();
startEngine();
const saved = remember ? store.get(KEY_TEXT) : null;
if (saved !== null) {
  el.text.value = saved;
  schedule(0);
  getSample().then(updateCredit, () => {});
} else {
  // First visit: the sample bulletin, with its credit line.
  getSample().then(
    (sample) => {
      if (el.text.value === '') setText(sample);
    },
    (e) => showNotice('errorOther', { message: e.message }),
  );
}
