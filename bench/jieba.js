// The same bare page for jieba-wasm 2.4.0 (the peer): its web build, init, the first
// `cut` of the seed bulletin, shown.
import initJieba, { cut } from '/jieba-wasm/pkg/web/jieba_rs_wasm.js';

const text = document.getElementById('text').value;
await initJieba();
const words = cut(text, true);
document.getElementById('out').textContent = words.slice(0, 50).join(' ');
window.__bench = { first: performance.now(), words: words.length };
// Tells npm run bench that the figure is there (a console message: waiting by polling would
// run Playwright's injected script on this page while it is still starting up).
console.log('textrank-zh-bench:done');
