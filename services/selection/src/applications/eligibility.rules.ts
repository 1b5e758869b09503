import type { Tor } from '../tors/tor.ts';
import type { ProfileFacts } from './application.ts';
import { levelRank, overlapDays } from './profile-facts.ts';

export type EligibilityRule =
  'residence' | 'min-qualification' | 'min-experience' | 'availability' | 'language';

export interface RuleResult {
  rule: EligibilityRule;
  passed: boolean;
  /** In words, what was required and what the application has. */
  detail: string;
}

export interface Screening {
  eligible: boolean;
  results: RuleResult[];
}

/** Checks an application against the rules its ToR turns on; every rule is reported, passed or not. */
export function screen(
  tor: Pick<Tor, 'eligibility' | 'requirements' | 'period'>,
  facts: ProfileFacts,
): Screening {
  const { eligibility: on, requirements: needs } = tor;
  const results: RuleResult[] = [
    {
      rule: 'residence',
      passed: on.countries.includes(facts.countryOfResidence),
      detail: `lives in ${facts.countryOfResidence}; the ToR recruits in ${on.countries.join(', ')}`,
    },
  ];
  if (on.minimumQualification)
    results.push({
      rule: 'min-qualification',
      passed: levelRank(facts.qualificationLevel) >= levelRank(needs.qualificationLevel),
      detail: `holds a ${facts.qualificationLevel}; at least a ${needs.qualificationLevel} is required`,
    });
  if (on.minimumExperience)
    results.push({
      rule: 'min-experience',
      passed: facts.yearsOfExperience >= needs.yearsOfExperience,
      detail: `${facts.yearsOfExperience} years of experience; ${needs.yearsOfExperience} required`,
    });
  if (on.minimumAvailableDays > 0) {
    const days = overlapDays(facts.availability, tor.period);
    results.push({
      rule: 'availability',
      passed: days >= on.minimumAvailableDays,
      detail:
        facts.availability.length === 0
          ? `no availability stated; ${on.minimumAvailableDays} days within the ToR's period required`
          : `available ${days} days within the ToR's period; ${on.minimumAvailableDays} required`,
    });
  }
  if (on.language && needs.languages.length > 0) {
    const shared = needs.languages.filter((language) => facts.languages.includes(language));
    results.push({
      rule: 'language',
      passed: shared.length > 0,
      detail: `trains in ${facts.languages.join(', ') || 'no language stated'}; one of ${needs.languages.join(', ')} required`,
    });
  }
  return { eligible: results.every((r) => r.passed), results };
}
