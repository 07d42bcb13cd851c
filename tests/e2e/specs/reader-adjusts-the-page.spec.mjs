// A reader changes the text size, theme and column width: the page follows
// at once, the choice survives a reload, and each theme is photographed at
// phone and desktop widths under tests/e2e/artifacts/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { useViewer } from '../lib/harness.mjs';
import { SEED_ID, ViewerPage } from '../lib/viewer-page.mjs';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const env = useViewer();

const style = (page, selector, property) =>
  page.$eval(selector, (el, property) => getComputedStyle(el)[property], property);

test('text size, theme and width apply at once and survive a reload', async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const viewer = await ViewerPage.open(context, env.server.url);
  await viewer.waitForArticle(SEED_ID, 1);
  const page = viewer.page;
  const sizeBefore = parseFloat(await style(page, '.article__body', 'fontSize'));
  const widthBefore = parseFloat(await style(page, '.article', 'maxWidth'));
  await page.click('.reader-controls__larger');
  await page.click('.reader-controls__width');
  await page.selectOption('.reader-controls__theme select', 'sepia');
  // Digits switch at once, everywhere: Arabic-Indic by default, Western on request.
  assert.equal(await page.textContent('.sidebar__entry[data-article-id="petroleum-osoco-visit"] .view-count'), '٢١ مشاهدة');
  await page.selectOption('.reader-controls__digits select', 'latn');
  assert.equal(await page.textContent('.sidebar__entry[data-article-id="petroleum-osoco-visit"] .view-count'), '21 مشاهدة');
  assert.match(await page.textContent('.byline__reading-time'), /^قراءة في [0-9]+ دقائق$/);
  assert.ok(parseFloat(await style(page, '.article__body', 'fontSize')) > sizeBefore);
  assert.ok(parseFloat(await style(page, '.article', 'maxWidth')) < widthBefore);
  assert.equal(await style(page, 'body', 'backgroundColor'), 'rgb(244, 236, 216)');
  await page.reload();
  await viewer.waitForArticle(SEED_ID, 2);
  assert.equal(await page.getAttribute('html', 'data-theme'), 'sepia');
  assert.equal(await page.$eval('.reader-controls__theme select', (s) => s.value), 'sepia');
  assert.equal(await page.$eval('.reader-controls__digits select', (s) => s.value), 'latn');
  assert.equal(await page.textContent('.sidebar__entry[data-article-id="petroleum-osoco-visit"] .view-count'), '21 مشاهدة');
  assert.equal(await style(page, 'body', 'backgroundColor'), 'rgb(244, 236, 216)');
  assert.ok(parseFloat(await style(page, '.article__body', 'fontSize')) > sizeBefore);
  viewer.assertHealthy();
  await context.close();
});

test('automatic theme follows the system; each theme photographed', async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const scheme of ['light', 'dark']) {
    const context = await env.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
    const viewer = await ViewerPage.open(context, env.server.url);
    await viewer.settled();
    const background = await style(viewer.page, 'body', 'backgroundColor');
    assert.equal(background, scheme === 'dark' ? 'rgb(15, 18, 22)' : 'rgb(255, 255, 255)');
    viewer.assertHealthy();
    await context.close();
  }
  // An English, left-to-right article at both widths too.
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const context = await env.browser.newContext({ viewport });
    const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/print-links.json`);
    await viewer.settled();
    assert.equal(await viewer.page.getAttribute('html', 'dir'), 'ltr');
    await viewer.page.screenshot({ path: `${ARTIFACTS}english-ltr-${name}.png` });
    viewer.assertHealthy();
    await context.close();
  }
  for (const theme of ['light', 'dark', 'sepia']) {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      const context = await env.browser.newContext({ viewport });
      await context.addInitScript((theme) => localStorage.setItem('article-viewer:v1:prefs', `size=1;theme=${theme};width=normal`), theme);
      const viewer = await ViewerPage.open(context, env.server.url);
      await viewer.settled();
      assert.equal(await viewer.page.getAttribute('html', 'data-theme'), theme);
      await viewer.page.screenshot({ path: `${ARTIFACTS}theme-${theme}-${name}.png` });
      viewer.assertHealthy();
      await context.close();
    }
  }
});
