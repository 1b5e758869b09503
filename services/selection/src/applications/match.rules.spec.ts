import { describe, expect, it } from '@jest/globals';
import { defaultMatchWeights, type Tor } from '../tors/tor.ts';
import type { ProfileFacts } from './application.ts';
import { screen } from './eligibility.rules.ts';
import { requirements } from './selection.testing.ts';
import { match } from './match.rules.ts';
import { defaultEligibility } from '../tors/tor.ts';

const tor: Pick<
  Tor,
  'subject' | 'requirements' | 'period' | 'durationMonths' | 'matchWeights' | 'eligibility'
> = {
  subject: 'Renewable energy',
  requirements,
  period: { start: '2027-03-01', end: '2027-08-31' },
  durationMonths: 2,
  matchWeights: defaultMatchWeights,
  eligibility: defaultEligibility,
};

const facts: ProfileFacts = {
  countryOfResidence: 'BE',
  qualificationLevel: 'master',
  qualificationField: 'Electrical engineering',
  yearsOfExperience: 8,
  languages: ['fr', 'en'],
  subjects: ['Renewable Energy', 'Mechatronics'],
  availability: [{ from: '2027-04-01', to: '2027-06-30' }],
};

describe('match', () => {
  it('gives full marks, requirement by requirement, to a profile that meets every requirement', () => {
    const result = match(tor, facts);
    expect(result.total).toBe(100);
    expect(result.items.map((i) => [i.requirement, i.met])).toEqual([
      ['subject', 1],
      ['qualificationField', 1],
      ['qualificationLevel', 1],
      ['experience', 1],
      ['languages', 1],
      ['availability', 1],
    ]);
    expect(result.items.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(100, 0);
  });

  it('explains partial matches with what was expected and found', () => {
    const result = match(tor, {
      ...facts,
      subjects: ['Solar energy installation'],
      qualificationLevel: 'diploma',
      yearsOfExperience: 2,
      languages: ['de', 'en'],
      availability: [],
    });
    const item = (name: string) => result.items.find((i) => i.requirement === name)!;
    expect(item('subject')).toMatchObject({ met: 0.5, found: 'Solar energy installation' });
    expect(item('qualificationLevel')).toMatchObject({ met: 0.5, found: 'diploma' });
    expect(item('experience')).toMatchObject({ met: 0.4, expected: '5 years', found: '2 years' });
    expect(item('languages')).toMatchObject({ met: 0.5 });
    expect(item('availability')).toMatchObject({ met: 0, found: 'not stated' });
    expect(result.total).toBeCloseTo(30 * 0.5 + 15 + 15 * 0.5 + 20 * 0.4 + 10 * 0.5, 1);
  });

  it('follows the weights the ToR sets', () => {
    const onlySubject = { ...tor, matchWeights: { ...zero, subject: 1 } };
    expect(match(onlySubject, facts).total).toBe(100);
    expect(match(onlySubject, { ...facts, subjects: ['Hospitality'] }).total).toBe(0);
  });

  it('scores the same whatever gender a member stated: gender cannot enter it', () => {
    const withGender = (gender: string) => ({ ...facts, gender }) as ProfileFacts;
    expect(match(tor, withGender('woman'))).toEqual(match(tor, withGender('man')));
    expect(screen(tor, withGender('woman'))).toEqual(screen(tor, withGender('man')));
  });
});

const zero = {
  subject: 0,
  qualificationField: 0,
  qualificationLevel: 0,
  experience: 0,
  languages: 0,
  availability: 0,
};

describe('screen', () => {
  it('passes a profile that meets every rule and reports each rule', () => {
    const result = screen(tor, facts);
    expect(result.eligible).toBe(true);
    expect(result.results.map((r) => r.rule)).toEqual([
      'residence',
      'min-qualification',
      'min-experience',
      'availability',
      'language',
    ]);
  });

  it('names every rule a profile fails', () => {
    const result = screen(tor, {
      ...facts,
      countryOfResidence: 'DE',
      yearsOfExperience: 1,
      availability: [{ from: '2027-09-01', to: '2027-12-31' }],
    });
    expect(result.eligible).toBe(false);
    expect(result.results.filter((r) => !r.passed).map((r) => r.rule)).toEqual([
      'min-experience',
      'availability',
    ]);
    const residence = screen(
      { ...tor, eligibility: { ...defaultEligibility, countries: ['BE'] } },
      {
        ...facts,
        countryOfResidence: 'DE',
      },
    );
    expect(residence.results.find((r) => r.rule === 'residence')).toMatchObject({ passed: false });
  });

  it('skips the rules a ToR turns off', () => {
    const lenient = {
      ...tor,
      eligibility: {
        countries: ['BE', 'DE'] as ('BE' | 'DE')[],
        minimumQualification: false,
        minimumExperience: false,
        minimumAvailableDays: 0,
        language: false,
      },
    };
    const result = screen(lenient, { ...facts, yearsOfExperience: 0, availability: [], languages: ['rw'] });
    expect(result).toEqual({ eligible: true, results: [expect.objectContaining({ rule: 'residence' })] });
  });
});
