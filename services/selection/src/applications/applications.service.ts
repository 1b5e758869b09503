import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type Caller, entry } from '@ikiraro/auth';
import { ApplicationRejected, ApplicationScreened, ApplicationSubmitted } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event } from '@ikiraro/messaging';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import { v5 as uuidv5 } from 'uuid';
import { Members } from '../members/members.ts';
import { assertPanelist } from '../review/review.rules.ts';
import { torNotFound } from '../tors/tor.rules.ts';
import { TOR, type Tor } from '../tors/tor.ts';
import { ApplicationClaims } from './application-claims.ts';
import { APPLICATION, type Application } from './application.ts';
import { applicantViewOf, viewFor } from './application.view.ts';
import { screen } from './eligibility.rules.ts';
import { match } from './match.rules.ts';

const APPLICATIONS_NAMESPACE = '6f1c2a4e-2b8d-4c1e-9a57-3d0f5b7e9c21';
/**
 * The id an application had when ids were derived from ToR and member (anyone knowing both could compute it, which
 * undid blind review). New applications get random ids (application-claims.ts); this finds the older ones only.
 */
export const applicationIdOf = (torId: string, memberId: string) =>
  uuidv5(`${torId}:${memberId}`, APPLICATIONS_NAMESPACE);

export const applicationNotFound = (id: string) =>
  new DomainError('application.not_found', 'not_found', `No application ${id}`);

const duplicate = () =>
  new DomainError('application.duplicate', 'conflict', 'You have already applied to this ToR');

type Stored<T> = T & { _id: string; version: number };

@Injectable()
export class ApplicationsService {
  readonly applications;
  readonly tors;

  constructor(
    private readonly store: AggregateStore,
    private readonly members: Members,
    private readonly claims: ApplicationClaims,
    @InjectConnection() private readonly connection: Connection,
  ) {
    this.applications = store.of<Application>(APPLICATION);
    this.tors = store.of<Tor>(TOR);
  }

  private get projection() {
    return this.connection.db!.collection<Stored<Application>>('applications');
  }

  /** Applications from the projection (a moment behind), their personal fields opened (ADR 10). */
  private async listed(filter: Partial<Pick<Application, 'memberId' | 'torId'>>) {
    return this.store.openMany(APPLICATION, await this.projection.find(filter).toArray());
  }

  /**
   * A member applies: screened and matched at once, from the profile facts selection holds, and announced as
   * submitted and screened (and rejected, when a rule fails) in the same write.
   */
  async submit(caller: Caller, torId: string, motivation: string) {
    const tor = await this.tors.load(torId);
    if (!tor || tor.state.status === 'draft' || tor.state.status === 'approved') throw torNotFound(torId);
    if (tor.state.status !== 'published')
      throw new DomainError('tor.not_open', 'conflict', 'This ToR no longer takes applications');
    const member = await this.members.find(caller.id);
    if (!member)
      throw new DomainError(
        'application.member_unknown',
        'conflict',
        'Your registration has not reached selection yet: try again in a minute',
      );
    // An application made before ids became random has no claim: it counts as the member's one all the same.
    if (await this.applications.load(applicationIdOf(torId, caller.id))) throw duplicate();
    const id = await this.claims.claim(torId, caller.id);
    const at = new Date();
    const screening = screen(tor.state, member.facts);
    const failedRules = screening.results.filter((r) => !r.passed).map((r) => r.rule);
    const application: Application = {
      torId,
      memberId: caller.id,
      applicantName: caller.name,
      motivation: motivation.trim(),
      submittedAt: at.toISOString(),
      profile: member.facts,
      screening,
      match: match(tor.state, member.facts),
      status: screening.eligible ? 'eligible' : 'ineligible',
      declarations: [],
      scorecards: [],
      notes: [],
      trail: [
        entry({ ...caller, name: 'applicant' }, 'applied', at), // the name is in applicantName, sealed
        entry({ id: 'system', name: 'eligibility rules', roles: [] }, 'screened', at, {
          eligible: screening.eligible,
          failed: failedRules,
        }),
      ],
    };
    try {
      const created = await this.applications.create(id, application, [
        event(ApplicationSubmitted, { applicationId: id, torId, memberId: caller.id }),
        event(ApplicationScreened, { applicationId: id, eligible: screening.eligible, failedRules }),
        ...(screening.eligible
          ? []
          : [
              event(ApplicationRejected, {
                applicationId: id,
                torId,
                memberId: caller.id,
                stage: 'screening' as const,
              }),
            ]),
      ]);
      return { application: created, tor };
    } catch (error) {
      if (error instanceof AggregateConflictError) throw duplicate();
      throw error;
    }
  }

