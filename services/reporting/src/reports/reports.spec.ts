import { describe, expect, it } from '@jest/globals';
import { programme } from '@ikiraro/programme';
import { readPdf } from '@ikiraro/testing';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { IndicatorFigures } from '../logframe/logframe-report.ts';
import { iatiActivities } from './iati.ts';
import { validateIati } from './iati.validate.ts';
import { reportCsv } from './report.csv.ts';
import { reportFixture } from './report.fixture.ts';
import { reportPdf } from './report.pdf.ts';
import { reportXlsx } from './report.xlsx.ts';

const report = reportFixture();
const definition = programme();
const indicator = (code: string) => report.indicators.find((i) => i.code === code)!;
const cellsOf = (i: IndicatorFigures) =>
  Object.entries(i.breakdowns).flatMap(([dimension, cells]) =>
    Object.entries(cells ?? {}).map(([code, value]) => ({ dimension, code, value })),
  );
const breakdownCells = report.indicators.flatMap((i) => cellsOf(i).map((c) => ({ indicator: i, ...c })));

/** What a reader sees for a figure, spelt independently of the renderers: `<5` for people suppressed. */
const shown = (value: number | null, unit: string) =>
  value === null ? (unit === 'people' ? '<5' : '–') : value.toLocaleString('en-GB');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the fixture', () => {
  it('has every case the renderers must handle', () => {
    expect(report.indicators).toHaveLength(definition.logframe.indicators.length);
    expect(indicator('1.2.a').cumulative).toBeNull();
    expect(breakdownCells.some((c) => c.value === null && c.dimension === 'sex')).toBe(true);
    expect(breakdownCells.some((c) => c.dimension === 'iprc')).toBe(true);
  });
});

describe('the XLSX report', () => {
  const load = async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as its own Buffer; a plain ArrayBuffer is what it reads.
    await workbook.xlsx.load(new Uint8Array(await reportXlsx(report, definition)).buffer);
    return workbook;
  };

  it('lists every indicator with its figures as numbers, a suppressed one as <5', async () => {
    const sheet = (await load()).getWorksheet('Indicators')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(8).value).toBe('Cumulative');
    expect(sheet.rowCount).toBe(report.indicators.length + 1);
    report.indicators.forEach((i, n) => {
      const row = sheet.getRow(n + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([
        i.code,
        i.result,
        i.title,
      ]);
      expect(row.getCell(6).value).toBe(i.target);
      expect(row.getCell(7).value).toBe(i.inQuarter ?? shown(null, i.unit));
      expect(row.getCell(8).value).toBe(i.cumulative ?? shown(null, i.unit));
      expect(row.getCell(9).value ?? null).toBe(i.progress);
    });
    expect(sheet.getRow(report.indicators.indexOf(indicator('1.2.a')) + 2).getCell(8).value).toBe('<5');
    expect(sheet.getRow(report.indicators.indexOf(indicator('2.1.c')) + 2).getCell(8).value).toBe(12500);
  });

  it('names each breakdown cell and shows the suppressed ones as <5', async () => {
    const workbook = await load();
    const sheet = workbook.getWorksheet('Breakdowns')!;
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    expect(rows).toHaveLength(breakdownCells.length);
    const row = (code: string, dimension: string, cell: string) =>
      rows.find((r) => r[1] === code && r[2] === dimension && r[3] === cell)?.slice(4);
    expect(row('1.1.a', 'Sex', 'woman')).toEqual(['Woman', 61]);
    expect(row('1.1.a', 'Sex', 'other')).toEqual(['Another gender', '<5']);
    expect(row('1.1.d', 'IPRC', 'KGL')).toEqual(['IPRC Kigali', 5]);
    expect(row('1.1.d', 'IPRC', 'HYE')).toEqual(['IPRC Huye', '<5']);
    expect(row('2.1.a', 'Subject', 'ict')).toEqual(['Information and communication technology', 5]);
    expect(row('1.1.a', 'Office', 'BE')).toEqual(['IOM Belgium', 80]);
    const about = workbook.getWorksheet('About')!.getSheetValues() as unknown[][];
    expect(about.some((r) => r?.[1] === 'Quarter' && String(r[2]).startsWith('2027-Q1'))).toBe(true);
    expect(about.some((r) => r?.[1] === 'Suppressed cells' && String(r[2]).includes('<5'))).toBe(true);
  });
});

