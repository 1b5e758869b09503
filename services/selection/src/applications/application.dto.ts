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