  /** The member's own applications, newest first. */
  async mine(memberId: string) {
    const found = await this.listed({ memberId });
    const tors = await this.tors.loadMany([...new Set(found.map((a) => a.torId))]);
    return found
      .map((a) => applicantViewOf(a._id, a, tors.get(a.torId)?.state ?? null))
      .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  }

  /** The application and its ToR, if the caller may see them (a reviewer: on the ToR's panel). */
  async load(id: string, caller: Caller) {
    const application = await this.applications.load(id);
    if (!application) throw applicationNotFound(id);
    const tor = await this.tors.load(application.state.torId);
    if (!tor) throw applicationNotFound(id);
    if (isReviewer(caller)) assertPanelist(tor.state, caller);
    return { application, tor };
  }

  async get(id: string, caller: Caller) {
    const { application, tor } = await this.load(id, caller);
    return viewFor(caller, tor.state, id, application.state);
  }

  /** A ToR's applications, best match first; from the projection, so a moment behind. */
  async forTor(torId: string, caller: Caller) {
    const tor = await this.tors.load(torId);
    if (!tor) throw torNotFound(torId);
    if (isReviewer(caller)) assertPanelist(tor.state, caller);
    const found = await this.listed({ torId });
    return found
      .map(({ _id, version: _, ...application }) => viewFor(caller, tor.state, _id, application))
      .sort((a, b) => (b.match?.total ?? -1) - (a.match?.total ?? -1) || a.code.localeCompare(b.code));
  }

  /**
   * A member's erasure (ADR 10, ADR 11): each application keeps its scores, outcomes, decision and trail for the
   * audit; what the applicant wrote and what was written about them is sealed with their key, which outreach
   * destroys, and the latest version says so with those fields null. Found through the member's claims as well as
   * the projection, which may lag. Returns how many applications it erased.
   */
  async eraseApplicant(memberId: string): Promise<number> {
    const listed = await this.projection.find({ memberId }, { projection: { _id: 1 } }).toArray();
    const ids = new Set([...(await this.claims.idsOf(memberId)), ...listed.map((a) => a._id)]);
    const found = await this.applications.loadMany([...ids]);
    for (const [id, current] of found) {
      if (current.state.erased) continue;
      await this.applications.update(id, ({ state }) => {
        const redacted = redact(state);
        const line = entry({ id: 'system', name: 'erasure', roles: [] }, 'erased', new Date());
        return { state: { ...redacted, trail: [...redacted.trail, line] }, events: [] };
      });
    }
    return found.size;
  }
}

const isReviewer = (caller: Caller) =>
  caller.roles.includes('twg-member') &&
  !caller.roles.some((r) => r === 'programme-manager' || r === 'admin' || r === 'auditor');

/**
 * What is left of an application once its applicant is erased: every personal field (application.ts
 * `applicationFields`) null, as a sealed one opens once the key is gone, so nothing is sealed for them again.
 */
export function redact(application: Application): Application {
  const gone = null as unknown as string; // the fields are strings while the person exists
  return {
    ...application,
    applicantName: null,
    motivation: null,
    profile: null,
    match: { ...application.match, items: application.match.items.map((item) => ({ ...item, found: gone })) },
    screening: {
      ...application.screening,
      results: application.screening.results.map((r) => ({ ...r, detail: gone })),
    },
    declarations: application.declarations.map((d) => (d.reason ? { ...d, reason: gone } : d)),
    scorecards: application.scorecards.map((c) => (c.comment ? { ...c, comment: gone } : c)),
    notes: application.notes.map((note) => ({ ...note, text: gone })),
    ...(application.decision ? { decision: { ...application.decision, reason: gone } } : {}),
    trail: application.trail.map((line) =>
      line.detail?.reason ? { ...line, detail: { ...line.detail, reason: null } } : line,
    ),
    erased: true,
  };
}
