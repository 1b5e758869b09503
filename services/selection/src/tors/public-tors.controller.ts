import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { PublicTorListDto } from './tor-view.dto.ts';
import { TorsService } from './tors.service.ts';

@ApiTags('public')
@Controller('public/tors')
export class PublicTorsController {
  constructor(private readonly tors: TorsService) {}

  /** The ToRs open to applications, for the public pages: what is asked, where and when. */
  @Get()
  async list(): Promise<PublicTorListDto> {
    return { items: await this.tors.published() };
  }
}
