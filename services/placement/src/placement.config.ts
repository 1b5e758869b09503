import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** Placement's own settings on top of every service's. */
export class PlacementEnv {
  /** Days an offer stays open before it expires unanswered. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  OFFER_DAYS = 14;

  /** A task due within this many days is "due soon" in the board and the daily digest. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(60)
  DUE_SOON_DAYS = 7;

  /** How often expired offers and the day's digests are looked for. */
  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  PASS_EVERY_MS = 60_000;
}

export const PLACEMENT_CONFIG = Symbol('PLACEMENT_CONFIG');

export const loadPlacementConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(PlacementEnv, 'placement', env);
