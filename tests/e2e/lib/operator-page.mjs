// dist/index.html with some operator settings changed, as an operator
// would edit the <meta name="article-viewer:…"> tags, served as a route.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DIST } from './server.mjs';

/** A route handler serving dist/index.html with `settings` (name → content) applied. */
export function pageWithSettings(settings) {
  return async (req, res) => {
    let html = await readFile(join(DIST, 'index.html'), 'utf8');
    for (const [name, value] of Object.entries(settings)) {
      html = html.replace(new RegExp(`(<meta name="article-viewer:${name}" content=")[^"]*"`), `$1${value}"`);
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };
}
