// `textrank-zh/element`: the <textrank-summary> custom element.
//
//   <script type="module" src="/vendor/textrank-zh/js/element.js"></script>
//   <textrank-summary sentences="3" keywords="8">…Chinese text…</textrank-summary>
//   <textrank-summary for="draft"></textrank-summary>   <!-- follows <textarea id="draft"> live -->
//
// It shows the summary sentences and the keywords in its shadow DOM (styleable through
// ::part() and --textrank-* custom properties) and fires a `summary` event whose `detail` is
// the Result. The work runs in one Web Worker shared by every element on the page (the
// package's `./worker.js`, found next to this module through import.meta.url, so the element
// works from any path); where a Worker cannot start (a page on another origin than this file,
// say) it runs on the main thread instead. Styles are a constructable stylesheet, so the
// element works under a strict Content-Security-Policy (style-src 'self', no inline styles).
import { createSummarizer } from './worker.js';

const TAG = 'textrank-summary';
// What the shared queue calls on an element (symbols, to keep them out of the public API).
const JOB = Symbol('job');
const SHOW = Symbol('show');
const FAIL = Symbol('fail');
const RESTARTED = Symbol('restarted');
const EMPTY = Object.freeze({ sentences: [], keywords: [], keyphrases: [], stories: [] });
const FOLLOW_DELAY = 200; // ms of quiet after a keystroke in the followed textarea

// What the reader sees. An error is said in their words; the package's exact message (for the
// page's developer) goes to the console and in the `summaryerror` event.
const WORDS = {
  zh: {
    summary: '摘要', keywords: '关键词', keyphrases: '关键短语', loading: '正在加载摘要引擎……', empty: '没有可以入选的句子。',
    waiting: '在输入框中输入或粘贴文字，这里会显示摘要。', restarted: '摘要引擎出错，已重新启动。',
    badOption: '无法生成摘要：属性 {name} 的值无效。', tooLong: '无法生成摘要：文本太长。', error: '无法生成摘要。',
  },
  en: {
    summary: 'Summary', keywords: 'Keywords', keyphrases: 'Keyphrases', loading: 'Loading the summarizer…', empty: 'No sentence could be picked.',
    waiting: 'Type or paste text in the box to see its summary here.', restarted: 'The summarizer failed and was restarted.',
    badOption: 'No summary: the {name} attribute has an invalid value.', tooLong: 'No summary: the text is too long.', error: 'No summary could be made.',
  },
};

