import type { components } from '../api/generated/openapi.ts';

/* Awards, mentors and investors as the funding service answers them, typed from the API's document. */
type Schemas = components['schemas'];

export type AwardMilestone = Schemas['AwardMilestoneView'];
export type MilestoneStatus = AwardMilestone['status'];
export type Payment = Schemas['LedgerPaymentView'];
export type Award = Schemas['AwardView'];
export type AwardSummary = Schemas['AwardSummaryView'];
export type MentorCandidate = Schemas['MentorSuggestionView'];

export type StaffInvestor = Schemas['StaffInvestorView'];
export type Dashboard = Schemas['CallDashboardView'];

export type ReviewerAccount = Schemas['ReviewerDto'];
