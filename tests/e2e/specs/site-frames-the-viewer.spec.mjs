// A publisher's page on another origin frames the viewer with
// `index.html?article=…&embed=1` and includes resize.js once: each frame
// takes its content's height, grows and shrinks with it, never loops, and
// obeys only its own viewer.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openHostPage, useHostedViewer } from '../lib/host-site.mjs';
import { STORAGE_PREFIX } from '../lib/viewer-page.mjs';

const env = useHostedViewer(
  (viewerUrl) => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <style>body { margin: 0; } iframe { border: 0; display: block; }</style></head><body>
      <h1>Publisher's page</h1>
      <iframe id="story" title="Article" src="${viewerUrl}index.html?article=samsung-xealth&embed=1" style="width: 700px"></iframe>
      <iframe id="other" title="Another article" src="${viewerUrl}index.html?article=shein-fine-france&embed=1" style="width: 700px"></iframe>
      <iframe id="boxed" title="A sandboxed article" sandbox="allow-scripts" src="${viewerUrl}index.html?article=european-stocks-close&embed=1" style="width: 700px"></iframe>
      <script src="${viewerUrl}resize.js"></script>
      </body></html>`,
);

const FRAMED = { story: 'samsung-xealth', other: 'shein-fine-france', boxed: 'european-stocks-close' };

const frameHeight = (page, id) => page.$eval(`#${id}`, (f) => f.getBoundingClientRect().height);

/** Waits until the frame's height equals its content's (and is no longer the default 150). */
async function fitted(page, id) {
  const frame = page.frame({ url: (u) => u.href.includes(FRAMED[id]) });
  await frame.waitForSelector('article.article', { timeout: 15000 });
  let content = 0;
  await page.waitForFunction(
    async ([id]) => {
      const el = document.getElementById(id);
      return el.getBoundingClientRect().height > 150;
    },
    [id],
  );
  for (let i = 0; i < 50; i += 1) {
    content = await frame.evaluate(() => Math.ceil(document.querySelector('.viewer-root').getBoundingClientRect().height));
    if ((await frameHeight(page, id)) === content) break;
    await page.waitForTimeout(100);
  }
  return { frame, content };
}

test('each frame takes its content height, grows and shrinks, and settles', async () => {
  const { context, page, errors } = await openHostPage(env);

  const { frame, content } = await fitted(page, 'story');
  assert.equal(await frameHeight(page, 'story'), content, 'the frame is exactly as tall as its content');
  assert.ok(
    await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight),
    'no scrollbar inside the frame',
  );
  assert.equal(await frame.evaluate(() => document.querySelectorAll('.page__aside, .reader-controls, .skip-link').length), 0, 'chrome-less');
  // Chromium pauses rendering in cross-origin frames out of view; the
  // second frame reports once the reader scrolls to it.
  await page.$eval('#other', (f) => f.scrollIntoView());
  const other = await fitted(page, 'other');
  assert.equal(await frameHeight(page, 'other'), other.content, 'the second frame is sized on its own');

  // A frame sandboxed without allow-same-origin: opaque origin, no storage; it renders, counts in
  // memory, and its height (from origin "null") is obeyed for that frame only.
  await page.$eval('#boxed', (f) => f.scrollIntoView());
  const boxed = await fitted(page, 'boxed');
  assert.equal(await frameHeight(page, 'boxed'), boxed.content, 'the sandboxed frame is sized too');
  assert.equal(await boxed.frame.evaluate(() => document.querySelector('.article__views [data-views]').dataset.views), '5', 'counted in memory');

  // A narrower frame makes the text wrap into more lines: it grows.
  await page.$eval('#story', (f) => f.scrollIntoView());
  await page.$eval('#story', (f) => (f.style.width = '320px'));
  await page.waitForFunction((before) => document.getElementById('story').getBoundingClientRect().height > before, content);
  const taller = await fitted(page, 'story');
  assert.ok(taller.content > content, `grew: ${content} -> ${taller.content}`);
  assert.equal(await frameHeight(page, 'story'), taller.content);
  // And shrinks back.
  await page.$eval('#story', (f) => (f.style.width = '700px'));
  await page.waitForFunction((after) => document.getElementById('story').getBoundingClientRect().height < after, taller.content);
  assert.equal((await fitted(page, 'story')).content, content, 'shrank back');

  // Settled: no more messages once the size is right (no loop).
  const count = await page.evaluate(
    () =>
      new Promise((done) => {
        let n = 0;
        addEventListener('message', () => (n += 1));
        setTimeout(() => done(n), 1500);
      }),
  );
  assert.equal(count, 0, 'no message while nothing changes');

  // The frame counted its opening in its own (the viewer's) storage.
  const stored = await frame.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix) && k.endsWith(':samsung-xealth')).length, STORAGE_PREFIX);
  assert.equal(stored, 1, 'the opening is counted');
  // Links lead out, in a new tab, to the full viewer: the host's history is untouched.
  const link = await frame.$eval('.related a[data-article-link]', (a) => ({ href: a.href, target: a.target }));
  assert.equal(link.target, '_blank');
  assert.ok(link.href.startsWith(`${env.viewer.url}index.html?article=`), link.href);
  assert.ok(!link.href.includes('embed'), 'to the full viewer');
  assert.deepEqual(errors, []);
  await context.close();
});

test('resize.js obeys only a frame of the viewer, from that frame\'s exact origin', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.host.url);
  const { content } = await fitted(page, 'story');
  // The page itself, and a frame of the host's own origin, claim a height.
  await page.evaluate(() => {
    postMessage({ type: 'article-viewer:height', height: 5 }, '*');
    const spoof = document.createElement('iframe');
    spoof.id = 'spoof';
    spoof.srcdoc = '<script>parent.postMessage({ type: "article-viewer:height", height: 7 }, "*")<\/script>';
    document.body.append(spoof);
  });
  await page.waitForTimeout(500);
  assert.equal(await frameHeight(page, 'story'), content, 'the viewer frame is untouched');
  // A frame with no src (srcdoc) is never taken for a viewer.
  assert.equal(await frameHeight(page, 'spoof'), 150);
  await context.close();
});
