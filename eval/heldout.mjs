#!/usr/bin/env node
// Builds held-out sets from the public sources of the dev sets, to see how the dev figures carry
// over to texts no tuning ever saw. Nothing is downloaded and nothing is written into the repo:
// you point it at your own copies of the sources and at an output folder, then run
//   node eval/run.mjs --data OUT --only lcsts     (or --only csl)
//
// - LCSTS: PART_III.txt of github.com/wangle1218/text-summarization (data/). The dev set drew 300
//   pairs from the pairs with human label >= 3 and >= 2 sentences, deduplicated; the held-out
//   set is every other pair of that pool, cleaned the same way (see ../shared/eval/README.md).
// - CSL: benchmark/kg/test.tsv and benchmark/ts/test.tsv of github.com/ydli-ai/CSL (the test
//   split; the dev set came from the dev split), selected like the dev set: 2-8 keywords, none
//   with a space, no duplicates, abstract >= 100 chars. The abstract is the input.
//
// - Bulletins (--layout, with --lcsts): the held-out LCSTS pairs joined 2-4 at a time into pastes
//   laid out like the dev bulletins (see ../shared/eval/README.md), in one of several layouts:
//   `dev` (the dev set's own headers, datelines, bylines and end marks), `vocab` (other section
//   names, agencies, reporters and editor lines), `marks` (printed marks: 【国内要闻】, ■本报记者 …,
//   indents), `rules` (--- and ＊＊＊ between items, CRLF, single-newline paragraphs, 据新华社电),
//   `headlines` (each story under its headline, sometimes with a —— subtitle) or `digest`
//   (numbered headlines, full-width digits, photo credits). Headlines are the LCSTS reference
//   summaries, so with `headlines` and `digest` only coverage and non-body picks mean anything.
//
// The held-out sets are for measuring only: choosing anything by them would make them dev sets.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from './score.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LAYOUTS = ['dev', 'vocab', 'marks', 'rules', 'headlines', 'digest'];
const USAGE = `usage: node eval/heldout.mjs --out DIR [--lcsts PART_III.txt [--layout L] [--seed N]] [--csl CSL/benchmark] [--dev DIR]
  --lcsts FILE  LCSTS PART III in its <doc> format; writes DIR/dev.jsonl (the pairs not in the dev set)
  --layout L    also lay those pairs out as bulletins in DIR/bulletins-dev.jsonl; L is one of
                ${LAYOUTS.join(', ')}
  --seed N      the layout's random seed (default 1)
  --csl DIR     CSL's benchmark folder (kg/test.tsv, ts/test.tsv); writes DIR/keywords-dev.jsonl
  --dev DIR     the dev sets, to leave their pairs out (default ../shared/eval)
`;

function die(msg, code = 1) {
  process.stderr.write(`heldout: ${msg}\n`);
  process.exit(code);
}

let opts;
try {
  opts = parseArgs({
    options: {
      out: { type: 'string' },
      lcsts: { type: 'string' },
      csl: { type: 'string' },
      layout: { type: 'string' },
      seed: { type: 'string', default: '1' },
      dev: { type: 'string', default: path.join(ROOT, '..', 'shared', 'eval') },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (e) {
  die(`${e.message}\n${USAGE}`, 2);
}
if (opts.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!opts.out || (!opts.lcsts && !opts.csl)) die(`give --out and at least one of --lcsts, --csl\n${USAGE}`, 2);
if (opts.layout !== undefined && (!opts.lcsts || !LAYOUTS.includes(opts.layout))) die(`--layout needs --lcsts and one of ${LAYOUTS.join(', ')}\n${USAGE}`, 2);
if (path.resolve(opts.out) === path.resolve(opts.dev)) die('--out must not be the dev folder: its dev.jsonl would be replaced', 2);
if (!/^\d+$/.test(opts.seed)) die(`--seed must be a whole number, got ${opts.seed}`, 2);

const read = (file) => {
  if (!existsSync(file)) die(`${file} not found`);
  return readFileSync(file, 'utf8');
};
const jsonl = (items) => items.map((o) => JSON.stringify(o)).join('\n') + '\n';

// The dev sets' cleaning: HTML entities and tags out, whitespace runs to one space, and a space
// between two CJK chars (a layout space) dropped.
const CJK = '[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function clean(s) {
  return s
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) =>
      e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e.toLowerCase()] ?? m),
    )
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(new RegExp(`(?<=${CJK}) (?=${CJK})`, 'gu'), '');
}

