import { createSummarizer } from 'textrank-zh/worker';
import seed from './seed.txt?raw';

const s = createSummarizer();
await s.ready;
// Three requests in a row: the first two are superseded and reject with an AbortError.
const runs = [1, 2, 3].map((n) => s.summarize(seed, { sentences: n }).then((r) => r, (e) => e.name));
const [a, b, c] = await Promise.all(runs);
const done = Object.assign(document.createElement('pre'), { id: 'done' });
done.textContent = JSON.stringify({ superseded: [a, b], sentences: c.sentences.map((x) => x.text) });
document.body.append(done);
