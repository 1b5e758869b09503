import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ERASURE_REASONS } from '@ikiraro/contracts';

export class EraseMemberDto {
  /** `request`: the person asked to be erased; `consent-withdrawn`: they withdrew consent in another way. */
  @IsIn(ERASURE_REASONS)
  reason!: (typeof ERASURE_REASONS)[number];

  /** How the request reached staff (e.g. `e-mail of 3 March to the Brussels office`); nothing about the person. */
  @IsOptional()
  @IsString()
  @Length(1, 500)
  note?: string;
}
