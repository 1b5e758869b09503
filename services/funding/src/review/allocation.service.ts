import { Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { ProposalAwarded, ProposalShortlisted } from '@ikiraro/contracts';
import { AggregateConflictError, type Decision, event, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { type Proposal, requestedOf } from '../proposals/proposal.ts';
import { approvalOf } from './allocation.rules.ts';
import { allocationOf } from './allocation.view.ts';
import type { ApprovalDto, ShortlistDto } from './review.dto.ts';
import { ReviewRecords } from './review.records.ts';
import { teaserOf } from './review.rules.ts';
import type { Allocation, Screening, ShortlistEntry } from './review.ts';

/** Members who must have scored each qualified proposal before the shortlist. */
const SCORES_NEEDED = 2;

/**
 * The shortlist and the allocation of a call, each decided once in the call's allocation aggregate; the events
 * about each proposal are then written with its screening (their subject), one by one. A crash between the two
 * leaves some unwritten: the next shortlist or approval request writes them before it answers that the
 * decision is made already.
 */
@Injectable()
export class AllocationService {
  constructor(private readonly records: ReviewRecords) {}

  /** The best-ranked qualified proposals, once every qualified one is scored by two members; then they hear. */
  async shortlist(callId: string, dto: ShortlistDto, caller: Caller) {
    const call = await this.records.call(callId, caller);
    const existing = await this.records.allocations.load(callId);
    if (existing) return this.finishThen(existing, shortlistedAlready);
    if (call.status !== 'closed')
      throw new DomainError(
        'funding.review.call_not_closed',
        'conflict',
        'The call takes proposals still: close it first',
      );
    const tally = await this.records.tally(callId, call);
    const short = tally.items.filter((t) => t.scores.length < SCORES_NEEDED);
    if (short.length > 0 || tally.unscreened.length > 0) {
      const words = [
        ...short.map((t) => `${t.proposal.title} (${t.scores.length} of ${SCORES_NEEDED} scores)`),
        ...tally.unscreened.map((p) => `${p.state.title} (not screened)`),
      ];
      throw new DomainError(
        'funding.review.incomplete',
        'conflict',
        `Not ready for the shortlist: ${words.join('; ')}`,
        {
          underScored: short.map((t) => ({
            proposalId: t.proposalId,
            title: t.proposal.title,
            scores: t.scores.length,
          })),
          unscreened: tally.unscreened.map((p) => ({ proposalId: p.id, title: p.state.title })),
        },
      );
    }
    const size = dto.size ?? 2 * call.awards;
    const entries: ShortlistEntry[] = tally.items.slice(0, size).map((t) => ({
      proposalId: t.proposalId,
      title: t.proposal.title,
      rank: t.rank!,
      score: t.mean!,
      requested: requestedOf(t.proposal),
      jobsExpected: t.proposal.jobsExpected,
      milestones: t.proposal.milestones.length,
    }));
    const state: Allocation = {
      callId,
      shortlist: { size, by: caller.id, at: new Date().toISOString(), entries },
    };
    try {
      await this.records.allocations.create(callId, state);
    } catch (error) {
      if (!(error instanceof AggregateConflictError)) throw error;
      return this.finishThen((await this.records.allocations.load(callId))!, shortlistedAlready);
    }
    await this.finish({ id: callId, version: 1, state });
    return { callId, size, entries: entries.map(({ milestones: _, ...e }) => e) };
  }

  /** The proposed allocation of the shortlist within the fund, line by line, and its approval once made. */
  async allocation(callId: string, caller: Caller) {
    const call = await this.records.call(callId, caller);
    const allocation = await this.shortlisted(callId);
    return allocationOf(callId, call, allocation.state);
  }

  /**
   * Approves the awards, once: the proposed ones, or others with a written reason (shortlisted proposals, each
   * at most what it asks, all within the fund and the call's number of awards). Each award is then announced.
   */
  async approve(callId: string, dto: ApprovalDto, caller: Caller) {
    const call = await this.records.call(callId, caller);
    const current = await this.shortlisted(callId);
    if (current.state.approval) return this.finishThen(current, approvedAlready);
    const approval = approvalOf(call, current.state, dto, caller.id, new Date());
    let stored: Versioned<Allocation>;
    try {
      stored = await this.records.allocations.update(callId, ({ state }) => {
        if (state.approval) throw approvedAlready();
        return { state: { ...state, approval }, events: [] };
      });
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'funding.allocation.approved_already'))
        throw error;
      return this.finishThen((await this.records.allocations.load(callId))!, approvedAlready);
    }
    await this.finish(stored);
    return allocationOf(callId, call, stored.state);
  }

  private async shortlisted(callId: string) {
    const found = await this.records.allocations.load(callId);
    if (!found)
      throw new DomainError(
        'funding.allocation.not_shortlisted',
        'conflict',
        'The call has no shortlist yet',
      );
    return found;
  }

  /** A decision made already: writes what its events still lack, then refuses. */
  private async finishThen(allocation: Versioned<Allocation>, refusal: () => DomainError): Promise<never> {
    await this.finish(allocation);
    throw refusal();
  }

  /** Writes each proposal's shortlisted and awarded events that its screening does not carry yet. */
  private async finish({ state }: Versioned<Allocation>) {
    for (const entry of state.shortlist.entries)
      await this.once(
        entry.proposalId,
        (s) => s.shortlist !== undefined,
        (s, proposal) => ({
          state: { ...s, shortlist: { rank: entry.rank, score: entry.score } },
          events: [
            event(ProposalShortlisted, {
              ...teaserOf(entry.proposalId, proposal),
              rank: entry.rank,
              score: entry.score,
            }),
          ],
        }),
      );
    for (const award of state.approval?.awards ?? [])
      await this.once(
        award.proposalId,
        (s) => s.award !== undefined,
        (s, proposal) => ({
          state: { ...s, award: { amount: award.amount, rank: award.rank, tranches: award.tranches } },
          events: [
            event(ProposalAwarded, {
              ...teaserOf(award.proposalId, proposal),
              awarded: { amount: award.amount, currency: proposal.currency },
              rank: award.rank,
              tranches: award.tranches,
            }),
          ],
        }),
      );
  }

  /** Changes a screening unless `done` says the change is in already: each event is written once. */
  private async once(
    proposalId: string,
    done: (s: Screening) => boolean,
    change: (s: Screening, proposal: Proposal) => Decision<Screening>,
  ) {
    const current = await this.records.screenings.load(proposalId);
    if (!current || done(current.state)) return;
    const proposal = (await this.records.proposals.load(proposalId))!.state;
    await this.records.screenings
      .update(proposalId, ({ state }) => {
        if (done(state)) throw doneAlready;
        return change(state, proposal);
      })
      .catch((error: unknown) => {
        if (error !== doneAlready) throw error;
      });
  }
}

/** Thrown inside a decision to write nothing: a concurrent request wrote the change first. */
const doneAlready = new Error('done already');

const shortlistedAlready = () =>
  new DomainError('funding.review.shortlisted_already', 'conflict', "The call's shortlist is made already");
const approvedAlready = () =>
  new DomainError(
    'funding.allocation.approved_already',
    'conflict',
    "The call's allocation is approved already",
  );
