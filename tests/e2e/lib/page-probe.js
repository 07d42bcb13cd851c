// Served by lib/server.mjs (option `probe`) as the first script of every
// page, so it runs before anything of the page's own: it records what the
// cross-engine specs must never see (uncaught exceptions, unhandled
// rejections, Content-Security-Policy violations, console errors and
// warnings, resources that failed to load) in `window.__probe`, where
// lib/webdriver.mjs reads it. Classic WebDriver has no hook that runs before
// a page's scripts, and WebKitGTK's driver offers no WebDriver BiDi, so this
// is the one way that works the same in all three engines. It is a plain
// same-origin script: the page's `script-src 'self'` allows it unchanged.
(() => {
  if (window.__probe) return;
  const seen = [];
  Object.defineProperty(window, '__probe', { value: seen });
  const note = (kind, text) => seen.push({ kind, text: String(text).slice(0, 600), at: location.href });
  const describe = (value) => {
    if (value instanceof Error) return `${value.name}: ${value.message}\n${value.stack ?? ''}`;
    try {
      return typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
    } catch {
      return String(value);
    }
  };
  // Capture phase: a failed <img>/<script>/<link> fires `error` on the element without bubbling.
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) note('exception', describe(event.error ?? event.message));
    else if (event.target && event.target !== window) note('resource', event.target.currentSrc || event.target.src || event.target.href || event.target.tagName);
  }, true);
  addEventListener('unhandledrejection', (event) => note('rejection', describe(event.reason)));
  // Violations inside an element's shadow root are composed: they reach the window too.
  addEventListener('securitypolicyviolation', (event) =>
    note('csp', `${event.effectiveDirective || event.violatedDirective} blocked ${event.blockedURI || '(inline)'} in ${event.sourceFile || event.documentURI}:${event.lineNumber}`), true);
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = function (...args) {
      note(`console.${level}`, args.map(describe).join(' '));
      return original.apply(this, args);
    };
  }
})();
