import { stringify } from 'csv-stringify/sync';

/** What a spreadsheet reads as the start of a formula (`-` and `+` too: `-2+3+cmd|' /C calc'!A0`). */
const FORMULA = '=+\\-@';
/**
 * Where a spreadsheet may start a new cell inside ours: we write commas, but a file opened in a semicolon locale,
 * or pasted into one that splits on tabs or pipes, or read by a parser that ignores quotes, splits on these.
 */
const SEPARATORS = ',;\\t|\\r\\n';
/** A formula character at the start of the text or of any part after a separator, behind spaces or quotes. */
const FORMULA_PART = new RegExp(`(^|[${SEPARATORS}])([\\s"']*)(?=[${FORMULA}])`, 'g');

/**
 * Text that no spreadsheet will run, whatever separator it splits on: an apostrophe goes before every formula
 * character that could begin a cell (`=1+1` → `'=1+1`, `a;=1+1` → `a;'=1+1`), and before a leading tab or
 * carriage return. Exported text comes from public forms and staff, and exported files are opened in Excel; the
 * apostrophe is the one mark spreadsheets show as text and Excel hides at the start of a cell.
 */
export const spreadsheetSafe = (value: string) =>
  value.replace(FORMULA_PART, "$1$2'").replace(/^[\t\r]/, "'$&");

/**
 * The one way this project writes CSV: every cell quoted (a separator inside a cell stays inside it for any
 * parser that honours quotes) and every text cell made `spreadsheetSafe` (for those that do not, and for the
 * locale's separator), so that no writer can forget either.
 */
export const spreadsheetCsv = (rows: readonly (readonly unknown[])[]): string =>
  stringify(rows as unknown[][], {
    quoted: true,
    quoted_empty: true,
    cast: { string: spreadsheetSafe },
  });
