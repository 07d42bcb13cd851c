// A reader has the viewer open in two tabs: counts from one tab appear in
// the other, and openings in both at full speed are never lost (each tab
// writes its own storage slot; see src/views/key.rs).

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();

test('another tab sees the new count without reloading', async () => {
  const context = await env.browser.newContext();
  const first = await ViewerPage.open(context, `${env.server.url}?article=samsung-xealth`);
  await first.waitForArticle('samsung-xealth', 3);
  const second = await ViewerPage.open(context, env.server.url);
  await second.waitForArticle(SEED_ID, 1);
  // The first tab lists the seed article; the second tab's opening shows up there.
  await first.waitForViews(SEED_ID, 1);
  await second.page.reload();
  await second.waitForArticle(SEED_ID, 2);
  await first.waitForViews(SEED_ID, 2);
  first.assertHealthy();
  second.assertHealthy();
  await context.close();
});

const TARGET = 'shein-fine-france';

test('two tabs opening the same article 100 times each end 200 higher', async () => {
  const context = await env.browser.newContext();
  const tabs = [await ViewerPage.open(context, env.server.url), await ViewerPage.open(context, env.server.url)];
  for (const tab of tabs) await tab.settled();
  const before = Number((await tabs[0].storedCount(TARGET)) ?? 0);
  const rounds = 100;
  // Each tab clicks to the article and goes back, as fast as the page
  // allows, both at once; the loop runs inside the page to keep it tight.
  await Promise.all(
    tabs.map((tab) =>
      tab.page.evaluate(
        async ([target, seed, rounds]) => {
          const showing = (id) => document.querySelector('article.article')?.dataset.articleId === id;
          const until = (id) =>
            new Promise((resolve) => {
              if (showing(id)) return resolve();
              const observer = new MutationObserver(() => {
                if (showing(id)) {
                  observer.disconnect();
                  resolve();
                }
              });
              observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            });
          for (let i = 0; i < rounds; i += 1) {
            document.querySelector(`.sidebar__entry[data-article-id="${target}"] a`).click();
            await until(target);
            history.back();
            await until(seed);
          }
        },
        [TARGET, SEED_ID, rounds],
      ),
    ),
  );
  const expected = String(before + 2 * rounds);
  await tabs[0].waitForStored(TARGET, expected);
  assert.equal(await tabs[0].storedCount(TARGET), expected);
  // Both tabs show it: the publisher's 12 plus every open.
  for (const tab of tabs) await tab.waitForViews(TARGET, 12 + 2 * rounds);
  tabs.forEach((tab) => tab.assertHealthy());
  await context.close();
});

test('a written page claims its slot before the app loads, and the app writes that slot', async () => {
  const context = await env.browser.newContext();
  // Every ask for a Web Lock, with when it was made.
  await context.addInitScript(() => {
    window.__lockAsks = [];
    const request = LockManager.prototype.request;
    LockManager.prototype.request = function (name, ...rest) {
      window.__lockAsks.push({ name, at: performance.now() });
      return request.call(this, name, ...rest);
    };
  });
  // The first tab holds slot 1, so the second's page must pass it by.
  const first = await ViewerPage.open(context, `${env.server.url}?article=samsung-xealth`);
  await first.settled();
  const second = await ViewerPage.open(context, `${env.server.url}?article=${TARGET}`);
  await second.settled();
  await second.waitForStored(TARGET, '1');
  const seen = await second.page.evaluate(() => ({
    asks: window.__lockAsks,
    app: performance.getEntriesByType('resource').find((entry) => /\/article-viewer-[0-9a-f]+_bg\.wasm$/.test(entry.name))?.startTime,
    keys: Object.keys(localStorage).filter((key) => key.endsWith(':shein-fine-france')),
  }));
  assert.deepEqual(seen.asks.map((ask) => ask.name), ['article-viewer:v1:slot:1', 'article-viewer:v1:slot:2'], 'the page asked once per slot, and the app asked for none');
  assert.ok(seen.app > 0, 'the wasm was requested');
  // The page's script asked first, before the app's code was even requested.
  assert.ok(seen.asks[0].at < seen.app, `first asked at ${seen.asks[0].at} ms, before the wasm's request at ${seen.app} ms`);
  assert.deepEqual(seen.keys, ['article-viewer:v1:views:2:shein-fine-france']);
  first.assertHealthy();
  second.assertHealthy();
  await context.close();
});
