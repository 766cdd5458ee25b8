// textrank-zh for Node (>= 20): the same API as the browser entry, but init() reads the
// wasm from this package's own file, with no fetch. `wasm`/`dict` may be a file path,
// a file: URL, an http(s) URL (fetched), a Response, a BufferSource or a WebAssembly.Module.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as core from './core.js';

export { summarize, keywords, addUserWords, version } from './core.js';

async function loadUrl(source, progress) {
  let url = null;
  if (source instanceof URL) url = source;
  else if (/^[a-z][a-z0-9+.-]+:/i.test(source) && !/^[a-z]:[\\/]/i.test(source)) url = new URL(source);
  if (url && url.protocol !== 'file:') return core.fetchUrl(url, progress);
  const file = url ? fileURLToPath(url) : source;
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new Error(`textrank-zh: cannot read ${file}: ${e.message}`, { cause: e });
  }
  progress?.(bytes.byteLength, bytes.byteLength);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Loads and starts the WebAssembly module. Idempotent; await it before anything else.
 * @param {import('./index.js').InitOptions} [options]
 */
export function init(options) {
  return core.init(options, {
    defaultWasm: () => new URL('../dist/textrank_zh_bg.wasm', import.meta.url),
    loadUrl,
  });
}
