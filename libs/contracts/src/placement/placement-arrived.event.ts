import { defineEvent } from '../event-contract.ts';
import { IsCalendarDate } from '../calendar-date.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementArrivedV1 extends PlacementRef {
  /** The day the IPRC's focal point confirmed the professional's arrival. */
  @IsCalendarDate()
  arrivedOn!: string;
}

export const PlacementArrived = defineEvent({
  type: 'placement.placement.arrived',
  version: 1,
  payload: PlacementArrivedV1,
  description: "The host IPRC's focal point confirmed that the professional arrived: the mission has begun.",
});
