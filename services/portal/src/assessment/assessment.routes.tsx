import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/guards.tsx';
import { assessmentAccess } from './assessment.api.ts';
import { AssessmentPage } from './assessment.page.tsx';

/** The assessment's staff page, for the signed-in block of app.routes.tsx (beside `tots/:id`). */
export const assessmentRoutes: RouteObject[] = [
  {
    path: 'tots/:id/assessment',
    element: (
      <RequireAccess rule={assessmentAccess.read}>
        <AssessmentPage />
      </RequireAccess>
    ),
  },
];
