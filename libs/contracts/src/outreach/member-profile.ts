import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { IsProgrammeCode, type ProgrammeCode } from '@ikiraro/programme';
import { IsCalendarDate, IsNotBefore } from '../calendar-date.ts';
import { IsId, IsListOf, IsNestedOf, IsText, IsTexts } from '../field-rules.ts';

export const QUALIFICATION_LEVELS = ['certificate', 'diploma', 'bachelor', 'master', 'doctorate'] as const;

/**
 * The profile facts that selection needs to screen and match a member, and nothing else: no name, no contact,
 * no birth date. Those stay in outreach (architecture.md: personal data stays where it was collected).
 */
export class MemberProfile {
  /** Where the member lives now, ISO 3166-1 alpha-2: a country of the programme's offices abroad. */
  @IsProgrammeCode('countriesAbroad')
  countryOfResidence!: ProgrammeCode;

  /** Highest qualification obtained. */
  @IsIn(QUALIFICATION_LEVELS)
  qualificationLevel!: (typeof QUALIFICATION_LEVELS)[number];

  /** Field of that qualification, in the member's words, e.g. `Electrical engineering`. */
  @IsText(200)
  qualificationField!: string;

  /** Whole years of professional experience in that field. */
  @IsInt()
  @Min(0)
  @Max(70)
  yearsOfExperience!: number;

  /** Languages the member can train in, ISO 639-1 codes (`en`, `fr`, `de`, `rw`, …). */
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true })
  languages!: string[];

  /** TVET subjects the member could teach, as the member named them. */
  @IsTexts(20, 200)
  subjects!: string[];

  /**
   * Gender as the member describes it, if they chose to say. Only for the programme's gender-balance figures:
   * never an input to screening, scoring or matching. Forms and imports accept only the programme's genders; the
   * event keeps a string so that values recorded before the list was closed still travel (figures count them
   * through the programme's list).
   */
  @IsOptional()
  @IsText(60)
  gender?: string;
}

/** Days on which the member could be in Rwanda, both included. */
export class AvailabilityWindow {
  /** First available day, `YYYY-MM-DD`. */
  @IsCalendarDate()
  from!: string;

  /** Last available day, `YYYY-MM-DD`, not before `from`. */
  @IsCalendarDate()
  @IsNotBefore('from')
  to!: string;

  /** Its OpenAPI schema, as Nest's swagger plugin writes it for DTOs (it reads only the services' files). */
  static _OPENAPI_METADATA_FACTORY = () => ({
    from: { required: true, type: () => String, format: 'date', description: 'First available day.' },
    to: {
      required: true,
      type: () => String,
      format: 'date',
      description: 'Last available day, not before `from`.',
    },
  });
}

/** What consumers keep of a member, in full (not a diff), so that each event simply replaces their copy. */
export class MemberFacts {
  /** The member's id (also the event's subject). */
  @IsId()
  memberId!: string;

  /** What selection screens and matches on; no contact or identity data. */
  @IsNestedOf(() => MemberProfile)
  profile!: MemberProfile;

  /** When the member could travel to the host country; empty when they did not say. */
  @IsListOf(() => AvailabilityWindow, 12)
  availability!: AvailabilityWindow[];
}
