import { useTranslation } from 'react-i18next';

/**
 * Month names for the languages the browser's own calendar data lacks: Chromium's ICU has no Kinyarwanda, and
 * `Intl` then falls back to its root pattern ("2026 M12 1"). Written dates in Rwanda read day, month, year.
 */
const ownMonths: Partial<Record<string, readonly string[]>> = {
  rw: [
    'Mutarama',
    'Gashyantare',
    'Werurwe',
    'Mata',
    'Gicurasi',
    'Kamena',
    'Nyakanga',
    'Kanama',
    'Nzeri',
    'Ukwakira',
    'Ugushyingo',
    'Ukuboza',
  ],
};

/** `YYYY-MM-DD` is a calendar day, not an instant: read in UTC so that no time zone shifts it. */
export function parseDay(value: string | undefined): Date | undefined {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? undefined : date;
}

/** The twelve month names in `language`, January first. */
export function monthNames(language: string): readonly string[] {
  const own = ownMonths[language];
  if (own) return own;
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, month) => format.format(Date.UTC(2000, month, 1)));
}

/** A calendar day as a reader of `language` writes it ("1 déc. 2026", "1 Ukuboza 2026"); else the text itself. */
export function formatDay(value: string | undefined, language: string): string {
  const date = parseDay(value);
  if (!date) return value ?? '';
  const own = ownMonths[language];
  if (own) return `${date.getUTCDate()} ${own[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A moment (ISO time) in the reader's time zone: its day as above, then the time of day. */
export function formatInstant(value: string | undefined, language: string, timeZone?: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (!ownMonths[language])
    return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
      date,
    );
  // The day in the reader's zone (en-CA writes it as YYYY-MM-DD), then a 24-hour time, as Rwanda writes it.
  const day = new Intl.DateTimeFormat('en-CA', { timeZone }).format(date);
  const time = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone }).format(date);
  return `${formatDay(day, language)} ${time}`;
}

export function useDates() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const day = (value: string | undefined) => formatDay(value, language);
  return {
    day,
    period: (from: string | undefined, to: string | undefined) => `${day(from)} – ${day(to)}`,
    instant: (value: string | undefined) => formatInstant(value, language),
  };
}
