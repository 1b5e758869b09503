import { IsInt, Max, Min } from 'class-validator';
import { IsProgrammeCode } from '@ikiraro/programme';
import { IsId } from '../field-rules.ts';
import type { IprcCode } from '../selection/tor-terms.ts';

/** The Training of Trainers an event is about: one per accepted placement, with the same id. */
export class TotRef {
  /** The ToT's id, also its placement's (and the event's subject unless said otherwise). */
  @IsId()
  totId!: string;

  /** The host IPRC. */
  @IsProgrammeCode('institutions')
  iprc!: IprcCode;

  /** The professional who gives it (outreach's member id). */
  @IsId()
  memberId!: string;
}

/** Who a trainee is at the IPRC. */
export const TRAINEE_ROLES = ['teacher', 'student'] as const;
export type TraineeRole = (typeof TRAINEE_ROLES)[number];

/** A count of people of one sex (a code of the programme's genders): how figures travel without names. */
export class SexCount {
  @IsProgrammeCode('genders')
  sex!: string;

  @IsInt()
  @Min(0)
  @Max(100_000)
  count!: number;

  /** Its OpenAPI schema, as Nest's swagger plugin writes it for DTOs (it reads only the services' files). */
  static _OPENAPI_METADATA_FACTORY = () => ({
    sex: { required: true, type: () => String, description: "A code of the programme's genders." },
    count: { required: true, type: () => Number, minimum: 0, maximum: 100_000 },
  });
}
