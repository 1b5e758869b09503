import { useTranslation } from 'react-i18next';

/** `YYYY-MM-DD` is a calendar day, not an instant: read and shown in UTC so that no time zone shifts it. */
export function useDates() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  const day = (value: string | undefined) => {
    const date = value ? new Date(`${value}T00:00:00Z`) : undefined;
    return date && !Number.isNaN(date.getTime()) ? format.format(date) : (value ?? '');
  };
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    day,
    period: (from: string | undefined, to: string | undefined) => `${day(from)} – ${day(to)}`,
    instant: (value: string | undefined) => (value ? time.format(new Date(value)) : ''),
  };
}
