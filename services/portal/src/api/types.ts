import type { Role } from '@ikiraro/auth/roles';

export type UserStatus = 'invited' | 'active' | 'disabled';

/** An account as the gateway returns it. */
export interface User {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  /** The programme's codes of an office and a host institution (`GET /programme`). */
  office?: string;
  iprc?: string;
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
