// Where the start-up time goes on the bare page (npm run bench): each step of init() done
// by hand on the raw wasm-bindgen exports, timed from the navigation's start.
import initWasm, * as raw from '/textrank-zh/dist/textrank_zh.js';

const text = document.getElementById('text').value;
const steps = { module: performance.now() };
const wasmUrl = new URL('/textrank-zh/dist/textrank_zh_bg.wasm', location.href);
await initWasm({ module_or_path: fetch(wasmUrl) });
steps.instantiated = performance.now();
raw.initSummarizer(null); // the dictionary loads lazily: a text's words at each call
steps.dictionary = performance.now();
raw.summarize(text, { sentences: 3 });
steps.summary = performance.now();
raw.summarize(text, { sentences: 3 });
steps.second = performance.now();
const entry = performance.getEntriesByName(wasmUrl.href)[0];
steps.wasmRequest = entry?.requestStart;
steps.wasmResponseEnd = entry?.responseEnd;
const nav = performance.getEntriesByType('navigation')[0];
steps.htmlResponseEnd = nav?.responseEnd;
const glue = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/textrank_zh.js'));
steps.glueResponseEnd = glue?.responseEnd;
window.__bench = { first: steps.summary, steps };
// Tells npm run bench that the figure is there (a console message: waiting by polling would
// run Playwright's injected script on this page while it is still starting up).
console.log('textrank-zh-bench:done');
