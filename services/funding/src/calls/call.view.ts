import type { Versioned } from '@ikiraro/messaging';
import type { Call } from './call.ts';
import type {
  CallSummaryView,
  CallView,
  InvitationListView,
  PublicInvitationView,
  TeamMateView,
} from './call-view.dto.ts';
import type { Invitation } from './invitation.ts';

export const summaryOf = (id: string, call: Call): CallSummaryView => ({
  id,
  title: call.title,
  status: call.status,
  deadline: call.deadline,
  fund: call.fund,
  ceiling: call.ceiling,
  awards: call.awards,
  tots: call.totIds.length,
});

export const viewOf = ({ id, state: call }: Versioned<Call>): CallView => ({
  ...summaryOf(id, call),
  description: call.description,
  rounds: call.rounds,
  eligibility: call.eligibility,
  rubric: call.rubric,
  allocationRule: call.allocationRule,
  committee: call.committee,
  totIds: call.totIds,
  openedAt: call.openedAt ?? null,
  closedAt: call.closedAt ?? null,
});

/** The invitations of a call grouped by ToT, in the order given. */
export function invitationsOf(
  callId: string,
  invitations: (Invitation & { _id: string })[],
): InvitationListView {
  const tots = new Map<string, InvitationListView['tots'][number]>();
  for (const i of invitations) {
    const tot = tots.get(i.totId) ?? { totId: i.totId, iprc: i.iprc, people: [] };
    tot.people.push({
      invitationId: i._id,
      role: i.role,
      personId: i.personId,
      name: i.name,
      mailed: !!i.email,
    });
    tots.set(i.totId, tot);
  }
  return { callId, tots: [...tots.values()] };
}

export const mateOf = (i: Pick<Invitation, 'role' | 'name'>): TeamMateView => ({
  role: i.role,
  name: i.name,
});

export const publicViewOf = (
  { id, state: call }: Versioned<Call>,
  invitee: Invitation,
  team: Invitation[],
): PublicInvitationView => ({
  call: {
    id,
    title: call.title,
    description: call.description,
    status: call.status,
    deadline: call.deadline,
    ceiling: call.ceiling,
    currency: call.fund.currency,
    rubric: call.rubric,
    eligibility: call.eligibility,
  },
  invitee: mateOf(invitee),
  team: team.map(mateOf),
});
