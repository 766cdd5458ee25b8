// Type-checked with tsc --noEmit --strict against the installed package.
import { init, summarize, keywords, addUserWords, version, type Options, type Result } from 'textrank-zh';
import { createSummarizer, type WorkerSummarizer } from 'textrank-zh/worker';
import 'textrank-zh/element';

await init({ onProgress: (loaded: number, total: number | null) => console.log(loaded, total ?? '?') });
const options: Options = { sentences: 3, keywords: 5, perStory: true, stopWords: ['意见'] };
const r: Result = summarize('国务院日前印发意见。', options);
const first: string | undefined = r.sentences[0]?.text;
const title: string | null = r.stories[0]?.title ?? null;
const words: string[] = keywords('人工智能', { keywords: 3 }).keywords.map((k) => k.word);
addUserWords([{ word: '安宁疗护', freq: 1000, pos: 'n' }]);
const v: string = version();
const s: WorkerSummarizer = createSummarizer({ wasm: new URL('https://example.invalid/x.wasm') });
s.ready.then(() => s.summarize('文本', { ratio: 0.5 })).then((res) => res.keywords.length, (e: unknown) => e);
s.terminate();
console.log(first, title, words, v);
