import { createBrowserRouter } from 'react-router';
import { AcceptInvitationPage } from './auth/accept-invitation.page.tsx';
import { access } from './auth/access.ts';
import { ForgotPasswordPage } from './auth/forgot-password.page.tsx';
import { RequireAccess, RequireSession } from './auth/guards.tsx';
import { ResetPasswordPage } from './auth/reset-password.page.tsx';
import { SignInPage } from './auth/sign-in.page.tsx';
import { DashboardPage } from './dashboard/dashboard.page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found.page.tsx';
import { EditUserPage } from './users/edit-user.page.tsx';
import { InviteUserPage } from './users/invite-user.page.tsx';
import { UsersPage } from './users/users.page.tsx';

/** Every page of the portal. The links in e-mails (accept-invitation, reset-password) must keep their paths. */
export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'accept-invitation', element: <AcceptInvitationPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <DashboardPage /> },
          {
            path: 'users',
            element: (
              <RequireAccess rule={access.users}>
                <UsersPage />
              </RequireAccess>
            ),
          },
          {
            path: 'users/invite',
            element: (
              <RequireAccess rule={access.inviteUser}>
                <InviteUserPage />
              </RequireAccess>
            ),
          },
          {
            path: 'users/:id',
            element: (
              <RequireAccess rule={access.editUser}>
                <EditUserPage />
              </RequireAccess>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
