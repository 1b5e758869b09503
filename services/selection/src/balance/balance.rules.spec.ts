import { describe, expect, it } from '@jest/globals';
import { balance, type Placed } from './balance.rules.ts';
import { suppressSmallCells } from './small-cells.rules.ts';

const people = (status: string, iprc: string, ...genders: (string | null)[]): Placed[] =>
  genders.map((gender) => ({ status, iprc, subject: 'Renewable energy', gender }));
const times = (n: number, gender: string) => Array.from({ length: n }, () => gender);

/** Every way a reader could fill the hidden cells so that they add up to the total: one way means a leak. */
function fillings(cells: Record<string, number | string>, total: number) {
  const keys = Object.keys(cells);
  const ranges = keys.map((k) => {
    const v = cells[k]!;
    if (typeof v === 'number') return [v];
    const [from, to] = v === '<5' ? [0, 4] : [0, total];
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
  let ways: number[][] = [[]];
  for (const range of ranges) ways = ways.flatMap((way) => range.map((v) => [...way, v]));
  return ways.filter((way) => way.reduce((a, b) => a + b, 0) === total);
}

describe('balance', () => {
  it('never names the gender of the one person selected at an IPRC', () => {
    const rows = [...people('selected', 'KGL', 'woman'), ...people('shortlisted', 'KGL', ...times(6, 'man'))];
    const result = balance(rows, 3);
    expect(result.selected.total).toBe(1);
    expect(result.selected.byIprc.KGL).toBe(1);
    expect(result.selected.byGender).toEqual({ woman: '<5', man: '<5', other: '<5', 'not stated': '<5' });
    expect(result.suppression).toMatchObject({ threshold: 5 });
  });

  it('withholds a large count too when the total would let one subtract the small one', () => {
    // 7 shortlisted: 6 men and 1 woman; the total is published, so "man: 6" would give "woman: 1" away.
    const result = balance(people('shortlisted', 'KGL', 'woman', ...times(6, 'man')), 3);
    expect(result.shortlisted.byGender).toEqual({
      woman: '<5',
      man: 'withheld',
      other: '<5',
      'not stated': '<5',
    });
    expect(new Set(fillings(result.shortlisted.byGender, 7).map(([woman]) => woman)).size).toBeGreaterThan(1);
  });

  it('shows counts as they are when no group is small, and empty groups as zero', () => {
    const result = balance(people('selected', 'KGL', ...times(5, 'woman'), ...times(7, 'man')), 12);
    expect(result.selected.byGender).toEqual({ woman: 5, man: 7, other: 0, 'not stated': 0 });
  });

  it('counts genders as the programme’s list says: an imported "Female" as a woman, "prefer not to say" unstated', () => {
    const rows = people(
      'selected',
      'KGL',
      ...times(5, 'Female'),
      ...times(6, 'prefer-not-to-say'),
      ...times(5, 'man'),
    );
    expect(balance(rows, 16).selected.byGender).toEqual({ woman: 5, man: 5, other: 0, 'not stated': 6 });
  });

  it('leaves no hidden gender count that the total pins to one value, whatever the counts', () => {
    const groups = ['woman', 'man', 'other', 'not stated'];
    for (let woman = 0; woman <= 8; woman++)
      for (let man = 0; man <= 8; man++)
        for (let other = 0; other <= 4; other++)
          for (let unstated = 0; unstated <= 4; unstated++) {
            const counts = { woman, man, other, 'not stated': unstated };
            const total = woman + man + other + unstated;
            const cells = suppressSmallCells(counts, total);
            const ways = fillings(cells, total);
            groups.forEach((group, i) => {
              const values = new Set(ways.map((way) => way[i]));
              const value = counts[group as keyof typeof counts];
              // A hidden small count is never the only possible value; every shown count is exact.
              if (cells[group] === '<5' && value > 0)
                expect({ counts, group, ways: values.size > 1 }).toEqual({ counts, group, ways: true });
              if (typeof cells[group] === 'number') expect(cells[group]).toBe(value);
            });
            // Nor can the reader count the people of the small groups together, unless they are everyone.
            const small = groups.filter((g) => cells[g] === '<5');
            const together = new Set(
              ways.map((way) => small.reduce((sum, g) => sum + way[groups.indexOf(g)]!, 0)),
            );
            const [only = 0] = [...together];
            const counted = together.size === 1 && only > 0 && only < 5 && only < total;
            expect({ counts, counted }).toEqual({ counts, counted: false });
          }
  });
});
