import { Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { AggregateStore, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { CALL, type Call } from '../calls/call.ts';
import { PROPOSAL, type Proposal, proposalIdOf } from '../proposals/proposal.ts';
import { consensusOf, rank } from './review.rules.ts';
import {
  ALLOCATION,
  type Allocation,
  CONFLICT,
  type Conflict,
  memberRecordId,
  SCORE,
  SCREENING,
  type Score,
  type Screening,
} from './review.ts';

/** Roles that follow every call's review; a twg-member sees only the calls whose committee they sit on. */
const everyCall = ['admin', 'programme-manager', 'auditor'];
export const seesEveryCall = (caller: Caller) => caller.roles.some((r) => everyCall.includes(r));
export const sitsOn = (call: Call, caller: Caller) => call.committee.some((m) => m.accountId === caller.id);

/** A qualified proposal as the committee sees it: its scores (recused members' left out), their mean, its rank. */
export interface Tallied {
  proposalId: string;
  proposal: Proposal;
  scores: Score[];
  conflicts: Conflict[];
  mean: number | null;
  spread: number | null;
  disagreement: boolean;
  jobsExpected: number;
  submittedAt?: string;
  rank: number | null;
}

/**
 * The review's records and the call's other features' state it reads (never writes): the call and its
 * proposals, loaded by id from the store, so that every read is the latest version (projections lag).
 */
@Injectable()
export class ReviewRecords {
  readonly calls;
  readonly proposals;
  readonly screenings;
  readonly scores;
  readonly conflicts;
  readonly allocations;

  constructor(store: AggregateStore) {
    this.calls = store.of<Call>(CALL);
    this.proposals = store.of<Proposal>(PROPOSAL);
    this.screenings = store.of<Screening>(SCREENING);
    this.scores = store.of<Score>(SCORE);
    this.conflicts = store.of<Conflict>(CONFLICT);
    this.allocations = store.of<Allocation>(ALLOCATION);
  }

  /** The call, if the caller may follow it: a twg-member off its committee is told there is none. */
  async call(callId: string, caller: Caller): Promise<Call> {
    const call = await this.calls.load(callId);
    if (!call || !(seesEveryCall(caller) || sitsOn(call.state, caller)))
      throw new DomainError('funding.call.not_found', 'not_found', `No call ${callId}`);
    return call.state;
  }

  /** A submitted proposal and its call, if the caller may follow the call (a draft is not reviewed yet). */
  async proposal(id: string, caller: Caller): Promise<{ proposal: Versioned<Proposal>; call: Call }> {
    const notFound = () => new DomainError('funding.proposal.not_found', 'not_found', `No proposal ${id}`);
    const proposal = await this.proposals.load(id);
    if (!proposal) throw notFound();
    const call = await this.calls.load(proposal.state.callId);
    if (!call || !(seesEveryCall(caller) || sitsOn(call.state, caller))) throw notFound();
    if (proposal.state.status === 'draft')
      throw new DomainError('funding.review.not_submitted', 'conflict', 'The proposal is not submitted yet');
    return { proposal, call: call.state };
  }

  /** As `proposal`, for a member of the call's committee only: a manager off it may not act as one. */
  async asMember(id: string, caller: Caller) {
    const found = await this.proposal(id, caller);
    if (!sitsOn(found.call, caller))
      throw new DomainError(
        'funding.review.not_on_committee',
        'forbidden',
        "You are not on this call's committee",
      );
    return found;
  }

  async assertNotShortlisted(callId: string) {
    if (await this.allocations.load(callId))
      throw new DomainError('funding.review.shortlisted_already', 'conflict', "The call's shortlist is made");
  }

  /**
   * The call's submitted proposals, their screening, and the qualified ones tallied and ranked: each
   * committee member's score counts unless the member declared a conflict on that proposal.
   */
  async tally(callId: string, call: Call) {
    const ids = [...new Set(call.totIds.map((totId) => proposalIdOf(callId, totId)))];
    const [proposals, screenings] = await Promise.all([
      this.proposals.loadMany(ids),
      this.screenings.loadMany(ids),
    ]);
    const submitted = ids.filter((id) => proposals.has(id) && proposals.get(id)!.state.status !== 'draft');
    const qualified = submitted.filter((id) => screenings.get(id)?.state.qualified === true);
    const recordIds = qualified.flatMap((id) => call.committee.map((m) => memberRecordId(id, m.accountId)));
    const [scores, conflicts] = await Promise.all([
      this.scores.loadMany(recordIds),
      this.conflicts.loadMany(recordIds),
    ]);
    const tallied = qualified.map((proposalId) => {
      const proposal = proposals.get(proposalId)!.state;
      const of = <S>(records: Map<string, Versioned<S>>) =>
        call.committee.flatMap((m) => records.get(memberRecordId(proposalId, m.accountId))?.state ?? []);
      const recused = of(conflicts);
      const counted = of(scores).filter((s) => !recused.some((c) => c.memberId === s.memberId));
      return {
        proposalId,
        proposal,
        scores: counted,
        conflicts: recused,
        ...consensusOf(counted.map((s) => s.total)),
        jobsExpected: proposal.jobsExpected,
        ...(proposal.submittedAt ? { submittedAt: proposal.submittedAt } : {}),
      };
    });
    const ranks = new Map(rank(tallied).map((t) => [t.proposalId, t.rank]));
    const items: Tallied[] = tallied.map((t) => ({ ...t, rank: ranks.get(t.proposalId) ?? null }));
    return {
      items: items.toSorted(
        (a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.proposal.title.localeCompare(b.proposal.title),
      ),
      unscreened: submitted.filter((id) => !screenings.has(id)).map((id) => proposals.get(id)!),
      disqualified: submitted.filter((id) => screenings.get(id)?.state.qualified === false).length,
    };
  }
}
