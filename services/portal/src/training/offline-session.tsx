import { type ReactNode, useEffect, useState, useSyncExternalStore } from 'react';
import type { Rule } from '@ikiraro/auth/policy';
import { Outlet } from 'react-router';
import { session } from '../api/session.ts';
import { RequireAccess, RequireSession } from '../auth/guards.tsx';
import { useSession } from '../auth/use-session.ts';

const onOnlineChange = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/** Whether the browser says it has a connection, kept current. */
export const useOnline = () => useSyncExternalStore(onOnlineChange, () => navigator.onLine);

/**
 * Whether this page was opened without a connection and without a session: the session cannot come back then
 * (its refresh needs the server), yet the attendance screen must still show its register (the service worker's
 * copy) and take marks. Once online, the session is asked back once; until it answers, the page stays.
 */
function useOfflineWithoutSession(): boolean {
  const state = useSession();
  const online = useOnline();
  const [openedOffline] = useState(() => !navigator.onLine);
  const [asked, setAsked] = useState<'no' | 'asking' | 'answered'>('no');
  const noSession = state.status === 'signed-out' && state.reason === 'no-session';
  useEffect(() => {
    if (!openedOffline || !online || !noSession || asked !== 'no') return;
    setAsked('asking');
    void session.refresh().finally(() => setAsked('answered'));
  }, [openedOffline, online, noSession, asked]);
  return openedOffline && noSession && (!online || asked !== 'answered');
}

/** RequireSession, except for a page opened offline without a session (see above). */
export function RequireSessionUnlessOffline() {
  const offline = useOfflineWithoutSession();
  return offline ? <Outlet /> : <RequireSession />;
}

/** RequireAccess, except offline without a session: the roles are unknown then, the server decides once online. */
export function RequireAccessUnlessOffline({
  rule,
  children,
}: {
  rule: Rule | undefined;
  children: ReactNode;
}) {
  const state = useSession();
  if (state.status !== 'signed-in') return children;
  return <RequireAccess rule={rule}>{children}</RequireAccess>;
}
