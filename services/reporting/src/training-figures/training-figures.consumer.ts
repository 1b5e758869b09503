import { Controller } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { Payload } from '@nestjs/microservices';
import {
  AssessmentCompleted,
  type AssessmentCompletedV1,
  CascadeRecorded,
  type CascadeRecordedV1,
  CertificateIssued,
  type CertificateIssuedV1,
  CertificateRevoked,
  type CertificateRevokedV1,
  type EventEnvelope,
  SessionHeld,
  type SessionHeldV1,
  TotCancelled,
  type TotCancelledV1,
  TotOpened,
  type TotOpenedV1,
} from '@ikiraro/contracts';
import { AggregateStore, OnEvent } from '@ikiraro/messaging';
import { Facts } from '../logframe/facts.ts';
import type { Connection } from 'mongoose';
import { IprcFigures } from '../iprc-figures.ts';
import {
  type CertificateCopy,
  noTrainingFigures,
  TRAINING_CERTIFICATES,
  TRAINING_FIGURES,
  type TrainingFigures,
} from './training-figures.ts';
import { plusBySex, withCertificate, withLearningGain } from './training-figures.rules.ts';

/**
 * Training per IPRC: ToTs, sessions and attendances, trainers trained (certificates issued minus revoked), the
 * cascade, learning gain. One change of the IPRC's figures per event: a redelivery changes nothing.
 */
@Controller()
export class TrainingFiguresConsumer {
  private readonly figures;

  constructor(
    store: AggregateStore,
    private readonly facts: Facts,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.figures = new IprcFigures<TrainingFigures>(store, TRAINING_FIGURES, noTrainingFigures);
  }

  private get certificates() {
    return this.connection.db!.collection<CertificateCopy>(TRAINING_CERTIFICATES);
  }

  @OnEvent(TotOpened)
  async onOpened(@Payload() { data }: EventEnvelope<TotOpenedV1>) {
    await this.figures.count(data.iprc, (s) => ({ ...s, totsOpened: s.totsOpened + 1 }));
  }

  @OnEvent(TotCancelled)
  async onCancelled(@Payload() { data }: EventEnvelope<TotCancelledV1>) {
    await this.figures.count(data.iprc, (s) => ({ ...s, totsCancelled: s.totsCancelled + 1 }));
  }

  @OnEvent(SessionHeld)
  async onHeld(@Payload() { data }: EventEnvelope<SessionHeldV1>) {
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      sessionsHeld: s.sessionsHeld + 1,
      attendancesBySex: plusBySex(s.attendancesBySex, data.attended),
    }));
  }

  @OnEvent(CascadeRecorded)
  async onCascade(@Payload() event: EventEnvelope<CascadeRecordedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => ({
      ...s,
      cascadeSessions: s.cascadeSessions + 1,
      studentsReachedBySex: plusBySex(s.studentsReachedBySex, data.students),
    }));
  }

  @OnEvent(AssessmentCompleted)
  async onAssessed(@Payload() event: EventEnvelope<AssessmentCompletedV1>) {
    await this.facts.record(event);
    const { data } = event;
    await this.figures.count(data.iprc, (s) => withLearningGain(s, data.totId, data.cohort));
  }

  /** Counted unless its revocation came first; the holder's sex kept for that revocation (no name, no address). */
  @OnEvent(CertificateIssued)
  async onIssued(@Payload() event: EventEnvelope<CertificateIssuedV1>) {
    await this.facts.record(event);
    const { data } = event;
    const { certificateId, kind, sex, iprc } = data;
    const before = await this.certificates.findOne({ _id: certificateId });
    await this.certificates.updateOne(
      { _id: certificateId },
      { $set: { kind, sex, iprc } },
      { upsert: true },
    );
    if (before?.revokedBy) return;
    await this.figures.count(iprc, (s) => withCertificate(s, kind, sex, 1));
  }

  /**
   * Taken back from the count it was in, once: the first revocation is recorded with whether the issue had been
   * counted (a retry of that event finishes its change; a redelivery, or an issue handled after it, counts nothing).
   */
  @OnEvent(CertificateRevoked)
  async onRevoked(@Payload() event: EventEnvelope<CertificateRevokedV1>) {
    await this.facts.record(event);
    const { id, data } = event;
    const before = await this.certificates.findOne({ _id: data.certificateId });
    const revocation = before?.revokedBy
      ? { revokedBy: before.revokedBy, takenBack: before.takenBack === true }
      : { revokedBy: id, takenBack: before?.sex !== undefined };
    if (!before?.revokedBy)
      await this.certificates.updateOne({ _id: data.certificateId }, { $set: revocation }, { upsert: true });
    if (revocation.revokedBy !== id || !revocation.takenBack) return;
    await this.figures.count(data.iprc, (s) => withCertificate(s, data.kind, before!.sex!, -1));
  }
}
