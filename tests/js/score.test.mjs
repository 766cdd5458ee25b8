// Unit tests for eval/score.mjs on hand-computed examples: `node --test tests/js/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  charTokens, rougeN, rougeL, rouge, lcsLength, overlap, storyOf, scoreBulletin,
  prfAtK, mean, mulberry32, bootstrapMean,
} from '../../eval/score.mjs';

const close = (actual, expected, msg) => assert.ok(Math.abs(actual - expected) < 1e-12, `${msg}: ${actual} != ${expected}`);

test('charTokens removes all whitespace, including U+3000, and splits by code point', () => {
  assert.deepEqual(charTokens(' 人 工\u3000智\n能\t'), ['人', '工', '智', '能']);
  assert.deepEqual(charTokens('𠀀a'), ['𠀀', 'a']); // astral char is one token, not two
  assert.deepEqual(charTokens(undefined), []);
});

test('ROUGE-1/2/L of "abcd" vs "abed"', () => {
  // unigrams a,b,d shared: 3/4 each way; bigrams only "ab": 1/3; LCS "abd": 3/4.
  const s = rouge('abcd', 'abed');
  close(s.r1, 0.75, 'R1');
  close(s.r2, 1 / 3, 'R2');
  close(s.rl, 0.75, 'RL');
});

test('clipped counts and asymmetric P/R: "aab" vs "ab"', () => {
  // unigram hits = min(2,1) + 1 = 2: P = 2/3, R = 1, F = 0.8
  const r1 = rougeN('aab', 'ab', 1);
  close(r1.p, 2 / 3, 'P1');
  close(r1.r, 1, 'R1');
  close(r1.f, 0.8, 'F1');
  // bigrams {aa, ab} vs {ab}: P = 1/2, R = 1, F = 2/3
  close(rougeN('aab', 'ab', 2).f, 2 / 3, 'F2');
  // LCS "ab" = 2: P = 2/3, R = 1, F = 0.8
  close(rougeL('aab', 'ab').f, 0.8, 'FL');
});

test('LCS length', () => {
  assert.equal(lcsLength([...'ABCBDAB'], [...'BDCABA']), 4);
  assert.equal(lcsLength([], [...'abc']), 0);
});

test('whitespace is ignored on both sides', () => {
  assert.deepEqual(rouge('人 工\u3000智\n能', '人工智能'), { r1: 1, r2: 1, rl: 1 });
  assert.deepEqual(rouge('人工智能', ' 人工 智能 '), { r1: 1, r2: 1, rl: 1 });
});

test('empty or missing prediction scores 0, as does an empty reference', () => {
  for (const pred of ['', '  \u3000\n', undefined, null]) {
    assert.deepEqual(rouge(pred, '人工智能'), { r1: 0, r2: 0, rl: 0 });
  }
  assert.deepEqual(rouge('人工智能', ''), { r1: 0, r2: 0, rl: 0 });
  // a single char has no bigram: R2 is 0 but R1/RL are not
  const s = rouge('人', '人工');
  close(s.r1, 2 / 3, 'R1'); // P = 1, R = 1/2
  assert.equal(s.r2, 0);
});

test('P/R/F1@k by exact match', () => {
  // 2 hits of 5 returned, 3 gold: P = 0.4, R = 2/3, F = 0.5
  const a = prfAtK(['x', 'y', 'z', 'w', 'v', 'q'], ['x', 'z', 'q'], 5); // 'q' is 6th: not counted
  close(a.p, 0.4, 'P');
  close(a.r, 2 / 3, 'R');
  close(a.f, 0.5, 'F');
  // fewer than k returned still divides by k: P = 1/5, R = 1/2, F = 2/7
  const b = prfAtK(['x'], ['x', 'y'], 5);
  close(b.p, 0.2, 'P');
  close(b.f, 2 / 7, 'F');
  assert.deepEqual(prfAtK([], ['x'], 5), { p: 0, r: 0, f: 0 });
  assert.equal(prfAtK(['人工'], ['人工智能'], 5).f, 0); // substring is not a match
});

test('span overlap and story assignment by largest overlap', () => {
  assert.equal(overlap(0, 10, 10, 20), 0); // half-open: touching is not overlapping
  assert.equal(overlap(5, 15, 10, 20), 5);
  const stories = [{ start: 0, end: 10 }, { start: 12, end: 30 }];
  assert.equal(storyOf({ start: 8, end: 20 }, stories), 1); // 2 vs 8 chars
  assert.equal(storyOf({ start: 10, end: 12 }, stories), -1); // in the gap
});

test('scoreBulletin: coverage, best-scored sentence per story, non-body count', () => {
  const doc = {
    stories: [
      { start: 0, end: 20, summary: 'abcd' },
      { start: 25, end: 50, summary: 'wxyz' },
      { start: 55, end: 80, summary: 'pq' },
    ],
    nonbody: [[0, 4], [45, 50]],
  };
  const sentences = [
    { text: 'ab', start: 0, end: 8, score: 0.1 }, // story 0, touches non-body [0,4)
    { text: 'abcd', start: 8, end: 18, score: 0.5 }, // story 0, higher score: used
    { text: 'wx', start: 30, end: 40, score: 0.3 }, // story 1
  ];
  const r = scoreBulletin(sentences, doc);
  assert.deepEqual(r.covered, [true, true, false]);
  close(r.storyRL[0], 1, 'story 0'); // 'abcd' vs 'abcd'
  close(r.storyRL[1], 2 / 3, 'story 1'); // P = 1, R = 1/2
  assert.equal(r.storyRL[2], 0);
  assert.equal(r.nonbody, 1);
});

test('mean', () => {
  assert.equal(mean([1, 2, 6]), 3);
  assert.equal(mean([]), 0);
});

test('mulberry32 is deterministic and in [0, 1)', () => {
  const a = mulberry32(20240601);
  const b = mulberry32(20240601);
  for (let i = 0; i < 100; i++) {
    const x = a();
    assert.equal(x, b());
    assert.ok(x >= 0 && x < 1);
  }
});

test('bootstrapMean: constant data gives a degenerate interval; results are reproducible', () => {
  assert.deepEqual(bootstrapMean([2, 2, 2]), { mean: 2, lo: 2, hi: 2 });
  const xs = Array.from({ length: 300 }, (_, i) => (i % 7) - 2);
  const r1 = bootstrapMean(xs);
  assert.deepEqual(bootstrapMean(xs), r1);
  assert.ok(r1.lo < r1.mean && r1.mean < r1.hi);
  assert.ok(r1.lo >= -2 && r1.hi <= 4);
});
