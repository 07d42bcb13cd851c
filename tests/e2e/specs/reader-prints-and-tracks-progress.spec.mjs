// A reader scrolls (a progress bar fills from where reading starts) and
// prints (the article alone, with link addresses written out).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('the progress bar fills from the right in a right-to-left page', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 700 } });
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  const bar = () => page.$eval('.reading-progress', (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, width: r.width }; });
  assert.ok((await bar()).width < 2, 'empty at the top');
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await page.waitForTimeout(200);
  const half = await bar();
  assert.ok(half.width > 400 && half.width < 600, JSON.stringify(half));
  assert.ok(Math.abs(half.right - 1000) < 2, `anchored on the right: ${JSON.stringify(half)}`);
  viewer.assertHealthy();
  await context.close();
});

test('printing shows the article alone, with link addresses', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/print-links.json`);
  await viewer.waitForArticle('links', 1);
  const page = viewer.page;
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.page__aside', '.reader-controls', '.related', '.reading-progress']) {
    assert.equal(await page.$eval(hidden, (el) => getComputedStyle(el).display), 'none', hidden);
  }
  assert.equal(await page.$eval('article h1', (el) => getComputedStyle(el).display), 'block');
  const after = await page.$eval('.article__body a', (a) => getComputedStyle(a, '::after').content);
  assert.equal(after, '" (https://example.com/report)"');
  await page.emulateMedia({ media: 'screen' });
  assert.notEqual(await page.$eval('.page__aside', (el) => getComputedStyle(el).display), 'none');
  viewer.assertHealthy();
  await context.close();
});
