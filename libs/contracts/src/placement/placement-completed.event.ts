import { IsInt, Max, Min } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsCalendarDate } from '../calendar-date.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementCompletedV1 extends PlacementRef {
  @IsCalendarDate()
  completedOn!: string;

  /** Trainers trained, as the professional's end-of-mission report says. */
  @IsInt()
  @Min(0)
  @Max(10_000)
  trainersTrained!: number;

  /** The focal point's appraisal, 1 to 5. */
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;
}

export const PlacementCompleted = defineEvent({
  type: 'placement.placement.completed',
  version: 1,
  payload: PlacementCompletedV1,
  description:
    'The end-of-mission report and the appraisal are filed: the placement is complete (reporting counts it).',
});
