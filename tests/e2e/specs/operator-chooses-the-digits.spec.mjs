// An operator sets <meta name="article-viewer:digits" content="latn">: every
// number the page prints uses Western digits, while data-views is unchanged.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { pageWithSettings } from '../lib/operator-page.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer({ routes: { 'western.html': pageWithSettings({ digits: 'latn' }) } });

test('Western digits throughout when the operator asks for them', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}western.html`);
  await viewer.waitForArticle(SEED_ID, 1);
  const entries = await viewer.sidebarViews();
  assert.equal(entries.find((e) => e.id === 'petroleum-osoco-visit').text, '21 مشاهدة');
  assert.match(await viewer.page.textContent('.byline__reading-time'), /^قراءة في [0-9]+ دقائق$/);
  const texts = await viewer.page.$$eval('.view-count, .byline', (els) => els.map((el) => el.textContent).join(' '));
  assert.doesNotMatch(texts, /[٠-٩]/);
  const markers = () => viewer.page.$eval('.most-viewed__list', (ol) => getComputedStyle(ol).listStyleType);
  assert.equal(await markers(), 'decimal', 'the most-viewed markers follow the digits too');
  viewer.assertHealthy();
  await context.close();
});

test('the most-viewed markers are Arabic-Indic beside Arabic-Indic counts', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  assert.match(await viewer.page.textContent('.most-viewed__list .view-count'), /[٠-٩]/);
  assert.equal(await viewer.page.$eval('.most-viewed__list', (ol) => getComputedStyle(ol).listStyleType), 'arabic-indic');
  viewer.assertHealthy();
  await context.close();
});
