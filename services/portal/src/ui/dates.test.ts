import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant, monthNames, parseDay } from './dates.ts';

describe('calendar days for the reader', () => {
  it('writes a Kinyarwanda day with its month name, day first, not the fallback "2026 M12 1"', () => {
    expect(formatDay('2026-12-01', 'rw')).toBe('1 Ukuboza 2026');
    expect(formatDay('2027-02-14', 'rw')).toBe('14 Gashyantare 2027');
  });

  it('writes French, German and English days in their own order', () => {
    expect(formatDay('2026-12-01', 'fr')).toBe('1 déc. 2026');
    expect(formatDay('2026-12-01', 'de')).toBe('01.12.2026');
    expect(formatDay('2026-12-01', 'en')).toBe('Dec 1, 2026');
  });

  it('keeps a day the same in every time zone', () => {
    // Midnight UTC is still the previous evening in the Americas: the day must not slip back.
    expect(formatDay('2026-01-01', 'de')).toBe('01.01.2026');
  });

  it('shows text that is no calendar day as it is', () => {
    expect(formatDay('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDay(undefined, 'en')).toBe('');
    expect(parseDay('2026-2-3')).toBeUndefined();
  });

  it('writes a Kinyarwanda moment as its day and a 24-hour time', () => {
    expect(formatInstant('2026-12-01T13:05:00Z', 'rw', 'Africa/Kigali')).toBe('1 Ukuboza 2026 15:05');
  });

  it('names the months of each language', () => {
    expect(monthNames('rw')[11]).toBe('Ukuboza');
    expect(monthNames('fr')[0]).toBe('janvier');
    expect(monthNames('de')[2]).toBe('März');
  });
});
