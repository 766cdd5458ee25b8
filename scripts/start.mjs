// `npm start`: builds the CLI and prints the seed bulletin's summary.
// (The demo page replaces this once the wasm package exists.)
import { run, requireRust } from './lib.mjs';

requireRust();
run('cargo', ['build', '--release', '--bin', 'textrank-zh']);
run('target/release/textrank-zh', ['--sentences', '3', 'tests/fixtures/bulletin.txt']);
