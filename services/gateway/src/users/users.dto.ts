import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { type StaffRole, staffRoles } from '@ikiraro/auth';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { UserDto } from '../identity/identity.dto.ts';

export class InviteUserDto {
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiProperty({ enum: staffRoles, isArray: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(staffRoles.length)
  @IsIn(staffRoles, { each: true })
  roles!: StaffRole[];

  /** Required for an outreach officer. */
  @ApiProperty({ enum: programmeCodes('offices'), required: false })
  @IsOptional()
  @IsProgrammeCode('offices')
  office?: ProgrammeCode;

  /** Required for an IPRC focal point. */
  @ApiProperty({ enum: programmeCodes('institutions'), required: false })
  @IsOptional()
  @IsProgrammeCode('institutions')
  iprc?: ProgrammeCode;
}

export class UpdateUserDto {
  @IsOptional()
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiProperty({ enum: staffRoles, isArray: true, required: false })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(staffRoles.length)
  @IsIn(staffRoles, { each: true })
  roles?: StaffRole[];

  /** Office scope; `null` removes it. */
  @ApiProperty({ enum: programmeCodes('offices'), required: false, nullable: true })
  @IsOptional()
  @IsIn([...programmeCodes('offices'), null])
  office?: ProgrammeCode | null;

  @ApiProperty({ enum: programmeCodes('institutions'), required: false, nullable: true })
  @IsOptional()
  @IsIn([...programmeCodes('institutions'), null])
  iprc?: ProgrammeCode | null;

  /** Disable to close the account (its sessions end), or enable it again. */
  @IsOptional()
  @IsIn(['active', 'disabled'])
  status?: 'active' | 'disabled';
}

export class ReviewerDto {
  /** Account id, as a ToR's panel lists it. */
  id!: string;
  name!: string;
  email!: string;
}

export class ReviewerListDto {
  /** Active accounts with the `twg-member` role, by name. */
  items!: ReviewerDto[];
}

// What the user routes answer (the swagger plugin documents these classes from their types and JSDoc).

export class UserListDto {
  /** By name. */
  items!: UserDto[];
}

/** The account invited, and whether its invitation e-mail went out. */
export class InvitedUserDto extends UserDto {
  invitationSent!: boolean;
}

export class InvitationSentDto {
  /** False when the mail could not be sent: ask again. */
  invitationSent!: boolean;
}
