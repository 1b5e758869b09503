import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import {
  CertificateIssued,
  type CertificateIssuedV1,
  type EventEnvelope,
  ProposalAwarded,
  type ProposalAwardedV1,
  TorPublished,
  type TorPublishedV1,
  TotOpened,
  type TotOpenedV1,
} from '@ikiraro/contracts';
import { programme } from '@ikiraro/programme';
import type { Connection } from 'mongoose';
import { Contacts } from '../contacts/contacts.ts';
import type { Facts } from './rule.ts';

type TorCopy = Omit<TorPublishedV1, 'torId'> & { _id: string };
/** A ToT's ToR (`_id`: the ToT), and a certificate's course as printed (`_id`: the certificate). */
type TotCopy = { _id: string; torId: string };
type CourseCopy = { _id: string; course: string };
/** A funded pilot (`_id`: the award, which is its proposal's id): its team's lead and its title. */
export type AwardCopy = { _id: string; leadId: string; title: string };

/**
 * What the policy knows besides the event in hand: the ToRs published (their title and place, for the messages
 * about applications to them), the ToR of each ToT and the course of each certificate (for the messages about
 * training), the lead and title of each funded pilot (for the notices of its milestones and tranches, which carry
 * neither), who is interested in a subject and which staff hold a role. Nothing here is personal.
 */
@Injectable()
export class Known {
  constructor(
    @InjectConnection() private readonly connection: Connection,
    private readonly contacts: Contacts,
  ) {}

  private get tors() {
    return this.connection.db!.collection<TorCopy>('tors');
  }

  private get tots() {
    return this.connection.db!.collection<TotCopy>('tots');
  }

  private get courses() {
    return this.connection.db!.collection<CourseCopy>('certificate_courses');
  }

  private get awards() {
    return this.connection.db!.collection<AwardCopy>('funding_awards');
  }

  /** The event types the policy learns from, whether or not a line of it sends a message on them. */
  static readonly learnsFrom: readonly string[] = [
    TorPublished.type,
    TotOpened.type,
    CertificateIssued.type,
    ProposalAwarded.type,
  ];

  /** Keeps what a handled event teaches: a published ToR's terms, a ToT's ToR, a certificate's course, an award. */
  async learn({ type, data }: EventEnvelope): Promise<void> {
    if (type === TorPublished.type) {
      const { torId, ...terms } = data as TorPublishedV1;
      await this.tors.replaceOne({ _id: torId }, terms, { upsert: true });
    } else if (type === TotOpened.type) {
      const { totId, torId } = data as TotOpenedV1;
      await this.tots.replaceOne({ _id: totId }, { torId }, { upsert: true });
    } else if (type === CertificateIssued.type) {
      const { certificateId, course } = data as CertificateIssuedV1;
      if (course) await this.courses.replaceOne({ _id: certificateId }, { course }, { upsert: true });
    } else if (type === ProposalAwarded.type) {
      const { proposalId, leadId, title } = data as ProposalAwardedV1;
      await this.awards.replaceOne({ _id: proposalId }, { leadId, title }, { upsert: true });
    }
  }

  /**
   * A certificate's course and IPRC for a template: the course as the issued event printed it, else its ToT's
   * ToR title; no course when neither is known (the message then fails to render and says so in the log).
   */
  async certificateFacts(d: { certificateId: string; totId: string; iprc: string }): Promise<Facts> {
    const printed = (await this.courses.findOne({ _id: d.certificateId }))?.course;
    const tot = printed ? null : await this.tots.findOne({ _id: d.totId });
    const tor = tot ? await this.tors.findOne({ _id: tot.torId }) : null;
    const course = printed ?? tor?.title;
    return { ...(course ? { course } : {}), institution: institutionName(d.iprc) };
  }

  /** Whether an address is held for the person (a trainee's comes only with a certificate that carried one). */
  reachable(person: string): Promise<boolean> {
    return this.contacts.has(person);
  }

  /**
   * A ToR's title, institution, subject and window for a template; none of it when the ToR was published before
   * notifications listened (the message then fails to render and says so in the delivery log).
   */
  async torFacts(torId: string): Promise<Facts> {
    const tor = await this.tors.findOne({ _id: torId });
    if (!tor) return {};
    return {
      tor: {
        title: tor.title,
        subject: tor.subject,
        institution: institutionName(tor.iprc),
        durationMonths: tor.durationMonths,
      },
      period: { start: tor.period.start, end: tor.period.end },
    };
  }

  /** A funded pilot's lead and title; none when its award came before notifications listened. */
  award(awardId: string): Promise<AwardCopy | null> {
    return this.awards.findOne({ _id: awardId });
  }

  interestedIn(subject: string): Promise<string[]> {
    return this.contacts.interestedIn(subject);
  }

  /** The staff accounts holding `role` (and, for an IPRC's focal points, of that IPRC). */
  staffWith(role: string, iprc?: string): Promise<string[]> {
    return this.contacts.staffWith(role, iprc);
  }
}

/** An IPRC's name as the programme writes it (`IPRC Kigali`), its code when the programme does not know it. */
export const institutionName = (iprc: string) =>
  programme().host.institutions.find((i) => i.code === iprc)?.name ?? iprc;

/** A subject's (a pilot's sector's) name as the programme writes it, its code when the programme does not know it. */
export const subjectName = (code: string) => programme().subjects.find((s) => s.code === code)?.name ?? code;
