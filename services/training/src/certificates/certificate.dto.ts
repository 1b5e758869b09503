import { IsOptional, IsString, Length } from 'class-validator';

export class CertificateQueryDto {
  /** One ToT's certificates; without it, those of every ToT the caller may see. */
  @IsOptional()
  @IsString()
  @Length(1, 64)
  totId?: string;
}

export class RevocationDto {
  /** Why: shown on the public verification page. */
  @IsString()
  @Length(10, 500)
  reason!: string;
}
