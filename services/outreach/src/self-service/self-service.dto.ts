import { ApiProperty } from '@nestjs/swagger';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ProfileFieldsDto } from '../registrations/register.dto.ts';

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

  /** Whether the member is willing to mentor a pilot project of TVET trainees (optional consent). */
  @IsOptional()
  @IsBoolean()
  mentoring?: boolean;
}

/** The member's profile in full (what is left out is removed); the e-mail address cannot be changed here. */
export class UpdateProfileDto extends ProfileFieldsDto {
  /** Phone number, international form preferred (`+32 …`). */
  @IsOptional()
  @IsString()
  @Matches(/^\+?[0-9][0-9 ()./-]{5,29}$/)
  phone?: string;

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
