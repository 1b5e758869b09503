import type { Caller } from './roles.ts';

/**
 * One line of an aggregate's audit trail (selection's applications, placements). The trail is part of the state stored with every version, and versions
 * are insert-only: a change and its record are one write, and no record is ever altered (erasure aside, ADR 7).
 */
export interface AuditEntry {
  at: string;
  by: { id: string; name: string; role: string };
  action: string;
  /** What was decided, in the action's own words (scores, reason, rule results…); never a person's data. */
  detail?: Record<string, unknown>;
}

/** The role that a caller acted in: the most specific one they hold, for the record. */
const precedence = [
  'programme-manager',
  'twg-member',
  'iprc-focal-point',
  'outreach-officer',
  'trainer',
  'admin',
  'auditor',
  'member',
];

export function entry(
  caller: Pick<Caller, 'id' | 'name' | 'roles'>,
  action: string,
  at: Date,
  detail?: Record<string, unknown>,
): AuditEntry {
  const role = precedence.find((r) => (caller.roles as string[]).includes(r)) ?? caller.roles[0] ?? 'system';
  return {
    at: at.toISOString(),
    by: { id: caller.id, name: caller.name, role },
    action,
    ...(detail ? { detail } : {}),
  };
}
