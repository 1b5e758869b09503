import { Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { ProposalScreened } from '@ikiraro/contracts';
import { AggregateConflictError, event } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import { boardOf } from './board.view.ts';
import type { ConflictDto, ProposalQualificationDto, ProposalScoreDto } from './review.dto.ts';
import { ReviewRecords } from './review.records.ts';
import { eligibilityFailures, refOf, screeningOf, weighted } from './review.rules.ts';
import { type Conflict, memberRecordId, type Score, type Screening } from './review.ts';

/** The qualifying round, and the committee's conflicts of interest and rubric scores. */
@Injectable()
export class ReviewService {
  constructor(private readonly records: ReviewRecords) {}

  /**
   * Screens a submitted proposal once against the call's eligibility rules: every failed rule is a reason; the
   * manager may add reasons, or disqualify with one, never qualify what fails a rule.
   */
  async qualify(id: string, dto: ProposalQualificationDto, caller: Caller) {
    const { proposal, call } = await this.records.proposal(id, caller);
    if (await this.records.screenings.load(id)) throw screenedAlready();
    const { qualified, reasons } = screeningOf(
      eligibilityFailures(call, proposal.state),
      dto.qualified,
      dto.reasons,
    );
    const state: Screening = {
      callId: proposal.state.callId,
      qualified,
      reasons,
      by: caller.id,
      at: new Date().toISOString(),
    };
    try {
      await this.records.screenings.create(id, state, [
        event(ProposalScreened, { ...refOf(id, proposal.state), qualified, reasons }),
      ]);
    } catch (error) {
      throw error instanceof AggregateConflictError ? screenedAlready() : error;
    }
    return { proposalId: id, qualified, reasons, at: state.at };
  }

  /** The committee's board of a call: its qualified proposals, their scores (blind until one's own), the ranking. */
  async board(callId: string, caller: Caller) {
    const call = await this.records.call(callId, caller);
    const [tally, allocation] = await Promise.all([
      this.records.tally(callId, call),
      this.records.allocations.load(callId),
    ]);
    return boardOf(callId, call, tally, allocation !== null, caller);
  }

  /** A committee member recuses themself from a proposal, once, before the shortlist: they cannot score it. */
  async declareConflict(id: string, dto: ConflictDto, caller: Caller) {
    const { proposal } = await this.records.asMember(id, caller);
    await this.records.assertNotShortlisted(proposal.state.callId);
    const reason = dto.reason.trim();
    const state: Conflict = {
      proposalId: id,
      callId: proposal.state.callId,
      memberId: caller.id,
      name: caller.name,
      reason,
      at: new Date().toISOString(),
    };
    try {
      await this.records.conflicts.create(memberRecordId(id, caller.id), state);
    } catch (error) {
      if (!(error instanceof AggregateConflictError)) throw error;
      throw new DomainError(
        'funding.review.conflict_declared_already',
        'conflict',
        'You declared a conflict already',
      );
    }
    return { proposalId: id, memberId: caller.id, reason, at: state.at };
  }

  /** A member's scores of a qualified proposal they are not recused from; replaced until the shortlist is made. */
  async score(id: string, dto: ProposalScoreDto, caller: Caller) {
    const { proposal, call } = await this.records.asMember(id, caller);
    const screening = await this.records.screenings.load(id);
    if (!screening?.state.qualified)
      throw new DomainError(
        'funding.review.not_qualified',
        'conflict',
        'Only qualified proposals are scored',
      );
    const recordId = memberRecordId(id, caller.id);
    if (await this.records.conflicts.load(recordId))
      throw new DomainError(
        'funding.review.recused',
        'forbidden',
        'You declared a conflict of interest on this proposal',
      );
    await this.records.assertNotShortlisted(proposal.state.callId);
    const { scores, total } = weighted(call.rubric, dto.scores);
    const state: Score = {
      proposalId: id,
      callId: proposal.state.callId,
      memberId: caller.id,
      name: caller.name,
      scores,
      total,
      comment: dto.comment?.trim() ?? null,
      at: new Date().toISOString(),
    };
    await this.records.scores.change(recordId, () => ({ state, events: [] }));
    return { proposalId: id, scores, total, comment: state.comment, at: state.at };
  }
}

const screenedAlready = () =>
  new DomainError('funding.review.screened_already', 'conflict', 'The proposal is screened already');
