import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/guards.tsx';
import { cascadeAccess } from './cascade.api.ts';
import { CascadePage } from './cascade.page.tsx';
import { TotCascadePage } from './tot-cascade.page.tsx';

/** The cascade's staff pages, for the signed-in block of app.routes.tsx. */
export const cascadeRoutes: RouteObject[] = [
  {
    path: 'cascade',
    element: (
      <RequireAccess rule={cascadeAccess.overview}>
        <CascadePage />
      </RequireAccess>
    ),
  },
  {
    path: 'tots/:id/cascade',
    element: (
      <RequireAccess rule={cascadeAccess.ofTot}>
        <TotCascadePage />
      </RequireAccess>
    ),
  },
];
