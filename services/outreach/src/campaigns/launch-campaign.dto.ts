import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';

export class LaunchCampaignDto {
  /** Public name of the campaign. */
  @ApiProperty({ example: 'Brussels diaspora forum 2027', minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name!: string;

  /** The IOM office that runs it. */
  @ApiProperty({ enum: ['BE', 'DE'] })
  @IsIn(['BE', 'DE'])
  office!: 'BE' | 'DE';
}
