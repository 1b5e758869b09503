import type { Instrument, InvestorInterests, MatchStage, Money, ProposalTeaser } from '@ikiraro/contracts';

/** The investors feature's aggregates (each kept as a projection, see investors.store.ts). */
export const INVESTOR = 'investor';
export const MATCH = 'match';
export const INTEREST = 'interest';
export const PLEDGE = 'pledge';

/**
 * Proposals investors may hear of: one document per proposal and stage (`<proposalId>:<stage>`), the teaser of
 * each shortlisted or awarded event, written by the matching consumer (a read model, not an aggregate). An
 * investor verified later is matched against these.
 */
export const LISTINGS = 'investor_listings';
export interface Listing {
  _id: string;
  callId: string;
  stage: MatchStage;
  teaser: ProposalTeaser;
  /** What the fund gives (awarded stage): the amount matched against tickets then. */
  awarded?: Money;
}

/** Tranches paid on awards (`_id` = tranche id), from `funding.tranche.released`: the dashboard's "paid". */
export const PAID_TRANCHES = 'paid_tranches';
export interface PaidTranche {
  _id: string;
  callId: string;
  awardId: string;
  paid: Money;
}

/**
 * Verified investors' interests as matching last learnt them (`_id` = investor id), written by verification and
 * profile changes before they read the listings. The matching consumer reads these beside the `investors`
 * projection (which the relay writes a moment later): of a verification and a listing written at the same time,
 * at least one then sees the other, so no match is missed.
 */
export const MATCHABLE = 'matchable_investors';
export interface Matchable {
  _id: string;
  interests: InvestorInterests;
}

/**
 * Someone who signed up to hear of pilot proposals. Its id is the keyed hash of its address (22 characters), so
 * a second sign-up with the same address is the same aggregate, refused by the store as existing.
 */
export interface Investor {
  organisation: string;
  /** The contact person: sealed for the investor (investorPerson). */
  name: string;
  email: string;
  locale: string;
  interests: InvestorInterests;
  consent: { terms: true; version: string; at: string };
  status: 'pending' | 'verified';
  signedUpAt: string;
  verifiedAt?: string;
}

/** One proposal at one stage met an investor's interests (id `<proposalId>:<stage>:<investorId>`). */
export interface Match {
  investorId: string;
  proposalId: string;
  callId: string;
  stage: MatchStage;
  teaser: ProposalTeaser;
  reasons: string[];
  matchedAt: string;
}

/** An investor's interest in one proposal (id `<proposalId>:<investorId>`): they see it in full from then on. */
export interface Interest {
  investorId: string;
  proposalId: string;
  callId: string;
  termsVersion: string;
  expressedAt: string;
}

export interface Pledge {
  investorId: string;
  proposalId: string;
  callId: string;
  pledged: Money;
  instrument: Instrument;
  conditions?: string;
  madeAt: string;
}

export const matchIdOf = (proposalId: string, stage: MatchStage, investorId: string) =>
  `${proposalId}:${stage}:${investorId}`;
export const interestIdOf = (proposalId: string, investorId: string) => `${proposalId}:${investorId}`;
