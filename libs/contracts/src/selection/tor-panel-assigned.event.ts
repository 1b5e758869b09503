import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { IsId } from '../field-rules.ts';

export class TorPanelAssignedV1 {
  /** The Terms of Reference's id (also the event's subject). */
  @IsId()
  torId!: string;

  /** The reviewers newly asked to review its applications (the gateway's account ids). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsId({ each: true })
  reviewerIds!: string[];
}

export const TorPanelAssigned = defineEvent({
  type: 'selection.tor.panel-assigned',
  version: 1,
  payload: TorPanelAssignedV1,
  description:
    'Reviewers joined the panel of a published ToR (all of its panel when it is published): they will score its ' +
    'applications. On the ToR topic, after its `selection.tor.published`.',
});
