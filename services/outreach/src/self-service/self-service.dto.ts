import { ApiProperty } from '@nestjs/swagger';
import { AvailabilityWindow } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { QualificationDto } from '../registrations/register.dto.ts';

export class RequestLinkDto {
  /** The address the member registered with; a link to their profile is sent there if it is a member's. */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

export class ConsentChangeDto {
  /** Whether the member agrees to be contacted about future opportunities (optional consent). */
  @IsOptional()
  @IsBoolean()
  opportunities?: boolean;
}

/** The member's profile in full (what is left out is removed); the e-mail address cannot be changed here. */
export class UpdateProfileDto {
  /** Phone number, international form preferred (`+32 …`). */
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()./-]{5,29}$/)
  phone?: string;

  /** Country of residence, ISO 3166-1 alpha-2. */
  @ApiProperty({ enum: programmeCodes('countriesAbroad') })
  @IsProgrammeCode('countriesAbroad')
  countryOfResidence!: ProgrammeCode;

  /** Qualifications, highest first. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => QualificationDto)
  qualifications!: QualificationDto[];

  /** TVET subjects the member could teach. */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  subjects!: string[];

  /** Whole years of professional experience. */
  @IsInt()
  @Min(0)
  @Max(70)
  yearsOfExperience!: number;

  /** Languages the member can train in, ISO 639-1 codes. */
  @ApiProperty({ type: [String], example: ['en', 'fr', 'rw'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^[a-z]{2}$/, { each: true })
  languages!: string[];

  /** When the member could be in Rwanda; empty when they do not say. */
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => AvailabilityWindow)
  availability!: AvailabilityWindow[];

  /** Gender, a code of the programme's list, if the member chooses to say (only for balance figures). */
  @ApiProperty({ enum: programmeCodes('genders'), required: false, nullable: true })
  @IsOptional()
  @IsProgrammeCode('genders')
  gender?: ProgrammeCode;

  /** A change of the optional consent; the programme consent is withdrawn with `POST …/withdraw`. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentChangeDto)
  consent?: ConsentChangeDto;
}
