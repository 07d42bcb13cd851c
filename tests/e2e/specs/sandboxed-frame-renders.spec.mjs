// A site frames the viewer with sandbox="allow-scripts" (no same-origin):
// the frame's origin is opaque, so storage throws SecurityError and Web
// Locks are refused. The article still renders, counts in memory, and
// nothing throws. The host sends CORS headers, as a CDN would, because an
// opaque origin loads even its own files cross-origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { sandboxedHost } from '../lib/host-site.mjs';

// The build's own policy (dist/_headers, which the server sends) allows framing.
const env = useViewer({
  headers: { 'access-control-allow-origin': '*' },
  routes: { 'host.html': sandboxedHost },
});

test('a sandboxed iframe renders the article and counts in memory', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  await page.goto(`${env.server.url}host.html`);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  await frame.waitForSelector('article.article[data-article-id="samsung-xealth"]', { timeout: 15000 });
  assert.equal(await frame.getAttribute('html', 'dir'), 'rtl');
  // Counted for the visit only: the publisher's 2 plus this open.
  await frame.waitForSelector('.article__views [data-views="3"]');
  assert.match(await frame.textContent('.sidebar__storage-notice'), /لهذه الزيارة فقط/);
  // Moving to another article inside the frame counts there too.
  await frame.click('.sidebar__entry[data-article-id="shein-fine-france"] a');
  await frame.waitForSelector('article.article[data-article-id="shein-fine-france"] .article__views [data-views="13"]');
  assert.deepEqual(problems, []);
  await context.close();
});
