// sw.js: offline reading for the full-page viewer. Written by
// `cargo xtask build` with this build's file list; README, "Hosting".
//
// - The build's own files (its pages, loader, JS, wasm, CSS, icon) are
//   cached when this worker installs, in a cache named after the build.
// - Pages are fetched from the network first; offline, this build's copy is
//   served. A worker never serves another build's page, so HTML and wasm
//   always match: a new build's worker takes over once the old one's tabs
//   are closed (no skipWaiting), then deletes the old build's cache.
// - Feeds (JSON) are fetched from the network first and each response kept,
//   so an article read once can be read again offline. So are the app's
//   data requests to a source on another origin (a WordPress site's API:
//   `fetch()` requests, which the page's connect-src limits to the
//   sources the operator named); its images and media are not.
// - An embedded viewer (?embed=…) is left alone: its requests go straight
//   to the network and nothing of it is cached.
'use strict';

const BUILD = '__BUILD__';
const FILES = __FILES__;
const SHELL_CACHE = `article-viewer-shell-${BUILD}`;
const FEED_CACHE = 'article-viewer-feeds-v1';
const scope = new URL(self.registration.scope);
const shellUrl = (name) => new URL(name, scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(FILES.map(shellUrl))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((name) => name.startsWith('article-viewer-shell-') && name !== SHELL_CACHE)
          .map((name) => caches.delete(name)),
      ),
    ),
  );
});

const embedded = (url) => new URL(url).searchParams.has('embed');

async function fromNetworkThenShell(request) {
  try {
    return await fetch(request);
  } catch (offline) {
    const cache = await caches.open(SHELL_CACHE);
    const url = new URL(request.url);
    // This build's page for the address (its query is the app's business), else its front page.
    const page = url.pathname.endsWith('/') ? shellUrl('index.html') : url.origin + url.pathname;
    return (await cache.match(page)) ?? (await cache.match(shellUrl('index.html'))) ?? Response.error();
  }
}

async function feed(event, request) {
  const cache = await caches.open(FEED_CACHE);
  let response;
  try {
    response = await fetch(request);
  } catch (offline) {
    return (await cache.match(request.url)) ?? Response.error();
  }
  // The copy for offline reading is kept beside the answer, not before it: the page reads the feed as
  // it streams (and refuses one over its size limit at once), and a copy that cannot be kept (over
  // the storage quota, a body cut short) costs only that copy, never the answer.
  if (response.ok) event.waitUntil(cache.put(request.url, response.clone()).catch(() => {}));
  return response;
}

async function shellFile(request) {
  const cached = await caches.match(request, { cacheName: SHELL_CACHE });
  // Offline and not a file of this build: a network error for that request, not an uncaught one in the worker.
  return cached ?? fetch(request).catch(() => Response.error());
}

async function handle(event) {
  const { request } = event;
  const client = event.clientId ? await self.clients.get(event.clientId) : null;
  if (client && embedded(client.url)) return fetch(request);
  const url = new URL(request.url);
  if (url.origin !== scope.origin || url.pathname.endsWith('.json')) return feed(event, request);
  return shellFile(request);
}

/** A request the app made with `fetch()` to another origin: a source's data. */
const sourceData = (request, url) => url.origin !== scope.origin && request.destination === '' && request.mode === 'cors';

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method === 'GET' && sourceData(request, url)) {
    event.respondWith(handle(event));
    return;
  }
  if (request.method !== 'GET' || url.origin !== scope.origin || !url.href.startsWith(scope.href)) return;
  if (request.mode === 'navigate') {
    if (embedded(request.url)) return;
    event.respondWith(fromNetworkThenShell(request));
    return;
  }
  event.respondWith(handle(event));
});
