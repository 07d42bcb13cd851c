// axe-core checks the page against WCAG 2.2 A and AA rules and axe's best practices: the seed
// article in every theme, an English left-to-right article, and the error
// state. Zero violations.

import { test } from 'node:test';
import assert from 'node:assert/strict';

import AxeBuilder from '@axe-core/playwright';

import { useViewer } from '../lib/harness.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();
// best-practice too: it holds, among others, page-has-heading-one and the landmark rules.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

for (const theme of ['light', 'dark', 'sepia']) {
  test(`the seed article in the ${theme} theme`, async () => {
    const context = await env.browser.newContext();
    await context.addInitScript((theme) => localStorage.setItem('article-viewer:v1:prefs', `size=1;theme=${theme};width=normal`), theme);
    const viewer = await ViewerPage.open(context, env.server.url);
    await viewer.settled();
    assert.deepEqual(await violations(viewer.page), []);
    await context.close();
  });
}

test('an English left-to-right article', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?feed=fixtures/print-links.json`);
  await viewer.settled();
  assert.deepEqual(await violations(viewer.page), []);
  await context.close();
});

test('the error state', async () => {
  const context = await env.browser.newContext();
  const viewer = await ViewerPage.open(context, `${env.server.url}?article=missing`, { expectedErrors: [/article-viewer: /] });
  await viewer.page.waitForSelector('.error-panel');
  assert.equal(await viewer.page.locator('h1').count(), 1, 'the error state keeps one h1');
  assert.deepEqual(await violations(viewer.page), []);
  await context.close();
});
