// `cargo xtask bench`: measures the release dist/ against a static-HTML copy
// of the same seed page, in the same run, in Debian's headless Chromium.
// Prints a table of each figure, the static copy's figure and their ratio,
// and writes it as JSON to target/bench/report.json. It exits non-zero only
// when it could not measure; it never judges the figures.

import { createServer } from 'node:http';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

import { launch } from '../lib/browser.mjs';
import { startWordPress } from '../lib/wordpress.mjs';
import { lighthouseFigures } from './lighthouse.mjs';
import { writeStaticCopy } from './static-copy.mjs';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'target/bench');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// BENCH_ENCODING=gzip serves gzip even to a browser that asks for brotli (the bench before 2026-12-07).
const GZIP_ONLY = process.env.BENCH_ENCODING === 'gzip';
if (![undefined, 'gzip'].includes(process.env.BENCH_ENCODING)) throw new Error('BENCH_ENCODING can only be gzip');
// V8 flags for the DevTools-protocol measurements (not Lighthouse's), to see
// what an engine setting costs: BENCH_JS_FLAGS=--no-wasm-lazy-compilation.
const JS_FLAGS = process.env.BENCH_JS_FLAGS ?? '';
const BROWSER_ARGS = JS_FLAGS ? [`--js-flags=${JS_FLAGS}`] : [];
// The parts to measure, for a quicker look at one of them while working
// (BENCH_ONLY=timings,long); the sizes are always measured. All by default.
const PARTS = ['timings', 'long', 'largest', 'wordpress', 'embedded', 'lighthouse'];
const ONLY = (process.env.BENCH_ONLY ?? PARTS.join(',')).split(',').map((part) => part.trim()).filter(Boolean);
const unknownPart = ONLY.find((part) => !PARTS.includes(part));
if (unknownPart) throw new Error(`BENCH_ONLY names ${unknownPart}; the parts are ${PARTS.join(', ')}`);
const measures = (part) => ONLY.includes(part);

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

/** The compression the server sends and the size figures count, by `Content-Encoding`. */
const COMPRESS = {
  br: (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * A static server that compresses as a CDN does: brotli (at the quality the
 * size figures use) when the browser asks for it, as Chromium does even over
 * plain HTTP to 127.0.0.1, else gzip. Until 2026-12-07 it always sent gzip,
 * 18% more bytes of wasm than a CDN sends Chromium. `dirs` are looked up in
 * order, so generated feeds can sit beside dist/.
 */
async function serveDir(...dirs) {
  const cache = new Map();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const name = path.endsWith('/') ? `${path}index.html` : path;
    try {
      let file = null;
      for (const dir of dirs) {
        if (await stat(join(dir, name)).then(() => true, () => false)) {
          file = join(dir, name);
          break;
        }
      }
      if (!file) throw new Error('not found');
      const encoding = !GZIP_ONLY && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') ? 'br' : 'gzip';
      const key = `${encoding} ${file}`;
      if (!cache.has(key)) cache.set(key, COMPRESS[encoding](await readFile(file)));
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-encoding': encoding, 'cache-control': 'no-store', vary: 'accept-encoding' });
      res.end(cache.get(key));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => { server.closeAllConnections(); server.close(ok); }) };
}

/** Bytes of the files the first paint needs: raw, gzip and brotli. */
async function transferSizes(dir, names) {
  const sizes = { raw: 0, gzip: 0, brotli: 0 };
  for (const name of names) {
    const bytes = await readFile(join(dir, name));
    sizes.raw += bytes.length;
    sizes.gzip += COMPRESS.gzip(bytes).length;
    sizes.brotli += COMPRESS.br(bytes).length;
  }
  return sizes;
}

const OBSERVE = () => {
  const m = (window.__bench = { fcp: null, lcp: null, cls: 0, longTasks: [], viewWritten: null, wasmBytes: 0 });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') m.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((l) => { const es = l.getEntries(); m.lcp = es[es.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) m.cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) m.longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (m.viewWritten === null && String(key).startsWith('article-viewer:')) m.viewWritten = performance.now();
    return setItem.call(this, key, value);
  };
  addEventListener('TrunkApplicationStarted', (event) => { m.memory = event.detail?.wasm?.memory; });
};

const PROFILES = {
  desktop: null,
  // Lighthouse's mobile throttling: 150 ms RTT, 1.6 Mbps down, 750 kbps up, 4x CPU.
  mobile: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, cpu: 4 },
};

