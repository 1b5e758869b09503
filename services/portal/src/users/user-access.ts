import { type Iprc, type Office, type Role, iprcs, offices, staffRoles } from '@ikiraro/auth/roles';
import type { TFunction } from 'i18next';
import type { User } from '../api/types.ts';
import type { UserAccess } from './users.api.ts';

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    (values as readonly unknown[]).includes(value);
const isRole = isOneOf<Role>(staffRoles);
const isOffice = isOneOf<Office>(offices);
const isIprc = isOneOf<Iprc>(iprcs);

export const needsOffice = (selected: readonly Role[]) => selected.includes('outreach-officer');
export const needsIprc = (selected: readonly Role[]) => selected.includes('iprc-focal-point');

/** The roles and scope chosen in a form; a scope is sent only with the role that needs it. */
export function accessFrom(data: FormData): UserAccess {
  const chosen = data.getAll('roles').filter(isRole);
  const office = data.get('office');
  const iprc = data.get('iprc');
  return {
    roles: chosen,
    ...(needsOffice(chosen) && isOffice(office) && { office }),
    ...(needsIprc(chosen) && isIprc(iprc) && { iprc }),
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
export function scopeOf(t: TFunction, user: Pick<User, 'office' | 'iprc'>): string[] {
  return [user.office && t(`offices.${user.office}`), user.iprc && t(`iprcs.${user.iprc}`)].filter(
    (part): part is string => Boolean(part),
  );
}
