import type { Caller } from '@ikiraro/auth';
import { type ProgrammeCode, programmeCodes } from '@ikiraro/programme';

/** Campaign figures of one office: an aggregate, so that each event counts exactly once (see the handler). */
export interface OfficeFigures {
  launched: number;
}

export const OFFICE_FIGURES = 'office-figures';
/** The offices abroad (they run campaigns), from the programme definition. */
export const offices: readonly ProgrammeCode[] = programmeCodes('officesAbroad');
export type ReportingOffice = ProgrammeCode;

/** Roles that read every office's figures; any one of them lifts an outreach officer's scope. */
const readsEveryOffice = ['admin', 'programme-manager', 'auditor', 'twg-member'];

/**
 * The offices whose figures the caller may read: an outreach officer their own office only (none when the account
 * names no office: never everything), everyone else every office. Every figures route answers with these only.
 */
export const officesOf = (caller: Caller): readonly ReportingOffice[] =>
  caller.roles.includes('outreach-officer') && !caller.roles.some((r) => readsEveryOffice.includes(r))
    ? offices.filter((office) => office === caller.office)
    : offices;

/**
 * The figures of each office the caller may read, keyed by office code: `valueOf` answers for an office's stored
 * figures, or for none when no event of that office has come yet.
 */
export async function perOffice<S, V>(
  figures: { load(office: string): Promise<{ state: S } | null> },
  caller: Caller,
  valueOf: (state: S | undefined) => V,
): Promise<Record<string, V>> {
  const readable = officesOf(caller);
  const loaded = await Promise.all(readable.map((office) => figures.load(office)));
  return Object.fromEntries(readable.map((office, i) => [office, valueOf(loaded[i]?.state)]));
}