async function measurePage(browser, url, profile, isApp) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  const cdp = await context.newCDPSession(page);
  if (profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.goto(url, { waitUntil: 'load' });
  if (isApp) await page.waitForFunction(() => document.querySelector('article.article') && window.__bench.viewWritten !== null, null, { timeout: 60000 });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => ({ ...window.__bench, memory: undefined, wasmBytes: window.__bench.memory?.buffer?.byteLength ?? 0 }));
  const heap = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  const tbt = m.longTasks.filter(([start]) => start >= (m.fcp ?? 0)).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  // The longest task from the first paint until the count is written (0 when none was long).
  const until = m.viewWritten ?? Infinity;
  const longestTask = m.longTasks.filter(([start]) => start >= (m.fcp ?? 0) && start < until).reduce((most, [, d]) => Math.max(most, d), 0);
  return { fcp: m.fcp, lcp: m.lcp, cls: m.cls, tbt, longestTask, viewWritten: m.viewWritten, memory: heap.usedSize + m.wasmBytes };
}

/** The machine, as the README's table names it, with the measuring `browser`'s version. */
async function machine(browser) {
  const os = await import('node:os');
  const cpus = os.cpus();
  const flags = JS_FLAGS ? ` with --js-flags=${JS_FLAGS} (not Lighthouse)` : '';
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${process.platform} ${process.arch}, Node ${process.version}, Chromium ${browser.version()}${flags}`;
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : null;
};

async function measure(browser, url, profile, isApp) {
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await measurePage(browser, url, profile, isApp));
  return Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
}

/**
 * Plain JavaScript's side of the long-content figure: fetches and parses the
 * same feed, then builds `same` (the markup the app ended with) under an
 * article in the page's body with one `innerHTML`, and forces its layout.
 */
async function buildPlain([n, same]) {
  const response = await fetch(`long-${n}.json`);
  const text = await response.text();
  // From the moment the feed's last byte arrived, as the app's figure is.
  const fetched = performance.getEntriesByType('resource').findLast((e) => e.name.includes(`/long-${n}.json`)).responseEnd;
  const data = JSON.parse(text);
  if (!data.items[0].content_html) throw new Error('no body');
  const article = document.createElement('article');
  article.className = 'article';
  const h1 = document.createElement('h1');
  h1.textContent = data.items[0].title;
  const body = document.createElement('div');
  body.className = 'article__body';
  const template = document.createElement('template');
  template.innerHTML = same;
  body.append(template.content);
  article.append(h1, body);
  document.body.append(article);
  document.body.offsetHeight;
  return performance.now() - fetched;
}

/**
 * What the browser's own HTML Sanitizer API would leave the walk: the raw
 * body of the same feed parsed inertly (`DOMParser`, what the app does before
 * its walk) and parsed and filtered natively (`Element.setHTML` with an
 * allowlist), each timed alone. `null` where the engine has no `setHTML`.
 */
async function parseNatively([n]) {
  const data = await (await fetch(`long-${n}.json`)).json();
  const html = data.items[0].content_html;
  let start = performance.now();
  new DOMParser().parseFromString(html, 'text/html');
  const domParser = performance.now() - start;
  if (typeof Element.prototype.setHTML !== 'function') return { domParser, setHTML: null };
  start = performance.now();
  document.createElement('div').setHTML(html, { sanitizer: { elements: ['p', 'a', 'bdi', 'em', 'strong', 'h2', 'h3', 'ul', 'ol', 'li', 'blockquote', 'figure', 'figcaption', 'img'], attributes: ['dir', 'href', 'src', 'alt', 'lang'] } });
  return { domParser, setHTML: performance.now() - start };
}

/** Long content: render time of the app against plain JavaScript building the same DOM. */
async function longContent(browser, appUrl, dir) {
  const results = [];
  // The page plain JavaScript builds in: the app's language, direction and
  // stylesheets, no script.
  const index = await readFile(join(DIST, 'index.html'), 'utf8');
  const sheets = [...index.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]).join('');
  await writeFile(join(dir, 'plain-page.html'), `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>plain</title>${sheets}</head><body></body></html>`);
  for (const paragraphs of [100, 1000, 10000]) {
    const text = (i) => `<p>الفقرة ${i}: وجاء في التقرير (Starlink) أن المحادثات كانت تُغطي مسائل شخصية ومصالح تجارية.</p>`;
    const feed = { version: 'https://jsonfeed.org/version/1.1', language: 'ar', title: 'bench', items: [{ id: 'long', title: 'long', content_html: Array.from({ length: paragraphs }, (_, i) => text(i)).join('') }] };
    await writeFile(join(dir, `long-${paragraphs}.json`), JSON.stringify(feed));
    const times = { app: [], polled: [], plain: [], warm: [], domParser: [], setHTML: [] };
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // The app's figure is taken in the page, as plain JavaScript's is: at
      // the first microtask after its article holds every paragraph, with its
      // layout forced there. Until 2026-12-07 it was read after Playwright's
      // poll (a frame) and two DevTools round trips, which plain JavaScript's
      // figure never paid; that one is kept beside it.
      await page.addInitScript((n) => {
        new MutationObserver((_, observer) => {
          if (document.querySelectorAll('.article__body p').length !== n) return;
          observer.disconnect();
          document.body.offsetHeight;
          window.__benchArticleBuilt = performance.now();
        }).observe(document, { childList: true, subtree: true });
      }, paragraphs);
      await page.goto(`${appUrl}?feed=long-${paragraphs}.json`);
      await page.waitForFunction((n) => document.querySelectorAll('.article__body p').length === n, paragraphs, { timeout: 120000 });
      const app = await page.evaluate(() => {
        const feed = performance.getEntriesByType('resource').find((e) => e.name.includes('/long-'));
        return { polled: performance.now() - feed.responseEnd, built: window.__benchArticleBuilt - feed.responseEnd };
      });
      if (!Number.isFinite(app.built)) throw new Error(`the ${paragraphs}-paragraph article was never seen built in the page`);
      times.app.push(app.built);
      times.polled.push(app.polled);
      // Plain JavaScript builds the same DOM the app built (its paragraphs with
      // their dir="auto" and the <bdi> around each Latin run), from the same
      // feed, in a fresh page of its own with the app's stylesheets. It used
      // to run in the app's page, after the app, where the browser lays out
      // text it has just shaped and styled; that figure is kept beside it
      // (about a tenth faster in the runs that compared them).
      const same = await page.evaluate(() => document.querySelector('.article__body').innerHTML);
      const warm = await page.evaluate(buildPlain, [paragraphs, same]);
      await context.close();
      const fresh = await browser.newContext();
      const plainPage = await fresh.newPage();
      await plainPage.goto(`${appUrl}plain-page.html`);
      const plain = await plainPage.evaluate(buildPlain, [paragraphs, same]);
      const native = await plainPage.evaluate(parseNatively, [paragraphs]);
      times.domParser.push(native.domParser);
      if (native.setHTML !== null) times.setHTML.push(native.setHTML);
      await fresh.close();
      times.warm.push(warm);
      times.plain.push(plain);
    }
    results.push({ paragraphs, app: median(times.app), appPolled: median(times.polled), plain: median(times.plain), plainInAppPage: median(times.warm), domParser: median(times.domParser), setHTML: times.setHTML.length ? median(times.setHTML) : null });
  }
  const posts = 5000;
  const feed = { version: 'https://jsonfeed.org/version/1.1', language: 'ar', title: 'bench', items: Array.from({ length: posts }, (_, i) => ({ id: `p${i}`, title: `خبر رقم ${i}`, content_text: 'نص', _article_viewer: { views: (i * 7919) % 613 } })) };
  await writeFile(join(dir, 'posts-5000.json'), JSON.stringify(feed));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${appUrl}?feed=posts-5000.json`);
  await page.waitForSelector('.most-viewed__entry', { timeout: 60000 });
  const sidebarNodes = await page.evaluate(() => document.querySelectorAll('aside *').length);
  await context.close();
  return { paragraphs: results, sidebar: { posts, liveNodes: sidebarNodes } };
}

