// Every way loading a feed can fail has its own message: a server that
// never answers (time limit), a feed larger than the limit (declared or
// streamed), a connection that drops, a server error, a field of the wrong
// type. The operator's limits come from the page's <meta> settings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useViewer } from '../lib/harness.mjs';
import { pageWithSettings } from '../lib/operator-page.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';

const held = [];
const page = pageWithSettings;

const env = useViewer({
  routes: {
    'short-timeout.html': page({ feed: 'never.json', 'feed-timeout-seconds': '1' }),
    'small-limit.html': page({ 'max-feed-bytes': '1000' }),
    'small-limit-streamed.html': page({ 'max-feed-bytes': '1000', feed: 'streamed.json' }),
    'dropped.html': page({ feed: 'dropped.json' }),
    'broken-server.html': page({ feed: 'error.json' }),
    'never.json': (req, res) => held.push(res),
    'streamed.json': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"version": "https://jsonfeed.org/version/1.1", "items": [');
      res.end(`${'{"id": "x", "content_text": "padding"},'.repeat(100)}{"id": "y", "content_text": ""}]}`);
    },
    'dropped.json': (req) => req.socket.destroy(),
    'error.json': (req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
  },
});

const EXPECTED = [/article-viewer: /, /Failed to load resource/, /ERR_/];

async function errorOn(path) {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}${path}`, { expectedErrors: EXPECTED });
  await viewer.page.waitForSelector('.error-panel', { timeout: 15000 });
  return { context, viewer, kind: await viewer.errorKind(), detail: await viewer.page.textContent('.error-panel__detail') };
}

test('a feed that never arrives times out with a retry', async () => {
  const started = Date.now();
  const { context, viewer, kind, detail } = await errorOn('short-timeout.html');
  assert.equal(kind, 'timeout');
  assert.ok(Date.now() - started < 10000);
  assert.match(detail, /خلال 1 ثانية/);
  assert.equal(await viewer.page.locator('.error-panel__retry').count(), 1);
  viewer.assertHealthy();
  await context.close();
  held.splice(0).forEach((res) => res.destroy());
});

test('a feed over the declared size limit is refused before parsing', async () => {
  const { context, viewer, kind, detail } = await errorOn('small-limit.html');
  assert.equal(kind, 'too-large');
  assert.match(detail, /1000/);
  assert.equal(await viewer.page.locator('.error-panel__retry').count(), 0);
  viewer.assertHealthy();
  await context.close();
});

test('a streamed feed over the size limit is refused too', async () => {
  const { context, viewer, kind } = await errorOn('small-limit-streamed.html');
  assert.equal(kind, 'too-large');
  viewer.assertHealthy();
  await context.close();
});

test('a dropped connection says the feed could not be reached', async () => {
  const { context, viewer, kind } = await errorOn('dropped.html');
  assert.equal(kind, 'unreachable');
  assert.equal(await viewer.page.textContent('.error-panel__title'), 'تعذّر الاتصال بمصدر المقالات');
  assert.equal(await viewer.page.locator('.error-panel__retry').count(), 1);
  viewer.assertHealthy();
  await context.close();
});

test('a server error names the status', async () => {
  const { context, viewer, kind, detail } = await errorOn('broken-server.html');
  assert.equal(kind, 'http');
  assert.match(detail, /500/);
  viewer.assertHealthy();
  await context.close();
});

test('a feed field of the wrong type is named', async () => {
  const { context, viewer, kind, detail } = await errorOn('?feed=fixtures/wrong-types.json');
  assert.equal(kind, 'wrong-type');
  assert.match(detail, /title/);
  viewer.assertHealthy();
  await context.close();
});
