import { defineEvent } from '../event-contract.ts';
import { IsId, IsTexts } from '../field-rules.ts';

export class MentorPairedV1 {
  /** The award (also the event's subject). */
  @IsId()
  awardId!: string;

  @IsId()
  callId!: string;

  /** The diaspora mentor, a registered member who consented to mentoring. */
  @IsId()
  memberId!: string;

  /** Why they were suggested (sector, subjects), as staff confirmed it. */
  @IsTexts(10, 300)
  reasons!: string[];
}

export const MentorPaired = defineEvent({
  type: 'funding.mentor.paired',
  version: 1,
  payload: MentorPairedV1,
  description: 'Staff paired a funded pilot with a diaspora mentor: notifications tells the mentor.',
});
