import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { MemberProfileUpdated } from '@ikiraro/contracts';
import { Mailer } from '@ikiraro/mail';
import { AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import type { Connection } from 'mongoose';
import {
  contactEvents,
  MEMBER,
  MEMBER_EMAILS,
  type Member,
  normaliseEmail,
  profileOf,
} from '../members/member.ts';
import { ErasureService } from '../erasure/erasure.service.ts';
import type { StoredMember } from './erasure.ts';
import { invalidMemberToken, MemberTokens } from './member-tokens.ts';
import type { ConsentChangeDto, UpdateProfileDto } from './self-service.dto.ts';

/** The member's view of their own data. */
export const profileView = ({ id, state }: Versioned<Member>) => ({
  memberId: id,
  firstName: state.firstName,
  lastName: state.lastName,
  email: state.email,
  phone: state.phone ?? null,
  countryOfResidence: state.countryOfResidence,
  qualifications: state.qualifications,
  subjects: state.subjects,
  yearsOfExperience: state.yearsOfExperience,
  languages: state.languages,
  availability: state.availability,
  gender: state.gender ?? null,
  consent: state.consent,
  hasCv: Boolean(state.cvId),
  campaignId: state.campaignId,
  registeredAt: state.verifiedAt ?? state.createdAt,
});

@Injectable()
export class SelfServiceService {
  private readonly logger = new Logger('SelfService');
  private readonly members;

  constructor(
    store: AggregateStore,
    private readonly tokens: MemberTokens,
    @Inject(Mailer) private readonly mailer: Mailer,
    @InjectConnection() private readonly connection: Connection,
    private readonly erasure: ErasureService,
  ) {
    this.members = store.of<StoredMember>(MEMBER);
  }

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  /**
   * Sends a link when the address is a registered member's, a few an hour at most. Runs after the answer
   * (always 202): the time to answer must not tell whether the address is known, nor whether the limit was hit.
   */
  requestLink(email: string): void {
    const sending = this.sendLink(normaliseEmail(email))
      .catch((error: unknown) => this.logger.error(`sending a self-service link failed: ${String(error)}`))
      .finally(() => this.sending.delete(sending));
    this.sending.add(sending);
  }

  /** Links still being sent after their answer. */
  private readonly sending = new Set<Promise<void>>();

  /** When every link asked for so far has been sent (or refused): a stopping service waits for it. */
  async settled(): Promise<void> {
    while (this.sending.size > 0) await Promise.all(this.sending);
  }

  async onModuleDestroy() {
    await this.settled();
  }

  private async sendLink(email: string) {
    if (!(await this.tokens.mayMail(email))) return; // the same 202: the limit tells nothing either
    const key = await this.collection<{ _id: string; memberId: string }>(MEMBER_EMAILS).findOne({
      _id: email,
    });
    const member = key && (await this.members.load(key.memberId));
    if (!member || member.state.status !== 'registered') return;
    const token = await this.tokens.issue(member.id);
    await this.mailer.send({
      to: member.state.email,
      subject: 'Your Ikiraro profile',
      text:
        `Hello ${member.state.firstName},\n\n` +
        `Open this link within an hour to see or change your profile, or to withdraw your consent:\n` +
        `${this.mailer.link('/my-profile', { token })}\n\n` +
        'If you did not ask for it, ignore this message.',
    });
  }

  /** Replaces the profile and announces it (`MemberProfileUpdated`) in the same write. */
  async update(memberId: string, dto: UpdateProfileDto): Promise<Versioned<Member>> {
    const updated = await this.members.update(memberId, ({ state }) => {
      if (state.status !== 'registered') throw invalidMemberToken(); // erased in the meantime
      const kept: Member = { ...state };
      delete kept.phone; // a PUT replaces: left out means removed
      delete kept.gender;
      const next: Member = {
        ...kept,
        ...(dto.phone ? { phone: dto.phone } : {}),
        countryOfResidence: dto.countryOfResidence,
        qualifications: dto.qualifications.map(({ level, field, institution, year }) => ({
          level,
          field,
          institution,
          year,
        })),
        subjects: dto.subjects,
        yearsOfExperience: dto.yearsOfExperience,
        languages: dto.languages,
        availability: dto.availability.map(({ from, to }) => ({ from, to })),
        ...(dto.gender ? { gender: dto.gender } : {}),
      };
      if (next.consent && dto.consent)
        next.consent = answered(next.consent, dto.consent, new Date().toISOString());
      return {
        state: next,
        events: [
          event(MemberProfileUpdated, {
            memberId,
            profile: profileOf(next),
            availability: next.availability,
          }),
          ...contactEvents(memberId, state, next),
        ],
      };
    });
    return updated as Versioned<Member>;
  }

  /**
   * Withdrawal of consent: the member is erased everywhere (the erasure service), and gets the link to their
   * certificate. A withdrawal interrupted half-way is finished by withdrawing again with the same link.
   */
  async withdraw(token: string | undefined) {
    const found = await this.tokens.anyMemberOf(token);
    if (found.state.status !== 'registered' && found.state.status !== 'erased') throw invalidMemberToken();
    const { certificateId } = await this.erasure.erase(found.id, {
      reason: 'consent-withdrawn',
      by: { id: found.id, role: 'member' },
    });
    return { certificateId, certificateUrl: this.mailer.link('/erasure-certificate', { id: certificateId }) };
  }
}

/**
 * The optional consents after the member's answers: a changed answer (or a first answer about mentoring, which
 * members who registered before it was asked never gave) is recorded now, under the text version of their form.
 */
function answered(consent: NonNullable<Member['consent']>, change: ConsentChangeDto, at: string) {
  const next = { ...consent };
  const { textVersion } = consent.opportunities;
  if (change.opportunities !== undefined && change.opportunities !== consent.opportunities.given)
    next.opportunities = { given: change.opportunities, at, textVersion };
  if (change.mentoring !== undefined && change.mentoring !== consent.mentoring?.given)
    next.mentoring = {
      given: change.mentoring,
      at,
      textVersion: consent.mentoring?.textVersion ?? textVersion,
    };
  return next;
}
