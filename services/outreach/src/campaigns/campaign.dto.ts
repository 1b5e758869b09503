import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { CAMPAIGN_CHANNELS, IsCalendarDate, IsNotBefore } from '@ikiraro/contracts';
import { IsProgrammeCode, type ProgrammeCode, programmeCodes } from '@ikiraro/programme';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type { CampaignChannel } from './campaign.ts';

export const PARTNER_KINDS = ['embassy', 'association', 'other'] as const;
export const CAMPAIGN_STATUSES = ['draft', 'live', 'closed'] as const;

export class PartnerDto {
  /** What kind of organisation co-runs the campaign. */
  @IsIn(PARTNER_KINDS)
  kind!: (typeof PARTNER_KINDS)[number];

  /** Its name, as shown on the public page. */
  @ApiProperty({ example: 'Embassy of Rwanda in Brussels', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;
}

export class CreateCampaignDto {
  /** Public name of the campaign. */
  @ApiProperty({ example: 'Brussels diaspora forum 2027', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  /** The IOM office that runs it; fixed once created. An outreach officer creates for their own office only. */
  @ApiProperty({ enum: programmeCodes('officesAbroad') })
  @IsProgrammeCode('officesAbroad')
  office!: ProgrammeCode;

  /** The organisation that co-runs it. */
  @IsObject()
  @ValidateNested()
  @Type(() => PartnerDto)
  partner!: PartnerDto;

  /** Country where it reaches people (ISO 3166-1 alpha-2): one of the programme's offices abroad. */
  @ApiProperty({ enum: programmeCodes('countriesAbroad') })
  @IsProgrammeCode('countriesAbroad')
  country!: ProgrammeCode;

  /** Channels it is shared through, each with its own link; at least one, no repeats. */
  @ApiProperty({ enum: CAMPAIGN_CHANNELS, isArray: true, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(CAMPAIGN_CHANNELS.length)
  @ArrayUnique()
  @IsIn(CAMPAIGN_CHANNELS, { each: true })
  channels!: CampaignChannel[];

  /** First day, `YYYY-MM-DD`. */
  @ApiProperty({ format: 'date', example: '2027-03-01' })
  @IsCalendarDate()
  startsOn!: string;

  /** Last day (included), `YYYY-MM-DD`, not before `startsOn`. */
  @ApiProperty({ format: 'date', example: '2027-04-30' })
  @IsCalendarDate()
  @IsNotBefore('startsOn')
  endsOn!: string;

  /** The ToRs or TVET subjects it seeks, as shown on its public page: 1 to 20. */
  @ApiProperty({ type: [String], minItems: 1, maxItems: 20, example: ['Mechatronics', 'Solar installation'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  subjects!: string[];

  /** What the public page says about it. */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/**
 * Any of a draft's fields but its office; a field left out stays as it is, and a required one cannot be set to
 * null (only the description can be cleared). `endsOn` alone cannot be checked against `startsOn` here (it may
 * be the stored one): the service checks the dates of the edited campaign as a whole.
 */
export class UpdateCampaignDto extends PartialType(
  OmitType(CreateCampaignDto, ['office', 'endsOn'] as const),
  { skipNullProperties: false },
) {
  /** Last day (included), `YYYY-MM-DD`, not before the campaign's `startsOn`. */
  @ApiProperty({ format: 'date', required: false })
  @ValidateIf((_dto, value) => value !== undefined)
  @IsCalendarDate()
  endsOn?: string;
}

export class ListCampaignsQuery {
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: (typeof CAMPAIGN_STATUSES)[number];

  /** An outreach officer sees their own office's campaigns whatever this says. */
  @ApiProperty({ enum: programmeCodes('officesAbroad'), required: false })
  @IsOptional()
  @IsProgrammeCode('officesAbroad')
  office?: ProgrammeCode;
}
