// The dev server of `npm start`: odd paths give the page, a 404 or a 400, never a file outside
// the site and never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveSite } from '../../scripts/serve.mjs';
import http from 'node:http';

// fetch() would normalise the path; a raw request sends it as typed.
function get(port, rawPath) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('npm start serves the page at / and //, and keeps to the site for odd paths', async (t) => {
  const site = await serveSite();
  t.after(() => site.close());
  for (const p of ['/', '//', '/index.html']) {
    const r = await get(site.port, p);
    assert.equal(r.status, 200, p);
    assert.match(r.type, /^text\/html/, p);
    assert.match(r.body, /<textarea/, p);
  }
  for (const p of ['/../package.json', '/%2e%2e/package.json', '//etc/passwd', '/..%2fpackage.json', '/nope.txt']) {
    const r = await get(site.port, p);
    assert.equal(r.status, 404, p);
    assert.doesNotMatch(r.body, /"name": "textrank-zh"|root:/, p);
  }
  assert.equal((await get(site.port, '/%E0%A4%A')).status, 400, 'a broken percent escape');
});
