// Shared set-up for specs: one browser and one server per spec file.

import { after, before } from 'node:test';

import { launch } from './browser.mjs';
import { serve } from './server.mjs';

/**
 * Registers before/after hooks and returns a live object with `browser` and `server`.
 * @param {Parameters<typeof serve>[0]} serverOptions
 */
export function useViewer(serverOptions = {}) {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve(serverOptions);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
