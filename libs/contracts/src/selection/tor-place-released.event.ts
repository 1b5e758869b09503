import { IsIn } from 'class-validator';
import { defineEvent } from '../event-contract.ts';
import { ApplicationRef } from './application-ref.ts';

/** What ended the placement that held the place. */
export const RELEASE_CAUSES = ['declined', 'expired', 'cancelled'] as const;

export class TorPlaceReleasedV1 extends ApplicationRef {
  @IsIn(RELEASE_CAUSES)
  cause!: (typeof RELEASE_CAUSES)[number];
}

export const TorPlaceReleased = defineEvent({
  type: 'selection.tor.place-released',
  version: 1,
  payload: TorPlaceReleasedV1,
  description:
    "A selected candidate's placement fell through: the ToR's place is open again and a reserve can be selected. " +
    "On the ToR topic; its subject is the application (recorded with the application's withdrawal).",
});
