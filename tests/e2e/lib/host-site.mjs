// Another site on a second loopback origin (another port), the way a
// publisher's page embeds the viewer from a CDN.

import { createServer } from 'node:http';
import { after, before } from 'node:test';

import { launch } from './browser.mjs';
import { distHeaders, serve } from './server.mjs';

/**
 * Serves `pages` (path → HTML) on 127.0.0.1 with a free port.
 * @param {Record<string, string | (() => string)>} pages
 * @param {Record<string, string>} headers sent with every page (the host's own CSP, say)
 */
export async function hostSite(pages, headers = {}) {
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const page = pages[path];
    if (page === undefined) return res.writeHead(404).end();
    const body = typeof page === 'function' ? page() : page;
    const type = path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

/** The build's Content-Security-Policy, as dist/_headers gives it. */
async function builtPolicy() {
  const policy = (await distHeaders()).all['content-security-policy'];
  if (!policy) throw new Error('dist/_headers has no Content-Security-Policy: build with cargo xtask build');
  return policy;
}

/** The build's Content-Security-Policy with `frame-ancestors` narrowed to `origins`, as an operator who knows its hosts sets it. */
export async function policyFramedBy(...origins) {
  return (await builtPolicy()).replace(/frame-ancestors [^;]+/, `frame-ancestors 'self' ${origins.join(' ')}`);
}

/** The build's policy with `origin` beside each 'self', as the build writes it for a site-url on that origin. */
export async function policyNaming(origin) {
  return (await builtPolicy()).replaceAll("'self'", `'self' ${origin}`);
}

/**
 * A route for a host page on the viewer's own server that frames
 * `index.html?article=samsung-xealth` with sandbox="allow-scripts" (no
 * same-origin: the frame's origin is opaque).
 */
export const sandboxedHost = (req, res) =>
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; img-src data:; frame-src 'self'" })
    .end('<!doctype html><title>host</title><link rel="icon" href="data:,"><iframe sandbox="allow-scripts" src="index.html?article=samsung-xealth" width="900" height="700"></iframe>');

/**
 * Registers before/after hooks for a spec: a browser, a host site on one
 * origin whose page is `page(viewerUrl)`, and dist/ on another, served as a
 * CDN would for embedding (CORS, and framing allowed for the host only).
 * The host is started first: the viewer's policy must name its origin.
 * @param {(viewerUrl: string) => string} page
 * @returns {{browser, viewer, host}} filled in before the tests run
 */
export function useHostedViewer(page) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.host = await hostSite({ '/': () => page(env.viewer.url) });
    env.viewer = await serve({
      headers: { 'access-control-allow-origin': '*', 'content-security-policy': await policyFramedBy(env.host.origin) },
    });
  });
  after(async () => {
    await env.browser?.close();
    await env.viewer?.close();
    await env.host?.close();
  });
  return env;
}

/**
 * Opens the host site's page in a fresh context of `env.browser`, recording
 * the page's uncaught errors and console errors in `errors`.
 */
export async function openHostPage(env, viewport = { width: 1000, height: 800 }) {
  const context = await env.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(env.host.url);
  return { context, page, errors };
}

/**
 * A publisher's page for the cross-engine specs, with the viewer at
 * `viewerUrl`: the page probe first (lib/page-probe.js), then a record of the
 * elements' events in `window.__events` (`{ name, id, article }`), then
 * `head` and `body`.
 */
export const probedHostPage = (viewerUrl, { head = '', body }) => `<!doctype html><html lang="en"><head><title>A publisher</title><link rel="icon" href="data:,">
      <script src="${viewerUrl}__probe.js"></script>
      <script>
        window.__events = [];
        for (const name of ['article-viewer:loaded', 'article-viewer:error']) {
          document.addEventListener(name, (e) => window.__events.push({ name, id: e.target.id, article: e.detail && e.detail.article }));
        }
      </script>
      ${head}</head><body>
      ${body}
      </body></html>`;
