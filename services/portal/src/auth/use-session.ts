import { useSyncExternalStore } from 'react';
import { allows, type Rule } from '@ikiraro/auth/policy';
import { session, type SessionState } from '../api/session.ts';
import type { User } from '../api/types.ts';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

/** The signed-in user; only under RequireSession. */
export function useUser(): User {
  const state = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser() outside a signed-in route');
  return state.user;
}

/** Whether the signed-in user's roles allow a route of the policy matrix (what the gateway will enforce). */
export function useAllows(): (rule: Rule | undefined) => boolean {
  const state = useSession();
  const roles = state.status === 'signed-in' ? state.user.roles : null;
  return (rule) => allows(rule, roles);
}
