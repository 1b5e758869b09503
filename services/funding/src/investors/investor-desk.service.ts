import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { InterestExpressed, MATCH_STAGES, PledgeMade } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import type { Proposal } from '../proposals/proposal.ts';
import {
  INTEREST,
  type Interest,
  interestIdOf,
  type Match,
  MATCH,
  matchIdOf,
  PLEDGE,
  type Pledge,
} from './investor.ts';
import type { ExpressInterestDto, PledgeDto } from './investor.dto.ts';
import { projections } from './investors.store.ts';
import { InvestorsService } from './investors.service.ts';

/** The proposals projection (the proposals feature's), read for the full proposal once interest is expressed. */
const PROPOSALS = 'proposals';

/** What the investor may see of one proposal: its matches (latest stage first) and their interest, if any. */
export interface Seen {
  investorId: string;
  matches: Versioned<Match>[];
  interest: Interest | null;
  /** The proposal in full (from its projection): only with an interest; null while the projection lacks it. */
  proposal: (Proposal & { _id: string }) | null;
}

/** An investor's own desk: their matches, a proposal (teaser, then in full), their interest and pledges. */
@Injectable()
export class InvestorDeskService {
  private readonly matches;
  private readonly interests;
  private readonly pledges;

  constructor(
    store: AggregateStore,
    private readonly investors: InvestorsService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.matches = store.of<Match>(MATCH);
    this.interests = store.of<Interest>(INTEREST);
    this.pledges = store.of<Pledge>(PLEDGE);
  }

  private collection<T>(name: string) {
    return this.connection.db!.collection<T & { _id: string }>(name);
  }

  /** The caller's matches (a moment behind), newest first, and the proposals they expressed interest in. */
  async matchesOf(caller: Caller) {
    const { id } = await this.investors.ofCaller(caller);
    const [matches, interests] = await Promise.all([
      this.collection<Match>(projections[MATCH]!).find({ investorId: id }).toArray(),
      this.collection<Interest>(projections[INTEREST]!).find({ investorId: id }).toArray(),
    ]);
    matches.sort((a, b) => b.matchedAt.localeCompare(a.matchedAt));
    return { matches, interested: new Set(interests.map((i) => i.proposalId)) };
  }

  /** A proposal the caller was matched with (else 404, the same as for no proposal at all). */
  async seen(caller: Caller, proposalId: string): Promise<Seen> {
    const { id: investorId } = await this.investors.ofCaller(caller);
    const found = await this.matches.loadMany(
      [...MATCH_STAGES].reverse().map((stage) => matchIdOf(proposalId, stage, investorId)),
    );
    const matches = [...found.values()].sort((a, b) => b.state.matchedAt.localeCompare(a.state.matchedAt));
    if (matches.length === 0)
      throw new DomainError('funding.proposal.not_found', 'not_found', `No proposal ${proposalId}`);
    const interest = (await this.interests.load(interestIdOf(proposalId, investorId)))?.state ?? null;
    const proposal = interest
      ? await this.collection<Proposal>(PROPOSALS).findOne({ _id: proposalId })
      : null;
    return { investorId, matches, interest, proposal };
  }

  /**
   * Interest in a matched proposal, with the confidentiality terms' version: created once (the interest's id is
   * `<proposalId>:<investorId>`), with `funding.interest.expressed`; expressing it again changes nothing.
   */
  async express(caller: Caller, proposalId: string, dto: ExpressInterestDto): Promise<Seen> {
    const { investorId, matches, interest } = await this.seen(caller, proposalId);
    if (!interest) {
      const { callId } = matches[0]!.state;
      const state: Interest = {
        investorId,
        proposalId,
        callId,
        termsVersion: dto.termsVersion,
        expressedAt: new Date().toISOString(),
      };
      const expressed = event(InterestExpressed, {
        investorId,
        proposalId,
        callId,
        termsVersion: dto.termsVersion,
      });
      await this.interests
        .create(interestIdOf(proposalId, investorId), state, [expressed])
        .catch((error: unknown) => {
          if (!(error instanceof AggregateConflictError)) throw error; // a second click at once: it stands
        });
    }
    return this.seen(caller, proposalId);
  }

  /** A pledge to a proposal the caller expressed interest in, in the proposal's currency. */
  async pledge(caller: Caller, proposalId: string, dto: PledgeDto): Promise<Versioned<Pledge>> {
    const { investorId, matches, interest } = await this.seen(caller, proposalId);
    if (!interest)
      throw new DomainError(
        'funding.pledge.interest_required',
        'conflict',
        'Express interest in this proposal (and accept its terms) before pledging',
      );
    const { requested } = matches[0]!.state.teaser;
    if (dto.currency !== requested.currency)
      throw new DomainError(
        'funding.pledge.currency_mismatch',
        'invalid',
        `Pledges to this proposal are in ${requested.currency}`,
      );
    const pledgeId = dto.id ?? uuidv7();
    if (dto.id) {
      const sent = await this.pledges.load(dto.id);
      if (sent) return sameRetry(sent, investorId, proposalId);
    }
    const state: Pledge = {
      investorId,
      proposalId,
      callId: interest.callId,
      pledged: { amount: dto.amount, currency: dto.currency },
      instrument: dto.instrument,
      ...(dto.conditions?.trim() ? { conditions: dto.conditions.trim() } : {}),
      madeAt: new Date().toISOString(),
    };
    const made = event(PledgeMade, {
      pledgeId,
      investorId,
      proposalId,
      callId: state.callId,
      pledged: state.pledged,
      instrument: state.instrument,
      ...(state.conditions ? { conditions: state.conditions } : {}),
    });
    try {
      return await this.pledges.create(pledgeId, state, [made]);
    } catch (error) {
      if (!(error instanceof AggregateConflictError)) throw error;
      return sameRetry((await this.pledges.load(pledgeId))!, investorId, proposalId); // sent twice at once
    }
  }

  /** The caller's pledges to one proposal (a moment behind). */
  async pledgesOf(investorId: string, proposalId: string) {
    return this.collection<Pledge>(projections[PLEDGE]!).find({ investorId, proposalId }).toArray();
  }
}

/** A pledge sent again under its id: the one stored stands, if it is this investor's for this proposal. */
function sameRetry(sent: Versioned<Pledge>, investorId: string, proposalId: string): Versioned<Pledge> {
  if (sent.state.investorId !== investorId || sent.state.proposalId !== proposalId)
    throw new DomainError('funding.pledge.id_taken', 'conflict', 'This pledge id is taken');
  return sent;
}
