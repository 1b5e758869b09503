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
import { type Iprc, iprcs, type Office, offices, type StaffRole, staffRoles } from '@ikiraro/auth';

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
  @ApiProperty({ enum: offices, required: false })
  @IsOptional()
  @IsIn(offices)
  office?: Office;

  /** Required for an IPRC focal point. */
  @ApiProperty({ enum: iprcs, required: false })
  @IsOptional()
  @IsIn(iprcs)
  iprc?: Iprc;
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
  @ApiProperty({ enum: offices, required: false, nullable: true })
  @IsOptional()
  @IsIn([...offices, null])
  office?: Office | null;

  @ApiProperty({ enum: iprcs, required: false, nullable: true })
  @IsOptional()
  @IsIn([...iprcs, null])
  iprc?: Iprc | null;

  /** Disable to close the account (its sessions end), or enable it again. */
  @ApiProperty({ enum: ['active', 'disabled'], required: false })
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
