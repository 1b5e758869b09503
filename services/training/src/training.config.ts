import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { readEnv } from '@ikiraro/service-defaults';

/** Training's own settings on top of every service's. */
export class TrainingEnv {
  /** A session's check-in QR code changes this often; a scanned code is taken for one period more. */
  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(300)
  QR_PERIOD_SECONDS = 10;

  /** A trainee's own check-in counts as late this long after the session's start. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(240)
  LATE_AFTER_MINUTES = 15;

  /** Trainees a ToT takes unless its trainer says otherwise. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000)
  DEFAULT_CAPACITY = 30;
}

export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');

export const loadTrainingConfig = (env: NodeJS.ProcessEnv = process.env) =>
  readEnv(TrainingEnv, 'training', env);
