// A body whose markup shadows the DOM properties a sanitizer reads (DOM
// clobbering: `<form><input name=namespaceURI></form>`, `<img name=body>`)
// must neither run anything nor stop the viewer: the text around it
// renders, the next article renders and counts, and on a host page the
// other widget of the same wasm instance keeps working.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import { useViewer } from '../lib/harness.mjs';
import { useHostedViewer } from '../lib/host-site.mjs';
import { STORAGE_PREFIX, ViewerPage, storedTotal } from '../lib/viewer-page.mjs';

const HOSTILE = ['clobber-namespace', 'clobber-attributes', 'clobber-document'];

const env = useViewer();

/** The body's text and whether anything the sanitizer drops is in it. */
const bodyOf = (root) => {
  const body = root.querySelector('article.article .article__body');
  return {
    text: body?.textContent ?? null,
    dropped: body ? body.querySelectorAll('form, input, embed, [name], [id]').length : -1,
  };
};

test('each hostile body renders the text around it, and the next article renders and counts', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/clobbering.json&article=${HOSTILE[0]}`);
  await viewer.settled();
  for (const [index, id] of HOSTILE.entries()) {
    if (index > 0) await viewer.clickSidebarLink(id);
    await viewer.waitForArticle(id, 1);
    const body = await viewer.page.evaluate(bodyOf, await viewer.page.$('body'));
    assert.match(body.text, /\(before\)/, `${id}: the text before the form`);
    assert.match(body.text, /\(after\)/, `${id}: the text after the form`);
    assert.equal(body.dropped, 0, `${id}: nothing of the hostile part is kept`);
    assert.equal(await viewer.page.locator('[data-error]').count(), 0, `${id}: no error panel`);
  }
  // An in-app move to a harmless article shows its body and its count.
  await viewer.clickSidebarLink('harmless');
  await viewer.waitForArticle('harmless', 1);
  assert.match(await viewer.page.textContent('article.article .article__body'), /plain/);
  assert.equal(await viewer.page.locator('article.article h1').count(), 1);
  assert.deepEqual(viewer.problems, [], 'no page error or console error');
  await context.close();
});

test('reloading a hostile article keeps every stored count', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/clobbering.json&article=clobber-attributes`);
  await viewer.waitForArticle('clobber-attributes', 1);
  await viewer.page.reload();
  await viewer.waitForArticle('clobber-attributes', 2);
  assert.equal(await viewer.storedCount('clobber-attributes'), '2');
  assert.deepEqual(viewer.problems, []);
  await context.close();
});

test('the framed page (?embed=1) renders a hostile body with the text around it', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}index.html?embed=1&feed=fixtures/clobbering.json&article=clobber-document`);
  await viewer.page.waitForFunction(() => /\(after\)/.test(document.querySelector('article.article .article__body')?.textContent ?? ''), null, { timeout: 15000 });
  const body = await viewer.page.evaluate(bodyOf, await viewer.page.$('body'));
  assert.match(body.text, /\(before\)[\s\S]*\(after\)/);
  assert.equal(body.dropped, 0);
  assert.deepEqual(viewer.problems, [], 'no page error or console error');
  await context.close();
});

const hosted = useHostedViewer(
  (viewerUrl) => `<!doctype html><html lang="en"><head><title>Two widgets</title><link rel="icon" href="data:,">
      <script src="${viewerUrl}embed.js" defer></script></head><body>
      <article-viewer id="hostile" feed="${viewerUrl}fixtures/clobbering.json" article="clobber-namespace" show="article"></article-viewer>
      <article-viewer id="calm" feed="${viewerUrl}fixtures/clobbering.json" article="harmless" show="article"></article-viewer>
      </body></html>`,
);

test('on a host page, the widget beside a hostile one keeps rendering and counting', async () => {
  const context = await hosted.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto(hosted.host.url);
  const article = (id) => page.evaluate((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    const article = root?.querySelector('article.article');
    return article ? { id: article.dataset.articleId, body: article.querySelector('.article__body')?.textContent ?? '' } : null;
  }, id);
  await page.waitForFunction(() => ['hostile', 'calm'].every((id) =>
    document.getElementById(id)?.shadowRoot?.querySelector('article.article .article__body')?.textContent), null, { timeout: 15000 });
  assert.match((await article('hostile')).body, /\(before\).*\(after\)/s);
  assert.match((await article('calm')).body, /plain/);

  // The hostile widget moves to another hostile article; the calm one to another article, and counts it.
  await page.evaluate(() => document.getElementById('hostile').setAttribute('article', 'clobber-document'));
  await page.evaluate(() => document.getElementById('calm').setAttribute('article', 'harmless-two'));
  await page.waitForFunction(() => {
    const body = (id) => document.getElementById(id)?.shadowRoot?.querySelector('article.article');
    return body('hostile')?.dataset.articleId === 'clobber-document' && body('calm')?.dataset.articleId === 'harmless-two'
      && body('calm').querySelector('.article__body')?.textContent.includes('آخر');
  }, null, { timeout: 15000 });
  assert.match((await article('hostile')).body, /\(before\).*\(after\)/s);
  assert.equal(await page.evaluate(storedTotal, [STORAGE_PREFIX, 'harmless']), '1');
  await page.waitForFunction(([prefix]) => Object.keys(localStorage).some((k) => k.startsWith(prefix) && k.endsWith(':harmless-two')),
    [STORAGE_PREFIX], { timeout: 10000 });
  assert.equal(await page.evaluate(storedTotal, [STORAGE_PREFIX, 'harmless-two']), '1');
  assert.deepEqual(problems, [], 'no page error on the host page');
  await context.close();
});
