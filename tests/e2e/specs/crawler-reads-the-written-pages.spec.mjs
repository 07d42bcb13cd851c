// Crawlers and link previews run no script: the build writes each article
// into static HTML (index.html and article-<id>.html) with its text, its
// links and its sharing metadata, readable with JavaScript switched off.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { useViewer } from '../lib/harness.mjs';
import { DIST } from '../lib/server.mjs';
import { SEED_ID, SEED_TITLE } from '../lib/viewer-page.mjs';

const env = useViewer({ prefix: '/news/viewer/' });
const feed = JSON.parse(await readFile(join(DIST, 'feed.json'), 'utf8'));

async function scriptless() {
  return env.browser.newContext({ javaScriptEnabled: false });
}

/** What a crawler reads from the page. */
function read(page) {
  return page.evaluate(() => {
    const meta = (key) =>
      document.head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? null;
    return {
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      title: document.title,
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent.trim()),
      body: document.querySelector('.article__body')?.textContent ?? '',
      sidebar: document.querySelectorAll('.sidebar__entry').length,
      canonical: document.head.querySelector('link[rel=canonical]')?.getAttribute('href'),
      ogType: meta('og:type'),
      ogTitle: meta('og:title'),
      ogUrl: meta('og:url'),
      ogLocale: meta('og:locale'),
      twitter: meta('twitter:card'),
      description: meta('description'),
      jsonLd: JSON.parse(document.head.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'),
      visible: document.querySelector('article.article')?.checkVisibility() ?? false,
    };
  });
}

test('every article has a page a crawler can read', async () => {
  const context = await scriptless();
  const page = await context.newPage();
  for (const item of feed.items) {
    const response = await page.goto(`${env.server.url}article-${item.id}.html`);
    assert.equal(response.status(), 200, item.id);
    const seen = await read(page);
    assert.deepEqual(seen.h1, [item.title], `${item.id}: one h1, the title`);
    assert.equal(seen.lang, 'ar');
    assert.equal(seen.dir, 'rtl');
    assert.ok(seen.visible, `${item.id}: the article shows without script`);
    assert.ok(seen.title.startsWith(item.title), seen.title);
    const text = item.content_text ?? item.content_html.replace(/<[^>]+>/g, '');
    assert.ok(seen.body.replace(/\s+/g, ' ').includes(text.replace(/\s+/g, ' ').trim().slice(0, 60)), `${item.id}: the body text`);
    assert.equal(seen.sidebar, feed.items.length - 1, 'the list of the other posts');
    assert.equal(seen.canonical, `article-${item.id}.html`, 'canonical: the article page itself (no site-url set)');
    assert.equal(seen.ogUrl, seen.canonical);
    assert.equal(seen.ogType, 'article');
    assert.equal(seen.ogTitle, item.title);
    assert.equal(seen.ogLocale, 'ar_AR');
    assert.equal(seen.twitter, 'summary');
    // The seed's sidebar posts are titles only: no text, so no description.
    if (text.trim()) assert.ok(seen.description.length > 20, `${item.id}: a description`);
    else assert.equal(seen.description, null, `${item.id}: no empty description`);
    assert.equal(seen.jsonLd['@type'], 'NewsArticle');
    assert.equal(seen.jsonLd.headline, item.title);
    assert.equal(seen.jsonLd.mainEntityOfPage, seen.canonical);
  }
  await context.close();
});

test('the front page is the first article, and its links lead to the written pages', async () => {
  const context = await scriptless();
  const page = await context.newPage();
  await page.goto(env.server.url);
  const front = await read(page);
  assert.deepEqual(front.h1, [SEED_TITLE]);
  assert.equal(front.canonical, `article-${SEED_ID}.html`, 'the front page names the article page as canonical');
  const hrefs = await page.$$eval('a[data-article-link]', (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.length > 10);
  for (const href of hrefs) assert.match(href, /^(article-[\w-]+\.html|index\.html)$/);
  // Following a link without script reaches that article's page.
  await page.click('.sidebar__entry[data-article-id="samsung-xealth"] a');
  await page.waitForURL(/article-samsung-xealth\.html$/);
  assert.equal((await read(page)).h1[0], feed.items[1].title);
  await context.close();
});
