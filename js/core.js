// The package's API around the raw wasm exports (dist/textrank_zh.js, made by wasm-bindgen):
// the init guard, loading with progress, and crash recovery. Shared by the browser entry
// (index.js) and the Node entry (node.js), which differ only in how they load the wasm.
import initWasm, * as raw from '../dist/textrank_zh.js';

const NOT_READY = 'textrank-zh: call init() first';
const INIT_KEYS = ['wasm', 'dict', 'onProgress'];

let ready = false;
/** The init in progress, so concurrent init() calls share it. */
let pending = null;
/** What a restart after a crash needs: the dictionary given to init and the user words. */
let dictBytes = null;
let userWords = [];

/**
 * @param {object} options init()'s options
 * @param {{ defaultWasm: () => URL, loadUrl: (url: URL | string, onProgress?: Function) => Promise<Response | Uint8Array> }} loader
 */
export function init(options, loader) {
  if (ready) return Promise.resolve();
  if (!pending) {
    pending = load(options ?? {}, loader).then(
      () => {
        ready = true;
      },
      (e) => {
        pending = null;
        throw e;
      },
    );
  }
  return pending;
}

async function load(options, loader) {
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error(`textrank-zh: init() takes an options object { wasm?, dict?, onProgress? }`);
  }
  for (const key of Object.keys(options)) {
    if (!INIT_KEYS.includes(key)) throw new Error(`textrank-zh: unknown init() option \`${key}\`; the options are ${INIT_KEYS.join(', ')}`);
  }
  const { onProgress } = options;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new Error('textrank-zh: init() option `onProgress` must be a function (loaded, total) => void');
  }
  const progress = onProgress && safeProgress(onProgress);
  let source = options.wasm ?? loader.defaultWasm();
  if (typeof source === 'string' || source instanceof URL) {
    source = await loader.loadUrl(source, progress);
  } else if (isResponse(source)) {
    source = withProgress(source, progress);
  } else if (isBufferSource(source)) {
    progress?.(source.byteLength, source.byteLength);
  } else if (!(source instanceof WebAssembly.Module)) {
    throw new Error('textrank-zh: init() option `wasm` must be a URL, a string, a Response, a BufferSource or a WebAssembly.Module');
  }
  let dict = null;
  if (options.dict !== undefined && options.dict !== null) {
    dict = await bytesOf(options.dict, loader, 'dict');
  }
  try {
    await initWasm({ module_or_path: source });
  } catch (e) {
    throw new Error(`textrank-zh: cannot load the WebAssembly module: ${e?.message ?? e}`, { cause: e });
  }
  raw.initSummarizer(dict);
  dictBytes = dict;
}

async function bytesOf(source, loader, what) {
  if (typeof source === 'string' || source instanceof URL) source = await loader.loadUrl(source);
  if (isResponse(source)) {
    if (!source.ok) throw new Error(`textrank-zh: cannot load the ${what}: HTTP ${source.status} for ${source.url}`);
    return new Uint8Array(await source.arrayBuffer());
  }
  if (source instanceof ArrayBuffer) return new Uint8Array(source);
  if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
  throw new Error(`textrank-zh: init() option \`${what}\` must be a URL, a string, a Response or a BufferSource`);
}

function isResponse(x) {
  return typeof Response === 'function' && x instanceof Response;
}

function isBufferSource(x) {
  return x instanceof ArrayBuffer || ArrayBuffer.isView(x);
}

/** A throwing onProgress must not break loading; its error is reported, not swallowed. */
function safeProgress(fn) {
  return (loaded, total) => {
    try {
      fn(loaded, total);
    } catch (e) {
      queueMicrotask(() => {
        throw e;
      });
    }
  };
}

/** Fetches a URL, failing with a message that names it. */
export async function fetchUrl(url, progress) {
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`textrank-zh: cannot fetch ${url}: ${e?.message ?? e}`, { cause: e });
  }
  if (!response.ok) throw new Error(`textrank-zh: cannot fetch ${url}: HTTP ${response.status}`);
  if (/^text\/html/i.test(response.headers.get('content-type') ?? '')) {
    // A dev server's fallback page, typically `vite dev` with the package pre-bundled.
    throw new Error(
      `textrank-zh: ${url} is not a WebAssembly file (the server sent an HTML page); ` +
        "with `vite dev`, add optimizeDeps: { exclude: ['textrank-zh'] } to vite.config",
    );
  }
  return withProgress(response, progress);
}

