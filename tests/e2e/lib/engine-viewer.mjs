// The viewer's page as the cross-engine specs read it through W3C WebDriver
// (lib/webdriver.mjs): one test per engine with a fresh session whose pages
// must stay healthy, and the waits every spec needs. Every function that
// runs in a page is written out as it is: WebKit applies the page's CSP to
// the driver's scripts, so nothing may be built from strings there.

import { test } from 'node:test';

import { STORAGE_PREFIX, storedTotal } from './viewer-page.mjs';
import { ENGINES, startSession } from './webdriver.mjs';

/**
 * Registers `body(session)` as one test per engine, named `<engine>: what`.
 * The session is new for each; after the body, every page it opened must
 * have seen no uncaught exception, rejection, CSP violation, console error
 * or failed resource, but those matching `allow`.
 */
export function inEveryEngine(what, body, { allow = [] } = {}) {
  for (const engine of Object.keys(ENGINES)) {
    test(`${engine}: ${what}`, async () => {
      const session = await startSession(engine);
      try {
        await body(session);
        await session.assertHealthy({ allow });
      } finally {
        await session.close();
      }
    });
  }
}

/** Waits for the live article `id` (the build's written copy gone) showing `views`; returns the count's text. */
export const showing = (session, id, views) =>
  session.until(
    (id, views) => {
      if (document.querySelector('[data-prerendered]')) return null;
      const article = document.querySelector('article.article');
      const count = article?.querySelector('.article__views [data-views]');
      if (!article || !count || article.dataset.articleId !== id || Number(count.dataset.views) !== views) return null;
      return { id, views, text: count.textContent };
    },
    [id, views],
    { what: `${id} with ${views} views` },
  );

/** Waits until the sidebar's entry for `id` shows `views`. */
export const listed = (session, id, views) =>
  session.until(
    (id, views) => {
      const count = document.querySelector(`.sidebar__entry[data-article-id="${CSS.escape(id)}"] [data-views]`);
      return count && Number(count.dataset.views) === views;
    },
    [id, views],
    { what: `the sidebar's ${id} at ${views} views` },
  );

/** What this origin's localStorage holds for `id` (all tabs' slots summed), or null. */
export const storedCount = (session, id) => session.run(storedTotal, [STORAGE_PREFIX, id]);
