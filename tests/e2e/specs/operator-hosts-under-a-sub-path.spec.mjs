// An operator copies dist/ under a sub-path of a plain static host with no
// rewrite rules: the page, its assets, its feed and its links all work there.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
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
