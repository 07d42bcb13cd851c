// Reading settings and themes in Chromium, Firefox ESR and WebKitGTK
// through W3C WebDriver (the driver's own clicks on the buttons and the
// options of the selects): text size, column width, each theme's colours
// (the palette is written with `light-dark()`), digits switched at once and
// every choice kept after a reload; the progress bar where the engine has
// scroll timelines, and no bar at all (the deliberate fallback) where it
// has none; the share button's clipboard fallback.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';
import { serve } from '../lib/server.mjs';
import { SEED_ID } from '../lib/viewer-page.mjs';

let server;

before(async () => {
  server = await serve({ probe: true });
});

after(async () => {
  await server?.close();
});

/** What the settings change, as this engine computes it. */
const looks = (session) =>
  session.run(() => ({
    size: parseFloat(getComputedStyle(document.querySelector('.article__body')).fontSize),
    width: parseFloat(getComputedStyle(document.querySelector('.article')).maxWidth),
    background: getComputedStyle(document.body).backgroundColor,
    text: getComputedStyle(document.body).color,
    theme: document.documentElement.dataset.theme ?? null,
    themeChosen: document.querySelector('.reader-controls__theme select').value,
    digitsChosen: document.querySelector('.reader-controls__digits select').value,
    count: document.querySelector('.sidebar__entry[data-article-id="petroleum-osoco-visit"] .view-count').textContent,
  }));

const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(15, 18, 22)', sepia: 'rgb(244, 236, 216)' };

inEveryEngine('text size, width, themes and digits apply at once and survive a reload', async (session) => {
  await session.setSize(1280, 900);
  await session.goto(`${server.url}index.html`);
  await showing(session, SEED_ID, 1);
  const before = await looks(session);
  assert.equal(before.count, '٢١ مشاهدة');

  await session.click('.reader-controls__larger');
  await session.click('.reader-controls__width');
  for (const theme of ['dark', 'light', 'sepia']) {
    await session.click(`.reader-controls__theme select option[value="${theme}"]`);
    const now = await session.until(
      (theme) => document.documentElement.dataset.theme === theme && getComputedStyle(document.body).backgroundColor,
      [theme],
      { what: `the ${theme} theme` },
    );
    assert.equal(now, BACKGROUNDS[theme], `${session.engine}: ${theme}`);
  }
  await session.click('.reader-controls__digits select option[value="latn"]');
  await session.until(() => document.querySelector('.sidebar__entry[data-article-id="petroleum-osoco-visit"] .view-count').textContent === '21 مشاهدة', [], {
    what: 'Western digits',
  });
  const changed = await looks(session);
  assert.ok(changed.size > before.size, `larger text: ${before.size} → ${changed.size}`);
  assert.ok(changed.width < before.width, `narrower column: ${before.width} → ${changed.width}`);
  assert.notEqual(changed.text, before.text, 'the text colour follows the theme');

  await session.refresh();
  await showing(session, SEED_ID, 2);
  const kept = await looks(session);
  assert.deepEqual(
    { ...kept, text: undefined },
    { ...changed, text: undefined, count: '21 مشاهدة' },
    `${session.engine}: every choice kept`,
  );
});

inEveryEngine('the progress bar fills from the right where scroll timelines exist, and is absent elsewhere', async (session) => {
  await session.setSize(1000, 700);
  await session.goto(`${server.url}index.html`);
  await showing(session, SEED_ID, 1);
  const supported = await session.run(() => CSS.supports('animation-timeline: scroll()'));
  // Chromium 156 and WebKitGTK 2.50 have scroll timelines; Firefox ESR 153 has none (behind a pref).
  assert.equal(supported, session.engine !== 'firefox', `${session.engine}: scroll timelines as known`);
  if (!supported) {
    // The fallback: no bar rather than a bar that never moves.
    assert.equal(await session.run(() => getComputedStyle(document.querySelector('.reading-progress')).display), 'none');
    console.log(`# ${session.engine}: no scroll timelines; the progress bar is left out`);
    return;
  }
  await session.run(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  const half = await session.until(
    () => {
      const bar = document.querySelector('.reading-progress').getBoundingClientRect();
      return bar.width > 100 && { width: bar.width, right: bar.right, viewport: document.documentElement.clientWidth };
    },
    [],
    { what: 'the bar to fill' },
  );
  assert.ok(half.width > half.viewport * 0.4 && half.width < half.viewport * 0.6, JSON.stringify(half));
  assert.ok(Math.abs(half.right - half.viewport) < 2, `anchored on the right: ${JSON.stringify(half)}`);
});

inEveryEngine('the share button copies the link where there is no share sheet', async (session) => {
  await session.goto(`${server.url}index.html?article=samsung-xealth`);
  await showing(session, 'samsung-xealth', 3);
  const offered = await session.run(() => ({ share: typeof navigator.share === 'function', clipboard: typeof navigator.clipboard?.writeText === 'function' }));
  // None of the three offers the Web Share API on Linux; all three give a clicked page the clipboard.
  assert.deepEqual(offered, { share: false, clipboard: true }, session.engine);
  await session.click('.reader-controls__share');
  const said = await session.until(() => document.querySelector('.reader-controls__shared')?.textContent, [], { what: 'the share status' });
  assert.equal(said, 'نُسخ رابط المقال', `${session.engine}: the link was copied`);
});
