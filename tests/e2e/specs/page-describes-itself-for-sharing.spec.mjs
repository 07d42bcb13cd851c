// Link previews and search engines that run scripts see the article being
// read: description, canonical link, OpenGraph, Twitter and NewsArticle
// JSON-LD, replaced (not piled up) when the reader moves on.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, SEED_TITLE, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

const head = (page) =>
  page.evaluate(() => ({
    canonical: document.querySelector('link[rel=canonical]')?.href,
    description: document.querySelector('meta[name=description]')?.content,
    ogType: document.querySelector('meta[property="og:type"]')?.content,
    ogTitles: [...document.querySelectorAll('meta[property="og:title"]')].map((m) => m.content),
    ogLocale: document.querySelector('meta[property="og:locale"]')?.content,
    author: document.querySelector('meta[property="article:author"]')?.content,
    twitter: document.querySelector('meta[name="twitter:card"]')?.content,
    ld: [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)),
  }));

test('metadata follows the article', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  let meta = await head(page);
  assert.equal(meta.ogType, 'article');
  assert.deepEqual(meta.ogTitles, [SEED_TITLE]);
  assert.equal(meta.ogLocale, 'ar_AR');
  assert.equal(meta.author, 'كيان 2');
  assert.equal(meta.twitter, 'summary');
  assert.equal(meta.canonical, env.server.url);
  assert.match(meta.description, /^كشف تقرير نشرته صحيفة وول ستريت جورنال/);
  assert.equal(meta.ld.length, 1);
  assert.equal(meta.ld[0]['@type'], 'NewsArticle');
  assert.equal(meta.ld[0].headline, SEED_TITLE);
  assert.deepEqual(meta.ld[0].author, [{ '@type': 'Person', name: 'كيان 2' }]);

  await viewer.clickSidebarLink('samsung-xealth');
  await viewer.waitForArticle('samsung-xealth', 3);
  meta = await head(page);
  assert.equal(meta.ogTitles.length, 1);
  assert.match(meta.ogTitles[0], /Xealth/);
  assert.equal(meta.canonical, `${env.server.url}?article=samsung-xealth`);
  assert.match(meta.description, /^قالت شركة سامسونغ/);
  assert.equal(meta.ld.length, 1);
  viewer.assertHealthy();
  await context.close();
});
