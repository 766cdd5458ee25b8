// Types of `textrank-zh` (the same API in browsers, bundlers, Workers and Node).
// Positions (`start`, `end`) are UTF-16 code units of the input you passed, end exclusive,
// so `text.slice(start, end)` finds the sentence or story.

/** Options of {@link summarize} and {@link keywords}. `undefined` or `null` means "use the default". */
export interface Options {
  /** Number of summary sentences: an integer >= 0. Default 3. Give this or `ratio`, not both. */
  sentences?: number | null;
  /** Instead of `sentences`: this share of the body sentences, a number in (0, 1], rounded up, at least 1 when there is any. */
  ratio?: number | null;
  /** Cap on the total chars (code points) of the summary's `text`s: an integer >= 1. Combines with `sentences` or `ratio`; when no sentence fits, the summary is empty. */
  maxChars?: number | null;
  /** Number of keywords: an integer >= 0. Default 10. */
  keywords?: number | null;
  /** Number of keyphrases: an integer >= 0. Default 5. */
  keyphrases?: number | null;
  /** Co-occurrence window for keywords: an integer from 2 to 10. Default 4. */
  window?: number | null;
  /** Redundancy control (MMR), a number in [0, 1]; 0 turns it off. Default 0.5. */
  diversity?: number | null;
  /** Give every story a sentence when the count allows. Default true. */
  perStory?: boolean | null;
  /** Allow headlines as summary sentences. Default false. */
  headlines?: boolean | null;
  /** Extra stop words for this call. Default []. */
  stopWords?: string[] | null;
  /** Longer input (in chars) is an error: an integer >= 1. Default 4,000,000. */
  maxInputChars?: number | null;
}

/** A summary sentence. */
export interface Sentence {
  /** The sentence as a reader should see it: `input.slice(start, end)` with line breaks inside words mended. */
  text: string;
  /** Start, in UTF-16 code units of the input. */
  start: number;
  /** End (exclusive), in UTF-16 code units of the input. */
  end: number;
  /** 0-based position among all sentence units of the input (non-body lines count, one per line). */
  index: number;
  /** 0-based index into `stories`. */
  story: number;
  /** The ranking score, rounded to 6 decimals. */
  score: number;
}

/** A top term: a word, or a recurring run of words the segmenter split (安宁 + 疗护 → 安宁疗护). */
export interface Keyword {
  word: string;
  /** The top term has weight 1; rounded to 6 decimals, never 0. */
  weight: number;
}

/** A longer phrase made of adjacent top terms that recur. */
export interface Keyphrase {
  phrase: string;
  /** The top phrase has weight 1; rounded to 6 decimals, never 0. */
  weight: number;
}

/** One story of a multi-story paste. */
export interface Story {
  /** From its first non-blank char, in UTF-16 code units. */
  start: number;
  /** To the end of its last non-blank line (exclusive). */
  end: number;
  /** The story's first headline line, or null. */
  title: string | null;
}

/** The result of {@link summarize}: a plain object, equal to the CLI's `--json` after `JSON.parse`. */
export interface Result {
  /** The summary, in document order. */
  sentences: Sentence[];
  /** Sorted by weight, ties by first occurrence. */
  keywords: Keyword[];
  /** Sorted by weight, ties by first occurrence. */
  keyphrases: Keyphrase[];
  /** Every story of the input, in order. */
  stories: Story[];
}

/** The result of {@link keywords}. */
export interface KeywordsResult {
  keywords: Keyword[];
  keyphrases: Keyphrase[];
}

/** A user dictionary entry, as in jieba's `word [freq] [pos]` format. */
export interface UserWord {
  /** Non-empty, no whitespace, at most 64 chars. */
  word: string;
  /**
   * A whole number >= 1 (no upper limit); higher makes the segmenter keep the word whole more
   * often. A value above 100,000,000 counts as 100,000,000. Absent: one that keeps it whole.
   */
  freq?: number;
  /** A part-of-speech tag of 1-8 ASCII letters, e.g. "n", "nz", "v". */
  pos?: string;
}

/** Where the WebAssembly module comes from. */
export type WasmSource = URL | string | Response | BufferSource | WebAssembly.Module;

/** Options of {@link init}. */
export interface InitOptions {
  /**
   * The module `textrank_zh_bg.wasm`. Default: the file next to the package's glue
   * (`new URL('../dist/textrank_zh_bg.wasm', import.meta.url)`, which bundlers turn into an
   * asset URL); in Node, read from the package's own file with no fetch. A string is a URL
   * in browsers, a path or URL in Node.
   */
  wasm?: WasmSource;
  /**
   * A dictionary in textrank-zh's format to use instead of the one built into the wasm
   * (see `tools/build_dict.py` in the repository). Rarely needed.
   */
  dict?: URL | string | Response | BufferSource;
  /**
   * Called as the wasm downloads. `total` is the byte count when the server tells it
   * (Content-Length without Content-Encoding), else null. The last call has `loaded === total`.
   */
  onProgress?: (loaded: number, total: number | null) => void;
}

/**
 * Loads and starts the WebAssembly module (tens of milliseconds; the dictionary's words are
 * added lazily, as each text needs them). Idempotent: calls while it loads share its promise,
 * and later calls resolve at once. Rejects with an Error naming the cause (a later call tries again).
 */
export function init(options?: InitOptions): Promise<void>;

/**
 * Key sentences, keywords, keyphrases and stories of `text`.
 * @throws Error `textrank-zh: call init() first` before init() has finished; an Error naming
 * the option and its range for a bad option; an Error for a non-string `text` or an input
 * longer than `maxInputChars`.
 */
export function summarize(text: string, options?: Options): Result;

/** Only the keywords and keyphrases of `text` (the same as in {@link summarize}). */
export function keywords(text: string, options?: Options): KeywordsResult;

/**
 * Adds words to the shared segmenter. They affect every later call.
 *
 * Each `freq` counts as at most 100,000,000, and the `freq`s of all user words added so far
 * (earlier calls included) may add up to at most 2,000,000,000, so that the segmenter's 32-bit
 * total cannot wrap.
 * @throws Error `textrank-zh: addUserWords: item N: …` naming the first refused item and the
 * rule it breaks (a wrong type, an empty word or one with whitespace, `freq` not a whole
 * number >= 1, a bad `pos` tag, or the total going over 2,000,000,000 at that item); then
 * none of the list's words is added. `textrank-zh: addUserWords: expected an array …` when
 * `words` is no array.
 */
export function addUserWords(words: UserWord[]): void;

/** The package version, e.g. "0.1.0". */
export function version(): string;
