// A page object for the viewer: what a reader sees and does, named as such,
// so specs read as behaviour. Every page it opens fails its test on any
// uncaught exception or unexpected console error.

import assert from 'node:assert/strict';

export const STORAGE_PREFIX = 'article-viewer:v1:views:';
export const SEED_ID = 'musk-putin-secret-talks';
export const SEED_TITLE = 'تقرير يكشف محادثات سرية بين إيلون ماسك وفلاديمير بوتين';

/** Runs in the page: the sum of `id`'s counts over every slot, as a string; null when none. */
export function storedTotal([prefix, id]) {
  let total = null;
  for (const key of Object.keys(localStorage)) {
    const match = key.startsWith(prefix) && /^(\d+):(.*)$/s.exec(key.slice(prefix.length));
    if (!match || match[2] !== id) continue;
    const value = localStorage.getItem(key);
    if (/^\d+$/.test(value)) total = (total ?? 0) + Number(value);
  }
  return total === null ? null : String(total);
}

/**
 * Runs in a page: when the first contentful paint was reported (`null` if
 * never), and when the app's two requests began (the wasm-bindgen module's
 * and the wasm's), by file name.
 */
export function appRequestsAndPaint() {
  return {
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    requests: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/article-viewer-[0-9a-f]+(_bg\.wasm|\.js)$/.test(entry.name))
      .map((entry) => ({ name: entry.name.split('/').pop(), start: entry.startTime })),
  };
}

/**
 * Runs in a page: fills this origin's localStorage to the engine's own
 * quota with someone else's data (`filler-N` keys, halving the chunk at each
 * refusal); returns how many keys it wrote.
 */
export function fillStorage() {
  let chunk = 'x'.repeat(1 << 20);
  let n = 0;
  while (chunk.length > 0) {
    try {
      localStorage.setItem(`filler-${n}`, chunk);
      n += 1;
    } catch {
      chunk = chunk.slice(0, chunk.length >> 1);
    }
  }
  return n;
}

export class ViewerPage {
  /**
   * @param {import('playwright-core').Page} page
   * @param {{expectedErrors?: RegExp[]}} options console errors the spec expects
   */
  constructor(page, { expectedErrors = [] } = {}) {
    this.page = page;
    this.problems = [];
    this.consoleErrors = [];
    page.on('pageerror', (error) => this.problems.push(`uncaught: ${error.message}`));
    // Any Content-Security-Policy violation fails the test.
    page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`securitypolicyviolation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      // A panic leaves the wasm instance stuck, so the test usually fails later on a
      // timeout that says nothing of it: the cause goes to the log at once.
      if (text.includes('panicked at')) console.error(`the page panicked: ${text}`);
      this.consoleErrors.push(text);
      if (!expectedErrors.some((pattern) => pattern.test(text))) this.problems.push(`console error: ${text}`);
    });
  }

  static async open(context, url, options) {
    const viewer = new ViewerPage(await context.newPage(), options);
    await viewer.goto(url);
    return viewer;
  }

  async goto(url) {
    await this.page.goto(url);
  }

  /**
   * Waits until the live app shows the article (or an error panel): the
   * loading state is gone and so is the build's prerendered copy, if any.
   */
  async settled() {
    await this.page.waitForFunction(
      () => !document.querySelector('[data-prerendered]') && document.querySelector('article.article, .error-panel'),
      null,
      { timeout: 15000 },
    );
  }

  /** Waits until the current article's count has been written (its entry shows `expected`). */
  async waitForViews(id, expected) {
    await this.page.waitForFunction(
      ([id, expected]) => {
        const el = document.querySelector(`.sidebar__entry[data-article-id="${CSS.escape(id)}"] [data-views]`);
        return el && Number(el.dataset.views) === expected;
      },
      [id, expected],
      { timeout: 10000 },
    );
  }

  /** The count shown for the article being read. */
  async articleViews() {
    return Number(await this.page.getAttribute('article.article .article__views [data-views]', 'data-views'));
  }

  /** Waits until the article being read is `id` and shows `expected` views. */
  async waitForArticle(id, expected) {
    await this.page.waitForFunction(
      ([id, expected]) => {
        const article = document.querySelector('article.article');
        const count = article?.querySelector('.article__views [data-views]');
        return article?.dataset.articleId === id && count && Number(count.dataset.views) === expected;
      },
      [id, expected],
      { timeout: 10000 },
    );
  }

  /**
   * This browser's stored opens of `id`: the sum over every tab's slot key
   * (`article-viewer:v1:views:<slot>:<id>`), as a string; null when none.
   */
  async storedCount(id) {
    return this.page.evaluate(storedTotal, [STORAGE_PREFIX, id]);
  }

  /** Waits until the stored total of `id` is `expected` (a string). */
  async waitForStored(id, expected) {
    await this.page
      .waitForFunction(([prefix, id, expected]) => {
        let total = null;
        for (const key of Object.keys(localStorage)) {
          const match = key.startsWith(prefix) && /^(\d+):(.*)$/s.exec(key.slice(prefix.length));
          if (!match || match[2] !== id || !/^\d+$/.test(localStorage.getItem(key))) continue;
          total = (total ?? 0) + Number(localStorage.getItem(key));
        }
        return String(total) === expected;
      }, [STORAGE_PREFIX, id, expected], { timeout: 10000 })
      .catch(() => {});
  }

  async sidebarViews() {
    return this.page.$$eval('.sidebar__entry', (entries) =>
      entries.map((entry) => ({
        id: entry.dataset.articleId,
        views: Number(entry.querySelector('[data-views]').dataset.views),
        text: entry.querySelector('[data-views]').textContent,
      })),
    );
  }

  async title() {
    return this.page.textContent('article.article h1');
  }

  async clickSidebarLink(id) {
    await this.page.click(`.sidebar__entry[data-article-id="${id}"] a`);
  }

  async errorKind() {
    return this.page.getAttribute('.error-panel', 'data-error');
  }

  /** Asserts no uncaught exception and no unexpected console error happened. */
  assertHealthy() {
    assert.deepEqual(this.problems, [], 'the page must not throw or log unexpected errors');
  }
}
