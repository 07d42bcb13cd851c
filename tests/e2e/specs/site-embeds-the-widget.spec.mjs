// A publisher's page on another origin includes embed.js from the viewer's
// CDN and places <article-viewer> elements (and a framed viewer). Each
// element renders on its own from one shared wasm instance, counts its
// openings, reacts to attribute changes and fires its events; the host's
// CSS does not reach inside, and the widget's does not leak out.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useHostedViewer } from '../lib/host-site.mjs';
import { STORAGE_PREFIX, storedTotal } from '../lib/viewer-page.mjs';

// Hostile host CSS: it must not reach inside the widgets.
const HOST_CSS = `* { color: rgb(255, 0, 0) !important; font-family: serif !important; }
p { display: none; }
h1 { font-size: 10px; }`;

const env = useHostedViewer(
  (viewerUrl) => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <style>${HOST_CSS}</style>
      <script src="${viewerUrl}embed.js" defer></script></head><body>
      <h1 class="article__title" id="host-title">Publisher's own title</h1>
      <div class="page" id="host-page"><p id="host-p">Publisher's paragraph</p></div>
      <article-viewer id="one" feed="${viewerUrl}feed.json" article="samsung-xealth" theme="dark"></article-viewer>
      <article-viewer id="two" feed="${viewerUrl}feed.json" show="article most-viewed" digits="latn"></article-viewer>
      <iframe id="framed" title="Article" src="${viewerUrl}index.html?article=shein-fine-france&embed=1" style="width: 600px; border: 0"></iframe>
      <script src="${viewerUrl}resize.js"></script>
      </body></html>`,
);

/** Opens the host page, recording the widgets' events and the wasm requests. */
async function openHost() {
  const context = await env.browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const wasm = [];
  const problems = [];
  const warnings = [];
  // The host page's own wasm requests (the framed viewer is another document with its own).
  page.on('request', (r) => r.url().endsWith('.wasm') && r.frame() === page.mainFrame() && wasm.push(r.url()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
    // A panic shows up later as a timeout: say so at once.
    if (m.text().includes('panicked at')) console.error(`the page panicked: ${m.text()}`);
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.addInitScript(() => {
    window.__events = [];
    for (const name of ['article-viewer:loaded', 'article-viewer:error']) {
      document.addEventListener(name, (e) => window.__events.push({ name, id: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(env.host.url);
  return { context, page, wasm, problems, warnings };
}

const loaded = (page, id, article) =>
  page.waitForFunction(
    ([id, article]) => window.__events.some((e) => e.name === 'article-viewer:loaded' && e.id === id && e.detail.article === article),
    [id, article],
    { timeout: 15000 },
  );

/** The host origin's stored openings of `article`, over every tab's slot (0 when none). */
const storedOpens = async (page, article) => Number(await page.evaluate(storedTotal, [STORAGE_PREFIX, article]));

test('two elements render from one wasm, count, and keep out of the host', async () => {
  const { context, page, wasm, problems } = await openHost();
  await loaded(page, 'one', 'samsung-xealth');
  await loaded(page, 'two', 'musk-putin-secret-talks');
  assert.equal(wasm.length, 1, `one wasm download for both elements: ${wasm}`);

  // Rendered inside each element's shadow root.
  assert.equal(await page.locator('#one >> article.article').getAttribute('data-article-id'), 'samsung-xealth');
  assert.equal(await page.evaluate(() => document.getElementById('one').shadowRoot.querySelectorAll('h1').length), 1);
  assert.equal(await page.evaluate(() => document.querySelectorAll('body > .viewer-root, body > .viewer').length), 0, 'nothing mounted on the host body');

  // Counted once each, in the host origin's storage, shown with the publisher's count.
  assert.equal(await storedOpens(page, 'samsung-xealth'), 1);
  assert.equal(await storedOpens(page, 'musk-putin-secret-talks'), 1);
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('.article__views [data-views]')?.dataset.views === '3');

  // Host CSS does not reach inside.
  const inside = await page.evaluate(() => {
    const root = document.getElementById('one').shadowRoot;
    const p = root.querySelector('.article__body p, .article__body--text p');
    const h1 = root.querySelector('h1');
    const style = (el) => getComputedStyle(el);
    return { color: style(p).color, font: style(p).fontFamily, display: style(p).display, h1: style(h1).fontSize, bg: style(root.querySelector('.viewer-root')).backgroundColor };
  });
  assert.notEqual(inside.color, 'rgb(255, 0, 0)', 'host colour');
  assert.doesNotMatch(inside.font, /^serif$/, 'host font');
  assert.notEqual(inside.display, 'none', 'host p { display: none }');
  assert.notEqual(inside.h1, '10px', 'host h1 size');
  assert.equal(inside.bg, 'rgb(15, 18, 22)', 'theme="dark"');

  // And the widget's CSS and attributes do not reach the host.
  const outside = await page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    dir: document.documentElement.getAttribute('dir'),
    theme: document.documentElement.getAttribute('data-theme'),
    title: document.title,
    h1: getComputedStyle(document.getElementById('host-title')).fontSize,
    page: getComputedStyle(document.getElementById('host-page')).display,
    margin: getComputedStyle(document.body).margin,
    canonical: document.querySelectorAll('link[rel=canonical], [data-article-viewer]').length,
  }));
  assert.deepEqual(outside, { lang: 'en', dir: null, theme: null, title: 'A publisher', h1: '10px', page: 'block', margin: '8px', canonical: 0 });

  // Parts and digits: the second element shows the article and the most viewed only, in Latin digits.
  const two = await page.evaluate(() => {
    const root = document.getElementById('two').shadowRoot;
    const count = (selector) => root.querySelectorAll(selector).length;
    return { article: count('article.article'), sidebar: count('.sidebar'), related: count('.related'), mostViewed: count('.most-viewed'), views: root.querySelector('.most-viewed').textContent };
  });
  assert.deepEqual({ ...two, views: undefined }, { article: 1, sidebar: 0, related: 0, mostViewed: 1, views: undefined });
  assert.match(two.views, /21 /, 'Latin digits');
  assert.doesNotMatch(two.views, /[٠-٩]/);

  // Links lead out of the widget (to the full viewer, no article has a url), never through the host's history.
  const link = await page.evaluate(() => document.getElementById('one').shadowRoot.querySelector('.sidebar__link').getAttribute('href'));
  assert.ok(link.startsWith(`${env.viewer.url}index.html?article=`), link);
  const history = await page.evaluate(() => history.length);
  await page.locator('#one >> .sidebar__entry a').first().click({ modifiers: ['Control'] });
  assert.equal(await page.evaluate(() => history.length), history);
  assert.equal(new URL(page.url()).origin, env.host.origin);

  // The framed viewer beside them renders and sizes itself.
  await page.$eval('#framed', (f) => f.scrollIntoView());
  await page.waitForFunction(() => document.getElementById('framed').getBoundingClientRect().height > 200, null, { timeout: 15000 });

  assert.deepEqual(problems, []);
  await context.close();
});

test('attributes are live, and errors are events', async () => {
  const { context, page, problems, warnings } = await openHost();
  await loaded(page, 'one', 'samsung-xealth');
  await loaded(page, 'two', 'musk-putin-secret-talks');

  // A new article is a new opening, counted once.
  await page.evaluate(() => document.getElementById('one').setAttribute('article', 'shein-fine-france'));
  await loaded(page, 'one', 'shein-fine-france');
  await page.waitForFunction(() => document.getElementById('one').shadowRoot.querySelector('article.article')?.dataset.articleId === 'shein-fine-france');
  assert.equal(await storedOpens(page, 'shein-fine-france'), 1);

  // Theme, parts and digits follow their attributes.
  await page.evaluate(() => document.getElementById('one').setAttribute('theme', 'light'));
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('one').shadowRoot.querySelector('.viewer-root')).backgroundColor), 'rgb(255, 255, 255)');
  await page.evaluate(() => document.getElementById('two').setAttribute('show', 'sidebar'));
  await page.waitForFunction(() => {
    const root = document.getElementById('two').shadowRoot;
    return root.querySelector('.sidebar') && !root.querySelector('article.article');
  });
  await page.evaluate(() => document.getElementById('two').setAttribute('digits', 'arab'));
  await page.waitForFunction(() => /[٠-٩]/.test(document.getElementById('two').shadowRoot.querySelector('.sidebar')?.textContent ?? ''));

  // A feed that is not there: an error panel inside, an error event outside.
  await page.evaluate(() => {
    const broken = document.createElement('article-viewer');
    broken.id = 'broken';
    broken.setAttribute('feed', 'no-such-feed.json');
    document.body.append(broken);
  });
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'article-viewer:error' && e.id === 'broken'));
  const error = await page.evaluate(() => window.__events.find((e) => e.id === 'broken').detail);
  assert.equal(error.kind, 'http');
  assert.match(error.message, /404/);
  assert.equal(await page.evaluate(() => document.getElementById('broken').shadowRoot.querySelector('.error-panel')?.dataset.error), 'http');

  // An article the feed lacks: its own error, and the element's list of posts still shows.
  await page.evaluate(() => document.getElementById('one').setAttribute('article', 'no-such-article'));
  await page.waitForFunction(() => window.__events.some((e) => e.name === 'article-viewer:error' && e.id === 'one'));
  const missing = await page.evaluate(() => window.__events.find((e) => e.name === 'article-viewer:error' && e.id === 'one').detail);
  assert.equal(missing.kind, 'article-not-found');
  assert.match(missing.message, /no-such-article/);
  const one = await page.evaluate(() => {
    const root = document.getElementById('one').shadowRoot;
    return { panel: root.querySelector('.error-panel')?.dataset.error, sidebar: root.querySelectorAll('.sidebar__entry').length };
  });
  assert.deepEqual(one, { panel: 'article-not-found', sidebar: 12 }, 'the first page of the 13 posts');

  // Parts it does not know: a console warning naming them, and the whole page rather than an empty box;
  // digits it does not know: the language's own.
  await page.evaluate(() => {
    const odd = document.createElement('article-viewer');
    odd.id = 'odd';
    odd.setAttribute('show', 'comments, ads');
    odd.setAttribute('digits', 'roman');
    document.body.append(odd);
  });
  await loaded(page, 'odd', 'musk-putin-secret-talks');
  assert.ok(warnings.some((w) => /show=.*unknown parts.*comments.*ads/.test(w)), warnings.join('\n'));
  const odd = await page.evaluate(() => {
    const root = document.getElementById('odd').shadowRoot;
    return { article: !!root.querySelector('article.article'), sidebar: !!root.querySelector('.sidebar'), arabicDigits: /[٠-٩]/.test(root.querySelector('.most-viewed').textContent) };
  });
  assert.deepEqual(odd, { article: true, sidebar: true, arabicDigits: true });

  // Removing an element removes its viewer; the others go on, counting in the store they share.
  await page.evaluate(() => document.getElementById('broken').remove());
  await page.evaluate(() => document.getElementById('one').remove());
  assert.equal(await storedOpens(page, 'shein-fine-france'), 1);
  await page.evaluate(() => document.getElementById('two').setAttribute('show', 'article'));
  await page.evaluate(() => document.getElementById('two').setAttribute('article', 'shein-fine-france'));
  await loaded(page, 'two', 'shein-fine-france');
  await page.waitForFunction(() => document.getElementById('two').shadowRoot.querySelector('article.article')?.dataset.articleId === 'shein-fine-france');
  assert.equal(await storedOpens(page, 'shein-fine-france'), 2);
  const unexpected = problems.filter((p) => !/404|no-such-feed|answered HTTP 404|no-such-article/.test(p));
  assert.deepEqual(unexpected, []);
  await context.close();
});
