// embed.js: defines <article-viewer>, the article viewer as an element of
// any page. Written by `cargo xtask build`; README, "Embedding".
//
//   <script src="https://cdn.example/any/path/embed.js" defer></script>
//   <article-viewer feed="/news/feed.json" article="some-id"></article-viewer>
//
// Every file is found relative to this script's own URL, so the same dist/
// works from any origin and path. The wasm is loaded once for the page and
// shared by every element; each renders in its own shadow root with its own
// stylesheet, so neither the host's CSS nor the viewer's crosses the line.
(function () {
  'use strict';
  if (window.customElements === undefined || window.customElements.get('article-viewer')) return;
  var script = document.currentScript;
  var base = new URL('.', script && script.src ? script.src : document.baseURI);
  var at = function (name) { return new URL(name, base).href; };
  var GLUE = at('__GLUE__');
  var WASM = at('__WASM__');
  var STYLESHEET = at('__STYLESHEET__');
  var VIEWER_PAGE = at('index.html');
  var DEMO_FEED = at('feed.json');
  var OBSERVED = ['feed', 'article', 'lang', 'language', 'digits', 'show'];
  var started;

  // One wasm instance for the page. The flag keeps its start-up from
  // mounting a full page on the host's <body>.
  function start() {
    if (!started) {
      window.__articleViewerEmbedded = true;
      started = import(GLUE).then(function (glue) {
        return glue.default({ module_or_path: WASM }).then(function () { return glue; });
      });
    }
    return started;
  }

  function fail(element, error) {
    console.error('article-viewer: could not start: ' + error);
    element.dispatchEvent(new CustomEvent('article-viewer:error', {
      bubbles: true,
      composed: true,
      detail: { kind: 'unreachable', message: 'could not load the viewer: ' + error },
    }));
  }

  class ArticleViewerElement extends HTMLElement {
    static get observedAttributes() { return OBSERVED; }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (this._pending || this._handle) return;
      var element = this;
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = STYLESHEET;
      var root = document.createElement('div');
      root.className = 'viewer-root';
      root.hidden = true;
      this.shadowRoot.replaceChildren(link, root);
      // Shown once styled: no flash of unstyled text.
      var styled = new Promise(function (done) { link.onload = link.onerror = done; });
      this._pending = Promise.all([start(), styled]).then(function (loaded) {
        element._pending = null;
        if (!element.isConnected || element.shadowRoot.lastChild !== root) return;
        root.hidden = false;
        element._handle = loaded[0].mountWidget(element, root, VIEWER_PAGE, DEMO_FEED);
      }, function (error) {
        element._pending = null;
        fail(element, error);
      });
    }

    attributeChangedCallback(name, previous, value) {
      if (this._handle && previous !== value) this._handle.attributeChanged(name);
    }

    disconnectedCallback() {
      // Moving the element fires disconnected then connected: keep it then.
      var element = this;
      queueMicrotask(function () {
        if (element.isConnected || !element._handle) return;
        element._handle.unmount();
        element._handle.free();
        element._handle = null;
        element.shadowRoot.replaceChildren();
      });
    }
  }

  customElements.define('article-viewer', ArticleViewerElement);
})();
