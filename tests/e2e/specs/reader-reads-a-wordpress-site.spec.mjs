// A WordPress site as the source, read straight from its REST API: the run's
// real WordPress (lib/wordpress.mjs, started once for all specs by `npm
// test`) on its own origin, the release build on another, as an operator
// with a CDN and a WordPress newsroom would have them. What WordPress
// itself answers is the oracle: the page must show it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { useViewer } from '../lib/harness.mjs';
import { pageWithSettings } from '../lib/operator-page.mjs';
import { DIST } from '../lib/server.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';
import { askWordPress, routeSiteMedia, wordpressSite } from '../lib/wordpress.mjs';

const site = wordpressSite();
const wpOrigin = new URL(site.url).origin;
// Nothing listens there: the site that cannot be reached.
const DEAD = 'http://127.0.0.1:9';

// The operator's two edits for a WordPress source on another origin: the
// CSP's connect-src names it, and (for `?feed=`) so does the allowlist.
const csp = /Content-Security-Policy:\s*(.*)/.exec(readFileSync(join(DIST, '_headers'), 'utf8'))[1]
  .replace("connect-src 'self'", `connect-src 'self' ${wpOrigin} ${DEAD}`);
const env = useViewer({
  headers: { 'content-security-policy': csp },
  routes: { 'news.html': pageWithSettings({ 'allowed-feed-origins': `${wpOrigin} ${DEAD}` }) },
});

/** WordPress's own answer for `route`, as JSON. */
const wordpress = (route) => askWordPress(site, route);

/** A phone-sized context that reaches the site's media; `closeReader` closes it. */
const closers = new WeakMap();
async function readerContext() {
  // No service worker: its requests would bypass the routes.
  const context = await env.browser.newContext({ viewport: { width: 412, height: 900 }, serviceWorkers: 'block' });
  closers.set(context, await routeSiteMedia(context, site));
  return context;
}
const closeReader = (context) => closers.get(context)();

const open = async (context, feed, query = '') =>
  ViewerPage.open(context, `${env.server.url}news.html?feed=${encodeURIComponent(feed)}${query}`);

