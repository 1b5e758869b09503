import type { RouteObject } from 'react-router';
import { RequireAccess } from '../../auth/guards.tsx';
import { InvestPage } from './invest.page.tsx';
import { investorAccess } from './pitch.api.ts';
import { InvestVerifyPage } from './invest-verify.page.tsx';
import { InvestorProfilePage } from './investor-profile.page.tsx';
import { InvestorProposalPage } from './investor-proposal.page.tsx';
import { MatchesPage } from './matches.page.tsx';
import { PitchPage } from './pitch.page.tsx';
import { TeamAwardPage } from './team-award.page.tsx';

/**
 * The public pages of funding, for the public block of app.routes.tsx. Their paths are in e-mails (notifications'
 * funding templates: `/pitch?token=`, `/invest/verify?token=`) and must stay.
 */
export const pitchRoutes: RouteObject[] = [
  { path: 'pitch', element: <PitchPage /> },
  { path: 'pitch/award', element: <TeamAwardPage /> },
  { path: 'invest', element: <InvestPage /> },
  { path: 'invest/verify', element: <InvestVerifyPage /> },
];

/** An investor's pages once signed in (role `investor`), for the signed-in block of app.routes.tsx. */
export const investorRoutes: RouteObject[] = [
  {
    path: 'investor/matches',
    element: (
      <RequireAccess rule={investorAccess.matches}>
        <MatchesPage />
      </RequireAccess>
    ),
  },
  {
    path: 'investor/proposals/:id',
    element: (
      <RequireAccess rule={investorAccess.proposal}>
        <InvestorProposalPage />
      </RequireAccess>
    ),
  },
  {
    path: 'investor/profile',
    element: (
      <RequireAccess rule={investorAccess.profile}>
        <InvestorProfilePage />
      </RequireAccess>
    ),
  },
];
