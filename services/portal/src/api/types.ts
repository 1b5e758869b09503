import type { Caller } from '@ikiraro/auth/roles';

export type UserStatus = 'invited' | 'active' | 'disabled';

/** An account as the gateway returns it: who the caller is (id, name, roles, scope), and its state. */
export interface User extends Caller {
  status: UserStatus;
  createdAt: string;
  lastLoginAt?: string;
}

/** What sign-in and refresh answer (the refresh token travels in an httpOnly cookie, never seen here). */
export interface SessionGrant {
  accessToken: string;
  /** ISO time, server clock. */
  expiresAt: string;
  user: User;
}
