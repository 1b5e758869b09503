import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

// The shape of a programme definition (programmes/*.json), checked field by field when it is loaded. These classes
// are the type every service and the portal read (`GET /programme` serves the same JSON), so keep names stable.

const CODE = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2}$/;
const RESULT = /^[0-9]+(\.[0-9a-z]+)*$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/** A host institution, e.g. `{ code: 'KGL', name: 'IPRC Kigali', district: 'Kicukiro', province: 'Kigali City' }`. */
export class Institution {
  /** Our short key for it (ToRs, placements and an IPRC focal point's scope use it). */
  @Matches(CODE)
  code!: string;
  /** The institution's own name. */
  @IsString() @Length(1, 200) name!: string;
  @IsString() @Length(1, 100) district!: string;
  @IsString() @Length(1, 100) province!: string;
}

/** The host country, whose institutions receive the experts. */
export class Host {
  /** ISO 3166-1 alpha-2, e.g. `RW`. */
  @Matches(COUNTRY) country!: string;
  @IsString() @Length(1, 100) name!: string;
  /** What the institutions are called in the programme's texts, e.g. `IPRC`. */
  @IsString() @Length(1, 40) institutionKind!: string;
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => Institution)
  institutions!: Institution[];
}

/** An office of the programme: abroad (runs outreach where the diaspora lives) or in the host country. */
export class Office {
  /** Its code, also an outreach officer's scope, e.g. `BE`. */
  @Matches(CODE) code!: string;
  @IsString() @Length(1, 100) name!: string;
  /** Country it works in, ISO 3166-1 alpha-2; the countries of offices abroad are where members may live. */
  @Matches(COUNTRY) country!: string;
  /** `true` for an office abroad (campaigns, registrants), `false` for the host office. */
  @IsBoolean() abroad!: boolean;
}

/** A named entry of a list, e.g. a reference TVET subject. */
export class Named {
  @Matches(CODE) code!: string;
  @IsString() @Length(1, 200) name!: string;
}

/** An answer to "gender", a closed list: forms accept only `code`; imports also `aliases` (any case). */
export class Gender extends Named {
  /** Spellings an imported list may use for it, e.g. `female`. */
  @IsOptional() @IsArray() @IsString({ each: true }) aliases?: string[];
  /** `true` for "prefer not to say": counted with those who gave no answer. */
  @IsOptional() @IsBoolean() notStated?: boolean;
}

/** ISO 639-1 codes. */
export class Languages {
  /** Languages of the public pages (campaigns, registration, applications). */
  @IsArray() @ArrayMinSize(1) @Matches(LANGUAGE, { each: true }) public!: string[];
  /** Languages of the staff screens. */
  @IsArray() @ArrayMinSize(1) @Matches(LANGUAGE, { each: true }) staff!: string[];
  /** Languages a member may offer to train in (a form's choices). */
  @IsArray() @ArrayMinSize(1) @Matches(LANGUAGE, { each: true }) training!: string[];
}

/** The programme's targets, from its project document. */
export class Targets {
  /** Diaspora professionals to select and place. */
  @IsInt() @Min(1) professionals!: number;
  /** Host institutions to cover. */
  @IsInt() @Min(1) institutions!: number;
  /** Pilot projects to fund. */
  @IsInt() @Min(0) awards!: number;
  /** Duration of the programme. */
  @IsInt() @Min(1) months!: number;
}

/** A task of a placement's logistics checklist, due relative to the placement's first day. */
export class ChecklistTask {
  @Matches(CODE) key!: string;
  @IsString() @Length(1, 200) title!: string;
  /** The staff role that does it, e.g. `programme-manager` (libs/auth's roles; its test checks them). */
  @Matches(/^[a-z][a-z-]*$/)
  ownerRole!: string;
  /** Days from the placement's first day (negative: before it). */
  @IsInt() @Min(-365) @Max(365) dueDays!: number;
  /** Passports (ISO 3166-1 alpha-2) for which the task is "not needed", e.g. entry to Rwanda on a Rwandan one. */
  @IsOptional() @IsArray() @Matches(COUNTRY, { each: true }) notNeededForPassports?: string[];
  /** What the task records besides status and notes: a payment (amount, currency, paid or not) or a person named. */
  @IsOptional() @IsIn(['payment', 'person']) records?: 'payment' | 'person';
}

/** What a trainee needs for a training certificate. */
export class CertificateThresholds {
  /** Share of the sessions attended, 0–1. */
  @IsNumber() @Min(0) @Max(1) minAttendanceShare!: number;
  /** Post-test score, 0–100. */
  @IsNumber() @Min(0) @Max(100) minPostTestScore!: number;
}

export class Checklists {
  @IsArray() @ValidateNested({ each: true }) @Type(() => ChecklistTask) placement!: ChecklistTask[];
  /**
   * What a placement cancelled after logistics started must undo (cancel bookings, claim refunds, tell the IPRC):
   * due `dueDays` after the cancellation.
   */
  @IsArray() @ValidateNested({ each: true }) @Type(() => ChecklistTask) cancellation!: ChecklistTask[];
  @ValidateNested() @Type(() => CertificateThresholds) trainingCertificate!: CertificateThresholds;
}

