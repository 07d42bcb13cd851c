// The benchmark's baseline: the seed article page as plain static HTML, with
// the same text and the same stylesheets as the app's page and no script at
// all. Nothing can paint it faster: it is the physical limit.

import { mkdir, readFile, readdir, writeFile, copyFile } from 'node:fs/promises';
import { join } from 'node:path';

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const arab = (text) => String(text).replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d)));

/** Arabic view labels as the app prints them (CLDR plural forms, Arabic-Indic digits). */
function views(n) {
  const mod = n % 100;
  if (n === 0) return 'لا مشاهدات';
  if (n === 1) return 'مشاهدة واحدة';
  if (n === 2) return 'مشاهدتان';
  if (mod >= 3 && mod <= 10) return arab(`${n} مشاهدات`);
  return arab(`${n} مشاهدة`);
}

/** The app's reading time: characters at 612 a minute (Arabic), as it words it. */
function readingTime(html) {
  const text = html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).join(' ');
  const minutes = Math.max(1, Math.ceil(text.length / 612));
  const mod = minutes % 100;
  if (minutes === 1) return 'قراءة في دقيقة واحدة';
  if (minutes === 2) return 'قراءة في دقيقتين';
  return arab(mod >= 3 && mod <= 10 ? `قراءة في ${minutes} دقائق` : `قراءة في ${minutes} دقيقة`);
}

/**
 * Writes `out/index.html` (and copies the stylesheets) for the first item
 * of the feed in `dist`, laid out with the app's own classes.
 */
export async function writeStaticCopy(dist, out) {
  await mkdir(out, { recursive: true });
  const feed = JSON.parse(await readFile(join(dist, 'feed.json'), 'utf8'));
  const css = (await readdir(dist)).filter((f) => f.endsWith('.css'));
  for (const file of css) await copyFile(join(dist, file), join(out, file));
  const [article, ...others] = feed.items;
  const author = article.authors?.[0] ?? {};
  const related = (article._article_viewer?.related ?? []).map((id) => feed.items.find((i) => i.id === id)).filter(Boolean);
  const entry = (item) =>
    `<li class="sidebar__entry"><a class="sidebar__link" href="?article=${escape(item.id)}"><span>${escape(item.title)}</span></a><span class="view-count">${views(item._article_viewer?.views ?? 0)}</span></li>`;
  const top = [...others].sort((a, b) => (b._article_viewer?.views ?? 0) - (a._article_viewer?.views ?? 0)).slice(0, 5);
  const html = `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(article.title)} — ${escape(feed.title)}</title>
${css.map((f) => `<link rel="stylesheet" href="./${f}">`).join('\n')}
<link rel="icon" href="data:,">
</head><body><div class="viewer"><div class="page" lang="ar" dir="rtl">
<main class="page__main" id="main"><article class="article" lang="ar" dir="rtl">
<header class="article__header"><h1 class="article__title">${escape(article.title)}</h1>
<p class="byline"><span class="byline__authors">بقلم <span class="byline__names">${escape(author.name ?? '')}</span></span><span class="byline__reading-time">${readingTime(article.content_html)}</span></p>
<p class="article__views"><span class="view-count">${views(1)}</span></p></header>
<div class="article__body" dir="auto">${article.content_html}</div>
<section class="author-box"><h2 class="author-box__heading">عن الكاتب</h2><div class="author-box__card"><div class="author-box__text"><p class="author-box__name">${escape(author.name ?? '')}</p><p class="author-box__bio">${escape(author._article_viewer?.bio ?? '')}</p></div></div></section>
</article>
<section class="related"><h2 class="related__heading">مقالات ذات صلة</h2><ul class="related__list">${related
    .map((r) => `<li class="related__card"><h3 class="related__title"><a href="?article=${escape(r.id)}">${escape(r.title)}</a></h3><p class="related__excerpt">${escape(r.summary ?? '')}</p><a class="related__more" href="?article=${escape(r.id)}">اقرأ المزيد</a></li>`)
    .join('')}</ul></section></main>
<aside class="page__aside"><section class="sidebar"><h2 class="sidebar__heading">${escape(feed.title)}</h2><ul class="sidebar__list">${others.map(entry).join('')}</ul></section>
<section class="most-viewed"><h2 class="most-viewed__heading">الأكثر مشاهدة</h2><ol class="most-viewed__list">${top.map(entry).join('')}</ol></section></aside>
</div></div></body></html>
`;
  await writeFile(join(out, 'index.html'), html);
  return css;
}
