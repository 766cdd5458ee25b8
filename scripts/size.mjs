// `npm run size`: raw, gzip and brotli sizes (MB = 10^6 bytes) of every file a browser
// downloads to reach its first summary: the package's JS modules, the wasm-bindgen glue
// and the wasm, which embeds the dictionary (there is no separate dictionary file).
// JS is counted as shipped, unminified; a bundler makes it smaller still.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from './build.mjs';
import { ROOT } from './lib.mjs';

const FILES = ['js/index.js', 'js/core.js', 'dist/textrank_zh.js', 'dist/textrank_zh_bg.wasm'];
// The budget (issue 6): at most 1.4 MB gzip, half of jieba-wasm 2.4.0 (segmentation only,
// 2.83 MB gzip; `npm run bench` measures both side by side).
const BUDGET_GZIP_MB = 1.4;

if (!process.argv.includes('--no-build')) build({ quiet: true });

const mb = (n) => (n / 1e6).toFixed(3).padStart(8);
const rows = FILES.map((f) => {
  const data = readFileSync(path.join(ROOT, f));
  return {
    f,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });

console.log(`\n${'file'.padEnd(28)}${'raw MB'.padStart(8)}  ${'gzip MB'.padStart(8)}  ${'brotli MB'.padStart(9)}`);
for (const r of [...rows, { f: 'total', ...total }]) {
  if (r.f === 'total') console.log('-'.repeat(57));
  console.log(`${r.f.padEnd(28)}${mb(r.raw)}  ${mb(r.gzip)}  ${mb(r.brotli).padStart(9)}`);
}
const verdict = total.gzip / 1e6 <= BUDGET_GZIP_MB ? 'within' : 'OVER';
console.log(`\ngzip total ${(total.gzip / 1e6).toFixed(3)} MB: ${verdict} the budget of ${BUDGET_GZIP_MB} MB gzip (half of jieba-wasm 2.4.0).`);
if (verdict === 'OVER') process.exitCode = 1;
