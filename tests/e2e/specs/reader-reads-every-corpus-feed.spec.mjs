// Real publishers' feeds, as the release build shows them on a phone. Each
// feed of ../shared/corpora/feeds/ is served beside the build (read from
// there, never copied into the project) and its items are opened one by one
// (all of them, or an evenly spaced sample of a large feed): direction and
// `lang` as the text requires, one `h1`, the interface in the item's
// language, the source's visible text and its images kept, nothing wider
// than the column, no error panel and no console error. The broken feeds of
// feeds/invalid/ each show their own panel.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

import { useViewer } from '../lib/harness.mjs';
import { CORPORA } from '../lib/server.mjs';
import { ViewerPage } from '../lib/viewer-page.mjs';

const env = useViewer();
const ARTIFACTS = resolve(fileURLToPath(new URL('.', import.meta.url)), '../artifacts');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Items opened per feed: a large feed is sampled evenly, first and last included. */
const SAMPLE = 25;

/** The language every item of each feed is shown in (the same table as tests/corpora.rs). */
const LANGUAGES = {
  '01-jsonfeed-org.json': 'en',
  '02-daring-fireball.json': 'en',
  '04-hypercritical.json': 'en',
  '05-maybe-pizza.json': 'en',
  '06-the-record-podcast.json': 'en',
  '07-timetable-podcast.json': 'en',
  '08-inessential.json': 'en',
  '10-curtclifton-code.json': 'en',
  '11-pixel-envy-http-version.json': 'en',
  '12-rosemary-orchard-large.json': 'en',
  '14-influxdata-text-only.json': 'en',
  '15-cowboy-programmer-code.json': 'en',
  '16-manton-microblog-untitled.json': 'en',
  '17-harf-urdu-rtl.json': 'en',
  '18-el7ady-ar-rtl-figures.json': 'ar',
  '20-doyouknow-ar-text-only.json': 'ar',
  '21-krisbaker-ja-video.json': 'ja',
  '22-vuepress-hope-zh-huge.json': 'zh',
  '23-sakurain-zh-text-only.json': 'zh',
  '24-cree-ko-markdown-in-html.json': 'ko',
};
/** Items whose own text is in another language than their feed's. */
const EXCEPTIONS = [{ feed: '22-vuepress-hope-zh-huge.json', id: /\/zh\/changelog\.html$/, language: 'en' }];
/** Screenshots looked at: an English, an Urdu, a Japanese and an Arabic-with-figures feed. */
const SCREENSHOTS = {
  '02-daring-fireball.json': 'english',
  '17-harf-urdu-rtl.json': 'urdu',
  '21-krisbaker-ja-video.json': 'japanese',
  '18-el7ady-ar-rtl-figures.json': 'arabic-figures',
};

/** A 1×1 grey PNG: every publisher's image, so no test leaves this machine. */
function greyPixel() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]); // 1×1, 8-bit grey
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xcc]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const PIXEL = greyPixel();

/** A context whose requests to anywhere but the test server are answered locally. */
async function offlineContext(viewport) {
  const context = await env.browser.newContext({ viewport });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) =>
      route.request().resourceType() === 'image'
        ? route.fulfill({ status: 200, contentType: 'image/png', body: PIXEL })
        : route.fulfill({ status: 204 }),
  );
  return context;
}

function sample(items) {
  if (items.length <= SAMPLE) return items;
  return Array.from({ length: SAMPLE }, (_, n) => items[Math.round((n * (items.length - 1)) / (SAMPLE - 1))]);
}

/**
 * Runs in a blank page of its own (no CSP to report the source's inline
 * styles to, no viewer to confuse): what a reader sees of the source, its
 * text and its http(s) images, scripts, styles and the parts the policy
 * replaces (frames) or drops (form controls) aside.
 */
