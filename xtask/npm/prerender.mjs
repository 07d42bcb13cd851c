// Writes each article of the built feed into static HTML, rendered by the
// app itself in headless Chromium: `dist/index.html` gets the feed's first
// article and `dist/article-<name>.html` one page per article. Readers see
// the article before any wasm loads (the app then takes the page over, see
// src/embedding/takeover.rs); crawlers and link previews, which run no
// script, get the text, the links and the sharing metadata.
//
// The source is the page's `article-viewer:feed` setting: a feed file in
// dist/, or (`cargo xtask build --source URL`) a remote JSON Feed or a
// WordPress REST root, whose newest MAX_REMOTE_ARTICLES posts are written.
//
// Usage: node prerender.mjs <dist> <guard.js>   (run by `cargo xtask build`)

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { readFile, writeFile, readdir, unlink } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const PRERENDER_META = '<meta name="article-viewer:prerender" content="true" />';
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

/** The file name of an article's page: its id when that is a safe name, else a hash of it. */
export function pageName(id) {
  if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(id)) return `article-${id}.html`;
  return `article-${createHash('sha256').update(id).digest('hex').slice(0, 16)}.html`;
}

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function metaContent(html, name) {
  const match = new RegExp(`<meta\\s+name="${name}"\\s+content="([^"]*)"`).exec(html);
  return match ? match[1] : '';
}

