import type { Campaign } from '../campaigns/campaign.ts';
import type { Member } from '../members/member.ts';
import type { ImportedPerson } from './import-file.rules.ts';

/** The fields a mapping list holds about a person, in a fixed order (compared as JSON). */
const LIST_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'countryOfResidence',
  'qualifications',
  'subjects',
  'yearsOfExperience',
  'languages',
  'gender',
] as const satisfies readonly (keyof Member)[];

const listDataOf = (member: Partial<Member>) => JSON.stringify(LIST_FIELDS.map((field) => member[field]));

const dataOf = (person: ImportedPerson) => ({
  firstName: person.firstName,
  lastName: person.lastName,
  email: person.email,
  ...(person.phone ? { phone: person.phone } : {}),
  countryOfResidence: person.countryOfResidence,
  qualifications: [person.qualification],
  subjects: person.subjects,
  yearsOfExperience: person.yearsOfExperience,
  languages: person.languages,
  ...(person.gender ? { gender: person.gender } : {}),
});

/**
 * A person of a list as a new member: `imported`, without consent and without an event — they are not a
 * registered member until they confirm and consent through the public form.
 */
export function newImportedMember(person: ImportedPerson, campaignId: string, campaign: Campaign): Member {
  return {
    status: 'imported',
    campaignId,
    channel: 'mapping-import',
    office: campaign.office,
    ...dataOf(person),
    availability: [],
    consent: null,
    createdAt: new Date().toISOString(),
  };
}

/**
 * What a list does to an existing member: only an imported member of the same office takes the list's data
 * (a registered member's own answers are never overwritten by a list; another office's people are not ours).
 */
export function reimported(
  current: Member,
  person: ImportedPerson,
  campaign: Campaign,
): Member | 'unchanged' | 'skip' {
  if (current.status !== 'imported' || current.office !== campaign.office) return 'skip';
  const kept: Member = { ...current };
  delete kept.phone; // the list's own value, or none
  delete kept.gender;
  const next: Member = { ...kept, ...dataOf(person) };
  return listDataOf(next) === listDataOf(current) ? 'unchanged' : next;
}
