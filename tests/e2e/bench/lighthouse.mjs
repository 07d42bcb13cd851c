// Lighthouse 12.2.3 (npm) performance scores, mobile (its default: a Moto
// G Power on slow 4G, simulated) and desktop, against Debian's Chromium.
// Lighthouse never downloads a browser: chrome-launcher gets the path.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { CHROMIUM, CHROMIUM_ARGS } from '../lib/browser.mjs';

// chrome-launcher starts the browser itself, so it is told to be headless.
const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

/** One Lighthouse run: the performance score (0–100) and its metrics. */
async function runOnce(port, url, formFactor) {
  const config = formFactor === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' }, config);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`lighthouse ${formFactor} ${url}: ${lhr.runtimeError.message}`);
  const out = { score: Math.round(lhr.categories.performance.score * 100) };
  for (const [key, id] of Object.entries(AUDITS)) out[key] = lhr.audits[id]?.numericValue ?? null;
  return out;
}

/**
 * Median Lighthouse figures for each of `pages` ({name: url}), mobile and
 * desktop, `runs` runs each, in one fresh Chromium profile per page.
 */
export async function lighthouseFigures(pages, runs, median) {
  const figures = {};
  for (const formFactor of ['mobile', 'desktop']) {
    figures[formFactor] = {};
    for (const [name, url] of Object.entries(pages)) {
      const all = [];
      for (let i = 0; i < runs; i += 1) {
        const profile = await mkdtemp(join(tmpdir(), 'lighthouse-'));
        const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir: profile });
        try {
          all.push(await runOnce(chrome.port, url, formFactor));
        } finally {
          await chrome.kill();
          await rm(profile, { recursive: true, force: true });
        }
      }
      figures[formFactor][name] = Object.fromEntries(Object.keys(all[0]).map((key) => [key, median(all.map((r) => r[key]))]));
    }
  }
  return figures;
}
