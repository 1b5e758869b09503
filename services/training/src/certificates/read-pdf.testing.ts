import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = `${dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))}/standard_fonts/`;

/** Tests only: a PDF read back with a real parser (pdfjs): its text, its link targets, its page size. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    standardFontDataUrl,
  }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items
    .map((i) => ('str' in i ? i.str : ''))
    .join(' ')
    .replace(/\s+/g, ' ');
  const links = (await page.getAnnotations()).map((a: { url?: string }) => a.url).filter(Boolean);
  const [, , width, height] = page.view;
  const info = (await pdf.getMetadata()).info as Record<string, string>;
  await pdf.destroy();
  return { pages: pdf.numPages, text, links, width, height, info };
}
