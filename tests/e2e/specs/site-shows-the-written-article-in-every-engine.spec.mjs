// The <article-viewer> element's written copy in Chromium, Firefox ESR and
// WebKitGTK through W3C WebDriver: with the wasm held back by the server, the
// element shows the page the build wrote for its article (fetched and read
// inertly by embed.js, styled in its shadow root); once the wasm comes, the
// live article takes its place without moving it. Nothing goes wrong in the
// host page (lib/page-probe.js).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { inEveryEngine } from '../lib/engine-viewer.mjs';
import { hostSite, probedHostPage } from '../lib/host-site.mjs';
import { DIST, serve } from '../lib/server.mjs';

let host;
let viewer;
// The wasm's answers the server holds until the test lets them go.
let held = [];
let holding = true;

before(async () => {
  host = await hostSite({
    '/': () =>
      probedHostPage(viewer.url, {
        head: `<script src="${viewer.url}embed.js" defer></script>`,
        body: `<h1>Publisher's own title</h1>
      <article-viewer id="copy" feed="${viewer.url}feed.json" article="samsung-xealth"></article-viewer>`,
      }),
  });
  const wasm = (await readdir(DIST)).find((name) => name.endsWith('_bg.wasm'));
  const bytes = await readFile(join(DIST, wasm));
  const send = (res) => res.writeHead(200, { 'content-type': 'application/wasm' }).end(bytes);
  viewer = await serve({
    probe: true,
    headers: { 'access-control-allow-origin': '*' },
    routes: { [wasm]: (req, res) => (holding ? held.push(() => send(res)) : send(res)) },
  });
});

after(async () => {
  for (const answer of held.splice(0)) answer();
  await viewer?.close();
  await host?.close();
});

/** Where the visible root of #copy stands and what it shows, once it is the copy (`live` false) or the live one. */
const shown = (live) => {
  const root = document.getElementById('copy').shadowRoot;
  const visible = [...root.querySelectorAll('.viewer-root')].filter((r) => !r.hidden);
  const at = visible[0];
  const h1 = at?.querySelector('article.article h1');
  if (visible.length !== 1 || !h1 || !h1.getBoundingClientRect().height) return null;
  if (at.hasAttribute('data-written-copy') === live) return null;
  const rect = (el) => ({ top: Math.round(el.getBoundingClientRect().top), width: Math.round(el.getBoundingClientRect().width) });
  return {
    copy: at.hasAttribute('data-written-copy'),
    article: at.querySelector('article.article').dataset.articleId,
    title: h1.textContent,
    dir: getComputedStyle(h1).direction,
    styled: getComputedStyle(h1).fontFamily !== getComputedStyle(document.querySelector('h1')).fontFamily,
    h1: rect(h1),
    body: rect(at.querySelector('.article__body')),
    sidebar: !!at.querySelector('.sidebar'),
    controls: !!at.querySelector('.reader-controls'),
  };
};

inEveryEngine('the written copy shows before the wasm, and the live article takes its place', async (session) => {
  holding = true;
  await session.setSize(1100, 900);
  await session.goto(host.url);
  const before = await session.until(shown, [false], { what: 'the written copy' });
  assert.equal(before.copy, true, 'the written copy, while the wasm is held');
  assert.equal(before.article, 'samsung-xealth');
  assert.match(before.title, /Xealth/);
  assert.equal(before.dir, 'rtl');
  assert.ok(before.styled, 'styled by the widget, not the host');
  assert.deepEqual([before.sidebar, before.controls], [true, false]);
  assert.deepEqual(await session.run(() => window.__events), [], 'nothing live yet');

  holding = false;
  for (const answer of held.splice(0)) answer();
  await session.until(() => window.__events.some((e) => e.name === 'article-viewer:loaded' && e.id === 'copy'), [], { what: '#copy loaded' });
  const after = await session.until(shown, [true], { what: 'the live article' });
  assert.deepEqual({ ...after, copy: undefined }, { ...before, copy: undefined }, 'the live article where the copy stood');
  assert.equal(await session.run(() => document.getElementById('copy').shadowRoot.querySelectorAll('[data-written-copy]').length), 0);
});
