// A reader has the viewer open in two tabs: counts from one tab appear in
// the other, and openings in both at the same moment are never lost.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('another tab sees the new count without reloading', async () => {
  const context = await env.browser.newContext();
  const first = await ViewerPage.open(context, `${env.server.url}?article=samsung-xealth`);
  await first.waitForArticle('samsung-xealth', 3);
  const second = await ViewerPage.open(context, env.server.url);
  await second.waitForArticle(SEED_ID, 1);
  // The first tab lists the seed article; the second tab's opening shows up there.
  await first.waitForViews(SEED_ID, 1);
  await second.page.reload();
  await second.waitForArticle(SEED_ID, 2);
  await first.waitForViews(SEED_ID, 2);
  first.assertHealthy();
  second.assertHealthy();
  await context.close();
});

test('openings in two tabs at the same moment are all counted', async () => {
  const context = await env.browser.newContext();
  const tabs = [await ViewerPage.open(context, env.server.url), await ViewerPage.open(context, env.server.url)];
  await tabs[0].page.waitForFunction(() => localStorage.length > 0);
  await tabs[1].page.waitForFunction(
    (key) => Number(localStorage.getItem(key)) === 2,
    'article-viewer:v1:views:musk-putin-secret-talks',
  );
  const rounds = 15;
  // Each tab moves between two articles as fast as it can, both at once.
  await Promise.all(
    tabs.map(async (tab) => {
      for (let i = 0; i < rounds; i += 1) {
        await tab.clickSidebarLink('shein-fine-france');
        await tab.page.waitForFunction(() => document.querySelector('article.article')?.dataset.articleId === 'shein-fine-france');
        await tab.page.goBack();
        await tab.page.waitForFunction(() => document.querySelector('article.article')?.dataset.articleId === 'musk-putin-secret-talks');
      }
    }),
  );
  const expected = { seed: String(2 + 2 * rounds), shein: String(2 * rounds) };
  await tabs[0].page.waitForFunction(
    ([a, b]) => localStorage.getItem('article-viewer:v1:views:musk-putin-secret-talks') === a
      && localStorage.getItem('article-viewer:v1:views:shein-fine-france') === b,
    [expected.seed, expected.shein],
    { timeout: 10000 },
  ).catch(() => {});
  assert.equal(await tabs[0].storedCount(SEED_ID), expected.seed);
  assert.equal(await tabs[0].storedCount('shein-fine-france'), expected.shein);
  // Both tabs show the same, complete count: publisher 12 + 30 opens.
  for (const tab of tabs) await tab.waitForViews('shein-fine-france', 12 + 2 * rounds);
  tabs.forEach((tab) => tab.assertHealthy());
  await context.close();
});
