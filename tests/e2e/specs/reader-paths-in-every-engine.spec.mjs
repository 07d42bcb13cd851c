// The reader's main paths in the three engines readers use: Chromium,
// Firefox ESR and WebKitGTK (Safari's engine), each driven through W3C
// WebDriver (lib/webdriver.mjs) against the release build: the written
// seed article taken over (the feed fetched once, the wasm and its module
// requested after the first contentful paint the engine reports), counts per opening and
// after a reload, an in-app link, back and forward, the digits, an error
// panel, nothing wider than a phone, no console error, CSP violation or
// uncaught exception (the page probe, lib/page-probe.js), and screenshots
// at phone and desktop widths under artifacts/.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from '../lib/server.mjs';
import { appRequestsAndPaint, SEED_ID, SEED_TITLE } from '../lib/viewer-page.mjs';
import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
let server;

before(async () => {
  server = await serve({ probe: true });
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await server?.close();
});

inEveryEngine(
  'the seed article, counts, links, back and forward, digits, an error panel, phone width',
  async (session) => {
    const { engine } = session;
    await session.setSize(412, 900);
    const asked = server.requests.length;
    await session.goto(`${server.url}index.html`);
    await showing(session, SEED_ID, 1);
    // One request for the feed in every engine: the page starts it, the app takes its answer.
    const feedRequests = server.requests.slice(asked).filter((path) => path.endsWith('/feed.json'));
    assert.equal(feedRequests.length, 1, `${engine}: the feed fetched once: ${server.requests.slice(asked)}`);
    // The loader waits for the paint this engine reports (not its fallback,
    // a second later), then requests the wasm and its module.
    const order = await session.run(appRequestsAndPaint);
    assert.ok(order.paint !== null, `${engine}: the written article's first contentful paint is reported`);
    assert.equal(order.requests.length, 2, `${engine}: the wasm and its module: ${JSON.stringify(order)}`);
    // Not before it: Firefox rounds these timestamps to the millisecond, so a request
    // begun within the paint's millisecond reads as the same time (CI saw 114 and 114).
    // Chromium's own spec (reader-sees-the-article-before-the-app-loads) asks for later.
    assert.ok(order.requests.every(({ start }) => start >= order.paint), `${engine}: requested after the paint: ${JSON.stringify(order)}`);
    const page = await session.run(() => ({
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      h1s: document.querySelectorAll('h1').length,
      title: document.querySelector('article.article h1').textContent,
      wider: document.documentElement.scrollWidth - window.innerWidth,
    }));
    assert.deepEqual(
      { ...page, wider: page.wider <= 0 },
      { lang: 'ar', dir: 'rtl', h1s: 1, title: SEED_TITLE, wider: true },
      `${engine}: ${JSON.stringify(page)}`,
    );
    await writeFile(`${ARTIFACTS}${engine}-seed-phone.png`, await session.screenshot());

    await session.refresh();
    await showing(session, SEED_ID, 2);

    // The publisher counted 2 views of this post; opening it makes 3, inside the app.
    await session.run(() => { window.__sameDocument = true; });
    await session.click('.sidebar__entry[data-article-id="samsung-xealth"] a');
    const opened = await showing(session, 'samsung-xealth', 3);
    // Counts in Arabic-Indic digits, as the Arabic page sets them.
    assert.match(opened.text, /٣/, `${engine}: ${opened.text}`);
    assert.equal(new URL(await session.url()).search, '?article=samsung-xealth');
    assert.equal(await session.run(() => window.__sameDocument === true), true, `${engine}: no full reload`);
    await session.back();
    await showing(session, SEED_ID, 3);
    // Forward again: the article the reader left, counted once more.
    await session.forward();
    await showing(session, 'samsung-xealth', 4);
    assert.equal(await session.run(() => window.__sameDocument === true), true, `${engine}: back and forward in one document`);

    await session.goto(`${server.url}index.html?article=no-such-article`);
    const panel = await session.until(() => document.querySelector('.error-panel')?.dataset.error, [], { what: 'the error panel' });
    assert.equal(panel, 'article-not-found');
    assert.equal(await session.run(() => document.querySelectorAll('h1').length), 1);

    await session.setSize(1280, 900);
    await session.goto(`${server.url}index.html`);
    await showing(session, SEED_ID, 4);
    await writeFile(`${ARTIFACTS}${engine}-seed-desktop.png`, await session.screenshot());
    console.log(`# ${engine}: ${session.version}`);
  },
  // The one error this spec provokes: the reader asked for an article the feed does not have.
  { allow: [/no-such-article/] },
);
