// The bare page of `npm run bench` (inlined into bare.html and bare-hints.html by the bench
// server, like the README's example): the package's browser entry, init(), one summary of the
// seed bulletin (inlined in the page), shown. Cold navigation → first summary is
// performance.now() when the summary is in the DOM (0 is the navigation's start).
import { init, summarize, keywords } from '/textrank-zh/js/index.js';

const text = document.getElementById('text').value;
await init();
const result = summarize(text, { sentences: 3 });
document.getElementById('out').replaceChildren(...result.sentences.map((s) => {
  const li = document.createElement('li');
  li.textContent = s.text;
  return li;
}));
window.__bench = { first: performance.now(), sentences: result.sentences.length, keywords: result.keywords.map((k) => k.word) };
// Tells npm run bench that the figure is there (a console message: waiting by polling would
// run Playwright's injected script on this page while it is still starting up).
console.log('textrank-zh-bench:done');

/** Per-call medians (ms) of `summarize` and `keywords` on the seed, after warm-up calls. */
window.__perCall = (runs) => {
  const options = { sentences: 3 };
  const time = (fn) => {
    for (let i = 0; i < 20; i++) fn(text, options);
    const xs = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      fn(text, options);
      xs.push(performance.now() - t);
    }
    xs.sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)];
  };
  return { summarize: time(summarize), keywords: time(keywords) };
};
