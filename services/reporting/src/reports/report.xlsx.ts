import type { Disaggregation, ProgrammeDefinition } from '@ikiraro/programme';
import ExcelJS from 'exceljs';
import type { LogframeReport } from '../logframe/logframe-report.ts';
import { codeName, dimensionName, figureText, suppressionNote } from './report-labels.ts';

type Column = { header: string; key: string; width: number; numFmt?: string };

const FIGURE = '#,##0.##';

/** A sheet with a bold, frozen header row: the donor scrolls 16 indicators and a hundred breakdown cells. */
function sheet(workbook: ExcelJS.Workbook, name: string, columns: Column[]) {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map(({ header, key, width, numFmt }) => ({
    header,
    key,
    width,
    ...(numFmt ? { style: { numFmt } } : {}),
  }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** A number stays a number (the donor sums and charts them); a null becomes the text humans read for it. */
const figure = (value: number | null, unit: string, smallCell: number) =>
  value === null ? figureText(value, unit, smallCell) : value;

/** The quarterly report as an Excel workbook: the indicators, their breakdowns, and what the figures mean. */
export async function reportXlsx(report: LogframeReport, programme: ProgrammeDefinition): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = programme.logframe.reportingOrgName;
  workbook.created = new Date(report.generatedAt);
  const { smallCell } = report;

  const indicators = sheet(workbook, 'Indicators', [
    { header: 'Code', key: 'code', width: 8 },
    { header: 'Result', key: 'result', width: 8 },
    { header: 'Indicator', key: 'title', width: 40 },
    { header: 'Unit', key: 'unit', width: 8 },
    { header: 'Baseline', key: 'baseline', width: 10, numFmt: FIGURE },
    { header: 'Target', key: 'target', width: 10, numFmt: FIGURE },
    { header: `In ${report.quarter.code}`, key: 'inQuarter', width: 11, numFmt: FIGURE },
    { header: 'Cumulative', key: 'cumulative', width: 11, numFmt: FIGURE },
    { header: 'Progress', key: 'progress', width: 10, numFmt: '0%' },
    { header: 'Sources', key: 'sources', width: 50 },
  ]);
  for (const i of report.indicators)
    indicators.addRow({
      code: i.code,
      result: i.result,
      title: i.title,
      unit: i.unit,
      baseline: i.baseline,
      target: i.target,
      inQuarter: figure(i.inQuarter, i.unit, smallCell),
      cumulative: figure(i.cumulative, i.unit, smallCell),
      progress: i.progress,
      sources: i.sources.join(', '),
    });

  const breakdowns = sheet(workbook, 'Breakdowns', [
    { header: 'Indicator', key: 'indicator', width: 10 },
    { header: 'Dimension', key: 'dimension', width: 12 },
    { header: 'Code', key: 'code', width: 20 },
    { header: 'Name', key: 'name', width: 40 },
    { header: 'Cumulative', key: 'cumulative', width: 12, numFmt: FIGURE },
  ]);
  for (const i of report.indicators)
    for (const [dimension, cells] of Object.entries(i.breakdowns) as [
      Disaggregation,
      Record<string, number | null>,
    ][])
      for (const [code, value] of Object.entries(cells))
        breakdowns.addRow({
          indicator: i.code,
          dimension: dimensionName(dimension, programme),
          code,
          name: codeName(dimension, code, programme),
          cumulative: figure(value, i.unit, smallCell),
        });

  const about = sheet(workbook, 'About', [
    { header: 'Item', key: 'item', width: 24 },
    { header: 'Value', key: 'value', width: 100 },
  ]);
  about.addRows([
    { item: 'Programme', value: report.programme.name },
    { item: 'Quarter', value: `${report.quarter.code} (${report.quarter.start} to ${report.quarter.end})` },
    { item: 'Generated at', value: report.generatedAt },
    { item: 'Goal', value: report.goal },
    {
      item: 'Figures',
      value: 'Cumulative from the start of each indicator’s period to the end of the quarter.',
    },
    { item: 'Suppressed cells', value: report.shared ? suppressionNote(smallCell) : 'None: made for staff.' },
    ...report.indicators.map((i) => ({ item: `${i.code} ${i.title}`, value: i.definition })),
  ]);
  about.getColumn('value').alignment = { wrapText: true, vertical: 'top' };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