test('the front page is the newest post, right to left, with its author, image, blocks and related posts', async () => {
  const [newest, second] = await wordpress('wp/v2/posts?per_page=2&_embed=author,wp:featuredmedia');
  const context = await readerContext();
  const viewer = await open(context, `${site.url}/wp-json/`);
  const slug = decodeURIComponent(newest.slug);
  await viewer.waitForArticle(slug, newest.views + 1).catch(async (error) => {
    throw new Error(`${error.message}: ${await viewer.page.evaluate(() => document.querySelector('main, body').innerText.slice(0, 400))} ${viewer.problems}`);
  });
  const seen = await viewer.page.evaluate(() => {
    const article = document.querySelector('article.article');
    const image = article.querySelector('.article__image');
    const body = article.querySelector('.article__body');
    return {
      html: [document.documentElement.lang, document.documentElement.dir],
      article: [article.lang, article.dir],
      h1s: document.querySelectorAll('h1').length,
      title: article.querySelector('h1').textContent,
      byline: article.querySelector('.byline__names')?.textContent,
      date: article.querySelector('.byline__date')?.getAttribute('datetime'),
      bio: article.querySelector('.author-box__bio')?.textContent,
      image: image && { src: image.getAttribute('src'), alt: image.alt, width: image.width, height: image.getAttribute('height'), srcset: image.getAttribute('srcset') },
      captions: [...body.querySelectorAll('figure:not(.embed-card) > figcaption')].map((c) => c.textContent.trim()),
      bodyImages: [...body.querySelectorAll('img')].map((i) => ({ src: i.getAttribute('src'), srcset: i.getAttribute('srcset'), alt: i.alt })),
      table: body.querySelectorAll('table th').length,
      quote: body.querySelector('blockquote cite')?.textContent,
      frames: body.querySelectorAll('iframe').length,
      card: [...body.querySelectorAll('.embed-card a')].map((a) => [a.getAttribute('href'), a.target, a.closest('.embed-card').textContent]),
      related: [...document.querySelectorAll('.related__card')].map((c) => c.dataset.articleId),
    };
  });
  assert.deepEqual(seen.html, ['ar', 'rtl']);
  assert.deepEqual(seen.article, ['ar', 'rtl']);
  assert.equal(seen.h1s, 1);
  assert.equal(seen.title, newest.title.rendered);
  assert.equal(seen.byline, newest._embedded.author[0].name);
  assert.equal(seen.bio, newest._embedded.author[0].description);
  // date_gmt is UTC; the site's zone (Asia/Dubai) is four hours ahead.
  assert.equal(new Date(seen.date).toISOString(), new Date(`${newest.date_gmt}Z`).toISOString());
  assert.notEqual(newest.date, newest.date_gmt);
  const media = newest._embedded['wp:featuredmedia'][0];
  assert.equal(seen.image.src, media.source_url.replace(/^http:/, 'https:'));
  assert.equal(seen.image.alt, media.alt_text);
  assert.equal(seen.image.height, String(media.media_details.height));
  for (const size of Object.values(media.media_details.sizes)) {
    assert.ok(seen.image.srcset.includes(`${size.source_url.replace(/^http:/, 'https:')} ${size.width}w`), `${size.file} in srcset`);
  }
  assert.deepEqual(seen.captions.sort(), ['أدوات شائعة في غرف الأخبار', 'شاشة التحرير في إحدى الغرف', 'معرض من غرفة الأخبار', 'مقابلة مع رئيسة التحرير'].sort());
  assert.equal(seen.bodyImages.length, 3, 'the captioned image and both gallery images');
  for (const image of seen.bodyImages) {
    assert.match(image.src, /^https:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\//);
    assert.match(image.srcset, / 300w/);
    assert.ok(image.alt.length > 0);
  }
  assert.equal(seen.table, 2);
  assert.equal(seen.quote, 'رئيسة التحرير');
  assert.equal(seen.frames, 0, 'no live frame');
  assert.equal(seen.card.length, 1);
  assert.match(seen.card[0][0], /^https:\/\/www\.youtube\.com\//);
  assert.equal(seen.card[0][1], '_blank');
  assert.match(seen.card[0][2], /YouTube/);
  assert.equal(seen.related[0], decodeURIComponent(second.slug), 'the post of the same category first');
  // Every image is really there (loaded through the https route), the lazy ones once scrolled to.
  for (const image of await viewer.page.$$('article img')) {
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((img) => img.decode());
    assert.ok(await image.evaluate((img) => img.naturalWidth > 0));
  }
  viewer.assertHealthy();
  await closeReader(context);
});

test('an English post with WordPress-made references reads as English, left to right; counts rise per opening', async () => {
  const [english] = await wordpress(`wp/v2/posts?search=leaves`);
  const context = await readerContext();
  const viewer = await open(context, `${site.url}/wp-json/`, `&article=${encodeURIComponent(english.slug)}`);
  await viewer.waitForArticle(english.slug, english.views + 1);
  const shown = await viewer.page.evaluate((rendered) => ({
    title: document.querySelector('article h1').textContent,
    decoded: new DOMParser().parseFromString(rendered, 'text/html').body.textContent,
    article: [document.querySelector('article.article').lang, document.querySelector('article.article').dir],
    html: document.documentElement.lang,
    byline: document.querySelector('.byline__names').textContent,
  }), english.title.rendered);
  assert.match(english.title.rendered, /&#8220;|&#8217;|&#8211;|&#8230;|&#038;/, 'WordPress wrote references');
  assert.equal(shown.title, shown.decoded);
  assert.match(shown.title, /[“”’–…]/);
  assert.deepEqual(shown.article, ['en', 'ltr']);
  assert.equal(shown.html, 'en');
  assert.equal(shown.byline, 'Daniel Reed & Co', 'the name WordPress stored as &amp;');
  await viewer.page.reload();
  await viewer.waitForArticle(english.slug, english.views + 2);
  viewer.assertHealthy();
  await closeReader(context);
});

test('the sidebar pages through every post, fetching the next page of the API when the reader reaches it', async () => {
  const all = (await wordpress('wp/v2/posts?per_page=100&_fields=slug,views')).map((p) => ({ id: decodeURIComponent(p.slug), views: p.views }));
  assert.ok(all.length > 24, 'more posts than the first page and two sidebar pages');
  const context = await readerContext();
  const pageRequests = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/wp/v2/posts') && url.searchParams.get('page')) pageRequests.push(url.searchParams.get('page'));
  });
  const viewer = await open(context, `${site.url}/wp-json/`);
  await viewer.waitForArticle(all[0].id, all[0].views + 1);
  const listed = () => viewer.page.$$eval('.sidebar__entry', (entries) => entries.map((e) => e.dataset.articleId));
  const older = () => viewer.page.locator('.sidebar__pager button').nth(1);
  assert.deepEqual(await listed(), all.slice(1, 13).map((p) => p.id));
  assert.deepEqual(pageRequests, ['1'], 'only the first page until the reader asks for more');
  // The pager counts the posts not loaded yet (X-WP-Total), in Arabic digits.
  const pages = Math.ceil((all.length - 1) / 12);
  assert.equal(await viewer.page.textContent('.sidebar__page'), `صفحة ١ من ${pages.toLocaleString('ar-EG')}`);
  const expectPage = async (n) => {
    const expected = all.slice(1 + 12 * (n - 1), 1 + 12 * n).map((p) => p.id);
    await viewer.page.waitForFunction(
      (expected) => JSON.stringify([...document.querySelectorAll('.sidebar__entry')].map((e) => e.dataset.articleId)) === JSON.stringify(expected),
      expected,
      { timeout: 10000 },
    ).catch(async () => assert.deepEqual(await listed(), expected, `sidebar page ${n}`));
  };
  for (let n = 2; n <= pages; n += 1) {
    await older().click();
    await expectPage(n);
  }
  assert.equal(await older().isDisabled(), true, 'the last page is the last');
  assert.deepEqual(pageRequests, ['1', '2'], 'the second page of the API fetched once, when reached');
  // The oldest post, which came with the second page, opens in the app.
  const oldest = all.at(-1);
  await viewer.page.click(`.sidebar__entry[data-article-id="${oldest.id}"] a`);
  await viewer.waitForArticle(oldest.id, oldest.views + 1);
  assert.equal(await viewer.page.$$eval('.error-panel', (panels) => panels.length), 0);
  viewer.assertHealthy();
  await closeReader(context);
});

test('an article beyond the first page is fetched by its slug; a post that does not exist is not found', async () => {
  const all = (await wordpress('wp/v2/posts?per_page=100&_fields=slug,views')).map((p) => ({ id: decodeURIComponent(p.slug), views: p.views }));
  const beyond = all[all.length - 2];
  const context = await readerContext();
  const asked = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.get('slug') !== null) asked.push(url.searchParams.get('slug'));
  });
  const viewer = await open(context, `${site.url}/wp-json/`, `&article=${encodeURIComponent(beyond.id)}`);
  await viewer.waitForArticle(beyond.id, beyond.views + 1);
  assert.deepEqual(asked, [beyond.id]);
  // Its sidebar lists the first page's posts, not the article itself.
  assert.deepEqual(
    await viewer.page.$$eval('.sidebar__entry', (entries) => entries.map((e) => e.dataset.articleId)),
    all.slice(0, 12).map((p) => p.id),
  );
  assert.equal(await viewer.page.$$eval('h1', (h) => h.length), 1);
  viewer.assertHealthy();
  await viewer.page.close();

  const missing = new ViewerPage(await context.newPage(), { expectedErrors: [/article-viewer: .*no-such-post/] });
  await missing.goto(`${env.server.url}news.html?feed=${encodeURIComponent(`${site.url}/wp-json/`)}&article=no-such-post`);
  await missing.page.waitForSelector('main .error-panel[data-error="article-not-found"]', { timeout: 10000 });
  assert.deepEqual(asked, [beyond.id, 'no-such-post'], 'asked the site once before saying so');
  assert.ok(await missing.page.$('main .error-panel__home'), 'with a link to the front page');
  missing.assertHealthy();
  await closeReader(context);
});

