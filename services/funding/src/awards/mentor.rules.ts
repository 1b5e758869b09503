/** A consenting member as a pilot's possible mentor: how well they fit, and why, in words. */
export interface Suggestion {
  memberId: string;
  name: string | null;
  subjects: string[];
  score: number;
  reasons: string[];
}

const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (text: string) =>
  new Set(
    normal(text)
      .split(' ')
      .filter((w) => w.length >= 4),
  );

/**
 * Ranks candidates for a pilot in `sector` (a subjects code, named `sectorName`): a subject that is the sector
 * (its code or its name) is a strong match (3); one sharing a word with the sector's name a weak one (1); a
 * subject that is another of the call's eligible sectors breaks ties (0.5). Then by name. Members carry no
 * IPRC, so the award's IPRC cannot break ties. Reasons name the programme's sectors, not the member's words.
 */
export function rank(
  candidates: readonly { memberId: string; name: string | null; subjects: string[] }[],
  sector: { code: string; name: string },
  eligible: readonly { code: string; name: string }[],
): Suggestion[] {
  const sectorWords = words(sector.name);
  const is = (subject: string, s: { code: string; name: string }) =>
    normal(subject) === normal(s.code) || normal(subject) === normal(s.name);
  return candidates
    .map((c) => {
      const reasons: string[] = [];
      let score = 0;
      if (c.subjects.some((s) => is(s, sector))) {
        score += 3;
        reasons.push(`Names the pilot's sector (${sector.name}) among their subjects`);
      } else {
        const close = c.subjects.filter((s) => [...words(s)].some((w) => sectorWords.has(w)));
        if (close.length > 0) {
          score += 1;
          reasons.push(
            `${close.length === 1 ? 'A subject' : `${close.length} subjects`} of theirs close to the pilot's sector (${sector.name})`,
          );
        }
      }
      const others = eligible.filter((e) => e.code !== sector.code && c.subjects.some((s) => is(s, e)));
      if (others.length > 0) {
        score += 0.5;
        reasons.push(`Also teaches a sector the call funds (${others.map((e) => e.name).join(', ')})`);
      }
      if (reasons.length === 0)
        reasons.push(`Consented to mentor; no subject of theirs matches ${sector.name}`);
      return { ...c, score, reasons };
    })
    .sort(
      (a, b) =>
        b.score - a.score ||
        (a.name ?? '').localeCompare(b.name ?? '') ||
        a.memberId.localeCompare(b.memberId),
    );
}
