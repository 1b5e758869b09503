export interface Sort {
  column: number;
  direction: 'ascending' | 'descending';
}

/**
 * The rows in the order asked for, the server's order when none is: text in the reader's alphabet (accents and
 * case after letters, numbers inside text by value), numbers by value, empty cells last either way.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly { sortBy?: (row: Row) => string | number | null | undefined }[],
  sort: Sort | undefined,
  language: string,
): readonly Row[] {
  const by = sort && columns[sort.column]?.sortBy;
  if (!sort || !by) return rows;
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [by(a), by(b)];
    const blank = (value: unknown) => value === undefined || value === null || value === '';
    if (blank(x)) return blank(y) ? 0 : 1;
    if (blank(y)) return -1;
    const order =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * order;
  });
}
