// The cross-engine specs' health check must be able to fail: in each
// engine, lib/page-probe.js (the first script of every page the test server
// sends) records an uncaught exception, an unhandled rejection, a
// Content-Security-Policy violation under the build's own policy, a console
// error and an image that failed to load, and Session.assertHealthy fails
// on each of them, but on those it is told to allow.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { showing } from '../lib/engine-viewer.mjs';
import { serve, withProbe } from '../lib/server.mjs';
import { SEED_ID } from '../lib/viewer-page.mjs';
import { ENGINES, startSession } from '../lib/webdriver.mjs';

let server;

// A page whose own script (not the driver's: engines report those
// differently) goes wrong in every way the health check looks for.
const FAILING_PAGE = '<!doctype html><html lang="en"><head><title>probe check</title><link rel="icon" href="data:,"></head><body><script src="probe-check.js"></script></body></html>';
const FAILING_SCRIPT = `
setTimeout(() => { throw new Error('probe-check exception'); });
Promise.reject(new Error('probe-check rejection'));
console.error('probe-check console');
const script = document.createElement('script');
script.src = 'https://example.com/probe-check.js';
document.head.append(script);
const image = document.createElement('img');
image.src = 'probe-check-missing.png';
document.body.append(image);
`;

before(async () => {
  server = await serve({
    probe: true,
    routes: {
      // Routes are not files: the probe goes in by hand, as the server puts it in files.
      'probe-check.html': (req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(withProbe(FAILING_PAGE, '/__probe.js')),
      'probe-check.js': (req, res) => res.writeHead(200, { 'content-type': 'text/javascript' }).end(FAILING_SCRIPT),
    },
  });
});

after(async () => {
  await server?.close();
});

for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: the probe records each kind of failure`, async () => {
    const session = await startSession(engine);
    try {
      await session.goto(`${server.url}index.html`);
      await showing(session, SEED_ID, 1);
      await session.assertHealthy();
      await session.goto(`${server.url}probe-check.html`);
      const kinds = await session.until(
        () => {
          const kinds = [...new Set(window.__probe.map((entry) => entry.kind))].sort();
          return kinds.length >= 5 && kinds;
        },
        [],
        { what: 'five kinds of failure' },
      );
      assert.deepEqual(kinds, ['console.error', 'csp', 'exception', 'rejection', 'resource']);
      await assert.rejects(session.assertHealthy(), (error) => {
        for (const what of ['exception', 'rejection', 'console', 'probe-check.js', 'probe-check-missing.png']) {
          assert.ok(error.message.includes(what), `${what} in: ${error.message}`);
        }
        return true;
      });
      await session.assertHealthy({ allow: [/probe-check/] });
    } finally {
      await session.close();
    }
  });
}
