import type { MatchWeights, Tor } from '../tors/tor.ts';
import type { MatchDto, MatchItemDto } from './application-view.dto.ts';
import type { ProfileFacts } from './application.ts';
import { levelRank, overlapDays, same, shareAWord } from './profile-facts.ts';

export type MatchItem = MatchItemDto;
export type Match = MatchDto;

const round = (n: number) => Math.round(n * 10) / 10;
const daysPerMonth = 30;

/**
 * How well an application fits its ToR, requirement by requirement. Only the profile facts below enter it: the
 * type has no gender, age, nationality or photo, and neither does anything selection receives.
 */
export function match(
  tor: Pick<Tor, 'subject' | 'requirements' | 'period' | 'durationMonths' | 'matchWeights'>,
  facts: ProfileFacts,
): Match {
  const needs = tor.requirements;
  const exactSubject = facts.subjects.find((s) => same(s, tor.subject));
  const closeSubject = exactSubject ?? facts.subjects.find((s) => shareAWord(s, tor.subject));
  const field = needs.qualificationFields.find((f) => shareAWord(f, facts.qualificationField));
  const rank = levelRank(facts.qualificationLevel) - levelRank(needs.qualificationLevel);
  const languages = needs.languages.filter((l) => facts.languages.includes(l));
  const neededDays = tor.durationMonths * daysPerMonth;
  const available = overlapDays(facts.availability, tor.period);

  const parts: Record<keyof MatchWeights, Omit<MatchItem, 'requirement' | 'weight' | 'points'>> = {
    subject: {
      met: exactSubject ? 1 : closeSubject ? 0.5 : 0,
      expected: tor.subject,
      found: closeSubject ?? (facts.subjects.join(', ') || 'no subject stated'),
    },
    qualificationField: {
      met: needs.qualificationFields.length === 0 || field ? 1 : 0,
      expected: needs.qualificationFields.join(', ') || 'any field',
      found: facts.qualificationField,
    },
    qualificationLevel: {
      met: rank >= 0 ? 1 : rank === -1 ? 0.5 : 0,
      expected: `${needs.qualificationLevel} or higher`,
      found: facts.qualificationLevel,
    },
    experience: {
      met: needs.yearsOfExperience === 0 ? 1 : Math.min(1, facts.yearsOfExperience / needs.yearsOfExperience),
      expected: `${needs.yearsOfExperience} years`,
      found: `${facts.yearsOfExperience} years`,
    },
    languages: {
      met: needs.languages.length === 0 ? 1 : languages.length / needs.languages.length,
      expected: needs.languages.join(', ') || 'any language',
      found: facts.languages.join(', ') || 'none stated',
    },
    availability: {
      met: Math.min(1, available / neededDays),
      expected: `${neededDays} days between ${tor.period.start} and ${tor.period.end}`,
      found: facts.availability.length === 0 ? 'not stated' : `${available} days`,
    },
  };

  const weights = tor.matchWeights;
  const sum = Object.values(weights).reduce((a, b) => a + b, 0) || 1;
  const items = (Object.keys(parts) as (keyof MatchWeights)[]).map((requirement) => {
    const weight = (weights[requirement] / sum) * 100;
    const met = round(parts[requirement].met * 100) / 100;
    return { requirement, ...parts[requirement], met, weight: round(weight), points: round(weight * met) };
  });
  return { total: round(items.reduce((total, item) => total + item.points, 0)), items };
}
