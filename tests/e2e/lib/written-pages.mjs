// Helpers for the pages the build writes (xtask/npm/prerender.mjs).

/**
 * The page shell before any article was written into it, recovered from a
 * written page: without the copy of the app, the guard script, the
 * article's metadata and the article's `<html>` attributes.
 */
export function templateOf(html) {
  return html
    .replace(/<html[^>]*>/, '<html lang="ar" dir="rtl">')
    .replace(/<meta name="article-viewer:article"[^>]*>\s*/, '')
    .replace(/<script>\(function \(\) \{[\s\S]*?<\/script>\s*/, '')
    .replace(/<(meta|link)[^>]*data-article-viewer[^>]*>\s*/g, '')
    .replace(/<script[^>]*data-article-viewer[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<div class="viewer-root" data-prerendered[\s\S]*<\/body>/, '</body>');
}
