import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/**
 * A PDF read back with a real parser (pdfjs): each page's text and all of it, the first page's link targets and
 * size, the document's info.
 */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    texts.push(
      content.items
        .map((i) => ('str' in i ? i.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const first = await pdf.getPage(1);
  const links = (await first.getAnnotations()).map((a: { url?: string }) => a.url).filter(Boolean);
  const [, , width, height] = first.view;
  const info = (await pdf.getMetadata()).info as Record<string, string>;
  await pdf.destroy();
  return { pages: pdf.numPages, texts, text: texts.join(' '), links, width, height, info };
}
