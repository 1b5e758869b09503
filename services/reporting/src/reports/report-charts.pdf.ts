import type { IndicatorFigures } from '../logframe/logframe-report.ts';

// The report's two small charts, drawn with pdfkit's own shapes (no image library, nothing rasterised): both
// scaled to the indicator's target, so a glance down the table compares indicators of any unit.

export const INK = '#1f2a44';
export const MUTED = '#5b6474';
const TRACK = '#e3e6ec';
const BAR = '#2f6db5';
const OVER = '#2e7d4f';

/** Where a chart goes on the page, in points. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A horizontal bar of `cumulative / target` against a full-width track; past the target it is full and green.
 * Nothing but the track for a figure that cannot be shown (suppressed, or no target).
 */
export function progressBar(doc: PDFKit.PDFDocument, progress: number | null, box: Box): void {
  doc.save();
  doc.roundedRect(box.x, box.y, box.width, box.height, 2).fill(TRACK);
  if (progress !== null && progress > 0) {
    const width = Math.max(1.5, box.width * Math.min(progress, 1));
    doc.roundedRect(box.x, box.y, width, box.height, 2).fill(progress >= 1 ? OVER : BAR);
  }
  doc.restore();
}

/**
 * One bar per quarter from the start of the indicator's period, each the cumulative figure at that quarter's end,
 * full height being the target (or the largest figure, when it passed the target); a dashed line marks the
 * target. A suppressed quarter gets an empty outline rather than a bar that would leak its size.
 */
export function quarterBars(doc: PDFKit.PDFDocument, figures: IndicatorFigures, box: Box): void {
  const values = figures.quarters.map((q) => q.cumulative);
  const top = Math.max(figures.target, ...values.map((v) => v ?? 0));
  if (values.length === 0 || top <= 0) return;
  const gap = 1.5;
  const barWidth = Math.min(10, (box.width - gap * (values.length - 1)) / values.length);
  const bottom = box.y + box.height;
  doc.save();
  doc
    .lineWidth(0.5)
    .strokeColor(TRACK)
    .moveTo(box.x, bottom)
    .lineTo(box.x + box.width, bottom)
    .stroke();
  values.forEach((value, i) => {
    const x = box.x + i * (barWidth + gap);
    if (value === null) {
      doc
        .lineWidth(0.4)
        .strokeColor(MUTED)
        .rect(x, bottom - 3, barWidth, 3)
        .stroke();
      return;
    }
    const height = (Math.max(value, 0) / top) * box.height;
    if (height > 0) doc.rect(x, bottom - height, barWidth, height).fill(BAR);
  });
  const targetY = bottom - (figures.target / top) * box.height;
  doc
    .lineWidth(0.5)
    .strokeColor(MUTED)
    .dash(1.5, { space: 1.5 })
    .moveTo(box.x, targetY)
    .lineTo(box.x + box.width, targetY)
    .stroke()
    .undash();
  doc.restore();
}
