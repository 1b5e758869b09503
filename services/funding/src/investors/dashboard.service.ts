import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import type { Instrument, Money } from '@ikiraro/contracts';
import { AggregateStore } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { CALL, type Call } from '../calls/call.ts';
import type { Proposal } from '../proposals/proposal.ts';
import {
  type Interest,
  INTEREST,
  INVESTOR,
  type Investor,
  LISTINGS,
  type Listing,
  type Match,
  MATCH,
  PAID_TRANCHES,
  type PaidTranche,
  PLEDGE,
  type Pledge,
} from './investor.ts';
import type { CallDashboardView, StaffInvestorView } from './investor-view.dto.ts';
import { projections } from './investors.store.ts';

/** The proposals feature's projection, read here (same database); a call is read as its aggregate. */
const PROPOSALS = 'proposals';

type Doc<T> = T & { _id: string };

/** Sums of money, one per currency, in the order first seen. */
function totals(amounts: Money[]): Money[] {
  const by = new Map<string, number>();
  for (const { amount, currency } of amounts) by.set(currency, (by.get(currency) ?? 0) + amount);
  return [...by].map(([currency, amount]) => ({ amount, currency }));
}

/** Staff views across investors: who signed up, and a call's fund beside what investors pledged. */
@Injectable()
export class DashboardService {
  private readonly calls;

  constructor(
    store: AggregateStore,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.calls = store.of<Call>(CALL);
  }

  private collection<T>(name: string) {
    return this.connection.db!.collection<Doc<T>>(name);
  }

  /** Every investor (a moment behind), verified first, with their matches and pledges counted. */
  async investors(): Promise<StaffInvestorView[]> {
    const [investors, matches, pledges] = await Promise.all([
      this.collection<Investor>(projections[INVESTOR]!).find({}).toArray(),
      this.collection<Match>(projections[MATCH]!)
        .find({}, { projection: { investorId: 1 } })
        .toArray(),
      this.collection<Pledge>(projections[PLEDGE]!)
        .find({}, { projection: { investorId: 1, pledged: 1 } })
        .toArray(),
    ]);
    const matchCount = new Map<string, number>();
    for (const m of matches) matchCount.set(m.investorId, (matchCount.get(m.investorId) ?? 0) + 1);
    return investors
      .map((i) => ({
        investorId: i._id,
        organisation: i.organisation,
        verified: i.status === 'verified',
        signedUpAt: i.signedUpAt,
        interests: i.interests,
        matches: matchCount.get(i._id) ?? 0,
        pledged: totals(pledges.filter((p) => p.investorId === i._id).map((p) => p.pledged)),
      }))
      .sort((a, b) => Number(b.verified) - Number(a.verified) || b.signedUpAt.localeCompare(a.signedUpAt));
  }

  /**
   * A call's money: the IOM fund, what the committee awarded (from the awarded events matching listed), what
   * was paid (the tranches released) and what is left of the fund; investors' pledges beside it, by instrument;
   * its proposals by status; its matches and interests. A committee member sees only calls they sit on.
   */
  async ofCall(callId: string, caller: Caller): Promise<CallDashboardView> {
    const call = (await this.calls.load(callId))?.state;
    if (!call || !mayRead(call, caller))
      throw new DomainError('funding.call.not_found', 'not_found', `No call ${callId}`);
    const [listings, tranches, proposals, pledges, matches, interests] = await Promise.all([
      this.collection<Listing>(LISTINGS).find({ callId, stage: 'awarded' }).toArray(),
      this.collection<PaidTranche>(PAID_TRANCHES).find({ callId }).toArray(),
      this.collection<Proposal>(PROPOSALS)
        .find({ callId }, { projection: { status: 1 } })
        .toArray(),
      this.collection<Pledge>(projections[PLEDGE]!).find({ callId }).toArray(),
      this.collection<Match>(projections[MATCH]!).countDocuments({ callId }),
      this.collection<Interest>(projections[INTEREST]!).countDocuments({ callId }),
    ]);
    const currency = call.fund.currency;
    const awarded = listings.reduce(
      (sum, l) => sum + (l.awarded?.currency === currency ? l.awarded.amount : 0),
      0,
    );
    const paid = tranches.reduce((sum, t) => sum + (t.paid.currency === currency ? t.paid.amount : 0), 0);
    const byInstrument = new Map<string, { instrument: Instrument; pledged: Money; pledges: number }>();
    for (const p of pledges) {
      const key = `${p.instrument}:${p.pledged.currency}`;
      const line = byInstrument.get(key) ?? {
        instrument: p.instrument,
        pledged: { amount: 0, currency: p.pledged.currency },
        pledges: 0,
      };
      line.pledged.amount += p.pledged.amount;
      line.pledges += 1;
      byInstrument.set(key, line);
    }
    const statuses = new Map<string, number>();
    for (const p of proposals) statuses.set(p.status, (statuses.get(p.status) ?? 0) + 1);
    return {
      callId,
      title: call.title,
      fund: call.fund,
      awarded: { amount: awarded, currency },
      paid: { amount: paid, currency },
      left: { amount: call.fund.amount - awarded, currency },
      pledges: [...byInstrument.values()],
      proposals: [...statuses].map(([status, count]) => ({ status, count })),
      matches,
      interests,
    };
  }
}

/** Staff and auditors read every call; a committee member only the calls they sit on. */
function mayRead(call: Call, caller: Caller) {
  if (caller.roles.some((r) => r === 'admin' || r === 'programme-manager' || r === 'auditor')) return true;
  return call.committee.some((m) => m.accountId === caller.id);
}
