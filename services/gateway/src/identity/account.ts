import type { Role } from '@ikiraro/auth';
import type { ProgrammeCode } from '@ikiraro/programme';

export const ACCOUNT = 'account';

/** An account, as versions of the `account` aggregate (libs/messaging): safe under concurrent edits. */
export interface Account {
  email: string;
  name: string;
  roles: Role[];
  office?: ProgrammeCode;
  iprc?: ProgrammeCode;
  status: 'invited' | 'active' | 'disabled';
  /** argon2id; absent until the invitation is accepted. */
  passwordHash?: string;
  createdAt: string;
  /** Refresh tokens of sessions started before this instant are refused (revoke all, reset, disable). */
  sessionsValidFrom: string;
}

/** What the API shows of an account: never the password hash. */
export function toUser(id: string, account: Account) {
  const { email, name, roles, office, iprc, status, createdAt } = account;
  return {
    id,
    email,
    name,
    roles,
    ...(office ? { office } : {}),
    ...(iprc ? { iprc } : {}),
    status,
    createdAt,
  };
}

export type User = ReturnType<typeof toUser>;

/** E-mail addresses compare case-insensitively; the key of `account_emails`. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();
