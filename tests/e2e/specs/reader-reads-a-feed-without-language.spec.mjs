// Most real feeds declare no language, and the page's template says
// `<html lang="ar">`. An English feed must still read as English: the page,
// the article, the sidebar and its counts left to right in English.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('an English feed with no language reads as English, left to right, throughout', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/no-language-english.json`);
  await viewer.waitForArticle('first', 1);
  const seen = await viewer.page.evaluate(() => ({
    html: [document.documentElement.lang, document.documentElement.dir],
    article: [document.querySelector('article.article').lang, document.querySelector('article.article').dir],
    page: getComputedStyle(document.querySelector('.page__aside')).direction,
    counts: [...document.querySelectorAll('.sidebar .view-count')].map((el) => el.textContent),
  }));
  assert.deepEqual(seen.html, ['en', 'ltr']);
  assert.deepEqual(seen.article, ['en', 'ltr']);
  assert.equal(seen.page, 'ltr', 'the sidebar is laid out left to right');
  assert.deepEqual(seen.counts, ['0 views', '0 views'], 'the sidebar counts in English');
  // The photo post, with no words, takes the feed's language.
  await viewer.clickSidebarLink('photo');
  await viewer.waitForArticle('photo', 1);
  assert.deepEqual(await viewer.page.evaluate(() => document.querySelector('article.article').lang), 'en');
  viewer.assertHealthy();
  await context.close();
});
