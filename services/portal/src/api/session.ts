import { ApiProblem, send, serverNow } from './http.ts';
import type { SessionGrant, User } from './types.ts';

/** None on start; `expired` when it ended by itself (or by signing out in another tab). */
export type SignedOutReason = 'no-session' | 'expired' | 'signed-out';

export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; user: User };

/*
 * The session lives in memory only: the access token is never written to storage, where any script could read
 * it. After a reload, the httpOnly refresh cookie brings it back: `refresh()` when the first staff page subscribes.
 * Public pages never subscribe, so a visitor's browser makes no refresh call (it would be answered 401, log an
 * error, and count against the limits of everyone on the visitor's network).
 */
let state: SessionState = { status: 'unknown' };
let accessToken: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<boolean> | undefined;
const listeners = new Set<() => void>();
// Tells the other tabs when this one signs in or out, so that none keeps working on a live access token.
const tabs = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel('ikiraro.session');

function publish(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function establish(grant: SessionGrant): void {
  accessToken = grant.accessToken;
  publish({ status: 'signed-in', user: grant.user });
  const lifetime = Date.parse(grant.expiresAt) - serverNow();
  // A minute (or a fifth of the lifetime) before expiry; never in a tight loop if the clocks disagree.
  retryIn(Math.max(lifetime - Math.min(60_000, lifetime / 5), 15_000));
}

function end(reason: SignedOutReason): void {
  clearTimeout(timer);
  accessToken = null;
  publish({ status: 'signed-out', reason });
}

function retryIn(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void refresh(), delay);
}

/** One refresh at a time across tabs: two refreshes with the same rotating cookie look like a stolen token. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  // navigator.locks exists in secure contexts only (https, localhost).
  const locks = (navigator as { locks?: LockManager }).locks;
  return locks ? locks.request('ikiraro.refresh', task) : task();
}

/** Renews the session from the refresh cookie; false when there is none (any more). Concurrent calls share one. */
function refresh(): Promise<boolean> {
  refreshing ??= exclusive(() => send<SessionGrant>('POST', '/auth/refresh'))
    .then(
      (grant) => {
        establish(grant);
        return true;
      },
      (error: unknown) => {
        if (error instanceof ApiProblem && error.status === 401)
          end(state.status === 'signed-in' ? 'expired' : 'no-session');
        // Unreachable or failing gateway: keep a live session and try again soon; on start there is none to keep.
        else if (state.status === 'signed-in') retryIn(30_000);
        else end('no-session');
        return false;
      },
    )
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

tabs?.addEventListener('message', (event: MessageEvent) => {
  if (event.data === 'signed-out' && state.status === 'signed-in') end('expired');
  if (event.data === 'signed-in' && state.status !== 'signed-in' && listeners.size > 0) void refresh();
});

export const session = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (state.status === 'unknown') void refresh();
    return () => {
      listeners.delete(listener);
    };
  },
  snapshot: (): SessionState => state,
  token: (): string | null => accessToken,
  refresh,

  async signIn(email: string, password: string): Promise<void> {
    establish(await send<SessionGrant>('POST', '/auth/login', { body: { email, password } }));
    tabs?.postMessage('signed-in');
  },

  async signOut(): Promise<void> {
    try {
      await send('POST', '/auth/logout');
    } finally {
      // Even if the gateway could not be told: this tab forgets the token, the others follow.
      end('signed-out');
      tabs?.postMessage('signed-out');
    }
  },

  /** Keeps the signed-in user current when an administrator edits their own account. */
  noteUser(user: User): void {
    if (state.status === 'signed-in' && state.user.id === user.id) publish({ status: 'signed-in', user });
  },
};
