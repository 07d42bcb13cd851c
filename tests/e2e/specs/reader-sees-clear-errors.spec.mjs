// When the article or the feed cannot be shown, the reader gets a specific
// error panel in the page's language, the console says why, and nothing throws.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { serve } from '../lib/server.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';

let failures = 0;
const env = useViewer({
  routes: {
    'gone.json': (req, res) => res.writeHead(404, { 'content-type': 'text/plain' }).end('gone'),
    'flaky.json': (req, res) => {
      failures += 1;
      if (failures === 1) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      } else {
        res.writeHead(302, { location: 'feed.json' }).end();
      }
    },
  },
});

const CONSOLE = [/article-viewer: /, /Failed to load resource/];

async function openError(query) {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}${query}`, { expectedErrors: CONSOLE });
  await viewer.page.waitForSelector('.error-panel');
  return { context, viewer };
}

test('an unknown article shows "not found" and keeps the sidebar', async () => {
  const { context, viewer } = await openError('?article=no-such-story');
  const page = viewer.page;
  assert.equal(await viewer.errorKind(), 'article-not-found');
  assert.equal(await page.textContent('.error-panel__title'), 'المقال غير موجود');
  assert.match(await page.textContent('.error-panel__detail'), /no-such-story/);
  assert.equal(await page.getAttribute('.error-panel', 'dir'), 'rtl');
  assert.equal(await page.locator('.sidebar__entry').count(), 12);
  assert.ok(viewer.consoleErrors.some((e) => e.includes('no article with id "no-such-story"')));
  // Nothing was counted for an article that does not exist.
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('article-viewer:v1:views:')).length), 0);
  // The panel's link leads to the first article, inside the app.
  await page.click('.error-panel__home');
  await viewer.waitForArticle('musk-putin-secret-talks', 1);
  viewer.assertHealthy();
  await context.close();
});

const FEED_ERRORS = [
  ['?feed=fixtures/truncated.json', 'not-json', 'مصدر المقالات تالف'],
  ['?feed=fixtures/rss-not-json-feed.json', 'not-json-feed', 'هذا الملف ليس موجز JSON Feed'],
  ['?feed=fixtures/no-items.json', 'no-items', 'لا توجد مقالات في المصدر'],
  ['?feed=gone.json', 'http', 'مصدر المقالات غير موجود'],
];

for (const [query, kind, title] of FEED_ERRORS) {
  test(`a feed that is ${kind} gets its own message`, async () => {
    const { context, viewer } = await openError(query);
    assert.equal(await viewer.errorKind(), kind);
    assert.equal(await viewer.page.textContent('.error-panel__title'), title);
    assert.equal(await viewer.page.getAttribute('.error-panel', 'role'), 'alert');
    assert.ok(viewer.consoleErrors.some((e) => e.startsWith('article-viewer: ')), 'the console says why');
    assert.equal(await viewer.page.locator('article, aside').count(), 0);
    viewer.assertHealthy();
    await context.close();
  });
}

test('a server error offers a retry that recovers', async () => {
  const { context, viewer } = await openError('?feed=flaky.json');
  assert.equal(await viewer.errorKind(), 'http');
  assert.match(await viewer.page.textContent('.error-panel__detail'), /503/);
  await viewer.page.click('.error-panel__retry');
  await viewer.waitForArticle('musk-putin-secret-talks', 1);
  viewer.assertHealthy();
  await context.close();
});

test('a feed from another origin is refused and never requested', async () => {
  const stranger = await serve();
  const foreign = stranger.url.replace('127.0.0.1', 'localhost') + 'feed.json';
  const { context, viewer } = await openError(`?feed=${encodeURIComponent(foreign)}`);
  assert.equal(await viewer.errorKind(), 'feed-not-allowed');
  assert.deepEqual(stranger.requests, []);
  viewer.assertHealthy();
  await context.close();
  await stranger.close();
});

test('a same-origin feed parameter is honoured and kept in links', async () => {
  const context = await env.browser.newContext();
  // The body's `<img src=x>` survives as an image (without its handler), and 404s.
  // Its `onerror` never reaches the page, and not even the inert parse sees it
  // as a handler (renamed first), so the strict CSP has nothing to report.
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/english.json`, {
    expectedErrors: [/Failed to load resource/],
  });
  await viewer.waitForArticle('first', 1);
  const page = viewer.page;
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.getAttribute('.sidebar__entry a', 'href'), '?feed=fixtures%2Fenglish.json&article=second');
  assert.equal(await page.textContent('.byline__authors'), 'By Jo Writer');
  assert.match(await page.textContent('.byline__date'), /July 7, 2025/);
  // Hostile markup in the body did nothing.
  await page.click('.article__body a');
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await viewer.clickSidebarLink('second');
  await viewer.waitForArticle('second', 1);
  assert.equal(new URL(page.url()).search, '?feed=fixtures%2Fenglish.json&article=second');
  viewer.assertHealthy();
  await context.close();
});

test('an item without an id is skipped, a field of the wrong type ignored, each with a console warning', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/mixed-items.json`);
  await viewer.waitForArticle('good-1', 1);
  const warnings = [];
  viewer.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await viewer.page.reload();
  await viewer.waitForArticle('good-1', 2);
  const listed = await viewer.page.$$eval('.sidebar__entry', (entries) => entries.map((e) => e.dataset.articleId));
  assert.deepEqual(listed, ['bad-title', 'good-2']);
  assert.ok(warnings.some((w) => /item 0 skipped: no usable `id`/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /item 2 \(id "bad-title"\) kept: `title` ignored, it has the wrong type/.test(w)), warnings.join('\n'));
  assert.ok(warnings.some((w) => /item 3 \(id "good-2"\) kept: `date_published` is not an RFC 3339 date/.test(w)), warnings.join('\n'));
  viewer.assertHealthy();
  await context.close();
});