/** The largest real feed of the corpus (1 MB, 100 items), read from ../shared/corpora at run time. */
const CORPUS_FEEDS = resolve(ROOT, '../shared/corpora/feeds');
const LARGEST_FEED = '22-vuepress-hope-zh-huge.json';

/**
 * Time from navigation until the live app shows its first article (not the
 * written copy: `?feed=` makes the page hide it and the app render), for a
 * feed, under a profile's throttling; the median of RUNS.
 */
async function firstArticle(browser, url, profile) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    }
    await page.goto(url);
    await page.waitForFunction(
      () => !document.querySelector('[data-prerendered]') && document.querySelector('article.article .article__body, article.article h1'),
      null,
      { timeout: 120000, polling: 'raf' },
    );
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  return median(times);
}

async function largestFeed(browser, appUrl) {
  const out = {};
  for (const [name, profile] of Object.entries(PROFILES)) {
    out[name] = {
      largest: await firstArticle(browser, `${appUrl}?feed=${LARGEST_FEED}`, profile),
      seed: await firstArticle(browser, `${appUrl}?feed=feed.json`, profile),
    };
  }
  return out;
}

/**
 * The same 20 posts as a JSON Feed (what an operator converting the site
 * would publish): the baseline for reading them from the site itself.
 */
async function sameArticlesAsJsonFeed(site) {
  const response = await fetch(`${site.url}/wp-json/wp/v2/posts?per_page=20&_embed=author,wp:featuredmedia,wp:term`);
  const posts = await response.json();
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'The same posts',
    items: posts.map((post) => ({
      id: decodeURIComponent(post.slug),
      url: post.link,
      title: post.title.rendered,
      content_html: post.content.rendered,
      summary: post.excerpt.rendered.replace(/<[^>]*>/g, '').trim(),
      date_published: `${post.date_gmt}Z`,
      date_modified: `${post.modified_gmt}Z`,
      image: post._embedded?.['wp:featuredmedia']?.[0]?.source_url,
      authors: (post._embedded?.author ?? []).filter((a) => a.name).map((a) => ({ name: a.name, avatar: a.avatar_urls?.['96'] })),
      tags: (post._embedded?.['wp:term'] ?? []).flat().map((t) => t.name),
      _article_viewer: { views: post.views ?? 0 },
    })),
  };
}

