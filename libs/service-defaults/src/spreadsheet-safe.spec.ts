import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { spreadsheetCsv, spreadsheetSafe } from './spreadsheet-safe.ts';

// What a hostile registrant or a careless colleague may type into a field that ends up in an export.
const hostile = [
  '=1+1',
  '+1+1',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(A1:A2)',
  '\t=1+1',
  '\r=1+1',
  'a;=1+1',
  'a,=HYPERLINK("http://x")',
  'a\t=1+1',
  'a|=1+1',
  'a\n=1+1',
  'a\r\n-1',
  'a; =1+1',
  'a;"=1+1"',
  "a;'=1+1",
  ' =1+1',
  '"=1+1"',
  'ok;fine, @home',
];
const separators = [',', ';', '\t', '|'];
const startsAFormula = (field: string) => /^[=+\-@]/.test(field.replace(/^[\s"]+/, ''));

/** Every field a spreadsheet could make of the file: parsed properly on each separator, and split naively. */
function fieldsOf(csv: string): string[] {
  const fields: string[] = [];
  for (const delimiter of separators) {
    const records = parse(csv, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
    }) as string[][];
    fields.push(...records.flat().flatMap((f) => f.split(/\r\n|\r|\n/)));
    for (const line of csv.split(/\r\n|\r|\n/)) fields.push(...line.split(delimiter));
  }
  return fields;
}

describe('spreadsheet-safe CSV', () => {
  it('quotes every cell, the header and numbers included', () => {
    expect(
      spreadsheetCsv([
        ['name', 'count'],
        ['Kigali', 3],
        ['', 0],
      ]),
    ).toBe('"name","count"\n"Kigali","3"\n"","0"\n');
  });

  it('puts an apostrophe before a formula at the start of a cell, and leaves other text alone', () => {
    expect(spreadsheetSafe('=1+1')).toBe("'=1+1");
    expect(spreadsheetSafe('\t=1')).toBe("'\t'=1");
    expect(spreadsheetSafe('\rx')).toBe("'\rx");
    expect(spreadsheetSafe('+250 788 000 000')).toBe("'+250 788 000 000");
    for (const text of [
      'Renewable energy',
      'a@b.org',
      '2027-03-01',
      'min-experience;availability',
      'A-1F2E3D',
    ])
      expect(spreadsheetSafe(text)).toBe(text);
  });

  it('lets no part of any cell become a formula, whatever separator the spreadsheet splits on', () => {
    const csv = spreadsheetCsv([['applicant', 'reason'], ...hostile.map((text, i) => [`A-${i}`, text])]);
    const formulas = fieldsOf(csv).filter(startsAFormula);
    expect(formulas).toEqual([]);
    // A reader that honours the quotes gets each text back whole: only apostrophes were added.
    const back = (parse(csv) as string[][])
      .slice(1)
      .map(([, reason]) => reason!.replace(/'(?=[=+\-@])/g, ''));
    expect(back).toEqual(hostile.map((text) => (/^[\t\r]/.test(text) ? `'${text}` : text)));
  });
});
