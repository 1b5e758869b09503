import { IsString, Length } from 'class-validator';

export class ApplyDto {
  /** The published ToR applied to. */
  @IsString()
  @Length(1, 64)
  torId!: string;

  /** Why the applicant wants this ToR and what they would bring: 20 to 5,000 characters. */
  @IsString()
  @Length(20, 5000)
  motivation!: string;
}

// What the applicant's routes answer (the swagger plugin documents these classes from their types and JSDoc).

/** One eligibility rule the ToR turns on, passed or not. */
export class RuleResultDto {
  /** The rule, e.g. `country`, `language`. */
  rule!: string;
  passed!: boolean;
  /** In words, what was required and what the application has. */
  detail!: string;
}

export class ScreeningDto {
  eligible!: boolean;
  /** Every rule, passed or not. */
  results!: RuleResultDto[];
}

/** An application as its applicant sees it. */
export class OwnApplicationDto {
  id!: string;
  torId!: string;
  /** Null once the ToR is no longer known here. */
  torTitle!: string | null;
  iprc!: string | null;
  submittedAt!: string;
  status!: 'ineligible' | 'eligible' | 'shortlisted' | 'selected' | 'reserve' | 'rejected' | 'withdrawn';
  screening!: ScreeningDto;
}

export class OwnApplicationListDto {
  /** Newest first. */
  items!: OwnApplicationDto[];
}
