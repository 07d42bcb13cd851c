// Offline reading: after a first visit the service worker has this build's
// pages and files, and every feed read through it; a reader can reopen an
// article with no network. A new build takes over cleanly, never mixing
// its HTML with the old wasm. Embedded viewers are left alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { DIST, serve } from '../lib/server.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

let browser;
let server;
let root;

before(async () => {
  browser = await launch();
  // A copy of dist/, so a test can deploy a "new build" over it.
  root = await mkdtemp(join(tmpdir(), 'offline-dist-'));
  await cp(DIST, root, { recursive: true });
  server = await serve({ prefix: '/news/viewer/', root });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

/** Opens `path`, waits for the worker to control the page (one reload: it does not claim pages). */
async function visitControlled(context, path) {
  const viewer = await ViewerPage.open(context, `${server.url}${path}`);
  await viewer.settled();
  await viewer.page.evaluate(() => navigator.serviceWorker.ready);
  await viewer.page.reload();
  await viewer.settled();
  assert.ok(await viewer.page.evaluate(() => !!navigator.serviceWorker.controller), 'controlled');
  return viewer;
}

test('an article read once reopens offline, and so do the other pages of the build', async () => {
  const context = await browser.newContext();
  const viewer = await visitControlled(context, 'index.html?article=samsung-xealth');
  await viewer.waitForArticle('samsung-xealth', 4);

  await context.setOffline(true);
  await viewer.page.reload();
  await viewer.settled();
  await viewer.waitForArticle('samsung-xealth', 5);
  // Moving to another article needs nothing new.
  await viewer.clickSidebarLink(SEED_ID);
  await viewer.waitForArticle(SEED_ID, 1);
  // A written article page of the build, never opened before, opens too.
  await viewer.page.goto(`${server.url}article-shein-fine-france.html`);
  await viewer.settled();
  await viewer.waitForArticle('shein-fine-france', 13);
  // The folder address serves the front page.
  await viewer.page.goto(server.url);
  await viewer.settled();
  await viewer.waitForArticle(SEED_ID, 2);
  viewer.assertHealthy();
  await context.setOffline(false);
  await context.close();
});

test('an embedded viewer is not served or cached by the worker', async () => {
  const context = await browser.newContext();
  const viewer = await visitControlled(context, 'index.html');
  // Online, a framed page loads another feed: nothing of it is cached.
  const framed = await ViewerPage.open(context, `${server.url}index.html?embed=1&feed=fixtures/english.json`);
  await framed.settled();
  const cached = await framed.page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    return urls;
  });
  assert.ok(cached.some((u) => u.endsWith('/feed.json')), 'the full page\'s feed is cached');
  assert.ok(!cached.some((u) => u.includes('english.json')), 'the embedded page\'s feed is not');
  // Offline, the framed address is not answered from the cache.
  await context.setOffline(true);
  const response = await framed.page.goto(`${server.url}index.html?article=${SEED_ID}&embed=1`).catch((error) => error);
  assert.ok(response instanceof Error, 'an embedded page is never served by the worker');
  await context.setOffline(false);
  await viewer.page.close();
  await context.close();
});

test('a new build takes over cleanly: its own page with its own files, the old cache deleted', async () => {
  const context = await browser.newContext();
  const first = await visitControlled(context, 'index.html');
  const oldCaches = await first.page.evaluate(() => caches.keys());
  assert.equal(oldCaches.filter((n) => n.startsWith('article-viewer-shell-')).length, 1);

  // Deploy a "new build": another page and another worker.
  const html = await readFile(join(root, 'index.html'), 'utf8');
  await writeFile(join(root, 'index.html'), html.replace('<head>', '<head><meta name="build" content="two">'));
  const sw = await readFile(join(root, 'sw.js'), 'utf8');
  await writeFile(join(root, 'sw.js'), sw.replace(/const BUILD = '([0-9a-f]+)'/, "const BUILD = '$1-two'"));

  // Online, the page is the new one at once (pages come from the network first).
  await first.page.reload();
  await first.settled();
  assert.equal(await first.page.getAttribute('meta[name=build]', 'content'), 'two');
  // The new worker waits until no page of the old build is open, then takes over.
  await first.page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update();
    while (!registration.waiting) await new Promise((done) => setTimeout(done, 50));
  });
  await first.page.close();
  await new Promise((done) => setTimeout(done, 500));
  const second = await ViewerPage.open(context, `${server.url}index.html`);
  await second.settled();
  // Wait until the new worker has activated and deleted the old build's cache.
  let shells = [];
  for (let i = 0; i < 100; i += 1) {
    shells = (await second.page.evaluate(() => caches.keys())).filter((n) => n.startsWith('article-viewer-shell-'));
    if (shells.length === 1 && shells[0].endsWith('-two')) break;
    await second.page.waitForTimeout(150);
  }
  assert.equal(shells.length, 1, `one build's cache: ${shells}`);
  assert.ok(shells[0].endsWith('-two'), `the new build's: ${shells}`);
  await second.page.reload();
  await second.settled();
  // Offline now: the new build's page, with the files it names.
  await context.setOffline(true);
  await second.page.reload();
  await second.settled();
  assert.equal(await second.page.getAttribute('meta[name=build]', 'content'), 'two');
  await second.waitForArticle(SEED_ID, 6); // the sixth opening in this browser
  second.assertHealthy();
  await context.setOffline(false);
  await context.close();
});
