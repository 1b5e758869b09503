import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Caller } from '@ikiraro/auth';
import { CertificateIssued, CertificateRevoked, type PlacementCompletedV1 } from '@ikiraro/contracts';
import { AggregateStore, event, type PendingEvent, type Versioned } from '@ikiraro/messaging';
import { isDuplicateKey } from '@ikiraro/persistence';
import { programme } from '@ikiraro/programme';
import { DomainError, SignedTokens } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { TraineesService } from '../trainees/trainees.service.ts';
import type { Tot } from '../tots/tot.ts';
import { refOf, TotsService } from '../tots/tots.service.ts';
import { TRAINING_TOKENS } from '../training-tokens.ts';
import { CERTIFICATE, type Certificate } from './certificate.ts';
import * as rules from './certificate.rules.ts';
import { CourseResults } from './course-results.ts';

/** Each certificate's verification code, and its ToT: how a code is found at once, and a ToT's certificates listed. */
export const CERTIFICATE_CODES = 'certificate_codes';
interface CodeDoc {
  _id: string;
  certificateId: string;
  totId: string;
}

const notFound = () => new DomainError('certificate.not_found', 'not_found', 'No such certificate');

/**
 * Certificates: issued when a course closes (trainees who met the thresholds) and when a placement completes
 * (the professional's certificate of service); verified by anyone with the code; revoked by the programme manager.
 */
@Injectable()
export class CertificatesService implements OnModuleInit {
  readonly certificates;

  constructor(
    private readonly store: AggregateStore,
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
    private readonly results: CourseResults,
    @Inject(TRAINING_TOKENS) private readonly tokens: SignedTokens,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.certificates = store.of<Certificate>(CERTIFICATE);
  }

  async onModuleInit() {
    await this.codes.createIndex({ totId: 1 });
  }

  /** The course closed: a certificate for every trainee who met the thresholds; a redelivery issues none. */
  async issueTraining(totId: string) {
    const tot = await this.totOf(totId);
    const held = tot.sessions.filter((s) => s.status === 'held');
    const [results, trainees] = await Promise.all([this.results.of(totId), this.trainees.of(totId)]);
    const thresholds = programme().checklists.trainingCertificate;
    const dates = held.map((s) => s.date).sort();
    const period = dates.length ? { start: dates[0]!, end: dates.at(-1)! } : tot.period;
    const now = new Date();
    const items: { id: string; state: Certificate; events: PendingEvent[] }[] = [];
    for (const trainee of trainees) {
      const result = results.get(trainee._id) ?? {};
      if (trainee.erased || !trainee.name || !rules.meetsThresholds(result, thresholds)) continue;
      const id = rules.certificateId(totId, 'training', trainee._id);
      const state = rules.issue(
        {
          kind: 'training',
          ...refOf(totId, tot),
          holderId: trainee._id,
          name: trainee.name,
          email: trainee.email,
          sex: trainee.sex,
          verificationCode: await this.reserveCode(id, totId),
          course: tot.title,
          period,
          sessions: {
            attended: rules.sessionsAttended(result.attendanceShare!, held.length),
            held: held.length,
          },
          postTestScore: result.postTestScore!,
        },
        now,
      );
      items.push({ id, state, events: [this.issued(id, state)] });
    }
    // An item that exists already ('conflict') was issued by an earlier delivery: left as it is.
    if (items.length) await this.certificates.createMany(items);
  }

  /**
   * The placement completed: the professional's certificate of service, named as on their ToT. Training does not
   * know their sex (outreach keeps it, for the balance figures only): 'prefer-not-to-say' on the event.
   */
  async issueService(completed: PlacementCompletedV1) {
    const totId = completed.placementId;
    const tot = await this.totOf(totId);
    if (!tot.trainerName) return; // the professional was erased: nobody to name
    const id = rules.certificateId(totId, 'service', completed.memberId);
    if (await this.certificates.load(id)) return;
    const held = tot.sessions.filter((s) => s.status === 'held').length;
    const end = completed.completedOn > tot.period.start ? completed.completedOn : tot.period.end;
    const state = rules.issue(
      {
        kind: 'service',
        ...refOf(totId, tot),
        holderId: completed.memberId,
        name: tot.trainerName,
        email: null,
        sex: 'prefer-not-to-say',
        verificationCode: await this.reserveCode(id, totId),
        course: tot.title,
        period: { start: tot.period.start, end },
        sessions: { attended: held, held },
        postTestScore: null,
      },
      new Date(),
    );
    await this.certificates.createMany([{ id, state, events: [this.issued(id, state)] }]);
  }

