import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import {
  LogframeQueryDto,
  type LogframeView,
  type SourceFactListView,
  SourceQueryDto,
} from './logframe.dto.ts';
import { LogframeService, seesSmallCells } from './logframe.service.ts';

@ApiTags('logframe')
@Controller('logframe')
export class LogframeController {
  constructor(private readonly logframe: LogframeService) {}

  /**
   * The logframe with its live figures to the end of a quarter: every indicator against its target, quarter by
   * quarter, broken down as it defines. Readers outside staff (and staff asking `shared=true`) see cells of fewer
   * than `smallCell` people as null.
   */
  @Get()
  report(@Query() query: LogframeQueryDto, @CurrentCaller() caller: Caller): Promise<LogframeView> {
    const shared = !seesSmallCells(caller) || query.shared === true;
    return this.logframe.report(this.logframe.quarter(query.quarter), shared);
  }

  /** The events behind an indicator's figure (or one cell of it), oldest first, naming no erased person. */
  @Get('indicators/:code/sources')
  sources(@Param('code') code: string, @Query() query: SourceQueryDto): Promise<SourceFactListView> {
    const cell =
      query.dimension !== undefined && query.value !== undefined
        ? { dimension: query.dimension, value: query.value }
        : undefined;
    return this.logframe.sources(code, this.logframe.quarter(query.quarter), cell);
  }
}
