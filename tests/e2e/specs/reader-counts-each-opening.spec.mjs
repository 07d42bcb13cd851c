// A reader opens, reloads and moves between articles: every opening adds
// exactly one view, counts survive reloads, and links move inside the app
// with working back and forward.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, SEED_TITLE, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('first load and reloads add one each and persist', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  assert.equal(await viewer.storedCount(SEED_ID), '1');
  await viewer.page.reload();
  await viewer.waitForArticle(SEED_ID, 2);
  await viewer.page.reload();
  await viewer.waitForArticle(SEED_ID, 3);
  assert.equal(await viewer.storedCount(SEED_ID), '3');
  // Give any duplicate count time to show up, then check there was none.
  await viewer.page.waitForTimeout(300);
  assert.equal(await viewer.storedCount(SEED_ID), '3');
  viewer.assertHealthy();
  await context.close();
});

test('links move inside the app, count once, and back/forward work', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  const page = viewer.page;
  await viewer.waitForArticle(SEED_ID, 1);
  await page.evaluate(() => { window.__sameDocument = true; });
  const documents = [];
  page.on('framenavigated', () => documents.push(page.url()));

  // The publisher counted 2 views of this post; opening it makes 3.
  await viewer.clickSidebarLink('samsung-xealth');
  await viewer.waitForArticle('samsung-xealth', 3);
  assert.ok(await page.evaluate(() => window.__sameDocument), 'no full reload');
  assert.equal(new URL(page.url()).search, '?article=samsung-xealth');
  assert.match(await viewer.title(), /Xealth/);
  // Focus follows the reader to the new article's title, as after a page load.
  await page.waitForFunction(() => document.activeElement?.matches('article.article h1'));
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  // The seed article is now listed in the sidebar with its one view.
  await viewer.waitForViews(SEED_ID, 1);

  await page.goBack();
  await viewer.waitForArticle(SEED_ID, 2);
  assert.equal(await viewer.title(), SEED_TITLE);
  assert.equal(new URL(page.url()).search, '');
  await page.goForward();
  await viewer.waitForArticle('samsung-xealth', 4);
  assert.ok(await page.evaluate(() => window.__sameDocument), 'back/forward stay in the document');

  // A related card's link does the same.
  await page.goBack();
  await viewer.waitForArticle(SEED_ID, 3);
  await page.click('.related__card[data-article-id="european-stocks-close"] .related__title a');
  await viewer.waitForArticle('european-stocks-close', 5);
  assert.equal(await viewer.storedCount('european-stocks-close'), '1');
  assert.equal(await viewer.storedCount('samsung-xealth'), '2');
  assert.equal(await viewer.storedCount(SEED_ID), '3');
  viewer.assertHealthy();
  await context.close();
});

test('a keyboard reader can skip to the article and follow links with Enter', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  const page = viewer.page;
  await viewer.waitForArticle(SEED_ID, 1);
  // From the top of a focused page, as a reader arriving would be.
  await page.bringToFront();
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'انتقل إلى المقال');
  await page.keyboard.press('Enter');
  // The jump is a same-document navigation: page.url() learns of it a moment later.
  await page.waitForFunction(() => location.hash === '#main', null, { timeout: 5000 });
  assert.equal(await page.evaluate(() => location.hash), '#main');
  // Jumping within the page is not another opening.
  await page.waitForTimeout(200);
  assert.equal(await viewer.storedCount(SEED_ID), '1');
  await page.focus('.sidebar__entry[data-article-id="samsung-xealth"] a');
  await page.keyboard.press('Enter');
  await viewer.waitForArticle('samsung-xealth', 3);
  await page.waitForFunction(() => document.activeElement?.matches('article.article h1'));
  viewer.assertHealthy();
  await context.close();
});

test('article links are real links that open in a new tab', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const href = await viewer.page.getAttribute('.sidebar__entry[data-article-id="shein-fine-france"] a', 'href');
  assert.equal(href, '?article=shein-fine-france');
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    viewer.page.click('.sidebar__entry[data-article-id="shein-fine-france"] a', { modifiers: ['Control'] }),
  ]);
  const other = new ViewerPage(popup);
  await popup.waitForLoadState();
  await other.waitForArticle('shein-fine-france', 13);
  assert.equal(new URL(viewer.page.url()).search, '', 'the first tab stayed where it was');
  other.assertHealthy();
  viewer.assertHealthy();
  await context.close();
});
