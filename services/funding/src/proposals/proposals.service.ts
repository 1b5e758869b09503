import { Inject, Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import {
  ProposalSubmitted,
  type ProposalAwardedV1,
  type ProposalScreenedV1,
  type ProposalShortlistedV1,
} from '@ikiraro/contracts';
import {
  AggregateConflictError,
  AggregateStore,
  event,
  type Decision,
  type Versioned,
} from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { CALL, type Call } from '../calls/call.ts';
import { FUNDING_CONFIG, type FundingEnv } from '../funding.config.ts';
import { ATTACHMENTS_AT_MOST, ProposalAttachments } from './attachments.ts';
import * as rules from './proposal.rules.ts';
import { type Attachment, PROPOSAL, type Proposal, proposalIdOf, type ProposalStatus } from './proposal.ts';
import { Teams } from './teams.ts';

/** Roles that see every call's proposals; a committee member (twg-member) sees those of the calls they sit on. */
const everyCall = ['admin', 'programme-manager', 'auditor'];

/** A team's proposal, by its invitation: drafted, with PDFs, submitted once; and read by staff and the committee. */
@Injectable()
export class ProposalsService {
  readonly proposals;
  private readonly calls;

  constructor(
    store: AggregateStore,
    private readonly teams: Teams,
    private readonly attachments: ProposalAttachments,
    @Inject(FUNDING_CONFIG) private readonly config: FundingEnv,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.proposals = store.of<Proposal>(PROPOSAL);
    this.calls = store.of<Call>(CALL);
  }

  /** The team's proposal; on the first visit while the call is open, an empty draft. */
  async ofTeam(token: string | undefined): Promise<{ proposal: Versioned<Proposal>; call: Call }> {
    const { invitee, call } = await this.teams.invitee(token);
    const id = proposalIdOf(invitee.callId, invitee.totId);
    const found = await this.proposals.load(id);
    if (found) return { proposal: found, call: call.state };
    if (call.state.status !== 'open')
      throw new DomainError('funding.call.not_open', 'conflict', 'The call is not open for proposals');
    const team = rules.mergeTeam(await this.teams.found(invitee.callId, invitee.totId), [
      rules.memberOf(invitee),
    ]);
    const draft = rules.emptyDraft(call.state, invitee, team);
    const created = await this.proposals.create(id, draft).catch(async (error: unknown) => {
      if (error instanceof AggregateConflictError) return (await this.proposals.load(id))!; // a teammate at once
      throw error;
    });
    return { proposal: created, call: call.state };
  }

  async save(token: string | undefined, change: rules.DraftChange) {
    return this.changeDraft(token, (p) => ({ state: rules.applyDraft(p, change), events: [] }));
  }

  /** Stores the PDF, then lists it on the draft; the bytes go again if the draft refuses it. */
  async attach(token: string | undefined, name: string, bytes: Buffer): Promise<Attachment> {
    if (bytes.length > this.config.ATTACHMENT_MAX_MB * 1024 * 1024)
      throw new DomainError(
        'funding.attachment.too_large',
        'invalid',
        `At most ${this.config.ATTACHMENT_MAX_MB} MB`,
      );
    const { proposal } = await this.ofTeam(token);
    assertRoom(proposal.state);
    const id = await this.attachments.store(proposal.id, name, bytes);
    const attachment = { id, name, bytes: bytes.length, at: new Date().toISOString() };
    try {
      await this.changeDraft(token, (p) => {
        assertRoom(p);
        return { state: { ...p, attachments: [...p.attachments, attachment] }, events: [] };
      });
    } catch (error) {
      await this.attachments.remove(proposal.id, id);
      throw error;
    }
    return attachment;
  }

  async detach(token: string | undefined, attachmentId: string) {
    const changed = await this.changeDraft(token, (p) => {
      if (!p.attachments.some((a) => a.id === attachmentId)) throw attachmentNotFound(attachmentId);
      return { state: { ...p, attachments: p.attachments.filter((a) => a.id !== attachmentId) }, events: [] };
    });
    await this.attachments.remove(changed.proposal.id, attachmentId);
  }

  /** Submitted once: complete, within the ceiling, before the deadline; announced with the team counted by sex. */
  async submit(token: string | undefined) {
    return this.changeDraft(token, (p, call, id) => {
      rules.assertSubmittable(p, call, new Date());
      const state: Proposal = { ...p, status: 'submitted', submittedAt: new Date().toISOString() };
      return { state, events: [event(ProposalSubmitted, rules.submittedOf(id, state))] };
    });
  }

  /** A change of the draft while the call takes changes, the team joined by invitees found since. */
  private async changeDraft(
    token: string | undefined,
    decide: (p: Proposal, call: Call, id: string) => Decision<Proposal>,
  ) {
    const { proposal, call } = await this.ofTeam(token);
    rules.assertDraft(proposal.state);
    rules.assertOpen(call, new Date());
    const found = await this.teams.found(proposal.state.callId, proposal.state.totId);
    const changed = await this.proposals.update(proposal.id, ({ state }) =>
      decide({ ...state, team: rules.mergeTeam(state.team, found) }, call, proposal.id),
    );
    return { proposal: changed, call };
  }

  /** A call's proposals for staff: from the projection, a moment behind. */
  async list(callId: string, caller: Caller) {
    await this.callSeenBy(
      callId,
      caller,
      () => new DomainError('funding.call.not_found', 'not_found', `No call ${callId}`),
    );
    return this.projection.find({ callId }).toArray();
  }

  async load(id: string, caller: Caller): Promise<{ proposal: Versioned<Proposal>; call: Call }> {
    const notFound = () => new DomainError('funding.proposal.not_found', 'not_found', `No proposal ${id}`);
    const proposal = await this.proposals.load(id);
    if (!proposal) throw notFound();
    return { proposal, call: await this.callSeenBy(proposal.state.callId, caller, notFound) };
  }

  async attachment(id: string, attachmentId: string, caller: Caller) {
    const { proposal } = await this.load(id, caller);
    const listed = proposal.state.attachments.find((a) => a.id === attachmentId);
    const found = listed ? await this.attachments.read(id, attachmentId) : null;
    if (!found) throw attachmentNotFound(attachmentId);
    return found;
  }

  /** Review's news moves the proposal forward, never back (events of different topics may cross). */
  screened(data: ProposalScreenedV1) {
    const screening = { qualified: data.qualified, reasons: data.reasons };
    return this.moveOn(data.proposalId, data.qualified ? 'qualified' : 'disqualified', { screening });
  }

  shortlisted(data: ProposalShortlistedV1) {
    return this.moveOn(data.proposalId, 'shortlisted', { shortlist: { rank: data.rank, score: data.score } });
  }

  awarded(data: ProposalAwardedV1) {
    const award = { amount: data.awarded.amount, rank: data.rank, tranches: data.tranches };
    return this.moveOn(data.proposalId, 'awarded', { award });
  }

  /** To `status` with what the event says, if that is forward or the same stage (a correction); else unchanged. */
  private async moveOn(id: string, status: ProposalStatus, news: Partial<Proposal>) {
    await this.proposals.update(id, ({ state }) => ({
      state: rules.mayMove(state.status, status) ? { ...state, ...news, status } : state,
      events: [],
    }));
  }

  /** The call, if the caller may see it: a committee member only those they sit on (others: `notFound`). */
  private async callSeenBy(callId: string, caller: Caller, notFound: () => DomainError): Promise<Call> {
    const call = await this.calls.load(callId);
    if (!call) throw notFound();
    const sitsOn = call.state.committee.some((m) => m.accountId === caller.id);
    if (!caller.roles.some((r) => everyCall.includes(r)) && !sitsOn) throw notFound();
    return call.state;
  }

  private get projection() {
    return this.connection.db!.collection<Proposal & { _id: string }>('proposals');
  }
}

const assertRoom = (p: Proposal) => {
  if (p.attachments.length >= ATTACHMENTS_AT_MOST)
    throw new DomainError(
      'funding.attachment.too_many',
      'conflict',
      `At most ${ATTACHMENTS_AT_MOST} attachments`,
    );
};

const attachmentNotFound = (id: string) =>
  new DomainError('funding.attachment.not_found', 'not_found', `No attachment ${id}`);
