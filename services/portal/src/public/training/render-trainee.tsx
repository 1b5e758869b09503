import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { queryClient } from '../../api/query-client.ts';
import { App } from '../../app.tsx';
import { RouteErrorPage } from '../../ui/error-page.tsx';
import { PublicLayout } from '../public-layout.tsx';
import { traineeRoutes } from './trainee.routes.tsx';

/**
 * The portal's providers and public layout around the trainees' pages, opened at `path`: the routes app.routes.tsx
 * takes into its public block (testing/render-at.tsx's `renderAt` opens them there once it does).
 */
export function renderTraineePage(path: string) {
  const router = createMemoryRouter(
    [{ element: <PublicLayout />, errorElement: <RouteErrorPage />, children: traineeRoutes }],
    { initialEntries: [path] },
  );
  return { router, ...render(<App router={router} client={queryClient} />) };
}
