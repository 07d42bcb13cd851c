// A reader halfway through an article moves to another and comes back: the
// page opens where they left it. Articles never read open at the top.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

const fraction = (page) =>
  page.evaluate(() => scrollY / (document.documentElement.scrollHeight - innerHeight));
// A DOM click, so the test itself does not scroll the page to the link.
const follow = (page, id) =>
  page.evaluate((id) => document.querySelector(`[data-article-id="${id}"] a[data-article-link]`).click(), id);

test('reopening an article returns to the reading position', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 600 } });
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * 0.5));
  await page.waitForTimeout(500);
  await follow(page, 'european-stocks-close');
  await viewer.waitForArticle('european-stocks-close', 5);
  await page.waitForTimeout(200);
  assert.ok((await fraction(page)) < 0.05, 'a new article opens at the top');
  await follow(page, SEED_ID);
  await viewer.waitForArticle(SEED_ID, 2);
  await page.waitForFunction(() => scrollY > 0);
  const back = await fraction(page);
  assert.ok(Math.abs(back - 0.5) < 0.05, `back at the middle, got ${back}`);
  viewer.assertHealthy();
  await context.close();
});
