import type { ReactNode } from 'react';
import type { Rule } from '@ikiraro/auth/policy';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AcceptInvitationPage } from './auth/accept-invitation.page.tsx';
import { access } from './auth/access.ts';
import { ForgotPasswordPage } from './auth/forgot-password.page.tsx';
import { RequireAccess, RequireSession } from './auth/guards.tsx';
import { ResetPasswordPage } from './auth/reset-password.page.tsx';
import { SignInPage } from './auth/sign-in.page.tsx';
import { CampaignPage } from './campaigns/campaign.page.tsx';
import { CampaignsPage } from './campaigns/campaigns.page.tsx';
import { EditCampaignPage } from './campaigns/edit-campaign.page.tsx';
import { NewCampaignPage } from './campaigns/new-campaign.page.tsx';
import { DashboardPage } from './dashboard/dashboard.page.tsx';
import { ImportPage } from './imports/import.page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found.page.tsx';
import { MessagePage } from './notifications/message.page.tsx';
import { MessagesPage } from './notifications/messages.page.tsx';
import { NewWebhookPage } from './notifications/new-webhook.page.tsx';
import { WebhookPage } from './notifications/webhook.page.tsx';
import { WebhooksPage } from './notifications/webhooks.page.tsx';
import { JoinPage } from './public/join.page.tsx';
import { ErasureCertificatePage } from './public/erasure-certificate.page.tsx';
import { MyProfilePage } from './public/my-profile.page.tsx';
import { OfferPage } from './public/offer.page.tsx';
import { PreferencesPage } from './public/preferences.page.tsx';
import { PublicLayout } from './public/public-layout.tsx';
import { VerifyPage } from './public/verify.page.tsx';
import { PlacementPage } from './placements/placement.page.tsx';
import { placementAccess } from './placements/placements.api.ts';
import { PlacementsPage } from './placements/placements.page.tsx';
import { MemberErasurePage } from './registrants/member-erasure.page.tsx';
import { RegistrantPage } from './registrants/registrant.page.tsx';
import { RegistrantsPage } from './registrants/registrants.page.tsx';
import { EditUserPage } from './users/edit-user.page.tsx';
import { InviteUserPage } from './users/invite-user.page.tsx';
import { UsersPage } from './users/users.page.tsx';
import { ApplicationPage } from './selection/application.page.tsx';
import { BalancePage } from './selection/balance.page.tsx';
import { EditTorPage } from './selection/edit-tor.page.tsx';
import { NewTorPage } from './selection/new-tor.page.tsx';
import { ReportPage } from './selection/report.page.tsx';
import { TorPage } from './selection/tor.page.tsx';
import { TorsPage } from './selection/tors.page.tsx';
import { traineeRoutes } from './public/training/trainee.routes.tsx';
import { investorRoutes, pitchRoutes } from './public/pitch/pitch.routes.tsx';
import { fundingRoutes } from './funding/funding.routes.tsx';
import { assessmentRoutes } from './assessment/assessment.routes.tsx';
import { cascadeRoutes } from './cascade/cascade.routes.tsx';
import { certificateRoutes } from './certificates/certificates.routes.tsx';
import { logframeRoutes } from './logframe/logframe.routes.tsx';
import { AttendancePage } from './training/attendance.page.tsx';
import { CodesPage } from './training/codes.page.tsx';
import { RequireAccessUnlessOffline, RequireSessionUnlessOffline } from './training/offline-session.tsx';
import { TotPage } from './training/tot.page.tsx';
import { trainingAccess } from './training/training.api.ts';
import { TotsPage } from './training/tots.page.tsx';
import { RouteErrorPage } from './ui/error-page.tsx';

/** A staff page behind its policy rule. */
const guarded = (path: string, rule: Rule | undefined, element: ReactNode) => ({
  path,
  element: <RequireAccess rule={rule}>{element}</RequireAccess>,
});

/**
 * Every page of the portal. The links in e-mails (accept-invitation, reset-password, verify, my-profile, preferences, offer), in
 * campaigns (join), in outreach's withdrawal answer (erasure-certificate) and on training's printed QR codes (check-in,
 * trainee, certificate) must keep their paths.
 */
export const routes: RouteObject[] = [
  {
    // The public pages: no account, no staff header.
    element: <PublicLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'join/:slug', element: <JoinPage /> },
      { path: 'verify', element: <VerifyPage /> },
      { path: 'my-profile', element: <MyProfilePage /> },
      { path: 'erasure-certificate', element: <ErasureCertificatePage /> },
      { path: 'preferences', element: <PreferencesPage /> },
      { path: 'offer', element: <OfferPage /> },
      ...traineeRoutes,
      ...pitchRoutes,
    ],
  },
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage home="/" />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'accept-invitation', element: <AcceptInvitationPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        element: <RequireSession />,
        children: [
          { index: true, element: <DashboardPage /> },
          guarded('campaigns', access.campaigns, <CampaignsPage />),
          guarded('campaigns/new', access.createCampaign, <NewCampaignPage />),
          guarded('campaigns/:id', access.campaign, <CampaignPage />),
          guarded('campaigns/:id/edit', access.editCampaign, <EditCampaignPage />),
          guarded('registrants', access.registrants, <RegistrantsPage />),
          guarded('registrants/:id', access.registrant, <RegistrantPage />),
          guarded('registrants/:id/erasure', access.memberErasure, <MemberErasurePage />),
          guarded('import', access.importDryRun, <ImportPage />),
          guarded('tors', access.tors, <TorsPage />),
          guarded('tors/new', access.createTor, <NewTorPage />),
          guarded('tors/:id', access.tor, <TorPage />),
          guarded('tors/:id/edit', access.editTor, <EditTorPage />),
          guarded('tors/:id/report', access.torReport, <ReportPage />),
          guarded('applications/:id', access.application, <ApplicationPage />),
          guarded('balance', access.balance, <BalancePage />),
          guarded('placements', placementAccess.board, <PlacementsPage />),
          guarded('placements/:id', placementAccess.placement, <PlacementPage />),
          guarded('tots', trainingAccess.tots, <TotsPage />),
          guarded('tots/:id', trainingAccess.tot, <TotPage />),
          guarded('tots/:id/codes', trainingAccess.trainees, <CodesPage />),
          ...assessmentRoutes,
          ...certificateRoutes,
          ...cascadeRoutes,
          ...fundingRoutes,
          ...investorRoutes,
          ...logframeRoutes,
          guarded('messages', access.messages, <MessagesPage />),
          guarded('messages/:id', access.message, <MessagePage />),
          guarded('webhooks', access.webhooks, <WebhooksPage />),
          guarded('webhooks/new', access.createWebhook, <NewWebhookPage />),
          guarded('webhooks/:id', access.webhook, <WebhookPage />),
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
      {
        // The attendance screen also opens without a connection (public/sw.js), when no session can come back.
        element: <RequireSessionUnlessOffline />,
        children: [
          {
            path: 'tots/:id/sessions/:sessionId/attendance',
            element: (
              <RequireAccessUnlessOffline rule={trainingAccess.register}>
                <AttendancePage />
              </RequireAccessUnlessOffline>
            ),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