function readSource({ item, homePage, feedUrl }) {
  const html = typeof item.content_html === 'string' ? item.content_html.trim() : '';
  const images = [];
  const base = item.url || homePage || feedUrl;
  const fetched = (src) => {
    try {
      const url = new URL(src, new URL(base, feedUrl));
      if (url.protocol === 'http:') url.protocol = 'https:';
      return url.protocol === 'https:' ? url.href : null;
    } catch {
      return null;
    }
  };
  if (!html) return { text: typeof item.content_text === 'string' ? item.content_text : '', images };
  const source = new DOMParser().parseFromString(html, 'text/html');
  const invisible =
    'script, style, template, noscript, iframe, object, embed, head, title, textarea, select, svg, math, canvas, noembed, noframes';
  for (const el of source.querySelectorAll(invisible)) el.remove();
  for (const img of source.querySelectorAll('img[src]')) {
    const src = fetched(img.getAttribute('src'));
    if (src) images.push(src);
  }
  return { text: source.body.textContent, images };
}

/** Runs in the viewer: what the reader sees of the current article, against its source. */
function inspect({ text: sourceText, images: sourceImages }) {
  const problems = [];
  const squash = (text) => text.replace(/[\s\u00ad\u200b-\u200f\u2066-\u2069]+/g, '');
  const article = document.querySelector('article.article');
  if (!article) {
    return { problems: ['no article'], error: document.querySelector('.error-panel')?.dataset.error ?? null };
  }
  const body = article.querySelector('.article__body');
  let shownText = '';
  const shownImages = new Set();
  if (body) {
    const copy = body.cloneNode(true);
    // The cards that stand for frames are the viewer's words, not the source's.
    for (const card of copy.querySelectorAll('figure.embed-card')) card.remove();
    shownText = copy.textContent;
    for (const img of body.querySelectorAll('img')) shownImages.add(img.src);
  }
  if (squash(shownText) !== squash(sourceText)) {
    const a = squash(sourceText);
    const b = squash(shownText);
    let at = 0;
    while (at < a.length && a[at] === b[at]) at++;
    problems.push(
      `text differs at ${at} of ${a.length}/${b.length}: source «${a.slice(at, at + 60)}» shown «${b.slice(at, at + 60)}»`,
    );
  }
  const missing = sourceImages.filter((src) => !shownImages.has(src));
  if (missing.length) problems.push(`images lost: ${missing.join(' ')}`);
  const h1s = document.querySelectorAll('h1').length;
  if (h1s !== 1) problems.push(`${h1s} h1 elements`);
  // Nothing wider than the column on a phone; tables and code scroll inside themselves.
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} > ${window.innerWidth}`);
  }
  if (body) {
    const column = body.getBoundingClientRect();
    for (const el of body.querySelectorAll('img, video, audio, table, pre, figure, picture')) {
      const box = el.getBoundingClientRect();
      if (box.width > column.width + 1) {
        problems.push(`a ${el.localName} is ${Math.round(box.width)}px wide in a ${Math.round(column.width)}px column`);
      }
    }
  }
  const views = article.querySelector('.article__views')?.textContent ?? '';
  return {
    problems,
    lang: article.lang,
    dir: article.dir,
    htmlLang: document.documentElement.lang,
    htmlDir: document.documentElement.dir,
    views,
    error: document.querySelector('.error-panel')?.dataset.error ?? null,
  };
}

const feeds = (await readdir(join(CORPORA, 'feeds'))).filter((name) => name.endsWith('.json')).sort();

test('the corpus has every feed this spec knows the language of', () => {
  assert.deepEqual(feeds, Object.keys(LANGUAGES).sort());
});

for (const name of feeds) {
  test(`${name}: every sampled item renders in its language with its text and images`, async () => {
    const feed = JSON.parse(await readFile(join(CORPORA, 'feeds', name), 'utf8'));
    const feedPath = `corpora/feeds/${name}`;
    const feedUrl = new URL(feedPath, env.server.url).href;
    const context = await offlineContext(PHONE);
    const viewer = new ViewerPage(await context.newPage());
    const blank = await (await env.browser.newContext()).newPage();
    const problems = [];
    for (const item of sample(feed.items)) {
      // An item without an id is known by its url (as the parser does).
      const id = String(item.id ?? item.url);
      await viewer.goto(`${env.server.url}?feed=${encodeURIComponent(feedPath)}&article=${encodeURIComponent(id)}`);
      await viewer.settled();
      await viewer.page.waitForFunction((id) => document.querySelector('article.article')?.dataset.articleId === id, id, {
        timeout: 10000,
      }).catch(() => {});
      const source = await blank.evaluate(readSource, { item, homePage: feed.home_page_url, feedUrl });
      const seen = await viewer.page.evaluate(inspect, source);
      const expected = EXCEPTIONS.find((e) => e.feed === name && e.id.test(id))?.language ?? LANGUAGES[name];
      const rtl = expected === 'ar';
      const primary = (tag) => (tag ?? '').split('-')[0];
      const found = [...seen.problems];
      if (seen.error) found.push(`error panel ${seen.error}`);
      if (primary(seen.lang) !== expected) found.push(`article lang ${seen.lang}, expected ${expected}`);
      if (seen.dir !== (rtl ? 'rtl' : 'ltr')) found.push(`article dir ${seen.dir}`);
      // The page (sidebar, lists) speaks the feed's language, whatever one item's is.
      if (primary(seen.htmlLang) !== LANGUAGES[name]) found.push(`page lang ${seen.htmlLang}`);
      if (seen.htmlDir !== (LANGUAGES[name] === 'ar' ? 'rtl' : 'ltr')) found.push(`page dir ${seen.htmlDir}`);
      const interfaceRight = rtl ? /مشاهد|[\u0600-\u06ff]/.test(seen.views) : /\bviews?\b/.test(seen.views);
      if (!interfaceRight) found.push(`the count reads «${seen.views}»`);
      if (found.length) problems.push(`${id}: ${found.join('; ')}`);
    }
    if (SCREENSHOTS[name]) {
      await mkdir(ARTIFACTS, { recursive: true });
      const first = String(feed.items[0].id ?? feed.items[0].url);
      await viewer.goto(`${env.server.url}?feed=${encodeURIComponent(feedPath)}&article=${encodeURIComponent(first)}`);
      await viewer.settled();
      await viewer.page.screenshot({ path: join(ARTIFACTS, `corpus-${SCREENSHOTS[name]}-phone.png`), fullPage: true });
      await viewer.page.setViewportSize(DESKTOP);
      await viewer.page.screenshot({ path: join(ARTIFACTS, `corpus-${SCREENSHOTS[name]}-desktop.png`) });
    }
    assert.deepEqual(problems, [], `${name}: items shown wrong`);
    viewer.assertHealthy();
    await blank.context().close();
    await context.close();
  });
}

test('each broken feed shows its own specific panel', async () => {
  const context = await offlineContext(PHONE);
  const panels = {};
  const expectedErrors = [/feed|JSON|article-viewer/i];
  for (const name of (await readdir(join(CORPORA, 'feeds/invalid'))).sort()) {
    const viewer = new ViewerPage(await context.newPage(), { expectedErrors });
    await viewer.goto(`${env.server.url}?feed=${encodeURIComponent(`corpora/feeds/invalid/${name}`)}`);
    await viewer.settled();
    panels[name] = await viewer.page.evaluate(() => {
      const panel = document.querySelector('.error-panel');
      return {
        kind: panel?.dataset.error ?? null,
        detail: panel?.querySelector('.error-panel__detail')?.textContent ?? '',
        h1s: document.querySelectorAll('h1').length,
        article: !!document.querySelector('article.article'),
      };
    });
    viewer.assertHealthy();
    await viewer.page.close();
  }
  const notJson = [
    'gofeed-invalid-syntax.json',
    'jekyll-liquid-hash-in-author.json',
    'truncated-allthis-partial.json',
    'unrendered-jekyll-template.json',
  ];
  for (const name of notJson) {
    assert.equal(panels[name].kind, 'not-json', name);
    assert.equal(panels[name].h1s, 1, `${name}: one h1`);
  }
  // Each says where its own document breaks.
  const details = new Set(notJson.map((name) => panels[name].detail));
  assert.equal(details.size, notJson.length, `distinct details: ${JSON.stringify(panels, null, 1)}`);
  assert.equal(panels['not-jsonfeed-rss-in-json.json'].kind, 'not-json-feed');
  // Valid JSON with small schema violations: read, not refused.
  assert.equal(panels['schema-violations-stringified-author-expired.json'].kind, null);
  assert.equal(panels['schema-violations-stringified-author-expired.json'].article, true);
  await context.close();
});
