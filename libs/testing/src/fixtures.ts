/**
 * The request bodies tests send again and again, valid for the first programme (offices BE and DE): a test names
 * only what it is about and takes the rest from here.
 */

/** A campaign draft as `POST /campaigns` takes it; the country follows the office unless the test sets it. */
export const campaignDraft = (overrides: Record<string, unknown> = {}) => {
  const office = (overrides.office as string | undefined) ?? 'BE';
  return {
    name: 'Brussels forum',
    office,
    partner: { kind: 'embassy', name: 'Embassy of Rwanda' },
    country: office,
    channels: ['event'],
    startsOn: '2027-03-01',
    endsOn: '2027-04-30',
    subjects: ['Mechatronics'],
    ...overrides,
  };
};

/** The smallest PDF that a content check accepts as a CV. */
export const cvPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/** What the public registration form sends besides the person's name and e-mail. */
export const registrationProfile = (overrides: Record<string, unknown> = {}) => ({
  channel: 'event',
  countryOfResidence: 'BE',
  qualifications: [{ level: 'master', field: 'Mechatronics', institution: 'KU Leuven', year: 2014 }],
  subjects: ['Mechatronics'],
  yearsOfExperience: 8,
  languages: ['rw', 'en'],
  availability: [{ from: '2027-03-01', to: '2027-04-30' }],
  consent: { programme: true, opportunities: true, textVersion: '2026-11' },
  locale: 'en',
  website: '',
  ...overrides,
});

/** A member's profile as `MemberRegistered` carries it: one that the test ToRs' requirements accept. */
export const memberProfile = <T extends object = Record<never, never>>(overrides?: T) => ({
  countryOfResidence: 'BE' as const,
  qualificationLevel: 'master' as const,
  qualificationField: 'Electrical engineering',
  yearsOfExperience: 8,
  languages: ['en', 'fr'],
  subjects: ['Renewable energy'],
  ...overrides,
});
