import { IsProgrammeCode } from '@ikiraro/programme';
import { ApplicationRef } from '../selection/application-ref.ts';
import type { IprcCode } from '../selection/tor-terms.ts';
import { IsId } from '../field-rules.ts';

/** The placement an event is about, with the application, ToR, member and IPRC it joins. */
export class PlacementRef extends ApplicationRef {
  /** The placement's id (also the event's subject). */
  @IsId()
  placementId!: string;

  /** The host IPRC. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;
}

/** How far a placement had gone: what a cancellation must undo. */
export const PLACEMENT_STAGES = ['offered', 'accepted', 'arrived'] as const;
export type PlacementStage = (typeof PLACEMENT_STAGES)[number];
