// The W3C WebDriver protocol, spoken directly (plain HTTP and JSON), to
// drive the three engines readers use: Chromium through chromedriver,
// Firefox ESR through geckodriver, and WebKitGTK's MiniBrowser through
// WebKitWebDriver (which has no headless switch: it runs under xvfb-run).
// Playwright cannot download its own Firefox or WebKit here, and this
// much of the protocol is all the cross-engine specs need. Where the engine
// offers WebDriver BiDi (Chromium and Firefox; WebKitGTK's driver refuses a
// `webSocketUrl` session), the session also subscribes to the browser's own
// console (`log.entryAdded`), which sees what no page script can: the
// browser's messages about blocked or failed loads, errors in workers.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

import WebSocket from 'ws';

const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines, each with its driver's command line and the capabilities of a new session. */
export const ENGINES = {
  chromium: {
    bidi: true,
    driver: (port) => ['/usr/bin/chromedriver', [`--port=${port}`]],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      },
    },
  },
  firefox: {
    bidi: true,
    driver: (port) => [`${process.env.HOME}/.cargo/bin/geckodriver`, ['--port', String(port)]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    driver: (port) => ['xvfb-run', ['-a', '/usr/bin/WebKitWebDriver', `--port=${port}`]],
    capabilities: {
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: WEBKIT_BROWSER, args: ['--automation'] },
    },
  },
};

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** A WebDriver error, with the driver's own words. */
class WebDriverError extends Error {}

