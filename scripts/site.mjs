// `npm run build:site`: a static build of the demo page in site/ (or the folder given as the
// first argument) that any static host can serve: www/ plus the package's browser files and
// the sample bulletin, laid out as `npm start` serves them (scripts/serve.mjs). Nothing comes
// from a CDN. Serve it with this Content-Security-Policy header for the same protection:
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
// and the .txt files (the licences, the sample) as text/plain; charset=utf-8. The _headers
// file written here says both, for hosts that read it.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from './build.mjs';
import { ROOT, STATIC_HEADERS, siteFiles } from './serve.mjs';

export function buildSite(out = path.join(ROOT, 'site')) {
  rmSync(out, { recursive: true, force: true });
  const files = siteFiles();
  for (const [urlPath, source] of files) {
    const target = path.join(out, ...urlPath.split('/').filter(Boolean));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
  // Netlify and Cloudflare Pages read _headers; other hosts need the headers set their way.
  writeFileSync(path.join(out, '_headers'), STATIC_HEADERS);
  return { out, files: files.length };
}

if (process.argv[1]?.endsWith('scripts/site.mjs')) {
  build({ quiet: true });
  const { out, files } = buildSite(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`\nWrote the static site to ${path.relative(process.cwd(), out) || '.'} (${files} files + _headers).`);
  console.log(`Serve that folder with any static server, e.g. \`python3 -m http.server -d ${path.relative(process.cwd(), out)}\`, with the headers in its _headers file.`);
}
