// A reader whose browser blocks storage still gets the page: counts work in
// memory for the visit, a quiet notice says so, and nothing throws.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('storage that throws SecurityError', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  assert.equal(await viewer.title(), 'تقرير يكشف محادثات سرية بين إيلون ماسك وفلاديمير بوتين');
  assert.equal(await page.locator('.sidebar__entry').count(), 12);
  assert.match(await page.textContent('.sidebar__storage-notice'), /لهذه الزيارة فقط/);
  await viewer.clickSidebarLink('samsung-xealth');
  await viewer.waitForArticle('samsung-xealth', 3);
  await page.goBack();
  await viewer.waitForArticle(SEED_ID, 2);
  viewer.assertHealthy();
  await context.close();
});

test('storage holding garbage is left alone', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  await viewer.page.evaluate(() => localStorage.setItem('article-viewer:v1:views:0:samsung-xealth', 'lots'));
  await viewer.page.reload();
  await viewer.waitForArticle(SEED_ID, 2);
  await viewer.clickSidebarLink('samsung-xealth');
  // The unreadable value is not a count: the publisher's 2 plus this open.
  await viewer.waitForArticle('samsung-xealth', 3);
  assert.equal(await viewer.page.evaluate(() => localStorage.getItem('article-viewer:v1:views:0:samsung-xealth')), 'lots');
  assert.equal(await viewer.storedCount('samsung-xealth'), '1');
  assert.equal(await viewer.storedCount(SEED_ID), '2');
  viewer.assertHealthy();
  await context.close();
});
