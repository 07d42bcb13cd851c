// The build writes articles from third parties into static HTML. A hostile
// feed must come out inert: nothing from it runs when the written pages are
// opened, even with no Content-Security-Policy to stop it.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

import { launch } from '../lib/browser.mjs';
import { DIST, FIXTURES, serve } from '../lib/server.mjs';
import { templateOf } from '../lib/written-pages.mjs';

const XTASK = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../xtask');
let dir;
let pages;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-dist-'));
  await cp(DIST, dir, { recursive: true });
  // The template before any article was written into it: the build's own
  // index.html carries the front page, so take it from a written page's shell.
  await writeFile(join(dir, 'index.html'), templateOf(await readFile(join(dir, 'index.html'), 'utf8')));
  await cp(join(FIXTURES, 'hostile.json'), join(dir, 'feed.json'));
  await promisify(execFile)('node', [join(XTASK, 'npm/prerender.mjs'), dir, join(XTASK, 'prerender/guard.js')], {
    cwd: join(XTASK, 'npm'),
  });
  pages = (await readdir(dir)).filter((name) => /^(index|article-.*)\.html$/.test(name));
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('the written files carry no script from the feed', async () => {
  assert.equal(pages.length, 4, pages.join(' '));
  const guard = await readFile(join(XTASK, 'prerender/guard.js'), 'utf8');
  const browser = await launch();
  try {
    const page = await browser.newPage();
    for (const name of pages) {
      const html = await readFile(join(dir, name), 'utf8');
      // Parsed the way a browser would, in an inert document.
      const found = await page.evaluate(
        ([html, guard]) => {
          const doc = new DOMParser().parseFromString(html, 'text/html');
          const scripts = [...doc.scripts].map((s) =>
            s.src ? 'loader' : s.type === 'application/ld+json' ? 'json-ld' : s.textContent === guard ? 'guard' : s.outerHTML,
          );
          const handlers = [];
          const scriptUrls = [];
          for (const el of doc.querySelectorAll('*')) {
            for (const { name, value } of el.attributes) {
              if (/^on/i.test(name)) handlers.push(`${el.localName} ${name}`);
              if (/^[\s\u0000-\u001f]*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))) {
                if (!(el.localName === 'meta' && name === 'content')) scriptUrls.push(`${el.localName} ${name}=${value}`);
              }
            }
          }
          const dropped = [...doc.body.querySelectorAll('iframe, form, svg, math, noscript, style, base, object, embed, meta, link')].map(
            (el) => el.localName,
          );
          return { scripts, handlers, scriptUrls, dropped };
        },
        [html, guard],
      );
      assert.deepEqual(found.scripts, ['guard', 'loader', 'json-ld'], `${name}: only the app's own scripts`);
      assert.deepEqual(found.handlers, [], `${name}: no event handler`);
      assert.deepEqual(found.scriptUrls, [], `${name}: no script URL`);
      assert.deepEqual(found.dropped, [], `${name}: nothing the sanitizer drops`);
    }
  } finally {
    await browser.close();
  }
});

test('a body that clobbers the DOM is written with the text around it', async () => {
  const name = pages.find((page) => page === 'article-clobber.html');
  assert.ok(name, pages.join(' '));
  const html = await readFile(join(dir, name), 'utf8');
  const body = html.slice(html.indexOf('article__body'));
  assert.match(body, /قبل النموذج \(<bdi>before<\/bdi>\)[\s\S]*بعد النموذج \(<bdi>after<\/bdi>\)/, 'the text before and after the form is written');
  assert.doesNotMatch(body.slice(0, body.indexOf('</article>')), /<form|<input|name=/, 'nothing of the form is written');
});

test('opening the written pages runs nothing from the feed, even without a CSP', async () => {
  const browser = await launch();
  // The test server with the policy switched off, as a careless host would.
  const server = await serve({ root: dir, headers: { 'content-security-policy': '' } });
  try {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    for (const name of pages) {
      await page.goto(`${server.url}${name}`);
      await page.waitForFunction(() => !document.querySelector('[data-prerendered]') && document.querySelector('h1'), null, {
        timeout: 15000,
      });
      await page.click('h1');
      await page.evaluate(() => document.querySelector('details')?.toggleAttribute('open'));
      await page.waitForTimeout(200);
    }
    assert.deepEqual(dialogs, [], 'no alert from the feed ran');
    await context.close();
  } finally {
    await server.close();
    await browser.close();
  }
});
