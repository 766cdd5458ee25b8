// Types of `textrank-zh/element`: the <textrank-summary> custom element.
//
//   <script type="module" src="…/textrank-zh/js/element.js"></script>
//   <textrank-summary sentences="3" keywords="8">…text…</textrank-summary>
//   <textrank-summary for="some-textarea-id"></textrank-summary>
import type { Options, Result } from './index.js';

/**
 * `<textrank-summary>`: shows the summary sentences and keywords of its own text, or of the
 * textarea named by `for`, in its shadow DOM, and fires a `summary` event (a CustomEvent whose
 * `detail` is the {@link Result}) each time it has a new one.
 *
 * Attributes (absent ones keep the package's defaults): `sentences`, `ratio`, `max-chars`,
 * `keywords`, `keyphrases` (default 0 here: none shown), `diversity`, `for`, `lang` (labels
 * in English for `en…`, else Chinese; inherited from the closest `lang`).
 *
 * Parts: `container`, `status`, `label` (with `summary-label`, `keywords-label`,
 * `keyphrases-label`), `summary`, `sentence`, `keywords`, `keyword`, `keyword-text`,
 * `keyword-bar`, `keyphrases`, `keyphrase`.
 *
 * Custom properties: `--textrank-accent`, `--textrank-text`, `--textrank-muted`,
 * `--textrank-font`, `--textrank-line-height`, `--textrank-gap`, `--textrank-radius`,
 * `--textrank-chip-background`, `--textrank-chip-border`, `--textrank-bar`,
 * `--textrank-bar-track`.
 *
 * A bad attribute value shows a short message in the reader's language in the `status` part
 * (naming the attribute), logs the package's exact message with `console.error`, and fires
 * `summaryerror` (a CustomEvent whose `detail` is the Error, with that message). While a
 * followed textarea is empty, the `status` part says to type or paste text there.
 */
export class TextrankSummaryElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The Result shown (an empty one for empty text); null before the first and after an error. */
  readonly result: Result | null;
  /** The text being summarized: the followed textarea's value, or the element's own text. */
  readonly text: string;
  /** The options the attributes ask for. */
  readonly options: Options;
  /** Summarizes again now, e.g. after a script set the followed textarea's value. */
  refresh(): void;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'textrank-summary': TextrankSummaryElement;
  }
  interface HTMLElementEventMap {
    summary: CustomEvent<Result>;
    summaryerror: CustomEvent<Error>;
  }
}
