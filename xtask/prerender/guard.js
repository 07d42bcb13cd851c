(function () {
  // Hides the build's copy of an article before the first paint when this address asks for another (see src/embedding/takeover.rs).
  var root = document.documentElement, params = new URLSearchParams(location.search);
  var meta = document.querySelector('meta[name="article-viewer:article"]');
  var asked = params.get('article') || (meta && meta.content) || '';
  var id = root.getAttribute('data-prerendered-id'), writtenFor = root.getAttribute('data-prerendered-for');
  var same = !params.has('feed') && !params.has('embed') && (asked ? asked === id : writtenFor === '');
  if (!same) root.setAttribute('data-prerender', 'stale');
  // Starts the request for the operator's feed now, while the wasm loads, and hands it to the app
  // (src/loader/head_start.rs), which takes it once for exactly this address. One request in every
  // engine: WebKit never gives fetch() what <link rel="preload" as="fetch"> fetched, so it fetched twice.
  // With a source the build read from another site (a WordPress REST root), the requests its app made
  // for the first article, in order (the posts after the index), which the build wrote down: each is
  // started now too, rather than once the wasm has read the answer before it.
  var feed = document.querySelector('meta[name="article-viewer:feed"]');
  var first = document.querySelector('meta[name="article-viewer:first-requests"]');
  if (feed && feed.content && !params.has('feed') && window.fetch) {
    var started = (window.__articleViewerFeed = []);
    var addresses = [feed.content].concat(first && first.content ? first.content.split(' ') : []);
    for (var i = 0; i < addresses.length; i += 1) {
      try {
        var url = new URL(addresses[i], document.baseURI).href;
        if (started.some(function (request) { return request.url === url; })) continue;
        var response = fetch(url, { credentials: 'same-origin' });
        // Marked handled: a failed request is the app's to report, not an unhandled rejection.
        response.catch(function () {});
        started.push({ url: url, response: response });
      } catch (unusable) {
        // An address fetch() refuses: the app makes its own request and reports it.
      }
    }
  }
  // Claims this tab's view-count slot now (the first free one of 1 to 63, each a Web Lock held for the
  // page's life; src/views/key.rs), and hands its number to the app (src/views/early_slot.rs). Asked
  // by the app, the lock's answer queued behind its first tasks and held the count back some 130 ms.
  // 0, the shared slot, where none is free or Web Locks are refused (an opaque origin).
  var locks = navigator.locks;
  if (locks && typeof locks.request === 'function') {
    window.__articleViewerSlot = new Promise(function (claimed) {
      (function ask(slot) {
        if (slot >= 64) return claimed(0);
        try {
          locks.request('article-viewer:v1:slot:' + slot, { ifAvailable: true }, function (lock) {
            if (!lock) return ask(slot + 1);
            claimed(slot);
            return new Promise(function () {});
          }).catch(function () { claimed(0); });
        } catch (refused) {
          claimed(0);
        }
      })(1);
    });
  }
})();
