// A publisher's page on another origin shows posts of a WordPress site
// (the run's real one, on a third origin) through the viewer on its CDN:
// `<article-viewer feed="…/wp-json/">` elements, one of them naming a post
// beyond the first page of the API, and the framed page with resize.js.
// The site's own answers are the oracle.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';

import { launch } from '../lib/browser.mjs';
import { hostSite, policyFramedBy } from '../lib/host-site.mjs';
import { pageWithSettings } from '../lib/operator-page.mjs';
import { serve } from '../lib/server.mjs';
import { askWordPress, routeSiteMedia, wordpressPosts, wordpressSite } from '../lib/wordpress.mjs';

const site = wordpressSite();
const root = `${site.url}/wp-json/`;
const env = {};

before(async () => {
  env.posts = await wordpressPosts(site);
  env.english = (await askWordPress(site, 'wp/v2/posts?search=leaves&_fields=slug'))[0].slug;
  env.browser = await launch();
  env.host = await hostSite({
    '/': () => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <script src="${env.viewer.url}embed.js" defer></script></head><body>
      <h1>Publisher's page</h1>
      <article-viewer id="front" feed="${root}"></article-viewer>
      <article-viewer id="beyond" feed="${root}" article="${env.posts.at(-2).id}" show="article"></article-viewer>
      <article-viewer id="gone" feed="${root}" article="no-such-post" show="article"></article-viewer>
      <iframe id="framed" title="Article" style="width: 700px; border: 0; display: block"
        src="${env.viewer.url}news.html?feed=${encodeURIComponent(root)}&article=${env.english}&embed=1"></iframe>
      <script src="${env.viewer.url}resize.js"></script>
      </body></html>`,
  });
  // The operator's edits for a WordPress source: connect-src names the
  // site, `?feed=` may name it, and the host may frame the viewer.
  const policy = (await policyFramedBy(env.host.origin)).replace("connect-src 'self'", `connect-src 'self' ${new URL(site.url).origin}`);
  env.viewer = await serve({
    headers: { 'access-control-allow-origin': '*', 'content-security-policy': policy },
    routes: { 'news.html': pageWithSettings({ 'allowed-feed-origins': new URL(site.url).origin }) },
  });
});

after(async () => {
  await env.browser?.close();
  await env.viewer?.close();
  await env.host?.close();
});

test('elements and a frame on another origin show the site\'s posts, fetching one beyond the first page', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 }, serviceWorkers: 'block' });
  const close = await routeSiteMedia(context, site);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    // The one expected error: the element whose post does not exist says so.
    if (m.type() === 'error' && !/^article-viewer: the feed has no article with id "no-such-post"/.test(m.text())) problems.push(m.text());
  });
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['article-viewer:loaded', 'article-viewer:error']) {
      document.addEventListener(name, (e) => window.__events.push({ name, id: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(env.host.url);
  const event = (id) =>
    page.waitForFunction((id) => window.__events.find((e) => e.id === id), id, { timeout: 15000 }).then((h) => h.jsonValue());

  const [newest] = env.posts;
  const front = await event('front');
  assert.equal(front.name, 'article-viewer:loaded');
  assert.equal(front.detail.article, newest.id);
  const shown = await page.evaluate(() => {
    const shadow = document.getElementById('front').shadowRoot;
    const article = shadow.querySelector('article.article');
    return { title: article.querySelector('h1').textContent, dir: article.dir, entries: shadow.querySelectorAll('.sidebar__entry').length };
  });
  const decoded = await page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, newest.title);
  assert.equal(shown.title, decoded);
  assert.equal(shown.dir, 'rtl');
  assert.equal(shown.entries, 12);

  // Not on the first page of 20: fetched by its slug, then reported loaded.
  const beyond = await event('beyond');
  assert.equal(beyond.name, 'article-viewer:loaded', JSON.stringify(beyond));
  assert.equal(beyond.detail.article, env.posts.at(-2).id);
  assert.equal(
    await page.evaluate(() => document.getElementById('beyond').shadowRoot.querySelector('article.article').dataset.articleId),
    env.posts.at(-2).id,
  );

  const gone = await event('gone');
  assert.equal(gone.name, 'article-viewer:error');
  assert.equal(gone.detail.kind, 'article-not-found');

  // The framed page reads the site too (its own CSP and allowlist), and sizes itself.
  const frame = page.frame({ url: (u) => u.href.includes('embed=1') });
  await frame.waitForSelector('article.article', { timeout: 15000 });
  assert.equal(await frame.$eval('article.article', (a) => [a.dataset.articleId, a.dir].join()), `${decodeURIComponent(env.english)},ltr`);
  // Scrolled to, as a reader would (and as the widget spec does): off screen,
  // Chromium may throttle the frame's rendering, and with it its height reports.
  await page.$eval('#framed', (f) => f.scrollIntoView());
  await page.waitForFunction(() => document.getElementById('framed').getBoundingClientRect().height > 300, null, { timeout: 15000 });

  // Each element counted its opening in the host origin's storage: the count shown is the site's plus one.
  await page.waitForFunction(
    ([expected]) => document.getElementById('front').shadowRoot.querySelector('.article__views [data-views]')?.dataset.views === expected,
    [String(newest.views + 1)],
  );
  assert.deepEqual(problems, []);
  await close();
});