test('a site is found from its front page (whose HTML has no CORS) and from a plain-permalink root', async () => {
  const context = await readerContext();
  const [newest] = await wordpress('wp/v2/posts?per_page=1');
  // One browser: the second opening counts on top of the first.
  for (const [index, feed] of [`${site.url}/`, `${site.url}/?rest_route=/`].entries()) {
    const page = await context.newPage();
    // The front page's own answer is refused to this origin (WordPress sends no CORS with HTML).
    const viewer = new ViewerPage(page, { expectedErrors: [/blocked by CORS policy/, /Failed to load resource/] });
    await viewer.goto(`${env.server.url}news.html?feed=${encodeURIComponent(feed)}`);
    await viewer.waitForArticle(decodeURIComponent(newest.slug), newest.views + 1 + index);
    viewer.assertHealthy();
    await viewer.page.close();
  }
  await closeReader(context);
});

test('each way a WordPress source fails has its own panel', async () => {
  const context = await readerContext();
  const cases = [
    [`${site.url}/mode-closed/wp-json/`, 'wordpress-closed'],
    [`${site.url}/mode-html/wp-json/`, 'html-not-json'],
    // The database stopped: WordPress answers 500 with its HTML error page,
    // without CORS headers, so to a page on another origin the site is unreachable.
    [`${site.url}/mode-nodb/wp-json/`, 'unreachable'],
    [`${DEAD}/wp-json/`, 'unreachable'],
    [`${site.url}/wp-json/oembed/1.0/`, 'not-wordpress'],
  ];
  for (const [feed, kind] of cases) {
    const page = await context.newPage();
    const viewer = new ViewerPage(page, { expectedErrors: [/Failed to load resource/, /blocked by CORS policy/, /^article-viewer: /] });
    await viewer.goto(`${env.server.url}news.html?feed=${encodeURIComponent(feed)}`);
    await viewer.settled();
    const panel = await page.evaluate(() => {
      const panel = document.querySelector('.error-panel');
      return panel && { kind: panel.dataset.error, text: panel.textContent, h1s: document.querySelectorAll('h1').length };
    });
    assert.equal(panel?.kind, kind, `${feed}: ${panel?.text}`);
    assert.equal(panel.h1s, 1);
    assert.equal(viewer.consoleErrors.filter((e) => e.startsWith('article-viewer: ')).length, 1, 'one console line says what went wrong');
    viewer.assertHealthy();
    await page.close();
  }
  await closeReader(context);
});

