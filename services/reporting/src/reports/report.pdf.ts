import { type Disaggregation, NOT_STATED, type ProgrammeDefinition } from '@ikiraro/programme';
import { longDate } from '@ikiraro/service-defaults';
import PDFDocument from 'pdfkit';
import type { IndicatorFigures, LogframeReport } from '../logframe/logframe-report.ts';
import { INK, MUTED, progressBar, quarterBars } from './report-charts.pdf.ts';
import { codeName, figureText, progressText, suppressionNote } from './report-labels.ts';
import {
  type Doc,
  HEIGHT,
  type Header,
  heading,
  headerRow,
  INNER,
  MARGIN,
  right,
  room,
  row,
} from './report-table.pdf.ts';

/** Indicator table: code, title, figures, and two charts drawn in the last columns. */
const COLUMNS = { code: 34, title: 161, target: 52, quarter: 50, cumulative: 56, progress: 82, quarters: 64 };

function indicatorTable(doc: Doc, indicators: IndicatorFigures[], report: LogframeReport) {
  const c = COLUMNS;
  const header: Header = {
    cells: [
      { text: 'Code', width: c.code, bold: true },
      { text: 'Indicator', width: c.title, bold: true },
      { text: 'Target', width: c.target, bold: true, align: right },
      { text: report.quarter.code, width: c.quarter, bold: true, align: right },
      { text: 'Cumulative', width: c.cumulative, bold: true, align: right },
      { text: 'Progress', width: c.progress, bold: true },
      { text: 'By quarter', width: c.quarters, bold: true },
    ],
    height: 18,
    size: 7.5,
  };
  headerRow(doc, header);
  for (const i of indicators) {
    const f = (n: number | null) => figureText(n, i.unit, report.smallCell);
    const unit = i.unit === 'people' || i.unit === 'count' ? '' : ` (${i.unit})`;
    const height = 30;
    const y = row(
      doc,
      [
        { text: i.code, width: c.code },
        { text: `${i.title}${i.title.includes(i.unit) ? '' : unit}`, width: c.title },
        { text: f(i.target), width: c.target, align: right },
        { text: f(i.inQuarter), width: c.quarter, align: right },
        { text: f(i.cumulative), width: c.cumulative, align: right, bold: true },
        { text: '', width: c.progress },
        { text: '', width: c.quarters },
      ],
      height,
      8,
      header,
    );
    const progressX = MARGIN + c.code + c.title + c.target + c.quarter + c.cumulative + 3;
    progressBar(doc, i.progress, { x: progressX, y: y + height / 2 - 3.5, width: 48, height: 7 });
    doc.font('Helvetica').fontSize(7.5).fillColor(INK);
    doc.text(progressText(i.progress), progressX + 51, y + height / 2 - 3, {
      width: c.progress - 57,
      lineBreak: false,
    });
    quarterBars(doc, i, { x: progressX + c.progress, y: y + 5, width: c.quarters - 8, height: height - 10 });
    doc.x = MARGIN;
    doc.y = y + height;
  }
}

/** Indicators as rows, the dimension's codes (in the programme's order) as columns: the cumulative figures. */
function breakdownTable(
  doc: Doc,
  report: LogframeReport,
  dimension: Disaggregation,
  codes: string[],
  p: ProgrammeDefinition,
) {
  const indicators = report.indicators.filter((i) => Object.keys(i.breakdowns[dimension] ?? {}).length > 0);
  if (indicators.length === 0) return;
  const extra = indicators
    .flatMap((i) => Object.keys(i.breakdowns[dimension]!))
    .filter((c) => !codes.includes(c));
  const columns = [...codes, ...new Set(extra)];
  const first = 140;
  const width = (INNER - first) / columns.length;
  const names = columns.map((code) => ({
    text: codeName(dimension, code, p),
    width,
    align: right,
    bold: true,
  }));
  const header: Header = {
    cells: [{ text: 'Indicator', width: first, bold: true }, ...names],
    height: 22,
    size: 7,
  };
  headerRow(doc, header);
  for (const i of indicators) {
    const cells = i.breakdowns[dimension]!;
    const figures = columns.map((code) => ({
      text: code in cells ? figureText(cells[code] ?? null, i.unit, report.smallCell) : '–',
      width,
      align: right,
    }));
    row(doc, [{ text: `${i.code} ${i.title}`, width: first }, ...figures], 20, 7.5, header);
  }
}

