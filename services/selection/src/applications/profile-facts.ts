import { QUALIFICATION_LEVELS } from '@ikiraro/contracts';
import type { QualificationLevel } from '../tors/tor.ts';
import type { ProfileFacts } from './application.ts';

export const levelRank = (level: QualificationLevel) => QUALIFICATION_LEVELS.indexOf(level);

const day = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / day;

/** Days (both ends included) of the windows that fall inside the period; overlapping windows count once. */
export function overlapDays(windows: ProfileFacts['availability'], period: { start: string; end: string }) {
  const [start, end] = [dayOf(period.start), dayOf(period.end)];
  const days = new Set<number>();
  for (const window of windows)
    for (let d = Math.max(start, dayOf(window.from)); d <= Math.min(end, dayOf(window.to)); d++) days.add(d);
  return days.size;
}

/** Lower-case words of three letters or more: what two phrasings of a subject or field are compared on. */
export const wordsOf = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 3 && !['and', 'the', 'for', 'with', 'des', 'und'].includes(word)),
  );

export const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
export const shareAWord = (a: string, b: string) => {
  const words = wordsOf(b);
  return [...wordsOf(a)].some((word) => words.has(word));
};
