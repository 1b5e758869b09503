import { ruleOf } from '@ikiraro/auth/policy';
import { api } from '../api/client.ts';

import type {
  Allocation,
  AllocationApproval,
  Call,
  CallDraft,
  CommitteeMember,
  CriterionScore,
  OwnScore,
  ScreeningOutcome,
} from './funding.types.ts';

/* The funding service's staff routes: their rules, their paths, their calls. */
export * from './funding.types.ts';
export * from './awards.types.ts';

/** The policy rules of the funding screens and their actions (libs/auth's matrix, block `funding`). */
export const fundingAccess = {
  calls: ruleOf('funding', 'GET /calls'),
  createCall: ruleOf('funding', 'POST /calls'),
  call: ruleOf('funding', 'GET /calls/:id'),
  open: ruleOf('funding', 'POST /calls/:id/open'),
  close: ruleOf('funding', 'POST /calls/:id/close'),
  committee: ruleOf('funding', 'PUT /calls/:id/committee'),
  invitations: ruleOf('funding', 'GET /calls/:id/invitations'),
  dashboard: ruleOf('funding', 'GET /calls/:id/dashboard'),
  proposals: ruleOf('funding', 'GET /calls/:id/proposals'),
  proposal: ruleOf('funding', 'GET /proposals/:id'),
  qualify: ruleOf('funding', 'POST /proposals/:id/qualification'),
  conflict: ruleOf('funding', 'POST /proposals/:id/conflict'),
  score: ruleOf('funding', 'PUT /proposals/:id/score'),
  review: ruleOf('funding', 'GET /calls/:id/review'),
  shortlist: ruleOf('funding', 'POST /calls/:id/shortlist'),
  allocation: ruleOf('funding', 'GET /calls/:id/allocation'),
  approve: ruleOf('funding', 'POST /calls/:id/allocation/approve'),
  awards: ruleOf('funding', 'GET /awards'),
  award: ruleOf('funding', 'GET /awards/:id'),
  approveMilestone: ruleOf('funding', 'POST /awards/:id/milestones/:milestoneId/approve'),
  returnMilestone: ruleOf('funding', 'POST /awards/:id/milestones/:milestoneId/return'),
  pay: ruleOf('funding', 'POST /awards/:id/milestones/:milestoneId/payment'),
  mentors: ruleOf('funding', 'GET /awards/:id/mentors'),
  pair: ruleOf('funding', 'POST /awards/:id/mentor'),
  investors: ruleOf('funding', 'GET /investors'),
};

const id = encodeURIComponent;
const callAt = (callId: string) => `/calls/${id(callId)}`;
const milestoneAt = (awardId: string, milestoneId: string) =>
  `/awards/${id(awardId)}/milestones/${id(milestoneId)}`;

export const fundingApi = {
  calls: '/calls',
  call: callAt,
  invitations: (callId: string) => `${callAt(callId)}/invitations`,
  proposals: (callId: string) => `${callAt(callId)}/proposals`,
  review: (callId: string) => `${callAt(callId)}/review`,
  allocation: (callId: string) => `${callAt(callId)}/allocation`,
  dashboard: (callId: string) => `${callAt(callId)}/dashboard`,
  proposal: (proposalId: string) => `/proposals/${id(proposalId)}`,
  awards: '/awards',
  award: (awardId: string) => `/awards/${id(awardId)}`,
  mentors: (awardId: string) => `/awards/${id(awardId)}/mentors`,
  investors: '/investors',
  reviewers: '/reviewers',

  create: (draft: CallDraft) => api.post<Call>('/calls', draft),
  open: (callId: string) => api.post<Call>(`${callAt(callId)}/open`),
  close: (callId: string) => api.post<Call>(`${callAt(callId)}/close`),
  setCommittee: (callId: string, members: CommitteeMember[]) =>
    api.put<Call>(`${callAt(callId)}/committee`, { members }),
  attachment: (proposalId: string, attachmentId: string) =>
    api.download(`/proposals/${id(proposalId)}/attachments/${id(attachmentId)}`),
  qualify: (proposalId: string, body: { qualified?: boolean; reasons?: string[] }) =>
    api.post<ScreeningOutcome>(`/proposals/${id(proposalId)}/qualification`, body),
  conflict: (proposalId: string, reason: string) =>
    api.post(`/proposals/${id(proposalId)}/conflict`, { reason }),
  score: (proposalId: string, scores: CriterionScore[], comment: string) =>
    api.put<OwnScore>(`/proposals/${id(proposalId)}/score`, comment ? { scores, comment } : { scores }),
  shortlist: (callId: string, size?: number) => api.post(`${callAt(callId)}/shortlist`, size ? { size } : {}),
  approve: (callId: string, approval: AllocationApproval) =>
    api.post<Allocation>(`${callAt(callId)}/allocation/approve`, approval),
  evidence: (awardId: string, milestoneId: string, evidenceId: string) =>
    api.download(`${milestoneAt(awardId, milestoneId)}/evidence?evidenceId=${id(evidenceId)}`),
  approveMilestone: (awardId: string, milestoneId: string) =>
    api.post(`${milestoneAt(awardId, milestoneId)}/approve`),
  returnMilestone: (awardId: string, milestoneId: string, reason: string) =>
    api.post(`${milestoneAt(awardId, milestoneId)}/return`, { reason }),
  pay: (awardId: string, milestoneId: string, payment: { date: string; amount: number; reference: string }) =>
    api.post(`${milestoneAt(awardId, milestoneId)}/payment`, payment),
  pair: (awardId: string, memberId: string, reason?: string) =>
    api.post(`/awards/${id(awardId)}/mentor`, reason ? { memberId, reason } : { memberId }),
};

/** The portal's funding pages. */
export const fundingPaths = {
  calls: '/funding/calls',
  call: (callId: string) => `/funding/calls/${id(callId)}`,
  review: (callId: string) => `/funding/calls/${id(callId)}/review`,
  allocation: (callId: string) => `/funding/calls/${id(callId)}/allocation`,
  dashboard: (callId: string) => `/funding/calls/${id(callId)}/dashboard`,
  proposal: (proposalId: string) => `/funding/proposals/${id(proposalId)}`,
  awards: '/funding/awards',
  award: (awardId: string) => `/funding/awards/${id(awardId)}`,
  investors: '/funding/investors',
};
