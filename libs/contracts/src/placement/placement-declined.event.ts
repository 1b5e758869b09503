import { defineEvent } from '../event-contract.ts';
import { PlacementRef } from './placement-ref.ts';

export class PlacementDeclinedV1 extends PlacementRef {}

export const PlacementDeclined = defineEvent({
  type: 'placement.placement.declined',
  version: 1,
  payload: PlacementDeclinedV1,
  description: "The professional declined the offer: selection releases the ToR's place.",
});
