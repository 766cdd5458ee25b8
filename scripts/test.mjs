// `npm test`: installs what is missing, builds, and runs every test.
import { run, requireRust } from './lib.mjs';

requireRust();
run('cargo', ['test']);
run('cargo', ['build', '--release', '--bin', 'textrank-zh', '--example', 'baseline']);
run(process.execPath, ['--test', 'tests/js/']);
console.log('\nAll tests passed.');
