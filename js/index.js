// textrank-zh for browsers and bundlers (Vite, webpack 5, Rollup, esbuild) and Web Workers.
// The wasm is found next to this package's dist/ glue with `new URL(…, import.meta.url)`,
// which bundlers turn into an asset URL; pass `init({ wasm })` to load it from elsewhere.
import * as core from './core.js';
// core.js imports the wasm-bindgen glue; naming it here too lets a browser fetch both at
// once instead of one after the other (one round trip less before init() can start).
import '../dist/textrank_zh.js';

export { summarize, keywords, addUserWords, version } from './core.js';

/**
 * Loads and starts the WebAssembly module. Idempotent; await it before anything else.
 * @param {import('./index.js').InitOptions} [options]
 */
export function init(options) {
  return core.init(options, {
    defaultWasm: () => new URL('../dist/textrank_zh_bg.wasm', import.meta.url),
    loadUrl: core.fetchUrl,
  });
}
