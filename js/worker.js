// `textrank-zh/worker`: summarize in a Web Worker, so the page never stalls.
//
//   const s = createSummarizer();          // starts the Worker and loads the wasm in it
//   await s.ready;
//   const result = await s.summarize(text, { sentences: 3 });
//
// Only the newest request counts: a request superseded by a newer one rejects with an
// AbortError (a DOMException), and the superseded text is never summarized if it has not
// started yet. If the wasm instance dies (a trap, a panic, a Worker error), the client
// starts a new Worker and rejects the request that failed with an Error that says so.

const ABORT_MESSAGE = 'textrank-zh: superseded by a newer request';

function abortError(message = ABORT_MESSAGE) {
  if (typeof DOMException === 'function') return new DOMException(message, 'AbortError');
  const e = new Error(message);
  e.name = 'AbortError';
  return e;
}

/** URLs become strings (a URL object cannot be posted to a Worker). */
function postable(initOptions) {
  const out = {};
  for (const [key, value] of Object.entries(initOptions)) {
    if (value === undefined) continue;
    out[key] = value instanceof URL ? value.href : value;
  }
  return out;
}

/**
 * @param {import('./worker.js').SummarizerOptions} [options]
 * @returns {import('./worker.js').WorkerSummarizer}
 */
export function createSummarizer(options = {}) {
  const { createWorker, onProgress, ...initOptions } = options ?? {};
  if (!createWorker && typeof Worker !== 'function') {
    throw new Error('textrank-zh/worker needs Web Workers (a browser; `createWorker` must return a Web Worker, not a Node worker_threads one); in Node use the main API (`import { init, summarize } from \'textrank-zh\'`)');
  }
  if (typeof initOptions.wasm === 'string' && typeof location !== 'undefined') {
    // Resolve against the page, not against the Worker's own URL.
    initOptions.wasm = new URL(initOptions.wasm, location.href).href;
  }
  if (typeof initOptions.dict === 'string' && typeof location !== 'undefined') {
    initOptions.dict = new URL(initOptions.dict, location.href).href;
  }
  const message = postable(initOptions);

  let worker = null;
  let ready;
  let readyState; // { resolve, reject, settled }
  let inflight = null; // { id, text, options, resolve, reject, aborted }
  let queued = null;
  let nextId = 1;
  let terminated = false;
  let everReady = false;

  function spawn() {
    let resolve, reject;
    ready = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    ready.catch(() => {}); // rejections surface through `ready` and the requests
    readyState = { resolve, reject, settled: false };
    worker = createWorker
      ? createWorker()
      : new Worker(new URL('./worker-thread.js', import.meta.url), { type: 'module', name: 'textrank-zh' });
    const current = worker;
    worker.onmessage = (event) => current === worker && onMessage(event.data);
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (current === worker) died(`the Worker failed: ${event.message || 'error'}`);
    };
    worker.onmessageerror = () => current === worker && died('a message could not be read');
    worker.postMessage({ type: 'init', options: message });
  }

  function settleReady(error) {
    if (readyState.settled) return;
    readyState.settled = true;
    if (error) readyState.reject(error);
    else readyState.resolve();
  }

  function send(request) {
    inflight = request;
    try {
      worker.postMessage({ type: 'summarize', id: request.id, text: request.text, options: request.options });
    } catch (e) {
      // e.g. a DataCloneError: options with a function in them.
      inflight = null;
      request.reject(new Error(`textrank-zh: cannot send the request to the Worker: ${e?.message ?? e}`, { cause: e }));
      next();
    }
  }

  function next() {
    if (!inflight && queued && !terminated) {
      const q = queued;
      queued = null;
      send(q);
    }
  }

  function onMessage(m) {
    if (m?.type === 'progress') {
      onProgress?.(m.loaded, m.total);
    } else if (m?.type === 'ready') {
      everReady = true;
      settleReady();
    } else if (m?.type === 'init-error') {
      const error = new Error(m.message);
      settleReady(error);
      failAll(error);
    } else if ((m?.type === 'result' || m?.type === 'error') && inflight && m.id === inflight.id) {
      const request = inflight;
      inflight = null;
      if (m.type === 'error' && m.fatal) {
        restartAfter(request, m.message);
        return;
      }
      if (!request.aborted) {
        if (m.type === 'result') request.resolve(m.result);
        else request.reject(new Error(m.message));
      }
      next();
    }
  }

  function failAll(error) {
    for (const r of [inflight, queued]) if (r && !r.aborted) r.reject(error);
    inflight = queued = null;
  }

  /** The instance died: start a new Worker, fail the request that was running. */
  function restartAfter(request, reason) {
    worker.terminate();
    if (!everReady) {
      // Dying before it was ever ready would only die again: give up with the reason.
      const error = new Error(`textrank-zh: the Worker could not start: ${reason}`);
      settleReady(error);
      failAll(error);
      if (request && !request.aborted) request.reject(error);
      return;
    }
    spawn();
    if (request && !request.aborted) {
      request.reject(
        new Error(`textrank-zh: the summarizer's WebAssembly instance died (${reason.replace(/^textrank-zh: /, '')}); a new one was started, and this request failed`),
      );
    }
    next();
  }

  function died(reason) {
    if (terminated) return;
    const request = inflight;
    inflight = null;
    restartAfter(request, reason);
  }

  spawn();

  return {
    get ready() {
      return ready;
    },
    summarize(text, summarizeOptions) {
      return new Promise((resolve, reject) => {
        if (terminated) {
          reject(new Error('textrank-zh: this summarizer was terminated'));
          return;
        }
        const request = { id: nextId++, text, options: summarizeOptions, resolve, reject, aborted: false };
        if (queued) queued.reject(abortError());
        queued = null;
        if (inflight && !inflight.aborted) {
          inflight.aborted = true;
          inflight.reject(abortError());
        }
        if (inflight) queued = request;
        else send(request);
      });
    },
    terminate() {
      if (terminated) return;
      terminated = true;
      worker.terminate();
      const error = abortError('textrank-zh: the summarizer was terminated');
      settleReady(error);
      for (const r of [inflight, queued]) if (r && !r.aborted) r.reject(error);
      inflight = queued = null;
    },
  };
}
