// `cargo xtask build --source <a WordPress REST root>` writes the static
// pages from the site (the run's real WordPress): the front page and one
// page per post, each readable with no script at all, each taken over by
// the app, which reads the site live; the build's policy lets it connect.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { launch } from '../lib/browser.mjs';
import { serve } from '../lib/server.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';
import { routeSiteMedia, wordpressPosts, wordpressSite } from '../lib/wordpress.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const site = wordpressSite();
const env = {};

before(async () => {
  env.posts = await wordpressPosts(site);
  env.dir = await mkdtemp(join(tmpdir(), 'wordpress-dist-'));
  // The operator's command, as the README gives it.
  await promisify(execFile)('cargo', ['xtask', 'build', '--source', `${site.url}/wp-json/`, '--dist', env.dir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  env.pages = {};
  for (const name of (await readdir(env.dir)).filter((n) => /^(index|article-.*)\.html$/.test(n))) {
    const html = await readFile(join(env.dir, name), 'utf8');
    env.pages[name] = { name, html };
  }
  const policy = /Content-Security-Policy:\s*(.*)/.exec(await readFile(join(env.dir, '_headers'), 'utf8'))[1];
  env.policy = policy;
  env.server = await serve({ root: env.dir, headers: { 'content-security-policy': policy } });
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  await env.server?.close();
  if (env.dir) await rm(env.dir, { recursive: true, force: true });
});

const decode = (page, html) => page.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, html);

test('every post is written, with its title, and the policy lets the page reach the site', async () => {
  assert.match(env.policy, new RegExp(`connect-src 'self' ${new URL(site.url).origin};`));
  const index = await readFile(join(env.dir, 'index.html'), 'utf8');
  assert.match(index, new RegExp(`data-prerendered="${env.posts[0].id}" data-prerendered-for=""`), 'the front page is the newest post');
  assert.match(index, /<html lang="ar" dir="rtl"/);
  assert.ok(index.includes(`<meta name="article-viewer:feed" content="${site.url}/wp-json/"`));
  const page = await env.browser.newPage();
  for (const post of env.posts) {
    const written = Object.values(env.pages).find((p) => p.name !== 'index.html' && p.html.includes(`data-prerendered-for="${post.id}"`));
    assert.ok(written, `a page for ${post.id}`);
    const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(written.html)[1];
    assert.equal(await decode(page, h1), await decode(page, post.title), `${written.name} carries its title`);
  }
  assert.equal(Object.keys(env.pages).length, env.posts.length + 1, 'one page per post, and the front page');
  await page.close();
});

test('a written post beyond the first page reads without script, and the app takes it over from the live site', async () => {
  const oldest = env.posts.at(-1);
  const { name } = Object.values(env.pages).find((p) => p.name !== 'index.html' && p.html.includes(`data-prerendered-for="${oldest.id}"`));

  const crawler = await env.browser.newContext({ javaScriptEnabled: false });
  const still = await crawler.newPage();
  await still.goto(`${env.server.url}${name}`);
  assert.equal(await still.textContent('article.article h1'), await decode(still, oldest.title));
  await crawler.close();

  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const close = await routeSiteMedia(context, site);
  const viewer = await ViewerPage.open(context, `${env.server.url}${name}`);
  await viewer.settled();
  // Not among the site's first 20 posts: fetched by slug, then the copy is replaced, and the opening counted.
  await viewer.waitForArticle(oldest.id, oldest.views + 1);
  assert.equal(await viewer.page.$$eval('[data-prerendered]', (e) => e.length), 0);
  assert.equal(await viewer.page.$$eval('h1', (e) => e.length), 1);
  viewer.assertHealthy();
  await close();
});

test("each page starts the site's requests for its first article itself, and the app asks for neither again", async () => {
  const listed = /<meta name="article-viewer:first-requests" content="([^"]*)"/.exec(env.pages['index.html'].html);
  assert.ok(listed, 'the build wrote down what the app asked the site for');
  const addresses = listed[1].replaceAll('&amp;', '&').split(' ');
  assert.equal(addresses.length, 2, addresses.join(' '));
  assert.equal(addresses[0], `${site.url}/wp-json/`);
  assert.ok(addresses[1].startsWith(`${site.url}/wp-json/wp/v2/posts?per_page=`), addresses[1]);
  for (const page of Object.values(env.pages)) assert.ok(page.html.includes(listed[0]), `${page.name} lists them too`);

  const context = await env.browser.newContext({ serviceWorkers: 'block' });
  const close = await routeSiteMedia(context, site);
  const asked = [];
  context.on('request', (request) => asked.push(request.url()));
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.settled();
  await viewer.waitForArticle(env.posts[0].id, env.posts[0].views + 1);
  const started = await viewer.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => [entry.name, entry.startTime]));
  const wasm = started.find(([name]) => name.endsWith('_bg.wasm'));
  assert.ok(wasm, 'the wasm was requested');
  for (const address of addresses) {
    assert.equal(asked.filter((url) => url === address).length, 1, `${address}: one request`);
    const entry = started.find(([name]) => name === address);
    assert.ok(entry && entry[1] < wasm[1], `${address}: started at ${entry?.[1]} ms, before the wasm at ${wasm[1]} ms`);
  }
  viewer.assertHealthy();
  await close();
  await context.close();
});

test('posts read once, one of them fetched by slug, reopen offline', async () => {
  const [newest] = env.posts;
  const beyond = env.posts.at(-3);
  const context = await env.browser.newContext();
  const close = await routeSiteMedia(context, site);
  const viewer = new ViewerPage(await context.newPage(), { expectedErrors: [/Failed to load resource/] });
  await viewer.goto(`${env.server.url}index.html`);
  await viewer.settled();
  await viewer.page.evaluate(() => navigator.serviceWorker.ready);
  // The worker does not claim the page that registered it: from the next load on, it serves.
  await viewer.page.reload();
  await viewer.settled();
  assert.ok(await viewer.page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled');
  await viewer.waitForArticle(newest.id, newest.views + 2);
  await viewer.goto(`${env.server.url}index.html?article=${encodeURIComponent(beyond.id)}`);
  await viewer.waitForArticle(beyond.id, beyond.views + 1);

  await context.setOffline(true);
  await viewer.goto(`${env.server.url}index.html`);
  await viewer.waitForArticle(newest.id, newest.views + 3);
  await viewer.goto(`${env.server.url}index.html?article=${encodeURIComponent(beyond.id)}`);
  await viewer.waitForArticle(beyond.id, beyond.views + 2);
  const cached = await viewer.page.evaluate(async () => {
    const urls = [];
    for (const request of await (await caches.open('article-viewer-feeds-v1')).keys()) urls.push(request.url);
    return urls;
  });
  assert.ok(cached.some((u) => u.includes('/wp-json/wp/v2/posts?') && u.includes('page=1')), cached.join('\n'));
  assert.ok(cached.some((u) => u.includes('slug=')), 'the post fetched by slug');
  assert.ok(!cached.some((u) => u.includes('/wp-content/')), 'images are not kept');
  viewer.assertHealthy();
  await context.setOffline(false);
  await close();
});
