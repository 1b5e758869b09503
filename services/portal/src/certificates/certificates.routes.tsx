import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/guards.tsx';
import { certificateAccess } from './certificates.api.ts';
import { CertificatesPage } from './certificates.page.tsx';

/** The certificates' staff page (`?totId=` for one ToT's), for the signed-in block of app.routes.tsx. */
export const certificateRoutes: RouteObject[] = [
  {
    path: 'certificates',
    element: (
      <RequireAccess rule={certificateAccess.list}>
        <CertificatesPage />
      </RequireAccess>
    ),
  },
];
