// Offline reading in Chromium, Firefox ESR and WebKitGTK through W3C
// WebDriver: after a first visit the service worker controls the page;
// then the server goes away (classic WebDriver has no offline switch in
// Firefox or WebKit, and a host that no longer answers is what a reader on a
// train meets) and the article read before, another article of the feed
// and a written page never opened all open from the worker's cache, counted.

import assert from 'node:assert/strict';

import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';
import { serve } from '../lib/server.mjs';
import { SEED_ID } from '../lib/viewer-page.mjs';

inEveryEngine(
  'an article read once reopens with the server gone, and so do the others',
  async (session) => {
    // A server of this engine's own: it is stopped half-way.
    const server = await serve({ prefix: '/news/viewer/', probe: true });
    try {
      await session.goto(`${server.url}index.html?article=samsung-xealth`);
      await showing(session, 'samsung-xealth', 3);
      assert.equal(await session.run(() => 'serviceWorker' in navigator), true, `${session.engine} offers service workers`);
      await session.run(() => {
        navigator.serviceWorker.ready.then(() => { window.__workerReady = true; });
      });
      await session.until(() => window.__workerReady === true, [], { what: 'the worker to be active' });
      // It does not claim pages: the next load is the first it controls. (Opened again rather than
      // refreshed: after Firefox's WebDriver refresh the page is not controlled.)
      await session.goto(`${server.url}index.html?article=samsung-xealth`);
      await showing(session, 'samsung-xealth', 4);
      await session.until(() => !!navigator.serviceWorker.controller, [], { what: 'a controlled page' });

      await server.close();
      await session.goto(`${server.url}index.html?article=samsung-xealth`);
      await showing(session, 'samsung-xealth', 5);
      await session.click(`.sidebar__entry[data-article-id="${SEED_ID}"] a`);
      await showing(session, SEED_ID, 1);
      // A written page of the build, never opened before.
      await session.goto(`${server.url}article-shein-fine-france.html`);
      await showing(session, 'shein-fine-france', 13);
    } finally {
      await server.close();
    }
  },
  // Offline, the probe itself cannot be fetched (the worker keeps only the build's files): its
  // own request is the one failure allowed; the pages' other files come from the cache.
  { allow: [/__probe\.js/] },
);
