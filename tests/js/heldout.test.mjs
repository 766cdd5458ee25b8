// eval/heldout.mjs on tiny made-up sources: it keeps the pairs the dev set left out, selected
// and cleaned like the dev set, and refuses to guess when given nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../eval/heldout.mjs');
const run = (...args) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
const lines = (file) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

const doc = (id, label, summary, text) =>
  `<doc id=${id}>\n    <human_label>${label}</human_label>\n    <summary>\n        ${summary}\n    </summary>\n    <short_text>\n        ${text}\n    </short_text>\n</doc>\n`;

test('LCSTS: keeps labelled pairs of two or more sentences that the dev set does not hold', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heldout-'));
  const dev = path.join(dir, 'dev');
  mkdirSync(dev);
  writeFileSync(path.join(dev, 'dev.jsonl'), JSON.stringify({ id: 'lcsts-p3-1', text: '甲。乙。', summary: '甲' }) + '\n');
  writeFileSync(
    path.join(dir, 'PART_III.txt'),
    doc(0, 5, '标题 一', '第一句 。第二句，有 AI 两字！') + // kept; layout spaces between CJK chars go
      doc(1, 4, '甲', '甲。乙。') + // in the dev set
      doc(2, 2, '低分', '一。二。') + // label below 3
      doc(3, 3, '单句', '只有一句话') + // one sentence
      doc(4, 3, '重复', '第一句。第二句，有 AI 两字！'), // the same text as doc 0 once cleaned
  );
  const out = path.join(dir, 'out');
  const r = run('--out', out, '--lcsts', path.join(dir, 'PART_III.txt'), '--dev', dev);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(path.join(out, 'dev.jsonl')), [{ id: 'lcsts-p3-0', text: '第一句。第二句，有 AI 两字！', summary: '标题一' }]);
});

test('bulletins: every layout keeps each pair whole inside its story span, with its marks inside too', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heldout-'));
  const dev = path.join(dir, 'dev');
  mkdirSync(dev);
  writeFileSync(path.join(dev, 'dev.jsonl'), '');
  const texts = Array.from({ length: 9 }, (_, i) => `第${i}条新闻的第一句话说了一件事情。第${i}条新闻的第二句话补充了更多的细节，还有一些背景。`);
  writeFileSync(path.join(dir, 'PART_III.txt'), texts.map((t, i) => doc(i, 4, `标题${i}`, t)).join(''));
  for (const layout of ['dev', 'vocab', 'marks', 'rules', 'headlines', 'digest']) {
    const out = path.join(dir, `out-${layout}`);
    const r = run('--out', out, '--lcsts', path.join(dir, 'PART_III.txt'), '--dev', dev, '--layout', layout);
    assert.equal(r.status, 0, r.stderr);
    const bulletins = lines(path.join(out, 'bulletins-dev.jsonl'));
    assert.ok(bulletins.length >= 2, layout);
    let stories = 0;
    for (const b of bulletins) {
      for (const st of b.stories) {
        stories++;
        const i = Number(st.source_id.split('-').pop());
        // Line breaks, indents and a column break aside, the story holds its pair's text.
        assert.ok(b.text.slice(st.start, st.end).replace(/\s/gu, '').includes(texts[i]), `${layout}: ${st.source_id}`);
      }
      for (const [a, z] of b.nonbody) {
        assert.ok(b.stories.some((st) => st.start <= a && z <= st.end), `${layout}: mark ${JSON.stringify(b.text.slice(a, z))} outside every story`);
        assert.equal(b.text.slice(a, z).trim().length > 0 && !/[\r\n]/.test(b.text.slice(a, z).replace(/\n——.*$/u, '')), true, `${layout}: ${JSON.stringify(b.text.slice(a, z))}`);
      }
      if (layout === 'rules') assert.ok(b.text.includes('\r\n') && !/[^\r]\n/.test(b.text), 'CRLF line ends');
    }
    assert.equal(stories, 9, layout);
  }
  assert.equal(run('--out', path.join(dir, 'x'), '--csl', dir, '--layout', 'dev').status, 2, '--layout needs --lcsts');
  // Writing over the dev set would turn it into the held-out set.
  const same = run('--out', dev, '--lcsts', path.join(dir, 'PART_III.txt'), '--dev', dev);
  assert.equal(same.status, 2);
  assert.match(same.stderr, /--out must not be the dev folder/);
});

test('CSL: keeps test rows selected like the dev set, with the abstract as text', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'heldout-'));
  mkdirSync(path.join(dir, 'kg'));
  mkdirSync(path.join(dir, 'ts'));
  const abstract = '摘要'.repeat(60);
  const short = '短摘要';
  writeFileSync(
    path.join(dir, 'kg', 'test.tsv'),
    [`to keywords\t${abstract} 题目\t甲_乙`, `to keywords\t${short} 题目\t甲_乙`, `to keywords\t${abstract} 题目\t甲_甲`].join('\n') + '\n',
  );
  writeFileSync(path.join(dir, 'ts', 'test.tsv'), [`to title\t${abstract}\t题目`, `to title\t${short}\t题目`, `to title\t${abstract}\t题目`].join('\n') + '\n');
  const out = path.join(dir, 'out');
  const r = run('--out', out, '--csl', dir);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(path.join(out, 'keywords-dev.jsonl')), [{ id: 'csl-kg-test-1', text: abstract, title: '题目', keywords: ['甲', '乙'] }]);
});

test('no source given is a usage error, a missing file a clear one', () => {
  const r = run('--out', path.join(tmpdir(), 'heldout-none'));
  assert.equal(r.status, 2);
  assert.match(r.stderr, /at least one of --lcsts, --csl/);
  const m = run('--out', path.join(tmpdir(), 'heldout-none'), '--lcsts', '/nonexistent/PART_III.txt', '--dev', tmpdir());
  assert.equal(m.status, 1);
  assert.match(m.stderr, /not found/);
});
