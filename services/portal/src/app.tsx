import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { type DataRouter, RouterProvider } from 'react-router';

/**
 * One cache for the whole tab. A failed call is not retried by the cache: a problem (403, 404, a validation
 * error) will not change by asking again, and a network failure shows its own "try again".
 */
export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

/** The portal with its providers: the router's pages, over one data cache. */
export function App({ router, client }: { router: DataRouter; client: QueryClient }) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  );
}