describe('the PDF report', () => {
  it('prints every indicator with its target, quarter and cumulative figures, on numbered A4 pages', async () => {
    const { texts: pages, text, width, height } = await readPdf(await reportPdf(report, definition));
    expect(pages.length).toBeGreaterThan(0);
    expect([Math.round(width!), Math.round(height!)]).toEqual([595, 842]);
    expect(text).toContain(report.goal);
    expect(text).toContain('2027-Q1');
    for (const i of report.indicators) {
      // One table row: code, title (maybe with its unit), target, the quarter's figure, the cumulative one.
      const figures = [i.target, i.inQuarter, i.cumulative].map((v) => escape(shown(v, i.unit))).join(' ');
      expect(text).toMatch(new RegExp(`${escape(i.code)} ${escape(i.title)}( \\(\\w+\\))? ${figures}`));
    }
    expect(text).toMatch(/Diaspora professionals engaged 30 <5 <5 –/);
    pages.forEach((page, n) => expect(page).toContain(`Page ${n + 1} of ${pages.length}`));
  });

  it('prints the breakdowns by sex and by IPRC with names, and the suppression note', async () => {
    const { text } = await readPdf(await reportPdf(report, definition));
    expect(text).toMatch(
      /Indicator Woman Man Another gender Not stated 1\.1\.a Diaspora members registered 61 66 <5 <5/,
    );
    expect(text).toMatch(/IPRC Kigali IPRC Huye IPRC Musanze/);
    expect(text).toMatch(/1\.1\.d Candidates selected 5 <5 <5 – –/);
    expect(text).toContain('Cells of fewer than 5 people are shown as <5');
  });
});

describe('the CSV report', () => {
  const rows = parse(reportCsv(report), { columns: true }) as Record<string, string>[];

  it('has one row per indicator and one per breakdown cell, suppressed figures empty and flagged', () => {
    expect(Object.keys(rows[0]!)).toEqual([
      'indicator',
      'title',
      'unit',
      'dimension',
      'code',
      'baseline',
      'target',
      'in_quarter',
      'cumulative',
      'suppressed',
    ]);
    expect(rows).toHaveLength(report.indicators.length + breakdownCells.length);
    for (const i of report.indicators)
      expect(rows.find((r) => r.indicator === i.code && r.dimension === '')).toEqual({
        indicator: i.code,
        title: i.title,
        unit: i.unit,
        dimension: '',
        code: '',
        baseline: String(i.baseline),
        target: String(i.target),
        in_quarter: i.inQuarter === null ? '' : String(i.inQuarter),
        cumulative: i.cumulative === null ? '' : String(i.cumulative),
        suppressed: String(i.cumulative === null || i.inQuarter === null),
      });
    for (const c of breakdownCells)
      expect(
        rows.find(
          (r) => r.indicator === c.indicator.code && r.dimension === c.dimension && r.code === c.code,
        ),
      ).toMatchObject({
        cumulative: c.value === null ? '' : String(c.value),
        suppressed: String(c.value === null),
      });
    expect(rows.filter((r) => r.suppressed === 'true').length).toBeGreaterThan(1);
  });
});

describe('the IATI document', () => {
  const xml = iatiActivities(report, definition);

  it('is valid against the IATI 2.03 activities schema', async () => {
    expect(await validateIati(xml)).toEqual([]);
  });

  it('carries each indicator with the quarter, its target and its cumulative figure, none for a suppressed one', () => {
    expect(xml).toContain('<iati-activities version="2.03" generated-datetime="2027-04-02T06:30:00.000Z">');
    expect(xml).toContain(`<iati-identifier>${definition.logframe.iatiIdentifier}</iati-identifier>`);
    const indicators = xml.split('<indicator ').slice(1);
    expect(indicators).toHaveLength(report.indicators.length);
    report.indicators.forEach((i, n) => {
      const el = indicators[n]!;
      expect(el).toContain(`<narrative>${i.title}</narrative>`);
      expect(el).toContain('<period-start iso-date="2027-01-01"/>');
      expect(el).toContain(`<target value="${i.target}"/>`);
      if (i.cumulative === null) expect(el).not.toContain('<actual');
      else expect(el).toContain(`<actual value="${i.cumulative}">`);
    });
    // Outputs only: the outcomes have no indicator of their own, and the schema wants one per result.
    expect(xml.match(/<result type="1">/g)).toHaveLength(5);
  });

  it('is checked by a validator that does find errors', async () => {
    const noIdentifier = xml.replace(/<iati-identifier>.*<\/iati-identifier>/, '');
    expect(noIdentifier).not.toBe(xml);
    expect((await validateIati(noIdentifier)).join('\n')).toMatch(
      /reporting-org.*not expected.*iati-identifier/,
    );

    const sector = /\s*<sector [\s\S]*?<\/sector>/.exec(xml)![0];
    const outOfOrder = xml.replace(sector, '').replace('<activity-status', `${sector}<activity-status`);
    expect((await validateIati(outOfOrder)).join('\n')).toMatch(/sector.*not expected/);

    expect(await validateIati('<iati-activities version="2.03">')).not.toEqual([]);
  });
});
