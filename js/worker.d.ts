// Types of `textrank-zh/worker`: summarize in a Web Worker.
import type { InitOptions, Options, Result } from './index.js';

/** Options of {@link createSummarizer}: init()'s options, plus how to start the Worker. */
export interface SummarizerOptions {
  /**
   * The wasm, as for init(); it is posted to the Worker, so a URL or string (resolved
   * against the page), a BufferSource or a WebAssembly.Module, not a Response.
   */
  wasm?: URL | string | BufferSource | WebAssembly.Module;
  /** A dictionary to use instead of the built-in one, as for init() (not a Response). */
  dict?: URL | string | BufferSource;
  /** Called as the wasm downloads in the Worker, as for init(). */
  onProgress?: InitOptions['onProgress'];
  /**
   * Starts the Worker yourself, e.g. when the package is served from a CDN (a Worker must
   * come from the page's origin, so start it from a same-origin Blob that imports the CDN's
   * `js/worker-thread.js`). Default: the package's `js/worker-thread.js` as a module Worker.
   */
  createWorker?: () => Worker;
}

/** A summarizer running in its own Worker. */
export interface WorkerSummarizer {
  /** Resolves when the wasm is loaded in the Worker; rejects with the reason it could not start. */
  readonly ready: Promise<void>;
  /**
   * Summarizes `text` in the Worker. Only the newest request counts: one superseded by a
   * newer call rejects with a DOMException named `AbortError`. If the wasm instance dies,
   * a new Worker is started and this request rejects with an Error that says so. Bad options
   * or input reject with the same Errors as the main API.
   */
  summarize(text: string, options?: Options): Promise<Result>;
  /** Stops the Worker; pending requests reject with an `AbortError`. */
  terminate(): void;
}

/** Starts a Worker with its own wasm instance. */
export function createSummarizer(options?: SummarizerOptions): WorkerSummarizer;

export type { Options, Result, Sentence, Keyword, Keyphrase, Story } from './index.js';
