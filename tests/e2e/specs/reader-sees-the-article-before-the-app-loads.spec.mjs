// The build writes each article into its page, so a reader sees it before
// any wasm has loaded; the app then takes the page over without a flash or
// a layout shift. An address that asks for another article never shows the
// written one, not even for a frame.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { appRequestsAndPaint, SEED_ID, SEED_TITLE, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer({ prefix: '/news/viewer/' });

/** Holds back the wasm until `release()` is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route('**/*.wasm', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Sums every layout shift the page has had (CLS without session windows: an upper bound). */
async function layoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 300);
      }),
  );
}

const visibleTitle = (page) =>
  page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).map((h) => h.textContent.trim()));

test('the written article shows before the wasm, and the app takes over in place', async () => {
  const context = await env.browser.newContext({ viewport: { width: 412, height: 900 } });
  const viewer = new ViewerPage(await context.newPage());
  const release = await holdWasm(viewer.page);
  await viewer.goto(env.server.url);
  await viewer.page.waitForSelector('[data-prerendered] h1');
  assert.deepEqual(await visibleTitle(viewer.page), [SEED_TITLE], 'the article is on screen with no wasm');
  assert.equal(await viewer.storedCount(SEED_ID), null, 'nothing counted yet');
  const before = await viewer.page.$eval('[data-prerendered] h1', (h) => JSON.stringify(h.getBoundingClientRect()));

  release();
  await viewer.settled();
  await viewer.waitForArticle(SEED_ID, 1);
  assert.equal(await viewer.storedCount(SEED_ID), '1', 'the opening is counted once');
  assert.deepEqual(await visibleTitle(viewer.page), [SEED_TITLE]);
  const after = await viewer.page.$eval('article.article h1', (h) => JSON.stringify(h.getBoundingClientRect()));
  assert.equal(after, before, 'the title has not moved');
  assert.equal(await viewer.page.locator('.viewer-root').count(), 1, 'one root: the written copy is gone');
  assert.equal(await viewer.page.locator('.viewer-root[hidden]').count(), 0);
  assert.equal(await layoutShift(viewer.page), 0, 'no layout shift at any point');
  viewer.assertHealthy();
  await context.close();
});

test("the app's requests start after the written article's first contentful paint", async () => {
  // Not one frame after the main thread painted, but after the paint's own
  // timestamp (the frame's presentation), which the browser reports later:
  // a request begun in between was charged to the page's paint by
  // Lighthouse's simulation.
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.settled();
  const timings = await viewer.page.evaluate(appRequestsAndPaint);
  assert.ok(timings.paint > 0, 'the written page had a contentful paint');
  assert.equal(timings.requests.length, 2, `the module and the wasm: ${JSON.stringify(timings.requests)}`);
  for (const request of timings.requests) {
    assert.ok(request.start > timings.paint, `${request.name} requested at ${request.start} ms, after the paint at ${timings.paint} ms`);
  }
  viewer.assertHealthy();
  await context.close();
});

test('a wasm that does not load leaves the written article readable and says which file failed', async () => {
  for (const [failure, answer, named] of [
    ['an error status', (route) => route.fulfill({ status: 404, body: 'gone' }), /: HTTP 404$/],
    ['a failed request', (route) => route.abort('connectionrefused'), /_bg\.wasm: .+/],
  ]) {
    const context = await env.browser.newContext();
    const viewer = new ViewerPage(await context.newPage(), { expectedErrors: [/Failed to load resource/] });
    await viewer.page.route('**/*_bg.wasm', answer);
    const uncaught = viewer.page.waitForEvent('pageerror', { timeout: 15000 });
    await viewer.goto(env.server.url);
    const error = await uncaught;
    assert.match(error.message, /^article-viewer: could not load \.\/article-viewer-[0-9a-f]+_bg\.wasm: /, failure);
    assert.match(error.message, named, failure);
    assert.deepEqual(await visibleTitle(viewer.page), [SEED_TITLE], `${failure}: the written article stays`);
    assert.equal(await viewer.storedCount(SEED_ID), null, `${failure}: nothing counted without the app`);
    await context.close();
  }
});

test('an address for another article never shows the written one', async () => {
  const context = await env.browser.newContext();
  const viewer = new ViewerPage(await context.newPage());
  const release = await holdWasm(viewer.page);
  await viewer.goto(`${env.server.url}index.html?article=shein-fine-france`);
  await viewer.page.waitForLoadState('domcontentloaded');
  assert.equal(await viewer.page.locator('[data-prerendered]').count(), 1, 'the copy is in the file');
  assert.deepEqual(await visibleTitle(viewer.page), [], 'but hidden before the first paint');
  release();
  await viewer.settled();
  await viewer.waitForArticle('shein-fine-france', 13);
  assert.equal(await viewer.page.locator('[data-prerendered]').count(), 0);
  viewer.assertHealthy();
  await context.close();
});

test("an article's own page is taken over, and moves in-app from there", async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}article-samsung-xealth.html`);
  await viewer.settled();
  await viewer.waitForArticle('samsung-xealth', 3);
  await viewer.clickSidebarLink(SEED_ID);
  await viewer.waitForArticle(SEED_ID, 1);
  assert.equal(new URL(viewer.page.url()).search, `?article=${SEED_ID}`, 'an in-app address');
  await viewer.page.goBack();
  await viewer.waitForArticle('samsung-xealth', 4);
  assert.match(viewer.page.url(), /article-samsung-xealth\.html$/);
  viewer.assertHealthy();
  await context.close();
});
