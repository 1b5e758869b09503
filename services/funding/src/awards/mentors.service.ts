import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { MentorPaired, type MemberContactUpdatedV1 } from '@ikiraro/contracts';
import { AggregateStore, event } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { CALL, type Call } from '../calls/call.ts';
import { AWARD, type Award } from './award.ts';
import { AwardsService } from './awards.service.ts';
import { MENTOR, type Mentor } from './mentor.ts';
import { rank, type Suggestion } from './mentor.rules.ts';

const named = (code: string) => ({
  code,
  name: programme().subjects.find((s) => s.code === code)?.name ?? code,
});

/** Members who consented to mentoring, suggested for a funded pilot with reasons, and the pairing staff confirm. */
@Injectable()
export class MentorsService {
  readonly mentors;
  private readonly awards;
  private readonly calls;

  constructor(
    private readonly store: AggregateStore,
    private readonly awarded: AwardsService,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.mentors = store.of<Mentor>(MENTOR);
    this.awards = store.of<Award>(AWARD);
    this.calls = store.of<Call>(CALL);
  }

  /** The name of an award's paired mentor, null when there is none or it is gone (withdrawn, erased). */
  async mentorName(award: Award): Promise<string | null> {
    if (!award.mentor) return null;
    return (await this.mentors.load(award.mentor.memberId))?.state.name ?? null;
  }

  /** A member's contact changed: a consenting member is (still) a candidate; a withdrawn consent forgets them. */
  async contactUpdated(data: MemberContactUpdatedV1) {
    const at = new Date().toISOString();
    const known = await this.mentors.load(data.memberId);
    if (data.mentoring !== true && !known?.state.consented) return;
    const name = [data.firstName, data.lastName].filter(Boolean).join(' ');
    const state: Mentor =
      data.mentoring === true
        ? { consented: true, name, email: data.email, subjects: data.subjects, at }
        : { consented: false, name: null, email: null, subjects: null, at };
    await this.mentors.change(data.memberId, () => ({ state, events: [] }));
  }

  /** Erasure: the member is no candidate any more. Whether funding held a mentor profile of theirs. */
  async erase(memberId: string): Promise<boolean> {
    const known = await this.mentors.load(memberId);
    if (!known) return false;
    if (known.state.consented || known.state.name !== null)
      await this.mentors.update(memberId, () => ({
        state: { consented: false, name: null, email: null, subjects: null, at: new Date().toISOString() },
        events: [],
      }));
    return true;
  }

  /** The consenting members ranked for the award's pilot, each with its reasons. */
  async suggestions(awardId: string, caller: Caller): Promise<Suggestion[]> {
    const award = await this.awarded.load(awardId, caller);
    const call = await this.calls.load(award.state.callId);
    const docs = await this.connection
      .db!.collection<Mentor & { _id: string }>('mentors')
      .find({ consented: true })
      .toArray();
    const opened = await this.store.openMany(MENTOR, docs);
    const candidates = opened.map((m) => ({ memberId: m._id, name: m.name, subjects: m.subjects ?? [] }));
    return rank(candidates, named(award.state.sector), (call?.state.eligibility.sectors ?? []).map(named));
  }

  /** Pairs the pilot with a consenting candidate, announced once; pairing another needs a reason. */
  async pair(awardId: string, memberId: string, why: string | undefined, caller: Caller) {
    const suggested = (await this.suggestions(awardId, caller)).find((s) => s.memberId === memberId);
    if (!suggested)
      throw new DomainError(
        'funding.mentor.not_candidate',
        'conflict',
        `Member ${memberId} has not consented to mentor a pilot`,
      );
    return this.awards.update(awardId, ({ state }) => {
      if (state.mentor?.memberId === memberId) return { state, events: [] };
      if (state.mentor && !why)
        throw new DomainError(
          'funding.mentor.reason_required',
          'invalid',
          'The pilot has a mentor already: say why it changes',
        );
      const mentor = {
        memberId,
        reasons: suggested.reasons,
        at: new Date().toISOString(),
        ...(why ? { why } : {}),
      };
      const paired = event(MentorPaired, {
        awardId,
        callId: state.callId,
        memberId,
        reasons: suggested.reasons,
      });
      return { state: { ...state, mentor }, events: [paired] };
    });
  }
}
