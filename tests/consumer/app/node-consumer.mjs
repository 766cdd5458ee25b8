import { readFileSync } from 'node:fs';
import { init, summarize } from 'textrank-zh';

await init();
process.stdout.write(JSON.stringify(summarize(readFileSync('seed.txt', 'utf8'))));
