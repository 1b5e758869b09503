import type { Caller } from '@ikiraro/auth';
import type { Member } from './member.ts';
import type { MemberFiltersDto } from './member-search.dto.ts';

/** A member as the `members` projection holds it (the relay's copy of its latest version). */
export type MemberDocument = Member & { _id: string; version: number };

/**
 * The office an outreach officer is confined to; null for roles that see every office. An officer without an
 * office sees nothing (a value no member has), never everything.
 */
export function officeScope(caller: Caller): string | null {
  const unscoped = caller.roles.some((r) => r === 'admin' || r === 'programme-manager' || r === 'auditor');
  if (unscoped || !caller.roles.includes('outreach-officer')) return null;
  return caller.office ?? 'none';
}

/**
 * The database filter: equality only, which FerretDB pushes down (and `$ne`, to leave erased members out).
 * The caller's office scope is always part of it.
 */
export function databaseFilter(filters: MemberFiltersDto, scope: string | null): Record<string, unknown> {
  const filter: Record<string, unknown> = { status: filters.status ?? { $ne: 'erased' } };
  // An officer asking for another office asks for nothing they may see: no match, rather than their own.
  const office = scope && filters.office && filters.office !== scope ? 'none' : (scope ?? filters.office);
  if (office) filter.office = office;
  for (const key of ['campaignId', 'channel', 'countryOfResidence'] as const)
    if (filters[key]) filter[key] = filters[key];
  return filter;
}

/**
 * The filters that are no equality on a field (text search, inside arrays), applied in code: FerretDB would
 * scan the collection for them anyway, which is fine at the programme's thousands of registrants.
 */
export function matchesInCode(member: MemberDocument, filters: MemberFiltersDto): boolean {
  if (filters.q) {
    const q = filters.q.trim().toLowerCase();
    const haystack =
      `${member.firstName ?? ''} ${member.lastName ?? ''}\n${member.email ?? ''}`.toLowerCase();
    if (!haystack.includes(q)) return false;
  }
  if (filters.subject) {
    const subject = filters.subject.trim().toLowerCase();
    if (!(member.subjects ?? []).some((s) => s.toLowerCase() === subject)) return false;
  }
  if (filters.qualificationLevel && member.qualifications?.[0]?.level !== filters.qualificationLevel)
    return false;
  return true;
}

/** Newest first; the id breaks ties so that pages do not overlap. */
export const newestFirst = (a: MemberDocument, b: MemberDocument) =>
  (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || b._id.localeCompare(a._id);
