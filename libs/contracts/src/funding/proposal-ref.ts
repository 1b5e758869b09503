import { IsInt, Max, Min } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { IsId, IsText } from '../field-rules.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

/** An amount of money in one of the programme's currencies, in whole units (no cents: budgets are in units). */
export class Money {
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  amount!: number;

  @IsProgrammeCode('currencies')
  currency!: string;
}

/** The pilot proposal an event is about: its call, the ToT its team comes from, where and in which sector. */
export class ProposalRef {
  /** The proposal's id (also the event's subject unless said otherwise; an award has the same id). */
  @IsId()
  proposalId!: string;

  @IsId()
  callId!: string;

  /** The Training of Trainers whose trainees and trainer form the team. */
  @IsId()
  totId!: string;

  /** The IPRC of the team. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The sector, a code of the programme's subjects. */
  @IsProgrammeCode('subjects')
  sector!: string;

  /** The team's lead, a trainee (notifications writes to the team through them). */
  @IsId()
  leadId!: string;

  @IsText(200)
  title!: string;
}

/** Who an investor is interested in funding, and how. */
export const INSTRUMENTS = ['grant', 'loan', 'equity', 'in-kind'] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** The stages at which investors hear of a proposal. */
export const MATCH_STAGES = ['shortlisted', 'awarded'] as const;
export type MatchStage = (typeof MATCH_STAGES)[number];
