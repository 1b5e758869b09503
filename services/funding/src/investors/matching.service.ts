import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  InvestorMatched,
  type InvestorInterests,
  type MatchStage,
  type Money,
  type ProposalTeaser,
} from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import type { Connection } from 'mongoose';
import {
  INVESTOR,
  type Investor,
  LISTINGS,
  type Listing,
  MATCH,
  type Match,
  MATCHABLE,
  type Matchable,
  matchIdOf,
} from './investor.ts';
import { projections } from './investors.store.ts';
import { matchReasons, type Places } from './matching.rules.ts';

const places = (): Places => ({
  subjects: programme().subjects,
  institutions: programme().host.institutions,
});

/** Only the teaser's own fields (an event's payload may carry more: rank, score, tranches). */
export const teaserOf = (t: ProposalTeaser): ProposalTeaser => ({
  proposalId: t.proposalId,
  callId: t.callId,
  totId: t.totId,
  iprc: t.iprc,
  sector: t.sector,
  leadId: t.leadId,
  title: t.title,
  summary: t.summary,
  requested: { amount: t.requested.amount, currency: t.requested.currency },
  jobsExpected: t.jobsExpected,
});

/**
 * Investors hear of shortlisted and awarded proposals that meet their interests: one match per proposal, stage
 * and investor, whichever comes first of the proposal's event and the investor's verification.
 */
@Injectable()
export class MatchingService {
  private readonly matches;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.matches = store.of<Match>(MATCH);
  }

  private get listings() {
    return this.connection.db!.collection<Listing>(LISTINGS);
  }

  private get matchable() {
    return this.connection.db!.collection<Matchable>(MATCHABLE);
  }

  /** Lists a proposal at a stage, then matches it against every verified investor. */
  async list(stage: MatchStage, proposal: ProposalTeaser, awarded?: Money) {
    const teaser = teaserOf(proposal);
    const listing: Listing = {
      _id: `${teaser.proposalId}:${stage}`,
      callId: teaser.callId,
      stage,
      teaser,
      ...(awarded ? { awarded: { amount: awarded.amount, currency: awarded.currency } } : {}),
    };
    // Written before the investors are read: an investor verified from now on finds it (verify matches then).
    await this.listings.replaceOne({ _id: listing._id }, listing, { upsert: true });
    for (const [investorId, interests] of await this.verifiedInterests())
      await this.match(listing, investorId, interests);
  }

  /** Matches one (verified) investor against every proposal listed so far. */
  async matchInvestor(investorId: string, interests: InvestorInterests) {
    // Written before the listings are read: a listing written from now on finds the investor here.
    await this.matchable.replaceOne({ _id: investorId }, { interests }, { upsert: true });
    const listed = await this.listings.find({}).toArray();
    for (const listing of listed) await this.match(listing, investorId, interests);
  }

  /** Every verified investor's interests: the projection's, newer ones from verification or the profile over them. */
  private async verifiedInterests(): Promise<Map<string, InvestorInterests>> {
    const [projected, recorded] = await Promise.all([
      this.connection
        .db!.collection<Investor & { _id: string }>(projections[INVESTOR]!)
        .find({ status: 'verified' }, { projection: { interests: 1 } })
        .toArray(),
      this.matchable.find({}).toArray(),
    ]);
    return new Map([...projected, ...recorded].map((i) => [i._id, i.interests]));
  }

  /**
   * Creates the match when the interests are met. Written once however often this runs: the match's id is
   * `<proposalId>:<stage>:<investorId>` and the store inserts version 1 of an aggregate under a unique index,
   * with its `funding.investor.matched` event in the same record (the outbox). A second creation — the same
   * event redelivered after a crash, the event published again under a new id, or the investor's verification
   * racing the event — is refused (`AggregateConflictError`, or recognised as already caused by this event),
   * so the event cannot be written twice.
   */
  private async match(listing: Listing, investorId: string, interests: InvestorInterests) {
    const amount = listing.awarded ?? listing.teaser.requested;
    const { teaser, stage } = listing;
    const reasons = matchReasons(
      interests,
      { sector: teaser.sector, iprc: teaser.iprc, stage, amount },
      places(),
    );
    if (!reasons) return;
    const matchId = matchIdOf(teaser.proposalId, stage, investorId);
    const state: Match = {
      investorId,
      proposalId: teaser.proposalId,
      callId: teaser.callId,
      stage,
      teaser,
      reasons,
      matchedAt: new Date().toISOString(),
    };
    const matched = event(InvestorMatched, { ...teaser, matchId, investorId, stage, reasons });
    await this.matches.create(matchId, state, [matched]).catch((error: unknown) => {
      if (!(error instanceof AggregateConflictError)) throw error;
    });
  }
}
