import { defineEvent } from '../event-contract.ts';
import { IsId, IsNestedOf } from '../field-rules.ts';
import { Period } from '../selection/tor-terms.ts';
import { TotRef } from './tot-ref.ts';

export class TotOpenedV1 extends TotRef {
  /** The ToR the professional was selected for. */
  @IsId()
  torId!: string;

  /** The placement period, within which its sessions are planned. */
  @IsNestedOf(() => Period)
  period!: Period;
}

export const TotOpened = defineEvent({
  type: 'training.tot.opened',
  version: 1,
  payload: TotOpenedV1,
  description:
    'The professional accepted the placement: their Training of Trainers is opened, to be planned.',
});