test('a next page past the end (posts deleted meanwhile) is said in the sidebar; the article and the loaded posts stay', async () => {
  const context = await readerContext();
  const page = await context.newPage();
  const viewer = new ViewerPage(page, { expectedErrors: [/Failed to load resource/, /^article-viewer: the site has no page 2 of posts/] });
  await viewer.goto(`${env.server.url}news.html?feed=${encodeURIComponent(`${site.url}/mode-shrunk/wp-json/`)}`);
  await viewer.settled();
  await page.locator('.sidebar__pager button').nth(1).click();
  const panel = await page.waitForSelector('.sidebar .error-panel[data-error="wordpress-page-past-end"]', { timeout: 10000 });
  assert.ok(await panel.$('h2'), 'a nested heading: the page keeps one h1');
  assert.equal(await page.$$eval('h1', (h) => h.length), 1);
  // The posts of the first page are still listed, and the pager now ends where the site does.
  assert.equal(await page.$$eval('.sidebar__entry', (e) => e.length), 7);
  assert.equal(await page.locator('.sidebar__pager button').nth(1).isDisabled(), true);
  assert.ok(await page.$('main article.article'));
  assert.equal(viewer.consoleErrors.filter((e) => e.startsWith('article-viewer: ')).length, 1);
  viewer.assertHealthy();
  await closeReader(context);
});

test('an embedded author that is an error object leaves the post without a byline, not broken', async () => {
  const context = await readerContext();
  const page = await context.newPage();
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const viewer = new ViewerPage(page);
  await viewer.goto(`${env.server.url}news.html?feed=${encodeURIComponent(`${site.url}/mode-author-error/wp-json/`)}`);
  await viewer.settled();
  const seen = await page.evaluate(() => ({
    title: document.querySelector('article h1')?.textContent,
    byline: document.querySelector('.byline__names'),
    box: document.querySelector('.author-box'),
  }));
  assert.ok(seen.title);
  assert.equal(seen.byline, null);
  assert.equal(seen.box, null);
  assert.ok(warnings.some((w) => w.includes('rest_user_cannot_view')), warnings.join('\n'));
  viewer.assertHealthy();
  await closeReader(context);
});