/** Starts `engine`'s driver and opens a session; `close()` ends both. */
export async function startSession(engine) {
  const port = await freePort();
  const [command, args] = ENGINES[engine].driver(port);
  // A process group of its own, so xvfb-run's Xvfb goes with it.
  const driver = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  driver.stderr.on('data', (chunk) => { log = (log + chunk).slice(-4000); });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (answer?.value?.error) throw new WebDriverError(`${engine}: ${answer.value.error}: ${answer.value.message}`);
    return answer.value;
  };
  for (let tries = 0; ; tries += 1) {
    try {
      await call('GET', '/status');
      break;
    } catch (error) {
      if (tries > 100) throw new Error(`${engine}: the driver did not start: ${error.message}\n${log}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }
  const { bidi } = ENGINES[engine];
  const alwaysMatch = { ...ENGINES[engine].capabilities, ...(bidi ? { webSocketUrl: true } : {}) };
  const { sessionId, capabilities } = await call('POST', '/session', { capabilities: { alwaysMatch } });
  let socket = null;
  const session = new Session(engine, capabilities, (method, path, body) => call(method, `/session/${sessionId}${path}`, body), async () => {
    socket?.close();
    await call('DELETE', `/session/${sessionId}`).catch(() => {});
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {}
  });
  if (bidi) socket = await browserConsole(engine, capabilities.webSocketUrl, (entry) => session.seen.push(entry));
  return session;
}

/**
 * Connects to the session's WebDriver BiDi socket and subscribes to the
 * browser's console; each entry goes to `record` as `browser.<level>`.
 */
async function browserConsole(engine, url, record) {
  if (!url) throw new Error(`${engine}: the driver gave no WebDriver BiDi socket`);
  const socket = new WebSocket(url);
  await new Promise((ok, fail) => {
    socket.once('open', ok);
    socket.once('error', fail);
  });
  const answered = new Promise((ok, fail) => {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.id === 1) (message.type === 'error' ? fail(new Error(`${engine}: ${message.message}`)) : ok());
      if (message.method === 'log.entryAdded') {
        const { level, text, type } = message.params;
        record({ kind: `browser.${level}`, text, at: `the browser console (${type})` });
      }
    });
  });
  socket.send(JSON.stringify({ id: 1, method: 'session.subscribe', params: { events: ['log.entryAdded'] } }));
  await answered;
  return socket;
}

// The key of a web element reference, as the standard spells it.
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

// What fails a spec: from the page probe (lib/page-probe.js) and, where there is BiDi, the browser's
// own console errors. Warnings are kept for the log only.
const FAILING = new Set(['exception', 'rejection', 'csp', 'console.error', 'resource', 'browser.error']);

export class Session {
  constructor(engine, capabilities, call, close) {
    this.engine = engine;
    this.version = `${capabilities.browserName} ${capabilities.browserVersion}`;
    this.call = call;
    this.close = close;
    /** Everything the probe recorded in the documents this session has left or read. */
    this.seen = [];
  }

  /**
   * Moves what the probe recorded in the current document (or frame) to `seen`.
   * Called before every navigation, since a new document starts a new record.
   */
  async collect() {
    const found = await this.run(() => (window.__probe ? window.__probe.splice(0) : [])).catch(() => []);
    this.seen.push(...(found ?? []));
  }

  /**
   * Fails on any uncaught exception, unhandled rejection, CSP violation,
   * console error or failed resource seen so far, but those matching one of
   * `allow` (what the spec provoked on purpose).
   */
  async assertHealthy({ allow = [] } = {}) {
    await this.collect();
    const bad = this.seen.filter((entry) => FAILING.has(entry.kind) && !allow.some((pattern) => pattern.test(entry.text)));
    if (bad.length) throw new Error(`${this.engine}: the page went wrong:\n${bad.map((e) => `${e.kind}: ${e.text} (${e.at})`).join('\n')}`);
  }

  async goto(url) {
    await this.collect();
    return this.call('POST', '/url', { url });
  }

  async back() {
    await this.collect();
    return this.call('POST', '/back', {});
  }

  async forward() {
    await this.collect();
    return this.call('POST', '/forward', {});
  }

  async refresh() {
    await this.collect();
    return this.call('POST', '/refresh', {});
  }

  /**
   * Opens another top-level browsing context of this browser (same profile,
   * same storage) and makes it current; returns its handle. A window, not a
   * tab: WebKitGTK's MiniBrowser opens a new tab in the background, where
   * the document stays hidden and gets no animation frames (the viewer then
   * keeps its written copy until the reader looks).
   */
  async newWindow() {
    await this.collect();
    const { handle } = await this.call('POST', '/window/new', { type: 'window' });
    await this.call('POST', '/window', { handle });
    return handle;
  }

  /** The current window's handle. */
  window() {
    return this.call('GET', '/window');
  }

  /** Makes the window `handle` current. */
  async switchTo(handle) {
    await this.collect();
    await this.call('POST', '/window', { handle });
  }

  /**
   * Runs `inside(session)` with the first frame matching `selector` as the
   * current browsing context (reading its probe too), then returns to the top.
   */
  async inFrame(selector, inside) {
    const found = await this.call('POST', '/element', { using: 'css selector', value: selector });
    await this.call('POST', '/frame', { id: found });
    try {
      return await inside(this);
    } finally {
      await this.collect();
      await this.call('POST', '/frame', { id: null });
    }
  }

  /** The current page printed by the engine, as a PDF. */
  async print() {
    return Buffer.from(await this.call('POST', '/print', { background: true }), 'base64');
  }

  url() {
    return this.call('GET', '/url');
  }

  /** Runs `fn` (a function, serialized) in the page with `args`; returns its JSON result. */
  run(fn, ...args) {
    return this.call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Waits until `fn` returns something truthy in the page; returns it. */
  async until(fn, args = [], { timeout = 15000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    let last;
    for (;;) {
      last = await this.run(fn, ...args).catch((error) => ({ error: error.message }));
      if (last && !last.error) return last;
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what}: ${JSON.stringify(last)}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  /** Clicks the first element matching `selector` the way a reader would (the driver's own click). */
  async click(selector) {
    const found = await this.call('POST', '/element', { using: 'css selector', value: selector });
    if (!found?.[ELEMENT]) throw new Error(`${this.engine}: ${selector}: ${JSON.stringify(found)}`);
    await this.call('POST', `/element/${found[ELEMENT]}/click`, {});
  }

  setSize(width, height) {
    return this.call('POST', '/window/rect', { width, height });
  }

  /** A PNG of the viewport. */
  async screenshot() {
    return Buffer.from(await this.call('GET', '/screenshot'), 'base64');
  }
}
