import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsText } from '../field-rules.ts';
import { MilestoneRef } from './award-ref.ts';

export class MilestoneApprovedV1 extends MilestoneRef {
  @IsText(200)
  title!: string;

  /** Jobs created by the pilot, as the approved report counts them (reporting sums the latest per award). */
  @IsInt()
  @Min(0)
  @Max(100_000)
  jobsCreated!: number;
}

export const MilestoneApproved = defineEvent({
  type: 'funding.milestone.approved',
  version: 1,
  payload: MilestoneApprovedV1,
  description:
    "A programme manager approved a milestone's report (narrative, figures, evidence): its tranche may be released.",
});
