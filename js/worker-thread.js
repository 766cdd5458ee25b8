// The Worker side of `textrank-zh/worker` (a module Worker, loaded from the same origin as
// the page). It owns one wasm instance; the client in worker.js sends it one request at
// a time. Messages in: { type: 'init', options } and { type: 'summarize', id, text, options };
// out: { type: 'progress' | 'ready' | 'init-error' | 'result' | 'error', … }.
import { init, summarize } from './index.js';
import { isCrashError, selftestCrash } from './core.js';

let ready = null;

self.onmessage = async (event) => {
  const m = event.data;
  if (m?.type === 'init') {
    const options = { ...m.options, onProgress: (loaded, total) => self.postMessage({ type: 'progress', loaded, total }) };
    ready = init(options);
    try {
      await ready;
      self.postMessage({ type: 'ready' });
    } catch (e) {
      self.postMessage({ type: 'init-error', message: String(e?.message ?? e) });
    }
  } else if (m?.type === 'summarize') {
    try {
      await ready;
      // `selftestCrash` is set only by the crash-recovery tests, to crash the instance for real.
      if (m.selftestCrash) selftestCrash(m.selftestCrash);
      self.postMessage({ type: 'result', id: m.id, result: summarize(m.text, m.options) });
    } catch (e) {
      // A crash (a wasm trap or panic) makes the client start a new Worker.
      self.postMessage({ type: 'error', id: m.id, message: String(e?.message ?? e), fatal: isCrashError(e) });
    }
  }
};
