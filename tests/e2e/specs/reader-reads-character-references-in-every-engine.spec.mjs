// Titles and names come HTML-escaped from many CMS templates. In the
// browser the viewer decodes their named references with the engine's own
// parser (the wasm carries no table of them): every engine must read the
// same characters, including the second character of a two-character
// reference, and leave what is no complete reference as written.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';
import { serve } from '../lib/server.mjs';

let server;

before(async () => {
  server = await serve({ probe: true });
});

after(async () => {
  await server?.close();
});

inEveryEngine('named character references read alike in every engine', async (session) => {
  await session.goto(`${server.url}index.html?feed=fixtures/references.json`);
  await showing(session, 'refs', 1);
  const shown = await session.run(() => ({
    title: document.querySelector('article.article h1').textContent,
    author: document.querySelector('.byline__names').textContent,
    sidebar: document.querySelector('.sidebar__heading').textContent,
    second: document.querySelector('.sidebar__entry[data-article-id="second"]').textContent,
  }));
  assert.equal(shown.title, 'Café «Prix» … \u2242\u0338 fjord &notit; – &amp');
  assert.equal(shown.author, 'Zoë Åberg');
  assert.equal(shown.sidebar, 'Q&A — The Wire');
  assert.match(shown.second, /^\u200bSecond \u2605 &NoSuchName; AT&T/);
});
