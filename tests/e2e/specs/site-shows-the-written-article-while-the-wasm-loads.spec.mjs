// An <article-viewer> element shows the page the build wrote for its
// article while the wasm loads (embed.js fetches and reads it inertly), and
// the live viewer takes its place without moving the layout. A copy is shown
// only where it is what the live element will show: the build's own source,
// a written article, the settings the page was written with, nothing the
// build never writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { pageName } from '../../../xtask/npm/prerender.mjs';
import { useHostedViewer } from '../lib/host-site.mjs';
import { STORAGE_PREFIX, storedTotal } from '../lib/viewer-page.mjs';

// An id that is no safe file name: its page is named by a hash of it (xtask/npm/prerender.mjs).
const HASHED_ID = 'no-such-article: «مقال» 2';

const env = useHostedViewer(
  (viewerUrl) => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <script src="${viewerUrl}embed.js" defer></script></head><body>
      <article-viewer id="copy" feed="${viewerUrl}feed.json" article="samsung-xealth"></article-viewer>
      <article-viewer id="first" lang="en"></article-viewer>
      <article-viewer id="single" article="shein-fine-france" show="article"></article-viewer>
      <article-viewer id="aside" article="shein-fine-france" show="sidebar most-viewed" lang="fa"></article-viewer>
      <article-viewer id="other-feed" feed="${viewerUrl}feed.json?v=2" article="samsung-xealth"></article-viewer>
      <article-viewer id="digits" article="samsung-xealth" digits="latn"></article-viewer>
      <article-viewer id="forced" article="samsung-xealth" language="en"></article-viewer>
      <article-viewer id="missing" article="no-such-article"></article-viewer>
      <article-viewer id="hashed" article="${HASHED_ID}" show="article"></article-viewer>
      </body></html>`,
);

const ELEMENTS = ['copy', 'first', 'single', 'aside', 'other-feed', 'digits', 'forced', 'missing'];

/**
 * Opens the host page with every wasm request held until `release()`, so
 * what shows before the wasm can be looked at. `alter(url, html)` may change
 * a written page on its way; `prepare(page)` adds routes of its own first.
 */
async function openHeld(alter, prepare) {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const held = [];
  let released = false;
  await page.route('**/*_bg.wasm', (route) => (released ? route.continue() : held.push(route)));
  if (alter) {
    await page.route('**/article-*.html', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: alter(route.request().url(), await response.text()) });
    });
  }
  if (prepare) await prepare(page);
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['article-viewer:loaded', 'article-viewer:error']) {
      document.addEventListener(name, (e) => window.__events.push({ name, id: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(env.host.url);
  const release = async () => {
    released = true;
    for (const route of held.splice(0)) await route.continue();
  };
  return { context, page, problems, warnings, release };
}

/** What each element shows: its visible root (the written copy, the live one or none) and its parts. */
const shown = (page) =>
  page.evaluate((ids) => Object.fromEntries(ids.map((id) => {
    const root = document.getElementById(id).shadowRoot;
    const visible = [...root.querySelectorAll('.viewer-root')].filter((r) => !r.hidden);
    const at = visible[0];
    const viewer = at?.querySelector('.viewer');
    return [id, {
      roots: visible.length,
      copy: at ? at.hasAttribute('data-written-copy') : null,
      article: at?.querySelector('article.article')?.dataset.articleId ?? null,
      h1: at?.querySelectorAll('h1').length ?? 0,
      related: !!at?.querySelector('.related'),
      sidebar: !!at?.querySelector('.sidebar'),
      mostViewed: !!at?.querySelector('.most-viewed'),
      controls: !!at?.querySelector('.reader-controls'),
      single: !!at?.querySelector('.page.page--single'),
      lang: viewer?.getAttribute('lang') ?? null,
      dir: viewer?.getAttribute('dir') ?? null,
    }];
  })), ELEMENTS);

test('the written article shows before the wasm, and the live one takes its place where it stood', async () => {
  const { context, page, problems, release } = await openHeld();
  await page.waitForFunction(() => ['copy', 'first', 'single', 'aside'].every((id) => {
    const copy = document.getElementById(id).shadowRoot.querySelector('[data-written-copy]');
    return copy && !copy.hidden && copy.getBoundingClientRect().height > 100;
  }), null, { timeout: 15000 });
  const before = await shown(page);

  // The build's own source, a written article, the page's settings: the copy, with the parts asked for.
  assert.deepEqual(before.copy, { roots: 1, copy: true, article: 'samsung-xealth', h1: 1, related: true, sidebar: true, mostViewed: true, controls: false, single: false, lang: 'ar', dir: 'rtl' });
  assert.deepEqual(before.first, { roots: 1, copy: true, article: 'musk-putin-secret-talks', h1: 1, related: true, sidebar: true, mostViewed: true, controls: false, single: false, lang: 'en', dir: 'ltr' });
  assert.deepEqual(before.single, { roots: 1, copy: true, article: 'shein-fine-france', h1: 1, related: false, sidebar: false, mostViewed: false, controls: false, single: true, lang: 'ar', dir: 'rtl' });
  assert.deepEqual(before.aside, { roots: 1, copy: true, article: null, h1: 0, related: false, sidebar: true, mostViewed: true, controls: false, single: false, lang: 'fa', dir: 'rtl' });
  // Another source, other digits, a forced language, an article never written: nothing yet.
  for (const id of ['other-feed', 'digits', 'forced', 'missing']) assert.equal(before[id].roots, 0, `${id}: ${JSON.stringify(before[id])}`);

  // Styled by the widget's stylesheet (not the host's), addresses made absolute against the viewer's,
  // links to the full viewer's written pages, and nothing of the page around the article.
  const copy = await page.evaluate(() => {
    const root = document.getElementById('copy').shadowRoot.querySelector('[data-written-copy]');
    return {
      font: getComputedStyle(root.querySelector('h1')).fontFamily,
      links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
      images: [...root.querySelectorAll('img[src]')].map((i) => i.getAttribute('src')),
      furniture: root.querySelectorAll('script, link, meta, .skip-link, .reading-progress').length,
    };
  });
  assert.notEqual(copy.font, 'Times New Roman', 'styled');
  assert.ok(copy.links.length > 10, copy.links.join());
  for (const href of copy.links) assert.ok(href.startsWith(env.viewer.url) || href.startsWith('#'), href);
  assert.ok(copy.links.includes(`${env.viewer.url}article-shein-fine-france.html`) || copy.links.some((h) => /article-[\w-]+\.html$/.test(h)), copy.links.join());
  for (const src of copy.images) assert.match(src, /^(https?:|data:)/, src);
  assert.equal(copy.furniture, 0);
  // Nothing was counted yet: only the live viewer counts.
  assert.equal(Number(await page.evaluate(storedTotal, [STORAGE_PREFIX, 'samsung-xealth'])), 0);

  const placed = () =>
    page.evaluate(() => {
      const root = document.getElementById('copy').shadowRoot;
      const visible = [...root.querySelectorAll('.viewer-root')].find((r) => !r.hidden);
      const rect = (selector) => {
        const r = visible.querySelector(selector).getBoundingClientRect();
        return { top: Math.round(r.top), left: Math.round(r.left), width: Math.round(r.width) };
      };
      return { title: rect('h1'), body: rect('.article__body'), sidebar: rect('.sidebar__list') };
    });
  const where = await placed();

  // Every frame from here on shows an article in #copy: the copy, then the live one, never a loading state between.
  await page.evaluate(() => {
    window.__bare = 0;
    const look = () => {
      const root = document.getElementById('copy').shadowRoot;
      if (![...root.querySelectorAll('.viewer-root')].some((r) => !r.hidden && r.querySelector('article.article .article__body'))) window.__bare += 1;
      if (!window.__stopLooking) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await release();
  for (const id of ['copy', 'first', 'single', 'other-feed', 'digits', 'forced']) {
    await page.waitForFunction((id) => window.__events.some((e) => e.name === 'article-viewer:loaded' && e.id === id), id, { timeout: 15000 });
  }
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'article-viewer:error' && e.id === 'missing'), null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => { window.__stopLooking = true; return window.__bare; }), 0, 'frames that showed no article');
  const after = await shown(page);
  // The live viewer in the copy's place: one root, the same parts, the same wrapper.
  for (const id of ['copy', 'first', 'single', 'aside']) {
    assert.deepEqual({ ...after[id], copy: undefined }, { ...before[id], copy: undefined }, id);
    assert.equal(after[id].copy, false, id);
  }
  for (const id of ['other-feed', 'digits', 'forced']) assert.deepEqual([after[id].roots, after[id].copy, after[id].h1], [1, false, 1], id);
  assert.equal(await page.evaluate(() => document.querySelectorAll('article-viewer').length), ELEMENTS.length + 1, 'and #hashed');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('article-viewer')].filter((e) => e.shadowRoot.querySelector('[data-written-copy]')).length), 0, 'every copy is gone');
  // Where the copy stood: the title, the body and the list of posts did not move.
  assert.deepEqual(await placed(), where);
  // Counted once, by the live viewer.
  // Counted by the live viewers only: once for each of the four elements that show it.
  assert.equal(Number(await page.evaluate(storedTotal, [STORAGE_PREFIX, 'samsung-xealth'])), 4);

  const unexpected = problems.filter((p) => !/no-such-article|404/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});

test('a written page holding what the build never writes is not shown, and nothing of it runs', async () => {
  const { context, page, warnings, release } = await openHeld((url, html) =>
    url.endsWith('article-samsung-xealth.html')
      ? html.replace('<div class="article__body', '<img src="x" onerror="window.__ran = true"><div class="article__body')
      : html,
  );
  await page.waitForFunction(() => {
    const copy = document.getElementById('single').shadowRoot.querySelector('[data-written-copy]');
    return copy && !copy.hidden;
  }, null, { timeout: 15000 });
  // The refused page was read as soon as the others (one request each): its warning is out by now, or soon.
  for (let i = 0; i < 100 && !warnings.some((w) => /not shown/.test(w)); i += 1) await page.waitForTimeout(50);
  const state = await page.evaluate(() => ({
    shown: [...document.getElementById('copy').shadowRoot.querySelectorAll('.viewer-root')].filter((r) => !r.hidden).length,
    ran: window.__ran === true,
  }));
  assert.deepEqual(state, { shown: 0, ran: false });
  assert.ok(warnings.some((w) => /article-samsung-xealth\.html holds onerror: not shown/.test(w)), warnings.join('\n'));

  await release();
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'article-viewer:loaded' && e.id === 'copy'), null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => window.__ran === true), false);
  await context.close();
});

test('an attribute changed before the wasm drops the copy it no longer matches', async () => {
  const { context, page, release } = await openHeld();
  await page.waitForFunction(() => {
    const copy = document.getElementById('copy').shadowRoot.querySelector('[data-written-copy]');
    return copy && !copy.hidden;
  }, null, { timeout: 15000 });
  await page.evaluate(() => document.getElementById('copy').setAttribute('article', 'shein-fine-france'));
  assert.equal(await page.evaluate(() => document.getElementById('copy').shadowRoot.querySelectorAll('[data-written-copy]').length), 0);
  await release();
  await page.waitForFunction(() => document.getElementById('copy').shadowRoot.querySelector('.viewer-root:not([hidden]) article.article')?.dataset.articleId === 'shein-fine-france', null, { timeout: 15000 });
  await context.close();
});

test('an id that is no file name finds its page by the hash the build names it with', async () => {
  const name = pageName(HASHED_ID);
  assert.match(name, /^article-[0-9a-f]{16}\.html$/);
  // The build wrote no such article: the seed's page stands in for one, under the hashed name.
  const { context, page, problems, release } = await openHeld(null, (page) =>
    page.route(`**/${name}`, async (route) => {
      const response = await route.fetch({ url: `${env.viewer.url}article-samsung-xealth.html` });
      const html = (await response.text()).replace('data-prerendered="samsung-xealth"', `data-prerendered="${HASHED_ID}"`);
      await route.fulfill({ response, body: html });
    }),
  );
  await page.waitForFunction(() => {
    const copy = document.getElementById('hashed').shadowRoot.querySelector('[data-written-copy]');
    return copy && !copy.hidden && copy.querySelector('article.article');
  }, null, { timeout: 15000 });
  // The live viewer does not find it in the feed: its panel takes the copy's place.
  await release();
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'article-viewer:error' && e.id === 'hashed'), null, { timeout: 15000 });
  const shownAfter = await page.evaluate(() => {
    const root = document.getElementById('hashed').shadowRoot;
    return { copies: root.querySelectorAll('[data-written-copy]').length, panel: root.querySelector('.viewer-root:not([hidden]) .error-panel')?.dataset.error };
  });
  assert.deepEqual(shownAfter, { copies: 0, panel: 'article-not-found' });
  assert.deepEqual(problems.filter((p) => !/no-such-article|404/.test(p)), []);
  await context.close();
});
