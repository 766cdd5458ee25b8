// `npm start`: installs what is missing, builds the wasm package (scripts/build.mjs, which
// skips what is up to date), then serves the demo page (www/ with the package's browser
// files, see scripts/serve.mjs) on localhost under the page's strict
// Content-Security-Policy, and prints the URL. The port is $PORT (default 8080; when 8080 is
// taken and PORT is not set, the next free one). Edits to www/ show on reload.
import { build } from './build.mjs';
import { serveSite } from './serve.mjs';

build();

const wanted = process.env.PORT ? Number(process.env.PORT) : null;
if (wanted !== null && !(Number.isInteger(wanted) && wanted >= 0 && wanted < 65536)) {
  console.error(`\ntextrank-zh: PORT must be a port number, got ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}

let site;
for (let port = wanted ?? 8080; ; port++) {
  try {
    site = await serveSite({ port, log: true });
    break;
  } catch (e) {
    if (e.code === 'EADDRINUSE' && wanted === null && port < 8100) continue;
    console.error(`\ntextrank-zh: cannot serve on port ${port}: ${e.code === 'EADDRINUSE' ? 'it is in use; set PORT to another port' : e.message}`);
    process.exit(1);
  }
}

console.log(`\nThe demo page is at ${site.url}`);
console.log(`The element demo is at ${site.url}embed.html`);
console.log('Press Ctrl+C to stop.');
