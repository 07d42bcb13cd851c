// An operator copies dist/ under a sub-path of a plain static host with no
// rewrite rules: the page, its assets, its feed and its links all work there.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readdir } from 'node:fs/promises';

import { useViewer } from '../lib/harness.mjs';
import { DIST } from '../lib/server.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer({ prefix: '/news/viewer/' });

test('dist/ served from /news/viewer/', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}index.html?article=samsung-xealth`);
  await viewer.waitForArticle('samsung-xealth', 3);
  assert.ok(env.server.requests.includes('/news/viewer/feed.json'));
  assert.ok(env.server.requests.every((path) => path.startsWith('/news/viewer/')), env.server.requests.join(' '));
  await viewer.clickSidebarLink(SEED_ID);
  await viewer.waitForArticle(SEED_ID, 1);
  assert.equal(new URL(viewer.page.url()).pathname, '/news/viewer/index.html');
  assert.equal(new URL(viewer.page.url()).search, `?article=${SEED_ID}`);
  // Reloading the in-app address works without any server rewrite.
  await viewer.page.reload();
  await viewer.waitForArticle(SEED_ID, 2);
  // The folder itself serves the first article.
  await viewer.page.goto(env.server.url);
  await viewer.waitForArticle(SEED_ID, 3);
  viewer.assertHealthy();
  await context.close();
});

test('every file carries the headers a CDN should send: CORS, and a cache life by kind', async () => {
  const get = async (name) => {
    const response = await fetch(`${env.server.url}${name}`);
    return { cache: response.headers.get('cache-control'), cors: response.headers.get('access-control-allow-origin'), status: response.status };
  };
  const names = (await readdir(DIST)).filter((n) => n !== '_headers');
  const hashed = names.filter((n) => /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/.test(n));
  assert.ok(hashed.some((n) => n.endsWith('.wasm')) && hashed.some((n) => n.startsWith('loader-')) && hashed.some((n) => n.startsWith('widget-')));
  for (const name of hashed) assert.deepEqual(await get(name), { cache: 'public, max-age=31536000, immutable', cors: '*', status: 200 }, name);
  for (const name of ['index.html', 'article-samsung-xealth.html', 'sw.js']) assert.deepEqual(await get(name), { cache: 'no-cache', cors: '*', status: 200 }, name);
  for (const name of ['embed.js', 'resize.js', 'feed.json']) assert.deepEqual(await get(name), { cache: 'public, max-age=300', cors: '*', status: 200 }, name);
});
