import { ApiProperty } from '@nestjs/swagger';
import { Period } from '@ikiraro/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsObject, IsOptional, IsString, Length, ValidateNested } from 'class-validator';

export class DeclarationDto {
  /** Whether the reviewer has a conflict of interest with this applicant (then they are excluded from it). */
  @IsBoolean()
  conflict!: boolean;

  /** What the conflict is (required with one); seen by the programme manager and the audit, never the applicant. */
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  reason?: string;
}

export class ScorecardDto {
  /** Criterion code → a whole number from 1 to 5, for every criterion of the ToR. */
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 1, maximum: 5 },
    example: { 'technical-expertise': 4 },
  })
  @IsObject()
  scores!: Record<string, number>;

  @IsOptional()
  @IsString()
  @Length(1, 5000)
  comment?: string;
}

export class NoteDto {
  /** An interview note. */
  @IsString()
  @Length(1, 5000)
  text!: string;
}

export const OUTCOMES = ['selected', 'reserve', 'rejected'] as const;

export class DecisionDto {
  @IsIn(OUTCOMES)
  outcome!: (typeof OUTCOMES)[number];

  /** Why: written for the applicant's file, the donor and the auditor. At least 10 characters. */
  @IsString()
  @Length(10, 5000)
  reason!: string;

  /** For a selection: the agreed placement, within the ToR's period; by default its first months. */
  @IsOptional()
  @ValidateNested()
  @Type(() => Period)
  placement?: Period;
}
