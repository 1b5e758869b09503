import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** Funding's own settings on top of every service's. */
export class FundingEnv {
  /** An invitation to a call (a team's token) lasts this long after the call's deadline. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(730)
  INVITATION_DAYS_AFTER_DEADLINE = 365;

  /** The largest attachment a team or a milestone report may upload, in megabytes. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  ATTACHMENT_MAX_MB = 10;
}

export const FUNDING_CONFIG = Symbol('FUNDING_CONFIG');

export const loadFundingConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(FundingEnv, 'funding', env);
