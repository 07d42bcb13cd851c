// View counts in Chromium, Firefox ESR and WebKitGTK through W3C WebDriver,
// where the engines' storage differs most: two windows of one browser (each
// sees the other's openings without a reload, as two tabs do), storage
// filled to this engine's own quota (openings kept for the visit, saved once there is room,
// counts stored before untouched), and storage the engine itself refuses (a
// sandboxed frame has an opaque origin: localStorage throws SecurityError
// in all three), with nothing going wrong.
//
// The sandboxed frame is served under the build's policy with the site's
// own origin written beside each 'self', as `cargo xtask build` writes it
// when `article-viewer:site-url` is set: WebKit matches 'self' against
// nothing in a document with an opaque origin, so under the policy built
// without it the frame loads none of the viewer's files and shows the
// written copy alone, unstyled. The last test shows the difference.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { inEveryEngine, listed, showing, storedCount } from '../lib/engine-viewer.mjs';
import { policyNaming, sandboxedHost } from '../lib/host-site.mjs';
import { serve } from '../lib/server.mjs';
import { freePort } from '../lib/webdriver.mjs';
import { SEED_ID, fillStorage } from '../lib/viewer-page.mjs';

let server;

before(async () => {
  const port = await freePort();
  server = await serve({
    probe: true,
    port,
    // An opaque origin loads even its own files cross-origin, as a CDN allows.
    headers: { 'access-control-allow-origin': '*', 'content-security-policy': await policyNaming(`http://127.0.0.1:${port}`) },
    routes: { 'host.html': sandboxedHost },
  });
});

after(async () => {
  await server?.close();
});

inEveryEngine('two windows see each other\'s counts without a reload', async (session) => {
  await session.goto(`${server.url}index.html?article=samsung-xealth`);
  await showing(session, 'samsung-xealth', 3);
  const first = await session.window();
  await session.newWindow();
  await session.goto(`${server.url}index.html`);
  await showing(session, SEED_ID, 1);
  // The first tab lists the seed article: the second tab's opening shows up there.
  await session.switchTo(first);
  await listed(session, SEED_ID, 1);
  await session.click('.sidebar__entry[data-article-id="shein-fine-france"] a');
  await showing(session, 'shein-fine-france', 13);
  const second = (await session.call('GET', '/window/handles')).find((handle) => handle !== first);
  await session.switchTo(second);
  await listed(session, 'shein-fine-france', 13);
  await session.refresh();
  await showing(session, SEED_ID, 2);
  await session.switchTo(first);
  await listed(session, SEED_ID, 2);
  assert.equal(await storedCount(session, SEED_ID), '2');
  assert.equal(await storedCount(session, 'samsung-xealth'), '1');
});

const TARGET = 'shein-fine-france';

inEveryEngine('storage filled to the quota: openings kept, then saved once there is room', async (session) => {
  await session.goto(`${server.url}index.html`);
  await showing(session, SEED_ID, 1);
  // Fill this origin's storage to the brim with someone else's data, to this engine's own quota.
  const filled = await session.run(fillStorage);
  assert.ok(filled > 0);
  await session.click(`.sidebar__entry[data-article-id="${TARGET}"] a`);
  // Counted for the visit even though it could not be saved.
  await showing(session, TARGET, 13);
  assert.equal(await storedCount(session, TARGET), null);
  const notice = await session.until(() => document.querySelector('.sidebar__storage-notice')?.textContent, [], { what: 'the storage notice' });
  assert.match(notice, /لهذه الزيارة فقط/);
  assert.equal(await storedCount(session, SEED_ID), '1', 'counts stored before are untouched');
  // Room again: the next opening saves it together with the one kept in memory.
  await session.run(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
  });
  await session.back();
  await showing(session, SEED_ID, 2);
  await session.click(`.sidebar__entry[data-article-id="${TARGET}"] a`);
  await showing(session, TARGET, 14);
  assert.equal(await storedCount(session, TARGET), '2');
});

inEveryEngine('storage the engine refuses (a sandboxed frame): counts for the visit, nothing throws', async (session) => {
  await session.goto(`${server.url}host.html`);
  await session.inFrame('iframe', async () => {
    // The publisher's 2 plus this opening, kept in memory.
    await showing(session, 'samsung-xealth', 3);
    const state = await session.run(() => {
      let storage;
      try {
        storage = localStorage ? 'usable' : 'missing';
      } catch (error) {
        storage = error.name;
      }
      const warnings = window.__probe.filter((entry) => entry.kind === 'console.warn').map((entry) => entry.text);
      return { storage, notice: document.querySelector('.sidebar__storage-notice')?.textContent ?? '', warnings };
    });
    assert.equal(state.storage, 'SecurityError', `this engine refuses an opaque origin's storage: ${JSON.stringify(state)}`);
    // An opaque origin can have no service worker: the viewer does not try (Firefox would refuse it with a warning).
    assert.deepEqual(state.warnings.filter((text) => /sw\.js|offline/.test(text)), []);
    assert.match(state.notice, /لهذه الزيارة فقط/);
    await session.click(`.sidebar__entry[data-article-id="${TARGET}"] a`);
    await showing(session, TARGET, 13);
  });
});

inEveryEngine('a sandboxed frame under the policy as built: the viewer in Chromium and Firefox, the written copy in WebKit', async (session) => {
  const built = await serve({ probe: true, headers: { 'access-control-allow-origin': '*' }, routes: { 'host.html': sandboxedHost } });
  try {
    await session.goto(`${built.url}host.html`);
    await session.inFrame('iframe', async () => {
      if (session.engine !== 'webkit') {
        await showing(session, 'samsung-xealth', 3);
        return;
      }
      // Nothing of the viewer runs ('self' matches nothing here), so the copy written at build time
      // stays, readable: the front page's article, which the guard script would have hidden.
      const copy = await session.until(
        () => {
          const article = document.querySelector('article.article');
          return article && document.readyState === 'complete' && { id: article.dataset.articleId, written: !!document.querySelector('[data-prerendered]'), ran: !!window.__probe };
        },
        [],
        { what: 'the written copy' },
      );
      assert.deepEqual(copy, { id: SEED_ID, written: true, ran: false });
    });
  } finally {
    await built.close();
  }
});
