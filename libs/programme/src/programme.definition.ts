import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
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
}
