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
  var feed = document.querySelector('meta[name="article-viewer:feed"]');
  if (feed && feed.content && !params.has('feed') && window.fetch) {
    try {
      var url = new URL(feed.content, document.baseURI).href;
      var response = fetch(url, { credentials: 'same-origin' });
      // Marked handled: a failed request is the app's to report, not an unhandled rejection.
      response.catch(function () {});
      window.__articleViewerFeed = { url: url, response: response };
    } catch (unusable) {
      // An address fetch() refuses: the app makes its own request and reports it.
    }
  }
})();
