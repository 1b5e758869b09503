import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Mailer } from '@ikiraro/mail';
import { MemberReturned } from '@ikiraro/contracts';
import { AggregateStore, event } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { CAMPAIGN, CAMPAIGN_SLUGS, type Campaign } from '../campaigns/campaign.ts';
import { MEMBER, MEMBER_EMAILS, type Member, normaliseEmail } from '../members/member.ts';
import { CvStore } from './cv-store.ts';
import { takeQuota, tooMany } from './quota.ts';
import type { RegisterDto } from './register.dto.ts';
import {
  decideVerified,
  highestFirst,
  isSpam,
  MAILS_PER_ADDRESS_PER_HOUR,
  type Outcome,
  type Registration,
  VERIFICATION_TTL_MS,
} from './registration.rules.ts';
import { hashOf, insertOnce, isDuplicateKey, newSecret } from '@ikiraro/persistence';
import { verificationMail } from './verification.messages.ts';

/** A submitted form waiting for its e-mail to be verified (`_id` = hash of the link's token). */
export interface PendingRegistration {
  _id: string;
  /** Normalised: which pending registrations are an address's. */
  email: string;
  data: Registration;
  createdAt: Date;
  expiresAt: Date;
}
/** Unverified ones are deleted by retention/ after `PENDING_REGISTRATION_DAYS` (no TTL indexes on FerretDB). */
export const PENDING_REGISTRATIONS = 'pending_registrations';
/**
 * Uses of verification links (`_id` = hash), inserted once when a link is followed: what it was for, so that a
 * retry after a crash finishes the same job (see `verify`).
 */
export const REGISTRATION_LINK_USES = 'registration_link_uses';
export interface LinkUse {
  _id: string;
  memberId: string;
  /** What the first attempt expected; the answer of a retry that finds the job already done. */
  outcome: Outcome;
  at: Date;
}

/** Thrown out of a decision to store nothing: the member already holds this registration. */
class AlreadyHeld extends Error {}

/** Whether a member's state is already what a registration makes of it (nothing but its time to change). */
const holds = (current: Member, next: Member) =>
  isDeepStrictEqual({ ...current, verifiedAt: undefined }, { ...next, verifiedAt: undefined });

const invalidLink = () =>
  new DomainError('link.invalid', 'invalid', 'This link is not valid, has expired or was used');

