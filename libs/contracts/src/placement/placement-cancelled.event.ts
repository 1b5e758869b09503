import { IsBoolean, IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { PLACEMENT_STAGES, type PlacementStage, PlacementRef } from './placement-ref.ts';

/** Why a placement is cancelled: a closed list, so that no free text about a person travels. */
export const CANCELLATION_REASONS = [
  'withdrawn-by-professional',
  'entry-refused',
  'health',
  'iprc-not-ready',
  'programme-decision',
  'other',
] as const;

export class PlacementCancelledV1 extends PlacementRef {
  @IsIn(CANCELLATION_REASONS)
  reason!: (typeof CANCELLATION_REASONS)[number];

  /** How far it had gone. */
  @IsIn(PLACEMENT_STAGES)
  stage!: PlacementStage;

  /** Whether logistics had started (a task done): compensating tasks then undo them. */
  @IsBoolean()
  logisticsStarted!: boolean;
}

export const PlacementCancelled = defineEvent({
  type: 'placement.placement.cancelled',
  version: 1,
  payload: PlacementCancelledV1,
  description:
    "The placement was cancelled before its end: selection releases the ToR's place, training cancels its sessions.",
});
