import type { Role } from '@ikiraro/auth/roles';
import { api } from '../api/client.ts';
import type { User } from '../api/types.ts';

/** Roles, and the scope that some roles need: an office for outreach officers, an IPRC for focal points. */
export interface UserAccess {
  roles: Role[];
  /** The programme's codes (`GET /programme`). */
  office?: string;
  iprc?: string;
}

export interface Invitation extends UserAccess {
  email: string;
  name: string;
}

export interface UserChanges extends Partial<UserAccess> {
  name?: string;
  status?: 'active' | 'disabled';
}

export interface UserList {
  items: User[];
}

const at = (id: string) => `/users/${encodeURIComponent(id)}`;

export const usersApi = {
  list: '/users',
  /** Creates the account as `invited` and e-mails the invitation. */
  invite: (invitation: Invitation) => api.post<User>('/users', invitation),
  update: (id: string, changes: UserChanges) => api.patch<User>(at(id), changes),
  resendInvitation: (id: string) => api.post(`${at(id)}/invitation`),
  /** Signs the user out everywhere: every refresh token of theirs stops working. */
  revokeSessions: (id: string) => api.post(`${at(id)}/sessions/revoke`),
};
