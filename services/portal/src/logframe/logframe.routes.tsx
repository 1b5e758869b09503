import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/guards.tsx';
import { logframeAccess } from './logframe.api.ts';
import { LogframePage } from './logframe.page.tsx';
import { SourcesPage } from './sources.page.tsx';

/** The results framework and the events behind a figure, for the signed-in block of app.routes.tsx. */
export const logframeRoutes: RouteObject[] = [
  {
    path: 'logframe',
    element: (
      <RequireAccess rule={logframeAccess.read}>
        <LogframePage />
      </RequireAccess>
    ),
  },
  {
    path: 'logframe/:code',
    element: (
      <RequireAccess rule={logframeAccess.sources}>
        <SourcesPage />
      </RequireAccess>
    ),
  },
];