@Injectable()
export class RegistrationsService {
  private readonly members;
  private readonly campaigns;

  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly mailer: Mailer,
    store: AggregateStore,
    private readonly cvs: CvStore,
  ) {
    this.members = store.of<Member>(MEMBER);
    this.campaigns = store.of<Campaign>(CAMPAIGN);
  }

  private collection<T extends { _id: string }>(name: string) {
    return this.connection.db!.collection<T>(name);
  }

  /**
   * Checks the form, keeps it as a pending registration and e-mails the verification link. Spam is answered
   * exactly like a real submission, but nothing is stored and nothing is sent: a bot learns nothing.
   */
  async submit(form: RegisterDto, now = new Date()): Promise<void> {
    if (isSpam(form, now)) return;
    if (form.consent?.programme !== true)
      throw new DomainError(
        'consent.required',
        'invalid',
        'Consent to processing for the programme is required',
      );
    const campaign = await this.liveCampaign(form.campaign, form.channel);
    const email = normaliseEmail(form.email);
    // Insert-only slots (see quota.ts): counting the address's pending registrations let a burst of parallel
    // forms all pass the count before any was stored.
    const quota = { name: 'registration-mail', limit: MAILS_PER_ADDRESS_PER_HOUR, windowMs: 3_600_000 };
    if (!(await takeQuota(this.connection.db!, quota, email, now)))
      throw tooMany('registration.too_many', 'Too many registrations for this address: try again later');

    const data: Registration = {
      campaignId: campaign.id,
      channel: form.channel,
      office: campaign.state.office,
      firstName: form.firstName.trim(),
      lastName: form.lastName.trim(),
      email,
      ...(form.phone ? { phone: form.phone.trim() } : {}),
      countryOfResidence: form.countryOfResidence,
      qualifications: highestFirst(form.qualifications).map(({ level, field, institution, year }) => ({
        level,
        field,
        institution,
        year,
      })),
      subjects: form.subjects.map((s) => s.trim()),
      yearsOfExperience: form.yearsOfExperience,
      languages: form.languages,
      availability: form.availability.map(({ from, to }) => ({ from, to })),
      ...(form.gender?.trim() ? { gender: form.gender.trim() } : {}),
      ...(form.cvId ? { cvId: form.cvId } : {}),
      consent: {
        opportunities: form.consent.opportunities,
        mentoring: form.consent.mentoring ?? false,
        textVersion: form.consent.textVersion,
      },
      locale: form.locale,
      submittedAt: now.toISOString(),
    };
    const token = newSecret();
    const pending = this.collection<PendingRegistration>(PENDING_REGISTRATIONS);
    const _id = hashOf(token);
    if (form.cvId) await this.cvs.bind(form.cvId, email, _id, now);
    await pending.insertOne({
      _id,
      email,
      data,
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFICATION_TTL_MS),
    });
    const mail = verificationMail[form.locale](this.mailer.link('/verify', { token }));
    try {
      await this.mailer.send({ to: email, ...mail });
    } catch (error) {
      await pending.deleteOne({ _id }).catch(() => undefined); // a link nobody received must not linger
      throw error;
    }
  }

  private async liveCampaign(slug: string, channel: string) {
    const entry = await this.collection<{ _id: string; campaignId: string }>(CAMPAIGN_SLUGS).findOne({
      _id: slug,
    });
    const campaign = entry && (await this.campaigns.load(entry.campaignId));
    if (!campaign) throw new DomainError('campaign.not_found', 'not_found', `No campaign ${slug}`);
    if (campaign.state.status !== 'live')
      throw new DomainError('campaign.closed', 'conflict', 'This campaign does not take registrations');
    if (!campaign.state.channels?.includes(channel as never))
      throw new DomainError('campaign.channel_unknown', 'invalid', `This campaign has no ${channel} link`);
    return campaign;
  }

  /**
   * Follows a verification link. The person becomes (or updates) the one member of their e-mail address, and
   * the change and its event are stored in one write. Resumable: a crash anywhere leaves the link working until
   * the member holds the registration, and the same link then finishes the job without doing it twice.
   * - The link's use is claimed first (insert-once), recording the member it is for and the outcome expected,
   *   so a retry works on the same member and answers as the first attempt would have.
   * - The member's change is skipped when the member already holds this registration (the crash came after
   *   it): nothing written, no second event. Two clicks at once serialise on the member's version the same way.
   * - Only then is the pending copy deleted: from that moment the link is used up (`link.invalid`).
   */
  async verify(token: string, now = new Date()): Promise<{ memberId: string; outcome: Outcome }> {
    const _id = hashOf(token);
    const pending = await this.collection<PendingRegistration>(PENDING_REGISTRATIONS).findOne({ _id });
    if (!pending || pending.expiresAt.getTime() <= now.getTime()) throw invalidLink();

    const use = await this.claimLink(_id, pending.data, now);
    if (pending.data.cvId) await this.cvs.handOver(pending.data.cvId, use.memberId, now);
    let outcome = use.outcome;
    try {
      await this.members.change(use.memberId, (current) => {
        const decision = decideVerified(use.memberId, current, pending.data, now.toISOString());
        if (current && holds(current.state, decision.state)) throw new AlreadyHeld();
        outcome = decision.outcome;
        // Back through another campaign than their first: that campaign reached them too (its funnel counts them).
        const { campaignId, channel } = pending.data;
        const returned = decision.outcome === 'updated' && current?.state.campaignId !== campaignId;
        return {
          state: decision.state,
          events: returned
            ? [...decision.events, event(MemberReturned, { memberId: use.memberId, campaignId, channel })]
            : decision.events,
        };
      });
    } catch (error) {
      if (!(error instanceof AlreadyHeld)) throw error;
    }
    // The member holds the data now; the pending copy has no purpose left, and the link is used up.
    await this.collection(PENDING_REGISTRATIONS)
      .deleteOne({ _id })
      .catch(() => undefined);
    return { memberId: use.memberId, outcome };
  }

  /** This link's use: claimed now for the member of its address, or the one an earlier attempt claimed. */
  private async claimLink(_id: string, registration: Registration, now: Date): Promise<LinkUse> {
    const uses = this.collection<LinkUse>(REGISTRATION_LINK_USES);
    const earlier = await uses.findOne({ _id });
    if (earlier) return earlier;
    const memberId = await this.memberIdFor(registration.email);
    const current = await this.members.load(memberId);
    const use: LinkUse = {
      _id,
      memberId,
      outcome: decideVerified(memberId, current, registration, now.toISOString()).outcome,
      at: now,
    };
    if (await insertOnce(uses, use)) return use;
    return (await uses.findOne({ _id }))!; // another click of the same link claimed it a moment before
  }

  /** The member of an address: the one already keyed to it, or a new id claimed for it by a unique insert. */
  private async memberIdFor(email: string): Promise<string> {
    const emails = this.collection<{ _id: string; memberId: string }>(MEMBER_EMAILS);
    const existing = await emails.findOne({ _id: email });
    if (existing) return existing.memberId;
    const memberId = uuidv7();
    try {
      await emails.insertOne({ _id: email, memberId });
      return memberId;
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return (await emails.findOne({ _id: email }))!.memberId; // a concurrent verification won: the same member
    }
  }
}