/**
 * Counts the bytes of a Response as they stream past (streaming compilation still works).
 * `total` is Content-Length when the body is not content-encoded, else null; the last call
 * has loaded === total.
 */
export function withProgress(response, progress) {
  if (!progress || !response.body || typeof TransformStream !== 'function') return response;
  const encoding = response.headers.get('content-encoding');
  const length = Number(response.headers.get('content-length'));
  let total = (!encoding || encoding === 'identity') && length > 0 ? length : null;
  let loaded = 0;
  progress(0, total);
  const counter = new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      if (total !== null && loaded > total) total = null;
      if (total === null || loaded < total) progress(loaded, total);
      controller.enqueue(chunk);
    },
    flush() {
      progress(loaded, loaded);
    },
  });
  return new Response(response.body.pipeThrough(counter), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

function isCrash(e) {
  return e instanceof WebAssembly.RuntimeError || e?.name === 'TextrankZhPanic' || e instanceof RangeError;
}

/**
 * After a trap or panic the instance's memory can no longer be trusted: start a fresh
 * instance from the same compiled module, rebuild the segmenter with the same dictionary
 * and user words, and fail the call that crashed with an Error that says so.
 */
const crashErrors = new WeakSet();

/** True for the Error a call throws when the wasm instance crashed under it. */
export function isCrashError(e) {
  return crashErrors.has(e);
}

/** Memory of the instance that just crashed, in bytes (0 if it cannot be read). */
function memoryBytes() {
  try {
    return raw.initSync().memory.buffer.byteLength; // the current instance's exports, no new init
  } catch {
    return 0;
  }
}

/** At this size a trap is the allocator failing to grow memory (wasm32 stops at 4 GiB). */
const OOM_BYTES = 2 ** 30;

function restart(cause) {
  let what = `${cause?.name ?? 'Error'}: ${String(cause?.message ?? cause).replace(/^textrank-zh: /, '')}`;
  const memory = memoryBytes();
  if (/capacity overflow|memory allocation .* failed/.test(what) || (cause instanceof WebAssembly.RuntimeError && memory >= OOM_BYTES)) {
    what = `out of memory at ${Math.round(memory / 2 ** 20)} MiB: the input is too large for WebAssembly; lower maxInputChars, or use the native CLI`;
  }
  let restarted = false;
  try {
    raw.__wbg_reset_state();
    raw.initSummarizer(dictBytes);
    if (userWords.length) raw.addUserWords(userWords);
    restarted = true;
  } catch {
    ready = false;
    pending = null;
  }
  const error = new Error(
    `textrank-zh: the WebAssembly instance crashed (${what}); ` +
      (restarted ? 'a new instance was started, and this call failed' : 'call init() again to start a new one'),
    { cause },
  );
  crashErrors.add(error);
  return error;
}

function call(fn, ...args) {
  if (!ready) throw new Error(NOT_READY);
  try {
    return fn(...args);
  } catch (e) {
    throw isCrash(e) ? restart(e) : e;
  }
}

export function summarize(text, options) {
  return call(raw.summarize, text, options);
}

export function keywords(text, options) {
  return call(raw.keywords, text, options);
}

export function addUserWords(words) {
  call(raw.addUserWords, words);
  // Kept (as plain copies) to replay them after a crash.
  for (const w of words) userWords.push({ word: w.word, freq: w.freq ?? undefined, pos: w.pos ?? undefined });
}

export function version() {
  return call(raw.version);
}

/** True once init() has finished (for the worker and the element). */
export function isReady() {
  return ready;
}

/** For the crash-recovery tests only: 'panic' panics in Rust, 'trap' executes `unreachable`. */
export function selftestCrash(kind) {
  return call(raw.__selftestCrash, kind === 'panic');
}
