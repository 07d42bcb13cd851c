// Printing, in the engines whose WebDriver can print: Chromium and Firefox
// ESR print the page to PDF through the standard Print command, and the
// PDF's text (read with pdf.js) holds the article alone, with its link's
// address written out, and none of the sidebar, settings or related posts.
// WebKitGTK's driver has no Print command ("unknown command"); there the
// spec checks what it can: the engine parsed the print rules that hide the
// page's furniture. Chromium's print media is also checked by computed
// style in reader-prints-and-tracks-progress.

import { after, before } from 'node:test';
import assert from 'node:assert/strict';

import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

import { inEveryEngine, showing } from '../lib/engine-viewer.mjs';
import { serve } from '../lib/server.mjs';

let server;

before(async () => {
  server = await serve({ probe: true });
});

after(async () => {
  await server?.close();
});

/** The text of every page of `pdf`, in reading order as pdf.js finds it. */
async function pdfText(pdf) {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' '));
  }
  await document.destroy();
  return pages.join('\n').replace(/\s+/g, ' ');
}

// The page's furniture, hidden in print: what each would show in English.
const FURNITURE = ['Latest posts', 'Most viewed', 'Related posts', 'Reading settings', 'Theme', 'Digits', 'Share'];

inEveryEngine('printing gives the article alone, with its link address', async (session) => {
  await session.goto(`${server.url}index.html?feed=fixtures/print-links.json`);
  await showing(session, 'links', 1);
  const printed = await session.print().catch((error) => error);
  if (printed instanceof Error) {
    assert.equal(session.engine, 'webkit', `only WebKitGTK's driver cannot print: ${printed.message}`);
    assert.match(printed.message, /unknown command/);
    const hiding = await session.run(() => {
      const selectors = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
            for (const inner of rule.cssRules) if (inner.style?.display === 'none') selectors.push(inner.selectorText);
          }
        }
      }
      return selectors.join(', ');
    });
    for (const hidden of ['.page__aside', '.reader-controls', '.related', '.reading-progress']) assert.ok(hiding.includes(hidden), `${hidden} in ${hiding}`);
    console.log('# webkit: no Print command in WebKitWebDriver; the print rules are parsed');
    return;
  }
  assert.equal(printed.subarray(0, 5).toString(), '%PDF-');
  const text = await pdfText(printed);
  assert.match(text, /A story with a source/, text);
  assert.match(text, /the report/, text);
  assert.match(text, /\( ?https:\/\/example\.com\/report ?\)/, `the link's address written out: ${text}`);
  for (const furniture of FURNITURE) assert.ok(!text.includes(furniture), `${furniture} is not printed: ${text}`);
  assert.ok(!text.includes('Another'), `the sidebar's other post is not printed: ${text}`);
});