mkdirSync(opts.out, { recursive: true });

if (opts.lcsts) {
  const devFile = path.join(opts.dev, 'dev.jsonl');
  const dev = read(devFile).split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const devIds = new Set(dev.map((d) => d.id));
  const devTexts = new Set(dev.map((d) => d.text));
  const re = /<doc id=(\d+)>\s*<human_label>(\d+)<\/human_label>\s*<summary>([\s\S]*?)<\/summary>\s*<short_text>([\s\S]*?)<\/short_text>/g;
  const seen = new Set();
  const held = [];
  let pool = 0;
  for (const [, id, label, summary, shortText] of read(opts.lcsts).matchAll(re)) {
    if (Number(label) < 3) continue;
    const text = clean(shortText);
    if (text.split(/[。！？!?]/u).filter((s) => s.trim()).length < 2 || seen.has(text)) continue;
    seen.add(text);
    pool++;
    if (devIds.has(`lcsts-p3-${id}`) || devTexts.has(text)) continue;
    held.push({ id: `lcsts-p3-${id}`, text, summary: clean(summary) });
  }
  if (pool === 0) die(`${opts.lcsts}: no <doc> pairs found`);
  writeFileSync(path.join(opts.out, 'dev.jsonl'), jsonl(held));
  process.stderr.write(`heldout: LCSTS: ${held.length} held-out pairs (pool ${pool}, dev ${pool - held.length}) -> ${path.join(opts.out, 'dev.jsonl')}\n`);
  if (opts.layout) {
    const bulletins = layOut(held, opts.layout, Number(opts.seed));
    writeFileSync(path.join(opts.out, 'bulletins-dev.jsonl'), jsonl(bulletins));
    const stories = bulletins.reduce((n, b) => n + b.stories.length, 0);
    process.stderr.write(`heldout: bulletins (${opts.layout}): ${bulletins.length} pastes, ${stories} stories -> ${path.join(opts.out, 'bulletins-dev.jsonl')}\n`);
  }
}

if (opts.csl) {
  const rows = (f) => read(path.join(opts.csl, f)).split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
  const kg = rows('kg/test.tsv');
  const ts = rows('ts/test.tsv');
  const held = [];
  kg.forEach((row, i) => {
    const [abstract, title] = [ts[i]?.[1], ts[i]?.[2]];
    const keywords = (row[2] ?? '').split('_');
    // kg's text is the abstract, a space and the title; ts holds the two apart.
    if (!abstract || !row[1]?.startsWith(abstract)) return;
    if (keywords.length < 2 || keywords.length > 8 || keywords.some((k) => /\s/u.test(k) || !k) || new Set(keywords).size !== keywords.length) return;
    if ([...abstract].length < 100) return;
    held.push({ id: `csl-kg-test-${i + 1}`, text: abstract, title, keywords });
  });
  if (held.length === 0) die(`${opts.csl}: no usable kg/ts test rows`);
  writeFileSync(path.join(opts.out, 'keywords-dev.jsonl'), jsonl(held));
  process.stderr.write(`heldout: CSL: ${held.length} test docs -> ${path.join(opts.out, 'keywords-dev.jsonl')}\n`);
}