/**
 * Page numbers last, when the count is known. The footer sits below the bottom margin, which pdfkit would
 * otherwise take as a reason to start a new page.
 */
function pageNumbers(doc: Doc, report: LogframeReport) {
  const { start, count } = doc.bufferedPageRange();
  const y = HEIGHT - MARGIN + 4;
  for (let n = start; n < start + count; n++) {
    doc.switchToPage(n);
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(7.5).fillColor(MUTED);
    doc.text(`${report.programme.name} · ${report.quarter.code}`, MARGIN, y, {
      width: INNER - 90,
      lineBreak: false,
    });
    doc.text(`Page ${n - start + 1} of ${count}`, MARGIN + INNER - 90, y, {
      width: 90,
      align: right,
      lineBreak: false,
    });
  }
}

/** The quarterly report as a PDF for the donor: A4 portrait, the logframe's tables and charts, page numbers. */
export async function reportPdf(report: LogframeReport, programme: ProgrammeDefinition): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: {
      Title: `${report.programme.name}: quarterly report ${report.quarter.code}`,
      Author: programme.logframe.reportingOrgName,
      CreationDate: new Date(report.generatedAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(MUTED)
    .text(programme.logframe.reportingOrgName, { width: INNER });
  doc
    .moveDown(0.3)
    .font('Helvetica-Bold')
    .fontSize(18)
    .fillColor(INK)
    .text(report.programme.name, { width: INNER });
  doc.moveDown(0.2).font('Helvetica').fontSize(12);
  doc.text(
    `Quarterly report, ${report.quarter.code}: ${longDate(report.quarter.start)} to ${longDate(report.quarter.end)}`,
  );
  doc
    .moveDown(0.2)
    .fontSize(8)
    .fillColor(MUTED)
    .text(`Figures as of ${report.generatedAt.replace('T', ' ').slice(0, 16)} UTC`);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(9).fillColor(INK).text('Goal');
  doc.font('Helvetica').fontSize(10).text(report.goal, { width: INNER });
  doc.moveDown(0.4).fontSize(8).fillColor(MUTED);
  doc.text(
    'Cumulative: from the start of the indicator’s period to the end of the quarter. Progress: cumulative against ' +
      'target. By quarter: the cumulative figure at the end of each quarter, the dashed line the target.',
    { width: INNER },
  );

  for (const result of report.results) {
    const indicators = report.indicators.filter((i) => i.result === result.code);
    const kind = result.outcome ? 'Output' : 'Outcome';
    heading(
      doc,
      `${kind} ${result.code}: ${result.title}`,
      result.outcome ? 9.5 : 11.5,
      result.outcome ? 0.6 : 1.2,
    );
    if (indicators.length > 0) indicatorTable(doc, indicators, report);
  }

  heading(doc, 'By sex', 11.5, 1.5);
  const genders = [...programme.genders.filter((g) => !g.notStated).map((g) => g.code), NOT_STATED];
  breakdownTable(doc, report, 'sex', genders, programme);
  heading(doc, `By ${programme.host.institutionKind}`, 11.5, 1.5);
  breakdownTable(
    doc,
    report,
    'iprc',
    programme.host.institutions.map((i) => i.code),
    programme,
  );

  if (report.shared) {
    doc.moveDown(1).font('Helvetica-Oblique').fontSize(8).fillColor(MUTED);
    room(doc, 30);
    doc.text(suppressionNote(report.smallCell), MARGIN, doc.y, { width: INNER });
  }

  pageNumbers(doc, report);
  doc.end();
  return done;
}
