// A reader opens the demo page: the seed article renders right to left with
// its title, body, author box, related posts and the sidebar with counts.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { launch } from '../lib/browser.mjs';
import { serve } from '../lib/server.mjs';
import { SEED_ID, SEED_TITLE, ViewerPage } from '../lib/viewer-page.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the seed article renders right to left with its parts', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const viewer = await ViewerPage.open(context, server.url);
  await viewer.settled();
  const page = viewer.page;

  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('article.article', 'dir'), 'rtl');
  assert.equal(await page.getAttribute('article.article', 'data-article-id'), SEED_ID);
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await viewer.title(), SEED_TITLE);
  assert.match(await page.title(), /^تقرير يكشف محادثات سرية .* — مشهد إخباري$/);

  // The body is real structure, with the seed's Latin runs intact.
  const paragraphs = await page.$$eval('.article__body p', (ps) => ps.map((p) => p.textContent));
  assert.equal(paragraphs.length, 12);
  const body = paragraphs.join('\n');
  for (const run of ['“ستار لينك” (Starlink)', '“سبيس إكس” (SpaceX)', '“مجموعة أوراسيا” (Eurasia Group)']) {
    assert.ok(body.includes(run), `body keeps ${run}`);
  }
  // Latin runs are isolated in <bdi>, and every paragraph takes its own direction.
  const isolated = await page.$$eval('.article__body bdi', (els) => els.map((el) => el.textContent));
  for (const run of ['Starlink', 'SpaceX', 'Eurasia Group']) assert.ok(isolated.includes(run), `${run} isolated`);
  assert.ok(await page.$$eval('.article__body p', (ps) => ps.every((p) => p.getAttribute('dir') === 'auto')));
  // "(Starlink)" sits inside right-to-left text: the parentheses are mirrored,
  // so "(" is drawn on the right of the word and ")" on its left.
  const starlink = await page.evaluate(() => {
    const bdi = [...document.querySelectorAll('.article__body bdi')].find((b) => b.textContent === 'Starlink');
    const charBox = (node, index) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect();
    };
    const before = bdi.previousSibling;
    const after = bdi.nextSibling;
    const word = bdi.getBoundingClientRect();
    return {
      open: charBox(before, before.data.length - 1).left,
      close: charBox(after, 0).left,
      word: [word.left, word.right],
      direction: getComputedStyle(bdi.parentElement).direction,
    };
  });
  assert.equal(starlink.direction, 'rtl');
  assert.ok(starlink.open >= starlink.word[1] - 1, `"(" right of the word: ${JSON.stringify(starlink)}`);
  assert.ok(starlink.close <= starlink.word[0] + 1, `")" left of the word: ${JSON.stringify(starlink)}`);

  // The author box, with name and bio from the seed.
  assert.match(await page.textContent('.author-box__name'), /كيان 2/);
  assert.match(await page.textContent('.author-box__bio'), /صحفية مصرية/);

  // Related posts: the seed's two cards, with excerpts and links.
  const related = await page.$$eval('.related__card', (cards) =>
    cards.map((card) => ({ id: card.dataset.articleId, href: card.querySelector('a').getAttribute('href'), excerpt: card.querySelector('.related__excerpt').textContent })),
  );
  assert.deepEqual(related.map((r) => r.id), ['samsung-xealth', 'european-stocks-close']);
  assert.equal(related[0].href, '?article=samsung-xealth');
  assert.match(related[0].excerpt, /^قالت شركة سامسونغ/);

  // The sidebar: the feed's posts with their publisher counts in data-views.
  assert.equal(await page.locator('aside .sidebar__heading').textContent(), 'مشهد إخباري');
  const entries = await viewer.sidebarViews();
  assert.equal(entries.length, 12);
  // The article being read is not listed; the others are, in feed order.
  assert.deepEqual(entries.slice(0, 3).map((e) => e.id), ['samsung-xealth', 'european-stocks-close', 'regional-road-closure']);
  assert.ok(!entries.some((e) => e.id === SEED_ID));
  assert.equal(await page.locator('.sidebar__pager').count(), 0, 'twelve posts fit on one page');
  const samsung = entries.find((e) => e.id === 'samsung-xealth');
  assert.equal(samsung.views, 2);
  assert.equal(samsung.text, 'مشاهدتان');
  // Arabic counts in Arabic-Indic digits (the language's default), with the right plural.
  assert.equal(entries.find((e) => e.id === 'petroleum-osoco-visit').text, '٢١ مشاهدة');
  assert.equal(entries.find((e) => e.id === 'european-stocks-close').text, '٤ مشاهدات');
  assert.equal(entries.find((e) => e.id === 'petroleum-osoco-visit').views, 21);
  // Reading time from the body's characters at Arabic reading speed.
  assert.match(await page.textContent('.byline__reading-time'), /^قراءة في [٠-٩]+ دقائق$/);

  // Most viewed: the highest counts first.
  const mostViewed = await page.$$eval('.most-viewed__entry', (items) => items.map((i) => i.dataset.articleId));
  assert.deepEqual(mostViewed.slice(0, 3), ['petroleum-osoco-visit', 'egypt-condolences-texas', 'egypt-condemns-annexation']);

  // Every element that refers to a post says which, and every count is a Western integer.
  assert.equal(await page.textContent('.sidebar__entry[data-article-id="irrigation-jcar-studies"] bdi'), 'JCAR');
  const hooks = await page.$$eval('[data-views]', (els) => els.map((el) => el.dataset.views));
  assert.ok(hooks.length >= 17);
  assert.ok(hooks.every((v) => /^[0-9]+$/.test(v)));

  await page.screenshot({ path: `${ARTIFACTS}seed-article-desktop.png`, fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${ARTIFACTS}seed-article-phone.png`, fullPage: true });
  viewer.assertHealthy();
  await context.close();
});
