// A reader shares the article: the system share sheet where there is one,
// else the link is copied, and the page says so.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, SEED_TITLE, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('the share sheet gets the title and address', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    window.__shared = [];
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data) => { window.__shared.push(data); return Promise.resolve(); } });
  });
  const viewer = await ViewerPage.open(context, `${env.server.url}?article=${SEED_ID}`);
  await viewer.waitForArticle(SEED_ID, 1);
  await viewer.page.click('.reader-controls__share');
  await viewer.page.waitForFunction(() => window.__shared.length === 1);
  assert.deepEqual(await viewer.page.evaluate(() => window.__shared[0]), { title: SEED_TITLE, url: `${env.server.url}?article=${SEED_ID}` });
  viewer.assertHealthy();
  await context.close();
});

test('without a share sheet the link is copied', async () => {
  const context = await env.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.server.url).origin });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
  });
  const viewer = await ViewerPage.open(context, `${env.server.url}?article=samsung-xealth`);
  await viewer.waitForArticle('samsung-xealth', 3);
  await viewer.page.click('.reader-controls__share');
  await viewer.page.waitForFunction(() => document.querySelector('.reader-controls__shared').textContent !== '');
  assert.equal(await viewer.page.textContent('.reader-controls__shared'), 'نُسخ رابط المقال');
  assert.equal(await viewer.page.evaluate(() => navigator.clipboard.readText()), `${env.server.url}?article=samsung-xealth`);
  viewer.assertHealthy();
  await context.close();
});

test('when nothing works the reader is told where the link is', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: undefined });
    Object.defineProperty(Navigator.prototype, 'clipboard', { configurable: true, get: () => undefined });
  });
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  await viewer.page.click('.reader-controls__share');
  await viewer.page.waitForFunction(() => document.querySelector('.reader-controls__shared').textContent !== '');
  assert.match(await viewer.page.textContent('.reader-controls__shared'), /شريط العنوان/);
  viewer.assertHealthy();
  await context.close();
});
