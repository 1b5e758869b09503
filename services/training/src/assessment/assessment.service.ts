import { Injectable } from '@nestjs/common';
import type { Caller } from '@ikiraro/auth';
import { AssessmentCompleted } from '@ikiraro/contracts';
import { AggregateConflictError, AggregateStore, event, type Versioned } from '@ikiraro/messaging';
import { programme } from '@ikiraro/programme';
import { DomainError } from '@ikiraro/service-defaults';
import { randomUUID } from 'node:crypto';
import { mayChange } from '../scope.ts';
import type { Trainee } from '../trainees/trainee.ts';
import { TraineesService } from '../trainees/trainees.service.ts';
import type { Tot } from '../tots/tot.ts';
import { assertPlanning, close as closeTot } from '../tots/tot.rules.ts';
import { refOf, TotsService } from '../tots/tots.service.ts';
import { ASSESSMENT, type Assessment, FEEDBACK, type Feedback, type TestKind } from './assessment.ts';
import * as rules from './assessment.rules.ts';
import type { FeedbackDto } from './assessment.dto.ts';

const sexes = () => programme().genders.map((g) => g.code);

export interface AssessmentData {
  tot: Versioned<Tot>;
  assessment: Assessment;
  trainees: (Trainee & { _id: string })[];
  feedback: Feedback[];
}

/**
 * A ToT's assessment: the trainer's questions, the pre- and post-tests taken on phones or scored by hand, the
 * learning gain, the end-of-course survey; and the course's close, which publishes the gain.
 */
@Injectable()
export class AssessmentService {
  readonly assessments;
  readonly feedback;

  constructor(
    store: AggregateStore,
    private readonly tots: TotsService,
    private readonly trainees: TraineesService,
  ) {
    this.assessments = store.of<Assessment>(ASSESSMENT);
    this.feedback = store.of<Feedback>(FEEDBACK);
  }

  setQuestions(totId: string, drafts: rules.QuestionDraft[], caller: Caller) {
    return this.staffChange(totId, caller, (a, at) => rules.setQuestions(a, drafts, randomUUID, caller, at));
  }

  openTest(totId: string, kind: TestKind, caller: Caller) {
    return this.staffChange(totId, caller, (a, at) => rules.openTest(a, kind, caller, at));
  }

  closeTest(totId: string, kind: TestKind, caller: Caller) {
    return this.staffChange(totId, caller, (a, at) => rules.closeTest(a, kind, caller, at));
  }

  async enterScores(
    totId: string,
    kind: TestKind,
    scores: { traineeId: string; score: number }[],
    caller: Caller,
  ) {
    const enrolled = await this.trainees.enrolledIds(totId);
    return this.staffChange(totId, caller, (a, at) =>
      rules.enterScores(a, kind, scores, enrolled, caller, at),
    );
  }

  /** Everything the assessment page shows, the caller's scope applied. */
  async data(totId: string, caller: Caller): Promise<AssessmentData> {
    const tot = await this.tots.load(totId, caller);
    const [assessment, trainees] = await Promise.all([this.assessmentOf(totId), this.trainees.of(totId)]);
    const given = await this.feedback.loadMany(trainees.map((t) => t._id));
    return { tot, assessment, trainees, feedback: [...given.values()].map((v) => v.state) };
  }

  /** A test as the trainee a personal code names sees it, with the ToT. */
  async forTrainee(code: string | undefined) {
    const trainee = await this.trainees.byCode(code);
    const tot = await this.tots.tots.load(trainee.state.totId);
    if (!tot) throw new DomainError('tot.not_found', 'not_found', 'This training is not known');
    return { trainee, tot, assessment: await this.assessmentOf(tot.id) };
  }

  /** A trainee's answers to an open test, on their phone: their score. */
  async take(code: string | undefined, kind: TestKind, answers: number[]): Promise<number> {
    const { trainee, tot } = await this.forTrainee(code);
    assertPlanning(tot.state, 'take tests');
    let score = 0;
    await this.assessments.change(tot.id, (current) => {
      const taken = rules.take(
        current?.state ?? rules.emptyAssessment(),
        kind,
        trainee.id,
        answers,
        new Date(),
      );
      score = taken.score;
      return { state: taken.state, events: [] };
    });
    return score;
  }

  /** The end-of-course survey, once per trainee, from the opening of the post-test. */
  async giveFeedback(code: string | undefined, dto: FeedbackDto) {
    const { trainee, tot, assessment } = await this.forTrainee(code);
    if (tot.state.status === 'cancelled')
      throw new DomainError('tot.wrong_status', 'conflict', 'This training was cancelled');
    rules.assertFeedbackOpen(assessment);
    const comment = dto.comment?.trim() || null;
    const state: Feedback = {
      totId: tot.id,
      ratings: { ...dto.ratings },
      comment,
      at: new Date().toISOString(),
    };
    await this.feedback.create(trainee.id, state).catch((error: unknown) => {
      if (error instanceof AggregateConflictError)
        throw new DomainError('feedback.given', 'conflict', 'You have answered the survey already');
      throw error;
    });
  }

  /**
   * Closes the course: open tests close first (no answer arrives after the gain is taken), then the ToT closes
   * with AssessmentCompleted, the cohort's gain, in the same write.
   */
  async close(totId: string, caller: Caller) {
    assertMayChange(caller);
    const tot = await this.tots.load(totId, caller);
    closeTot(tot.state, caller, new Date()); // refuses now what TotsService.close would refuse after the tests closed
    const current = await this.assessments.load(totId);
    if (current && Object.values(current.state.tests).some((t) => t.status === 'open'))
      await this.assessments.update(totId, ({ state }) => ({
        state: rules.closeOpenTests(state, caller, new Date()),
        events: [],
      }));
    const [assessment, trainees] = await Promise.all([this.assessmentOf(totId), this.trainees.of(totId)]);
    const { cohort, bySex } = gainsOf(assessment, trainees);
    return this.tots.close(totId, caller, (closed) => [
      event(AssessmentCompleted, { ...refOf(totId, closed), cohort, bySex }),
    ]);
  }

  private async assessmentOf(totId: string): Promise<Assessment> {
    return (await this.assessments.load(totId))?.state ?? rules.emptyAssessment();
  }

  private async staffChange(totId: string, caller: Caller, decide: (a: Assessment, at: Date) => Assessment) {
    assertMayChange(caller);
    const tot = await this.tots.load(totId, caller);
    assertPlanning(tot.state, 'change its assessment');
    return this.assessments.change(totId, (current) => ({
      state: decide(current?.state ?? rules.emptyAssessment(), new Date()),
      events: [],
    }));
  }
}

/** Each enrolled trainee's scores with their sex, and the gains of the cohort and of each sex. */
export function gainsOf(
  assessment: Assessment,
  trainees: readonly (Pick<Trainee, 'sex'> & { _id: string })[],
) {
  const rows = trainees.map((t) => ({ sex: t.sex, ...rules.scoresOf(assessment, t._id) }));
  return { cohort: rules.cohortGain(rows), bySex: rules.gainBySex(rows, sexes()) };
}

export function assertMayChange(caller: Caller) {
  if (!mayChange(caller))
    throw new DomainError('tot.read_only', 'forbidden', 'You may read this ToT, not change it');
}
