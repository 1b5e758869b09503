import { keepPreviousData, useQuery as useCachedQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { api } from './client.ts';
import { queryKeyOf } from './query-client.ts';

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
 * GETs `path` through the tab's cache (TanStack Query): a page opened again shows what it had at once and
 * refreshes it; changes made through the API invalidate it (api/query-client.ts). Older data stays on screen
 * while reloading, and while a new `path` (another page of a list) loads.
 */
export function useQuery<T>(path: string, options: QueryOptions<T> = {}) {
  const client = useQueryClient();
  const queryKey = queryKeyOf(path);
  // Callers pass fresh functions on every render: the latest is used, without fetching again because of it.
  const latest = useRef(options);
  latest.current = options;
  const query = useCachedQuery<T>({
    queryKey,
    queryFn: ({ signal }) => (latest.current.load ?? ((at, s) => api.get<T>(at, s)))(path, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      latest.current.refetchInterval?.(current.state.data, current.state.error ?? undefined) ?? false,
    refetchIntervalInBackground: true,
  });
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const key = JSON.stringify(queryKey);
  /** Applies a change the server has confirmed, without fetching again. */
  const update = useCallback(
    (change: (data: T) => T) =>
      client.setQueryData<T>(JSON.parse(key) as string[], (data) =>
        data === undefined ? data : change(data),
      ),
    [client, key],
  );
  return {
    data: query.data,
    // A failed load shows its problem until it is tried again.
    error: query.isFetching ? undefined : (query.error ?? undefined),
    loading: query.isFetching,
    reload,
    update,
  };
}
