// The reader's main paths in the three engines readers use: Chromium,
// Firefox ESR and WebKitGTK (Safari's engine), each driven through W3C
// WebDriver (lib/webdriver.mjs) against the release build: the written
// seed article taken over, counts per opening and after a reload, an
// in-app link and back, the digits, an error panel, nothing wider than a
// phone, and screenshots at phone and desktop widths under artifacts/.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { serve } from '../lib/server.mjs';
import { SEED_ID, SEED_TITLE } from '../lib/viewer-page.mjs';
import { ENGINES, startSession } from '../lib/webdriver.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
let server;

before(async () => {
  server = await serve();
  await mkdir(ARTIFACTS, { recursive: true });
});

after(async () => {
  await server?.close();
});

/**
 * Waits for the live article `id` (the build's copy gone) showing `views`.
 * The function runs in the page as it is written: WebKit applies the
 * page's CSP to the driver's scripts, so nothing may be built from strings.
 */
const showing = (session, id, views) =>
  session.until(
    (id, views) => {
      if (document.querySelector('[data-prerendered]')) return null;
      const article = document.querySelector('article.article');
      const count = article?.querySelector('.article__views [data-views]');
      if (!article || !count || article.dataset.articleId !== id || Number(count.dataset.views) !== views) return null;
      return { id, views, text: count.textContent };
    },
    [id, views],
    { what: `${id} with ${views} views` },
  );

for (const engine of Object.keys(ENGINES)) {
  test(`${engine}: the seed article, counts, links, back, digits, an error panel, phone width`, async () => {
    const session = await startSession(engine);
    try {
      await session.setSize(412, 900);
      await session.goto(`${server.url}index.html`);
      await showing(session, SEED_ID, 1);
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

      await session.goto(`${server.url}index.html?article=no-such-article`);
      const panel = await session.until(() => document.querySelector('.error-panel')?.dataset.error, [], { what: 'the error panel' });
      assert.equal(panel, 'article-not-found');
      assert.equal(await session.run(() => document.querySelectorAll('h1').length), 1);

      await session.setSize(1280, 900);
      await session.goto(`${server.url}index.html`);
      await showing(session, SEED_ID, 4);
      await writeFile(`${ARTIFACTS}${engine}-seed-desktop.png`, await session.screenshot());
      console.log(`# ${engine}: ${session.version}`);
    } finally {
      await session.close();
    }
  });
}
