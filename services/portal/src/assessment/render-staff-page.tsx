import { render } from '@testing-library/react';
import { createMemoryRouter, type RouteObject } from 'react-router';
import { queryClient } from '../api/query-client.ts';
import { App } from '../app.tsx';
import { RequireSession } from '../auth/guards.tsx';
import { AppLayout } from '../layout/app-layout.tsx';
import { RouteErrorPage } from '../ui/error-page.tsx';

/**
 * The portal's providers, staff layout and session guard around `routes`, opened at `path`: the routes that
 * app.routes.tsx takes into its signed-in block (testing/render-at.tsx's `renderAt` opens them there once it does).
 */
export function renderStaffPage(routes: RouteObject[], path: string) {
  const router = createMemoryRouter(
    [
      {
        element: <AppLayout />,
        errorElement: <RouteErrorPage home="/" />,
        children: [{ element: <RequireSession />, children: routes }],
      },
    ],
    { initialEntries: [path] },
  );
  return { router, ...render(<App router={router} client={queryClient} />) };
}
