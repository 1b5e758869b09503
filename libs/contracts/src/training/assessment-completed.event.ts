import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { defineEvent } from '../event-contract.ts';
import { IsListOf, IsNestedOf } from '../field-rules.ts';
import { TotRef } from './tot-ref.ts';

/** A cohort's learning: mean scores (percent) and normalised gain, of trainees with both tests. */
export class LearningGain {
  @IsInt()
  @Min(0)
  @Max(10_000)
  trainees!: number;

  /** Mean pre-test score, 0–100; absent when no trainee took both. */
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  pre?: number;

  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(100)
  post?: number;

  /** (post − pre) / (100 − pre) of the means; absent when pre is 100 or nobody took both. */
  @IsOptional()
  @IsNumber()
  @Min(-100)
  @Max(1)
  gain?: number;
}

export class SexGain extends LearningGain {
  @IsProgrammeCode('genders')
  sex!: string;
}

export class AssessmentCompletedV1 extends TotRef {
  /** The whole cohort. */
  @IsNestedOf(() => LearningGain)
  cohort!: LearningGain;

  @IsListOf(() => SexGain, 10)
  bySex!: SexGain[];
}

export const AssessmentCompleted = defineEvent({
  type: 'training.assessment.completed',
  version: 1,
  payload: AssessmentCompletedV1,
  description:
    "The ToT was closed: its cohort's learning gain from the pre- and post-tests, overall and by sex.",
});
