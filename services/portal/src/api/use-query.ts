import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './client.ts';

interface QueryState<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

export interface QueryOptions<T> {
  /** How to GET `path`; by default on the signed-in user's behalf. Public pages pass a call without a session. */
  load?: (path: string, signal: AbortSignal) => Promise<T>;
  /**
   * Fetch again this many milliseconds after each answer (or failure), while it returns a number: e.g. until a
   * certificate is complete. `false` stops.
   */
  refetchInterval?: (data: T | undefined, error: unknown) => number | false;
}

/**
 * GETs `path` when the component mounts (and on reload, and on each poll); older data stays on screen while
 * reloading.
 */
export function useQuery<T>(path: string, options: QueryOptions<T> = {}) {
  const [state, setState] = useState<QueryState<T>>({ loading: true });
  const [version, setVersion] = useState(0);
  // Callers pass fresh functions on every render: the latest is used without fetching again because of it.
  const latest = useRef(options);
  latest.current = options;

  useEffect(() => {
    const controller = new AbortController();
    const load = latest.current.load ?? ((at: string, signal: AbortSignal) => api.get<T>(at, signal));
    setState((previous) => ({ data: previous.data, loading: true }));
    void load(path, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ data: previous.data, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [path, version]);

  const interval = state.loading ? false : (options.refetchInterval?.(state.data, state.error) ?? false);
  useEffect(() => {
    if (interval === false) return;
    const timer = setTimeout(() => setVersion((v) => v + 1), interval);
    return () => clearTimeout(timer);
  }, [state, interval]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** Applies a change the server has confirmed, without fetching again. */
  const update = useCallback(
    (change: (data: T) => T) =>
      setState((previous) =>
        previous.data === undefined ? previous : { ...previous, data: change(previous.data) },
      ),
    [],
  );
  return { ...state, reload, update };
}
