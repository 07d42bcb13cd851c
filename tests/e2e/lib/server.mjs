// A static file server for the e2e tests, the way a plain static host or CDN
// serves dist/: no rewrites, correct MIME types, mounted at any sub-path.
// Test fixtures are served beside the app under `<prefix>fixtures/`, the
// shared corpora under `<prefix>corpora/`. Every
// response carries the headers of dist/_headers, the strict CSP among them.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const DIST = resolve(here, '../../../dist');
export const FIXTURES = resolve(here, '../fixtures');
// Real publishers' documents, beside the clone (never copied into it: their
// content belongs to their publishers). Served under `<prefix>corpora/`.
export const CORPORA = resolve(here, '../../../../shared/corpora');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The headers dist/_headers asks for, as a static host applies them: `all`
 * for every file (`/*`), `byPath` per file (`/name`, relative to where
 * dist/ is mounted).
 */
export async function distHeaders() {
  let text;
  try {
    text = await readFile(join(DIST, '_headers'), 'utf8');
  } catch {
    return { all: {}, byPath: {} };
  }
  const all = {};
  const byPath = {};
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim();
      current = path === '/*' ? all : (byPath[path] ??= {});
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { all, byPath };
}

const PROBE = fileURLToPath(new URL('./page-probe.js', import.meta.url));

/** `html` with lib/page-probe.js as the first script of its head. */
export function withProbe(html, src) {
  return html.replace(/<head[^>]*>/i, (head) => `${head}<script src="${src}"></script>`);
}

async function sendFile(res, root, relative, probe) {
  const path = normalize(join(root, relative));
  if (path !== root && !path.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  let file = path;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    if (probe && extname(file) === '.html') body = withProbe(body.toString('utf8'), probe);
    if (!res.hasHeader('cache-control')) res.setHeader('cache-control', 'no-store');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

/**
 * Starts a server on 127.0.0.1 with a free port.
 * @param {{prefix?: string, routes?: Record<string, (req, res) => void>, headers?: Record<string, string>}} options
 *   prefix: the sub-path dist/ is mounted at ("/" or "/news/viewer/");
 *   routes: extra handlers by exact path (after the prefix), for failing feeds;
 *   headers: headers to add or override on top of dist/_headers (as an operator would).
 *   root: the folder served in place of dist/ (a modified copy);
 *   probe: serve lib/page-probe.js at `<prefix>__probe.js` and make it the first script of every
 *     HTML page, for lib/webdriver.mjs to read what went wrong in any engine;
 *   port: the port to listen on (a free one when 0).
 * @returns {Promise<{url: string, close: () => Promise<void>, requests: string[]}>}
 */
export async function serve({ prefix = '/', routes = {}, headers: extra = {}, root = DIST, probe = false, port: wanted = 0 } = {}) {
  const requests = [];
  const { all, byPath } = await distHeaders();
  const headers = { ...all, ...extra };
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    const inside = path.slice(prefix.length);
    if (routes[inside]) return routes[inside](req, res);
    if (probe && inside === '__probe.js') return sendFile(res, dirname(PROBE), basename(PROBE));
    const probeSrc = probe ? `${prefix}__probe.js` : null;
    if (inside.startsWith('fixtures/')) return sendFile(res, FIXTURES, inside.slice('fixtures/'.length), probeSrc);
    if (inside.startsWith('corpora/')) return sendFile(res, CORPORA, inside.slice('corpora/'.length));
    // The build's own files get their own headers (Cache-Control); routes and fixtures do not.
    for (const [name, value] of Object.entries(byPath[`/${inside}`] ?? {})) res.setHeader(name, value);
    return sendFile(res, root, inside, probeSrc);
  });
  await new Promise((ok) => server.listen(wanted, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}