/**
 * The first live article read from a WordPress site (the test site of
 * lib/wordpress.mjs: its REST index, then a page of 20 posts with their
 * embeds) against the same article from a JSON Feed of the same posts,
 * from the same page (an operator's copy of index.html whose allowlist
 * names the site).
 */
async function wordpressSource(browser, appUrl, generated) {
  const site = await startWordPress();
  try {
    const template = await readFile(join(DIST, 'index.html'), 'utf8');
    await writeFile(
      join(generated, 'wordpress.html'),
      template.replace(/(<meta name="article-viewer:allowed-feed-origins" content=")[^"]*"/, `$1${new URL(site.url).origin}"`),
    );
    await writeFile(join(generated, 'wordpress-posts.json'), JSON.stringify(await sameArticlesAsJsonFeed(site)));
    const out = {};
    for (const [name, profile] of Object.entries(PROFILES)) {
      out[name] = {
        wordpress: await firstArticle(browser, `${appUrl}wordpress.html?feed=${encodeURIComponent(`${site.url}/wp-json/`)}`, profile),
        jsonFeed: await firstArticle(browser, `${appUrl}wordpress.html?feed=wordpress-posts.json`, profile),
      };
    }
    return out;
  } finally {
    await site.stop();
  }
}

/**
 * A publisher's page (served beside dist/) holding either an
 * `<article-viewer>` element or an `<iframe>` of the written page of the
 * same article, each with its script (embed.js, resize.js): the time from
 * navigation until the article is on screen, mobile throttling, the median
 * of RUNS. The element's article is on screen when a visible root of its
 * shadow root holds an article body (polled each frame): the build's written
 * copy, which embed.js shows while the wasm loads, or the live article; it
 * is live when that root is the live viewer's. The frame's is on screen when
 * its document's first contentful paint happens (the written copy paints at
 * once), read from the frame's own paint timing, on the host page's clock.
 */
async function embeddedArticle(browser, appUrl, generated) {
  const article = 'samsung-xealth';
  const host = (inner, script) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A publisher</title><link rel="icon" href="data:,">${script}</head><body><h1>A publisher</h1>${inner}</body></html>`;
  await writeFile(join(generated, 'host-element.html'), host(`<article-viewer feed="feed.json" article="${article}"></article-viewer>`, '<script src="embed.js" defer></script>'));
  await writeFile(join(generated, 'host-frame.html'), host(`<iframe title="Article" src="article-${article}.html" style="width: 100%; border: 0"></iframe>`, '<script src="resize.js" defer></script>'));
  const onScreen = {
    element: () => {
      const root = document.querySelector('article-viewer')?.shadowRoot;
      return root?.querySelector('.viewer-root:not([hidden]) article.article .article__body') ? performance.now() : null;
    },
    elementLive: () => {
      const root = document.querySelector('article-viewer')?.shadowRoot;
      return root?.querySelector('.viewer-root:not([hidden]):not([data-written-copy]) article.article .article__body') ? performance.now() : null;
    },
    frame: () => {
      const frame = document.querySelector('iframe');
      const paint = frame?.contentWindow?.performance.getEntriesByName('first-contentful-paint')[0];
      if (!paint || !frame.contentDocument.querySelector('article.article h1')) return null;
      return frame.contentWindow.performance.timeOrigin + paint.startTime - performance.timeOrigin;
    },
  };
  const out = {};
  for (const [kind, check] of Object.entries(onScreen)) {
    const times = [];
    for (let i = 0; i < RUNS; i += 1) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const profile = PROFILES.mobile;
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: profile.latency, downloadThroughput: profile.downloadThroughput, uploadThroughput: profile.uploadThroughput });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      await page.goto(`${appUrl}host-${kind === 'elementLive' ? 'element' : kind}.html`);
      const handle = await page.waitForFunction(check, null, { timeout: 120000, polling: 'raf' });
      times.push(await handle.jsonValue());
      await context.close();
    }
    out[kind] = median(times);
  }
  return out;
}