/** A result of the logframe: an outcome, or an output under one (`outcome` names it). */
export class LogframeResult {
  /** E.g. `1` for an outcome, `1.2` for an output. */
  @Matches(RESULT) code!: string;
  @IsString() @Length(1, 300) title!: string;
  /** An output's outcome; absent for an outcome. */
  @IsOptional() @Matches(RESULT) outcome?: string;
}

/**
 * An event that feeds an indicator. Each event reporting reads gives facts (reporting's `facts.readers.ts`): its
 * dimensions (sex, IPRC, office, subject…) and measures (`count`, and figures it carries, e.g. `amount`).
 */
export class IndicatorFeed {
  /** The event's type, e.g. `training.certificate.issued` (reporting's test checks that it reads each). */
  @Matches(/^[a-z]+(\.[a-z-]+){2}$/) event!: string;
  /** What one fact adds: `count` (the default: one, or the people it counts) or a figure it carries. */
  @IsOptional() @Matches(/^[a-zA-Z]+$/) measure?: string;
  /** Only facts whose dimensions have these values, e.g. `{ "kind": "training" }`. */
  @IsOptional() @IsObject() where?: Record<string, string>;
  /** `-1` for an event that takes back what another added (a certificate revoked). */
  @IsOptional() @IsIn([1, -1]) sign?: 1 | -1;
}

/** The dimensions an indicator may be broken down by. */
export const DISAGGREGATIONS = ['sex', 'iprc', 'office', 'subject', 'channel', 'instrument'] as const;
export type Disaggregation = (typeof DISAGGREGATIONS)[number];

/** How an indicator's facts make its figure. */
export const AGGREGATES = ['sum', 'mean', 'latest', 'distinct'] as const;

/** Calendar dates, `YYYY-MM-DD`, both days included. */
export class ReportingPeriod {
  @Matches(DATE) start!: string;
  @Matches(DATE) end!: string;
}

/** An indicator of the logframe, computed live from the events that feed it. */
export class Indicator {
  /** E.g. `1.2.a`. */
  @Matches(RESULT) code!: string;
  /** The outcome or output it measures. */
  @Matches(RESULT) result!: string;
  @IsString() @Length(1, 300) title!: string;
  /** What is counted and how, in words a donor reads. */
  @IsString() @Length(1, 2000) definition!: string;
  /** `people` (cells of fewer than the threshold are suppressed outside staff), `count`, `ratio` or a currency. */
  @Matches(/^(people|count|ratio|[A-Z]{3})$/) unit!: string;
  @IsNumber() baseline!: number;
  /** What the programme commits to by the end of `period`. */
  @IsNumber() target!: number;
  @ValidateNested() @Type(() => ReportingPeriod) period!: ReportingPeriod;
  @IsArray() @IsIn(DISAGGREGATIONS, { each: true }) disaggregations!: Disaggregation[];
  /**
   * `sum` of the facts' measure (the default); `mean` of it; `latest`: each `key`'s latest value, summed (jobs
   * an award reports); `distinct`: how many keys (investors engaged, however often).
   */
  @IsOptional() @IsIn(AGGREGATES) aggregate?: (typeof AGGREGATES)[number];
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => IndicatorFeed) feeds!: IndicatorFeed[];
}

/** The programme's logical framework: its goal, results and indicators, as the donor agreed them. */
export class Logframe {
  @IsString() @Length(1, 500) goal!: string;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => LogframeResult) results!: LogframeResult[];
  @IsArray() @ValidateNested({ each: true }) @Type(() => Indicator) indicators!: Indicator[];
  /** People counts below it are shown as "fewer than" it in any view shared outside staff. */
  @IsInt() @Min(1) @Max(100) smallCell!: number;
  /** The IATI identifier of the programme's activity, `{reporting-org}-{activity}`. */
  @IsString() @Length(3, 200) iatiIdentifier!: string;
  /** The reporting organisation: its IATI identifier, name and type code (IATI OrganisationType, e.g. 40). */
  @IsString() @Length(2, 100) reportingOrg!: string;
  @IsString() @Length(1, 200) reportingOrgName!: string;
  @Matches(/^[0-9]{2}$/) reportingOrgType!: string;
}

/** One programme: who hosts, where outreach runs, in which languages and currencies, towards which targets. */
export class ProgrammeDefinition {
  /** A stable key, e.g. `rwanda-tvet-diaspora`. */
  @Matches(CODE) id!: string;
  @IsString() @Length(1, 300) name!: string;
  @ValidateNested() @Type(() => Host) host!: Host;
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => Office) offices!: Office[];
  /** Reference TVET subjects, offered as suggestions (members and ToRs name subjects in their own words). */
  @IsArray() @ValidateNested({ each: true }) @Type(() => Named) subjects!: Named[];
  @ValidateNested() @Type(() => Languages) languages!: Languages;
  /** ISO 4217 codes, e.g. `EUR`, `RWF`. */
  @IsArray() @ArrayMinSize(1) @Matches(/^[A-Z]{3}$/, { each: true }) currencies!: string[];
  @IsArray() @ArrayMinSize(1) @ValidateNested({ each: true }) @Type(() => Gender) genders!: Gender[];
  @ValidateNested() @Type(() => Targets) targets!: Targets;
  @ValidateNested() @Type(() => Checklists) checklists!: Checklists;
  @ValidateNested() @Type(() => Logframe) logframe!: Logframe;
}
