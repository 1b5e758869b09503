import type { RouteObject } from 'react-router';
import { CertificatePage } from './certificate.page.tsx';
import { CheckInPage } from './check-in.page.tsx';
import { TraineePage } from './trainee.page.tsx';

/**
 * The trainees' public pages, for the public block of app.routes.tsx. Their paths are printed (the trainees' QR
 * codes, the rotating check-in QR, the certificates' QR) and must stay.
 */
export const traineeRoutes: RouteObject[] = [
  { path: 'check-in', element: <CheckInPage /> },
  { path: 'trainee', element: <TraineePage /> },
  { path: 'certificate', element: <CertificatePage /> },
];
