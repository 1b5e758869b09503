import type { ReactNode } from 'react';
import type { Rule } from '@ikiraro/auth/policy';
import type { RouteObject } from 'react-router';
import { RequireAccess } from '../auth/guards.tsx';
import { AllocationPage } from './allocation.page.tsx';
import { AwardPage } from './award.page.tsx';
import { AwardsPage } from './awards.page.tsx';
import { CallPage } from './call.page.tsx';
import { CallsPage } from './calls.page.tsx';
import { DashboardPage } from './dashboard.page.tsx';
import { fundingAccess } from './funding.api.ts';
import { InvestorsPage } from './investors.page.tsx';
import { ProposalPage } from './proposal.page.tsx';
import { ReviewPage } from './review.page.tsx';

const guarded = (path: string, rule: Rule | undefined, element: ReactNode): RouteObject => ({
  path,
  element: <RequireAccess rule={rule}>{element}</RequireAccess>,
});

/** The funding staff pages (calls, review, allocation, awards, investors), for the signed-in block of app.routes.tsx. */
export const fundingRoutes: RouteObject[] = [
  guarded('funding/calls', fundingAccess.calls, <CallsPage />),
  guarded('funding/calls/:id', fundingAccess.call, <CallPage />),
  guarded('funding/calls/:id/review', fundingAccess.review, <ReviewPage />),
  guarded('funding/calls/:id/allocation', fundingAccess.allocation, <AllocationPage />),
  guarded('funding/calls/:id/dashboard', fundingAccess.dashboard, <DashboardPage />),
  guarded('funding/proposals/:id', fundingAccess.proposal, <ProposalPage />),
  guarded('funding/awards', fundingAccess.awards, <AwardsPage />),
  guarded('funding/awards/:id', fundingAccess.award, <AwardPage />),
  guarded('funding/investors', fundingAccess.investors, <InvestorsPage />),
];
