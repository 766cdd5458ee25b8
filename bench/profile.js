// Where the start-up time goes on the bare page (npm run bench): each step of init() done
// by hand on the raw wasm-bindgen exports, timed from the navigation's start.
import initWasm, * as raw from '/textrank-zh/dist/textrank_zh.js';

const text = document.getElementById('text').value;
const steps = { module: performance.now() };
const wasmUrl = new URL('/textrank-zh/dist/textrank_zh_bg.wasm', location.href);
const wasm = await initWasm({ module_or_path: fetch(wasmUrl) });
steps.instantiated = performance.now();
const reserve = Number(new URLSearchParams(location.search).get('reserve') ?? 0) * 1e6;
if (reserve) {
  const p = wasm.__wbindgen_malloc(reserve, 8);
  wasm.__wbindgen_free(p, reserve, 8);
}
steps.reserved = performance.now();
raw.initSummarizer(null);
steps.dictionary = performance.now();
raw.summarize(text, { sentences: 3 });
steps.summary = performance.now();
raw.summarize(text, { sentences: 3 });
steps.second = performance.now();
const entry = performance.getEntriesByName(wasmUrl.href)[0];
steps.wasmRequest = entry?.requestStart;
steps.wasmResponseEnd = entry?.responseEnd;
window.__bench = { first: steps.summary, steps };