  /** A certificate the caller may see: through its ToT's scope (a focal point their IPRC's, a trainer their own). */
  async load(id: string, caller: Caller): Promise<Versioned<Certificate>> {
    const found = await this.certificates.load(id);
    if (!found) throw notFound();
    await this.tots.load(found.state.totId, caller).catch((error: unknown) => {
      throw error instanceof DomainError && error.kind === 'not_found' ? notFound() : error;
    });
    return found;
  }

  /** The certificates of one ToT, or of every ToT the caller may see; newest first. */
  async list(caller: Caller, totId?: string): Promise<Versioned<Certificate>[]> {
    const totIds = totId
      ? [(await this.tots.load(totId, caller)).id]
      : (await this.tots.list(caller)).map((t) => t._id);
    const docs = await this.codes.find({ totId: { $in: totIds } }).toArray();
    const found = await this.certificates.loadMany(docs.map((d) => d.certificateId));
    return [...found.values()].sort(
      (a, b) => b.state.issuedOn.localeCompare(a.state.issuedOn) || a.id.localeCompare(b.id),
    );
  }

  async revoke(id: string, reason: string, caller: Caller): Promise<Versioned<Certificate>> {
    if (!rules.mayRevoke(caller))
      throw new DomainError(
        'certificate.revoke_forbidden',
        'forbidden',
        'Only the programme manager revokes',
      );
    await this.load(id, caller);
    return this.certificates.update(id, ({ state }) => {
      const next = rules.revoke(state, reason, caller, new Date());
      return {
        state: next,
        events: [
          event(CertificateRevoked, {
            ...refOf(next.totId, next),
            certificateId: id,
            kind: next.kind,
            holderId: next.holderId,
          }),
        ],
      };
    });
  }

  /** The certificate a verification code names, or 404: no account, no scope. */
  async byCode(code: string): Promise<Versioned<Certificate>> {
    const doc = await this.codes.findOne({ _id: rules.normaliseVerificationCode(code) });
    const found = doc ? await this.certificates.load(doc.certificateId) : null;
    if (!found) throw notFound();
    return found;
  }

  /** A trainee's own training certificate, by their personal code; 404 when they have none. */
  async ofTrainee(traineeCode: string | undefined): Promise<Versioned<Certificate>> {
    const trainee = await this.trainees.byCode(traineeCode);
    const found = await this.certificates.load(
      rules.certificateId(trainee.state.totId, 'training', trainee.id),
    );
    if (!found) throw new DomainError('certificate.not_found', 'not_found', 'You have no certificate (yet)');
    return found;
  }

  /**
   * A code of its own for a certificate: derived from its id (a redelivery finds the same one), unique by the
   * index of codes (a clash, one in 2^50, takes the next derivation).
   */
  private async reserveCode(certificateId: string, totId: string): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const bytes = Buffer.from(
        this.tokens.hash(`certificate-code:${certificateId}:${attempt}`),
        'base64url',
      );
      const code = rules.verificationCodeOf(bytes);
      try {
        await this.codes.insertOne({ _id: code, certificateId, totId });
        return code;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
        if ((await this.codes.findOne({ _id: code }))?.certificateId === certificateId) return code;
      }
    }
    throw new Error(`No free verification code for certificate ${certificateId}`);
  }

  private issued(id: string, c: Certificate) {
    return event(CertificateIssued, {
      ...refOf(c.totId, c),
      certificateId: id,
      kind: c.kind,
      holderId: c.holderId,
      sex: c.sex,
      verificationCode: c.verificationCode,
      course: c.course,
      name: c.name!,
      ...(c.email ? { email: c.email } : {}),
    });
  }

  /** The ToT, as stored: consumers act for the system, without a caller. Absent: the event came first, retried. */
  private async totOf(totId: string): Promise<Tot> {
    const found = await this.tots.tots.load(totId);
    if (!found) throw new Error(`No ToT ${totId} yet`);
    return found.state;
  }

  private get codes() {
    return this.connection.db!.collection<CodeDoc>(CERTIFICATE_CODES);
  }
}
