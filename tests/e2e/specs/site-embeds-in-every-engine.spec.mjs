// A publisher's page on another origin, in Chromium, Firefox ESR and
// WebKitGTK through W3C WebDriver: two `<article-viewer>` elements from the
// viewer's CDN (embed.js) render inside their shadow roots with their own
// styles (the host's hostile CSS kept out), count, take their parts, theme
// and digits, and fire their events; a framed page with resize.js takes its
// content's height and follows it when the frame narrows. Nothing goes
// wrong in the host page or the frame (lib/page-probe.js in both).

import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';
import { hostSite, policyFramedBy, probedHostPage } from '../lib/host-site.mjs';
import { serve } from '../lib/server.mjs';
import { STORAGE_PREFIX, storedTotal } from '../lib/viewer-page.mjs';

const HOST_CSS = `* { color: rgb(255, 0, 0) !important; font-family: serif !important; }
p { display: none; }
h1 { font-size: 10px; }`;

let host;
let viewer;

before(async () => {
  // The host first: the viewer's policy names it as the one that may frame it.
  host = await hostSite({
    '/': () =>
      probedHostPage(viewer.url, {
        head: `<style>${HOST_CSS} iframe { border: 0; display: block; }</style>
      <script src="${viewer.url}embed.js" defer></script>`,
        body: `<h1 id="host-title">Publisher's own title</h1>
      <article-viewer id="one" feed="${viewer.url}feed.json" article="samsung-xealth" theme="dark"></article-viewer>
      <article-viewer id="two" feed="${viewer.url}feed.json" show="article most-viewed" digits="latn"></article-viewer>
      <iframe id="framed" title="Article" src="${viewer.url}index.html?article=shein-fine-france&embed=1" style="width: 700px"></iframe>
      <script src="${viewer.url}resize.js"></script>`,
      }),
  });
  viewer = await serve({
    probe: true,
    headers: { 'access-control-allow-origin': '*', 'content-security-policy': await policyFramedBy(host.origin) },
  });
});

after(async () => {
  await viewer?.close();
  await host?.close();
});

/** Waits until the element `id` fired `article-viewer:loaded` for `article`. */
const loaded = (session, id, article) =>
  session.until((id, article) => window.__events.some((e) => e.name === 'article-viewer:loaded' && e.id === id && e.article === article), [id, article], {
    what: `#${id} loaded with ${article}`,
  });

/**
 * Waits until the frame is exactly as tall as the page inside it says (both
 * read again each time: the content settles as its parts render); returns
 * that height.
 */
async function fitted(session) {
  await session.inFrame('#framed', () => showing(session, 'shein-fine-france', 13));
  const end = Date.now() + 15000;
  for (;;) {
    const inside = await session.inFrame('#framed', () =>
      session.run(() => Math.ceil(document.querySelector('.viewer-root').getBoundingClientRect().height)),
    );
    const height = await session.run(() => document.getElementById('framed').getBoundingClientRect().height);
    if (height > 150 && Math.abs(height - inside) <= 1) return height;
    if (Date.now() > end) throw new Error(`${session.engine}: the frame is ${height} px, its content ${inside} px`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

inEveryEngine('two elements and a framed page on another origin', async (session) => {
  await session.setSize(1100, 900);
  await session.goto(host.url);
  await loaded(session, 'one', 'samsung-xealth');
  await loaded(session, 'two', 'musk-putin-secret-talks');

  const one = await session.until(
    () => {
      const root = document.getElementById('one').shadowRoot;
      const count = root?.querySelector('.article__views [data-views]');
      if (!count || count.dataset.views !== '3') return null;
      const p = root.querySelector('.article__body p, .article__body--text p');
      const style = (el) => getComputedStyle(el);
      return {
        article: root.querySelector('article.article').dataset.articleId,
        h1s: root.querySelectorAll('h1').length,
        color: style(p).color,
        display: style(p).display,
        font: style(p).fontFamily,
        h1: style(root.querySelector('h1')).fontSize,
        background: style(root.querySelector('.viewer-root')).backgroundColor,
        dir: style(root.querySelector('article.article')).direction,
      };
    },
    [],
    { what: '#one counted' },
  );
  assert.equal(one.article, 'samsung-xealth');
  assert.equal(one.h1s, 1);
  assert.notEqual(one.color, 'rgb(255, 0, 0)', 'host colour kept out');
  assert.notEqual(one.display, 'none', 'host p { display: none } kept out');
  assert.doesNotMatch(one.font, /^serif$/, 'host font kept out');
  assert.notEqual(one.h1, '10px', 'host h1 size kept out');
  assert.equal(one.background, 'rgb(15, 18, 22)', 'theme="dark"');
  assert.equal(one.dir, 'rtl');

  const two = await session.run(() => {
    const root = document.getElementById('two').shadowRoot;
    const count = (selector) => root.querySelectorAll(selector).length;
    return { article: count('article.article'), sidebar: count('.sidebar'), mostViewed: count('.most-viewed'), views: root.querySelector('.most-viewed').textContent };
  });
  assert.deepEqual({ ...two, views: undefined }, { article: 1, sidebar: 0, mostViewed: 1, views: undefined });
  assert.match(two.views, /21 /, 'Latin digits');
  assert.doesNotMatch(two.views, /[٠-٩]/);

  // Counted once each, in the host origin's storage; the host page itself untouched.
  assert.equal(await session.run(storedTotal, [STORAGE_PREFIX, 'samsung-xealth']), '1');
  const outside = await session.run(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    title: document.title,
    h1: getComputedStyle(document.getElementById('host-title')).fontSize,
  }));
  assert.deepEqual(outside, { lang: 'en', dir: null, title: 'A publisher', h1: '10px' });

  // The frame takes its content's height while still out of view, below the two elements, and
  // follows it when the frame narrows.
  const below = await session.run(() => document.getElementById('framed').getBoundingClientRect().top - innerHeight);
  assert.ok(below > 0, `the frame starts out of view (${below} px below)`);
  const wide = await fitted(session);
  // Narrowed in view: Chromium lays out a frame out of view when asked, but runs none of its
  // rendering steps (ResizeObserver) until it is in view, so a width change there waits for that.
  await session.run(() => document.getElementById('framed').scrollIntoView());
  await session.run(() => { document.getElementById('framed').style.width = '360px'; });
  const narrow = await fitted(session);
  assert.ok(narrow > wide, `a narrower frame is taller: ${wide} → ${narrow}`);
});
