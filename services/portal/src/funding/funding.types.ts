import type { components } from '../api/generated/openapi.ts';

/* The funding service's staff answers and bodies, typed from the API's document. */
type Schemas = components['schemas'];

export type Money = Schemas['MoneyView'];
export type RubricCriterion = Schemas['RubricCriterionView'];
export type Eligibility = Schemas['EligibilityView'];
export type CommitteeMember = Schemas['CommitteeMemberView'];

export type CallSummary = Schemas['CallSummaryView'];
export type Call = Schemas['CallView'];
export type CallList = Schemas['CallListView'];
export type CallStatus = Call['status'];
export type AllocationRule = Call['allocationRule'];
export const allocationRules = ['skip', 'stop'] as const satisfies readonly AllocationRule[];

/**
 * The body of POST /calls (CallDraftDto): what is left out takes the programme's defaults. The form
 * sends the programme's codes as strings, where the document narrows the currency and eligibility to enums.
 */
export type CallDraft = Omit<Schemas['CallDraftDto'], 'fund' | 'eligibility'> & {
  fund: Money;
  eligibility?: Eligibility;
};

export type Invitee = Schemas['InviteeView'];
export type InvitationList = Schemas['InvitationListView'];

export type Proposal = Schemas['ProposalView'];
export type ProposalSummary = Schemas['ProposalSummaryView'];
export type ProposalStatus = Proposal['status'];
export type BudgetLine = Schemas['BudgetLineView'];
export type Milestone = Schemas['MilestoneView'];
export type Attachment = Schemas['ProposalAttachmentView'];

export type CriterionScore = Schemas['CriterionScoreView'];
export type OwnScore = Schemas['OwnScoreView'];
export type MemberScore = Schemas['MemberScoreView'];
export type ReviewItem = Schemas['ReviewItemView'];
export type Review = Schemas['ReviewBoardView'];
export type ScreeningOutcome = Schemas['ScreeningOutcomeView'];

export type AllocationLine = Schemas['AllocationLineView'];
export type AllocationDecision = AllocationLine['decision'];
export type Allocation = Schemas['AllocationView'];
export type AllocationApproval = Schemas['ApprovalDto'];