const fmt = (v, unit = '') => (v === null || v === undefined ? 'n/a' : `${Number.isInteger(v) ? v : v.toFixed(v < 1 ? 3 : 1)}${unit}`);
const ratio = (a, b) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}x`);

async function main() {
  await stat(join(DIST, 'index.html')).catch(() => { throw new Error('no dist/: run cargo xtask build first'); });
  await mkdir(OUT, { recursive: true });
  const staticDir = join(OUT, 'static');
  const css = await writeStaticCopy(DIST, staticDir);
  const distFiles = await readdir(DIST);
  // What the page itself loads (not the widget's, frame host's or worker's files).
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:href|src)="\.\/([^"]+)"/g)].map((m) => m[1]);
  const stylesheets = linked.filter((f) => f.endsWith('.css'));
  const loader = linked.find((f) => f.startsWith('loader-'));
  const glue = (await readFile(join(DIST, loader), 'utf8')).match(/import\('\.\/([^']+\.js)'\)/)[1];
  const code = [...stylesheets, loader, glue, ...distFiles.filter((f) => f.endsWith('_bg.wasm'))];
  const sizes = {
    // The written page paints with its HTML and CSS alone; the app is live
    // once its JS, wasm and the feed have loaded too.
    app: await transferSizes(DIST, ['index.html', ...stylesheets]),
    appLive: await transferSizes(DIST, ['index.html', 'feed.json', ...code]),
    appCode: await transferSizes(DIST, code),
    wasm: await transferSizes(DIST, distFiles.filter((f) => f.endsWith('.wasm'))),
    static: await transferSizes(staticDir, ['index.html', ...css]),
    staticHtml: await transferSizes(staticDir, ['index.html']),
  };
  const generated = join(OUT, 'feeds');
  await mkdir(generated, { recursive: true });
  const app = await serveDir(DIST, generated, CORPUS_FEEDS);
  const copy = await serveDir(staticDir);
  const browser = await launch(BROWSER_ARGS);
  const report = { machine: await machine(browser), runs: RUNS, sizes, timings: {} };
  try {
    for (const [name, profile] of Object.entries(measures('timings') ? PROFILES : {})) {
      report.timings[name] = { app: await measure(browser, app.url, profile, true), static: await measure(browser, copy.url, profile, false) };
    }
    if (measures('long')) report.long = await longContent(browser, app.url, generated);
    if (measures('largest')) report.largestFeed = await largestFeed(browser, app.url);
    if (measures('wordpress')) report.wordpress = await wordpressSource(browser, app.url, generated);
    if (measures('embedded')) report.embedded = await embeddedArticle(browser, app.url, generated);
    await browser.close();
    if (measures('lighthouse')) report.lighthouse = await lighthouseFigures({ app: app.url, static: copy.url }, LIGHTHOUSE_RUNS, median);
  } finally {
    await browser.close();
    await app.close();
    await copy.close();
  }
  await writeFile(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);

  const rows = [['figure', 'app', 'static copy', 'ratio']];
  for (const kind of ['raw', 'gzip', 'brotli']) rows.push([`first-paint bytes (HTML + CSS), ${kind}`, fmt(sizes.app[kind]), fmt(sizes.static[kind]), ratio(sizes.app[kind], sizes.static[kind])]);
  rows.push(['bytes until live (+ JS, wasm, feed), brotli', fmt(sizes.appLive.brotli), fmt(sizes.static.brotli), ratio(sizes.appLive.brotli, sizes.static.brotli)]);
  rows.push(['JS + wasm + CSS, brotli', fmt(sizes.appCode.brotli), fmt(sizes.static.brotli - sizes.staticHtml.brotli), '']);
  rows.push(['wasm alone, raw / brotli', `${sizes.wasm.raw} / ${sizes.wasm.brotli}`, '', '']);
  for (const [name, t] of Object.entries(report.timings)) {
    for (const [key, unit] of [['fcp', ' ms'], ['lcp', ' ms'], ['cls', ''], ['tbt', ' ms'], ['longestTask', ' ms'], ['viewWritten', ' ms'], ['memory', ' B']]) {
      rows.push([`${name}: ${key}`, fmt(t.app[key], unit), fmt(t.static[key], unit), ratio(t.app[key], t.static[key])]);
    }
  }
  if (report.long) {
    for (const p of report.long.paragraphs) rows.push([`render ${p.paragraphs} paragraphs (vs plain JS in a fresh page)`, fmt(p.app, ' ms'), fmt(p.plain, ' ms'), ratio(p.app, p.plain)]);
    // The old baseline, kept in sight: plain JavaScript in the app's own page, laying out text already shaped.
    for (const p of report.long.paragraphs) rows.push([`render ${p.paragraphs} paragraphs (vs plain JS after the app, in its page)`, fmt(p.app, ' ms'), fmt(p.plainInAppPage, ' ms'), ratio(p.app, p.plainInAppPage)]);
    // The app's old figure, read after Playwright's poll and two round trips.
    for (const p of report.long.paragraphs) rows.push([`render ${p.paragraphs} paragraphs, app read after a poll (vs plain JS in a fresh page)`, fmt(p.appPolled, ' ms'), fmt(p.plain, ' ms'), ratio(p.appPolled, p.plain)]);
    // The Sanitizer API's bound: the browser parsing the raw body inertly (as the app does before its walk) against parsing and filtering it natively.
    for (const p of report.long.paragraphs) rows.push([`raw body of ${p.paragraphs} paragraphs: DOMParser (vs setHTML with an allowlist)`, fmt(p.domParser, ' ms'), p.setHTML === null ? 'no setHTML' : fmt(p.setHTML, ' ms'), p.setHTML === null ? '' : ratio(p.domParser, p.setHTML)]);
    rows.push([`sidebar live DOM nodes, ${report.long.sidebar.posts} posts`, fmt(report.long.sidebar.liveNodes), '', '']);
  }
  for (const [name, t] of Object.entries(report.largestFeed ?? {})) {
    rows.push([`${name}: first article of ${LARGEST_FEED} (vs the seed feed)`, fmt(t.largest, ' ms'), fmt(t.seed, ' ms'), ratio(t.largest, t.seed)]);
  }
  for (const [name, t] of Object.entries(report.wordpress ?? {})) {
    rows.push([`${name}: first article from a WordPress site (vs the same posts as a JSON Feed)`, fmt(t.wordpress, ' ms'), fmt(t.jsonFeed, ' ms'), ratio(t.wordpress, t.jsonFeed)]);
  }
  if (report.embedded) {
    rows.push(['mobile: embedded <article-viewer> until its article is on screen (vs an iframe of the written page)', fmt(report.embedded.element, ' ms'), fmt(report.embedded.frame, ' ms'), ratio(report.embedded.element, report.embedded.frame)]);
    rows.push(['mobile: … until the live article replaces the written copy', fmt(report.embedded.elementLive, ' ms'), fmt(report.embedded.frame, ' ms'), ratio(report.embedded.elementLive, report.embedded.frame)]);
  }
  for (const [formFactor, pages] of Object.entries(report.lighthouse ?? {})) {
    for (const [key, unit] of [['score', ''], ['fcp', ' ms'], ['lcp', ' ms'], ['tbt', ' ms'], ['cls', ''], ['si', ' ms']]) {
      rows.push([`lighthouse ${formFactor}: ${key}`, fmt(pages.app[key], unit), fmt(pages.static[key], unit), ratio(pages.app[key], pages.static[key])]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const row of rows) console.log(row.map((c, i) => String(c).padEnd(widths[i])).join('  '));
  const only = ONLY.length < PARTS.length ? `; only ${ONLY.join(', ')} (BENCH_ONLY)` : '';
  console.log(`\n${report.machine}; medians of ${RUNS} runs (Lighthouse: ${LIGHTHOUSE_RUNS})${only}; written to target/bench/report.json`);
}

main().catch((error) => {
  console.error(`bench: could not measure: ${error.stack ?? error}`);
  process.exit(1);
});