/** The pairs joined into multi-story pastes in one layout, with story spans and non-body spans. */
function layOut(pairs, layout, seed) {
  const rnd = mulberry32(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const NAMES = layout === 'dev' ? ['杨帆', '赵敏', '李娜', '周涛', '张伟', '陈静', '刘洋', '王磊'] : ['孙明', '吴芳', '郑浩', '冯雪', '何强', '许丽', '欧阳明', '王晓燕'];
  const CITIES = layout === 'dev' ? ['成都', '广州', '西安', '北京', '武汉', '上海', '杭州', '深圳'] : ['南京', '重庆', '天津', '长沙', '郑州', '昆明', '哈尔滨', '乌鲁木齐'];
  const DEV_HEADERS = ['地方动态', '科技前沿', '国内要闻', '国际视窗', '图片新闻', '今日关注', '财经观察', '社会民生'];
  const date = () => `${int(1, 12)}月${int(1, 28)}日`;
  const fullWidth = (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const L = {
    dev: {
      headers: DEV_HEADERS,
      dateline: () => `新华社${pick(CITIES)}${date()}电 `,
      byline: () => `（记者${pick(NAMES)}）`,
      ends: [() => '新华社发', () => '（完）', () => `（责任编辑：${pick(NAMES)}）`],
    },
    vocab: {
      headers: ['要闻速递', '经济', '体育新闻', '文化', '健康生活', '环球', '综合新闻', '本地新闻', '热点追踪', '教育', '法治', '第一观察'],
      dateline: () => {
        const a = pick(['新华社', '中新社', '中新网', '人民网', '本报']);
        return a === '本报' ? `本报${pick(CITIES)}${date()}讯 ` : `${a}${pick(CITIES)}${date()}电 `;
      },
      byline: () => pick([`（记者${pick(NAMES)}）`, `（记者 ${pick(NAMES)}）`, `（本报记者 ${pick(NAMES)}）`, `（通讯员${pick(NAMES)}）`]),
      ends: [() => '新华社发', () => '（完）', () => `（责任编辑：${pick(NAMES)}）`, () => `（编辑：${pick(NAMES)}）`, () => `【责任编辑：${pick(NAMES)}】`, () => `（责编：${pick(NAMES)}）`],
    },
    marks: {
      headers: ['国内要闻', '国际视窗', '财经观察', '经济', '体育', '教育'].flatMap((h) => [`【${h}】`, `■${h}`, `◆ ${h}`, `——${h}——`, `▲${h}`]),
      dateline: () => pick([`新华社${pick(CITIES)}${date()}电 `, `本报${pick(CITIES)}${date()}电 `, `新华社${pick(CITIES)}${date()}电（记者${pick(NAMES)}）`]),
      byline: () => pick([`（记者 ${pick(NAMES)} 通讯员 ${pick(NAMES)}）`, `□记者 ${pick(NAMES)} `, `■本报记者 ${pick(NAMES)} `, `（记者${pick(NAMES)}、${pick(NAMES)}）`]),
      ends: [() => '(完)', () => `[责任编辑:${pick(NAMES)}]`, () => `编辑：${pick(NAMES)}`, () => `（编辑 ${pick(NAMES)}）`],
      indent: true,
    },
    rules: {
      headers: DEV_HEADERS,
      dateline: () => pick(['据新华社电 ', `新华网${pick(CITIES)}${date()}电（记者 ${pick(NAMES)}）`, `新华社${pick(CITIES)}${date()}电\u3000`, `【新华社${pick(CITIES)}${date()}电】`]),
      byline: () => pick([`（记者${pick(NAMES)}）`, `记者 ${pick(NAMES)} `]),
      ends: [() => '（完）', () => '---', () => '＊＊＊', () => '======', () => `（责任编辑：${pick(NAMES)}）`],
      tight: true,
      crlf: true,
    },
    headlines: {
      headers: DEV_HEADERS,
      dateline: () => `新华社${pick(CITIES)}${date()}电 `,
      byline: () => `（记者${pick(NAMES)}）`,
      ends: [() => '新华社发', () => '（完）', () => `（责任编辑：${pick(NAMES)}）`],
      headline: (d) => d.summary + (rnd() < 0.3 ? `\n——${pick(['记者观察', '来自一线的报道', '专家解读'])}` : ''),
    },
    digest: {
      headers: ['国内要闻', '国际视窗', '财经观察'],
      dateline: () => pick([`新华社${pick(CITIES)}${date()}电 `, fullWidth(`新华社${pick(CITIES)}${date()}电 `), `新华社${pick(CITIES)}${date()}电\t`]),
      byline: () => `（记者${pick(NAMES)}）`,
      ends: [() => `新华社记者 ${pick(NAMES)} 摄`, () => '（完）', () => `（责任编辑：${pick(NAMES)}）  `],
      headline: (d, j) => `${pick([`${j + 1}．`, `${j + 1}. `, `【${j + 1}】`, `（${j + 1}）`])}${d.summary}`,
      dated: true,
    },
  }[layout];
  const order = pairs.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out = [];
  for (let i = 0, k = 1; i < order.length; k++) {
    const group = order.slice(i, i + int(2, 4));
    i += group.length;
    if (group.length < 2) break;
    let text = '';
    const stories = [];
    const nonbody = [];
    const add = (s, mark = false) => {
      if (mark) nonbody.push([text.length, text.length + s.length]);
      text += s;
    };
    const plan = group.map(() => ({ header: rnd() < 0.45, opener: rnd(), end: rnd() < 0.5 }));
    group.forEach((d, j) => {
      const p = plan[j];
      // A story boundary always shows: a marker, or at least two blank lines.
      if (j > 0) add(p.header || plan[j - 1].end ? pick(['\n\n', '\n\n\n']) : pick(['\n\n\n', '\n\n\n\n']));
      const start = text.length;
      if (p.header) {
        add(pick(L.headers), true);
        add('\n\n');
      }
      let opener = p.opener;
      if (L.headline) {
        add(L.headline(d, j), true);
        add(L.dated ? '\n' : pick(['\n', '\n\n']));
        if (L.dated || (opener >= 0.6 && rnd() < 0.5)) opener = 0.1;
      }
      const indent = L.indent && rnd() < 0.6;
      if (indent) add('\u3000\u3000');
      if (opener < 0.35) add(L.dateline(), true);
      else if (opener < 0.6) add(L.byline(), true);
      const sents = d.text.match(/[^。！？!?]+[。！？!?]*/gu) ?? [d.text];
      const cuts = new Set();
      for (let c = int(0, 2); c > 0 && sents.length > 1; c--) cuts.add(int(1, sents.length - 1));
      const paras = [];
      let para = '';
      sents.forEach((x, n) => {
        if (cuts.has(n)) {
          paras.push(para);
          para = '';
        }
        para += x;
      });
      paras.push(para);
      // A column break inside the first paragraph, even inside a word.
      if (rnd() < 0.2 && paras[0].length > 20) {
        const at = int(5, paras[0].length - 5);
        if (!/[。！？!?]/u.test(paras[0][at - 1] + paras[0][at])) paras[0] = `${paras[0].slice(0, at)}\n\n${paras[0].slice(at)}`;
      }
      const joint = L.tight && rnd() < 0.5 ? '\n' : indent ? pick(['\n\u3000\u3000', '\n\n\u3000\u3000']) : '\n\n';
      add(paras.join(joint));
      if (p.end) {
        const e = pick(L.ends)();
        if (e.includes('完')) add(e, true);
        else {
          add('\n\n');
          add(e, true);
        }
      }
      stories.push({ start, end: text.length, summary: d.summary, source_id: d.id });
    });
    if (L.crlf) {
      // Windows line ends: every offset after a \n moves by the \r before it.
      const shift = (o) => o + (text.slice(0, o).match(/\n/g)?.length ?? 0);
      stories.forEach((st) => Object.assign(st, { start: shift(st.start), end: shift(st.end) }));
      nonbody.forEach((span, n) => (nonbody[n] = span.map(shift)));
      text = text.replace(/\n/g, '\r\n');
    }
    out.push({ id: `bulletin-heldout-${layout}-${String(k).padStart(3, '0')}`, text, stories, nonbody });
  }
  return out;
}
