import { defineEvent } from '../event-contract.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementExpiredV1 extends PlacementRef {}

export const PlacementExpired = defineEvent({
  type: 'placement.placement.expired',
  version: 1,
  payload: PlacementExpiredV1,
  description: "The offer went unanswered until it expired: selection releases the ToR's place.",
});
