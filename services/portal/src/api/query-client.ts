import { QueryClient } from '@tanstack/react-query';
import { afterChange } from './http.ts';

/**
 * The tab's one data cache. A failed call is not retried by the cache: a problem (403, 404, a refused value) will
 * not change by asking again, and every failed load offers its own "try again".
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});

/**
 * `/campaigns/42/funnel?channel=email` → `['campaigns', '42', 'funnel', 'channel=email']`: a change under a path
 * can invalidate everything below it.
 */
export function queryKeyOf(path: string): string[] {
  const [route = '', search] = path.split('?');
  return [...route.split('/').filter(Boolean), ...(search ? [search] : [])];
}

/**
 * What a change under `path` may have changed: the resource it names (`/campaigns/42/launch` → `campaigns`), or
 * for the public and member routes, which share a first segment, the one below it (`public/self-service`).
 */
export function changedBy(path: string): string[] {
  const key = queryKeyOf(path);
  return key.slice(0, key[0] === 'public' || key[0] === 'member' ? 2 : 1);
}

// After a change (a campaign launched, a decision taken, an application sent), what shows that resource is
// fetched again if it is on screen and marked stale otherwise: no screen reloads by hand after its own changes.
// Other screens fetch again when they open (nothing is fresh for long: staff act on each other's changes).
afterChange((path) => void queryClient.invalidateQueries({ queryKey: changedBy(path) }));
