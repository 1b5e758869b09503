import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { MilestoneApproved, type ProposalAwardedV1, TrancheReleased } from '@ikiraro/contracts';
import { AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { CALL, type Call } from '../calls/call.ts';
import { InvitationsService } from '../calls/invitations.service.ts';
import { FUNDING_CONFIG, type FundingEnv } from '../funding.config.ts';
import { PROPOSAL, type Proposal, proposalIdOf } from '../proposals/proposal.ts';
import { AWARD, type Award, type Figures, type Payment } from './award.ts';
import * as rules from './award.rules.ts';
import { AwardEvidence, EVIDENCE_AT_MOST } from './evidence.ts';

/** Roles that see every call's awards; a committee member (twg-member) sees those of the calls they sit on. */
const everyCall = ['admin', 'programme-manager', 'auditor'];

/** Awards from review's decision, paid in tranches against milestones the team reports and staff approve. */
@Injectable()
export class AwardsService {
  readonly awards;
  private readonly proposals;
  private readonly calls;

  constructor(
    store: AggregateStore,
    private readonly invitations: InvitationsService,
    private readonly evidence: AwardEvidence,
    @Inject(FUNDING_CONFIG) private readonly config: FundingEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.awards = store.of<Award>(AWARD);
    this.proposals = store.of<Proposal>(PROPOSAL);
    this.calls = store.of<Call>(CALL);
  }

  /**
   * Review awarded a proposal: its award, the milestones as tranches adding up to the amount. Idempotent; a
   * later award event (a correction) rescales the tranches while nothing is reported yet, else changes nothing.
   */
  async awarded(data: ProposalAwardedV1): Promise<void> {
    const proposal = await this.proposals.load(data.proposalId);
    if (!proposal) throw new Error(`award for unknown proposal ${data.proposalId}`);
    const fresh = rules.assertLedger(rules.awardOf(data, proposal.state, new Date()));
    await this.awards.change(data.proposalId, (current) => {
      if (!current) return { state: fresh, events: [] };
      const untouched = current.state.milestones.every(
        (m) => m.status === 'pending' && m.evidence.length === 0,
      );
      const state = untouched ? { ...fresh, awardedAt: current.state.awardedAt } : current.state;
      return { state, events: [] };
    });
  }

  // ---- staff ----

  /** The awards the caller may see (the projection, a moment behind), by call then rank. */
  async list(caller: Caller): Promise<(Award & { _id: string })[]> {
    const filter = caller.roles.some((r) => everyCall.includes(r))
      ? {}
      : { callId: { $in: await this.callsSatOnBy(caller) } };
    return this.db
      .collection<Award & { _id: string }>('awards')
      .find(filter)
      .sort({ callId: 1, rank: 1 })
      .toArray();
  }

  async load(id: string, caller: Caller): Promise<Versioned<Award>> {
    const award = await this.awards.load(id);
    if (!award) throw awardNotFound(id);
    if (!caller.roles.some((r) => everyCall.includes(r))) {
      const call = await this.calls.load(award.state.callId);
      if (!call?.state.committee.some((m) => m.accountId === caller.id)) throw awardNotFound(id);
    }
    return award;
  }

  /** One of a milestone's PDFs: the one asked for, else the first its report cites, else the first uploaded. */
  async evidenceOf(id: string, milestoneId: string, asked: string | undefined, caller: Caller) {
    const award = await this.load(id, caller);
    const m = rules.milestoneOf(award.state, milestoneId);
    const evidenceId = asked ?? m.report?.evidence[0] ?? m.evidence[0]?.id ?? '';
    const found = m.evidence.some((e) => e.id === evidenceId)
      ? await this.evidence.read(id, milestoneId, evidenceId)
      : null;
    if (!found) throw new DomainError('funding.evidence.not_found', 'not_found', `No evidence ${evidenceId}`);
    return found;
  }

  /** Approved: its tranche may be paid; announced with the jobs the report counts. */
  async approve(id: string, milestoneId: string, caller: Caller) {
    await this.load(id, caller);
    return this.awards.update(id, ({ state }) => {
      const next = rules.approved(state, milestoneId, new Date());
      const m = rules.milestoneOf(next, milestoneId);
      const approved = event(MilestoneApproved, {
        ...refOf(id, next, milestoneId),
        title: m.title,
        jobsCreated: m.report!.figures.jobsCreated,
      });
      return { state: next, events: [approved] };
    });
  }

  async return(id: string, milestoneId: string, reason: string, caller: Caller) {
    await this.load(id, caller);
    return this.awards.update(id, ({ state }) => ({
      state: rules.returned(state, milestoneId, reason, new Date()),
      events: [],
    }));
  }

  /** The tranche paid, exactly, once; announced with what the award has disbursed so far. */
  async pay(id: string, milestoneId: string, payment: Payment, caller: Caller) {
    await this.load(id, caller);
    return this.awards.update(id, ({ state }) => {
      const next = rules.paid(state, milestoneId, payment);
      const released = event(TrancheReleased, {
        ...refOf(id, next, milestoneId),
        trancheId: rules.trancheIdOf(id, milestoneId),
        paid: { amount: payment.amount, currency: next.currency },
        paidOn: payment.date,
        reference: payment.reference,
        disbursed: { amount: rules.ledgerOf(next).paid, currency: next.currency },
      });
      return { state: next, events: [released] };
    });
  }

  // ---- the team ----

  /** The award of the team whose invitation the token stands for (404 until its proposal is awarded). */
  async ofTeam(token: string | undefined): Promise<Versioned<Award>> {
    const invitee = await this.invitations.fromToken(token);
    const id = proposalIdOf(invitee.callId, invitee.totId);
    const award = await this.awards.load(id);
    if (!award) throw awardNotFound(id);
    return award;
  }

  /** Stores the PDF, then lists it on the milestone; the bytes go again if the milestone refuses it. */
  async attach(token: string | undefined, milestoneId: string, name: string, bytes: Buffer) {
    if (bytes.length > this.config.ATTACHMENT_MAX_MB * 1024 * 1024)
      throw new DomainError(
        'funding.attachment.too_large',
        'invalid',
        `At most ${this.config.ATTACHMENT_MAX_MB} MB`,
      );
    const award = await this.ofTeam(token);
    assertRoom(rules.assertReportable(award.state, milestoneId));
    const id = await this.evidence.store(award.id, milestoneId, name, bytes);
    const attachment = { id, name, bytes: bytes.length, at: new Date().toISOString() };
    try {
      await this.awards.update(award.id, ({ state }) => {
        assertRoom(rules.assertReportable(state, milestoneId));
        return {
          state: rules.withMilestone(state, milestoneId, (m) => ({
            ...m,
            evidence: [...m.evidence, attachment],
          })),
          events: [],
        };
      });
    } catch (error) {
      await this.evidence.remove(id);
      throw error;
    }
    return attachment;
  }

  async report(
    token: string | undefined,
    milestoneId: string,
    report: { narrative: string; figures: Figures; evidence: string[] },
  ) {
    const award = await this.ofTeam(token);
    return this.awards.update(award.id, ({ state }) => ({
      state: rules.reported(
        state,
        milestoneId,
        report.narrative,
        report.figures,
        report.evidence,
        new Date(),
      ),
      events: [],
    }));
  }

  private async callsSatOnBy(caller: Caller): Promise<string[]> {
    const calls = await this.db
      .collection<{ _id: string }>('calls')
      .find({ 'committee.accountId': caller.id }, { projection: { _id: 1 } })
      .toArray();
    return calls.map((c) => c._id);
  }

  private get db() {
    return this.connection.db!;
  }
}

const refOf = (awardId: string, a: Award, milestoneId: string) => ({
  awardId,
  callId: a.callId,
  iprc: a.iprc,
  sector: a.sector,
  milestoneId,
});

const assertRoom = (m: { evidence: unknown[] }) => {
  if (m.evidence.length >= EVIDENCE_AT_MOST)
    throw new DomainError(
      'funding.attachment.too_many',
      'conflict',
      `At most ${EVIDENCE_AT_MOST} PDFs per milestone`,
    );
};

const awardNotFound = (id: string) =>
  new DomainError('funding.award.not_found', 'not_found', `No award ${id}`);
