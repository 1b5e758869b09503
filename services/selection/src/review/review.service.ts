import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import { type Caller, entry } from '@ikiraro/auth';
import {
  ApplicationRejected,
  CandidateSelected,
  CandidateShortlisted,
  TorPlaceReleased,
  type TorPlaceReleasedV1,
} from '@ikiraro/contracts';
import { event, type PendingEvent, type Versioned } from '@ikiraro/messaging';
import { insertOnce } from '@ikiraro/persistence';
import { DomainError } from '@ikiraro/service-defaults';
import type { Connection } from 'mongoose';
import type { Application } from '../applications/application.ts';
import { viewFor } from '../applications/application.view.ts';
import { ApplicationsService } from '../applications/applications.service.ts';
import type { Tor } from '../tors/tor.ts';
import type { DecisionDto } from './review.dto.ts';
import { assertDecidable, assertShortlistable, placementOf, stageOf } from './decision.rules.ts';
import { countedScorecards, declarationOf, declare, scorecard } from './review.rules.ts';

/**
 * A selected expert takes one of the ToR's places (`_id` = `<torId>:<n>`, n = 1..experts), claimed by an insert
 * under a unique key: two programme managers selecting at once cannot overfill a ToR.
 */
export const TOR_PLACES = 'tor_places';

/** Who withdraws an application whose placement fell through, for the trail. */
const placement = { id: 'system', name: 'placement', roles: [] };

/** The panel's work on one application; each step one version of it, with its line in the trail. */
@Injectable()
export class ReviewService {
  constructor(
    private readonly applications: ApplicationsService,
    @InjectConnection() private readonly connection: Connection,
  ) {}

  declare(id: string, caller: Caller, conflict: boolean, reason?: string) {
    return this.step(id, caller, (application, _tor, at) => ({
      state: { ...application, declarations: declare(application, caller.id, conflict, reason, at) },
      line: entry(caller, conflict ? 'declared-conflict' : 'declared-no-conflict', at),
    }));
  }

  score(id: string, caller: Caller, scores: Record<string, number>, comment?: string) {
    return this.step(id, caller, (application, tor, at) => {
      const cards = scorecard(tor, application, caller, scores, comment, at);
      const card = cards.find((c) => c.reviewerId === caller.id)!;
      return {
        state: { ...application, scorecards: cards },
        line: entry(caller, 'scored', at, { scores: card.scores, total: card.total }),
      };
    });
  }

  /** Interview notes: by the programme manager, or a panellist without a conflict, once shortlisted. */
  note(id: string, caller: Caller, text: string) {
    return this.step(id, caller, (application, _tor, at) => {
      if (declarationOf(application, caller.id)?.conflict)
        throw new DomainError(
          'review.conflict_declared',
          'forbidden',
          'You declared a conflict of interest on this application',
        );
      if (application.status === 'eligible' || application.status === 'ineligible')
        throw new DomainError(
          'application.not_shortlisted',
          'conflict',
          'Interview notes come after the shortlist',
        );
      return {
        state: {
          ...application,
          notes: [
            ...application.notes,
            { by: { id: caller.id, name: caller.name }, text: text.trim(), at: at.toISOString() },
          ],
        },
        line: entry(caller, 'noted', at),
      };
    });
  }

  shortlist(id: string, caller: Caller) {
    return this.step(id, caller, (application, tor, at) => {
      assertShortlistable(application, countedScorecards(tor, application).length);
      return {
        state: { ...application, status: 'shortlisted' },
        line: entry(caller, 'shortlisted', at),
        events: [
          event(CandidateShortlisted, {
            applicationId: id,
            torId: application.torId,
            memberId: application.memberId,
          }),
        ],
      };
    });
  }

