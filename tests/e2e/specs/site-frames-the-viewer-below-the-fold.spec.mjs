// A viewer framed far below the fold, on another origin, loads and renders
// its article while out of view, so it is ready when the reader scrolls to
// it. Chromium renders no frame of a cross-origin <iframe> out of view: the
// loader, which waits for the first paint, must not wait for one there.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { openHostPage, useHostedViewer } from '../lib/host-site.mjs';

const env = useHostedViewer(
  (viewerUrl) => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <style>body { margin: 0; } iframe { border: 0; display: block; }</style></head><body>
      <h1>Publisher's page</h1>
      <div style="height: 4000px">The publisher's long story.</div>
      <iframe id="below" title="Article" src="${viewerUrl}index.html?article=samsung-xealth&embed=1" style="width: 700px"></iframe>
      </body></html>`,
);

test('a frame out of view renders its live article without being scrolled to', async () => {
  const { context, page, errors } = await openHostPage(env);
  const frame = page.frame({ url: (u) => u.href.includes('samsung-xealth') });
  const live = await frame.waitForFunction(
    () => {
      const article = document.querySelector('.viewer-root article.article');
      const count = article?.querySelector('.article__views [data-views]');
      return !document.querySelector('[data-prerendered]') && count ? { id: article.dataset.articleId, views: count.dataset.views } : null;
    },
    null,
    // Polled by a timer: the frame, out of view, gets no animation frames.
    { timeout: 20000, polling: 100 },
  );
  assert.deepEqual(await live.jsonValue(), { id: 'samsung-xealth', views: '3' });
  const placement = await page.evaluate(() => ({ scrolled: scrollY, below: document.getElementById('below').getBoundingClientRect().top - innerHeight }));
  assert.equal(placement.scrolled, 0, 'never scrolled');
  assert.ok(placement.below > 3000, `out of view all along: ${placement.below} px below`);
  assert.deepEqual(errors, []);
  await context.close();
});
