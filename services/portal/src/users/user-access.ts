import { type Role, staffRoles } from '@ikiraro/auth/roles';
import type { TFunction } from 'i18next';
import type { User } from '../api/types.ts';
import type { Labels } from '../programme/use-labels.ts';
import type { UserAccess } from './users.api.ts';

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);
const isRole = isOneOf<Role>(staffRoles);
// The selects offer the programme's codes only: what is left to tell apart is "none chosen" ('').
const chosenCode = (value: FormDataEntryValue | null): value is string =>
  typeof value === 'string' && value !== '';

export const needsOffice = (selected: readonly Role[]) => selected.includes('outreach-officer');
export const needsIprc = (selected: readonly Role[]) => selected.includes('iprc-focal-point');

/** The roles and scope chosen in a form; a scope is sent only with the role that needs it. */
export function accessFrom(data: FormData): UserAccess {
  const chosen = data.getAll('roles').filter(isRole);
  const office = data.get('office');
  const iprc = data.get('iprc');
  return {
    roles: chosen,
    ...(needsOffice(chosen) && chosenCode(office) && { office }),
    ...(needsIprc(chosen) && chosenCode(iprc) && { iprc }),
  };
}

/** The messages for what is missing (the gateway would answer `user.scope_required`). */
export function accessErrors(t: TFunction, access: UserAccess) {
  return {
    roles: access.roles.length === 0 && t('validation.rolesRequired'),
    office: needsOffice(access.roles) && !access.office && t('validation.officeRequired'),
    iprc: needsIprc(access.roles) && !access.iprc && t('validation.iprcRequired'),
  };
}

/** A user's scope in words: their office and/or IPRC, or nothing. */
export function scopeOf(label: Labels, user: Pick<User, 'office' | 'iprc'>): string[] {
  return [user.office && label.office(user.office), user.iprc && label.institution(user.iprc)].filter(
    (part): part is string => Boolean(part),
  );
}
