// Counts survive storage that fills up: opens are kept for the visit and
// saved once there is room, and counts stored before are untouched.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage, fillStorage } from '../lib/viewer-page.mjs';

const env = useViewer();
const TARGET = 'shein-fine-france';

test('full storage: opens are kept in memory and saved once there is room', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  // Fill this origin's storage to the brim with someone else's data.
  const filled = await page.evaluate(fillStorage);
  assert.ok(filled > 0);
  await viewer.clickSidebarLink(TARGET);
  // Counted for the visit even though it could not be saved.
  await viewer.waitForArticle(TARGET, 13);
  assert.equal(await viewer.storedCount(TARGET), null);
  assert.match(await page.textContent('.sidebar__storage-notice'), /لهذه الزيارة فقط/);
  assert.equal(await viewer.storedCount(SEED_ID), '1', 'counts stored before are untouched');
  // Room again: the next open saves it together with the one kept in memory.
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await page.goBack();
  await viewer.waitForArticle(SEED_ID, 2);
  await viewer.clickSidebarLink(TARGET);
  await viewer.waitForArticle(TARGET, 14);
  assert.equal(await viewer.storedCount(TARGET), '2');
  viewer.assertHealthy();
  await context.close();
});
