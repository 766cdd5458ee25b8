import { init, summarize } from 'textrank-zh';
import seed from './seed.txt?raw';

const t0 = performance.now();
await init();
const { sentences, keywords } = summarize(seed, { sentences: 3 });
document.body.dataset.ms = (performance.now() - t0).toFixed(0);
document.getElementById('summary').replaceChildren(...sentences.map((s) => Object.assign(document.createElement('li'), { textContent: s.text })));
document.getElementById('keywords').textContent = keywords.map((k) => k.word).join(' ');
