import { INK } from './report-charts.pdf.ts';

// The report's page geometry and its one kind of table: rows of cells on a hairline, a header row repeated on
// every page the table runs onto. pdfkit has no tables; this is the little of one the report needs.

/** A4 portrait, in points. */
const WIDTH = 595.28;
export const HEIGHT = 841.89;
export const MARGIN = 48;
export const INNER = WIDTH - 2 * MARGIN;
/** Where content stops: the footer (page numbers) goes below it. */
const BOTTOM = HEIGHT - MARGIN - 12;
const RULE = '#c9ced8';

export type Doc = PDFKit.PDFDocument;
export const right = 'right' as const;
export type Cell = { text: string; width: number; align?: 'left' | 'right' | 'center'; bold?: boolean };

/** A new page when `height` more would run into the footer; the y to draw at. */
export function room(doc: Doc, height: number): number {
  if (doc.y + height > BOTTOM) doc.addPage();
  return doc.y;
}

/** A table's header row, drawn again at the top of each page the table runs onto. */
export type Header = { cells: Cell[]; height: number; size: number };

/** One row of cells from the left margin, text vertically centred, a hairline under it; the y it was drawn at. */
export function row(doc: Doc, cells: Cell[], height: number, size = 8, header?: Header): number {
  if (header && doc.y + height > BOTTOM) {
    doc.addPage();
    row(doc, header.cells, header.height, header.size);
  }
  const y = room(doc, height);
  let x = MARGIN;
  for (const cell of cells) {
    doc
      .font(cell.bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(size)
      .fillColor(INK);
    const lines = doc.heightOfString(cell.text, { width: cell.width - 6 });
    doc.text(cell.text, x + 3, y + Math.max(2, (height - lines) / 2), {
      width: cell.width - 6,
      height: height - 2,
      align: cell.align ?? 'left',
      ellipsis: true,
    });
    x += cell.width;
  }
  doc
    .lineWidth(0.4)
    .strokeColor(RULE)
    .moveTo(MARGIN, y + height)
    .lineTo(MARGIN + INNER, y + height)
    .stroke();
  doc.x = MARGIN;
  doc.y = y + height;
  return y;
}

export const headerRow = (doc: Doc, header: Header) => row(doc, header.cells, header.height, header.size);

export function heading(doc: Doc, text: string, size: number, before = 0.8) {
  doc.y += before * size;
  room(doc, size * 2 + 60);
  doc.font('Helvetica-Bold').fontSize(size).fillColor(INK).text(text, MARGIN, doc.y, { width: INNER });
  doc.y += 4;
}
