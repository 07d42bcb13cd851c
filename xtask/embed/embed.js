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
//
// While the wasm loads, an element showing the build's own source shows the
// page the build wrote for its article (the same markup the app renders),
// and swaps it for the live viewer once that has its article on screen.
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
  // The source the build wrote its pages from, and an element's default.
  var SOURCE = at('__SOURCE__');
  var OBSERVED = ['feed', 'article', 'lang', 'language', 'digits', 'show'];
  // The largest written page read for a copy: past it the element waits for the wasm.
  var MAX_COPY_BYTES = 2000000;
  // As src/i18n/direction.rs: the languages and scripts written right to left.
  var RTL_LANGUAGES = ['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'nqo', 'pnb', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi'];
  var RTL_SCRIPTS = ['arab', 'hebr', 'syrc', 'thaa', 'nkoo', 'adlm', 'rohg'];
  // What the build's prerender refuses to write (xtask/npm/prerender.mjs): a copy holding any is not shown.
  var REFUSED_ELEMENTS = /^(script|iframe|object|embed|frame|base|meta|link|style|form)$/i;
  var REFUSED_VALUE = /^\s*(javascript|vbscript|data):/i;
  var started;

  // One wasm instance for the page. The flag keeps its start-up from
  // mounting a full page on the host's <body>.
  function start() {
    if (!started) {
      window.__articleViewerEmbedded = true;
      // The wasm's request starts with the module's, not after it.
      var wasm = fetch(WASM);
      wasm.catch(function () {});
      started = import(GLUE).then(function (glue) {
        return glue.default({ module_or_path: wasm }).then(function () { return glue; });
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

  function attribute(element, name) {
    var value = element.getAttribute(name);
    return value && value.trim() ? value.trim() : '';
  }

  function direction(language) {
    var subtags = language.toLowerCase().replace(/_/g, '-').split('-');
    var script = subtags[1] && subtags[1].length === 4 ? subtags[1] : null;
    var rtl = script ? RTL_SCRIPTS.indexOf(script) >= 0 : RTL_LANGUAGES.indexOf(subtags[0]) >= 0;
    return rtl ? 'rtl' : 'ltr';
  }

  // The parts a `show` attribute names, as src/embedding/parts.rs reads it.
  function parts(show) {
    var all = { article: true, related: true, sidebar: true, 'most-viewed': true };
    if (!show) return all;
    var named = { article: false, related: false, sidebar: false, 'most-viewed': false };
    var any = false;
    show.split(/[\s,]+/).forEach(function (name) {
      name = name.toLowerCase();
      if (Object.prototype.hasOwnProperty.call(named, name)) { named[name] = true; any = true; }
    });
    return any ? named : all;
  }

  // The written page of `id` (the feed's first article without one), named as
  // xtask/npm/prerender.mjs names it: the id itself when it is a safe file
  // name, else the first 16 hex digits of its SHA-256.
  function pageOf(id) {
    if (!id) return Promise.resolve('index.html');
    if (/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/.test(id)) return Promise.resolve('article-' + id + '.html');
    if (!window.crypto || !crypto.subtle) return Promise.resolve(null);
    return crypto.subtle.digest('SHA-256', new TextEncoder().encode(id)).then(function (digest) {
      var hex = Array.prototype.map.call(new Uint8Array(digest), function (b) { return (b + 256).toString(16).slice(1); });
      return 'article-' + hex.join('').slice(0, 16) + '.html';
    });
  }

  function setting(doc, name) {
    var meta = doc.querySelector('meta[name="article-viewer:' + name + '"]');
    return meta ? meta.content.trim() : '';
  }

  // Every address in the copy made absolute against the written page's, so
  // links open the full viewer and images load as they would there.
  function absolute(root, pageUrl) {
    var resolve = function (value) {
      try { return new URL(value, pageUrl).href; } catch (unusable) { return value; }
    };
    root.querySelectorAll('[href], [src], [poster]').forEach(function (element) {
      ['href', 'src', 'poster'].forEach(function (name) {
        var value = element.getAttribute(name);
        if (value !== null && value.charAt(0) !== '#') element.setAttribute(name, resolve(value));
      });
    });
    root.querySelectorAll('[srcset]').forEach(function (element) {
      element.setAttribute('srcset', element.getAttribute('srcset').split(',').map(function (candidate) {
        var words = candidate.trim().split(/\s+/);
        words[0] = resolve(words[0]);
        return words.join(' ');
      }).join(', '));
    });
  }

  // Whether anything in `root` is what the build never writes.
  function refused(root) {
    var elements = root.querySelectorAll('*');
    for (var i = 0; i < elements.length; i += 1) {
      if (REFUSED_ELEMENTS.test(elements[i].localName)) return '<' + elements[i].localName + '>';
      for (var j = 0; j < elements[i].attributes.length; j += 1) {
        var a = elements[i].attributes[j];
        if (/^on/i.test(a.name) || REFUSED_VALUE.test(a.value)) return a.name;
      }
    }
    return null;
  }

  // The text of a written page, fetched once for every element that shows it.
  var writtenPages = {};
  function writtenPage(url) {
    if (!writtenPages[url]) {
      writtenPages[url] = fetch(url, { credentials: 'omit' }).then(function (response) {
        var declared = Number(response.headers.get('content-length'));
        if (!response.ok || !/^text\/html/i.test(response.headers.get('content-type') || '') || declared > MAX_COPY_BYTES) return null;
        return response.text().then(function (html) { return html.length > MAX_COPY_BYTES ? null : html; });
      });
    }
    return writtenPages[url];
  }

  // The build's written copy of what `element` will show, as the inside of
  // its root, or null when there is none that matches: another source, a
  // page the build did not write, settings the written page was not made
  // with (digits, a forced language, Hijri dates), or anything unexpected.
  function writtenCopy(element) {
    var feed = attribute(element, 'feed');
    try {
      if (feed && new URL(feed, document.baseURI).href !== SOURCE) return Promise.resolve(null);
    } catch (unusable) {
      return Promise.resolve(null);
    }
    var article = attribute(element, 'article');
    return pageOf(article).then(function (name) {
      if (!name) return null;
      var pageUrl = at(name);
      return writtenPage(pageUrl).then(function (html) {
        if (!html) return null;
        var doc = new DOMParser().parseFromString(html, 'text/html');
        var written = doc.querySelector('.viewer-root[data-prerendered]');
        var page = written && written.querySelector('.page');
        if (!page) return null;
        var same = article ? written.getAttribute('data-prerendered') === article : written.getAttribute('data-prerendered-for') === '';
        if (!same || setting(doc, 'digits') !== attribute(element, 'digits') || setting(doc, 'language') !== attribute(element, 'language') || setting(doc, 'hijri') === 'true') return null;
        var problem = refused(page);
        if (problem) {
          console.warn('article-viewer: the written page ' + pageUrl + ' holds ' + problem + ': not shown');
          return null;
        }
        // What the live widget leaves out (src/components/page.rs, article.rs).
        var show = parts(attribute(element, 'show'));
        var drop = ['.reader-controls'];
        if (!show.article) drop.push('.page__main');
        if (!show.related) drop.push('.related');
        if (!show.sidebar) drop.push('.sidebar');
        if (!show['most-viewed']) drop.push('.most-viewed');
        if (!show.sidebar && !show['most-viewed']) {
          drop.push('.page__aside');
          page.classList.add('page--single');
        }
        page.querySelectorAll(drop.join(',')).forEach(function (part) { part.remove(); });
        absolute(page, pageUrl);
        var language = attribute(element, 'lang') || 'ar';
        var viewer = document.createElement('div');
        viewer.className = 'viewer viewer--widget';
        viewer.lang = language;
        viewer.dir = direction(language);
        viewer.appendChild(document.importNode(page, true));
        return viewer;
      });
    }).catch(function () {
      // No copy (offline, blocked by the host's policy): the live viewer says what it can.
      return null;
    });
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
      var copyRoot = document.createElement('div');
      copyRoot.className = 'viewer-root';
      copyRoot.hidden = true;
      copyRoot.setAttribute('data-written-copy', '');
      this._copy = copyRoot;
      this.shadowRoot.replaceChildren(link, copyRoot, root);
      // Shown once styled: no flash of unstyled text.
      var styled = new Promise(function (done) { link.onload = link.onerror = done; });
      Promise.all([writtenCopy(element), styled]).then(function (ready) {
        // Only while the live viewer has nothing on screen yet.
        if (!ready[0] || element._copy !== copyRoot || !root.hidden) return;
        copyRoot.replaceChildren(ready[0]);
        copyRoot.hidden = false;
      });
      this._pending = Promise.all([start(), styled]).then(function (loaded) {
        element._pending = null;
        if (!element.isConnected || element.shadowRoot.lastChild !== root) return;
        element._handle = loaded[0].mountWidget(element, root, VIEWER_PAGE, SOURCE);
        if (element._copy && !element._copy.hidden) {
          // The live viewer renders hidden and takes the copy's place, in one
          // task, once its article (or its error panel) is on screen: the
          // widget tells both in an animation frame, never during the mount.
          var swap = function () {
            element.removeEventListener('article-viewer:loaded', swap);
            element.removeEventListener('article-viewer:error', swap);
            element._dropCopy();
          };
          element.addEventListener('article-viewer:loaded', swap);
          element.addEventListener('article-viewer:error', swap);
        } else {
          element._dropCopy();
        }
      }, function (error) {
        element._pending = null;
        fail(element, error);
      });
    }

    // Removes the written copy; once the live viewer is mounted, shows its
    // root in the copy's place (before, the mount shows it).
    _dropCopy() {
      if (this._copy) {
        this._copy.remove();
        this._copy = null;
      }
      if (this._handle) this.shadowRoot.lastChild.hidden = false;
    }

    attributeChangedCallback(name, previous, value) {
      if (previous === value) return;
      // A copy shows what the old attributes asked for.
      this._dropCopy();
      if (this._handle) this._handle.attributeChanged(name);
    }

    disconnectedCallback() {
      // Moving the element fires disconnected then connected: keep it then.
      var element = this;
      queueMicrotask(function () {
        if (element.isConnected || !element._handle) return;
        element._handle.unmount();
        element._handle.free();
        element._handle = null;
        element._copy = null;
        element.shadowRoot.replaceChildren();
      });
    }
  }

  customElements.define('article-viewer', ArticleViewerElement);
})();