/** Serves dist/ with the prerender setting added to index.html. */
async function serveDist(dist, template) {
  const served = template.replace('</head>', `${PRERENDER_META}\n</head>`);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(served);
      return;
    }
    const file = normalize(join(dist, path));
    if (!file.startsWith(dist + sep)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Runs in the page once the article is shown: checks the rendered copy is
 * inert, points its article links at the written pages, and returns what
 * the static page needs.
 */
function capture({ pages, home }) {
  const live = document.querySelector('.viewer-root');
  const article = live?.querySelector('article.article');
  if (!article) return { error: live?.querySelector('.error-panel')?.textContent?.trim() || 'nothing rendered' };
  const copy = live.cloneNode(true);
  // The sanitizer already guarantees this; a written file is checked again.
  for (const element of copy.querySelectorAll('*')) {
    if (/^(script|iframe|object|embed|frame|base|meta|link|style|form)$/i.test(element.localName)) {
      return { error: `refusing to write a <${element.localName}> from the article` };
    }
    for (const attribute of element.attributes) {
      if (/^on/i.test(attribute.name) || /^\s*(javascript|vbscript|data):/i.test(attribute.value)) {
        return { error: `refusing to write ${attribute.name}="${attribute.value}"` };
      }
    }
  }
  for (const link of copy.querySelectorAll('a[data-article-link]')) {
    const id = link.getAttribute('data-article-id');
    link.setAttribute('href', id ? pages[id] ?? home : home);
  }
  const head = [...document.head.querySelectorAll('[data-article-viewer]')].map((el) => el.outerHTML);
  return {
    id: article.dataset.articleId,
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    title: document.title,
    head,
    body: copy.outerHTML,
  };
}

/** The static page: the template with the captured article, its metadata and the guard. */
function compose(template, guard, captured, { writtenFor, pageUrl, canonical, ownMeta, firstRequests }) {
  const body = captured.body.replace(
    /^<div class="viewer-root"/,
    `<div class="viewer-root" data-prerendered="${escapeHtml(captured.id)}" data-prerendered-for="${escapeHtml(writtenFor)}"`,
  );
  const head = captured.head.map((tag) => tag.split(pageUrl).join(canonical)).join('\n    ');
  const own = ownMeta ? `<meta name="article-viewer:article" content="${escapeHtml(captured.id)}" />\n    ` : '';
  // The guard goes before the stylesheets and the loader: an inline script after a stylesheet waits
  // for it to load, and this one starts the feed's request, which should not wait for any CSS.
  const first = template.search(/<script type="module"|<link rel="stylesheet"/);
  // Read by the guard as it runs, so written before it.
  const requests = firstRequests.length
    ? `<meta name="article-viewer:first-requests" content="${escapeHtml(firstRequests.join(' '))}" />\n    `
    : '';
  const early = `${own}${requests}<script>${guard}</script>\n    `;
  const guarded = first >= 0 ? template.slice(0, first) + early + template.slice(first) : template.replace('</head>', `${early}</head>`);
  return guarded
    .replace(
      /<html[^>]*>/,
      `<html lang="${escapeHtml(captured.lang)}" dir="${escapeHtml(captured.dir)}" data-prerendered-id="${escapeHtml(captured.id)}" data-prerendered-for="${escapeHtml(writtenFor)}">`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(captured.title)}</title>`)
    .replace('</head>', `  ${head}\n  </head>`)
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace('</body>', `${body}\n  </body>`);
}

/** The most articles a build writes from a remote source (its newest ones). */
const MAX_REMOTE_ARTICLES = 200;

const feedIds = (feed) =>
  (Array.isArray(feed.items) ? feed.items : [])
    .map((item) => item?.id)
    .filter((id) => typeof id === 'string' || typeof id === 'number')
    .map(String);

/** The address of a REST `route` with `query` on a site's root, pretty or plain permalinks (as src/wordpress/routes.rs). */
function restRoute(root, route, query) {
  const at = root.indexOf('rest_route=');
  if (at >= 0) return `${root.slice(0, at + 'rest_route='.length)}/${route}&${query}`;
  const base = root.split('?')[0];
  return `${base.endsWith('/') ? base : `${base}/`}${route}?${query}`;
}

async function getJson(url) {
  let response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new Error(`${url} could not be reached: ${error.cause?.message ?? error.message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  try {
    return { json: JSON.parse(text), headers: response.headers };
  } catch {
    throw new Error(`${url} did not answer with JSON (${text.trimStart().startsWith('<') ? 'an HTML page' : 'something else'})`);
  }
}

/**
 * The ids of the articles to write: a local feed's items; a remote JSON
 * Feed's; a WordPress site's newest posts' slugs (decoded, as the app
 * reads them), up to MAX_REMOTE_ARTICLES.
 */
async function articleIds(dist, source) {
  if (!/^https?:\/\//i.test(source)) return feedIds(JSON.parse(await readFile(join(dist, source), 'utf8')));
  const { json } = await getJson(source);
  if (typeof json?.version === 'string' && Array.isArray(json.items)) return feedIds(json);
  if (!Array.isArray(json?.namespaces)) throw new Error(`${source} is neither a JSON Feed nor a WordPress REST root (give the site's /wp-json/ or ?rest_route=/)`);
  if (!json.namespaces.includes('wp/v2')) throw new Error(`${source}: this REST API has no wp/v2 (posts) routes`);
  const slugs = [];
  for (let page = 1, pages = 1; page <= pages && slugs.length < MAX_REMOTE_ARTICLES; page += 1) {
    const { json: posts, headers } = await getJson(restRoute(source, 'wp/v2/posts', `per_page=100&page=${page}&_fields=slug`));
    if (!Array.isArray(posts)) throw new Error(`${source}: the posts route did not answer with a list`);
    pages = Number(headers.get('x-wp-totalpages')) || (posts.length === 100 ? page + 1 : page);
    for (const post of posts) if (typeof post?.slug === 'string' && post.slug) slugs.push(decodeURIComponent(post.slug));
  }
  return slugs.slice(0, MAX_REMOTE_ARTICLES);
}

async function main() {
  const [distArg, guardArg] = process.argv.slice(2);
  if (!distArg || !guardArg) throw new Error('usage: node prerender.mjs <dist> <guard.js>');
  const dist = resolve(distArg);
  const template = await readFile(join(dist, 'index.html'), 'utf8');
  if (template.includes('data-prerendered')) throw new Error('dist/index.html is already prerendered: build again');
  const guard = await readFile(resolve(guardArg), 'utf8');
  const siteUrl = metaContent(template, 'article-viewer:site-url');
  const source = metaContent(template, 'article-viewer:feed') || 'feed.json';
  const ids = await articleIds(dist, source);
  const pages = Object.fromEntries(ids.map((id) => [id, pageName(id)]));

  // Pages from an earlier build of another feed would be left behind.
  for (const name of await readdir(dist)) {
    if (/^article-.*\.html$/.test(name)) await unlink(join(dist, name));
  }

  const server = await serveDist(dist, template);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const written = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    const render = async (query) => {
      const url = `${server.origin}/index.html${query}`;
      await page.goto(url);
      await page.waitForSelector('.viewer-root article.article, .viewer-root .error-panel', { timeout: 20000 });
      await page.evaluate(() => document.fonts.ready);
      const captured = await page.evaluate(capture, { pages, home: 'index.html' });
      return { url: page.url(), captured };
    };

    // The front page: whatever the bare address shows (the feed's first article). The app's
    // requests to another origin meanwhile (a remote source's: a WordPress site's REST index,
    // then its first page of posts) are written into every page, and its guard starts them all
    // with the page instead of leaving the later ones until the wasm has read the earlier.
    const firstRequests = [];
    const record = (request) => {
      const url = request.url();
      if (request.resourceType() === 'fetch' && new URL(url).origin !== server.origin && !firstRequests.includes(url)) {
        firstRequests.push(url);
      }
    };
    page.on('request', record);
    const front = await render('');
    page.off('request', record);
    if (firstRequests.length) console.log(`prerender: each page starts the app's ${firstRequests.length} requests to its source: ${firstRequests.join(' ')}`);
    if (front.captured.error) throw new Error(`the front page did not render: ${front.captured.error}`);
    const canonicalOf = (id) => `${siteUrl}${pages[id]}`;
    await writeFile(
      join(dist, 'index.html'),
      compose(template, guard, front.captured, {
        writtenFor: '',
        pageUrl: front.url,
        canonical: canonicalOf(front.captured.id),
        ownMeta: false,
        firstRequests,
      }),
    );
    written.push('index.html');

    for (const id of ids) {
      const { url, captured } = await render(`?article=${encodeURIComponent(id)}`);
      if (captured.error) {
        console.warn(`prerender: article ${JSON.stringify(id)} was not written: ${captured.error}`);
        continue;
      }
      await writeFile(
        join(dist, pages[id]),
        compose(template, guard, captured, { writtenFor: id, pageUrl: url, canonical: canonicalOf(id), ownMeta: true, firstRequests }),
      );
      written.push(pages[id]);
    }
    if (problems.length) throw new Error(`the app failed while prerendering:\n${problems.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`prerender: wrote ${written.length} pages (${written.slice(0, 3).join(', ')}${written.length > 3 ? ', …' : ''})`);
}

// Run as a program (not when a test imports pageName).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(`prerender: ${error.message}`);
    process.exit(1);
  });
}