  async decide(id: string, caller: Caller, dto: DecisionDto) {
    const { application, tor } = await this.applications.load(id, caller);
    assertDecidable(application.state, dto.outcome);
    const placement = dto.outcome === 'selected' ? placementOf(tor.state, dto.placement) : undefined;
    const place =
      dto.outcome === 'selected' ? await this.takePlace(tor.id, tor.state.experts, id) : undefined;
    try {
      return await this.step(id, caller, (current, _tor, at) => {
        assertDecidable(current, dto.outcome);
        const events: PendingEvent[] =
          dto.outcome === 'selected'
            ? [
                event(CandidateSelected, {
                  applicationId: id,
                  torId: current.torId,
                  memberId: current.memberId,
                  iprc: tor.state.iprc,
                  period: placement!,
                }),
              ]
            : dto.outcome === 'rejected'
              ? [
                  event(ApplicationRejected, {
                    applicationId: id,
                    torId: current.torId,
                    memberId: current.memberId,
                    stage: stageOf(current),
                  }),
                ]
              : [];
        return {
          state: {
            ...current,
            status: dto.outcome,
            decision: {
              outcome: dto.outcome,
              reason: dto.reason.trim(),
              by: { id: caller.id, name: caller.name },
              at: at.toISOString(),
            },
            ...(placement ? { placement } : {}),
          },
          line: entry(caller, 'decided', at, {
            outcome: dto.outcome,
            reason: dto.reason.trim(),
            ...(placement ? { placement } : {}),
          }),
          events,
        };
      });
    } catch (error) {
      if (place) await this.places.deleteOne({ _id: place });
      throw error;
    }
  }

  /**
   * A selected candidate's placement fell through (declined, expired, cancelled): their place is freed, then the
   * application is withdrawn and the release announced with that version, so the place is open before anyone hears
   * of it. An application that is not selected (any more) is left alone. Redelivered, the event finds it
   * withdrawn; after a failed first attempt, it finds the place gone already and withdraws it.
   */
  async releasePlace(id: string, cause: TorPlaceReleasedV1['cause']) {
    const current = await this.applications.applications.load(id);
    if (current?.state.status !== 'selected') return;
    await this.places.deleteOne({ applicationId: id });
    const notSelected = new Error('not selected');
    try {
      await this.applications.applications.update(id, ({ state }) => {
        if (state.status !== 'selected') throw notSelected; // withdrawn meanwhile, by another placement event
        const line = entry(placement, 'placement-fell-through', new Date(), { cause });
        return {
          state: { ...state, status: 'withdrawn', trail: [...state.trail, line] },
          events: [
            event(TorPlaceReleased, {
              applicationId: id,
              torId: state.torId,
              memberId: state.memberId,
              cause,
            }),
          ],
        };
      });
    } catch (error) {
      if (error !== notSelected) throw error;
    }
  }

  private get places() {
    return this.connection.db!.collection<{ _id: string; applicationId: string; at: Date }>(TOR_PLACES);
  }

  private async takePlace(torId: string, experts: number, applicationId: string) {
    for (let n = 1; n <= experts; n++) {
      const _id = `${torId}:${n}`;
      if (await insertOnce(this.places, { _id, applicationId, at: new Date() })) return _id;
    }
    throw new DomainError('tor.filled', 'conflict', `All ${experts} places of this ToR are taken`);
  }

  /** Loads, checks the caller may act on it, decides and stores the next version; answers with the caller's view. */
  private async step(
    id: string,
    caller: Caller,
    decide: (
      application: Application,
      tor: Tor,
      at: Date,
    ) => { state: Application; line: Application['trail'][number]; events?: PendingEvent[] },
  ) {
    const { tor } = await this.applications.load(id, caller);
    const stored: Versioned<Application> = await this.applications.applications.update(id, ({ state }) => {
      const { state: next, line, events = [] } = decide(state, tor.state, new Date());
      return { state: { ...next, trail: [...state.trail, line] }, events };
    });
    return viewFor(caller, tor.state, id, stored.state);
  }
}
