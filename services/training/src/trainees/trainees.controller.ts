import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { type Caller, CurrentCaller } from '@ikiraro/auth';
import { CsvBytes, TakesCsv } from '@ikiraro/service-defaults';
import { mayChange } from '../scope.ts';
import { assertMayChange } from '../tots/tots.controller.ts';
import { TotsService } from '../tots/tots.service.ts';
import { normaliseEmail, TRAINEE_COLUMNS } from './trainee-file.rules.ts';
import {
  TraineeDto,
  type TraineeImportReportView,
  type TraineeListView,
  type TraineeView,
} from './trainee.dto.ts';
import type { Trainee } from './trainee.ts';
import { TraineesService } from './trainees.service.ts';

const csvBody = {
  description: `UTF-8 CSV with the header ${TRAINEE_COLUMNS.join(',')} (email and phone may be left out; role is teacher or student).`,
  schema: { type: 'string' },
};

/** A ToT's trainees: enrolled by its trainer or the IPRC's focal point, one by one or from a list. */
@ApiTags('training')
@Controller('tots/:id/trainees')
export class TraineesController {
  constructor(
    private readonly trainees: TraineesService,
    private readonly tots: TotsService,
  ) {}

  @Get()
  async list(@Param('id') id: string, @CurrentCaller() caller: Caller): Promise<TraineeListView> {
    await this.tots.load(id, caller);
    const items = (await this.trainees.of(id)).map((t) => this.view(t._id, t, mayChange(caller)));
    return { items };
  }

  @Post()
  async enrol(
    @Param('id') id: string,
    @Body() dto: TraineeDto,
    @CurrentCaller() caller: Caller,
  ): Promise<TraineeView> {
    assertMayChange(caller);
    const row = {
      ...dto,
      name: dto.name.trim(),
      department: dto.department.trim(),
      email: dto.email ? normaliseEmail(dto.email) : null,
      phone: dto.phone?.trim() || null,
    };
    const created = await this.trainees.enrol(id, row, caller);
    return this.view(created.id, created.state, true);
  }

  /** What importing the list would do, row by row; writes nothing. */
  @Post('import/dry-run')
  @TakesCsv()
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody)
  dryRun(
    @Param('id') id: string,
    @CsvBytes() csv: Buffer,
    @CurrentCaller() caller: Caller,
  ): Promise<TraineeImportReportView> {
    return this.trainees.dryRun(id, csv, caller);
  }

  /** Enrols the list's new trainees; a list with any error is refused whole (`import.invalid`, with the report). */
  @Post('import')
  @TakesCsv()
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody(csvBody)
  apply(
    @Param('id') id: string,
    @CsvBytes() csv: Buffer,
    @CurrentCaller() caller: Caller,
  ): Promise<TraineeImportReportView> {
    return this.trainees.import(id, csv, caller);
  }

  /** Erases a trainee: their key is destroyed, their name, address and phone are gone everywhere for good. */
  @Post(':traineeId/erasure')
  @HttpCode(204)
  async erase(
    @Param('id') id: string,
    @Param('traineeId') traineeId: string,
    @CurrentCaller() caller: Caller,
  ) {
    assertMayChange(caller);
    await this.trainees.erase(id, traineeId, caller);
  }

  private view(id: string, t: Trainee, withCode: boolean): TraineeView {
    return {
      id,
      name: t.name,
      sex: t.sex,
      role: t.role,
      department: t.department,
      email: t.email,
      phone: t.phone,
      code: withCode && !t.erased ? this.trainees.code(id) : null,
      erased: t.erased === true,
    };
  }
}
