import { spreadsheetCsv } from '@ikiraro/service-defaults';
import type { MemberDocument } from './member-search.rules.ts';

const columns: [string, (m: MemberDocument) => string | number | undefined][] = [
  ['id', (m) => m._id],
  ['firstName', (m) => m.firstName],
  ['lastName', (m) => m.lastName],
  ['email', (m) => m.email],
  ['phone', (m) => m.phone],
  ['countryOfResidence', (m) => m.countryOfResidence],
  ['qualificationLevel', (m) => m.qualifications?.[0]?.level],
  ['qualificationField', (m) => m.qualifications?.[0]?.field],
  ['qualificationInstitution', (m) => m.qualifications?.[0]?.institution],
  ['qualificationYear', (m) => m.qualifications?.[0]?.year],
  ['subjects', (m) => m.subjects?.join(';')],
  ['yearsOfExperience', (m) => m.yearsOfExperience],
  ['languages', (m) => m.languages?.join(';')],
  ['availability', (m) => m.availability?.map((w) => `${w.from}..${w.to}`).join(';')],
  ['status', (m) => m.status],
  ['campaignId', (m) => m.campaignId],
  ['channel', (m) => m.channel],
  ['office', (m) => m.office],
  ['opportunitiesConsent', (m) => (m.consent ? String(m.consent.opportunities.given) : '')],
  ['mentoringConsent', (m) => (m.consent ? String(m.consent.mentoring?.given ?? false) : '')],
  ['createdAt', (m) => m.createdAt],
  ['verifiedAt', (m) => m.verifiedAt],
];

/**
 * Registrants as CSV, one row per member, lists joined with `;`; every cell quoted and formula-safe
 * (`spreadsheetCsv`): names and fields come from public forms. Gender is left out on purpose: it serves the
 * programme's balance figures, not lists that leave the platform.
 */
export function membersCsv(members: MemberDocument[]): string {
  return spreadsheetCsv([
    columns.map(([name]) => name),
    ...members.map((m) => columns.map(([, value]) => value(m) ?? '')),
  ]);
}
