import './i18n/i18n.ts';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { session } from './api/session.ts';
import { router } from './app.routes.tsx';

// A reload forgets the access token (it lives in memory only); the refresh cookie brings the session back.
void session.refresh();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
