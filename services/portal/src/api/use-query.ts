import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';

interface QueryState<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

/** GETs `path` when the component mounts (and on reload); older data stays on screen while reloading. */
export function useQuery<T>(path: string) {
  const [state, setState] = useState<QueryState<T>>({ loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ data: previous.data, loading: true }));
    void api.get<T>(path, controller.signal).then(
      (data) => setState({ data, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((previous) => ({ data: previous.data, error, loading: false }));
      },
    );
    return () => controller.abort();
  }, [path, version]);

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
