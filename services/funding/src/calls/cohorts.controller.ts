import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CohortListView } from './call-view.dto.ts';
import { CohortsService } from './cohorts.service.ts';

/** The finished ToTs whose teams a call may invite (staff). */
@ApiTags('funding')
@Controller('cohorts')
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Get()
  async list(): Promise<CohortListView> {
    return { items: await this.cohorts.summaries() };
  }
}