const CSS_TEXT = `
:host {
  display: block;
  color: var(--textrank-text, inherit);
  font-family: var(--textrank-font, inherit);
  line-height: var(--textrank-line-height, 1.7);
}
:host([hidden]) { display: none; }
[part~="container"] { display: grid; gap: var(--textrank-gap, 0.75em); }
[part~="label"] {
  margin: 0 0 0.35em;
  color: var(--textrank-muted, color-mix(in srgb, currentColor 62%, transparent));
  font-size: 0.8em;
  font-weight: 600;
  letter-spacing: 0.04em;
}
[part~="status"] { margin: 0; color: var(--textrank-muted, color-mix(in srgb, currentColor 62%, transparent)); font-size: 0.9em; }
[part~="status"]:empty { display: none; }
[part~="summary"] { margin: 0; padding: 0; list-style: none; display: grid; gap: 0.4em; }
[part~="sentence"] {
  padding-inline-start: 0.75em;
  border-inline-start: 3px solid var(--textrank-accent, #d9a520);
}
[part~="keywords"], [part~="keyphrases"] { display: flex; flex-wrap: wrap; gap: 0.4em; margin: 0; padding: 0; list-style: none; }
[part~="keyword"], [part~="keyphrase"] {
  display: inline-flex;
  flex-direction: column;
  gap: 0.2em;
  padding: 0.15em 0.6em 0.3em;
  border: 1px solid var(--textrank-chip-border, color-mix(in srgb, currentColor 18%, transparent));
  border-radius: var(--textrank-radius, 0.5em);
  background: var(--textrank-chip-background, transparent);
  font-size: 0.92em;
}
[part~="keyword-bar"] {
  display: block;
  height: 3px;
  border-radius: 2px;
  background: var(--textrank-bar-track, color-mix(in srgb, currentColor 12%, transparent));
  overflow: hidden;
}
[part~="keyword-bar"]::after {
  display: block;
  height: 100%;
  background: var(--textrank-bar, var(--textrank-accent, #d9a520));
  content: "";
  transform: scaleX(var(--weight, 0));
  transform-origin: left center;
}
:host(:dir(rtl)) [part~="keyword-bar"]::after { transform-origin: right center; }
[hidden] { display: none !important; }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
  }
  return sheet;
}

// ---- one engine for every element; requests run one at a time, newest text per element

let enginePromise = null;

/** A Worker when one can start, else the main thread. */
function engine() {
  enginePromise ??= (async () => {
    if (typeof Worker === 'function') {
      let worker = null;
      try {
        worker = createSummarizer();
        await worker.ready;
        return { kind: 'worker', summarize: (text, options) => worker.summarize(text, options) };
      } catch {
        worker?.terminate();
        // e.g. this module comes from another origin, where a Worker may not start
      }
    }
    const api = await import('./index.js');
    await api.init();
    return { kind: 'main', summarize: async (text, options) => api.summarize(text, options) };
  })();
  return enginePromise;
}

const waiting = new Set(); // elements whose text or options changed
let pumping = false;

async function pump() {
  if (pumping) return;
  pumping = true;
  try {
    let api;
    try {
      api = await engine();
    } catch (e) {
      enginePromise = null; // let a later change try again
      for (const element of waiting) element[FAIL](e);
      waiting.clear();
      return;
    }
    while (waiting.size) {
      const [element] = waiting;
      waiting.delete(element);
      if (!element.isConnected) continue;
      const job = element[JOB](); // the newest text and options, read now
      if (job.text.trim() === '') {
        element[SHOW](null);
        continue;
      }
      for (let attempt = 0; ; attempt++) {
        try {
          element[SHOW](await api.summarize(job.text, job.options));
        } catch (e) {
          if (e?.name === 'AbortError') break;
          if (/a new one was started/.test(e?.message) && attempt === 0) {
            element[RESTARTED] = true;
            continue; // the Worker was restarted: try once more
          }
          element[FAIL](e);
        }
        break;
      }
    }
  } finally {
    pumping = false;
    if (waiting.size) pump();
  }
}

function enqueue(element) {
  waiting.add(element);
  queueMicrotask(pump);
}

// ---- the element

function el(tag, part, text) {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A number attribute: absent → undefined (the package's default); anything else as written. */
function numberAttr(element, name) {
  const value = element.getAttribute(name);
  if (value === null || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : value; // the package names the bad value
}

export class TextrankSummaryElement extends HTMLElement {
  static observedAttributes = ['sentences', 'ratio', 'max-chars', 'keywords', 'keyphrases', 'diversity', 'for', 'lang'];

  #result = null;
  #source = null;
  #timer = 0;
  #observer = null;
  #nodes;
  #onInput = () => this.#schedule(FOLLOW_DELAY);
  [RESTARTED] = false;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    const status = el('p', 'status');
    status.setAttribute('role', 'status');
    const summaryLabel = el('p', 'label summary-label');
    const summary = el('ol', 'summary');
    const keywordsLabel = el('p', 'label keywords-label');
    const keywords = el('ul', 'keywords');
    const keyphrasesLabel = el('p', 'label keyphrases-label');
    const keyphrases = el('ul', 'keyphrases');
    const sections = [[summaryLabel, summary], [keywordsLabel, keywords], [keyphrasesLabel, keyphrases]].map(([label, list]) => {
      const section = el('section');
      section.hidden = true;
      label.id = `${list.getAttribute('part')}-label`;
      list.setAttribute('aria-labelledby', label.id);
      section.append(label, list);
      return section;
    });
    const container = el('div', 'container');
    container.append(status, ...sections);
    root.append(container);
    this.#nodes = { status, summary, keywords, keyphrases, summaryLabel, keywordsLabel, keyphrasesLabel };
  }

  connectedCallback() {
    this.#words();
    this.#status(this.#result ? '' : this.#t('loading'));
    this.#observer ??= new MutationObserver(() => !this.#source && this.#schedule(0));
    this.#observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.#bind();
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#unbind();
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'for') this.#bind();
    if (name === 'lang') this.#words();
    this.#schedule(0);
  }

  /** The Result shown; null before the first and after an error. */
  get result() {
    return this.#result;
  }

  /** The text being summarized: the followed textarea's value, or the element's own text. */
  get text() {
    return this.#source ? String(this.#source.value ?? '') : this.textContent ?? '';
  }

  /** The options the attributes ask for (absent attributes keep the package's defaults). */
  get options() {
    const o = {
      sentences: numberAttr(this, 'sentences'),
      ratio: numberAttr(this, 'ratio'),
      maxChars: numberAttr(this, 'max-chars'),
      keywords: numberAttr(this, 'keywords'),
      keyphrases: numberAttr(this, 'keyphrases') ?? 0,
      diversity: numberAttr(this, 'diversity'),
    };
    for (const key of Object.keys(o)) if (o[key] === undefined) delete o[key];
    return o;
  }

  /** Summarizes again now (e.g. after setting a followed textarea's value from script). */
  refresh() {
    this.#schedule(0);
  }

  #schedule(delay) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => enqueue(this), delay);
  }

  #bind() {
    this.#unbind();
    const id = this.getAttribute('for');
    if (!id) return;
    const root = this.getRootNode();
    const source = root.getElementById?.(id) ?? document.getElementById(id);
    if (source) {
      this.#source = source;
      source.addEventListener('input', this.#onInput);
    } else if (document.readyState === 'loading') {
      // The textarea may come later in the page.
      document.addEventListener('DOMContentLoaded', () => this.isConnected && (this.#bind(), this.#schedule(0)), { once: true });
    }
  }

  #unbind() {
    this.#source?.removeEventListener('input', this.#onInput);
    this.#source = null;
  }

  #lang() {
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '';
    return /^en\b/i.test(lang) ? 'en' : 'zh';
  }

  #t(key, vars = {}) {
    return WORDS[this.#lang()][key].replace(/\{(\w+)\}/g, (_, name) => vars[name] ?? '');
  }

  #words() {
    const n = this.#nodes;
    n.summaryLabel.textContent = this.#t('summary');
    n.keywordsLabel.textContent = this.#t('keywords');
    n.keyphrasesLabel.textContent = this.#t('keyphrases');
  }

  #status(text) {
    this.#nodes.status.textContent = text;
  }

  /** The newest text and options, read when the request runs. */
  [JOB]() {
    return { text: this.text, options: this.options };
  }

  [SHOW](result) {
    const n = this.#nodes;
    this.#result = result ?? { ...EMPTY };
    // No text: a followed textarea that is empty says what to do, not a blank box.
    const status = this[RESTARTED] ? this.#t('restarted')
      : !result ? (this.#source ? this.#t('waiting') : '')
        : !result.sentences.length ? this.#t('empty') : '';
    this.#status(status);
    this[RESTARTED] = false;
    n.summary.replaceChildren(...(result?.sentences ?? []).map((s) => {
      const item = el('li', 'sentence', s.text);
      item.dataset.story = String(s.story);
      return item;
    }));
    n.keywords.replaceChildren(...(result?.keywords ?? []).map((k) => {
      const item = el('li', 'keyword');
      item.title = k.weight.toFixed(2);
      const bar = el('span', 'keyword-bar');
      bar.setAttribute('aria-hidden', 'true');
      bar.style.setProperty('--weight', String(Math.max(0.04, k.weight)));
      item.append(el('span', 'keyword-text', k.word), bar);
      return item;
    }));
    n.keyphrases.replaceChildren(...(result?.keyphrases ?? []).map((p) => el('li', 'keyphrase', p.phrase)));
    for (const list of [n.summary, n.keywords, n.keyphrases]) list.parentNode.hidden = !list.childElementCount;
    this.dispatchEvent(new CustomEvent('summary', { detail: this.#result, bubbles: true, composed: true }));
  }

  [FAIL](error) {
    this[RESTARTED] = false;
    // The last summary answered other options or text: shown beside the error, it would
    // read as this one's.
    this.#result = null;
    const n = this.#nodes;
    for (const list of [n.summary, n.keywords, n.keyphrases]) {
      list.replaceChildren();
      list.parentNode.hidden = true;
    }
    const message = String(error?.message ?? error);
    const option = /invalid option `(\w+)`/.exec(message)?.[1];
    this.#status(option ? this.#t('badOption', { name: option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) })
      : /input is too long/.test(message) ? this.#t('tooLong') : this.#t('error'));
    console.error(`<${TAG}${this.id ? ` id="${this.id}"` : ''}>: ${message}`);
    this.dispatchEvent(new CustomEvent('summaryerror', { detail: error, bubbles: true, composed: true }));
  }
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, TextrankSummaryElement);
}
