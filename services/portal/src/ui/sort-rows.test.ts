import { describe, expect, it } from 'vitest';
import { sortRows } from './sort-rows.ts';

const people = [
  { name: 'Émile', years: 12 },
  { name: 'amina', years: 3 },
  { name: 'Zoë', years: undefined },
  { name: 'Bosco 10', years: 20 },
  { name: 'Bosco 9', years: 7 },
];
const columns = [
  { sortBy: (p: (typeof people)[number]) => p.name },
  { sortBy: (p: (typeof people)[number]) => p.years },
  {},
];
const names = (rows: readonly { name: string }[]) => rows.map((row) => row.name);

describe('sorting a table', () => {
  it('keeps the server’s order until a column is chosen, and for a column that does not sort', () => {
    expect(sortRows(people, columns, undefined, 'fr')).toBe(people);
    expect(sortRows(people, columns, { column: 2, direction: 'ascending' }, 'fr')).toBe(people);
  });

  it('sorts text in the reader’s alphabet, ignoring case and accents, numbers within text by value', () => {
    expect(names(sortRows(people, columns, { column: 0, direction: 'ascending' }, 'fr'))).toEqual([
      'amina',
      'Bosco 9',
      'Bosco 10',
      'Émile',
      'Zoë',
    ]);
  });

  it('sorts numbers by value, either way, with empty cells last', () => {
    const years = (direction: 'ascending' | 'descending') =>
      names(sortRows(people, columns, { column: 1, direction }, 'en'));
    expect(years('ascending')).toEqual(['amina', 'Bosco 9', 'Émile', 'Bosco 10', 'Zoë']);
    expect(years('descending')).toEqual(['Bosco 10', 'Émile', 'Bosco 9', 'amina', 'Zoë']);
  });
});
