// The benchmark's baseline: the seed article page as plain static HTML with
// no script at all, the physical limit. It is the build's own written front
// page (dist/index.html, which `cargo xtask build` renders through the app)
// with every script and script preload taken out: the same markup, the same
// text and the same stylesheets, so the two differ only by the app.

import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes `out/index.html` and its stylesheets; returns the stylesheets' names. */
export async function writeStaticCopy(dist, out) {
  await mkdir(out, { recursive: true });
  const written = await readFile(join(dist, 'index.html'), 'utf8');
  // The stylesheets and icon the page links (not the widget's stylesheet).
  const linked = [...written.matchAll(/<link\b[^>]*href="\.\/([^"]+\.(?:css|svg))"/g)].map((m) => m[1]);
  const css = linked.filter((f) => f.endsWith('.css'));
  for (const file of linked) await copyFile(join(dist, file), join(out, file));
  if (!written.includes('data-prerendered')) throw new Error('dist/index.html has no written article: build with cargo xtask build');
  const html = written
    .replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="(modulepreload|preload)"[^>]*>\s*/g, '');
  if (/<script\b(?![^>]*application\/ld\+json)/.test(html)) throw new Error('a script is left in the static copy');
  await writeFile(join(out, 'index.html'), html);
  return css;
}
